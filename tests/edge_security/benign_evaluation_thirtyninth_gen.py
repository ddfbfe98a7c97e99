"""A working week of Moneta Rails, a 300-person payments startup (EMI licence, cards, SEPA/FPS payouts), on
every route of the edge that Jeeves and TokenDealer define (benign only).

About 1,700 requests in a deployment's proportions: Slack first (@mentions of the bot in busy support,
payments-ops, compliance and engineering channels, DMs to the bot, edits, link unfurls, file shares, the bot's
own replies echoed back, App Home, `/jeeves` slash commands, the bot's buttons), then the data API (the
ledger-recon job, the support dashboard, CI smoke tests and the KYC sync with bearer tokens), the admin
panel, `/me/`, Sign in with Slack and the bot's one-time links, TokenDealer, and health and metadata GETs.

The people are support agents, payment-ops analysts, compliance officers and engineers, and they type what
such people type: IBANs and BICs, masked card numbers, amounts in a dozen currencies and notations, ISO 20022
and MT103 fragments, webhook payloads, curl examples of the company's public API, SQL against the ledger,
KYC/AML/PSD2/SCA jargon, support macros with {{placeholders}}, customer names from everywhere, phone
numbers, addresses, and many scripts and emoji.

Only what the product reads: every request goes to a route app/ or tokendealer/ defines, with the query
parameters, form fields and JSON fields the handlers read (Slack's own envelopes are sent whole, as Slack
sends them; the bot's subscriptions are app_mention, message.im and app_home_opened, and its only
interactive elements are the three buttons of app/services/actions/blocks.py).

How it was written: by the thirty-ninth independent benign author, from the route names, match, methods and
upstreams of gateway/gateway.yaml, the handlers and templates in app/ and tokendealer/, README.md and the
record structure of benign_day_gen.py. No WAF rule, exclusion, ruleset, rule test, corpus or other
generator's text list was read, and the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the week.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, token_request, verify_request, get_request, signed_in, ga_cookie,
cookie_header, me_exit_form, settings_patch, oidc_params, link_preview, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, digest, no_attacks, planned, slack_escape

SEED = 39_2024_0611
EPOCH = 1718089200  # 2024-06-11 07:00 UTC
TEAM, TEAM_DOMAIN = "T03MNTRAIL", "moneta-rails"
APP_ID, BOT_USER, BOT_ID = "A06JEEVES9", "U06JVSBOT1", "B06JVSBOT1"
HOST = "jeeves.monetarails.com"
BASE = f"https://{HOST}"
SCRIPT_CLIENTS = ["ledger-recon", "support-dashboard", "kyc-sync", "ci-smoke", "metabase-cs", "treasury-fx",
                  "jeeves-worker", "ops-cli"]

# ---- the company's people and its customers ----------------------------------------------------------
STAFF = ["Siobhán O'Connor", "Jean-Luc Ménard", "Oluwaseun Adébáyọ̀", "Małgorzata Wójcik-Nowak", "Rafael Souza",
         "Priyanka Raghunathan", "Tomasz Zieliński", "Aisling Ní Bhriain", "Kwame Mensah", "Inês Carvalho",
         "Daniel Kowalczyk", "Chidinma Okafor", "Lukas Brandt", "Mariana López-Ortiz", "Ruta Kazlauskaitė",
         "Hyun-woo Park", "Amara Diallo", "Nikolai Ivanov", "Sade Balogun", "Beatriz Ferreira", "Arjun Mehta",
         "Emily Chen", "Gareth Llewellyn", "Yuki Tanaka", "Fatou Ndiaye", "Mateus Oliveira", "Sanne de Vries",
         "Dmytro Bondarenko", "Leila Haddad", "Conor McCarthy", "Zsófia Kovács", "Tiago Antunes", "Ana-Maria Popescu",
         "Mohammed Al-Amin", "Grace Wanjiru", "Sofía Castañeda", "Pieter van den Berg", "Rohan D'Souza"]
CUSTOMERS = ["Nguyễn Thị Minh Khai", "D'Angelo Ruiz", "Zoë van der Merwe", "Björk Guðmundsdóttir",
             "José María García-López", "Mary-Kate O'Neill", "Thandiwe Mthembu", "Ирина Кузнецова", "张伟",
             "佐藤 花子", "김민준", "אורית כהן", "فاطمة الزهراء", "Søren Kierkegård", "Ngozi Okonkwo-Eze",
             "Hiroshi Yamamoto-Clarke", "Mohammed Al-Rashid", "Anne-Sophie Lefèvre", "Paweł Grzegorzewski",
             "Olumide Ogunleye", "Ayşe Yılmaz", "Raúl Núñez", "Eoghan Ó Súilleabháin", "Lakshmi Venkataraman",
             "Chloé Dubois-Martin", "Kofi Boateng", "Μαρία Παπαδοπούλου", "Jürgen Weiß", "Camila Rodrigues",
             "Tran Van Long", "Ahmad bin Ismail", "Katarzyna Wiśniewska", "Liam O'Sullivan", "Émile Gagnon",
             "Ngũgĩ Kamau", "Aleksandra Petrović", "Nomvula Dlamini", "Wei-Lin Hsu",
             "Bartholomew St. John-Smythe", "Ana Paula dos Santos"]
PLACES = ["London", "Canary Wharf", "EC2V 7HH London", "Shoreditch, London", "Lisboa", "Lisbon", "Porto",
          "Rua Augusta 24, 1100-053 Lisboa", "Berlin", "10117 Berlin", "Frankfurt am Main", "München", "Vilnius",
          "Kaunas", "Rīga", "Tallinn", "Warszawa", "Kraków", "Dublin", "Dublin 2", "Cork", "Amsterdam",
          "'s-Hertogenbosch", "Bruxelles", "Saint-Gilles, Bruxelles", "Luxembourg", "Zürich", "Genève", "Paris",
          "Lyon", "Madrid", "Barcelona", "A Coruña", "Milano", "Lagos", "Victoria Island, Lagos", "Abuja",
          "Accra", "Nairobi", "Westlands, Nairobi", "Kigali", "Cape Town", "Johannesburg", "Cairo", "القاهرة",
          "Dubai", "دبي", "Tel Aviv", "תל אביב", "İstanbul", "Bengaluru", "Koramangala, Bengaluru 560034", "मुंबई",
          "Mumbai", "Singapore", "Marina Bay, Singapore 018989", "Jakarta", "Hà Nội", "Thành phố Hồ Chí Minh",
          "東京", "Tokyo", "서울", "香港", "上海", "Sydney", "Auckland", "São Paulo", "Av. Paulista 1000, São Paulo",
          "Rio de Janeiro", "Ciudad de México", "Bogotá", "Buenos Aires", "Santiago", "Lima", "Toronto",
          "Montréal", "New York", "Brooklyn, NY 11201", "San Francisco", "Austin, TX", "Coeur d'Alene",
          "St. John's, NL", "Reykjavík", "Tromsø", "51.5072, -0.1276", "38.7223,-9.1393", "6.5244° N, 3.3792° E",
          "Київ", "Львів", "Tbilisi", "თბილისი", "Yerevan", "Almaty", "Kuala Lumpur"]
TIMEZONES = ["Europe/London", "Europe/Lisbon", "Europe/Berlin", "Europe/Vilnius", "Europe/Warsaw", "Europe/Dublin",
             "Europe/Amsterdam", "Europe/Brussels", "Europe/Luxembourg", "Europe/Zurich", "Europe/Paris",
             "Europe/Madrid", "Europe/Kyiv", "Europe/Istanbul", "Africa/Lagos", "Africa/Accra", "Africa/Nairobi",
             "Africa/Johannesburg", "Africa/Cairo", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
             "Asia/Seoul", "Asia/Hong_Kong", "Australia/Sydney", "America/Sao_Paulo", "America/Mexico_City",
             "America/Bogota", "America/Argentina/Buenos_Aires", "America/Toronto", "America/New_York",
             "America/Chicago", "America/Los_Angeles", "America/St_Johns", "Asia/Kathmandu", "UTC"]
CHANNELS = [("C03SUPPORTL2", "support-l2"), ("C03PAYOPS01", "payments-ops"), ("C03KYCREVW", "kyc-review"),
            ("C03CHARGEBK", "chargebacks"), ("C03ENGLEDGR", "eng-ledger"), ("C03ENGAPI00", "eng-public-api"),
            ("C03INCIDENT", "incidents"), ("C03RELEASES", "releases"), ("C03COMPLNCE", "compliance"),
            ("C03TREASURY", "treasury"), ("C03CSEMEA00", "cs-emea"), ("C03CSLATAM0", "cs-latam"),
            ("C03CSAPAC00", "cs-apac"), ("C03RANDOM00", "random"), ("C03LONDON00", "office-london"),
            ("C03LISBON00", "office-lisbon"), ("C03FRAUD000", "fraud-signals"), ("C03PARTNRBK", "partner-banks")]
LINKS = ["https://github.com/moneta-rails/ledger/pull/2291", "https://github.com/moneta-rails/public-api/issues/418",
         "https://moneta.atlassian.net/browse/PAY-7731", "https://moneta.atlassian.net/browse/KYC-1204?focusedCommentId=88",
         "https://docs.monetarails.com/api/v1/payments#create-a-payment", "https://docs.monetarails.com/webhooks/signatures",
         "https://status.monetarails.com/incidents/h7k2m9x1", "https://dashboard.monetarails.com/transfers/tr_9Kd2QmX7",
         "https://monetarails.zendesk.com/agent/tickets/418823", "https://grafana.internal.monetarails.com:3000/d/payouts?from=now-24h&var-bank=modulr",
         "https://metabase.internal.monetarails.com/question/1142-chargebacks-by-reason-code",
         "https://www.eba.europa.eu/regulation-and-policy/payment-services-and-electronic-money",
         "https://www.fca.org.uk/firms/financial-crime/money-laundering-regulations",
         "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
         "https://www.swift.com/standards/iso-20022", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=12345",
         "https://www.iban.com/structure", "https://notion.so/moneta/Support-macros-v3-9b1e4f",
         "https://docs.google.com/spreadsheets/d/1xQ9fk2Lm/edit#gid=0", "https://meet.google.com/pqr-stuv-wxy",
         "https://sentry.io/organizations/moneta/issues/5123981/?environment=production"]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":money_with_wings:", ":bank:", ":euro:", ":pound:",
         ":rotating_light:", ":fire:", ":tada:", ":thinking_face:", ":sweat_smile:", ":coffee:", ":rocket:",
         ":face_palm:", ":heavy_check_mark:", ":warning:", ":moneybag:", "💸", "🏦", "🙏", "👀", "✅", "🚨", "😅",
         "🎉", "☕", "🇵🇹", "🇳🇬", "🇬🇧", "🇧🇷", "🤞"]
IBANS = ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB29 NWBK 6016 1331 9268 19",
         "GB33BUKB20201555555555", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300",
         "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
         "PT50 0002 0123 1234 5678 9015 4", "LT12 1000 0111 0100 1000", "BE68 5390 0754 7034",
         "CH93 0076 2011 6238 5295 7", "PL61 1090 1014 0000 0712 1981 2874", "IE29 AIBK 9311 5212 3456 78",
         "AT611904300234573201", "SE45 5000 0000 0583 9825 7466", "LU28 0019 4006 4475 0000"]
BICS = ["DEUTDEFFXXX", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "ABNANL2A", "CAIXESBB", "BCOMPTPL",
        "REVOLT21", "CHASUS33", "BARCGB22", "HSBCHKHH", "INGBNL2A", "UBSWCHZH80A", "NDEAFIHH", "AIBKIE2D"]
PHONES = ["+44 20 7946 0958", "+44 (0)7700 900123", "+351 912 345 678", "+49 (0)30 123456-78", "+370 612 34567",
          "+234 803 123 4567", "+254 712 345678", "+55 11 91234-5678", "+52 55 1234 5678", "+1 (415) 555-0132",
          "+91 98765 43210", "+65 8123 4567", "+81 90-1234-5678", "+48 601 234 567", "0044 7911 123456",
          "07700 900 461", "(11) 3456-7890"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "sapo.pt", "proton.me", "icloud.com",
                 "acme-shop.example", "hotmail.fr"]

# ---- what people write ---------------------------------------------------------------------------------
# @@M@@ a colleague, @@L@@ a link, @@C@@ a channel, @@P@@ a place, @@A@@ an amount, @@IBAN@@, @@BIC@@,
# @@TX@@ a transaction id, @@CARD@@ a masked card, @@CUST@@ a customer, @@PHONE@@, @@DATE@@, @@N@@ a number,
# @@ACC@@ an account id, @@MAIL@@ a customer e-mail.
CHAT = [
    "can someone from @@C@@ look at @@TX@@? @@CUST@@ says the @@A@@ transfer to @@IBAN@@ never arrived",
    "card @@CARD@@ declined with `05 Do Not Honour` 3x in a row, customer is travelling in @@P@@",
    "SEPA Inst to @@BIC@@ timing out again (>10s), falling back to SCT. ETA T+1 :sweat_smile:",
    "KYC: passport MRZ says the name differently than the account (@@CUST@@ vs. the transliteration). "
    "Escalating to L2 per playbook §3.4",
    "AML alert on @@ACC@@: 9 inbound credits just under €1,000 within 36h. Flagging for review, not a SAR (yet)",
    "reminder: the PSD2 low-value SCA exemption is < €30 per payment AND max 5 in a row / €100 cumulative",
    "chargeback CB-@@N@@ reason 10.4 (Other Fraud – Card-Absent Environment), evidence due @@DATE@@",
    "FX EUR→GBP on the dashboard shows 0.8467 but the ECB ref rate is 0.8451 — are we applying the spread twice?",
    "payout batch po_b_@@N@@ partly rejected: `RJCT` / `AC01 IncorrectAccountNumber` for 3 of 412 items",
    "heads up: BaFin on-site visit next Tue, please make sure your DORA incident register entries are up to date",
    "who owns the `ledger-recon` cron? it's been red since 02:00 UTC @@L@@",
    "@@CUST@@ (@@PHONE@@) asks why @@A@@ shows twice on the statement — it's auth + capture, not a double charge",
    "is MCC 5411 or 5499 right for this merchant? affects interchange quite a bit",
    "our new BIN range 535522xx is live on Mastercard :tada:",
    "the sanctions screening flagged @@CUST@@ against the OFAC SDN list again; DOB and nationality differ, "
    "closing as false positive",
    "3DS2 frictionless rate on Visa dropped to 71% after the 08:00 deploy, see @@L@@",
    "IBAN check digits fail for @@IBAN@@ — customer probably swapped two digits, asked them to re-check",
    "webhook deliveries to merchant `acme-shop` fail with 410 Gone since yesterday; they moved their endpoint",
    "can I get a second pair of eyes on @@TX@@? amount is @@A@@, status `requires_action` for 3 days",
    "Pix refund of R$ 1.250,00 still not back, end-to-end id E9040088820240611@@N@@",
    "SPEI from @@CUST@@ of $12,500.00 MXN landed, CLABE matches ✅", "ty @@M@@!!", "on it", "ack", "lgtm",
    "who's on payouts rota today?", "brb, call with the partner bank", "merged, deploying ledger-api v4.@@N@@.0",
    "DD returned with `MD06` (refund request by end customer) — that's a SEPA Core R-transaction, no action from us",
    "treasury: EUR safeguarding account balance @@A@@ as of 06:00 CET, reconciled against ledger ✅",
    "the customer sent us their full card number in the chat again :face_palm: masked it, pls remind the macro",
    "merchant onboarding for `Café São Bento Lda` blocked on UBO declaration (25%+ owners)",
    "FPS payment to sort code 04-00-04 acc 12345678 bounced, `Beneficiary account closed`",
    "statement descriptor is `MONETA*ACME SHOP LDN` — customer doesn't recognise it, can we add the phone no.?",
    "anyone else seeing 429s from the Onfido API? our KYC queue is at 1.2k",
    "Olá equipa, o reembolso do cliente @@CUST@@ (€ 89,90) já foi processado?",
    "Hola, ¿el SPEI de @@CUST@@ ya se acreditó? Son $12,500.00 MXN",
    "Bonjour, le virement SEPA de 2 300,00 € est bloqué en conformité (contrôle LCB-FT), je regarde",
    "Moin! Die SEPA-Lastschrift wurde mit MD06 zurückgegeben, Betrag 49,99 €.",
    "お疲れ様です。返金処理（¥12,800）完了しました 🙏", "Dziękuję, przelew BLIK przeszedł 👍",
    "Ẹ káàárọ̀ everyone! the payout to GTBank landed at 09:14 WAT", "@@CUST@@ ने KYC दस्तावेज़ अपलोड कर दिए हैं",
    "تم تحويل المبلغ ١٬٢٥٠ درهم بنجاح", "Спасибо, платёж прошёл, закрываю тикет", "카드 결제 취소 완료했습니다 🙏",
    "感谢！退款已经处理好了", "Ευχαριστώ, η μεταφορά ολοκληρώθηκε", "Teşekkürler, EFT yarın sabah geçer",
    "lunch at the Time Out Market? 12:30, we're 6 🍽️", "it's 31°C in @@P@@ and the office AC died again",
    "is it going to rain in @@P@@ tomorrow? deciding whether to cycle in",
    "does anyone know the cut-off for TARGET2 today? customer wants same-day value",
    "quarter-end: please don't deploy ledger changes between 28.06. 18:00 and 01.07. 10:00 (freeze)",
    "merchant asks if we support Apple Pay MPANs or only DPANs for recurring — @@M@@ do you know?",
]
TECH = [
    "```\ncurl https://api.monetarails.com/v1/payments \\\n  -H \"Authorization: Bearer $MONETA_API_KEY\" \\\n"
    "  -H \"Idempotency-Key: 5f1c2a9e-7d43-4b8e-9a0c-3e2d1b6f7a88\" \\\n  -d amount=1999 \\\n  -d currency=eur \\\n"
    "  -d \"destination[iban]=DE89370400440532013000\" \\\n  -d \"metadata[order_id]=A-10293\"\n```",
    "```\n{\n  \"id\": \"evt_2Q8vH1xk\",\n  \"type\": \"transfer.failed\",\n  \"created\": 1718094122,\n  \"data\": {\n"
    "    \"object\": {\n      \"id\": \"tr_9Kd2QmX7\",\n      \"amount\": 125000,\n      \"currency\": \"eur\",\n"
    "      \"failure_code\": \"account_closed\",\n      \"destination\": {\"iban_last4\": \"3000\", \"bic\": "
    "\"COBADEFFXXX\"}\n    }\n  }\n}\n```",
    "webhook sig check failing for a merchant, their header looks fine: `Moneta-Signature: t=1718094122,"
    "v1=9f2c81d07aa4b6e3c1f0d2e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9` — clock skew? their server is 7 min behind",
    "```sql\nSELECT t.id, t.amount_minor / 100.0 AS amount, t.currency, t.status\nFROM transfers t\n"
    "JOIN accounts a ON a.id = t.account_id\nWHERE a.iban = 'GB29NWBK60161331926819'\n"
    "  AND t.created_at >= '2024-06-01'\nORDER BY t.created_at DESC\nLIMIT 50;\n```",
    "quick sanity check: `select count(*) from ledger_entries where debit_minor <> credit_minor and journal_id = "
    "'jr_20240610';` returns 3, should be 0 😬",
    "```python\nfrom decimal import Decimal, ROUND_HALF_EVEN\n\nfee = (Decimal(\"1249.90\") * Decimal(\"0.014\"))"
    ".quantize(Decimal(\"0.01\"), rounding=ROUND_HALF_EVEN)\nprint(fee)  # 17.50\n```",
    "IBAN mod-97 in one line if anyone needs it: "
    "`int(''.join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1`",
    "```\n:20:MRREF240611042\n:23B:CRED\n:32A:240611EUR1250,00\n:50K:/DE89370400440532013000\nMONETA RAILS LTD\n"
    ":57A:NWBKGB2L\n:59:/GB29NWBK60161331926819\nJANE O'NEILL\n:70:INV 2024-0611 / ORDER 7781\n:71A:SHA\n```",
    "```\n<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-20240611-000123</EndToEndId></PmtId>\n"
    "  <Amt><InstdAmt Ccy=\"EUR\">250.00</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BICFI>BNPAFRPP</BICFI>"
    "</FinInstnId></CdtrAgt>\n  <Cdtr><Nm>Chloé Dubois-Martin</Nm></Cdtr>\n"
    "  <CdtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></CdtrAcct>\n"
    "  <RmtInf><Ustrd>Facture 2024/06/118</Ustrd></RmtInf>\n</CdtTrfTxInf>\n```",
    "```\n2024-06-11T07:58:41.112Z ERROR payouts-worker batch=po_b_7781 provider=modulr status=422 "
    "body={\"code\":\"INVALID_SORT_CODE\",\"message\":\"Sort code 04-00-04 is not reachable via FPS\"}\n"
    "2024-06-11T07:58:41.530Z INFO  payouts-worker batch=po_b_7781 retry_in=300s attempt=2/5\n```",
    "```\n$ kubectl -n payments rollout restart deploy/ledger-api\ndeployment.apps/ledger-api restarted\n"
    "$ kubectl -n payments get pods -l app=ledger-api\nNAME                          READY   STATUS    RESTARTS   AGE\n"
    "ledger-api-6f9b7c9d8-2xq4p   1/1     Running   0          41s\n```",
    "```\ncom.monetarails.ledger.InsufficientFundsException: balance 1204.17 EUR < debit 1250.00 EUR "
    "(account acc_7HfQ2)\n\tat com.monetarails.ledger.PostingService.post(PostingService.java:211)\n"
    "\tat com.monetarails.api.TransfersController.create(TransfersController.java:88)\n```",
    "```\ndate,description,amount,currency,balance\n2024-06-10,\"CARD PAYMENT TO TESCO STORES 3297, LONDON\","
    "-23.45,GBP,1210.55\n2024-06-10,\"FPS CREDIT FROM O'CONNOR S\",500.00,GBP,1710.55\n```",
    "`cat evt.json | jq '.data.object | {id, amount, currency, status}'`",
    "the BIC regex in the validator: `^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$` — accepts 8 and 11 chars",
    "sheet formula for the recon: `=SUMIFS(D:D, B:B, \"EUR\", C:C, \">=\"&DATE(2024,6,1))`",
    "```\n| reason code | count | amount |\n|---|---|---|\n| 10.4 | 41 | €12,904.10 |\n| 13.1 | 17 | €3,220.00 |\n"
    "| 4853 | 9 | €1,145.50 |\n```",
    "```ts\nconst payment = await moneta.payments.create({\n  amount: 4999,\n  currency: 'gbp',\n"
    "  destination: { sortCode: '20-00-00', accountNumber: '55779911' },\n}, { idempotencyKey: orderId });\n```",
    "```\nHTTP/1.1 402 Payment Required\nContent-Type: application/json\n\n{\"error\": {\"type\": \"card_error\", "
    "\"code\": \"card_declined\", \"decline_code\": \"insufficient_funds\", \"last4\": \"4242\"}}\n```",
    "```go\namt, err := decimal.NewFromString(\"1249.90\")\nif err != nil {\n    return fmt.Errorf("
    "\"parse amount: %w\", err)\n}\nminor := amt.Shift(2).IntPart() // 124990\n```",
    "```yaml\npayout_limits:\n  GBP: {daily: 250000, single: 50000}\n  EUR: {daily: 300000, single: 60000}\n"
    "  NGN: {daily: 150000000, single: 25000000}\n```",
    "```\n$ psql ledger -c \"\\copy (select * from chargebacks where opened_at >= '2024-06-01') to 'cb_june.csv' "
    "csv header\"\n"
    "COPY 67\n```",
]
LONG = [
    "Macro *Refund – processed* (v3), please use from today:\n>Hi {{customer.first_name}},\n>Good news: we've refunded "
    "{{refund.amount | money}} to your card ending {{card.last4}}. Depending on your bank it can take 5–10 business "
    "days to show.\n>If anything looks off, just reply to this e-mail.\n>— {{agent.first_name}}, Moneta Support",
    "Draft of the KYC re-submission macro, feedback welcome :pray:\n```\nHi {{first_name}},\n\nunfortunately we "
    "couldn't verify your identity with the document you sent ({{document.type}}, expires {{document.expiry}}).\n"
    "Please upload a valid passport or national ID card (both sides) here: {{kyc_link}}\n\n"
    "Thanks,\n{{agent_name}}\n```",
    "*Incident update* (10:05 BST)\n• Impact: FPS payouts delayed up to 25 min for ~3% of customers\n• Cause: partner "
    "bank's gateway returning 503\n• Mitigation: routing new payouts via the secondary rail\n• Next update: 10:35",
    "Release notes *public-api 2024-06-11*:\n1. `GET /v1/payments` accepts `created[gte]` / `created[lt]`\n2. webhooks "
    "retry with exponential backoff (1m, 5m, 30m, 2h, 12h)\n3. new decline code `sca_required` for EEA cards\n"
    "4. fixed: names with apostrophes (O'Neill, D'Angelo) were rejected by beneficiary validation",
    "-------- Forwarded message --------\nFrom: @@CUST@@ <@@MAIL@@>\nDate: Mon, 10 Jun 2024 22:41\nSubject: Re: "
    "Your transfer @@TX@@\n\nHello, I sent @@A@@ to my landlord (IBAN @@IBAN@@) on Friday and he still has nothing.\n"
    "My phone is @@PHONE@@ if you want to call. Thank you!!",
    "Compliance reminder :rotating_light:\n- never paste full PANs in Slack, use the last 4 (`**** 4242`)\n- customer "
    "ID documents only in the KYC tool, not in threads\n- SAR decisions stay in #compliance-private\n"
    "Questions → @@M@@",
    "On-call handover :wave:\n```\nopen:   PAY-7731 (SEPA Inst timeouts to 2 banks), KYC-1204 (Onfido 429s)\n"
    "fixed:  PAY-7720, PAY-7724\nwatch:  payout batch po_b_7781 retrying, 3 items AC01\n```\nquiet night otherwise 🎉",
    "Agenda for the chargebacks sync:\n- [ ] 10.4 spike from merchant `acme-shop` (41 this week)\n- [x] new "
    "representment template\n- [ ] Mastercard 4853 evidence checklist\n- [ ] AOB\n\n_add yours_ :point_down:",
    "Plan for Saturday's ledger migration (06:00 UTC):\n1) freeze payouts at 05:30\n2) `pg_dump -Fc ledger > "
    "ledger-$(date +%F).dump`\n3) run the migration, ~14 min on staging\n4) smoke test: create a €1.00 transfer "
    "between two test accounts\n5) unfreeze\nRollback: restore the dump.",
    "Survey: where should the H2 offsite be? (n=211)\n| city | votes |\n|---|---|\n| Lisbon | 88 |\n| Vilnius | 61 |\n"
    "| Lagos | 62 |\nLisbon wins 🇵🇹",
    "For the ones asking about the new fees (effective 01.07.2024):\n• SEPA payouts: €0.20 flat\n• FPS: £0.15\n"
    "• Cross-border SWIFT (OUR): €9.00 + correspondent fees\n• FX markup: 0.35% above mid-market, 0.5% weekends",
]
COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "Weather @@P@@?", "weather @@P@@ tomorrow pls",
            "remember location @@P@@", "remember location @@P@@", "remember location @@P@@ 🏠", "my location",
            "forget location", "help", "config", "config timezone @@TZ@@", "config tz @@TZ@@",
            "config alert_time @@T@@", "config alert @@T@@", "config units metric", "config units imperial",
            "config unit imperial", "alerts on", "alerts off", "login", "forget me", "hi jeeves 👋", "what can you do?",
            "fx EUR GBP", "balance", "weather at the Lisbon office", "is it raining in @@P@@",
            "remember location Canary Wharf (office)", "weather 🌧️ @@P@@", "thanks!", "Help"]


class Week(WebApp):
    """Moneta Rails' people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_thirtyninth-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token = TEAM, APP_ID, BOT_USER, "mR7pQw2LxZ9vK3nB8tY4hC1d"
    ts_window = event_window = (0, 5 * 86400)
    context_bytes = 33
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.staff: list[dict[str, str]] = []
        for i, name in enumerate(STAFF * 4):
            ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
            parts = [p for p in ascii_name.replace("'", "").replace("-", " ").split() if p]
            handle = ".".join(parts[:2]) + (str(i) if i >= len(STAFF) else "")
            self.staff.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                               "email": f"{handle}@monetarails.com", "tz": self.pick(TIMEZONES)})

    # ---- small random pieces -----------------------------------------------------------------------------
    def amount(self) -> str:
        major = self.pick([self.rng.randint(1, 99), self.rng.randint(100, 9999), self.rng.randint(1000, 250000)])
        minor = self.rng.randint(0, 99)
        fmt = self.rng.randint(0, 17)
        grouped = f"{major:,}"
        if fmt == 0:
            return f"€{grouped.replace(',', '.')},{minor:02d}"
        if fmt == 1:
            return f"{grouped.replace(',', ' ')},{minor:02d} €"
        if fmt == 2:
            return f"EUR {grouped}.{minor:02d}"
        if fmt == 3:
            return f"£{grouped}.{minor:02d}"
        if fmt == 4:
            return f"GBP {major}"
        if fmt == 5:
            return f"${grouped}.{minor:02d}"
        if fmt == 6:
            return f"¥{major * 100:,}"
        if fmt == 7:
            return f"₹{grouped}.{minor:02d}"
        if fmt == 8:
            return f"R$ {grouped.replace(',', '.')},{minor:02d}"
        if fmt == 9:
            return f"CHF {grouped.replace(',', chr(39))}.{minor:02d}"
        if fmt == 10:
            return f"{grouped.replace(',', ' ')},{minor:02d} zł"
        if fmt == 11:
            return f"₦{major * 1000:,}.00"
        if fmt == 12:
            return f"KES {grouped}"
        if fmt == 13:
            return f"{major}.{minor:02d} USD"
        if fmt == 14:
            return f"SGD {grouped}.{minor:02d}"
        if fmt == 15:
            return f"{major / 1000:.1f}k EUR"
        if fmt == 16:
            return f"amount_minor={major * 100 + minor}"
        return f"MXN ${grouped}.{minor:02d}"

    def date(self) -> str:
        day, month = self.rng.randint(1, 28), self.pick([5, 6, 6, 6, 7])
        return self.pick([f"2024-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/2024", f"{month}/{day}/24",
                          f"{day:02d}.{month:02d}.2024", f"{day} {['May', 'Jun', 'Jul'][month - 5]} 2024",
                          f"{['May', 'Jun', 'Jul'][month - 5]} {day}", f"2024-{month:02d}-{day:02d}T23:59:59Z"])

    def txid(self) -> str:
        alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        kind = self.pick(["tx_01HZ", "tr_", "po_", "pi_", "re_", "ch_"])
        return kind + "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(8, 22)))

    def card(self) -> str:
        last4 = self.pick(["4242", "1881", "0005", "9424", "4444", "0117", "8431", "3220"])
        return self.pick([f"**** {last4}", f"•••• {last4}", f"ending {last4}", f"535522******{last4}",
                          f"xxxx-xxxx-xxxx-{last4}", f"4242 42** **** {last4}"])

    def customer_mail(self) -> str:
        name = self.pick(CUSTOMERS).encode("ascii", "ignore").decode().lower()
        local = ".".join(p for p in name.replace("'", "").split() if p) or f"client{self.rng.randint(10, 99)}"
        return f"{local}{self.pick(['', '', '+moneta', '1987', '_'])}@{self.pick(EMAIL_DOMAINS)}"

    def alert_time(self) -> str:
        return f"{self.pick([6, 6, 7, 7, 7, 8, 8, 9, 12, 17, 18, 22]):02d}:{self.pick(['00', '15', '30', '45', '05'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own markup."""
        out = slack_escape(text) if slack else text

        def esc(value: str) -> str:
            return slack_escape(value) if slack else value

        pieces: dict[str, Callable[[], str]] = {
            "@@P@@": lambda: esc(self.pick(PLACES)), "@@A@@": lambda: esc(self.amount()),
            "@@IBAN@@": lambda: self.pick(IBANS), "@@BIC@@": lambda: self.pick(BICS), "@@TX@@": self.txid,
            "@@CARD@@": self.card, "@@CUST@@": lambda: esc(self.pick(CUSTOMERS)),
            "@@PHONE@@": lambda: self.pick(PHONES),
            "@@DATE@@": self.date, "@@N@@": lambda: str(self.rng.randint(10, 99999)),
            "@@ACC@@": lambda: "acc_" + self.token(6)[:8], "@@TZ@@": lambda: self.pick(TIMEZONES),
            "@@T@@": self.alert_time,
        }
        while "@@M@@" in out:
            p = self.pick(self.staff)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|this", "|dashboard", "|the ticket", "|PR", "|runbook"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        while "@@MAIL@@" in out:
            mail = self.customer_mail()
            out = out.replace("@@MAIL@@", f"<mailto:{mail}|{mail}>" if slack else mail, 1)
        for key, make in pieces.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def message_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
        elif roll < 0.85:
            text = self.pick(["", "", "fyi ", "seeing this in prod:\n", "any idea? ", "@@M@@ ", "hmm\n"]) \
                + self.pick(TECH)
            if self.chance(0.25):
                text += "\n" + self.pick(["thoughts?", "cc @@M@@", "fixed by retrying", "(staging)", "🙏"])
        else:
            text = self.pick(LONG)
        return self.fill(text)

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    # ---- Slack: Events API -------------------------------------------------------------------------------
    def blocks(self, text: str, mention: bool) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if mention:
            elements.append({"type": "rich_text_section", "elements": [{"type": "user", "user_id": BOT_USER}]})
        if "```" in raw:
            before, _, rest = raw.partition("```")
            code, _, after = rest.partition("```")
            if before.strip():
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": before}]})
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code}],
                             "border": 0})
            if after.strip():
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, kind: str = "message",
                user: str | None = None) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": user or self.pick(self.staff)["id"], "type": kind, "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text, kind == "app_mention")
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.staff)["id"]
        event["channel"] = channel
        event["event_ts"] = ts
        if kind == "message":
            event["channel_type"] = channel_type
        return event

    def events_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))}

    def dm_channel(self) -> str:
        return self.sid("D0", 9)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "mR7pQw2LxZ9vK3nB8tY4hC1d", "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.5):
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + self.command_text()
        else:
            body = self.message_text()
            place = slack_escape(self.pick(PLACES))
            text = self.pick([f"<@{BOT_USER}> {body}", f"{body}\n<@{BOT_USER}> weather {place}",
                              f"{body} (sorry <@{BOT_USER}>, wrong tag)", f"cc <@{BOT_USER}> {body}"])
        return self.record("slack-mention", "json", self.events_request(self.message(text, cid, "channel",
                                                                                     "app_mention")))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.72) else self.message_text()
        return self.record("slack-dm", "json", self.events_request(self.message(text, self.dm_channel(), "im")))

    def slack_edit(self) -> dict[str, Any]:
        channel = self.dm_channel()
        old = self.message(self.command_text(), channel, "im")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (typo)", "", " pls", " — sorry, meant Lisbon"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": channel, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack-edit", "json", self.events_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.dm_channel()
        link = self.pick(LINKS)
        title, text = self.pick([
            ("Create a payment | Moneta Rails API", "POST /v1/payments creates a payment. Amounts are in minor "
                                                     "units (e.g. 1999 = €19.99). Use an Idempotency-Key header."),
            ("PAY-7731: SEPA Inst timeouts to 2 partner banks", "Status: In Progress · Assignee: Kwame Mensah · "
                                                                "Priority: P2"),
            ("Partial FPS payout delays — resolved", "Between 08:10 and 09:02 BST some Faster Payments payouts were "
                                                     "delayed. All payments have now been processed."),
            ("ledger: round half-even for FX fees #2291", "Fees were rounded half-up in 3 places; this aligns them "
                                                         "with the spec (§4.2) and adds property tests."),
            ("Euro foreign exchange reference rates", "EUR 1 = GBP 0.8451 · USD 1.0743 · CHF 0.9612 · PLN 4.3315"),
            ("Money Laundering Regulations | FCA", "Firms must apply customer due diligence (CDD) measures, "
                                                   "including enhanced due diligence (EDD) where the risk is high."),
        ])
        old = self.message(f"<{slack_escape(link)}>", channel, "im")
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "fallback": f"{title}", "title": title,
                               "title_link": link, "text": text, "service_name": urllib.parse.urlsplit(link).hostname,
                               "id": 1}]
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": channel, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack-unfurl", "json", self.events_request(event))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(["statement_2024-05 (1).pdf", "chargeback_evidence_CB-88213.zip",
                          "Screenshot 2024-06-11 at 09.14.52.png", "recon_diff_20240610.csv",
                          "KYC-checklist_v4 FINAL.docx", "IBAN-Liste_Juni.xlsx", "pain.001_batch_7781.xml",
                          "comprovante_pix.jpeg", "請求書_6月.pdf"])
        event = self.message(self.fill(self.pick(["", "is this the right format for the weather export?",
                                                  "here's the recon diff from this morning",
                                                  "oops wrong chat, ignore 🙈", "for @@M@@ (PoA for @@CUST@@)"])),
                             self.dm_channel(), "im")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 400000), "name": name, "title": name,
                           "mimetype": {"pdf": "application/pdf", "png": "image/png", "csv": "text/csv",
                                        "xml": "application/xml", "jpeg": "image/jpeg"}.get(ext,
                                                                                             "application/octet-stream"),
                           "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(900, 6_000_000), "is_external": False, "is_public": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = True
        event["display_as_bot"] = False
        return self.record("slack-file", "json", self.events_request(event))

    def weather_line(self) -> str:
        place = self.pick(["London, United Kingdom", "Lisbon, Portugal", "Vilnius, Lithuania", "Lagos, Nigeria",
                           "São Paulo, Brazil", "Berlin, Germany", "Nairobi, Kenya", "Singapore, Singapore",
                           "Frankfurt am Main, Germany", "Dublin, Ireland", "Ciudad de México, Mexico"])
        t = self.rng.randint(-2, 34)
        return (f"{place}: {self.pick(['clear sky', 'partly cloudy', 'overcast', 'light rain', 'thunderstorm'])}, "
                f"{t}°C, wind {self.rng.randint(2, 40)} km/h; today {t - 4}°C to {t + 3}°C, "
                f"{self.rng.randint(0, 100)}% chance of precipitation")

    def slack_botecho(self) -> dict[str, Any]:
        text = self.pick([self.weather_line(), "Daily weather alerts are on, every day at 07:30 (Europe/Lisbon).",
                          "Sorry, I did not understand that. Here is what I can do:\n• `alerts on|off`: daily weather "
                          "alert for your location at your alert_time\n• `help`: this list",
                          "Saved. Your settings:\n• alert_time: 07:45\n• alerts: on\n• timezone: Europe/London\n"
                          "• units: metric", "Where? Try `weather Paris`, or `remember location Paris` once."])
        ts = self.ts()
        event = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER, "ts": ts,
                 "app_id": APP_ID, "team": TEAM,
                 "bot_profile": {"id": BOT_ID, "app_id": APP_ID, "name": "Jeeves", "deleted": False, "team_id": TEAM},
                 "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                             "text": {"type": "mrkdwn", "text": slack_escape(text), "verbatim": False}}],
                 "channel": self.dm_channel(), "event_ts": ts, "channel_type": "im"}
        return self.record("slack-botecho", "json", self.events_request(event))

    def slack_deleted(self) -> dict[str, Any]:
        channel = self.dm_channel()
        old = self.message(self.message_text(), channel, "im")
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": channel, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im",
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")}}
        return self.record("slack-deleted", "json", self.events_request(event))

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.pick(self.staff)["id"],
                                 "channel": self.dm_channel(), "tab": self.pick(["home", "home", "home", "messages"]),
                                 "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4],
                 "text": {"type": "mrkdwn", "text": f"*Location:* {self.pick(PLACES)}\n*Units:* metric\n*Daily alert:* "
                                                    f"on at {self.alert_time()} ({self.pick(TIMEZONES)})",
                          "verbatim": False}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}},
                "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title"},
                "clear_on_close": False, "notify_on_close": False, "root_view_id": None, "previous_view_id": None,
                "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.record("slack-home", "json", self.events_request(event))

    # ---- Slack: slash commands and buttons ---------------------------------------------------------------
    def command(self) -> dict[str, Any]:
        person = self.pick(self.staff)
        cid, cname = self.pick(CHANNELS + [(self.dm_channel(), "directmessage")] * 8)
        fields = [("token", "mR7pQw2LxZ9vK3nB8tY4hC1d"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", person["id"]),
                  ("user_name", person["handle"]), ("command", "/jeeves"), ("text", self.command_text()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")), ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        person = self.pick(self.staff)
        cid, cname = self.pick(CHANNELS + [(self.dm_channel(), "directmessage")] * 6)
        roll = self.rng.random()
        if roll < 0.7:
            place = self.pick(PLACES)
            summary = self.weather_line()
            action = {"action_id": "set_location", "block_id": self.token(4)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": place, "type": "button", "action_ts": self.ts()}
            blocks = [{"type": "section", "block_id": self.token(4)[:5],
                       "text": {"type": "mrkdwn", "text": summary, "verbatim": False}},
                      {"type": "actions", "block_id": action["block_id"], "elements": [
                          {"type": "button", "action_id": "set_location", "value": place,
                           "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]
        else:
            confirm = roll < 0.85
            summary = "This deletes your location, settings and history. Are you sure?"
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "block_id": self.token(4)[:5], "value": "-", "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel", "emoji": True}}
            if confirm:
                action["style"] = "danger"
            blocks = [{"type": "section", "block_id": self.token(4)[:5],
                       "text": {"type": "mrkdwn", "text": summary, "verbatim": False}},
                      {"type": "actions", "block_id": action["block_id"], "elements": [
                          {"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                           "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}},
                          {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                           "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}]}]
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": "mR7pQw2LxZ9vK3nB8tY4hC1d",
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        if self.chance(0.5):
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": summary, "user": BOT_USER,
                                  "ts": msg_ts, "app_id": APP_ID, "blocks": blocks, "team": TEAM}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API ------------------------------------------------------------------------------------
    def bearer(self, client: str) -> str:
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(32)}
        iat = EPOCH + self.rng.randint(0, 5 * 86400)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": "jeeves",
                  "iat": iat, "nbf": iat, "exp": iat + 900, "jti": self.uuid(),
                  "scope": self.pick(["read", "read write", "read"])}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def script_headers(self) -> tuple[str, dict[str, str]]:
        client = self.pick(SCRIPT_CLIENTS)
        ua = {"ledger-recon": "python-httpx/0.27.0", "support-dashboard": "axios/1.7.2",
              "kyc-sync": "okhttp/4.12.0", "ci-smoke": "curl/8.7.1", "metabase-cs": "Metabase/v0.50.3",
              "treasury-fx": "Go-http-client/2.0", "jeeves-worker": "python-requests/2.32.3",
              "ops-cli": "moneta-ops/1.4.2 (darwin; arm64) go1.22.4"}[client]
        h = {"User-Agent": self.pick([ua, ua, ua, "PostmanRuntime/7.39.0", "HTTPie/3.2.2", "insomnia/9.2.0",
                                      "k6/0.51.0 (https://k6.io/)"]),
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.bearer(client)}
        if h["User-Agent"].startswith("Postman"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.35):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,moneta={self.hexs(16)}"
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"recon.{self.hexs(12)}", f"ops-cli:{self.hexs(8)}"])
        if self.chance(0.12):
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-trace_id={trace},sentry-environment=production,sentry-release=support-dashboard"
                            f"%402024.6.{self.rng.randint(1, 11)},sentry-public_key={self.hexs(32)}")
        return client, h

    def api(self) -> dict[str, Any]:
        client, h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = []
            if self.chance(0.85):
                params.append(("limit", self.pick(["50", "100", "500", "25", "1", "200"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 500, 1000, 1500]))))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0"])))
            if self.chance(0.25):
                params.append(("alerts", self.pick(["on", "off", "true", "false"])))
            if self.chance(0.3):
                params.append(("team_id", self.pick([TEAM, TEAM, "T05MRPARTNR"])))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api-users", "query", self.get_request(uri, h))
        if roll < 0.48:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 1400)}", h))
        if roll < 0.68:
            person = self.pick(self.staff)
            doc: dict[str, Any] = {}
            pick = self.rng.random()
            if pick < 0.25:
                doc = {"name": self.pick([person["name"], self.pick(STAFF), person["name"].upper()])}
            elif pick < 0.4:
                doc = {"email": person["email"], "name": person["name"]}
            elif pick < 0.55:
                doc = {"is_active": self.chance(0.4)}
            elif pick < 0.62:
                doc = {"is_admin": self.chance(0.5)}
            elif pick < 0.92:
                doc = self.settings_patch(pick < 0.8, person["tz"], self.alert_time, 0.6)
            else:
                doc = {"name": person["name"], "is_active": True,
                       "settings": {"timezone": person["tz"], "units": "metric", "alerts": True,
                                    "alert_time": self.alert_time()}}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            uri = f"/api/users/{self.rng.randint(1, 1400)}"
            return self.record("api-patch", "json", {"method": "PATCH", "uri": uri, "body": body, "headers": h})
        if roll < 0.84:
            day = self.rng.randint(1, 10)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}",
                               f"2024-06-{day:02d}T00:00:00+01:00",
                               f"2024-05-{day + 18:02d}T08:30:00.000Z", f"2024-06-{day:02d} 06:00",
                               f"2024-06-{day:02d}T00:00:00.000000+00:00"])
            params = [("since", since)]
            if self.chance(0.65):
                params.append(("until", self.pick(["2024-06-11T23:59:59Z", "2024-06-11", "2024-06-12T00:00:00+01:00",
                                                   "2024-06-11T18:00:00.000Z"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", self.get_request(uri, h))
        if roll < 0.92:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        action = self.pick(["weather", "remember_location", "my_location", "forget_location", "alerts", "config",
                            "login", "forget_me", "help"])
        doc = {"enabled": self.chance(0.7)}
        if self.chance(0.5):
            doc["team_id"] = self.pick([TEAM, "*", "T05MRPARTNR"])
        h["Content-Type"] = "application/json"
        return self.record("api-switch", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                  "body": json.dumps(doc), "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------------
    def browser_headers(self, site: str = "same-origin", form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.06.10 (iPhone; iOS 17.5.1)",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.6478.71 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.39.90 Chrome/126.0.6478.61 Electron/31.0.1 Safari/537.36 Sonic Slack_SSB/4.39.90"])
        h = {"User-Agent": ua, "Accept-Encoding": "gzip, deflate, br, zstd",
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-US,en;q=0.9", "pt-PT,pt;q=0.9,en;q=0.8",
                                           "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8",
                                           "lt-LT,lt;q=0.9,en-US;q=0.8,en;q=0.7", "en-NG,en;q=0.9", "fr-FR,fr;q=0.9",
                                           "es-MX,es;q=0.9,en;q=0.8", "pl,en-US;q=0.7,en;q=0.3"]),
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": site}
        if site != "none" or form:
            h["Sec-Fetch-User"] = "?1"
        if "Chrome/" in ua:
            ver = ua.split("Chrome/")[1].split(".")[0]
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="{ver}", "{brand}";v="{ver}"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua else '"macOS"'
        if form:
            h["Origin"] = "null"  # the pages are served with Referrer-Policy: no-referrer
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.15):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Jun+10+2024+09%3A12%3A03+GMT%2B0100"
                                            "&version=202403.1.0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0"))
        if self.chance(0.1):
            extra.append(("intercom-device-id-x7k2m9", self.uuid()))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.26:
            person = self.pick(self.staff)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["id"], TEAM, "@monetarails.com", "o'connor", "ní bhriain", "wójcik", "d'souza",
                           "Adébáyọ̀", "lópez-ortiz", "kazlauskaitė", "contractor", "test", "support", "U06",
                           person["handle"], person["name"].lower()])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 8)))] if self.chance(0.2) else [])
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.38:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.staff)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("q", self.pick([person["name"], person["email"], "",
                                                                                  "o'connor"])),
                                           ("page", str(self.rng.randint(1, 4))), ("value", self.pick(["0", "1"]))])
            uri = f"/admin/users/{self.rng.randint(1, 1400)}/{self.pick(['active', 'admin', 'active'])}"
            return self.record("admin-user-flag", "form", {"method": "POST", "uri": uri, "headers": h, "body": body})
        if roll < 0.47:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            if self.chance(0.2):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, "T05MRPARTNR"]))]
                return self.record("admin-feature-remove", "form", {
                    "method": "POST", "uri": "/admin/features/remove", "headers": h,
                    "body": urllib.parse.urlencode(fields)})
            fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
            if self.chance(0.4):
                fields.append(("team_id", self.pick([TEAM, "t05mrpartnr", " T05MRPARTNR "])))
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.57:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "client.create", "client.rotate", "login", "login.slack", "feature.set",
                           "kyc-sync", "ledger-recon", "2024-06-10", "denied", "failed", "siobhan", "admin.map_slack",
                           "user.forget_me", "T03MNTRAIL/U0"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.25) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.72:
            h = self.browser_headers(self.pick(["same-origin", "none"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=o%27connor&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_disabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/audit?page=3", "/admin/account?done=totp_enabled"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.75:
            h = self.browser_headers()
            h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
            h.pop("Upgrade-Insecure-Requests", None)
            h.pop("Sec-Fetch-User", None)
            return self.record("admin-static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.84:
            login_csrf = self.token()
            if self.chance(0.35):
                h = self.browser_headers(self.pick(["none", "same-origin"]))
                nxt = self.pick(["", "?next=%2Fadmin%2Fusers", "?next=%2Fadmin%2Fclients", "?bye=1",
                                 "?next=%2Fadmin%2Fusers%3Fq%3Do%2527connor"])
                return self.record("admin-login-page", "query", self.get_request("/admin/login" + nxt, h))
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", login_csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", login_csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["ops.admin", "siobhan.oc", "k.mensah", "compliance-lead",
                                              "it-breakglass"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.93:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            client_id, description = self.pick([
                ("ledger-recon", "Nightly ledger reconciliation — reads /api/usage/stats (owner: #eng-ledger)"),
                ("metabase.cs", "Metabase dashboard for CS (read-only), contact: Siobhán O'Connor"),
                ("kyc:bridge", "KYC vendor bridge (Onfido → Jeeves users) — AML/PSD2 audit trail, ticket KYC-1204"),
                ("ci-smoke", "CI smoke test: GET /api/users?limit=1 after every deploy"),
                ("treasury_fx.daily", "Treasury FX job, 06:00 CET; posts EUR/GBP & EUR/PLN rates to #treasury"),
                ("support-dashboard", "Support dashboard (Retool) — agents see user settings, no write access"),
                ("ops-cli", "moneta-ops CLI for on-call engineers; scopes: read + write (switches)"),
                ("partner-bank.sandbox", ""), ("ledger-recon-2", "Replacement for ledger-recon (rotated 2024-06-11)")])
            if self.chance(0.2):
                return self.record("admin-client-state", "form", {
                    "method": "POST", "headers": h, "body": urllib.parse.urlencode([("csrf_token", csrf)]),
                    "uri": f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/"
                           f"{self.pick(['rotate', 'disable', 'enable'])}"})
            fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description), ("scopes", "read")]
            if self.chance(0.35):
                fields.append(("scopes", "write"))
            return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.97:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                fields = [("csrf_token", csrf), ("username", self.pick(["siobhan.oc", "k.mensah"]))]
                return self.record("admin-slack-unmap", "form", self.form_request("/admin/slack-sign-in/remove", h,
                                                                                  fields))
            fields = [("csrf_token", csrf), ("username", self.pick(["ops.admin", "siobhan.oc", "k.mensah",
                                                                    "compliance-lead"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.staff)["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([
            ("/admin/logout", [("csrf_token", csrf)]),
            ("/admin/account/totp/start", [("csrf_token", csrf)]),
            ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", "JBSWY3DPEHPK3PXPMR7Q2ABC"),
                                             ("totp", f"{self.rng.randint(0, 999999):06d}")])])
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.7):
            boundary = self.form_boundary("webkit")
        else:
            boundary = "-" * 27 + "".join(str(self.rng.randint(0, 9)) for _ in range(29))
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.staff)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick(["none", "same-origin", "cross-site"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            kind = "me-location"
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick([person["tz"], person["tz"], "UTC"]))]
            if self.chance(0.6):
                fields.insert(2, ("alerts", "on"))
            kind = "me-settings"
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        if kind != "me-action" and self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick(["none", "cross-site", "same-origin"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["same-origin", "none"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.58:
            state = self.token()
            h = self.browser_headers("cross-site")
            h["Referer"] = self.pick(["https://slack.com/", "https://moneta-rails.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.7:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.85:
            h = self.browser_headers("cross-site")
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser_headers(form=True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata -------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(SCRIPT_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(["python-httpx/0.27.0", "curl/8.7.1", "Go-http-client/2.0", "okhttp/4.12.0",
                                      "python-requests/2.32.3", "Apache-HttpClient/5.3.1 (Java/21.0.3)",
                                      "moneta-ops/1.4.2 (darwin; arm64) go1.22.4"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.bearer(client)
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Datadog/Synthetics",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "ELB-HealthChecker/2.0", "Better Stack Better Uptime Bot Mozilla/5.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.65:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "jwks-rsa/3.1.0", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.2", "nimbus-jose-jwt/9.40"]),
                 "Accept": "application/json"}
            if self.chance(0.4):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"'
            return self.record("meta-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.8:
            h = {"User-Agent": self.pick(["Authlib/1.3.1", "curl/8.7.1", "python-httpx/0.27.0"]),
                 "Accept": "application/json"}
            return self.record("meta-oauth", "header", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Swagger-Codegen/3.0.54/java", "PostmanRuntime/7.39.0",
                                      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, "
                                      "like Gecko) Chrome/126.0.0.0 Safari/537.36"]),
             "Accept": "application/json"}
        if h["User-Agent"].startswith("Mozilla"):
            h["Referer"] = "https://docs.monetarails.com/internal/jeeves-api"
            h["Sec-Fetch-Site"] = "cross-site"
        uri = self.pick(["/api/openapi.json", "/api/openapi.json", "/openapi.json"])
        return self.record("meta-openapi", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                      "body": "", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 250), ("slack_dm", 220), ("slack_edit", 20), ("slack_unfurl", 18), ("slack_file", 18),
    ("slack_botecho", 30), ("slack_deleted", 8), ("slack_home", 45), ("command", 300), ("interaction", 140),
    ("api", 265), ("admin", 130), ("me", 85), ("auth", 55), ("oauth", 70), ("health", 45),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, in the order it happens (kinds interleaved)."""
    return planned(Week(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
