"""A working week at Harbourline Bank, a regional bank, on every route of the edge (benign only).

About 1,700 requests in a deployment's proportions, from the bank's operations, compliance and treasury staff:
Slack first (channel chat, threads, @mentions, DMs, edits, file shares, link unfurls, reactions, integration
posts, App Home, `/jeeves` slash commands, button clicks, modal submissions and message shortcuts), then the
data API (scripts, CI and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack and its
one-time links, TokenDealer and the health and metadata endpoints. What these people type: IBANs and BICs,
amounts in many locales, payment references and SWIFT MT fields, ISO 20022 snippets, AML case notes quoting
customers, regulation citations, spreadsheet formulas, SQL report names and queries, ticket macros, CSV and
Excel pastes, in many languages and scripts, with emoji, markdown, links, phone numbers and addresses.

How it was written: by the eleventh evaluation author, from the route list of gateway/gateway.yaml (name, match,
methods, upstream), the handlers in app/ and tokendealer/, README.md and the record structure of
benign_day_gen.py; no WAF rule, exclusion, ruleset, corpus or other generator's text was read, and the texts
were not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (form_boundary, multipart_form, form_navigation, form_request,
token_request, verify_request, get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form,
settings_patch, link_preview, link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, print_records, slack_escape

SEED = 11_2024_0617
EPOCH = 1718604000  # 2024-06-17 06:00 UTC, a Monday
TEAM, TEAM_DOMAIN = "T03HRBLN7", "harbourline"
APP_ID, BOT_USER = "A06JEEVES3", "U06JEEVES1"
HOST = "edge.harbourline.eu"
BASE = f"https://{HOST}"
SLACK_TOKEN = "hRb1Ln3vErIfIcAt10nTkN0"

FIRST = ["Siobhan", "Jean-Luc", "Anna-Lena", "Marco", "Zofia", "Ana", "Mehmet", "Ngozi", "Pieter", "Ólafur",
         "Thị Hoa", "Łukasz", "François", "Mary-Kate", "Jürgen", "Chloé", "Kwame", "Rajesh", "Yuki",
         "Dimitrios", "Tamar", "Youssef", "Ivana", "Seán", "Katarzyna", "Hans-Peter", "Aoife", "Bogdan",
         "Inês", "Laurent", "Małgorzata", "Nikolaos", "Oksana", "Priyanka", "Rüdiger", "Sandrine", "Timo",
         "Ulrike", "Wen", "Xavier", "Yasmin", "Zeynep", "D'Arcy", "Ann-Kathrin", "Emre", "Fionnuala"]
LAST = ["O'Connor", "Dufresne", "Müller-Westphal", "D'Angelo", "Wójcik-Nowak", "Sousa", "Öztürk",
        "Adeyemi-Okafor", "van 't Hof", "Sigurðsson", "Nguyễn", "Brzęczyszczykiewicz", "L'Héritier", "O'Neill",
        "Groß", "Lefèvre", "Mensah", "Iyer", "Nakamura", "Papadakis", "Ben-David", "El-Amrani", "Horvat",
        "Mac Giolla Phádraig", "Schäfer", "de la Fuente", "Kowalczyk", "Janssens", "van der Meulen",
        "Fitzgerald", "Kühn", "Çelik", "Dąbrowska", "Ó Briain", "Hoffmann", "Rossi", "Smith-Jones", "Weiß"]
TIMEZONES = ["Europe/Berlin", "Europe/Berlin", "Europe/Berlin", "Europe/Luxembourg", "Europe/Amsterdam",
             "Europe/Brussels", "Europe/Vienna", "Europe/Warsaw", "Europe/Dublin", "Europe/London",
             "Europe/Zurich", "Europe/Paris", "Europe/Rome", "Europe/Istanbul", "Asia/Dubai", "Asia/Singapore",
             "Asia/Hong_Kong", "America/New_York", "Asia/Kolkata", "UTC"]
PLACES = [
    "Frankfurt", "Frankfurt am Main", "frankfurt", "Offenbach am Main", "Mainz", "Wiesbaden", "Darmstadt",
    "Bad Homburg v. d. Höhe", "Hanau", "Eschborn", "Luxembourg", "Luxembourg-Kirchberg", "Amsterdam", "Rotterdam",
    "Antwerpen", "Bruxelles", "Wien", "Graz", "Kraków", "Warszawa", "Łódź", "Dublin", "Dún Laoghaire", "London",
    "Canary Wharf", "Zürich", "Lugano", "Genève", "Paris La Défense", "Lyon", "Milano", "İstanbul", "Dubai",
    "Singapore", "New York", "Hong Kong", "香港", "東京", "München", "Köln", "Düsseldorf", "Stuttgart",
    "Neue Mainzer Str. 52-58, 60311 Frankfurt am Main", "Taunusanlage 12, Frankfurt", "60311", "65185 Wiesbaden",
    "Zuidplein 126, 1077 XV Amsterdam", "2, Boulevard Royal, L-2449 Luxembourg", "1 Canada Square, London E14 5AB",
    "ul. Marszałkowska 142, 00-061 Warszawa", "Bahnhofstrasse 45, 8001 Zürich", "IFSC House, Dublin 1",
    "Schottengasse 6-8, 1010 Wien", "50.1109, 8.6821", "49.6116° N, 6.1319° E", "Sankt Gallen", "'s-Gravenhage",
    "Königstein im Taunus", "Rüsselsheim", "Aschaffenburg", "Saint-Gilles", "Kraków-Podgórze", "Київ",
]
CHANNELS = [("C01OPSPAY1", "ops-payments"), ("C02TREASRY", "treasury"), ("C03COMPL01", "compliance"),
            ("C04AMLCASE", "aml-investigations"), ("C05KYCREF0", "kyc-refresh"), ("C06RECON01", "recon-breaks"),
            ("C07FXDESK0", "fx-desk"), ("C08REGREP0", "regulatory-reporting"), ("C09DATAENG", "data-warehouse"),
            ("C10GENERAL", "general"), ("C11FRANKFT", "office-frankfurt"), ("C12LUXEMBG", "office-luxembourg"),
            ("C13SANCTNS", "sanctions-screening"), ("C14INCIDNT", "incidents"), ("C15CARDOPS", "card-ops"),
            ("C16LENDING", "credit-lending"), ("C17RANDOM0", "random"), ("C18ITSUPPT", "it-support")]
BICS = ["HRBLDEFFXXX", "HRBLLULL", "HRBLDEFF200", "COBADEFFXXX", "DEUTDEFF", "DEUTDEFF500", "BNPAFRPPXXX",
        "ABNANL2A", "INGBNL2A", "RABONL2U", "BKAUATWW", "GEBABEBB", "PKOPPLPW", "BOFIIE2D", "NWBKGB2L",
        "UBSWCHZH80A", "CAIXESBBXXX", "UNCRITMM", "CITIUS33", "CHASUS33", "BCEELULL", "DABAIE2D", "SOGEFRPP",
        "GENODEF1S12", "HELADEF1822", "BYLADEMM", "INGDDEFFXXX", "TCZBTR2A", "NBADAEAA", "DBSSSGSG"]
LINKS = [
    "https://jira.harbourline.eu/browse/PAY-4411", "https://jira.harbourline.eu/browse/AML-2207?focusedCommentId=88121",
    "https://confluence.harbourline.eu/display/OPS/SEPA+Instant+Runbook", "https://harbourline.service-now.com/"
    "nav_to.do?uri=incident.do?sys_id=4f1c2e0a1b", "https://grafana.harbourline.eu:3000/d/pay-flow/payments?orgId=1"
    "&from=now-24h&to=now&var-scheme=SCT_INST", "https://reports.harbourline.eu/Reports/report/Treasury/Daily%20"
    "Liquidity", "https://sharepoint.harbourline.eu/sites/compliance/Shared%20Documents/Policies/AML_Policy_v7.pdf",
    "https://www.bafin.de/SharedDocs/Veroeffentlichungen/DE/Auslegungsentscheidung/dl_ae_gwg.html",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32015R0847",
    "https://www.eba.europa.eu/regulation-and-policy/anti-money-laundering-and-e-money",
    "https://www.ecb.europa.eu/stats/financial_markets_and_interest_rates/euro_short-term_rate/html/index.en.html",
    "https://www.europeanpaymentscouncil.eu/what-we-do/sepa-instant-credit-transfer", "https://www.swift.com/"
    "standards/iso-20022", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=12345",
    "https://github.harbourline.eu/data/dwh-reports/pull/318", "https://teams.microsoft.com/l/meetup-join/19%3a"
    "meeting_NjE2@thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d", "https://docs.google.com/spreadsheets/d/"
    "1kP0xQ7rRecon/edit#gid=0", "https://www.bundesbank.de/de/aufgaben/unbarer-zahlungsverkehr/serviceangebot",
    "https://tableau.harbourline.eu:8443/#/views/LCR/Overview?:iid=1", "https://intranet.harbourline.eu/hr/"
    "kantine?week=25&lang=de",
]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":coffee:", ":rotating_light:", ":moneybag:", ":bank:",
         ":euro:", ":chart_with_upwards_trend:", ":chart_with_downwards_trend:", ":thumbsup:", ":raised_hands:",
         ":hourglass_flowing_sand:", ":warning:", ":heavy_check_mark:", ":face_with_monocle:", ":sweat_smile:",
         ":fire:", ":tada:", ":rocket:", "🙏", "👀", "✅", "💶", "🏦", "📈", "📉", "⚠️", "😅", "🤞", "☕", "🎉"]
CURRENCIES = ["EUR", "EUR", "EUR", "USD", "GBP", "CHF", "PLN", "SEK", "JPY", "TRY", "AED", "SGD"]

# Placeholders: ⟦M⟧ a mention, ⟦NAME⟧ a person's name, ⟦L⟧ a link, ⟦C⟧ a channel, ⟦P⟧ a place, ⟦IBAN⟧, ⟦BIC⟧,
# ⟦AMT⟧ an amount, ⟦REF⟧ a payment reference, ⟦DATE⟧, ⟦CASE⟧, ⟦TKT⟧ a ticket, ⟦PHONE⟧, ⟦N⟧ a number,
# ⟦F⟧ a spreadsheet formula, ⟦REG⟧ a regulation, ⟦RPT⟧ a report name, ⟦E⟧ an emoji.
CHAT = [
    "morning all ☕", "Moin!", "guten Morgen zusammen", "gm, who's on payments duty today?", "ack", "on it",
    "looking", "thx ⟦M⟧", "danke dir!", "merci", "+1", "same here", "np", "kk", "lgtm", "done ✅",
    "TARGET2 cut-off in 20 min, any MT202s still pending? ⟦E⟧",
    "SCT Inst rejects are up: 14 in the last 15 min, mostly AC04 (closed account) and AM04",
    "can someone 4-eyes payment ⟦REF⟧ for ⟦AMT⟧ to ⟦IBAN⟧ (⟦BIC⟧)? it's in the release queue",
    "released ⟦REF⟧, value date ⟦DATE⟧ ✅", "recalled ⟦REF⟧ via camt.056, reason DUPL",
    "beneficiary bank ⟦BIC⟧ returned the funds: ⟦AMT⟧, return reason AC01 (incorrect account number)",
    "nostro EUR at ⟦BIC⟧ is short by ⟦AMT⟧ — who's funding?", "opening balance ≠ closing balance of ⟦DATE⟧, "
    "diff ⟦AMT⟧ :face_with_monocle:", "camt.053 from ⟦BIC⟧ for ⟦DATE⟧ still missing, chased them by phone ⟦PHONE⟧",
    "recon breaks today: ⟦N⟧ open, ⟦N⟧ > 5 days, oldest from ⟦DATE⟧", "can you check ⟦TKT⟧? the customer called "
    "twice already", "⟦M⟧ the IBAN ⟦IBAN⟧ fails the checksum, typo in the last block I think",
    "FX: EUR/USD 1.0712 at 10:04, we bought 25m value spot (T+2)", "€STR fixed at 3.660% today",
    "3M EURIBOR 3.713%, 6M 3.706% 📉", "LCR 142% (limit 100%), NSFR 118%, all green 📈",
    "O/N deposit 50m EUR @ 3.62% with ⟦BIC⟧ confirmed, ticket ⟦TKT⟧",
    "reminder: ALCO on Thursday 14:00 in room Main 4.12, deck by Wed EOD please",
    "KYC refresh backlog: ⟦N⟧ high-risk files, ⟦N⟧ overdue > 90 days :warning:",
    "screening hit on \"AL-HASSAN, Mohammed\" (score 87) looks like a false positive: DOB 1979 vs 1962, "
    "different nationality. ⟦M⟧ can you be the second pair of eyes?",
    "SAR filed for ⟦CASE⟧ via goAML, ref ⟦N⟧. Don't tip off the customer (§ 47 GwG)!",
    "per ⟦REG⟧ we need the full originator info on transfers > €1,000", "the new ⟦RPT⟧ report is live ⟦E⟧",
    "who owns `⟦RPT⟧`? it timed out at 06:00 again", "try ⟦F⟧ in column H, that gives you the totals per ccy",
    "formula for the bank code from an IBAN: ⟦F⟧", "fyi ⟦L⟧", "runbook: ⟦L⟧", "dashboard: ⟦L⟧",
    "pls review ⟦L⟧ before the audit", "the auditors (KPMG) want the sample of 25 payments > ⟦AMT⟧ by Friday",
    "wfh today, call me on ⟦PHONE⟧ if urgent", "OOO until ⟦DATE⟧, ⟦M⟧ covers for me",
    "Bin heute in ⟦P⟧, ab 15 Uhr wieder erreichbar", "lunch at the Kantine 12:15? 🍝",
    "happy birthday ⟦M⟧ 🎂🎉", "who took the last oat milk again 😤", "the printer on 3rd floor jams again",
    "it's 31°C in ⟦P⟧ and the AC is off. send ice cream", "weather in ⟦P⟧ is 🌧️ again, of course",
    "Bonjour à tous, le fichier de rapprochement du ⟦DATE⟧ est sur SharePoint.",
    "Dzień dobry! Przelew ⟦REF⟧ na kwotę ⟦AMT⟧ został odrzucony, kod AC04.",
    "Goedemorgen, de SEPA-batch van vandaag staat klaar voor vrijgave.",
    "Buongiorno, il bonifico ⟦REF⟧ è stato respinto dalla banca beneficiaria.",
    "Günaydın! ⟦BIC⟧ muhabir hesabında ⟦AMT⟧ eksik görünüyor.", "Доброе утро! Выписка за ⟦DATE⟧ уже пришла?",
    "مرحبا، تم تحويل المبلغ ⟦AMT⟧ اليوم", "早上好，今天的外汇头寸报告已经发出。",
    "お疲れ様です。本日の決済は全て完了しました。",
    "Καλημέρα, η πληρωμή ⟦REF⟧ εκκρεμεί ακόμα.", "नमस्ते, आज का रिपोर्ट तैयार है 🙏", "בוקר טוב, הדוח מוכן",
    "Tüm ödemeler 17:00'den önce gönderildi ✅", "Olá! O extrato MT940 de ontem chegou incompleto.",
    "Servus, kann jemand die Rücklastschrift ⟦REF⟧ über ⟦AMT⟧ prüfen? Grund MD06",
    "Kunde fragt, warum die Echtzeitüberweisung nicht angekommen ist — Empfängerbank nimmt kein SCT Inst",
    "⟦M⟧ can you unlock the card for ⟦NAME⟧? verified via callback on ⟦PHONE⟧",
    "chargeback on card ending 4417, amount ⟦AMT⟧, reason code 10.4 (fraud – card-absent)",
    "Verification of Payee is mandatory from 9 Oct 2025 under ⟦REG⟧, kick-off next week",
    "the DORA register of information template v3.2 is out, see ⟦L⟧",
    "new cut-off times from July: SEPA CT 15:30, TARGET2 17:00, CHAPS 17:40 (UK), Fedwire 18:45 ET",
    "that's 1.250,00 € not 1,250.00 €, the German file uses comma decimals 🙃",
    "client wants 25% of the ⟦AMT⟧ in CHF and the rest in EUR, value ⟦DATE⟧",
    "who approved ⟦TKT⟧? the change window was 22:00–23:30 CET",
    "customer's name is ⟦NAME⟧ — yes with the apostrophe, screening choked on it again",
    "email from ⟦NAME⟧ ⟦MAIL⟧: \"payment still not received, pls advise\"",
    "Q2 regulatory returns: COREP C 72.00 (LCR), FINREP F 01.01, AnaCredit — deadlines in ⟦L⟧",
    "interest accrual: 1,000,000 × 3.62% × 1/360 = 100.56 EUR per day (ACT/360)",
    "rate is 3,875 % p.a., Zinsbindung 10 Jahre, Tilgung 2 %", "loan to value at 78.5% → needs credit committee",
    "total cash deposits ⟦DATE⟧–⟦DATE⟧: ⟦AMT⟧ across ⟦N⟧ branches",
    "can someone remind me what MT199 vs MT299 is for? 🙈", "gpi tracker shows ACSP for UETR ⟦REF⟧",
    "MT103 :71A: was OUR but the beneficiary got charged 15 EUR, complaint ⟦TKT⟧",
    "pacs.004 received for ⟦REF⟧, return reason AC06 (blocked account)",
    "⟦M⟧ ⟦M⟧ see thread 👇", "@here SEPA batch delayed by ~30 min, EBA STEP2 acknowledged it",
    "@channel fire drill at 11:00, please leave via staircase B", "sry wrong channel",
    "1/ quick summary of today's breaks\n2/ most are timing\n3/ 2 need investigation",
    "*Reminder*: month-end close → all suspense accounts (GL 19990) must be at 0 by ⟦DATE⟧",
    "_Note_: the FX rate file from Reuters came in at 16:05 instead of 16:00, ~reran~ rerunning EOD",
    "> customer: \"I don't trust banks, that's why I keep cash\"\nthat's the third time this month 🤔",
    "did anyone see the ECB press release? deposit facility rate cut by 25 bp to 3.75%",
    "VAT on the fee invoice is 19% (DE) / 17% (LU), not 21%", "score > 85 → L2 review, 70–85 → L1",
    "the limit is EUR 10.000 for cash (§ 10 Abs. 6a GwG), not 15k",
]
REGS = ["Art. 92(1)(a) CRR", "§ 25h KWG", "§ 43 Abs. 1 GwG", "Art. 5(1) Regulation (EU) 2015/847",
        "EBA/GL/2021/02 para. 4.74", "FATF Recommendation 16", "31 CFR § 1010.230", "BCBS 239 Principle 6",
        "DORA Art. 28(3)", "Art. 97 PSD2 (SCA)", "MaRisk AT 4.3.2 Tz. 1", "Regulation (EU) 2024/886",
        "Art. 18a AMLD5", "§ 10 Abs. 1 Nr. 2 GwG", "CRR Art. 412 (LCR)", "Annex I DORA RTS",
        "Art. 33(1)(b) MiFID II Delegated Reg.", "IFRS 9 §5.5.3", "Art. 11 EMIR", "GDPR Art. 6(1)(c)"]
REPORTS = ["rpt_daily_liquidity_v3", "vw_aml_alerts_open", "usp_Recon_Nostro", "rpt_sct_inst_rejects",
           "dwh.f_payments_daily", "rpt_kyc_overdue_by_branch", "vw_cash_deposits_30d", "rpt_lcr_c72_mapping",
           "sp_fx_positions_eod", "rpt_suspense_gl19990", "vw_screening_hits_pending", "rpt_chargebacks_weekly"]
FORMULAS = [
    '=SUMIF(A:A;"x";B:B)', '=SUMIFS(F:F;C:C;"EUR";B:B;">="&DATE(2024;6;1))',
    "=VLOOKUP(A2;'Nostro Balances'!$A:$F;6;FALSE)", '=IF(AND(E2>=10000;F2="cash");"CTR";"")',
    '=TEXT(B2;"#.##0,00 €")', '=COUNTIFS(G:G;"<>Closed";H:H;"Ops*")', '=MID(SUBSTITUTE(A2;" ";"");5;8)',
    '=XLOOKUP([@BIC];BICs[BIC];BICs[Bank];"unknown")', "=ROUND([@Amount]*FX!$B$3;2)",
    '=HYPERLINK("https://jira.harbourline.eu/browse/"&A2;A2)', '=SUMPRODUCT((LEFT(A2:A500;2)="DE")*(C2:C500))',
    "=NETWORKDAYS(B2;C2;Holidays!A:A)", '=IFERROR(VLOOKUP(D2;Rates!A:B;2;0);"n/a")', "=EOMONTH(TODAY();-1)",
    "=INDEX(Rates!C:C;MATCH(1;(Rates!A:A=A2)*(Rates!B:B=B2);0))", '=SUMIF(Status;"open";Amount)/1000',
    "=SUMIF(A:A,\"x\",B:B)", '=COUNTIF(D2:D900,">9000")', "=AVERAGEIFS(C:C,A:A,\">=\"&E1,A:A,\"<\"&E2)",
    '=QUERY(Breaks!A:H;"select B, sum(F) where D = \'EUR\' group by B";1)',
]
TECH = [
    "```\nSELECT a.iban, a.ccy, SUM(t.amount) AS total\nFROM dwh.txn t\nJOIN dwh.accounts a ON a.id = t.account_id\n"
    "WHERE t.value_date BETWEEN '2024-06-03' AND '2024-06-14'\n  AND t.channel = 'CASH_IN'\nGROUP BY a.iban, a.ccy\n"
    "HAVING SUM(t.amount) > 15000\nORDER BY total DESC;\n```",
    "`EXEC dbo.usp_Recon_Nostro @ValueDate = '2024-06-14', @Ccy = N'EUR';` takes 14 min now, used to be 2",
    "```\n{1:F01HRBLDEFFAXXX0000000000}{2:I103COBADEFFXXXXN}{4:\n:20:HRBL240617-0042\n:23B:CRED\n"
    ":32A:240617EUR12500,00\n:50K:/DE89370400440532013000\nMUELLER-WESTPHAL GMBH\n:59:/FR1420041010050500013M02606\n"
    "SOCIETE DUPONT SARL\n:70:/INV/2024-0117\n:71A:SHA\n-}\n```",
    "```xml\n<GrpHdr>\n  <MsgId>HRBL-20240617-000118</MsgId>\n  <CreDtTm>2024-06-17T09:14:02+02:00</CreDtTm>\n"
    "  <NbOfTxs>1</NbOfTxs>\n  <SttlmInf><SttlmMtd>CLRG</SttlmMtd></SttlmInf>\n</GrpHdr>\n"
    "<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-20240617-77</EndToEndId></PmtId>\n"
    "  <IntrBkSttlmAmt Ccy=\"EUR\">4999.99</IntrBkSttlmAmt>\n</CdtTrfTxInf>\n```",
    "```\nvalue_date;iban;amount;ccy;reference\n2024-06-14;DE89 3704 0044 0532 0130 00;1.250,00;EUR;INV-2024-0611\n"
    "2024-06-14;NL91 ABNA 0417 1643 00;-310,15;EUR;RF18 5390 0754 7034\n2024-06-17;GB29 NWBK 6016 1331 9268 19;"
    "12.000,00;GBP;\"Miete Juni, Whg. 3\"\n```",
    "```\nAccount\tCcy\tBook bal\tValue bal\tDiff\nCITI NY\tUSD\t12,440,117.55\t10,100,000.00\t2,340,117.55\n"
    "DEUT FFM\tEUR\t88.412.000,00\t88.412.000,00\t0,00\nUBS ZRH\tCHF\t1'250'000.00\t1'249'850.00\t150.00\n```",
    "`Get-ChildItem \\\\fs01\\treasury\\fx\\*.csv | Sort-Object LastWriteTime -Descending | Select-Object -First 5`",
    "`pd.read_csv('breaks.csv', sep=';', decimal=',', thousands='.').groupby('ccy')['amount'].sum().round(2)`",
    "```\nSub MarkBreaks()\n    Dim c As Range\n    For Each c In Range(\"F2:F500\")\n"
    "        If Abs(c.Value) > 0.01 Then c.Interior.Color = vbYellow\n    Next c\nEnd Sub\n```",
    "```\n2024-06-17 09:14:02,331 ERROR [pay-gw] SCT_INST reject e2e=E2E-20240617-77 reason=AM04 "
    "amount=4999.99 ccy=EUR debtor=DE89370400440532013000\n2024-06-17 09:14:02,417 INFO  [pay-gw] pacs.002 "
    "sent status=RJCT\n```",
    "```\nOPS-RUNBOOK 4.2 — SCT Inst timeout\n1. check ⟦L⟧\n2. if > 20 timeouts in 5 min → call TIPS desk\n"
    "3. switch to SCT (D+1) only with approval of the head of payments\n```",
    "```json\n{\"uetr\": \"97ed4827-7b6f-4491-a06f-b548d5a7512d\", \"status\": \"ACSP\", \"amount\": \"12500.00\", "
    "\"ccy\": \"EUR\", \"debtor_agent\": \"HRBLDEFFXXX\"}\n```",
    "which is faster: `WHERE value_date >= '2024-06-01'` or `WHERE DATEPART(month, value_date) = 6`? (SQL Server)",
    "the view `vw_aml_alerts_open` has `CASE WHEN score >= 85 THEN 'L2' ELSE 'L1' END` hardcoded, should be a param",
    "`=SUMIF(A:A;\"x\";B:B)` works in the German Excel, in the English one it's `=SUMIF(A:A,\"x\",B:B)`",
    "regex for German IBANs we use in the form: `^DE\\d{2}\\s?(\\d{4}\\s?){4}\\d{2}$`",
    "```\n$ python recon.py --date 2024-06-14 --ccy EUR --out breaks_20240614.xlsx\nloaded 48 211 rows, "
    "matched 48 187, breaks 24 (0.05%)\n```",
]
LONG = [
    "*Case ⟦CASE⟧ — summary for MLRO*\n• Customer: ⟦NAME⟧, since 2011, retail, risk class medium\n"
    "• 9 cash deposits of €9,400–€9,900 at 3 branches between 03.06. and 12.06. (total €86,300)\n"
    "• Customer stated on the phone: \"It's my savings from the restaurant, I've always kept cash at home.\"\n"
    "• No matching turnover on the business account (GL 4400)\n→ structuring pattern, recommend SAR "
    "(⟦REG⟧). Next review ⟦DATE⟧.",
    "Fallnotiz ⟦CASE⟧: Kundin äußerte: „Das Geld stammt aus dem Verkauf meiner Eigentumswohnung in Offenbach.“ "
    "Kaufvertrag liegt vor (Notar Dr. Weiß, UR-Nr. 1234/2024, Kaufpreis 312.000,00 €). Mittelherkunft "
    "plausibel, Fall wird geschlossen. Vier-Augen: ⟦M⟧",
    "Note ⟦CASE⟧ : le client déclare « c'est un don de ma tante à Lyon », montant 48 500,00 €. Justificatif "
    "(acte de donation) demandé le ⟦DATE⟧, relance prévue sous 10 jours ouvrés.",
    "Sprawa ⟦CASE⟧: klient twierdzi: „to zwrot pożyczki od szwagra”, brak umowy pożyczki. Prośba o dokumenty "
    "wysłana ⟦DATE⟧. Kwota: 62 000,00 zł.",
    "Weekly treasury update 📊\n```\n            Mon     Tue     Wed     Thu     Fri\nLCR        141%    142%    "
    "139%    140%    142%\nNSFR       118%    118%    117%    118%    118%\nEUR O/N    3.62    3.62    3.61    "
    "3.63    3.62\n```\nNo limit breaches. FX open position at EOD Fri: USD +4.2m, CHF -0.8m, GBP +1.1m.",
    "Postmortem draft — SCT Inst outage 14.06.\n*Impact*: 412 instant payments rejected between 09:02 and 09:41 "
    "(reason code AB05 timeout), ~€1.9m.\n*Root cause*: certificate on the TIPS connector expired at 09:00.\n"
    "*Actions*: 1) monitoring of cert expiry (⟦TKT⟧) 2) runbook update ⟦L⟧ 3) customer comms done by ⟦M⟧",
    "Forwarding the customer's email:\n> Dear Sir or Madam,\n> I transferred 3.400,00 EUR on 12/06/2024 to "
    "IBAN ⟦IBAN⟧ with the reference \"Rechnung 2024-117 / Kd-Nr. 55812\" but the recipient says "
    "it never arrived. Please investigate & let me know.\n> Kind regards, ⟦NAME⟧\ncan someone from payments "
    "take this? ⟦TKT⟧",
    "Macro \"KYC – missing docs (EN)\":\nHi {{ticket.requester.first_name}},\nthank you for contacting "
    "Harbourline Bank. To complete the periodic review of your account we need: (1) a valid ID, (2) proof of "
    "address not older than 3 months. Please upload them via online banking → Postbox.\nKind regards,\n"
    "{{current_user.first_name}} | Customer Due Diligence",
    "Makro „KYC – Unterlagen fehlen (DE)“: Sehr geehrte/r [Anrede] [Nachname], für die Aktualisierung Ihrer "
    "Kundendaten gemäß § 10 GwG benötigen wir eine Kopie Ihres gültigen Ausweisdokuments. Vielen Dank! "
    "Ihr Team Kundenservice, Tel. 069 1234 5678 (Mo–Fr 8–18 Uhr)",
    "Agenda ALCO 20.06.\n1. Liquidity: LCR/NSFR trend, survival horizon 94 days\n2. IRRBB: ΔEVE −6.8% of "
    "Tier 1 (outlier test 15%), ΔNII +2.1m EUR\n3. FX: USD funding via CLS, cost 5.41% vs. 5.33% SOFR\n"
    "4. AOB — new ⟦RPT⟧ dashboard ⟦L⟧",
    "Sanctions screening review ⟦DATE⟧:\n- hits: 214, true matches: 0\n- top false-positive names: \"ALI\", "
    "\"HASSAN\", \"KIM\", \"O'BRIEN\" (apostrophe stripped → fuzzy match)\n- proposal: raise threshold "
    "from 80 to 85 for names < 5 characters — needs sign-off from compliance (⟦M⟧)",
    "Month-end checklist ✅\n[x] suspense GL 19990 = 0,00\n[x] nostro recon all ccys\n[ ] accruals for the "
    "ECB MRO (⟦AMT⟧)\n[ ] COREP C 72.00 upload to BaFin MVP portal\n[ ] sign-off from CFO",
    "Hi team, reminder re. expenses: receipts above 150 € need a scan, mileage is 0,30 €/km, per diem in "
    "LU 63 €, in UK £45. Submit via Concur by the 5th. Thanks! — ⟦NAME⟧, Finance",
    "Standing instruction for ⟦NAME⟧: monthly 1.500,00 EUR from ⟦IBAN⟧ to ⟦IBAN⟧, first execution ⟦DATE⟧, "
    "reference \"Sparplan / savings plan\". Set up in core banking, confirmation sent.",
    "Change ⟦TKT⟧ approved (CAB 17.06.): patch of the payment hub to 7.4.2 on Sat 22:00–02:00 CET. Rollback: "
    "restore snapshot, replay queue from 21:55. Contacts: ⟦M⟧ (ops), ⟦M⟧ (IT), hotline ⟦PHONE⟧.",
]
BOT_COMMANDS = ["weather", "weather ⟦P⟧", "weather in ⟦P⟧", "Weather ⟦P⟧ pls", "wetter ⟦P⟧", "weather ⟦P⟧ tomorrow?",
                "remember location ⟦P⟧", "remember location ⟦P⟧", "my location", "forget location", "help",
                "config", "config timezone ⟦TZ⟧", "config alert_time ⟦T⟧", "config units metric",
                "config units imperial", "alerts on", "alerts off", "login", "forget me", "hi jeeves 👋",
                "weather ⟦P⟧ ☔?", "is it going to rain in ⟦P⟧ before the 17:00 cut-off", "wether ⟦P⟧",
                "config alert_time 06:45", "remember location Frankfurt (Main)", "help pls", "météo ⟦P⟧",
                "pogoda ⟦P⟧", "weather for the offsite in ⟦P⟧ on 27.06.?", "Config Timezone Europe/Luxembourg"]
FILES = ["Nostro_recon_2024-06-14.xlsx", "SAR draft – case 2024-0457.docx", "camt053_20240614_COBADEFF.xml",
         "LCR_C72_Q2-2024 (final) v3.pdf", "Überweisungen Juni.csv", "screening_hits_wk24.xlsx",
         "Screenshot 2024-06-17 at 09.41.12.png", "pain.001_batch_88412.xml", "ALCO deck 20.06.pptx",
         "MT940_DEUTDEFF_20240614.txt", "KYC-Checkliste_Privatkunden_v5.docx", "FX positions EOD 14-06.xlsx"]
MODAL_NOTES = [
    "Please use the Frankfurt office (Taunusanlage) for my alerts, not the Luxembourg one.",
    "Weather alert arrives at 07:00 but I'm in the office at 06:30 for the TARGET2 opening — can it be earlier?",
    "Feature idea: a reminder 15 min before the SEPA cut-off (15:30 CET) 🙏",
    "Die Temperatur wird in °F angezeigt, obwohl ich metrisch eingestellt habe.",
    "Je travaille entre Luxembourg et Francfort, est-ce possible d'avoir deux lieux ?",
    "Alerts are great, but the bot answered in English although my Slack is set to Deutsch.",
    "my location is 'Neue Mainzer Str. 52-58' — the bot found Mainz instead 😅",
    "n/a", "", "Thanks!", "Could the alert include the rain probability in % (e.g. 60–80%)?",
]


def iban_check(country: str, bban: str) -> str:
    """An IBAN with valid ISO 13616 check digits."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def rf_check(ref: str) -> str:
    """An ISO 11649 creditor reference (RF + check digits)."""
    digits = "".join(str(int(ch, 36)) for ch in ref + "RF00")
    return f"RF{98 - int(digits) % 97:02d}{ref}"


def grouped(value: int, sep: str, size: int = 3) -> str:
    text = str(value)
    parts: list[str] = []
    while len(text) > size:
        parts.insert(0, text[-size:])
        text = text[:-size]
    return sep.join([text, *parts])


class Week(WebApp):

    prefix = "evaluation_eleventh-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, SLACK_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 5 * 86400)
    kid_first, context_bytes = True, 36
    oauth_body_secret_rate = 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(240):
            first, last = self.pick(FIRST), self.pick(LAST)
            asc = (first + "." + last).lower()
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("'", ""), (" ", ""), ("ł", "l")):
                asc = asc.replace(a, b)
            asc = asc.encode("ascii", "ignore").decode() or f"user{i}"
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}", "handle": asc,
                                "email": f"{asc}@harbourline.eu", "tz": self.pick(TIMEZONES)})

    # ---- small random pieces -------------------------------------------------------------------------
    def iban(self, compact: bool | None = None) -> str:
        country = self.pick(["DE", "DE", "DE", "LU", "NL", "AT", "BE", "FR", "PL", "GB", "IE", "CH", "ES", "IT"])
        d = self.digits
        bban = {"DE": lambda: d(18), "AT": lambda: d(16), "BE": lambda: d(12), "FR": lambda: d(23),
                "PL": lambda: d(24), "ES": lambda: d(20), "CH": lambda: d(17),
                "LU": lambda: d(3) + d(13), "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + d(10),
                "GB": lambda: self.pick(["NWBK", "BARC", "HBUK", "LOYD"]) + d(14),
                "IE": lambda: self.pick(["BOFI", "AIBK"]) + d(14),
                "IT": lambda: self.pick("XAKLM") + d(22)}[country]()
        full = iban_check(country, bban)
        if compact if compact is not None else self.chance(0.35):
            return full
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def amount(self) -> str:
        mag = self.pick([2, 3, 3, 4, 4, 5, 5, 6, 7])
        units = self.rng.randint(10 ** (mag - 1), 10 ** mag - 1)
        cents = self.rng.choice([0, 0, self.rng.randint(1, 99)])
        style = self.rng.randint(0, 15)
        en, de = f"{grouped(units, ',')}.{cents:02d}", f"{grouped(units, '.')},{cents:02d}"
        ccy = self.pick(CURRENCIES)
        out = {
            0: f"€{en}", 1: f"{de} €", 2: f"EUR {en}", 3: f"{de} EUR",
            4: f"{grouped(units, chr(0x202F))},{cents:02d} €",
            5: f"CHF {grouped(units, chr(39))}.{cents:02d}", 6: f"£{grouped(units, ',')}", 7: f"USD {en}",
            8: f"${en}", 9: f"{grouped(units, ' ')},{cents:02d} zł", 10: f"({en})", 11: f"-{de} €",
            12: f"{ccy} {en}", 13: f"¥{grouped(units * 100, ',')}",
            14: f"€{units / 1000:.1f}k" if units < 10 ** 6 else f"€{units / 10 ** 6:.2f}m",
            15: f"{de.replace('.', ' ')} {ccy}",
        }[style]
        return out

    def when(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(EPOCH + self.rng.randint(-40, 20) * 86400 + self.rng.randint(0, 86399),
                                         tz=dt.UTC)

    def date(self) -> str:
        d = self.when()
        fmt = self.pick(["%Y-%m-%d", "%d.%m.%Y", "%d.%m.", "%d/%m/%Y", "%m/%d/%Y", "%d %b %Y", "%d-%b-%y", "%y%m%d",
                         "%a %d %b", "%d.%m.%y", "%B %d, %Y"])
        return d.strftime(fmt)

    def reference(self) -> str:
        roll = self.rng.randint(0, 8)
        if roll == 0:
            return f"INV-2024-{self.rng.randint(1, 9999):04d}"
        if roll == 1:
            return rf_check(f"{self.rng.randint(10 ** 9, 10 ** 12)}")
        if roll == 2:
            return f"E2E-{self.when():%Y%m%d}-{self.rng.randint(1, 99999):05d}"
        if roll == 3:
            return self.uuid()
        if roll == 4:
            return f"HRBL{self.when():%y%m%d}-{self.rng.randint(1, 9999):04d}"
        if roll == 5:
            return f"/ROC/{self.rng.randint(1000, 9999)}-{self.rng.randint(10, 99)}"
        if roll == 6:
            return f"Kd-Nr. {self.rng.randint(10000, 99999)} / Rechnung {self.rng.randint(100, 999)}"
        if roll == 7:
            return f"batch {self.rng.randint(80000, 89999)}"
        return f"SEPA-{self.hexs(10).upper()}"

    def case(self) -> str:
        return self.pick([f"AML-2024-{self.rng.randint(1, 999):04d}", f"SAR-24-{self.rng.randint(1, 400)}",
                          f"KYC-{self.rng.randint(100000, 999999)}", f"FRAUD#{self.rng.randint(1000, 9999)}"])

    def ticket(self) -> str:
        return self.pick([f"PAY-{self.rng.randint(100, 9999)}", f"INC{self.rng.randint(10 ** 6, 10 ** 7):07d}",
                          f"CHG{self.rng.randint(10 ** 6, 10 ** 7):07d}", f"RITM{self.rng.randint(10 ** 6, 10 ** 7)}",
                          f"OPS-{self.rng.randint(100, 5000)}", f"#{self.rng.randint(10000, 99999)}"])

    def phone(self) -> str:
        n = self.rng.randint
        return self.pick([f"+49 69 {n(1000, 9999)} {n(1000, 9999)}", f"069/{n(100, 999)}-{n(1000, 9999)}",
                          f"+352 {n(20, 49)} {n(10, 99)} {n(10, 99)} {n(10, 99)}",
                          f"+44 (0)20 7946 {n(1000, 9999)}", f"+1 (212) 555-{n(1000, 9999)}",
                          f"+48 {n(500, 799)} {n(100, 999)} {n(100, 999)}", f"0800 {n(100, 999)} {n(1000, 9999)}",
                          f"+31 20 {n(100, 999)} {n(1000, 9999)}", f"ext. {n(2000, 4999)}"])

    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 6, 7, 7, 7, 8, 9, 12, 18]):02d}:{self.pick(['00', '15', '30', '45', '10'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text
        esc = slack_escape if slack else (lambda s: s)
        simple = {"⟦NAME⟧": lambda: self.pick(self.people)["name"], "⟦P⟧": lambda: self.pick(PLACES),
                  "⟦IBAN⟧": self.iban, "⟦BIC⟧": lambda: self.pick(BICS), "⟦AMT⟧": self.amount,
                  "⟦REF⟧": self.reference, "⟦DATE⟧": self.date, "⟦CASE⟧": self.case, "⟦TKT⟧": self.ticket,
                  "⟦PHONE⟧": self.phone, "⟦N⟧": lambda: str(self.rng.randint(2, 1400)),
                  "⟦F⟧": lambda: self.pick(FORMULAS), "⟦REG⟧": lambda: self.pick(REGS),
                  "⟦RPT⟧": lambda: self.pick(REPORTS), "⟦E⟧": lambda: self.pick(EMOJI),
                  "⟦TZ⟧": lambda: self.pick(TIMEZONES), "⟦T⟧": self.alert_time}
        while "⟦M⟧" in out:
            p = self.pick(self.people)
            out = out.replace("⟦M⟧", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "⟦L⟧" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "|link", "|runbook", "|ticket", "|report", "|here"])
            out = out.replace("⟦L⟧", f"<{esc(link)}{label}>" if slack else link, 1)
        while "⟦MAIL⟧" in out:
            mail = self.pick(self.people)["email"]
            out = out.replace("⟦MAIL⟧", f"<mailto:{mail}|{mail}>" if slack else mail, 1)
        while "⟦C⟧" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("⟦C⟧", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in simple.items():
            while key in out:
                out = out.replace(key, esc(make()), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "hey ⟦M⟧, ", "@here ", "cc ⟦M⟧ ", "FYI "]) + text
        elif roll < 0.85:
            text = self.pick(["", "", "hmm ", "any idea? ", "seeing this in prod:\n", "⟦M⟧ ", "fyi "])
            text += self.pick(TECH)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "cc ⟦M⟧", "fixed by rerunning the job", "ideas welcome 🙏"])
        else:
            text = self.pick(LONG)
        out = self.fill(text)
        return out.replace("@here ", "<!here> ").replace("@channel ", "<!channel> ")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack events ----------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        for code, chunk in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": chunk}],
                                 "border": 0})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": chunk}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False,
                      thread: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if thread or self.chance(0.1):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return self.slack_request("/slack/events", json.dumps(self.envelope(event), ensure_ascii=False))

    def slack_verify(self) -> dict[str, Any]:
        body = {"token": SLACK_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack", "json", self.event_request(self.message_event(self.chat_text(), cid, "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.pick([self.chat_text(), self.fill(self.pick(["done", "thx!", "checked, the IBAN is ⟦IBAN⟧",
                                                                 "value date ⟦DATE⟧ is fine", "approved ✅",
                                                                 "4-eyes done, released", "can't, I'm the maker",
                                                                 "returned with AC04 🤷", "see ⟦TKT⟧",
                                                                 "amount should be ⟦AMT⟧", "yes, ⟦F⟧"]))])
        event = self.message_event(text, cid, "channel", thread=True)
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.record("thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", ""]) + self.chat_text()
            if not text.startswith(("<@", "hey")):
                text += f" <@{BOT_USER}>"
        return self.record("mention", "json", self.event_request(self.message_event(text, cid, "channel", True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.75) else self.chat_text()
        return self.record("dm", "json", self.event_request(self.message_event(text, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo in the IBAN)", " *", "", " — nvm, sorted",
                                               " (amount corrected)"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": {
            k: v for k, v in old.items() if k not in ("channel", "channel_type", "event_ts")},
            "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("edit", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(FILES)
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "xml": "application/xml", "pdf": "application/pdf", "csv": "text/csv", "png": "image/png",
                "txt": "text/plain"}[ext]
        event = self.message_event(self.fill(self.pick(["", "see attached", "today's file 👆", "v3, final final",
                                                        "breaks for ⟦DATE⟧", "for the MLRO, confidential 🔒",
                                                        "Datei anbei"])), cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 400000), "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(),
                           "user": event["user"], "size": self.rng.randint(2_000, 8_000_000),
                           "mode": "hosted", "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(),
                 "unfurl_id": f"C{self.rng.randint(10 ** 9, 10 ** 10)}.{self.ts()}.{self.hexs(24)}",
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.record("unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "pray", "heavy_check_mark", "euro",
                                        "rotating_light", "thumbsup::skin-tone-3", "raised_hands", "bank", "tada",
                                        "hourglass_flowing_sand", "x", "100", "4-eyes", "approved", "ack"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()},
                 "item_user": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.record("reaction", "json", self.event_request(event))

    def slack_botmsg(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 9999)
        source = self.pick(["jira", "servicenow", "grafana", "payments-monitor", "murex-eod"])
        texts = {
            "jira": f"<https://jira.harbourline.eu/browse/PAY-{n}|PAY-{n}> moved to *In Review*: "
                    f"\"MT103 field :70: truncated after 140 chars for {self.pick(BICS)}\"",
            "servicenow": f"*INC{n:07d}* (P3) assigned to Payments Ops: \"camt.053 from {self.pick(BICS)} missing "
                          f"for {self.date()}\" — <https://harbourline.service-now.com/incident.do?sys_id={self.hexs(32)}"
                          f"|open>",
            "grafana": "[FIRING:1] SCTInstRejectRate (rate &gt; 2% for 10m) scheme=SCT_INST env=prod "
                       "<https://grafana.harbourline.eu:3000/alerting/list?search=SCTInst|View alert>",
            "payments-monitor": f":rotating_light: *SEPA Instant* rejects last 15m: {n % 40} (AC04 ×{n % 7}, "
                                f"AM04 ×{n % 5}, FF01 ×{n % 3}) — queue depth {n % 300}",
            "murex-eod": f"EOD batch {self.date()} finished in {n % 90 + 20} min :white_check_mark: FX positions: "
                         f"USD {self.amount()}, CHF {self.amount()}",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["36a64f", "d50200", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("botmsg", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0"))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "Jeeves"}}
        return self.record("home", "json", self.event_request(event))

    # ---- slash commands and interactions ---------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 7)
        fields = [("token", SLACK_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def payload_request(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.slack_request("/slack/interactions", body, form=True)

    def interaction(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.68:
            action = {"action_id": "set_location", "block_id": self.token(3)[:4], "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:4], "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:4], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": SLACK_TOKEN,
            "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        return self.record("interaction", "form", self.payload_request(payload))

    def modal(self) -> dict[str, Any]:
        user = self.pick(self.people)
        if self.chance(0.25):
            cid, cname = self.pick(CHANNELS)
            msg_text = self.chat_text()
            payload: dict[str, Any] = {
                "type": "message_action", "token": SLACK_TOKEN, "action_ts": self.ts(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                "user": {"id": user["id"], "username": user["handle"], "team_id": TEAM, "name": user["handle"]},
                "channel": {"id": cid, "name": cname}, "is_enterprise_install": False, "enterprise": None,
                "callback_id": self.pick(["save_to_case", "create_ticket", "remind_cutoff"]),
                "trigger_id": self.trigger(), "response_url": self.hook("app"),
                "message_ts": self.ts(),
                "message": {"type": "message", "user": self.pick(self.people)["id"], "ts": self.ts(),
                            "text": msg_text, "team": TEAM}}
            return self.record("interaction", "form", self.payload_request(payload))
        place = self.pick(PLACES)
        note = self.pick(MODAL_NOTES)
        values = {"loc": {"place_input": {"type": "plain_text_input", "value": place}},
                  "tz": {"tz_select": {"type": "static_select", "selected_option": {
                      "text": {"type": "plain_text", "text": user["tz"], "emoji": True}, "value": user["tz"]}}},
                  "time": {"alert_time": {"type": "timepicker", "selected_time": self.alert_time()}},
                  "note": {"feedback": {"type": "plain_text_input", "value": note or None}}}
        view = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": "jeeves_settings",
                "private_metadata": json.dumps({"channel": self.sid("D0"), "origin": "app_home"}),
                "title": {"type": "plain_text", "text": "Jeeves settings", "emoji": True},
                "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                "blocks": [{"type": "input", "block_id": "loc", "label": {"type": "plain_text",
                                                                          "text": "Office / location"},
                            "element": {"type": "plain_text_input", "action_id": "place_input"}}],
                "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        payload = {"type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": SLACK_TOKEN, "trigger_id": self.trigger(), "view": view,
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self.record("modal", "form", self.payload_request(payload))

    # ---- the data API ------------------------------------------------------------------------------------
    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.6.0",
                        "curl/7.81.0",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-DE) WindowsPowerShell/5.1.19041.4522",
                        "PowerShell/7.4.2", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                        "Apache-HttpClient/4.5.14 (Java/17.0.11)", "Java-http-client/17.0.11", "Go-http-client/2.0",
                        "axios/1.7.2", "okhttp/4.12.0", "GitLab-Runner 16.11.1 (16-11-stable; go1.21.9; linux/amd64)",
                        "Grafana/10.4.2", "HTTPie/3.2.2", "Airflow/2.9.1 python-requests/2.31.0", "dbt/1.8.1",
                        "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"])
        client = self.pick(["treasury-dashboard", "aml-etl", "ci-reporting", "kyc-sync", "ops-recon-bot",
                            "powerbi-liquidity", "jeeves-worker"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read", "read write"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gl-{self.rng.randint(10 ** 8, 10 ** 9)}-{self.hexs(6)}",
                                           f"airflow.recon_daily.{self.when():%Y%m%dT%H%M}"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum,hrbl=t61rcWkgMzE@{self.hexs(4)}"
        if self.chance(0.1):
            h["X-Correlation-ID"] = f"{self.case()}/{self.hexs(8)}"
        if self.chance(0.08):
            h["Accept-Language"] = self.pick(["de-DE", "en-GB,en;q=0.8", "fr-LU"])
        if self.chance(0.06):
            h["Via"] = "1.1 proxy-ffm-02.harbourline.local (squid/5.7)"
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 400, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on"]),
                                ("team_id", [TEAM, TEAM, "T07HRBLLUX"])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            if self.chance(0.15):
                params.append(("_", str(EPOCH * 1000 + self.rng.randint(0, 10 ** 8))))
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params), h))
        if roll < 0.4:
            # dashboards and one-off scripts searching: the API ignores what it does not know
            person = self.pick(self.people)
            q = self.pick([person["name"], person["email"], person["name"].split(" ")[-1], person["id"],
                           "o'connor", "müller", "@harbourline.eu"])
            params = [("team_id", TEAM), ("active", "true"), ("q", q), ("limit", "50")]
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/users?" + urllib.parse.urlencode(params,
                                                                                              quote_via=self.quoter())})
        if roll < 0.55:
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.72:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.7)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.2)}
            else:
                doc = {"is_admin": self.chance(0.4), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                               "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                               "headers": h})
        if roll < 0.86:
            start = self.when()
            since = self.pick([f"{start:%Y-%m-%d}", f"{start:%Y-%m-%dT00:00:00Z}", f"{start:%Y-%m-%dT06:00:00+02:00}",
                               f"{start:%Y-%m-%dT%H:%M:%S.000Z}"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", f"{start + dt.timedelta(days=self.rng.randint(1, 30)):%Y-%m-%dT23:59:59Z}"))
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            return self.record("api", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            body: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                body["team_id"] = self.pick([TEAM, "*", "T07HRBLLUX"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(body), "headers": h})
        return self.openapi()

    def quoter(self) -> Any:
        return self.pick([urllib.parse.quote_plus, urllib.parse.quote])

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Swagger-Codegen/3.0.54/java", "Postman/11.1",
                                      "python-requests/2.31.0", "Insomnia/2023.5.8"]), "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers --------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.6422.164 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
            "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.06.10",
        ])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de,en;q=0.9", "en-GB,en;q=0.9",
                                           "en-US,en;q=0.9", "fr-LU,fr;q=0.9,de-LU;q=0.8,en;q=0.7",
                                           "nl-NL,nl;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "tr-TR,tr;q=0.9,de;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua:
            brand = '"Microsoft Edge";v="125"' if "Edg/" in ua else '"Google Chrome";v="126"'
            h["sec-ch-ua"] = f'{brand}, "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"'
        if referer:
            h["Referer"] = BASE + referer
        if self.chance(0.1):
            h["DNT"] = "1"
        return self.form_navigation(h, BASE, None, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.2) else []
        if self.chance(0.15):
            extra.append(("ai_user", f"{self.token(16)[:21]}|2024-0{self.rng.randint(1, 6)}-"
                                     f"{self.rng.randint(10, 28)}T08:{self.rng.randint(10, 59)}:11.204Z"))
        if self.chance(0.1):
            extra.append(("cookie_consent", self.pick(["necessary", "necessary%2Cstatistics", "all"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"), self.form_boundary("firefox")])
        return self.multipart_form(boundary, fields)

    # ---- admin panel -------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.25:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["email"], person["name"].split(" ")[-1], person["handle"],
                           person["id"], TEAM, "O'Connor", "Müller-Westphal", "van 't Hof", "@harbourline.eu",
                           "treasury", "d'angelo", "Nguyễn", "Brzęczyszczykiewicz", "ext-", "anna-lena"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.25) else [])
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.4:
            person = self.pick(self.people)
            q = self.pick(["", "", person["name"], person["handle"], "O'Neill", "Groß", "harbourline.eu"])
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                      ("page", str(self.rng.randint(1, 6)))]
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", q)]), True)
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "form", {
                "method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'admin'])}",
                "headers": h, "body": urllib.parse.urlencode(fields)})
        if roll < 0.5:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts",
                                                                      "config", "login", "forget_me"])),
                          ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t07hrbllux"]))]
                uri = "/admin/features"
            else:
                fields = [("csrf_token", csrf), ("action", self.pick(["weather", "alerts"])), ("team_id", TEAM)]
                uri = "/admin/features/remove"
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.62:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.admin", "user.active", "client.rotate", "client.create", "feature.set", "login",
                           "login failed", "forget_me", "2024-06-14", self.pick(self.people)["handle"],
                           "aml-etl", "treasury-dashboard", "T03HRBLN7/"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.77:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", "/admin/clients", None]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway",
                             "/admin/account", "/admin/audit", "/admin/slack-sign-in",
                             "/admin/users?done=user_updated&q=O%27Connor&page=1",
                             "/admin/features?done=switch_updated",
                             "/admin/clients?done=client_disabled", "/admin/login?next=%2Fadmin%2Fclients"])
            return self.record("admin", "cookie", self.get_request(uri, h))
        if roll < 0.85:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-_=.,;:?@§$€"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 26)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "it-ops", "s.oconnor", "jl.dufresne", "treasury-admin"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.95:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(["treasury-dashboard", "aml-etl", "kyc-sync", "powerbi-liquidity", "ops-recon-bot",
                                "ci-reporting", "regrep.corep", "fx:eod-export"])
            sub = self.rng.random()
            if sub < 0.55:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick(["Power BI: liquidity dashboard (LCR/NSFR), owner Treasury",
                                                     "AML ETL → case manager, nightly 02:00 CET",
                                                     "KYC refresh sync (Fenergo → Jeeves), read-only",
                                                     "GitLab CI — weekly usage report for #ops-payments",
                                                     "Regulatory reporting: COREP C 72.00 extract (owner: RegRep)",
                                                     "FX EOD export — Murex → DWH; contact: it-ops@harbourline.eu",
                                                     "Recon bot for nostro breaks (€/$/£/CHF)", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                uri = "/admin/clients"
            else:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{client}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin", "form", self.form_request(uri, h, fields))
        h = self.browser_headers(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.5:
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "it-ops", "s.oconnor"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            uri = self.pick(["/admin/slack-sign-in", "/admin/slack-sign-in/remove"])
        elif sub < 0.8:
            fields = [("csrf_token", csrf), ("pending", self.token(20)),
                      ("totp", f"{self.rng.randint(0, 999999):06d}")]
            uri = "/admin/account/totp/confirm"
        else:
            fields = [("csrf_token", csrf)]
            uri = "/admin/account/totp/start"
        return self.record("admin", "form", self.form_request(uri, h, fields))

    # ---- /me/ ------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?utm_source=slack&utm_medium=dm"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/plain,*/*"
            return self.record("me", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]) if uri == "/me/"
                                                else "GET", "uri": uri, "body": "", "headers": h})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.65:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        if uri in ("/me/location", "/me/settings") and self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", self.form_request(uri, h, fields))

    # ---- Sign in with Slack -------------------------------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h))
        if roll < 0.35:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", f"{self.rng.randint(10 ** 11, 10 ** 12)}.{self.rng.randint(10 ** 11, 10 ** 12)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.chance(0.1):
                params = [("error", "access_denied"), ("state", state)]
            return self.record("callback", "query", {"method": "GET", "body": "", "headers": h,
                                                     "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.72:
            return self.record("auth", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health and metadata -------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["treasury-dashboard", "aml-etl", "ci-reporting", "kyc-sync", "powerbi-liquidity",
                            "jeeves-worker", "regrep.corep"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Go-http-client/2.0",
                                      "Apache-HttpClient/4.5.14 (Java/17.0.11)", "PowerShell/7.4.2",
                                      "Airflow/2.9.1 python-requests/2.31.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.77:
            h["Authorization"] = basic
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                 "body": urllib.parse.urlencode([("token", token),
                                                                                 ("token_type_hint",
                                                                                  "access_token")])})
        if roll < 0.87:
            h["Authorization"] = basic
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify_token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "check_http/v2.3.3 (monitoring-plugins "
                            "2.3.3)", "Zabbix 6.4", "ELB-HealthChecker/2.0", "curl/8.6.0", "Site24x7"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]),
                                                    "body": "", "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)",
                                          "nimbus-jose-jwt/9.37", "python-requests/2.31.0"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        if roll < 0.9:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Authlib/1.3.1",
                                          "Spring-Security-OAuth2-Client"]), "Accept": "application/json"}
            return self.record("metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 310), ("slack_thread", 80), ("slack_mention", 115), ("slack_dm", 105), ("slack_edit", 25),
    ("slack_file", 30), ("slack_unfurl", 25), ("slack_reaction", 35), ("slack_botmsg", 25), ("slack_home", 25),
    ("slash_command", 240), ("interaction", 100), ("modal", 30),
    ("api", 220), ("admin", 110), ("me", 75), ("auth", 45), ("tokendealer", 55), ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, in the order it happens (kinds interleaved)."""
    return planned(Week(), PLAN, first="slack_verify")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())


if __name__ == "__main__":
    print_records(benign())
