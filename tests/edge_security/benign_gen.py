"""Our own benign traffic for the WAF false-positive figure (same record schema as the shared corpus).

Deterministic (seeded) mixes of real-looking Slack events, API calls and admin form posts: ordinary
text with quotes and apostrophes, code snippets people paste in chat, non-Latin scripts, URLs, prices.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Mobile Safari/537.36",
    "python-httpx/0.27.0", "Jeeves-CLI/1.4.2 (+https://example.com/jeeves)",
]

TEXTS = [
    "Can we move the stand-up to 10:30 tomorrow? I've got a dentist's appointment",
    "Don't forget: the Q3 report is due Friday — ping me if you're stuck",
    "Siobhán's laptop won't boot after the update; IT says it's the SSD",
    "L'équipe de Marseille arrive à 14h, on réserve la salle « Calanques » ?",
    "¿Alguien sabe dónde está el cargador USB-C de la sala 3?",
    "Die Präsentation für Müller & Söhne ist fertig, bitte kurz gegenlesen",
    "明天的会议改到下午三点，请大家准时参加",
    "今日のランチは駅前のラーメン屋さんに行きませんか？",
    "다음 주 월요일에 배포 일정 공유드릴게요",
    "Коллеги, сервер БД будет недоступен с 22:00 до 23:00 по Москве",
    "مرحبا بالجميع، الاجتماع سيكون غدا الساعة العاشرة",
    "שלום לכולם, הפגישה נדחתה למחר",
    "Καλημέρα! Το νέο build είναι έτοιμο για δοκιμές",
    "नमस्ते, क्या कोई मुझे वीपीएन की सेटिंग भेज सकता है?",
    "Dzień dobry, czy ktoś ma dostęp do konta AWS?",
    "Xin chào, mình cần quyền truy cập vào kho mã",
    "Merhaba, toplantı notlarını paylaşır mısınız?",
    "Hej! Kan någon granska min PR innan lunch?",
    "Moi, onko kellään avainta varastoon?",
    "Dia duit! An bhfuil aon duine ag dul go dtí an cruinniú?",
    "the \"quick fix\" from yesterday broke the invoice export, reverting",
    "O'Brien & Sons paid €1,299.00 — 23% more than last quarter",
    "Tickets for 'Rock & Roll Hall of Fame' trip: reply with :thumbsup:",
    "Who's on call this weekend? I'm off Saturday & Sunday",
    "Reminder: <!here> all-hands at 4pm in the big room",
    "<@U0123ABCD> can you review <https://github.com/acme/api/pull/42|PR #42>?",
    "check <#C0ABCDEF|ops> for the outage timeline",
    "The new pricing page says \"from $9/month\"; marketing wants \"$9 per month\"",
    "Select the rows you want and press Delete — it asks for confirmation first",
    "I'd drop the old table once the migration is verified, not before",
    "Order by date desc is the default in the admin list now",
    "Updated the wiki: Onboarding > Laptop setup > VPN (step 3 changed)",
    "we should alert the customer before the maintenance window",
    "please confirm you got the parcel from the post office",
    "Anyone up for 5-a-side football on Thursday? 6pm, usual place",
    "Coffee machine on floor 2 is fixed :tada:",
    "The build is green again after the flaky test fix (thanks Ana!)",
    "Grafana shows p99 at 420ms for /api/users since the deploy",
    "Weather in Dún Laoghaire tomorrow? Planning a sea swim",
    "What's the weather like in São Paulo this weekend?",
    "météo à Saint-Étienne demain ?",
    "Is it going to rain in Coeur d'Alene on Saturday?",
    "I <3 the new dark mode",
    "50% off the conference tickets until the 31st, code EARLY50",
    "Our SLA is 99.9% — that's ~43 min of downtime a month",
    "Bug: names like D'Arcy-Smith get cut at the apostrophe in PDFs",
    "A/B test results: variant B +4.2% sign-ups, p = 0.03",
    "Can someone explain why 0.1 + 0.2 != 0.3 in JS? asking for a friend",
    "Ticket #4521: user can't reset password if the email has a + sign",
    "Shipping address: 12 Rue de l'Église, 75004 Paris",
    "Name change: O'Neil -> O'Neill; ping me at 10:30 :)",
    "Done & dusted; sleep well everyone",
    "Tea & cat videos; type faster next time!",
    "R&D | echo chamber or real feedback? set up a call",
    "Fish & chips; start at noon & id cards at the door",
    "Quick Q&A: who runs the node & the dash board?",
    "The script is in C:\\Users\\me\\Documents\\report.docx",
    "Use {{ name }} in the template and ${HOME} in the shell",
    "rm -rf is dangerous, don't run it",
    "I'd like to order by price, not by name",
    "<b>bold</b> text looks nice",
    "1+1=2 and 2*3=6, select your favourite colour from the list",
]

CODE = [
    "run `npm ci && npm test` locally before pushing",
    "use `git rebase -i HEAD~3` to squash those commits",
    "`kubectl rollout status deploy/web -n prod` says it's done",
    "the orders query filters on `status` and sorts by `created_at`, can we index it?",
    "in Python: `names = [u['name'] for u in users if u.get('active')]`",
    "`docker logs -f api 2>&1 | grep -i error`",
    "try `pytest -k 'not slow' -x`",
    "the config key is `features.beta_dashboard`, set it to `true`",
    "`const user = await api.get(`/users/${id}`);` is missing error handling",
    "```\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n}\n```",
    "Jinja: `{{ user.first_name }}` works but `{{ user.full_name }}` is empty",
    "set `export NODE_ENV=production` in the Dockerfile",
    "`brew install jq` then `jq '.items | length' response.json`",
    "the cron is `0 3 * * *` — runs at 3am UTC",
    "`if err != nil { return err }` everywhere, classic Go",
    "the Makefile target is `make lint` (ruff + mypy)",
    "regex for ticket ids: `^[A-Z]{2,5}-\\d+$`",
    "```python\nwith open(path) as f:\n    data = json.load(f)\n```",
    "`git stash && git pull && git stash pop`",
    "the env var `${DATABASE_URL}` must include `?sslmode=require`",
]

NAMES = ["Seán O'Connor", "Zoë D'Souza", "Mary-Kate O'Neill", "Björn Ångström", "Chloé Lefèvre", "José Núñez",
         "李明", "山田太郎", "Олег Петров", "Nguyễn Văn An", "Ó Súilleabháin", "Jean-Luc d'Artagnan",
         "Anne-Marie L'Heureux", "Grzegorz Brzęczyszczykiewicz", "Aoife Ní Bhriain", "محمد علي"]

BIOS = ["Loves SQL, hates NULLs", "Backend dev; ex-AT&T", "Runner & reader", "Writes C/C++ and Rust",
        "\"Ship it\" is my motto", "Docs nerd <3", "Ask me about select queries and indexes",
        "Formerly at O'Reilly Media", "Likes drop-in replacements & small diffs", "Coffee > tea"]

SEARCHES = ["mary o'neil", "o’brien", "r&d team", "c++", "50%", "müller", "北京", "null", "union pacific",
            "select committee", "drop-off point", "order by name", "script writers", "alert settings",
            "john+smith", "a/b testing", "q3 (final)", "#general", "@here", "éire"]


def _slack(rng: random.Random, text: str) -> dict[str, Any]:
    ts = f"{1719000000 + rng.randint(0, 99999)}.{rng.randint(100000, 999999)}"
    event = {"type": rng.choice(["message", "app_mention"]), "user": f"U0{rng.randint(10**7, 10**8 - 1)}",
             "text": text, "ts": ts, "channel": f"C0{rng.randint(10**7, 10**8 - 1)}", "event_ts": ts}
    body = {"token": "verification-token", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2", "event": event,
            "type": "event_callback", "event_id": f"Ev{rng.randint(10**8, 10**9)}", "event_time": int(float(ts))}
    return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/json",
                        "X-Slack-Request-Timestamp": ts.split(".")[0], "X-Slack-Signature": "v0=" + "0" * 64}}


def _api_get(rng: random.Random) -> dict[str, Any]:
    params = {"q": rng.choice(SEARCHES), "page": str(rng.randint(1, 30)), "per_page": rng.choice(["10", "25", "50"])}
    if rng.random() < 0.5:
        params["sort"] = rng.choice(["-created_at", "name", "email"])
    uri = "/api/users?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    return {"method": "GET", "uri": uri, "body": "",
            "headers": {"User-Agent": rng.choice(UAS), "Accept": "application/json",
                        "Authorization": "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}}


def _api_post(rng: random.Random) -> dict[str, Any]:
    doc: dict[str, Any] = {"name": rng.choice(NAMES), "email": f"user{rng.randint(1, 999)}@example.org"}
    if rng.random() < 0.6:
        doc["bio"] = rng.choice(BIOS + TEXTS)
    if rng.random() < 0.3:
        doc["tags"] = rng.sample(["beta", "vip", "on-call", "r&d", "emea"], 2)
    return {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
            "headers": {"User-Agent": rng.choice(UAS), "Content-Type": "application/json",
                        "Authorization": "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}}


def _admin_form(rng: random.Random) -> dict[str, Any]:
    fields = {"csrf_token": "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789-_")
                                    for _ in range(43))}
    if rng.random() < 0.5:
        uri = "/admin/users/search"
        fields.update({"q": rng.choice(SEARCHES + NAMES), "status": rng.choice(["active", "any", "suspended"])})
    else:
        uri = f"/admin/users/{rng.randint(1, 5000)}"
        fields.update({"_method": "PATCH", "display_name": rng.choice(NAMES),
                       "notes": rng.choice(TEXTS + CODE[:5]), "notify_email": "on"})
    return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": rng.choice(UAS[:4]), "Content-Type": "application/x-www-form-urlencoded",
                        "Referer": "https://localhost/admin/users", "Cookie": "admin_session=abc123; theme=dark"}}


def generate(count: int = 600, seed: int = 8) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    kinds = ["slack-chat", "slack-code", "api-get", "api-post", "admin-form"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind == "slack-chat":
            rec = _slack(rng, rng.choice(["", "<@U0LAN0Z89> "]) + rng.choice(TEXTS))
        elif kind == "slack-code":
            rec = _slack(rng, rng.choice(CODE))
        elif kind == "api-get":
            rec = _api_get(rng)
        elif kind == "api-post":
            rec = _api_post(rng)
        else:
            rec = _admin_form(rng)
        rec.update({"id": f"own-{kind}-{i:04d}", "category": "benign", "placement": kind})
        yield rec


if __name__ == "__main__":
    for record in generate():
        print(json.dumps(record, ensure_ascii=False))
