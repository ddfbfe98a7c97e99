"""Benign traffic on every route of the gateway, third author: one realistic day of Jeeves and TokenDealer.

What this set is: ~1,700 requests that real people and real clients send to this product in a day, for
measuring the WAF's false positives (there are no attacks: `attacks()` is empty). About half is Slack (the
Events API with message events shaped as Slack sends them, `text` escaped and `blocks` in rich text,
bot echoes, edits with unfurls, file shares, App Home opens; slash commands; block_actions clicks), a quarter
the data API (Bearer JWT, SDK clients) and TokenDealer (client credentials, introspection, revocation,
verify_token, JWKS and metadata pollers, monitoring probes), a quarter the admin panel, /me/ pages and the
sign-in flows (browsers with full header sets and cookies, CSRF fields, Origin `null` under the pages'
no-referrer policy).

Its value is breadth of content people type: long messages; CJK, Arabic, Hebrew, Persian (ZWNJ), Cyrillic,
Devanagari, Bengali, Tamil, Thai, Georgian, Armenian, Amharic; combining marks (NFD text), emoji ZWJ
sequences, flags and keycaps; smart quotes and dashes; characters Slack HTML-escapes (&amp; &lt; &gt;);
markdown tables, fences, block quotes and links; quoted e-mail threads and signatures with phone numbers and
addresses; legal text with section signs; maths and currency; URLs of many shapes; display names with
apostrophes, hyphens and dots; hashtags and mentions; and developers pasting code, logs, configs, shell
commands and stack traces in many languages.

How it was written: by a third author, independently. Written from the application's code (app/, tokendealer/,
the route list of gateway/gateway.yaml read only through its name/match/methods/upstream lines),
docs/architecture.md, README.md and general knowledge of how Slack, browsers, SDKs and OAuth clients send
requests; without reading the WAF's rules (lua/), the gateway's WAF settings, exclusions or policies, the
Core Rule Set's files or tests, the shared or vendored corpora, or the other authors' generators (only the
`_query`/`_form`/`_json` helpers of family_gen.py and `slack_message` of family_gen_blind_php.py are reused).
The records were fixed before the one measurement and not tuned to it. Deterministic: one seeded
random.Random, no clock (Slack requests are re-signed at replay time).

Record ids: `route3-benign-<kind>-NNNN`, numbered in the order of the simulated day.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import unicodedata
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _form, _json, _query
from .family_gen_blind_php import slack_message
from .records import b64url as _b64url
from .records import no_attacks

SEED = 0x6A33_0620
DAY0 = 1718841600  # 2024-06-20T00:00:00Z: the simulated day
BASE = "https://jeeves.acme.example"  # PUBLIC_BASE_URL of this deployment
VERIFICATION_TOKEN = "Jhj5dZrVaK7ZwHHjRyZWjbDl"  # Slack's legacy verification token, sent in every payload
APP_ID = "A06B0TJ33V"
BOT_ID = "B06B0TJ4KK"
BOT_USER = "U06B0TJEEV"
SLACKBOT_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"

TEAMS = [("T061EG9R6", "acme-corp"), ("T02Q8KJ3M", "globex"), ("T7HX0W2LB", "initech-eng"),
         ("T0A1B2C3D", "umbrella-research"), ("T5N9V6Q4E", "hooli-xyz")]

# (user id, Slack handle, display name): apostrophes, hyphens, dots, non-Latin names, emoji, pronouns.
PEOPLE = [
    ("U024BE7LH", "zoe.oconnor", "Zoë O’Connor"), ("U03K9QW2T", "jean-luc.picard", "Jean-Luc Picard"),
    ("U01XJ8R4A", "priya.dsouza", "Priya D'Souza"), ("U05LMN7PQ", "maki.yamada", "山田 真紀"),
    ("U0G4H2J7K", "minjun.kim", "김민준"), ("U08RT5YUV", "ahmed.alrashid", "أحمد الراشد"),
    ("U07ZX3CVB", "shira.cohen", "שירה כהן"), ("U04PO9IUY", "m.ivanova", "Мария Иванова"),
    ("U06QA1WSE", "arjun.mehta", "अर्जुन मेहता"), ("U09DF6GHJ", "somchai.j", "สมชาย ใจดี"),
    ("U0BN2MK8L", "an.nguyen", "Nguyễn Văn An"), ("U0CV4BN6M", "jp.mueller", "Jörg-Peter Müller"),
    ("U0DE7RF9T", "marykate.oneill", "Mary-Kate O'Neill"), ("U0EF8TG1Y", "li.wei", "李伟 (Wei)"),
    ("U0FG9YH2U", "ole.sorensen", "Ole Gunnar Sørensen"), ("U0GH1UJ3I", "jrr.fan", "J.R.R. T. fan 🧙‍♂️"),
    ("U0HJ2IK4O", "anasofia.pena", "Ana Sofía Peña-Ruiz"), ("U0JK3OL5P", "f.lefevre", "François Lefèvre"),
    ("U0KL4PM6A", "siobhan.nibhriain", "Siobhán Ní Bhriain"), ("U0LM5AQ7S", "dev_nomad", "dev_nomad 🛠️"),
    ("U0MN6SW8D", "bjork.g", "Björk Guðmundsdóttir"), ("U0OP8FR1G", "kwame.mensah", "Kwame Mensah"),
    ("U0PQ9GT2H", "aroha.ngata", "Aroha Ngāta"), ("U0QR1HY3J", "o.kovalenko", "Олександр Коваленко"),
    ("U0RS2JU4K", "fatemeh.rezaei", "فاطمه رضایی"), ("U0ST3KI5L", "g.papadopoulos", "Γιώργος Παπαδόπουλος"),
    ("U0TU4LO6Z", "ayse.yilmaz", "Ayşe Yılmaz"), ("U0UV5ZP7X", "s.love", "Dr. S. Love, Ph.D."),
    ("U0VW6XA8C", "chris.o", "Chris O. (they/them)"), ("U0WX7CS9V", "tanvir.hasan", "তানভীর হাসান"),
    ("U0XY8VD1B", "dani.o-reilly", "Dani O’Reilly-Ng"), ("U0YZ9BF2N", "k.tanaka.jr", "Ken Tanaka Jr."),
]

CHANNELS = [("C024BE91L", "general"), ("C03ENG0PS", "eng-ops"), ("C05INCIDNT", "incidents"),
            ("C01RANDOM1", "random"), ("C07TOKYO01", "tokyo-office"), ("C0RELEASE2", "releases"),
            ("C0PLATFRM3", "platform-team"), ("C0SUPPORT4", "support-escalations"), ("G0PRIVAT55", "leads-private")]

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_HEX = "0123456789abcdef"


def _pick(rng: random.Random, chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _token(rng: random.Random, nbytes: int = 32) -> str:
    """secrets.token_urlsafe(nbytes), from the seeded generator."""
    return _b64url(bytes(rng.getrandbits(8) for _ in range(nbytes)))


def _dm_of(user_id: str) -> str:
    return "D" + hashlib.sha1(user_id.encode()).hexdigest()[:9].upper()  # noqa: S324 - an id, not a hash


# ---- Slack's text encoding -----------------------------------------------------------------------
# Control sequences Slack keeps in `text`: mentions, channels, broadcasts, user groups, dates, links.
_CTRL = re.compile(r"<(?:@[UW][A-Z0-9]+(?:\|[^<>\n]*)?|#[CG][A-Z0-9]+(?:\|[^<>\n]*)?|"
                   r"!(?:here|channel|everyone)|!subteam\^[A-Z0-9]+(?:\|[^<>\n]*)?|!date\^[^<>\n]+|"
                   r"(?:https?://|mailto:|tel:)[^<>\s|]+(?:\|[^<>\n]*)?)>")
_BARE_URL = re.compile(r"(?<![<|/\w])(https?://[^\s<>`]+)")
_EMAIL = re.compile(r"(?<![<|:\w.+-])([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w>|])")
_CODE = re.compile(r"(```.*?```|`[^`\n]+`)", re.S)
_EMOJI = re.compile(r":([a-z0-9_+'-]+(?:::skin-tone-[2-6])?):")


def _linkify(chunk: str) -> str:
    """What the Slack client does to prose before sending: bare URLs and e-mail addresses become links."""
    out = []
    for i, piece in enumerate(re.split(f"({_CTRL.pattern})", chunk)):
        if i % 2:
            out.append(piece)
            continue

        def url(m: re.Match[str]) -> str:
            link = m.group(1)
            tail = ""
            while link and link[-1] in ".,;:!?)'\"”’":
                if link[-1] == ")" and link.count("(") >= link.count(")"):
                    break
                tail, link = link[-1] + tail, link[:-1]
            return f"<{link}>{tail}"

        piece = _BARE_URL.sub(url, piece)
        piece = _EMAIL.sub(lambda m: f"<mailto:{m.group(1)}|{m.group(1)}>", piece)
        out.append(piece)
    return "".join(out)


def _escape(chunk: str) -> str:
    """Slack's HTML escaping of a message's `text`: & < > outside its own control sequences."""
    out = []
    for i, piece in enumerate(re.split(f"({_CTRL.pattern})", chunk)):
        out.append(piece if i % 2 else piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return "".join(out)


def slack_text(raw: str) -> str:
    """The `text` field Slack sends for what the person typed (links made, & < > escaped)."""
    parts = _CODE.split(raw)
    return "".join(_escape(p if i % 2 else _linkify(p)) for i, p in enumerate(parts))


def _inline(raw: str) -> list[dict[str, Any]]:
    """Rich-text elements of a run of prose (already linkified): links, mentions, emoji, inline code."""
    elems: list[dict[str, Any]] = []
    for i, part in enumerate(re.split(r"(`[^`\n]+`)", raw)):
        if i % 2:
            elems.append({"type": "text", "text": part[1:-1], "style": {"code": True}})
            continue
        for j, piece in enumerate(re.split(f"({_CTRL.pattern})", part)):
            if not piece:
                continue
            if j % 2 == 0:
                for k, bit in enumerate(_EMOJI.split(piece)):
                    if k % 2 == 0:
                        if bit:
                            elems.append({"type": "text", "text": bit})
                    else:
                        name, _, tone = bit.partition("::skin-tone-")
                        elems.append({"type": "emoji", "name": name, **({"skin_tone": int(tone)} if tone else {})})
                continue
            inner = piece[1:-1]
            target, _, label = inner.partition("|")
            if target.startswith("@"):
                elems.append({"type": "user", "user_id": target[1:]})
            elif target.startswith("#"):
                elems.append({"type": "channel", "channel_id": target[1:]})
            elif target.startswith("!subteam^"):
                elems.append({"type": "usergroup", "usergroup_id": target[9:]})
            elif target.startswith("!date^"):
                elems.append({"type": "date", "timestamp": int(target[6:].split("^")[0]),
                              "format": target.split("^")[2] if target.count("^") > 1 else "{date_short}"})
            elif target.startswith("!"):
                elems.append({"type": "broadcast", "range": target[1:]})
            else:
                elems.append({"type": "link", "url": target, **({"text": label} if label else {})})
    return elems or [{"type": "text", "text": " "}]


def _flush(elements: list[dict[str, Any]], kind: str, run: list[str]) -> None:
    """One run of lines of the same kind as a rich-text element."""
    if not run:
        return
    if kind == "quote":
        elements.append({"type": "rich_text_quote", "elements": _inline("\n".join(run))})
    elif kind in ("bullet", "ordered"):
        elements.append({"type": "rich_text_list", "style": kind, "indent": 0, "border": 0,
                         "elements": [{"type": "rich_text_section", "elements": _inline(x)} for x in run]})
    else:
        text = "\n".join(run)
        if text.strip():
            elements.append({"type": "rich_text_section", "elements": _inline(text + "\n")})


def rich_text(raw: str, rng: random.Random) -> list[dict[str, Any]]:
    """The `blocks` a Slack client sends with a message: one rich_text block (raw characters, not escaped)."""
    elements: list[dict[str, Any]] = []
    for i, part in enumerate(re.split(r"(```.*?```)", raw, flags=re.S)):
        if i % 2:
            code = part[3:-3].strip("\n")
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code}],
                             "border": 0})
            continue
        part = _linkify(part)
        run: list[str] = []
        kind = ""
        for line in part.split("\n"):
            if line.startswith("> ") or line == ">":
                new, body = "quote", line[2:]
            elif re.match(r"^[•\-*] ", line):
                new, body = "bullet", line[2:]
            elif re.match(r"^\d{1,2}\. ", line):
                new, body = "ordered", line.split(". ", 1)[1]
            else:
                new, body = "text", line
            if new != kind:
                _flush(elements, kind, run)
                kind, run = new, []
            run.append(body)
        _flush(elements, kind, run)
    return [{"type": "rich_text", "block_id": _pick(rng, _B64URL[:62], rng.choice((4, 5))), "elements": elements}]


# ---- what people type: places, chat, long prose --------------------------------------------------------
PLACES = [
    "Paris", "São Paulo", "Zürich", "Kraków", "Reykjavík", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "東京",
    "大阪市", "서울", "부산광역시", "北京市", "臺北市", "香港", "القاهرة", "الرياض", "دبي", "תל אביב-יפו", "ירושלים",
    "Москва", "Санкт-Петербург", "Київ", "Алматы", "मुंबई", "नई दिल्ली", "বেঙ্গালুরু", "กรุงเทพมหานคร", "เชียงใหม่",
    "Αθήνα", "İstanbul", "Düsseldorf", "Saint-Étienne", "St. John's", "Coeur d'Alene", "Winston-Salem",
    "Washington, D.C.", "Llanfairpwllgwyngyll", "Ōsaka", "Nuuk", "Bogotá", "Ciudad de México", "Montréal",
    "Québec City", "A Coruña", "L'Aquila", "Sant'Agata de' Goti", "Martha's Vineyard", "Stratford-upon-Avon",
    "Newcastle upon Tyne", "Baden-Baden", "Aix-en-Provence", "Kuala Lumpur", "Hà Nội", "Երևան", "თბილისი",
    "አዲስ አበባ", "काठमाडौं", "கொழும்பு", "சென்னை", "Lagos", "Nairobi", "Cape Town", "Tāmaki Makaurau / Auckland",
    "Hilo, HI 96720", "10115 Berlin", "London SW1A 1AA", "75001 Paris", "Mountain View, CA", "Portland, OR",
    "Portland, Maine", "Paris, TX", "Springfield (IL)", "Åre", "Tromsø", "Malmö", "Gdańsk", "Łódź",
    "České Budějovice", "Cluj-Napoca", "Székesfehérvár", "Dubrovnik", "بيروت", "تهران", "کراچی",
    "Улаанбаатар", "ភ្នំពេញ", "ရန်ကုန်", "ວຽງຈັນ", "Santiago de Compostela", "Frankfurt am Main",
    "St. Gallen", "Halle (Saale)", "Bad Homburg v. d. Höhe", "O'Fallon, MO", "Hawai‘i Volcanoes", "Zaragoza",
    "Villa O'Higgins", "Mönchengladbach", "Nizhny Novgorod", "Karlovy Vary", "Sønderborg", "Ísafjörður",
]
PLACE_LABELS = {
    "Paris": "Paris, Île-de-France, France", "São Paulo": "São Paulo, São Paulo, Brazil",
    "Zürich": "Zürich, Zurich, Switzerland", "Kraków": "Kraków, Lesser Poland, Poland", "東京": "東京, 東京都, 日本",
    "서울": "서울, 대한민국", "Москва": "Москва, Россия", "Coeur d'Alene": "Coeur d'Alene, Idaho, United States",
    "St. John's": "St. John's, Newfoundland and Labrador, Canada", "القاهرة": "القاهرة, مصر",
    "תל אביב-יפו": "תל אביב-יפו, ישראל", "Reykjavík": "Reykjavík, Capital Region, Iceland",
}
TIMEZONES = ["UTC", "Europe/Paris", "Europe/Zurich", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Seoul", "Asia/Kolkata",
             "Asia/Kathmandu", "America/Argentina/Buenos_Aires", "America/Indiana/Indianapolis", "Etc/GMT+5",
             "America/Port-au-Prince", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Ho_Chi_Minh",
             "America/St_Johns", "Europe/Kyiv", "Asia/Jerusalem", "Africa/Addis_Ababa", "America/New_York",
             "Pacific/Honolulu", "Asia/Tehran", "Europe/Isle_of_Man", "America/Los_Angeles"]

COMMANDS = [
    "weather {p}", "weather {p}", "weather", "Weather {p}", "weather {p} please 🙏", "weather  {p}",
    "remember location {p}", "remember location {p}", "my location", "forget location", "help", "Help",
    "config", "config units imperial", "config units metric", "config alert_time 06:45", "config alert_time 7:05",
    "config timezone {tz}", "config timezone {tz}", "alerts on", "alerts off", "login", "forget me", "?",
    "what's the weather in {p}?", "is it going to rain in {p} tomorrow??", "weather {p} — and what about tomorrow?",
    "hi", "hello!", "thanks", "ty ❤️", "👍", "👀", "🙏 thank you Jeeves", "weather in “{p}”", "weather ‘{p}’",
    "remember location {p} (office)", "weather {p}, then remember it", "config timezone {tz} & units imperial",
]

CHAT = [
    "Thanks Jeeves! 🙏", "谢谢！明天北京会下雨吗？", "明日の東京の天気を教えてください。傘は必要ですか？☔",
    "내일 서울 날씨 어때요? 출근길에 우산 챙겨야 할까요?", "مرحبا! كيف سيكون الطقس في دبي غدًا؟ 🌞",
    "שלום, מה מזג האוויר בתל אביב מחר? תודה!", "Привет! Какая погода будет в Москве на выходных?",
    "Добрий день! Чи буде дощ у Києві завтра?", "नमस्ते! कल मुंबई में बारिश होगी क्या?",
    "สวัสดีครับ พรุ่งนี้กรุงเทพฯ ฝนจะตกไหมครับ", "Γεια σου! Θα βρέξει αύριο στην Αθήνα;",
    "Xin chào! Ngày mai Hà Nội có mưa không?", "Merhaba, yarın İstanbul'da hava nasıl olacak?",
    "Cześć! Jaka będzie pogoda w Łodzi w przyszłym tygodniu?", "¿Qué tiempo hará mañana en Ciudad de México? ¡Gracias!",
    "Ça marche, merci beaucoup ! « Météo » ne répond plus chez moi…",
    "Grüß Gott! Wie wird das Wetter morgen in München? Schöne Grüße aus’m Büro 😄",
    "سلام! می\u200cخواهم هوای تهران را برای فردا بدانم. ممنون\u200cام",
    "السلام علیکم! کل کراچی میں موسم کیسا رہے گا؟", "வணக்கம்! நாளை சென்னையில் மழை பெய்யுமா?",
    "শুভ সকাল! আজ ঢাকায় কি বৃষ্টি হবে?", "გამარჯობა! ხვალ თბილისში როგორი ამინდი იქნება?",
    "Բարև՛ Ինչպիսի՞ եղանակ կլինի վաղը Երևանում։", "ሰላም! ነገ አዲስ አበባ ዝናብ ይዘንባል?",
    "the standup is in חדר 3 at 14:00 — see you there", "meeting moved to ‏יום רביעי‏ (Wed) 10:30",
    "team offsite pics 👨\u200d👩\u200d👧\u200d👦🏳️\u200d🌈👩🏽\u200d💻🧑🏿\u200d🚀❤️\u200d🔥 so good",
    "🫶🏼🫶🏼🫶🏼", "go team 🇯🇵🇧🇷🇺🇦🇮🇳🇳🇬🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "vote: 1️⃣ pizza 2️⃣ sushi 3️⃣ tacos #️⃣ other", ":tada: shipped! :rocket: :white_check_mark:",
    ":+1::skin-tone-3: lgtm",
    ":thinking_face: hmm, the forecast said sunny :sun_with_face: but it's pouring :umbrella:",
    "“Weather” says it’s ‘sunny’ — but it’s pouring… 🙃", "„Das Wetter“ sagt: ‚sonnig‘ – na ja…",
    "«Il fait beau», qu’il disait… 🌧️", "ｗｅａｔｈｅｒ\u3000東京 ｐｌｅａｓｅ",
    unicodedata.normalize("NFD", "Ngày mai trời có mưa ở Đà Nẵng không? Cảm ơn bạn nhiều!"),
    unicodedata.normalize("NFD", "Résumé of today: café meeting at 10, naïve estimate for Q3 → see doc"),
    "it’s 10\u202f°C and 100\u00a0km/h gusts out here 🥶", "co\u00adoperation between teams is key",
    "brb ☕", "🎉🎉 Happy birthday <@U024BE7LH>!! 🎂🥳", "anyone up for lunch at 12:30? 🍜 <!here>",
    "<@U03K9QW2T> can you check the alert settings for <#C03ENG0PS|eng-ops>?",
    "ping <!subteam^S05ONCALL1|@oncall> — weather alerts were late today",
    "What's the difference between `alerts on` and `config alert_time`? 🤔",
    "I'm in Coeur d'Alene this week, then O'Fallon; can you remember both?? 😅",
    "Does this work with emoji places like 🗼? lol", "¯\\_(ツ)_/¯", "(╯°□°)╯︵ ┻━┻", "┬─┬ノ( º _ ºノ)",
    "ok 👌", "k", "nvm", "🙏🏾", "👋🏻 hi!", "tysm!!!", "LGTM 🚢", "+1", "same here 🙋‍♀️",
    "Ý kiến hay đấy! 👍", "Отличная идея, спасибо 🙂", "好的，谢谢～", "了解です！よろしくお願いします🙇‍♂️",
    "감사합니다 🙇‍♀️", "شكراً جزيلاً 🌹", "תודה רבה! 🙌", "बहुत धन्यवाद 🙏", "ขอบคุณมากครับ 🙏",
    "Danke schön 🙂", "Merci ! 😊", "Gracias 💯", "Obrigado, valeu! 🇧🇷", "Dziękuję! 😀", "Kiitos! ☀️",
]

PARAGRAPHS = [
    "Quick update from the platform team: the migration to the new cluster is done for staging. Production "
    "follows on Tuesday during the usual window (06:00–08:00 UTC). If you see anything odd — slow dashboards, "
    "missing alerts, duplicated weather DMs — please tell us in <#C0PLATFRM3|platform-team> rather than DMing "
    "people; it's much easier to track that way.",
    "I’ve been using Jeeves every morning for a month and honestly it’s become part of my routine. Two small "
    "requests though: (1) could the daily alert include the UV index? and (2) could it say “feels like” in "
    "the summary? In July in Seville the difference between 38 °C and “feels like” 43 °C matters a lot.",
    "Reminder: the office will be closed on Friday 21 June for the summer party 🎉. The shuttle leaves at "
    "15:30 from the main entrance (Building B, ground floor). Bring sunscreen, a hat & good vibes. "
    "Dietary requirements → fill in the form by Wednesday EOD please!",
    "Post-incident summary (INC-2041): between 07:12 and 07:48 UTC, about 14 % of daily weather alerts were "
    "delivered twice. Root cause: a worker was OOM-killed after sending but before confirming the delivery, "
    "and the retry didn't find the metadata because of a clock skew of ~40 s on one node. Fix: NTP on all "
    "nodes + the lookback window is now 5 min. No data was lost; affected users got one extra message.",
    "Hi all — as discussed in yesterday’s retro, we’re going to try “no-meeting Wednesdays” for the next six "
    "weeks. That means: no recurring meetings, async standups in the thread below, and if you *really* need "
    "a call, keep it under 25 min. We'll review on 31 July. Feedback welcome, good or bad!",
    "Für alle, die neu im Team sind: Jeeves ist unser Slack-Bot. Schreibt ihm einfach `help` per DM, dann "
    "bekommt ihr die Liste aller Befehle. Mit `remember location München` merkt er sich euren Standort, und "
    "`alerts on` schickt euch jeden Morgen um 07:30 die Wettervorhersage. Fragen? Einfach hier im Thread.",
    "Pour info : la mise à jour de l’application mobile (v3.14.0) est disponible sur l’App Store et le Play "
    "Store. Changements principaux : nouveau mode sombre, correctifs d’accessibilité (VoiceOver/TalkBack), et "
    "l’heure des alertes respecte enfin le fuseau horaire choisi. Merci à toutes celles et ceux qui ont testé !",
    "お疲れ様です。来週の大阪出張の件ですが、台風の影響で新幹線が止まる可能性があります。念のため、"
    "月曜日の午前中に天気予報を確認してから最終判断をしたいと思います。変更があればこのスレッドで共有します。",
    "各位好：本周五下午三点在三楼会议室举行季度总结会，请大家提前准备好各自负责项目的进展和下季度计划。"
    "如有冲突请私信我。另外，北京这周可能有雷阵雨，出门记得带伞☔。",
    "안녕하세요 여러분! 다음 주 화요일에 부산 사무실 워크숍이 있습니다. 날씨가 좋으면 해운대에서 "
    "저녁 식사를 할 예정이니, 참석 여부를 금요일까지 이 스레드에 댓글로 남겨 주세요. 감사합니다 🙏",
    "مرحبًا بالجميع، نذكّركم بأن اجتماع الفريق الأسبوعي سيُعقد يوم الأحد الساعة العاشرة صباحًا بتوقيت الرياض. "
    "يرجى مراجعة جدول الأعمال المرفق وإضافة أي نقاط قبل يوم الخميس. شكرًا لتعاونكم!",
    "היי צוות, תזכורת: ביום חמישי יש ריענון נהלי אבטחת מידע (חובה לכולם). המפגש יתקיים בזום ב-11:00, "
    "הקישור ביומן. מי שלא יכול להשתתף — נא לעדכן אותי עד יום רביעי. תודה!",
    "Коллеги, добрый день! Напоминаю, что до конца недели нужно заполнить отчёты по командировкам. "
    "Шаблон лежит в общей папке «Документы/Финансы/2024». Если возникнут вопросы — пишите мне в личку.",
    "Друзі, наступного тижня ми переносимо сервер сповіщень на нову інфраструктуру. Можливі короткі перерви "
    "в роботі бота (до 5 хвилин) у вівторок зранку. Вибачте за незручності 🙏",
    "सभी को नमस्कार! अगले सोमवार से हमारी नई ऑन-कॉल व्यवस्था शुरू हो रही है। कृपया शेड्यूल देखें और "
    "अगर किसी दिन आप उपलब्ध नहीं हैं तो शुक्रवार तक बता दें। धन्यवाद!",
    "สวัสดีทุกคนครับ สัปดาห์หน้าเราจะมีการอบรมเรื่องความปลอดภัยของข้อมูลที่ห้องประชุมชั้น 5 "
    "วันพุธ เวลา 13:30 น. กรุณาลงชื่อในฟอร์มก่อนวันจันทร์นะครับ ขอบคุณครับ 🙏",
    "Chào mọi người! Tuần sau công ty sẽ tổ chức buổi team building ở Đà Lạt. Mọi người nhớ mang áo ấm "
    "vì trời khá lạnh vào buổi tối nhé. Chi tiết lịch trình mình sẽ gửi trong thread này.",
    "Honestly the best part of the bot is that it doesn't try to be clever. I ask for the weather, it gives "
    "me the weather. No “Did you know?” tips, no upsell, no 12-paragraph essay. Please keep it that way 😂",
    "Small thing: when I set my location to “Saint-Étienne” it came back as “Saint-Etienne, FR” (no accent) "
    "and when I tried “Sant’Agata de’ Goti” with curly apostrophes it said it couldn’t find it, but with "
    "straight ones (Sant'Agata de' Goti) it worked. Not a big deal, just FYI.",
    "Q: Why does `weather` sometimes answer in °F? A: because your units are set to imperial; send "
    "`config units metric` to switch back. Pinning this since it's the #1 question in "
    "<#C0SUPPORT4|support-escalations>.",
    "Heads-up: tomorrow 09:00–09:15 CEST the SSO provider has maintenance. Existing sessions keep working; "
    "new sign-ins (including “Sign in with Slack” on the Jeeves page) may fail for those 15 minutes.",
    "Welcome <@U0YZ9BF2N> to the team! 🎉 Ken joins us from the Osaka office as a backend engineer and will "
    "be working on the alerts pipeline. Say hi 👋 and don’t forget to add him to the on-call rotation next month.",
    "Re: the budget question — we’re at €41,250 of the €50,000 allocated for Q2 (82.5 %). The remaining "
    "€8,750 covers the load-testing cluster (~€3,100) and the conference tickets (3 × €1,299 = €3,897). "
    "Anything else needs sign-off from finance & legal before 28/06.",
    "I think we need to talk about the on-call load. Last month: 37 pages, 22 of them between 00:00 and 06:00, "
    "and 15 were the same flaky disk alert on db-replica-2. I've opened PLAT-812 to fix the alert threshold, "
    "but can we also agree that a page that fires >3× a week without action gets demoted to a ticket?",
]


def _d(text: str) -> str:
    """A snippet written indented in this file, as pasted (common indentation and outer blank lines gone)."""
    lines = text.strip("\n").split("\n")
    pad = min(len(x) - len(x.lstrip(" ")) for x in lines if x.strip())
    return "\n".join(x[pad:] for x in lines).replace("¶\n", "")  # ¶: a long line wrapped in this file


# ---- developers pasting code, configs and commands ---------------------------------------------------------
CODE: list[tuple[str, str]] = [
    ("python", _d(r"""
        async def fetch_users(session: AsyncSession, team: str) -> list[User]:
            stmt = select(User).where(User.slack_team_id == team, User.is_active.is_(True)).order_by(User.id)
            return list((await session.scalars(stmt)).all())
    """)),
    ("python", _d(r"""
        import requests

        resp = requests.post("https://jeeves.acme.example/oauth/token",
                             auth=(client_id, client_secret),
                             data={"grant_type": "client_credentials", "scope": "read"}, timeout=10)
        resp.raise_for_status()
        token = resp.json()["access_token"]
        users = requests.get(f"{BASE}/api/users", params={"limit": 100, "active": "true"},
                             headers={"Authorization": f"Bearer {token}"}).json()["users"]
    """)),
    ("python", _d(r"""
        df = pd.read_csv("alerts_2024-06.csv", parse_dates=["sent_at"])
        daily = (df[df["outcome"] == "ok"]
                 .groupby(df["sent_at"].dt.date)["user_id"].nunique()
                 .rename("users"))
        print(daily.describe(percentiles=[.5, .9, .99]))
    """)),
    ("python", _d(r"""
        @pytest.mark.parametrize("place", ["Zürich", "São Paulo", "東京", "Coeur d'Alene"])
        def test_geocode_keeps_unicode(place: str) -> None:
            assert geocode(place).name.casefold() == place.casefold()
    """)),
    ("python", _d(r"""
        >>> import re
        >>> re.findall(r"(?P<key>\w+)=(?P<val>[^&]*)", "a=1&b=two&c=")
        [('a', '1'), ('b', 'two'), ('c', '')]
        >>> "{:>10}|{:<6}|".format("right", "left")
        '     right|left  |'
    """)),
    ("sql", _d(r"""
        SELECT u.id, u.email, count(*) AS alerts
        FROM users u
        JOIN alert_deliveries d ON d.user_id = u.id
        WHERE d.created_at >= now() - interval '7 days'
          AND d.status <> 'confirmed'
        GROUP BY u.id, u.email
        HAVING count(*) > 1
        ORDER BY alerts DESC
        LIMIT 50;
    """)),
    ("sql", _d(r"""
        UPDATE feature_switches SET enabled = false, updated_at = now()
        WHERE action = 'weather' AND team_id = 'T061EG9R6';
        -- and to undo:
        DELETE FROM feature_switches WHERE action = 'weather' AND team_id = 'T061EG9R6';
    """)),
    ("sql", _d(r"""
        WITH ranked AS (
          SELECT user_id, action, outcome,
                 row_number() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS rn
          FROM usage_log
        )
        SELECT * FROM ranked WHERE rn <= 3 AND outcome IN ('error', 'provider_down');
    """)),
    ("sql", _d(r"""
        select name, email from users where name ilike '%o''brien%' or email like '%@acme.example' union all
        select username, null from admin_accounts;
    """)),
    ("bash", _d(r"""
        curl -sS -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials -d scope=read \
             https://jeeves.acme.example/oauth/token | jq -r .access_token
    """)),
    ("bash", _d(r"""
        find /var/log/jeeves -name '*.log' -mtime +7 -print -exec gzip {} \;
        du -sh /var/log/jeeves/* | sort -h | tail -n 5
    """)),
    ("bash", _d(r"""
        for f in exports/*.csv; do
          iconv -f WINDOWS-1252 -t UTF-8 "$f" > "${f%.csv}.utf8.csv" && echo "ok: $f"
        done
    """)),
    ("bash", _d(r"""
        kubectl -n jeeves logs deploy/worker --since=1h | grep -iE 'lease_lost|timeout' | wc -l
        kubectl -n jeeves rollout restart deploy/worker && kubectl -n jeeves rollout status deploy/worker
    """)),
    ("bash", _d(r"""
        $ git log --oneline -5
        3f2a9c1 (HEAD -> main, origin/main) alerts: confirm delivery by metadata
        8b1e44d worker: renew lease before sending
        c0ffee1 Merge pull request #412 from acme/fix-tz
        $ git rebase -i HEAD~3
    """)),
    ("bash", _d(r"""
        sudo systemctl restart nginx && journalctl -u nginx -n 50 --no-pager
        ss -tlnp | grep -E ':(80|443|8443)\b'
    """)),
    ("bash", _d(r"""
        tar -czvf "backup-$(date +%F).tar.gz" /etc/jeeves /var/lib/jeeves 2>/dev/null
        scp backup-*.tar.gz ops@backup-01.internal:/srv/backups/
    """)),
    ("bash", _d(r"""
        ssh -L 5433:db.internal:5432 bastion.acme.example
        psql "postgresql://jeeves@localhost:5433/jeeves?sslmode=require" -c '\dt+'
    """)),
    ("bash", _d(r"""
        openssl s_client -connect jeeves.acme.example:443 -servername jeeves.acme.example </dev/null 2>/dev/null \
          | openssl x509 -noout -dates -subject
    """)),
    ("bash", _d(r"""
        echo '0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1' | crontab -
        crontab -l
    """)),
    ("powershell", _d(r"""
        Get-ChildItem -Path C:\Logs\Jeeves -Recurse -Filter *.log |
          Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
          Remove-Item -WhatIf
        Invoke-RestMethod -Uri "https://jeeves.acme.example/healthz" -Method Get
    """)),
    ("javascript", _d(r"""
        const res = await fetch(`${BASE}/api/users?limit=25&offset=${page * 25}`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
        const { users, total } = await res.json();
    """)),
    ("javascript", _d(r"""
        document.querySelectorAll('a[href^="http"]').forEach((a) => {
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        });
    """)),
    ("typescript", _d(r"""
        type Settings = { units: 'metric' | 'imperial'; alert_time: `${number}:${number}`; alerts: boolean };
        export function isValid(s: Partial<Settings>): s is Settings {
          return s.units !== undefined && /^[0-2]\d:[0-5]\d$/.test(s.alert_time ?? '') && typeof s.alerts === 'boolean';
        }
    """)),
    ("jsx", _d(r"""
        export const UserRow = ({ user, onToggle }) => (
          <tr className={user.is_active ? 'active' : 'inactive'}>
            <td>{user.name ?? '—'}</td>
            <td><a href={`mailto:${user.email}`}>{user.email}</a></td>
            <td><button onClick={() => onToggle(user.id)}>{user.is_active ? 'Deactivate' : 'Reactivate'}</button></td>
          </tr>
        );
    """)),
    ("html", _d(r"""
        <form method="post" action="/me/settings">
          <input type="hidden" name="csrf_token" value="{{ csrf }}">
          <label for="tz">Time zone</label>
          <select id="tz" name="timezone"><option value="Europe/Paris" selected>Europe/Paris</option></select>
          <button type="submit">Save</button>
        </form>
    """)),
    ("html", _d(r"""
        <!-- status widget for the intranet -->
        <iframe src="https://status.acme.example/embed?theme=dark&components=jeeves,tokendealer"
                width="320" height="120" frameborder="0" title="Jeeves status"></iframe>
        <script src="https://status.acme.example/widget.js" async></script>
    """)),
    ("css", _d(r"""
        .card > h2 + p::before { content: "→ "; color: var(--muted, #6b7280); }
        @media (prefers-color-scheme: dark) { :root { --bg: #111827; --fg: #f9fafb; } }
    """)),
    ("go", _d(r"""
        func (c *Client) Token(ctx context.Context) (string, error) {
            form := url.Values{"grant_type": {"client_credentials"}, "scope": {"read write"}}
            req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/oauth/token", ¶
        strings.NewReader(form.Encode()))
            req.SetBasicAuth(url.QueryEscape(c.id), url.QueryEscape(c.secret))
            req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
            resp, err := c.http.Do(req)
            if err != nil {
                return "", fmt.Errorf("token: %w", err)
            }
            defer resp.Body.Close()
    """)),
    ("rust", _d(r"""
        #[derive(Debug, Deserialize)]
        struct TokenResponse { access_token: String, expires_in: u64, scope: String }

        let resp: TokenResponse = client.post(format!("{base}/oauth/token"))
            .basic_auth(&id, Some(&secret))
            .form(&[("grant_type", "client_credentials"), ("scope", "read")])
            .send().await?.error_for_status()?.json().await?;
    """)),
    ("java", _d(r"""
        String sql = "SELECT id, email FROM users WHERE slack_team_id = ? AND is_active = true";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, teamId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) { emails.add(rs.getString("email")); }
            }
        }
    """)),
    ("kotlin", _d(r"""
        val client = HttpClient(CIO) { install(ContentNegotiation) { json() } }
        val users: UsersPage = client.get("$base/api/users") {
            bearerAuth(token); parameter("team_id", "T061EG9R6"); parameter("alerts", true)
        }.body()
    """)),
    ("csharp", _d(r"""
        var form = new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "client_credentials", ["scope"] = "read",
        });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        var token = await (await http.PostAsync("/oauth/token", form)).Content.ReadFromJsonAsync<TokenResponse>();
    """)),
    ("ruby", _d(r"""
        conn = Faraday.new(url: ENV.fetch("JEEVES_URL")) do |f|
          f.request :authorization, "Bearer", -> { TokenCache.fetch }
          f.response :json
        end
        conn.get("/api/users", limit: 50, team_id: "T061EG9R6").body["users"].each { |u| puts u["email"] }
    """)),
    ("php", _d(r"""
        <?php
        $ch = curl_init('https://jeeves.acme.example/api/users?limit=10');
        curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true,
                                CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $token]]);
        $users = json_decode(curl_exec($ch), true)['users'] ?? [];
        foreach ($users as $u) { echo htmlspecialchars($u['name'], ENT_QUOTES, 'UTF-8'), "<br>\n"; }
    """)),
    ("c", _d(r"""
        #include <stdio.h>
        int main(int argc, char **argv) {
            char buf[256];
            if (argc < 2) { fprintf(stderr, "usage: %s <file>\n", argv[0]); return 1; }
            FILE *f = fopen(argv[1], "r");
            while (f && fgets(buf, sizeof buf, f)) printf("%s", buf);
            return f ? fclose(f) : 2;
        }
    """)),
    ("cpp", _d(r"""
        std::vector<std::string> split(std::string_view s, char sep) {
            std::vector<std::string> out;
            for (auto part : s | std::views::split(sep)) out.emplace_back(part.begin(), part.end());
            return out;
        }
    """)),
    ("swift", _d(r"""
        var request = URLRequest(url: URL(string: "https://jeeves.acme.example/api/switches")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
    """)),
    ("haskell", _d(r"""
        summarise :: [Int] -> (Int, Int, Double)
        summarise xs = (minimum xs, maximum xs, fromIntegral (sum xs) / fromIntegral (length xs))
    """)),
    ("elixir", _d(r"""
        def handle_info({:alert, user_id}, state) do
          with {:ok, loc} <- Locations.get(user_id),
               {:ok, text} <- Weather.summary(loc) do
            Slack.post_message(user_id, text)
          end
          {:noreply, state}
        end
    """)),
    ("lua", _d(r"""
        local ok, err = red:connect("127.0.0.1", 6380)
        if not ok then ngx.log(ngx.ERR, "redis: ", err) return ngx.exit(503) end
        local n = red:incr("hits:" .. ngx.var.remote_addr)
    """)),
    ("r", _d(r"""
        alerts %>% filter(outcome == "ok") %>% group_by(team_id) %>%
          summarise(n = n(), p95 = quantile(latency_ms, .95)) %>% arrange(desc(n))
    """)),
    ("yaml-k8s", _d(r"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: jeeves-worker
          labels: {app: jeeves, component: worker}
        spec:
          replicas: 2
          template:
            spec:
              containers:
                - name: worker
                  image: registry.acme.example/jeeves:2024.06.19-3f2a9c1
                  args: ["python", "-m", "app.worker"]
                  env:
                    - {name: JEEVES_DEMO, value: "0"}
                    - name: DATABASE_URL
                      valueFrom: {secretKeyRef: {name: jeeves-db, key: url}}
                  resources: {limits: {memory: 512Mi, cpu: "500m"}}
    """)),
    ("yaml-gha", _d(r"""
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v4
              - run: make test
                env:
                  SLACK_SIGNING_SECRET: ${{ secrets.SLACK_SIGNING_SECRET }}
              - if: failure()
                run: cat .run/logs/*.log | tail -n 200
    """)),
    ("compose", _d(r"""
        services:
          jeeves:
            build: .
            ports: ["127.0.0.1:5000:5000"]
            depends_on: {postgres: {condition: service_healthy}}
            healthcheck:
              test: ["CMD", "curl", "-fsS", "http://localhost:5000/healthz"]
              interval: 10s
    """)),
    ("dockerfile", _d(r"""
        FROM python:3.11-slim AS base
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
        COPY requirements.lock /app/
        RUN pip install --no-cache-dir -r /app/requirements.lock
        USER 10001
        CMD ["hypercorn", "app:create_app()", "--bind", "0.0.0.0:5000"]
    """)),
    ("nginx", _d(r"""
        location /api/ {
            proxy_pass http://jeeves;
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_read_timeout 30s;
        }
        location = /healthz { access_log off; return 200 '{"status":"ok"}'; }
    """)),
    ("terraform", _d(r"""
        resource "aws_security_group_rule" "https_in" {
          type              = "ingress"
          from_port         = 443
          to_port           = 443
          protocol          = "tcp"
          cidr_blocks       = ["0.0.0.0/0"]
          security_group_id = aws_security_group.edge.id
        }
        output "edge_dns" { value = "${aws_lb.edge.dns_name}:443" }
    """)),
    ("ansible", _d(r"""
        - name: Render gateway config
          ansible.builtin.template:
            src: gateway.yaml.j2
            dest: "/etc/edge/gateway.yaml"
            mode: "0640"
          notify: reload edge
        - name: Open firewall
          community.general.ufw: {rule: allow, port: "{{ item }}", proto: tcp}
          loop: [80, 443]
    """)),
    ("jinja", _d(r"""
        {% for user in users if user.is_active %}
          <li>{{ user.name | default("—") | e }} ({{ user.email or "no e-mail" }})</li>
        {% else %}
          <li class="muted">No user matches.</li>
        {% endfor %}
    """)),
    ("toml", _d(r"""
        [tool.ruff]
        line-length = 120
        target-version = "py311"

        [tool.pytest.ini_options]
        markers = ["stack: needs the real nginx stack", "slow"]
        addopts = "-q --strict-markers"
    """)),
    ("json", _d(r"""
        {
          "client_id": "grafana-exporter",
          "scopes": ["read"],
          "audiences": ["jeeves"],
          "description": "Grafana JSON datasource (owner: @platform, ticket PLAT-733)"
        }
    """)),
    ("ini", _d(r"""
        [program:jeeves-worker]
        command=/opt/jeeves/.venv/bin/python -m app.worker
        environment=JEEVES_DEMO="0",PYTHONUNBUFFERED="1"
        autorestart=true
        stderr_logfile=/var/log/jeeves/worker.err.log
    """)),
    ("dotenv", _d(r"""
        # .env.example: copy to .env and fill in
        PUBLIC_BASE_URL=https://jeeves.acme.example
        JEEVES_DEMO=0
        SLACK_CLIENT_ID=1234567890.0987654321
        DATABASE_URL=postgresql+asyncpg://jeeves@db:5432/jeeves
        TOKENDEALER_TOKEN_TTL=900
    """)),
    ("makefile", ".PHONY: lint test\nlint:\n\t.venv/bin/ruff check . && .venv/bin/mypy\n"
                 "test: lint\n\t.venv/bin/python -m pytest -q -x $(PYTEST_ARGS)"),
    ("regex", _d(r"""
        ^(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2}:\d{2})(?:\.\d+)?(?<tz>Z|[+-]\d{2}:\d{2})\s+(?<level>[A-Z]+)\s¶
        +(?<msg>.*)$
    """)),
    ("graphql", _d(r"""
        query TeamUsers($team: ID!, $first: Int = 50, $after: String) {
          team(id: $team) { users(first: $first, after: $after) { edges { node { id name email } } pageInfo { ¶
        endCursor } } }
        }
    """)),
    ("vim", ":%s/\\s\\+$//e | w"),
    ("git-diff", _d(r"""
        diff --git a/app/services/weather.py b/app/services/weather.py
        @@ -62,7 +62,8 @@ class Forecast:
             def summary(self) -> str:
        -        deg = "°F" if self.units == "imperial" else "°C"
        +        deg = "\u00b0F" if self.units == "imperial" else "\u00b0C"
        +        # keep the degree sign even when the terminal is not UTF-8
    """)),
    ("logfmt", 'level=info ts=2024-06-20T07:30:02.114Z caller=worker.go:88 msg="alert sent" user=U024BE7LH '
               'team=T061EG9R6 place="Zürich, Switzerland" latency_ms=412'),
    ("awk", "awk -F'\\t' '$9 >= 500 {print $4, $7}' access.log | sort | uniq -c | sort -rn | head"),
    ("sed", "sed -i.bak -E 's/^(JEEVES_DEMO)=.*/\\1=0/' /etc/jeeves/env && diff /etc/jeeves/env{.bak,}"),
    ("jq", "jq '[.users[] | select(.settings.alerts and .settings.units == \"imperial\") | {id, email}]' users.json"),
]

# ---- logs, errors and stack traces people paste when asking for help ---------------------------------------
LOGS: list[tuple[str, str]] = [
    ("python-traceback", _d(r"""
        Traceback (most recent call last):
          File "/opt/jeeves/.venv/lib/python3.11/site-packages/hypercorn/asyncio/task_group.py", line 27, in _handle
            await app(scope, receive, send, sync_spawn, call_soon)
          File "/opt/jeeves/app/services/weather.py", line 118, in geocode
            raise PlaceNotFound(name)
        app.services.weather.PlaceNotFound: 'Sant’Agata de’ Goti'
    """)),
    ("python-traceback", _d(r"""
        Traceback (most recent call last):
          File "scripts/export.py", line 42, in <module>
            rows = list(csv.DictReader(open(path)))
          File "/usr/lib/python3.11/encodings/ascii.py", line 26, in decode
            return codecs.ascii_decode(input, self.errors)[0]
        UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 1834: ordinal not in range(128)
    """)),
    ("python-traceback", _d(r"""
        sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) duplicate key value violates unique ¶
        constraint "users_slack_team_id_slack_user_id_key"
        DETAIL:  Key (slack_team_id, slack_user_id)=(T061EG9R6, U024BE7LH) already exists.
        [SQL: INSERT INTO users (slack_team_id, slack_user_id, settings) VALUES (%(slack_team_id)s, ¶
        %(slack_user_id)s, %(settings)s::JSONB) RETURNING users.id]
        [parameters: {'slack_team_id': 'T061EG9R6', 'slack_user_id': 'U024BE7LH', 'settings': '{}'}]
        (Background on this error at: https://sqlalche.me/e/20/gkpj)
    """)),
    ("python-traceback", _d(r"""
        E       AssertionError: assert 403 == 200
        E        +  where 403 = <Response [403 Forbidden]>.status_code

        tests/test_api.py:57: AssertionError
        ---------------------------- Captured log call -----------------------------
        WARNING  httpx:_client.py:1026 HTTP Request: PATCH https://localhost:8443/api/users/42 "HTTP/1.1 403 Forbidden"
        =========================== short test summary info ============================
        FAILED tests/test_api.py::test_patch_user[imperial] - AssertionError: assert 403 == 200
    """)),
    ("java-trace", _d(r"""
        Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is ¶
        null
            at com.acme.jeeves.client.UserMapper.toDto(UserMapper.java:41)
            at com.acme.jeeves.client.UserService.lambda$list$0(UserService.java:88)
            at java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)
            at java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1708)
            at com.acme.jeeves.client.Main.main(Main.java:23)
        Caused by: com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type ¶
        `java.lang.String` from Object value (token `JsonToken.START_OBJECT`)
         at [Source: (String)"{"users":[{"id":7,"name":null,"settings":{"units":"metric"}}]}"; line: 1, column: 42]
    """)),
    ("java-trace", _d(r"""
        org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: ¶
        "{"error":"invalid_token","message":"the access token is invalid or ¶
        expired","request_id":"r7-1718871234-88-3"}"
            at org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)
            at org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.jav¶
        a:183)
            at com.acme.reporting.JeevesClient.fetchUsage(JeevesClient.java:77)
    """)),
    ("node-error", _d(r"""
        TypeError: Cannot read properties of undefined (reading 'map')
            at UserList (webpack-internal:///./src/components/UserList.tsx:42:19)
            at renderWithHooks (webpack-internal:///./node_modules/react-dom/cjs/react-dom.development.js:16305:18)
            at mountIndeterminateComponent (webpack-internal:///./node_modules/react-dom/cjs/react-dom.development.js¶
        :20074:13)
    """)),
    ("node-error", _d(r"""
        node:internal/process/promises:289
                    triggerUncaughtException(err, true /* fromPromise */);
                    ^

        Error: connect ECONNREFUSED 127.0.0.1:8443
            at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
          errno: -111,
          code: 'ECONNREFUSED',
          syscall: 'connect',
          address: '127.0.0.1',
          port: 8443
        }
    """)),
    ("npm", _d(r"""
        npm ERR! code ERESOLVE
        npm ERR! ERESOLVE unable to resolve dependency tree
        npm ERR! Found: react@18.3.1
        npm ERR! Could not resolve dependency:
        npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-slack-blocks@2.1.0
        npm ERR! Fix the upstream dependency conflict, or retry this command with --force or --legacy-peer-deps
    """)),
    ("go-panic", _d(r"""
        panic: runtime error: index out of range [3] with length 3

        goroutine 1 [running]:
        main.parseLine({0xc000014090, 0x1c})
                /home/dev/alerts/main.go:47 +0x1d4
        main.main()
                /home/dev/alerts/main.go:21 +0x9f
        exit status 2
    """)),
    ("rust-panic", _d(r"""
        thread 'main' panicked at src/config.rs:31:42:
        called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or ¶
        directory" }
        note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
    """)),
    ("dotnet", _d(r"""
        System.InvalidOperationException: Sequence contains no elements
           at System.Linq.ThrowHelper.ThrowNoElementsException()
           at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)
           at Acme.Jeeves.Sync.TeamSync.RunAsync(CancellationToken ct) in C:\src\Acme.Jeeves.Sync\TeamSync.cs:line 64
    """)),
    ("ruby", _d(r"""
        NoMethodError: undefined method `each' for nil:NilClass
          app/jobs/sync_users_job.rb:27:in `perform'
          /usr/local/bundle/gems/activejob-7.1.3/lib/active_job/execution.rb:68:in `block in _perform_job'
    """)),
    ("php", _d(r"""
        PHP Warning:  Undefined array key "users" in /var/www/intranet/widgets/jeeves.php on line 14
        PHP Fatal error:  Uncaught TypeError: foreach() argument must be of type array|object, null given in ¶
        /var/www/intranet/widgets/jeeves.php:15
        Stack trace:
        #0 {main}
          thrown in /var/www/intranet/widgets/jeeves.php on line 15
    """)),
    ("postgres", _d(r"""
        2024-06-20 07:30:01.812 UTC [23114] jeeves@jeeves ERROR:  could not serialize access due to concurrent update
        2024-06-20 07:30:01.812 UTC [23114] jeeves@jeeves STATEMENT:  UPDATE jobs SET lease_until = now() + interval ¶
        '60 seconds', attempts = attempts + 1 WHERE id = $1 AND lease_owner = $2
    """)),
    ("mysql", "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your "
              "MySQL server version for the right syntax to use near 'order by created_at desc limit 10' at line 3"),
    ("nginx-error", '2024/06/20 09:12:44 [error] 2314#2314: *88123 upstream timed out (110: Connection timed out) '
                    'while reading response header from upstream, client: 203.0.113.24, server: jeeves.acme.example, '
                    'request: "GET /api/usage/stats?since=2024-06-19T00:00:00Z HTTP/2.0", upstream: '
                    '"http://127.0.0.1:5000/api/usage/stats?since=2024-06-19T00:00:00Z", host: "jeeves.acme.example"'),
    ("access-log", _d(r"""
        198.51.100.7 - - [20/Jun/2024:09:14:02 +0000] "GET /me/ HTTP/2.0" 200 5124 "-" "Mozilla/5.0 (Macintosh; ¶
        Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
        198.51.100.7 - - [20/Jun/2024:09:14:09 +0000] "POST /me/location HTTP/2.0" 303 0 "-" "Mozilla/5.0 ¶
        (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
        203.0.113.99 - - [20/Jun/2024:09:15:40 +0000] "GET /api/users?limit=500&offset=1000 HTTP/1.1" 200 88211 "-" ¶
        "python-httpx/0.27.0"
    """)),
    ("k8s-events", _d(r"""
        LAST SEEN   TYPE      REASON      OBJECT                               MESSAGE
        2m          Warning   BackOff     pod/jeeves-worker-7d9c6b8f5-xkq2p    Back-off restarting failed container ¶
        worker in pod jeeves-worker-7d9c6b8f5-xkq2p_jeeves(3f1c9a2e-8b1d-4e0f-9c3a-2b7d5e6f1a0c)
        5m          Warning   OOMKilled   pod/jeeves-worker-7d9c6b8f5-xkq2p    Container worker exceeded its memory ¶
        limit (512Mi)
        7m          Normal    Pulled      pod/jeeves-worker-7d9c6b8f5-xkq2p    Successfully pulled image ¶
        "registry.acme.example/jeeves:2024.06.19-3f2a9c1" in 1.204s
    """)),
    ("systemd", _d(r"""
        Jun 20 09:14:02 edge-01 systemd[1]: nginx.service: Main process exited, code=exited, status=1/FAILURE
        Jun 20 09:14:02 edge-01 nginx[48812]: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
        Jun 20 09:14:02 edge-01 systemd[1]: nginx.service: Failed with result 'exit-code'.
    """)),
    ("docker", "Error response from daemon: driver failed programming external connectivity on endpoint jeeves-web-1 "
               "(a1b2c3d4e5f6): Bind for 0.0.0.0:8443 failed: port is already allocated"),
    ("kernel", "[Thu Jun 20 07:29:58 2024] Out of memory: Killed process 31337 (python) total-vm:2012344kB, "
               "anon-rss:498120kB, file-rss:0kB, shmem-rss:0kB, UID:10001 pgtables:1424kB oom_score_adj:1000"),
    ("pip", _d(r"""
        ERROR: Could not find a version that satisfies the requirement torch==2.3.1+cu121 (from versions: 2.2.0, ¶
        2.2.1, 2.2.2, 2.3.0, 2.3.1)
        ERROR: No matching distribution found for torch==2.3.1+cu121
        hint: try --index-url https://download.pytorch.org/whl/cu121
    """)),
    ("terraform", _d(r"""
        │ Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation. ¶
        User: arn:aws:sts::123456789012:assumed-role/ci-deploy/gh-actions is not authorized to perform: ¶
        ec2:RunInstances
        │
        │   with aws_instance.edge["eu-west-1a"],
        │   on main.tf line 42, in resource "aws_instance" "edge":
        │   42: resource "aws_instance" "edge" {
    """)),
    ("aws-cli", "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied "
                "(s3://acme-jeeves-exports/2024/06/20/users.csv.gz)"),
    ("curl-verbose", _d(r"""
        *   Trying 203.0.113.10:443...
        * Connected to jeeves.acme.example (203.0.113.10) port 443
        * ALPN: curl offers h2,http/1.1
        * SSL certificate problem: unable to get local issuer certificate
        * Closing connection
        curl: (60) SSL certificate problem: unable to get local issuer certificate
        More details here: https://curl.se/docs/sslcerts.html
    """)),
    ("curl-verbose", _d(r"""
        > POST /oauth/token HTTP/2
        > Host: jeeves.acme.example
        > Authorization: Basic Z3JhZmFuYS1leHBvcnRlcjoqKioqKg==
        > Content-Type: application/x-www-form-urlencoded
        >
        < HTTP/2 401
        < www-authenticate: Basic realm="tokendealer", charset="UTF-8"
        < content-type: application/json
        {"error": "invalid_client", "error_description": "client authentication failed"}
    """)),
    ("gradle", _d(r"""
        FAILURE: Build failed with an exception.

        * What went wrong:
        Execution failed for task ':app:compileKotlin'.
        > Compilation error. See log for more details

        * Try:
        > Run with --stacktrace option to get the stack trace.
        BUILD FAILED in 41s
    """)),
    ("android", _d(r"""
        E/AndroidRuntime: FATAL EXCEPTION: main
            Process: com.acme.jeeves.companion, PID: 18231
            java.lang.IllegalStateException: Fragment WeatherFragment{5c1e2f1} not attached to a context.
                at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
    """)),
    ("json-log", _d(r"""
        {"event": "slack_signature_invalid", "path": "/slack/events", "retry": "1", "level": "warning", "timestamp": ¶
        "2024-06-20T07:31:02.118Z"}
        {"event": "weather_provider_down", "action": "weather", "error": "ClientConnectorError: Cannot connect to ¶
        host api.open-meteo.com:443 ssl:default [Temporary failure in name resolution]", "level": "warning"}
        {"event": "token_issued", "client_id": "jeeves-worker", "scopes": "read write", "aud": "jeeves", "kid": ¶
        "-Xq3v9kTqY4", "outcome": "issued"}
    """)),
    ("git-conflict", _d(r"""
        CONFLICT (content): Merge conflict in app/services/weather.py
        <<<<<<< HEAD
                text += f", {self.precipitation_chance:.0f}% chance of precipitation"
        =======
                text += f", {self.precipitation_chance:.0f} % chance of rain"
        >>>>>>> feature/rain-wording
    """)),
    ("windows", _d(r"""
        Faulting application name: w3wp.exe, version: 10.0.20348.1, time stamp: 0x6f1d2c3b
        Faulting module name: KERNELBASE.dll, version: 10.0.20348.2340
        Exception code: 0xe0434352
        Faulting application path: C:\Windows\SysWOW64\inetsrv\w3wp.exe
    """)),
    ("redis", "(error) NOAUTH Authentication required.\n127.0.0.1:6380> AUTH ********\nOK\n"
              "127.0.0.1:6380> PUBLISH tokendealer:revocations nudge\n(integer) 3"),
    ("psql", _d(r"""
        jeeves=> \d+ alert_deliveries
                          Table "public.alert_deliveries"
           Column   |           Type           | Nullable |      Default
        ------------+--------------------------+----------+--------------------
         key        | text                     | not null |
         attempt    | integer                  | not null | 1
         slack_ts   | text                     |          |
         created_at | timestamp with time zone | not null | now()
        Indexes:
            "alert_deliveries_pkey" PRIMARY KEY, btree (key)
    """)),
    ("explain", _d(r"""
        Limit  (cost=0.42..8.44 rows=1 width=72) (actual time=0.031..0.032 rows=1 loops=1)
          ->  Index Scan using users_slack_team_id_slack_user_id_key on users  (cost=0.42..8.44 rows=1 width=72)
                Index Cond: ((slack_team_id = 'T061EG9R6'::text) AND (slack_user_id = 'U024BE7LH'::text))
        Planning Time: 0.118 ms
        Execution Time: 0.052 ms
    """)),
    ("sentry", "Sentry issue JEEVES-4F2: KeyError: 'alert_time' — first seen 06:58, 212 events, 37 users. "
               "Culprit: app.services.job_handlers in daily_alert; release 2024.06.19-3f2a9c1; "
               "tags: environment=production, runtime=CPython 3.11.9"),
]

# ---- e-mail threads, legal text, maths and money, markdown tables -------------------------------------------
EMAILS = [
    _d("""
        Forwarding this from the customer, see below 👇

        ---------- Forwarded message ---------
        From: Jane Doe <jane.doe@globex.example>
        Date: Wed, Jun 19, 2024 at 4:12 PM
        Subject: Re: Weather alerts arriving twice?
        To: support@acme.example

        Hi team,

        Yes, it happened again this morning (07:30 and 07:31, both identical). Screenshot attached.

        Best regards,
        Jane

        --
        Jane Doe | Head of Facilities
        Globex Corporation · 1234 Elm Street, Suite 500 · Springfield, IL 62704
        Tel. +1 (217) 555-0134 | Mobile +1 217 555 0199
        www.globex.example

        On Tue, Jun 18, 2024 at 9:03 AM Acme Support <support@acme.example> wrote:
        > Hi Jane,
        > Thanks for reaching out! Could you tell us whether the duplicates happen every day,
        > and at what time exactly?
        > Kind regards,
        > Acme Support
    """),
    _d("""
        FYI the reply from legal:

        > From: Dr. Anna-Lena Schäfer <a.schaefer@kanzlei-schaefer.example>
        > Sent: Thursday, 20 June 2024 10:41
        > Subject: AW: DSGVO-Auskunft / Art. 15
        >
        > Sehr geehrte Damen und Herren,
        >
        > im Namen unseres Mandanten bitten wir um Auskunft gemäß Art. 15 DSGVO über sämtliche
        > gespeicherten personenbezogenen Daten (insbesondere Standort, Einstellungen & Nutzungsverlauf).
        >
        > Mit freundlichen Grüßen
        > Dr. Anna-Lena Schäfer, LL.M.
        > Rechtsanwältin
        > Kanzlei Schäfer & Partner mbB · Königsallee 92a · 40212 Düsseldorf
        > Tel.: +49 (0)211 123 456-0 · Fax: +49 (0)211 123 456-99

        Users can download their data from /me/ already, right? (the “Download everything as JSON” link)
    """),
    _d("""
        Pasting the thread so we have it here:

        -----Original Message-----
        From: O'Brien, Patrick <patrick.obrien@initech.example>
        Sent: Monday, June 17, 2024 3:47 PM
        To: Mary-Kate O'Neill <mk.oneill@acme.example>
        Cc: ops@acme.example
        Subject: RE: [EXTERNAL] Token rotation for "initech-reports"

        Mary-Kate — we rotated on our side at 15:30 EST; the old secret can go. Thanks!

        Patrick O'Brien
        Sr. Systems Engineer, Initech
        500 Oracle Pkwy, Redwood City, CA 94065 | ☎ (650) 555-0172 | 📱 +1-650-555-0188
        CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the
        intended recipient. If you are not the intended recipient, please do not read, distribute or take action
        in reliance upon this message.
    """),
    _d("""
        Dear colleagues,

        Please find below the schedule for the Tokyo visit (東京出張):
        • Mon 24/06 – arrive NRT 15:40 (JL 44), hotel: ホテル・ニューオータニ, 4-1 Kioi-cho, Chiyoda-ku, Tokyo 102-8578
        • Tue 25/06 – 10:00 workshop @ Acme KK, 渋谷区神南1-2-3 (Shibuya), 13F
        • Wed 26/06 – depart HND 11:25

        Emergency contact: Maki Yamada, +81-3-1234-5678 / +81 90-1234-5678 (mobile)

        ありがとうございます！
        --
        Ken Tanaka Jr. (he/him) · Acme Corp. · ken.tanaka@acme.example
    """),
    _d("""
        From the customer (verbatim):

        Le mer. 19 juin 2024 à 18:22, François Lefèvre <francois.lefevre@client.example> a écrit :
        > Bonjour,
        > Depuis la mise à jour, l’alerte météo arrive à 7 h 30 heure de Paris au lieu de 7 h 30 heure de Montréal.
        > Pourriez-vous vérifier ? Mon fuseau est bien « America/Montreal ».
        > Cordialement,
        > François
        > —
        > François Lefèvre · Directeur technique
        > 1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8
        > Tél. : 514 555-0143 · Cell. : +1 438 555-0177

        I think America/Montreal is an alias of America/Toronto — do we handle it?
    """),
    _d("""
        > On 20 Jun 2024, at 08:02, Siobhán Ní Bhriain <siobhan@acme.ie> wrote:
        >
        > Grand so, I'll sort out the rota for July. Can someone confirm the bank holiday dates?
        >
        > Sent from my iPhone

        Bank holidays: 5 Aug (IE), 26 Aug (UK) — sorry for the delay!
        Dani O’Reilly-Ng | Operations | Acme Ireland Ltd., 1 Grand Canal Sq., Dublin 2, D02 P820 | +353 1 555 0123
    """),
]

LEGAL = [
    "Per § 4(b)(ii) of the DPA, sub-processors must be notified at least 30 days in advance; see also "
    "Art. 28(2) and (4) GDPR and Clause 9(a) of the SCCs (Module Two).",
    "Pursuant to Section 12.3(a) of the Master Services Agreement dated 1 March 2024 (the “Agreement”), "
    "Customer may terminate for convenience upon ninety (90) days’ prior written notice; provided, however, "
    "that any prepaid Fees shall be non-refundable except as set forth in Section 8.2(c)(iii).",
    "Nach §§ 305–310 BGB unterliegen die AGB der Inhaltskontrolle; unwirksam sind insb. Klauseln nach § 309 "
    "Nr. 7 lit. a) und b) BGB (Haftungsausschluss bei Verletzung von Leben, Körper, Gesundheit).",
    "Fair use under 17 U.S.C. § 107 considers (1) the purpose and character of the use; (2) the nature of "
    "the copyrighted work; (3) the amount and substantiality of the portion used; and (4) the effect on the "
    "potential market. IANAL — ask legal@ before we quote the article in the newsletter.",
    "Conformément à l’article L. 1111-2 du Code du travail et à l’art. 6 § 1 (f) RGPD, le traitement repose "
    "sur l’intérêt légitime de l’employeur ; durée de conservation : 13 mois (cf. délibération CNIL n° 2019-160).",
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT "
    "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.",
    "Under s. 21(1)(a) of the Data Protection Act 2018 (UK) and Reg. 6 of PECR, the opt-out must be as easy "
    "as the opt-in — so `alerts off` in one message is fine, but the App Home needs the same toggle.",
    "个人信息保护法第十三条第一款第（二）项规定，为订立、履行个人作为一方当事人的合同所必需，可以处理个人信息。",
    "Статья 9 Федерального закона № 152-ФЗ «О персональных данных» требует согласия субъекта в письменной "
    "форме в случаях, предусмотренных ч. 4 ст. 9.",
    "Retention: audit logs 400 days (SOC 2 CC7.2), usage logs 90 days, Slack events 10 minutes (dedup only) — "
    "see policy POL-017 §3.1–3.4 and the DPIA (v2.3, Annex B).",
]

MATHS = [
    "Budget check: €1.299,00 × 3 = €3.897,00 (inkl. 19 % MwSt.), vs. $1,250.00 + 8.875 % NYC sales tax ≈ $1,360.94",
    "Quarterly numbers: ¥12,800,000 (JP), ₩15,400,000 (KR), ₹4,50,000 (IN), R$ 18.750,00 (BR), CHF 1'250.–, £9,99",
    "Is p < 0.05 here? n = 412, x̄ = 7.31, σ = 2.4 → SE = σ/√n ≈ 0.118; 95 % CI ≈ 7.31 ± 1.96·0.118",
    "∑_{i=1}^{n} i = n(n+1)/2, so for n = 365 that's 66,795 — and ∫₀¹ x² dx = ⅓ 🤓",
    "Temp conversion for the bot: °F = °C × 9/5 + 32 → 21 °C ≈ 69.8 °F; −40 °C = −40 °F (fun fact)",
    "Latency p50/p95/p99 = 41/187/912 ms; error rate 0.27 % (≤ 0.5 % SLO ✅); Apdex(T=250ms) = 0.94",
    "Ratio check: 3/4 cup ≈ 177 ml; 1 lb ≈ 453.6 g; 5′11″ ≈ 180 cm; 100 km/h ≈ 62.1 mph",
    "If (a + b)² = a² + 2ab + b² then (x − 1)(x + 1) = x² − 1; |z| ≤ 1 ⇒ ‖Az‖ ≤ ‖A‖",
    "Storage: 2^31 − 1 = 2,147,483,647 (int max); 9 223 372 036 854 775 807 for bigint — we're at ~4.1e6 rows",
    "Costs: 3 × m6i.large @ $0.096/h ≈ $210.24/mo; +50 GB gp3 @ $0.08/GB-mo = $4.00 → total ≈ $214.24 (−12 % RI)",
    "Invoice #2024-0613: 37.5 h × 120,00 € = 4.500,00 € netto; zzgl. 20 % USt. = 5.400,00 € brutto",
    "Score = 0.7·precision + 0.3·recall = 0.7×0.92 + 0.3×0.81 = 0.887 (≥ 0.85 target ✔)",
    "تكلفة الاشتراك: ٢٥٠ ر.س شهريًا × ١٢ = ٣٠٠٠ ر.س سنويًا (خصم ١٠٪ = ٢٧٠٠ ر.س)",
    "Бюджет: 1 250 000 ₽ (≈ 13 750 $), из них 40 % — инфраструктура, 35 % — лицензии",
    "合計金額：¥128,000（税込）、前年比 +12.5%、目標達成率 103%",
]

TABLES = [
    _d("""
        Alerts delivered this week:
        | Day | Sent | Duplicates | Failed |
        |-----|-----:|-----------:|-------:|
        | Mon | 1,204 | 0 | 3 |
        | Tue | 1,198 | 17 | 1 |
        | Wed | 1,211 | 0 | 0 |
        | **Total** | **3,613** | **17** | **4** |
    """),
    _d("""
        | Command | What it does | Example |
        | --- | --- | --- |
        | `weather [place]` | forecast | `weather Kraków` |
        | `remember location <place>` | saves it | `remember location Zürich` |
        | `config [setting value]` | settings | `config units imperial` |
        | `alerts on\\|off` | daily alert | `alerts on` |
    """),
    _d("""
        Option A vs B for the alerts queue:
        |            | A: Postgres queue | B: Redis streams |
        |------------|-------------------|------------------|
        | durability | ✅ (WAL)          | ⚠️ AOF fsync=1s   |
        | ops cost   | none (have it)    | +1 cluster        |
        | throughput | ~2k jobs/s        | ~50k msgs/s       |
        I'd go with A — we send ~5k alerts a day, not 5k a second.
    """),
    _d("""
        > “Premature optimization is the root of all evil.” — Donald Knuth
        > (the full quote continues: “yet we should not pass up our opportunities in that critical 3%”)

        which is exactly why I measured first: see the table in the doc ↓
    """),
    _d("""
        ## Release 2024.06.19
        ### Added
        - `config timezone <tz>` validates against the IANA database ([#418](https://github.com/acme/jeeves/pull/418))
        - App Home shows the alert time *and* the time zone
        ### Fixed
        - Duplicate alerts after a worker restart (INC-2041)
        - “Sant’Agata de’ Goti” & other places with curly apostrophes
        ### Changed
        - ~Old~ New wording: “chance of precipitation”
    """),
    _d("""
        | Región | Usuarios | Alertas/día | Δ vs. mayo |
        |:--|--:|--:|--:|
        | España | 312 | 287 | +4,2 % |
        | México | 198 | 150 | −1,8 % |
        | Argentina | 77 | 61 | +12,0 % |
    """),
    _d("""
        | 項目 | 担当 | 期限 |
        |---|---|---|
        | アラート時刻の修正 | 山田 | 6/21（金） |
        | タイムゾーン検証 | 田中 | 6/24（月） |
        | リリースノート | 李 | 6/25（火） |
    """),
]

# ---- URLs of many shapes, names, mentions and hashtags --------------------------------------------------
URLS = [
    "https://github.com/acme/jeeves/pull/418/files#diff-3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39R62",
    "https://github.com/acme/jeeves/blob/main/app/services/weather.py#L60-L71",
    "https://github.com/acme/jeeves/compare/v2024.06.12...v2024.06.19",
    "https://acme.atlassian.net/browse/PLAT-812?focusedCommentId=104233&page=com.atlassian.jira.plugin.system."
    "issuetabpanels%3Acomment-tabpanel#comment-104233",
    "https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0&range=A1:D20",
    "https://docs.google.com/document/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ/edit?usp=sharing",
    "https://www.google.com/maps/place/Z%C3%BCrich/@47.3774337,8.4666749,12z/data=!3m1!4b1!4m6!3m5!1s0x47900b9749b"
    "ea219:0xe66e8df1e71fdc03!8m2!3d47.3768866!4d8.541694",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGhIjKlMnOp",
    "https://en.wikipedia.org/wiki/Coeur_d%27Alene,_Idaho", "https://en.wikipedia.org/wiki/Mercury_(planet)",
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD", "https://de.wikipedia.org/wiki/München",
    "https://xn--mnchen-3ya.example/wetter?tag=morgen", "http://[2001:db8::1]:8080/healthz",
    "http://10.0.3.12:9145/metrics", "http://localhost:5002/api/chat.postMessage",
    "https://grafana.acme.example/d/jeeves-overview/jeeves?orgId=1&from=now-24h&to=now&var-route=slack_events"
    "&var-route=api&refresh=30s",
    "https://kibana.acme.example/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:kuery,"
    "query:'event:%22weather_provider_down%22'))",
    "https://app.datadoghq.eu/logs?query=service%3Ajeeves%20status%3Aerror%20%40http.status_code%3A%3E%3D500"
    "&from_ts=1718866800000&to_ts=1718870400000&live=false",
    "https://acme-jeeves-exports.s3.eu-west-1.amazonaws.com/2024/06/20/users.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240620%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240620T073000Z"
    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0d5e9c2a7b4f8e6d1c0a9b8f7e6d5c4b3a2f1e0d9c8b7a"
    "6f5e4d3c2b1a0f9e",
    "https://zoom.us/j/98765432109?pwd=dGhpc2lzbm90YXJlYWxwd2Q.1",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY4ZTJiYjQtY2E2Ny00%40thread.v2/0?context=%7b%22Tid%22"
    "%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d%22%7d",
    "https://stackoverflow.com/questions/4703390/how-to-extract-a-floating-number-from-a-string/4703508#4703508",
    "https://www.amazon.de/-/en/dp/B0CHX1W1XY/ref=sr_1_3?crid=2M3&keywords=usb-c+hub&qid=1718870000&sr=8-3",
    "https://www.google.com/search?q=%22weather+alerts%22+site%3Aacme.example&hl=en",
    "https://maps.apple.com/?q=Caf%C3%A9+de+Flore&ll=48.8540,2.3325",
    "https://www.bing.com/search?q=c%2B%2B+std%3A%3Aviews%3A%3Asplit+example&form=QBLH",
    "https://calendly.com/zoe-oconnor/30min?month=2024-06&date=2024-06-24", "https://forms.gle/AbC123xYz",
    "https://t.co/AbCdE12345", "https://bit.ly/3xYzAbC", "https://wa.me/15551234567?text=Hi%20there",
    "https://jeeves.acme.example/me/?done=settings_saved", "https://jeeves.acme.example/admin/users?q=o%27brien&page=2",
    "https://www.figma.com/file/AbCdEf123456/Jeeves-App-Home?type=design&node-id=12-345&mode=design&t=AbCdEfGh-0",
    "https://www.notion.so/acme/Runbook-Weather-alerts-8f2c1e4d5b6a4c3d9e8f7a6b5c4d3e2f?pvs=4",
    "https://acme-corp.slack.com/archives/C05INCIDNT/p1718866322004519?thread_ts=1718866322.004519&cid=C05INCIDNT",
    "https://www.openstreetmap.org/#map=13/50.0614/19.9366",
    "https://api.open-meteo.com/v1/forecast?latitude=47.37&longitude=8.54&hourly=temperature_2m,"
    "precipitation_probability&timezone=Europe%2FZurich",
    "https://crt.sh/?q=%25.acme.example", "https://regex101.com/r/AbC123/1",
    "https://gist.github.com/zoe-oc/3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d#file-alerts-sql",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-000000000000"
    "&response_type=code&redirect_uri=https%3A%2F%2Fintranet.acme.example%2Fcallback&scope=openid%20profile&state=xyz",
    "https://web.archive.org/web/2024*/acme.example", "https://acme.example/handbook/(draft)/on-call_[v2].pdf",
    "https://status.acme.example/incidents/01J0ZK3M8Q?utm_source=slack&utm_medium=chat&utm_campaign=inc-2041",
    "https://www.linkedin.com/in/siobh%C3%A1n-n%C3%AD-bhriain-1234ab56/",
    "https://translate.google.com/?sl=ja&tl=en&text=%E6%98%8E%E6%97%A5%E3%81%AE%E5%A4%A9%E6%B0%97&op=translate",
    "https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=1a2b3c4d5e6f4a7b",
    "https://www.reddit.com/r/sysadmin/comments/1dk3x9z/what_s_your_on_call_horror_story/",
    "https://news.ycombinator.com/item?id=40737420",
    "https://example.org/a%20path/with%2Fencoded%3Fchars?x=1&x=2&y=&z=%E2%9C%93#frag-ment",
    "https://www.booking.com/hotel/jp/new-otani-tokyo.ja.html?checkin=2024-06-24;checkout=2024-06-26;group_adults=1",
]
LINK_LABELS = ["the dashboard", "PR #418", "this doc", "here", "runbook", "ticket", "recording", "the sheet",
               "Grafana", "logs", "see thread", "slides", "チケット", "документ", "المستند", "קישור"]

NAMES_TEMPLATES = [
    "Thanks {n1} and {n2} for the quick fix! 🙌", "cc {m1} {m2} — can one of you take this?",
    "Huge shout-out to {n1} for the on-call weekend ❤️ #kudos #oncall", "{m1} {m2} {m3} please review by EOD 🙏",
    "Who's \"{n1}\" in the user list? There are two of them (one with a trailing space?)",
    "#release-2024-06 #TeamAwesome #天気 #погода #طقس #מזג_אוויר is live 🚀",
    "Reminder for {m1}: the 1:1 with {n2} moved to Thu 15:00 CET "
    "(<!date^1719061200^{{date_short}} {{time}}|Thu 15:00>)",
    "Can someone add {n1} (she/her) to <#C0PLATFRM3|platform-team>? Her handle is @{h1}",
    "welcome {m1}!! 👋 say hi everyone <!channel>", "@{h1} @{h2} are you both joining the Tokyo trip?",
    "Please spell it “{n1}” (with the accent), not “{a1}”, in the release notes 🙏",
    "{n1} → {n2} → {n3}: that's the escalation order this week. #oncall #rota",
    "Out of office: {n1} (until 28/06), {n2} (24–26/06). Backup: {m3}",
    "<!subteam^S0PLATFORM|@platform> {m1} is asking about the JWKS rotation — who has context?",
    "Filed under #til: O'Reilly, D'Souza and Ní Bhriain all broke our old CSV import 🙈",
]
SIGNATURES = [
    "—\nZoë O’Connor · Platform Lead · +353 1 555 0123 · she/her",
    "--\nJörg-Peter Müller | Leiter IT-Betrieb | Tel. +49 (0)89 1234-5678 | Mobil +49 171 2345678\n"
    "Acme GmbH, Leopoldstraße 244, 80807 München | HRB 123456, AG München",
    "Best,\nJ.-L. Picard (he/him)\nEng. Manager · Acme Corp. · 1 Market St., San Francisco, CA 94105 · (415) 555-0132",
    "よろしくお願いいたします。\n山田 真紀（Maki Yamada）\n株式会社アクメ 開発部\n"
    "Tel: 03-1234-5678 / 〒150-0041 東京都渋谷区神南1-2-3",
    "С уважением,\nМария Иванова\nведущий инженер, ООО «Акме»\n+7 (495) 123-45-67, доб. 204",
    "مع أطيب التحيات،\nأحمد الراشد\nمدير العمليات | ‎+966 11 234 5678",
    "Sent from my iPhone", "Sent from Outlook for Android", "-- \nKwame Mensah | +233 24 123 4567 | Accra 🇬🇭",
]


# ---- the simulated day ---------------------------------------------------------------------------------
_HOUR_WEIGHTS = [2, 1, 1, 1, 2, 3, 6, 10, 14, 16, 15, 13, 11, 13, 15, 14, 12, 9, 6, 5, 4, 3, 3, 2]


class Day:
    """Collects (time, kind, placement, request) and numbers them in time order at the end."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.items: list[tuple[float, str, str, dict[str, Any]]] = []

    def when(self) -> float:
        hour = self.rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
        return DAY0 + hour * 3600 + self.rng.uniform(0, 3600)

    def add(self, when: float, kind: str, placement: str, req: dict[str, Any]) -> None:
        self.items.append((when, kind, placement, req))

    def records(self) -> Iterator[dict[str, Any]]:
        for n, (_, kind, placement, req) in enumerate(sorted(self.items, key=lambda x: x[0]), 1):
            yield {**req, "id": f"route3-benign-{kind}-{n:04d}", "category": "benign", "placement": placement,
                   "sub": kind}

    def uuid4(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(self) -> tuple[str, str, str, str, str]:
        """(user id, handle, display name, team id, team domain)."""
        i = self.rng.randrange(len(PEOPLE))
        uid, handle, name = PEOPLE[i]
        team, domain = TEAMS[i % len(TEAMS)]
        return uid, handle, name, team, domain


def _ts(rng: random.Random, when: float) -> str:
    return f"{int(when)}.{rng.randint(0, 999999):06d}"


def _slack_json(doc: dict[str, Any], rng: random.Random) -> str:
    """Slack's JSON: compact; some deliveries escape non-ASCII as \\uXXXX and '/' as '\\/' (as PHP does)."""
    if rng.random() < 0.35:
        return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _slack_headers(when: float, content_type: str, rng: random.Random, retry: int = 0) -> dict[str, str]:
    headers = {"User-Agent": SLACKBOT_UA, "Accept": "*/*" if content_type.endswith("json") else "application/json,*/*",
               "Accept-Encoding": "gzip,deflate", "Content-Type": content_type,
               "X-Slack-Signature": "v0=" + _pick(rng, _HEX, 64), "X-Slack-Request-Timestamp": str(int(when))}
    if retry:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = rng.choice(["http_timeout", "http_error"])
    return headers


def slack_event(day: Day, when: float, team: str, event: dict[str, Any], retry: int = 0) -> dict[str, Any]:
    """An Events API event_callback as Slack delivers it (signed again at replay)."""
    rng = day.rng
    context = {"et": event.get("type"), "tid": team, "aid": APP_ID, "cid": event.get("channel", "")}
    body = {"token": VERIFICATION_TOKEN, "team_id": team, "context_team_id": team, "context_enterprise_id": None,
            "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": "Ev0" + _pick(rng, _UPPER, 9),
            "event_time": int(when),
            "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False,
            "event_context": "4-" + _b64url(json.dumps(context, separators=(",", ":")).encode())}
    base = slack_message("", 0, int(when))  # the shared helper's request shape; body and headers made fuller
    return {**base, "body": _slack_json(body, rng), "headers": _slack_headers(when, "application/json", rng, retry)}


def user_message(day: Day, raw: str, *, mention: bool, thread: bool = False,
                 who: tuple[str, str, str, str, str] | None = None) -> tuple[float, dict[str, Any]]:
    """A person's message: a DM to the bot (message.im) or an @mention in a channel (app_mention)."""
    rng = day.rng
    uid, _, _, team, _ = who or day.person()
    when = day.when()
    ts = _ts(rng, when)
    if mention and f"<@{BOT_USER}>" not in raw:
        where = rng.random()
        raw = (f"<@{BOT_USER}> {raw}" if where < 0.55 else f"{raw}\ncc <@{BOT_USER}>" if where < 0.85
               else f"{raw} <@{BOT_USER}>")
    event: dict[str, Any] = {"client_msg_id": day.uuid4(), "type": "app_mention" if mention else "message",
                             "text": slack_text(raw), "user": uid, "ts": ts, "blocks": rich_text(raw, rng),
                             "team": team}
    if mention:
        event["channel"] = rng.choice(CHANNELS)[0]
        if thread:
            event["thread_ts"] = _ts(rng, when - rng.uniform(60, 7200))
            event["parent_user_id"] = rng.choice(PEOPLE)[0]
    else:
        event["channel"] = _dm_of(uid)
    event["event_ts"] = ts
    if not mention:
        event["channel_type"] = "im"
    retry = 1 if rng.random() < 0.03 else 0
    return when, slack_event(day, when, team, event, retry)


def _fill(day: Day, template: str) -> str:
    rng = day.rng
    return template.format(p=rng.choice(PLACES), tz=rng.choice(TIMEZONES))


def _ascii_fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or "?"


CODE_INTROS = [
    "why does this return nothing?", "fwiw this is how our reporting job calls the API:", "can someone review? 🙏",
    "works locally, fails in CI 😩", "this is what I ended up with:", "snippet from the runbook, for reference:",
    "any idea what’s wrong here?", "TIL you can do this:", "ok this finally works 🎉", "before I merge this —",
    "このコードで403が返ってきます。何か間違っていますか？", "Почему этот запрос падает?",
    "¿Alguien sabe por qué falla esto?",
    "Warum kommt hier immer 401?", "이거 왜 안 될까요?", "为什么这段代码报错？", "هل يمكن لأحد مراجعة هذا؟",
    "מישהו יכול להסתכל על זה?", "क्या कोई इसे देख सकता है?", "Quelqu’un peut jeter un œil ?",
]
LOG_INTROS = [
    "getting this since this morning:", "prod is throwing this again 🔥", "seen this before? (from the worker)",
    "error from the nightly export job:", "stack trace 👇", "CI log:", "this is what the customer sees:",
    "from journalctl:", "here's the full output", "no idea what this means 😅", "as promised, the logs:",
    "重现了，日志如下：", "ログです：", "Логи ниже:", "Log incoming:", "הנה הלוג:", "السجل:",
]
OUTROS = ["", "", "", "thanks in advance!", "any help appreciated 🙏", "(redacted the token)", "ideas?", "🙏",
          "ty!", "I'll open a ticket if nobody knows", "is this related to INC-2041?", "—\nsent from my phone, sorry"]


def code_message(day: Day, body: str, intro: str) -> str:
    rng = day.rng
    style = rng.random()
    outro = rng.choice(OUTROS)
    if style < 0.7 or "\n" not in body:
        text = f"{intro}\n```{body}```" if style < 0.7 else f"{intro} `{body}`"
    else:
        text = f"{intro}\n{body}"  # pasted without a fence
    return f"{text}\n{outro}".rstrip()


def long_message(day: Day) -> str:
    rng = day.rng
    paras = rng.sample(PARAGRAPHS, rng.randint(2, 4))
    if rng.random() < 0.3:
        paras.insert(rng.randint(1, len(paras)), "\n".join(
            f"• {x}" for x in rng.sample(["agenda: metrics, incidents, Q3 plan", "owner: <@U03K9QW2T>",
                                          "deadline: Fri 28/06 (EOD CET)", "budget: €8,750 left (≈ 17.5 %)",
                                          "docs → " + rng.choice(URLS), "open questions: see thread 🧵",
                                          "status: 🟢 on track / 🟡 at risk / 🔴 blocked"], 3)))
    if rng.random() < 0.4:
        paras.append(rng.choice(SIGNATURES))
    return "\n\n".join(paras)


def names_message(day: Day) -> str:
    rng = day.rng
    folks = rng.sample(PEOPLE, 3)
    return rng.choice(NAMES_TEMPLATES).format(
        n1=folks[0][2], n2=folks[1][2], n3=folks[2][2], m1=f"<@{folks[0][0]}>", m2=f"<@{folks[1][0]}>",
        m3=f"<@{folks[2][0]}>", h1=folks[0][1], h2=folks[1][1], a1=_ascii_fold(folks[0][2]))


def url_message(day: Day) -> str:
    rng = day.rng
    urls = rng.sample(URLS, rng.randint(1, 3))
    shapes = [
        lambda: f"see {urls[0]}", lambda: f"<{urls[0]}|{rng.choice(LINK_LABELS)}> shows the spike at 07:30 📈",
        lambda: f"here: {urls[0]} (login required)", lambda: "links:\n" + "\n".join(f"• {u}" for u in urls),
        lambda: f"{urls[0]}", lambda: f"Can you check this? → {urls[0]} ← it 404s for me",
        lambda: f"From the thread ({urls[0]}): “the alerts were late again”.",
        lambda: f"参考リンク：{urls[0]}", lambda: f"Ссылка на документ: {urls[0]}",
        lambda: f"mail me at zoe.oconnor@acme.example or call tel +1 (415) 555-0132 — or {urls[0]}",
        lambda: f"RTFM 😉 {urls[0]} and {urls[-1]}",
    ]
    return rng.choice(shapes)()


BOT_REPLIES = [
    "{label}: light rain, 17°C, wind 19 km/h; today 14°C to 21°C, 80% chance of precipitation",
    "{label}: clear sky, 29°C, wind 7 km/h; today 22°C to 33°C, 0% chance of precipitation",
    "{label}: overcast, 61°F, wind 12 mph; today 55°F to 66°F, 35% chance of precipitation",
    "{label}: thunderstorm with slight hail, 24°C, wind 31 km/h; today 19°C to 27°C, 95% chance of precipitation",
    "{label}: fog, 3°C, wind 2 km/h; today -1°C to 6°C, 10% chance of precipitation",
    "Got it: I'll remember {label} as your location.",
    "I could not find a place called '{place}'.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "Your settings: units `metric`, alert_time `07:30`, alerts `off`, timezone `UTC`.",
    "Daily alerts are on: every day at 07:30 (Europe/Paris), for your location.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Sorry, `weather` is disabled right now.",
]
HELP = ("Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
        "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n"
        "• `forget location`: forget your location\n• `forget me`: delete everything I know about you (asks first)\n"
        "• `help`: this list\n• `login`: a private one-time link to your page, where you see and change what I know\n"
        "• `my location`: what I remember as your location\n"
        "• `remember location <place>`: remember where you are (used by `weather`)\n"
        "• `weather [place]`: the weather for a place, or for your remembered location")


def bot_reply_text(day: Day) -> tuple[str, str]:
    """(reply text, place) of one of Jeeves's answers."""
    rng = day.rng
    if rng.random() < 0.15:
        return (("Sorry, I did not understand that. " if rng.random() < 0.5 else "") + HELP), ""
    place = rng.choice(PLACES)
    label = PLACE_LABELS.get(place, place)
    return rng.choice(BOT_REPLIES).format(label=label, place=place), place


def _section(text: str, rng: random.Random) -> dict[str, Any]:
    return {"type": "section", "block_id": _pick(rng, _B64URL[:62], 5), "text": {"type": "mrkdwn", "text": text,
                                                                                "verbatim": False}}


def _button_block(place: str, rng: random.Random) -> dict[str, Any]:
    return {"type": "actions", "block_id": _pick(rng, _B64URL[:62], 5), "elements": [
        {"type": "button", "action_id": "set_location", "text": {"type": "plain_text", "text": "Set as my location",
                                                                 "emoji": True}, "value": place}]}


def bot_message(day: Day, text: str, place: str, uid: str, team: str, when: float) -> dict[str, Any]:
    """Jeeves's own reply as the message.im event Slack sends back about it."""
    rng = day.rng
    ts = _ts(rng, when)
    blocks = [_section(text, rng)] + ([_button_block(place, rng)] if place and "°" in text else [])
    event: dict[str, Any] = {
        "bot_id": BOT_ID, "type": "message", "text": slack_text(text), "user": BOT_USER, "ts": ts, "app_id": APP_ID,
        "blocks": blocks, "team": team,
        "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": 1712345678, "app_id": APP_ID,
                        "icons": {f"image_{n}": f"https://avatars.slack-edge.com/2024-04-05/6912345678_1a2b3c4d5e6f7a8b"
                                                f"9c0d_{n}.png" for n in (36, 48, 72)},
                        "team_id": team},
        "channel": _dm_of(uid), "event_ts": ts, "channel_type": "im"}
    if rng.random() < 0.25:
        event["metadata"] = {"event_type": "jeeves_delivery",
                             "event_payload": {"key": f"weather_alert:{uid}:2024-06-20"}}
    return slack_event(day, when, team, event)


FILES = [
    ("Screenshot 2024-06-20 at 09.14.02.png", "image/png", "png", "PNG"),
    ("スクリーンショット 2024-06-20 9.14.02.png", "image/png", "png", "PNG"),
    (unicodedata.normalize("NFD", "Résumé – Zoë O’Connor (final v2).pdf"), "application/pdf", "pdf", "PDF"),
    ("error log.txt", "text/plain", "text", "Plain Text"), ("invoice #2024-0613.pdf", "application/pdf", "pdf", "PDF"),
    ("Q2 report [DRAFT] (1).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
     "Excel Spreadsheet"),
    ("IMG_4821.HEIC", "image/heic", "heic", "HEIC"), ("отчёт_июнь.docx",
                                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                      "docx", "Word Document"),
    ("تقرير الربع الثاني.pdf", "application/pdf", "pdf", "PDF"),
    ("jeeves-worker.log", "text/plain", "text", "Plain Text"),
    ("docker-compose.override.yml", "text/plain", "yaml", "YAML"), ("alerts.sql", "text/plain", "sql", "SQL"),
    ("crash.txt", "text/plain", "text", "Plain Text"),
    ("O'Brien & Partners – NDA.pdf", "application/pdf", "pdf", "PDF"),
]


def file_share(day: Day) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, _, _, team, domain = day.person()
    when = day.when()
    ts = _ts(rng, when)
    name, mime, ftype, pretty = rng.choice(FILES)
    fid = "F07" + _pick(rng, _UPPER, 8)
    slug = re.sub(r"[^a-z0-9]+", "_", _ascii_fold(name).lower()).strip("_")
    quoted = urllib.parse.quote(name)
    file: dict[str, Any] = {
        "id": fid, "created": int(when), "timestamp": int(when), "name": name, "title": name.rsplit(".", 1)[0],
        "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": uid, "user_team": team, "editable": False,
        "size": rng.randint(800, 4_000_000), "mode": "hosted", "is_external": False, "external_type": "",
        "is_public": False, "public_url_shared": False, "display_as_bot": False, "username": "",
        "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/{quoted}",
        "url_private_download": f"https://files.slack.com/files-pri/{team}-{fid}/download/{quoted}",
        "permalink": f"https://{domain}.slack.com/files/{uid}/{fid}/{slug}",
        "permalink_public": f"https://slack-files.com/{team}-{fid}-{_pick(rng, _HEX, 10)}",
        "has_rich_preview": False, "file_access": "visible"}
    if ftype in ("text", "yaml", "sql"):
        body = rng.choice(LOGS)[1] if ftype == "text" else rng.choice(CODE)[1]
        file.update({"editable": True, "mode": "snippet", "preview": "\n".join(body.split("\n")[:5]),
                     "lines": body.count("\n") + 1, "lines_more": max(0, body.count("\n") - 4),
                     "preview_is_truncated": body.count("\n") > 4})
    if mime.startswith("image/"):
        file.update({"thumb_360": f"https://files.slack.com/files-tmb/{team}-{fid}-{_pick(rng, _HEX, 10)}/"
                                  f"{slug}_360.png", "original_w": 2880, "original_h": 1800})
    raw = rng.choice(["", "here you go", "see attached 📎", "the file from the customer",
                      "ログを添付します", "вот файл", "مرفق الملف", rng.choice(CHAT), url_message(day)])
    event: dict[str, Any] = {"type": "message", "text": slack_text(raw), "files": [file], "upload": False, "user": uid,
                             "display_as_bot": False, "ts": ts, "client_msg_id": day.uuid4(),
                             "channel": _dm_of(uid), "subtype": "file_share", "event_ts": ts, "channel_type": "im"}
    if raw:
        event["blocks"] = rich_text(raw, rng)
    return when, slack_event(day, when, team, event)


UNFURL_TITLES = ["Pull Request #418 · acme/jeeves", "Jeeves overview – Grafana", "Runbook: Weather alerts",
                 "東京都 - Wikipedia", "Coeur d'Alene, Idaho - Wikipedia", "INC-2041 — Status"]


def _tweak(text: str, rng: random.Random) -> str:
    """What an edit usually does: fixes a typo, adds a line, or a link."""
    edits = [lambda t: t + " (edited: typo)", lambda t: t.replace("its ", "it's ", 1),
             lambda t: t + "\n\nEDIT: nvm, fixed", lambda t: t + " 🙏",
             lambda t: "~" + t.split("\n")[0] + "~ sorry wrong channel", lambda t: t + "\n" + rng.choice(URLS)]
    return rng.choice(edits)(text)


def edited_message(day: Day, raw_old: str) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, _, _, team, _ = day.person()
    when = day.when()
    ts_orig, ts_edit = _ts(rng, when - rng.uniform(5, 900)), _ts(rng, when)
    unfurl = rng.random() < 0.35
    raw_new = raw_old if unfurl else _tweak(raw_old, rng)
    if unfurl and "http" not in raw_new:
        raw_new += "\n" + rng.choice(URLS)
    old: dict[str, Any] = {"client_msg_id": day.uuid4(), "type": "message", "text": slack_text(raw_old),
                           "user": uid, "ts": ts_orig, "blocks": rich_text(raw_old, rng), "team": team}
    new = {**old, "text": slack_text(raw_new), "blocks": rich_text(raw_new, rng), "source_team": team,
           "user_team": team}
    if unfurl:
        url = _BARE_URL.search(raw_new)
        link = url.group(1) if url else rng.choice(URLS)
        host = urllib.parse.urlsplit(link).hostname or "example.com"
        new["attachments"] = [{"from_url": link, "id": 1, "original_url": link, "service_name": host,
                               "service_icon": f"https://{host}/favicon.ico", "title": rng.choice(UNFURL_TITLES),
                               "title_link": link, "text": rng.choice(PARAGRAPHS)[:300], "fallback": f"{host}: link"}]
    else:
        new["edited"] = {"user": uid, "ts": ts_edit}
    event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
             "channel": _dm_of(uid), "hidden": True, "ts": ts_edit, "event_ts": ts_edit, "channel_type": "im"}
    return when, slack_event(day, when, team, event)


def deleted_message(day: Day, raw_old: str) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, _, _, team, _ = day.person()
    when = day.when()
    ts_orig, ts_del = _ts(rng, when - rng.uniform(5, 600)), _ts(rng, when)
    old: dict[str, Any] = {"client_msg_id": day.uuid4(), "type": "message", "text": slack_text(raw_old),
                           "user": uid, "ts": ts_orig, "blocks": rich_text(raw_old, rng), "team": team}
    event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": ts_orig,
             "channel": _dm_of(uid), "previous_message": old, "ts": ts_del, "event_ts": ts_del, "channel_type": "im"}
    return when, slack_event(day, when, team, event)


def home_opened(day: Day) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, _, _, team, _ = day.person()
    when = day.when()
    event: dict[str, Any] = {"type": "app_home_opened", "user": uid, "channel": _dm_of(uid), "tab": "home",
                             "event_ts": _ts(rng, when)}
    if rng.random() < 0.8:
        place = rng.choice(PLACES)
        tz = rng.choice(TIMEZONES)
        at = f"{rng.randint(5, 9):02d}:{rng.choice([0, 15, 30, 45]):02d}"
        lines = (f"*Location:* {PLACE_LABELS.get(place, place)}\n*Units:* {rng.choice(['metric', 'imperial'])}\n"
                 f"*Daily alert:* {rng.choice(['on', 'off'])} at {at} ({tz})")
        vid = "V07" + _pick(rng, _UPPER, 8)
        event["view"] = {
            "id": vid, "team_id": team, "type": "home",
            "blocks": [{"type": "header", "block_id": _pick(rng, _B64URL[:62], 4),
                        "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                       _section(lines, rng), {"type": "divider", "block_id": _pick(rng, _B64URL[:62], 4)},
                       _section(f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me "
                                "`login` for a sign-in link).", rng)],
            "private_metadata": "", "callback_id": "", "state": {"values": {}},
            "hash": f"{int(when) - 3600}.{_pick(rng, _B64URL[:62], 8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None, "root_view_id": vid,
            "app_id": APP_ID, "external_id": "", "app_installed_team_id": team, "bot_id": BOT_ID}
    return when, slack_event(day, when, team, event)


def slash_command(day: Day, text: str) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, handle, _, team, domain = day.person()
    when = day.when()
    channel = rng.choice([(_dm_of(uid), "directmessage")] * 3 + CHANNELS)
    if channel[0].startswith("G"):
        channel = (channel[0], "privategroup")
    trigger = f"{int(when)}{rng.randint(100, 999)}.{rng.randint(10**9, 10**10 - 1)}.{_pick(rng, _HEX, 32)}"
    fields = [("token", VERIFICATION_TOKEN), ("team_id", team), ("team_domain", domain), ("channel_id", channel[0]),
              ("channel_name", channel[1]), ("user_id", uid), ("user_name", handle), ("command", "/jeeves"),
              ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
              ("response_url", f"https://hooks.slack.com/commands/{team}/{rng.randint(7 * 10**12, 8 * 10**12)}/"
                               f"{_pick(rng, _B64URL[:62], 24)}"), ("trigger_id", trigger)]
    if rng.random() < 0.1:
        fields[3:3] = [("enterprise_id", "E0" + _pick(rng, _UPPER, 8)), ("enterprise_name", "Acme Holdings")]
    body = urllib.parse.urlencode(fields)  # Slack's encoding: spaces as '+'
    return when, {"method": "POST", "uri": "/slack/commands", "body": body,
                  "headers": _slack_headers(when, "application/x-www-form-urlencoded", rng)}


def button_click(day: Day) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    uid, handle, _, team, domain = day.person()
    when = day.when()
    ts_msg = _ts(rng, when - rng.uniform(3, 600))
    kind = rng.choices(["set_location", "forget_me_confirm", "forget_me_cancel"], weights=[7, 2, 2])[0]
    trigger = f"{int(when)}{rng.randint(100, 999)}.{rng.randint(10**9, 10**10 - 1)}.{_pick(rng, _HEX, 32)}"
    payload: dict[str, Any] = {
        "type": "block_actions", "user": {"id": uid, "username": handle, "name": handle, "team_id": team},
        "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
        "container": {"type": "message", "message_ts": ts_msg, "channel_id": _dm_of(uid),
                      "is_ephemeral": kind != "set_location"},
        "trigger_id": trigger, "team": {"id": team, "domain": domain}, "enterprise": None,
        "is_enterprise_install": False, "channel": {"id": _dm_of(uid), "name": "directmessage"}}
    if kind == "set_location":
        place = rng.choice(PLACES)
        text = rng.choice(BOT_REPLIES[:5]).format(label=PLACE_LABELS.get(place, place), place=place)
        payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": slack_text(text), "user": BOT_USER,
                              "ts": ts_msg, "app_id": APP_ID, "team": team,
                              "blocks": [_section(text, rng), _button_block(place, rng)]}
        action = {"action_id": "set_location", "block_id": _pick(rng, _B64URL[:62], 5),
                  "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place,
                  "type": "button", "action_ts": _ts(rng, when)}
    else:
        label = "Yes, forget me" if kind == "forget_me_confirm" else "Cancel"
        action = {"action_id": kind, "block_id": _pick(rng, _B64URL[:62], 5),
                  "text": {"type": "plain_text", "text": label, "emoji": True}, "value": "-", "type": "button",
                  "action_ts": _ts(rng, when)}
        if kind == "forget_me_confirm":
            action["style"] = "danger"
    payload["state"] = {"values": {}}
    payload["response_url"] = (f"https://hooks.slack.com/actions/{team}/{rng.randint(7 * 10**12, 8 * 10**12)}/"
                               f"{_pick(rng, _B64URL[:62], 24)}")
    payload["actions"] = [action]
    body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=rng.random() < 0.5,
                                                          separators=(",", ":")))])
    return when, {"method": "POST", "uri": "/slack/interactions", "body": body,
                  "headers": _slack_headers(when, "application/x-www-form-urlencoded", rng)}


def url_verification(day: Day) -> tuple[float, dict[str, Any]]:
    rng = day.rng
    when = day.when()
    body = {"token": VERIFICATION_TOKEN, "challenge": _pick(rng, _B64URL[:62], 48), "type": "url_verification"}
    return when, {"method": "POST", "uri": "/slack/events", "body": json.dumps(body),
                  "headers": _slack_headers(when, "application/json", rng)}


def slack_traffic(day: Day) -> None:
    """About half the day: messages (most of it), bot echoes, edits, files, App Home, commands, clicks."""
    rng = day.rng
    said: list[str] = []

    def msg(kind: str, raw: str, mention_p: float, thread_p: float = 0.3) -> None:
        mention = rng.random() < mention_p
        when, req = user_message(day, raw, mention=mention, thread=mention and rng.random() < thread_p)
        day.add(when, kind, "json", req)
        said.append(raw)

    for _ in range(95):
        msg("slack-command", _fill(day, rng.choice(COMMANDS)), 0.2, 0.1)
    for _ in range(80):
        raw = rng.choice(CHAT)
        if rng.random() < 0.25:
            raw = f"{raw} {rng.choice(CHAT)}"
        msg("slack-chat", raw, 0.4)
    for _ in range(50):
        msg("slack-long", long_message(day), 0.5)
    for _ in range(90):
        lang, body = rng.choice(CODE)
        msg("slack-code", code_message(day, body, rng.choice(CODE_INTROS)), 0.6)
    for _ in range(70):
        lang, body = rng.choice(LOGS)
        msg("slack-log", code_message(day, body, rng.choice(LOG_INTROS)), 0.6)
    for _ in range(22):
        msg("slack-email", rng.choice(EMAILS), 0.5)
    for _ in range(20):
        msg("slack-legal", rng.choice(["", "FYI: ", "Legal says: ", "> "]) + rng.choice(LEGAL), 0.5)
    for _ in range(25):
        msg("slack-maths", rng.choice(MATHS), 0.4)
    for _ in range(28):
        msg("slack-table", rng.choice(TABLES), 0.5)
    for _ in range(40):
        msg("slack-url", url_message(day), 0.5)
    for _ in range(40):
        msg("slack-names", names_message(day), 0.6)
    for _ in range(50):
        text, place = bot_reply_text(day)
        uid, _, _, team, _ = day.person()
        when = day.when()
        day.add(when, "slack-bot-echo", "json", bot_message(day, text, place, uid, team, when))
    for _ in range(40):
        when, req = edited_message(day, rng.choice(said))
        day.add(when, "slack-edit", "json", req)
    for _ in range(8):
        when, req = deleted_message(day, rng.choice(said))
        day.add(when, "slack-delete", "json", req)
    for _ in range(30):
        when, req = file_share(day)
        day.add(when, "slack-file", "json", req)
    for _ in range(25):
        when, req = home_opened(day)
        day.add(when, "slack-home", "json", req)
    for _ in range(2):
        when, req = url_verification(day)
        day.add(when, "slack-verify", "json", req)
    slash_texts: list[Callable[[], str]] = [
        lambda: _fill(day, rng.choice(COMMANDS)), lambda: _fill(day, rng.choice(COMMANDS)),
        lambda: _fill(day, rng.choice(COMMANDS)), lambda: rng.choice(CHAT), lambda: rng.choice(MATHS),
        lambda: "weather " + rng.choice(PLACES) + " " + rng.choice(["", "🙏", "pls", "tomorrow?", "— thx!"]),
        lambda: "remember location " + rng.choice(["1600 Amphitheatre Pkwy, Mountain View, CA 94043",
                                                   "221B Baker Street, London NW1 6XE", "Rua Augusta, 1500 – São Paulo",
                                                   "東京都渋谷区神南1-2-3", "Unter den Linden 77, 10117 Berlin",
                                                   "Chem. de Bellerive 2, 1007 Lausanne", "ул. Тверская, 7, Москва"]),
        lambda: "help", lambda: "", lambda: "login", lambda: url_message(day)[:300], lambda: names_message(day),
        lambda: "config timezone " + rng.choice(TIMEZONES), lambda: "what does `config units` do? 🤔",
    ]
    for _ in range(95):
        when, req = slash_command(day, rng.choice(slash_texts)())
        day.add(when, "slack-slash", "form", req)
    for _ in range(60):
        when, req = button_click(day)
        day.add(when, "slack-button", "form", req)


# ---- the data API and TokenDealer ------------------------------------------------------------------------
KIDS = ["-Xq3v9kTqY4mN0pZr8sLwE2bC1dF6gH7jK5aQ9uV0yI", "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"]
CLIENTS = [("jeeves-worker", "read write"), ("grafana-exporter", "read"), ("billing-sync:prod", "read"),
           ("data_eng.nightly", "read"), ("zapier-bridge", "read write"), ("ops:pagerduty-hook", "read"),
           ("demo-client", "read"), ("initech-reports", "read"), ("jeeves-admin", "clients:admin"),
           ("mobile-companion.ios", "read"), ("retool.internal", "read write")]

SDKS: list[dict[str, str]] = [
    {"User-Agent": "python-httpx/0.27.0", "Accept": "application/json", "Accept-Encoding": "gzip, deflate, br"},
    {"User-Agent": "python-requests/2.32.3", "Accept-Encoding": "gzip, deflate", "Accept": "*/*",
     "Connection": "keep-alive"},
    {"User-Agent": "Go-http-client/2.0", "Accept-Encoding": "gzip"},
    {"User-Agent": "okhttp/4.12.0", "Accept-Encoding": "gzip"},
    {"Accept": "application/json, text/plain, */*", "User-Agent": "axios/1.7.2",
     "Accept-Encoding": "gzip, compress, deflate, br"},
    {"accept": "*/*", "accept-language": "*", "sec-fetch-mode": "cors", "user-agent": "node",
     "accept-encoding": "gzip, deflate"},
    {"User-Agent": "curl/8.8.0", "Accept": "*/*"},
    {"User-Agent": "PostmanRuntime/7.39.0", "Accept": "*/*", "Cache-Control": "no-cache",
     "Accept-Encoding": "gzip, deflate, br", "Connection": "keep-alive"},
    {"User-Agent": "Java-http-client/21.0.3", "Accept": "application/json"},
    {"User-Agent": "Apache-HttpClient/5.3.1 (Java/17.0.11)", "Accept-Encoding": "gzip, x-gzip, deflate",
     "Accept": "application/json"},
    {"User-Agent": "Grafana/11.0.0", "Accept": "application/json", "X-Grafana-Org-Id": "1",
     "Accept-Encoding": "gzip"},
    {"User-Agent": "Faraday v2.9.2", "Accept-Encoding": "gzip;q=1.0,deflate;q=0.6,identity;q=0.3", "Accept": "*/*"},
    {"User-Agent": "jeeves-reporting/3.2.1 (+https://wiki.acme.example/display/DATA/Jeeves+Reporting; "
                   "data-eng@acme.example) python-httpx/0.27.0", "Accept": "application/json"},
    {"User-Agent": "Acme.Jeeves.Sync/1.4.0 (.NET 8.0.6; Microsoft Windows 10.0.20348)", "Accept": "application/json"},
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/7.4.2",
     "Accept": "*/*"},
    {"User-Agent": "Retool/2.0 (+https://docs.retool.com/)", "Accept": "application/json"},
    {"User-Agent": "insomnia/9.2.0", "Accept": "*/*"},
    {"User-Agent": "HTTPie/3.2.2", "Accept": "application/json, */*;q=0.5", "Accept-Encoding": "gzip, deflate",
     "Connection": "keep-alive"},
]


def _jwt(day: Day, client: str, scope: str, aud: str = "jeeves") -> str:
    rng = day.rng
    iat = DAY0 + rng.randint(0, 86000)
    header = {"alg": "ES256", "kid": rng.choice(KIDS), "typ": "at+jwt"}
    claims = {"iss": BASE, "sub": client, "aud": aud, "iat": iat, "nbf": iat, "exp": iat + 900,
              "jti": _pick(rng, _HEX, 32), "client_id": client, "scope": scope}
    sig = bytes(rng.getrandbits(8) for _ in range(64))
    parts = [_b64url(json.dumps(x, separators=(",", ":")).encode()) for x in (header, claims)]
    return ".".join(parts) + "." + _b64url(sig)


def _trace_headers(day: Day) -> dict[str, str]:
    """What instrumented clients and proxies add: W3C trace context, vendor trace ids, request ids."""
    rng = day.rng
    trace, span = _pick(rng, _HEX, 32), _pick(rng, _HEX, 16)
    options = [
        {"traceparent": f"00-{trace}-{span}-01", "tracestate": f"congo=t61rcWkgMzE,rojo={span}"},
        {"traceparent": f"00-{trace}-{span}-00",
         "baggage": "userId=zoe.oconnor,serverNode=DF%2028,isProduction=true,team=platform%20%26%20ops"},
        {"X-Request-Id": day.uuid4()}, {"X-Request-Id": f"reporting:{int(day.when())}:{_pick(rng, _HEX, 8)}"},
        {"X-Amzn-Trace-Id": f"Root=1-{_pick(rng, _HEX, 8)}-{_pick(rng, _HEX, 24)};Parent={span};Sampled=1"},
        {"sentry-trace": f"{trace}-{span}-1",
         "baggage": f"sentry-environment=production,sentry-release=reporting%403.2.1,sentry-public_key="
                    f"{_pick(rng, _HEX, 32)},sentry-trace_id={trace},sentry-sample_rate=0.2,sentry-sampled=true"},
        {"x-datadog-trace-id": str(rng.getrandbits(63)), "x-datadog-parent-id": str(rng.getrandbits(63)),
         "x-datadog-sampling-priority": "1", "x-datadog-origin": "synthetics"},
        {"X-B3-TraceId": trace, "X-B3-SpanId": span, "X-B3-Sampled": "1"},
        {"X-Correlation-ID": day.uuid4(), "Accept-Language": "de-CH, de;q=0.9, en;q=0.7"},
        {"Forwarded": "for=198.51.100.17;proto=https;by=203.0.113.43", "Via": "1.1 proxy.acme.example (squid/6.6)"},
        {"Idempotency-Key": day.uuid4()}, {},
    ]
    return rng.choice(options)


def _api_headers(day: Day, token: str, body: bool = False) -> dict[str, str]:
    rng = day.rng
    headers = dict(rng.choice(SDKS))
    headers["Authorization"] = f"Bearer {token}"
    if body:
        headers["Content-Type"] = rng.choice(["application/json", "application/json; charset=utf-8",
                                              "application/merge-patch+json"][:2 + (rng.random() < 0.05)])
    if rng.random() < 0.6:
        headers.update(_trace_headers(day))
    return headers


API_NAMES = [p[2] for p in PEOPLE] + [
    "Seán Ó Briain", "Renée-Claude D'Amour", "Zoë Saldaña-Perego", "J. R. R. Tolkien", "Dr. Martin Luther King, Jr.",
    "Nguyễn Thị Minh Khai", "Ольга Петрова-Водкина", "Özgür Şahin", "Łukasz Żółć", "José María Olazábal",
    "Mary 'Molly' Brown", 'Robert "Bob" Smith', "Chloë Grace & Co.", "Ana-Maria O’Hara-Nuñez", "王小明", "佐藤 健",
    "이서연", "Ахмед Ахмедов", "עמית לוי", "سارة محمد", "प्रिया शर्मा", "Somchai Jaidee", "Ngāi Tahu liaison (Aroha)",
    "st. clair, louise", "McDonald-O'Sullivan, Rory", "Ææ Øystein Ågård", "Jean-Marie Le Pen-Duval", "X Æ A-12",
]
API_EMAILS = ["zoe.oconnor@acme.example", "o'brien.p@initech.example", "mary-kate+jeeves@acme.example",
              "jean.luc@example.co.uk", "ops@xn--mnchen-3ya.de", "first.last@eu.sub.globex.example",
              "maki.yamada@acme.co.jp", "d_souza@acme.example", "a.alrashid@acme.sa", "k.tanaka.jr@acme.example",
              "björk@acme.is", "noreply+alerts@acme.example", "Renee.DAmour@Acme.Example"]


def api_traffic(day: Day) -> None:
    """The data API as its clients call it, and TokenDealer's endpoints as OAuth clients and probes call them."""
    rng = day.rng

    def token(scope: str = "read") -> str:
        client = rng.choice([c for c, s in CLIENTS if scope in s.split()] or ["jeeves-worker"])
        return _jwt(day, client, dict(CLIENTS).get(client, scope), "jeeves")

    for _ in range(50):
        params: list[tuple[str, str]] = []
        if rng.random() < 0.8:
            params.append(("limit", str(rng.choice([10, 25, 50, 100, 200, 500]))))
        if rng.random() < 0.5:
            params.append(("offset", str(rng.choice([0, 25, 50, 100, 500, 1000, 12500]))))
        if rng.random() < 0.5:
            params.append(("team_id", rng.choice(TEAMS)[0]))
        if rng.random() < 0.4:
            params.append(("alerts", rng.choice(["true", "false", "1", "0", "on", "off", "True"])))
        if rng.random() < 0.4:
            params.append(("active", rng.choice(["true", "false", "1"])))
        if rng.random() < 0.12:
            params.append(rng.choice([("fields", "id,email,settings.timezone"), ("sort", "-created_at"),
                                      ("_", str(DAY0 * 1000 + rng.randint(0, 86_400_000))),
                                      ("q", rng.choice(API_NAMES))]))
        rng.shuffle(params)
        uri = _query("/api/users", params) if rng.random() < 0.5 else "/api/users?" + urllib.parse.urlencode(params)
        uri = uri.rstrip("?")
        day.add(day.when(), "api-users", "query",
                {"method": "GET", "uri": uri, "body": "", "headers": _api_headers(day, token())})
    for _ in range(35):
        uid = rng.choice([1, 2, 7, 42, 118, 1024, 31337, 9_000_001])
        day.add(day.when(), "api-user", "path", {"method": rng.choice(["GET"] * 9 + ["HEAD"]),
                                                 "uri": f"/api/users/{uid}", "body": "",
                                                 "headers": _api_headers(day, token())})
    for _ in range(50):
        doc: dict[str, Any] = {}
        for key in rng.sample(["name", "email", "is_active", "is_admin", "settings"], rng.randint(1, 3)):
            if key == "name":
                doc["name"] = rng.choice(API_NAMES)
            elif key == "email":
                doc["email"] = rng.choice(API_EMAILS)
            elif key == "settings":
                at = f"{rng.randint(5, 21):02d}:{rng.choice([0, 15, 30, 45]):02d}"
                doc["settings"] = dict(rng.sample([("units", rng.choice(["metric", "imperial"])),
                                                   ("alert_time", at),
                                                   ("alerts", rng.random() < 0.5),
                                                   ("timezone", rng.choice(TIMEZONES))], rng.randint(1, 4)))
            else:
                doc[key] = rng.random() < 0.7
        req = _json(f"/api/users/{rng.choice([1, 7, 42, 118, 1024])}", doc)
        if rng.random() < 0.3:
            req["body"] = json.dumps(doc, ensure_ascii=True)  # Python's and many SDKs' default
        if rng.random() < 0.2:
            req["body"] = json.dumps(doc, ensure_ascii=False, indent=2)
        day.add(day.when(), "api-patch", "json",
                {**req, "method": "PATCH", "headers": _api_headers(day, token("write"), True)})
    stamps = ["2024-06-19T00:00:00Z", "2024-06-19T07:30:00.000Z", "2024-06-19T00:00:00+02:00", "2024-06-19",
              "2024-06-20T00:00:00-07:00", "2024-06-19 12:00:00", "2024-06-13T00:00:00Z",
              "2024-06-20T06:00:00.123456+00:00"]
    for _ in range(30):
        since = rng.choice(stamps)
        until = "2024-06-20T" + rng.choice(["09:00:00Z", "12:00:00+00:00", "23:59:59Z"])
        params = [("since", since)] + ([("until", until)] if rng.random() < 0.6 else [])
        uri = _query("/api/usage/stats", params) if rng.random() < 0.5 else \
            "/api/usage/stats?" + urllib.parse.urlencode(params)
        day.add(day.when(), "api-usage", "query",
                {"method": "GET", "uri": uri, "body": "", "headers": _api_headers(day, token())})
    for _ in range(15):
        day.add(day.when(), "api-switches", "header",
                {"method": "GET", "uri": "/api/switches", "body": "", "headers": _api_headers(day, token())})
    actions = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location", "remember_location",
               "weather"]
    reasons = ["maintenance window — weather provider down (INC-2043)",
               "Kunde hat um Abschaltung gebeten (Ticket #5521)",
               "rollback after “forget me” bug; see https://acme.atlassian.net/browse/PLAT-830",
               "ops: re-enable after 07:30 alert run", "法務確認中のため一時停止",
               "temporarily off for T02Q8KJ3M — O'Brien's request"]
    for _ in range(25):
        doc = {"enabled": rng.random() < 0.5}
        if rng.random() < 0.6:
            doc["team_id"] = rng.choice([t for t, _ in TEAMS] + ["*"])
        if rng.random() < 0.3:
            doc["reason"] = rng.choice(reasons)  # ignored by the API; ops tools send it anyway
        req = _json(f"/api/switches/{rng.choice(actions)}", doc)
        day.add(day.when(), "api-switch-put", "json",
                {**req, "method": "PUT", "headers": _api_headers(day, token("write"), True)})
    for _ in range(8):
        headers = dict(rng.choice(SDKS))
        day.add(day.when(), "api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "body": "",
                                                      "headers": headers})
    oauth_traffic(day)


def _basic(client_id: str, secret: str) -> str:
    pair = f"{urllib.parse.quote_plus(client_id)}:{urllib.parse.quote_plus(secret)}"
    return "Basic " + base64.b64encode(pair.encode()).decode()


def _multipart(day: Day, fields: list[tuple[str, str]], curl: bool = True) -> tuple[str, str]:
    rng = day.rng
    boundary = ("-" * 24 + _pick(rng, _HEX, 16)) if curl else ("----WebKitFormBoundary" + _pick(rng, _B64URL[:62], 16))
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    return f"multipart/form-data; boundary={boundary}", "".join(parts) + f"--{boundary}--\r\n"


def oauth_traffic(day: Day) -> None:
    rng = day.rng
    secrets_by_client = {c: _token(rng) for c, _ in CLIENTS}

    def form_headers(auth: str | None, charset: bool) -> dict[str, str]:
        headers = dict(rng.choice(SDKS))
        headers["Content-Type"] = "application/x-www-form-urlencoded" + (";charset=UTF-8" if charset else "")
        headers.setdefault("Accept", "application/json")
        if auth:
            headers["Authorization"] = auth
        if rng.random() < 0.3:
            headers.update(_trace_headers(day))
        return headers

    for i in range(85):
        client, scopes = rng.choice(CLIENTS)
        fields = [("grant_type", "client_credentials")]
        if rng.random() < 0.7:
            fields.append(("scope", rng.choice([scopes, scopes.split()[0]])))
        if client == "jeeves-admin":
            fields.append(("audience", "tokendealer"))
        elif rng.random() < 0.3:
            fields.append(("audience", "jeeves"))
        basic = rng.random() < 0.7
        if not basic:
            fields += [("client_id", client), ("client_secret", secrets_by_client[client])]
        if i < 8:
            ctype, body = _multipart(day, fields)
            headers = {"User-Agent": "curl/8.8.0", "Accept": "*/*", "Content-Type": ctype}
            if basic:
                headers["Authorization"] = _basic(client, secrets_by_client[client])
            day.add(day.when(), "oauth-token", "multipart",
                    {"method": "POST", "uri": "/oauth/token", "body": body, "headers": headers})
            continue
        body = urllib.parse.urlencode(fields, quote_via=rng.choice([urllib.parse.quote_plus, urllib.parse.quote]))
        req = _form("/oauth/token", fields)
        req["body"] = body
        req["headers"] = form_headers(_basic(client, secrets_by_client[client]) if basic else None, rng.random() < 0.3)
        day.add(day.when(), "oauth-token", "header" if basic else "form", req)
    for kind, uri, n in (("oauth-introspect", "/oauth/introspect", 30), ("oauth-revoke", "/oauth/revoke", 18)):
        for _ in range(n):
            client, scopes = rng.choice(CLIENTS)
            fields = [("token", _jwt(day, client, scopes))]
            if rng.random() < 0.6:
                fields.append(("token_type_hint", "access_token"))
            basic = rng.random() < 0.8
            if not basic:
                fields += [("client_id", client), ("client_secret", secrets_by_client[client])]
            req = _form(uri, fields)
            req["headers"] = form_headers(_basic(client, secrets_by_client[client]) if basic else None, False)
            day.add(day.when(), kind, "form", req)
    for i in range(40):
        client, scopes = rng.choice(CLIENTS)
        fields = [("access_token", _jwt(day, client, scopes))]
        if rng.random() < 0.5:
            fields.append(("audience", "tokendealer" if client == "jeeves-admin" else "jeeves"))
        if i < 6:
            ctype, body = _multipart(day, fields, curl=i % 2 == 0)
            day.add(day.when(), "oauth-verify", "multipart", {"method": "POST", "uri": "/verify_token", "body": body,
                                                              "headers": {"User-Agent": "curl/8.8.0", "Accept": "*/*",
                                                                          "Content-Type": ctype}})
            continue
        req = _form("/verify_token", fields)
        req["headers"] = form_headers(None, rng.random() < 0.2)
        day.add(day.when(), "oauth-verify", "form", req)
    jwks_clients = [{"User-Agent": "python-requests/2.32.3", "Accept": "application/json, application/jwk-set+json"},
                    {"User-Agent": "Go-http-client/1.1", "Accept-Encoding": "gzip"},
                    {"User-Agent": "Nimbus-JOSE-JWT/9.40 (Java/21.0.3)",
                     "Accept": "application/json, application/jwk+json"},
                    {"User-Agent": "jwks-rsa/3.1.0 node", "Accept": "application/json"},
                    {"User-Agent": "lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "Accept": "application/json"},
                    {"User-Agent": "PyJWT/2.8.0 python-urllib/3.11", "Accept": "*/*"}]
    etag = '"' + _pick(rng, _HEX, 40) + '"'
    for _ in range(32):
        headers = dict(rng.choice(jwks_clients))
        if rng.random() < 0.5:
            headers["If-None-Match"] = etag if rng.random() < 0.8 else f'W/{etag}, "{_pick(rng, _HEX, 40)}"'
        if rng.random() < 0.2:
            headers["Cache-Control"] = "no-cache"
        day.add(day.when(), "jwks", "header", {"method": rng.choice(["GET"] * 7 + ["HEAD"]),
                                                "uri": "/.well-known/jwks.json", "body": "", "headers": headers})
    meta_clients = [{"User-Agent": "oauth4webapi/v2.10.4", "Accept": "application/json"},
                    {"User-Agent": "Java/17.0.11", "Accept": "application/json, application/*+json"},
                    {"User-Agent": "Authlib/1.3.1 (+https://authlib.org/) httpx/0.27.0", "Accept": "application/json"},
                    {"User-Agent": "curl/8.8.0", "Accept": "*/*"},
                    {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                   "Chrome/126.0.0.0 Safari/537.36", "Accept": "text/html,application/xhtml+xml,"
                     "application/xml;q=0.9,*/*;q=0.8", "Accept-Language": "en-US,en;q=0.9"}]
    for _ in range(18):
        day.add(day.when(), "oauth-metadata", "header",
                {"method": rng.choice(["GET"] * 5 + ["HEAD"]), "uri": "/.well-known/oauth-authorization-server",
                 "body": "", "headers": dict(rng.choice(meta_clients))})
    probes = [{"User-Agent": "kube-probe/1.29", "Accept": "*/*", "Connection": "close"},
              {"User-Agent": "Blackbox Exporter/0.25.0", "Accept": "*/*"},
              {"User-Agent": "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
               "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
              {"User-Agent": "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"},
              {"User-Agent": "ELB-HealthChecker/2.0", "Accept-Encoding": "gzip, compressed"},
              {"User-Agent": "Datadog/Synthetics", "x-datadog-origin": "synthetics",
               "x-datadog-trace-id": str(rng.getrandbits(63)), "x-datadog-parent-id": "0"},
              {"User-Agent": "Better Uptime Bot Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
                             "like Gecko) Chrome/91.0.4472.124 Safari/537.36"}]
    for i in range(16):
        day.add(day.when(), "probe", "header", {"method": "GET" if i % 5 else "HEAD",
                                                "uri": rng.choice(["/healthz", "/readyz"]), "body": "",
                                                "headers": dict(rng.choice(probes))})


# ---- browsers: the admin panel, /me/ and sign-in -----------------------------------------------------------
_CH = '"Not/A)Brand";v="8", "Chromium";v="126", '
BROWSERS: list[dict[str, str]] = [
    {"family": "chrome", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "Chrome/126.0.0.0 Safari/537.36", "ch": _CH + '"Google Chrome";v="126"',
     "platform": '"Windows"', "mobile": "?0"},
    {"family": "chrome", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "Chrome/126.0.0.0 Safari/537.36", "ch": _CH + '"Google Chrome";v="126"',
     "platform": '"macOS"', "mobile": "?0"},
    {"family": "chrome", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "ch": _CH + '"Microsoft Edge";v="126"',
     "platform": '"Windows"', "mobile": "?0"},
    {"family": "chrome", "ua": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "Chrome/126.0.0.0 Mobile Safari/537.36", "ch": _CH + '"Google Chrome";v="126"',
     "platform": '"Android"', "mobile": "?1"},
    {"family": "firefox", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0"},
    {"family": "firefox", "ua": "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"},
    {"family": "firefox", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0"},
    {"family": "safari", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                                "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"},
    {"family": "safari", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 "
                                "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"},
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9",
         "ar-SA,ar;q=0.9,en;q=0.8", "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
         "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "th-TH,th;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "en-GB,en;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-419,es;q=0.9", "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6", "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7"]
NAV_ACCEPT = {"chrome": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                        "q=0.8,application/signed-exchange;v=b3;q=0.7",
              "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
              "safari": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ENCODINGS = {"chrome": "gzip, deflate, br, zstd", "firefox": "gzip, deflate, br, zstd", "safari": "gzip, deflate, br"}


def _other_cookies(day: Day) -> list[str]:
    """Cookies other apps on the parent domain leave in the browser (analytics, consent, preferences)."""
    rng = day.rng
    pool = [
        f"_ga=GA1.1.{rng.randint(10**8, 10**10)}.{DAY0 - rng.randint(0, 10**7)}",
        f"_ga_7XK2P9QZ1B=GS1.1.{DAY0 + 30000}.{rng.randint(1, 40)}.1.{DAY0 + 30123}.0.0.0",
        f"ajs_anonymous_id=%22{day.uuid4()}%22",
        "OptanonConsent=isGpcEnabled=0&datestamp=Thu+Jun+20+2024+09%3A14%3A02+GMT%2B0200+(Mitteleurop%C3%A4ische+"
        "Sommerzeit)&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId="
        f"{day.uuid4()}&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0"
        "%2CC0004%3A0&AwaitingReconsent=false",
        "OptanonAlertBoxClosed=2024-05-02T08:11:45.104Z", "theme=dark", "lang=pt-BR", "tz=America%2FSao_Paulo",
        "sidebar_collapsed=true", f"intercom-device-id-x7k2p9={day.uuid4()}",
        "_hjSessionUser_3456789=" + base64.b64encode(json.dumps(
            {"id": day.uuid4(), "created": (DAY0 - 86400) * 1000, "existing": True}).encode()).decode(),
        f"AMCV_0123456789ABCDEF01234567%40AdobeOrg=179643557%7CMCIDTS%7C19894%7CMCMID%7C{rng.getrandbits(120)}"
        "%7CvVersion%7C5.5.0", f"_fbp=fb.1.{DAY0}123.{rng.randint(10**9, 10**10)}",
        "ui_prefs=%7B%22density%22%3A%22compact%22%2C%22tables%22%3A%22striped%22%7D",
        f"__cf_bm={_token(rng, 30)}-{DAY0}-1.0.1.1-{_token(rng, 40)}",
        "cookie_consent=necessary,analytics", "seen_banner_2024_06=1",
        "wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce%26mfold%3Do", "_gcl_au=1.1.1234567890.1718000000",
    ]
    return rng.sample(pool, rng.randint(1, 4))


def browser_request(day: Day, method: str, uri: str, *, cookies: list[str], form: list[tuple[str, str]] | None = None,
                    dest: str = "document", site: str = "same-origin", extra_cookies: bool = False,
                    browser: dict[str, str] | None = None, lang: str | None = None) -> dict[str, Any]:
    """A browser's request with the header set, order and cookies that browser sends."""
    rng = day.rng
    b = browser or rng.choice(BROWSERS)
    fam = b["family"]
    lang = lang or rng.choice(LANGS)
    jar = list(cookies) + (_other_cookies(day) if extra_cookies else [])
    rng.shuffle(jar)
    accept = NAV_ACCEPT[fam] if dest == "document" else ("text/css,*/*;q=0.1" if dest == "style" else
                                                         "application/json,text/plain,*/*")
    mode = {"document": "navigate", "style": "no-cors"}.get(dest, "cors")
    body = urllib.parse.urlencode(form) if form is not None else ""
    h: dict[str, str] = {}
    if fam == "chrome":
        if method == "POST":
            h["Cache-Control"] = "max-age=0"
        h.update({"sec-ch-ua": b["ch"], "sec-ch-ua-mobile": b["mobile"], "sec-ch-ua-platform": b["platform"]})
        if method == "POST":
            h["Origin"] = "null"  # the pages' Referrer-Policy: no-referrer
            h["Content-Type"] = "application/x-www-form-urlencoded"
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
        h.update({"User-Agent": b["ua"], "Accept": accept, "Sec-Fetch-Site": site, "Sec-Fetch-Mode": mode})
        if dest == "document" and site != "same-origin" or method == "POST":
            h["Sec-Fetch-User"] = "?1"
        h.update({"Sec-Fetch-Dest": dest, "Accept-Encoding": ENCODINGS[fam], "Accept-Language": lang})
        if jar:
            h["Cookie"] = "; ".join(jar)
        h["Priority"] = "u=0, i" if dest == "document" else "u=0"
    elif fam == "firefox":
        h.update({"User-Agent": b["ua"], "Accept": accept, "Accept-Language": lang, "Accept-Encoding": ENCODINGS[fam]})
        if method == "POST":
            h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "null"})
        if rng.random() < 0.3:
            h["DNT"] = "1"
        if rng.random() < 0.2:
            h["Sec-GPC"] = "1"
        h["Connection"] = "keep-alive"
        if jar:
            h["Cookie"] = "; ".join(jar)
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
        h.update({"Sec-Fetch-Dest": dest, "Sec-Fetch-Mode": mode, "Sec-Fetch-Site": site})
        if dest == "document":
            h["Sec-Fetch-User"] = "?1"
        h["Priority"] = "u=0, i" if dest == "document" else "u=2"
    else:
        if method == "POST":
            h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "null"})
        h.update({"Accept": accept, "Sec-Fetch-Site": site})
        if jar:
            h["Cookie"] = "; ".join(jar)
        h.update({"Sec-Fetch-Dest": dest, "Accept-Language": lang.split(";")[0].split(",")[0] + ",en;q=0.9",
                  "Sec-Fetch-Mode": mode, "User-Agent": b["ua"], "Accept-Encoding": ENCODINGS[fam],
                  "Connection": "keep-alive"})
    return {"method": method, "uri": uri, "body": body, "headers": h}


ADMINS = ["zoe", "jl.picard", "ops-admin", "priya.dsouza", "maki_y", "jörg-peter", "admin", "mk.oneill",
          "d.oreilly-ng", "siobhan"]
PASSWORDS = ["xK9#mQ2$vL!p7&Wz", "Tr0ub4dor&3", "correct horse battery staple", "P@ssw0rd-2024!",
             "ñandú-Café-42-tormenta", "Summer2024!!Summer", "hunter2hunter2", "9v$Lq'T\"3;x~Rb/Nw", "aB3$dE6^gH9*jK2(",
             "Sommer;Regen;Wind;2024", "ʕ•ᴥ•ʔ-bear-password-77", "пароль-Надёжный-2024", "mY-p4ss-w/ slash&amp",
             "<3-my-cat-Mittens-<3", "1qaz@WSX3edc$RFV", "tH1s|is|a|long|one", "OR-gate-42 (not a joke)", "%E2%9C%93ok"]
USER_QUERIES = ["O'Brien", "o’brien", "Zoë", "zoe", "José", "Nguyễn", "山田", "김", "Мария", "أحمد", "שירה", "ann@",
                "@acme.example", "Mary-Kate", "jean-luc", "D'Souza", "T061EG9R6", "U024BE7LH", "tanaka jr.",
                "Dr. S. Love", "(they/them)", "🧙", "Ní Bhriain", "Sørensen", "mk.oneill@acme.example", "%", "_",
                "acme.example -globex", "o'neill OR o'brien", "Ngāta", "l", "प्रिया", "สมชาย", "Łódź"]
AUDIT_QUERIES = ["login", "client.rotate", "user.active", "feature.set", "weather@T061EG9R6", "failed", "ops-admin",
                 "203.0.113.", "U024BE7LH", "jeeves-worker", "2024-06-20", "slack:T061EG9R6/U03K9QW2T", "denied",
                 "Zoë", "o'brien", "user.forget_me", "admin.map_slack", "account.totp_enable", "locked",
                 "grafana-exporter", "billing-sync:prod", "client.create scopes=read write", "r7-1718871234-88-3"]
CLIENT_FORMS = [
    ("grafana-exporter", "Grafana JSON datasource (owner: @platform, ticket PLAT-733)", ["read"]),
    ("billing-sync:prod", "Nightly billing sync — prod. Owner: finance-eng@acme.example; on-call: #billing-oncall",
     ["read"]),
    ("data_eng.nightly", "Nightly export to BigQuery (dataset `jeeves_prod`), see https://wiki.acme.example/x/AbC1",
     ["read"]),
    ("zapier-bridge", "Zapier → Jeeves bridge for the “Weather to Sheets” zap (Mary-Kate O'Neill)", ["read", "write"]),
    ("ops:pagerduty-hook", "PagerDuty webhook: switches `weather` off when the provider is down (INC-2043 runbook §2)",
     ["read", "write"]),
    ("initech-reports", "Initech's monthly usage report — contract §4.2(b); contact Patrick O'Brien +1 650 555 0172",
     ["read"]),
    ("mobile-companion.ios", "iOS companion app v3.14 (App Store build 2024.06.18)", ["read"]),
    ("retool.internal", "Retool admin dashboards — «Support» & «Ops» apps", ["read", "write"]),
    ("tokyo-office.kiosk", "東京オフィスの受付キオスク（天気表示）", ["read"]),
    ("ar-dashboard", "لوحة متابعة فريق الرياض", ["read"]),
    ("qa.load-test", "k6 load test client — delete after 30/06/2024!", ["read"]),
]


def admin_traffic(day: Day) -> None:
    """The admin panel through a day: pages, searches, forms, sign-in and out."""
    rng = day.rng

    def session() -> list[str]:
        return [f"__Host-jeeves_admin={_token(rng)}"]

    def page(kind: str, uri: str, placement: str = "query") -> None:
        extra = rng.random() < 0.3
        day.add(day.when(), kind, "cookie" if extra else placement,
                browser_request(day, "GET", uri, cookies=session(), extra_cookies=extra))

    def post(kind: str, uri: str, fields: list[tuple[str, str]], placement: str = "form") -> None:
        day.add(day.when(), kind, placement, browser_request(day, "POST", uri, cookies=session(),
                                                             form=[("csrf_token", _token(rng))] + fields))

    for _ in range(20):
        page("admin-page", "/admin/", "cookie")
    for _ in range(42):
        q = rng.choice(USER_QUERIES)
        params = [("q", q)] + ([("page", str(rng.randint(2, 9)))] if rng.random() < 0.3 else [])
        page("admin-users", "/admin/users?" + urllib.parse.urlencode(params))
    for _ in range(6):
        page("admin-users", "/admin/users?" + urllib.parse.urlencode(
            [("done", "user_updated"), ("q", rng.choice(USER_QUERIES)), ("page", "1")]))
    for _ in range(28):
        params = [("q", rng.choice(AUDIT_QUERIES))] if rng.random() < 0.8 else []
        if rng.random() < 0.3:
            params.append(("page", str(rng.randint(2, 40))))
        page("admin-audit", "/admin/audit" + ("?" + urllib.parse.urlencode(params) if params else ""))
    for uri, n in (("/admin/clients", 10), ("/admin/clients?done=client_disabled", 3),
                   ("/admin/clients?done=client_enabled", 2), ("/admin/features", 9),
                   ("/admin/features?done=switch_updated", 4), ("/admin/features?done=switch_removed", 1),
                   ("/admin/gateway", 10), ("/admin/account", 5), ("/admin/account?done=totp_enabled", 2),
                   ("/admin/slack-sign-in", 4), ("/admin/slack-sign-in?done=mapped", 2)):
        for _ in range(n):
            page("admin-page", uri, "cookie")
    for _ in range(10):
        day.add(day.when(), "admin-static", "cookie",
                browser_request(day, "GET", "/admin/static/admin.css", cookies=session(), dest="style",
                                extra_cookies=rng.random() < 0.3))
    nexts = ["/admin/", "/admin/users?q=o%27brien&page=2", "/admin/audit?q=client.rotate",
             "/admin/clients", "/admin/features", "/admin/users?q=Zo%C3%AB"]
    for _ in range(12):
        uri = rng.choice(["/admin/login", "/admin/login?bye=1", "/admin/login?" + urllib.parse.urlencode(
            [("next", rng.choice(nexts))])])
        day.add(day.when(), "admin-login-page", "query",
                browser_request(day, "GET", uri, cookies=[], site=rng.choice(["none", "same-origin"]),
                                extra_cookies=rng.random() < 0.3))
    for _ in range(34):
        fields = [("csrf_token", _token(rng)), ("next", rng.choice(nexts)), ("username", rng.choice(ADMINS)),
                  ("password", rng.choice(PASSWORDS)),
                  ("totp", rng.choice(["", "", f"{rng.randint(0, 999999):06d}",
                                       f"{rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"]))]
        day.add(day.when(), "admin-login", "form",
                browser_request(day, "POST", "/admin/login", cookies=[f"__Host-jeeves_admin_login={fields[0][1]}"],
                                form=fields))
    for _ in range(8):
        post("admin-logout", "/admin/logout", [])
    for _ in range(24):
        flag = rng.choice(["active", "admin"])
        post("admin-user-flag", f"/admin/users/{rng.choice([3, 7, 42, 118, 1024])}/{flag}",
             [("q", rng.choice(USER_QUERIES + [""] * 5)), ("page", str(rng.randint(1, 4))),
              ("value", rng.choice("01"))])
    for _ in range(16):
        client_id, description, scopes = rng.choice(CLIENT_FORMS)
        post("admin-client-create", "/admin/clients",
             [("client_id", client_id), ("description", description)] + [("scopes", s) for s in scopes])
    for _ in range(3):  # a hand-written script posting the same form as multipart (requests' files=)
        client_id, description, scopes = rng.choice(CLIENT_FORMS)
        ctype, body = _multipart(day, [("csrf_token", _token(rng)), ("client_id", client_id),
                                       ("description", description)] + [("scopes", s) for s in scopes], curl=False)
        req = browser_request(day, "POST", "/admin/clients", cookies=session(), form=[])
        req["headers"]["Content-Type"] = ctype
        req["body"] = body
        day.add(day.when(), "admin-client-create", "multipart", req)
    for _ in range(12):
        client_id = rng.choice(CLIENTS)[0]
        action = rng.choice(["rotate", "rotate", "disable", "enable"])
        post("admin-client-state", f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{action}", [], "path")
    actions = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location", "remember_location",
               "weather"]
    for _ in range(14):
        fields = [("action", rng.choice(actions))]
        if rng.random() < 0.5:
            fields.append(("team_id", rng.choice([t for t, _ in TEAMS] + ["t02q8kj3m", " T7HX0W2LB "])))
        fields.append(("enabled", rng.choice("01")))
        post("admin-feature", "/admin/features", fields)
    for _ in range(4):
        post("admin-feature", "/admin/features/remove",
             [("action", rng.choice(actions)), ("team_id", rng.choice(TEAMS)[0])])
    for _ in range(3):
        post("admin-totp", "/admin/account/totp/start", [])
    for _ in range(4):
        post("admin-totp", "/admin/account/totp/confirm",
             [("totp_pending", _pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)),
              ("totp", f"{rng.randint(0, 999999):06d}")])
    for _ in range(3):
        post("admin-totp", "/admin/account/totp/disable", [("password", rng.choice(PASSWORDS))])
    for _ in range(6):
        post("admin-slack-map", "/admin/slack-sign-in", [("username", rng.choice(ADMINS)),
                                                         ("team_id", rng.choice(TEAMS)[0]),
                                                         ("user_id", rng.choice(PEOPLE)[0])])
    for _ in range(2):
        post("admin-slack-map", "/admin/slack-sign-in/remove", [("username", rng.choice(ADMINS))])


ME_PLACES = PLACES + ["1600 Amphitheatre Pkwy, Mountain View", "221B Baker St, London",
                      "Rua Augusta 1500, São Paulo", "Home (Kraków)", "Office — Zürich HB", "near Tōkyō Station",
                      "Saint-Jean-de-Luz, Pyrénées-Atlantiques",
                      "Sant’Agata de’ Goti", "Cd. Juárez, Chih.", "Bandar Seri Begawan", "Ōtautahi Christchurch"]


def me_traffic(day: Day) -> None:
    """Slack users on their own page (/me/) and the sign-in flows (/auth/slack/)."""
    rng = day.rng

    def me() -> list[str]:
        return [f"__Host-jeeves_me={_token(rng)}"]

    for _ in range(24):
        uri = rng.choice(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                          "/me/?done=location_forgotten"])
        extra = rng.random() < 0.35
        day.add(day.when(), "me-page", "cookie" if extra else "query",
                browser_request(day, rng.choice(["GET"] * 9 + ["HEAD"]), uri, cookies=me(), extra_cookies=extra,
                                site=rng.choice(["same-origin", "none", "cross-site"])))
    for _ in range(8):
        req = browser_request(day, "GET", "/me/data.json", cookies=me(), extra_cookies=rng.random() < 0.3)
        day.add(day.when(), "me-data", "cookie", req)
    for _ in range(28):
        day.add(day.when(), "me-location", "form",
                browser_request(day, "POST", "/me/location", cookies=me(),
                                form=[("csrf_token", _token(rng)), ("place", rng.choice(ME_PLACES))]))
    for _ in range(4):
        day.add(day.when(), "me-location", "form", browser_request(day, "POST", "/me/location/forget", cookies=me(),
                                                                   form=[("csrf_token", _token(rng))]))
    for i in range(18):
        fields = [("csrf_token", _token(rng)), ("units", rng.choice(["metric", "imperial"]))]
        if rng.random() < 0.6:
            fields.append(("alerts", "on"))
        fields += [("alert_time", f"{rng.randint(5, 22):02d}:{rng.choice([0, 15, 30, 45]):02d}"),
                   ("timezone", rng.choice(TIMEZONES))]
        if i < 3:  # a browser extension that re-posts the form with FormData (multipart)
            ctype, body = _multipart(day, fields, curl=False)
            req = browser_request(day, "POST", "/me/settings", cookies=me(), form=[])
            req["headers"]["Content-Type"] = ctype
            req["body"] = body
            day.add(day.when(), "me-settings", "multipart", req)
            continue
        day.add(day.when(), "me-settings", "form",
                browser_request(day, "POST", "/me/settings", cookies=me(), form=fields))
    for _ in range(3):
        day.add(day.when(), "me-forget", "form",
                browser_request(day, "POST", "/me/forget", cookies=me(),
                                form=[("csrf_token", _token(rng)), ("confirm", "forget")]))
    for _ in range(5):
        day.add(day.when(), "me-logout", "form", browser_request(day, "POST", "/me/logout", cookies=me(),
                                                                 form=[("csrf_token", _token(rng))]))
    for _ in range(10):
        uri = rng.choice(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
        day.add(day.when(), "auth-index", "query", browser_request(day, "GET", uri, cookies=[],
                                                                   site=rng.choice(["none", "same-origin"])))
    for _ in range(11):
        uri = rng.choice(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
        day.add(day.when(), "auth-login", "query", browser_request(day, "GET", uri, cookies=[],
                                                                   extra_cookies=rng.random() < 0.3))
    for _ in range(14):
        state = _token(rng)
        if rng.random() < 0.15:
            params = [("error", "access_denied"), ("state", state)]
        else:
            code = f"{rng.randint(10**9, 10**10)}.{rng.randint(10**12, 10**13)}.{_pick(rng, _HEX, 64)}"
            params = [("code", code), ("state", state)]
        day.add(day.when(), "auth-callback", "query",
                browser_request(day, "GET", "/auth/slack/callback?" + urllib.parse.urlencode(params),
                                cookies=[f"__Host-jeeves_oidc_state={state}"], site="cross-site"))
    for _ in range(16):
        token = _token(rng)
        if rng.random() < 0.25:  # the link unfurler fetching a pasted link
            req = {"method": "GET", "uri": f"/auth/slack/link/{token}", "body": "",
                   "headers": {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                               "Accept": "*/*", "Accept-Encoding": "gzip,deflate", "Range": "bytes=0-32768"}}
        else:
            req = browser_request(day, "GET", f"/auth/slack/link/{token}", cookies=[], site="none")
        day.add(day.when(), "auth-link", "path", req)
    for _ in range(11):
        csrf = _token(rng)
        day.add(day.when(), "auth-link-use", "path",
                browser_request(day, "POST", f"/auth/slack/link/{_token(rng)}",
                                cookies=[f"__Host-jeeves_signin={csrf}"], form=[("csrf_token", csrf)]))


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day's requests, in time order."""
    day = Day()
    slack_traffic(day)
    api_traffic(day)
    admin_traffic(day)
    me_traffic(day)
    return day.records()
