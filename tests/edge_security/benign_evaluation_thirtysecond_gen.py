"""A working Tuesday of an online retailer's data and analytics team, on every route of the edge (benign only).

The company, Tidepool Goods, sells outdoor and home goods online in the UK, the EU, North America and
Australia. Its analysts and analytics engineers live in Slack: they mention Jeeves in their channels and DM
it (asking the weather for the warehouses and the offsite, but also pasting whatever is on their screen:
BigQuery, Snowflake and Postgres SQL, dbt models and Jinja macros, LookML, spreadsheet formulas, pandas,
cohort and funnel numbers, SKU codes, prices in many currencies, campaign UTM links, A/B test names), use
`/jeeves`, click its buttons and open App Home. Their scripts, dbt Cloud jobs, Airflow DAGs, Hex notebooks
and Looker schedules call the data API with TokenDealer tokens; the platform lead works in the admin panel;
people open `/me/` from Slack's one-time links or Sign in with Slack on desktop and phone.

Only what the product defines is sent: the routes of gateway.yaml's `routes:` list and, on each, the form
fields, query parameters and JSON fields the handlers in app/ and tokendealer/ read (README.md for the rest),
with the envelopes Slack itself sends (Events API `app_mention`, `message.im` and `app_home_opened`, the
subscriptions README.md lists; the slash command form; `block_actions` for the three buttons Jeeves sends).

How it was written: by the thirty-second independent benign author, from the route list (names, match,
methods, upstreams), app/, tokendealer/ and README.md, and the model generator benign_day_gen.py (record
structure only). No WAF rule, exclusion, ruleset, rule test or other generator's text was read, and the
texts were not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is
empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_navigation, form_request, token_request, verify_request, get_request,
cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview, link_visit,
link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 32_2024_0917
EPOCH = 1726560000  # 2024-09-17 08:00 UTC, a Tuesday
TEAM, TEAM_DOMAIN = "T0TIDEPL1", "tidepoolgoods"
PARTNER_TEAM = "T07WRHSE2"  # the 3PL's workspace, shared channels with the warehouse team
APP_ID, BOT_USER, BOT_ID = "A06JEEVS7", "U06JEEVS7", "B06JEEVS7"
HOST = "edge.tidepoolgoods.com"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "q7RtVx2LmPa9WcZ4nKd8YsBe"  # Slack's legacy verification token field (not a secret of ours)

FIRST_LAST = [
    ("Siobhán", "O'Connell"), ("Jean-Baptiste", "Lefèvre"), ("Anne-Marie", "Ní Bhriain"), ("D'Andre", "Washington"),
    ("Zoë", "van der Meer"), ("Łukasz", "Wróblewski"), ("Mehmet", "Çelik"), ("Thảo", "Nguyễn"), ("Min-jun", "Kim"),
    ("Hanako", "Yamada"), ("Alexandros", "Papadopoulos"), ("Yulia", "Smirnova"), ("Ngozi", "Okonkwo-Adeyemi"),
    ("Mary-Kate", "O'Neill-Hughes"), ("Rafael", "Gómez-Ortiz"), ("Chiara", "Dell'Acqua"), ("Aarav", "Sharma"),
    ("Priyanka", "Venkataraman"), ("Björn", "Þórsson"), ("Ana Lucía", "Ramírez"), ("Ahmad", "Al-Farsi"),
    ("José María", "Núñez"), ("Eoin", "Mac Giolla Bhríde"), ("Kai", "Nakamura-Lee"), ("Fionnuala", "D'Arcy"),
    ("Lars-Erik", "Åström"), ("Noa", "Ben-David"), ("Amélie", "St-Pierre"), ("Tomasz", "Żółkiewski"),
    ("Grace", "McAllister"), ("Oluwadamilare", "Bankole"), ("Inês", "Carvalho"), ("Mateo", "Di Stefano"),
    ("Saoirse", "Ó Briain"), ("Wei", "Zhang"), ("Hamish", "MacLeod"), ("Padma", "Raghunathan"), ("Jonas", "Müller"),
    ("Sinéad", "Fitzgerald"), ("Karolina", "Nowak-Kowalska"), ("Tiago", "Assunção"), ("Emily", "Nguyen-Tran"),
    ("Rhys", "ap Gwilym"), ("Leilani", "Kahananui"), ("Pieter", "de Vries"), ("Sarah", "Cohen"), ("Dan", "Smith"),
    ("Olivia", "Brown"), ("Marcus", "Johnson"), ("Jess", "Taylor"), ("Ravi", "Patel"), ("Liam", "O'Sullivan"),
]

# Where people are and where the warehouses are, as they type them.
PLACES = [
    "Bristol", "bristol", "Bristol BS1 6QA", "Leipzig", "Leipzig/Halle", "Am Exerzierplatz 2, 04158 Leipzig",
    "Venlo", "Keulsebaan 505, 5916 PG Venlo", "Reno, NV 89502", "Reno", "Sparks, NV", "Memphis, TN 38118",
    "Lisboa", "Lisbon", "Sintra", "Porto", "Kraków", "Toronto", "Toronto ON M5V 2T6", "Melbourne VIC 3000",
    "Melbourne", "Stoke-on-Trent", "Bishop's Stortford", "Ashby-de-la-Zouch", "Clermont-Ferrand",
    "'s-Gravenzande", "Martha's Vineyard", "Villeneuve-d'Ascq", "München", "Köln-Ehrenfeld", "Zürich Oerlikon",
    "Düsseldorf", "Malmö", "Ålesund", "Tórshavn", "Łódź", "Poznań", "Plzeň", "Cluj-Napoca", "Θεσσαλονίκη",
    "İzmir", "Tel Aviv-Yafo", "דובאי", "دبي", "पुणे", "Bengaluru", "東京都渋谷区", "大阪市", "서울 성동구",
    "深圳市南山区", "Hồ Chí Minh", "Cebu City", "Auckland", "Christchurch", "Ciudad de México", "São Paulo",
    "Bogotá D.C.", "Montréal", "St. Catharines, ON", "Coeur d'Alene", "Winston-Salem", "Wilkes-Barre, PA",
    "Fort Worth", "Kansas City, MO", "Salt Lake City", "51.4545, -2.5879", "38.7223° N, 9.1393° W",
    "45.5019,-73.5674", "Unit 4, Magna Park, Lutterworth LE17 4XN", "Lutterworth", "Milton Keynes MK1 1BA",
    "Edinburgh EH1 1YZ", "Cardiff Bay", "Llandudno", "Dún Laoghaire", "Galway", "Hamburg-Altona", "Frankfurt (Oder)",
    "Halle (Saale)", "St. Gallen", "Aix-en-Provence", "Reykjavík", "Москва", "Київ", "Bad Homburg v.d. Höhe",
]
TIMEZONES = ["Europe/London", "Europe/Lisbon", "Europe/Berlin", "Europe/Amsterdam", "Europe/Warsaw",
             "America/Toronto", "America/Los_Angeles", "America/Chicago", "America/New_York", "Australia/Melbourne",
             "Asia/Kolkata", "Asia/Tokyo", "Asia/Manila", "America/Sao_Paulo", "UTC", "America/Phoenix",
             "Europe/Dublin", "Pacific/Auckland", "Asia/Ho_Chi_Minh", "Europe/Zurich", "America/Halifax"]
CHANNELS = [("C05DATATM1", "data-team"), ("C05ANLYENG", "analytics-eng"), ("C05DBTRUNS", "dbt-runs"),
            ("C05LOOKERH", "looker-help"), ("C05EXPRMNT", "experiments"), ("C05GROWTHM", "growth-marketing"),
            ("C05MERCHPL", "merch-planning"), ("C05OPSFULF", "ops-fulfilment"), ("C05FINREPT", "finance-reporting"),
            ("C05DATAREQ", "data-requests"), ("C05WHLEIPZ", "warehouse-leipzig"), ("C05RANDOM0", "random"),
            ("C05GENERAL", "general"), ("C05OFFSITE", "offsite-2024"), ("C05CXINSIG", "cx-insights")]
SKUS = ["TPG-TNT-2P-GRN", "TPG-TNT-4P-SND-XL", "TPG-BAG-35L-BLK", "TPG-MUG-ENML-12OZ-RED", "48213-BLK-M",
        "HW-LIN-DUV-KG-OAT", "TPG-JKT-W-RAIN-NVY-S", "SKU 77104/2", "TPG-CHR-FLD-2PK", "LMP-SOLAR-XL-01",
        "TPG-BTL-750-STL", "BNDL-CAMP-STARTER-24", "TPG-SLP-MAT-R4.2", "HW-TWL-BTH-6PC-SAGE", "TPG-STV-GAS-MINI"]
AMOUNTS = ["£89.99", "£1,249.00", "€1.234,56", "€ 49,95", "$12,480.00", "US$ 3.2k", "¥12,800", "CHF 1'250.00",
           "R$ 349,90", "1 299,00 zł", "A$ 219.95", "CA$74.50", "£0.42", "€7,3 Mio.", "$4.31M", "£18.6k",
           "kr 2 495,00", "₹ 8,499", "-£312.10", "(€1,020.00)"]
EXPERIMENTS = ["exp_pdp_sticky_atc_v2", "checkout_one_page_2024q2", "free_ship_threshold_50_vs_75",
               "exp-2024-31_bundle_upsell", "search_ranking_ltr_v3", "homepage_hero_video_vs_static",
               "EXP-118 klarna_badge_pdp", "cart_drawer_vs_page", "price_anchor_strikethrough_uk",
               "email_subject_emoji_test_sep"]
UTM_LINKS = [
    "https://tidepoolgoods.com/collections/tents?utm_source=newsletter&utm_medium=email&utm_campaign=aw24_launch"
    "&utm_content=hero_cta",
    "https://tidepoolgoods.com/products/enamel-mug-12oz?variant=44120987&utm_source=instagram&utm_medium=paid_social"
    "&utm_campaign=mugs_always_on&utm_term=red",
    "https://tidepoolgoods.de/sale?utm_source=google&utm_medium=cpc&utm_campaign=DE%20%7C%20Brand%20%7C%20Exact"
    "&gclid=Cj0KCQjw9Km3BhDjARIsAGUb4nx",
    "https://tidepoolgoods.com/pages/camp-starter?utm_source=tiktok&utm_medium=paid_social&utm_campaign="
    "camp_starter_bundle_24&ttclid=E.C.P.CsABj",
    "https://tidepoolgoods.com/?utm_source=awin&utm_medium=affiliate&utm_campaign=publisher_123456&awc=12345_1726",
    "https://tidepoolgoods.com/products/rain-jacket-w?utm_source=klaviyo&utm_medium=email&utm_campaign="
    "Back%20in%20stock%20(RAIN-NVY)&_kx=abc123.XyZ",
]
LINKS = [
    "https://github.com/tidepoolgoods/analytics/pull/2231", "https://github.com/tidepoolgoods/analytics/issues/874",
    "https://cloud.getdbt.com/deploy/88123/projects/190544/runs/301998877/",
    "https://tidepool.eu.looker.com/dashboards/412?Date+Range=last+7+days&Country=GB%2CIE",
    "https://tidepool.eu.looker.com/explore/ecommerce/orders?qid=Zx81kLmQ2pW7&toggle=vis",
    "https://console.cloud.google.com/bigquery?project=tidepool-prod&ws=!1m5!1m4!4m3!1stidepool-prod!2smarts!3sfct_orders",
    "https://app.snowflake.com/eu-west-1/tp12345/#/compute/history/queries?user=DBT_PROD",
    "https://app.hex.tech/tidepool/app/weekly-kpi-pack-3f9c1a/latest",
    "https://docs.google.com/spreadsheets/d/1QxZ8aTrE4/edit#gid=1843092&range=A1:M40",
    "https://tidepool.atlassian.net/browse/DATA-1432", "https://www.notion.so/tidepool/Metric-definitions-7a1c0e",
    "https://airflow.data.tidepoolgoods.internal:8080/dags/elt_shopify__hourly/grid?dag_run_id=scheduled__2024-09-17",
    "https://admin.shopify.com/store/tidepool/orders/5512093847",
    "https://analytics.google.com/analytics/web/#/p312345678/reports/explorer?params=_u..nav%3Dmaui",
    "https://docs.getdbt.com/reference/resource-configs/bigquery-configs#using-table-partitioning",
    "https://cloud.google.com/bigquery/docs/reference/standard-sql/window-function-calls",
    "https://docs.snowflake.com/en/sql-reference/constructs/qualify",
    "https://www.evanmiller.org/ab-testing/sample-size.html", "https://en.wikipedia.org/wiki/Simpson%27s_paradox",
    "https://grafana.data.tidepoolgoods.com:3000/d/dbt-freshness?orgId=1&from=now-24h&to=now",
] + UTM_LINKS
EMOJI = [":white_check_mark:", ":tada:", ":eyes:", ":sob:", ":money_with_wings:", ":chart_with_upwards_trend:",
         ":chart_with_downwards_trend:", ":thinking_face:", ":pray:", ":coffee:", ":fire:", ":dbt:", ":bigquery:",
         ":snowflake:", ":rotating_light:", ":sweat_smile:", ":100:", ":raised_hands:", "📈", "📉", "🙏", "😅",
         "🎉", "☔", "🌤️", "💸", "🫠", "✅", "👀", "🧮"]

# Placeholders: @@M@@ someone, @@L@@ a link, @@C@@ a channel, @@P@@ a place, @@N@@ a number, @@S@@ a SKU,
# @@A@@ an amount, @@E@@ an experiment, @@U@@ a UTM link, @@D@@ a date, @@TZ@@ a time zone, @@T@@ a time.
CHAT = [
    "morning! dbt prod run finished 06:12, all green :white_check_mark:", "is fct_orders late again or is it me? "
    "max(updated_at) says @@D@@", "AOV last week: @@A@@ (+4.2% WoW), mostly the bundle SKUs",
    "anyone know why GA4 sessions dropped 18% on Sunday? consent banner change?",
    "reminder: metrics review Thu 14:00 BST / 15:00 CEST in @@C@@",
    "the Looker explore `orders` times out for me when I add `customers.ltv_bucket` :sob:",
    "who owns `stg_shopify__refunds`? refund_amount is in minor units for EUR but not for GBP??",
    "D30 retention for the May cohort is 23.7% vs 21.9% for April. pretty sure it's the loyalty email",
    "@@E@@ reached significance (p = 0.031), +2.4% CVR on PDP → ATC. writing it up now",
    "please don't full-refresh fct_sessions during business hours, it's 1.8 TB scanned 💸",
    "BigQuery bill for August: $4,312.77, down from $6.1k after partitioning events by event_date",
    "can someone approve my PR? just a new column on dim_products (is_clearance) @@L@@",
    "heads up: Shopify webhook backlog, orders since 09:40 UTC are ~25 min behind",
    "the CAC/LTV slide uses gross margin, not revenue, right?",
    "Snowflake warehouse ANALYTICS_WH_M suspended itself mid-query lol",
    "SKU @@S@@ shows negative stock in the Venlo feed again", "is 'net revenue' before or after returns in the "
    "board deck? finance says after, CX says before 🙃",
    "the funnel finally adds up: 100,000 sessions → 8,214 PDP views → 1,902 ATC → 611 orders",
    "UTM for the newsletter: @@U@@", "why is utm_campaign sometimes 'Summer_Sale' and sometimes 'summer-sale'? "
    "lower() + replace pls 🙏", "sorry wrong DM 😅", "thx!", "ty jeeves", "lol", "👍", "ack", "on it",
    "brb coffee ☕", "can I get read access to the `finance` schema? ticket DATA-1432",
    "q: does `dbt build --select state:modified+` include seeds?",
    "we should snapshot dim_customers daily, SCD2 via dbt snapshots with strategy='timestamp'",
    "free_ship_threshold_50_vs_75: holdout is 10%, allocation by hash(customer_id) mod 100",
    "Bom dia! O dashboard de vendas de Portugal já tem os números de ontem?",
    "Guten Morgen, die Retourenquote für DE liegt bei 31,4 % – ist das normal für Schuhe?",
    "Cześć! Czy ktoś wie, dlaczego zamówienia z PL mają walutę EUR zamiast PLN?",
    "Bonjour, le taux de conversion mobile a chuté de 0,8 pt depuis mardi 🤔",
    "おはようございます。日本向けの送料テストの結果はいつ出ますか？",
    "Hola equipo, ¿alguien tiene las ventas por CCAA?",
    "Привет! Кто-нибудь знает, почему падает выгрузка в Google Sheets?", "Dank je! De Venlo-cijfers kloppen nu",
    "Merci pour le dashboard, c'est top 👌", "谢谢！明天的周会改到下午三点", "شكراً على التقرير، الأرقام واضحة",
    "धन्यवाद, डैशबोर्ड अब ठीक है", "감사합니다! 코호트 분석 잘 봤어요", "Teşekkürler, CSV'yi aldım",
    "Ευχαριστώ, τα νούμερα συμφωνούν τώρα", "תודה! הדוח מעולה",
    "ROAS on Meta was 2.8x last week vs 3.4x target. CPMs up 22% since the iOS update?",
    "the 'Returns by reason' tile counts exchanges twice, fix in @@L@@",
    "LTV:CAC by acquisition channel for the Q3 pack is in the sheet, tab 'LTV_CAC (v3 FINAL)'",
    "anyone have the SQL for 'active customer' (≥1 order in trailing 365d)? need it for the board pack",
    "the BigQuery slot usage spiked at 03:00, it's the Looker PDT rebuild for `order_facts`",
    "cohort chart looks weird for Feb 29 lol leap year strikes again",
    "Black Friday forecast v2: 14,300 orders ± 9%, peak hour 20:00–21:00 GMT",
    "I renamed `customer_tier` → `loyalty_tier` in dim_customers, Looker view updated too",
    "weekly active buyers are flat (41.2k) but repeat rate up 1.3 pts, so that's nice",
    "the A/B calculator says we need 38,400 sessions per arm for a 5% MDE at 80% power",
    "who's going to the dbt meetup in Lisbon on the 26th?",
    "returns rate by SKU: @@S@@ is at 42%!! sizing issue? CX says 'runs small'",
    "today's stand-up notes are in the doc, TL;DR: freshness alert on stg_klaviyo__events, fixed",
    "can we stop calling it 'revenue' when it's GMV incl. VAT 🙈",
    "The 3PL feed has ship_date = '1970-01-01' for 212 orders, they're backfilling tonight",
    "@@M@@ can you rerun the Hex app? I think it cached yesterday's numbers",
    "@@M@@ @@M@@ see thread re: attribution window (7d click / 1d view)", "merged :ship-it:",
    "p50 delivery time UK = 1.9 days, DE = 2.4, US = 4.1 (Reno DC)", "👀 @@L@@",
    "happy 1-year dbt-versary to the analytics repo 🎂 1,204 models and counting",
    "Is the offsite in Sintra or Cascais? need to know for the weather 😂",
    "it's 31°C in @@P@@ and the warehouse AC is out, pickers are on early shift",
    "heavy rain forecast in @@P@@ tomorrow, outbound trucks may be late :umbrella:",
    "OOO Fri, @@M@@ covers the dbt on-call", "the £ sign breaks the CSV in Excel on Windows, use UTF-8 with BOM",
    "question for the Looker folks: symmetric aggregates or a derived table for the SKU x day explore?",
    "ok so the 'conversion rate' in GA4 is sessions w/ purchase ÷ sessions, ours is orders ÷ sessions. "
    "that's the 0.3 pt gap",
    "sample ratio mismatch on @@E@@: 50.9/49.1 with n=212k, χ² p < 0.001 → investigating the bot filter",
    "100% agree", "tbh I'd just ship the dashboard and iterate", "can u resend the link? lost it",
    "lmk when the backfill is done, I'll refresh the extracts", "nvm found it", "^ this",
    "is anyone else's dbt Cloud IDE stuck on 'Compiling…'?", "FYI finance closes September books on 03/10",
    "CPA for brand search is £3.12, non-brand £27.40 🤯",
    "the merch team wants sell-through % by size curve: units sold / (units sold + on hand)",
    "gross margin after shipping subsidy: 38.2% (UK), 33.9% (EU), 29.5% (US)",
    "I've added `is_first_order` to fct_orders, defined as row_number() = 1 by customer",
    "Is 'Click & Collect' counted as shipping_method = 'pickup' or 'collect'? both exist 🫠",
]
CODE = [
    "```\nSELECT\n  DATE_TRUNC(DATE(o.created_at, \"Europe/London\"), WEEK(MONDAY)) AS order_week,\n  o.channel,\n"
    "  COUNT(DISTINCT o.order_id) AS orders,\n  ROUND(SUM(o.net_revenue_gbp), 2) AS net_revenue_gbp,\n"
    "  SAFE_DIVIDE(SUM(o.net_revenue_gbp), COUNT(DISTINCT o.order_id)) AS aov\nFROM `tidepool-prod.marts.fct_orders` "
    "AS o\nWHERE o.created_at >= TIMESTAMP(\"2024-01-01\")\n  AND o.is_test_order = FALSE\nGROUP BY 1, 2\n"
    "ORDER BY 1 DESC, 3 DESC;\n```",
    "```\nselect customer_id, order_id, order_ts::date as first_order_date\nfrom analytics.marts.fct_orders\n"
    "qualify row_number() over (partition by customer_id order by order_ts) = 1;\n```",
    "```\nselect o.order_id,\n       li.value:sku::string as sku,\n       li.value:quantity::int as qty\n"
    "from raw.shopify.orders o,\n     lateral flatten(input => o.payload:line_items) li\n"
    "where o._loaded_at > dateadd(hour, -6, current_timestamp());\n```",
    "```\nWITH cohorts AS (\n  SELECT customer_id, date_trunc('month', min(created_at))::date AS cohort_month\n"
    "  FROM orders\n  GROUP BY 1\n)\nSELECT c.cohort_month,\n       (extract(year from age(date_trunc('month', "
    "o.created_at), c.cohort_month)) * 12\n        + extract(month from age(date_trunc('month', o.created_at), "
    "c.cohort_month)))::int AS month_n,\n       count(DISTINCT o.customer_id) AS active_customers\nFROM cohorts c\n"
    "JOIN orders o USING (customer_id)\nGROUP BY 1, 2\nORDER BY 1, 2;\n```",
    "```\nSELECT\n  COUNTIF(event_name = 'view_item') AS pdp_views,\n  COUNTIF(event_name = 'add_to_cart') AS atc,\n"
    "  COUNTIF(event_name = 'begin_checkout') AS checkout,\n  COUNTIF(event_name = 'purchase') AS purchases\n"
    "FROM `tidepool-prod.analytics_312345678.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20240909' AND '20240915'\n```",
    "```\n06:12:44  Finished running 142 table models, 38 view models, 611 data tests, 3 snapshots in 0 hours "
    "11 minutes and 2.57 seconds (662.57s).\n06:12:44  Completed with 1 error and 2 warnings:\n06:12:44  Failure in "
    "test accepted_values_fct_orders_currency__GBP__EUR__USD__PLN__CAD__AUD (models/marts/_marts.yml)\n"
    "06:12:44    Got 3 results, configured to fail if != 0\n```",
    "```\nDatabase Error in model fct_orders (models/marts/fct_orders.sql)\n  000904 (42000): SQL compilation error: "
    "error line 14 at position 8\n  invalid identifier 'O.DISCOUNT_CODE'\n  compiled Code at "
    "target/run/tidepool/models/marts/fct_orders.sql\n```",
    "```\nQuery exceeded limit for bytes billed: 1000000000000. 2199023255552 or higher required.\n```",
    "```\n{{ config(\n    materialized='incremental',\n    unique_key='order_line_id',\n"
    "    partition_by={'field': 'order_date', 'data_type': 'date'},\n    cluster_by=['sku']\n) }}\n\nselect\n"
    "    {{ dbt_utils.generate_surrogate_key(['order_id', 'line_number']) }} as order_line_id,\n    order_id,\n"
    "    sku,\n    quantity * unit_price_minor / 100.0 as line_revenue\nfrom {{ ref('stg_shopify__order_lines') }}\n"
    "{% if is_incremental() %}\nwhere updated_at > (select max(updated_at) from {{ this }})\n{% endif %}\n```",
    "```\n{% macro to_major_units(column_name, currency_col) -%}\n    case when {{ currency_col }} in ('JPY', 'KRW') "
    "then {{ column_name }}\n         else {{ column_name }} / 100.0 end\n{%- endmacro %}\n```",
    "```yaml\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n        tests: [unique, not_null]\n"
    "      - name: currency\n        tests:\n          - accepted_values:\n              values: ['GBP', 'EUR', 'USD', "
    "'PLN', 'CAD', 'AUD']\n```",
    "```\ndimension: gross_margin_pct {\n  type: number\n  sql: 1.0 * (${net_revenue} - ${cogs}) / "
    "NULLIF(${net_revenue}, 0) ;;\n  value_format_name: percent_1\n}\n\nmeasure: aov {\n  type: number\n"
    "  sql: ${total_net_revenue} / NULLIF(${count_orders}, 0) ;;\n  value_format: \"£#,##0.00\"\n}\n```",
    "```\nexplore: orders {\n  join: customers {\n    type: left_outer\n    sql_on: ${orders.customer_id} = "
    "${customers.id} ;;\n    relationship: many_to_one\n  }\n  always_filter: {\n    filters: [orders.created_date: "
    "\"7 days\"]\n  }\n}\n```",
    "```\ndimension: sku {\n  sql: ${TABLE}.sku ;;\n  link: {\n    label: \"Open in Shopify\"\n"
    "    url: \"https://admin.shopify.com/store/tidepool/products?query={{ value | url_encode }}\"\n  }\n}\n```",
    "`=SUMIFS(Orders!F:F, Orders!B:B, \">=\"&$B$1, Orders!B:B, \"<\"&$C$1, Orders!D:D, \"DE\")`",
    "`=IFERROR(VLOOKUP(A2, 'SKU map'!A:D, 4, FALSE), \"unmapped\")`",
    "`=QUERY(Raw!A:H, \"select B, sum(H) where C = 'paid' group by B label sum(H) 'revenue'\", 1)`",
    "`=ARRAYFORMULA(IF(A2:A=\"\",, TEXT(A2:A, \"yyyy-mm\")))`", "`=XLOOKUP(E2, SKUs[sku], SKUs[margin], \"n/a\")`",
    "`=IMPORTRANGE(\"https://docs.google.com/spreadsheets/d/1QxZ8aTrE4/edit\", \"Targets!A1:M40\")`",
    "`=REGEXEXTRACT(A2, \"utm_campaign=([^&]+)\")`",
    "`=LET(r, FILTER(tblOrders[net], tblOrders[country]=\"PL\"), SUM(r)/ROWS(r))`",
    "```python\nretention = (df.groupby(['cohort_month', 'months_since_first'])['customer_id'].nunique()\n"
    "             .unstack().div(cohort_sizes, axis=0).round(3))\n```",
    "```python\nfrom statsmodels.stats.proportion import proportions_ztest\n"
    "proportions_ztest([611, 655], [21043, 20987])\n# (-1.83, 0.067) -> not significant yet\n```",
    "```python\ndf = pd.read_gbq(\"select * from marts.fct_orders where order_date = '2024-09-16'\", "
    "project_id=\"tidepool-prod\")\n```",
    "```\ndbt build --select +fct_orders+ --target prod --vars '{\"run_date\": \"2024-09-16\"}'\n```",
    "```\nbq query --use_legacy_sql=false --dry_run < target/compiled/tidepool/models/marts/fct_orders.sql\n"
    "Query successfully validated. Assuming the tables are not modified, running this query will process "
    "48213992211 bytes of data.\n```",
    "```\nsnowsql -c analytics -q \"show grants to role TRANSFORMER\"\n```",
    "```\n[2024-09-17, 06:02:13 UTC] {taskinstance.py:2731} ERROR - Task failed with exception\n"
    "airflow.exceptions.AirflowException: dbt command failed, exit code 1\n[2024-09-17, 06:02:13 UTC] "
    "{taskinstance.py:1149} INFO - Marking task as UP_FOR_RETRY. dag_id=elt_shopify__hourly, task_id=dbt_build\n```",
    "```\n| channel      | sessions | orders |   cvr |\n|--------------|---------:|-------:|------:|\n"
    "| paid_search  |   41,220 |  1,034 | 2.51% |\n| email        |   12,804 |    498 | 3.89% |\n"
    "| organic      |   66,310 |  1,201 | 1.81% |\n| paid_social  |   29,115 |    402 | 1.38% |\n```",
    "```json\n{\"event\": \"Product Added\", \"properties\": {\"sku\": \"TPG-TNT-2P-GRN\", \"price\": 189.0, "
    "\"currency\": \"GBP\", \"quantity\": 1}, \"context\": {\"campaign\": {\"source\": \"newsletter\", "
    "\"medium\": \"email\", \"name\": \"aw24_launch\"}}}\n```",
    "`REGEXP_REPLACE(LOWER(TRIM(utm_campaign)), r'[\\s_]+', '-')` fixes most of the campaign mess",
    "```\ncreate or replace table scratch.pc_aov_by_sku clone analytics.marts.agg_sku_daily;\n"
    "grant select on all tables in schema analytics.marts to role looker_role;\n```",
    "```\nCOPY INTO @exports/finance/vat_2024_08/\nFROM (SELECT order_id, country, net_gbp, vat_gbp FROM "
    "analytics.marts.fct_orders WHERE order_month = '2024-08-01')\nFILE_FORMAT = (TYPE = CSV "
    "FIELD_OPTIONALLY_ENCLOSED_BY = '\"' COMPRESSION = NONE)\nHEADER = TRUE OVERWRITE = TRUE;\n```",
    "```\nselect 'web' as source, count(*) as events from raw.segment.web_tracks where received_at::date = "
    "current_date - 1\nunion all\nselect 'app', count(*) from raw.segment.ios_tracks where received_at::date = "
    "current_date - 1;\n```",
    "```\nCASE\n  WHEN utm_medium IN ('cpc', 'ppc', 'paidsearch') THEN 'paid_search'\n"
    "  WHEN utm_source ILIKE '%facebook%' OR utm_source = 'ig' THEN 'paid_social'\n"
    "  WHEN utm_medium = 'email' THEN 'email'\n  ELSE 'other'\nEND AS channel_group\n```",
    "`sum(net_revenue) over (order by order_date rows between 6 preceding and current row) as revenue_7d`",
    "```\nEXPLAIN ANALYZE\nSELECT sku, sum(quantity) FROM order_lines WHERE created_at >= now() - interval '28 days' "
    "GROUP BY sku;\n-- Seq Scan on order_lines (cost=0.00..48211.07 rows=912331) (actual time=0.02..311.4)\n```",
    "```\ndbt run-operation grant_select --args '{schema: marts, role: REPORTER}' --target prod\n```",
    "```\nselect\n    date_trunc('week', order_date) as wk,\n    sum(iff(is_first_order, net_revenue, 0)) / "
    "nullif(sum(net_revenue), 0) as new_customer_share\nfrom {{ ref('fct_orders') }}\ngroup by 1\n```",
    "```\nWARN  [dbt] Source freshness: stg_klaviyo__events is 7h 12m old (warn_after: 6 hours, error_after: 12 "
    "hours)\n```",
]
LONG = [
    "*Weekly KPI pack* (w/e 15 Sep) :chart_with_upwards_trend:\n• Net revenue: £1.42M (+6.1% WoW, +12.8% YoY)\n"
    "• Orders: 16,204 · AOV £87.63\n• CVR: 2.14% (−0.05 pt)\n• New customer share: 38%\n• Returns: 11.9% of net "
    "revenue\nFull pack: @@L@@\nQuestions → @@C@@",
    "Postmortem draft: *fct_orders 4h late on Mon*\n1. 02:10 Shopify bulk export returned a partial file (HTTP 200, "
    "truncated JSONL)\n2. stg_shopify__orders passed tests (row count within 3σ 🙃)\n3. 06:00 freshness alert fired, "
    "on-call reran at 09:55\n*Fix*: add `recency` + `expect_row_count_to_be_between` on raw, alert at 04:00\n"
    "cc @@M@@ @@M@@",
    "Write-up: *@@E@@*\n```\narm        sessions  orders  cvr\ncontrol    104,220   2,201  2.11%\nvariant    "
    "104,871   2,342  2.23%\n```\nRelative lift +5.7% (95% CI +0.9% to +10.6%), p = 0.019, no SRM (p = 0.41). "
    "Guardrails: AOV −0.4% (ns), returns flat. Recommendation: ship to 100% 🚢",
    "---------- Forwarded message ---------\nFrom: Finance <finance@tidepoolgoods.com>\nDate: Mon, 16 Sep 2024 at "
    "17:02\nSubject: Re: August revenue recon\n\nHi all, the £18,412.07 gap between Shopify payouts and the "
    "warehouse is the Klarna settlement lag (T+3) plus 212 orders with ship_date = 1970-01-01. Can we exclude "
    "those from the 'shipped revenue' tile until the 3PL backfills?\n\nThanks, Ngozi",
    "Onboarding checklist for @@M@@ :wave:\n- [x] Okta, Slack, Google\n- [ ] BigQuery: `roles/bigquery.dataViewer` "
    "on tidepool-prod.marts\n- [ ] Snowflake role ANALYST_RO\n- [ ] Looker: Developer seat + git access\n"
    "- [ ] dbt Cloud IDE\n- [ ] read the metric definitions doc @@L@@",
    "> Can we get revenue by SKU by day for the last 13 months, split by channel and country, as a sheet?\n"
    "That's ~4.2M rows, Sheets caps at 10M cells :grimacing: I'll do a Looker explore with a saved view "
    "and a weekly CSV to Drive instead. OK @@M@@?",
    "Data platform release 2024.09.2 :rocket:\n1. dbt 1.8 → `unit_tests` now run in CI\n2. new `marts.fct_returns` "
    "(grain: return line)\n3. Looker `orders` explore: `net_revenue_ex_vat` measure\n4. deprecated: "
    "`marts.orders_legacy` (removed 01.10.2024)\nThanks @@M@@ for the reviews!",
    "Offsite logistics 🏖️\nDates: 8–10 Oct, Sintra (PT)\nFlights: BRS→LIS 07:15, TAP TP1363\nHotel: Rua "
    "Consiglieri Pedroso 2, 2710-550 Sintra\nBudget: €450 pp incl. dinner\nWeather check: I asked Jeeves, "
    "19–24°C, 10% rain ☀️",
    "Attribution question from growth :thinking_face:\n> Why does Meta say 1,212 purchases and we say 640?\n"
    "Meta: 7-day click + 1-day view, modelled conversions, counts every device\nUs: last non-direct click, "
    "orders de-duplicated by order_id\nSo both are 'right'. Proposal: report both, with the definition in the tile "
    "description.",
    "Backfill plan for fct_sessions (Sat 05:00 UTC)\n1) pause the hourly DAG\n2) `dbt run -s fct_sessions "
    "--full-refresh --vars '{backfill_start: 2023-01-01}'`\n3) check row counts vs GA4 export (±0.5%)\n"
    "4) unpause; Looker PDTs rebuild at 07:00\nEst. cost: ~2.1 TB → $13",
]
BOT_COMMANDS = [
    "weather", "weather @@P@@", "weather @@P@@ tomorrow?", "wether @@P@@", "weather in @@P@@", "Weather @@P@@ pls",
    "weather at the Leipzig DC", "weather for the offsite in Sintra 🌞", "remember location @@P@@",
    "remember location @@P@@", "my location", "forget location", "help", "config", "config timezone @@TZ@@",
    "config tz @@TZ@@", "config alert_time @@T@@", "config time @@T@@", "config units imperial",
    "config units metric", "alerts on", "alerts off", "login", "forget me", "hi jeeves 👋", "thanks!",
    "what can you do?", "config alert_time 6:45am", "config timezone BST", "weather 51.4545,-2.5879",
    "weather Reno, NV 89502", "is it going to rain in @@P@@ for the stock count?", "Config Units Imperial",
    "alerts on please", "what's our AOV yesterday?", "remember location", "weather Köln & Bonn",
]
FILES = [
    ("funnel_q3_by_channel.csv", "text/csv", "csv", "CSV"),
    ("cohort_retention_2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
     "Excel Spreadsheet"),
    ("Screenshot 2024-09-17 at 09.41.22.png", "image/png", "png", "PNG"),
    ("fct_orders.sql", "text/plain", "sql", "SQL"), ("ltv_model_v3 (FINAL).pdf", "application/pdf", "pdf", "PDF"),
    ("orders.view.lkml", "text/plain", "text", "Plain Text"),
    ("AB test readout – checkout_one_page.pptx",
     "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PowerPoint Presentation"),
    ("sku_returns_aug.csv", "text/csv", "csv", "CSV"), ("dbt_run_results.json", "application/json", "json", "JSON"),
]
UNFURLS = [
    ("GitHub", "https://github.com/tidepoolgoods/analytics/pull/2231",
     "Add is_clearance to dim_products by jbaptiste · Pull Request #2231 · tidepoolgoods/analytics",
     "Adds `is_clearance` (price < compare_at_price * 0.7) and tests. Closes DATA-1432."),
    ("Looker", "https://tidepool.eu.looker.com/dashboards/412", "Weekly KPI pack",
     "Net revenue, orders, AOV, CVR by country · last 7 days"),
    ("Google Sheets", "https://docs.google.com/spreadsheets/d/1QxZ8aTrE4/edit", "Q3 targets (v3 FINAL)",
     "Sheet: Targets · Edited by Priyanka Venkataraman"),
    ("Jira", "https://tidepool.atlassian.net/browse/DATA-1432", "DATA-1432: Finance schema read access",
     "Status: In Review · Assignee: Łukasz Wróblewski"),
    ("dbt Docs", "https://docs.getdbt.com/reference/resource-configs/bigquery-configs",
     "BigQuery configurations | dbt Developer Hub", "Using table partitioning and clustering"),
]


class Day(WebApp):
    """Tidepool Goods, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_thirtysecond-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base, context_bytes = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE, 40
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, (first, last) in enumerate(FIRST_LAST * 3):
            fold = {"ł": "l", "Ł": "L", "ø": "o", "Þ": "Th", "þ": "th", "ß": "ss", "ð": "d", "Å": "A"}
            plain_first = "".join(fold.get(c, c) for c in first)
            plain_last = "".join(fold.get(c, c) for c in last)
            ascii_first = _ascii(plain_first).lower().replace(" ", "").replace("'", "")
            ascii_last = _ascii(plain_last).lower().replace(" ", "").replace("'", "")
            handle = f"{ascii_first}.{ascii_last}" + (str(i) if i >= len(FIRST_LAST) else "")
            self.people.append({
                "id": self.sid("U0"), "name": f"{first} {last}", "handle": handle,
                "email": f"{handle}@tidepoolgoods.com", "tz": self.pick(TIMEZONES)})

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 12, 17, 18])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '05', '40'])}"

    def date_text(self) -> str:
        day = self.rng.randint(1, 17)
        return self.pick([f"2024-09-{day:02d}", f"{day:02d}/09/2024", f"9/{day}/24", f"{day}.09.2024",
                          f"{day} Sep", f"Sep {day}, 2024", f"2024-09-{day:02d} 06:1{day % 10}:00 UTC",
                          f"2024-09-{day:02d}T05:{day + 10}:00Z"])

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|PR", "|dashboard", "|doc", "|this", "|the run"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@U@@" in out:
            link = self.pick(UTM_LINKS)
            out = out.replace("@@U@@", f"<{slack_escape(link)}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        pieces = {"@@P@@": PLACES, "@@S@@": SKUS, "@@A@@": AMOUNTS, "@@E@@": EXPERIMENTS, "@@TZ@@": TIMEZONES}
        for mark, values in pieces.items():
            while mark in out:
                value = self.pick(values)
                out = out.replace(mark, slack_escape(value) if slack else value, 1)
        while "@@D@@" in out:
            out = out.replace("@@D@@", self.date_text(), 1)
        while "@@T@@" in out:
            out = out.replace("@@T@@", self.alert_time(), 1)
        while "@@N@@" in out:
            out = out.replace("@@N@@", str(self.rng.randint(2, 60)), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
        elif roll < 0.85:
            text = self.pick(["", "", "hmm ", "ok so ", "fyi ", "seeing this in prod:\n", "any idea why? ",
                              "@@M@@ ", "this is what I ran:\n", "sanity check pls "]) + self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "fixed by adding the partition filter",
                                          "cc @@M@@", "(on the dev target)", "numbers look off by ~3%"])
        else:
            text = self.pick(LONG)
        return self.fill(text)

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    # ---- Slack Events API ----------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text rendering of what was typed: mentions, links and code blocks as their own elements."""
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        section: list[dict[str, Any]] = []
        for i, chunk in enumerate(raw.split("```")):
            if i % 2 == 1:
                if section:
                    elements.append({"type": "rich_text_section", "elements": section})
                    section = []
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": chunk.strip("\n")}]})
                continue
            for word in _split_markup(chunk):
                if word.startswith("<@") and word.endswith(">"):
                    section.append({"type": "user", "user_id": word[2:-1]})
                elif word.startswith("<#") and word.endswith(">"):
                    section.append({"type": "channel", "channel_id": word[2:-1].split("|")[0]})
                elif word.startswith("<http") and word.endswith(">"):
                    url, _, label = word[1:-1].partition("|")
                    section.append({"type": "link", "url": url, **({"text": label} if label else {})})
                elif word:
                    section.append({"type": "text", "text": word})
        if section:
            elements.append({"type": "rich_text_section", "elements": section})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message_event(self, text: str, channel: str, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": kind, "ts": ts, "client_msg_id": self.uuid(),
                                 "text": text, "team": TEAM}
        if self.chance(0.85):
            event["blocks"] = self.blocks(text)
        if self.chance(0.15):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick([BOT_USER, self.pick(self.people)["id"]])
        event["channel"] = channel
        event["event_ts"] = ts
        if kind == "message":
            event["channel_type"] = "im"
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))}

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.55):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            where = self.rng.random()
            chat = self.chat_text()
            if where < 0.5:
                text = f"<@{BOT_USER}> {chat}"
            elif where < 0.8:
                text = f"{chat}\n<@{BOT_USER}> " + self.command_text()
            else:
                text = f"{chat} <@{BOT_USER}>"
        return self.record("slack-mention", "json", self.event_request(self.message_event(text, cid, "app_mention")))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.6) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0"),
                                                                                      "message")))

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves's own replies come back as message.im events (ignored by the app, still inspected)."""
        place = self.pick(PLACES)
        deg, wind = self.pick([("°C", "km/h"), ("°C", "km/h"), ("°F", "mph")])
        text = self.pick([
            f"{place}: Partly cloudy, {self.rng.randint(4, 31)}{deg}, wind {self.rng.randint(2, 40)} {wind}; "
            f"today {self.rng.randint(2, 14)}{deg} to {self.rng.randint(15, 33)}{deg}, "
            f"{self.rng.randint(0, 100)}% chance of precipitation",
            "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
            "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n"
            "• `forget location`: forget your location\n• `weather [place]`: the weather for a place",
            f"Got it, I will remember {place}.", "Daily weather alerts are off.",
            f"Saved. Your settings:\n• alert_time: {self.alert_time()}\n• alerts: on\n• timezone: "
            f"{self.pick(TIMEZONES)}\n• units: metric"])
        cid = self.sid("D0")
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER,
                                 "ts": ts, "app_id": APP_ID, "blocks": self.blocks(slack_escape(text)), "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH,
                                                 "app_id": APP_ID, "team_id": TEAM,
                                                 "icons": {"image_36": "https://a.slack-edge.com/80588/img/plugins/"
                                                                       "app/bot_36.png"}},
                                 "channel": cid, "event_ts": ts, "channel_type": "im"}
        return self.record("slack-botecho", "json", self.event_request(event))

    def slack_edit(self) -> dict[str, Any]:
        """A DM edited, or Slack adding a link preview (unfurl) to one: message_changed."""
        cid = self.sid("D0")
        old = self.message_event(self.chat_text(), cid, "message")
        new = self.inner(old)
        if self.chance(0.5):
            service, url, title, desc = self.pick(UNFURLS)
            new["text"] = old["text"] + f" <{url}>"
            new["attachments"] = [{"from_url": url, "service_name": service, "title": title, "title_link": url,
                                   "text": desc, "fallback": f"{service}: {title}", "id": 1,
                                   "original_url": url, "service_icon": "https://a.slack-edge.com/unfurl_icon.png"}]
        else:
            new["text"] = old["text"] + self.pick([" (edited: typo)", " *", " — nvm, fixed", " ✏️"])
            new["edited"] = {"user": old["user"], "ts": self.ts()}
        ts = self.ts()
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "ts": ts, "event_ts": ts, "channel_type": "im",
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                 "event_ts")}}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        name, mime, ftype, pretty = self.pick(FILES)
        user = self.pick(self.people)
        fid = self.sid("F0", 9)
        quoted = urllib.parse.quote(name)
        file: dict[str, Any] = {
            "id": fid, "created": EPOCH + self.rng.randint(0, 36000), "timestamp": EPOCH, "name": name,
            "title": name.rsplit(".", 1)[0], "mimetype": mime, "filetype": ftype, "pretty_type": pretty,
            "user": user["id"], "user_team": TEAM, "editable": ftype in ("csv", "sql", "text", "json"),
            "size": self.rng.randint(900, 4_800_000), "mode": "hosted", "is_external": False, "external_type": "",
            "is_public": False, "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/{quoted}",
            "is_starred": False, "has_rich_preview": False, "file_access": "visible"}
        if ftype == "csv":
            file["preview"] = self.pick([
                "order_week,channel,sessions,orders,cvr\n2024-09-09,paid_search,41220,1034,0.0251\n"
                "2024-09-09,email,12804,498,0.0389",
                "sku,returns,units,return_rate,top_reason\nTPG-JKT-W-RAIN-NVY-S,88,209,0.421,\"Too small\"\n"
                "48213-BLK-M,31,402,0.077,\"Changed mind\""])
            file["lines"] = self.rng.randint(3, 5000)
        if ftype in ("sql", "text"):
            file["preview"] = self.fill(self.pick(CODE), slack=False).strip("`")[:400]
        text = self.fill(self.pick(["", "here's the export", "@@M@@ the file you asked for",
                                    "for the @@E@@ readout", "numbers for @@D@@ 👇", ""]))
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "subtype": "file_share", "text": text, "files": [file],
                                 "upload": True, "user": user["id"], "display_as_bot": False, "ts": ts,
                                 "client_msg_id": self.uuid(), "channel": self.sid("D0"), "event_ts": ts,
                                 "channel_type": "im"}
        if text:
            event["blocks"] = self.blocks(text)
        return self.record("slack-file", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4],
                 "text": {"type": "mrkdwn", "verbatim": False,
                          "text": f"*Location:* {self.pick(PLACES)}\n*Units:* metric\n*Daily alert:* on at "
                                  f"{self.alert_time()} ({user['tz']})"}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
                "clear_on_close": False, "notify_on_close": False, "root_view_id": None, "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.record("slack-home", "json", self.event_request(event))

    # ---- slash commands and buttons ------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        in_dm = self.chance(0.5)
        cid, cname = (self.sid("D0"), "directmessage") if in_dm else self.pick(CHANNELS)
        kind = self.rng.random()
        msg_ts = self.ts()
        message: dict[str, Any] | None = None
        if kind < 0.7:
            place = self.fill(self.pick(PLACES), slack=False)
            summary = (f"{place}: Overcast, {self.rng.randint(5, 28)}°C, wind {self.rng.randint(3, 35)} km/h; today "
                       f"{self.rng.randint(3, 12)}°C to {self.rng.randint(14, 30)}°C, "
                       f"{self.rng.randint(0, 90)}% chance of precipitation")
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:4],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": place, "type": "button", "action_ts": self.ts()}
            section = {"type": "section", "block_id": action["block_id"] + "s",
                       "text": {"type": "mrkdwn", "text": summary, "verbatim": False}}
        else:
            confirm = kind < 0.85
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "block_id": self.token(3)[:4], "value": "-", "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel", "emoji": True}}
            if confirm:
                action["style"] = "danger"
            summary = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                       "history. It cannot be undone.")
            section = {"type": "section", "block_id": action["block_id"] + "s",
                       "text": {"type": "mrkdwn", "text": summary, "verbatim": False}}
        if in_dm and action["action_id"] == "set_location":
            message = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID, "app_id": APP_ID,
                       "text": summary, "team": TEAM,
                       "blocks": [section, {"type": "actions", "block_id": action["block_id"], "elements": [
                           {"type": "button", "action_id": "set_location", "value": action["value"],
                            "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]}
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": message is None},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}}
        if message is not None:
            payload["message"] = message
        payload["state"] = {"values": {}}
        payload["response_url"] = self.hook("actions")
        payload["actions"] = [action]
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                   "headers": self.slack_headers(
                                                       "application/x-www-form-urlencoded")})

    # ---- the data API: scripts, CI, dashboards ---------------------------------------------------------
    def script_headers(self) -> tuple[dict[str, str], str]:
        client, ua = self.pick([
            ("dbt-cloud-jobs", "python-requests/2.31.0"), ("airflow-etl", "python-requests/2.32.3"),
            ("airflow-etl", "apache-airflow-providers-http/4.10.1 python-requests/2.31.0"),
            ("hex.notebooks", "python-httpx/0.27.0"), ("looker-prod", "Looker/24.14.48 (Action Hub)"),
            ("gh-actions_data-quality", "GitHub-Actions-Runner/2.319.1 curl/8.5.0"),
            ("census-reverse-etl", "Census/1.0 (+https://www.getcensus.com)"),
            ("metabase.finance", "Apache-HttpClient/4.5.14 (Java/17.0.12)"), ("hr-sync", "node-fetch/3.3.2"),
            ("airbyte", "Airbyte/0.63.1 (connector-builder; source-declarative-manifest)"),
            ("jeeves-worker", "Python/3.11 aiohttp/3.10.5"), ("data-laptop", "curl/8.7.1"),
            ("data-laptop", "HTTPie/3.2.3"), ("sheets-addon", "Mozilla/5.0 (compatible; Google-Apps-Script; "
                                                              "beanserver; +https://script.google.com; id: UAEmdDd)")])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"dbt-run.{self.rng.randint(10**8, 10**9)}", f"airflow:{self.hexs(12)}"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = "dd=s:1;o:rum;t.dm:-1,congo=t61rcWkgMzE"
        if self.chance(0.1):
            h["baggage"] = f"sentry-environment=production,sentry-release=analytics%402024.09.2,sentry-trace_id=" \
                           f"{self.hexs(32)}"
        return h, client

    def api(self) -> dict[str, Any]:
        h, client = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 400, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, PARTNER_TEAM])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.48:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.68:
            person = self.pick(self.people)
            doc: dict[str, Any] = {}
            choice = self.rng.random()
            if choice < 0.3:
                doc["settings"] = {"timezone": person["tz"], "alert_time": self.alert_time()}
            elif choice < 0.45:
                doc["settings"] = {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}
            elif choice < 0.75:
                doc = {"name": self.pick([person["name"], person["name"] + " (contractor)", "Dr. " + person["name"],
                                          person["name"].upper(), person["name"] + " — Analytics"]),
                       "email": person["email"]}
            elif choice < 0.88:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {
                "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}", "headers": h,
                "body": json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))})
        if roll < 0.86:
            day = self.rng.randint(1, 16)
            since = self.pick([f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}T00:00:00+01:00",
                               f"2024-09-{day:02d}", f"2024-08-{day + 10:02d}T06:00:00.000Z",
                               f"2024-09-{day:02d} 00:00:00", f"2024-09-{day:02d}T00:00:00-07:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-09-17T00:00:00Z", "2024-09-16T23:59:59+01:00",
                                                   "2024-09-17"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.94:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                            "my_location", "forget_location"])
        body: dict[str, Any] = {"enabled": self.chance(0.7)}
        if self.chance(0.5):
            body["team_id"] = self.pick([TEAM, "*", PARTNER_TEAM])
        h["Content-Type"] = "application/json"
        return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": json.dumps(body), "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua, hints = self.pick([
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/128.0.0.0 Safari/537.36", ('"Chromium";v="128", "Not;A=Brand";v="24", "Google Chrome";v="128"',
                                                '"macOS"')),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
             "Safari/537.36 Edg/128.0.0.0", ('"Chromium";v="128", "Not;A=Brand";v="24", "Microsoft Edge";v="128"',
                                             '"Windows"')),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0", None),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
             "Safari/605.1.15", None),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.6 Mobile/15E148 Safari/604.1", None),
            ("Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/128.0.6613.127 Mobile Safari/537.36", ('"Chromium";v="128", "Not;A=Brand";v="24", '
                                                            '"Google Chrome";v="128"', '"Android"')),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like "
             "Gecko) Version/4.0 Chrome/128.0.6613.99 Mobile Safari/537.36 Slack/24.09.10.0", None),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Slack/4.39.95 Chrome/126.0.6478.234 Electron/31.4.0 Safari/537.36 Sonic Slack_SSB/4.39.95", None)])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en;q=0.8",
                                           "pt-PT,pt;q=0.9,en-GB;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8",
                                           "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en;q=0.8",
                                           "en-AU,en;q=0.9", "ja-JP,ja;q=0.9,en;q=0.8", "en-US,en;q=0.5"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if hints is not None:
            h["sec-ch-ua"], h["sec-ch-ua-platform"] = hints
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        """Our own cookies, and now and then the storefront's (set on .tidepoolgoods.com, so sent here too)."""
        extra: list[tuple[str, str]] = []
        if self.chance(0.3):
            extra.append(self.ga_cookie())
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(2, 90)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.2):
            extra.append(("ajs_anonymous_id", urllib.parse.quote(json.dumps(self.uuid()))))
        if self.chance(0.15):
            extra.append(("_gcl_au", f"1.1.{self.rng.randint(10**8, 10**9)}.{EPOCH - 86400}"))
        if self.chance(0.15):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Sep+17+2024+09%3A12%3A01+GMT%2B0100+"
                                            "(British+Summer+Time)&version=202405.2.0&isIABGlobal=false&hosts=&"
                                            "consentId=" + self.uuid() + "&interactionCount=1&landingPath="
                                            "NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0"))
        if self.chance(0.1):
            extra += [("localization", self.pick(["GB", "DE", "PT", "US", "AU"])),
                      ("cart_currency", self.pick(["GBP", "EUR", "USD", "AUD"]))]
        return self.cookie_header(pairs, extra, shuffle=False)

    def person_query(self) -> str:
        person = self.pick(self.people)
        return self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                          person["handle"], person["id"], "@tidepoolgoods.com", TEAM, person["name"].lower(),
                          "o'c", "ní bh", "d'arcy", "o'neill-hughes", "müller", "nguyen", "Żółk", "dell'acqua",
                          "contractor", "analytics", "venlo", PARTNER_TEAM, "U0", "jean-baptiste"])

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()

        def page(kind: str, placement: str, uri: str, referer: str | None) -> dict[str, Any]:
            h = self.browser_headers(referer)
            h["Cookie"] = self.cookies(session)
            return self.record(kind, placement, self.get_request(uri, h))

        def post(kind: str, uri: str, referer: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
            h = self.browser_headers(referer, True)
            h["Cookie"] = self.cookies(session)
            return self.record(kind, "form", self.form_request(uri, h, [("csrf_token", csrf)] + fields))

        if roll < 0.24:
            params = [("q", self.person_query())] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2)
                                                     else [])
            return page("admin-user-search", "query", "/admin/users?" + urllib.parse.urlencode(params),
                        "/admin/users")
        if roll < 0.36:
            q = self.pick([self.person_query(), ""])
            return post("admin-user-flag", f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'admin'])}",
                        "/admin/users?" + urllib.parse.urlencode([("q", q)]),
                        [("q", q), ("page", str(self.rng.randint(1, 3))), ("value", self.pick(["0", "1"]))])
        if roll < 0.46:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.3):
                return post("admin-feature-remove", "/admin/features/remove", "/admin/features",
                            [("action", action), ("team_id", PARTNER_TEAM)])
            return post("admin-feature", "/admin/features", "/admin/features",
                        [("action", action), ("team_id", self.pick(["", "", TEAM, PARTNER_TEAM, "t07wrhse2"])),
                         ("enabled", self.pick(["0", "1"]))])
        if roll < 0.56:
            q = self.pick(["feature.set", "client.create", "client.rotate", "login", "login.slack", "user.admin",
                           "user.active", "dbt-cloud", "looker-prod", "2024-09-16", "denied", "failed",
                           "admin.map_slack", "user.forget_me", "priyanka", "siobhan.oconnell",
                           f"{TEAM}/{self.pick(self.people)['id']}"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.15) else [])
            return page("admin-audit", "query", "/admin/audit?" + urllib.parse.urlencode(params), "/admin/audit")
        if roll < 0.7:
            uri = self.pick(["/admin/", "/admin/", "/admin/features", "/admin/gateway", "/admin/clients",
                             "/admin/account", "/admin/slack-sign-in", "/admin/users", "/admin/audit",
                             "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
                             "/admin/clients?done=client_disabled", "/admin/account?done=totp_enabled",
                             "/admin/slack-sign-in?done=mapped", "/admin/static/admin.css"])
            return page("admin-page", "cookie", uri, self.pick([None, "/admin/", "/admin/users"]))
        if roll < 0.8:
            client_id = self.pick(["looker-prod", "dbt-cloud:analytics", "hex.notebooks", "airflow-etl",
                                   "census-reverse-etl", "gh-actions_data-quality", "metabase.finance",
                                   "sheets-addon", "q3-funnel-deepdive", "airbyte"])
            if self.chance(0.4):
                verb = self.pick(["rotate", "disable", "enable"])
                return post("admin-client-state", f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{verb}",
                            "/admin/clients", [])
            description = self.pick([
                "Looker scheduled exports → #merch-planning (owner: Priyanka V.)",
                "dbt Cloud job 'nightly_marts' posts run status; prod only",
                "Hex notebook 'Weekly KPI pack' — reads /api/usage/stats",
                "Reverse ETL: Census syncs dim_customers.ltv_bucket to Braze",
                "Airflow DAG elt_shopify__hourly (MWAA, eu-west-1)",
                "Data quality checks (Great Expectations) from GitHub Actions; read-only",
                "Temp client for the Q3 funnel deep-dive. Delete after 30/09/2024!",
                "Sheets add-on for finance: weekly stats into 'KPIs 2024' tab",
                "Metabase (finance) – usage per team, € reporting", "Airbyte connector: Jeeves users → BigQuery raw",
                ""])
            fields = [("client_id", client_id), ("description", description), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            return post("admin-client", "/admin/clients", "/admin/clients", fields)
        if roll < 0.86:
            fields = [("username", self.pick(["ngozi.ok", "lukasz.w", "platform-admin", "priyanka"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            if self.chance(0.25):
                return post("admin-slack-unmap", "/admin/slack-sign-in/remove", "/admin/slack-sign-in",
                            fields[:1])
            return post("admin-slack-map", "/admin/slack-sign-in", "/admin/slack-sign-in", fields)
        if roll < 0.9:
            step = self.rng.random()
            if step < 0.4:
                return post("admin-totp", "/admin/account/totp/start", "/admin/account", [])
            if step < 0.8:
                secret = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
                return post("admin-totp", "/admin/account/totp/confirm", "/admin/account",
                            [("totp_pending", secret), ("totp", f"{self.rng.randint(0, 999999):06d}")])
            return post("admin-totp", "/admin/account/totp/disable", "/admin/account",
                        [("password", self.password())])
        if roll < 0.94:
            return post("admin-logout", "/admin/logout", self.pick(["/admin/", "/admin/users", "/admin/features"]), [])
        return self.admin_login()

    def password(self) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
        return "".join(self.pick(alphabet) for _ in range(self.rng.randint(16, 30)))

    def admin_login(self) -> dict[str, Any]:
        csrf = self.token()
        if self.chance(0.45):
            h = self.browser_headers(self.pick([None, "/admin/"]))
            if self.chance(0.5):
                h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers", "/admin/login?bye=1",
                             "/admin/login?next=%2Fadmin%2Faudit%3Fq%3Dclient.rotate"])
            return self.record("admin-login-page", "query", self.get_request(uri, h))
        h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                  ("username", self.pick(["platform-admin", "ngozi.ok", "lukasz.w", "priyanka"])),
                  ("password", self.password()),
                  ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("gecko" if "Firefox" in ua else "webkit")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.62:
            uri, kind = "/me/location", "me-location"
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
        elif roll < 0.88:
            uri, kind = "/me/settings", "me-settings"
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.alert_time()), ("timezone", person["tz"])]
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        if self.chance(0.18):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.22:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.56:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                          "uri": "/auth/slack/callback?" + urllib.parse.urlencode(
                                                              params)})
        link = self.token()
        if roll < 0.7:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.85:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["dbt-cloud-jobs", "airflow-etl", "hex.notebooks", "looker-prod", "jeeves-worker",
                            "gh-actions_data-quality", "census-reverse-etl", "metabase.finance"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "python-httpx/0.27.0",
                                      "Apache-HttpClient/4.5.14 (Java/17.0.12)", "Go-http-client/1.1",
                                      "Authlib/1.3.2 (+https://authlib.org/)"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=utf-8",
                                        "application/x-www-form-urlencoded;charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.76:
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
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Datadog/Synthetics", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "curl/8.7.1"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz"]), "headers": h})
        if roll < 0.65:
            h = {"User-Agent": self.pick(["python-jose/3.3.0", "Go-http-client/2.0", "lua-resty-http/0.17.2",
                                          "jwks-rsa/3.1.0 (node)", "PyJWT/2.9.0"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                  "uri": "/.well-known/jwks.json", "headers": h})
        if roll < 0.85:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "Authlib/1.3.2"]),
                 "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["openapi-generator/7.8.0", "Postman/11.12", "python-requests/2.31.0",
                                      "Schemathesis/3.34.1"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _split_markup(text: str) -> list[str]:
    """Text cut around Slack's <...> markup, so each mention, channel and link is one piece."""
    out: list[str] = []
    rest = text
    while "<" in rest and ">" in rest[rest.index("<"):]:
        start = rest.index("<")
        end = rest.index(">", start)
        out += [rest[:start], rest[start:end + 1]]
        rest = rest[end + 1:]
    return [piece for piece in out + [rest] if piece]


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 230), ("slack_dm", 240), ("slack_bot_echo", 20), ("slack_edit", 40), ("slack_file", 25),
    ("slack_home", 35), ("slash_command", 330), ("button_click", 150), ("api", 250), ("admin", 140), ("me", 80),
    ("sign_in", 50), ("tokendealer", 70), ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, in the order it happens (kinds interleaved)."""
    return planned(Day(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (handy when checking that it is deterministic)."""
    return digest(benign())
