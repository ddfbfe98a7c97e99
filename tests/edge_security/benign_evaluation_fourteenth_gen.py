"""A working week of Tessellate, a developer-tools startup (build cache and CI orchestration), on every route of
the edge: benign requests only, about 1,700 of them, to measure false positives.

Tessellate's engineers live in Slack and paste what engineers paste: shell sessions, stack traces from five
languages, SQL migrations, regexes, YAML and JSON configs, curl commands with headers and URLs, Dockerfiles and
Kubernetes manifests, glob patterns, jq filters and feature-flag expressions. Their API clients are CI pipelines,
cron scripts, dashboards and the company's SDKs (Python, Go, TypeScript, Java/Kotlin, Rust) with bearer tokens.
Everything else is what a deployment sees: the admin panel, `/me/` from browsers (forms and multipart), Sign in with
Slack, TokenDealer and the health and metadata GETs, with the headers browsers, the Slack desktop app, SDKs and CLIs
send (cookies, Referer, Accept-Language, sec-ch-ua, traceparent, baggage, sentry-trace).

Written independently, from the route list of gateway/gateway.yaml (name, match, methods, upstream), the handlers in
app/ and tokendealer/, README.md and the structure (not the texts) of benign_day_gen.py. Deterministic: one seeded
random.Random, no clock. `attacks()` is empty; `benign()` yields the week, kinds interleaved.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_navigation, form_request, csrf_post, token_request, verify_request, get_request, signed_in,
ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_params, link_preview) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, no_attacks, planned, slack_escape

NAME = "evaluation_fourteenth"
SEED = 1_400_014_062
EPOCH = 1717405200  # Monday 2024-06-03 09:00 UTC; the replayer signs Slack requests anew
TEAM, TEAM_DOMAIN = "T04TSLLATE", "tessellate-hq"
APP_ID, BOT_USER, BOT_ID = "A06JVS7QK2", "U06JVSB0T1", "B06JVSB0T1"
HOST = "edge.tessellate.dev"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "nB4qLx0tTe55e1LaTeDemoTk"

FIRST = ["Aarav", "Abigail", "Adaeze", "Ahmad", "Aleksandra", "Amélie", "Anne-Marie", "Arjun", "Astrid", "Bartosz",
         "Beatriz", "Callum", "Chidi", "Chiara", "Dagny", "Dara", "Dimitra", "Eitan", "Elif", "Emre", "Esperanza",
         "Farid", "Femi", "Freya", "Gaspard", "Hamza", "Haruto", "Hye-jin", "Ines", "Ioana", "Jakob", "Jean-Baptiste",
         "Joaquín", "Kalani", "Keanu", "Kirsten", "Leilani", "Linnea", "Lucía", "Magnus", "Malak", "Marek", "Mariam",
         "Mateo", "Meera", "Mikkel", "Minh", "Nadia", "Nikhil", "Noor", "Océane", "Olamide", "Pavel", "Quinn",
         "Radhika", "Rafael", "Ren", "Rhiannon", "Saoirse", "Sebastián", "Shira", "Søren", "Tariq", "Thandiwe",
         "Tiago", "Uma", "Vasil", "Wen", "Xavier", "Yasmin", "Yuki", "Zanele", "Zuzanna", "Ashley", "Kevin", "Dana"]
LAST = ["O'Connell", "D'Souza", "Mensah-Bonsu", "Lambert-Kähler", "Nakamura", "Park", "Okonkwo", "Lindqvist",
        "Petrović", "Gonçalves", "Al-Masri", "Bergström", "Dvořák", "Hernández", "Iyer", "Jankowski", "Kapoor",
        "Le", "MacLeod", "N'Diaye", "Ó Dónaill", "Papadakis", "Quispe", "Rasmussen", "Sánchez-Vidal", "Takahashi",
        "Umarov", "van Dijk", "Wójcik", "Yamamoto", "Zhou", "de la Cruz", "St. Clair", "Abara", "Friedman",
        "Kowalczyk", "Ferreira", "Öztürk", "Halvorsen", "Nwosu", "Bianchi", "Castillo", "Dubois-Lefort", "Kim"]

PLACES = [
    "Berlin", "berlin kreuzberg", "Oranienstraße 185, 10999 Berlin", "Amsterdam", "Keizersgracht 123, Amsterdam",
    "Lisbon", "Lisboa", "Porto", "Dublin 2", "Dún Laoghaire", "Cork", "Galway", "Belfast BT1 5GS", "London EC1V 9HX",
    "Shoreditch, London", "Manchester M1 1AE", "Edinburgh", "Cardiff", "Bristol", "Paris 11e", "Lyon 69002",
    "Marseille", "Nantes", "Bordeaux", "Zürich", "Genève", "Lausanne", "Basel", "München", "Hamburg", "Köln",
    "Frankfurt am Main", "Stuttgart", "Wien", "Graz", "Praha", "Brno", "Kraków", "Wrocław", "Gdańsk", "Warszawa",
    "Budapest", "Bucureşti", "Cluj-Napoca", "Sofia", "Beograd", "Zagreb", "Ljubljana", "Athens", "Αθήνα",
    "Θεσσαλονίκη", "İzmir", "İstanbul", "Tel Aviv-Yafo", "תל אביב", "Haifa", "עמאן", "بيروت", "الدار البيضاء",
    "Cairo", "Lagos", "Yaba, Lagos", "Abuja", "Accra", "Kumasi", "Nairobi", "Kigali", "Kampala", "Cape Town",
    "Johannesburg", "Durban", "Bengaluru", "Bangalore (Koramangala)", "HSR Layout, Bengaluru 560102", "Pune",
    "Hyderabad", "पुणे", "हैदराबाद", "Chennai", "சென்னை", "Kolkata", "Dhaka", "ঢাকা", "Kathmandu", "Colombo",
    "Singapore", "Kuala Lumpur", "Jakarta Selatan", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Đà Nẵng",
    "Bangkok", "เชียงใหม่", "Manila", "Cebu City", "Taipei", "臺北市信義區", "Hong Kong", "香港", "深圳市南山区",
    "杭州", "Shanghai", "北京市海淀区", "Seoul", "서울특별시 강남구 테헤란로 152", "판교", "Tokyo", "東京都渋谷区",
    "大阪市北区", "福岡", "Sapporo", "Sydney NSW 2000", "Melbourne", "Brisbane", "Perth WA", "Auckland", "Wellington",
    "San Francisco", "SoMa, San Francisco, CA 94107", "548 Market St, San Francisco, CA 94104", "Oakland", "SF",
    "Palo Alto", "Mountain View, CA", "Seattle", "Bellevue, WA", "Portland, OR", "Boise", "Denver", "Boulder, CO",
    "Austin, TX", "Austin, TX 78701", "Dallas", "Houston", "Chicago", "Ann Arbor", "Pittsburgh", "Raleigh-Durham",
    "Atlanta", "Miami", "New York", "Brooklyn, NY 11211", "NYC", "Jersey City", "Boston", "Cambridge, MA 02139",
    "Washington, D.C.", "Toronto", "Toronto, ON M5V 2T6", "Montréal", "Montréal (Mile End)", "Ottawa", "Waterloo, ON",
    "Vancouver", "Vancouver, BC V6B 1A1", "Halifax", "St. John's", "Mexico City", "CDMX", "Guadalajara",
    "Monterrey", "Bogotá", "Medellín", "Lima", "Santiago", "Buenos Aires", "Córdoba, Argentina", "Montevideo",
    "São Paulo", "Florianópolis", "Recife", "Reykjavík", "Oslo", "Bergen", "Stockholm", "Göteborg", "København",
    "Aarhus", "Helsinki", "Tampere", "Tallinn", "Tartu", "Riga", "Vilnius", "Kyiv", "Lviv", "Tbilisi", "Yerevan",
    "Coeur d'Alene, ID", "Martha's Vineyard", "L'Aquila", "Val-d'Or, QC", "Saint-Jean-de-Luz", "Llandudno",
    "52.5163, 13.3777", "37.7749,-122.4194", "-33.8688, 151.2093", "1.3521° N, 103.8198° E", "us-east-1 (Ashburn)",
    "Ashburn, VA", "The Dalles, OR", "Council Bluffs, Iowa", "Frankfurt (eu-central-1)", "10999", "94107", "EC1V",
]
TIMEZONES = ["Europe/Berlin", "Europe/Amsterdam", "Europe/Lisbon", "Europe/Dublin", "Europe/London", "Europe/Paris",
             "Europe/Zurich", "Europe/Warsaw", "Europe/Prague", "Europe/Athens", "Europe/Istanbul", "Europe/Kyiv",
             "Europe/Helsinki", "Europe/Stockholm", "Asia/Jerusalem", "Africa/Lagos", "Africa/Nairobi",
             "Africa/Johannesburg", "Asia/Kolkata", "Asia/Dhaka", "Asia/Kathmandu", "Asia/Singapore", "Asia/Taipei",
             "Asia/Ho_Chi_Minh", "Asia/Shanghai", "Asia/Seoul", "Asia/Tokyo", "Australia/Sydney", "Australia/Perth",
             "Pacific/Auckland", "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York",
             "America/Toronto", "America/Halifax", "America/St_Johns", "America/Mexico_City", "America/Bogota",
             "America/Sao_Paulo", "America/Argentina/Cordoba", "America/Montevideo", "UTC", "Etc/GMT-3"]
CHANNELS = [("C04ENG0001", "eng"), ("C04RUNTIME", "eng-runtime"), ("C04CACHE01", "eng-cache"),
            ("C04CICD001", "ci-cd"), ("C04INCDNT1", "incidents"), ("C04ONCALL1", "oncall-cache"),
            ("C04RELEASE", "releases"), ("C04DXFEED1", "dx-feedback"), ("C04SUPESC1", "support-escalations"),
            ("C04RANDOM1", "random"), ("C04BERLIN1", "office-berlin"), ("C04APAC001", "remote-apac"),
            ("C04TIL0001", "til"), ("C04DSGNSYS", "design-system"), ("C04SEC0001", "sec"),
            ("C04SALESEN", "sales-eng"), ("C04DOCS001", "docs"), ("C04SDKS001", "sdks"),
            ("C04PLATFRM", "platform"), ("C04DATA001", "data"), ("C04WATERCL", "watercooler"),
            ("C04ACMESHR", "ext-acme-tessellate")]
SUBTEAMS = [("S04ONCALL1", "oncall"), ("S04CACHETM", "cache-team"), ("S04SDKTEAM", "sdk-folks"),
            ("S04RELMGRS", "release-managers")]

LINKS = [
    "https://github.com/tessellate-dev/tess/pull/%PR%", "https://github.com/tessellate-dev/tess/pull/%PR%/files",
    "https://github.com/tessellate-dev/tess/issues/%PR%",
    "https://github.com/tessellate-dev/tess/issues?q=is%3Aopen+label%3Aflaky+sort%3Aupdated-desc",
    "https://github.com/tessellate-dev/tess-sdk-go/blob/main/client/retry.go#L88-L121",
    "https://github.com/tessellate-dev/tess/compare/v1.41.2...v1.42.0",
    "https://github.com/tessellate-dev/tess/actions/runs/9361207718/job/25767651922#step:6:143",
    "https://buildkite.com/tessellate/tess-mono/builds/%PR%#018fd7a2-3c41-4c7e-9d55-2a1b1f0c6a9e",
    "https://grafana.tessellate.dev/d/cache-overview/cache?orgId=1&var-pool=lnx-amd64-xl&from=now-6h&to=now",
    "https://grafana.tessellate.dev:3000/explore?left=%7B%22datasource%22%3A%22loki%22%7D",
    "http://localhost:3000/builds?branch=feat%2Fshard-rebalance&status=failed",
    "http://127.0.0.1:6060/debug/pprof/heap?debug=1", "http://localhost:8080/healthz",
    "https://staging.tessellate.dev:8443/app/orgs/42/builds?page=2&per_page=50",
    "https://linear.app/tessellate/issue/CACHE-%PR%/evictions-spike-after-gc-change",
    "https://www.notion.so/tessellate/Runbook-cache-failover-7c1e0f5b2a9d4e6f",
    "https://docs.google.com/document/d/1Qz8-Kp4vR2TnXy0aBcDeFgHiJ/edit#heading=h.3x9f2kq",
    "https://tessellate.sentry.io/issues/5123987231/?project=4505&query=is%3Aunresolved+release%3A1.42.0",
    "https://app.datadoghq.eu/apm/traces?query=service%3Atessd%20env%3Aprod%20status%3Aerror&start=1717400000000",
    "https://docs.tessellate.dev/cli/cache#tess-cache-gc", "https://docs.tessellate.dev/sdk/python/?v=2.3",
    "https://www.npmjs.com/package/@tessellate/sdk", "https://crates.io/crates/tess-client",
    "https://pkg.go.dev/github.com/tessellate-dev/tess-sdk-go@v0.19.1/client#Options",
    "https://pypi.org/project/tessellate-sdk/2.3.0/", "https://stackoverflow.com/questions/11227809",
    "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-policy",
    "https://www.postgresql.org/docs/16/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY",
    "https://regex101.com/r/Xy3kPq/2", "https://jqplay.org/s/4bX1vC9dKq", "https://www.loom.com/share/9f1c2a7e3b",
    "https://www.figma.com/file/Tq8x2/Tess-Dashboard?type=design&node-id=1204-33&mode=design",
    "https://status.tessellate.dev/incidents/7h2k9x1m4q", "https://news.ycombinator.com/item?id=40571342",
    "https://en.wikipedia.org/wiki/Merkle_tree", "https://blog.tessellate.dev/2024/05/remote-cache-at-scale/",
    "https://meet.google.com/xkq-wmzp-tre", "https://zoom.us/j/93815520441?pwd=dGVzcy1zdGFuZHVw",
]
EMOJI = [":tada:", ":+1:", ":eyes:", ":pray:", ":fire:", ":rocket:", ":white_check_mark:", ":x:", ":warning:",
         ":thinking_face:", ":sweat_smile:", ":joy:", ":shipit:", ":party-parrot:", ":this-is-fine:", ":yak:",
         ":bug:", ":green_circle:", ":red_circle:", ":coffee:", ":hugging_face:", ":mega:", ":lgtm:", ":ack:",
         "🙏", "🔥", "👀", "✅", "🚀", "😅", "🤔", "💀", "🐛", "🧵", "☕", "🎉", "🫠", "🙌", "📦", "⚠️"]
REACTIONS = ["eyes", "+1", "white_check_mark", "tada", "pray", "heavy_plus_sign", "rocket", "joy", "fire", "100",
             "ack", "lgtm", "shipit", "this-is-fine", "thinking_face", "yak", "bug", "skin-tone-2", "raised_hands",
             "thread", "merged", "red_circle", "green_circle", "hourglass_flowing_sand", "party-parrot"]

# Channel chat. %M% a mention, %L% a link, %C% a channel, %G% a user group, %P% a place, %N% a number,
# %V% a version, %SHA% a commit, %PR% an issue number, %E% an emoji, %PH% a phone number, %D% a date.
CHAT = [
    "morning :coffee:", "gm gm", "o/", "back from lunch", "brb", "+1", "same here", "ty %M%!", "thx!!", "np",
    "on it", "looking 👀", "ack", "nvm, found it", "lgtm", "lgtm with one nit", "ship it %E%", "merged", "reverted",
    "PR up: %L%", "tiny PR, promise: %L%", "%M% mind taking a look at %L% when you have a sec?",
    "can someone with prod access rerun %L% ?", "anyone else seeing the cache miss rate jump on lnx-arm64?",
    "is main red or is it just me", "main is green again ✅", "who owns the `tessd` helm chart these days?",
    "flake-o-meter says `//pkg/scheduler:scheduler_test` is at 4.2% flaky, quarantining it",
    "quarantined `TestShardRebalance/uneven_pools`, ticket %L%", "unquarantined, fix landed in %SHA%",
    "the warm cache is doing its job: p50 build went from 11m40s to 2m05s on tess-mono",
    "cold start on mac-m2 runners is still ~90s, mostly xcode-select + brew bundle",
    "v%V% is cut, release notes draft in %L%", "tagging v%V% in 10 min unless someone yells",
    "Friday freeze starts at 15:00 CET, get your PRs in", "reminder: papercut Tuesday tomorrow, bring your yaks 🐃",
    "DX council notes: %L%", "demo day is Thursday 16:30 CET / 7:30 PT in %C%", "standup moved to 9:45 today",
    "OOO tomorrow, %M% has the pager", "handing over oncall to %M%, nothing burning, 2 low-sev tickets open",
    "%G% heads up: eviction rate on cache-eu-2 is 3x baseline", "%G% anyone around? customer escalation in %C%",
    "acme says their builds hang at `Resolving graph...` since this morning", "repro'd locally, it's the lockfile",
    "it's the lockfile. it's always the lockfile.", "did we change the default `--jobs` in the CLI? seeing 2x CPU",
    "rolled back tessd to v%V%, error rate back under 0.1%", "p99 on `PutBlob` is 1.8s, was 240ms yesterday",
    "ok the gc change was NOT a no-op lol", "TIL `git worktree` exists and it's great",
    "TIL you can `kubectl debug -it pod/x --image=busybox --target=app`", "TIL `jq -r '@tsv'` is a thing",
    "hot take: we should drop node 18 support in the sdk", "colder take: we should drop python 3.8 yesterday",
    "who's going to KubeCon Paris? 🇫🇷", "booth duty sign-up sheet: %L%", "swag boxes shipped to %P% 📦",
    "WFH today, internet guy coming between 8 and 12 (so, 14:00)", "power cut in %P%, on mobile hotspot",
    "it's 36°C in %P% and our office AC died. compiling rust is now a heating strategy",
    "snowing in %P% in june??", "anyone in %P% this week? coffee?", "office wifi password changed, see the pinned msg",
    "new joiner alert 🎉 welcome %M% to the cache team!", "happy 2-year tessiversary %M% 🥳",
    "kudos to %M% for the 3am save on the eu cluster 🙌", "who took the last oat milk. i just want to talk.",
    "pizza order for demo day: 3 margherita, 2 veggie, 1 vegan, 1 'surprise me'",
    "expense reminder: receipts over 25 € / $30 need a photo", "the espresso machine is making The Noise again",
    "Bonjour ! Quelqu'un a la clé de la salle « Merkle » ?", "Moin! Kann jemand kurz auf %L% schauen? Danke 🙏",
    "¿Alguien sabe por qué el runner de macOS está tan lento hoy?", "Valeu, pessoal! Até amanhã 👋",
    "お疲れさまです。キャッシュのGCは今夜23時(JST)に実行します。", "リリースノートのレビューお願いします 🙏 %L%",
    "빌드 캐시 히트율이 갑자기 떨어졌어요. 확인 부탁드려요!",
    "Всем привет! Кто-нибудь знает, почему CI падает на arm64?",
    "Dzięki za review, poprawione 👍", "Tack! Fixar det efter lunch.", "Kiitos! 🙏", "Teşekkürler, merge ettim.",
    "תודה רבה! מעולה", "شكراً، تم الدمج ✅", "धन्यवाद! मैं कल देखूँगा", "谢谢！已经合并了", "Ευχαριστώ! 👍",
    "Cảm ơn mọi người nha 🙏", "ขอบคุณครับ", "Asante sana!", "Dank je, ziet er goed uit!",
    "%M% can you share the flamegraph from yesterday? the svg one", "recording of the postmortem: %L%",
    "postmortem for INC-%N%: %L% — TL;DR a config typo in `values.prod.yaml` (replicas: 0 🤦)",
    "customer asked if we support `pnpm` workspaces with `--filter '...[origin/main]'` — we do, right?",
    "do we have a runbook for 'cache node disk at 95%'? asking for a friend (me, now)",
    "runbook updated: %L%", "alert fatigue is real, muting `CacheNodeDiskWarn` until 18:00",
    "the new dashboard is 🔥 thanks %M%", "design review for the new build timeline at 14:00 in Figma: %L%",
    "the docs search can't find `TESS_CACHE_DIR`, is that expected?", "docs PR for the new `--remote-exec` flag: %L%",
    "sales eng question: can we do on-prem cache with S3-compatible storage (MinIO)?", "yes, MinIO works, see %L%",
    "Q: is the retry budget per request or per client in the Go SDK?", "per client, 10% of requests, min 3/s",
    "the python sdk 2.3.0 is out on pypi 🐍", "rust client 0.7.2 published to crates.io 🦀",
    "node sdk: `npm i @tessellate/sdk@3.1.0` 📦", "java sdk 1.8.0 is stuck in maven central sync, eta 2h",
    "can we bump `golang.org/x/net` to 0.26? dependabot PR %L%", "renovate opened 14 PRs overnight, batching them",
    "anyone know why `make lint` takes 4 minutes on CI but 20s locally?", "probably the golangci-lint cache, 1 sec",
    "yep, cache key included the runner hostname 🙃 fixed in %L%", "CI minutes this month: 412,330 (budget 450k)",
    "we're at 99.94% availability for May, error budget used: 60%", "incident channel created: %C%",
    "status page updated: investigating elevated error rates for cache uploads in eu-west", "resolved ✅",
    "I'll be 5 min late to the 1:1 %M%, sorry", "can we do the retro async this week?", "retro board: %L%",
    "%M% %M% see thread 🧵", "^ this", "💯", "same question as above", "following", "👀 subscribing",
    "gonna restart the staging tessd, shout if you're mid-test", "staging is back, sorry for the noise",
    "who's using `ci-runner-17`? it's been at 100% CPU for 3h", "me, running the soak test, done by 16:00",
    "phone for the acme escalation bridge: %PH% (PIN 4471#)", "%M% call me on %PH% if the page fires again",
    "shipping the invoice-export fix today, customers asked for € and ¥ formatting",
    "reminder: security training due by %D%", "planning poker at 11, bring estimates (t-shirt sizes ok)",
    "the linter is right and I hate it", "naming things is hard: `BlobStore` or `CasStore`?", "CasStore",
    "perf win: switching the digest to BLAKE3 cut hashing time by 38% on the big repo",
    "reading: %L% — good write-up on content-addressed storage", "fun fact: our largest cache blob is 7.8 GiB 🫠",
    "If anyone needs the VPN config for the new office it's in 1Password under 'Infra / WireGuard'",
    "@here the 14:00 all-hands is moved to 15:00 CET", "happy friday, deploys are frozen, go touch grass 🌱",
    "customer quote of the week: \"tess made our CI boring, in a good way\"", "100% agree with %M% here",
    "hmm, not sure that's right, the TTL is 7d not 14d", "let me double-check and get back to you",
    "tbh I'd just feature-flag it and ship", "ngl that migration scared me", "lol", "haha", "😂😂",
    "sry wrong channel", "oops, wrong thread", "deleted, pasted a token by mistake (already rotated)",
]

CODE = [
    "```\n$ tess cache stats --since 24h --org 42\nhits:    18,442\nmisses:   2,109\nratio:    89.7%\n"
    "bytes:   1.21 TiB served / 88.4 GiB uploaded\n```",
    "```\n$ tess cache gc --dry-run --older-than 14d --keep-tagged\nwould delete 3,211 blobs (41.2 GiB), "
    "keep 12 tagged\n$ tess cache gc --older-than 14d --keep-tagged --yes\ndeleted 3,211 blobs in 48.3s\n```",
    "```\n~/src/tess-mono (main) $ git log --oneline -5\na1f3c9e fix(runner): don't retry on exit 137 (OOM)\n"
    "77b20d4 feat(cache): add --keep-tagged to gc\n3e9a1f0 chore(deps): bump golang.org/x/net to 0.26.0\n"
    "c02d8aa docs: document TESS_CACHE_DIR and TESS_REMOTE_URL\n5fd1e21 test: deflake TestShardRebalance\n```",
    "```\n$ kubectl -n tess-prod logs deploy/tessd-api --since=10m | grep -ci 'deadline exceeded'\n412\n"
    "$ kubectl -n tess-prod rollout restart deploy/tessd-api\ndeployment.apps/tessd-api restarted\n```",
    "```\n$ kubectl -n tess-prod get pods -l app=tessd -o wide\nNAME                     READY   STATUS"
    "             RESTARTS      AGE\ntessd-5c7d9b8f6-2xk4q    1/1     Running            0             3d\n"
    "tessd-5c7d9b8f6-9pwmn    0/1     CrashLoopBackOff   14 (2m ago)   51m\n```",
    "```\n$ docker build -t ghcr.io/tessellate-dev/tessd:1.42.0 --build-arg GO_VERSION=1.22.4 "
    "--platform linux/amd64,linux/arm64 .\n[+] Building 212.4s (23/23) FINISHED\n```",
    "```\n$ env | grep ^TESS_\nTESS_CACHE_DIR=/home/runner/.cache/tess\nTESS_REMOTE_URL=grpcs://cache.tessellate.dev:443\n"
    "TESS_TOKEN=<redacted>\nTESS_LOG=info,tess::cache=debug\n```",
    "```\n$ for i in $(seq 1 50); do go test -run 'TestShardRebalance$' -count=1 ./pkg/scheduler/ || break; done\n"
    "ok      github.com/tessellate-dev/tess/pkg/scheduler    0.412s\n--- FAIL: TestShardRebalance (0.39s)\n"
    "    rebalance_test.go:88: expected 4 shards on pool lnx-amd64-xl, got 3\n```",
    "```\n$ sed -i.bak -E 's/^version = \"[0-9.]+\"/version = \"0.7.2\"/' Cargo.toml && cargo publish --dry-run\n```",
    "```\n$ awk -F'\\t' '$3 > 600 {print $1, $3}' slow_builds.tsv | sort -k2 -nr | head -5\n"
    "tess-mono#88123 1843\ntess-mono#88090 1201\nacme-web#3312 998\n```",
    "```\n$ ssh -L 5433:localhost:5432 bastion.internal.tessellate.dev\n"
    "$ psql \"postgresql://tess_ro@localhost:5433/tess\" -c '\\d+ builds'\n```",
    "```\n$ ls -la /var/lib/tessd/cas | head -4\ntotal 48\ndrwxr-x--- 258 tessd tessd 4096 Jun  3 09:12 .\n"
    "drwxr-xr-x   5 tessd tessd 4096 May 28 17:40 ..\ndrwxr-x---   2 tessd tessd 4096 Jun  3 09:11 00\n```",
    "```\n$ echo $PATH | tr ':' '\\n' | grep -n tess\n4:/opt/tess/bin\n$ which -a tess\n/opt/tess/bin/tess\n"
    "/usr/local/bin/tess\n```\ntwo tess binaries on the runner image, that explains the version mismatch",
    "```\n$ find . -name '*.orig' -o -name '*.rej' | xargs rm -f && git status --short\n M go.sum\n?? "
    "internal/cas/blake3.go\n```",
    "try this:\n```\ncurl -sS -X POST https://api.tessellate.dev/v1/builds \\\n"
    "  -H \"Authorization: Bearer $TESS_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n"
    "  -H 'X-Tess-Org: 42' \\\n  -d '{\"repo\":\"tessellate-dev/tess\","
    "\"ref\":\"refs/heads/main\",\"targets\":[\"//cmd/...\",\"//pkg/...\"]}'\n```",
    "`curl -v -H 'Accept: application/vnd.tessellate.v2+json' "
    "'https://api.tessellate.dev/v2/cache/blobs/sha256:9f86d081884c7d65?size=1048576&region=eu-west-1'`",
    "```\ncurl -sS -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials -d scope=read "
    "https://edge.tessellate.dev/oauth/token | jq -r .access_token\n```",
    "```\njq '.builds[] | select(.status == \"failed\" and .duration_s > 600) | {id, repo, branch: .ref}' "
    "builds.json\n```",
    "```\nTraceback (most recent call last):\n  File \"/app/tess_sync/worker.py\", line 142, in run\n"
    "    blobs = await client.cache.list(prefix=prefix, limit=1000)\n  File \"/usr/local/lib/python3.12/"
    "site-packages/tessellate/_http.py\", line 311, in _request\n    raise APIStatusError.from_response(resp)\n"
    "tessellate.errors.RateLimitError: 429 Too Many Requests (retry after 12s)\n```",
    "```\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
    "violation code=0x1 addr=0x18 pc=0x1034a7c]\n\ngoroutine 1187 [running]:\n"
    "github.com/tessellate-dev/tess/pkg/cas.(*Store).Put(0x0, {0x1a2b3c0, 0xc000412000}, ...)\n"
    "\t/src/pkg/cas/store.go:214 +0x3c\n```",
    "```\nException in thread \"main\" java.lang.IllegalStateException: Build graph has a cycle: "
    "//app:server -> //lib:auth -> //app:server\n\tat dev.tessellate.graph.Dag.topoSort(Dag.java:97)\n"
    "\tat dev.tessellate.cli.Main.main(Main.java:41)\n```",
    "```\nTypeError: Cannot read properties of undefined (reading 'digest')\n    at uploadBlob "
    "(/home/runner/work/acme-web/node_modules/@tessellate/sdk/dist/cache.js:212:31)\n    at async Promise.all "
    "(index 3)\n```",
    "```\nthread 'tokio-runtime-worker' panicked at src/cache/evict.rs:77:18:\ncalled `Option::unwrap()` on a "
    "`None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n```",
    "```\nFATAL:  remaining connection slots are reserved for non-replication superuser connections\n```\n"
    "pgbouncer pool is too small for the new worker count",
    "```sql\n-- migrate:up\nALTER TABLE builds ADD COLUMN cache_key text;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "
    "builds_cache_key_idx\n  ON builds (cache_key) WHERE cache_key IS NOT NULL;\n\n-- migrate:down\n"
    "DROP INDEX IF EXISTS builds_cache_key_idx;\nALTER TABLE builds DROP COLUMN cache_key;\n```",
    "```sql\nUPDATE runners\n   SET status = 'draining'\n WHERE pool = 'lnx-arm64'\n   AND last_heartbeat < now() - "
    "interval '5 minutes';\n-- UPDATE 7\n```",
    "```sql\nSELECT org_id,\n       count(*) FILTER (WHERE status = 'failed') AS failed,\n       count(*) AS total\n"
    "  FROM builds\n WHERE created_at > now() - interval '1 day'\n GROUP BY org_id\n ORDER BY failed DESC\n "
    "LIMIT 10;\n```",
    "sanity check before I run it on prod? `DELETE FROM cache_entries WHERE last_access < now() - interval '30 days' "
    "AND pinned = false;` (it's batched in the job, 10k rows at a time)",
    "```sql\nINSERT INTO feature_flags (name, expr, enabled)\nVALUES ('remote_exec_v2', 'org.plan == \"enterprise\" "
    "|| org.id in [42, 1337]', false)\nON CONFLICT (name) DO NOTHING;\n```",
    "```sql\nEXPLAIN (ANALYZE, BUFFERS)\nSELECT b.id, b.ref, a.path\n  FROM builds b\n  JOIN artifacts a ON a.build_id"
    " = b.id\n WHERE b.repo = 'acme/web' AND a.path LIKE 'dist/%.js'\n ORDER BY b.created_at DESC LIMIT 50;\n```",
    "regex for conventional commits that finally passes all our test cases:\n"
    "```\n^(feat|fix|chore|docs|refactor|perf|test)(\\([a-z0-9-]+\\))?!?: .{1,72}$\n```",
    "`(?i)\\b(error|fatal|panic)\\b.*?(cache|cas|blob)` catches way too much, any better idea?",
    "```\n^refs/tags/v(?P<major>\\d+)\\.(?P<minor>\\d+)\\.(?P<patch>\\d+)(?:-rc\\.(?P<rc>\\d+))?$\n```",
    "the log parser regex: `^(\\S+) \\[(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z)\\] (\\w+) (.*)$`",
    "```yaml\nname: ci\non:\n  pull_request:\n    paths: ['**/*.go', 'go.mod', '!docs/**']\njobs:\n  test:\n"
    "    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
    "      - uses: tessellate-dev/setup-tess@v2\n        with:\n          token: ${{ secrets.TESS_TOKEN }}\n"
    "      - run: tess test //... --remote-cache "
    "--jobs=$(nproc)\n```",
    "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tessd\n  namespace: tess-prod\nspec:\n"
    "  replicas: 6\n  template:\n    spec:\n      containers:\n        - name: tessd\n          image: "
    "ghcr.io/tessellate-dev/tessd:1.42.0\n          args: [\"serve\", \"--listen=:8443\", "
    "\"--cas-dir=/var/lib/tessd/cas\"]"
    "\n          resources:\n            limits: {cpu: \"4\", memory: 8Gi}\n```",
    "```yaml\n# values.prod.yaml\ntessd:\n  replicas: 6\n  env:\n    - name: TESS_LOG\n      value: "
    "\"info,tess::gc=debug\"\n    - name: TESS_GC_MAX_AGE\n      value: \"336h\"\n  podDisruptionBudget:\n"
    "    minAvailable: 4\n```",
    "```yaml\nservices:\n  tessd:\n    image: ghcr.io/tessellate-dev/tessd:1.42.0\n    ports: [\"8443:8443\", "
    "\"127.0.0.1:9100:9100\"]\n    volumes:\n      - ./cas:/var/lib/tessd/cas\n    environment:\n      "
    "TESS_REMOTE_URL: grpc://cache:9092\n```",
    "```json\n{\n  \"$schema\": \"https://docs.tessellate.dev/schema/tessrc.json\",\n  \"remote\": \"grpcs://cache."
    "tessellate.dev:443\",\n  \"include\": [\"src/**/*.ts\", \"packages/*/src/**\"],\n  \"exclude\": "
    "[\"**/*.test.ts\", \"**/node_modules/**\"],\n  \"env\": [\"NODE_ENV\", \"CI\", \"TESS_*\"]\n}\n```",
    "```json\n{\n  \"scripts\": {\n    \"build\": \"tsc -p tsconfig.build.json && node scripts/copy-assets.mjs\",\n"
    "    \"test\": \"vitest run --coverage\",\n"
    "    \"lint\": \"eslint 'src/**/*.{ts,tsx}' --max-warnings=0\"\n  }\n}\n```",
    "```\nFROM golang:1.22-bookworm AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target="
    "/root/.cache/go-build go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags \"-s -w -X "
    "main.version=${VERSION}\" -o /out/tessd ./cmd/tessd\n\nFROM gcr.io/distroless/static-debian12:nonroot\n"
    "COPY --from=build /out/tessd /usr/local/bin/tessd\nUSER 65532:65532\nENTRYPOINT [\"/usr/local/bin/tessd\", "
    "\"serve\"]\n```",
    "```\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates "
    "\\\n    && rm -rf /var/lib/apt/lists/*\nCOPY requirements.lock /tmp/\nRUN pip install --no-cache-dir -r "
    "/tmp/requirements.lock\nCMD [\"python\", \"-m\", \"tess_sync\", \"--config\", \"/etc/tess/sync.toml\"]\n```",
    "```make\n.PHONY: release\nrelease: ## tag and push, e.g. make release VERSION=1.42.0\n\t@test -n \"$(VERSION)\" "
    "|| (echo 'VERSION is required' && exit 1)\n\tgit tag -s v$(VERSION) -m \"tess v$(VERSION)\"\n\tgit push "
    "origin v$(VERSION)\n```",
    "```hcl\nresource \"aws_s3_bucket_lifecycle_configuration\" \"cas\" {\n  bucket = aws_s3_bucket.cas.id\n  rule {\n"
    "    id     = \"expire-untagged\"\n    status = \"Enabled\"\n    expiration { days = 30 }\n  }\n}\n```",
    "```\nlocation /v2/ {\n    proxy_pass http://tessd_upstream;\n    proxy_set_header X-Forwarded-For "
    "$proxy_add_x_forwarded_for;\n    proxy_read_timeout 300s;\n    client_max_body_size 2g;\n}\n```",
    "feature flag expr for the rollout: `user.email.endsWith(\"@tessellate.dev\") || (org.plan == \"team\" && "
    "hash(org.id) % 100 < 25)`",
    "the glob `packages/**/!(*.spec|*.test).ts` doesn't work in the tessrc, only `!` prefixes in `exclude` do",
    "```\n2024-06-03T09:14:02.331Z WARN  tessd::cache evict pool=lnx-amd64-xl freed=12.4GiB took=3.2s\n"
    "2024-06-03T09:14:07.902Z ERROR tessd::grpc PutBlob digest=sha256:4f2a…c9 code=DeadlineExceeded "
    "elapsed=30.001s peer=10.42.7.19:53312\n```",
    "```\n| pool          | queued | running | p50 wait | p95 wait |\n|---------------|-------:|--------:|---------:|"
    "---------:|\n| lnx-amd64-xl  |     12 |     148 |      4s  |     41s  |\n| mac-m2        |     31 |      22 |"
    "   2m10s  |   9m02s  |\n```",
    "```python\nimport tessellate\n\nclient = tessellate.Client(token=os.environ[\"TESS_TOKEN\"], "
    "base_url=\"https://api.tessellate.dev\")\nfor b in client.builds.list(repo=\"acme/web\", status=\"failed\", "
    "since=\"2024-06-01\"):\n    print(b.id, b.ref, b.duration)\n```",
    "```go\nctx, cancel := context.WithTimeout(ctx, 30*time.Second)\ndefer cancel()\nif err := store.Put(ctx, d, r); "
    "err != nil && !errors.Is(err, cas.ErrExists) {\n    return fmt.Errorf(\"put %s: %w\", d, err)\n}\n```",
    "```ts\nconst tess = new Tessellate({ token: process.env.TESS_TOKEN!, retries: 3 });\nconst res = await "
    "tess.cache.stats({ since: '24h', groupBy: ['pool', 'org'] });\nconsole.table(res.rows);\n```",
    "```rust\nlet client = tess_client::Client::builder()\n    .endpoint(\"https://api.tessellate.dev\")\n    "
    ".timeout(Duration::from_secs(30))\n    .build()?;\nlet stats = client.cache().stats(\"24h\").await?;\n```",
    "```kotlin\nval tess = Tessellate.builder().token(System.getenv(\"TESS_TOKEN\")).build()\ntess.builds()"
    ".list(repo = \"acme/android\", status = BuildStatus.FAILED).forEach { println(\"${it.id} ${it.ref}\") }\n```",
    "our bash one-liner for the nightly report: `tess builds list --since 24h -o json | jq -r '.[] | [.repo, "
    ".status, .duration_s] | @csv' > /tmp/report-$(date +%F).csv`",
    "set `export TESS_CACHE_DIR=\"${XDG_CACHE_HOME:-$HOME/.cache}/tess\"` in your .zshrc and it'll stop "
    "filling up /tmp",
    "crontab for the gc: `17 3 * * * /opt/tess/bin/tess cache gc --older-than 14d --yes >> /var/log/tess-gc.log 2>&1`",
    "seeing a lot of `GET /wp-login.php` and `/.env` 404s from some scanner in the cache LB logs, ignoring",
]

LONG = [
    "*Incident INC-%N% — cache uploads failing in eu-west (resolved)*\n\n*Impact:* 23% of `PutBlob` calls failed "
    "between 08:12 and 08:47 UTC; builds fell back to local execution (slower, not broken).\n*Root cause:* the gc "
    "change in %L% held a lock on the shard index while walking 2M entries.\n*Fix:* rolled back to v%V%, then "
    "shipped %SHA% which walks in batches of 10k.\n*Follow-ups:*\n• alert on lock wait > 5s\n• load test gc against "
    "a prod-sized index\n• document the rollback in the runbook (%L%)\n\nThanks %M% and %M% for jumping in 🙏",
    "Release notes draft for *v%V%* :rocket:\n\n*New*\n• `tess cache gc --keep-tagged` keeps blobs referenced by tags"
    "\n• Remote exec on `mac-m2` pools (beta, behind the `remote_exec_v2` flag)\n• Python SDK: async client "
    "(`tessellate.AsyncClient`)\n\n*Fixed*\n• CLI no longer retries on exit 137 (OOM) — it just fails, loudly\n"
    "• `TESS_LOG` accepts `module=level` pairs like `info,tess::cache=debug`\n\n*Breaking*\n• Node 16 is no "
    "longer supported (EOL since Sep 2023)\n\nComments by Wednesday EOD please.",
    "Customer escalation summary (acme):\n> builds hang at \"Resolving graph…\" for 10+ minutes on their "
    "self-hosted runners since 2024-06-02 ~22:00 UTC\n\nWhat we know:\n1. only runners behind their proxy "
    "(`http://proxy.acme.internal:3128`)\n2. `NO_PROXY` doesn't include `cache.tessellate.dev`\n3. CLI 1.41.x "
    "is fine, 1.42.0 isn't → the new gRPC keepalive\n\nNext: I'm on a call with them at 15:00 CET (%PH%). "
    "%G% if you have ideas, thread please 🧵",
    "Weekly DX feedback roundup 📬\n\n*Top asks*\n1. `tess why <target>`: explain why a target was rebuilt "
    "(12 votes)\n2. Better error when `.tessrc.json` has a glob that matches nothing (9)\n3. Windows runners "
    "(7) — yes, we know\n\n*Papercuts fixed this week*\n• `--jobs=0` now means \"number of cores\"\n• "
    "colors off when `NO_COLOR` is set\n• `tess login` opens the browser on WSL (thanks %M%!)\n\nFull list: %L%",
    "Onboarding checklist for %M% :wave:\n- [x] laptop + YubiKey\n- [x] GitHub (`tessellate-dev` org) + SSO\n"
    "- [ ] 1Password vault `Eng`\n- [ ] PagerDuty (shadow oncall from week 3)\n- [ ] read the architecture doc "
    "%L%\n- [ ] first PR: anything tagged `good-first-issue`\n\nBuddy: %M%. Desk in %P% is 4.12, next to the "
    "window (and the espresso machine, sorry).",
    "Capacity planning for Q3 (draft, numbers are rough):\n\n```\npool           today   Q3 est   note\n"
    "lnx-amd64-xl   160     240      +50% from acme + globex\nlnx-arm64       48      96      graviton "
    "migration\nmac-m2          24      40      ios customers\n```\nStorage: 310 TiB → ~480 TiB at current "
    "growth (4.1%/wk). S3 cost ≈ $11.2k/mo → $17k/mo. Options in %L%.",
    "Proposal: retire `tess-legacy-api` (v1) on *%D%*.\n\n• 3 orgs still call it (ids 17, 204, 3310), all "
    "contacted\n• traffic: ~1.2k req/day, 99% `GET /v1/builds?status=...`\n• the v2 equivalent is `GET "
    "/v2/builds?filter[status]=failed&page[size]=50`\n\nIf nobody objects by Friday I'll start the brownouts "
    "(5 min/day, then 1h/day). 👍 / 👎 ?",
    "Reading group this Thursday: *Build Systems à la Carte* (Mokhov, Mitchell, Peyton Jones). Sections 3–5.\n"
    "Snacks: 🥐 from the bakery on the corner. Remote folks: %L%\nQuestion to think about: is our scheduler a "
    "\"restarting\" or a \"suspending\" one, and does it matter for remote exec?",
    "Heads-up from %C%: GitHub is having a partial outage (webhooks delayed up to 20 min, "
    "https://www.githubstatus.com/). Our queue will look stuck; it isn't. Please don't retry builds "
    "manually, it just doubles the backlog when webhooks catch up.",
    "Offsite vote 🗳️ (Sep 16–19)\n:one: Lisbon — cheap flights, hot\n:two: Kraków — great food, trains from "
    "Berlin\n:three: Tromsø — midnight sun is over by then, northern lights maybe\n:four: stay home and "
    "ship features (no)\nVoting closes %D% 17:00 CET.",
    "Oncall handover 🗒️\n*Open:*\n• CACHE-%PR%: evictions spike at 03:17 UTC daily = the gc cron, expected, "
    "muted\n• customer `globex`: 2 timeouts on `GetActionResult`, waiting for their logs\n*Closed:*\n"
    "• disk alert on cache-eu-3 (resized the PVC 2Ti → 3Ti)\n*Notes:* PagerDuty app on iOS drops "
    "notifications in focus mode, check your settings 📵",
    "Pricing page copy review (for %M%):\n> *Team* — $24/user/mo, 10k CI minutes, 500 GiB cache\n> "
    "*Business* — $49/user/mo, 50k minutes, 5 TiB cache, SSO (SAML/OIDC)\n> *Enterprise* — talk to us: "
    "on-prem cache, remote exec, 99.95% SLA\n\nQuestion: do we say \"GiB\" or \"GB\"? Our invoices say GB "
    "(10^9), the CLI says GiB (2^30) 🙃",
]

BOT_COMMANDS = [
    "help", "weather", "weather %P%", "weather in %P%", "weather %P% tomorrow", "wether %P%", "Weather %P%",
    "weather %P% pls 🙏", "weather for the datacenter in %P% lol", "remember location %P%",
    "remember location %P%", "remember location %P% (home office)", "my location", "forget location", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %T%", "config alert_time 7:30am", "config time %T%",
    "config units metric", "config units imperial", "Config Units Metric", "alerts on", "alerts off",
    "alerts on please", "login", "forget me", "hi", "hello 👋", "what can you do?", "thanks!", "danke",
    "is it gonna rain in %P% during the offsite?", "weather %P% ☔", "help config", "remember location",
    "deploy tessd v%V% to staging", "status of build 88123?", "weather $HOME", "config timezone UTC+2",
]

FORM = "application/x-www-form-urlencoded"
BROWSERS = [
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
     "Safari/537.36", "chrome", '"macOS"', "?0"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
     "Safari/537.36", "chrome", '"Windows"', "?0"),
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
     "chrome", '"Linux"', "?0"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
     "Safari/537.36 Edg/125.0.2535.67", "edge", '"Windows"', "?0"),
    ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0", "firefox", "", ""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:126.0) Gecko/20100101 Firefox/126.0", "firefox", "", ""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "safari", "", ""),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1", "safari", "", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 "
     "Mobile Safari/537.36", "chrome", '"Android"', "?1"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
     "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125", "slack", '"macOS"', "?0"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
     "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125", "slack", '"Windows"', "?0"),
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9,en-US;q=0.8", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8",
         "ko-KR,ko;q=0.9,en-US;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pl,en-US;q=0.9,en;q=0.8",
         "nl-NL,nl;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7",
         "he-IL,he;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en-US;q=0.8", "en"]

# SDKs and CLIs in five languages, CI systems, dashboards and cron scripts.
API_CLIENTS = [
    "tessellate-sdk-python/2.3.0 python-httpx/0.27.0 (CPython 3.12.3; Linux x86_64)",
    "tessellate-sdk-python/2.2.4 python-requests/2.32.3 (CPython 3.11.9; Darwin arm64)",
    "tess-sdk-go/0.19.1 (go1.22.4; linux/amd64)", "tess-sdk-go/0.18.0 (go1.21.11; darwin/arm64)",
    "@tessellate/sdk/3.1.0 node/20.14.0 (linux; x64)", "@tessellate/sdk/3.0.2 node/18.20.3 (darwin; arm64)",
    "tessellate-java/1.8.0 (Java 21.0.3; Linux amd64) okhttp/4.12.0",
    "tessellate-kotlin/1.8.0 (Android 14; SDK 34) okhttp/4.12.0", "tess-client-rs/0.7.2 reqwest/0.12.4 (rustc 1.78.0)",
    "tess/1.42.0 (darwin; arm64) go1.22.4", "tess/1.41.2 (linux; amd64) go1.22.3", "curl/8.7.1", "curl/7.81.0",
    "GitHub-Actions/tessellate-dev/setup-tess@v2 (runner 2.317.0)", "Buildkite-Agent/3.73.1 (linux; amd64)",
    "GitLab-Runner 17.0.1 (17-0-stable; go1.21.9; linux/amd64)", "CircleCI/2.0 tess-orb@1.4.0", "Jenkins/2.452.2",
    "Grafana/11.0.0", "Go-http-client/2.0", "python-requests/2.32.3", "node-fetch/3.3.2", "axios/1.7.2",
    "Terraform/1.8.5 terraform-provider-tessellate/0.9.0", "Retool/2.0",
]
CI_JOBS = ["build / test (ubuntu-22.04, 3.12)", "lint-and-typecheck", "release: publish (tag v1.42.0)",
           "nightly-usage-report", "e2e / shard 3 of 8", "sdk-contract-tests (node-20)", "deploy-staging",
           "cron: sync users from Okta", ":bar_chart: weekly stats", "build-and-push (linux/arm64)"]
CI_COMMANDS = ["make release VERSION=1.42.0", "tess test //... --remote-cache --jobs=16",
               "pnpm -r --filter '...[origin/main]' build", "go test ./... -race -count=1",
               "cargo test --workspace --all-features", "./gradlew :sdk:publish -Pversion=1.8.0",
               "python -m tess_sync --since 2024-06-01 --dry-run=false", "npx vitest run --shard=3/8",
               "bash scripts/usage_report.sh > out/report.csv", "docker buildx bake --push tessd"]
GLOBS = ["src/**/*.ts", "packages/*/src/**", "!**/node_modules/**", "**/*_test.go", "cmd/*/main.go", "*.{yml,yaml}",
         "docs/**/[!_]*.md", "crates/*/src/**/*.rs", "app/src/main/java/**/*.kt", "tests/**/test_*.py"]
ENV_NAMES = ["TESS_TOKEN", "TESS_CACHE_DIR", "TESS_REMOTE_URL", "GITHUB_SHA", "CI_COMMIT_REF_NAME",
             "BUILDKITE_BRANCH", "NODE_OPTIONS", "GOFLAGS", "RUSTFLAGS", "JAVA_TOOL_OPTIONS", "HOME", "PATH"]
FLAG_EXPRS = ["org.plan == \"enterprise\" || org.id in [42, 1337]", "user.email.endsWith(\"@tessellate.dev\")",
              "env != \"prod\" && pct(org.id, 25)", "region in (\"eu-west-1\", \"eu-central-1\")",
              "sdk.version >= \"3.1.0\" && !org.flags.legacy_api", "true", "false",
              "hash(org.id) % 100 < 10", "client.lang == 'python' and client.version < '2.3.0'"]
ACTIONS = ["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"]


class Week(WebApp):
    prefix = f"{NAME}-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 5 * 86400)
    context_bytes = 40
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(160):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain = re.sub(r"[^a-z]", "", first.lower().encode("ascii", "ignore").decode()) or "dev"
            surname = re.sub(r"[^a-z]", "", last.lower().encode("ascii", "ignore").decode()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain}.{surname}" + (str(i) if i % 9 == 0 else ""),
                                "email": f"{plain}.{surname}@tessellate.dev", "tz": self.pick(TIMEZONES)})

    # ---- records -----------------------------------------------------------------------------------------
    def emit(self, kind: str, sub: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": sub}

    # ---- small pieces ------------------------------------------------------------------------------------
    def version(self) -> str:
        return f"1.{self.rng.randint(38, 42)}.{self.rng.randint(0, 4)}"

    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 9, 10, 13, 17, 18]):02d}:{self.pick(['00', '15', '30', '45', '10'])}"

    def phone(self) -> str:
        return self.pick(["+1 (415) 555-0134", "+1-206-555-0187", "+44 20 7946 0958", "+49 30 901820-44",
                          "+33 1 70 36 39 50", "+91 80 4718 2200", "+81 3-5555-0123", "+55 11 95555-0142",
                          "+353 1 555 0199", "+234 803 555 0100", "(512) 555-0161", "030 / 555 21 34"])

    def date(self) -> str:
        return self.pick(["2024-06-07", "June 7th", "7 June", "06/07/2024", "7.6.2024", "07/06/24", "Fri 7 Jun",
                          "2024年6月7日", "7 juin", "Jun 14", "EOD Friday", "2024-06-14T17:00:00+02:00"])

    def fill(self, text: str, slack: bool = True) -> str:
        out = slack_escape(text) if slack else text

        def mention(_: re.Match[str]) -> str:
            p = self.pick(self.people)
            return f"<@{p['id']}>" if slack else "@" + p["handle"]

        def link(_: re.Match[str]) -> str:
            url = self.pick(LINKS).replace("%PR%", str(self.rng.randint(1200, 9800)))
            if not slack:
                return url
            label = self.pick(["", "", "", "|PR", "|this", "|the doc", "|dashboard", "|ticket", "|link"])
            return f"<{slack_escape(url)}{label}>"

        def channel(_: re.Match[str]) -> str:
            cid, cname = self.pick(CHANNELS)
            return f"<#{cid}|{cname}>" if slack else "#" + cname

        def group(_: re.Match[str]) -> str:
            sid, sname = self.pick(SUBTEAMS)
            return f"<!subteam^{sid}|@{sname}>" if slack else "@" + sname

        def place(_: re.Match[str]) -> str:
            p = self.pick(PLACES)
            return slack_escape(p) if slack else p

        subs: dict[str, Any] = {
            "M": mention, "L": link, "C": channel, "G": group, "P": place,
            "N": lambda _: str(self.rng.randint(2, 240)), "V": lambda _: self.version(),
            "SHA": lambda _: self.hexs(7), "PR": lambda _: str(self.rng.randint(1200, 9800)),
            "E": lambda _: self.pick(EMOJI), "PH": lambda _: self.phone(), "D": lambda _: self.date(),
            "TZ": lambda _: self.pick(TIMEZONES), "T": lambda _: self.alert_time(),
        }
        return re.sub(r"%(M|L|C|G|P|N|V|SHA|PR|E|PH|D|TZ|T)%", lambda m: str(subs[m.group(1)](m)), out)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.52:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["%M% ", "hey %M% ", "%G% ", "<!here> ", "cc %M%: "]) + text
        elif roll < 0.88:
            text = self.pick(["", "", "", "hmm ", "fyi ", "seeing this on prod:\n", "any idea why? ", "%M% ",
                              "from the acme runner:\n", "this fixed it for me:\n"]) + self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "ideas welcome", "cc %M%", "(staging, not prod)",
                                          "fixed by bumping the timeout to 60s", "ok nvm, it was DNS. it's always DNS"])
        else:
            text = self.pick(LONG)
        out = self.fill(text.replace("<!here>", "\x01"))
        return out.replace("\x01", "<!here>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack Events API --------------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block for a message text (code fences as preformatted, markup as elements)."""
        elements: list[dict[str, Any]] = []
        for i, chunk in enumerate(text.split("```")):
            if not chunk:
                continue
            if i % 2 == 1:
                raw = chunk.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": raw}]})
                continue
            parts: list[dict[str, Any]] = []
            for piece in re.split(r"(<[^<>]+>)", chunk):
                if not piece:
                    continue
                if piece.startswith("<@"):
                    parts.append({"type": "user", "user_id": piece[2:-1]})
                elif piece.startswith("<#"):
                    parts.append({"type": "channel", "channel_id": piece[2:-1].split("|")[0]})
                elif piece.startswith("<!subteam^"):
                    parts.append({"type": "usergroup", "usergroup_id": piece[10:-1].split("|")[0]})
                elif piece == "<!here>":
                    parts.append({"type": "broadcast", "range": "here"})
                elif piece.startswith("<http"):
                    url, _, label = piece[1:-1].partition("|")
                    url = url.replace("&amp;", "&")
                    parts.append({"type": "link", "url": url, **({"text": label} if label else {})})
                else:
                    raw = piece.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    parts.append({"type": "text", "text": raw})
            elements.append({"type": "rich_text_section", "elements": parts})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def event(self, sub: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.2), separators=(",", ":"))
        return self.emit("slack", sub, "json", self.slack_request("/slack/events", body))

    def message(self, text: str, channel: str, channel_type: str, kind: str = "message") -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        ev: dict[str, Any] = {"type": kind, "user": user["id"], "client_msg_id": self.uuid(), "text": text,
                              "team": TEAM, "ts": ts, "channel": channel, "event_ts": ts}
        if kind == "message":
            ev["channel_type"] = channel_type
        if self.chance(0.8):
            ev["blocks"] = self.rich_text(text)
        return ev

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"})
        return self.emit("slack", "url-verification", "json", self.slack_request("/slack/events", body))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        ev = self.message(self.chat_text(), cid, "channel")
        sub = "chat"
        if self.chance(0.3):
            ev["thread_ts"] = self.ts()
            ev["parent_user_id"] = self.pick(self.people)["id"]
            sub = "thread-reply"
            if self.chance(0.1):
                ev["subtype"] = "thread_broadcast"
        return self.event(sub, ev)

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.6):
            text = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "])
            text += self.command_text()
        else:
            text = f"<@{BOT_USER}> " + self.chat_text() if self.chance(0.5) else self.chat_text() + f" <@{BOT_USER}>"
        ev = self.message(text, cid, "channel", "app_mention")
        if self.chance(0.25):
            ev["thread_ts"] = self.ts()
        return self.event("mention", ev)

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.72) else self.chat_text()
        return self.event("dm", self.message(text, self.sid("D0", 9), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited)", " — fixed the link", "\n\nEDIT: it was the proxy 🙃",
                                               " *", " s/staging/prod/"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        if "blocks" in old:
            new["blocks"] = self.rich_text(new["text"])
        prev = self.inner(old)
        ev = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": prev,
              "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event("edit", ev)

    def unfurl_attachment(self) -> dict[str, Any]:
        n = self.rng.randint(1200, 9800)
        return self.pick([
            {"from_url": f"https://github.com/tessellate-dev/tess/pull/{n}", "service_name": "GitHub",
             "title": f"#{n} fix(cache): walk the shard index in batches of 10k", "title_link":
             f"https://github.com/tessellate-dev/tess/pull/{n}", "text": "Holding the index lock for the whole walk "
             "blocked `PutBlob` for up to 30s on big shards. This walks in batches and releases the lock between "
             "them.\n\n- [x] tests\n- [x] bench: `BenchmarkGC/2M-8  3  412ms/op`", "color": "36a64f",
             "footer": "tessellate-dev/tess", "fallback": f"[tessellate-dev/tess] #{n} fix(cache)"},
            {"from_url": f"https://linear.app/tessellate/issue/CACHE-{n}", "service_name": "Linear",
             "title": f"CACHE-{n} Evictions spike after gc change", "text": "Priority: Urgent · Status: In Progress · "
             "Assignee: on-call", "fallback": f"CACHE-{n}"},
            {"from_url": "https://docs.tessellate.dev/cli/cache#tess-cache-gc", "service_name": "Tessellate Docs",
             "title": "tess cache gc | Tessellate", "text": "Delete blobs older than a given age. "
             "`tess cache gc --older-than 14d [--keep-tagged] [--dry-run]`", "image_url":
             "https://docs.tessellate.dev/og/cli-cache.png", "fallback": "tess cache gc | Tessellate"},
            {"from_url": "https://stackoverflow.com/questions/11227809", "service_name": "Stack Overflow",
             "title": "Why is processing a sorted array faster than processing an unsorted array?",
             "text": "Here is a piece of C++ code that shows some very peculiar behavior...",
             "fallback": "Stack Overflow question"},
            {"from_url": f"https://tessellate.sentry.io/issues/{n}0231/", "service_name": "Sentry",
             "title": "RateLimitError: 429 Too Many Requests (retry after 12s)", "text": "tess_sync/worker.py in run"
             "\nevents: 1,204 · users: 3 · first seen 2h ago", "color": "d50200", "fallback": "Sentry issue"},
        ])

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.45):
            att = self.unfurl_attachment()
            ev = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                  "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.token(30),
                  "source": self.pick(["conversations_history", "composer"]), "event_ts": self.ts(),
                  "links": [{"domain": urllib.parse.urlsplit(att["from_url"]).hostname, "url": att["from_url"]}]}
            return self.event("link-shared", ev)
        old = self.message(self.fill("%L%"), cid, "channel")
        new = self.inner(old)
        url = old["text"][1:-1].split("|")[0].replace("&amp;", "&")
        new["attachments"] = [dict(self.unfurl_attachment(), id=1, original_url=url)]
        ev = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
              "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel",
              "previous_message": self.inner(old)}
        return self.event("unfurl", ev)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        ev = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
              "user": self.pick(self.people)["id"], "reaction": self.pick(REACTIONS),
              "item_user": self.pick(self.people + [{"id": BOT_USER}])["id"],
              "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.event("reaction", ev)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name, mime, preview = self.pick([
            ("Screenshot 2024-06-03 at 14.22.05.png", "image/png", None),
            ("heap-profile-2024-06-03.pb.gz", "application/gzip", None),
            ("flamegraph (tessd, 30s).svg", "image/svg+xml", None),
            ("tessd-crash.log", "text/plain", "2024-06-03T08:12:44Z ERROR tessd::gc lock wait exceeded 5s shard=17\n"
             "2024-06-03T08:12:44Z ERROR tessd::grpc PutBlob code=DeadlineExceeded"),
            ("values.prod.yaml", "text/plain", "tessd:\n  replicas: 6\n  env:\n    - name: TESS_GC_MAX_AGE\n"
             "      value: \"336h\""),
            ("0142_add_cache_key.sql", "text/plain", "ALTER TABLE builds ADD COLUMN cache_key text;\n"
             "CREATE INDEX CONCURRENTLY builds_cache_key_idx ON builds (cache_key);"),
            ("Dockerfile", "text/plain", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -e ."),
            ("Runbook – cache failover (v3).pdf", "application/pdf", None),
            ("Q2 usage by org.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", None),
            ("IMG_20240603_181502.jpg", "image/jpeg", None),
            ("diff.patch", "text/x-diff", "--- a/pkg/cas/store.go\n+++ b/pkg/cas/store.go\n@@ -211,6 +211,9 @@\n"
             "+\tif s == nil {\n+\t\treturn ErrClosed\n+\t}"),
            ("ワークショップ資料.pdf", "application/pdf", None),
        ])
        fid = self.sid("F0", 9)
        ev = self.message(self.fill(self.pick(["", "", "see attached", "the crash log from this morning",
                                               "here's the config, %M% can you eyeball the env section?",
                                               "screenshot 👆", "final_v3_REAL.pdf 😅"])), cid, "channel")
        ev["subtype"] = "file_share"
        ev["upload"] = False
        quoted = urllib.parse.quote(name)
        f: dict[str, Any] = {"id": fid, "created": EPOCH + self.rng.randint(0, 400000), "name": name, "title": name,
                             "mimetype": mime, "filetype": name.rsplit(".", 1)[-1].lower() if "." in name else "text",
                             "pretty_type": mime.split("/")[-1].upper()[:12], "user": ev["user"], "size":
                             self.rng.randint(400, 9_000_000), "mode": "hosted", "is_external": False,
                             "is_public": True, "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                             "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                     f"{quoted}",
                             "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{ev['user']}/{fid}/{quoted.lower()}"}
        if preview:
            f.update(preview=preview, preview_highlight=preview, lines=preview.count("\n") + 1, lines_more=0,
                     preview_is_truncated=False, edit_link=f"https://{TEAM_DOMAIN}.slack.com/files/{ev['user']}/"
                                                             f"{fid}/{quoted.lower()}/edit")
        ev["files"] = [f]
        return self.event("file-share", ev)

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(1200, 98000)
        v = self.version()
        source, text = self.pick([
            ("github", f"*[tessellate-dev/tess]* Pull request opened by {self.pick(self.people)['handle']}: "
                       f"<https://github.com/tessellate-dev/tess/pull/{n}|#{n} feat(cli): `tess why &lt;target&gt;`>"),
            ("buildkite", f":red_circle: <https://buildkite.com/tessellate/tess-mono/builds/{n}|tess-mono #{n}> "
                          f"failed on `main` ({self.hexs(7)}) — step `:go: test //pkg/...` exited 1"),
            ("buildkite", f":large_green_circle: <https://buildkite.com/tessellate/tess-mono/builds/{n}|tess-mono "
                          f"#{n}> passed in 4m12s (cache hit 93.1%)"),
            ("pagerduty", f"*Triggered* #{n}: [FIRING:1] CachePutLatencyHigh tessd-eu-2 (p99 &gt; 1s for 10m) "
                          f"<https://tessellate.pagerduty.com/incidents/Q{n}|View>"),
            ("pagerduty", f"*Resolved* #{n}: CacheNodeDiskWarn cache-eu-3 (/var/lib/tessd at 91%)"),
            ("sentry", f"*RateLimitError*: 429 Too Many Requests (retry after 12s) in `tess_sync.worker.run` — "
                       f"release `tess-sync@{v}` · <https://tessellate.sentry.io/issues/{n}/|View in Sentry>"),
            ("dependabot", f"Bump `golang.org/x/net` from 0.25.0 to 0.26.0 in /cmd/tessd "
                           f"(<https://github.com/tessellate-dev/tess/pull/{n}|#{n}>)"),
            ("renovate", f"chore(deps): update dependency vitest to v1.6.0 · `pnpm-lock.yaml` · automerge: "
                         f"off (<https://github.com/tessellate-dev/tess-js/pull/{n}|#{n}>)"),
            ("deploybot", f":rocket: `tessd@{v}` deployed to *prod-eu* by <@{self.pick(self.people)['id']}> "
                          f"(<https://github.com/tessellate-dev/tess/compare/v1.41.2...v{v}|diff>) — "
                          "canary ring 0 → 1"),
            ("datadog", f"[Warn] `avg(last_5m):avg:tessd.gc.lock_wait{{env:prod}} by {{shard}} &gt; 5` on "
                        f"shard:{n % 64}"),
        ])
        ts = self.ts()
        ev: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                              "username": source, "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts,
                              "channel_type": "channel"}
        if self.chance(0.6):
            ev["attachments"] = [{"id": 1, "fallback": text[:90], "color": self.pick(["36a64f", "d50200", "439FE0"]),
                                  "footer": source, "ts": EPOCH + n, "mrkdwn_in": ["text"]}]
        return self.event("bot-post", ev)

    def slack_home(self) -> dict[str, Any]:
        ev = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if ev["tab"] == "home" and self.chance(0.6):
            ev["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                          "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                          "state": {"values": {}}, "clear_on_close": False, "notify_on_close": False,
                          "root_view_id": None, "app_id": APP_ID, "external_id": "", "bot_id": BOT_ID}
        return self.event("app-home", ev)

    # ---- slash commands and interactions -----------------------------------------------------------------
    def command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.emit("command", "slash", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_payload(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction(self, sub: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.3),
                                                              separators=(",", ":")))])
        return self.emit("interaction", sub, "form", self.slack_request("/slack/interactions", body, form=True))

    def button(self) -> dict[str, Any]:
        payload = self.interaction_payload("block_actions")
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        roll = self.rng.random()
        if roll < 0.68:
            action = {"action_id": "set_location", "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}}
        else:
            action = {"action_id": "forget_me_cancel", "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}
        action.update(block_id=self.token(4)[:5], type="button", action_ts=self.ts())
        msg_ts = self.ts()
        payload.update(
            container={"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": self.chance(0.7)},
            channel={"id": cid, "name": cname}, state={"values": {}}, response_url=self.hook("actions"),
            actions=[action])
        if not payload["container"]["is_ephemeral"]:
            payload["message"] = {"type": "message", "user": BOT_USER, "ts": msg_ts, "bot_id": BOT_ID,
                                  "text": "Weather for your place: 18°C, light rain, wind 14 km/h NW",
                                  "blocks": [{"type": "section", "block_id": self.token(4)[:5],
                                              "text": {"type": "mrkdwn", "text": "*18°C* light rain · 14 km/h NW"}}]}
        return self.interaction("button", payload)

    def modal(self) -> dict[str, Any]:
        """A modal submitted from a shortcut: a bug report or a feedback form, free text from engineers."""
        payload = self.interaction_payload("view_submission")
        summary = self.pick(["weather for Koramangala shows Bangalore airport", "alert came at 07:30 UTC not local",
                             "`remember location` drops the apostrophe in Coeur d'Alene",
                             "feature request: `weather` for our runner regions", "bot replied twice to /jeeves help",
                             "units imperial still shows km/h for wind", "sign-in link expired after 2 min?"])
        details = self.fill(self.pick(CODE + CHAT[:40] + ["Steps:\n1. `/jeeves config timezone Asia/Kolkata`\n"
                                                          "2. `/jeeves config alert_time 07:30`\n3. wait for the "
                                                          "alert → arrives at 13:00 IST\nExpected: 07:30 IST"]),
                            slack=False)
        values = {
            "summary_block": {"summary": {"type": "plain_text_input", "value": summary}},
            "details_block": {"details": {"type": "plain_text_input", "value": details}},
            "severity_block": {"severity": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": "Annoying", "emoji": True}, "value": "sev3"}}},
            "tz_block": {"tz": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": self.pick(TIMEZONES)}, "value": self.pick(TIMEZONES)}}},
        }
        payload["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id":
                           self.pick(["jeeves_feedback", "jeeves_report_bug"]), "private_metadata":
                           json.dumps({"channel": self.pick(CHANNELS)[0], "thread_ts": self.ts()}),
                           "title": {"type": "plain_text", "text": "Report a problem"},
                           "submit": {"type": "plain_text", "text": "Send"}, "blocks": [],
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}", "app_id": APP_ID,
                           "bot_id": BOT_ID, "root_view_id": None, "previous_view_id": None}
        payload["response_urls"] = []
        return self.interaction("modal", payload)

    # ---- the data API ------------------------------------------------------------------------------------
    def api_headers(self) -> dict[str, str]:
        ua = self.pick(API_CLIENTS)
        client = self.pick(["gha-release", "buildkite-stats", "sdk-contract-tests", "grafana-tess", "okta-sync",
                            "nightly-report", "retool-support"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                     "application/json; charset=utf-8"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if self.chance(0.35):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,tess=p:{self.hexs(16)}"
        if self.chance(0.15):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=ci,sentry-release=tess-sync%40{self.version()},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"bk:{self.uuid()}", f"cron.{self.hexs(12)}"])
        if any(word in ua for word in ("python", "sdk", "tess-", "java", "kotlin")) and self.chance(0.5):
            h["X-Tess-SDK"] = ua.split(" ")[0]
            h["X-Tess-Retry-Attempt"] = self.pick(["0", "0", "0", "1", "2"])
            h["Idempotency-Key"] = self.uuid()
        if self.chance(0.25):
            h["X-CI-Job"] = self.pick(CI_JOBS)
            h["X-CI-Run-URL"] = self.pick([
                f"https://github.com/tessellate-dev/tess/actions/runs/{self.rng.randint(10**9, 10**10)}",
                f"https://buildkite.com/tessellate/tess-mono/builds/{self.rng.randint(1000, 99000)}",
                f"https://gitlab.com/acme/web/-/jobs/{self.rng.randint(10**9, 10**10)}"])
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.30:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T09GLOBEX1", "T07ACMEINC"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            if self.chance(0.25):  # what SDKs and dashboards add; the API ignores what it does not know
                params.append(self.pick([("fields", "id,email,name,settings.timezone"), ("sort", "-updated_at"),
                                         ("include", "settings"), ("q", self.pick(self.people)["name"]),
                                         ("q", self.pick(["o'connell", "d'souza", "@tessellate.dev", "mensah-bonsu",
                                                          "zhou", "Ó Dónaill"])),
                                         ("filter[email]", "*@tessellate.dev"), ("page[size]", "50"),
                                         ("format", "json"), ("_", str(EPOCH * 1000 + self.rng.randint(0, 9999)))]))
            return self.emit("api", "users-list", "query", {"method": "GET", "uri": "/api/users?"
                                                            + urllib.parse.urlencode(params), "body": "",
                                                            "headers": h})
        if roll < 0.48:
            uri = f"/api/users/{self.rng.randint(1, 900)}"
            return self.emit("api", "user-get", "path", self.get_request(uri, h))
        if roll < 0.66:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.65:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.75:
                doc = {"is_active": self.chance(0.3)}
            elif choice < 0.83:
                doc = {"name": self.pick(["ci-bot (github actions)", "release-bot [prod]", "okta-sync — do not edit",
                                          "Build Cop 🚨", "svc_nightly-report"]),
                       "email": self.pick(["ci-bot+gha@tessellate.dev", "release-bot+prod@tessellate.dev",
                                           "svc.okta-sync@tessellate.dev", "build-cop@tessellate.dev"])}
            else:  # an older SDK sending its client metadata along (the API answers 400 invalid_field)
                doc = {"name": person["name"], "metadata": {
                    "source": self.pick(["scripts/sync_users.py", "tools/okta-sync/main.go", "src/sync.ts"]),
                    "command": self.pick(CI_COMMANDS), "glob": self.pick(GLOBS), "env": self.pick(ENV_NAMES),
                    "path": self.pick(["/home/runner/work/tess/tess/.tess/users.yaml", "C:\\actions-runner\\_work"
                                       "\\tess\\users.yaml", "~/.config/tess/sync.toml", "./teams/*.yaml"])}}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.emit("api", "user-patch", "json", {"method": "PATCH", "uri": f"/api/users/"
                                                           f"{self.rng.randint(1, 900)}", "headers": h,
                                                           "body": json.dumps(doc, ensure_ascii=self.chance(0.4))})
        if roll < 0.80:
            day = self.rng.randint(1, 7)
            since = self.pick([f"2024-06-0{day}T00:00:00Z", f"2024-06-0{day}T00:00:00.000Z",
                               f"2024-06-0{day}T09:00:00+02:00", f"2024-06-0{day}",
                               f"2024-05-{20 + day}T00:00:00-07:00",
                               f"2024-06-0{day} 08:30:00", f"2024-06-0{day}T00:00:00+05:30"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-08T00:00:00Z", "2024-06-07T23:59:59.999Z",
                                                   "2024-06-08"])))
            if self.chance(0.15):
                params.append(self.pick([("group_by", "action"), ("tz", "Europe/Berlin"), ("interval", "1h")]))
            return self.emit("api", "usage-stats", "query", {"method": "GET", "uri": "/api/usage/stats?"
                                                             + urllib.parse.urlencode(params), "body": "",
                                                             "headers": h})
        if roll < 0.88:
            return self.emit("api", "switches", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            body: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                body["team_id"] = self.pick([TEAM, "*", "T09GLOBEX1"])
            if self.chance(0.5):  # the release pipeline writes down why (the API reads only the two fields)
                body["reason"] = self.pick([f"rollout: {self.pick(FLAG_EXPRS)}", "kill switch during INC-231",
                                            "re-enable after v1.42.1 hotfix", "Friday freeze 🧊"])
                body["changed_by"] = self.pick(["ci/gha release.yml", "buildkite:tess-mono#88123", "terraform",
                                                self.pick(self.people)["email"]])
                if self.chance(0.5):
                    body["ci"] = {"workflow": ".github/workflows/release.yml", "ref": "refs/heads/main",
                                  "sha": self.hexs(40), "command": self.pick(CI_COMMANDS),
                                  "paths": [self.pick(GLOBS), self.pick(GLOBS)]}
            h["Content-Type"] = "application/json"
            return self.emit("api", "switch-put", "json", {"method": "PUT", "uri": f"/api/switches/"
                                                           f"{self.pick(ACTIONS)}", "headers": h,
                                                           "body": json.dumps(body)})
        h.pop("Authorization")
        h["User-Agent"] = self.pick(["openapi-generator/7.6.0", "Swagger-Codegen/3.0.54/java", "Postman/11.1.0",
                                     "Stoplight/Prism 5.8", "oasdiff/1.10.11", "Insomnia/2023.5.8"])
        return self.emit("api", "openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack -------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, site: str | None = None) -> dict[str, str]:
        ua, family, platform, mobile = self.pick(BROWSERS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8" if family in ("chrome", "edge", "slack") else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS),
             "Accept-Encoding": "gzip, deflate, br, zstd" if family != "safari" else "gzip, deflate, br",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": site or ("same-origin" if referer else "none"), "Sec-Fetch-User": "?1"}
        if family in ("chrome", "edge", "slack"):
            brand = {"chrome": '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"',
                     "edge": '"Microsoft Edge";v="125", "Chromium";v="125", "Not.A/Brand";v="24"',
                     "slack": '"Chromium";v="124", "Not-A.Brand";v="99"'}[family]
            h.update({"sec-ch-ua": brand, "sec-ch-ua-mobile": mobile, "sec-ch-ua-platform": platform})
        if family == "firefox" and self.chance(0.5):
            h["DNT"] = "1"
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.1):
            h["Priority"] = "u=0, i"
        return h

    def cookie(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.2):
            extra.append(("_ga_T3SS9L4TE", f"GS1.1.{EPOCH}.{self.rng.randint(1, 40)}.1.{EPOCH + 120}.0.0.0"))
        if self.chance(0.2):
            extra.append(("ajs_anonymous_id", urllib.parse.quote(f'"{self.uuid()}"')))
        if self.chance(0.15):
            extra.append(("theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.1):
            extra.append(("intercom-device-id-t3ss", self.uuid()))
        if self.chance(0.1):
            extra.append(("_hjSessionUser_3741022", b64url(json.dumps(
                {"id": self.uuid(), "created": EPOCH * 1000, "existing": True}, separators=(",", ":")).encode())))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]], empty_file: bool = False) -> tuple[str, str]:
        if self.chance(0.6):
            boundary = "----WebKitFormBoundary" + "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv"
                                                                    "wxyz0123456789") for _ in range(16))
        else:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        if empty_file:
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"\"\r\n"
                         "Content-Type: application/octet-stream\r\n\r\n\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.26:
            q = self.pick(["", "o'connell", "O'Connell", "d'souza", "mensah-bonsu", "lambert-kähler", "Ó Dónaill",
                           "van dijk", "st. clair", "@tessellate.dev", "+contractor", "ci-bot", "release-bot",
                           "svc_", "U0", "T04TSLLATE", "T09GLOBEX1", self.pick(self.people)["email"],
                           self.pick(self.people)["name"], self.pick(self.people)["id"], "高橋", "Петрович",
                           "al-masri", "nakamura yuki", "100%", "build_cop", "dana (sales)"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.25) else [])
            h = self.browser(self.pick(["/admin/users", "/admin/", "/admin/users?q=&page=2"]))
            h["Cookie"] = self.cookie(session)
            return self.emit("admin", "user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                               "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.40:
            q = self.pick(["", "o'connell", "@tessellate.dev", "ci-bot", "zhou", "100%"])
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                      ("page", str(self.rng.randint(1, 4)))]
            h = self.browser("/admin/users?" + urllib.parse.urlencode([("q", q)]), True)
            h["Cookie"] = self.cookie(session)
            uri = f"/admin/users/{self.rng.randint(1, 900)}/{self.pick(['active', 'active', 'admin'])}"
            return self.emit("admin", "user-edit", "form", self.form_request(uri, h, fields))
        if roll < 0.50:
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"])),
                      ("team_id", self.pick(["", "", TEAM, "t09globex1", "T07ACMEINC"]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookie(session)
            return self.emit("admin", "switch", "form", self.form_request(uri, h, fields))
        if roll < 0.60:
            client = self.pick(["gha-release", "buildkite-stats", "sdk-contract-tests", "grafana-tess", "okta-sync",
                                "nightly-report", "retool-support", "terraform-provider", "acme.onprem-cache"])
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookie(session)
            if self.chance(0.6):
                desc = self.pick([
                    "GitHub Actions: .github/workflows/release.yml → publishes usage to #releases",
                    "Buildkite pipeline tess-mono, step \":bar_chart: weekly stats\" (owner: @platform)",
                    "Grafana JSON datasource (read-only) — dashboards/cache-overview.json",
                    "Okta → Jeeves user sync, cron `0 6 * * 1-5` Europe/Berlin", "SDK contract tests (py, go, ts, "
                    "java, rust); runs on every PR touching sdk/**",
                    "Retool support console — read only, no PII export",
                    "terraform-provider-tessellate acceptance tests (TF_ACC=1)", "",
                    "nightly report: `bash scripts/usage_report.sh > out/report.csv` then upload to S3"])
                fields = [("csrf_token", csrf), ("client_id", client), ("description", desc), ("scopes", "read")]
                if self.chance(0.35):
                    fields.append(("scopes", "write"))
                body = urllib.parse.urlencode(fields)
                return self.emit("admin", "client-create", "form", {"method": "POST", "uri": "/admin/clients",
                                                                    "headers": h, "body": body})
            uri = f"/admin/clients/{client}/{self.pick(['rotate', 'disable', 'enable'])}"
            return self.emit("admin", "client-state", "form", self.csrf_post(uri, h, csrf))
        if roll < 0.68:
            q = self.pick(["user.active", "client.rotate", "feature.set", "login", "user.forget_me", "okta-sync",
                           "2024-06-03", "denied", "admin.map_slack", "client.create gha-release"])
            h = self.browser("/admin/audit")
            h["Cookie"] = self.cookie(session)
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.3) else [])
            return self.emit("admin", "audit", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.82:
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=o%27connell&page=1",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/account?done=totp_enabled", "/admin/static/admin.css?v=1.42.0"])
            h = self.browser(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookie(session)
            if page.startswith("/admin/static/"):
                h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
                h.pop("Sec-Fetch-User", None)
                h.pop("Upgrade-Insecure-Requests", None)
            return self.emit("admin", "page", "cookie", self.get_request(page, h))
        if roll < 0.89:
            h = self.browser("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~|<>"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(18, 32)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "ops", "dana.k", "breakglass"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.emit("admin", "login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.95:
            h = self.browser("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookie(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "ops", "dana.k"])), ("team_id", TEAM),
                      ("user_id", self.pick(self.people)["id"])]
            uri = "/admin/slack-sign-in" if self.chance(0.8) else "/admin/slack-sign-in/remove"
            return self.emit("admin", "slack-map", "form", self.form_request(uri, h, fields))
        h = self.browser("/admin/account", True)
        h["Cookie"] = self.cookie(session)
        uri, fields = self.pick([
            ("/admin/account/totp/start", [("csrf_token", csrf)]),
            ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", self.token(20)),
                                             ("totp", f"{self.rng.randint(0, 999999):06d}")]),
            ("/admin/logout", [("csrf_token", csrf)])])
        return self.emit("admin", "account", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.32:
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            h = self.browser(self.pick([None, "/me/", f"/auth/slack/link/{self.token()}",
                                        f"https://{TEAM_DOMAIN}.slack.com/"]),
                             site=self.pick([None, None, "cross-site"]))
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/plain,*/*"
            h["Cookie"] = self.cookie(session)
            return self.emit("me", "page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]) if
                                                      uri == "/me/" else "GET", "uri": uri, "body": "", "headers": h})
        h = self.browser("/me/", True)
        h["Cookie"] = self.cookie(session)
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri, sub = "/me/location", "location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            uri, sub = "/me/settings", "settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            sub = "action"
        if self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields, empty_file=self.chance(0.3))
            return self.emit("me", sub, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.emit("me", sub, "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                             "headers": h})

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.emit("auth", "page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.emit("auth", "login", "query", self.get_request(uri, h))
        if roll < 0.58:
            state = self.token()
            h = self.browser("https://slack.com/", site="cross-site")
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.emit("auth", "callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.7:
            return self.emit("auth", "link-preview", "path", self.link_preview(link))
        if roll < 0.86:
            h = self.browser(f"https://{TEAM_DOMAIN}.slack.com/", site="cross-site")
            return self.emit("auth", "link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.emit("auth", "link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                       "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                     csrf)])})

    # ---- TokenDealer, health, metadata -------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["gha-release", "buildkite-stats", "sdk-contract-tests", "grafana-tess", "okta-sync",
                            "nightly-report", "jeeves-worker", "terraform-provider"])
        secret = self.token()
        h = {"User-Agent": self.pick(API_CLIENTS[:13] + ["python-requests/2.32.3", "curl/8.7.1", "Authlib/1.3.1",
                                                          "oauth2-client-go/0.21.0", "Go-http-client/2.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        if self.chance(0.2):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.emit("oauth", "token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.75:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.emit("oauth", "introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            return self.emit("oauth", "revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        h.pop("Authorization")
        return self.emit("verify", "verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Prometheus/2.52.0", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "GoogleHC/1.0", "Datadog Agent/7.54.0", "curl/8.7.1",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Better Stack Better Uptime Bot Mozilla/5.0"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/plain;version=0.0.4;q=0.9"])}
            if "Blackbox" in ua or "Prometheus" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "10"
            return self.emit("health", "probe", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                           "uri": self.pick(["/healthz", "/readyz", "/readyz"]),
                                                           "body": "", "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "PyJWT/2.8.0", "jose/5.4.0",
                                          "Go-http-client/2.0", "jwks-rsa/3.1.0", "nimbus-jose-jwt/9.40",
                                          "jsonwebtoken-rs/9.3.0"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.emit("metadata", "jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                            "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["Authlib/1.3.1", "python-requests/2.32.3", "oauth2-client-go/0.21.0",
                                      "spring-security-oauth2-client/6.3.0", "openid-client/5.6.5 (node)"]),
             "Accept": "application/json"}
        return self.emit("metadata", "oauth-server", "header", {"method": "GET", "body": "", "headers": h,
                                                                "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_mention", 125), ("slack_dm", 115), ("slack_edit", 25), ("slack_unfurl", 35),
    ("slack_reaction", 30), ("slack_file", 20), ("slack_bot", 30), ("slack_home", 28),
    ("command", 270), ("button", 118), ("modal", 25),
    ("api", 250), ("admin", 120), ("me", 80), ("auth", 45), ("oauth", 60), ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, in the order it happens (kinds interleaved)."""
    return planned(Week(), PLAN, first="slack_verification")
