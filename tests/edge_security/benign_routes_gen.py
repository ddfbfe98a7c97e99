"""Realistic benign traffic to OUR routes, shaped like what Jeeves's and TokenDealer's real users and clients send:
Slack (Events API callbacks, slash commands, interactions), API clients of the data API, admins in a browser, OAuth
clients, and Slack users on /me/ and Sign in with Slack.

Written for this repository by hand from our routes' real shapes (gateway/gateway.yaml, app/routes/, app/admin/views/,
app/account/, tokendealer/) and from how Slack, browsers and HTTP client libraries format requests. No WAF rule, ruleset
regression test or shared corpus file was read to write it: the traffic is what people and clients send, not what a rule
lets through. Deterministic (a seeded random.Random per call of benign()).

Same record schema as family_gen.py's benign records: id `route-benign-<kind>-NNNN`, category "benign", `sub` (the
kind) and placement (query, form, json, header, path). Slack records carry placeholder signatures: test_waf_corpus's
Replayer signs every Slack record again at send time, as Slack would.
"""

from __future__ import annotations

import base64
import json
import random
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import b64url as _b64url
from .records import slack_escape as _escape

ORIGIN = "https://localhost:8443"   # the public edge (gateway.yaml ports.public_https)
EPOCH = 1719000000                   # 2024-06-21T20:00:00Z; message timestamps count on from here

# ---- Slack workspace --------------------------------------------------------------------------------------------
TEAM, TEAM_DOMAIN = "T061EG9R6", "acme-eng"
TEAM2, TEAM2_DOMAIN = "T02QX7LMN8", "acme-ops"
APP_ID = "A05JV2ZK9PQ"
BOT_USER, BOT_ID = "U05JV3BQ2LT", "B05JV3C1R7K"
VERIFICATION_TOKEN = "Jhj5dZrVaK7ZwHHjRyZWjbDl"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
USERS = [
    ("U02AB3CD4EF", "siobhan.oneil", "Siobhán O'Neil"), ("U03KLM4N5OP", "marco.rossi", "Marco Rossi"),
    ("U01QRS2T3UV", "priya.r", "Priya Raghunathan"), ("U04WXY5Z6AB", "j.mueller", "Jürgen Müller"),
    ("U05CDE6F7GH", "aoife", "Aoife Ní Bhriain"), ("U06IJK7L8MN", "tkowalski", "Tomasz Kowalski"),
    ("U07OPQ8R9ST", "yuki.tanaka", "田中 ゆき"), ("U08UVW9X0YZ", "chidera", "Chidera Okafor"),
    ("U09ABC0D1EF", "lea.dubois", "Léa Dubois"), ("U0AGHI1J2KL", "sam", "Sam Lee"),
    ("U0BMNO2P3QR", "d.fitzgerald-smith", "Dara Fitzgerald-Smith"), ("U0CSTU3V4WX", "noor", "Noor Al-Hassan"),
]
CHANNELS = [("C024BE91L", "general"), ("C05DEVBE01", "dev-backend"), ("C05INC7777", "incidents"),
            ("C03RANDOM9", "random"), ("C06DEPLOYS", "deploys"), ("C07FRONTND", "frontend"),
            ("C01OPSALRT", "ops-alerts"), ("C08DATAENG", "data-eng")]
DM = "D05JV3DM01"

# ---- what people write in Slack (as typed; Slack's own markup: <@U..>, <#C..|name>, <url|label>, <!here>) ---------
CHAT = [
    # everyday
    "morning all :wave:", "lunch? :ramen:", "anyone up for coffee at 3?", "thanks! :pray:", "+1",
    "lgtm :shipit:", "brb", "on it", "nvm, found it", "can you send me the link?",
    "OOO tomorrow, back Thursday :palm_tree:", "Happy Friday everyone :tada: :tada:",
    "Congrats <@U05CDE6F7GH> on the promotion!!! :champagne: :clap:", "who broke main? :eyes:",
    "I'll be 5 mins late to standup, train is delayed again :train:",
    "The printer on floor 2 is jammed again :upside_down_face:", "pizza in the kitchen, help yourselves :pizza:",
    "Reminder: all-hands at 4pm in the big room & on Zoom", "can someone let the plumber in? I'm WFH today",
    "heads up: fire drill at 11:00, please leave by the east stairs", "Who's got the HDMI adapter? :thinking_face:",
    "the wifi on the 3rd floor is flaky again, IT ticket is #4471", "happy birthday <@U09ABC0D1EF> :birthday: :cake:",
    "I'm doing a coffee run, orders in thread :coffee:", "flat white, oat milk please!", "same as Marco x2",
    "lol", "haha that's brilliant", "ok will do", "sorry, missed this - yes that works for me",
    "Does anyone know if the office is open on the bank holiday?", "I'm out 14-25 Aug, <@U03KLM4N5OP> covers on-call",
    "Can we move the 1:1 to 2:30? Something came up", "sure, 2:30 it is", "<!here> cake in the kitchen :cake:",
    "welcome <@U0CSTU3V4WX>! :wave: glad to have you", "Thanks all, excited to be here :blush:",
    "is it just me or is Zoom lagging?", "+1, audio is choppy", "Let's take it offline",
    "Drop me a line when you're free", "Union meeting at 5 (not the SQL kind :sweat_smile:)",
    "Where do I find the 1-on-1 template?", "order by priority please: 1) auth bug 2) flaky test 3) docs",
    "Select a date that works for you in the doodle and I'll update the invite",
    "Please delete the old recordings from the shared drive, we're at 98% of the quota",
    "fyi the parking lot is closed tomorrow (resurfacing)", "who's on call this weekend?", "me :raising_hand:",
    "50% off in the canteen after 2pm today", "Was it 'affect' or 'effect' in the release notes? :sweat_smile:",
    "new hire onboarding doc: <https://acme.atlassian.net/wiki/spaces/ENG/pages/123456/Onboarding|Onboarding>",
    "The retro board is here <https://miro.com/app/board/uXjVKabc123=/?share_link_id=42|Sprint 42 retro>",
    "sent you a calendar invite for Tue 10:00-10:30", "is 'drop-in' or 'drop in' correct?",
    "10/10 would recommend the new ramen place on Dame St", "I'm 2 mins away", "Running ~10 late, start without me",
    "If anyone needs me I'm in the quiet room until 3", "Where's the fire extinguisher? (asking for a friend :fire:)",
    # standup-ish prose with numbers
    "Yesterday: finished the retry logic for the webhook worker (JEEVES-412). Today: review PRs, pair with "
    "<@U06IJK7L8MN> on the flaky test. Blockers: none",
    "Y: migrations for the facts table. T: backfill script + tests. B: waiting on DBA approval for prod",
    "Standup:\n• done: rate limiter per team\n• doing: JWKS refresh on unknown kid\n• blocked: nope",
    "Today I'm on support rotation, ping me for anything urgent :rotating_light:",
    "Status: 3/5 tickets done, 1 in review, 1 blocked on design (<@U09ABC0D1EF>)",
    # deploys and incidents with log lines
    "<!channel> prod deploy of v2.14.0 starts in 10 min, please hold merges to main",
    "v2.14.0 is out :rocket: changelog: <https://github.com/acme/jeeves/releases/tag/v2.14.0|v2.14.0>",
    "rolling back v2.14.0, error rate went from 0.1% to 4%",
    "prod 5xx spike since 14:02 UTC, nginx error log says `upstream timed out (110: Connection timed out) while "
    "reading response header from upstream, client: 10.20.3.4, server: api.acme.io, request: \"GET "
    "/api/users?limit=50 HTTP/1.1\", upstream: \"http://127.0.0.1:5000/api/users?limit=50\"`",
    "Seeing this in the worker:\n```Traceback (most recent call last):\n  File \"/app/app/services/weather.py\", "
    "line 88, in fetch\n    resp.raise_for_status()\n  File \"/venv/lib/python3.11/site-packages/aiohttp/"
    "client_reqrep.py\", line 1070, in raise_for_status\n    raise ClientResponseError(\naiohttp.client_exceptions."
    "ClientResponseError: 503, message='Service Unavailable', url=URL('https://api.open-meteo.com/v1/forecast?"
    "latitude=53.35&longitude=-6.26')```",
    "billing is throwing NPEs again:\n```java.lang.NullPointerException: Cannot invoke \"String.length()\" because "
    "\"name\" is null\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:142)\n\tat "
    "com.acme.billing.InvoiceController.get(InvoiceController.java:57)\n\tat org.springframework.web.servlet."
    "FrameworkServlet.service(FrameworkServlet.java:897)\n\tat javax.servlet.http.HttpServlet.service("
    "HttpServlet.java:750)```",
    "postgres log: `ERROR:  duplicate key value violates unique constraint \"uq_users_slack_identity\"` "
    "`DETAIL:  Key (slack_team_id, slack_user_id)=(T061EG9R6, U02AB3CD4EF) already exists.`",
    "pods are in CrashLoopBackOff :fire:\n```$ kubectl -n prod get pods | grep -v Running\nNAME"
    "                      READY   STATUS             RESTARTS   AGE\njeeves-7d9f8b6c5-x2x9q   0/1     "
    "CrashLoopBackOff   7          12m```",
    "Last state: Terminated, Reason: OOMKilled, Exit Code: 137. bumping the memory limit to 512Mi",
    "redis is complaining: `MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist "
    "to disk`", "disk on db-2 is at 91%, cleaning up old WAL", "the cert for api.acme.io expires in 6 days, "
    "certbot renew failed with `Challenge failed for domain api.acme.io`",
    "Go service panicked:\n```panic: runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]\n\ngoroutine 1 [running]:\n"
    "main.(*Server).handle(0x0, {0x7f8c1c0, 0xc000120000})\n\t/src/server.go:88 +0x1c```",
    "frontend console: `TypeError: Cannot read properties of undefined (reading 'map') at UserList "
    "(UserList.tsx:42:23)`",
    "`ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
    "local issuer certificate (_ssl.c:1006)` on the new runner",
    "access log line for the weird one: `203.0.113.24 - - [21/Jun/2024:14:03:11 +0000] \"POST /slack/events "
    "HTTP/1.1\" 401 62 \"-\" \"Slackbot 1.0 (+https://api.slack.com/robots)\"`",
    "<!subteam^S05ONCALL|@oncall> the edge is returning 429s for team T02QX7LMN8, limit is 50r/s burst 200",
    "incident channel: <#C05INC7777|incidents>, doc: <https://docs.google.com/document/d/1aBcDeFgHiJkLmNoP/edit"
    "?usp=sharing|INC-2024-031 timeline>",
    "Timeline so far:\n14:02 alerts fire\n14:05 <@U02AB3CD4EF> acks\n14:11 rollback started\n14:19 error rate back "
    "to baseline", "Root cause: the migration took an ACCESS EXCLUSIVE lock on users for ~40s",
    "RCA draft is up, please comment by EOD :memo:", "all clear :white_check_mark: closing the incident",
    "Grafana: <https://grafana.acme.io/d/edge01/edge?orgId=1&from=now-6h&to=now&var-route=api|edge dashboard>",
    "Sentry issue <https://acme.sentry.io/issues/4521337/?project=12&query=is%3Aunresolved|JEEVES-2K> has 1.2k events",
    "error budget for June is 38% used", "p99 on /api/usage/stats went from 180ms to 2.4s after the release",
    # SQL
    "can someone sanity check this before I run it on prod?\n```UPDATE users SET is_active = false\nWHERE "
    "last_seen_at < now() - interval '90 days' AND is_admin = false;```",
    "`SELECT count(*) FROM slack_events WHERE created_at > now() - interval '1 hour';` returns 0, so dedup is fine",
    "explain says seq scan:\n```EXPLAIN ANALYZE SELECT u.id, u.email FROM users u JOIN facts f ON f.user_id = u.id\n"
    "WHERE f.key = 'location' ORDER BY u.id LIMIT 50;```",
    "drop the old index first: `DROP INDEX CONCURRENTLY IF EXISTS ix_usage_ts;`",
    "I'd use `INSERT ... ON CONFLICT (event_id) DO NOTHING` there instead of catching the IntegrityError",
    "```SELECT actor, action, at FROM audit_log WHERE actor = 'admin' OR actor LIKE 'slack:%' ORDER BY at DESC "
    "LIMIT 20;```",
    "union the two counts:\n```SELECT team_id, count(*) FROM usage GROUP BY 1\nUNION ALL\nSELECT 'total', "
    "count(*) FROM usage;```",
    "the report query: ```SELECT date_trunc('day', ts) AS day, action, count(*) AS n\nFROM usage\nWHERE ts "
    "BETWEEN '2024-06-01' AND '2024-06-30'\nGROUP BY 1, 2\nORDER BY 1;```",
    "`DELETE FROM sessions WHERE expires_at < now();` runs nightly from cron", "why is `WHERE name = NULL` never "
    "true? :facepalm: oh right, `IS NULL`", "`ALTER TABLE users ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';`",
    "use `COALESCE(settings->>'timezone', 'UTC')` in the view", "`CREATE INDEX CONCURRENTLY ix_users_email ON "
    "users (lower(email));`", "the ORM generates `SELECT users.id, users.name FROM users WHERE users.id IN "
    "(1, 2, 3)`, that's fine", "`TRUNCATE staging.import_raw;` before each load, it's a scratch table",
    "`GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst;`", "pg_stat_statements top query: "
    "`SELECT * FROM facts WHERE user_id = $1 AND key = $2`", "`SELECT pg_size_pretty(pg_database_size('jeeves'));` "
    "says 4.2 GB",
    "MySQL folks: `SHOW PROCESSLIST;` then `KILL 4412;` for the stuck one",
    "sqlite for tests: `PRAGMA foreign_keys = ON;`", "```WITH recent AS (\n  SELECT user_id, max(ts) AS last\n  "
    "FROM usage GROUP BY user_id\n)\nSELECT u.email FROM users u JOIN recent r ON r.user_id = u.id\nWHERE r.last < "
    "now() - interval '30 days';```",
    # shell
    "`rm -rf node_modules && npm ci` fixed it for me", "```$ curl -s -H \"Authorization: Bearer $TOKEN\" "
    "'https://jeeves.acme.io/api/users?limit=5' | jq '.users[].email'```", "`docker compose logs -f --tail=100 "
    "jeeves`", "`for f in *.log; do gzip \"$f\"; done`", "`sudo systemctl restart nginx && journalctl -u nginx -n "
    "50 --no-pager`", "`grep -R \"TODO\" app/ | wc -l` says 37, we're doing great :sweat_smile:",
    "`cat /etc/os-release` on the runner says Debian 12 (bookworm)", "```export PGPASSWORD=...\npsql -h localhost "
    "-p 5433 -U jeeves -c '\\dt'```", "`find . -name '*.pyc' -delete`", "`ssh deploy@10.0.4.12 'tail -n 200 "
    "/var/log/nginx/error.log'`", "`chmod +x scripts/release.sh && ./scripts/release.sh v2.14.1`",
    "`git rebase -i HEAD~3` then `git push --force-with-lease`", "`kubectl rollout restart deploy/jeeves -n prod`",
    "```openssl s_client -connect api.acme.io:443 -servername api.acme.io </dev/null 2>/dev/null | openssl x509 "
    "-noout -dates```", "please don't `curl ... | sh` random install scripts on the bastion :pray:",
    "PowerShell: `Get-ChildItem -Recurse -Filter *.log | Remove-Item -WhatIf`", "`make test PYTEST_ARGS=\"-k "
    "slack -x\"`", "`tar czf backup-$(date +%F).tar.gz /srv/jeeves/data`", "`ps aux | grep [g]unicorn`",
    "`echo $PATH` shows /usr/local/bin twice, fix your .bashrc", "`lsof -i :5432` - something else grabbed the port",
    "`ulimit -n 65535` on the load test box", "`nc -zv db-2.internal 5432` works from the bastion",
    "```#!/usr/bin/env bash\nset -euo pipefail\nif [ -z \"${SLACK_SIGNING_SECRET:-}\" ]; then\n  echo \"missing "
    "SLACK_SIGNING_SECRET\" >&2\n  exit 1\nfi```", "`crontab -l` shows `0 3 * * * /opt/jeeves/bin/cleanup.sh >> "
    "/var/log/cleanup.log 2>&1`", "`awk '{print $9}' access.log | sort | uniq -c | sort -rn | head`",
    "`sed -i 's/v2.13/v2.14/' deploy/values.yaml`", "`du -sh /var/lib/docker/* | sort -h | tail`",
    "`pip install -r requirements.lock --require-hashes` fails on arm64", "`python -m venv .venv && source "
    ".venv/bin/activate`", "`ping -c 3 8.8.8.8` works but DNS doesn't, check /etc/resolv.conf",
    "use && not ; in the CI script so it stops on the first error", "`env | grep -i proxy`",
    # code in several languages
    "```python\ndef retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n"
    "        except TimeoutError:\n            time.sleep(2 ** i)\n    raise RuntimeError(\"gave up\")\n```",
    "```const users = await fetch('/api/users?limit=50', {\n  headers: { Authorization: `Bearer ${token}` },\n"
    "}).then((r) => r.json());```", "the component is just `<UserList users={users} onSelect={(u) => "
    "setSelected(u.id)} />`", "the template has `<input type=\"hidden\" name=\"csrf_token\" value=\"{{ "
    "csrf_token() }}\">` so the form should work", "```go\nif err != nil {\n    return fmt.Errorf(\"fetch users: "
    "%w\", err)\n}\n```", "`Optional.ofNullable(user).map(User::getEmail).orElse(\"n/a\")` reads nicer",
    "`let v: Vec<_> = xs.iter().filter(|x| **x > 0).collect();` - the double deref is the confusing bit",
    "`local ok, err = red:connect(\"127.0.0.1\", 6379)` and check `err` before using red",
    "```yaml\nroutes:\n  - name: api\n    match: {prefix: /api/}\n    upstream: jeeves\n```",
    "`{% if user.is_admin %}<span class=\"badge\">admin</span>{% endif %}` in users.html",
    "the legacy site still has `<?php echo htmlspecialchars($name); ?>` everywhere :skull:",
    "regex for slack ids: `^[A-Z0-9][A-Z0-9_]{1,31}$`", "`var user = await db.Users.FirstOrDefaultAsync(u => "
    "u.Email == email);`", "`User.where(active: true).find_each { |u| u.touch }`",
    "send `{\"enabled\": false, \"team_id\": \"*\"}` to turn it off everywhere",
    "```dockerfile\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl ca-certificates \\\n "
    "&& rm -rf /var/lib/apt/lists/*\n```", "`.btn-danger { color: #fff; background: var(--red-600); }`",
    "path on the windows box is `C:\\Program Files\\Git\\bin\\bash.exe`", "```xml\n<dependency>\n  "
    "<groupId>org.postgresql</groupId>\n  <artifactId>postgresql</artifactId>\n  <version>42.7.3</version>\n"
    "</dependency>\n```", "what's the diff between `==` and `===` again?", "`x = a if a is not None else b`",
    "`async with session.begin():` commits for you, don't call commit() inside",
    "```ts\nexport function debounce<T extends (...args: any[]) => void>(fn: T, ms = 300) {\n  let t: "
    "ReturnType<typeof setTimeout>;\n  return (...args: Parameters<T>) => {\n    clearTimeout(t);\n    t = "
    "setTimeout(() => fn(...args), ms);\n  };\n}\n```", "`document.querySelector('#q').focus()` on load is what "
    "we want", "`window.location.href = '/admin/users?page=' + page;` works but use the router",
    "the `onload` handler on the iframe doesn't fire in Safari", "`<script type=\"module\" "
    "src=\"/static/app.js\"></script>` needs the CSP nonce", "<script> tags in the email template get stripped by "
    "the sanitizer, that's why the button vanished", "```html\n<a href=\"/me/\" class=\"btn\">Your page</a>\n```",
    "`eval` in the test helper is fine, it's only parsing fixtures", "`subprocess.run([\"git\", \"rev-parse\", "
    "\"HEAD\"], check=True, capture_output=True)`", "`os.system` is banned by the linter, use subprocess",
    "`import os; os.environ.get(\"DATABASE_URL\")` returns None in the worker, env not passed through",
    "`${HOME}/.config/jeeves/config.toml` is the default path", "`../../etc/config.yaml` style relative paths "
    "break on Windows", "the `/etc/passwd` check in the lint script is noisy", "kotlin: `val names = users.map { "
    "it.name }.filter { it.isNotBlank() }`", "`printf(\"%s: %d\\n\", name, count);`", "`std::vector<int> v{1, 2, "
    "3};`", "`SELECT 1` as the health check query is enough", "`{\"type\":\"url_verification\",\"challenge\":\"...\"}`"
    " is what Slack sends first", "log format: `%(asctime)s %(levelname)s %(name)s: %(message)s`",
    "`git log --oneline --since=\"2 weeks ago\" -- app/routes/`", "`jq -r '.[] | select(.status == \"failed\") | "
    ".id'`", "`nginx -t && nginx -s reload`", "`$ terraform plan -target=module.edge`",
    # links and mentions
    "PR <https://github.com/acme/jeeves/pull/318|#318> is ready for review :pray:",
    "<https://acme.atlassian.net/browse/JEEVES-412>", "<@U03KLM4N5OP> can you take a look at "
    "<https://github.com/acme/jeeves/pull/322/files#diff-3f2a>?", "moving this to <#C05DEVBE01|dev-backend>",
    "docs: <https://api.slack.com/authentication/verifying-requests-from-slack|verifying requests from Slack>",
    "<https://www.postgresql.org/docs/16/sql-insert.html#SQL-ON-CONFLICT|ON CONFLICT docs>",
    "see <https://stackoverflow.com/questions/4069028/write-a-function-that-checks-for-sql-injection|this SO "
    "thread> for why we never build SQL with f-strings", "email me at <mailto:siobhan.oneil+jeeves@acme.io|"
    "siobhan.oneil+jeeves@acme.io>", "<https://owasp.org/www-project-top-ten/|OWASP Top 10> training is on Thursday",
    "the spec: <https://datatracker.ietf.org/doc/html/rfc6749#section-4.4|RFC 6749 §4.4 client credentials>",
    "<https://example.com/search?q=jeeves+bot&lang=en&page=2>", "status page: <https://status.acme.io>",
    "<!date^1719057600^{date_short_pretty} at {time}|Jun 22 at 12:00> works for the planning meeting?",
    # non-English
    "Bonjour à tous ! Le déploiement de ce soir est reporté à demain 9h. Merci de ne rien merger d'ici là :pray:",
    "Kurze Info: Die Wartung am Samstag dauert ca. 2 Std., danach ist alles wieder erreichbar.",
    "¿Alguien sabe por qué el build de staging falla desde ayer? Me sale `ModuleNotFoundError: No module named "
    "'quart'`", "Bom dia! Alguém pode revisar meu PR hoje? É pequeno, só ajusta o fuso horário para "
    "America/Sao_Paulo.", "Dia dhaoibh! Tá an córas ar ais ar líne.", "お疲れ様です。本番環境のデプロイが完了しました。"
    "問題があれば教えてください。", "大家好，今天下午三点开会，讨论新版本的发布计划。",
    "오늘 회의는 10시로 변경되었습니다.",
    "Коллеги, сервер перезапущен, проверьте, пожалуйста, свои сервисы.", "Czy ktoś może sprawdzić, czy alerty "
    "działają? Dzięki!", "مرحبا بالجميع، الاجتماع غدا الساعة العاشرة", "שלום לכולם, הפגישה נדחתה למחר",
    "सभी को नमस्ते, आज की बैठक 3 बजे है", "Herkese merhaba, yarın ofis kapalı.", "Goedemorgen! Wie heeft de sleutel "
    "van de serverruimte?", "Ciao a tutti, oggi lavoro da casa :house:", "Hej! Jag är ledig på fredag.",
    "Grüße aus München :beer: – die Konferenz war super", "Ça marche, je m'en occupe", "¡Gracias! :muscle:",
    "L'API renvoie une 401 quand le jeton a expiré, c'est normal", "Das Ticket ist erledigt, bitte prüfen :)",
    # bot commands typed in a DM or a channel
    "weather Dublin", "weather", "remember location Cork, Ireland", "my location", "forget location", "config",
    "config timezone Europe/Dublin", "config units imperial", "config alert_time 06:45", "alerts on", "alerts off",
    "help", "login", "forget me", "weather São Paulo", "weather Zürich", "weather St. John's, NL",
    "weather New York, NY", "remember location Dún Laoghaire", "weather Kraków", "weather 東京", "config tz "
    "America/Los_Angeles", "weather O'Fallon, MO", "what's the weather like in Galway?", "weather Saint-Étienne",
    "remember location 10 Downing St, London", "weather Washington, D.C.", "alerts", "config units metric",
]

MENTIONS = [
    "weather Dublin", "what's the weather in Berlin tomorrow?", "help", "weather for the offsite in Lisbon?",
    "remember location Amsterdam", "config", "can you summarise this thread?", "alerts on please",
    "is it going to rain at 5? :umbrella:", "weather Montréal", "thanks! :robot_face:", "you there?",
    "weather \"Santa Cruz de Tenerife\"", "weather Reykjavík", "login", "weather Málaga & Sevilla",
    "why did you say 'I could not find a place called Nice'?", "weather 10115 Berlin",
    "what does `config alert_time` do?", "weather Cork -- for the match later", "forget location",
    "remember location Newcastle upon Tyne", "weather Ho Chi Minh City", "weather Zürich :flag-ch:",
    "<#C03RANDOM9|random> weather Belfast", "what are your commands?", "weather Nairobi", "weather Zagreb",
    "weather Kyiv", "my location", "weather Québec", "weather Tromsø", "config units imperial",
]

EDITS = [
    ("deploy at 3", "deploy at 3:30 (moved, sorry)"),
    ("`SELECT * FROM users WHERE email = 'a@acme.io'`", "`SELECT id, email FROM users WHERE lower(email) = "
     "lower('a@acme.io')`"),
    ("rm -rf build", "`rm -rf build/ dist/` then rebuild"),
    ("Yesterday: reviews. Today: the migration", "Yesterday: reviews. Today: the migration + backfill (JEEVES-430)"),
    ("the api returns 500 on /api/users?limit=0", "the api returns 400 on /api/users?limit=0 (expected, min is 1)"),
    ("teh cache is cold", "the cache is cold"), ("lunch at 12?", "lunch at 12:30?"),
    ("see the doc", "see the doc: <https://docs.google.com/document/d/1xYz/edit|Q3 plan>"),
    ("pyhton 3.11", "python 3.11"), ("<@U03KLM4N5OP> review pls", "<@U03KLM4N5OP> review pls :pray: no rush"),
    ("```git push -f```", "```git push --force-with-lease```"),
    ("it fails with KeyError", "it fails with `KeyError: 'timezone'` in effective_settings"),
    ("Il faut redémarer", "Il faut redémarrer le worker"), ("OOO friday", "OOO Friday & Monday"),
    ("`if (x = 1)`", "`if (x === 1)` - the single = was the bug :facepalm:"),
    ("UPDATE users SET name='Siobhan'", "UPDATE users SET name = 'Siobhán O''Neil' WHERE id = 42;"),
    ("the error is in line 42", "the error is in line 42 of `app/services/users.py`"),
    ("meeting moved", "meeting moved to 15:00 CET / 14:00 IST"),
    ("curl localhost:5000/readyz", "`curl -sf http://localhost:5000/readyz || echo down`"),
    ("weather dublin", "weather Dublin, IE"),
]

FILES = [
    ("nginx-error-2024-06-21.log", "text", "Plain Text", "text/plain",
     "2024/06/21 14:03:11 [error] 2817#2817: *90412 upstream timed out (110: Connection timed out) while reading "
     "response header from upstream, client: 10.20.3.4, server: api.acme.io, request: \"GET /api/users HTTP/1.1\""),
    ("traceback.txt", "text", "Plain Text", "text/plain",
     "Traceback (most recent call last):\n  File \"/app/app/worker.py\", line 51, in run\n    await job()\n"
     "KeyError: 'timezone'"),
    ("migration.sql", "sql", "SQL", "text/plain",
     "ALTER TABLE users ADD COLUMN last_seen_at timestamptz;\nCREATE INDEX CONCURRENTLY ix_users_last_seen ON "
     "users (last_seen_at);"),
    ("deploy.sh", "shell", "Shell", "text/plain",
     "#!/bin/sh\nset -e\ndocker compose pull && docker compose up -d --remove-orphans\ncurl -sf "
     "https://api.acme.io/readyz"),
    ("Screenshot 2024-06-21 at 14.07.32.png", "png", "PNG", "image/png", None),
    ("Q3 roadmap.pdf", "pdf", "PDF", "application/pdf", None),
    ("users_export (1).csv", "csv", "CSV", "text/csv",
     "id,name,email,team\n1,Siobhán O'Neil,siobhan.oneil@acme.io,T061EG9R6\n2,Marco Rossi,marco@acme.io,T061EG9R6"),
    ("values.yaml", "yaml", "YAML", "text/plain", "replicaCount: 3\nimage:\n  tag: v2.14.1\nresources:\n  limits:\n"
     "    memory: 512Mi"),
    ("App.tsx", "typescript", "TypeScript", "text/plain",
     "export default function App() {\n  return <Layout><UserList /></Layout>;\n}"),
    ("IMG_2041.HEIC", "heic", "HEIC", "image/heic", None),
]

BOT_POSTS = [
    ("Deploy Bot", ":rocket: *jeeves* `v2.14.1` deployed to *prod* by <@U02AB3CD4EF> (3 commits, 2m 14s)"),
    ("Deploy Bot", ":x: deploy of *tokendealer* `v1.9.0` to *staging* failed at step `migrate`: `alembic upgrade "
     "head` exited 1"),
    ("Grafana", "[FIRING:1] HighErrorRate edge (api critical)\nValue: B=0.072\nLabels:\n - alertname = HighErrorRate"
     "\n - route = api\nSource: <https://grafana.acme.io/alerting/grafana/edge01/view?orgId=1|view alert>"),
    ("Grafana", "[RESOLVED] HighErrorRate edge (api critical)"),
    ("Sentry", "TypeError: Cannot read properties of undefined (reading 'map')\n`UserList.tsx` in render - 142 "
     "events, 37 users"),
    ("Sentry", "KeyError: 'timezone' in app.services.users.effective_settings - first seen 2 minutes ago"),
    ("PagerDuty", ":rotating_light: Triggered: *Postgres replication lag > 30s* on db-2 - assigned to <@U03KLM4N5OP>"),
    ("GitHub", "[acme/jeeves] Pull request opened: #318 Retry webhook deliveries with backoff by siobhan-oneil"),
    ("GitHub", "[acme/jeeves] 3 new commits pushed to `main`: `a1b2c3d` fix: handle empty settings, `d4e5f6a` chore: "
     "bump aiohttp to 3.9.5, `0a9b8c7` docs: WAF tuning notes"),
    ("Dependabot", "Bump sqlalchemy from 2.0.30 to 2.0.31 in /requirements.lock"),
    ("Jira", "JEEVES-412 *Retry webhook deliveries* moved from In Progress to Review"),
    ("Standup Bot", "*Daily standup* - 9 of 11 responded. Blockers: <@U06IJK7L8MN> waiting on DBA for prod migration"),
    ("CI", ":white_check_mark: `make check` passed on <https://github.com/acme/jeeves/pull/318|#318> "
     "(ruff, mypy, 612 tests)"),
    ("CI", ":red_circle: `tests/edge_security/test_waf_corpus.py::test_corpus_attacks_blocked_and_benign_pass` "
     "failed: AssertionError: assert 0.0012 <= 0.001"),
    ("Jeeves", "Dublin, Ireland: light rain, 14°C, wind 22 km/h; today 11°C to 16°C, 80% chance of precipitation"),
    ("Jeeves", "Your settings:\n• alert_time: 07:30\n• alerts: on\n• timezone: Europe/Dublin\n• units: metric\n"
     "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
     "`alerts on`."),
    ("Jeeves", "Sorry, I did not understand that. Commands: `alerts on|off`, `config [setting value]`, "
     "`forget location`, `forget me`, `help`, `login`, `my location`, `remember location <place>`, "
     "`weather [place]`"),
]

COMMAND_TEXTS = [
    "weather Dublin", "weather", "help", "", "weather \"Dublin, IE\"", "remember location Dún Laoghaire",
    "config alert_time 06:45", "config tz America/New_York", "weather Saint-Étienne", "weather O'Fallon, MO",
    "what's the weather in Cork tomorrow?", "remember location \"Kraków\"", "config units imperial",
    "config timezone Asia/Kolkata", "alerts on", "alerts off", "my location", "forget location", "login",
    "forget me", "weather New York, NY", "weather São Paulo", "weather Zürich", "weather 東京", "weather Москва",
    "config", "weather St. John's", "remember location 221B Baker Street, London", "weather Washington, D.C.",
    "weather Paris 75011", "weather Tel Aviv-Yafo", "config alert_time 7:30", "config alert_time 07:30",
    "weather Grand Rapids, MI", "weather  Galway ", "weather galway & limerick", "remember location home",
    "weather Bengaluru", "weather Köln", "weather Nice", "weather 'Nice, France'", "weather Ciudad de México",
    "remember location Frankfurt am Main", "weather Winston-Salem", "weather Baile Átha Cliath",
    "weather <#C03RANDOM9|random>", "remind me to run `make migrate` after the deploy",
    "feedback the weather for \"Nice\" came back as Nice, Kentucky :sweat_smile:",
    "weather -- is it going to rain?", "config units metric", "alerts on at 07:00?", "help me",
    "weather Łódź", "weather Cluj-Napoca", "weather Århus", "remember location 1600 Amphitheatre Pkwy, "
    "Mountain View, CA", "config timezone Europe/Dublin", "weather Kraków; weather Warsaw",
    "summarise `SELECT count(*) FROM usage WHERE action = 'weather'` for last week",
    "weather 53.3498,-6.2603", "weather Dublin (the one in Ohio)", "weather Sligo 100%?",
    "remember location Aoife's place - Ranelagh", "weather @home", "config alert_time 22:00",
    "weather Las Palmas de Gran Canaria", "weather Dubai", "weather Cape Town", "weather Hà Nội",
]

INTERACTION_PLACES = ["Dublin", "Dublin, IE", "Cork, Ireland", "São Paulo", "Zürich", "St. John's, NL",
                      "New York, NY", "Kraków", "東京", "O'Fallon, MO", "Saint-Étienne", "Dún Laoghaire",
                      "Washington, D.C.", "Paris 75011", "Tel Aviv-Yafo", "Köln", "Ciudad de México", "Galway"]
FEEDBACK = [
    "Love the daily alert, but could it say when the rain starts?",
    "The bot said 'I could not find a place called Nice' - I meant Nice, France.",
    "Please add wind in knots for sailing :sailboat:",
    "Alert came at 07:30 UTC, not Europe/Dublin time (summer time?)",
    "Works great. Small thing: °F for US folks by default?",
    "Couldn't sign in from the link on my phone - \"This sign-in link has expired\" after 2 min",
    "Would be nice to have `weather tomorrow`", "Léa & Marco asked for French replies :fr:",
    "It says 80% chance of precipitation, then it was sunny all day :sunny: :joy:",
    "Can we get <https://www.met.ie|Met Éireann> warnings too?",
    "Bug: weather \"St. John's\" returns St. Johns, Michigan",
    "Multi-line feedback:\n1) alerts are great\n2) the help text is long\n3) add a /jeeves stop",
]

# ---- the data API's and OAuth's clients -----------------------------------------------------------------------------
API_CLIENTS = [
    {"User-Agent": "python-requests/2.32.3", "Accept-Encoding": "gzip, deflate", "Accept": "*/*"},
    {"User-Agent": "python-httpx/0.27.0", "Accept": "*/*", "Accept-Encoding": "gzip, deflate"},
    {"User-Agent": "curl/8.5.0", "Accept": "*/*"},
    {"User-Agent": "Go-http-client/2.0", "Accept-Encoding": "gzip"},
    {"User-Agent": "axios/1.7.2", "Accept": "application/json, text/plain, */*", "Accept-Encoding": "gzip, "
     "compress, deflate, br"},
    {"User-Agent": "PostmanRuntime/7.39.0", "Accept": "*/*", "Cache-Control": "no-cache",
     "Accept-Encoding": "gzip, deflate, br"},
    {"User-Agent": "Grafana/11.0.0", "Accept": "application/json", "Accept-Encoding": "gzip"},
    {"User-Agent": "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Accept": "*/*",
     "Accept-Encoding": "gzip,deflate"},
]
CLIENT_IDS = ["reporting-cron", "grafana-exporter", "hr-sync", "ops-dashboard", "billing-etl", "slack-audit",
              "data-warehouse", "jeeves-cli"]
PEOPLE = [
    ("Siobhán O'Neil", "siobhan.oneil@acme.io"), ("Marco Rossi", "marco.rossi+jeeves@acme.io"),
    ("Priya Raghunathan", "priya.r@eng.acme.io"), ("Jürgen Müller", "j.mueller@acme.de"),
    ("Aoife Ní Bhriain", "aoife.nibhriain@acme.ie"), ("Tomasz Kowalski", "tomasz.kowalski@acme.pl"),
    ("田中 ゆき", "yuki.tanaka@acme.co.jp"), ("Chidera Okafor", "chidera.okafor@acme.io"),
    ("Léa Dubois", "lea.dubois@fr.acme.io"), ("Sam Lee", "sam@acme.io"),
    ("Dara Fitzgerald-Smith", "dara.fitzgerald-smith@acme.io"), ("Noor Al-Hassan", "noor.alhassan@acme.io"),
    ("D'Arcy O'Brien-Walsh", "darcy.obrien-walsh@mail.acme.io"), ("José María García-López", "jm.garcia@acme.es"),
    ("Zoë Ó Súilleabháin", "zoe.osullivan@acme.ie"), ("Björn Åström", "bjorn.astrom@acme.se"),
    ("Nguyễn Thị Minh Khai", "minh.nguyen@acme.vn"), ("Ólafur Jóhannsson", "olafur+alerts@acme.is"),
    ("Анна Смирнова", "anna.smirnova@acme.io"), ("Mary-Kate O'Connor", "marykate.oconnor@acme.io"),
    ("Jean-Luc Picard", "jl.picard@starfleet.example"), ("Renée Zellweger-Smith", "renee@acme.io"),
    ("Kwame Mensah Jr.", "kwame.mensah@acme.com.gh"), ("Mª José Peña", "mjose.pena@acme.es"),
    ("Ali bin Ahmed", "ali.binahmed@acme.ae"), ("O'Neill, Patrick", "p.oneill@acme.io"),
    ("Anne-Marie St. Clair", "am.stclair@acme.ca"), ("Łukasz Wójcik", "lukasz.wojcik@acme.pl"),
    ("Dr. Emily Chen, PhD", "emily.chen+work@research.acme.io"), ("李雷", "li.lei@acme.cn"),
]
TIMEZONES = ["Europe/Dublin", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York",
             "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "UTC",
             "America/Argentina/Buenos_Aires", "Pacific/Auckland", "Africa/Lagos", "Asia/Ho_Chi_Minh"]
LOCALES = ["en-IE", "en-GB", "en-US", "fr-FR", "de-DE", "ja-JP", "pt-BR", "es-ES", "ga-IE", "pl-PL"]
ACTIONS = ["weather", "remember location", "my location", "forget location", "config", "alerts", "help", "login",
           "forget me"]

# ---- browsers ------------------------------------------------------------------------------------------------------
BROWSERS = [
    {"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36",
     "sec-ch-ua": '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"', "sec-ch-ua-mobile": "?0",
     "sec-ch-ua-platform": '"macOS"',
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
               "application/signed-exchange;v=b3;q=0.7",
     "Accept-Language": "en-IE,en-GB;q=0.9,en-US;q=0.8,en;q=0.7,ga;q=0.6",
     "Accept-Encoding": "gzip, deflate, br, zstd"},
    {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
     "Accept-Language": "de-DE,de;q=0.8,en-US;q=0.5,en;q=0.3", "Accept-Encoding": "gzip, deflate, br, zstd",
     "DNT": "1", "Sec-GPC": "1"},
    {"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15",
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Language": "fr-FR,fr;q=0.9",
     "Accept-Encoding": "gzip, deflate, br"},
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
     "sec-ch-ua": '"Not/A)Brand";v="8", "Chromium";v="126", "Microsoft Edge";v="126"', "sec-ch-ua-mobile": "?0",
     "sec-ch-ua-platform": '"Windows"',
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
               "application/signed-exchange;v=b3;q=0.7",
     "Accept-Language": "en-US,en;q=0.9", "Accept-Encoding": "gzip, deflate, br, zstd"},
    {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1",
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Language": "en-GB,en;q=0.9",
     "Accept-Encoding": "gzip, deflate, br"},
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
     "Accept-Language": "pl,en-US;q=0.7,en;q=0.3", "Accept-Encoding": "gzip, deflate, br, zstd"},
]
ADMINS = ["admin", "siobhan", "marco.rossi", "priya", "ops-breakglass", "j.mueller", "aoife.nb", "sre-oncall"]
SEARCHES = [
    "siobhan", "Siobhán", "o'neil", "O'Neil", "Siobhán O'Neil", "marco", "rossi", "priya.r@eng.acme.io",
    "@acme.io", "acme.de", "+jeeves", "marco.rossi+jeeves@acme.io", "T061EG9R6", "T02QX7LMN8", "U02AB3CD4EF",
    "U03", "mül", "Müller", "Jürgen", "ní bhriain", "fitzgerald-smith", "Dara Fitzgerald-Smith", "D'Arcy",
    "o'brien-walsh", "garcía", "José María", "李", "田中", "Анна", "zoe", "Zoë", "åström", "nguyen", "jr.",
    "St. Clair", "chen", "phd", "emily.chen+work", "research.acme.io", "test", "bot", "admin", "sam", "a",
    "lukasz", "Łukasz", "okafor", "mary-kate", "picard", "@starfleet.example", "gmail", "50%", "o'", "al-hassan",
    "bin ahmed", "mensah", "olafur+alerts", "U0", "team T061EG9R6", "deactivated", "  marco  ",
]

# ---- randomness -----------------------------------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _token(rnd: random.Random, nbytes: int = 32) -> str:
    """Like secrets.token_urlsafe(nbytes): what our session, CSRF and link tokens look like."""
    return _b64url(rnd.randbytes(nbytes))


def _ids(rnd: random.Random, prefix: str, n: int = 10) -> str:
    return prefix + "".join(rnd.choice(ALNUM) for _ in range(n))


def _uuid(rnd: random.Random) -> str:
    h = rnd.randbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def jwt_like(rnd: random.Random, client_id: str, scope: str = "read write") -> str:
    """An RS256 access token as TokenDealer issues them: real header and claims, a random 2048-bit signature."""
    iat = EPOCH + rnd.randrange(0, 86400)
    header = {"alg": "RS256", "kid": "td-2024-06-" + rnd.choice(["a", "b"]), "typ": "JWT"}
    claims = {"iss": ORIGIN, "sub": client_id, "aud": "jeeves", "scope": scope, "client_id": client_id, "iat": iat,
              "nbf": iat, "exp": iat + 900, "jti": rnd.randbytes(16).hex()}
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(claims, separators=(",", ":")).encode()), _b64url(rnd.randbytes(256))])


def strong_password(rnd: random.Random) -> str:
    """What password managers generate: random printable characters, or a word passphrase."""
    style = rnd.randrange(3)
    if style == 0:
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*"
        return "".join(rnd.choice(chars) for _ in range(rnd.choice([16, 20, 24])))
    if style == 1:
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
        return "".join(rnd.choice(chars) for _ in range(rnd.choice([18, 24, 32])))
    words = ["plank", "orbit", "quietly", "mango", "harbor", "violet", "copper", "stencil", "granite", "lantern",
             "pepper", "saddle", "thunder", "walnut", "zigzag", "bramble", "cobalt", "drizzle", "ember", "fjord"]
    picked = [rnd.choice(words).capitalize() if rnd.random() < 0.3 else rnd.choice(words) for _ in range(4)]
    picked.insert(rnd.randrange(5), str(rnd.randrange(10)))
    return rnd.choice(["-", ".", "_", " "]).join(picked)


# ---- Slack wire formats ---------------------------------------------------------------------------------------------
_SLACK_TOKEN = re.compile(r"<(?:[@#!][^<>\s|]+|(?:https?://|mailto:)[^<>\s|]+)(?:\|[^<>]*)?>")
_INLINE = re.compile(r"(`[^`\n]+`)|(<(?:[@#!][^<>\s|]+|(?:https?://|mailto:)[^<>\s|]+)(?:\|[^<>]*)?>)|"
                     r"(:[a-z0-9_+\-]+(?:::skin-tone-\d)?:)")


def slack_escape(text: str) -> str:
    """A message's `text` as Slack delivers it: &, < and > escaped, except in Slack's own <...> markup."""
    out, pos = [], 0
    for m in _SLACK_TOKEN.finditer(text):
        out += [_escape(text[pos:m.start()]), m.group(0).replace("&", "&amp;")]
        pos = m.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def _inline(text: str) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            elements.append({"type": "text", "text": text[pos:m.start()]})
        code, markup, emoji = m.groups()
        if code:
            elements.append({"type": "text", "text": code[1:-1], "style": {"code": True}})
        elif emoji:
            elements.append({"type": "emoji", "name": emoji.strip(":").split("::")[0]})
        else:
            target, _, label = markup[1:-1].partition("|")
            if target.startswith("@"):
                elements.append({"type": "user", "user_id": target[1:]})
            elif target.startswith("#"):
                elements.append({"type": "channel", "channel_id": target[1:]})
            elif target.startswith("!subteam^"):
                elements.append({"type": "usergroup", "usergroup_id": target[len("!subteam^"):]})
            elif target.startswith("!date"):
                elements.append({"type": "text", "text": label})
            elif target.startswith("!"):
                elements.append({"type": "broadcast", "range": target[1:]})
            else:
                link: dict[str, Any] = {"type": "link", "url": target}
                if label:
                    link["text"] = label
                elements.append(link)
        pos = m.end()
    if pos < len(text):
        elements.append({"type": "text", "text": text[pos:]})
    return elements


def rich_text(text: str, block_id: str) -> dict[str, Any]:
    """The rich_text block Slack adds to a person's message: sections, code spans, ``` preformatted blocks."""
    elements: list[dict[str, Any]] = []
    for i, part in enumerate(text.split("```")):
        if i % 2:
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": part}],
                             "border": 0})
        elif part:
            elements.append({"type": "rich_text_section", "elements": _inline(part)})
    return {"type": "rich_text", "block_id": block_id, "elements": elements}


def slack_json(doc: Any) -> str:
    """Slack's JSON: compact, non-ASCII as \\u escapes, and "/" escaped as "\\/"."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _slack_headers(content_type: str, ts: int) -> dict[str, str]:
    return {"User-Agent": SLACK_UA, "Accept-Encoding": "gzip,deflate", "Accept": "*/*", "Content-Type": content_type,
            "X-Slack-Signature": "v0=" + "0" * 64, "X-Slack-Request-Timestamp": str(ts)}


# ---- generator ------------------------------------------------------------------------------------------------------
class _Gen:
    def __init__(self) -> None:
        self.rnd = random.Random(20240621)
        self.counts: dict[str, int] = {}
        self.clock = 0

    def record(self, kind: str, placement: str, rec: dict[str, Any]) -> dict[str, Any]:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return {**rec, "id": f"route-benign-{kind}-{self.counts[kind]:04d}", "category": "benign",
                "placement": placement, "sub": kind}

    def ts(self) -> str:
        self.clock += self.rnd.randrange(3, 400)
        return f"{EPOCH + self.clock}.{self.rnd.randrange(1000000):06d}"

    def user(self) -> tuple[str, str, str]:
        return self.rnd.choice(USERS)

    # -- Slack Events API
    def envelope(self, event: dict[str, Any], team: str = TEAM, channel: str | None = None) -> dict[str, Any]:
        rnd = self.rnd
        context = {"et": event["type"], "tid": team, "aid": APP_ID, "cid": channel or event.get("channel", "")}
        return {"token": VERIFICATION_TOKEN, "team_id": team, "context_team_id": team, "context_enterprise_id": None,
                "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": _ids(rnd, "Ev", 10),
                "event_time": EPOCH + self.clock,
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False,
                "event_context": "4-" + _b64url(json.dumps(context, separators=(",", ":")).encode())}

    def event_record(self, kind: str, doc: dict[str, Any], retry: bool = False) -> dict[str, Any]:
        headers = _slack_headers("application/json", EPOCH + self.clock)
        if retry:
            headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
        return self.record(kind, "json", {"method": "POST", "uri": "/slack/events", "body": slack_json(doc),
                                          "headers": headers})

    def person_message(self, text: str, etype: str = "message", channel: str | None = None,
                       channel_type: str = "channel", thread: bool = False) -> dict[str, Any]:
        rnd = self.rnd
        uid = self.user()[0]
        ts = self.ts()
        event: dict[str, Any] = {"user": uid, "type": etype, "ts": ts, "client_msg_id": _uuid(rnd),
                                 "text": slack_escape(text), "team": TEAM,
                                 "blocks": [rich_text(text, "".join(rnd.choice(B64URL[:62]) for _ in range(4)))],
                                 "channel": channel or rnd.choice(CHANNELS)[0], "event_ts": ts}
        if etype == "message":
            event["channel_type"] = channel_type
        if thread:
            event["thread_ts"] = f"{EPOCH + self.clock - rnd.randrange(60, 3600)}.{rnd.randrange(1000000):06d}"
            event["parent_user_id"] = self.user()[0]
        return event

    def slack_events(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        for i, text in enumerate(CHAT):
            dm = i % 5 == 4 or text.split(" ")[0] in ("weather", "remember", "config", "alerts", "my", "forget",
                                                        "help", "login")
            event = self.person_message(text, channel=DM if dm else None, channel_type="im" if dm else "channel",
                                        thread=not dm and i % 4 == 1)
            yield self.event_record("slack-message", self.envelope(event), retry=i % 23 == 7)
        # standups: one per person per day, same shape, different words
        done = ["finished the retry logic for webhook deliveries", "reviewed #318 and #322", "fixed the flaky "
                "`test_jwks_refresh`", "paired with Marco on the rate limiter", "wrote the runbook for cert "
                "renewals", "migrated usage stats to the new index", "investigated the 429s from T02QX7LMN8",
                "cleaned up old feature switches", "customer call with Acme Bank re: SSO"]
        doing = ["JEEVES-430 backfill", "the WAF tuning doc", "on-call handover", "`/api/usage/stats` pagination",
                 "load test with 2k rps", "upgrading to Python 3.12", "the Slack interactivity refactor",
                 "alerts for replication lag"]
        blockers = ["none", "waiting on DBA approval", "need access to the prod Grafana folder", "none :tada:",
                    "CI is slow (25 min per run)", "design review on Thursday"]
        for d in range(40):
            text = (f"*Standup {20 + d % 10}/06*\n:white_check_mark: Yesterday: {rnd.choice(done)}\n:hammer_and_wrench:"
                    f" Today: {rnd.choice(doing)}\n:construction: Blockers: {rnd.choice(blockers)}")
            yield self.event_record("slack-message", self.envelope(self.person_message(text, channel="C05DEVBE01",
                                                                                        thread=True)))
        for text in MENTIONS:
            event = self.person_message(f"<@{BOT_USER}> {text}", etype="app_mention")
            yield self.event_record("slack-mention", self.envelope(event))
        reactions = ["+1", "eyes", "white_check_mark", "tada", "pray", "heart", "joy", "rocket", "100", "fire",
                     "thinking_face", "+1::skin-tone-3", "raised_hands::skin-tone-5", "shipit", "sob", "parrot",
                     "ack", "heavy_plus_sign", "no_entry", "this-is-fine"]
        for i in range(40):
            ts = self.ts()
            event = {"type": "reaction_added" if i % 6 else "reaction_removed", "user": self.user()[0],
                     "reaction": reactions[i % len(reactions)],
                     "item": {"type": "message", "channel": rnd.choice(CHANNELS)[0],
                              "ts": f"{EPOCH + self.clock - 120}.{rnd.randrange(1000000):06d}"},
                     "item_user": self.user()[0], "event_ts": ts}
            yield self.event_record("slack-reaction", self.envelope(event, channel=event["item"]["channel"]))
        for i in range(24):
            ts = self.ts()
            uid, channel = self.user()[0], rnd.choice(CHANNELS)[0]
            if i % 2:
                event = {"type": "member_joined_channel", "user": uid, "channel": channel, "channel_type": "C",
                         "team": TEAM, "inviter": self.user()[0], "event_ts": ts}
            else:
                event = {"type": "message", "subtype": "channel_join", "ts": ts, "user": uid,
                         "text": f"<@{uid}> has joined the channel", "inviter": self.user()[0], "channel": channel,
                         "event_ts": ts, "channel_type": "channel"}
            yield self.event_record("slack-join", self.envelope(event))
        for _ in range(5):
            doc = {"token": VERIFICATION_TOKEN, "challenge": "".join(rnd.choice(B64URL[:62]) for _ in range(48)),
                   "type": "url_verification"}
            yield self.event_record("slack-verify", doc)
        for i, (old, new) in enumerate(EDITS * 2):
            uid = self.user()[0]
            orig_ts, ts = self.ts(), self.ts()
            block_id = "".join(rnd.choice(B64URL[:62]) for _ in range(4))
            message: dict[str, Any] = {
                "client_msg_id": _uuid(rnd), "type": "message", "text": slack_escape(new), "user": uid, "team": TEAM,
                "edited": {"user": uid, "ts": ts}, "blocks": [rich_text(new, block_id)], "ts": orig_ts,
                "source_team": TEAM, "user_team": TEAM}
            if i >= len(EDITS) and "<https://" in new:
                message["attachments"] = [{"from_url": "https://docs.google.com/document/d/1xYz/edit", "id": 1,
                                           "service_name": "Google Docs", "title": "Q3 plan",
                                           "title_link": "https://docs.google.com/document/d/1xYz/edit",
                                           "fallback": "Google Docs: Q3 plan", "text": "Goals, owners & dates"}]
            previous = {"client_msg_id": message["client_msg_id"], "type": "message", "text": slack_escape(old),
                        "user": uid, "ts": orig_ts, "team": TEAM, "blocks": [rich_text(old, block_id)]}
            event = {"type": "message", "subtype": "message_changed", "message": message,
                     "previous_message": previous, "channel": rnd.choice(CHANNELS)[0], "hidden": True, "ts": ts,
                     "event_ts": ts, "channel_type": "channel"}
            yield self.event_record("slack-edit", self.envelope(event))
        for i in range(len(FILES) * 3):
            name, ftype, pretty, mime, preview = FILES[i % len(FILES)]
            uid, channel = self.user()[0], rnd.choice(CHANNELS)[0]
            fid = _ids(rnd, "F07", 8)
            ts = self.ts()
            if i % 3 == 0:
                event = {"type": "file_shared", "channel_id": channel, "file_id": fid, "user_id": uid,
                         "file": {"id": fid}, "event_ts": ts}
                yield self.event_record("slack-file", self.envelope(event, channel=channel))
                continue
            quoted = urllib.parse.quote(name)
            file: dict[str, Any] = {
                "id": fid, "created": EPOCH + self.clock, "timestamp": EPOCH + self.clock, "name": name,
                "title": name, "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": uid,
                "user_team": TEAM, "editable": preview is not None, "size": rnd.randrange(800, 4_000_000),
                "mode": "snippet" if preview is not None else "hosted", "is_external": False,
                "external_type": "", "is_public": True, "public_url_shared": False, "display_as_bot": False,
                "username": "",
                "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{uid}/{fid}/{quoted}",
                "permalink_public": f"https://slack-files.com/{TEAM}-{fid}-{rnd.randbytes(5).hex()}",
                "has_rich_preview": False, "file_access": "visible"}
            if preview is not None:
                file.update({"preview": preview, "lines": preview.count("\n") + 1, "lines_more": 0,
                             "preview_is_truncated": False})
            comment = rnd.choice(["here's the log", "", "for the RCA", "latest version :point_down:",
                                  "the query I ran", "screenshot of the error", "FYI <@U03KLM4N5OP>"])
            event = {"type": "message", "subtype": "file_share", "text": slack_escape(comment), "files": [file],
                     "upload": False, "user": uid, "display_as_bot": False, "ts": ts, "channel": channel,
                     "event_ts": ts, "channel_type": "channel"}
            if comment:
                event["blocks"] = [rich_text(comment, "".join(rnd.choice(B64URL[:62]) for _ in range(4)))]
            yield self.event_record("slack-file", self.envelope(event))
        for i in range(len(BOT_POSTS) * 3):
            name, text = BOT_POSTS[i % len(BOT_POSTS)]
            ts = self.ts()
            channel = DM if name == "Jeeves" else rnd.choice(CHANNELS)[0]
            block_id = "".join(rnd.choice(B64URL[:62]) for _ in range(4))
            if i % 3 == 2 or name == "Jeeves":
                blocks = [{"type": "section", "block_id": block_id,
                           "text": {"type": "mrkdwn", "text": text, "verbatim": False}}]
            else:
                blocks = [rich_text(text, block_id)]
            event = {"bot_id": BOT_ID if name == "Jeeves" else _ids(rnd, "B0", 9), "type": "message",
                     "text": slack_escape(text), "ts": ts, "blocks": blocks, "channel": channel, "event_ts": ts,
                     "channel_type": "im" if channel == DM else "channel"}
            if name == "Jeeves":
                event.update({"user": BOT_USER, "app_id": APP_ID, "team": TEAM,
                              "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                              "updated": EPOCH - 86400 * 20, "app_id": APP_ID, "team_id": TEAM,
                                              "icons": {"image_36": "https://avatars.slack-edge.com/2024-06-01/"
                                                                    "7212345678_abcdef0123456789_36.png"}}})
            else:
                event.update({"subtype": "bot_message", "username": name,
                              "icons": {"image_48": f"https://avatars.slack-edge.com/2024-05-14/{name.lower()}_48.png"}})
            yield self.event_record("slack-bot", self.envelope(event))

    # -- slash commands and interactions
    def form_record(self, kind: str, uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        return self.record(kind, "form", {
            "method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
            "headers": _slack_headers("application/x-www-form-urlencoded", EPOCH + self.clock)})

    def response_url(self, team: str) -> str:
        rnd = self.rnd
        return (f"https://hooks.slack.com/commands/{team}/{rnd.randrange(7_000_000_000_000, 7_999_999_999_999)}/"
                + "".join(rnd.choice(B64URL[:62]) for _ in range(24)))

    def trigger_id(self) -> str:
        rnd = self.rnd
        return f"{rnd.randrange(7_000_000_000_000, 7_999_999_999_999)}.{rnd.randrange(10**9, 10**10)}." \
               f"{rnd.randbytes(16).hex()}"

    def slash_commands(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        for i in range(len(COMMAND_TEXTS) * 2 + 10):
            text = COMMAND_TEXTS[i % len(COMMAND_TEXTS)]
            uid, uname, _ = self.user()
            team, domain = (TEAM2, TEAM2_DOMAIN) if i % 7 == 3 else (TEAM, TEAM_DOMAIN)
            cid, cname = (DM, "directmessage") if i % 3 == 0 else rnd.choice(CHANNELS)
            self.ts()
            yield self.form_record("slack-command", "/slack/commands", [
                ("token", VERIFICATION_TOKEN), ("team_id", team), ("team_domain", domain), ("channel_id", cid),
                ("channel_name", cname), ("user_id", uid), ("user_name", uname), ("command", "/jeeves"),
                ("text", slack_escape(text)), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                ("response_url", self.response_url(team)), ("trigger_id", self.trigger_id())])

    def interactions(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        for i in range(len(INTERACTION_PLACES) * 4):
            uid, uname, real = self.user()
            cid, cname = (DM, "directmessage") if i % 2 else rnd.choice(CHANNELS)
            msg_ts, action_ts = self.ts(), self.ts()
            block_id = "".join(rnd.choice(B64URL[:62]) for _ in range(4))
            if i % 6 == 5:   # the forget-me confirmation
                confirm = i % 12 == 5
                action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel", "block_id": block_id,
                          "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                                   "emoji": True}, "value": "-", "type": "button", "action_ts": action_ts}
                if confirm:
                    action["style"] = "danger"
                text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                        "history. It cannot be undone.")
            else:
                place = INTERACTION_PLACES[i % len(INTERACTION_PLACES)]
                action = {"action_id": "set_location", "block_id": block_id,
                          "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                          "value": place, "type": "button", "action_ts": action_ts}
                text = (f"{place}: {rnd.choice(['light rain', 'overcast', 'clear sky', 'partly cloudy', 'drizzle'])}, "
                        f"{rnd.randrange(-5, 32)}°C, wind {rnd.randrange(2, 45)} km/h; today {rnd.randrange(-8, 15)}°C"
                        f" to {rnd.randrange(15, 35)}°C, {rnd.randrange(0, 100)}% chance of precipitation")
            payload = {
                "type": "block_actions",
                "user": {"id": uid, "username": uname, "name": uname, "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
                "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid,
                              "is_ephemeral": action["action_id"] != "set_location"},
                "trigger_id": self.trigger_id(), "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                "enterprise": None, "is_enterprise_install": False, "channel": {"id": cid, "name": cname},
                "state": {"values": {}}, "response_url": self.response_url(TEAM).replace("/commands/", "/actions/"),
                "actions": [action]}
            if action["action_id"] == "set_location":
                payload["message"] = {
                    "user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID, "app_id": APP_ID,
                    "text": slack_escape(text), "team": TEAM,
                    "blocks": [{"type": "section", "block_id": _ids(rnd, "", 4),
                                "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                               {"type": "actions", "block_id": block_id,
                                "elements": [{"type": "button", "action_id": "set_location",
                                              "text": {"type": "plain_text", "text": "Set as my location",
                                                       "emoji": True}, "value": action["value"]}]}]}
            yield self.form_record("slack-interaction", "/slack/interactions", [("payload", slack_json(payload))])
        for i, feedback in enumerate(FEEDBACK * 2):
            uid, uname, _ = self.user()
            self.ts()
            view_id = _ids(rnd, "V0", 9)
            place = INTERACTION_PLACES[(i * 5) % len(INTERACTION_PLACES)]
            values = {
                "feedback_block": {"feedback_input": {"type": "plain_text_input", "value": feedback}},
                "place_block": {"place_input": {"type": "plain_text_input", "value": place}},
                "units_block": {"units_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "Metric (°C, km/h)", "emoji": True}, "value": "metric"}}},
                "time_block": {"alert_time": {"type": "timepicker",
                                              "selected_time": f"{6 + i % 4:02d}:{15 * (i % 4):02d}"}},
            }
            payload = {
                "type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                "user": {"id": uid, "username": uname, "name": uname, "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFICATION_TOKEN, "trigger_id": self.trigger_id(),
                "view": {"id": view_id, "team_id": TEAM, "type": "modal", "callback_id": "jeeves_preferences",
                         "private_metadata": json.dumps({"channel": DM, "origin": "home"}),
                         "title": {"type": "plain_text", "text": "Jeeves preferences", "emoji": True},
                         "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                         "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                         "blocks": [{"type": "input", "block_id": "feedback_block",
                                     "label": {"type": "plain_text", "text": "Anything we should know?",
                                               "emoji": True},
                                     "element": {"type": "plain_text_input", "action_id": "feedback_input",
                                                 "multiline": True}, "optional": True}],
                         "state": {"values": values}, "hash": f"{EPOCH + self.clock}.{_ids(rnd, '', 8).lower()}",
                         "clear_on_close": False, "notify_on_close": False, "root_view_id": view_id,
                         "app_id": APP_ID, "bot_id": BOT_ID, "previous_view_id": None, "external_id": ""},
                "response_urls": [], "is_enterprise_install": False, "enterprise": None}
            yield self.form_record("slack-view-submission", "/slack/interactions", [("payload", slack_json(payload))])

    # -- the data API
    def api_headers(self, i: int, client: str | None = None, scope: str = "read write") -> dict[str, str]:
        base = dict(API_CLIENTS[i % len(API_CLIENTS)])
        if base["User-Agent"].startswith("PostmanRuntime"):
            base["Postman-Token"] = _uuid(self.rnd)
        base["Authorization"] = "Bearer " + jwt_like(self.rnd, client or self.rnd.choice(CLIENT_IDS), scope)
        return base

    def api(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        for i in range(120):
            params: list[tuple[str, str]] = []
            if i % 3 != 2:
                params.append(("limit", str(rnd.choice([10, 20, 25, 50, 100, 200, 500]))))
            if i % 2:
                params.append(("offset", str(rnd.choice([0, 50, 100, 150, 1000, 2450]))))
            if i % 4 == 1:
                params.append(("team_id", rnd.choice([TEAM, TEAM2])))
            if i % 5 == 2:
                params.append(("alerts", rnd.choice(["true", "false", "1", "0", "on", "off", "True"])))
            if i % 6 == 3:
                params.append(("active", rnd.choice(["true", "false", "1", "0"])))
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            yield self.record("api-users", "query", {"method": "GET", "uri": uri, "body": "",
                                                     "headers": self.api_headers(i)})
        for i in range(20):
            yield self.record("api-user", "path", {"method": "GET", "uri": f"/api/users/{rnd.randrange(1, 5000)}",
                                                   "body": "", "headers": self.api_headers(i)})
        for i in range(130):
            name, email = PEOPLE[i % len(PEOPLE)]
            shape = i % 7
            doc: dict[str, Any]
            if shape == 0:
                doc = {"name": name}
            elif shape == 1:
                doc = {"email": email}
            elif shape == 2:
                doc = {"name": name, "email": email}
            elif shape == 3:
                doc = {"is_active": i % 2 == 0}
            elif shape == 4:
                doc = {"is_admin": i % 3 == 0, "is_active": True}
            elif shape == 5:
                doc = {"settings": {"timezone": rnd.choice(TIMEZONES), "locale": rnd.choice(LOCALES),
                                    "alerts": rnd.random() < 0.7, "alert_time": f"{rnd.randrange(5, 10):02d}:"
                                                                                 f"{rnd.choice([0, 15, 30, 45]):02d}",
                                    "quiet_hours": rnd.choice(["22:00-07:00", "23:30-06:30", "21:00-08:00"]),
                                    "units": rnd.choice(["metric", "imperial"])}}
            else:
                doc = {"name": name, "email": email, "settings": {
                    "timezone": rnd.choice(TIMEZONES), "alerts": {"daily": True, "severe_weather": rnd.random() < 0.5,
                                                                  "channels": ["dm"]},
                    "quiet_hours": {"start": "22:00", "end": "07:00"}, "locale": rnd.choice(LOCALES)}}
            headers = self.api_headers(i, scope="write" if i % 2 else "read write")
            if headers["User-Agent"].startswith(("axios", "node-fetch")):
                body = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
                headers["Content-Type"] = "application/json"
            elif headers["User-Agent"].startswith("Go-http"):
                body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).replace("&", "\\u0026")
                headers["Content-Type"] = "application/json; charset=utf-8"
            else:
                body = json.dumps(doc)
                headers["Content-Type"] = "application/json"
            yield self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{rnd.randrange(1, 5000)}",
                                                    "body": body, "headers": headers})
        for i in range(50):
            day = rnd.randrange(1, 28)
            hour = rnd.randrange(24)
            style = i % 5
            if style == 0:
                since, until = f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day + 1:02d}T00:00:00Z"
            elif style == 1:
                since, until = f"2024-06-{day:02d}T{hour:02d}:00:00+00:00", f"2024-06-{day:02d}T{hour:02d}:59:59+00:00"
            elif style == 2:
                since, until = f"2024-05-{day:02d}", f"2024-06-{day:02d}"
            elif style == 3:
                since = f"2024-06-{day:02d}T{hour:02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}.123456+01:00"
                until = f"2024-06-{day + 1:02d}T{hour:02d}:00:00.000+01:00"
            else:
                since, until = f"2024-06-{day:02d}T08:00:00-07:00", f"2024-06-{day:02d}T18:00:00-07:00"
            if i % 3 == 0:   # curl, a browser bar: as typed
                uri = f"/api/usage/stats?since={since}&until={until}".replace("+", "%2B")
            elif i % 3 == 1:   # requests/httpx params=
                uri = "/api/usage/stats?" + urllib.parse.urlencode([("since", since), ("until", until)])
            else:
                uri = "/api/usage/stats?since=" + urllib.parse.quote(since, safe="")
            yield self.record("api-usage", "query", {"method": "GET", "uri": uri, "body": "",
                                                     "headers": self.api_headers(i)})
        for i in range(15):
            uri = "/api/switches" if i % 5 else "/api/openapi.json"
            yield self.record("api-switches", "path", {"method": "GET", "uri": uri, "body": "",
                                                       "headers": self.api_headers(i)})
        for i in range(45):
            action = ACTIONS[i % len(ACTIONS)]
            path = urllib.parse.quote(action) if i % 4 else action.replace(" ", "%20")
            doc = {"enabled": i % 3 != 0}
            if i % 2:
                doc["team_id"] = rnd.choice([TEAM, TEAM2, "*"])
            headers = self.api_headers(i, scope="write")
            headers["Content-Type"] = "application/json"
            yield self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{path}",
                                                         "body": json.dumps(doc), "headers": headers})

    # -- the admin panel
    def browser(self, i: int, referer: str | None, cookie: str | None, post: bool = False) -> dict[str, str]:
        headers = dict(BROWSERS[i % len(BROWSERS)])
        chrome = "sec-ch-ua" in headers
        if post:
            headers["Cache-Control"] = "max-age=0"
            headers["Origin"] = ORIGIN
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if chrome or "Firefox" in headers["User-Agent"]:
            headers.update({"Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-Mode": "navigate",
                            "Sec-Fetch-User": "?1", "Sec-Fetch-Dest": "document", "Upgrade-Insecure-Requests": "1",
                            "Priority": "u=0, i"})
        if referer:
            headers["Referer"] = referer
        if cookie:
            headers["Cookie"] = cookie
        return headers

    def admin(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        for i in range(45):
            csrf = _token(rnd)
            nxt = rnd.choice(["/admin/", "/admin/users", "/admin/users?q=marco&page=2", "/admin/features",
                              "/admin/gateway", "/admin/audit?page=3"])
            totp = f"{rnd.randrange(1_000_000):06d}"
            if i % 5 == 4:
                totp = totp[:3] + " " + totp[3:]
            fields = [("csrf_token", csrf), ("next", nxt), ("username", ADMINS[i % len(ADMINS)]),
                      ("password", strong_password(rnd)), ("totp", totp if i % 6 else "")]
            referer = f"{ORIGIN}/admin/login?next={urllib.parse.quote(nxt, safe='/')}"
            headers = self.browser(i, referer, f"__Host-jeeves_admin_login={csrf}", post=True)
            yield self.record("admin-login", "form", {"method": "POST", "uri": "/admin/login",
                                                      "body": urllib.parse.urlencode(fields), "headers": headers})
        for i in range(len(SEARCHES) * 2):
            q = SEARCHES[i % len(SEARCHES)]
            params = [("q", q)] + ([("page", str(rnd.randrange(2, 12)))] if i >= len(SEARCHES) else [])
            cookie = f"__Host-jeeves_admin={_token(rnd)}"
            referer = rnd.choice([f"{ORIGIN}/admin/users", f"{ORIGIN}/admin/", f"{ORIGIN}/admin/users?q="
                                  f"{urllib.parse.quote_plus(rnd.choice(SEARCHES))}&page=2",
                                  f"{ORIGIN}/admin/users?done=user_updated&q=marco&page=1"])
            yield self.record("admin-search", "query", {
                "method": "GET", "uri": "/admin/users?" + urllib.parse.urlencode(params), "body": "",
                "headers": self.browser(i, referer, cookie)})
        for i in range(50):
            q = SEARCHES[(i * 7) % len(SEARCHES)] if i % 3 else ""
            page = str(rnd.randrange(1, 9))
            flag = "active" if i % 2 else "admin"
            fields = [("csrf_token", _token(rnd)), ("q", q), ("page", page), ("value", rnd.choice(["0", "1"]))]
            referer = f"{ORIGIN}/admin/users?" + urllib.parse.urlencode([("q", q), ("page", page)])
            yield self.record("admin-flag", "form", {
                "method": "POST", "uri": f"/admin/users/{rnd.randrange(1, 5000)}/{flag}",
                "body": urllib.parse.urlencode(fields),
                "headers": self.browser(i, referer, f"__Host-jeeves_admin={_token(rnd)}", post=True)})
        for i in range(24):
            action = ACTIONS[i % len(ACTIONS)]
            if i % 4 == 3:
                uri, fields = "/admin/features/remove", [("csrf_token", _token(rnd)), ("action", action),
                                                         ("team_id", TEAM2)]
            else:
                uri = "/admin/features"
                fields = [("csrf_token", _token(rnd)), ("action", action),
                          ("team_id", rnd.choice(["", TEAM, TEAM2.lower(), " T02QX7LMN8 "])),
                          ("enabled", rnd.choice(["0", "1"]))]
            yield self.record("admin-feature", "form", {
                "method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                "headers": self.browser(i, f"{ORIGIN}/admin/features?done=switch_updated",
                                        f"__Host-jeeves_admin={_token(rnd)}", post=True)})
        pages = ["/admin/", "/admin/users", "/admin/users?page=3", "/admin/features", "/admin/features?done="
                 "switch_updated", "/admin/audit", "/admin/audit?page=2", "/admin/clients", "/admin/gateway",
                 "/admin/account", "/admin/slack-sign-in", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3Dmarco",
                 "/admin/login", "/admin/static/admin.css", "/admin/users?done=user_updated&q=o%27neil&page=1"]
        for i in range(len(pages) * 2):
            uri = pages[i % len(pages)]
            cookie = None if uri.startswith("/admin/login") else f"__Host-jeeves_admin={_token(rnd)}"
            headers = self.browser(i, f"{ORIGIN}/admin/" if i % 2 else None, cookie)
            if uri.endswith(".css"):
                headers.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
            yield self.record("admin-page", "path", {"method": "GET", "uri": uri, "body": "", "headers": headers})
        for i in range(6):   # TOTP enrolment and client management from the account page
            csrf = _token(rnd)
            cookie = f"__Host-jeeves_admin={_token(rnd)}"
            if i % 3 == 0:
                uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("pending", _token(rnd, 20)),
                                                              ("totp", f"{rnd.randrange(1_000_000):06d}")]
            elif i % 3 == 1:
                uri, fields = "/admin/clients", [("csrf_token", csrf), ("client_id", CLIENT_IDS[i]),
                                                 ("description", "Nightly export to the warehouse (owner: data-eng, "
                                                                 "#data-eng)"), ("scopes", "read")]
            else:
                uri, fields = f"/admin/clients/{CLIENT_IDS[i]}/rotate", [("csrf_token", csrf)]
            yield self.record("admin-form", "form", {
                "method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                "headers": self.browser(i, f"{ORIGIN}{uri.rsplit('/', 1)[0] if 'rotate' in uri else '/admin/account'}",
                                        cookie, post=True)})

    # -- OAuth, JWKS, health
    def oauth(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        scopes = ["read write", "read", "write", "read write", "read write"]
        for i in range(90):
            client = CLIENT_IDS[i % len(CLIENT_IDS)]
            secret = _token(rnd) if i % 4 else rnd.randbytes(32).hex()
            client_headers = dict(API_CLIENTS[i % len(API_CLIENTS)])
            client_headers["Content-Type"] = "application/x-www-form-urlencoded"
            if i % 2:
                fields = [("grant_type", "client_credentials"), ("client_id", client), ("client_secret", secret),
                          ("scope", scopes[i % len(scopes)])]
                if i % 5 == 1:
                    fields.append(("audience", "jeeves"))
                kind, placement = "oauth-token-form", "form"
            else:
                fields = [("grant_type", "client_credentials"), ("scope", scopes[i % len(scopes)])]
                basic = f"{urllib.parse.quote_plus(client)}:{urllib.parse.quote_plus(secret)}"
                client_headers["Authorization"] = "Basic " + base64.b64encode(basic.encode()).decode()
                kind, placement = "oauth-token-basic", "header"
            body = urllib.parse.urlencode(fields, quote_via=urllib.parse.quote_plus if i % 3 else urllib.parse.quote)
            yield self.record(kind, placement, {"method": "POST", "uri": "/oauth/token", "body": body,
                                                "headers": client_headers})
        for i in range(18):
            client = CLIENT_IDS[i % len(CLIENT_IDS)]
            secret = _token(rnd)
            headers = dict(API_CLIENTS[i % len(API_CLIENTS)])
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            token = jwt_like(rnd, client)
            if i % 3 == 0:
                uri, fields = "/verify_token", [("access_token", token), ("audience", "jeeves")]
            else:
                uri = "/oauth/introspect" if i % 3 == 1 else "/oauth/revoke"
                fields = [("token", token), ("token_type_hint", "access_token")]
                headers["Authorization"] = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
            yield self.record("oauth-introspect", "form", {"method": "POST", "uri": uri,
                                                           "body": urllib.parse.urlencode(fields), "headers": headers})
        for i in range(12):
            uri = "/.well-known/jwks.json" if i % 3 else "/.well-known/oauth-authorization-server"
            headers = dict(API_CLIENTS[i % len(API_CLIENTS)])
            if i % 4 == 1:
                headers["User-Agent"] = "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"
            if i % 5 == 2:
                headers["If-None-Match"] = f'W/"{rnd.randbytes(8).hex()}"'
            yield self.record("jwks", "path", {"method": "HEAD" if i == 7 else "GET", "uri": uri, "body": "",
                                               "headers": headers})
        probes = [{"User-Agent": "kube-probe/1.30", "Accept": "*/*"},
                  {"User-Agent": "ELB-HealthChecker/2.0", "Accept-Encoding": "gzip, compressed"},
                  {"User-Agent": "Prometheus/2.53.0", "Accept": "*/*"}, {"User-Agent": "curl/8.5.0", "Accept": "*/*"},
                  {"User-Agent": "Blackbox Exporter/0.25.0", "Accept": "*/*"},
                  {"User-Agent": "UptimeRobot/2.0 (http://www.uptimerobot.com/)", "Accept": "*/*"}]
        for i in range(12):
            yield self.record("health", "path", {"method": "GET", "uri": "/healthz" if i % 2 else "/readyz",
                                                 "body": "", "headers": probes[i % len(probes)]})

    # -- /me/ and Sign in with Slack
    def me_and_auth(self) -> Iterator[dict[str, Any]]:
        rnd = self.rnd
        places = ["Dún Laoghaire", "St. John's, NL", "Saint-Étienne", "Kraków", "São Paulo", "New York, NY",
                  "Washington, D.C.", "東京", "O'Fallon, MO", "Frankfurt am Main", "Cork", "Baile Átha Cliath",
                  "221B Baker Street, London", "Zürich"]
        for i in range(50):
            cookie = f"__Host-jeeves_me={_token(rnd)}"
            shape = i % 6
            if shape == 0:
                yield self.record("me-page", "path", {"method": "GET", "uri": rnd.choice(
                    ["/me/", "/me/?done=settings_saved", "/me/?done=location_saved", "/me/data.json"]), "body": "",
                    "headers": self.browser(i, f"{ORIGIN}/auth/slack/link/{_token(rnd)}" if i % 4 else None, cookie)})
                continue
            csrf = _token(rnd)
            if shape in (1, 2):
                uri, fields = "/me/settings", [("csrf_token", csrf), ("units", rnd.choice(["metric", "imperial"])),
                                               ("alert_time", f"{rnd.randrange(5, 10):02d}:{rnd.choice([0, 30]):02d}"),
                                               ("timezone", rnd.choice(TIMEZONES))]
                if i % 2:
                    fields.append(("alerts", "on"))
            elif shape == 3:
                uri, fields = "/me/location", [("csrf_token", csrf), ("place", places[i % len(places)])]
            elif shape == 4:
                uri, fields = rnd.choice(["/me/location/forget", "/me/logout"]), [("csrf_token", csrf)]
            else:
                uri, fields = "/me/forget", [("csrf_token", csrf), ("confirm", "forget")]
            yield self.record("me-form", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                                  "headers": self.browser(i, f"{ORIGIN}/me/", cookie, post=True)})
        for i in range(40):
            shape = i % 5
            cookie = None
            if shape == 0:
                uri = rnd.choice(["/auth/slack/login?next=/me/", "/auth/slack/login?next=%2Fme%2F",
                                  "/auth/slack/login", "/auth/slack/login?for=admin"])
                referer = f"{ORIGIN}/auth/slack/"
            elif shape == 1:
                state = _token(rnd)
                code = f"{rnd.randrange(10**12, 10**13)}.{rnd.randrange(10**12, 10**13)}.{rnd.randbytes(32).hex()}"
                uri = "/auth/slack/callback?" + urllib.parse.urlencode([("code", code), ("state", state)])
                cookie, referer = f"__Host-jeeves_oidc_state={state}", "https://slack.com/"
            elif shape == 2:
                uri = rnd.choice(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
                referer = None
            elif shape == 3:
                uri, referer = f"/auth/slack/link/{_token(rnd)}", None
            else:
                token, csrf = _token(rnd), _token(rnd)
                yield self.record("auth-slack", "form", {
                    "method": "POST", "uri": f"/auth/slack/link/{token}",
                    "body": urllib.parse.urlencode([("csrf_token", csrf)]),
                    "headers": self.browser(i, f"{ORIGIN}/auth/slack/link/{token}", f"__Host-jeeves_signin={csrf}",
                                            post=True)})
                continue
            if i % 10 == 6:   # Slack's error redirect
                uri = "/auth/slack/callback?" + urllib.parse.urlencode([("error", "access_denied"),
                                                                       ("state", _token(rnd))])
            yield self.record("auth-slack", "query", {"method": "GET", "uri": uri, "body": "",
                                                      "headers": self.browser(i, referer, cookie)})


def benign() -> Iterator[dict[str, Any]]:
    """Every record, in a fixed order: Slack, the data API, the admin panel, OAuth and health, /me/ and sign-in."""
    gen = _Gen()
    yield from gen.slack_events()
    yield from gen.slash_commands()
    yield from gen.interactions()
    yield from gen.api()
    yield from gen.admin()
    yield from gen.oauth()
    yield from gen.me_and_auth()


if __name__ == "__main__":
    for record in benign():
        print(json.dumps(record, ensure_ascii=False))
