"""Benign evaluation set (fiftyfirst): a crypto exchange's support and compliance desk through the edge, benign only.

The company is Corvid Exchange, a spot and derivatives crypto exchange with support and compliance teams in Dublin,
Vilnius, Singapore, São Paulo, Lagos, Istanbul, Seoul, Manila and Dubai. Its support agents, KYC reviewers, AML and
sanctions analysts, wallet-ops engineers and the MLRO's office use Jeeves to check the weather for commutes, typhoon
and monsoon days, trips to regulators and conferences, and they write to it (and around it, in threads it is
mentioned in) the way they write to each other: wallet addresses of every chain (bc1q..., 0x..., T..., r... with
destination tags), transaction hashes and explorer links, tickers and pairs (BTC/USDT, ETH-PERP), amounts and prices
in many currencies, limit and stop orders with < and >, gas fees in gwei and sat/vB, KYC and AML case notes,
Travel Rule requests, sanctions screening outcomes, report filters typed by analysts, customers' names in many
languages and scripts, ticket numbers, emoji, abbreviations, multi-line notes and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' buttons (set_location, forget_me_confirm, forget_me_cancel), the data API
with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token, `/me/`,
Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The Slack app core, the Events API's shared shapes, TokenDealer's client_credentials fields, /me/, verify_token and
the probes come from the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py); this module
keeps its vocabulary, texts, its own request shapes and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message,
SlackApp.slack_request, SlackApp.inner, SlackApp.maybe_append, SlackApp.trigger, WebApp.form_request,
WebApp.token_request, WebDay.ch_platform, WebApp.signed_in, WebApp.oidc_params, WebApp.link_preview,
WebApp.link_signin and WebApp.oidc_callback from the shared modules.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import HELP_REPLY, file_urls
from .evaluator_web import WebDay
from .records import b64url, no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftyfirst"
SEED = 51_2024_1112
EPOCH = 1731398400  # 2024-11-12 08:00 UTC, a Tuesday: BTC near its high, withdrawal queues long, Devcon in Bangkok
TEAM, TEAM_DOMAIN = "T03CVXSUPP", "corvid-exchange"
PARTNER_TEAM = "T06CVXLATAM"  # the São Paulo / Buenos Aires support workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A05JVCRVX1", "U05JEEVESX", "B05JEEVES7"
HOST = "jeeves.corvidx.com"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "Zq8mWv3TnR6yLp1KcX4hBs7d"

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

FIRST = ["Siobhán", "Jūratė", "Adaeze", "Şeyma", "Ji-woo", "João Vitor", "Mairéad", "Tomás", "Oluwaseun", "Emre",
         "Kristijonas", "Nguyễn Minh", "Aigerim", "Rafael", "Chiamaka", "Dovilė", "Hyun-woo", "Beatriz", "Ciarán",
         "Fatma", "Marisol", "Rizwan", "Ngozi", "Paulo", "Yasmin", "Mikael", "Lakshmi", "Gintarė", "Aoife", "Kemal",
         "Kwabena", "Ana Luíza", "Jean-Luc", "Mei", "Darragh", "Zeynep", "Ifeoma", "Ramón", "Hana", "Žygimantas",
         "Carlo Miguel", "Maria Clara"]
LAST = ["Ní Mhurchú", "Kazlauskienė", "Okonkwo", "Yıldırım", "Park", "Albuquerque", "O'Brien", "Ó Floinn",
        "Adeyemi", "Çelik", "Petrauskas", "Châu", "Nurlanovna", "O'Connor-Díaz", "Eze", "Žukauskaitė", "Kim",
        "dos Santos", "Mac an tSaoi", "Aydın", "Villanueva", "Qureshi", "Obi", "Figueiredo", "Al-Mansouri",
        "Lindqvist", "Raghunathan", "Vaitkutė", "D'Arcy", "Öztürk", "Mensah", "de Souza Lima", "Lefèvre", "Tan",
        "Fitzpatrick", "Şahin", "Nwosu", "Dela Cruz", "Choi", "Jankauskas", "Reyes-Bautista", "MacNamara"]
# Customers as the agents and analysts name them in tickets and case notes.
CUSTOMERS = ["Adebayo Okafor", "Nguyễn Thị Hương", "Şükrü Yılmaz", "Jūratė Kazlauskienė", "김민준", "王芳 (Wang Fang)",
             "Мария Кузнецова", "محمد العتيبي", "João Pedro da Silva", "Ma. Cristina Dela Peña", "Chukwuemeka Nwankwo",
             "Seán Ó Súilleabháin", "Ayşe Demir-Kaya", "Park Seo-yeon (박서연)", "Lucía Fernández-Ortega",
             "Oleksandr Bondarenko (Олександр Бондаренко)", "Rahul Mehta", "Thabo Mokoena", "Zainab Al-Farsi",
             "Đặng Văn Lâm", "Kaito Yamamoto (山本海斗)", "Gabriela D'Ávila", "Mr. & Mrs. Tan Wei Ming",
             "Obinna O. Eze-Williams", "Renata Żuraw-Kowalczyk", "Bülent Ersoy Holding A.Ş.", "Lumen Labs Pte. Ltd.",
             "Kaveh Rahimi", "Nomvula Dlamini", "Ivan Petrov-Vodkin", "María José Ñúñez"]
OFFICES = [("Dublin", "2 Grand Canal Sq, Dublin 2, D02 A342"), ("Vilnius", "Konstitucijos pr. 21A, LT-08130 Vilnius"),
           ("Singapore", "Level 19, 1 Raffles Place, Singapore 048616"),
           ("São Paulo", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"),
           ("Lagos", "Plot 4, Admiralty Way, Lekki Phase 1, Lagos"), ("Istanbul", "Büyükdere Cd. No:185, Levent"),
           ("Seoul", "서울특별시 강남구 테헤란로 427"), ("Manila", "32nd St, Bonifacio Global City, Taguig"),
           ("Dubai", "Gate Village 4, DIFC, Dubai")]
PLACES = ["Dublin", "Vilnius", "Kaunas", "Singapore", "São Paulo", "Sao Paulo", "Lagos", "Lekki", "Abuja", "Istanbul",
          "Kadıköy", "Ankara", "Seoul", "서울", "Busan", "Manila", "Makati", "BGC Taguig", "Cebu City", "Dubai",
          "Abu Dhabi", "Buenos Aires", "Bangkok", "Chiang Mai", "Lisbon", "Zug", "Zürich", "Tallinn", "Warszawa",
          "Nairobi", "Київ", "Bengaluru", "Hong Kong", "臺北", "東京", "Ho Chi Minh City", "Hà Nội", "Denver",
          "Ciudad de México", "Bogotá", "Medellín", "Frankfurt am Main", "Luxembourg", "Valletta", "Gibraltar",
          "Dún Laoghaire", "Cork", "St. Julian's", "Marina Bay", "D02 A342", "LT-08130", "01310-200",
          "1.2834, 103.8607", "54.6872,25.2797", "14.5547° N, 121.0244° E", "Queen Sirikit Convention Center, Bangkok",
          "Changi Airport", "IST airport", "Murtala Muhammed Airport"]
TIMEZONES = ["Europe/Dublin", "Europe/Vilnius", "Asia/Singapore", "America/Sao_Paulo", "Africa/Lagos",
             "Europe/Istanbul", "Asia/Seoul", "Asia/Manila", "Asia/Dubai", "America/Argentina/Buenos_Aires",
             "Asia/Bangkok", "Europe/Zurich", "Europe/Lisbon", "Asia/Ho_Chi_Minh", "UTC", "Asia/Hong_Kong",
             "Asia/Kolkata", "America/Denver", "Europe/Kyiv"]
PAIRS = ["BTC/USDT", "ETH/USDT", "ETH/BTC", "SOL/USDC", "BTC-PERP", "ETH-PERP", "XRP/EUR", "DOGE/TRY", "BTC/BRL",
         "USDT/NGN", "PEPE/USDT", "TON/USDT", "ARB/USDT", "BTC-27DEC24", "ETHUSDT", "SOL-PERP", "BTC/EUR", "USDC/BRL",
         "LINK/ETH", "AVAX/USDT", "BNB/USDT", "ADA/KRW"]
AMOUNTS = ["0.5 BTC", "1,250.00 USDT", "3.2 ETH", "12,000 TRX", "R$ 5.000,00", "₺25.000", "₦1,500,000",
           "₩3,200,000", "€499.99", "$48,750.12", "0.00000546 BTC", "250 SOL", "1.2M USDC", "15 000 XRP",
           "0.0731 BTC", "9,999.99 USDT", "₱10,000", "AED 36,500", "€ 12.400,00", "4,200 USDC (Base)", "18.5 ETH",
           "0.25 BTC (≈ $22,100)", "850,000 PEPE", "ARS 1.250.000", "£3,000", "$9,800 (just under 10k, again)"]
PRICES = ["61,250", "88,400", "3,150.20", "$89,9k", "2.940", "0.5123", "218.40", "USD 87,650.00", "R$ 512.300",
          "₺3.045.000", "64k", "$0.00001987", "3 412,55 €", "1.0003", "0.9987", "¥13,750,000"]
GAS = ["base fee 23.4 gwei", "gas 48 gwei (fast)", "priority fee 1.5 gwei", "0.0021 ETH network fee",
       "TRX energy 65,000 (≈ 13.4 TRX burnt)", "priority fee 0.000005 SOL", "42 sat/vB", "12 sat/vB (low prio)",
       "gas limit 21,000 @ 31 gwei", "L1 data fee 0.00009 ETH on Base", "1 TRX bandwidth", "~$7.40 gas"]
CHAINS = ["Ethereum (ERC-20)", "Tron (TRC-20)", "BNB Smart Chain (BEP-20)", "Solana (SPL)", "Arbitrum One", "Base",
          "Polygon PoS", "Optimism", "Avalanche C-Chain", "Bitcoin (SegWit)", "Bitcoin (Taproot)", "Lightning",
          "TON", "XRP Ledger", "Litecoin", "Cosmos Hub (memo required)"]
VASPS = ["Bitvavo", "Kraken", "Coinbase", "Binance", "OKX", "Upbit", "Bitso", "Mercado Bitcoin", "Luno", "BTCTurk",
         "Coins.ph", "Bybit", "Revolut", "a self-hosted wallet (MetaMask)", "a Ledger Nano X"]
WHEN = ["tomorrow 09:00 SGT", "Thu 14 Nov at 10:00", "12/11 @ 15h30", "2024-11-13T08:30:00Z", "after the 16:00 UTC "
        "funding", "today before EOD", "sexta às 14h", "yarın 10:00'da", "내일 오전 9시", "by T+2", "Mon 18/11",
        "before the Q4 audit", "in ~45 min", "at 0800Z"]

EMOJI = [":rocket:", ":eyes:", ":white_check_mark:", ":warning:", ":rotating_light:", ":pray:", ":money_with_wings:",
         ":chart_with_upwards_trend:", ":chart_with_downwards_trend:", ":sweat_smile:", ":coffee:", ":typhoon:",
         ":umbrella_with_rain_drops:", ":snowflake:", "🚀", "👀", "✅", "⚠️", "🙏", "😅", "🤦", "📉", "📈", "☕", "🌧️",
         "🥶", "🔥", "💸", "🇱🇹", "🇸🇬", "🇧🇷", "🇳🇬", "🇹🇷", "🇰🇷", "🇵🇭", ":+1:", ":ty:", ":hodl:"]

# What people send Jeeves to make it do something: its actions, typed every which way.
COMMANDS = [
    "weather %PLACE%", "weather in %PLACE%", "weather %PLACE% tomorrow?", "weather at %PLACE% please",
    "weather %PLACE% this weekend", "Weather %PLACE%", "WEATHER %PLACE%!!", "weather", "weather?", "weather pls",
    "weather %PLACE% %EMOJI%", "weather for %PLACE% tonight", "weather near %PLACE%", "wether %PLACE%",
    "weahter %PLACE%", "weather %OFFICE%", "weather %PLACE% — flying out %WHEN%", "weather %PLACE% right now",
    "remember location %PLACE%", "remember location %OFFICE%", "remember location in %PLACE%",
    "remember location %PLACE% (home office)", "Remember Location %PLACE%", "remeber location %PLACE%",
    "remember location Corvid %PLACE% office", "my location", "My location?", "forget location", "forget location pls",
    "config", "config timezone %TZ%", "config tz %TZ%", "config units imperial", "config units metric",
    "config alert_time %HHMM%", "config time %HHMM%", "config unit metric", "config alerts on", "alerts on",
    "alerts off", "alerts", "Alerts ON", "help", "Help", "help?", "?", "login", "log in", "login pls", "forget me",
    "hi", "hello jeeves", "thanks!", "obrigado", "teşekkürler", "ačiū", "감사합니다", "salamat po", "danke",
    "is it going to rain in %PLACE% %WHEN%?", "typhoon signal in %PLACE%?", "weather %PLACE%, %PLACE%",
    "weather %PLACE% :umbrella_with_rain_drops:", "weather Ben & Jerry's HQ", "weather St. Julian's, Malta",
    "weather O'Connell St, Dublin", "weather Rua Oscar Freire, 379 – São Paulo",
]

# What staff write in DMs and in threads where Jeeves is mentioned: the desk's own language.
CHAT = [
    "Customer %CUST% (UID %UID%) says the USDT withdrawal is stuck — sent on %CHAIN%, tx %TX%. 0 confirmations?",
    "Deposit not credited: %AMT% to %ETH%, txid %TX%. They picked TRC-20 but the address is ERC-20 🤦",
    "KYC %CASE%: PoA rejected — bank statement older than 90 days. Asked for a new one in %TICKET%",
    "AML alert %CASE%: 14 deposits < $1,000 in 48h from 9 addresses → possible structuring. Escalating to L2.",
    "Sanctions screening hit on %CUST% — 82% fuzzy match to an SDN entry, DOB differs (1979 vs 1986). FP, closing.",
    "Travel Rule: inbound %AMT% from %VASP% — originator info missing, requested via Notabene. Funds on hold.",
    "gas is crazy rn, %GAS%, ETH withdrawal queue at 312",
    "limit buy %PAIR% @ %PRICE% didn't fill even though the low printed below it? spread I guess. %TICKET%",
    "Stop-limit on ETH/EUR: stop 2,950 / limit 2,940 triggered when mark < 2,950 but index was > 2,960. Disputed.",
    "Reminder: withdrawals > 10,000 USDT need a second approver (4-eyes) until the new policy is live",
    "price alert: SOL/USDT > 250? nope, 218.4 atm 😅",
    "XRP deposit without destination tag to %XRP% — customer forgot the tag, sent the recovery form (fee 25 XRP)",
    "filter for the weekly report: chain = Tron AND amount_usd >= 5000 AND risk_score > 70, status not closed",
    "KYT: severity HIGH, 12.4% indirect exposure (3 hops) to a darknet market cluster. Freezing pending RFI.",
    "RFI to %CUST%: source of funds for a 3.2 BTC deposit. Says mining payouts 2017–2019, asked for pool statements",
    "Account %UID% locked after 5 failed 2FA attempts; customer travelling (IP in Bangkok). Video-verified, unlocked",
    "Wrong-network deposit: BEP-20 USDC to an ERC-20 address, 1,250.00 USDC, tx %TX%. Wallet ops say recoverable",
    "STR filed via goAML, ref 2024/11/0048213 — do NOT tip off the customer ⚠️",
    "Chargeback on a card buy of €499.99 (Visa) — customer says unauthorised, but same device & IP as last 30 logins",
    "Cliente diz que o PIX de R$ 5.000,00 caiu mas o saldo em BRL não atualizou. Comprovante no %TICKET%",
    "El cliente retiró 0,5 BTC a una dirección de %VASP% y dice que no llegó; la tx tiene 6 confirmaciones.",
    "Müşteri ₺25.000 yatırdı ama bakiyeye yansımadı, dekont ekte. Havale açıklamasında UID yok.",
    "고객이 출금 주소를 잘못 입력했다고 합니다. 트랜잭션 해시: %TX% — 복구 불가 안내 부탁드립니다",
    "Klientas prašo patvirtinti lėšų kilmę; dokumentai lietuvių kalba, vertimo nereikia.",
    "Customer from Cebu, GCash cash-in ₱10,000 not reflected pa rin. Sabi ng GCash successful na daw 🙏",
    "Khách hàng hỏi tại sao lệnh rút USDT bị treo hơn 2 tiếng?",
    "العميل يطلب رفع حد السحب اليومي إلى 50,000 درهم",
    "Proof of reserves page: BTC 102.3%, ETH 100.8% — someone in #community asked if ETH is < 100%. It isn't.",
    "fee schedule: maker 0.10% / taker 0.20%; VIP 3 is 0.04% / 0.08% (30d volume ≥ $5M)",
    "funding on BTC-PERP +0.0125% every 8h, ~13.7% annualised. customer asks why he paid it while flat?",
    "Liq price for a 10x long at 64,000 ≈ 57,920 (MMR 0.5%). Customer thought it was 57,600 — fees.",
    "withdrawal fee shows 0.0021 ETH (~$7.40) with gas at 12 gwei — is that our flat fee or dynamic?",
    "Ledger shows %ETH% but our UI shows it all lowercase — same address, EIP-55 checksum only 👍",
    "2FA reset for %CUST%: selfie + ID + handwritten 'Corvid 12/11/2024'. Liveness 0.91 (> 0.85 threshold) ✅",
    "Dust attack? 47 incoming txs of 0.00000546 BTC to %BTC%. Told the customer not to consolidate them",
    "Customer sent from a Taproot (bc1p…) to our SegWit (bc1q…) deposit address — both fine, credited",
    "Solana tx failed: \"Transaction simulation failed: Blockhash not found\". Retried, fine now.",
    "Memo required for ATOM! %CUST% forgot the memo, tx %TXID%. Opening a manual credit request",
    "Metabase: date 01/11/2024 – 11/11/2024, asset in (BTC, ETH, USDT), net flow < -250k USD, group by country",
    "ticket counts: L1 412 (96% < 2h SLA), L2 58, compliance queue 23 > target 15 😬",
    "PEP tier 2 onboarding — EDD pack is with %WHO%, needs MLRO sign-off before %WHEN%",
    "Adverse media for %CUST%: 2 articles (2019, 2021), both about a civil dispute, nothing financial-crime. Clear.",
    "P2P USDT/NGN buyer paid ₦1,500,000 but seller says not received — both sides sent screenshots. Appeal %TICKET%",
    "Lightning withdrawal failed: \"no route found\" for 250,000 sats. Suggested on-chain instead (%GAS%)",
    "ETH staking unstake request: 32 ETH, exit queue ~5 days. Customer wants it faster 🙃",
    "Address whitelist change requested 3 times in 24h by %UID%. 24h lock applied as per policy",
    "Inbound from a mixer-adjacent address (Wasabi coinjoin output). Policy: hold + RFI, do not reject outright",
    "%WHO% can you double-check the travel rule payload? beneficiary name is 'ŞÜKRÜ YILMAZ', ours has 'Sukru Yilmaz'",
    "margin call email went out at 03:12 UTC but the customer says they never got it — Gmail spam? %TICKET%",
    "hot wallet %CHAIN% below threshold (< 150k USDT), top-up from cold scheduled %WHEN%",
    "Our BTC node is 2 blocks behind mempool.space again, deposits delayed ~20 min",
    "Customer asking if we support the Base network for USDC. Yes since Oct — deposit address starts with 0x too",
    "tax report CSV for 2023 is missing the staking rewards column, bug filed: CVX-4821",
    "OTC desk: RFQ 150 BTC vs USDT, quote 88,412.50, valid 30s. Client accepted at 88,405 (< quote, fine)",
    "Q: why did my market sell of 2.5 ETH fill at 3,141 when the screen said 3,150? → slippage, thin book at 3am",
    "Can someone confirm the new KYC limits? Tier 1: €1,000/day, Tier 2: €50,000/day, Tier 3: custom",
    "%CUST% uploaded a passport photo with glare over the MRZ, auto-reject. Manual review → approved",
    "Sumsub verdict RED (document tampering suspected) for UID %UID%. Second review by %WHO% pls",
    "deposit address reuse question: yes you can reuse %TRX% for TRC-20 USDT, it's static",
    "The customer typed the amount as 1.000 BTC but meant 1,000 USDT 😬 — order cancelled before fill, phew",
    "Hey, what's the SLA for wallet-ops on stuck withdrawals? customer %UID% waiting 6h+ on %CHAIN%",
    "Reminder: MiCA transition — EU customers' stablecoin pairs (USDT/EUR) delisting on 30 Dec, comms go out %WHEN%",
    "the SWIFT ref for the €12.400,00 deposit is 'CORVID UID 48213907 FR' — matched manually",
    "suspicious login: new device, Lagos → São Paulo in 40 min (impossible travel). Session killed, customer notified",
    "recovery of wrong chain deposit approved by %WHO%; fee 50 USDT or 5%, whichever is greater",
    "Dear team,\ncustomer %CUST% writes: \"I sent my ETH to the wrong address, please reverse it!!!\" — explained "
    "on-chain txs can't be reversed, closed %TICKET%",
]
LONG_MESSAGES = [
    "*KYC escalation — %CASE%*\nCustomer: %CUST% (UID %UID%)\nCountry: TR → DE (moved 2023)\nDocs: passport ✅, "
    "PoA ❌ (Anmeldung only, no utility bill)\nRisk score: 62 (medium)\n\nQuestion for %WHO%: is the Anmeldung "
    "acceptable as PoA for Tier 2? Policy §4.3 says \"government-issued document showing address, < 3 months\".",
    "AML case %CASE% — summary\n```\nDate        Asset  Amount       Direction  Counterparty\n2024-11-04  USDT  "
    "9,800.00     IN         %TRX%\n2024-11-05  USDT  9,750.00     IN         (same)\n2024-11-06  USDT  9,900.00     "
    "IN         (same)\n2024-11-07  BTC   0.3215       OUT        %BTC%\n```\nPattern: just-below-10k deposits, "
    "then out as BTC within 24h. Recommend STR. %WHO% to review.",
    "-------- Forwarded message --------\nFrom: Compliance <travelrule@%VASP_DOMAIN%>\nDate: Mon, 11 Nov 2024 "
    "17:42\nSubject: RE: Travel Rule request — tx %TX%\n\nDear Corvid team,\nPlease find the originator details "
    "below:\nName: %CUST%\nAccount: %ETH%\nAddress: as per the attached (redacted)\n\nKind regards,\nCompliance Ops",
    "Wallet ops status %WHEN%\n• BTC: 42 sat/vB, queue 18, ETA ~30 min\n• ETH: %GAS%, queue 312 ⚠️\n• TRX: normal\n"
    "• SOL: RPC timeouts since 07:10 UTC, failover to the backup node\n• XRP: normal\nNext update in 1h.",
    "Daily sanctions screening run ✅\n- 48,213 customers screened against OFAC, EU, UN, UK HMT lists\n- 37 "
    "potential matches (score ≥ 85)\n- 36 false positives (name only, DOB/nationality differ)\n- 1 escalated: "
    "%CASE% (%CUST%)\n\n_Next run 02:00 UTC_",
    "Hi %WHO%,\n\ncould you check this one before I reply?\n\n> I placed a stop-loss at 60,000 on BTC/USDT and it "
    "sold at 59,412!! Why below my price??\n\nDraft: \"A stop-market order becomes a market order once the last "
    "price ≤ your stop price (60,000). In fast markets the fill can be lower; use a stop-limit to cap it.\"\n\n"
    "ok to send?",
    "Incident INC-2024-1112-01 (SEV2)\nImpact: TRC-20 withdrawals delayed, ~1,900 requests\nStart: 06:48 UTC\n"
    "Cause: energy rental provider rate-limited us (HTTP 429)\nMitigation: burning TRX for energy (≈ 13.4 TRX/tx)"
    "\nComms: status page updated, macro \"TRC20_DELAY\" for L1\nOwner: %WHO%",
    "Weekly KPIs (w/e 10 Nov)\n| Queue | Tickets | Median FRT | CSAT |\n|---|---|---|---|\n| L1 | 2,914 | 11 min | "
    "4.6 |\n| L2 | 402 | 2h 10m | 4.2 |\n| KYC | 1,188 | 5h | n/a |\n| AML | 96 | 1.5d | n/a |\nGreat week team 🎉",
    "Checklist before enabling withdrawals on the new chain (%CHAIN%):\n1. node synced (< 2 blocks behind)\n2. "
    "min withdrawal ≥ 2× fee\n3. address regex reviewed\n4. explorer links in the UI\n5. support macro ready\n"
    "6. travel rule provider supports it\n\ncc %WHO% %WHO%",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 07:30 (Asia/Singapore).",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: light rain, 27°C, wind 14 km/h; today 25°C to 31°C, 80% chance of precipitation",
    "%PLACE%: overcast clouds, 4°C, wind 22 km/h; today 1°C to 6°C, 35% chance of precipitation",
    "%PLACE%: clear sky, 33°C, wind 9 km/h; today 26°C to 34°C, 5% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:15\n• alerts: on\n• timezone: Europe/Vilnius\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry, I did not understand that. Here is what I can do:\n• `weather [place]`: the weather for a place, or "
    "for your remembered location",
]
FORGET_TEXT = ("This deletes everything I know about you: your location, settings, sign-in sessions and history. "
               "It cannot be undone.")
VASP_DOMAINS = ["bitvavo.example", "kraken.example", "luno.example", "mercadobitcoin.example", "coins-ph.example"]
FILES = ["passport_front (1).jpg", "PoA_utility_bill_Oct2024.pdf", "bank statement – Nov 2024.pdf",
         "IMG_20241111_181532.jpg", "selfie_with_note.HEIC", "txid_screenshot.png", "Screenshot 2024-11-12 at "
         "09.14.22.png", "SoF_mining_pool_payouts_2017-2019.xlsx", "KYT_report_UID48213907.pdf",
         "STR_draft_v3 (do not share).docx", "Anmeldung_Berlin.pdf", "comprovante_pix_R$5000.pdf",
         "dekont_25000TL.pdf", "travel-rule-payload.json", "wallet_ops_runbook_TRC20.md", "ledger_export.csv",
         "Q4_sanctions_screening_summary.xlsx", "EDD_checklist_PEP_tier2.pdf", "GCash receipt ₱10,000.png",
         "출금_오류_스크린샷.png", "withdrawal-queue-2024-11-12.csv"]
EXPLORERS = [
    "https://etherscan.io/tx/%TX%", "https://etherscan.io/address/%ETH%", "https://tronscan.org/#/transaction/%TXID%",
    "https://mempool.space/tx/%TXID%", "https://solscan.io/tx/%SOLSIG%", "https://bscscan.com/tx/%TX%",
    "https://arbiscan.io/tx/%TX%", "https://basescan.org/tx/%TX%", "https://blockchair.com/bitcoin/address/%BTC%",
    "https://livenet.xrpl.org/accounts/%XRP%", "https://corvidx.zendesk.com/agent/tickets/%TICKETNO%",
    "https://status.corvidx.com/incidents/%SHORT%", "https://polygonscan.com/tx/%TX%?network=mainnet",
    "https://www.coingecko.com/en/coins/bitcoin", "https://tronscan.org/#/address/%TRX%",
]
SEARCH_Q = ["Kazlauskienė", "okonkwo", "@corvidx.com", "U04AML7Q2K", TEAM, PARTNER_TEAM, "Ní Mhurchú", "o'brien",
            "Yıldırım", "yildirim", "kyc", "aml", "siobhan", "jurate", "joao.vitor", "nguyen", "châu", "park",
            "qureshi", "mlro", "wallet-ops", "dela cruz", "o'connor-díaz", "Şahin", "adaeze.okonkwo@corvidx.com",
            "support.l2", "ji-woo"]
AUDIT_Q = ["login", "login.slack", "client.rotate", "client.create", "client.disable", "user.active", "user.admin",
           "feature.set", "feature.remove_override", "weather@" + TEAM, "denied", "failed", "admin.map_slack",
           "account.totp_enable", "user.forget_me", "kyt-sync", "zendesk-bridge", "2024-11-11", "break-glass",
           "siobhan.nimhurchu"]
ADMINS = ["ops.admin", "siobhan.nimhurchu", "jurate.k", "it-vilnius", "emre.celik", "break-glass"]
API_CLIENTS = ["kyt-sync", "zendesk-bridge", "looker-compliance", "travel-rule.notabene", "ops-pager", "ci-github",
               "retool:support-console", "dwh-export", "jeeves-worker"]
CLIENT_DESCRIPTIONS = [
    ("kyt-sync", "Chainalysis KYT alerts → Jeeves users (flags only), every 5 min — owner: AML eng"),
    ("zendesk-bridge", "Zendesk ↔ Slack user mapping for L1/L2 agents; read-only"),
    ("looker-compliance", "Looker: weekly compliance dashboard (queue sizes, SLA < 2h, usage per desk)"),
    ("travel-rule.notabene", "Notabene Travel Rule webhooks — \"pending originator info\" reminders"),
    ("ops-pager", "PagerDuty → #wallet-ops: on-call weather heads-up for typhoon/monsoon days (Manila, SG)"),
    ("retool:support-console", "Retool support console (Dublin & Vilnius) – users list + deactivate"),
    ("dwh-export", "Nightly export to Snowflake (schema CORVID_OPS.JEEVES), owner: Hyun-woo Kim"),
    ("ci-github", "GitHub Actions smoke test after deploy (read)"),
    ("latam.suporte", "Suporte LATAM: integração com o painel de atendimento (São Paulo / Buenos Aires)"),
]
ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location", "remember_location",
           "weather"]

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 OPR/114.0.0.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.10.10",
    "Mozilla/5.0 (Linux; Android 13; 23021RAAEG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
]
LANGS = ["en-IE,en;q=0.9", "en-GB,en;q=0.9", "en-US,en;q=0.9", "lt-LT,lt;q=0.9,en-US;q=0.8,en;q=0.7",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8",
         "en-SG,en;q=0.9,zh-CN;q=0.8", "fil-PH,fil;q=0.9,en-US;q=0.8", "ar-AE,ar;q=0.9,en;q=0.8",
         "es-AR,es;q=0.9,en;q=0.8", "en-NG,en;q=0.9", "vi-VN,vi;q=0.9,en;q=0.8", "ga-IE,ga;q=0.9,en-IE;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "aiohttp/3.10.10", "curl/8.10.1", "curl/7.81.0",
              "Go-http-client/2.0", "axios/1.7.7", "node-fetch/3.3.2", "okhttp/4.12.0", "PostmanRuntime/7.42.0",
              "Apache-HttpClient/5.3.1 (Java/17.0.12)", "Retool/2.0 (+https://docs.retool.com/)",
              "Zendesk Webhook", "insomnia/10.1.1", "GitHub-Hookshot/5c1a7e2", "Looker/24.18.44",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-IE) WindowsPowerShell/5.1.22631.4391"]

HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.10.1", "Datadog Agent/7.58.2",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.9.0", "PostmanRuntime/7.42.0", "Swagger-UI"]

def ascii_fold(text: str) -> str:
    """A name as its e-mail address and Slack handle spell it: accents dropped (Ramón -> Ramon)."""
    return unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l")).encode("ascii", "ignore").decode()


class Exchange(WebDay):
    """Corvid Exchange's desks, their people and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    record_sub, alert_hours = True, (5, 6, 6, 7, 7, 7, 8, 8, 9, 13, 18, 22)
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    # browsers, scripts and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    verify_uas, health_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"], HEALTH_UAS
    meta_uas, meta_roll_first = META_UAS, True
    # /me/
    timezones, me_get_weight, me_units = TIMEZONES, 12, ("metric", "metric", "metric", "imperial")
    me_pages = ("/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                "/me/?done=location_forgotten", "/me/data.json")
    me_places = PLACES + [o[0] for o in OFFICES] + [o[1] for o in OFFICES] + [
        f"Corvid {o[0]} office" for o in OFFICES] + ["home – Kadıköy", "Užupis, Vilnius", "Lekki Phase 1",
                                                     "Pinheiros, São Paulo", "Ortigas Center, Pasig",
                                                     "Tanjong Pagar MRT", "Smithfield, Dublin 7"]
    # what people type, and their Slack events
    commands, user_first, blocks_rate, thread_rate = COMMANDS, True, 0.85, 0.25
    dm_partner_rate, partner_team, edit_command_rate = 0.08, PARTNER_TEAM, 0.5
    edit_suffixes = (" (edit: typo)", "*", " — sorry, wrong UID", " (UTC not SGT)", "")
    home_view_rate = 0.6
    oauth_scopes = ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(170):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in ascii_fold(first).lower() if c.isalnum()) or "x"
            plain_last = "".join(c for c in ascii_fold(last).lower() if c.isalnum()) or "y"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@corvidx.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "support-l1", "support-l2", "kyc-queue", "aml-alerts", "sanctions-screening", "travel-rule",
            "wallet-ops", "otc-desk", "p2p-appeals", "mlro-office", "incidents", "vilnius-office", "sg-office",
            "latam-suporte", "random", "general")]
        self.dms = [self.sid("D0", 9) for _ in range(64)]

    # ---- small pieces, texts and the App Home view ---------------------------------------------------------
    def b58(self, n: int) -> str:
        return "".join(self.rng.choice(B58) for _ in range(n))


    def eth(self) -> str:
        h = self.hexs(40)
        if self.chance(0.6):  # EIP-55 mixed case, as wallets display it
            h = "".join(c.upper() if c.isalpha() and self.chance(0.5) else c for c in h)
        return "0x" + h


    def btc(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return "bc1q" + "".join(self.rng.choice(BECH32) for _ in range(38))
        if roll < 0.7:
            return "bc1p" + "".join(self.rng.choice(BECH32) for _ in range(58))
        return self.pick("13") + self.b58(self.rng.randint(32, 33))


    def wallet(self) -> str:
        kind = self.rng.random()
        if kind < 0.35:
            return self.eth()
        if kind < 0.6:
            return self.btc()
        if kind < 0.78:
            return "T" + self.b58(33)
        if kind < 0.88:
            return self.b58(self.rng.randint(43, 44))
        if kind < 0.95:
            return "r" + self.b58(self.rng.randint(25, 33))
        return "ltc1q" + "".join(self.rng.choice(BECH32) for _ in range(38))


    def uid(self) -> str:
        return str(self.rng.randint(10_000_000, 99_999_999))


    def case(self) -> str:
        return self.pick([f"KYC-24-{self.rng.randint(100000, 999999)}", f"AML-2024-{self.rng.randint(1, 99999):05d}",
                          f"SAN-{self.rng.randint(1000, 9999)}", f"EDD/{self.rng.randint(100, 999)}/24",
                          f"case #{self.rng.randint(10000, 99999)}"])


    def ticket(self) -> str:
        n = self.rng.randint(700000, 999999)
        return self.pick([f"#{n}", f"ZD-{n}", f"ticket {n}", f"Zendesk #{n}", f"chamado #{n}"])


    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        iat = EPOCH + self.rng.randint(0, 36000)
        header = {"alg": self.pick(["ES256", "ES256", "RS256"]), "typ": "at+jwt", "kid": self.token(16)}
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])


    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        makers = {"%ETH%": self.eth, "%BTC%": self.btc, "%TRX%": lambda: "T" + self.b58(33),
                  "%XRP%": lambda: "r" + self.b58(self.rng.randint(25, 33)) + self.pick([
                      "", f" (tag {self.rng.randint(1000, 4294967295)})", f", dest. tag {self.rng.randint(1, 99999)}"]),
                  "%WALLET%": self.wallet, "%TX%": lambda: "0x" + self.hexs(64), "%TXID%": lambda: self.hexs(64),
                  "%SOLSIG%": lambda: self.b58(88), "%UID%": self.uid, "%CASE%": self.case, "%TICKET%": self.ticket,
                  "%TICKETNO%": lambda: str(self.rng.randint(700000, 999999)), "%SHORT%": lambda: self.b58(12).lower(),
                  "%HHMM%": self.hhmm}
        pools = {"%PAIR%": PAIRS, "%AMT%": AMOUNTS, "%PRICE%": PRICES, "%GAS%": GAS, "%CHAIN%": CHAINS,
                 "%CUST%": CUSTOMERS, "%VASP%": VASPS, "%WHEN%": WHEN, "%PLACE%": PLACES, "%TZ%": TIMEZONES,
                 "%EMOJI%": EMOJI, "%VASP_DOMAIN%": VASP_DOMAINS}
        while "%LINK%" in text:
            text = text.replace("%LINK%", "\x01" + self.pick(EXPLORERS) + "\x02", 1)
        for token, make in makers.items():
            while token in text:
                text = text.replace(token, make(), 1)
        for token, pool in pools.items():
            while token in text:
                text = text.replace(token, self.pick(pool), 1)
        while "%OFFICE%" in text:
            office = self.pick(OFFICES)
            text = text.replace("%OFFICE%", office[self.pick([0, 0, 1])], 1)
        slack, raw = slack_escape(text), text
        while "%WHO%" in slack:
            person = self.pick(self.people)
            slack = slack.replace("%WHO%", f"<@{person['id']}>", 1)
            raw = raw.replace("%WHO%", "@" + person["handle"], 1)
        while "%HERE%" in slack:
            which = self.pick(["here", "here", "channel"])
            slack, raw = slack.replace("%HERE%", f"<!{which}>", 1), raw.replace("%HERE%", "@" + which, 1)
        while "%CHAN%" in slack:
            cid, cname = self.pick(self.channels)
            slack, raw = slack.replace("%CHAN%", f"<#{cid}|{cname}>", 1), raw.replace("%CHAN%", "#" + cname, 1)
        while "\x01" in slack:  # links: Slack wraps them in <...>, sometimes with the label the sender gave
            start, end = slack.index("\x01"), slack.index("\x02")
            link = slack[start + 1:end]
            label = self.pick(["", "", "", "|explorer", "|tx", "|etherscan", "|ticket", "|this one"])
            slack = slack[:start] + f"<{link}{label}>" + slack[end + 1:]
        raw = raw.replace("\x01", "").replace("\x02", "")
        return slack, raw


    def chat_text(self) -> tuple[str, str]:
        text = self.maybe_append(self.pick(LONG_MESSAGES) if self.chance(0.12) else self.pick(CHAT), 0.2, EMOJI)
        if self.chance(0.12):
            text += self.pick([" ", " — ", "\n", " see "]) + "%LINK%"
        if self.chance(0.06):
            text = self.pick(["%HERE% ", "%CHAN%: ", "fyi %CHAN% ", "x-post from %CHAN%: "]) + text
        return self.fill(text)


    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        rest = raw
        if raw.startswith("@Jeeves "):
            elements.append({"type": "user", "user_id": BOT_USER})
            rest = raw[len("@Jeeves"):]
        section: dict[str, Any] = {"type": "rich_text_section", "elements": elements + [{"type": "text",
                                                                                            "text": rest}]}
        blocks: list[dict[str, Any]] = [section]
        if "```" in rest and self.chance(0.7):  # a code block comes as its own preformatted element
            head, _, tail = rest.partition("```")
            code, _, after = tail.partition("```")
            blocks = [{"type": "rich_text_section", "elements": elements + [{"type": "text", "text": head}]},
                      {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code.strip("\n")}],
                       "border": 0}]
            if after.strip():
                blocks.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": blocks}]


    def home_view(self, team: str) -> dict[str, Any]:
        office = self.pick(OFFICES)
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID,
                "title": {"type": "plain_text", "text": "View Title", "emoji": True},
                "blocks": [{"type": "header", "block_id": self.token(3)[:4], "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "verbatim": False,
                        "text": f"*Location:* {office[0]}\n*Units:* metric\n*Daily alert:* "
                                f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})"}},
                    {"type": "divider", "block_id": self.token(3)[:4]}]}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.5):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            if self.chance(0.6):
                lead = self.pick(["", "cc ", "hey ", "fyi ", "@Jeeves pls ignore, "])
                if lead.startswith("@Jeeves"):
                    slack, raw = f"<@{BOT_USER}> pls ignore, {slack}", f"@Jeeves pls ignore, {raw}"
                else:
                    slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
            else:  # the mention at the end: "... what's the weather there @Jeeves"
                tail = self.pick([" — weather there?", " (also: weather Lagos?)", "", " ☔?"])
                slack, raw = f"{slack}{slack_escape(tail)} <@{BOT_USER}>", f"{raw}{tail} @Jeeves"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))


    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "", "screenshot from the customer", "PoA for %CASE%",
                                          "txid screenshot — %TX%", "here, weather in this place? 😂",
                                          "comprovante do cliente", "for %TICKET%", "KYT export"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
                "json": "application/json", "md": "text/markdown"}.get(ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 90, "timestamp": EPOCH + 90, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": ext in ("csv", "md", "json"),
                           "size": self.rng.randint(4_000, 12_000_000), "mode": "hosted", "is_external": False,
                           "external_type": "", "is_public": False, "public_url_shared": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)


    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.fill(self.pick(["%LINK%", "is this confirmed? %LINK%", "%LINK% stuck since 06:40 UTC"]))
        old = self.message(slack, raw, channel, False)
        link = slack[slack.index("<") + 1:slack.index(">")].split("|")[0]
        host = urllib.parse.urlsplit(link).hostname or "explorer"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        if "/address/" in link or "/accounts/" in link or "#/address/" in link:
            title = f"Address {link.rsplit('/', 1)[-1][:12]}… | {service}"
        elif "/tx/" in link or "transaction" in link:
            title = self.pick([f"{service} Transaction Hash (Txhash) Details",
                               f"Transaction {self.hexs(8)}… — {service}"])
        elif "coingecko" in link:
            title = "Bitcoin price today, BTC to USD live price, marketcap and chart"
        else:
            title = self.pick([f"{service} | Support", f"{service} status", f"{service}"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.pick([f"Status: Success · Block: {self.rng.randint(21_000_000, 21_200_000)}"
                                                  f" · {self.pick(GAS)}", "Transaction fee 0.000412 ETH ($1.32)",
                                                  f"{self.pick(AMOUNTS)} · {self.pick(CHAINS)}",
                                                  "The Bitcoin explorer for the mempool."]),
                               "fallback": f"{service}: {title}",
                               "thumb_url": f"https://{host}/images/brandassets/logo-square.png",
                               "thumb_width": 250, "thumb_height": 250}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))


    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 61, 0.25,
                                 {"image_36": "https://avatars.slack-edge.com/2024-09-10/"
                                              "7712345678901_abc123def456_36.png"})
        if "chance of precipitation" in slack and self.chance(0.7):
            event["blocks"] = self.weather_blocks(slack, slack.split(":", 1)[0])
        elif self.chance(0.5):
            event["blocks"] = [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": slack}]}]}]
        return self.record("slack", "json", self.event_request(event))


    # ---- Slack: /jeeves and button clicks -------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = PARTNER_TEAM if self.chance(0.1) else TEAM
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        slack, _ = self.command_text()
        fields = [("token", VERIFY_TOKEN), ("team_id", team),
                  ("team_domain", TEAM_DOMAIN if team == TEAM else "corvid-latam"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", slack), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{team}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.b58(24)}"),
                  ("trigger_id", self.trigger())]
        body = urllib.parse.urlencode(fields)
        return self.record("command", "form", self.slack_request("/slack/commands", body, form=True))


    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        button: dict[str, Any]
        if roll < 0.7:
            value = self.pick(PLACES + [o[0] for o in OFFICES] + [o[1] for o in OFFICES])
            button = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": value,
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = slack_escape(self.pick(BOT_REPLIES[9:12]).replace("%PLACE%", value))
        elif roll < 0.85:
            button = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
            shown = FORGET_TEXT
        else:
            button = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_TEXT
        msg_ts = self.ts()
        team = PARTNER_TEAM if self.chance(0.08) else TEAM
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid,
                          "is_ephemeral": button["action_id"] != "set_location" or self.chance(0.3)},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": TEAM_DOMAIN if team == TEAM else
                                                  "corvid-latam"},
            "enterprise": None, "is_enterprise_install": False, "channel": {"id": cid, "name": cname},
            "state": {"values": {}},
            "response_url": f"https://hooks.slack.com/actions/{team}/{self.rng.randint(10**12, 10**13)}/"
                            f"{self.b58(24)}",
            "actions": [button]}
        if self.chance(0.55):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                                                "text": {"type": "mrkdwn", "text": shown,
                                                                         "verbatim": False}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))


    # ---- the data API ---------------------------------------------------------------------------------------
    def script_headers(self, scope: str) -> dict[str, str]:
        ua = self.pick(SCRIPT_UAS)
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*",
                                                    "application/json, text/plain, */*"])}
        if self.chance(0.97):
            h["Authorization"] = self.pick(["Bearer ", "Bearer ", "bearer "]) + self.jwt(self.pick(API_CLIENTS), scope)
        if self.chance(0.55):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if ua.startswith("Postman"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if ua.startswith("Retool"):
            h["X-Retool-Request-Id"] = self.uuid()
        if self.chance(0.2):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.35):
                h["tracestate"] = f"cvx=desk:{self.pick(['aml', 'kyc', 'l2', 'ops'])},dd=s:1;o:rum"
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"airflow__jeeves_sync__{self.rng.randint(20241101, 20241112)}T0200"])
        if self.chance(0.05):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        if self.chance(0.04):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=support-console%402024.11.2,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        return h


    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers("read")
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "20"])))
            if self.chance(0.55):
                params.append(("offset", str(self.pick([0, 20, 50, 100, 200, 500, 1500]))))
            for key, values in (("team_id", [TEAM, PARTNER_TEAM]), ("active", ["true", "false", "1", "0", "True"]),
                                ("alerts", ["true", "false", "on", "off", "1", "0"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.46:
            h = self.script_headers("read")
            return self.record("api", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 640)}",
                                               "headers": h})
        if roll < 0.68:
            h = self.script_headers(self.pick(["read write", "write"]))
            person = self.pick(self.people)
            doc: dict[str, Any]
            choice = self.rng.random()
            if choice < 0.22:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.38:
                doc = {"name": self.pick(["Jūratė Kazlauskienė (KYC L2)", "Adaeze Okonkwo – AML", "Nguyễn Minh Châu",
                                          "Şeyma Yıldırım | Istanbul desk", "박지훈 (Seoul desk)", "Ma. Clara Reyes",
                                          "João Vitor Albuquerque", "Siobhán Ní Mhurchú, MLRO", "Emre Çelik (on-call)",
                                          "Rafael O'Connor-Díaz", "Dovilė Žukauskaitė 🇱🇹", "Oluwaseun Adeyemi, CAMS",
                                          "Tan Mei (Wallet Ops, SG)", "Ciarán Mac an tSaoi [L1 lead]"])}
            elif choice < 0.46:
                doc = {"email": self.pick([person["email"], person["email"].replace("@corvidx.com", "@corvid.exchange"),
                                           f"{person['handle']}+kyc@corvidx.com"])}
            elif choice < 0.72:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self.hhmm()}}
                if self.chance(0.5):
                    doc["settings"]["alerts"] = self.chance(0.7)
            elif choice < 0.82:
                doc = {"settings": {"units": self.pick(["metric", "metric", "imperial"])}}
            elif choice < 0.93:
                doc = {"is_active": self.chance(0.35)}
            else:
                doc = {"is_admin": self.chance(0.4)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/json;charset=UTF-8"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 640)}",
                                               "body": body, "headers": h})
        if roll < 0.86:
            h = self.script_headers("read")
            day = self.rng.randint(1, 11)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}",
                               f"2024-11-{day:02d}T08:00:00+08:00",
                               f"2024-10-{day + 19:02d}T22:00:00.000Z", f"2024-11-{day:02d} 06:00",
                               f"2024-11-{day:02d}T00:00:00-03:00", f"2024-11-{day:02d}T00:00:00.000000+00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-12T08:00:00Z", "2024-11-12", "2024-11-12T16:00:00+08:00",
                                                   "2024-11-12T05:00:00-03:00"])))
            quote = self.pick([urllib.parse.quote, urllib.parse.quote_plus])
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=quote)
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.94:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches",
                                                 "headers": self.script_headers("read")})
        h = self.script_headers("read write")
        h["Content-Type"] = "application/json"
        doc = {"enabled": self.chance(0.7)}
        if self.chance(0.6):
            doc["team_id"] = self.pick([TEAM, PARTNER_TEAM, "*"])
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                           "body": json.dumps(doc), "headers": h})


    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(0.28) if mobile is None else mobile
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                                         "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": self.pick(["gzip, deflate, br, zstd",
                                                                                "gzip, deflate, br"]),
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Firefox" in ua or ("Safari" in ua and "Chrome" not in ua):
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        if "Edg/" in ua:
            h["sec-ch-ua"] = '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"'
        elif "OPR/" in ua:
            h["sec-ch-ua"] = '"Chromium";v="130", "Opera";v="114", "Not?A_Brand";v="99"'
        elif "Chrome/13" in ua:
            h["sec-ch-ua"] = '"Chromium";v="130", "Google Chrome";v="130", "Not?A_Brand";v="99"'
        if "sec-ch-ua" in h:
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.ch_platform(ua)
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = self.pick(["null", "null", "null", BASE])
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        if self.chance(0.06):
            h["DNT"] = "1"
        if self.chance(0.04):
            h["Priority"] = "u=0, i"
        return h


    def site_cookies(self) -> list[tuple[str, str]]:
        jar = [("_ga_" + self.sid("", 10), f"GS1.1.{EPOCH - 3600}.4.1.{EPOCH - 60}.0.0.0")] if self.chance(0.12) else []
        if self.chance(0.1):
            jar.append(("cookie_consent", self.pick(["necessary", "all", "necessary,analytics"])))
        return jar

    def form_body(self, fields: list[tuple[str, str]], multipart: bool, h: dict[str, str]) -> str:
        if not multipart:
            return urllib.parse.urlencode(fields)
        boundary = self.pick(["----WebKitFormBoundary", "----geckoformboundary"]) + self.b58(16)
        h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n"


    # ---- the admin panel --------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser(self.pick([BASE + "/admin/users", BASE + "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(SEARCH_Q))]
            if self.chance(0.25):
                params.append(("page", str(self.rng.randint(2, 9))))
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.32:
            h = self.browser(BASE + "/admin/audit")
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(AUDIT_Q))] if self.chance(0.85) else []
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 14))))
            uri = "/admin/audit" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("admin", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.45:
            h = self.browser(self.pick([BASE + "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                             "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                             "/admin/features?done=switch_updated", "/admin/users?done=user_updated",
                             "/admin/clients?done=client_disabled", "/admin/account?done=totp_enabled",
                             "/admin/slack-sign-in?done=mapped"])
            return self.record("admin", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.55:
            q = self.pick(SEARCH_Q + [""])
            page = str(self.rng.randint(1, 4))
            h = self.browser(BASE + "/admin/users?" + urllib.parse.urlencode([("q", q)]), True)
            h["Cookie"] = self.cookies(session)
            flag = self.pick(["active", "active", "admin"])
            fields = [("csrf_token", csrf), ("q", q), ("page", page), ("value", self.pick(["0", "1"]))]
            return self.record("admin", "form", {"method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 640)}/"
                                                 f"{flag}", "headers": h, "body": urllib.parse.urlencode(fields)})
        if roll < 0.64:
            h = self.browser(BASE + "/admin/features", True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(ACTIONS)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
                if self.chance(0.5):
                    fields.insert(2, ("team_id", self.pick([TEAM, PARTNER_TEAM, PARTNER_TEAM.lower(), "T07CVXKR01"])))
                return self.record("admin", "form", self.form_request("/admin/features", h, fields))
            fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([PARTNER_TEAM, "T07CVXKR01"]))]
            return self.record("admin", "form", self.form_request("/admin/features/remove", h, fields))
        if roll < 0.74:
            h = self.browser(BASE + "/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.45):
                client_id, description = self.pick(CLIENT_DESCRIPTIONS)
                fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description)]
                fields += [("scopes", "read")] if self.chance(0.9) else []
                fields += [("scopes", "write")] if self.chance(0.35) else []
                return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
            client_id = self.pick(API_CLIENTS)
            state = self.pick(["rotate", "rotate", "disable", "enable"])
            return self.record("admin", "path", {"method": "POST", "headers": h,
                                                 "uri": f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/"
                                                        f"{state}",
                                                 "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        if roll < 0.86:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/audit?q=login", "/admin/users?q=kazlausk",
                             "/admin/features", "/admin/clients"])
            if self.chance(0.35):
                h = self.browser(self.pick([None, "https://app.slack.com/"]))
                return self.record("admin", "query", {"method": "GET", "headers": h,
                                                      "uri": "/admin/login?next=" + urllib.parse.quote(nxt, safe="")})
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#%&*+=?@^~$"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 32)))
            if self.chance(0.2):  # a passphrase from the password manager
                password = "-".join(self.pick(["ledger", "harbour", "satoshi", "granite", "kestrel", "monsoon",
                                               "baltic", "lagoon", "cobalt", "meridian", "amber"]) for _ in range(4))
            code = self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                              f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
            fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(ADMINS)), ("password", password),
                      ("totp", code)]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.92:
            h = self.browser(BASE + "/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)),
                          ("team_id", self.pick([TEAM, TEAM, PARTNER_TEAM])), ("user_id", self.pick(self.people)["id"])]
                return self.record("admin", "form", self.form_request("/admin/slack-sign-in", h, fields))
            fields = [("csrf_token", csrf), ("username", self.pick(ADMINS))]
            return self.record("admin", "form", self.form_request("/admin/slack-sign-in/remove", h, fields))
        if roll < 0.97:
            h = self.browser(BASE + "/admin/account", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.3:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif sub < 0.6:
                pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                uri = "/admin/account/totp/confirm"
                fields = [("csrf_token", csrf), ("totp_pending", pending),
                          ("totp", f"{self.rng.randint(0, 999999):06d}")]
            elif sub < 0.8:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.token(15))]
            else:
                uri, fields = "/admin/logout", [("csrf_token", csrf)]
            return self.record("admin", "form", self.form_request(uri, h, fields))
        h = {"User-Agent": self.pick(UAS_DESKTOP), "Accept": "text/css,*/*;q=0.1", "Referer": BASE + "/admin/",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Site": "same-origin"}
        if self.chance(0.4):
            h["If-None-Match"] = f'"{self.hexs(8)}-{self.hexs(6)}"'
        return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})


    # ---- Sign in with Slack and the bot's one-time links ----------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser(self.pick([None, BASE + "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.35:
            h = self.browser(self.pick([BASE + "/auth/slack/", BASE + "/admin/login", None]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.6:
            state = self.token()
            h = self.browser("https://slack.com/")
            h["Sec-Fetch-Site"] = "cross-site"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.7:
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.85:
            h = self.browser("https://app.slack.com/", mobile=self.chance(0.45))
            h["Sec-Fetch-Site"] = "cross-site"
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(BASE + f"/auth/slack/link/{link}", True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))


    # ---- TokenDealer -----------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(SCRIPT_UAS), "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8",
                                        "application/x-www-form-urlencoded;charset=utf-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.8:
            fields = [("token", token)] + ([("audience", "jeeves")] if self.chance(0.3) else [])
            if self.chance(0.3):
                fields.append(("token_type_hint", "access_token"))
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields))
        fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
        return self.record("oauth", "form", self.form_request("/oauth/revoke", h, fields))


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 280), ("slack_mention", 180), ("slack_edit", 28), ("slack_deleted", 10), ("slack_file", 24),
    ("slack_unfurl", 20), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 280), ("button_click", 110),
    ("api", 250), ("admin", 150), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 28),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The desk's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Exchange(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
