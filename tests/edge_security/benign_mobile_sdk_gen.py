"""Benign traffic of mobile apps, SDKs and API tools to the data API, TokenDealer's token endpoints and the
JWKS / metadata documents: the tenth benign set, written by an independent author.

What it is: about 1,500 requests that real clients send to the routes this project really has
(`GET /api/users`, `GET|PATCH /api/users/<id>`, `GET /api/usage/stats`, `GET /api/switches`,
`PUT /api/switches/<action>`, `GET /api/openapi.json`, `POST /oauth/token`, `/oauth/introspect`,
`/oauth/revoke`, `/verify_token`, `GET|HEAD /.well-known/jwks.json` and
`/.well-known/oauth-authorization-server`), each as one client library would send it: iOS (URLSession,
Alamofire), Android (OkHttp, Retrofit, Ktor), React Native, Flutter (dart:io, Dio), Python (requests, httpx,
aiohttp), Node (axios, got, undici, fetch), Go (net/http, resty), Java (OkHttp, Apache HttpClient, Spring
WebClient), .NET HttpClient, Ruby (Faraday), PHP (Guzzle), curl, Postman and Insomnia. Each client has its
own User-Agent, Accept, Accept-Encoding, Content-Type (charset variants), header-name casing, extra headers
(request ids, idempotency keys, W3C trace context, Sentry / Datadog headers, device and version headers)
and its own JSON serializer (escaped slashes for Swift and PHP, \\uXXXX for Python, PHP and .NET, HTML-safe
escapes for Go, Gson and Rails, pretty-printing for hand-written Postman / curl bodies). The values are what
users and operators type: names and notes in many languages and scripts, emoji, addresses, phone numbers,
IANA time zones, locales, device metadata, ISO 8601 times with offsets, pagination cursors, small base64
avatars, and the mistakes real clients make that are still valid HTTP (trailing slashes, duplicate query
parameters, empty JSON objects, unknown fields, numbers as strings, nulls, form or multipart bodies where
JSON is expected, `+` left unencoded in a query).

How it was written: from the route list of gateway/gateway.yaml (names, matches, methods and upstreams
only), the API blueprint and its parameter parsing (app/routes/), the user settings validation
(app/services/users.py), the action names (app/services/actions/), TokenDealer's routes and form handling
(tokendealer/) and README.md; and from how the client libraries above behave. The author did not read the
WAF's rules, its exclusions or tuning, any other generator's payloads, the WAF tests or the shared corpus,
and wrote every value before any measurement. Bearer tokens are well-formed RFC 9068 JWTs with fixed
claims and random signatures (no clock is read), so the data API answers them 401 after the WAF has
looked at the request.

Deterministic: one seeded random.Random per call of benign(). attacks() is empty (benign set only).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import json
import random
import re
import struct
import urllib.parse
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen import _query
from .records import b64url as _b64url
from .records import no_attacks

SEED = 0x5DC_2024
ISSUER = "https://localhost:8443"
BASE_EPOCH = 1_717_400_000  # 2024-06-03, fixed: no clock
ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location",
           "remember_location", "weather"]

# --------------------------------------------------------------------------------------------- small helpers


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random, upper: bool = False) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def _urlsafe_token(rng: random.Random, nbytes: int) -> str:
    return _b64url(rng.randbytes(nbytes))


def _pick(rng: random.Random, items: list[Any]) -> Any:
    return items[rng.randrange(len(items))]


def _iso(epoch: int, offset_minutes: int = 0, style: str = "offset", frac: str = "") -> str:
    """An ISO 8601 time; no datetime.now: epoch is derived from BASE_EPOCH."""
    tz = dt.timezone(dt.timedelta(minutes=offset_minutes))
    t = dt.datetime.fromtimestamp(epoch, tz)
    text = t.strftime("%Y-%m-%dT%H:%M:%S") + frac
    if style == "z" and offset_minutes == 0:
        return text + "Z"
    if style == "basic":
        sign = "+" if offset_minutes >= 0 else "-"
        m = abs(offset_minutes)
        return f"{text}{sign}{m // 60:02d}{m % 60:02d}"
    if style == "naive":
        return text
    sign = "+" if offset_minutes >= 0 else "-"
    m = abs(offset_minutes)
    return f"{text}{sign}{m // 60:02d}:{m % 60:02d}"


def _http_date(epoch: int) -> str:
    return email.utils.formatdate(epoch, usegmt=True)


# --------------------------------------------------------------------------------------------- JSON writers

_ODD_SAFE = r"(?<!\\)((?:\\\\)*)"  # an escape that is not itself escaped


def _encode_json(doc: Any, style: str) -> str:
    """The document as a given client library serializes it."""
    if style == "python":  # json.dumps defaults: requests, aiohttp, httpx < 0.28
        return json.dumps(doc)
    if style == "pretty2":
        return json.dumps(doc, ensure_ascii=False, indent=2)
    if style == "pretty4":
        return json.dumps(doc, ensure_ascii=False, indent=4)
    if style == "pretty_tab":
        return json.dumps(doc, ensure_ascii=False, indent="\t")
    if style == "typed":  # a one-line body typed by hand in a terminal
        return json.dumps(doc, ensure_ascii=False, separators=(", ", ": "))
    ascii_only = style in ("php", "dotnet")
    text = json.dumps(doc, ensure_ascii=ascii_only, separators=(",", ":"))
    if style in ("swift", "php"):
        text = text.replace("/", "\\/")
    if style in ("go", "gson", "rails", "dotnet"):
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if style == "rails":
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if style == "gson":
        text = text.replace("=", "\\u003d").replace("'", "\\u0027")
    if style == "dotnet":  # System.Text.Json's default encoder
        text = text.replace("'", "\\u0027").replace("+", "\\u002B").replace("`", "\\u0060")
        text = re.sub(_ODD_SAFE + r'\\"', lambda m: m.group(1) + "\\u0022", text)
        text = re.sub(_ODD_SAFE + r"\\u([0-9a-f]{4})", lambda m: m.group(1) + "\\u" + m.group(2).upper(), text)
    return text


# --------------------------------------------------------------------------------------------- query strings


def _qs(path: str, params: list[tuple[str, str]], style: str) -> str:
    if not params:
        return path
    if style == "strict":  # RFC 3986 unreserved only (the shared helper)
        return _query(path, params)
    if style == "plus":  # Python urlencode / Go url.Values / Dart Uri
        return path + "?" + urllib.parse.urlencode(params)
    if style == "axios":  # encodeURIComponent, then ':', '$', ',' and '[]' back, space as '+'
        def enc(v: str) -> str:
            s = urllib.parse.quote(v, safe="-_.!~*'()")
            for a, b in (("%3A", ":"), ("%24", "$"), ("%2C", ","), ("%20", "+"), ("%5B", "["), ("%5D", "]")):
                s = s.replace(a, b)
            return s
        return path + "?" + "&".join(f"{enc(k)}={enc(v)}" for k, v in params)
    if style == "okhttp":  # HttpUrl: keeps ':' '/' ',' raw, encodes '+' and space
        return path + "?" + "&".join(f"{urllib.parse.quote(k, safe='')}={urllib.parse.quote(v, safe=':/,@!$')}"
                                     for k, v in params)
    if style == "swift":  # URLComponents.queryItems: leaves '+' ':' '/' unencoded
        return path + "?" + "&".join(f"{urllib.parse.quote(k, safe='')}={urllib.parse.quote(v, safe=':/+@!$,;')}"
                                     for k, v in params)
    raise ValueError(style)


# --------------------------------------------------------------------------------------------- value pools

APPS = [
    ("WeatherPal", "com.acme.weatherpal"), ("Jeeves Companion", "io.jeeves.companion"),
    ("TeamPulse", "com.teampulse.app"), ("Skyline Alerts", "net.skyline.alerts"),
    ("OpsDeck", "com.example.opsdeck"), ("Brolly", "app.brolly.mobile"),
]
IOS_VERSIONS = [("17.4.1", "1494.0.7", "23.4.0"), ("17.5.1", "1496.0.7", "23.5.0"), ("16.7.8", "1410.0.3", "22.6.0"),
                ("17.2.1", "1490.0.4", "23.2.0"), ("18.0", "1568.100.1", "24.0.0"), ("15.8.2", "1335.0.3.4", "21.6.0")]
IOS_MODELS = ["iPhone15,2", "iPhone15,3", "iPhone14,7", "iPhone16,1", "iPhone16,2", "iPhone13,2", "iPhone12,8",
              "iPad13,18", "iPad14,1"]
ANDROID = [("14", "UP1A.231005.007", "Pixel 8"), ("14", "UQ1A.240205.004", "Pixel 7a"),
           ("13", "TP1A.220624.014", "SM-S918B"), ("13", "TQ3A.230901.001", "SM-A546B"),
           ("12", "SKQ1.211006.001", "M2101K20AG"), ("11", "RKQ1.200826.002", "CPH2449"),
           ("14", "U1TDS34.94-12-7", "moto g54 5G"), ("10", "QP1A.190711.020", "SM-G973F")]
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "fr_CA", "es_MX", "es_419", "pt_BR", "it_IT", "nl_NL", "sv_SE",
           "nb_NO", "pl_PL", "tr_TR", "ru_RU", "uk_UA", "ar_EG", "he_IL", "hi_IN", "ta_IN", "th_TH", "vi_VN",
           "ja_JP", "ko_KR", "zh_CN", "zh_Hant_TW", "sr_Latn_RS", "am_ET", "yo_NG", "el_GR"]
TIMEZONES = ["UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Kyiv", "Europe/Istanbul",
             "Europe/Madrid", "Europe/Warsaw", "Africa/Cairo", "Africa/Lagos", "Africa/Addis_Ababa",
             "Africa/Johannesburg", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Ho_Chi_Minh", "Asia/Bangkok",
             "Asia/Shanghai", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul", "Asia/Jerusalem", "Asia/Dubai",
             "Asia/Yangon", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham",
             "Pacific/Honolulu", "America/St_Johns", "America/New_York", "America/Chicago", "America/Denver",
             "America/Los_Angeles", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Mexico_City",
             "America/Port-au-Prince", "America/North_Dakota/New_Salem", "Etc/GMT+5", "Atlantic/Reykjavik"]
OFFSETS = [0, 0, 60, 120, -240, -300, -420, 330, 345, 540, 600, 780, -210, 525, 180]
ACCEPT_LANGUAGE = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9",
                   "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ja-JP", "zh-Hans-CN,zh-Hans;q=0.9", "ko-KR,ko;q=0.9",
                   "es-419,es;q=0.9", "ar-EG,ar;q=0.9,en;q=0.8", "he-IL,he;q=0.9", "hi-IN,hi;q=0.9,en-IN;q=0.8",
                   "uk-UA,uk;q=0.9,ru;q=0.8", "tr-TR,tr;q=0.9", "th-TH", "vi-VN,vi;q=0.9", "nb-NO,no;q=0.9,en;q=0.8",
                   "sr-Latn-RS", "*"]
ALAMOFIRE_LANG = ["en-US;q=1.0", "en-GB;q=1.0, fr-GB;q=0.9", "de-DE;q=1.0, en-DE;q=0.9", "ja-JP;q=1.0",
                  "zh-Hans-CN;q=1.0, en-CN;q=0.9", "pt-BR;q=1.0, en-BR;q=0.9", "es-MX;q=1.0, en-MX;q=0.9, fr-MX;q=0.8"]

NAMES = [
    "Zoë Ångström", "José Álvarez-Núñez", "Nguyễn Thị Minh Anh", "Søren Østergaard", "Łukasz Wiśniewski",
    "大塚 歩", "田中 さくら", "김민준", "이서연", "王小明", "陳美玲", "Αλέξανδρος Παπαδόπουλος", "Ирина Смирнова",
    "Олександр Коваленко", "فاطمة الزهراء", "محمد عبد الله", "יעל כהן", "अनन्या शर्मा", "தமிழ்செல்வி ராஜா",
    "สมชาย ใจดี", "Abebe Bekele", "ጌታቸው ኃይሌ", "Ṣọlá Adébáyọ̀", "Chiamaka Okafor", "Siobhán Ní Bhriain",
    "Seán Ó Súilleabháin", "Mary-Kate O'Brien", "D'Angelo Rossi", "Jean-François Lefèvre", "Marie-Ève Côté",
    "Ana María de la Cruz y Pérez", "Björn Þórðarson", "Ólöf Guðmundsdóttir", "Đorđe Petrović", "Çağlar Öztürk",
    "Gülşen Yılmaz", "Zsófia Kovács", "Ștefan Popescu", "Tomáš Dvořák", "Hồ Thị Thu Hà", "Kwame Mensah",
    "Aroha Ngata", "Keanu Kahananui", "Nuno Gonçalves", "Jörg Müller-Lüdenscheidt", "Mia 🌸", "Dev 👨‍💻 Ops",
    "Alex 🏳️‍🌈", "Karl 🇩🇪", "Ryo ☁️ Sato", "the weather guy ⛅", "Sam (OOO until 12/06)", "Priya | Product",
    "Tom @ Berlin office", "Lee (she/her)", 'Robert "Bob" Jones', "Smith, John Jr.", "Dr. Amelia Watson, PhD",
    "Q", "李", "JJ", "A. N. Other", "jane.doe", "Fred & Ginger", "Ops on-call #2", "Jean\u00a0Dupont",
    "\u200fمحمد عبد الله\u200f", "Ayşe 🧕 Demir", "Ngozi 👩🏾‍⚕️ Eze", "Mateus 🇧🇷⚽",
    "Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima "
    "Trinidad Ruiz y Picasso",
    "Ƙƙ Hausa: Abdullahi Ɗanjuma", "Tupac 🎧 Quispe", "Ľudmila Šťastná", "Ingrid Bergström-Ødegaard",
    "Wiremu Te Rangi", "Ẹ̀kọ́ Olúwaṣeun", "Nāmaka Kealoha", "Дарина «Дара» Шевченко", "王 (Wang) Lei",
]
EMAIL_LOCALS = ["zoe.angstrom", "jose.alvarez", "minh.anh", "s.ostergaard", "lukasz.w", "ayumi.otsuka",
                "minjun.kim", "xiaoming.wang", "alex.p", "irina.smirnova", "fatima.z", "yael.cohen",
                "ananya.sharma", "somchai", "abebe", "mk.obrien", "first.o'neil", "jf.lefevre", "bjorn+weather",
                "tomas.dvorak+alerts", "ops-oncall", "JOHN.SMITH", "j_smith-99", "user.name+tag+sorting",
                "chiamaka", "keanu.k", "nuno.g", "priya", "sam", "dev.ops", "x"]
EMAIL_DOMAINS = ["example.com", "example.org", "mail.example.co.uk", "corp.example.de", "example.com.br",
                 "sub.example.jp", "xn--mller-kva.example", "Example.COM", "students.example.edu", "example.net"]
TEAMS = ["T0ACME42", "T01B2C3D4E5", "T02WEATHER", "T9SKYLINE1", "T04KQ7ZL2", "E0ENTGRID1", "T07H3LL0W"]
CLIENT_IDS = ["weatherpal-ios", "weatherpal-android", "demo-client", "jeeves-worker", "teampulse-backend",
              "partner.acme-weather", "com.example.opsdeck", "skyline-alerts-svc", "brolly-flutter"]
PHONES = ["+44 20 7946 0958", "+1 (415) 555-0142", "+33 6 12 34 56 78", "+81-90-1234-5678",
          "+49 (0)30 901820", "+91 98765 43210", "+55 11 91234-5678", "+971 50 123 4567", "+7 912 345-67-89",
          "+86 138 0013 8000", "+61 4 1234 5678", "555-0199 ext. 12", "0044 7700 900123", "+234 803 123 4567",
          "+972-52-123-4567", "+66 81 234 5678", "+1-800-FLOWERS"]
ADDRESSES: list[dict[str, Any]] = [
    {"line1": "Friedrichstraße 43–45", "city": "Berlin", "postal_code": "10117", "country": "DE"},
    {"line1": "221B Baker Street", "city": "London", "postal_code": "NW1 6XE", "country": "GB"},
    {"line1": "丸の内1-9-1", "city": "千代田区", "region": "東京都", "postal_code": "100-0005", "country": "JP"},
    {"line1": "Apt #4B", "line2": "350 5th Ave", "city": "New York", "region": "NY", "postal_code": "10118",
     "country": "US"},
    {"line1": "C/ de Mallorca, 401", "city": "Barcelona", "postal_code": "08013", "country": "ES"},
    {"line1": "ул. Тверская, д. 7, кв. 12", "city": "Москва", "postal_code": "125009", "country": "RU"},
    {"line1": "شارع التحرير ١٥", "city": "القاهرة", "country": "EG"},
    {"line1": "Rua Augusta, 1508 - Consolação", "city": "São Paulo", "region": "SP", "postal_code": "01304-001",
     "country": "BR"},
    {"line1": "P.O. Box 1234", "city": "Nairobi", "postal_code": "00100", "country": "KE"},
    {"line1": "Flat 3/2, 12 O'Connell St", "city": "Dublin 1", "postal_code": "D01 F5P2", "country": "IE"},
    {"line1": "서울특별시 중구 세종대로 110", "city": "서울", "postal_code": "04524", "country": "KR"},
    {"line1": "Rue de la Loi 16", "city": "Bruxelles / Brussel", "postal_code": "1000", "country": "BE"},
    {"line1": "हाउस नं. 42, सेक्टर 15", "city": "गुरुग्राम", "region": "हरियाणा", "postal_code": "122001", "country": "IN"},
    {"line1": "1 Infinite Loop", "line2": None, "city": "Cupertino", "region": "CA", "postal_code": "95014",
     "country": "US", "geo": {"lat": 37.33182, "lng": -122.03118}},
    {"line1": "ถนนสุขุมวิท ซอย 11", "city": "กรุงเทพมหานคร", "postal_code": "10110", "country": "TH"},
]
BIOS = [
    "Barista by day ☕, amateur astronomer by night 🔭", "Ich liebe Wandern & Radfahren 🚴‍♀️",
    "旅行と写真が好きです。よろしくお願いします！", "Software engineer @ Acme. Opinions are my own.",
    "<3 rainy days", "Born in Łódź, living in Montréal", "I'm 6'2\" and allergic to cats 🐈",
    "Mom of 2 👧👦 | Runner 🏃‍♀️ | Coffee addict", "Ask me about Rust 🦀 & Kotlin", "🇺🇦 🇵🇱 🇩🇪",
    "Life is 10% what happens to you and 90% how you react to it.", "// TODO: write a bio",
    "Meteorología, montaña y café. Siempre con paraguas ☂️", "Учу японский, люблю грозы ⛈️",
    "أحب القراءة والسفر", "אוהבת גשם וקפה", "मुझे बारिश पसंद है 🌧️", "Chạy bộ mỗi sáng lúc 5:30",
    "Fan of 50/50 splits and 100% honesty", "Send me weather for Reykjavík at 06:00 please!",
    "Pronouns: they/them · Based in Tāmaki Makaurau (Auckland)", "ฉันชอบฤดูฝน", "날씨 덕후 ☀️🌤️⛅🌥️☁️🌧️",
]
NOTES = [
    "Weather alerts are spamming #general at 3am for the Sydney folks — turning off until the timezone fix ships.",
    "Désactivation temporaire : le fournisseur météo renvoie des erreurs 502 depuis 14 h 05.",
    "Wetterdienst liefert seit heute Morgen falsche Temperaturen (°F statt °C). Bitte nicht wieder einschalten, "
    "bevor Ticket OPS-2231 erledigt ist.",
    "天気APIの障害のため一時的に停止します。復旧後に再開してください。",
    "由于上游天气服务中断，暂时关闭此功能。预计恢复时间：今晚 22:00（北京时间）。",
    "날씨 알림이 중복 발송되는 문제로 잠시 꺼둡니다.",
    "Отключаем напоминания на время миграции базы данных (до 23:00 МСК).",
    "Вимикаємо до завтра: сповіщення надходять двічі.",
    "إيقاف مؤقت بسبب عطل في خدمة الطقس، سنعيد التشغيل بعد الإصلاح.",
    "השבתה זמנית עד שנתקן את בעיית אזור הזמן.",
    "मौसम सेवा में खराबी के कारण अस्थायी रूप से बंद।",
    "Tắt tạm thời do lỗi máy chủ thời tiết.",
    "ปิดชั่วคราวเนื่องจากระบบพยากรณ์อากาศขัดข้อง",
    "Geçici olarak kapatıldı — hava durumu servisi yanıt vermiyor.",
    "Re-enabled after the fix in v5.12.1 🎉",
    "Customer asked why /jeeves weather says 'unknown place' for Saint-Étienne — disabling remember_location "
    "for their team while we look.",
    "Rolling back per @maria's request; see https://status.example.com/incidents/8f3k2 and the thread in "
    "#ops-weather.",
    "Temporarily off for team T0ACME42 (50% rollout → 0%).",
    "**Heads-up**: alerts paused\n\n- cause: provider timeout\n- ETA: ~2h\n- owner: @sam",
    "Crash in WeatherViewController.swift:214 (Fatal error: Unexpectedly found nil while unwrapping an "
    "Optional value) when the place name has an apostrophe.",
    "Android 5.11.0 shows java.lang.IllegalStateException: Expected BEGIN_OBJECT but was STRING at line 1 "
    "column 1 path $ on the settings screen; switching config off for now.",
    "ETA 10–15 min; ping me if it takes > 30 min.",
    "Only ~5% of users affected (iOS 17.2 & 17.3).",
    "Escalated to On-Call <oncall@example.com>.",
    "Don't re-enable until Monday's deploy. Thanks!",
    "Enabled again. Ticket: https://jira.example.com/browse/WX-1042?focusedCommentId=88231",
    "Flutter build 3.8.0+412 sends alert_time as \"7:30\" instead of \"07:30\"; hotfix in review.",
    "Disabling during the Tāmaki Makaurau offsite so nobody gets 6am pings 😴",
    "Per legal: forget_me must stay ON. Re-enabling.",
    "Maintenance window 2024-06-08 02:00–04:00 UTC+02:00.",
    "Kunde meldet: „Standort merken“ funktioniert nicht mit Umlauten (Köln, Düsseldorf).",
    "Apagado mientras migramos a la nueva API de pronóstico. Volvemos el lunes.",
    "Ligado de novo depois da correção do fuso horário de São Paulo.",
    "Stänger av tills vidare – dubbla notiser på Android 14.",
    "weather cmd returns 500 for 'Mexico City, MX' — under investigation",
    "Note: team-level override; global stays on. cc @platform-team",
]
SEARCHES = ["Zoë", "Müller", "O'Brien", "東京", "김", "Saint-Étienne", "São Paulo", "rain & wind", "50% chance",
            "ops-oncall@example.com", "Nguyễn", "T0ACME42", "new york", "C# devs", "alerts:on", "🌧️"]
APP_VERSIONS = ["5.12.1", "5.12.0", "5.11.3", "5.13.0-beta.2", "4.9.7", "6.0.0-rc.1", "5.12.1-hotfix.1"]
SCOPES = ["read", "read write", "write", "read write", "read"]

# --------------------------------------------------------------------------------------------- devices


@dataclass
class Device:
    platform: str  # ios | android | server | desktop
    app: str
    bundle: str
    version: str
    build: str
    os_version: str
    model: str
    locale: str
    tz: str
    lang: str
    device_id: str
    cfnetwork: str = ""
    darwin: str = ""
    android_build: str = ""


def _device(rng: random.Random, platform: str) -> Device:
    app, bundle = _pick(rng, APPS)
    version = _pick(rng, APP_VERSIONS)
    nums = re.findall(r"\d+", version)
    build = str(int(nums[0]) * 1000 + int(nums[1]) * 10 + int(nums[2]) + rng.choice([0, 0, 400, 1100]))
    locale, tz, lang = _pick(rng, LOCALES), _pick(rng, TIMEZONES), _pick(rng, ACCEPT_LANGUAGE)
    if platform == "ios":
        osv, cf, darwin = _pick(rng, IOS_VERSIONS)
        return Device("ios", app, bundle, version, build, osv, _pick(rng, IOS_MODELS), locale, tz, lang,
                      _uuid(rng, upper=True), cf, darwin)
    if platform == "android":
        osv, abuild, model = _pick(rng, ANDROID)
        return Device("android", app, bundle, version, build, osv, model, locale, tz, lang, _hex(rng, 16),
                      android_build=abuild)
    return Device(platform, app, bundle, version, build, "", "", locale, tz, lang, _uuid(rng))


# --------------------------------------------------------------------------------------------- clients


@dataclass(frozen=True)
class Client:
    name: str
    platform: str
    json_style: str
    json_ct: str
    form_ct: str
    lower: bool
    headers: Callable[[random.Random, Device], list[tuple[str, str]]]


def _h_urlsession(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    app = urllib.parse.quote(d.app)
    return [("User-Agent", f"{app}/{d.build} CFNetwork/{d.cfnetwork} Darwin/{d.darwin}"),
            ("Accept", rng.choice(["application/json", "*/*", "application/json"])),
            ("Accept-Language", d.lang), ("Accept-Encoding", "gzip, deflate, br"), ("Connection", "keep-alive")]


def _h_alamofire(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    af = rng.choice(["5.9.1", "5.8.1", "5.6.4"])
    return [("User-Agent", f"{d.app}/{d.version} ({d.bundle}; build:{d.build}; iOS {d.os_version}) Alamofire/{af}"),
            ("Accept-Encoding", "br;q=1.0, gzip;q=0.9, deflate;q=0.8"),
            ("Accept-Language", _pick(rng, ALAMOFIRE_LANG)), ("Accept", "application/json")]


def _h_okhttp_android(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["okhttp/4.12.0", "okhttp/4.11.0", "okhttp/4.9.3"])),
            ("Accept-Encoding", "gzip"), ("Connection", "Keep-Alive")]


def _h_retrofit(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    ua = rng.choice([f"{d.app}/{d.version} (Android {d.os_version}; {d.model}; Build/{d.android_build})",
                     f"Dalvik/2.1.0 (Linux; U; Android {d.os_version}; {d.model} Build/{d.android_build})",
                     f"{d.bundle}/{d.version} ({d.build}) okhttp/4.12.0"])
    return [("Accept", "application/json"), ("User-Agent", ua), ("Accept-Encoding", "gzip"),
            ("Connection", "Keep-Alive")]


def _h_ktor(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["Ktor client", f"{d.app}/{d.version} Ktor/2.3.11"])),
            ("Accept", "application/json"), ("Accept-Charset", "UTF-8")]


def _h_rn(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    if d.platform == "ios":
        ua = f"{urllib.parse.quote(d.app)}/{d.build} CFNetwork/{d.cfnetwork} Darwin/{d.darwin}"
        return [("Accept", rng.choice(["application/json", "application/json, text/plain, */*"])),
                ("User-Agent", ua), ("Accept-Language", d.lang), ("Accept-Encoding", "gzip, deflate, br")]
    return [("Accept", rng.choice(["application/json", "application/json, text/plain, */*"])),
            ("User-Agent", "okhttp/4.9.2"), ("Accept-Encoding", "gzip")]


def _h_dart(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("user-agent", rng.choice(["Dart/3.3 (dart:io)", "Dart/3.4 (dart:io)", "Dart/3.2 (dart:io)"])),
            ("accept-encoding", "gzip"), ("accept", rng.choice(["application/json", "*/*"]))]


def _h_dio(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("user-agent", rng.choice(["Dart/3.4 (dart:io)", "Dart/3.3 (dart:io)"])),
            ("accept", "application/json"), ("accept-encoding", "gzip")]


def _h_requests(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["python-requests/2.31.0", "python-requests/2.32.3", "python-requests/2.28.2"])),
            ("Accept-Encoding", "gzip, deflate"), ("Accept", "*/*"), ("Connection", "keep-alive")]


def _h_httpx(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("Accept", "*/*"), ("Accept-Encoding", rng.choice(["gzip, deflate", "gzip, deflate, br"])),
            ("Connection", "keep-alive"), ("User-Agent", rng.choice(["python-httpx/0.27.0", "python-httpx/0.28.1"]))]


def _h_aiohttp(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"),
            ("User-Agent", rng.choice(["Python/3.11 aiohttp/3.9.5", "Python/3.12 aiohttp/3.10.5"]))]


def _h_axios(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("Accept", "application/json, text/plain, */*"),
            ("User-Agent", rng.choice(["axios/1.6.8", "axios/1.7.2", "axios/0.27.2"])),
            ("Accept-Encoding", "gzip, compress, deflate, br")]


def _h_got(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("user-agent", "got (https://github.com/sindresorhus/got)"), ("accept", "application/json"),
            ("accept-encoding", "gzip, deflate, br")]


def _h_undici(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("accept", "*/*"), ("accept-language", "*"), ("sec-fetch-mode", "cors"),
            ("user-agent", rng.choice(["undici", "node"])), ("accept-encoding", "gzip, deflate")]


def _h_go(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["Go-http-client/1.1", "Go-http-client/1.1", "Go-http-client/2.0"])),
            ("Accept-Encoding", "gzip")]


def _h_resty(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", "go-resty/2.12.0 (https://github.com/go-resty/resty)"), ("Accept", "application/json"),
            ("Accept-Encoding", "gzip")]


def _h_java_okhttp(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("Accept", "application/json"), ("User-Agent", rng.choice(["okhttp/4.12.0", "okhttp/3.14.9"])),
            ("Accept-Encoding", "gzip"), ("Connection", "Keep-Alive")]


def _h_apache(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("Accept", "application/json"),
            ("User-Agent", rng.choice(["Apache-HttpClient/4.5.14 (Java/17.0.10)",
                                       "Apache-HttpClient/5.3.1 (Java/21.0.2)"])),
            ("Accept-Encoding", "gzip,deflate"), ("Connection", "Keep-Alive")]


def _h_webclient(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["ReactorNetty/1.1.18", "ReactorNetty/1.0.39"])), ("Accept", "application/json")]


def _h_dotnet(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    h = [("Accept", "application/json")]
    host_os = rng.choice(["Android 14", "iOS 17.4", "Windows 10.0.22631"])
    ua = rng.choice([None, None, f"{d.app.replace(' ', '')}.Maui/{d.version}",
                     f"{d.app.replace(' ', '')}/{d.version} (.NET 8.0; {host_os})"])
    if ua:
        h.append(("User-Agent", ua))
    h.append(("traceparent", f"00-{_hex(rng, 32)}-{_hex(rng, 16)}-{rng.choice(['00', '01'])}"))
    return h


def _h_faraday(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["Faraday v2.9.0", "Faraday v2.7.10", "Faraday v1.10.3"])),
            ("Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3"),
            ("Accept", rng.choice(["*/*", "application/json"]))]


def _h_guzzle(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["GuzzleHttp/7", "GuzzleHttp/6.5.5 curl/7.81.0 PHP/8.1.2"])),
            ("Accept", "application/json")]


def _h_curl(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["curl/8.5.0", "curl/7.88.1", "curl/8.7.1", "curl/7.81.0"])), ("Accept", "*/*")]


def _h_postman(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["PostmanRuntime/7.37.3", "PostmanRuntime/7.39.0", "PostmanRuntime/7.36.1"])),
            ("Accept", "*/*"), ("Cache-Control", "no-cache"), ("Postman-Token", _uuid(rng)),
            ("Accept-Encoding", "gzip, deflate, br"), ("Connection", "keep-alive")]


def _h_insomnia(rng: random.Random, d: Device) -> list[tuple[str, str]]:
    return [("User-Agent", rng.choice(["insomnia/8.6.1", "insomnia/2023.5.8", "insomnia/9.2.0"])), ("Accept", "*/*")]


JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
CLIENTS = {c.name: c for c in [
    Client("ios-urlsession", "ios", "swift", JSON, FORM, False, _h_urlsession),
    Client("ios-alamofire", "ios", "swift", JSON, f"{FORM}; charset=utf-8", False, _h_alamofire),
    Client("android-okhttp", "android", "compact", "application/json; charset=utf-8", FORM, False,
           _h_okhttp_android),
    Client("android-retrofit", "android", "gson", "application/json; charset=UTF-8", FORM, False, _h_retrofit),
    Client("android-ktor", "android", "compact", JSON, f"{FORM}; charset=UTF-8", False, _h_ktor),
    Client("react-native-ios", "ios", "compact", JSON, FORM, False, _h_rn),
    Client("react-native-android", "android", "compact", JSON, FORM, False, _h_rn),
    Client("flutter-dartio", "android", "compact", "application/json; charset=utf-8",
           f"{FORM}; charset=utf-8", True, _h_dart),
    Client("flutter-dio", "ios", "compact", JSON, f"{FORM};charset=utf-8", True, _h_dio),
    Client("python-requests", "server", "python", JSON, FORM, False, _h_requests),
    Client("python-httpx", "server", "compact", JSON, FORM, False, _h_httpx),
    Client("python-aiohttp", "server", "python", JSON, FORM, False, _h_aiohttp),
    Client("node-axios", "server", "compact", JSON, FORM, False, _h_axios),
    Client("node-got", "server", "compact", JSON, FORM, True, _h_got),
    Client("node-undici", "server", "compact", JSON, f"{FORM};charset=UTF-8", True, _h_undici),
    Client("go-nethttp", "server", "go", JSON, FORM, False, _h_go),
    Client("go-resty", "server", "go", JSON, FORM, False, _h_resty),
    Client("java-okhttp", "server", "compact", "application/json; charset=utf-8", FORM, False, _h_java_okhttp),
    Client("java-apache", "server", "compact", "application/json; charset=UTF-8",
           f"{FORM}; charset=UTF-8", False, _h_apache),
    Client("java-webclient", "server", "compact", JSON, f"{FORM};charset=UTF-8", False, _h_webclient),
    Client("dotnet-httpclient", "server", "dotnet", "application/json; charset=utf-8", FORM, False, _h_dotnet),
    Client("ruby-faraday", "server", "rails", JSON, FORM, False, _h_faraday),
    Client("php-guzzle", "server", "php", JSON, FORM, False, _h_guzzle),
    Client("curl", "desktop", "typed", JSON, FORM, False, _h_curl),
    Client("postman", "desktop", "pretty4", JSON, FORM, False, _h_postman),
    Client("insomnia", "desktop", "pretty2", JSON, FORM, False, _h_insomnia),
]}
MOBILE = ["ios-urlsession", "ios-alamofire", "android-okhttp", "android-retrofit", "android-ktor",
          "react-native-ios", "react-native-android", "flutter-dartio", "flutter-dio"]
SERVER = ["python-requests", "python-httpx", "python-aiohttp", "node-axios", "node-got", "node-undici",
          "go-nethttp", "go-resty", "java-okhttp", "java-apache", "java-webclient", "dotnet-httpclient",
          "ruby-faraday", "php-guzzle"]
TOOLS = ["curl", "postman", "insomnia"]


def _choose_client(rng: random.Random, mobile: int, server: int, tools: int) -> Client:
    group = rng.choices([MOBILE, SERVER, TOOLS], weights=[mobile, server, tools])[0]
    return CLIENTS[_pick(rng, group)]


# --------------------------------------------------------------------------------------------- tokens


def _jwt(rng: random.Random, client_id: str, scope: str, kid: str) -> str:
    header = {"alg": "ES256", "kid": kid, "typ": "at+jwt"}
    iat = BASE_EPOCH + rng.randrange(0, 1_500_000)
    claims = {"iss": ISSUER, "sub": client_id, "aud": "jeeves", "iat": iat, "nbf": iat, "exp": iat + 900,
              "jti": _urlsafe_token(rng, 16), "scope": scope, "client_id": client_id}
    enc = [_b64url(json.dumps(p, separators=(",", ":")).encode()) for p in (header, claims)]
    return ".".join([*enc, _b64url(rng.randbytes(64))])


@dataclass
class Pools:
    kids: list[str]
    tokens: list[str]
    secrets: dict[str, str]


def _pools(rng: random.Random) -> Pools:
    kids = [_urlsafe_token(rng, 32) for _ in range(2)]
    tokens = [_jwt(rng, _pick(rng, CLIENT_IDS), _pick(rng, SCOPES), _pick(rng, kids)) for _ in range(40)]
    secrets = {c: _urlsafe_token(rng, 32) for c in CLIENT_IDS}
    return Pools(kids, tokens, secrets)


# --------------------------------------------------------------------------------------------- header assembly


def _extras(rng: random.Random, c: Client, d: Device, write: bool) -> list[tuple[str, str]]:
    """The headers apps and SDKs add on their own: request ids, tracing, device and version headers."""
    h: list[tuple[str, str]] = []
    mobile = c.platform in ("ios", "android")
    if rng.random() < 0.55:
        rid = rng.choice([_uuid(rng), _uuid(rng, upper=True), f"{d.platform}-{_hex(rng, 12)}",
                          f"req_{_urlsafe_token(rng, 12).replace('-', 'x').replace('_', 'y')}",
                          f"{d.bundle}:{d.build}:{rng.randrange(1, 9999)}"])
        h.append((rng.choice(["X-Request-ID", "X-Request-Id", "x-request-id"]), rid))
    if write and rng.random() < 0.5:
        h.append((rng.choice(["Idempotency-Key", "idempotency-key", "X-Idempotency-Key"]),
                  rng.choice([_uuid(rng), _uuid(rng, upper=True), _hex(rng, 32)])))
    if c.name != "dotnet-httpclient" and rng.random() < 0.3:
        h.append(("traceparent", f"00-{_hex(rng, 32)}-{_hex(rng, 16)}-01"))
        if rng.random() < 0.4:
            h.append(("tracestate", rng.choice(["dd=s:1;o:rum", "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE",
                                                f"es=s:1.0,sentry=t:{_hex(rng, 8)}"])))
    if mobile and rng.random() < 0.25:
        trace = _hex(rng, 32)
        h.append(("sentry-trace", f"{trace}-{_hex(rng, 16)}-{rng.choice(['0', '1'])}"))
        release = urllib.parse.quote(f"{d.bundle}@{d.version}+{d.build}", safe="")
        h.append(("baggage", f"sentry-environment=production,sentry-release={release},"
                             f"sentry-public_key={_hex(rng, 32)},sentry-trace_id={trace},sentry-sample_rate=0.1"))
    if mobile and rng.random() < 0.15:
        h += [("x-datadog-origin", "rum"), ("x-datadog-parent-id", str(rng.getrandbits(63))),
              ("x-datadog-sampling-priority", "1"), ("x-datadog-trace-id", str(rng.getrandbits(63)))]
    if mobile and rng.random() < 0.6:
        h.append((rng.choice(["X-Client-Version", "X-App-Version", "x-client-version"]),
                  rng.choice([d.version, f"{d.version} ({d.build})", f"{d.platform}/{d.version}+{d.build}"])))
    if mobile and rng.random() < 0.5:
        h.append((rng.choice(["X-Device-Id", "X-Device-ID", "x-device-id"]), d.device_id))
    if mobile and rng.random() < 0.5:
        plat = {"ios": ["ios", "iOS", "iPhone OS"], "android": ["android", "Android"]}[d.platform]
        if c.name.startswith("flutter"):
            plat = [f"flutter-{d.platform}", d.platform]
        if c.name.startswith("react-native"):
            plat = [d.platform, f"react-native/{d.platform}"]
        h.append((rng.choice(["X-Platform", "x-platform"]), _pick(rng, plat)))
    if mobile and rng.random() < 0.3:
        h.append(("X-OS-Version", d.os_version))
        h.append(("X-Device-Model", d.model))
    if mobile and rng.random() < 0.3:
        h.append((rng.choice(["X-Timezone", "X-Time-Zone"]), d.tz))
    if mobile and rng.random() < 0.25:
        h.append(("X-Locale", rng.choice([d.locale, d.locale.replace("_", "-")])))
    if d.platform == "android" and c.name in ("android-okhttp", "android-retrofit") and rng.random() < 0.1:
        h.append(("X-Requested-With", d.bundle))
    if mobile and rng.random() < 0.08:
        fake_check = ".".join([_b64url(b'{"alg":"RS256","kid":"vpzbLw","typ":"JWT"}'),
                               _urlsafe_token(rng, 180), _urlsafe_token(rng, 256)])
        h.append(("X-Firebase-AppCheck", fake_check))
    if not mobile and rng.random() < 0.1:
        h.append(("X-Correlation-ID", _uuid(rng)))
    return h


def _headers(rng: random.Random, c: Client, d: Device, *, token: str | None = None, basic: str | None = None,
             content_type: str | None = None, write: bool = False, extra: bool = True,
             more: list[tuple[str, str]] | None = None) -> dict[str, str]:
    pairs = list(c.headers(rng, d))
    if token is not None:
        scheme = "Bearer" if rng.random() < 0.93 else rng.choice(["bearer", "BEARER"])
        pairs.append(("Authorization", f"{scheme} {token}"))
    if basic is not None:
        pairs.append(("Authorization", f"Basic {basic}"))
    if content_type is not None:
        pairs.append(("Content-Type", content_type))
    if extra:
        pairs += _extras(rng, c, d, write)
    pairs += more or []
    out: dict[str, str] = {}
    seen: set[str] = set()
    for name, value in pairs:
        key = name.lower()
        if key in seen:
            continue
        seen.add(key)
        out[key if c.lower else name] = value
    return out


def _ctx(rng: random.Random, c: Client) -> Device:
    plat = c.platform
    if c.name.startswith("react-native") or c.name.startswith("flutter"):
        plat = rng.choice(["ios", "android"])
    return _device(rng, plat)


# --------------------------------------------------------------------------------------------- payload builders


def _email(rng: random.Random) -> str:
    return f"{_pick(rng, EMAIL_LOCALS)}@{_pick(rng, EMAIL_DOMAINS)}"


def _alert_time(rng: random.Random) -> str:
    return f"{rng.choice([5, 6, 6, 7, 7, 7, 8, 9, 12, 18, 21, 23]):02d}:{rng.choice([0, 0, 15, 30, 30, 45, 5]):02d}"


def _settings(rng: random.Random) -> dict[str, Any]:
    s: dict[str, Any] = {}
    for key in rng.sample(["units", "alert_time", "alerts", "timezone"], rng.randint(1, 4)):
        s[key] = {"units": lambda: rng.choice(["metric", "imperial"]), "alert_time": lambda: _alert_time(rng),
                  "alerts": lambda: rng.random() < 0.6, "timezone": lambda: _pick(rng, TIMEZONES)}[key]()
    return s


def _valid_patch(rng: random.Random) -> dict[str, Any]:
    r = rng.random()
    if r < 0.05:
        return {}
    if r < 0.08:
        return {"settings": {}}
    body: dict[str, Any] = {}
    if rng.random() < 0.6:
        body["name"] = _pick(rng, NAMES)
    if rng.random() < 0.35:
        body["email"] = _email(rng)
    if rng.random() < 0.15:
        body["is_active"] = rng.random() < 0.85
    if rng.random() < 0.04:
        body["is_admin"] = rng.random() < 0.3
    if rng.random() < 0.6 or not body:
        body["settings"] = _settings(rng)
    if rng.random() < 0.05:
        body["settings"] = None
    keys = list(body)
    rng.shuffle(keys)
    return {k: body[k] for k in keys}


def _png(rng: random.Random) -> bytes:
    w = h = rng.choice([8, 12, 16, 24])
    c1 = [rng.randrange(256) for _ in range(3)]
    c2 = [rng.randrange(256) for _ in range(3)]
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            t = (x + y) / (w + h - 2)
            row += bytes(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=True))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def _avatar(rng: random.Random, data_url: bool = True) -> str:
    b64 = base64.b64encode(_png(rng)).decode()
    return f"data:image/png;base64,{b64}" if data_url else b64


def _device_meta(rng: random.Random, d: Device) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "platform": d.platform, "os_version": d.os_version, "model": d.model, "app_version": d.version,
        "build": d.build if rng.random() < 0.5 else int(d.build), "locale": d.locale, "timezone": d.tz,
        "device_id": d.device_id,
    }
    if rng.random() < 0.5:
        meta["screen"] = {"width": rng.choice([1170, 1290, 1080, 1440, 828]),
                          "height": rng.choice([2532, 2796, 2400, 3120, 1792]),
                          "scale": rng.choice([2.0, 3.0, 2.625, 3.5]), "dark_mode": rng.random() < 0.5}
    if rng.random() < 0.4:
        meta["push_token"] = _hex(rng, 64) if d.platform == "ios" else \
            f"{_urlsafe_token(rng, 16)}:APA91b{_urlsafe_token(rng, 100)}"
    if rng.random() < 0.3:
        meta["network"] = {"type": rng.choice(["wifi", "cellular", "5g", "4g", None]),
                           "carrier": rng.choice(["Telekom.de", "Vodafone UK", "T-Mobile", "SoftBank", "Jio 4G",
                                                  "MTN NG", "Orange F", None])}
    if rng.random() < 0.3:
        meta["battery"] = {"level": round(rng.random(), 2), "charging": rng.random() < 0.3,
                           "low_power_mode": rng.random() < 0.1}
    if rng.random() < 0.2:
        meta["jailbroken" if d.platform == "ios" else "rooted"] = False
    return meta


def _profile_sync(rng: random.Random, d: Device) -> dict[str, Any]:
    """What a full-profile sync from an app sends: more than the API takes (answered 400 invalid_field)."""
    kind = rng.random()
    body: dict[str, Any] = {}
    if kind < 0.2:  # the typed fields, but as strings / nulls (numbers as strings, JSON null)
        body = _pick(rng, [{"is_active": "true"}, {"is_active": 1}, {"email": None},
                           {"name": None, "email": _email(rng)}, {"is_admin": "false"},
                           {"settings": {"alerts": "on"}}, {"settings": {"alert_time": "7:30"}},
                           {"settings": {"units": "Metric"}}, {"settings": {"timezone": "GMT+2"}},
                           {"settings": {"alerts": 1, "units": "metric"}}, {"name": 12345},
                           {"settings": "{\"alerts\":true}"}, {"settings": [{"alerts": True}]}])
        return body
    body["name"] = _pick(rng, NAMES)
    body["email"] = _email(rng)
    if rng.random() < 0.7:
        body["phone"] = _pick(rng, PHONES)
    if rng.random() < 0.6:
        addr = dict(_pick(rng, ADDRESSES))
        body["address"] = addr
    if rng.random() < 0.6:
        body["bio"] = _pick(rng, BIOS)
    if rng.random() < 0.5:
        body["locale"] = rng.choice([d.locale, d.locale.replace("_", "-")])
    if rng.random() < 0.5:
        body["settings"] = _settings(rng)
    if rng.random() < 0.5:
        body["device"] = _device_meta(rng, d)
    if rng.random() < 0.25:
        body["avatar"] = _avatar(rng, data_url=rng.random() < 0.6)
    if rng.random() < 0.3:
        body["birthday"] = rng.choice(["1990-04-17", "1985-12-31", None, "2000-02-29"])
    if rng.random() < 0.3:
        body["interests"] = rng.sample(["hiking", "cycling", "ski ⛷️", "surf 🏄", "astronomy", "gardening",
                                        "photography", "café", "雨", "бег"], rng.randint(0, 4))
    if rng.random() < 0.3:
        body["updated_at"] = _iso(BASE_EPOCH + rng.randrange(0, 900_000), _pick(rng, OFFSETS),
                                  frac=rng.choice(["", ".123", ".456789"]))
    if rng.random() < 0.2:
        body["social"] = {"twitter": "@" + rng.choice(["zoe_a", "weatherguy", "mk_obrien"]),
                          "website": rng.choice(["https://example.com/~zoe", "https://zoe.example.org/",
                                                 "http://example.net/blog?id=42&lang=fr"])}
    if rng.random() < 0.15:
        body["about_long"] = " ".join(rng.choice(BIOS + NOTES) for _ in range(rng.randint(8, 20)))
    return body


def _switch_body(rng: random.Random, d: Device) -> dict[str, Any]:
    body: dict[str, Any] = {"enabled": rng.random() < 0.55}
    r = rng.random()
    if r < 0.4:
        body["team_id"] = _pick(rng, TEAMS)
    elif r < 0.6:
        body["team_id"] = "*"
    if rng.random() < 0.5:
        body["reason"] = _pick(rng, NOTES)
    if rng.random() < 0.06:
        body["reason"] = "\n\n".join(rng.sample(NOTES, rng.randint(12, 24)))  # long incident notes
    if rng.random() < 0.25:
        body["changed_by"] = {"name": _pick(rng, NAMES), "email": _email(rng)}
    if rng.random() < 0.2:
        body["ticket"] = rng.choice(["OPS-2231", "WX-1042", "INC-4821", "#1337", "JIRA: PLAT-77"])
    if rng.random() < 0.2:
        start = BASE_EPOCH + rng.randrange(0, 1_000_000)
        off = _pick(rng, OFFSETS)
        body["effective_at"] = _iso(start, off)
        if rng.random() < 0.6:
            body["expires_at"] = _iso(start + rng.choice([3600, 7200, 86400]), off)
    if rng.random() < 0.15:
        body["client"] = {"app": d.app, "version": d.version, "platform": d.platform}
    if rng.random() < 0.1:
        body["dry_run"] = False
    if rng.random() < 0.1:
        body["tags"] = rng.sample(["incident", "rollout", "apac", "emea", "hotfix", "legal"], 2)
    if rng.random() < 0.08:
        body["rollout"] = {"percent": rng.choice(["0", "25", "50", 100]), "cohort": None}
    return body


# --------------------------------------------------------------------------------------------- the set


class _Gen:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.pools = _pools(self.rng)
        self.counts: dict[str, int] = {}

    def rec(self, kind: str, placement: str, method: str, uri: str, headers: dict[str, str],
            body: str = "") -> dict[str, Any]:
        n = self.counts.get(kind, 0) + 1
        self.counts[kind] = n
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"mobilesdk-benign-{kind}-{n:04d}", "category": "benign", "placement": placement,
                "sub": kind}

    def token(self) -> str:
        return _pick(self.rng, self.pools.tokens)

    def qstyle(self, c: Client) -> str:
        rng = self.rng
        if c.name.startswith("ios"):
            return rng.choice(["swift", "swift", "strict"])
        if c.name in ("android-okhttp", "android-retrofit", "java-okhttp", "react-native-android"):
            return "okhttp"
        if c.name in ("node-axios", "react-native-ios"):
            return "axios"
        if c.name in ("python-requests", "python-httpx", "python-aiohttp", "go-nethttp", "go-resty",
                      "flutter-dartio", "flutter-dio", "ruby-faraday", "php-guzzle"):
            return "plus"
        return rng.choice(["strict", "plus"])

    def json_ct(self, c: Client) -> str:
        rng = self.rng
        if c.name == "node-undici" and rng.random() < 0.3:
            return "text/plain;charset=UTF-8"  # fetch() with a string body and no Content-Type set
        if c.name in TOOLS and rng.random() < 0.2:
            return rng.choice(["application/json; charset=utf-8", "application/json;charset=UTF-8"])
        return c.json_ct

    def json_style(self, c: Client) -> str:
        rng = self.rng
        if c.name == "python-httpx":
            return rng.choice(["python", "compact"])
        if c.name == "ios-urlsession" and rng.random() < 0.2:
            return "compact"  # .withoutEscapingSlashes
        if c.name == "curl":
            return rng.choice(["typed", "compact", "pretty2"])
        if c.name == "postman":
            return rng.choice(["pretty4", "pretty_tab", "pretty2"])
        return c.json_style

    # ---- TokenDealer --------------------------------------------------------------------------------------

    def oauth_token(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 5, 7, 2)
        d = _ctx(rng, c)
        client_id = _pick(rng, CLIENT_IDS)
        secret = self.pools.secrets[client_id]
        fields: list[tuple[str, str]] = [("grant_type", "client_credentials")]
        if rng.random() < 0.8:
            fields.append(("scope", _pick(rng, SCOPES)))
        if rng.random() < 0.3:
            fields.append(("audience", "jeeves"))
        basic = None
        use_basic = rng.random() < 0.7
        if use_basic:
            raw = f"{urllib.parse.quote_plus(client_id)}:{urllib.parse.quote_plus(secret)}"
            basic = base64.b64encode(raw.encode()).decode()
        else:
            fields += [("client_id", client_id), ("client_secret", secret)]
        if rng.random() < 0.5:
            rng.shuffle(fields)
        space = "%20" if c.name in ("java-webclient", "node-axios", "node-got") else rng.choice(["+", "%20"])
        body = "&".join(f"{urllib.parse.quote(k, safe='')}={urllib.parse.quote(v, safe='').replace('%20', space)}"
                        for k, v in fields)
        ct = c.form_ct
        if c.name == "java-webclient":
            ct = "application/x-www-form-urlencoded;charset=UTF-8"
        elif rng.random() < 0.15:
            ct = rng.choice([FORM, f"{FORM}; charset=UTF-8", f"{FORM}; charset=utf-8", f"{FORM};charset=UTF-8"])
        accept = rng.choice([None, "application/json", "application/json;charset=UTF-8"])
        more = [("Accept", accept)] if accept else []
        if rng.random() < 0.2:
            more.append(("Cache-Control", "no-cache"))
        headers = _headers(rng, c, d, basic=basic, content_type=ct, write=False, more=more)
        if c.name == "node-axios":  # axios sends the POST body with its own Accept first
            headers["Accept"] = "application/json, text/plain, */*"
        return self.rec("token", "form", "POST", "/oauth/token", headers, body)

    def oauth_token_json_mistake(self) -> dict[str, Any]:
        """A hand-rolled SDK that posts JSON to the token endpoint (answered 400 invalid_request)."""
        rng = self.rng
        c = _choose_client(rng, 3, 4, 3)
        d = _ctx(rng, c)
        client_id = _pick(rng, CLIENT_IDS)
        doc = {"grant_type": "client_credentials", "client_id": client_id,
               "client_secret": self.pools.secrets[client_id], "scope": _pick(rng, SCOPES)}
        headers = _headers(rng, c, d, content_type=self.json_ct(c))
        return self.rec("token", "json", "POST", "/oauth/token", headers, _encode_json(doc, self.json_style(c)))

    def token_check(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 2, 8, 2)
        d = _ctx(rng, c)
        client_id = _pick(rng, CLIENT_IDS)
        secret = self.pools.secrets[client_id]
        basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
        tok = self.token()
        r = rng.random()
        if r < 0.4:
            uri, fields = "/oauth/revoke", [("token", tok)]
            if rng.random() < 0.6:
                fields.append(("token_type_hint", "access_token"))
        elif r < 0.75:
            uri, fields = "/oauth/introspect", [("token", tok)]
            if rng.random() < 0.4:
                fields.append(("token_type_hint", "access_token"))
        else:
            uri, fields, basic = "/verify_token", [("access_token", tok)], ""
            if rng.random() < 0.5:
                fields.append(("audience", "jeeves"))
        headers = _headers(rng, c, d, basic=basic or None, content_type=c.form_ct, more=[("Accept", JSON)])
        return self.rec("token-check", "form", "POST", uri, headers, urllib.parse.urlencode(fields))

    def jwks(self) -> dict[str, Any]:
        rng = self.rng
        verifier = rng.choice([
            ("Python-urllib/3.11", [("Accept-Encoding", "identity"), ("Connection", "close")]),
            ("Python-urllib/3.12", [("Accept-Encoding", "identity"), ("Connection", "close")]),
            ("Java/17.0.10", [("Accept", "application/json, application/jwk-set+json")]),
            ("Java/21.0.2", [("Accept", "application/json, application/jwk-set+json")]),
            ("Go-http-client/1.1", [("Accept-Encoding", "gzip")]),
            ("node", [("accept", "application/json"), ("accept-encoding", "gzip, deflate"),
                      ("accept-language", "*"), ("sec-fetch-mode", "cors")]),
            ("undici", [("accept", "*/*"), ("accept-encoding", "gzip, deflate")]),
            ("axios/1.6.8", [("Accept", "application/json, text/plain, */*"),
                             ("Accept-Encoding", "gzip, compress, deflate, br")]),
            ("lua-resty-http/0.17.1 (Lua) ngx_lua/10026", []),
            ("python-httpx/0.27.0", [("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate")]),
            ("Ruby", [("Accept", "*/*"), ("Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3")]),
            ("", [("Accept", "application/json")]),
            ("Dart/3.3 (dart:io)", [("accept-encoding", "gzip")]),
            ("WeatherPal/5121 CFNetwork/1494.0.7 Darwin/23.4.0", [("Accept", "*/*"),
                                                                  ("Accept-Encoding", "gzip, deflate, br")]),
        ])
        ua, base = verifier
        headers: dict[str, str] = {}
        if ua:
            headers["User-Agent"] = ua
        for k, v in base:
            headers[k] = v
        if rng.random() < 0.35:
            headers["If-None-Match"] = f'"{_urlsafe_token(rng, 16)}"' if rng.random() < 0.8 \
                else f'W/"{_hex(rng, 16)}"'
        if rng.random() < 0.1:
            headers["If-Modified-Since"] = _http_date(BASE_EPOCH + rng.randrange(0, 900_000))
        if rng.random() < 0.1:
            headers["Cache-Control"] = rng.choice(["no-cache", "max-age=0"])
        method = "HEAD" if rng.random() < 0.08 else "GET"
        uri = "/.well-known/jwks.json"
        placement = "header"
        if rng.random() < 0.08:
            uri += "?" + rng.choice([f"_={BASE_EPOCH * 1000 + rng.randrange(10**6)}", f"kid={self.pools.kids[0]}",
                                     "v=2"])
            placement = "query"
        return self.rec("jwks", placement, method, uri, headers)

    def metadata(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 3, 6, 2)
        d = _ctx(rng, c)
        more = [("Accept", rng.choice([JSON, "application/json, text/plain, */*", "*/*"]))]
        headers = _headers(rng, c, d, extra=rng.random() < 0.4, more=more)
        method = "HEAD" if rng.random() < 0.07 else "GET"
        uri = "/.well-known/oauth-authorization-server"
        if rng.random() < 0.05:
            uri += "?_=" + str(BASE_EPOCH * 1000 + rng.randrange(10**6))
            return self.rec("metadata", "query", method, uri, headers)
        return self.rec("metadata", "header", method, uri, headers)

    # ---- data API: reads -----------------------------------------------------------------------------------

    def users_list(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 6, 4, 2)
        d = _ctx(rng, c)
        params: list[tuple[str, str]] = []
        if rng.random() < 0.8:
            params.append(("limit", str(rng.choice([10, 20, 25, 50, 50, 100, 200, 500]))))
        if rng.random() < 0.5:
            params.append(("offset", str(rng.choice([0, 20, 50, 100, 150, 1000, 2450]))))
        if rng.random() < 0.4:
            params.append(("team_id", _pick(rng, TEAMS)))
        if rng.random() < 0.3:
            params.append(("alerts", rng.choice(["true", "false", "1", "0", "on", "off", "True", "FALSE"])))
        if rng.random() < 0.3:
            params.append(("active", rng.choice(["true", "false", "1", "True"])))
        r = rng.random()
        if r < 0.12:  # generic SDK cursor pagination (the API ignores what it does not know)
            cursor = {"offset": rng.choice([50, 100, 150]), "limit": 50, "team_id": _pick(rng, TEAMS)}
            raw = json.dumps(cursor, separators=(",", ":")).encode()
            params.append(("cursor", base64.urlsafe_b64encode(raw).decode() if rng.random() < 0.5
                           else base64.b64encode(raw).decode()))
        elif r < 0.2:
            params.append(("_", str(BASE_EPOCH * 1000 + rng.randrange(10**6))))
        elif r < 0.27:
            params.append(("fields", rng.choice(["id,name,email", "id,settings", "id,name,settings.timezone"])))
        elif r < 0.32:
            params.append(("sort", rng.choice(["-created_at", "name", "id"])))
        elif r < 0.37:
            params.append(("q", _pick(rng, SEARCHES)))
        elif r < 0.42:
            params += [("page", str(rng.randint(1, 9))), ("per_page", str(rng.choice([20, 50])))]
        if params and rng.random() < 0.07:  # the same parameter twice (a builder appending instead of setting)
            params.append(params[0])
        if rng.random() < 0.03:
            params.append(("team_id", ""))  # null serialized as empty: answered 400 invalid_parameter
        path = "/api/users/" if rng.random() < 0.05 else "/api/users"
        uri = _qs(path, params, self.qstyle(c))
        headers = _headers(rng, c, d, token=self.token())
        return self.rec("users-list", "query" if params else "header", "GET", uri, headers)

    def user_get(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 7, 3, 2)
        d = _ctx(rng, c)
        uid = rng.choice([rng.randint(1, 60), rng.randint(1, 5000), rng.randint(1, 250_000)])
        if rng.random() < 0.02:
            uid = 9_007_199_254_740_993  # a JS client that kept an id as a string past 2**53
        path = f"/api/users/{uid}"
        if rng.random() < 0.05:
            path += "/"
        method = "GET"
        more: list[tuple[str, str]] = []
        if c.name.startswith("ios") and rng.random() < 0.3:  # URLCache revalidation
            more.append(("If-None-Match", f'W/"{_hex(rng, 27)}"'))
        if c.name in ("android-okhttp", "android-retrofit") and rng.random() < 0.15:
            more.append(("Cache-Control", "no-cache"))
        if rng.random() < 0.05:
            method = "HEAD"
        uri = path
        placement = "path"
        if rng.random() < 0.1:
            uri = _qs(path, [("include", rng.choice(["settings", "settings,facts"]))], self.qstyle(c))
        headers = _headers(rng, c, d, token=self.token(), more=more)
        return self.rec("user-get", placement, method, uri, headers)

    def usage_stats(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 3, 6, 3)
        d = _ctx(rng, c)
        params: list[tuple[str, str]] = []
        end = BASE_EPOCH + rng.randrange(0, 1_200_000)
        span = rng.choice([3600, 6 * 3600, 86400, 86400, 7 * 86400, 30 * 86400])
        off = _pick(rng, OFFSETS)
        style = rng.choice(["offset", "offset", "z", "basic", "naive"])
        frac = rng.choice(["", "", ".000", ".123", ".123456"])
        if style == "z":
            off = 0
        if rng.random() < 0.85:
            since = _iso(end - span, off, style, frac)
            if rng.random() < 0.08:
                since = since[:10]  # a date only
            params.append(("since", since))
        if rng.random() < 0.65:
            params.append(("until", _iso(end, off, style, frac)))
        if rng.random() < 0.08:
            params.append(("tz", d.tz))
        if rng.random() < 0.05 and params:
            params.append(params[-1])
        uri = _qs("/api/usage/stats", params, self.qstyle(c))
        headers = _headers(rng, c, d, token=self.token())
        return self.rec("usage-stats", "query" if params else "header", "GET", uri, headers)

    def switches_list(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 4, 4, 3)
        d = _ctx(rng, c)
        uri = "/api/switches/" if rng.random() < 0.04 else "/api/switches"
        headers = _headers(rng, c, d, token=self.token())
        if rng.random() < 0.1:
            return self.rec("switches-list", "query", "GET",
                            _qs(uri, [("team_id", _pick(rng, TEAMS))], self.qstyle(c)), headers)
        return self.rec("switches-list", "header", "GET", uri, headers)

    def openapi(self) -> dict[str, Any]:
        rng = self.rng
        ua = rng.choice(["OpenAPI-Generator/7.4.0/python", "Swagger-Codegen/3.0.54/java", "openapi-generator-cli/7.6.0",
                         "PostmanRuntime/7.37.3", "insomnia/8.6.1", "Speakeasy/1.300.0", "Stoplight/2024.5",
                         "curl/8.5.0", "node", "python-httpx/0.27.0", "Apidog/1.0.0 (https://apidog.com)"])
        headers = {"User-Agent": ua, "Accept": rng.choice([JSON, "application/json, application/yaml", "*/*"])}
        if rng.random() < 0.3:
            headers["Accept-Encoding"] = "gzip, deflate, br"
        if rng.random() < 0.2:
            headers["Authorization"] = f"Bearer {self.token()}"
        return self.rec("openapi", "header", "GET", "/api/openapi.json", headers)

    # ---- data API: writes ----------------------------------------------------------------------------------

    def user_patch(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 7, 3, 2)
        d = _ctx(rng, c)
        doc = _valid_patch(rng)
        uid = rng.choice([rng.randint(1, 60), rng.randint(1, 5000)])
        headers = _headers(rng, c, d, token=self.token(), content_type=self.json_ct(c), write=True)
        return self.rec("user-patch", "json", "PATCH", f"/api/users/{uid}", headers,
                        _encode_json(doc, self.json_style(c)))

    def profile_sync(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 8, 2, 1)
        d = _ctx(rng, c)
        doc = _profile_sync(rng, d)
        uid = rng.randint(1, 5000)
        headers = _headers(rng, c, d, token=self.token(), content_type=self.json_ct(c), write=True)
        method = "PATCH"
        if c.name in ("android-okhttp", "android-retrofit") and rng.random() < 0.1:
            method = "POST"  # HttpURLConnection cannot PATCH: an override header instead (answered 405)
            headers["X-HTTP-Method-Override"] = "PATCH"
        return self.rec("profile-sync", "json", method, f"/api/users/{uid}", headers,
                        _encode_json(doc, self.json_style(c)))

    def switch_put(self) -> dict[str, Any]:
        rng = self.rng
        c = _choose_client(rng, 4, 5, 3)
        d = _ctx(rng, c)
        action = _pick(rng, ACTIONS)
        if rng.random() < 0.03:
            action = rng.choice(["remember%20location", "Weather", "forget-me"])  # not an action: 404
        doc = _switch_body(rng, d)
        headers = _headers(rng, c, d, token=self.token(), content_type=self.json_ct(c), write=True)
        uri = f"/api/switches/{action}"
        if rng.random() < 0.05:
            uri = _qs(uri, [("dry_run", "false")], self.qstyle(c))
        return self.rec("switch-put", "json", "PUT", uri, headers, _encode_json(doc, self.json_style(c)))

    def form_mistake(self) -> dict[str, Any]:
        """Form bodies where the API expects JSON (jQuery-style brackets, Retrofit @FormUrlEncoded, curl -d)."""
        rng = self.rng
        c = _choose_client(rng, 4, 4, 4)
        d = _ctx(rng, c)
        if rng.random() < 0.65:
            fields: list[tuple[str, str]] = []
            if rng.random() < 0.7:
                fields.append(("name", _pick(rng, NAMES)))
            if rng.random() < 0.5:
                fields.append(("email", _email(rng)))
            for k, v in _settings(rng).items():
                fields.append((f"settings[{k}]", str(v).lower() if isinstance(v, bool) else str(v)))
            uri, method = f"/api/users/{rng.randint(1, 5000)}", "PATCH"
        else:
            fields = [("enabled", rng.choice(["true", "false", "0", "1"]))]
            if rng.random() < 0.6:
                fields.append(("team_id", rng.choice([*TEAMS, "*"])))
            if rng.random() < 0.4:
                fields.append(("reason", _pick(rng, NOTES)))
            uri, method = f"/api/switches/{_pick(rng, ACTIONS)}", "PUT"
        body = urllib.parse.urlencode(fields)
        ct = c.form_ct if rng.random() < 0.6 else self.json_ct(c)  # form body under a JSON content type
        headers = _headers(rng, c, d, token=self.token(), content_type=ct, write=True)
        return self.rec("form-mistake", "form", method, uri, headers, body)

    def multipart(self) -> dict[str, Any]:
        """Profile edits sent as multipart by upload-minded SDKs (the API answers 400 invalid_json)."""
        rng = self.rng
        c = CLIENTS[rng.choice(["android-retrofit", "android-okhttp", "ios-alamofire", "flutter-dio",
                                "python-requests", "node-axios", "curl", "postman", "go-nethttp",
                                "dotnet-httpclient"])]
        d = _ctx(rng, c)
        boundary = {
            "android-retrofit": _uuid(rng), "android-okhttp": _uuid(rng),
            "ios-alamofire": f"alamofire.boundary.{_hex(rng, 16)}",
            "flutter-dio": f"--dio-boundary-{rng.randrange(10**9, 10**10)}",
            "python-requests": _hex(rng, 32), "node-axios": "-" * 26 + str(rng.randrange(10**23, 10**24)),
            "curl": "-" * 24 + _hex(rng, 16), "postman": "-" * 26 + str(rng.randrange(10**23, 10**24)),
            "go-nethttp": _hex(rng, 60), "dotnet-httpclient": _uuid(rng),
        }[c.name]
        parts: list[tuple[str, str | None, list[str], str]] = []
        okhttp = c.name.startswith("android")
        text_headers = ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: binary"] \
            if c.name == "android-retrofit" else []
        if rng.random() < 0.8:
            parts.append(("name", None, list(text_headers), _pick(rng, NAMES)))
        if rng.random() < 0.5:
            parts.append(("email", None, list(text_headers), _email(rng)))
        if rng.random() < 0.5:
            parts.append(("settings", None, ["Content-Type: application/json; charset=utf-8"],
                          json.dumps(_settings(rng), separators=(",", ":"))))
        if rng.random() < 0.4:
            parts.append(("timezone", None, list(text_headers), d.tz))
        if rng.random() < 0.6 or not parts:
            parts.append(("avatar", None, list(text_headers), _avatar(rng, data_url=rng.random() < 0.5)))
        if rng.random() < 0.3:
            parts.append(("device", "device.json", ["Content-Type: application/json"],
                          json.dumps(_device_meta(rng, d), ensure_ascii=False)))
        out: list[str] = []
        for name, filename, hdrs, value in parts:
            out.append(f"--{boundary}\r\n")
            disp = f'Content-Disposition: form-data; name="{name}"'
            if filename:
                disp += f'; filename="{filename}"'
            out.append(disp + "\r\n")
            for h in hdrs:
                out.append(h + "\r\n")
            if okhttp:
                out.append(f"Content-Length: {len(value.encode())}\r\n")
            out.append("\r\n" + value + "\r\n")
        out.append(f"--{boundary}--\r\n")
        ct = f'multipart/form-data; boundary="{boundary}"' if c.name == "dotnet-httpclient" \
            else f"multipart/form-data; boundary={boundary}"
        headers = _headers(rng, c, d, token=self.token(), content_type=ct, write=True)
        return self.rec("multipart", "multipart", "PATCH", f"/api/users/{rng.randint(1, 5000)}", headers,
                        "".join(out))

    # ---- cookies, telemetry headers, preflights ------------------------------------------------------------

    def cookie(self) -> dict[str, Any]:
        """Hybrid apps (Capacitor, Cordova, WebViews) and load balancers leave cookies on API calls."""
        rng = self.rng
        c = _choose_client(rng, 8, 2, 2)
        d = _ctx(rng, c)
        jar: list[str] = []
        if rng.random() < 0.5:
            alb = base64.b64encode(rng.randbytes(rng.choice([96, 120]))).decode()
            jar += [f"AWSALB={alb}", f"AWSALBCORS={alb}"]
        if rng.random() < 0.3:
            jar.append(f"__cf_bm={_urlsafe_token(rng, 32)}.{_urlsafe_token(rng, 6)}-{BASE_EPOCH}-0-"
                       f"{base64.b64encode(rng.randbytes(60)).decode()}")
        if rng.random() < 0.4:
            jar.append(f"ajs_anonymous_id=%22{_uuid(rng)}%22")
        if rng.random() < 0.4:
            jar.append(f"_ga=GA1.1.{rng.randrange(10**8, 10**10)}.{BASE_EPOCH - rng.randrange(10**7)}")
            if rng.random() < 0.5:
                jar.append(f"_ga_{_urlsafe_token(rng, 7).upper().replace('-', 'X').replace('_', 'Y')}"
                           f"=GS1.1.{BASE_EPOCH}.3.1.{BASE_EPOCH + 120}.0.0.0")
        if rng.random() < 0.3:
            mp = urllib.parse.quote(json.dumps({"distinct_id": _uuid(rng), "$device_id": _hex(rng, 15),
                                                "$initial_referrer": "$direct",
                                                "$initial_referring_domain": "$direct"}), safe="")
            jar.append(f"mp_{_hex(rng, 32)}_mixpanel={mp}")
        if rng.random() < 0.25:
            stamp = urllib.parse.quote_plus("Mon Jun 03 2024 10:12:45 GMT+0200 (Central European Summer Time)")
            jar.append("OptanonConsent=isGpcEnabled=0&datestamp=" + stamp +
                       "&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=" + _uuid(rng) +
                       "&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0")
        if rng.random() < 0.3:
            jar.append(f"locale={rng.choice([d.locale, d.locale.replace('_', '-')])}")
        if rng.random() < 0.2:
            jar.append(f"tz={urllib.parse.quote(d.tz, safe='')}")
        if rng.random() < 0.2:
            jar.append(f"theme={rng.choice(['dark', 'light', 'system'])}")
        if rng.random() < 0.2:
            jar.append("cookieconsent_status=dismiss")
        if rng.random() < 0.15:
            jar.append(f"amplitude_id_{_hex(rng, 32)}=" + base64.b64encode(json.dumps(
                {"deviceId": _uuid(rng), "userId": None, "optOut": False, "sessionId": BASE_EPOCH * 1000,
                 "lastEventTime": BASE_EPOCH * 1000 + 5000, "eventId": 3, "identifyId": 1,
                 "sequenceNumber": 4}).encode()).decode())
        if not jar:
            jar.append(f"session={_urlsafe_token(rng, 24)}")
        rng.shuffle(jar)
        more = [("Cookie", "; ".join(jar))]
        if c.name in ("react-native-ios", "ios-urlsession") and rng.random() < 0.4:
            more.append(("Origin", rng.choice(["capacitor://localhost", "ionic://localhost"])))
        elif c.name.startswith("android") and rng.random() < 0.4:
            more.append(("Origin", "http://localhost"))
            more.append(("X-Requested-With", d.bundle))
        r = rng.random()
        if r < 0.45:
            uri = f"/api/users/{rng.randint(1, 5000)}"
        elif r < 0.75:
            uri = _qs("/api/users", [("limit", str(rng.choice([20, 50]))), ("active", "true")], self.qstyle(c))
        elif r < 0.9:
            uri = "/api/switches"
        else:
            uri = _qs("/api/usage/stats", [("since", _iso(BASE_EPOCH + rng.randrange(10**6), _pick(rng, OFFSETS)))],
                      "strict")
        headers = _headers(rng, c, d, token=self.token(), more=more)
        return self.rec("cookie", "cookie", "GET", uri, headers)

    def telemetry(self) -> dict[str, Any]:
        """Reads whose interest is in the headers: heavy tracing, conditional requests, client hints."""
        rng = self.rng
        c = _choose_client(rng, 7, 3, 1)
        d = _ctx(rng, c)
        more: list[tuple[str, str]] = [
            ("traceparent", f"00-{_hex(rng, 32)}-{_hex(rng, 16)}-01"),
            ("X-Request-ID", _uuid(rng, upper=d.platform == "ios")),
        ]
        if rng.random() < 0.5:
            more.append(("newrelic", base64.b64encode(json.dumps(
                {"v": [0, 2], "d": {"ty": "Mobile", "ac": str(rng.randrange(10**6, 10**7)),
                                    "ap": str(rng.randrange(10**8, 10**9)), "tr": _hex(rng, 32),
                                    "id": _hex(rng, 16), "ti": BASE_EPOCH * 1000}}).encode()).decode()))
        if rng.random() < 0.4:
            more.append(("X-NewRelic-ID", base64.b64encode(f"{rng.randrange(10**6)}#{rng.randrange(10**8)}"
                                                           .encode()).decode()))
        if rng.random() < 0.4:
            more.append(("If-Modified-Since", _http_date(BASE_EPOCH + rng.randrange(0, 900_000))))
        if rng.random() < 0.3:
            more.append(("X-App-Session", _uuid(rng)))
        if rng.random() < 0.3:
            more.append(("X-Network-Type", rng.choice(["wifi", "cellular", "LTE", "5G NSA", "unknown"])))
        if rng.random() < 0.25:
            more.append(("X-Screen", f"{rng.choice([390, 393, 412, 430])}x{rng.choice([844, 852, 915, 932])}@"
                                     f"{rng.choice(['2x', '3x', '2.625x'])}"))
        if rng.random() < 0.25:
            more.append(("X-App-Name", d.app))
        if rng.random() < 0.2:
            more.append(("X-Install-Id", _urlsafe_token(rng, 16)))
        if rng.random() < 0.2:
            more.append(("X-Geo", f"{rng.uniform(-60, 70):.4f},{rng.uniform(-170, 170):.4f}"))
        if rng.random() < 0.2:
            more.append(("Accept-Language", _pick(rng, ACCEPT_LANGUAGE)))
        if rng.random() < 0.15:
            more.append(("DNT", "1"))
        if rng.random() < 0.15:
            more.append(("Save-Data", "on"))
        uri = rng.choice(["/api/switches", f"/api/users/{rng.randint(1, 5000)}", "/api/usage/stats", "/api/users"])
        headers = _headers(rng, c, d, token=self.token(), more=more)
        return self.rec("telemetry", "header", "GET", uri, headers)

    def preflight(self) -> dict[str, Any]:
        """CORS preflights from web builds of the same apps (Flutter web, Expo web, Ionic/Capacitor)."""
        rng = self.rng
        origin = rng.choice(["https://app.weatherpal.example", "https://m.example.com", "capacitor://localhost",
                             "ionic://localhost", "http://localhost:8100", "http://localhost:19006",
                             "https://teampulse.example.org"])
        method = rng.choice(["PATCH", "PUT", "GET", "PATCH"])
        uri = {"PATCH": f"/api/users/{rng.randint(1, 5000)}", "PUT": f"/api/switches/{_pick(rng, ACTIONS)}",
               "GET": _qs("/api/users", [("limit", "50")], "strict")}[method]
        req_headers = ["authorization", "content-type"]
        for extra in ("x-request-id", "x-client-version", "sentry-trace", "baggage", "traceparent", "idempotency-key"):
            if rng.random() < 0.3:
                req_headers.append(extra)
        chrome = rng.choice(["124.0.6367.82", "125.0.6422.113", "126.0.6478.71"])
        ua = rng.choice([
            f"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148",
            f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{chrome} Safari/537.36",
        ])
        headers = {"Accept": "*/*", "Access-Control-Request-Method": method,
                   "Access-Control-Request-Headers": ",".join(req_headers), "Origin": origin, "User-Agent": ua,
                   "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Dest": "empty",
                   "Accept-Encoding": "gzip, deflate, br", "Accept-Language": _pick(rng, ACCEPT_LANGUAGE)}
        if origin.startswith("http"):
            headers["Referer"] = origin + "/"
        return self.rec("preflight", "header", "OPTIONS", uri, headers)


PLAN: list[tuple[str, int]] = [
    ("oauth_token", 160), ("oauth_token_json_mistake", 8), ("token_check", 50), ("jwks", 60), ("metadata", 40),
    ("users_list", 200), ("user_get", 130), ("usage_stats", 110), ("switches_list", 50), ("openapi", 25),
    ("user_patch", 300), ("profile_sync", 90), ("switch_put", 140), ("form_mistake", 30), ("multipart", 40),
    ("cookie", 60), ("telemetry", 40), ("preflight", 25),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """About 1,500 requests of mobile apps, SDKs and API tools, interleaved as real traffic would be."""
    gen = _Gen()
    order = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(order)
    for name in order:
        make: Callable[[], dict[str, Any]] = getattr(gen, name)
        yield make()
