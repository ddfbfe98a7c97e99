"""A Monday at a law firm that runs Jeeves: its litigation teams and its IT department, on every route of the edge
(benign only).

Hartwell Pryce Okonkwo LLP (offices in New York, Washington, Wilmington, London, Brussels, Hong Kong and Singapore;
two Slack workspaces of one Enterprise Grid) uses Jeeves the way the product is built to be used: people DM the
bot and @mention it in matter channels (where the message around the mention is whatever the lawyer was writing:
citations such as 410 U.S. 113 (1973) and [2019] UKSC 41, statutes with § and ¶, contract clauses quoted inside
quotes, Latin, docket numbers, redlines described in prose, court deadlines, privilege banners, e-discovery search
strings with AND/OR/NOT, wildcards and w/5 proximity), type `/jeeves ...`, click the bot's buttons, open its App
Home; the IT team's scripts, Power BI and CI read and patch users through the data API with TokenDealer tokens;
IT admins search users, flip switches and register OAuth clients in the admin panel; lawyers open `/me/` from the
bot's sign-in link; monitors probe health and metadata.

Every request goes to an endpoint the product defines, with only the fields its handlers read (app/routes,
app/admin/views, app/account, tokendealer/routes and README.md were read for that); Slack's envelopes carry what
Slack itself sends. The Slack events are the ones the README's app subscribes to (app_mention, message.im,
app_home_opened), the interactions are block_actions of the bot's own buttons.

How it was written: by an independent benign author, from the route list of gateway/gateway.yaml (names, match,
methods, upstreams), the handlers and README.md; no WAF rule, exclusion, ruleset, rule test, corpus or other
generator's texts were read, and no text was changed after measuring. Deterministic: one seeded random.Random,
no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, csrf_post, token_request, verify_request, get_request,
cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_routes import ACTIONS
from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

NAME = "evaluation_thirtysixth"
SEED = 36_20240624
EPOCH = 1719234000  # Monday 2024-06-24, 09:00 in New York (13:00 UTC)
TEAMS = [("T0HPOLAW1", "hpo-law"), ("T0HPOEMEA", "hpo-emea")]
ENTERPRISE = ("E0HPOGRID", "Hartwell Pryce Okonkwo")
APP_ID, BOT_USER, BOT_ID = "A06JEEVESX", "U06JEEVES1", "B06JEEVES2"
HOST = "jeeves.hpo-law.com"
BASE = f"https://{HOST}"
TOKEN_FIELD = "hQ8rVx2LmN4pK7sT1wY9zB3c"  # Slack's deprecated verification token: a placeholder
TOKEN_RE = re.compile(r"\{\{(\w+)\}\}")

# ---- people ----------------------------------------------------------------------------------------------------
FIRST = ["Siobhán", "Seán", "Aoife", "Ngozi", "Chidi", "Oluwadamilare", "Xiaoling", "Hyun-woo", "Marie-Claire",
         "Jean-Baptiste", "Zoë", "Bartholomew", "Priyanka", "Raghunathan", "Aleksandra", "Søren", "Dagný",
         "José María", "Anaïs", "Fionnuala", "Tomasz", "Yūko", "Mohammed", "Layla", "Efua", "Kwame", "Chloë",
         "D'Shawn", "LaToya", "Kateřina", "Elizabeth", "Robert", "Margaret", "William", "Catherine", "Jonathan",
         "Rebecca", "Daniel", "Hannah", "Michael", "Sarah", "David", "Emily", "Ahmed", "Mei-Ling", "Rafael",
         "Ingrid", "Pieter", "Nkechi", "Ana Lúcia"]
LAST = ["O'Connor", "Fitzgerald-Shaw", "D'Amico", "Al-Rashid", "van der Merwe", "de la Cruz", "MacLeod", "Okonkwo",
        "Nwosu", "Ó Briain", "Müller-Lüdenscheidt", "Smith-Jones", "Kowalczyk", "Nakamura", "Zhang", "Park",
        "Björklund", "Ferreira da Silva", "Lefebvre", "Abernathy", "St. John", "Goldberg", "Castellanos",
        "Adebayo", "Hernández", "Ní Dhomhnaill", "Dąbrowski", "Van Buren", "Iyer", "Chaudhry", "Le", "Thibodeaux",
        "Whitfield", "Hartwell", "Pryce", "Rosenthal", "Kaplan", "Osei-Bonsu", "Lindqvist", "Moreau"]
TITLES = ["Partner", "Counsel", "Senior Associate", "Associate", "Paralegal", "Litigation Support Manager",
          "eDiscovery Analyst", "Docketing Specialist", "KM Lawyer", "Legal Secretary", "IT Service Desk",
          "Trainee Solicitor", "Summer Associate", "Practice Support Lawyer", "Systems Engineer"]
TIMEZONES = ["America/New_York", "America/New_York", "America/New_York", "America/Chicago", "America/Los_Angeles",
             "Europe/London", "Europe/London", "Europe/Brussels", "Europe/Luxembourg", "Asia/Hong_Kong",
             "Asia/Singapore", "Asia/Dubai", "Australia/Sydney", "America/Sao_Paulo", "Europe/Dublin", "UTC"]

# ---- where people are (weather, remembered location) ---------------------------------------------------------------
PLACES = [
    "New York", "new york", "NYC", "Manhattan", "Brooklyn", "Foley Square, New York",
    "500 Pearl St, New York, NY 10007",
    "40 Centre Street, New York, NY", "Washington, D.C.", "Washington DC",
    "333 Constitution Ave NW, Washington, DC 20001",
    "1 First St NE, Washington, DC 20543", "Wilmington, DE", "Wilmington", "1 Rodney Square, Wilmington, DE 19801",
    "Georgetown, Delaware", "Dover, DE", "Marshall, TX", "Waco, TX", "Alexandria, VA", "San Francisco",
    "Palo Alto", "Chicago", "Boston", "Miami", "Newark, NJ", "Trenton", "White Plains", "Coeur d'Alene, ID",
    "Martha's Vineyard", "St. Paul, MN", "Winston-Salem, NC", "London", "london", "Strand, London WC2A 2LL",
    "Rolls Building, Fetter Lane, London EC4A 1NL", "Canary Wharf", "EC4Y 9AY", "Edinburgh", "Manchester",
    "Cardiff", "Dublin", "Baile Átha Cliath", "Brussels", "Bruxelles", "Brussel", "Luxembourg",
    "Kirchberg, Luxembourg",
    "The Hague", "Den Haag", "'s-Gravenhage", "Paris", "Paris 8e", "Frankfurt am Main", "München", "Zürich",
    "Genève", "Stockholm", "Hong Kong", "香港", "Central, Hong Kong", "中環", "Singapore", "新加坡", "Dubai",
    "DIFC, Dubai",
    "دبي", "Abu Dhabi", "Sydney", "Sydney NSW 2000", "Melbourne", "Tokyo", "東京都千代田区霞が関1-1-4", "Seoul", "서울",
    "Shanghai", "上海", "Beijing", "北京", "Mumbai", "मुंबई", "Bengaluru", "São Paulo", "Rio de Janeiro",
    "Ciudad de México", "Bogotá", "Toronto", "Montréal", "Lagos", "Nairobi", "Johannesburg", "Tel Aviv",
    "40.7128,-74.0060", "51.5138, -0.1110", "38.8977° N, 77.0365° W", "Oslo", "Berlin", "Paris",
]
ALERT_TIMES = ["06:00", "06:30", "06:45", "07:00", "07:15", "07:30", "07:30", "08:00", "08:15", "08:30", "09:00",
               "05:45", "12:00", "17:30", "18:00", "21:00"]

CHANNELS = [("C0LITGEN01", "lit-general"), ("C0FALCON24", "matter-2024-0173-falcon"), ("C0EDISC001", "ediscovery"),
            ("C0DOCKET01", "docketing"), ("C0ITHELP01", "it-helpdesk"), ("C0NYOFF001", "ny-office"),
            ("C0LDNOFF01", "london-office"), ("C0KMGMT001", "knowledge-mgmt"), ("C0PRIVREV1", "privilege-review"),
            ("C0TRIALAC1", "trial-team-acme"), ("C0APPEAL01", "appellate"), ("C0RANDOM01", "random"),
            ("C0BILLQ001", "billing-questions"), ("C0PROBONO1", "pro-bono"), ("G0HERONDL1", "project-heron-deal"),
            ("C0ITOPS001", "it-ops"), ("C0WLMOFF01", "wilmington-office"), ("C0HKGOFF01", "hong-kong-office")]
MATTERS = ["Falcon", "Project Heron", "Acme v. Globex", "In re Northwind Sec. Litig.", "Contoso/Fabrikam ICC",
           "Blackthorn MSA dispute", "Wayne pro bono asylum", "Initech § 220", "Umbrella Pharma MDL",
           "Stark Industries (Del. Ch.)", "Tyrell v. Weyland-Yutani", "Soylent recall"]
JUDGES = ["Judge Furman", "Judge Rakoff", "V.C. Laster", "Chancellor McCormick", "Judge Gilstrap", "Judge Albright",
          "Mr Justice Foxton", "Master Kaye", "Judge Orrick", "Magistrate Judge Netburn", "Lord Leggatt"]

LINKS = [
    "https://www.courtlistener.com/docket/67890123/acme-corp-v-globex-inc/",
    "https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?612345",
    "https://ecf.ded.uscourts.gov/cgi-bin/show_doc.pl?caseid=81234&de_seq_num=412&magic_num=MAGIC",
    "https://www.supremecourt.uk/cases/uksc-2019-0192.html", "https://www.bailii.org/uk/cases/UKSC/2019/41.html",
    "https://supreme.justia.com/cases/federal/us/410/113/", "https://curia.europa.eu/juris/liste.jsf?num=C-311/18",
    "https://www.law.cornell.edu/rules/frcp/rule_26", "https://www.ecfr.gov/current/title-17/section-240.10b-5",
    "https://www.law.cornell.edu/uscode/text/28/1332",
    "https://hpolaw.sharepoint.com/sites/Litigation/Shared%20Documents/Falcon/Draft%20MSJ%20Opp%20v7.docx?web=1",
    "https://hpolaw.sharepoint.com/:x:/r/sites/Docketing/Shared%20Documents/Deadlines%202024.xlsx?d=w4f1c&csf=1",
    "https://dms.hpo-law.com:8443/work/link/d/NYDOCS01-4417823.3",
    "https://relativity.hpo-law.com/Relativity/External.aspx?AppID=1023456&ArtifactID=1003663&DirectTo=%2FCase%2F"
    "Search%2FSearch.aspx",
    "https://1.next.westlaw.com/Document/I3b8c0a5e9c1d11d9bc61beebb95be672/View/FullText.html?transitionType="
    "Default&contextData=(sc.Default)",
    "https://advance.lexis.com/search/?pdmfid=1000516&crid=1f2e9a7b&pdsearchterms=forum+non+conveniens&pdtypeofsearch"
    "=searchboxclick",
    "https://pacer.uscourts.gov/", "https://courts.delaware.gov/chancery/",
    "https://hpo.service-now.com/nav_to.do?uri=incident.do?sys_id=9d385017c611228701d22104cc95c371",
    "https://zoom.us/j/98765432101?pwd=UzFrZ0xqN2RjTmtBdz09", "https://www.gov.uk/guidance/hmcts-opening-hours",
    "https://www.judiciary.uk/guidance-and-resources/commercial-court-guide/",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679",
    "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=8-K&dateb=&owner=include&count=40",
    "https://www.uscourts.gov/rules-policies/current-rules-practice-procedure/federal-rules-civil-procedure",
    "https://calendar.google.com/calendar/u/0/r/week/2024/6/24", "https://www.timeanddate.com/date/workdays.html",
    "https://status.relativity.com/", "http://intranet.hpo-law.local:8080/km/precedents?practice=lit&sort=-updated",
    "https://hpo-law.com/people/siobhan-oconnor/", "https://www.nysd.uscourts.gov/hon-jesse-m-furman",
]
EMOJI = [":scales:", ":white_check_mark:", ":eyes:", ":pray:", ":coffee:", ":sweat_smile:", ":tada:", ":+1:",
         ":hourglass_flowing_sand:", ":rotating_light:", ":umbrella:", ":sunny:", ":snowflake:", ":lock:",
         ":briefcase:", ":bookmark_tabs:", ":date:", ":thinking_face:", ":facepalm:", ":raised_hands:", "🙏",
         "⚖️", "📎", "😅", "🎉", "☔", "🔥", "✅", "🤞", "👀", "📅", "🧾"]

# ---- legal text --------------------------------------------------------------------------------------------------
CITES = [
    "Roe v. Wade, 410 U.S. 113 (1973)", "410 U.S. 113 (1973)", "410 U.S. 113, 153 (1973)",
    "R (Miller) v The Prime Minister [2019] UKSC 41", "[2019] UKSC 41", "[2019] UKSC 41, [2020] AC 373",
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)", "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
    "Celotex Corp. v. Catrett, 477 U.S. 317, 322–23 (1986)",
    "Daubert v. Merrell Dow Pharms., Inc., 509 U.S. 579, 593–94 (1993)",
    "Erie R.R. Co. v. Tompkins, 304 U.S. 64 (1938)",
    "Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803)",
    "Zubulake v. UBS Warburg LLC, 220 F.R.D. 212, 218 (S.D.N.Y. 2003)",
    "In re Caremark Int'l Inc. Deriv. Litig., 698 A.2d 959, 970 (Del. Ch. 1996)",
    "Hadley v Baxendale (1854) 9 Exch 341", "Donoghue v Stevenson [1932] AC 562 (HL)",
    "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256 (CA)",
    "Case C-311/18, Data Prot. Comm'r v. Facebook Ireland Ltd. (Schrems II), ECLI:EU:C:2020:559",
    "Arnold v Britton [2015] UKSC 36, [2015] AC 1619 at [15]–[23]",
    "Wood v Capita Insurance Services Ltd [2017] UKSC 24",
    "Morrison v. Nat'l Austl. Bank Ltd., 561 U.S. 247, 266 (2010)",
    "Basic Inc. v. Levinson, 485 U.S. 224, 241–42 (1988)",
    "Chevron U.S.A. Inc. v. NRDC, Inc., 467 U.S. 837, 842–43 (1984)", "Kisor v. Wilkie, 588 U.S. 558 (2019)",
    "Salomon v A Salomon & Co Ltd [1897] AC 22", "Prest v Petrodel Resources Ltd [2013] UKSC 34",
    "Pepper (Inspector of Taxes) v Hart [1993] AC 593", "Corwin v. KKR Fin. Holdings LLC, 125 A.3d 304 (Del. 2015)",
    "Revlon, Inc. v. MacAndrews & Forbes Holdings, Inc., 506 A.2d 173 (Del. 1986)",
    "Fed. R. Civ. P. 26(b)(1)", "Fed. R. Civ. P. 12(b)(6)", "Fed. R. Civ. P. 37(e)(2)", "Fed. R. Evid. 502(d)",
    "28 U.S.C. § 1332(a)(1)", "28 U.S.C. §§ 1404(a), 1406", "15 U.S.C. § 78j(b)", "17 C.F.R. § 240.10b-5(b)",
    "Cal. Civ. Proc. Code § 425.16(b)(1)", "N.Y. C.P.L.R. 3211(a)(1), (7)", "Del. Code Ann. tit. 8, § 220(b)",
    "8 Del. C. § 102(b)(7)", "Companies Act 2006, s. 994", "CPR r. 31.16", "CPR PD 57AD ¶ 3.1", "GDPR art. 6(1)(f)",
    "Restatement (Second) of Contracts § 90 (Am. L. Inst. 1981)", "U.C.C. § 2-207(2)(b)", "Local Civ. R. 7.1(a)(2)",
    "11 U.S.C. § 362(a)(3)", "35 U.S.C. § 101", "Id. at 570", "Id. ¶ 14", "Ibid.", "supra note 23, at 4",
    "Dkt. No. 112 ¶¶ 4–9", "Compl. ¶ 57", "Tr. 214:3–215:17", "Ex. 14 at HPO_0004417", "Am. Compl. ¶¶ 88–104 & n.7",
]
DOCKETS = ["1:23-cv-04567 (JMF)", "No. 22-1234", "C.A. No. 2023-0456-KSJM", "Case No. 3:24-cv-00123-WHO",
           "Claim No. HC-2023-000456", "Index No. 654321/2023", "ICC Case No. 27431/HBH",
           "Adv. Pro. No. 24-50012 (BLS)",
           "No. 23-cv-1187-GBW (D. Del.)", "MDL No. 3047", "Case T-612/17", "No. 2:24-cv-00088-JRG (E.D. Tex.)",
           "CL-2024-000112", "LCIA Arb. No. 215678", "Appeal No. 24-1021 (Fed. Cir.)", "HCA 1234/2023",
           "No. 24-cv-3301 (S.D.N.Y.)", "Case No. 6:23-cv-00417-ADA"]
LATIN = ["inter alia", "mutatis mutandis", "res judicata", "forum non conveniens", "prima facie", "sub judice",
         "ultra vires", "pro hac vice", "nunc pro tunc", "amicus curiae", "ex parte", "de novo", "ipso facto",
         "sua sponte", "obiter dicta", "ratio decidendi", "quantum meruit", "in limine", "voir dire", "bona fide",
         "pendente lite", "lis pendens", "expressio unius est exclusio alterius", "ejusdem generis",
         "contra proferentem", "functus officio", "stare decisis", "res ipsa loquitur", "in camera", "pro bono",
         "sine die", "ab initio", "per curiam", "certiorari", "mens rea", "caveat emptor"]
CLAUSES = [
    "§ 12.3: \"Neither Party shall assign this Agreement without the prior written consent of the other Party, such "
    "consent not to be 'unreasonably withheld, conditioned or delayed.'\"",
    "Section 9.2 says “Licensee shall indemnify, defend and hold harmless the ‘Licensor Indemnitees’ (as defined in "
    "§ 1.1) from and against any and all Losses”",
    "the MAE definition: \"any event, change or effect that ... has had a material adverse effect on the business "
    "... (other than changes 'generally affecting the industry')\"",
    "¶ 7(b) of the SPA: 'Seller's Knowledge' means the \"actual knowledge, after reasonable inquiry, of the "
    "individuals listed on Schedule 1.1(k)\"",
    "cl. 14.1 of the NDA: „Vertrauliche Informationen“ sind alle Informationen, die als ‚vertraulich‘ gekennzeichnet "
    "sind",
    "art. 5 des conditions générales : « Le prestataire est tenu d'une obligation de moyens et non de résultat »",
    "\"Business Day\" means any day other than a Saturday, Sunday or a day on which banks in New York, New York or "
    "London, England are authorized or required by law to close",
    "the limitation of liability (§ 11.2) caps damages at \"the fees paid or payable in the twelve (12) months "
    "preceding the claim\" but carves out \"gross negligence, willful misconduct, or breach of Section 8 "
    "('Confidentiality')\"",
    "Rule 26(b)(1): parties may obtain discovery \"regarding any nonprivileged matter that is relevant to any "
    "party's claim or defense and proportional to the needs of the case\"",
    "the arbitration clause: \"Any dispute ... shall be finally resolved under the Rules of Arbitration of the ICC "
    "by three (3) arbitrators; seat: London; language: English\"",
    "the non-compete in § 6.4 (\"for a period of twenty-four (24) months following the Termination Date, within a "
    "fifty (50) mile radius of any Company office\")",
    "\"Time is of the essence\" (§ 18.7), which they've now struck in the redline (!)",
    "Sched. 3 ¶ 2: the earn-out pays \"2.5% of Net Revenue in excess of $12,500,000\" for each of FY2025 & FY2026",
    "the governing-law clause: “This Agreement shall be governed by the laws of the State of Delaware, without "
    "regard to its conflict-of-laws principles”",
    "the anti-reliance clause (§ 4.12: \"no Party has relied on any representation 'not expressly set forth in "
    "Article III'\")",
    "the notice clause (§ 15.1): notices \"shall be in writing and delivered by hand, by courier or by e-mail (with "
    "a copy by courier) to the addresses set out in Schedule 5\"",
    "the \"sole and exclusive remedy\" language in § 10.5, read with § 10.1(a)'s 'Fundamental Representations'",
]
REDLINES = [
    "In ¶ 4(b), strike “best efforts” and insert “commercially reasonable efforts”; delete the last sentence of § 9.2.",
    "their redline moves the 'Excluded Liabilities' carve-out from § 2.4 to Schedule 1.1(a) and deletes \"and/or\" "
    "throughout (we should accept that one)",
    "v7 → v8 changes: (1) § 3.1 cap raised from $2M to $5M; (2) new § 3.1A (\"Super Cap\"); (3) struck the 'sole "
    "remedy' language in § 10.5",
    "track changes were off in the version they sent back; ran a compare in Litera: 47 insertions, 31 deletions, "
    "12 moves",
    "please don't accept all changes in the master: opposing counsel's comment bubbles [OC1]–[OC14] need responses "
    "first",
    "I've added a defined term \"Disclosing Party\" and conformed §§ 2–5; comments in [brackets] are internal only, "
    "strip them before it goes out",
    "redline vs. the execution version attached; the only substantive change is ¶ 12 (notice period 30 → 60 days)",
    "they changed \"shall\" to \"may\" in § 7.3; that is not a 'conforming change', pushing back",
    "clean + blackline to the client by 5 p.m.; filename: HPO_NY_4417823_v9 (Redline vs v8).pdf",
    "compare Draft 3 vs Draft 4: §§ 1.1 (\"Affiliate\"), 6.2(c) and Exhibit B changed; the rest is formatting",
    "in § 8.1(c) reinstate “, which consent shall not be unreasonably withheld” after “prior written consent”, "
    "and restore footnote 3",
]
BANNERS = [
    "PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT",
    "*** PRIVILEGED AND CONFIDENTIAL — PREPARED AT THE DIRECTION OF COUNSEL ***",
    "CONFIDENTIAL — SUBJECT TO PROTECTIVE ORDER (Dkt. 47) — ATTORNEYS' EYES ONLY",
    "FRE 408 — FOR SETTLEMENT PURPOSES ONLY", "*Privileged & Confidential | Legal Advice | Deal team only*",
    "WITHOUT PREJUDICE SAVE AS TO COSTS", "HIGHLY CONFIDENTIAL – OUTSIDE COUNSEL ONLY",
    ":lock: priv & conf, please don't paste this into any external tool", "[PRIV] [AC/WP]",
]
SEARCHES = [
    "(termin* OR cancel*) w/5 (agreement OR contract) AND NOT draft",
    "\"material adverse effect\" OR MAE OR \"material adverse change\" OR MAC",
    "(price* w/3 fix*) AND (competitor* OR \"industry peer*\")",
    "noncompet! w/10 (unenforceable OR void) AND NOT arbitrat!",
    "custodian:(jsmith OR \"Jane Smith\") AND sent:[2021-01-01 TO 2022-06-30]",
    "(\"Project Falcon\" OR Falcon) AND (board w/3 (minutes OR deck))",
    "((fraud* OR mislead* OR misrepresent*) w/15 (revenue OR \"Q3\")) AND date >= 2021-07-01",
    "\"delete this\" OR \"don't put this in writing\" OR \"call me\" OR \"off the record\"",
    "forum non conveniens /p (cruise OR maritime) & DA(aft 01/01/2015)",
    "\"duty of loyalty\" /s Caremark & DT(2020..2024)", "smith pre/2 memo OR \"J. Smith\" w/3 memo",
    "FROM:(*@globex.com) AND NOT (privileged OR \"attorney-client\")",
    "recall* w/10 (defect* OR fail*) NOT (press OR \"news release\")",
    "\"breach of contract\"~3 OR \"breached the agreement\"~5", "wom?n w/5 (pay OR salary OR compensation)",
    "(kickback* OR \"side deal\" OR bribe*) AND (Pemex OR Petrobras) AND date(2019-01-01..2020-12-31)",
    "\"hold harmless\" w/25 (indemnif* OR defend)",
    "(Globex OR GBX) AND (acquisition OR merger OR \"tender offer\") AND NOT newsletter",
    "subject:\"RE: RE: FW:\" AND (Q2 OR \"second quarter\") w/20 forecast*",
    "(sanction* OR OFAC OR SDN) w/10 (Crimea OR Donetsk OR Luhansk)",
    "attachment:*.xls* AND (\"pricing model\" OR \"rate card\")",
    "(shred* OR wipe* OR \"burn bag\") AND date >= 2022-03-15",
    "TI(\"motion to compel\") & CO(sdny) & DA(last 3 years)", "(\"spoliat!\" /p sanction!) & \"37(e)\"",
    "Q3 w/3 (\"miss\" OR \"shortfall\" OR \"restat*\") AND custodian:(CFO OR \"Controller\")",
]
DATES = ["6/28", "June 28, 2024", "28 June 2024", "2024-06-28", "28.06.2024", "Fri 6/28", "28/06/24", "July 1",
         "7/15/2024", "Monday, July 8", "COB Friday", "EOD 7/1", "2 August 2024", "08/02/2024", "the 12th", "Jul. 19",
         "Tues. 7/9 at 10:00 a.m.", "9 July, 4 p.m. BST", "noon ET on 7/3"]
DEADLINES = [
    "Opp due {{date}} per the Scheduling Order (Dkt. 112); reply 14 days after, and FRCP 6(a)(1)(C) if that lands "
    "on a weekend",
    "answer due 21 days from service (Rule 12(a)(1)(A)(i)), so {{date}}",
    "notice of appeal: 30 days after entry of judgment (FRAP 4(a)(1)(A)); judgment entered 6/14, so 7/15 (7/14 is "
    "a Sunday)",
    "ECF deadline is 11:59 p.m. Eastern; chambers wants courtesy copies by 10 a.m. next day (Indiv. Prac. 2.C)",
    "CMC moved to {{date}} at 2:30 PM before {{judge}}, Courtroom 1105, 40 Foley Sq.",
    "disclosure under CPR PD 57AD is due 4pm on {{date}}; the CMC is listed for ½ day",
    "the 30(b)(6) depo is noticed for {{date}}, 9:30 a.m. ET at our NY office (conf. rm 42B); court reporter + "
    "videographer booked",
    "expert reports due {{date}}; rebuttals 30 days later; Daubert motions 21 days after that",
    "§ 220 response due in 5 business days, i.e. COB {{date}}",
    "SOL runs {{date}} (3 yrs under CPLR 214(4)); is the tolling agreement signed?",
    "privilege log due with production vol. 7 (HPO-FALCON-0041177 – HPO-FALCON-0052903) on {{date}}",
    "hearing on the motions in limine: {{date}}, 10:00 CEST, Luxembourg (by video)",
    "PTO due 7 days before the final pretrial conference; joint exhibit list in Excel, not PDF",
    "tolling stipulation expires {{date}} at 5:00 p.m. Pacific",
    "reply brief: 10 pages max (L. Civ. R. 7.1(c)), 12-pt font, double-spaced, due {{date}}",
]
TIME_ENTRIES = [
    "0.3 Review and revise draft MSJ opp; t/c w/ client re: same; emails w/ opposing counsel (J. Doe) re: ESI protocol",
    "1.2 Legal research re: enforceability of non-compete under Cal. Bus. & Prof. Code § 16600; draft memo to "
    "S. O'Connor",
    "0.4 Draft and revise letter to opposing counsel re: deficiencies in responses to RFP Nos. 12–19",
    "2.5 Prepare for and attend deposition of A. Nwosu (Day 2 of 2); confer w/ trial team re: designations",
    "0.1 Calendar deadlines per Dkt. 214 (L120)", "0.6 QC privilege log entries (rows 1,204–1,811); flag 37 for "
    "partner review (A104)",
]
IT_TEXTS = [
    "`Get-ADUser -Filter {Department -eq 'Litigation'} -Properties mail | Select-Object Name, SamAccountName, mail | "
    "Export-Csv lit_users.csv -NoTypeInformation`",
    "iManage won't check in: \"The document is checked out to another user (NYDOCS01\\kocon)\". Cleared the lock from "
    "the admin console.",
    "GlobalProtect keeps dropping at 17:00 on the dot; gateway is vpn-ny.hpo-law.com:443, portal says 'connected' tho",
    "Relativity processing set 'Falcon_Vol07' errored: 1,204 docs 'Password protected' + 88 'Corrupt container (.pst)'",
    "can someone reset MFA for the new summer associate? UPN a.nwosu@hpo-law.com, ticket INC0051123",
    "Intune pushed the wrong Office build to the London floor (16.0.17531.20140) and the Litera Compare add-in "
    "crashes on open",
    "```\nPS C:\\> Test-NetConnection dms.hpo-law.com -Port 8443\nComputerName     : dms.hpo-law.com\n"
    "RemoteAddress    : 10.40.2.17\nRemotePort       : 8443\nTcpTestSucceeded : True\n```",
    "```\nrobocopy \"\\\\nyfs02\\lit$\\Falcon\\Productions\\Vol07\" \"E:\\Staging\\Vol07\" /E /Z /MT:16 /R:2 /W:5 "
    "/LOG:C:\\temp\\vol07.log\n```",
    "Aderant report (read-only replica):\n```sql\nSELECT tk.tkinit, SUM(t.tworkhrs) AS hrs\nFROM timecard t JOIN "
    "timekeep tk ON tk.tkinit = t.ttk\nWHERE t.tworkdt >= '2024-06-01' AND t.tmatter LIKE '04417-%'\nGROUP BY "
    "tk.tkinit ORDER BY hrs DESC;\n```",
    "Excel for the deadline calc: `=WORKDAY(B2, 14, Holidays!$A$2:$A$40)` and `=IF(C2=\"\",\"\",TEXT(C2,\"dddd, mmmm "
    "d, yyyy\"))` for the cover sheet",
    "Mimecast quarantined the production cover letter because of the AES-256 .zip; released it, sender is "
    "ediscovery@hpo-law.com",
    "printer on 42 (NY42-MFP-03, 10.42.0.51) jammed again, tray 2. legal-size paper is in the closet by 4217",
    "dtSearch index for the Falcon review rebuilt overnight: 2.3M docs, 418 GB, took 6h12m",
    "```\n$ curl -s -H \"Authorization: Bearer $TOKEN\" \"https://jeeves.hpo-law.com/api/users?active=true&limit=200\" "
    "| jq '.users[] | {name, email}'\n```",
    "the Teams ↔ Slack bridge is posting duplicates in #ny-office; disabling the connector until Monday",
    "new laptop image v24.06: Win11 23H2, M365 Apps (MEC), iManage Work 10.4, Litera, Acrobat Pro, CompuLaw Vision",
    "password policy reminder: 14+ characters, no reuse of the last 24. Self-service: "
    "https://passwordreset.microsoftonline.com/",
    "cron for the docket export:\n```\n15 6 * * 1-5 /opt/docketing/bin/export --court=nysd --since=yesterday "
    "--out=/data/dockets/$(date +\\%F).json\n```",
    "```\n2024-06-24T12:58:01Z WARN  docket-sync court=ded case=1:23-cv-01187 entries=3 status=429 retry_in=30s\n"
    "2024-06-24T12:58:31Z INFO  docket-sync court=ded case=1:23-cv-01187 entries=3 status=200 new=[412,413,414]\n```",
    "Power BI gateway refresh failed: \"DM_GWPipeline_Gateway_DataSourceAccessError\" on the Matter Weather dataset "
    "(source: https://jeeves.hpo-law.com/api/usage/stats)",
    "```python\nimport pandas as pd\ndf = pd.read_excel('Deadlines 2024.xlsx', sheet_name='SDNY')\n"
    "df[df['Due'].between('2024-06-24', '2024-07-05')].sort_values('Due')\n```",
    "ServiceNow: INC0051188 \"Cannot open .msg attachments in Relativity viewer\" → assigned to Lit Support (P3)",
]
CHATTER = [
    "running 5 min late to the {{matter}} call, start without me", "who has 42B for the mock cross at 2?",
    "CLE lunch today 12:30 in 41A: 'Ethics of Generative AI in Litigation' (1.0 ethics credit, NY & CA) 🥪",
    "the partner wants the binders tabbed by exhibit number, not by date", "filed! ECF No. 213 :tada:",
    "bluebooking q: \"Cir.\" or \"Circuit\" in a textual sentence? (Rule 10.2.1 vs. T6?)",
    "Court granted our MTD in part: Counts II and IV dismissed w/o prejudice, leave to amend within 21 days",
    "jury's out :hourglass_flowing_sand:", "verdict: defense on all counts 🎉🎉",
    "does anyone have {{judge}}'s individual practices (rev. 3/2024)?",
    "reminder: time entries by 10am, 0.1 increments, no block billing pls", "doc review pizza is here (41st fl.) 🍕",
    "can someone cite-check pp. 12–18 of the brief tonight? Table of Authorities too",
    "the court reporter's rough is in the matter workspace; final in 10 business days",
    "who's covering the {{matter}} hearing if {{who}} is still in Wilmington?",
    "OOO Fri (moving day). {{who}} has the con call w/ the client; dial-in in the invite",
    "pls don't reply-all to the client on the privilege issue; loop me in first",
    "FYI the courthouse at 500 Pearl has a 40-min security line this morning",
    "is the Hong Kong office closed Monday for the Tuen Ng Festival? (10 June)",
    "ouch, 4 hours on hold with the clerk's office", "thanks all, great teamwork on the opp brief 🙏",
    "quick sanity check: is it \"motion in limine\" or \"motion in limine no. 3\" in the caption?",
    "the word count's at 13,942 / 14,000 (FRAP 32(a)(7)(B)), please no more footnotes",
    "who's the notary in the DC office today? need a jurat on the O'Connor declaration",
    "Westlaw's down for me, anyone else? Lexis works",
    "Le tribunal a renvoyé l'affaire au 12 septembre ; les conclusions sont à déposer avant le 2.",
    "Die mündliche Verhandlung ist auf den 9. Juli verschoben; Schriftsatzfrist läuft bis 28.06.",
    "聆訊改到7月9日上午10時，請各位更新日程 📅", "明天上午的證人會議取消了，改為視像會議",
    "La audiencia se reprogramó para el 15 de julio; el escrito de réplica vence el 8.",
    "Gracias a todos por el trabajo en el memorial ✍️", "شكراً على المراجعة السريعة",
    "Obrigada pela ajuda com a petição, ficou ótima!", "お疲れ様です。明日のデポジションは9時半開始です。",
    "{{who}} can you send me the Bates range for vol. 7? I only have HPO-FALCON-0041177 onwards",
    "mock jury: 12 people, $150 each + lunch, Saturday in the 40th-floor conference center",
    "the clerk said \"no courtesy copies\" this time; e-file only",
]
LONG_TEXTS = [
    "{{banner}}\n\nTeam, quick recap of today's meet-and-confer with Globex's counsel (K. Whitfield, R. Dąbrowski):\n"
    "1. *ESI protocol*: they'll agree to our search terms for custodians 1–14 if we drop the \"w/25\" connectors to "
    "\"w/15\". Proposed string for the pricing issue: `{{search}}`\n"
    "2. *Privilege log*: categorical logging OK for post-complaint comms (after 3/1/2023); everything else "
    "document-by-document per Local Civ. R. 26.2.\n"
    "3. *502(d) order*: they want clawback \"within 10 days of discovery\"; we said \"promptly upon discovery\".\n"
    "4. *Deadlines*: {{deadline}}.\n\nNext steps: {{who}} to circulate the draft stipulation by {{date}}; I'll "
    "update the case calendar. Cite for the proportionality point: {{cite}}.",
    "{{banner}}\nRe {{matter}} ({{docket}}): the court's order (Dkt. 214) is out. Short version:\n"
    "• Motion to dismiss GRANTED as to Counts II–IV (no plausible scienter under {{cite}}), DENIED as to Count I.\n"
    "• Leave to amend within 21 days; the judge notes plaintiffs \"may not simply repackage the same allegations "
    "'with more adjectives.'\"\n"
    "• Discovery stay lifted {{latin}}.\n\nI'll circulate a 1-page client summary by {{date}}. {{who}} please "
    "calendar the amendment deadline and the 14-day response window.",
    "Draft email to the client, comments welcome (keep it under a page):\n>>> Dear Ms. O'Neill-Park,\n\n"
    "As discussed, {{clause}}. In our view that language, read with {{cite}}, supports the position that the "
    "notice of termination dated 3 May was effective {{latin}}. The counterparty's reading (\"the 'cure period' "
    "never began\") is, with respect, hard to square with the text.\n\nWe recommend (i) a without-prejudice letter "
    "by {{date}} and (ii) preserving the arbitration option under the ICC clause.\n\nKind regards,\nHPO",
    "Cite-check notes on the reply brief (v12):\n- p. 3: {{cite}}: pin cite should be 570, not 557\n"
    "- p. 5 n.4: \"{{latin}}\" should be italicised; also \"e.g.,\" not \"eg\"\n- p. 7: {{cite}}: parenthetical "
    "needs the court (Del. Ch.) and year\n- p. 9: quote from the contract should read {{clause}}\n- TOA: §§ "
    "sorted numerically, not alphabetically; \"passim\" for {{cite}}\n- global: use \"Plaintiffs'\" (plural "
    "possessive) consistently",
    "IT change notice 📣 Saturday 22:00–02:00 ET:\n1. iManage Work 10.4.2 upgrade (NYDOCS01, LNDOCS01)\n2. "
    "Relativity Server 2024 patch 3 (review will be read-only)\n3. VPN certificate rollover (GlobalProtect "
    "re-prompts once)\nRollback plan: snapshots taken Fri 20:00; owner {{who}}; bridge: {{link}}\n"
    "Questions → #it-helpdesk or ext. 4357 (HELP).",
    "Review protocol update for the {{matter}} second-level review:\n- Tag *Hot* only for docs that go to an "
    "element of a claim (see memo ¶¶ 4–9)\n- *Priv*: apply \"AC\" / \"WP\" / \"AC+WP\"; partial priv → redact, log "
    "as \"Redacted – AC\"\n- Search to QC: `{{search}}`\n- Families: review the whole family; don't tag attachments "
    "inconsistently with the parent\n- Foreign-language docs (de, fr, 中文): route to the FL queue\nQuestions to "
    "{{who}}. Target: 4,000 docs/day across 18 reviewers.",
]
BOT_COMMANDS = ["weather", "weather {{place}}", "weather in {{place}}", "Weather {{place}} tomorrow?",
                "wether {{place}}", "weather {{place}} pls", "remember location {{place}}",
                "remember location {{place}}", "my location", "forget location", "help", "Help", "config",
                "config timezone {{tz}}", "config tz {{tz}}", "config alert_time {{time}}", "config time {{time}}",
                "config units imperial", "config units metric", "config alerts on", "alerts on", "alerts off",
                "login", "forget me", "hi", "hello jeeves", "thanks!", "what can you do?",
                "weather {{place}} — hearing at 10", "is it going to rain at the courthouse?",
                "docket {{docket}}", "when is the opp due?", "remind me re: {{deadline}}",
                "weather for the {{matter}} depo in {{place}}", "config alert_time 7:30am", "config timezone ET"]
BOT_REPLIES = [
    "New York: Partly cloudy, 27°C, wind 14 km/h; today 21°C to 29°C, 40% chance of precipitation",
    "London: Light rain, 16°C, wind 22 km/h; today 12°C to 18°C, 70% chance of precipitation",
    "Wilmington: Clear sky, 84°F, wind 6 mph; today 68°F to 88°F, 10% chance of precipitation",
    "Got it, I will remember Wilmington, DE.", "I could not find a place called '1 Rodney Square, Wilmington, "
    "DE 19801'.",
    "Where? Try `weather Paris`, or `remember location Paris` once.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 07:30 (America/New_York).",
    "Your settings:\n• alert_time: 07:30\n• alerts: on\n• timezone: America/New_York\n• units: imperial\nChange one "
    "with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    "Sorry, I did not understand that. Here is what I can do:\n• `alerts on|off`: daily weather alert for your "
    "location at your alert_time\n• `config [setting value]`: show or change your settings (units, alert_time, "
    "timezone)\n• `forget location`: forget your location\n• `help`: this list",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.", "Done, I forgot your location.",
    "Your location is Hong Kong, China.",
]
FILE_NAMES = ["Falcon – Draft MSJ Opp (v7) [PRIV].docx", "2024.06.21 Letter to J. Furman re Discovery Dispute.pdf",
              "Privilege Log – Vol 7.xlsx", "Exhibit 14 (HPO_0004417–HPO_0004452).pdf",
              "Screenshot 2024-06-24 at 09.41.12.png", "O'Connor Decl. ISO Mot. to Compel.docx",
              "Schedule 1.1(a) – Excluded Liabilities.docx", "§ 220 Demand – Response Tracker.xlsx",
              "Deadlines 2024 (SDNY & D. Del.).xlsx", "IMG_2291.HEIC", "court-calendar.ics", "vpn-error.txt",
              "Mémoire en réponse – projet.docx", "聆訊時間表.pdf"]
OAUTH_CLIENTS = ["relativity-sync", "powerbi-matter-dash", "docketing.compulaw", "servicenow-itsm",
                 "gha-nightly-report", "jeeves-worker", "intapp-intake:prod", "imanage-bridge-pilot"]
CLIENT_DESCRIPTIONS = [
    "Relativity → Jeeves custodian sync (read-only); owner: Lit Support, ticket INC0048812",
    "Power BI \"Matter Weather\" dashboard, NY & London offices (read)",
    "Docketing: CompuLaw deadline reminders (write); approved by K. O'Connor 2024-06-21",
    "ServiceNow ITSM: deactivate leavers' Jeeves accounts on HR termination (write)",
    "GitHub Actions: nightly usage report to #it-ops", "Intapp Open intake bot – reads users & switches",
    "iManage Work 10 webhook bridge (pilot) – matter-centric alerts, see CHG0031187",
    "Hong Kong office kiosk (read only) 香港辦公室", "Test client for the DR exercise on 6/29; delete after!",
    "Paralegal team's Excel add-in (Power Query) – read", "",
]


class LawFirmDay(WebApp):
    """One Monday of Hartwell Pryce Okonkwo LLP, request by request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, TOKEN_FIELD, BASE
    ts_window = event_window = (-3600, 11 * 3600)
    iat_window, context_bytes, enterprise, enterprise_install = (-600, 36000), 40, ENTERPRISE[0], True
    oauth_scope_rate, oauth_scopes, oauth_body_secret_rate = 0.75, ("read", "read write", "write", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(240):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = first.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            ascii_last = last.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            handle = f"{ascii_first[:1]}{ascii_last or 'x'}{'' if i % 9 else i}"
            team = TEAMS[0] if self.chance(0.7) else TEAMS[1]
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{ascii_first}.{ascii_last or 'x'}@hpo-law.com", "team": team[0],
                                "domain": team[1], "tz": self.pick(TIMEZONES), "title": self.pick(TITLES)})

    # ---- records ----------------------------------------------------------------------------------------------
    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- texts ------------------------------------------------------------------------------------------------
    def value(self, key: str) -> str:
        """One placeholder's plain value (it may hold placeholders itself)."""
        pools: dict[str, Callable[[], str]] = {
            "place": lambda: self.pick(PLACES), "cite": lambda: self.pick(CITES), "docket": lambda: self.pick(DOCKETS),
            "latin": lambda: self.pick(LATIN), "clause": lambda: self.pick(CLAUSES),
            "search": lambda: self.pick(SEARCHES),
            "date": lambda: self.pick(DATES), "deadline": lambda: self.pick(DEADLINES),
            "matter": lambda: self.pick(MATTERS), "judge": lambda: self.pick(JUDGES),
            "banner": lambda: self.pick(BANNERS), "tz": lambda: self.pick(TIMEZONES),
            "time": lambda: self.pick(ALERT_TIMES), "n": lambda: str(self.rng.randint(2, 48)),
        }
        return self.plain(pools[key]())

    def plain(self, template: str) -> str:
        """A template as typed in a browser form: mentions by name, links as URLs."""
        def sub(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "who":
                return "@" + self.pick(self.people)["handle"]
            if key == "link":
                return str(self.pick(LINKS))
            if key == "chan":
                return "#" + self.pick(CHANNELS)[1]
            return self.value(key)
        return TOKEN_RE.sub(sub, template)

    def slack(self, template: str) -> str:
        """A template as Slack sends it: & < > escaped, mentions, channels and links in Slack's <...> markup."""
        marks: list[str] = []

        def mark(markup: str) -> str:
            marks.append(markup)
            return f"\x01{len(marks) - 1}\x02"

        def sub(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "who":
                return mark(f"<@{self.pick(self.people)['id']}>")
            if key == "link":
                url = slack_escape(self.pick(LINKS))
                label = self.pick(["", "", "", "|here", "|the docket", "|draft", "|this", "|order", "|ticket"])
                return mark(f"<{url}{label}>")
            if key == "chan":
                cid, cname = self.pick(CHANNELS)
                return mark(f"<#{cid}|{cname}>")
            if key == "here":
                return mark(self.pick(["<!here>", "<!channel>", "<!subteam^S0LITSUPP|@lit-support>"]))
            return self.value(key)

        out = slack_escape(TOKEN_RE.sub(sub, template))
        for i, markup in enumerate(marks):
            out = out.replace(f"\x01{i}\x02", markup)
        return out

    def legal_sentence(self) -> str:
        roll = self.rng.random()
        if roll < 0.14:
            return self.pick(["see {{cite}}", "cf. {{cite}}", "per {{cite}}", "{{cite}} is the case you want",
                              "don't forget {{cite}} for the standard", "See, e.g., {{cite}}; {{cite}}.",
                              "our best authority is {{cite}} (and {{cite}} {{latin}})"])
        if roll < 0.24:
            return self.pick(["{{matter}} ({{docket}}): ", "Re {{docket}}: ", ""]) + "{{deadline}}"
        if roll < 0.34:
            return self.pick(["quick q on ", "thoughts on ", "", "client is asking about "]) + "{{clause}}"
        if roll < 0.42:
            return self.pick(["", "fyi ", "redline from Globex: ", "comments: "]) + self.pick(REDLINES)
        if roll < 0.52:
            return self.pick(["search string for {{matter}}: `{{search}}`", "can you run `{{search}}` against vol. 7?",
                              "proposed term: {{search}} (hit count pending)",
                              "ESI protocol term #{{n}}: \"{{search}}\"", "{{search}}"])
        if roll < 0.58:
            return self.pick(["{{banner}}\n", "{{banner}} ", ""]) + self.pick(CHATTER)
        if roll < 0.64:
            return self.pick(["is this {{latin}} or {{latin}}?", "the court ruled {{latin}}", "{{latin}}, obviously",
                              "arguing {{latin}} here is a stretch", "(as to {{latin}}: {{cite}})"])
        if roll < 0.70:
            return self.pick(TIME_ENTRIES)
        if roll < 0.82:
            return self.pick(IT_TEXTS)
        if roll < 0.96:
            return self.pick(CHATTER)
        return self.pick(LONG_TEXTS)

    def chat_template(self) -> str:
        text = self.legal_sentence()
        if self.chance(0.2):
            text = self.pick(["{{who}} ", "{{here}} ", "hey {{who}}, ", "{{who}} {{who}} ", "cc {{who}} "]) + text
        if self.chance(0.15):
            text += self.pick([" {{link}}", "\n{{link}}", " (see {{link}})", " in {{chan}}"])
        text = self.maybe_append(text, 0.3, EMOJI)
        return text

    def command_template(self) -> str:
        return str(self.pick(BOT_COMMANDS))

    # ---- Slack ------------------------------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block for a message: text, user, channel, link and emoji elements."""
        elements: list[dict[str, Any]] = []
        pos = 0
        for m in re.finditer(r"<([^<>]+)>", text):
            if m.start() > pos:
                elements.append({"type": "text", "text": self.unescape(text[pos:m.start()])})
            inner = m.group(1)
            if inner.startswith("@"):
                elements.append({"type": "user", "user_id": inner[1:].split("|")[0]})
            elif inner.startswith("#"):
                elements.append({"type": "channel", "channel_id": inner[1:].split("|")[0]})
            elif inner.startswith("!"):
                elements.append({"type": "broadcast", "range": inner[1:].split("^")[0].split("|")[0]})
            else:
                url, _, label = inner.partition("|")
                link: dict[str, Any] = {"type": "link", "url": self.unescape(url)}
                if label:
                    link["text"] = self.unescape(label)
                elements.append(link)
            pos = m.end()
        if pos < len(text):
            elements.append({"type": "text", "text": self.unescape(text[pos:])})
        if text.startswith("```") and text.endswith("```") and len(elements) == 1:
            inner_text = elements[0]["text"].strip("`").strip("\n")
            block = {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": inner_text}],
                     "border": 0}
            return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": [block]}]
        return [{"type": "rich_text", "block_id": self.token(4)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    @staticmethod
    def unescape(text: str) -> str:
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def envelope(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        doc = super().envelope(event, team)
        if self.chance(0.3):  # some of Slack's org-wide deliveries repeat the org at the top
            doc["enterprise_id"] = ENTERPRISE[0]
        return doc

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.25))
        return self.slack_request("/slack/events", body)

    def message_event(self, text: str, person: dict[str, str], channel: str, kind: str) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": kind, "client_msg_id": self.uuid(), "text": text, "user": person["id"],
                                 "ts": ts, "team": person["team"], "channel": channel, "event_ts": ts}
        if kind == "message":
            event["channel_type"] = "im"
        if self.chance(0.85):
            event["blocks"] = self.rich_text(text)
        if self.chance(0.18):
            event["thread_ts"] = self.ts()
            if kind == "message":
                event["parent_user_id"] = self.pick([BOT_USER, person["id"]])
        if self.chance(0.1):
            event["user_team"], event["source_team"] = person["team"], person["team"]
        return event

    def slack_mention(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.45:
            opener = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}>  ", f"hey <@{BOT_USER}> "])
            template = opener + self.command_template()
            if self.chance(0.3):
                template += self.pick([" (for {{matter}})", " — {{deadline}}", " {{who}} fyi", " :umbrella:?",
                                       " thx", "\n{{banner}}"])
            text = self.slack(template.replace(f"<@{BOT_USER}>", "\x03"))
        else:
            body = self.chat_template()
            where = self.rng.random()
            if where < 0.4:
                template = "\x03 " + body
            elif where < 0.7:
                template = body + self.pick([" \x03", "\n\x03 weather {{place}}?", " (\x03 remind me)", " cc \x03"])
            else:
                template = "{{who}} \x03 " + body
            text = self.slack(template)
        text = text.replace("\x03", f"<@{BOT_USER}>")
        event = self.message_event(text, person, cid, "app_mention")
        return self.record("slack-mention", "json", self.event_request(event, person["team"]))

    def slack_dm(self) -> dict[str, Any]:
        person = self.pick(self.people)
        if self.chance(0.62):
            template = self.command_template()
            if self.chance(0.1):
                template = template.upper() if self.chance(0.3) else template + self.pick([" 🙏", " please", "?", "!!"])
        else:
            template = self.chat_template()
        text = self.slack(template)
        event = self.message_event(text, person, self.sid("D0", 9), "message")
        return self.record("slack-dm", "json", self.event_request(event, person["team"]))

    def bot_blocks(self, text: str, button_value: str | None) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = [{"type": "section", "block_id": self.token(3)[:4],
                                         "text": {"type": "mrkdwn", "text": text, "verbatim": False}}]
        if button_value is not None:
            blocks.append({"type": "actions", "block_id": self.token(3)[:4], "elements": [
                {"type": "button", "action_id": "set_location", "value": button_value,
                 "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]})
        return blocks

    def slack_bot_echo(self) -> dict[str, Any]:
        """Our own replies come back on message.im (bot_id set): Jeeves ignores them."""
        person = self.pick(self.people)
        text = slack_escape(self.pick(BOT_REPLIES))
        if self.chance(0.12):
            text = ("Here is your sign-in link; it works once, for you only, within 10 minutes: "
                    f"{BASE}/auth/slack/link/{self.token()}")
        forecast_of = text.split(":")[0] if text.startswith(("New York:", "London:", "Wilmington:")) else None
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "subtype": self.pick([None, None, "bot_message"]), "text": text,
                                 "user": BOT_USER, "bot_id": BOT_ID, "app_id": APP_ID, "ts": ts,
                                 "team": person["team"], "channel": self.sid("D0", 9), "event_ts": ts,
                                 "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "app_id": APP_ID, "name": "Jeeves", "deleted": False,
                                                 "team_id": person["team"], "updated": EPOCH - 86400 * 30,
                                                 "icons": {"image_48": "https://avatars.slack-edge.com/2024-05-02/"
                                                                       "jeeves_48.png"}},
                                 "blocks": self.bot_blocks(text, forecast_of)}
        if event["subtype"] is None:
            del event["subtype"]
        if self.chance(0.3):
            event["thread_ts"] = self.ts()
        return self.record("slack-botecho", "json", self.event_request(event, person["team"]))

    def unfurl(self, url: str) -> dict[str, Any]:
        host = urllib.parse.urlsplit(url).hostname or ""
        titles = {
            "www.courtlistener.com": ("Acme Corp. v. Globex Inc., 1:23-cv-04567 – CourtListener.com",
                                      "Docket for Acme Corp. v. Globex Inc., 1:23-cv-04567 — Brought to you by Free "
                                      "Law Project, a non-profit dedicated to creating high quality open legal "
                                      "information."),
            "supreme.justia.com": ("Roe v. Wade, 410 U.S. 113 (1973)", "Roe v. Wade: A person may choose to have an "
                                   "abortion until a fetus becomes viable, based on the right to privacy contained "
                                   "in the Due Process Clause of the Fourteenth Amendment."),
            "www.bailii.org": ("R (Miller) v The Prime Minister [2019] UKSC 41 (24 September 2019)",
                               "Judgment given on 24 September 2019. Lady Hale, Lord Reed, Lord Kerr, Lord Wilson, "
                               "Lord Carnwath, Lord Lloyd-Jones, Lady Arden, Lord Kitchin, Lord Sales, Lord Hodge, "
                               "Lady Black"),
            "www.law.cornell.edu": ("Rule 26. Duty to Disclose; General Provisions Governing Discovery",
                                    "(a) Required Disclosures. (1) Initial Disclosure. (A) In General. Except as "
                                    "exempted by Rule 26(a)(1)(B) or as otherwise stipulated or ordered by the court, "
                                    "a party must, without awaiting a discovery request, provide to the other "
                                    "parties: ..."),
            "curia.europa.eu": ("CURIA - Liste des résultats", "Affaire C-311/18 — Data Protection Commissioner "
                                "contre Facebook Ireland Ltd et Maximillian Schrems"),
        }
        title, text = titles.get(host, (host, ""))
        return {"from_url": url, "original_url": url, "title": title, "title_link": url, "text": text,
                "service_name": host.removeprefix("www."), "fallback": f"{host}: {title}", "id": 1,
                "service_icon": f"https://{host}/favicon.ico"}

    def slack_edit(self) -> dict[str, Any]:
        """message_changed in the bot's DM: a correction, or Slack adding a link's unfurl."""
        person = self.pick(self.people)
        channel = self.sid("D0", 9)
        old = self.message_event(self.slack(self.chat_template()), person, channel, "message")
        new = self.inner(old)
        if self.chance(0.5):
            url = self.pick(LINKS[:10])
            new["text"] = old["text"] + f" <{slack_escape(url)}>"
            new["attachments"] = [self.unfurl(url)]
        else:
            new["text"] = old["text"] + self.pick([" (edited: wrong docket no.)", " *", "", " — correction: 7/15 not "
                                                   "7/14", " [updated per S.O.]"])
            new["edited"] = {"user": person["id"], "ts": self.ts()}
            if "blocks" in new:
                new["blocks"] = self.rich_text(new["text"])
        if self.chance(0.35):
            new["reactions"] = [{"name": self.pick(["+1", "white_check_mark", "eyes", "scales", "pray"]),
                                 "users": [self.pick(self.people)["id"] for _ in range(self.rng.randint(1, 3))],
                                 "count": self.rng.randint(1, 3)}]
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": {
            k: v for k, v in old.items() if k not in ("channel", "channel_type", "event_ts")}, "channel": channel,
            "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack-edit", "json", self.event_request(event, person["team"]))

    def slack_file(self) -> dict[str, Any]:
        person = self.pick(self.people)
        name = self.pick(FILE_NAMES)
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf",
                "png": "image/png", "heic": "image/heic", "ics": "text/calendar", "txt": "text/plain"}[ext]
        caption = self.pick(["", "", "see attached", "can you check the dates in this?", "weather for these venues?",
                             "{{banner}}", "latest draft, comments by {{date}} pls", "here's the error 👇"])
        fid = self.sid("F0", 9)
        if self.chance(0.7):
            event = self.message_event(self.slack(caption), person, self.sid("D0", 9), "message")
        else:
            text = f"<@{BOT_USER}> " + self.slack(caption or "fyi")
            event = self.message_event(text, person, self.pick(CHANNELS)[0], "app_mention")
        event["subtype"] = "file_share" if event["type"] == "message" else None
        if event["subtype"] is None:
            del event["subtype"]
        quoted = urllib.parse.quote(name)
        event["files"] = [{
            "id": fid, "created": EPOCH + self.rng.randint(0, 36000), "timestamp": EPOCH, "name": name, "title": name,
            "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": person["id"],
            "user_team": person["team"], "editable": False, "size": self.rng.randint(9000, 14_000_000),
            "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
            "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": f"https://files.slack.com/files-pri/{person['team']}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{person['team']}-{fid}/download/{quoted}",
            "permalink": f"https://{person['domain']}.slack.com/files/{person['id']}/{fid}/"
                         + urllib.parse.quote(name.lower().replace(" ", "_")),
            "has_rich_preview": False, "file_access": "visible"}]
        return self.record("slack-file", "json", self.event_request(event, person["team"]))

    def slack_home(self) -> dict[str, Any]:
        person = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": person["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {
                "id": self.sid("V0", 9), "team_id": person["team"], "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False,
                "notify_on_close": False, "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": person["team"], "bot_id": BOT_ID,
                "blocks": [{"type": "header", "block_id": self.token(3)[:4],
                            "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                           {"type": "section", "block_id": self.token(3)[:4], "text": {
                               "type": "mrkdwn", "verbatim": False,
                               "text": f"*Location:* {slack_escape(self.pick(PLACES))}\n*Units:* "
                                       f"{self.pick(['metric', 'imperial'])}\n*Daily alert:* on at "
                                       f"{self.pick(ALERT_TIMES)} ({person['tz']})"}}],
                "state": {"values": {}}, "title": {"type": "plain_text", "text": "View Title"}}
        return self.record("slack-home", "json", self.event_request(event, person["team"]))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": TOKEN_FIELD, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        if self.chance(0.35):
            cid, cname = self.sid("D0", 9), "directmessage"
        else:
            cid, cname = self.pick(CHANNELS)
            if cid.startswith("G"):
                cname = "privategroup"
        text = self.slack(self.command_template())
        if self.chance(0.05):
            text = ""
        fields = [("token", TOKEN_FIELD), ("team_id", person["team"]), ("team_domain", person["domain"]),
                  ("enterprise_id", ENTERPRISE[0]), ("enterprise_name", ENTERPRISE[1]), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "true"), ("response_url", self.hook("commands", person["team"])),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        person = self.pick(self.people)
        roll = self.rng.random()
        place = self.pick(PLACES)
        if roll < 0.72:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:4],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": place, "type": "button", "action_ts": self.ts()}
            shown = (f"{place}: {self.pick(['Clear sky', 'Overcast', 'Light rain', 'Thunderstorm'])}, "
                     f"{self.rng.randint(8, 33)}°C, wind {self.rng.randint(2, 40)} km/h")
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:4], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
            shown = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                     "history. It cannot be undone.")
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
            shown = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                     "history. It cannot be undone.")
        ephemeral = self.chance(0.6)
        if ephemeral:
            cid, cname = (self.sid("D0", 9), "directmessage") if self.chance(0.5) else self.pick(CHANNELS)
        else:
            cid, cname = self.pick(CHANNELS)
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"],
                     "team_id": person["team"]},
            "api_app_id": APP_ID, "token": TOKEN_FIELD,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": person["team"], "domain": person["domain"],
                                                      "enterprise_id": ENTERPRISE[0],
                                                      "enterprise_name": ENTERPRISE[1]},
            "enterprise": {"id": ENTERPRISE[0], "name": ENTERPRISE[1]}, "is_enterprise_install": True,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", person["team"]), "actions": [action]}
        if not ephemeral:
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": shown, "user": BOT_USER, "ts": msg_ts,
                                  "app_id": APP_ID, "team": person["team"],
                                  "blocks": self.bot_blocks(slack_escape(shown),
                                                            place if action["action_id"] == "set_location" else None)}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API: IT's scripts, Power BI, CI -------------------------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"az={self.hexs(16)},dd=s:1;o:rum;t.dm:-0"
        elif roll < 0.3:
            h["Request-Id"] = f"|{self.hexs(32)}.{self.hexs(16)}."
        elif roll < 0.38:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.45:
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=docket-sync%401.8.{self.rng.randint(0, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        elif roll < 0.5:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.6:
            h[self.pick(["X-Request-Id", "X-Correlation-ID"])] = self.pick(
                [self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-{self.rng.randint(1, 4)}",
                 f"powerbi.{self.hexs(12)}", f"INC00{self.rng.randint(40000, 59999)}"])

    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.8.0", "curl/7.81.0",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.3672",
                        "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.3",
                        "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                        "azure-logic-apps/1.0 (workflow 9b1c2d3e4f; version 08584781230591)",
                        "ServiceNow/1.0", "Go-http-client/2.0", "axios/1.7.2", "PostmanRuntime/7.39.0",
                        "GitHub-Hookshot/2a1b3c4", "okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/17.0.11)"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;odata=verbose"]),
             "Authorization": "Bearer " + self.jwt(self.pick(OAUTH_CLIENTS), self.pick(["read", "read write"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "identity"])
        if "PowerShell" in ua or "Mashup" in ua:
            h["Connection"] = "Keep-Alive"
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25", "10"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 400, 500]))))
            for key, values in (("active", ["true", "false", "1", "0", "True"]), ("alerts", ["true", "false", "on"]),
                                ("team_id", [t for t, _ in TEAMS])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.48:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.72:
            person = self.pick(self.people)
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.3:
                doc = {"name": person["name"], "email": person["email"]}
                if self.chance(0.3):
                    doc["name"] += self.pick([", Esq.", " (she/her)", " — Litigation", " KC", " III", " (on leave)"])
            elif choice < 0.5:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self.pick(ALERT_TIMES)}}
            elif choice < 0.65:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.25)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                                     "body": body, "headers": h})
        if roll < 0.88:
            day = self.rng.randint(1, 23)
            since = self.pick([f"2024-06-{day:02d}", f"2024-06-{day:02d}T00:00:00Z",
                               f"2024-06-{day:02d}T00:00:00-04:00",
                               f"2024-06-{day:02d}T09:00:00+01:00", f"2024-05-{day:02d}T13:30:00.000Z",
                               f"2024-06-{day:02d}T04:00:00.123456+00:00", f"2024-06-{day:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-24T13:00:00Z", "2024-06-24", "2024-06-24T23:59:59-04:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.95:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        doc = {"enabled": self.chance(0.7)}
        if self.chance(0.6):
            doc["team_id"] = self.pick([TEAMS[0][0], TEAMS[1][0], "*"])
        h["Content-Type"] = "application/json"
        return self.record("api-switch", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                                  "body": json.dumps(doc), "headers": h})

    def api_document(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Swagger-Codegen/3.0.54/java", "PostmanRuntime/7.39.0",
                                      "python-requests/2.32.3", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink"
                                      "/?LinkID=304225)"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        profile = self.pick([
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
             "Safari/537.36 Edg/126.0.0.0", '"Not/A)Brand";v="8", "Chromium";v="126", "Microsoft Edge";v="126"',
             '"Windows"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
             "Safari/537.36 Edg/126.0.0.0", '"Not/A)Brand";v="8", "Chromium";v="126", "Microsoft Edge";v="126"',
             '"Windows"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
             "Safari/537.36", '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"', '"Windows"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
             "Safari/537.36", '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"', '"macOS"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
             "Safari/605.1.15", "", ""),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", "", ""),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.5 Mobile/15E148 Safari/604.1", "", ""),
            ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
             "Mobile/15E148 Safari/604.1", "", ""),
            ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
             "Mobile Safari/537.36", '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"', '"Android"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
             "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
             '"Chromium";v="124", "Not-A.Brand";v="99"', '"Windows"'),
        ])
        ua, ch, platform = profile
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                       "q=0.8,application/signed-exchange;v=b3;q=0.7" if ch else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8",
                                           "en-GB,en;q=0.9", "en-US,en;q=0.9,es;q=0.8",
                                           "fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7",
                                           "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "zh-HK,zh;q=0.9,en;q=0.8",
                                           "en-SG,en;q=0.9,zh-CN;q=0.8,zh;q=0.7", "pt-BR,pt;q=0.9,en-US;q=0.8",
                                           "ar-AE,ar;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "en-US", "en"]),
             "Accept-Encoding": "gzip, deflate, br, zstd" if ch else "gzip, deflate, br",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer or form else "none", "Sec-Fetch-User": "?1"}
        if ch:
            h["sec-ch-ua"] = ch
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = platform
            h["Priority"] = "u=0, i"
        if "Firefox" in ua and self.chance(0.5):
            h["DNT"], h["Sec-GPC"] = "1", "1"
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = "null"  # the edge's pages send Referrer-Policy: no-referrer
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.07):
            h["X-Forwarded-For"] = self.pick(["10.40.12.88", "10.42.7.131", "172.20.3.45", "10.60.1.17"])
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            stamp = "Mon+Jun+24+2024+09%3A0" + str(self.rng.randint(0, 9)) + "%3A11+GMT-0400+(Eastern+Daylight+Time)"
            extra.append(("OptanonConsent", f"isGpcEnabled=0&datestamp={stamp}&version=202402.1.0&browserGpcFlag=0"
                                            f"&isIABGlobal=false&hosts=&consentId={self.uuid()}&interactionCount=1"
                                            "&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2C"
                                            "C0004%3A0&AwaitingReconsent=false"))
            extra.append(("OptanonAlertBoxClosed", "2024-06-03T14:22:51.104Z"))
        if self.chance(0.1):
            extra.append(("ai_user", f"{self.token(16)[:22]}|2024-06-{self.rng.randint(1, 24):02d}T13:02:11.000Z"))
            extra.append(("ai_session", f"{self.token(16)[:22]}|{EPOCH}000|{EPOCH + 131}000"))
        if self.chance(0.08):
            extra.append(("MSFPC", f"GUID={self.hexs(32)}&HASH={self.hexs(4)}&LV=202406&V=4&LU={EPOCH}000"))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.22:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["O'Connor", "o'connor", "Fitzgerald-Shaw", "ní dhomhnaill", "@hpo-law.com", "U0",
                           "T0HPOEMEA",
                           "josé maría", "Müller", "d'amico", "van der", "St. John", "Al-Rashid", "smith-jones",
                           "Nwosu", "a.nwosu@hpo-law.com", "hartwell", "Zoë", "Iyer", "de la Cruz", "MacLeod",
                           "kateřina", "Björklund", "chaudhry", "summer", "le", "T0HPOLAW1", "osei-bonsu"])
            params = [("q", q)]
            if self.chance(0.25):
                params.append(("page", str(self.rng.randint(2, 6))))
            return self.record("admin-users", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.34:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "login.slack", "client.create", "client.rotate",
                           "client.disable", "feature.set", "feature.remove_override", "admin.map_slack",
                           "user.forget_me", "relativity-sync", "powerbi-matter-dash", "docketing.compulaw",
                           "k.oconnor", "it-admin", "denied", "failed", "T0HPOEMEA/U0", "remember_location@T0HPOLAW1"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.3) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.5:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/features", "/admin/gateway", "/admin/clients",
                              "/admin/account", "/admin/slack-sign-in", "/admin/users", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Connor&page=1",
                              "/admin/features?done=switch_updated", "/admin/features?done=switch_removed",
                              "/admin/clients?done=client_disabled", "/admin/clients?done=client_enabled",
                              "/admin/account?done=totp_enabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/audit?q=&page=2"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.54:
            h = self.browser_headers()
            h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
            h.pop("Sec-Fetch-User", None)
            h.pop("Upgrade-Insecure-Requests", None)
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("admin-static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.6:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers", "/admin/login?bye=1",
                             "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DO%2527Connor",
                             "/admin/login?next=%2Fadmin%2Faudit%3Fq%3Dclient.create%26page%3D2"])
            if self.chance(0.6):
                del h["Cookie"]
            return self.record("admin-loginpage", "query", self.get_request(uri, h))
        h = self.browser_headers(None, True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.66:
            uid = self.rng.randint(1, 420)
            fields = [("csrf_token", csrf), ("q", self.pick(["", "", "O'Connor", "summer", "@hpo-law.com", "Nwosu"])),
                      ("page", str(self.pick([1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{uid}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin-userflag", "form", self.form_request(uri, h, fields))
        if roll < 0.73:
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
            if self.chance(0.5):
                fields.append(("team_id", self.pick(["T0HPOEMEA", "t0hpoemea", "T0HPOLAW1", " T0HPOEMEA "])))
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.75:
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", "T0HPOEMEA")]
            return self.record("admin-featureremove", "form", self.form_request("/admin/features/remove", h, fields))
        if roll < 0.83:
            client = self.pick(OAUTH_CLIENTS)
            fields = [("csrf_token", csrf), ("client_id", client), ("description", self.pick(CLIENT_DESCRIPTIONS)),
                      ("scopes", "read")]
            if self.chance(0.35):
                fields.append(("scopes", "write"))
            return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.87:
            client = urllib.parse.quote(self.pick(OAUTH_CLIENTS), safe="")
            uri = f"/admin/clients/{client}/{self.pick(['rotate', 'disable', 'enable'])}"
            return self.record("admin-clientstate", "form", self.csrf_post(uri, h, csrf))
        if roll < 0.9:
            uri, fields = self.pick([
                ("/admin/account/totp/start", [("csrf_token", csrf)]),
                ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", self.b32(32)),
                                                 ("totp", f"{self.rng.randint(0, 999999):06d}")]),
                ("/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.password())]),
                ("/admin/logout", [("csrf_token", csrf)])])
            return self.record("admin-account", "form", self.form_request(uri, h, fields))
        if roll < 0.94:
            person = self.pick(self.people)
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("username", self.pick(["it-admin", "k.oconnor", "r.iyer",
                                                                        "helpdesk-lead"])),
                          ("team_id", person["team"]), ("user_id", person["id"])]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", self.pick(["r.iyer", "helpdesk-lead"]))]
                uri = "/admin/slack-sign-in/remove"
            return self.record("admin-slackmap", "form", self.form_request(uri, h, fields))
        h = self.browser_headers(None, True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        code = self.pick(["", "", f"{self.rng.randint(0, 999999):06d}",
                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/users?q=O'Connor",
                                                             "/admin/clients"])),
                  ("username", self.pick(["it-admin", "k.oconnor", "r.iyer", "helpdesk-lead"])),
                  ("password", self.password()), ("totp", code)]
        return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))

    def b32(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))

    def password(self) -> str:
        """A generated password (a password manager's), never a real one."""
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\""
        return "".join(self.pick(alphabet) for _ in range(self.rng.randint(16, 30)))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.7):
            boundary = self.form_boundary("webkit")
        else:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Sec-Fetch-Dest"] = "empty" if self.chance(0.3) else "document"
            return self.record("me-page", "cookie", self.get_request(uri, h))
        h = self.browser_headers(None, True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.plain(self.pick(["{{place}}", "{{place}}", "{{place}}",
                                                                           "{{place}} (courthouse)"])))]
            uri, kind = "/me/location", "me-location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial", "imperial"])),
                      ("alert_time", self.pick(ALERT_TIMES)), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.insert(2, ("alerts", "on"))
            uri, kind = "/me/settings", "me-settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        if kind != "me-action" and self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser_headers()
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.32:
            h = self.browser_headers()
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.52:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.64:
            return self.record("auth-linkpreview", "path", self.link_preview(link))
        if roll < 0.82:
            h = self.cross_site_arrival(self.browser_headers(self.pick([None, "https://app.slack.com/"])))
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser_headers(None, True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        body = urllib.parse.urlencode([("csrf_token", csrf)])
        return self.record("auth-linkpost", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                     "headers": h, "body": body})

    # ---- TokenDealer, health, metadata ------------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(OAUTH_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.8.0", "Go-http-client/2.0",
                                      "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) "
                                      "WindowsPowerShell/5.1.22621.3672",
                                      "azure-logic-apps/1.0 (workflow 9b1c2d3e4f; version 08584781230591)",
                                      "Authlib/1.3.1 (+https://authlib.org/)", "ServiceNow/1.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        self.tracing(h)
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(self.pick(OAUTH_CLIENTS), self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.86:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.4) else [])
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
                            "Datadog/Synthetics", "PRTG Network Monitor (www.paessler.com)", "Edge Health Probe",
                            "Site24x7", "ELB-HealthChecker/2.0", "curl/8.8.0", "Blackbox Exporter/0.25.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            if ua.startswith("Datadog"):
                h["x-datadog-origin"], h["x-datadog-trace-id"] = "synthetics", str(self.rng.randint(10**17, 10**18))
                h["x-datadog-parent-id"], h["x-datadog-sampling-priority"] = "0", "1"
            uri = self.pick(["/healthz", "/healthz", "/healthz", "/readyz"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri, "body": "",
                                                    "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "PyJWT/2.8.0",
                                          "jwks-rsa/3.1.0", "Go-http-client/2.0", "Microsoft.IdentityModel/7.5.1",
                                          "python-requests/2.32.3"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["Authlib/1.3.1 (+https://authlib.org/)", "python-requests/2.32.3",
                                          "curl/8.8.0", "PostmanRuntime/7.39.0"]), "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Swagger-UI", "python-requests/2.32.3"]),
             "Accept": "application/json"}
        return self.record("oauth-openapi", "header", self.get_request("/openapi.json", h))


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 240), ("slack_dm", 230), ("slack_bot_echo", 60), ("slack_edit", 45), ("slack_file", 30),
    ("slack_home", 45), ("command", 300), ("interaction", 130), ("api", 205), ("api_document", 8),
    ("admin", 140), ("me", 90), ("auth", 60), ("tokendealer", 70), ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The Monday, in the order it happens (kinds interleaved)."""
    return planned(LawFirmDay(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
