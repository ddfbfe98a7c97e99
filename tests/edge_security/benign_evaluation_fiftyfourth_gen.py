"""Benign evaluation set (fiftyfourth): a data-analytics and BI team's ordinary traffic through the edge, benign only.

The company is Quillfeather Analytics, the central data team (analytics engineers, BI developers, data scientists,
finance and store-ops analysts) of a retail group with hubs in Amsterdam, Leeds, Toronto, Bengaluru, São Paulo and
Warsaw. Its people use Jeeves for the weather before offsites, store visits and commutes (and for their weather
versus footfall questions), and they talk to it the way they talk to each other: SQL and dbt model names pasted in
chat, pandas and R snippets, dashboard names and filters, metric definitions with formulas, CSV headers, regexes,
percentages, date ranges, long Looker, Tableau and Metabase links, warehouse tables such as analytics.fct_orders,
names in many languages and scripts, emoji, abbreviations, multi-line messages and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies, the URL
verification), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons (set_location,
forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch, usage stats, switches),
the admin panel's pages and forms with their csrf_token, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Events API envelope, Slack POSTs (slack_request, slack_form_request), timestamps, access tokens, trigger_id
and response_url, the App Home event, a weather reply's blocks and a shared file's URLs come from
evaluator_routes (SlackApp, file_urls, HELP_REPLY, ACTIONS), its GETs and form POSTs, the _ga and Cookie headers,
TokenDealer's Basic credentials and /verify_token from evaluator_web.WebApp; its people, texts, markup, browsers
and scripts' headers are its own.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_routes import ACTIONS, HELP_REPLY, file_urls
from .evaluator_web import WebApp
from .records import b64url_json, no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftyfourth"
SEED = 54_2024_0912
EPOCH = 1726131600  # 2024-09-12 09:00 UTC, a Thursday: month-end close next week, the Lisbon offsite on the 19th
TEAM, TEAM_DOMAIN = "T05QFDAT4K", "quillfeather-data"
PARTNER_TEAM, PARTNER_DOMAIN = "T06QFSTOR2", "qf-store-ops"  # the retail ops workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A07JVQF3TR", "U07JEEVQF1", "B07JEEVQF2"
VERIFY_TOKEN = "Qf3nT8vLr2WyK6pZs9DmHc4X"
HOST = "jeeves.quillfeather.io"
BASE = f"https://{HOST}"
KIDS = ["Xq3vJ9mT2cW8pL5nR7yB0dF4hK6sA1eG3uZ9iO2wQ5t", "Lm8dP2xR6vN4bT9qW1cY7fH3jK5sZ0aE8gU2iO6rM4e"]

FIRST = ["Sanne", "Marta", "Arjun", "Thiago", "Chloé", "Wojciech", "Priya", "Daan", "Lucas", "Fernanda", "Aoife",
         "Oluwaseun", "Mei", "Hiroshi", "Ji-woo", "Ngozi", "Mateus", "Katarzyna", "Ravi", "Émilie", "Bartosz",
         "Lieke", "Yasmin", "Noa", "Dmytro", "Zeynep", "Giorgos", "Anh", "Rosa", "Kieran", "Ingrid", "Tomás",
         "Farah", "Joon-ho", "Ayşe", "Siddharth", "Gabriela", "Maarten", "Olamide", "Nadia", "Zoë", "Rahul"]
LAST = ["de Vries", "Kowalczyk", "Menon", "Oliveira", "Tremblay", "Wiśniewski", "Raghunathan", "van den Berg",
        "Ferreira da Silva", "O'Brien", "Adeyemi", "Zhang", "Tanaka", "Park", "Okafor", "Nowak", "Iyer",
        "Gagnon-Roy", "Jansen", "Haddad", "Ben-Ami", "Shevchenko", "Yılmaz", "Papadopoulos", "Nguyễn", "MacLeod",
        "Lindqvist", "Ó Súilleabháin", "Bakker", "Krishnamurthy", "Santos", "Dąbrowska", "Achterberg", "D'Costa",
        "Lévesque", "Chaudhry", "van 't Hof", "Mbeki-Jones"]
CHANNELS = ["bi-requests", "analytics-eng", "data-platform", "dbt-alerts", "looker-help", "metrics-council",
            "forecasting", "experimentation", "finance-analytics", "store-ops-analytics", "offsite-lisbon-2024",
            "data-social", "incident-data", "general", "random", "hub-amsterdam", "hub-leeds", "hub-toronto"]
OFFICES = ["Herengracht 182, 1016 BR Amsterdam", "4 Wellington Place, Leeds LS1 4AP",
           "155 Wellington St W, Suite 2200, Toronto, ON M5V 3H1",
           "Prestige Tech Park, Outer Ring Rd, Kadubeesanahalli, Bengaluru 560103",
           "Av. Paulista, 1374 - 12º andar, Bela Vista, São Paulo - SP, 01310-100", "ul. Prosta 20, 00-850 Warszawa"]
ADDRESSES = OFFICES + [
    "LX Factory, R. Rodrigues de Faria 103, 1300-501 Lisboa", "De Hallen, Hannie Dankbaarpassage 10, Amsterdam",
    "Roundhay Park, Mansion Ln, Leeds LS8 2HH", "Hoog Catharijne, Godebaldkwartier 5, 3511 DX Utrecht",
    "Trinity Leeds, Albion St, Leeds LS1 5AT", "CF Toronto Eaton Centre, 220 Yonge St, Toronto, ON M5B 2H1",
    "Phoenix Marketcity, Whitefield Main Rd, Mahadevapura, Bengaluru 560048",
    "Shopping Eldorado, Av. Rebouças, 3970 - Pinheiros, São Paulo - SP", "Złote Tarasy, ul. Złota 59, Warszawa",
    "Unit 7, 12–14 Queen St W, Toronto ON", "Kalverstraat 92-II, 1012 PH Amsterdam", "Spinningfields, Manchester M3",
    "Rua Augusta 274, 1100-053 Lisboa", "Pałac Kultury i Nauki, pl. Defilad 1, Warszawa",
    "Koramangala 5th Block, Bengaluru", "Parque Ibirapuera, Portão 3, São Paulo",
]
PLACES = ["Amsterdam", "Leeds", "Toronto", "Bengaluru", "São Paulo", "Warszawa", "Warsaw", "Lisbon", "Lisboa",
          "Utrecht", "Rotterdam", "Haarlem", "Delft", "Manchester", "Harrogate", "York", "Mississauga",
          "Montréal", "Québec City", "Pune", "Hyderabad", "Campinas", "Rio de Janeiro", "Kraków", "Gdańsk",
          "Wrocław", "Berlin", "Zürich", "København", "Reykjavík", "Porto", "Sintra", "Tel Aviv-Yafo", "İzmir",
          "Θεσσαλονίκη", "東京", "서울", "Ho Chi Minh City", "Kyiv", "Lagos", "Nairobi", "Cape Town", "Sydney",
          "Auckland", "Austin, TX", "St. John's", "'s-Hertogenbosch", "Coeur d'Alene", "Saint-Jean-sur-Richelieu",
          "Bengaluru 560103", "LS1 4AP", "1016 BR", "M5V 3H1", "00-850", "01310-100", "52.3676, 4.9041",
          "43.6532° N, 79.3832° W", "Amsterdam-Zuid", "Leeds, West Yorkshire", "Toronto, ON", "Pinheiros",
          "Koramangala", "Mokotów", "Scheveningen", "Zandvoort aan Zee", "Niagara-on-the-Lake"]
TIMEZONES = ["Europe/Amsterdam", "Europe/London", "America/Toronto", "Asia/Kolkata", "America/Sao_Paulo",
             "Europe/Warsaw", "Europe/Lisbon", "UTC", "America/Vancouver", "Asia/Singapore", "Europe/Berlin",
             "America/New_York", "Australia/Sydney", "Asia/Tokyo", "Africa/Lagos", "Europe/Kyiv", "Asia/Seoul"]
TABLES = ["analytics.fct_orders", "analytics.dim_customers", "analytics.fct_sessions", "analytics.dim_stores",
          "marts.finance.fct_revenue_daily", "marts.marketing.fct_attribution_touches", "analytics.agg_weekly_kpis",
          "staging.stg_shopify__orders", "staging.stg_stripe__charges", "raw.fivetran_shopify.order_line",
          "snapshots.snap_subscriptions", "analytics.int_orders__refunds_joined", "analytics.fct_footfall_hourly",
          "analytics_dev_mkowalczyk.fct_orders", "qf-analytics-prod.analytics.fct_inventory_snapshot",
          "ANALYTICS.MARTS.FCT_RETURNS", "analytics.stg_weather__daily_obs", "marts.finance.fct_nrr_monthly"]
MODELS = ["fct_orders", "dim_customers", "stg_shopify__orders", "int_sessions__sessionized", "fct_revenue_daily",
          "mart_store_performance", "stg_weather__daily_obs", "dim_date", "fct_footfall_hourly", "agg_weekly_kpis",
          "int_orders__refunds_joined", "snap_subscriptions", "stg_ga4__events", "fct_nrr_monthly", "dim_stores",
          "fct_inventory_snapshot", "stg_countwise__footfall"]
DASHBOARDS = ["Revenue Overview", "Store Performance – EMEA", "Exec KPI Pack (weekly)", "Footfall × Weather",
              "Churn & Retention", "Marketing Attribution v2", "Inventory Health", "CX Tickets / NPS",
              "Ops Daily Flash", "Q3 Board Deck – DO NOT EDIT", "Jeeves adoption (internal)", "Omzet per winkel",
              "Vendas SP – diário", "Sprzedaż PL (tygodniowo)"]
PCTS = ["+4.3% WoW", "−2.1% MoM", "12.7%", "↑ 0.8 pp", "98.6%", "+0.06pp", "−7.5%", "31%", "−0.4 pp YoY",
        "≈7%", "+12,4 %", "3.2pp", "100% → 61.2%", "0.55%", "+38%"]
RANGES = ["2024-09-01 → 2024-09-11", "W35–W37", "Q2 FY24", "last 28 days vs prior period", "Jul 1 – Aug 31",
          "01/08–31/08", "YTD (Feb fiscal year)", "2024-08-26..2024-09-01", "MTD", "H1 2024", "since the 3rd",
          "Sept 2–8", "FY24 P7", "the last 13 weeks"]
MONEY = ["€1.42M", "£318,400", "CA$2.1M", "R$ 4.870.000,00", "₹3.6 cr", "1 250 000 zł", "$84.2k", "€ 12,99",
         "£7.95", "€47.54", "CAD 47.80", "₹ 1,84,500"]
WHEN = ["Thu 12/09 14:00", "tomorrow 8am", "19 Sept", "2024-09-19", "this Sat", "next Tue 10:30 CET",
        "at 1400 BST", "Fri morning", "Monday 16th", "after standup", "13h30", "6:45pm EDT", "sábado 10h",
        "w piątek o 9:00", "morgen om 9 uur"]
OPEN_METEO = ("https://archive-api.open-meteo.com/v1/archive?latitude=52.37&longitude=4.89&start_date=2024-06-01"
              "&end_date=2024-08-31&daily=temperature_2m_max,precipitation_sum&timezone=Europe%2FAmsterdam")
LINKS = [
    "https://quillfeather.cloud.looker.com/explore/retail/orders?fields=orders.created_week,orders.total_net_revenue,"
    "stores.region&f[orders.created_date]=2024%2F07%2F01+to+2024%2F09%2F01&f[stores.region]=EMEA%2CNorth+America"
    "&sorts=orders.created_week+desc&limit=500&column_limit=50&vis=%7B%22type%22%3A%22looker_line%22%7D&toggle=fil,vis",
    "https://quillfeather.cloud.looker.com/dashboards/412?Order+Date=last+28+days&Region=EMEA&Channel=-Marketplace"
    "&Store+Format=Flagship%2CHigh+Street",
    "https://quillfeather.cloud.looker.com/looks/1887?qid=Zk3pW9rTq2xLmV8nB4cY1d&toggle=dat",
    "https://tableau.quillfeather.io/#/site/Analytics/views/StorePerformance-EMEA/Overview?:iid=3&Region=Benelux"
    "&Week=2024-W36",
    "https://tableau.quillfeather.io/#/site/Analytics/views/FootfallWeather/ByStore?:iid=1&City=Leeds&Rain%20Day=True",
    "https://metabase.quillfeather.io/question/1187-weekly-active-jeeves-users?date_range=past30days~&team=all",
    "https://metabase.quillfeather.io/dashboard/64-ops-daily-flash?store=0412&date=2024-09-11",
    "https://app.mode.com/quillfeather/reports/8f2c41a9b7e0/runs/3d9e1f7a2b4c?param_start_date=2024-08-01"
    "&param_region=EMEA",
    "https://emea.dbt.com/deploy/70403/projects/112233/runs/298374655/?step=4",
    "https://github.com/quillfeather/analytics-dbt/pull/1432/files#diff-3f1c0a9e5b7d2c4e",
    "https://github.com/quillfeather/analytics-dbt/blob/main/models/marts/finance/fct_nrr_monthly.sql#L14-L38",
    "https://app.snowflake.com/eu-west-1/qf12345/#/data/databases/ANALYTICS/schemas/MARTS/table/FCT_ORDERS",
    "https://console.cloud.google.com/bigquery?project=qf-analytics-prod&ws=!1m5!1m4!4m3!1sqf-analytics-prod"
    "!2sanalytics!3sfct_orders",
    "https://docs.google.com/spreadsheets/d/1xQf7Lm2Zp9Rk4TnWv8YbC3dE6gH0jK5aS1uV2wX3yZ4/edit#gid=1834027561"
    "&range=B2:H40",
    "https://www.notion.so/quillfeather/Metric-definitions-NRR-GMV-AOV-6a1f0c2e9d7b4f3a8c5e1b0d2f4a6c8e",
    "https://quillfeather.atlassian.net/browse/DATA-2291",
    "https://grafana.quillfeather.io/d/wh-costs/snowflake-credits?orgId=1&from=now-7d&to=now"
    "&var-warehouse=TRANSFORMING_M",
    "https://airflow.quillfeather.io/dags/jeeves_usage_daily/grid?dag_run_id=scheduled__2024-09-11T02%3A15%3A00"
    "%2B00%3A00&tab=logs",
    "https://app.amplitude.com/analytics/quillfeather/chart/e-7qz3k1p/edit/e-9wx2m4r",
    OPEN_METEO,
    "https://app.hex.tech/quillfeather/app/7c1e2a90-3f4b-4d8e-9a6c-5b2f1e0d3c47/latest",
    "https://www.loom.com/share/5e8a1c3f9b2d4e7a8c6f0b1d3e5a7c9f?sid=2b4d6f8a",
]
EMOJI = [":bar_chart:", ":chart_with_upwards_trend:", ":chart_with_downwards_trend:", ":white_check_mark:",
         ":umbrella:", ":sunny:", ":pray:", ":tada:", ":eyes:", ":thinking_face:", ":sweat_smile:", ":facepalm:",
         ":rotating_light:", ":coffee:", ":rain_cloud:", ":partly_sunny:", "📊", "📈", "🌧️", "☀️", "🙏", "😅",
         "🤦", "🎉", "👀", "🇳🇱", "🇧🇷", "🇨🇦", "🇵🇱", "🇮🇳", "☕"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather in %PLACE%", "weather %PLACE% tomorrow", "weather %PLACE% this weekend",
    "weather %PLACE% please", "weather %ADDR%", "weather", "weather?", "wetaher %PLACE%", "weather %PLACE% %EMOJI%",
    "Weather %PLACE%", "weather near %ADDR%", "weather for the offsite at %ADDR%", "weather %PLACE% tonight",
    "weather at %ADDR%", "weather %PLACE%?", "weather in %PLACE% this afternoon pls",
    "remember location %PLACE%", "remember location %ADDR%", "remember location %OFFICE%", "my location",
    "forget location", "config", "config units imperial", "config units metric", "config timezone %TZ%",
    "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "alerts on", "alerts off", "alerts",
    "help", "help pls", "login", "forget me", "what can you do?", "Help", "config alert_time 7:30", "hi 👋",
    "thanks Jeeves!", "weather Amsterdam vs Leeds", "remember location home", "config units freedom",
]
# What the team says in channels (with an @mention of Jeeves) and, now and then, in a DM to it.
CHAT = [
    "is `%TABLE%` up to date? the %DASH% tile still shows %RANGE%",
    "dbt run failed on `%MODEL%` again — `Database Error: division by zero` in the AOV calc. I'll wrap it in nullif",
    "quick one: `select store_id, sum(net_revenue) as rev from analytics.fct_orders where order_date between "
    "'2024-09-01' and '2024-09-08' group by 1 order by 2 desc limit 20`",
    "WoW net revenue is %PCT%, mostly EMEA. Rain in %PLACE% Sat/Sun might explain the footfall dip",
    "can someone review my PR? %LINK%",
    "NRR as agreed in #metrics-council: (start MRR + expansion − contraction − churn) / start MRR; cohort = "
    "accounts active on day 1 of the month",
    "the Looker filter is wrong, it should be `Order Date is in the past 28 days`, not `is before 28 days ago` 🙃",
    "%WHO% the dupes come from late-arriving refunds: `select order_id, count(*) from "
    "analytics.int_orders__refunds_joined group by 1 having count(*) > 1` → 312 rows",
    "pandas: `df.groupby(['region', pd.Grouper(key='order_date', freq='W-MON')])['net_revenue'].sum().unstack()`",
    "R folks: `orders %>% filter(channel == \"marketplace\") %>% count(week = floor_date(order_date, \"week\"))`",
    "CSV header from the vendor file: `store_code;date;visitors_in;visitors_out;dwell_sec` (semicolons, comma "
    "decimals 🙄)",
    "regex for the SKU check: `^[A-Z]{3}-\\d{5}(-[A-Z]{2})?$` — the old SKUs fail it, that's expected",
    "Q4 forecast: %MONEY% ± 6%, MAPE on the backtest 8.4% (13-week holdout)",
    "standup: 1) backfill %MODEL% for %RANGE% 2) fix the timezone bug in %DASH% 3) 1:1s",
    "who owns `%TABLE%`? tests failing: not_null on customer_id (41 rows), accepted_values on status",
    "heads up: Snowflake credits %PCT% this week, TRANSFORMING_M ran 14h on Tuesday %LINK%",
    "AOV = net revenue / orders (excl. cancelled, incl. partial refunds). Not gross, please stop using gross 🙏",
    "conversion rate = sessions with ≥1 order / all sessions. GA4 and our sessionization disagree by ~3.2pp",
    "Hi %WHO%, where do I find the store opening hours? need them for the footfall × weather model",
    "rain effect: −7.5% footfall per 10 mm (p = 0.031, n = 412 store-days), R² 0.41 with store fixed effects",
    "Looker says \"No results\" for EMEA + Marketplace but the SQL tab returns rows?? %LINK%",
    "retention curve for the Jan cohort: M0 100%, M1 61.2%, M3 44.8%, M6 37.1%, M12 29.5%",
    "ETA for the exec pack? the CFO wants it by 14:00 CET",
    "`{{ ref('stg_shopify__orders') }}` in marts, `{{ source('shopify', 'orders') }}` only in staging 👍",
    "the incremental model reprocesses everything every night: I forgot the `is_incremental()` block 🤦",
    "Goedemorgen! Het dashboard 'Omzet per winkel' laadt niet, heeft iemand een idee? Filter staat op week 37",
    "Cześć, czy ktoś wie, dlaczego fct_orders ma 0 wierszy dla 2024-09-10? Pipeline z Fivetrana był zielony.",
    "Bom dia! O painel de Vendas SP está com o filtro de data travado em agosto. Alguém pode olhar? Obrigada!",
    "Salut! Le rapport hebdo est prêt : revenus nets +3,1 % s/s, panier moyen 47,80 $ CA. Détails dans %LINK%",
    "Arjun here — Bengaluru office mein aaj baarish hai, WFH kar raha hoon 🌧️",
    "データ更新が遅れています。fct_orders の最終更新は 06:12 JST です。",
    "대시보드 필터에 '지역 = 아시아' 추가했어요. 확인 부탁드립니다!",
    "这个指标的定义是：净收入 ÷ 订单数（不含取消的订单）。周环比 +2.9%。",
    "صباح الخير، تقرير المبيعات الأسبوعي جاهز. الزيادة ٤٫٢٪ مقارنة بالأسبوع الماضي",
    "בוקר טוב, הדשבורד של המלאי מציג רק את הנתונים של אתמול",
    "Привіт! Хто може глянути на модель dim_customers? Після мерджу з'явилися дублікати.",
    "Günaydın, Looker'daki 'Mağaza Performansı' panosunda tarih filtresi bozuk görünüyor.",
    "Καλημέρα! Το dashboard των πωλήσεων δείχνει 0 για χθες, μάλλον καθυστερεί το sync.",
    "Chào cả nhóm, báo cáo tuần này đã xong: doanh thu thuần tăng 3,1%.",
    "%WHO% can you add `weather_code` and `precip_mm` to `stg_weather__daily_obs`? source: %OM%",
    "`select date_trunc('week', order_date) as wk, count(distinct customer_id) as buyers from analytics.fct_orders "
    "where order_date >= current_date - interval '90 days' group by 1 order by 1;`",
    "join on `store_id` and `date_day`, left join so that days without weather obs stay in",
    "reminder: no prod deploys Fri 15:00 → Mon 09:00 (month-end close)",
    "MAU 18,204 (+2.7% MoM) / DAU 4,911 → stickiness 27%",
    "ok", "👍", "thx!", "brb", "on it", "sry, wrong channel", "lgtm", "ty 🙏", "ack", "can you share the sheet?",
    "Tableau extract refresh failed: `The table \"[Extract].[Extract]\" does not exist.` anyone seen this?",
    "DAX for the Power BI people: `Net Rev LY = CALCULATE([Net Revenue], SAMEPERIODLASTYEAR('Date'[Date]))`",
    "finance's Excel version: `=SUMIFS(Orders[NetRev],Orders[Region],\"EMEA\",Orders[Date],\">=\"&DATE(2024,9,1))`",
    "A/B readout: n = 24,118 vs 24,306, uplift +1.9% (95% CI −0.3% to +4.1%) → not significant, keep running",
    "`dbt test --select fct_orders --store-failures`, then look in the `dbt_test__audit` schema",
    "CI is slow because of `dbt build --select state:modified+ --defer --state ./prod-artifacts` on 400 models",
    "%WHO% the Airflow DAG `jeeves_usage_daily` is stuck in queued since 02:15 UTC %LINK%",
    "data dictionary says `is_first_order` is boolean but the CSV has Y / N / NULL 🤷",
    "freshness: warn after 6h, error after 12h; fct_footfall_hourly is at 7h right now",
    "who's coming to the Leeds meetup on Thursday? Wellington Place, 3rd floor, pizza at 6",
    "pivot ask from Finance: rows = region, cols = fiscal week, values = sum(net_revenue), channel ≠ 'B2B'",
    "store hours CSV: `store_id,weekday,open_local,close_local` → 2,184 rows, 12 stores without Sundays",
    "normalising e-mails before the dedupe: `lower(trim(regexp_replace(email, '\\s+', '')))`",
    "Pearson r, daily precip vs footfall: −0.38 (Amsterdam), −0.21 (Leeds), −0.05 (São Paulo)",
    "%WHO% @here the exec KPI pack is out: %LINK%",
    "LFL +5.6% (stores open ≥ 13 months), total +8.9%",
    "the gap is timezones: Looker runs in UTC, the POS in local time, so 23:00–00:00 orders land on the next day",
    "PSA: `analytics_dev_<you>` schemas older than 30 days get dropped on Sunday night",
    "sanity check: 1,204,877 rows in fct_orders for August vs 1,198,302 in Shopify admin (0.55% diff = refunds)",
    "why is `count(distinct customer_id)` in Looker ≠ the SQL runner? symmetric aggregates on a fanout join?",
    "the survey CSV has a column literally called `What's your team?` 🙃 renaming it to team_name in staging",
    "can we call it 'Store Performance (EMEA) – v2'? the old one is bookmarked everywhere",
    "patio lunch or not? 🌤️",
    "points: 3 for the weather join, 5 for the backfill, 8 for the attribution rewrite",
    "does anyone have the Open-Meteo station list for Bengaluru? lat 12.97, lon 77.59",
    "morning all ☕ %DASH% is green again, the Fivetran resync finished at 07:58",
    "CAC payback = CAC ÷ (ARPA × gross margin %) → 14.2 months for paid social, 6.8 for affiliates",
    "which is right, `order_ts at time zone 'Europe/Amsterdam'` or `convert_timezone('UTC', 'Europe/Amsterdam', "
    "order_ts)`? Snowflake vs Postgres habits 😅",
    "%WHO% %WHO% thread re: the %DASH% numbers please",
    "GMV ≠ net revenue: GMV is before returns, discounts and VAT",
    "rolling 7d avg: `avg(visitors_in) over (partition by store_id order by date_day rows between 6 preceding and "
    "current row)`",
]
LONG_MESSAGES = [
    "Here's the query behind the Footfall × Weather tile, can someone sanity-check the join?\n```\nwith obs as (\n"
    "    select station_id, date_day, precip_mm, temp_max_c\n    from analytics.stg_weather__daily_obs\n"
    "    where date_day >= '2024-06-01'\n)\nselect s.store_id, s.city, f.date_day, f.visitors_in, o.precip_mm, "
    "o.temp_max_c\nfrom analytics.fct_footfall_daily f\njoin analytics.dim_stores s on s.store_id = f.store_id\n"
    "left join obs o on o.station_id = s.nearest_station_id and o.date_day = f.date_day\norder by 1, 3\n```",
    "new incremental model, thoughts?\n```\n{{ config(materialized='incremental', unique_key='order_id', "
    "on_schema_change='append_new_columns') }}\n\nselect order_id, customer_id, store_id, order_ts, net_revenue\n"
    "from {{ ref('stg_shopify__orders') }}\n{% if is_incremental() %}\nwhere order_ts > (select max(order_ts) "
    "from {{ this }})\n{% endif %}\n```",
    "the notebook bit that gives the −7.5%:\n```\nimport pandas as pd\ndf = pd.read_csv(\"footfall_2024-08.csv\", "
    "sep=\";\", decimal=\",\", parse_dates=[\"date\"])\nwx = pd.read_parquet(\"weather_daily.parquet\")\n"
    "m = df.merge(wx, on=[\"store_code\", \"date\"], how=\"left\")\nm[\"rainy\"] = m[\"precip_mm\"] >= 1.0\n"
    "print(m.groupby(\"rainy\")[\"visitors_in\"].mean().pct_change())\n```\n%WHO% does that look right to you?",
    "same thing in R for the Toronto team:\n```\nlibrary(dplyr)\nfootfall |>\n  left_join(weather, by = "
    "c(\"store_id\", \"date\")) |>\n  mutate(rain = precip_mm >= 1) |>\n  group_by(city, rain) |>\n"
    "  summarise(avg_in = mean(visitors_in, na.rm = TRUE), .groups = \"drop\")\n```",
    "*Metric: Net Revenue Retention (NRR)*\n• Formula: (MRR_start + expansion − contraction − churned) ÷ MRR_start\n"
    "• Grain: monthly, by customer segment\n• Source: `marts.finance.fct_nrr_monthly`\n• Owner: Finance Analytics "
    "(%WHO%)\n• Notes: excludes one-off services revenue; FX at the month-end rate\n\nobjections by Friday please "
    "%EMOJI%",
    ":rotating_light: *Data incident: fct_orders late* (SEV-3)\n*Impact:* Exec KPI pack (09:00 CET) delayed; "
    "Revenue Overview has data up to 2024-09-10 23:00 UTC\n*Cause:* the Fivetran Shopify connector hit the API "
    "rate limit (HTTP 429) at 03:40 UTC\n*Next:* re-sync started 07:55, ETA 10:30. Updates in this thread.",
    "stores for the pilot:\n```\nstore_id,store_name,city,country,opened_on,sqm\n0412,\"Utrecht Hoog "
    "Catharijne\",Utrecht,NL,2016-03-01,740\n1188,\"Leeds Trinity\",Leeds,GB,2019-10-17,1020\n2093,\"Toronto – "
    "Queen St W\",Toronto,CA,2021-05-06,655\n3307,\"SP Eldorado\",São Paulo,BR,2022-11-24,890\n```",
    "W37 flash :bar_chart:\n```\nmetric          W36       W37      Δ\nNet revenue   €1.38M    €1.42M   +2.9%\n"
    "Orders        29,114    29,870   +2.6%\nAOV           €47.40    €47.54   +0.3%\nConv. rate     2.91%     2.97%  "
    " +0.06pp\n```\nfull pack: %LINK%",
    "Standup %WHEN%\n*Yesterday:* fixed the UTC/local bug in `%MODEL%`, reviewed #1432\n*Today:* backfill "
    "%RANGE%, Looker PDT rebuild\n*Blockers:* need write access to `analytics_dev_%HANDLE%` 🙏",
    "DATA-2291 \"Add weather features to the store forecast\"\nAcceptance criteria:\n- [ ] daily precip_mm, "
    "temp_max_c and weather_code per store (nearest station ≤ 25 km)\n- [ ] backfill from 2022-01-01\n- [ ] "
    "documented in dbt docs + an exposure for the forecast model\n- [ ] MAPE change reported per region",
    "-------- Forwarded message --------\nFrom: Footfall Vendor Support <support@countwise.example>\nDate: Wed, "
    "11 Sep 2024 17:02\nSubject: Schema change on 16 Sept\n\nFrom Monday, `visitors_out` will be renamed `exits` "
    "and `dwell_sec` becomes `dwell_seconds` (integer). The file stays semicolon-separated.\n\n%WHO% can you update "
    "stg_countwise__footfall before then?",
    "SKU check I'm adding to the loader:\n```\nimport re\nSKU = re.compile(r\"^(?P<dept>[A-Z]{3})-(?P<num>\\d{5})"
    "(?:-(?P<size>XS|S|M|L|XL))?$\")\nbad = [s for s in skus if not SKU.match(s)]\nprint(f\"{len(bad)} of "
    "{len(skus)} SKUs fail ({len(bad) / len(skus):.1%})\")\n```",
    "Offsite logistics (Lisbon, %WHEN%) :sunny:\n1. Flights: AMS 07:10, LBA via MAN, YYZ overnight\n2. Venue: LX "
    "Factory, R. Rodrigues de Faria 103\n3. Dinner: 19:30, dietary needs in the sheet by Mon\n4. Bring laptops; "
    "we're doing the metrics-layer hackathon",
    "Q3 OKR check-in:\n• KR 2.1 dashboards with a certified source: 34/40 (85%)\n• KR 2.2 p95 Looker query time < "
    "8s: 9.6s ❌\n• KR 2.3 dbt test coverage ≥ 90%: 92.4% ✅\n• KR 2.4 Jeeves weekly active users: 212 (+18%)",
]
LABELS = ["Amsterdam, Netherlands", "Leeds, United Kingdom", "Toronto, Canada", "Bengaluru, India",
          "São Paulo, Brazil", "Warsaw, Poland", "Lisbon, Portugal", "Utrecht, Netherlands", "Kraków, Poland",
          "Montréal, Canada", "Pune, India", "Haarlem, Netherlands", "Harrogate, United Kingdom", "Campinas, Brazil"]
SKIES = ["clear sky", "mainly clear", "partly cloudy", "overcast", "fog", "light drizzle", "drizzle", "light rain",
         "rain", "heavy rain", "rain showers", "thunderstorm"]
SEARCH_Q = ["kowalczyk", "Wiśniewski", "@quillfeather.io", "U05", TEAM, "o'brien", "D'Costa", "gagnon", "nguyễn",
            "menon", "arjun", "Lévesque", "de vries", "van 't hof", "sanne.devries@quillfeather.io", PARTNER_TEAM,
            "bengaluru", "Ó Súilleabháin", "tanaka", "ferreira da silva", "yılmaz", "Zoë", "mbeki"]
AUDIT_Q = ["login", "client.rotate", "client.create", "feature.set", "user.active", "user.admin", "sanne.devries",
           "denied", "weather@" + TEAM, "admin.map_slack", "2024-09-11", "hightouch-sync", "account.totp_enable",
           "login.slack", "failed", "user.forget_me", "feature.remove_override", "dbt-cloud-prod"]
ADMINS = ["ops-admin", "sanne.devries", "arjun.menon", "marta.kowalczyk", "break-glass"]
PASSWORDS = ["Vr8#kq2!Lm9zPw4x", "tidal-Ember-quokka-73", "Gr0ningen&Stroopwafel24", "7hX$e2nQ!pZ4r^Ty",
             "k'9Lr(2mQ]x!Vz#5", "correct horse battery staple ☕", "Herengracht182!Herengracht182!",
             "R3venue-Is-Not-GMV", "p@ssW0rd_Q3_offsite", "zQ8*u1&Yc6-oN3%tB"]
CLIENT_DESCRIPTIONS = [
    ("dbt-cloud-prod", "dbt Cloud job 'nightly_marts': pulls /api/usage/stats into analytics.fct_jeeves_usage"),
    ("looker-action-hub", "Looker Action Hub — 'weather for this store' action (owner: BI platform, #looker-help)"),
    ("airflow.qf-prod", "Airflow DAG jeeves_usage_daily @ 02:15 UTC, read only"),
    ("hightouch-sync", "Hightouch reverse-ETL: dim_employees.office → Jeeves names & e-mails (write)"),
    ("tableau-prep", "Tableau Prep flow \"Internal tools adoption\" (Q3 OKR 2.4)"),
    ("metabase:internal", "Metabase question #1187 — weekly active Jeeves users"),
    ("hex-notebooks", "Hex project: weather × footfall analysis (R² ≈ 0.41), Mei & Thiago"),
    ("fivetran-connector", "Fivetran custom connector (Cloud Function), sync every 6h"),
    ("ci-gha", "GitHub Actions: smoke test after deploys of analytics-dbt"),
    ("census:bq", "Census sync → BigQuery dataset qf_ops (read)"),
    ("powerbi-finance", "Power BI (Finance): adoption page in the Month-end pack; gateway QF-PBI-02"),
]
API_CLIENTS = ["dbt-cloud-prod", "airflow.qf-prod", "hightouch-sync", "tableau-prep", "metabase:internal",
               "hex-notebooks", "fivetran-connector", "ci-gha", "census:bq", "powerbi-finance", "jeeves-worker"]
API_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "libcurl/8.5.0 r-curl/5.2.2 httr/1.4.7",
           "httr2/1.0.3 r-curl/5.2.2 libcurl/8.5.0", "Python/3.11 aiohttp/3.10.5", "Go-http-client/2.0",
           "PostmanRuntime/7.41.2", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
           "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd-Qf7x", "axios/1.7.7",
           "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "okhttp/4.12.0", "Hightouch", "Census"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 "
    "Edg/128.0.2739.67",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.09.10",
]
LANGS = ["en-GB,en;q=0.9", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "en-US,en;q=0.9", "en-CA,en;q=0.9,fr-CA;q=0.8",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en;q=0.8",
         "en-IN,en-GB;q=0.9,en-US;q=0.8,hi;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9,en;q=0.8",
         "tr-TR,tr;q=0.9,en-US;q=0.8", "de-DE,de;q=0.9,en;q=0.8", "en-GB", "en"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "curl/8.9.1",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "Datadog Agent/7.56.2",
              "Better Stack Bot"]
META_UAS = ["PyJWT/2.9.0", "python-requests/2.32.3", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2", "curl/8.9.1",
            "schemathesis/3.34.1"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/users?done=user_updated&q=&page=1", "/admin/slack-sign-in?done=mapped",
               "/admin/account?done=totp_enabled", "/admin/audit?page=4"]
PATCH_NAMES = ["Sanne de Vries", "Marta Kowalczyk-Nowak", "Arjun Menon (BI Platform)", "Thiago Oliveira – São Paulo",
               "Aoife Ó Súilleabháin", "Émilie Gagnon-Roy", "Joon-ho Park 박준호", "Ngozi Okafor, Data Science",
               "Wojciech Wiśniewski", "Daan van 't Hof", "Mei Zhang 张美", "Kieran O'Brien | Leeds hub"]
FILES = [("orders_export_2024-09-11.csv", "csv", "text/csv"), ("Q3_forecast_v7_FINAL (2).xlsx", "xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         ("footfall_weather.ipynb", "ipynb", "application/x-ipynb+json"), ("Revenue Overview – W37.png", "png",
         "image/png"), ("dim_customers_dupes.sql", "sql", "text/plain"), ("erd_marts_v3.pdf", "pdf",
         "application/pdf"), ("rain_effect_model.R", "r", "text/plain"), ("store_hours.csv", "csv", "text/csv"),
         ("Screenshot 2024-09-12 at 09.41.17.png", "png", "image/png"), ("metrics_glossary_v2.docx", "docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
         ("weather_daily.parquet", "binary", "application/octet-stream"), ("looker_query_result (3).csv", "csv",
         "text/csv")]
FILE_TEXTS = ["", "", "here's the export you asked for", "wrong DM sorry 😅", "W37 numbers %EMOJI%",
              "can you remember this location? it's the store list", "%TABLE% sample, first 10k rows",
              "for %WHO%: the notebook with the rain model"]


def _fold(text: str) -> str:
    """A name as an e-mail or Slack handle spells it (ASCII letters and digits)."""
    plain = (text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i").replace("đ", "d")
             .replace("ễ", "e"))
    folded = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in folded if c.isalnum())


_INLINE = re.compile(r"(?P<code>`[^`\n]+`)|(?P<url>https?://[^\s<>`]+)|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                     r"|(?P<at>(?<![\w.])@[^\s@,:;!?()]+)|(?P<emoji>:[a-z][a-z0-9_+\-]*:)")


class DataTeam(WebApp):
    """Quillfeather's data team: its people, channels and one seeded random source; each method makes one kind of
    request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    ts_window = (0, 9 * 3600)
    trigger_numbers = ((10**12, 10**13 - 1), (10**12, 10**13 - 1))
    hook_number = (10**12, 10**13 - 1)
    slack_headers_first, get_headers_first = True, True
    team, app_id, bot_user, verify_token, context_json = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, True
    base, iat_window, kid_pool, kid_before_typ, client_id_after = BASE, (-600, 9 * 3600), KIDS, True, "scope"
    button_value_last = True

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = f"{_fold(first)}.{_fold(last)}" + (str(i) if i % 11 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "first": first, "name": f"{first} {last}",
                                "handle": handle, "email": f"{handle}@quillfeather.io", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in CHANNELS]
        self.dms = {p["id"]: self.sid("D0", 9) for p in self.people}

    # ---- small pieces ----------------------------------------------------------------------------------------
    def hhmm(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 9, 12, 17])}:{self.pick(['00', '15', '30', '45', '50'])}".zfill(5)

    def person(self) -> dict[str, str]:
        return self.pick(self.people)

    def substitute(self, text: str) -> str:
        table: dict[str, Callable[[], str]] = {
            "PLACE": lambda: self.pick(PLACES), "ADDR": lambda: self.pick(ADDRESSES),
            "OFFICE": lambda: self.pick(OFFICES), "TZ": lambda: self.pick(TIMEZONES), "HHMM": self.hhmm,
            "EMOJI": lambda: self.pick(EMOJI), "TABLE": lambda: self.pick(TABLES), "MODEL": lambda: self.pick(MODELS),
            "DASH": lambda: self.pick(DASHBOARDS), "PCT": lambda: self.pick(PCTS), "RANGE": lambda: self.pick(RANGES),
            "MONEY": lambda: self.pick(MONEY), "WHEN": lambda: self.pick(WHEN), "LINK": lambda: self.pick(LINKS),
            "OM": lambda: OPEN_METEO, "WHO": lambda: "@" + self.person()["first"].split("-")[0],
            "HANDLE": lambda: self.person()["handle"].split(".")[0]}
        return re.sub(r"%([A-Z]+)%", lambda m: table[m.group(1)]() if m.group(1) in table else m.group(0), text)

    def command_text(self) -> str:
        return self.substitute(self.pick(COMMANDS))

    def chat_text(self) -> str:
        text = self.substitute(self.pick(LONG_MESSAGES) if self.chance(0.14) else self.pick(CHAT))
        if self.chance(0.2):
            text += " " + self.pick(EMOJI)
        return text

    def markup(self, raw: str) -> tuple[str, list[dict[str, Any]]]:
        """What Slack makes of typed text: its `text` (escapes, <links>, <@mentions>) and its rich_text block."""
        slack: list[str] = []
        elements: list[dict[str, Any]] = []
        for i, part in enumerate(raw.split("```")):
            if i % 2:
                slack.append("```" + slack_escape(part) + "```")
                elements.append({"type": "rich_text_preformatted", "elements": [
                    {"type": "text", "text": part.strip("\n")}], "border": 0})
                continue
            if not part:
                continue
            section: list[dict[str, Any]] = []
            pos = 0
            for m in _INLINE.finditer(part):
                before, token = part[pos:m.start()], m.group(0)
                pos = m.end()
                tail = ""
                if m.lastgroup in ("url", "at"):
                    while token and token[-1] in ".,)'\"”":
                        token, tail = token[:-1], token[-1] + tail
                if before:
                    slack.append(slack_escape(before))
                    section.append({"type": "text", "text": before})
                if m.lastgroup == "code":
                    slack.append("`" + slack_escape(token[1:-1]) + "`")
                    section.append({"type": "text", "text": token[1:-1], "style": {"code": True}})
                elif m.lastgroup == "url":
                    slack.append(f"<{token.replace('&', '&amp;')}>")
                    section.append({"type": "link", "url": token})
                elif m.lastgroup == "mail":
                    slack.append(f"<mailto:{token}|{token}>")
                    section.append({"type": "link", "url": f"mailto:{token}", "text": token})
                elif m.lastgroup == "at":
                    name = token[1:]
                    if name in ("here", "channel"):
                        slack.append(f"<!{name}>")
                        section.append({"type": "broadcast", "range": name})
                    else:
                        who = BOT_USER if name == "Jeeves" else next(
                            (p["id"] for p in self.people if p["first"].startswith(name)), self.person()["id"])
                        slack.append(f"<@{who}>")
                        section.append({"type": "user", "user_id": who})
                else:
                    slack.append(token)
                    section.append({"type": "emoji", "name": token.strip(":")})
                if tail:
                    slack.append(slack_escape(tail))
                    section.append({"type": "text", "text": tail})
            if part[pos:]:
                slack.append(slack_escape(part[pos:]))
                section.append({"type": "text", "text": part[pos:]})
            elements.append({"type": "rich_text_section", "elements": section})
        block = {"type": "rich_text", "block_id": self.token(3)[:5], "elements": elements}
        return "".join(slack), [block]

    # ---- Slack: the Events API -------------------------------------------------------------------------------
    def body_json(self, doc: dict[str, Any]) -> str:
        """Slack's JSON: non-ASCII as \\u escapes, and now and then its escaped slashes."""
        text = json.dumps(doc, separators=(",", ":"))
        return text.replace("/", "\\/") if self.chance(0.4) else text

    def event_time(self, event: dict[str, Any]) -> int:
        """The event's own event_ts (a moment of the day when it has none)."""
        return int(float(event.get("event_ts") or self.ts()))

    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": self.body_json(self.envelope(event, team))}

    def message(self, raw: str, channel: str, user: dict[str, str], mention: bool) -> dict[str, Any]:
        slack, blocks = self.markup(raw)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": slack, "team": TEAM}
        if raw and self.chance(0.92):
            event["blocks"] = blocks
        event["channel"] = channel
        if self.chance(0.18):
            event["thread_ts"] = f"{int(float(ts)) - self.rng.randint(60, 7200)}.{self.rng.randint(0, 999_999):06d}"
            event["parent_user_id"] = self.pick([BOT_USER, self.person()["id"], user["id"]])
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = "im"
        return event

    def slack_verification(self) -> dict[str, Any]:
        doc = {"token": VERIFY_TOKEN, "challenge": self.token(40)[:54], "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(doc)))

    def slack_dm(self) -> dict[str, Any]:
        user = self.person()
        raw = self.command_text() if self.chance(0.72) else self.chat_text()
        return self.record("slack", "json", self.event_request(self.message(raw, self.dms[user["id"]], user, False)))

    def slack_mention(self) -> dict[str, Any]:
        user = self.person()
        cid, _ = self.pick(self.channels)
        if self.chance(0.55):
            raw = self.pick(["@Jeeves ", "@Jeeves ", "hey @Jeeves ", "@Jeeves: ", "ok @Jeeves "]) + self.command_text()
            if self.chance(0.2):
                raw += " " + self.pick(["(offsite!)", "for the store visit", "— %WHO% fyi", "🙏", "pls"])
                raw = self.substitute(raw)
        else:
            chat = self.chat_text()
            raw = self.pick([f"{chat} cc @Jeeves", f"@Jeeves {chat}", f"{chat}\n@Jeeves weather {self.pick(PLACES)}",
                             f"@Jeeves weather {self.pick(PLACES)}, and {chat}"])
        return self.record("slack", "json", self.event_request(self.message(raw, cid, user, True)))

    def inner(self, event: dict[str, Any]) -> dict[str, Any]:
        keep = ("client_msg_id", "type", "text", "user", "ts", "blocks", "team", "thread_ts", "parent_user_id")
        return {k: event[k] for k in keep if k in event}

    def slack_edit(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        raw = self.command_text() if self.chance(0.5) else self.chat_text()
        old = self.message(raw, channel, user, False)
        fixed = raw + self.pick([" (edit: typo)", "*", " — sorry, wrong DM", "", " 🙂", "?"])
        if raw.startswith("wetaher"):
            fixed = raw.replace("wetaher", "weather", 1)
        new = self.inner(self.message(fixed, channel, user, False))
        new["ts"] = old["ts"]
        new["edited"] = {"user": user["id"], "ts": f"{int(float(old['ts'])) + self.rng.randint(5, 600)}.000000"}
        new["source_team"], new["user_team"] = TEAM, TEAM
        ts = self.ts()
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "ts": ts, "event_ts": ts, "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_deleted(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        old = self.message(self.chat_text(), channel, user, False)
        ts = self.ts()
        event = {"type": "message", "subtype": "message_deleted", "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "deleted_ts": old["ts"], "event_ts": ts, "ts": ts,
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        user = self.person()
        name, kind, mime = self.pick(FILES)
        event = self.message(self.substitute(self.pick(FILE_TEXTS)), self.dms[user["id"]], user, False)
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 300, "timestamp": EPOCH + 300, "name": name, "title": name,
                           "mimetype": mime, "filetype": kind, "pretty_type": kind.upper(), "user": user["id"],
                           "user_team": TEAM, "editable": kind in ("csv", "sql", "r"), "size":
                           self.rng.randint(2_000, 40_000_000), "mode": "hosted", "is_external": False,
                           "external_type": "", "is_public": False, "public_url_shared": False,
                           "display_as_bot": False, "username": "",
                           **file_urls(TEAM, TEAM_DOMAIN, user["id"], fid, name),
                           "is_starred": False, "has_rich_preview": False, "file_access": "visible"}]
        if kind in ("csv", "sql", "r"):
            event["files"][0]["preview"] = self.pick([
                "order_id,customer_id,order_date,store_id,net_revenue_eur,channel,is_first_order\n"
                "SO-2024-0918811,C-004417,2024-09-11,0412,54.90,web,false",
                "store_id,weekday,open_local,close_local\n0412,mon,09:30,21:00\n0412,sun,12:00,18:00",
                "select customer_id, count(*) as n\nfrom analytics.dim_customers\ngroup by 1\nhaving count(*) > 1",
                "fit <- lm(log(visitors_in) ~ precip_mm + temp_max_c + factor(weekday) + factor(store_id), data = d)"])
        event["upload"] = False
        event["display_as_bot"] = False
        return self.record("slack", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        link = self.pick(LINKS)
        raw = self.pick(["weather for this one? ", "wrong window, meant to paste ", "", "bookmarking: "]) + link
        old = self.message(raw, channel, user, False)
        host = urllib.parse.urlsplit(link).hostname or "example"
        service = {"github.com": "GitHub", "docs.google.com": "Google Sheets", "www.notion.so": "Notion",
                   "quillfeather.atlassian.net": "Jira"}.get(host, host.split(".")[-3 if host.count(".") > 1 else 0]
                                                              .capitalize())
        title = self.pick([f"{self.pick(DASHBOARDS)} | {service}", "fix(fct_orders): dedupe late-arriving refunds "
                           "#1432", "DATA-2291 Add weather features to the store forecast", "Metric definitions (NRR, "
                           "GMV, AOV)", f"Run #298374655 — {self.pick(MODELS)} failed"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "title": title, "title_link": link, "fallback": f"{service}: {title}",
                               "text": self.substitute(self.pick(CHAT))[:160],
                               "service_icon": f"https://{host}/favicon.ico"}]
        ts = self.ts()
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "ts": ts, "event_ts": ts, "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def weather_text(self, imperial: bool = False) -> str:
        t = self.rng.randint(8, 29)
        low, high = t - self.rng.randint(2, 6), t + self.rng.randint(0, 4)
        deg, wind = ("°F", "mph") if imperial else ("°C", "km/h")
        if imperial:
            t, low, high = (round(v * 9 / 5 + 32) for v in (t, low, high))
        return (f"{self.pick(LABELS)}: {self.pick(SKIES)}, {t}{deg}, wind {self.rng.randint(3, 40)} {wind}; today "
                f"{low}{deg} to {high}{deg}, {self.pick([0, 5, 10, 20, 35, 60, 80, 95])}% chance of precipitation")

    def slack_bot_echo(self) -> dict[str, Any]:
        user = self.person()
        place = self.pick(PLACES)
        weather = self.weather_text(self.chance(0.15))
        text = self.pick([HELP_REPLY, weather, weather, f"Good morning! {weather}", f"Got it, I will remember "
                          f"{self.pick(LABELS)}.", f"Your location is {self.pick(LABELS)}.",
                          "Done, I forgot your location.", "Daily weather alerts are off.",
                          f"Daily weather alerts are on, every day at {self.hhmm()} ({self.pick(TIMEZONES)}).",
                          "Where? Try `weather Paris`, or `remember location Paris` once.",
                          f"I could not find a place called \u201c{self.pick(PLACES)}\u201d.",
                          "Sorry, I did not understand that. " + HELP_REPLY,
                          "Saved. Your settings:\n• alert_time: 07:45\n• alerts: on\n• timezone: Europe/Amsterdam\n"
                          "• units: metric\nChange one with `config units imperial`, `config alert_time 07:30`, "
                          "`config timezone Europe/Paris` or `alerts on`."])
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER,
                                 "ts": ts, "app_id": APP_ID, "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 86400 * 61, "app_id": APP_ID,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-07-15/"
                                                           "7421936651_3f1c0a9e5b7d2c4e8a6f_36.png"},
                                                 "team_id": TEAM}}
        if text == weather:
            event["blocks"] = self.weather_blocks(slack_escape(text), place, says_verbatim=True)
        event.update({"channel": self.dms[user["id"]], "event_ts": ts, "channel_type": "im"})
        return self.record("slack", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event = self.home_opened(user["id"], self.dms[user["id"]])
        if event["tab"] == "home" and self.chance(0.6):
            place = self.pick(LABELS + ["not set (`remember location <place>`)"])
            alert = self.pick(["on", "off"])
            event["view"] = {
                "id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                    {"type": "header", "block_id": self.token(3)[:4], "text": {
                        "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "text": f"*Location:* {place}\n*Units:* {self.pick(['metric', 'imperial'])}"
                                                  f"\n*Daily alert:* {alert} at {self.hhmm()} ({user['tz']})",
                        "verbatim": False}},
                    {"type": "divider", "block_id": self.token(3)[:4]},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on &lt;{BASE}/me/"
                                                  "|your page&gt; (send me `login` for a sign-in link).",
                        "verbatim": False}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}},
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title",
                                                                   "emoji": True},
                "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                "previous_view_id": None, "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        team = PARTNER_TEAM if self.chance(0.12) else TEAM
        return self.record("slack", "json", self.event_request(event, team))

    # ---- Slack: /jeeves and the buttons --------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        partner = self.chance(0.1)
        team, domain = (PARTNER_TEAM, PARTNER_DOMAIN) if partner else (TEAM, TEAM_DOMAIN)
        if self.chance(0.3):
            channel, channel_name = self.dms[user["id"]], "directmessage"
        else:
            channel, channel_name = self.pick(self.channels)
        text = self.command_text()
        if self.chance(0.05):
            text = self.pick(["", "weather  " + self.pick(PLACES), "WEATHER " + self.pick(PLACES).upper()])
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", domain), ("channel_id", channel),
                  ("channel_name", channel_name), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", slack_escape(text)), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("slash", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        user = self.person()
        team = TEAM
        roll = self.rng.random()
        in_dm = self.chance(0.6)
        channel = {"id": self.dms[user["id"]], "name": "directmessage"} if in_dm else dict(
            zip(("id", "name"), self.pick(self.channels), strict=True))
        if roll < 0.7:
            place = self.substitute(self.pick(["%PLACE%", "%PLACE%", "%ADDR%", "%OFFICE%"]))
            action = {"action_id": "set_location", "block_id": self.token(3)[:4], "text": {
                "type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place,
                "type": "button", "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:4], "text": {
                "type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-", "style": "danger",
                "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:4], "text": {
                "type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-", "type": "button",
                "action_ts": self.ts()}
        msg_ts = self.ts()
        ephemeral = action["action_id"] != "set_location" or not in_dm
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user["id"], "username": user["handle"],
                                              "name": user["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": channel["id"],
                          "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": channel, "state": {"values": {}},
            "response_url": self.hook("actions", team), "actions": [action]}
        if not ephemeral:
            text = slack_escape(self.weather_text())
            payload["message"] = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID,
                                  "app_id": APP_ID, "text": text, "team": team,
                                  "blocks": self.weather_blocks(text, action["value"], says_verbatim=True)}
        fields = [("payload", json.dumps(payload, separators=(",", ":")))]
        return self.record("button", "form", self.slack_form_request("/slack/interactions", fields))

    # ---- browsers -------------------------------------------------------------------------------------------
    def browser(self, nav: bool = True, site: str = "none") -> dict[str, str]:
        mobile = self.chance(0.18)
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
             "image/webp,image/apng,*/*;q=0.8" if "Chrome" in ua else
             "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd" if "Chrome" in ua
             else "gzip, deflate, br"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Chromium";v="128", "Not;A=Brand";v="24", "{brand}";v="128"'
            h["sec-ch-ua-mobile"] = "?1" if mobile else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if mobile else (
                '"Windows"' if "Windows" in ua else '"macOS"' if "Mac" in ua else '"Linux"')
        if nav:
            h["Upgrade-Insecure-Requests"] = "1"
            h.update({"Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-User": "?1",
                      "Sec-Fetch-Dest": "document"})
        if self.chance(0.06):
            h["DNT"] = "1"
        if self.chance(0.1):
            h["Cache-Control"] = "max-age=0"
        return h

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.3):
            jar.append(self.ga_cookie())
        if self.chance(0.15):
            jar.append(("ajs_anonymous_id", self.uuid()))
        if self.chance(0.1):
            jar.append(("_hjSessionUser_3512873", b64url_json({"id": self.uuid()[:16], "created": EPOCH * 1000,
                                                                 "existing": True})))
        return jar

    def form_post(self, uri: str, fields: list[tuple[str, str]], cookies: list[tuple[str, str]],
                  kind: str) -> dict[str, Any]:
        h = self.browser(site="same-origin")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "null" if self.chance(0.7) else BASE
        h["Cookie"] = self.cookie_header(cookies, self.site_cookies(), shuffle=False)
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def page_get(self, uri: str, cookies: list[tuple[str, str]], kind: str, site: str = "same-origin",
                 placement: str = "query") -> dict[str, Any]:
        h = self.browser(site=site)
        jar = cookies + self.site_cookies()
        if jar:
            h["Cookie"] = self.cookie_header(jar, [], shuffle=False)
        return self.record(kind, placement, self.get_request(uri, h))

    # ---- the admin panel ------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session = [("__Host-jeeves_admin", self.token())]
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.34:
            return self.page_get(self.pick(ADMIN_PAGES), session, "admin")
        if roll < 0.46:
            q = urllib.parse.urlencode([("q", self.pick(SEARCH_Q))] + ([("page", str(self.rng.randint(2, 5)))]
                                                                         if self.chance(0.3) else []))
            return self.page_get(f"/admin/users?{q}", session, "admin")
        if roll < 0.53:
            q = urllib.parse.urlencode([("q", self.pick(AUDIT_Q))] + ([("page", str(self.rng.randint(2, 9)))]
                                                                        if self.chance(0.25) else []))
            return self.page_get(f"/admin/audit?{q}", session, "admin")
        if roll < 0.57:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=client.rotate",
                             "/admin/users?q=kowalczyk"])
            login_cookie = [("__Host-jeeves_admin_login", csrf)] if self.chance(0.4) else []
            return self.page_get("/admin/login?" + urllib.parse.urlencode({"next": nxt}), login_cookie, "admin",
                                 site="none")
        if roll < 0.63:
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(ADMINS)), ("password", self.pick(PASSWORDS)),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.form_post("/admin/login", fields, [("__Host-jeeves_admin_login", csrf)], "admin")
        if roll < 0.70:
            uid = self.rng.randint(1, 480)
            fields = [("csrf_token", csrf), ("q", self.pick(SEARCH_Q + ["", "", ""])),
                      ("page", str(self.rng.randint(1, 4))), ("value", self.pick(["0", "1"]))]
            return self.form_post(f"/admin/users/{uid}/{self.pick(['active', 'active', 'admin'])}", fields, session,
                                  "admin")
        if roll < 0.76:
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
            if self.chance(0.5):
                fields.insert(2, ("team_id", self.pick([PARTNER_TEAM, TEAM, PARTNER_TEAM.lower()])))
            return self.form_post("/admin/features", fields, session, "admin")
        if roll < 0.78:
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", PARTNER_TEAM)]
            return self.form_post("/admin/features/remove", fields, session, "admin")
        if roll < 0.83:
            cid, desc = self.pick(CLIENT_DESCRIPTIONS)
            fields = [("csrf_token", csrf), ("client_id", cid), ("description", desc), ("scopes", "read")]
            if self.chance(0.35):
                fields.append(("scopes", "write"))
            return self.form_post("/admin/clients", fields, session, "admin")
        if roll < 0.89:
            cid = urllib.parse.quote(self.pick(CLIENT_DESCRIPTIONS)[0], safe="")
            action = self.pick(["rotate", "disable", "enable"])
            return self.form_post(f"/admin/clients/{cid}/{action}", [("csrf_token", csrf)], session, "admin")
        if roll < 0.92:
            if self.chance(0.7):
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)), ("team_id", TEAM),
                          ("user_id", self.person()["id"])]
                return self.form_post("/admin/slack-sign-in", fields, session, "admin")
            return self.form_post("/admin/slack-sign-in/remove", [("csrf_token", csrf),
                                                                  ("username", self.pick(ADMINS))], session, "admin")
        if roll < 0.96:
            step = self.rng.random()
            if step < 0.4:
                return self.form_post("/admin/account/totp/start", [("csrf_token", csrf)], session, "admin")
            if step < 0.8:
                secret = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                code = f"{self.rng.randint(0, 999999):06d}"
                fields = [("csrf_token", csrf), ("totp_pending", secret), ("totp", code)]
                return self.form_post("/admin/account/totp/confirm", fields, session, "admin")
            return self.form_post("/admin/account/totp/disable", [("csrf_token", csrf),
                                                                  ("password", self.pick(PASSWORDS))], session, "admin")
        if roll < 0.98:
            return self.form_post("/admin/logout", [("csrf_token", csrf)], session, "admin")
        h = self.browser(nav=False)
        h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "no-cors",
                  "Sec-Fetch-Dest": "style", "Cookie": self.cookie_header(session, [], shuffle=False)})
        return self.record("admin", "none", self.get_request("/admin/static/admin.css", h))

    # ---- /me/ -----------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session = [("__Host-jeeves_me", self.token())]
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.28:
            return self.page_get(self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                                            "/me/?done=location_forgotten"]), session, "me",
                                 site=self.pick(["none", "same-origin", "cross-site"]))
        if roll < 0.36:
            h = self.browser(site="same-origin")
            h["Cookie"] = self.cookie_header(session, [], shuffle=False)
            return self.record("me", "none", self.get_request("/me/data.json", h))
        if roll < 0.58:
            place = self.substitute(self.pick(["%PLACE%", "%PLACE%", "%ADDR%", "%OFFICE%", "home (Delft)",
                                               "Remote — Lisbon", "Whitefield, Bengaluru", "Mississauga, ON L5B"]))
            return self.form_post("/me/location", [("csrf_token", csrf), ("place", place)], session, "me")
        if roll < 0.63:
            return self.form_post("/me/location/forget", [("csrf_token", csrf)], session, "me")
        if roll < 0.84:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", f"{self.hhmm()}"), ("timezone", self.pick(TIMEZONES))]
            return self.form_post("/me/settings", fields, session, "me")
        if roll < 0.88:
            fields = [("csrf_token", csrf)] + ([("confirm", "forget")] if self.chance(0.85) else [])
            return self.form_post("/me/forget", fields, session, "me")
        return self.form_post("/me/logout", [("csrf_token", csrf)], session, "me")

    # ---- Sign in with Slack and the one-time links ----------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.page_get(uri, [], "auth", site=self.pick(["none", "same-origin"]))
        if roll < 0.4:
            uri = "/auth/slack/login" + ("?for=admin" if self.chance(0.25) else "")
            return self.page_get(uri, [], "auth")
        state = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(30))
        if roll < 0.62:
            code = f"{self.rng.randint(10**12, 10**13 - 1)}.{self.rng.randint(10**12, 10**13 - 1)}.{self.hexs(64)}"
            q = urllib.parse.urlencode({"code": code, "state": state})
            return self.page_get(f"/auth/slack/callback?{q}", [("__Host-jeeves_oidc_state", state)], "auth",
                                 site="cross-site")
        if roll < 0.67:
            q = urllib.parse.urlencode({"error": "access_denied", "state": state})
            return self.page_get(f"/auth/slack/callback?{q}", [("__Host-jeeves_oidc_state", state)], "auth",
                                 site="cross-site")
        link = self.token()
        if roll < 0.84:
            h = self.browser(site=self.pick(["cross-site", "none"]))
            if "Slack/" in h["User-Agent"] or self.chance(0.1):
                h["Referer"] = "https://app.slack.com/"
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        return self.form_post(f"/auth/slack/link/{link}", [("csrf_token", csrf)], [("__Host-jeeves_signin", csrf)],
                              "auth")

    # ---- the data API ---------------------------------------------------------------------------------------
    def jwt_id(self) -> str:
        """Its tokens' jti: 16 random bytes, base64url."""
        return self.token(16)

    def script_headers(self, ua: str) -> dict[str, str]:
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*",
                                                     "application/json, text/plain, */*"])}
        if not ua.startswith("curl") and self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"airflow.jeeves_usage_daily.{self.hexs(8)}",
                                           f"dbt-run-{self.rng.randint(10**8, 10**9)}"])
        return h

    def api(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        h = self.script_headers(self.pick(API_UAS))
        roll = self.rng.random()
        write = 0.48 <= roll < 0.68 or roll >= 0.93
        h["Authorization"] = "Bearer " + self.jwt(client, "read write" if write or self.chance(0.3) else "read")
        body, method = "", "GET"
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 500, 1000]))))
            if self.chance(0.3):
                params.append(("team_id", self.pick([TEAM, PARTNER_TEAM])))
            if self.chance(0.25):
                params.append(("alerts", self.pick(["true", "false", "1", "on"])))
            if self.chance(0.2):
                params.append(("active", self.pick(["true", "false", "0"])))
            self.rng.shuffle(params)
            uri = "/api/users?" + urllib.parse.urlencode(params)
        elif roll < 0.48:
            uri = f"/api/users/{self.rng.randint(1, 480)}"
        elif roll < 0.68:
            method, uri = "PATCH", f"/api/users/{self.rng.randint(1, 480)}"
            p = self.person()
            doc: dict[str, Any] = self.pick([
                {"name": self.pick(PATCH_NAMES)}, {"email": p["email"]}, {"is_active": self.chance(0.5)},
                {"is_admin": self.chance(0.3)}, {"name": p["name"], "email": p["email"]},
                {"settings": {"timezone": p["tz"], "alert_time": self.hhmm()}},
                {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}},
                {"settings": {"alerts": False}}, {"is_active": True, "settings": {"timezone": self.pick(TIMEZONES)}}])
            body = json.dumps(doc, ensure_ascii=self.chance(0.5))
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
        elif roll < 0.85:
            day = self.rng.randint(1, 11)
            since = self.pick([f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}",
                               f"2024-09-{day:02d}T00:00:00+02:00", f"2024-08-{day + 14:02d}T22:00:00.000Z",
                               f"2024-09-{day:02d}T05:30:00+05:30"])
            params = [("since", since)]
            if self.chance(0.7):
                params.append(("until", self.pick(["2024-09-12T00:00:00Z", "2024-09-12", "2024-09-12T09:00:00+00:00",
                                                   f"2024-09-{day + 1:02d}T00:00:00Z"])))
            safe = ":" if self.chance(0.4) else ""
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, safe=safe)
        elif roll < 0.93:
            uri = "/api/switches"
        else:
            method, uri = "PUT", f"/api/switches/{self.pick(ACTIONS)}"
            doc = self.pick([{"enabled": False, "team_id": PARTNER_TEAM}, {"enabled": True, "team_id": PARTNER_TEAM},
                             {"enabled": True}, {"enabled": False, "team_id": "*"}, {"enabled": True, "team_id": TEAM}])
            body = json.dumps(doc)
            h["Content-Type"] = "application/json"
        return self.record("api", "json" if body else "query", {"method": method, "uri": uri, "headers": h,
                                                                 "body": body})

    # ---- TokenDealer ----------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client, secret = self.pick(API_CLIENTS), self.token()
        h = self.script_headers(self.pick(API_UAS))
        h["Content-Type"] = self.pick(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                                       "application/x-www-form-urlencoded; charset=utf-8"])
        roll = self.rng.random()
        in_body = self.chance(0.25)
        if roll < 0.6:
            uri = "/oauth/token"
            fields = [("grant_type", "client_credentials")]
            if self.chance(0.7):
                fields.append(("scope", self.pick(["read", "read write", "write", "read"])))
            if self.chance(0.2):
                fields.append(("audience", "jeeves"))
        elif roll < 0.8:
            uri = "/oauth/introspect"
            fields = [("token", self.jwt(self.pick(API_CLIENTS), "read"))]
            if self.chance(0.5):
                fields.append(("token_type_hint", "access_token"))
        else:
            uri = "/oauth/revoke"
            fields = [("token", self.jwt(client, self.pick(["read", "read write"])))]
            if self.chance(0.5):
                fields.append(("token_type_hint", "access_token"))
        if in_body:
            fields += [("client_id", client), ("client_secret", secret)]
        else:
            h["Authorization"] = self.basic_credentials(client, secret)
        return self.record("oauth", "form", self.form_request(uri, h, fields))

    def verify(self) -> dict[str, Any]:
        h = self.script_headers(self.pick(["lua-resty-http/0.17.2", "python-requests/2.32.3", "python-httpx/0.27.2",
                                           "curl/8.9.1"]))
        h["Content-Type"] = "application/x-www-form-urlencoded"
        token = self.jwt(self.pick(API_CLIENTS), self.pick(["read", "read write"]))
        return self.record("verify", "form", self.verify_request(h, token, 0.4))

    # ---- health and metadata --------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        uri = "/readyz" if self.chance(0.3) else "/healthz"
        h = {"User-Agent": self.pick(HEALTH_UAS), "Accept": self.pick(["*/*", "application/json", "text/plain"])}
        return self.record("health", "none", self.get_request(uri, h))

    def meta(self) -> dict[str, Any]:
        uri = self.pick(["/.well-known/jwks.json", "/.well-known/jwks.json", "/.well-known/oauth-authorization-server",
                         "/openapi.json", "/api/openapi.json"])
        method = "HEAD" if uri == "/.well-known/jwks.json" and self.chance(0.15) else "GET"
        h = self.script_headers(self.pick(META_UAS))
        if uri.endswith("jwks.json") and self.chance(0.4):
            h["If-None-Match"] = f'"{self.hexs(32)}"'
        return self.record("meta", "none", {"method": method, "uri": uri, "headers": h, "body": ""})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 270), ("slack_mention", 175), ("slack_edit", 28), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 48), ("slack_home", 32), ("slash_command", 270), ("button_click", 105),
    ("api", 240), ("admin", 150), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 24),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The data team's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(DataTeam(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
