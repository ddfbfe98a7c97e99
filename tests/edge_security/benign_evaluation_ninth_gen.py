"""Benign traffic of a data and analytics team that runs Jeeves, on every route of the edge (evaluation set nine).

About 1,700 requests in a deployment's proportions. The company, Tallyhouse, is an analytics shop: its people
paste SQL, dbt models and Jinja, Airflow DAGs and logs, pandas and R one-liners, LookML, CSV and JSON
snippets, metric formulas and spreadsheet formulas into Slack; they share BI links (Looker explores, Metabase
questions, Superset charts, Tableau views, Grafana panels) with long query strings; their dashboards have
names with operators in them and their tables have columns like `order_by`, `select_all` or `drop_rate`.
Their scripts, CI, reverse-ETL syncs and dashboards call the data API with bearer tokens; admins search
users, flip switches and register OAuth clients for Airflow, dbt Cloud and the BI tools; people use `/me/`
from desktop and phone browsers, Sign in with Slack, TokenDealer, and the health and metadata endpoints.

How it was written: independently, from the route list (name, match, methods and upstream lines of
gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md, the record structure of
benign_day_gen.py (structure only, not its texts) and general knowledge of what Slack, browsers, SDKs and
CLIs send. No WAF rule, exclusion, ruleset or other generator's texts were read; the texts were not changed
after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_boundary, multipart_form, form_navigation, form_request, token_request, verify_request,
get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_params,
link_preview, link_visit) from evaluator_web.WebApp.
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

SEED = 90_917_009
EPOCH = 1720429200  # 2024-07-08 09:00 UTC, a Monday
TEAM, TEAM_DOMAIN = "T04TALLYHS", "tallyhouse"
APP_ID, BOT_USER = "A06JEEVESX", "U06JEEVES9"
HOST = "edge.tallyhouse.io"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "gQ7rNw2XkPz4LmV8bTsYc1Hd"

NAMES = [
    "Siobhán O'Connell", "Jean-Luc Moreau", "Mary-Kate D'Souza", "Nnamdi Okonkwo-Ade", "Trần Ngọc Anh",
    "Åsa Lindqvist", "Þórunn Jónsdóttir", "Renée Lefebvre-Saint-Clair", "Oğuz Çelik", "Małgorzata Wójcik",
    "Kwame Mensah", "Leilani Kahananui", "Ruairí Mac Giolla Bhríde", "Anne-Sophie Delacroix", "D'Andre Williams",
    "Shira Ben-David", "Ahmad Al-Farsi", "Priyanka Iyer", "Chen Yu", "Søren Holm-Jensen", "Alexei Smirnov",
    "Sato Kenta", "Kim Min-ji", "Layla Haddad", "Ananya Sharma", "Nikos Papadakis", "Beatriz Conceição",
    "Guillermo del Toro-Ruiz", "Zoë McAllister", "Ignacio Núñez", "Fionnuala Ní Bhriain", "Tomasz Zięba",
    "Hiroko Yamamoto", "Oluwadamilare Adeyemi", "Marek Dvořák", "Ingrid Bjørnstad", "Rashida Jones-Baptiste",
    "Pieter van 't Hek", "Élodie Fauré", "Kateryna Shevchenko", "José María Aznar-López", "Lukas Müller",
    "Ngozi Eze", "Sunil Venkataraman", "Emily O'Neill", "Marcus Lee", "Jess Whitaker", "Dev Patel",
    "Noor ul-Ain", "Tamar Levi", "Björn Þór Ragnarsson", "Camila Rojas", "Mateo González", "Ayşe Yıldız",
]
SCRIPT_NAMES = ["Алексей Смирнов", "佐藤 健太", "김민지", "ليلى حداد", "अनन्या शर्मा", "Νίκος Παπαδάκης",
                "陈宇", "Trần Ngọc Ánh", "שירה בן-דוד", "Катерина Шевченко", "山本 裕子", "ปิยะพงษ์ ศรีสุข"]
TIMEZONES = ["Europe/Amsterdam", "Europe/Berlin", "Europe/London", "Europe/Dublin", "Europe/Warsaw",
             "Europe/Lisbon", "Europe/Istanbul", "Europe/Kyiv", "America/Toronto", "America/New_York",
             "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "America/Bogota", "Asia/Kolkata",
             "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore", "Asia/Ho_Chi_Minh", "Africa/Lagos", "Australia/Sydney",
             "Pacific/Honolulu", "Atlantic/Reykjavik", "UTC", "Asia/Kathmandu", "America/St_Johns"]
PLACES = [
    "Amsterdam", "amsterdam", "Utrecht", "'s-Hertogenbosch", "Den Haag", "Rotterdam", "Berlin", "Kraków",
    "Warszawa", "Łódź", "Wrocław", "Dublin", "Cork", "Galway", "London", "Manchester", "Leeds", "Lisboa",
    "Porto", "İzmir", "İstanbul", "Kyiv", "Київ", "Toronto", "Montréal", "St. John's", "Austin", "Austin, TX",
    "Brooklyn, NY", "Coeur d'Alene", "San José", "Bogotá", "Medellín", "São Paulo", "Florianópolis",
    "Bengaluru", "बेंगलुरु", "Pune", "Hyderabad", "東京", "Tokyo", "大阪市", "서울", "Seoul", "Singapore",
    "Hồ Chí Minh", "Hà Nội", "Lagos", "Accra", "Nairobi", "Sydney", "Reykjavík", "Honolulu", "Kathmandu",
    "Zürich", "Genève", "Aix-en-Provence", "Saint-Malo", "L'Île-Rousse", "Llanfair PG", "Tel Aviv-Yafo",
    "תל אביב", "Αθήνα", "Москва", "القاهرة", "Dubai", "Ho Chi Minh City", "Kuala Lumpur", "Bangkok",
    "Prinsengracht 263-267, 1016 GV Amsterdam", "1 Mark Square, London EC2A 4EG", "ul. Marszałkowska 142, "
    "00-061 Warszawa", "Torstraße 140, 10119 Berlin", "600 Congress Ave, Austin, TX 78701", "D02 X285",
    "1016 GV", "M5V 3L9", "EC2A 4EG", "10119", "78701", "560001", "52.3676,4.9041", "52.37, 4.90",
    "40.7128° N, 74.0060° W", "-23.5505,-46.6333", "Rua Augusta 1200 - Consolação, São Paulo - SP",
    "Calle 93 #11-26, Bogotá", "〒150-0002 東京都渋谷区渋谷2-21-1", "서울특별시 강남구 테헤란로 152",
]
CHANNELS = [("C01GENERAL", "general"), ("C02RANDOM", "random"), ("C03DATAENG", "data-eng"),
            ("C04ANALYTX", "analytics"), ("C05DBTRUNS", "dbt-runs"), ("C06AIRFLOW", "airflow-alerts"),
            ("C07BIREQST", "bi-requests"), ("C08DQALERT", "data-quality"), ("C09MLPLAT", "ml-platform"),
            ("C10EXECKPI", "exec-metrics"), ("C11GROWTH", "growth-analytics"), ("C12FINREP", "finance-reporting"),
            ("C13SQLHELP", "sql-help"), ("C14WHCOST", "warehouse-costs"), ("C15ONCALL", "oncall-data"),
            ("C16AMSOFF", "office-amsterdam"), ("C17AUSOFF", "office-austin")]
TABLES = ["fct_orders", "dim_customers", "stg_stripe__charges", "int_sessions_sessionized", "fct_events",
          "marts.daily_kpis", "raw.shopify.orders", "analytics.fct_subscriptions", "snapshots.dim_users_snapshot",
          "mrt_finance__revenue_recognition", "stg_hubspot__deals", "fct_ad_spend", "dim_date",
          "int_orders__deduped", "rpt_cohort_retention"]
DASHBOARDS = [
    "Revenue | WoW Δ% | by channel", "Orders (status != 'cancelled')", "Churn < 2% target tracker",
    "LTV:CAC >= 3 (paid channels)", "CAC ≤ €120 — EMEA", "Sessions & Signups → Activation",
    "Top 10 SKUs by GMV (excl. returns)", "NPS > 40? — quarterly", "Funnel: visit > cart > checkout > paid",
    "WAU/MAU (7d/28d)", "Exec KPIs [v3] — DO NOT EDIT", "ARR bridge: new + expansion - churn - contraction",
    "Ad spend vs. ROAS (ROAS = rev / spend)", "Warehouse credits / day (Snowflake)", "Jeeves adoption 🤖",
    "Retention cohorts (M0..M12)", "p95 query time > 60s", "Stock-outs @ DC-3", "Support tickets: SLA < 4h",
]
BI_LINKS = [
    "https://looker.tallyhouse.io/explore/ecommerce/orders?fields=orders.created_week,orders.count,"
    "orders.total_revenue&f[orders.status]=-cancelled,-refunded&f[orders.created_date]=last+12+weeks"
    "&sorts=orders.created_week+desc&limit=500&vis={\"type\":\"looker_line\"}",
    "https://looker.tallyhouse.io/dashboards/412?Region=EMEA&Date+Range=2024%2F06%2F01+to+2024%2F07%2F01"
    "&Channel=paid_search%2Cpaid_social",
    "https://metabase.tallyhouse.io/question/1873-weekly-active-users-by-plan?plan=pro&plan=enterprise",
    "https://metabase.tallyhouse.io/question#eyJkYXRhc2V0X3F1ZXJ5Ijp7ImRhdGFiYXNlIjozLCJ0eXBlIjoicXVlcnkifX0=",
    "https://superset.tallyhouse.io:8088/explore/?slice_id=212&form_data=%7B%22time_range%22%3A%22Last+quarter"
    "%22%2C%22granularity_sqla%22%3A%22order_date%22%7D",
    "https://superset.tallyhouse.io:8088/sqllab/?savedQueryId=77",
    "https://tableau.tallyhouse.io/#/views/ExecKPIs/Overview?:iid=1&:embed=y&Region=EMEA",
    "https://grafana.tallyhouse.io/d/wh-costs/warehouse-credits?orgId=1&from=now-30d&to=now&var-warehouse="
    "REPORTING_XS&var-warehouse=TRANSFORM_M",
    "http://airflow.internal:8080/dags/daily_kpis/grid?dag_run_id=scheduled__2024-07-07T06%3A00%3A00%2B00%3A00"
    "&task_id=dbt_run&tab=logs",
    "http://localhost:8888/lab/tree/notebooks/churn_model_v2.ipynb",
    "https://cloud.getdbt.com/deploy/71024/projects/15530/runs/288114091/",
    "https://tallyhouse.atlassian.net/browse/DATA-1187", "https://tallyhouse.atlassian.net/browse/BI-442",
    "https://github.com/tallyhouse/dbt-analytics/pull/2231", "https://github.com/tallyhouse/airflow-dags/pull/518",
    "https://app.mode.com/tallyhouse/reports/9f2c1ab0e7/runs/3b1d2/viz/5c8e?param_start_date=2024-06-01",
    "https://docs.getdbt.com/reference/resource-configs/incremental_strategy",
    "https://docs.snowflake.com/en/sql-reference/functions/qualify",
    "https://www.postgresql.org/docs/16/functions-window.html",
    "https://docs.google.com/spreadsheets/d/1xYzAbC/edit#gid=0&range=A1:F40",
    "https://www.notion.so/tallyhouse/Metric-definitions-ARR-NRR-GRR-3e1f0a",
    "https://redash.tallyhouse.io/queries/318?p_start_date=2024-06-01&p_end_date=2024-06-30&p_region=EMEA",
]
EMOJI = [":bar_chart:", ":chart_with_upwards_trend:", ":chart_with_downwards_trend:", ":white_check_mark:",
         ":x:", ":eyes:", ":pray:", ":tada:", ":fire:", ":thinking_face:", ":snowflake:", ":duck:", ":dbt:",
         ":airflow:", ":looker:", ":rotating_light:", ":100:", ":sweat_smile:", "📊", "📈", "📉", "🧮", "🦆",
         "❄️", "✅", "🔥", "🙏", "🤔", "🎉", "😅", "🚨", "🫠"]

# Chat. @@M@@ mention, @@L@@ link, @@C@@ channel, @@P@@ place, @@N@@ number, @@D@@ dashboard, @@T@@ table.
CHAT = [
    "morning ☕", "gm all", "o/", "ack", "on it", "lgtm 🚢", "+1", "same here", "ty @@M@@!", "thx", "np!",
    "nvm, found it", "brb, standup", "looking now", "👀", "can confirm", "yep, reproducible",
    "dbt run for prod finished in 41m 12s, 3 models skipped :white_check_mark:",
    "who owns @@T@@? the `order_by` column is null for ~4% of rows since Friday",
    "@@D@@ is showing 0 for yesterday, is the Airflow DAG stuck? @@M@@",
    "PR for the new ARR model: @@L@@ — reviewers welcome, it's mostly renames",
    "snowflake credits yesterday: 412.7 (+38% WoW) 😬 mostly TRANSFORM_M",
    "can someone add me to the `reporter` role? need read on marts.*",
    "heads up: I'm backfilling @@T@@ from 2023-01-01, expect the XL warehouse to be busy until ~14:00 CET",
    "the `select_all` flag on the export endpoint is deprecated, use `columns=*` instead",
    "is `drop_rate` in @@T@@ a ratio or a percentage? dashboard says 0.034 and the doc says 3.4%",
    "fyi the `delete_flag` column is soft-deletes only, don't filter on it in finance models",
    "rule of thumb: if you need DISTINCT to fix a join, the join is wrong 🙃",
    "quick q: do we count trials in WAU or not? @@D@@ says yes, the exec deck says no",
    "CAC for June: €118.40 (target ≤ €120) :tada:", "NRR 112.3% / GRR 91.8% for Q2, details in @@L@@",
    "conversion is 3.42% vs 3.9% last week, but sessions are +22% so it's mostly top-of-funnel noise",
    "reminder: metric definitions live in @@L@@, not in people's heads 😇",
    "the stripe source is 6h stale, Fivetran says 'rate limited (429)', retrying at 12:30 UTC",
    "anyone know why `dbt build -s +fct_orders` rebuilds dim_date every time?",
    "merged! thanks @@M@@ and @@M@@ :duck:", "can we move the data council sync to 16:30 CET / 10:30 ET?",
    "pls don't `SELECT *` on fct_events without a date filter, it's 4.1 TB 🙏",
    "TIL Snowflake has `QUALIFY`, no more subquery for row_number() = 1",
    "TIL `COUNT(col)` skips NULLs but `COUNT(*)` doesn't, explains the 412 vs 398",
    "the Looker PDT for @@D@@ failed: 'Query exceeded 600s' — bumping to XS → S for now",
    "who changed the fiscal year start to April 1st in dim_date?? FY24 Q2 numbers shifted",
    "just realised the dashboard filter is `region = 'EMEA' OR region IS NULL` so it double counts unknowns",
    "is anyone else seeing dupes in @@T@@ for order_id 88213004? 2 rows, same updated_at",
    "working from @@P@@ this week, same hours (roughly 9-5 CET)", "OOO Thu-Fri, @@M@@ covers dbt on-call",
    "the weather bot says 31°C in @@P@@ tomorrow, I'm bringing the laptop to the lake 🏖️",
    "new hire starting Monday: @@M@@ (analytics engineer, ex-Shopify). say hi! 👋",
    "reminder: #warehouse-costs review Wed 11:00, bring your top-5 most expensive queries",
    "lol the ML model predicts churn = 1 for everyone on the free plan. technically correct",
    "p-value 0.047 with n=38 per arm… I'm not shipping that, let's run it another week",
    "A/B test readout: variant B +1.8pp signup rate (95% CI 0.4–3.2pp), p=0.012 🎉",
    "Excel people: `=XLOOKUP(A2, Orders!A:A, Orders!F:F, \"n/a\")` works, VLOOKUP with FALSE too",
    "the CSV export uses ; as separator and , as decimal (German locale), so 1.234,56 € parses as text",
    "invoice total should be 12 345,67 SEK, the report shows 1234567 — locale bug again",
    "revenue in INR is ₹1,23,45,678 — lakh separators broke our regex, fixing",
    "timestamps in the raw table are epoch ms (1720429200000), not seconds, hence year 56000 lol",
    "date formats in the upload: 07/08/2024, 8.7.2024, 2024-07-08 and \"Jul 8th\" — all in one column 🫠",
    "the partner's SFTP is at sftp://ingest.partner-data.example:2222/outbound/ — creds in 1Password",
    "connection string for the replica: `postgres://reporter@replica-2.db.internal:5433/analytics?sslmode=require`",
    "call me on +44 20 7946 0958 if the pager goes off tonight, or +31 6 1234 5678 after 22:00",
    "support line for the BI vendor: +1 (415) 555-0132, ticket #004418",
    "spent 2h on a bug that was a trailing space in 'EMEA ' 🤦", "who's up for lunch at Foodhallen? 12:15",
    "Goedemorgen! Wie heeft de sleutel van vergaderruimte 3?", "Dzień dobry, czy ktoś ma dostęp do Tableau?",
    "Guten Morgen! Der Report für Q2 ist fertig 📊", "¿Alguien puede revisar mi PR de dbt? es cortito",
    "Bom dia pessoal! Alguém sabe por que o painel de receita está vazio?",
    "お疲れ様です。ダッシュボードが更新されました",
    "데이터 파이프라인 다시 돌렸어요 ✅", "Всем привет! Кто отвечает за Airflow сегодня?", "धन्यवाद टीम! 🙏",
    "شكراً على التقرير", "谢谢！数据已经更新了", "Ευχαριστώ, δουλεύει τώρα!", "Teşekkürler, dashboard düzeldi",
    "תודה רבה על העזרה", "Cảm ơn mọi người!", "Merci à tous, la démo s'est bien passée 🎉",
    "the 'Customer's Lifetime Value' column has a curly apostrophe in Tableau: ’ vs '",
    "approved the dbt-utils 1.2 bump, `dbt deps` then `dbt build --select state:modified+`",
    "heads up: `union_all_relations` from dbt_utils casts everything to varchar if columns mismatch",
    "@@M@@ your query is fine, the difference is timezone: `created_at` is UTC, the dashboard is Europe/Amsterdam",
    "can't open @@L@@ — 403. can someone share it with analytics@tallyhouse.io?",
    "the forecast says rain all week in @@P@@ so perfect weather for backfills 🌧️",
    "Airflow is back, scheduler was OOM-killed (4Gi → 8Gi now)", "re-running the failed tasks from 06:00 UTC",
    "dashboard load time went from 34s to 3.1s after the aggregate table 🚀",
    "the 'Other' bucket in @@D@@ is 41% of revenue, we need better channel mapping",
    "ok who wrote `WHERE amount > 0 OR amount < 0` 😂 (it's `<> 0`, and it drops NULLs btw)",
    "Jupyter on the shared box is at http://10.20.1.14:8888/?token=<ask me in DM>",
    "the staging Metabase is http://metabase-staging.internal:3000, prod is @@L@@",
    "our dbt docs site: http://dbt-docs.internal:8080/#!/model/model.analytics.fct_orders",
]
CODE = [
    "```sql\nselect date_trunc('week', created_at) as wk,\n       count(distinct user_id) as wau\nfrom "
    "analytics.fct_sessions\nwhere created_at >= current_date - interval '90 day'\ngroup by 1\norder by 1;\n```",
    "why does `select * from dim_customers where region = 'EMEA' or region is null` return 0 rows in prod and "
    "412 in dev?",
    "```sql\nwith ranked as (\n  select *, row_number() over (partition by order_id order by updated_at desc) "
    "as rn\n  from raw.shopify.orders\n)\nselect * exclude (rn) from ranked where rn = 1\n```",
    "```sql\n-- dedupe the events table (one-off, ran in a transaction)\ndelete from staging.events e\nusing "
    "staging.events d\nwhere e.event_id = d.event_id\n  and e.ctid < d.ctid;\n```",
    "```sql\nselect order_id,\n       sum(amount) filter (where status <> 'refunded') as net_amount\nfrom "
    "fct_payments\ngroup by 1\nhaving sum(amount) > 1000;\n```",
    "```sql\nselect 'web' as platform, count(*) as purchases from web_events where event_name = 'purchase'\n"
    "union all\nselect 'ios', count(*) from app_events where event_name = 'purchase' and os = 'ios'\nunion all\n"
    "select 'android', count(*) from app_events where event_name = 'purchase' and os = 'android';\n```",
    "```sql\ninsert into marts.daily_kpis (day, revenue, orders)\nselect day, sum(revenue), count(*)\nfrom "
    "int_orders\ngroup by day\non conflict (day) do update set revenue = excluded.revenue, orders = "
    "excluded.orders;\n```",
    "```sql\ndrop table if exists tmp_cohorts_2024q2;\ncreate table tmp_cohorts_2024q2 as\nselect user_id, "
    "min(date_trunc('month', created_at)) as cohort\nfrom orders\ngroup by 1;\n```",
    "```sql\nselect case when ltv >= 500 then 'whale'\n            when ltv >= 100 then 'dolphin'\n            "
    "else 'minnow' end as tier,\n       count(*) as customers\nfrom customer_ltv\ngroup by 1\norder by 2 desc;\n```",
    "```sql\ngrant usage on schema marts to role reporter;\ngrant select on all tables in schema marts to role "
    "reporter;\n```",
    "`SELECT COUNT(*) FROM orders WHERE 1=1 AND status IN ('paid','shipped')` — the 1=1 comes from the Looker "
    "template, ignore it",
    "```sql\nselect user_id,\n       string_agg(distinct channel, ', ' order by channel) as channels\nfrom "
    "touchpoints\ngroup by user_id\nlimit 100;\n```",
    "```sql\nselect table_name, column_name, data_type\nfrom information_schema.columns\nwhere table_schema = "
    "'marts' and column_name like '%_id'\norder by 1, 2;\n```",
    "`select pg_size_pretty(pg_total_relation_size('fct_events'));` says 412 GB, is that right?",
    "```sql\nselect query_id, user_name, warehouse_name, total_elapsed_time / 1000 as secs\nfrom "
    "snowflake.account_usage.query_history\nwhere start_time > dateadd('day', -1, current_timestamp())\norder by "
    "total_elapsed_time desc\nlimit 20;\n```",
    "```sql\nSELECT event_name, COUNT(*) AS n\nFROM `tally-prod.analytics.events_*`\nWHERE _TABLE_SUFFIX BETWEEN "
    "'20240601' AND '20240630'\nGROUP BY event_name\nORDER BY n DESC\n```",
    "```sql\n{{ config(materialized='incremental', unique_key='order_id', on_schema_change='append_new_columns') "
    "}}\n\nselect * from {{ ref('stg_orders') }}\n{% if is_incremental() %}\n  where updated_at > (select "
    "max(updated_at) from {{ this }})\n{% endif %}\n```",
    "```sql\n{% set methods = ['card', 'sepa', 'paypal', 'gift_card'] %}\nselect order_id,\n{% for m in methods "
    "%}\n  sum(case when method = '{{ m }}' then amount else 0 end) as {{ m }}_amount{% if not loop.last %},{% "
    "endif %}\n{% endfor %}\nfrom {{ ref('stg_payments') }}\ngroup by 1\n```",
    "```python\nwith DAG(\"daily_kpis\", schedule=\"0 6 * * *\", start_date=datetime(2024, 1, 1), catchup=False,\n"
    "         default_args={\"retries\": 2, \"retry_delay\": timedelta(minutes=5)}) as dag:\n    dbt_run = "
    "BashOperator(task_id=\"dbt_run\", bash_command=\"dbt run --select +fct_orders --target prod\")\n    "
    "dbt_test = BashOperator(task_id=\"dbt_test\", bash_command=\"dbt test --select fct_orders\")\n    "
    "dbt_run >> dbt_test\n```",
    "`df.groupby([\"region\", \"week\"]).agg(revenue=(\"amount\", \"sum\"), orders=(\"order_id\", "
    "\"nunique\")).reset_index()`",
    "`df[df[\"order_by\"].notna() & (df[\"select_all\"] == 1)]` is what the old notebook does, no idea why",
    "```\ndbt build --select state:modified+ --defer --state ./prod-manifest --target ci --fail-fast\n```",
    "```\n$ dbt test --select source:stripe\n...\nFailure in test not_null_stg_stripe__charges_customer_id "
    "(models/staging/stripe/schema.yml)\n  Got 17 results, configured to fail if != 0\n\nDone. PASS=41 WARN=2 "
    "ERROR=1 SKIP=0 TOTAL=44\n```",
    "```\n[2024-07-08, 06:02:13 UTC] {taskinstance.py:2731} ERROR - Task failed with exception\n"
    "snowflake.connector.errors.ProgrammingError: 002003 (42S02): SQL compilation error:\nObject "
    "'ANALYTICS.MARTS.FCT_ORDERS_V2' does not exist or not authorized.\n```",
    "```\nregion,week,revenue,orders\nEMEA,2024-W27,182340.50,4211\nNA,2024-W27,251002.10,5120\n"
    "APAC,2024-W27,\"90,120.00\",2033\nLATAM,2024-W27,,0\n```",
    "```json\n{\"metric\": \"net_revenue\", \"filters\": {\"country\": [\"NL\", \"BE\", \"DE\"], \"status\": "
    "[\"paid\", \"shipped\"]}, \"group_by\": [\"week\"], \"order_by\": [{\"field\": \"week\", \"dir\": "
    "\"desc\"}], \"limit\": 52}\n```",
    "```js\ndb.orders.aggregate([\n  { $match: { status: { $in: [\"paid\", \"shipped\"] } } },\n  { $group: "
    "{ _id: \"$region\", total: { $sum: \"$amount\" } } },\n  { $sort: { total: -1 } }\n])\n```",
    "ARPU = `sum(net_revenue) / nullif(count(distinct paying_user_id), 0)` — please use this one everywhere",
    "conversion_rate = `orders::numeric / nullif(sessions, 0)` (the ::numeric matters, otherwise integer "
    "division gives 0)",
    "`=SUMIFS(Revenue!C:C, Revenue!A:A, \">=\"&DATE(2024,6,1), Revenue!B:B, \"EMEA\")` in the finance sheet",
    "the regex for order ids is `^ORD-\\d{8}-[A-Z]{2}$`, the legacy ones are `^\\d{6,}$`",
    "`pd.read_sql(\"select * from marts.fct_orders where order_date >= %(start)s\", con, params={\"start\": "
    "\"2024-06-01\"})`",
    "`df %>% filter(!is.na(churn_date)) %>% group_by(cohort) %>% summarise(n = n(), rate = mean(churned))`",
    "```python\nspark.sql(\"SELECT * FROM delta.`/mnt/lake/events` VERSION AS OF 42\").createOrReplaceTempView("
    "\"events_v42\")\n```",
    "```\ndimension: is_whale {\n  type: yesno\n  sql: ${ltv} >= 500 ;;\n}\n\nmeasure: total_revenue {\n  type: "
    "sum\n  sql: ${TABLE}.amount ;;\n  value_format_name: eur\n}\n```",
    "```sql\nselect o.order_id, o.amount, c.segment\nfrom fct_orders o\nleft join dim_customers c on c.customer_id "
    "= o.customer_id and c.is_current\nwhere o.order_date between '2024-06-01' and '2024-06-30'\n  and "
    "c.customer_id is null;  -- orphans\n```",
    "```sql\nupdate dim_customers set segment = 'enterprise' where arr_eur >= 100000 and segment <> "
    "'enterprise';\n-- 37 rows, checked with a select first\n```",
    "```sql\nselect date_day,\n       sum(revenue) over (order by date_day rows between 6 preceding and current "
    "row) / 7 as revenue_7d_avg\nfrom marts.daily_kpis;\n```",
    "```\n$ psql \"$WAREHOUSE_URL\" -c \"\\copy (select * from rpt_cohort_retention) to 'cohorts.csv' csv "
    "header\"\nCOPY 1440\n```",
    "```yaml\nversion: 2\nmodels:\n  - name: fct_orders\n    columns:\n      - name: order_id\n        tests: "
    "[unique, not_null]\n      - name: status\n        tests:\n          - accepted_values:\n              values: "
    "['placed', 'paid', 'shipped', 'cancelled', 'refunded']\n```",
    "```\nairflow tasks clear daily_kpis -t 'dbt_.*' -s 2024-07-01 -e 2024-07-07 --yes\n```",
    "```\ncron: 15 */2 * * 1-5   # every 2h at :15 on weekdays, UTC\n```",
    "```python\nimport great_expectations as gx\nbatch.expect_column_values_to_be_between(\"discount_pct\", "
    "min_value=0, max_value=100, mostly=0.999)\n```",
    "```\nERROR: division by zero\nCONTEXT: SQL statement \"select revenue / orders from daily_kpis where day = "
    "'2024-07-07'\"\n```",
    "```sql\nselect * from orders where customer_name = 'O''Brien';  -- escaping the quote, note the double ''\n```",
]
LONG = [
    "*Incident DATA-1187* (10:40 CET)\n• Impact: Exec KPIs dashboard showed revenue -100% for 2024-07-07\n"
    "• Cause: Stripe source stale (Fivetran 429s), fct_orders built on partial data\n• Fix: re-sync + `dbt build "
    "-s +fct_orders`\n• Follow-up: freshness test `warn_after: {count: 6, period: hour}`\n\ncc @@M@@ @@M@@",
    "Metric definitions, v2 (please read before the QBR):\n1. *Active user*: ≥ 1 session with ≥ 10s engaged time "
    "in the window\n2. *WAU/MAU*: distinct active users in 7d / 28d, both ending yesterday\n3. *NRR* = (start ARR "
    "+ expansion − contraction − churn) / start ARR\n4. *CAC* = (paid media + sales cost) / new paying customers",
    "Hi all,\n\nfrom the finance team:\n\n> Could you split June revenue by entity (BV / GmbH / Inc) and by "
    "product line? We need it by Wed EOD for the board pack.\n> Thanks! – Ingrid\n\n@@M@@ can you take this? the "
    "model is `mrt_finance__revenue_recognition`",
    "Warehouse cost review (June):\n| warehouse | credits | Δ MoM |\n|---|---|---|\n| TRANSFORM_M | 8,412 | +12% "
    "|\n| REPORTING_XS | 2,210 | −4% |\n| ADHOC_L | 3,980 | +41% ⚠️ |\nTop offender: a notebook doing `select *` "
    "on fct_events every 5 min 🙃",
    "Plan for the Snowflake → dbt 1.8 upgrade (Sat 06:00 UTC):\n1) pause Airflow DAGs `daily_*`\n2) `pip install "
    "dbt-snowflake==1.8.3`\n3) `dbt build --target prod --full-refresh -s tag:small`\n4) smoke test @@D@@\n"
    "5) unpause\nRollback: pin 1.7.x in requirements.txt, ~10 min.",
    "Onboarding checklist for new analysts:\n- [ ] Snowflake user (role ANALYST)\n- [ ] Looker seat + "
    "`Developer` mode\n- [x] GitHub: tallyhouse/dbt-analytics\n- [ ] read the style guide (lowercase SQL, "
    "trailing commas, CTEs over subqueries)\n- [ ] `/jeeves remember location <your city>` 😄",
    "> On Fri, Jul 5, 2024 at 4:12 PM Marcus <marcus@partner.example> wrote:\n> the file we sent has 1,048,576 "
    "rows, is that the Excel limit?\n\nyes it is 😅 asked them to send parquet or gzipped CSV via SFTP instead",
    "Survey: which BI tool should we keep? (n=58)\n| tool | votes |\n|---|---|\n| Looker | 24 |\n| Metabase | "
    "19 |\n| Tableau | 9 |\n| \"just give me SQL\" | 6 |",
    "*Weekly data quality report* 🧪\n• tests: 1,204 passed, 7 warned, 2 failed\n• freshness: 3 sources late "
    "(stripe, hubspot, zendesk)\n• row counts: fct_orders +2.1% WoW (expected), fct_events −18% (investigating, "
    "@@L@@)\n• anomalies: AOV spike on 2024-07-04 (US holiday, fine)",
    "Can someone explain why these two disagree?\n```sql\nselect count(*) from fct_orders where order_date >= "
    "'2024-07-01';          -- 18,244\nselect count(*) from fct_orders where order_date::date >= "
    "'2024-07-01'::date;  -- 18,301\n```\nmy bet: timestamps vs dates in different timezones",
    "Release notes *dbt-analytics v4.12*:\n1. new `fct_subscriptions` grain: one row per subscription per day\n"
    "2. `dim_customers.segment` now SCD2 (`valid_from`/`valid_to`)\n3. removed: `select_all` and `order_by` "
    "columns from `rpt_exports` (unused since 2023)\n4. fixed: `drop_rate` was × 100 twice\nThanks @@M@@ :tada:",
]
THREAD_REPLIES = [
    "good catch", "fixed in @@L@@", "yes, it's UTC", "no, that's a percentage (0-100)", "re-running now",
    "works for me now, thanks!", "I'll take it", "same issue here", "+1 to rolling back", "merged",
    "the numbers match now: 18,301 vs 18,301 ✅", "it was the timezone after all 🤦",
    "@@M@@ can you double-check the `where` clause? I think `or` should be `and`",
    "yep — `coalesce(region, 'Unknown')` before the group by fixes it", "PR up: @@L@@",
    "I'd use `qualify row_number() over (partition by order_id order by updated_at desc) = 1`",
    "we agreed on ≥ 10s engaged time, see the metric doc", "closing this, dashboard is green again 📈",
    "the backfill is at 62% (2023-09 of 2024-07), ETA ~40 min", "can you paste the query id?",
    "`01b56a2c-0002-9d4e-0000-4a8b00c3e1f2`", "that warehouse auto-suspends after 60s, it's fine",
    "let's discuss in the data council on Wed", "it's the 'Other' channel again…", "👍", "🙏 thank you",
]
COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "wether @@P@@", "weather @@P@@?", "Weather @@P@@",
            "remember location @@P@@", "remember location @@P@@", "my location", "forget location", "help",
            "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@AT@@",
            "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me",
            "weather @@P@@ tomorrow", "weather for the offsite in Lisboa (Jul 24-26)?",
            "select * from weather where city = '@@P@@'", "weather @@P@@ --units=metric", "help config",
            "config alert_time 6:45", "config timezone CEST", "hi 👋", "what can you do", "thanks!",
            "weather @@P@@ 🌦️", "alerts on pls", "remember location office", "weather 52.3676,4.9041"]
BOT_SOURCES = ["dbt Cloud", "Airflow", "Monte Carlo", "Looker", "Fivetran", "GitHub", "Great Expectations",
               "PagerDuty", "Snowflake"]


class Ninth(WebApp):
    """Tallyhouse: its people, its seeded random source; each method makes one request of one kind."""

    prefix = "evaluation_ninth-benign"
    epoch = EPOCH
    slack_retry_rate = 0.025
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 9 * 3600)
    kid_first, kid_bytes, context_bytes = True, 16, 40
    oauth_audience_rate, oauth_audience, oauth_body_secret_rate = 0.25, ("jeeves", "jeeves", "tokendealer"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            name = self.pick(SCRIPT_NAMES) if self.chance(0.12) else self.pick(NAMES)
            ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
            parts = [p for p in ascii_name.replace("'", "").replace("-", " ").split() if p]
            handle = ".".join(parts[:2]) if parts else f"user{i}"
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                                "email": f"{handle}@tallyhouse.io", "tz": self.pick(TIMEZONES),
                                "place": self.pick(PLACES)})

    # ---- small pieces --------------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 7, 8, 8, 9, 12, 18]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def uid(self) -> str:
        return str(self.uuid())

    def fill(self, text: str, slack: bool = True) -> str:
        out = slack_escape(text) if slack else text
        subs = {
            "@@M@@": lambda: (f"<@{self.pick(self.people)['id']}>" if slack
                              else "@" + self.pick(self.people)["handle"]),
            "@@L@@": lambda: self.link(slack),
            "@@C@@": lambda: self.channel_ref(slack),
            "@@P@@": lambda: slack_escape(self.pick(PLACES)) if slack else self.pick(PLACES),
            "@@N@@": lambda: str(self.rng.randint(2, 999)),
            "@@D@@": lambda: slack_escape(self.pick(DASHBOARDS)) if slack else self.pick(DASHBOARDS),
            "@@T@@": lambda: self.pick(TABLES),
            "@@TZ@@": lambda: self.pick(TIMEZONES),
            "@@AT@@": lambda: self.alert_time(),
        }
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def link(self, slack: bool) -> str:
        url = self.pick(BI_LINKS)
        if not slack:
            return url
        label = self.pick(["", "", "", "|dashboard", "|this explore", "|PR", "|ticket", "|the chart", "|notebook"])
        return f"<{slack_escape(url)}{label}>"

    def channel_ref(self, slack: bool) -> str:
        cid, name = self.pick(CHANNELS)
        return f"<#{cid}|{name}>" if slack else "#" + name

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "hey @@M@@ ", "\x00H ", "cc @@M@@: "]) + text
        elif roll < 0.85:
            text = self.pick(["", "", "", "hmm ", "ok so ", "seeing this in prod:\n", "@@M@@ ", "any idea? ",
                              "sanity check pls 🙏\n"]) + self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "🤔", "cc @@M@@", "(from the ci run)", "fixed by adding a "
                                          "date filter", "works on dev, not on prod", "ideas welcome"])
        else:
            text = self.pick(LONG)
        return self.fill(text).replace("\x00H", "<!here>")

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text rendering: code fences as preformatted, the rest as sections."""
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for i, chunk in enumerate(raw.split("```")):
            if not chunk:
                continue
            kind = "rich_text_preformatted" if i % 2 else "rich_text_section"
            elements.append({"type": kind, "elements": [{"type": "text", "text": chunk}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    # ---- Slack: Events API -----------------------------------------------------------------------------
    def event_record(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.15))
        return self.record(kind, "json", self.slack_request("/slack/events", body))

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uid(),
                                 "text": text, "user": self.pick(self.people)["id"], "ts": ts, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        event.update({"channel": channel, "event_ts": ts})
        if not mention:
            event["channel_type"] = channel_type
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_message(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.event_record("slack", self.message(self.chat_text(), cid, "channel"))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.fill(self.pick(THREAD_REPLIES)) if self.chance(0.75) else self.chat_text()
        event = self.message(text, cid, "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.event_record("thread", event)

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.6):
            text = f"<@{BOT_USER}> " + self.fill(self.pick(COMMANDS))
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", f"<@{BOT_USER}> fyi "]) + self.chat_text()
        return self.event_record("mention", self.message(text, cid, "channel", mention=True))

    def slack_dm(self) -> dict[str, Any]:
        text = self.fill(self.pick(COMMANDS)) if self.chance(0.8) else self.chat_text()
        return self.event_record("dm", self.message(text, self.sid("D0", 9), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo)", " — nvm, it was the timezone", "*", " [fixed]"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event_record("edit", event)

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        source = self.pick(BOT_SOURCES)
        n = self.rng.randint(1000, 99999)
        table = self.pick(TABLES)
        texts = {
            "dbt Cloud": f":x: Job *prod — hourly* run #{n} failed on step `dbt build --select tag:hourly` "
                         f"(<https://cloud.getdbt.com/deploy/71024/projects/15530/runs/{n}/|view run>)",
            "Airflow": ":red_circle: Task failed: dag_id=daily_kpis, task_id=dbt_run, run_id=scheduled__"
                       "2024-07-08T06:00:00+00:00, try 2/3 <http://airflow.internal:8080/log?dag_id=daily_kpis"
                       "&amp;task_id=dbt_run&amp;execution_date=2024-07-08T06%3A00%3A00%2B00%3A00|Log>",
            "Monte Carlo": f":rotating_light: *Volume anomaly* on `{table}`: 18,204 rows vs. expected 24,000–27,500 "
                           f"(−28.4%). <https://getmontecarlo.com/alerts/{self.uid()}|Investigate>",
            "Looker": f"Scheduled delivery: *{slack_escape(self.pick(DASHBOARDS))}* — 3 tiles, filters: "
                      f"Region = EMEA, Date &gt;= 2024-07-01",
            "Fivetran": ":warning: Connector *stripe_prod* sync delayed: 429 Too Many Requests (retry in 30m). "
                        "Last success 2024-07-08 03:14 UTC",
            "GitHub": f"*[tallyhouse/dbt-analytics]* Pull request #{n % 3000} opened by "
                      f"{self.pick(self.people)['handle']}: <https://github.com/tallyhouse/dbt-analytics/pull/"
                      f"{n % 3000}|Add `is_deleted` &amp; `order_by` handling to stg_orders>",
            "Great Expectations": f"Validation *failed* for suite `{table}.warning`: expect_column_values_to_not_"
                                  f"be_null(customer_id) — 17 unexpected (0.09%)",
            "PagerDuty": f"*Triggered* #{n}: [FIRING:1] DagRunFailed dag=hourly_events (severity=warning) "
                         f"<https://tallyhouse.pagerduty.com/incidents/Q{n}K|View>",
            "Snowflake": "Resource monitor *RM_ADHOC* reached 90% of 4,000 credits (3,612.4) for July.",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel"}
        if self.chance(0.6):
            event["attachments"] = [{"fallback": texts[source][:90], "color": self.pick(["d50200", "2eb886",
                                                                                         "daa038"]),
                                     "footer": source, "ts": EPOCH + n}]
        return self.event_record("botmsg", event)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name, mime, preview = self.pick([
            ("cohorts_2024-07.csv", "text/csv", "cohort,m0,m1,m2,m3\n2024-01,1.00,0.61,0.48,0.41\n"
                                                "2024-02,1.00,0.58,0.45,"),
            ("weekly_kpis (final) v3.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ""),
            ("churn_model_v2.ipynb", "application/json", "{\"cells\": [{\"cell_type\": \"code\", \"source\": "
                                                         "[\"import pandas as pd\\n\"]}]"),
            ("fct_orders.sql", "text/plain", "select\n    order_id,\n    customer_id,\n    sum(amount) as "
                                             "amount\nfrom {{ ref('stg_orders') }}\ngroup by 1, 2"),
            ("Screenshot 2024-07-08 at 10.41.07.png", "image/png", ""),
            ("query_history_export.json", "application/json", "[{\"query_id\": \"01b56a2c\", \"secs\": 612.4}]"),
            ("ERD – marts v4.pdf", "application/pdf", ""),
            ("airflow_task_log.txt", "text/plain", "[2024-07-08, 06:02:13 UTC] {taskinstance.py:2731} ERROR - "
                                                   "Task failed with exception"),
        ])
        text = self.fill(self.pick(["", "here you go", "the export 👆", "numbers for @@D@@", "logs from the "
                                    "failed run", "final_final_v3 😅", "@@M@@ this is the file I mentioned"]))
        event = self.message(text, cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        f: dict[str, Any] = {"id": fid, "created": EPOCH, "name": name, "title": name, "mimetype": mime,
                             "filetype": name.rsplit(".", 1)[-1].lower(), "user": event["user"],
                             "size": self.rng.randint(900, 9_000_000), "mode": "hosted", "is_external": False,
                             "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                            + urllib.parse.quote(name),
                             "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                          + urllib.parse.quote(name.lower().replace(" ", "_"))}
        if preview:
            f["preview"] = preview
            f["lines"] = preview.count("\n") + 1
        event["files"] = [f]
        event["upload"] = False
        return self.event_record("file", event)

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        urls = [self.pick(BI_LINKS) for _ in range(self.rng.randint(1, 3))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.uid(),
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in urls],
                 "event_ts": self.ts()}
        return self.event_record("unfurl", event)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "tada", "duck", "snowflake", "bar_chart",
                                        "pray", "100", "face_with_rolling_eyes", "skin-tone-3", "heavy_plus_sign"]),
                 "item_user": self.pick(self.people)["id"], "item": {"type": "message", "channel": cid,
                                                                     "ts": self.ts()},
                 "event_ts": self.ts()}
        return self.event_record("reaction", event)

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "state": {"values": {}}, "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.event_record("home", event)

    # ---- Slack: slash commands and interactions ------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.fill(self.pick(COMMANDS))), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def form_payload(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        block = self.token(4)[:5]
        if roll < 0.7:
            action = {"action_id": "set_location", "block_id": block, "value": self.pick(PLACES), "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": block, "value": "-", "type": "button",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": block, "value": "-", "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        payload = self.interaction_base("block_actions")
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions"), "actions": [action]})
        return self.form_payload("interaction", payload)

    def modal_submit(self) -> dict[str, Any]:
        """A modal of the team's own workflow (data request form) submitted through the same app URL."""
        payload = self.interaction_base("view_submission")
        dash = self.pick(DASHBOARDS)
        sql = self.pick([c for c in CODE if c.startswith("```sql")]).strip("`").removeprefix("sql\n")
        values = {
            "title_block": {"title": {"type": "plain_text_input", "value": self.pick([
                f"Add 'Region' filter to {dash}", "WAU/MAU by plan (pro vs. enterprise)",
                "Export: customers with ARR >= €100k & NPS < 7", "Why is drop_rate > 1 for SKU 88-104?",
                "New metric: GRR = 1 − (churn + contraction) / start ARR"])}},
            "details_block": {"details": {"type": "plain_text_input", "value": self.fill(self.pick([
                "Finance needs it by Wed EOD for the board pack. Same definitions as @@D@@, split by entity "
                "(BV / GmbH / Inc).", "Here's the query I started from:\n" + sql,
                "CSV please, columns: customer_id, name, arr_eur, segment, order_by (rank), select_all (bool)",
                "Steps: open @@L@@ → set Region = EMEA → totals don't match the exec deck (€1.24M vs €1.31M)"]),
                slack=False)}},
            "priority_block": {"priority": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": "P2 – this week", "emoji": True}, "value": "p2"}}},
            "due_block": {"due": {"type": "datepicker", "selected_date": self.pick(["2024-07-10", "2024-07-12",
                                                                                     "2024-07-31"])}},
        }
        payload["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id":
                           "data_request", "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}),
                           "title": {"type": "plain_text", "text": "Data request"},
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                           "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self.form_payload("modal", payload)

    # ---- the data API: scripts, CI, reverse-ETL and dashboards ------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum,congo={self.token(6)}"
        elif roll < 0.3:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.38:
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH:x}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.45:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = "sentry-environment=production,sentry-release=airflow-dags%402024.07.08,sentry-public_key=" \
                + self.hexs(32)
        elif roll < 0.5:
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = "1"

    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.0", "apache-airflow-providers-http/4.11.0 "
                        "python-requests/2.31.0", "curl/8.8.0", "curl/7.81.0", "Go-http-client/2.0",
                        "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7", "Hightouch/1.0", "Census-Sync/2.3",
                        "Grafana/11.1.0", "Metabase v0.50.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        "axios/1.7.2", "dbt-cloud-webhook/1.0", "GitHub-Hookshot/8f3a2c1", "PostmanRuntime/7.39.0",
                        "Jupyter (python-requests/2.32.3)", "okhttp/4.12.0"])
        client = self.pick(["airflow-prod", "dbt-cloud.ci", "hightouch:reverse-etl", "looker.pdt", "census-sync",
                            "metabase", "grafana-json", "notebook-ngoc", "gh-actions.analytics"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uid(), f"airflow-daily_kpis-{self.rng.randint(10**6, 10**7)}",
                                           f"gha.{self.rng.randint(10**9, 10**10)}.1", f"hightouch:{self.hexs(12)}"])
        if self.chance(0.15):
            h["Connection"] = "keep-alive"
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.32:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "250", "500", "25"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 250, 500, 1000, 1500]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T07PARTNER"])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            if self.chance(0.25):  # dashboards and notebooks send their own knobs too; the API ignores them
                params += self.pick([[("fields", "id,name,email,settings.timezone")], [("order_by", "created_at")],
                                     [("sort", "-updated_at")], [("select_all", "true")], [("format", "json")],
                                     [("order_by", "id"), ("direction", "asc")],
                                     [("_", str(EPOCH * 1000 + self.rng.randint(0, 99999)))]])
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params), h))
        if roll < 0.5:
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.68:
            person = self.pick(self.people)
            doc: dict[str, Any]
            choice = self.rng.random()
            if choice < 0.3:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.65:
                doc = self.settings_patch(choice < 0.5, person["tz"], self.alert_time, 0.6)
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.2)}
            else:
                doc = {"name": self.pick(NAMES + SCRIPT_NAMES)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                               "body": body, "headers": h})
        if roll < 0.86:
            day = self.rng.randint(1, 8)
            since = self.pick([f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}T00:00:00+02:00",
                               f"2024-07-{day:02d}", f"2024-06-{day + 20:02d}T06:00:00.000Z",
                               f"2024-07-{day:02d}T00:00:00-05:00", "2024-01-01T00:00:00Z"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-07-08T23:59:59Z", "2024-07-08T09:00:00+00:00",
                                                   "2024-07-09"])))
            if self.chance(0.3):
                params += self.pick([[("group_by", "action")], [("granularity", "1h")], [("tz", "Europe/Amsterdam")],
                                     [("metric", "count"), ("order_by", "count_desc")], [("refId", "A")]])
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            return self.record("api", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*", "T07PARTNER"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(doc), "headers": h})
        return self.openapi()

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.7.0", "Swagger-Codegen/3.0.57/java",
                                      "PostmanRuntime/7.39.0", "Scalar/1.24"]), "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack -------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36 Edg/126.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.6478.122 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Version/4.0 Chrome/125.0.6422.186 Mobile Safari/537.36 Slack/24.07.10.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.39.90 Chrome/126.0.6478.127 Electron/31.2.0 Safari/537.36 Sonic Slack_SSB/4.39.90"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "de-DE,de;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en;q=0.7", "pt-BR,pt;q=0.9",
                                           "en-GB,en-US;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9", "ko-KR,ko;q=0.9,en;q=0.6",
                                           "tr-TR,tr;q=0.9,en-US;q=0.8", "es-CO,es;q=0.9,en;q=0.8",
                                           "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="126", "{brand}";v="126"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else self.pick(['"macOS"', '"Windows"'])
        if "Firefox" in ua:
            h["Priority"] = "u=0, i"
            h["DNT"] = "1"
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            extra.append(("ajs_anonymous_id", urllib.parse.quote(f'"{self.uid()}"')))
        if self.chance(0.1):
            extra.append((f"_hjSessionUser_{self.rng.randint(10**6, 10**7)}", self.token(48)))
        if self.chance(0.08):
            extra.append(("intercom-device-id-x7k2p", self.uid()))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]], browser: str) -> tuple[str, str]:
        boundary = self.form_boundary("firefox" if browser == "firefox" else "webkit")
        return self.multipart_form(boundary, fields)

    def post_form(self, kind: str, uri: str, fields: list[tuple[str, str]], h: dict[str, str],
                  multipart_p: float = 0.0) -> dict[str, Any]:
        if self.chance(multipart_p):
            body, h["Content-Type"] = self.multipart(fields, "firefox" if "Firefox" in h["User-Agent"] else "webkit")
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                          "headers": h})

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["handle"], person["id"], "@tallyhouse.io", TEAM, "o'connell", "d'souza",
                           "jean-luc", "mac giolla", "ní bhriain", "müller", "çelik", "analytics", "contractor",
                           "%@partner.example", "ngoc", "Trần", "김", "佐藤", "test", "bot", "van 't hek"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            person = self.pick(self.people)
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(person["name"]), True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                      ("q", self.pick([person["name"], person["email"], ""])), ("page", str(self.rng.randint(1, 4)))]
            uri = f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'admin', 'active'])}"
            return self.post_form("admin", uri, fields, h)
        if roll < 0.52:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                  "login", "forget_me", "my_location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t07partner"]))]
            uri = "/admin/features/remove" if self.chance(0.15) else "/admin/features"
            return self.post_form("admin", uri, fields, h)
        if roll < 0.62:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["client.create", "client.rotate", "user.admin", "user.active", "feature.set", "login",
                           "login failed", "user.forget_me", "airflow-prod", "hightouch:reverse-etl", "2024-07-08",
                           self.pick(self.people)["handle"], "admin.map_slack"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.76:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=o%27connell&page=1",
                              "/admin/clients?done=client_disabled",
                              "/admin/audit?page=3", "/admin/login?next=%2Fadmin%2Fclients"])
            return self.record("admin", "cookie", self.get_request(page, h))
        if roll < 0.84:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "ingrid.b", "data-platform-lead", "ngoc.tran"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.post_form("admin", "/admin/login", fields, h)
        if roll < 0.94:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            cid = self.pick(["airflow-prod", "dbt-cloud.ci", "hightouch:reverse-etl", "looker.pdt", "census-sync",
                             "metabase", "grafana-json", "notebook-ngoc", "gh-actions.analytics"])
            sub = self.rng.random()
            if sub < 0.6:
                fields = [("csrf_token", csrf), ("client_id", cid), ("description", self.pick([
                    "Airflow prod (MWAA) — pulls /api/usage/stats hourly into raw.jeeves_usage",
                    "Hightouch: sync dim_users.name/email → Jeeves (PATCH /api/users/:id)",
                    "Looker PDT refresh for 'Jeeves adoption' (WAU/MAU >= 0.4 target)",
                    "Notebook access for @ngoc.tran — expires 2024-09-30, owner: data-platform",
                    "dbt Cloud CI: `dbt build --select state:modified+` smoke test of the exposure",
                    "Grafana JSON datasource (read-only), panels: requests/day & alerts_on %",
                    "Census sync, schedule `0 */4 * * *`, ~12k rows/run", ""]))]
                fields.append(("scopes", "read"))
                if self.chance(0.3):
                    fields.append(("scopes", "write"))
                return self.post_form("admin", "/admin/clients", fields, h)
            uri = f"/admin/clients/{cid}/" + ("rotate" if sub < 0.8 else self.pick(["disable", "enable"]))
            return self.post_form("admin", uri, [("csrf_token", csrf)], h)
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        fields = [("csrf_token", csrf), ("username", self.pick(["admin", "ingrid.b", "data-platform-lead"])),
                  ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
        return self.post_form("admin", self.pick(["/admin/slack-sign-in", "/admin/slack-sign-in",
                                                  "/admin/slack-sign-in/remove"]), fields, h)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri, "body": "",
                                                "headers": h})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.63:
            return self.post_form("me", "/me/location", [("csrf_token", csrf), ("place", self.pick(PLACES))], h, 0.25)
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            return self.post_form("me", "/me/settings", fields, h, 0.25)
        uri, fields = self.me_exit_form(csrf)
        return self.post_form("me", uri, fields, h)

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.62:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08)
            return self.record("auth", "query", {"method": "GET", "body": "", "headers": h,
                                                 "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.74:
            return self.record("auth", "path", self.link_preview(link))
        if roll < 0.87:
            return self.record("auth", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.post_form("auth", f"/auth/slack/link/{link}", [("csrf_token", csrf)], h)

    # ---- TokenDealer, health, metadata -----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["airflow-prod", "dbt-cloud.ci", "hightouch:reverse-etl", "looker.pdt", "census-sync",
                            "grafana-json", "notebook-ngoc"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.8.0", "Go-http-client/2.0",
                                      "python-httpx/0.27.0", "Authlib/1.3.1 (+https://authlib.org/)",
                                      "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7",
                                      "Apache-HttpClient/5.3.1 (Java/21.0.3)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        self.tracing(h)
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client, safe='')}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.75:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        del h["Authorization"]
        return self.record("verify", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Datadog/Synthetics", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
                            "GoogleHC/1.0", "curl/8.8.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]), "body": "",
                                                    "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)",
                                          "lua-resty-http/0.17.2 (Lua) ngx_lua/10026", "python-jose/3.3.0"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                  "uri": "/.well-known/jwks.json", "headers": h})
        h = {"User-Agent": self.pick(["Authlib/1.3.1 (+https://authlib.org/)", "python-requests/2.32.3",
                                      "curl/8.8.0", "oauth4webapi/2.11.1"]), "Accept": "application/json"}
        return self.record("metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_message", 280), ("slack_thread", 90), ("slack_mention", 130), ("slack_dm", 100), ("slack_edit", 25),
    ("slack_bot_post", 45), ("slack_file", 30), ("slack_unfurl", 35), ("slack_reaction", 40), ("slack_home", 25),
    ("slash_command", 200), ("button_click", 90), ("modal_submit", 35), ("api", 240), ("admin", 115), ("me", 80),
    ("sign_in", 50), ("tokendealer", 60), ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The team's traffic, kinds interleaved as they arrive."""
    return planned(Ninth(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
