"""Benign traffic of a company's non-developer staff: what sales, finance, legal, HR, support, operations,
marketing, design, lab, health and training people type all day, in many languages, sent through our routes
the way the real clients send it.

Mostly Slack: Events API messages (DMs to the bot, @mentions, channel and thread messages, file shares) and
their edits (`message_changed`), `/jeeves` slash commands, modal `view_submission`s and the weather reply's
"Set as my location" button (`block_actions`), with Slack's own envelopes (escaped `&`, `<`, `>` in `text`,
`<@U..>` mentions, `<mailto:..|..>` links, emoji shortcodes, `rich_text` blocks, `\\/`-escaped JSON). Then
the admin panel (user search, user flag edits with the search carried in a hidden field, audit search),
`/me/` (location and settings forms, urlencoded or multipart), the data API under `/api` (user edits by an HR
sync, read-only pulls by a spreadsheet) and what browsers add on the way (Referer with UTM links, consent and
analytics cookies).

The texts carry punctuation and words that collide with attack vocabulary: spreadsheet formulas, currency
and percentages, "select plan: Pro | Business", "drop the old price list", section signs and nested
parentheses, shared-drive paths, names with apostrophes, angry customers' >:( and <3, quoted e-mail threads,
UTM links, hex colours and CSS talk, merge tags, chemical formulas, dosage schedules, math, DOIs, and French,
German, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Greek, Russian, Ukrainian, Arabic, Hebrew, Hindi,
Chinese, Japanese, Korean, Thai and Vietnamese text.

How it was written: by the seventh benign author, independently, from the route list, app/ and README.md only
(how each route is really called), plus the record helpers of family_gen.py. No WAF rule (lua/), gateway WAF
settings or exclusions, CRS file, other generator's text list or corpus was read, and the texts were fixed
before the one measurement. Deterministic: one seeded random.Random, no clock.
"""

from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .records import no_attacks
from .records import slack_escape as _esc

SEED = 70_707
ORIGIN = "https://localhost:8443"          # the gateway's public base URL in the test stack
TEAM, TEAM_DOMAIN = "T04QX7KJ2M1", "acme-corp"
BOT, APP, BOT_ID = "U05K9BQ7T2L", "A05K9BN3XQF", "B05K9BQ0A1C"
EPOCH = 1719221443                          # Mon 24 Jun 2024, when these messages were "sent"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
]
LANGUAGES = [
    "en-US,en;q=0.9", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8",
    "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
    "ja,en-US;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8",
    "ar,en-US;q=0.7,en;q=0.3", "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
    "el-GR,el;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "th-TH,th;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8",
    "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6", "it-IT,it;q=0.9",
]
API_CLIENTS = [
    "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8Hx1kYz)",
    "PostmanRuntime/7.39.0", "Zapier", "Microsoft Power Automate", "Make/production",
    "python-requests/2.32.3", "Workato", "Microsoft Office Excel 2014",
]

# ---- people, companies, places ---------------------------------------------------------------------------
FIRST = ["Siobhán", "Zoë", "Renée", "José", "Björn", "Łukasz", "Aoife", "Chloé", "Dmitri", "Priya", "Oluwaseun",
         "Mei", "Hiroshi", "Fatima", "Yusuf", "Ingrid", "Mateo", "Søren", "Ayşe", "Kwame", "Ana", "Jean-Luc",
         "Marie-Claire", "Dana", "Tom", "Rachel", "Kevin", "Lakshmi", "Ngozi", "Camille", "Giulia", "Hannah",
         "Ravi", "Sun-hee", "Tomás", "Eilidh", "Mohammed", "Noa", "Olga", "Pål", "Ximena", "Wei", "Yuki",
         "Carlos", "Ben", "Sarah", "Mike", "Jess", "Anaïs", "Dagný", "Connor", "Leilani"]
LAST = ["O'Neil", "D'Souza", "García-López", "Smith-Jones", "van der Berg", "Müller", "MacDonald", "O'Brien",
        "N'Diaye", "Al-Rashid", "de la Cruz", "St. James", "Nakamura", "Kowalczyk", "Okafor", "Nguyễn",
        "Øvergaard", "Schröder", "Dubois", "Rossi", "Patel", "Kim", "Cohen", "Yılmaz", "Papadopoulos", "Ivanova",
        "Fitzgerald", "D'Angelo", "Le Roux", "McCarthy", "Ó Súilleabháin", "Hernández", "Lindqvist", "Chen",
        "Haddad", "Mensah", "Bianchi-Rossi", "Van Buren", "da Silva", "Wójcik"]
COMPANIES = ["Acme Corp.", "Globex GmbH", "Initech LLC", "Umbrella Ltd", "Stark & Wayne LLP", "Müller & Söhne KG",
             "Dupont SA", "Hooli, Inc.", "Vandelay Industries", "Soylent S.à r.l.", "Wonka Confectionery",
             "Tyrell Corp", "Oceanic Airlines", "Cyberdyne Systems", "Nakatomi Trading K.K.",
             "Pemberton & O'Hara Ltd.", "Blue Sky Logistics (UK) Ltd", "Bluth Co.", "Kowalski Sp. z o.o.",
             "Ibérica Distribuciones S.L.", "Nordlys AS", "Ankara Tekstil A.Ş.", "Prestige Worldwide",
             "Dunder Mifflin Paper Co.", "Gringotts Bank plc", "Wayne Enterprises", "Massive Dynamic",
             "Aperture Science", "Les Délices d'Anaïs SARL", "Sakura Foods 株式会社",
             "O'Reilly Auto Parts (store #412)"]
DOMAINS = ["acme.com", "globex.de", "initech.io", "umbrella.co.uk", "dupont.fr", "hooli.com", "vandelay.net",
           "nordlys.no", "kowalski.pl", "iberica.es", "tyrell.ai", "pemberton-ohara.co.uk", "sakura-foods.co.jp"]
CITIES = ["Paris", "São Paulo", "Zürich", "Köln", "Kraków", "İstanbul", "Reykjavík", "Montréal", "Québec City",
          "Ciudad de México", "Bogotá", "Αθήνα", "Москва", "Київ", "القاهرة", "دبي", "תל אביב", "मुंबई", "बेंगलुरु",
          "北京", "上海", "台北", "東京", "大阪", "서울", "부산", "กรุงเทพมหานคร", "Hà Nội", "Đà Nẵng", "Jakarta",
          "Lagos", "Nairobi", "Cape Town", "Sydney", "Auckland", "New York", "San Francisco", "St. John's",
          "Coeur d'Alene", "Winston-Salem", "Washington, D.C.", "Sault Ste. Marie", "Martha's Vineyard",
          "Land O' Lakes, FL", "Llanfairpwllgwyngyll", "Saint-Jean-de-Luz", "Ho Chi Minh City (Saigon)",
          "Bengaluru (Bangalore)", "Frankfurt am Main", "Frankfurt (Oder)", "Halle (Saale)",
          "Newcastle upon Tyne", "L'Aquila", "Biel/Bienne", "Gießen", "Düsseldorf", "Malmö", "Århus", "Tromsø",
          "Łódź", "Cluj-Napoca", "Springfield, IL", "Portland, OR", "Portland, ME", "London, ON", "Paris, TX",
          "Truth or Consequences, NM", "Accident, MD", "Bad Kreuznach", "Dún Laoghaire", "Cork", "Eskişehir",
          "Thessaloniki", "Marrakech", "Bordeaux", "Lyon", "Sevilla", "Porto", "Gdańsk", "Århus C"]
ADDRESSES = [
    "12 Union St., Apt #4; c/o O'Neil, Springfield, IL 62701", "Flat 3/2, 14 Byres Rd, Glasgow G11 5RD",
    "Calle de Alcalá 42, 3º Izq., 28014 Madrid", "Rue de l'Église 7, 1000 Bruxelles",
    "Hauptstraße 5a, 80331 München", "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "PO Box 1234, Dubai, UAE", "Unit 5 / 23 O'Connell St, North Melbourne VIC 3051",
    "742 Evergreen Terrace (rear entrance), Springfield", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "ul. Piotrkowska 104/12, 90-006 Łódź", "Bahnhofstr. 10 (c/o Meier & Partner), 8001 Zürich",
    "Suite 400 - 1055 W. Hastings St., Vancouver, BC V6E 2E9", "Nørrebrogade 12, 2. th., 2200 København N",
    "Via dell'Indipendenza 8/B, 40121 Bologna", "Bağdat Cd. No:123 D:4, Kadıköy/İstanbul",
    "Dept. 7, 1 Infinite Loop (Bldg 2), Cupertino, CA 95014", "20 W 34th St., Fl 10 #1002, New York, NY 10001",
    "서울특별시 강남구 테헤란로 152, 12층", "上海市浦东新区世纪大道100号 15楼",
]
CHANNELS = {"#sales-emea": "C05S4L3SEMA", "#finance-ops": "C05F1N0PS2X", "#legal-requests": "C05L3G4LRQ1",
            "#ask-hr": "C05ASKHR7Q2", "#support-escalations": "C05SUPESC8K", "#mktg-campaigns": "C05MKTGC4M9",
            "#design-crit": "C05DSGNCR1T", "#lab-ops": "C05LAB0PS3Z", "#random": "C024BE91L"}


def _pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _token(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _email(rng: random.Random, first: str, last: str) -> str:
    local = _ascii(first).lower().replace(" ", "")
    surname = _ascii(last).lower().replace(" ", "")
    if rng.random() < 0.6:
        surname = surname.replace("'", "")
    style = rng.randrange(4)
    user = (f"{local}.{surname}", f"{local[0]}{surname}", f"{local}_{surname}", f"{local}.{surname}+slack")[style]
    return f"{user}@{_pick(rng, DOMAINS)}"


# ---- fillers: {slot} in a template becomes one of these -------------------------------------------------
def _money(rng: random.Random) -> str:
    n = rng.choice([rng.randint(120, 990), rng.randint(1_000, 99_000), rng.randint(100_000, 4_800_000)])
    style = rng.randrange(7)
    if style == 0:
        return f"${n:,}"
    if style == 1:
        return f"€{n:,}".replace(",", ".") + ",00"
    if style == 2 and n >= 1000:
        return f"£{n / 1000:.1f}k"
    if style == 3:
        return f"USD {n:,}.{_digits(rng, 2)}"
    if style == 4:
        return f"{n:,} €".replace(",", " ")
    if style == 5:
        return f"${n / 1_000_000:.2f}M" if n > 1_000_000 else f"${n // 1000}k"
    return f"CHF {n:,}".replace(",", "'")


def _pct(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 45)}%", f"{rng.randint(1, 19)}.{rng.randint(0, 9)}%",
                       f"+{rng.randint(2, 30)}%", f"-{rng.randint(1, 12)}%", f"{rng.randint(2, 30)} %"])


def _date(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return rng.choice([f"{m}/{d}", f"{d:02d}.{m:02d}.2024", f"2024-{m:02d}-{d:02d}", f"{mon} {d}", f"{d} {mon}",
                       f"Fri {mon} {d}", "EOD Friday", "EOM", "next Tues", f"{m}/{d}/24", f"w/c {d} {mon}"])


def _po(rng: random.Random) -> str:
    return rng.choice([f"PO-2024-{_digits(rng, 5)}", f"PO# 4500{_digits(rng, 6)}", f"PO {_digits(rng, 5)}",
                       f"P.O. {rng.randint(1, 9)}{_digits(rng, 4)}/24"])


def _inv(rng: random.Random) -> str:
    return rng.choice([f"INV-2024-0{_digits(rng, 4)}", f"Invoice #{_digits(rng, 5)}", f"INV/24/06/0{_digits(rng, 3)}",
                       f"FA-2024-{_digits(rng, 3)}", f"#{_digits(rng, 6)}", f"RE-{_digits(rng, 7)}"])


def _iban(rng: random.Random) -> str:
    country, bban = rng.choice([
        ("DE", _digits(rng, 18)), ("FR", _digits(rng, 10) + _token(rng, 11, "0123456789ABCDEF") + _digits(rng, 2)),
        ("GB", rng.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + _digits(rng, 14)),
        ("NL", rng.choice(["INGB", "ABNA", "RABO"]) + _digits(rng, 10)), ("ES", _digits(rng, 20)),
        ("IE", rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)), ("PL", _digits(rng, 24))])
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    iban = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.7 else iban


def _vat(rng: random.Random) -> str:
    return rng.choice([f"DE{_digits(rng, 9)}", f"GB {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}",
                       f"FR{_digits(rng, 2)} {_digits(rng, 9)}", f"ESB{_digits(rng, 8)}", f"IE{_digits(rng, 7)}W",
                       f"NL{_digits(rng, 9)}B01", f"EIN {_digits(rng, 2)}-{_digits(rng, 7)}",
                       f"ABN {_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                       f"CHE-{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)} MWST", f"TR VKN {_digits(rng, 10)}"])


def _code(rng: random.Random) -> str:
    return rng.choice(["SUMMER24", "WELCOME-15", "EARLYBIRD_2024", "VIP20", "BF-2024-30OFF", "PARTNER*10",
                       "FREESHIP", "Q3-RENEW-12%", "NEWYEAR25", "REFER-A-FRIEND", "SAVE$50", "STUDENT_EDU"])


def _cell(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEFGH')}{rng.randint(2, 60)}"


def _formula(rng: random.Random) -> str:
    c1, c2, col, n = _cell(rng), _cell(rng), rng.choice("BCDEFG"), rng.randint(9, 480)
    return _pick(rng, [
        f"=SUM({col}2:{col}{n})", f'=IF({c1}>0,"yes","no")', f"=VLOOKUP({c1},'Price List 2024'!$A:$D,3,FALSE)",
        f'=SUMIFS(D:D,B:B,"EMEA",C:C,">="&DATE(2024,{rng.randint(1, 12)},1))',
        f'=IFERROR(INDEX(Rates!B:B,MATCH({c1},Rates!A:A,0)),"")', f'=TEXT({c1},"mmm yyyy")',
        f'=XLOOKUP({c1},Vendors!A:A,Vendors!C:C,"not found")', f'=COUNTIF({col}:{col},"<>")',
        f'=A{n}&" - "&B{n}', "=QUERY(Data!A:F,\"select A, sum(D) where B = 'EMEA' group by A\",1)",
        f'=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1{_token(rng, 20, LOWER)}/edit","Pipeline!A1:H{n}")',
        f"=ROUND({c1}*(1+$B$1),2)", f'=AVERAGEIF(C2:C{n},">0")',
        f'=IF(AND({c1}>=0.9,{c2}<>""),"On track",IF({c1}>=0.7,"At risk","Off track"))',
        '=FILTER(A2:D,C2:C="Closed Won",D2:D>50000)', f"=NETWORKDAYS({c1},{c2},Holidays!A:A)",
        "=EOMONTH(TODAY(),-1)", f"=PMT(5%/12,60,-{rng.randint(10, 90)}000)",
        '=HYPERLINK("https://acme.lightning.force.com/lightning/r/Opportunity/"&A2&"/view","Open in SF")',
        '=REGEXEXTRACT(A2,"PO-\\d{4}-\\d+")', f'=CONCATENATE(B{n}," ",C{n})',
        f'=SUMPRODUCT((B2:B{n}="Q3")*(C2:C{n}))', '=DATEDIF(A2,TODAY(),"m")', f"=B2/SUM($B$2:$B${n})",
        f"=IF({c1}<>{c2};\"Abweichung\";\"OK\")", "=SOMME.SI(B:B;\"France\";D:D)", "=INDIRECT(\"'\"&A1&\"'!B2\")",
        f"=MAX(0,{c1}-{c2})*0.19", '=COUNTIFS(A:A,">="&TODAY()-30,B:B,"Open")', "=TRANSPOSE(A1:A12)"])


def _order(rng: random.Random) -> str:
    return rng.choice([f"#{rng.randint(1000, 99999)}", f"ORD-24-{_digits(rng, 6)}",
                       f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}", f"SO#{_digits(rng, 5)}",
                       f"A{_token(rng, 7)}"])


def _tracking(rng: random.Random) -> str:
    return rng.choice([
        f"https://www.ups.com/track?loc=en_US&tracknum=1Z{_token(rng, 16)}&requester=ST/trackdetails",
        f"https://www.fedex.com/fedextrack/?trknbr={_digits(rng, 12)}&trkqual=2460{_digits(rng, 6)}~FX",
        f"https://www.dhl.com/de-de/home/tracking/tracking-parcel.html?submit=1&tracking-id=JJD00{_digits(rng, 16)}",
        f"https://www.royalmail.com/track-your-item#/tracking-results/{_token(rng, 2)}{_digits(rng, 9)}GB",
        f"https://tools.usps.com/go/TrackConfirmAction?tRef=fullpage&tLc=2&text28777=&tLabels=9400{_digits(rng, 18)}",
        f"https://parcelsapp.com/en/tracking/LX{_digits(rng, 9)}CN",
        f"https://www.laposte.fr/outils/suivre-vos-envois?code=6A{_digits(rng, 11)}",
    ])


def _utm(rng: random.Random) -> str:
    page = _pick(rng, ["pricing", "webinars/invoice-automation-101", "blog/q3-product-update", "lp/summer-sale",
                       "de/preise", "customers/dupont-case-study", "events/sales-kickoff-2024", "demo"])
    params = [("utm_source", _pick(rng, ["linkedin", "newsletter", "google", "facebook", "x", "hubspot", "g2"])),
              ("utm_medium", _pick(rng, ["paid_social", "email", "cpc", "organic", "referral", "display"])),
              ("utm_campaign", _pick(rng, ["2024-q3-launch", "summer_sale_24", "webinar-0711", "SKO2024",
                                           "retargeting|EMEA|v2", "brand+awareness"]))]
    if rng.random() < 0.6:
        params.append(("utm_content", _pick(rng, ["hero_cta_v2", "footer-link", "carousel_3", "A", "B"])))
    if rng.random() < 0.4:
        params.append(("utm_term", _pick(rng, ["invoice automation", "ap software", "best crm for smb"])))
    query = urllib.parse.urlencode(params)
    if rng.random() < 0.25:
        query += f"&_hsenc=p2ANqtz-{_token(rng, 20, LOWER + 'ABCDEF_-')}&_hsmi={_digits(rng, 9)}"
    elif rng.random() < 0.2:
        query += f"&mc_cid={_token(rng, 10, LOWER)}&mc_eid={_token(rng, 10, LOWER)}"
    return f"https://www.acme.com/{page}?{query}"


def _doc_link(rng: random.Random) -> str:
    return rng.choice([
        "https://acme.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/FY24/"
        f"Q3%20Forecast%20(v{rng.randint(2, 9)}).xlsx?d=w{_token(rng, 32, '0123456789abcdef')}&csf=1&web=1"
        f"&e={_token(rng, 6, LOWER)}",
        f"https://docs.google.com/spreadsheets/d/1{_token(rng, 30, LOWER)}/edit#gid={_digits(rng, 9)}&range=B2:B9",
        f"https://docs.google.com/document/d/1{_token(rng, 30, LOWER)}/edit?usp=sharing",
        f"https://www.figma.com/design/{_token(rng, 22)}/Checkout-%E2%80%94-Mobile-v3?node-id={rng.randint(10, 99)}-"
        f"{rng.randint(100, 999)}&t={_token(rng, 16)}-0",
        f"https://acme.atlassian.net/wiki/spaces/HR/pages/{_digits(rng, 9)}/Remote+Work+%26+Equipment+Policy+(2024)",
        f"https://www.notion.so/acme/Onboarding-Checklist-Sales-Marketing-{_token(rng, 32, '0123456789abcdef')}?pvs=4",
        f"https://acme.my.salesforce.com/lightning/r/Opportunity/006{_token(rng, 15)}/view",
        f"https://app.hubspot.com/contacts/{_digits(rng, 7)}/record/0-1/{_digits(rng, 11)}",
        f"https://acme.box.com/s/{_token(rng, 32, LOWER)}",
    ])


def _citation(rng: random.Random) -> str:
    return _pick(rng, [
        "Harris, C.R. et al. (2020) Array programming with NumPy. Nature 585, 357–362. "
        "https://doi.org/10.1038/s41586-020-2649-2",
        "doi:10.1016/j.cell.2020.02.052 (Hoffmann et al., Cell 181(2):271–280.e8)",
        "https://doi.org/10.1056/NEJMoa2034577 — Polack FP et al., N Engl J Med 2020;383:2603-2615",
        "PMID: 32015507; PMCID: PMC7095418",
        "Tversky & Kahneman (1974), Science 185(4157):1124–1131, doi:10.1126/science.185.4157.1124",
        "arXiv:1706.03762 [cs.CL] (Vaswani et al., 'Attention Is All You Need')",
        "https://pubs.acs.org/doi/10.1021/acs.jmedchem.9b01234 (J. Med. Chem. 2019, 62, 21, 9463–9479)",
        "ISBN 978-0-374-27563-1 (Kahneman, Thinking, Fast and Slow, FSG 2011), pp. 19–30",
        "Lancet 2023; 401(10373): 347–356. https://doi.org/10.1016/S0140-6736(22)02312-9",
    ])


def _phone(rng: random.Random) -> str:
    return rng.choice([f"+1 (415) 555-0{_digits(rng, 3)} ext. {rng.randint(100, 9999)}",
                       f"+44 (0)20 7946 0{_digits(rng, 3)}", f"+49 (0)89 1234-{_digits(rng, 3)}",
                       f"+33 1 23 45 {_digits(rng, 2)} {_digits(rng, 2)}",
                       f"(312) 555-0{_digits(rng, 3)} x{_digits(rng, 3)}", f"+81 3-1234-{_digits(rng, 4)}",
                       f"+91 98765 {_digits(rng, 5)}", f"+61 2 9876 {_digits(rng, 4)}"])


def _full(rng: random.Random) -> str:
    return f"{_pick(rng, FIRST)} {_pick(rng, LAST)}"


FILL: dict[str, Callable[[random.Random], str]] = {
    "first": lambda r: _pick(r, FIRST), "full": _full, "last": lambda r: _pick(r, LAST),
    "mention": lambda r: "@" + _pick(r, FIRST), "company": lambda r: _pick(r, COMPANIES),
    "money": _money, "pct": _pct, "date": _date, "po": _po, "inv": _inv, "iban": _iban, "vat": _vat,
    "code": _code, "formula": _formula, "order": _order, "tracking": _tracking, "utm": _utm, "doc": _doc_link,
    "cite": _citation, "phone": _phone, "city": lambda r: _pick(r, CITIES), "address": lambda r: _pick(r, ADDRESSES),
    "email": lambda r: _email(r, _pick(r, FIRST), _pick(r, LAST)), "chan": lambda r: _pick(r, list(CHANNELS)),
    "n": lambda r: str(r.randint(2, 48)), "big": lambda r: f"{r.randint(1, 980):,}{_digits(r, 3)}",
    "q": lambda r: str(r.randint(1, 4)), "seats": lambda r: str(r.choice([12, 25, 40, 75, 150, 300, 1200])),
    "disc": lambda r: str(r.choice([5, 8, 10, 12, 15, 20, 25, 30])), "ticket": lambda r: _digits(r, 6),
    "sku": lambda r: f"SKU-{_token(r, 3)}-{_digits(r, 4)}", "hex": lambda r: "#" + _token(r, 6, "0123456789ABCDEF"),
    "time": lambda r: r.choice(["9:30am ET", "14:00 CET", "3pm PT / 6pm ET", "11:00–11:45", "16h30", "noon-ish"]),
    "ext": lambda r: _digits(r, 4), "year": lambda r: str(r.choice([2022, 2023, 2024, 2025])),
}
SLOT = re.compile(r"\{([a-z]+)(\d?)\}")


def fill(template: str, rng: random.Random) -> str:
    """Each {slot} (or {slot2}, another draw) replaced; any other brace (merge tags) left as typed."""
    return SLOT.sub(lambda m: FILL[m[1]](rng) if m[1] in FILL else m[0], template)


# ---- what each team types ---------------------------------------------------------------------------------
SALES = [
    "Pipeline update for w/c {date}: ARR +12% QoQ; churn <2%; NRR 114%. Movers: {company} ({money}, Stage 4 → "
    "Closed Won) and {company2} (slipped to Q{q})",
    "{company} wants {disc}% off if they sign 3 yrs upfront — that puts ACV at {money}. Thoughts {mention}?",
    "select plan: Pro | Business — which one do we quote for {company}? They have ~{seats} seats",
    "drop the old price list and update the deck w/ the new tiers before Thurs pls",
    "Q{q} number: {money} booked vs {money2} target ({pct} to goal). Need {money3} more in the next {n} days 😬",
    "Call notes {company} ({date}):\n- DM: {full} (VP Ops)\n- pain: manual invoicing, 3-way match takes 5+ days\n"
    "- budget: {money} approved FY25\n- next steps: security questionnaire + MSA redlines → {mention}",
    "Renewal for {company} is {date}. They're asking for price lock at {money}/seat/mo OR a 2-yr term @ {disc}% "
    "off. I'd rather do the 2-yr.",
    "Who owns the {company} account now that {first} moved to EMEA? CRM says 'unassigned' (??)",
    "FYI discount code {code} expires {date} — don't promise it after that!!",
    "WON {company}!!! 🎉🎉 {money} ARR, 36-mo term, net 45. Huge thx {mention} & {mention2} for the late nights",
    "Forecast call moved to {time}. Commit: {money}, Best case: {money2}, pipeline coverage 3.{q}x",
    "Can someone send me the 'Why us vs. the others' one-pager? The one with the ✓/✗ table",
    "{company} procurement asks: \"Is the price inclusive of VAT (20%)?\" — it's not, right? Net {money} + VAT",
    "Reminder: log your activities in the CRM by EOD Friday. No log = no commission calc (not my rule 🤷)",
    "Stage definitions: 1=Discovery, 2=Demo, 3=Proposal, 4=Negotiation, 5=Closed Won/Lost. Anything >60 days "
    "in stage 2 → ping me",
    "Quote #Q-{ticket} for {company}: {seats} seats × $42/mo × 12; minus {disc}% = {money}. Pls double-check my math",
    "Lost {company} — reason: \"price & no SSO on the Business tier\". Sending loss notes to product.",
    "is the Enterprise SKU still per-seat or flat fee?? customer asked & I don't want to guess",
    "Territory split for H2: A–L → {first}, M–Z → {first2}; DACH + Nordics → {first3}; everything else TBD",
    "Top deals by size (>{money}): {company}, {company2}, {company3}... full list in the sheet, tab 'Q{q} Commit'",
    "¿Alguien tiene el contrato firmado de {company}? El cliente dice que lo envió el {date}.",
    "Le client {company} demande une remise de {disc} % sur la licence annuelle — on valide ? Budget max {money}",
    "Angebot für {company} ist raus: {money} netto, zzgl. 19 % MwSt., Zahlungsziel 30 Tage (2 % Skonto bei "
    "Zahlung innerhalb von 10 Tagen).",
    "Deal desk: non-standard terms on {company} → (a) net 60, (b) uncapped liability for data breach (!!), (c) "
    "MFN clause. (b) is a hard no from legal",
    "where are we on {company}? last touch was {date} and the close date is... yesterday 🙃",
    "Order form for {company} is in DocuSign, waiting on their CFO ({full}). PO to follow ({po})",
    "Pricing: Starter $0 | Pro $12/user/mo | Business $24/user/mo (annual) | Enterprise = call us",
    "Can I get a sanity check: {seats} users * 24 * 12 = ? ... then -{disc}% multi-year. My calc says {money}",
    "MEDDPICC for {company}: M ✅ E ✅ D1 ❌ (no decision criteria yet) D2 ✅ P ⚠️ I ✅ C ✅ C ❌",
    "Upsell idea: {company} uses 3 of our 5 modules; add-on 'Advanced Analytics' at +$6/user — {first} thinks "
    "it's an easy yes",
    "Commission statement for Q{q} looks off: accelerator should kick in at >100% attainment (I'm at 112%)",
    "Sending the 'union' pricing (Pro + Analytics bundle) to {company} today, valid until {date}",
    "'Buy 2 get 1 free' on seats ONLY for orders >= 50 seats, NOT for renewals. Please stop offering it on renewals 🙏",
    "The demo env is slow again — {company} saw a spinner for ~30s on the dashboard. Embarrassing 😬",
    "{mention} can you join the {company} call at {time}? They want someone from finance on the line re: invoicing "
    "in JPY (¥)",
    "Partner deal reg: {company} via {company2} (reseller, 20% margin). Reg # DR-{ticket}, expires in 90 days",
    "ARR bridge Q{q}: start {money} + new {money2} + expansion {money3} − contraction − churn = end (see {doc})",
]
FINANCE = [
    "Invoice {inv} from {company} for {money} is past due ({n} days). {po} — can AP confirm it was received?",
    "Please use this formula for the accrual tab: {formula}",
    "The sheet is broken: {formula} returns #N/A for rows 40+ 🙃",
    "Our bank details for the {company} payment: IBAN {iban}, BIC COBADEFFXXX (not the old one!). Ref: {inv}",
    "VAT id on the invoice is wrong — should be {vat}, not {vat2}. Can you reissue {inv}?",
    "Month-end close checklist: 1) bank recs 2) accruals 3) prepaid amort. 4) intercompany (US ↔ UK ↔ DE) "
    "5) flux >10% explained",
    "Expense report rejected: \"Dinner w/ client — $412.80 (>$75 pp limit)\". 4 attendees, so $103.20 pp... still "
    "over?",
    "FX for the reval: EUR/USD 1.0{q}{n}; GBP/EUR 1.1{q}; USD/JPY 159.{n}. Use month-end rates, NOT spot",
    "Budget vs actual for Sales & Marketing: ({money}) unfavourable, mostly SaaS renewals & T&E",
    "Reminder: POs > $5,000 need 2 approvals (manager + finance). Under $5k → manager only.",
    "2/10 net 30 on {inv} — take the early-pay discount? 2% of {money} isn't nothing",
    "Wire to {company} bounced: 'beneficiary name mismatch'. Their remittance says '{company} / Accounts Receivable'",
    "Vendor form: {vat}, DUNS {ticket}{ext}, W-9 on file (dated {date})",
    "Capex or opex for the new laptops? ~{money} total, 3-yr useful life → capitalize?",
    "=IF(A1>0,\"yes\",\"no\") works for me but the German locale wants =WENN(A1>0;\"ja\";\"nein\") — that's why "
    "{first}'s copy breaks",
    "Per diem: €24 (DE), £25 (UK), $79 (US, GSA rate). Receipts for anything >€25",
    "Payroll cut-off is the 20th. Q{q} bonuses go out on the 28th; gross-up for the spot awards pls",
    "Bank rec diff: bank 1,284,337.12 vs GL 1,284,073.12 → diff 264.00 = 2 fees × 132.00. Booking now.",
    "{full} asked: can we split {inv} 60/40 between cost centres CC-4100 and CC-{ext}?",
    "Do we issue a 1099 to {company} (LLC, taxed as S-corp)? I think no, but double-checking",
    "Negative numbers in the P&L export show as (1,234.56) — the upload tool wants -1234.56. Find & replace?",
    "Accounts payable aging: 0–30: {money} | 31–60: {money2} | 61–90: {money3} | >90: 😬",
    "Revenue recognition for {company}: ratable over 12 months from go-live ({date}), not from signature",
    "Please code the {company} invoice to 6120-Software (not 6100-Hardware). GL mapping is in {doc}",
    "Cash forecast: opening {money}; receipts +{money2}; payroll −{money3}; rent −€48,500; closing ≈ ?",
    "Facture {inv} reçue de {company} : montant TTC {money}, TVA 20 %, échéance à 45 jours fin de mois",
    "Rechnung {inv}: Betrag {money} brutto (19 % USt.), bitte bis {date} überweisen. Verwendungszweck: {po}",
    "Sum check: {formula} should equal the trial balance total. It's off by 0.01 (rounding, ignore?)",
    "Audit PBC list item 14(c): 'Provide support for all journal entries > $10k posted after day 5 of close'",
    "Travel policy: economy for flights <6h, premium economy >6h; hotel cap $250/night (NYC/SF/LON $350)",
    "Is 'Acme Corp. (US)' the same vendor as 'ACME CORPORATION'?? Duplicate vendor records again…",
    "Q{q} flux: G&A +{pct} vs PY, driven by legal fees (the {company} matter) & audit fees",
    "Payment run Thursday: {n} invoices, total {money}. Approvers: {mention} (< $25k), {mention2} (>= $25k)",
    "Please don't email card numbers!! Use the secure form. (Last 4 only is fine: **** 4242)",
    "Tax: sales tax nexus in TX, NY & WA as of Q{q}; marketplace facilitator rules apply for the app store sales",
]
LEGAL = [
    "Per Section {q}.2(b)(iii) of the MSA, either party may terminate for convenience on 90 days' written notice "
    "(see Exhibit A; Schedule 2(b)(iii)).",
    "Redline on §{n}.{q}: replace \"best efforts\" with \"commercially reasonable efforts\" and delete the last "
    "sentence (\"Notwithstanding the foregoing...\").",
    "Limitation of liability: \"IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE "
    "TWELVE (12) MONTHS PRECEDING THE CLAIM\" — {company} wants 24 months. Push back?",
    "NDA for {company}: mutual, 2-yr term, governing law England & Wales. Template: G:\\Legal\\Templates\\NDA\\"
    "Mutual NDA (v4.2).docx",
    "Can someone confirm the DPA's SCCs are the 2021 version (Module 2, C2P)? Annex I.B needs the data categories",
    "New clause 12.4 (Force Majeure): \"...including, without limitation, acts of God, epidemic, pandemic, war, "
    "terrorism, strikes (other than those involving a party's own employees)...\"",
    "'Affiliate' means any entity that directly or indirectly Controls, is Controlled by, or is under common "
    "Control with a party; 'Control' = >50% of the voting interests.",
    "DocuSign envelope {ticket}-{ext} was voided by {company} — they want wet ink?? in 2024??",
    "Trademark filing for 'ACME CLOUD™' in classes 9 & 42 — serial no. 98{ticket}. Office action response due {date}",
    "Subpoena received re: {company} v. {company2}, Case No. 1:24-cv-0{ext}. Do NOT delete anything from the "
    "shared drive — litigation hold in effect.",
    "Where's the executed SOW #{n} (Exhibit B to the MSA dated {date})? Not in "
    "\\\\fileserver01\\Legal\\Executed\\2024\\",
    "Indemnification (§9.1(a)–(c)): Vendor shall defend, indemnify and hold harmless Customer from third-party "
    "claims arising out of (i) IP infringement, (ii) gross negligence or wilful misconduct, or (iii) breach of §7.",
    "Auto-renewal: \"...shall automatically renew for successive one (1) year terms unless either party gives "
    "notice of non-renewal at least sixty (60) days prior...\" → reminder set for {date}",
    "Gemäß § 5 Abs. 2 Satz 1 der AGB ist die Kündigung nur in Textform (§ 126b BGB) wirksam.",
    "Conformément à l'article L. 441-10 du Code de commerce, tout retard de paiement entraîne des pénalités "
    "(taux BCE + 10 points) et une indemnité forfaitaire de 40 €.",
    "Counsel says: \"The parties' obligations under §§ 4–6 and 11 survive termination.\" OK for us?",
    "SOW language: \"Customer shall provide access to systems (as reasonably requested) & necessary credentials\" — "
    "can we narrow 'systems'?",
    "Order of precedence: (1) Order Form; (2) DPA; (3) this Agreement; (4) Documentation — unless expressly stated "
    "otherwise in the Order Form.",
    "Assignment: neither party may assign w/o consent, except to an Affiliate or in a merger/acquisition/sale of "
    "all or substantially all assets (change of control) — standard?",
    "Privacy review needed: marketing wants to upload the webinar list (name, email, title) to LinkedIn Matched "
    "Audiences. Legal basis = legitimate interest?? Art. 6(1)(f) GDPR",
    "Please stop using the old template at /Volumes/Legal/Templates/OLD_DO_NOT_USE/ — current ones are on SharePoint",
    "Clause 8.3(a)(ii)(B): \"...provided that, where such breach is capable of remedy, the breaching party has "
    "failed to remedy it within thirty (30) days...\"",
    "Signature block: For and on behalf of {company}\nName: {full}\nTitle: General Counsel & Company "
    "Secretary\nDate: ___",
    "Export control: does the customer's end-use cert cover EAR99 items only? They're in a 'Country Group D:1' "
    "country",
    "Cookie banner copy: \"We use cookies (strictly necessary, analytics & marketing). Click 'Accept all' or "
    "'Manage preferences'.\" Legal OK?",
    "Warranty disclaimer must be CONSPICUOUS → ALL CAPS, bold. \"THE SERVICE IS PROVIDED 'AS IS' AND 'AS "
    "AVAILABLE'...\"",
    "Non-solicit: 12 months post-termination, employees only (not contractors), and general job ads are excluded",
    "Contrato de prestación de servicios: cláusula 7ª (confidencialidad) — el cliente pide 5 años en vez de 3.",
    "GDPR DSAR from {email}: 30-day deadline = {date}. Tracker row {n}",
    "Legal hold notice re: Matter 2024-{ext} ({company}): preserve e-mail, Slack, G:\\Sales\\Accounts\\{company}\\ "
    "and any personal devices used for work",
    "Liquidated damages: 0.5% of the contract value per week of delay, capped at 10% — that's the customer's ask",
]
HR = [
    "Offer letter for {full} is in G:\\HR\\2024\\Offer Letters\\{last}, {first} - Offer.docx. Start {date}, base "
    "{money} + 10% bonus",
    "New hire: {full}, Sr. Manager, Sales & Partnerships (EMEA/APAC). Manager: {full2}. Laptop: MacBook Pro 14\" (M3)",
    "Reminder: open enrollment closes {date} at 11:59pm PT. Questions → {chan} or benefits@acme.com",
    "PTO policy update: unused days carry over up to 5 (five); anything >5 is forfeited on 3/31 unless local law "
    "says otherwise (FR/DE/ES → see local addendum)",
    "Interview loop for 'Marketing Ops / Analytics': 30-min screen → 45-min case study → panel (3 × 45 min). "
    "Scorecards within 24h pls!",
    "Title change: {full} from \"Coordinator, Events & Comms\" to \"Manager, Events & Comms\" eff. {date}",
    "Name change request: {first} {last} → {first} {last}-{last2} (married name, hyphenated). Update Slack, email "
    "alias & payroll",
    "Review cycle: self-eval due {date}, manager eval due {date2}, calibration w/c {date3}. Ratings 1–5 (3 = meets)",
    "Handbook v7.2 §4.3 \"Remote Work & Equipment\": stipend is $500 one-off + $50/mo (internet/phone)",
    "Parental leave: 16 weeks fully paid (primary) / 8 weeks (secondary); within 12 months of birth/adoption",
    "Can HR ops fix my address pls? It's {address} — the payslip still shows the old one",
    "Background check for {full}: 'pending – county records (Cook, IL)'. ETA 3–5 business days",
    "Exit interview notes are in /Volumes/HR/Confidential/Exits/2024/ — access restricted to HRBPs only",
    "Offsite dietary needs: 3 vegetarian, 1 vegan, 1 gluten-free, 1 halal, 1 kosher. Allergies: nuts (SEVERE!)",
    "Levels: IC1–IC6 / M1–M5; 'Lead' = IC4+ only. 'Head of' = M3+ & needs VP sign-off",
    "Welcome {mention} to the team!! 👋 Joining us as Customer Success Manager (DACH), most recently at {company}",
    "Pronouns field is live in Slack & Workday: e.g. she/her, he/him, they/them — optional, of course",
    "Referral bonus: $2,000 for eng/sales hires, $1,000 for everyone else, paid after 90 days (minus taxes)",
    "Job ad draft: \"We're hiring a Payroll & Benefits Specialist (m/w/d) – 80–100%, hybrid (Zürich/remote)\"",
    "Sick leave reminder: >3 consecutive days → doctor's note (Germany: AU-Bescheinigung, digital since 2023)",
    "Org chart update: {full} (Dir., Finance & Ops) now reports to {full2} (CFO). Finance/Ops/IT → 3 teams",
    "Holiday calendar {year}: US (11 days), UK (8 bank hols), DE (varies by Bundesland!), IN (per office), JP (16)",
    "Contractor vs employee: {full} worked 40h/wk for 14 months on a 'temporary' SOW — misclassification risk?",
    "Salary bands (USD, base): P3 $95–120k | P4 $118–150k | P5 $145–185k. Don't share outside the HRBP team",
    "Probation period ends {date} for {full}; manager ({first2}) says 'exceeds expectations' — confirm & send letter",
    "Please fill in the emergency contact form: name, relationship, phone (+country code), address (c/o if needed)",
    "Visa: {full}'s H-1B transfer is filed (receipt # EAC24{ticket}{ext}); premium processing → decision in 15 "
    "business days",
    "Employee survey results: eNPS +18 (↑ from +9); lowest score 'career growth' (3.1/5). Action plan by {date}",
    "Manager training: \"Difficult conversations 101\" {date} {time}, room 4.12 / Zoom — link in the invite",
    "Bereavement leave: 5 days (immediate family), 3 days (extended family). No documentation needed.",
    "Anniversary shout-outs 🎉: {first} (5 yrs!), {first2} (3 yrs), {first3} (1 yr)",
    "Onboarding checklist for {first}: laptop ✔ badge ✔ Slack ✔ Workday ✘ (I-9 section 2 pending) payroll ✘",
]
SUPPORT = [
    "Forwarding from customer ({email}):\n\"WHERE is my order?? I ordered on {date} and it STILL says 'processing'!!! "
    "Order {order}. This is UNACCEPTABLE >:(\"",
    "Customer writes: \"thank you sooo much for sorting this out <3 <3 you guys are the best :)\"",
    "Ticket #{ticket}: customer says the code {code} \"doesn't work AT ALL\" – it expired on {date}. Offer 10% "
    "goodwill?",
    "Tracking for order {order}: {tracking} — shows 'Delivered' but customer says nothing arrived. Open a carrier "
    "claim?",
    "Shipping address correction for order {order}: {address}",
    "Refund issued ✅ (5–7 business days)\n\n> On Mon, Jun 24, 2024 at 9:14 AM {full} <{email}> wrote:\n> Hi, I was "
    "charged twice ($49.99 x2) for the same subscription.\n> Can you refund one of them?? Thanks",
    "Customer is VERY upset: \"I have called 5 (FIVE!!!) times and nobody calls back. If this isn't fixed by Friday "
    "I'm cancelling & disputing the charge with my bank.\" Can a manager call her? {phone}",
    "Macro for late deliveries: \"Hi {{ticket.requester.first_name}}, so sorry your order #{{order_id}} is running "
    "late! Here's your tracking link: {{tracking_url}}\"",
    "Return policy: within 30 days (unworn, tags attached) → full refund; 31–60 days → store credit; >60 days → "
    "no returns, sorry :(",
    "customer: \"ur app keeps saying error 500 when I try to pay?!?! fix it!!!!\" — screenshot attached, Safari iOS "
    "17.5",
    "RMA #{ticket}: unit DOA, serial SN-{ext}-{sku}. Replacement via UPS, {tracking}",
    "Escalation: {company} (Enterprise, {money} ARR) — SLA breach on P1 ticket #{ticket}, first response 4h12m vs 1h "
    "SLA",
    "FWD: \"To whom it may concern, I am writing for the THIRD time regarding invoice {inv}. I was charged {money} "
    "instead of {money2}. Please correct this immediately or I will contact my lawyer.\"",
    "Customer ({full}) says: \"the export gives me a file called report(1).csv.xlsx and Excel won't open it ???\"",
    "> Von: {full} <{email}>\n> Gesendet: Montag, 24. Juni 2024 10:02\n> Betreff: AW: Lieferung {order}\n> "
    "Die Ware ist beschädigt angekommen (siehe Fotos). Bitte um Ersatz!!\n\ncan someone who speaks German take "
    "this? 🙏",
    "CSAT this week: 94% (n=412). Lowest: 'wait time on phone' 😬. Best verbatim: \"Ana was AMAZING, 10/10\"",
    "Auto-reply we got back: \"I am out of the office until {date} with limited access to e-mail. For urgent "
    "matters please contact {full} ({email}) or call {phone}.\"",
    "Customer asks if we ship to PO boxes & APO/FPO addresses — yes for USPS, no for UPS/FedEx, right?",
    "Chat transcript: [10:02] Customer: hello?? [10:02] Customer: HELLO [10:03] Agent: Hi! Sorry for the wait 🙂 "
    "[10:03] Customer: finally -_-",
    "Customer's wording: \"Your product is the worst!!! <<< 1 star >>> would give 0 if I could\" — replied with the "
    "apology template + escalated",
    "Please tag tickets correctly: billing/refund, billing/invoice, shipping/delay, shipping/damaged, account/login",
    "Can we extend {first}'s trial by 14 days? Their IT blocked *.acme.com on the proxy so they couldn't log in 🤦",
    "Customer says the confirmation e-mail shows \"Hi {{first_name}}\" literally — merge tag broken in the template?",
    "Reply from {company}: \"We need the W-9 and a COI naming us as additional insured before we can pay {inv}.\"",
    "Best regards,\n{full}\nCustomer Success Manager | {company}\nT: {phone} | M: {phone2}\n{utm}\n\nCONFIDENTIALITY "
    "NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. "
    "If you are not the intended recipient, please do not read, distribute or take action in reliance upon it.",
    "Customer left a voicemail: \"Hi it's {first} from {company}, account number {ticket}, please call me back on "
    "{phone}, it's about the double charge, thanks bye\"",
    "Phone queue right now: 23 waiting, longest 14:32 ⏰ — anyone free pls jump on!",
    "Order {order} — customer wants to change size M → L and colour 'Navy/White' → 'Black'. Already packed?",
    "Customer is asking \"what does 'pending_authorization' mean??\" on their bank statement — it's the $1 card check",
    "Complaint (translated): «Le colis est arrivé ouvert, il manque 2 articles sur 5. Je veux un remboursement "
    "complet.» — order {order}",
    "Queja: \"Pedí talla 38 y me llegó 40!!! Y el reembolso todavía no llega 😡\" pedido {order}",
    "Warranty claim: bought {date}, receipt attached, fault = screen flicker. 2-yr warranty (EU) → replace",
    "> On Tue, {full} wrote:\n>> Is there any update on my case #{ticket}?\n> We're looking into it!\nIt's been 9 "
    "days... can engineering look?",
]
OPS = [
    "Warehouse count for {sku}: system 1,240, physical 1,198 → variance -42 (-3.4%). Recount aisle 14 bay C?",
    "Truck from {city} delayed — ETA now Tue 14:00–16:00 (was Mon AM). Dock 3 please",
    "Vendor onboarding: {company} — W-9 ✔, COI ✔ (GL $1M/$2M), banking form ✘ (missing voided check)",
    "Office move checklist: badges (HID) → IT; desks 4.01–4.24 → Marketing & Sales Ops; kitchen keys → facilities",
    "Inventory formula: =SUMIFS(Stock!D:D,Stock!A:A,A2,Stock!C:C,\"<>Damaged\")",
    "Shipping rates: 0–1 kg €4.90 | 1–5 kg €7.90 | 5–10 kg €12.50 | >10 kg → quote",
    "The printer on the 3rd floor (HP-3F-COLOR) is jammed again. Tray 2. Please don't force it 🙏",
    "Room booking: 'Boardroom (12p, VC)' double-booked Thu 10–11 — {first} vs exec staff. Exec wins, sorry",
    "Supplier lead time is 6–8 wks (was 4). Reorder point → 450 units; safety stock = 1.65 × σ × √LT",
    "Fire drill {date} at 10:30. Assembly point: car park B (NOT the loading dock). Wardens: {first}, {first2}",
    "Daily ops: orders in 1,842 | shipped 1,790 | backlog 52 | returns 37 | OTIF 96.4%",
    "Cleaning crew can't get into 2nd floor; alarm code changed? Call {phone}",
    "Forklift cert renewals: {first} ({date}), {first2} ({date2}). Book the trainer for both at once?",
    "Parking: levels -1/-2 for staff, -3 visitors only. EV chargers (bays 12–18) max 4h pls",
    "Incident: water leak 4th floor kitchen → facilities + insurer notified; claim # CLM-{ticket}",
    "Customs hold on shipment {order}: HS code 8471.30 vs 8471.50?? Broker needs the commercial invoice + packing list",
    "Fleet: van #3 (reg. AB12 CDE) MOT due {date}; van #5 tyres 2mm → replace",
    "Stock transfer DE → UK: 3 pallets ({sku}), incoterms DAP, EORI GB{ticket}{ext}000 on the invoice pls",
    "Kitchen rota: Mon {first}, Tue {first2}, Wed {first3}, Thu — volunteers?? 🙃, Fri {first4}",
    "New SOP: every return must be scanned (RMA #) → inspected (grade A/B/C) → restocked or scrapped within 48h",
    "Postage meter top-up: {money}. Please log personal parcels in the sheet (£ at cost)",
    "Security desk: visitor {full} ({company}) arriving {time}, needs a badge for floors 3 & 5",
    "Utility bill for HQ: 48,210 kWh in May (+9% MoM) — AC on all weekend again??",
    "Lieferung von {company} heute 14–16 Uhr, Rampe 2. Bitte Lieferschein prüfen (Menge/Charge/MHD)!",
    "Pallet labels: SSCC 00 3 4012345 {ticket}{ext} 8 — scanner can't read the ones from yesterday",
    "Asset tags for the new monitors: ACME-MON-{ext} … ACME-MON-{ext2}. Update the register (tab 'IT assets')",
    "Pick rate dropped to 92/h (target 110) — new hires + the aisle 7 reshuffle. Should recover by {date}",
    "Insurance renewal: property {money}, cyber {money2} (deductible $25k), D&O {money3}. Broker wants answers by "
    "{date}",
    "Please use the 'Ship to' exactly as written: ATTN: Receiving / Dock 4, {address}",
]
MARKETING = [
    "Final link for the newsletter: {utm}",
    "Headline options for the launch:\nA) \"Work smarter — not harder\"\nB) 'The all-in-one hub for teams that ship'"
    "\nC) Stop juggling tabs. Start getting things done.\nVote w/ emoji 🅰️ 🅱️ ©️",
    "A/B test 'pricing-page-hero-v{q}' results: variant B +{n}% CTR (p=0.03, n={big}). Rolling B out to 100%",
    "#SummerSale posts go live 9am ET on IG, LinkedIn & X. Tag @acme_official + @acmesupport; hashtags #SummerSale "
    "#BackToSchool #AcmeCloud",
    "Subject line test: \"🔥 48h only: 30% off everything\" vs \"{{ contact.firstname }}, your cart misses you\"",
    "Merge tag in Mailchimp is *|FNAME|*, not {{first_name}} — that's why the test email said \"Hi {{first_name}}\" 🤦",
    "Webinar reg page: {utm} — 312 regs so far, show rate was 41% last time",
    "Brand voice: ✅ \"you & your team\" ❌ \"users\" / \"leverage\" / \"synergy\"",
    "UTM convention: "
    "utm_source=<platform>&utm_medium=<paid|organic|email>&utm_campaign=<yyyy-qN-name>&utm_content=<variant>",
    "SEO: title tag <60 chars, meta description 150–160 chars, H1 ≠ title. Target kw: \"invoice automation software\"",
    "Press release draft: \"ACME Corp. (NASDAQ: ACME) today announced...\" — embargoed until {date} 06:00 GMT",
    "Q{q} budget split: paid search 40% | social 25% | events 20% | content 15%. CPL target < $85",
    "Vimeo embed for the landing page, if anyone needs it: <iframe src=\"https://player.vimeo.com/video/9{ticket}\" "
    "width=\"640\" height=\"360\" frameborder=\"0\" allow=\"autoplay; fullscreen\" allowfullscreen></iframe>",
    "LinkedIn post copy: \"We're thrilled to welcome {full} as our new VP Marketing 🎉 #hiring #leadership\" — "
    "approve?",
    "Event recap: 1,240 badge scans at the booth, 318 MQLs, 42 SQLs (13.2%) — the espresso bar was the MVP ☕",
    "Can someone fix the footer? It says © 2023 Acme Corp. – all rights reserved. It's 2024 😅",
    "Campaign naming: {year}_Q{q}_EMEA_PaidSocial_LI_Retargeting_v2 (yes it's long, no you can't shorten it)",
    "G2 review snippet for the deck: \"Best tool we've bought this year — setup took < 1 day!\" ★★★★★",
    "Email footer: \"Don't want these emails? Unsubscribe | Update preferences | View in browser\"",
    "Influencer brief: 2 × IG reels + 1 TikTok, usage rights 6 months, must include #ad and @acme_official",
    "Ad copy (30 char max): \"Invoices done in 1 click →\" (28) / \"Stop chasing payments\" (21)",
    "Promo: use {code} at checkout — 20% off annual plans, ends {date} 23:59 CET. T&Cs apply*",
    "Newsletter open rate 38.2% (↑ 4.1 pts), CTR 3.9%, unsubscribes 0.2%. Top link: {utm}",
    "Localisation: DE headline is too long — \"Rechnungsverarbeitung leicht gemacht\" (36 chars) vs 28 max",
    "Slogan options: \"Less admin. More business.\" | \"Your back office, on autopilot\" | \"Finance, minus the faff\"",
    "Trade show kit → {address}: 2 × roll-ups, 1 × table cloth (logo centred!), 500 × stickers, 200 × pens",
    "HubSpot personalisation token is {{ contact.company }} — NOT [company] — please re-check the sequences",
    "Email signature HTML from brand: <b>{full}</b> | Marketing Manager<br>{phone}<br><a href=\"https://www.acme.com"
    "\">acme.com</a>",
    "Our Instagram bio: \"Finance ops, minus the chaos ✨ | 🇺🇸🇬🇧🇩🇪 | Try it free ↓\" + link in bio {utm}",
    "Search ads keywords: +invoice +software, \"accounts payable automation\", [ap automation], -free -crack -jobs",
    "Competitor launched a 'lifetime deal' at $299 — don't panic, don't match. Talking points in {doc}",
    "Copy review pls: \"Save up to 50%* on your first year\" *Valid for new customers only. Not combinable w/ other "
    "offers.",
]
DESIGN = [
    "Primary button: {hex} on #FFFFFF fails contrast (3.1:1). Use #C7361A (4.6:1) for AA",
    "padding: 8px 16px; margin: auto; border-radius: 6px — and please stop using 13px font 🙏",
    "Figma: {doc} — frames 'Checkout / Mobile / v3'",
    "Logo: min clear space = height of the 'A'; never below 24px tall; don't recolour except white on #1A1A2E",
    "Export: PNG @2x, sRGB, 72dpi; SVG for icons (outlined strokes); JPG 80% for hero images >1MB",
    "font-family: 'Inter', -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; letter-spacing: -0.01em",
    "Grid: 12 cols, 24px gutter, max-width 1200px; breakpoints @ 768 / 1024 / 1440",
    "Can the CTA say \"Start free trial →\" instead of \"Sign up >>\"? The >> looks dated",
    "Colour tokens: --brand-500: #3B82F6; --brand-700: #1D4ED8; --gray-100: #F3F4F6; --danger: {hex}",
    "Icons from Phosphor (MIT) — fine. The illustration pack is CC BY 4.0 → credit in the footer",
    "Hero image is 4000×2667 (6.2MB) 😱 → compress to <300KB, WebP w/ JPG fallback",
    "Palette for the campaign: {hex} / {hex2} / {hex3} + neutrals. Gradient: linear-gradient(135deg, {hex} 0%, "
    "{hex2} 100%)",
    "The card shadow feels heavy: box-shadow: 0 4px 12px rgba(0,0,0,.25) → try 0 1px 3px rgba(0,0,0,0.12)",
    "Dark mode: text #E5E7EB on #111827; links #93C5FD; don't use pure #000 / #FFF",
    "Spacing scale: 4 / 8 / 12 / 16 / 24 / 32 / 48 / 64. Anything else = 🚫",
    "Photo credit: © {full} / Unsplash (free to use, attribution appreciated)",
    "z-index wars again: the chat widget (z-index: 9999) covers the cookie banner (z-index: 1000) on mobile",
    "Alt text for the hero: \"Two people reviewing invoices on a laptop, smiling\" — not \"image1.png\"",
    "Print specs: A5 flyer, 148 × 210 mm + 3mm bleed, CMYK (Coated FOGRA39), 300dpi, fonts outlined",
    "Type scale: H1 48/56, H2 36/44, H3 24/32, body 16/24, caption 12/16 (px, size/line-height)",
    "Feedback on v2: ✅ hierarchy ✅ spacing ❌ the orange (#FF5733) clashes w/ the red error state — swap to amber?",
    "Pantone 2728 C ≈ #0047BB ≈ rgb(0, 71, 187) — brand blue for print",
    "Button states: default / :hover (darken 8%) / :focus-visible (2px outline, offset 2px) / :disabled (40% opacity)",
    "Can we round the avatar (border-radius: 50%) and add a 2px white ring? Looks cut off on #F3F4F6",
    "Favicon set: 16×16, 32×32, 180×180 (apple-touch-icon), 512×512 (PWA) + mask-icon in {hex}",
    "Deck template: 16:9, title 40pt, body ≥ 18pt, max 6 bullets/slide (please!!), logo bottom-right",
    "Motion: ease-out 200ms for enter, ease-in 150ms for exit; respect prefers-reduced-motion",
    "Banner sizes for the display campaign: 300×250, 728×90, 160×600, 320×50, 970×250 — max 150KB each",
]
SCIENCE = [
    "Prepared 0.1 M HCl (8.3 mL conc. HCl → 1 L dH2O). pH check: 1.02 ± 0.02",
    "Standard curve R² = 0.998 for 0–50 µg/mL; LOD 0.3 µg/mL, LOQ 1.0 µg/mL",
    "Lysis buffer: 50 mM Tris-HCl pH 7.5, 150 mM NaCl, 1 mM EDTA, 0.1% (v/v) Triton X-100, 1× protease inhibitors",
    "CH3COOH + NaOH → CH3COONa + H2O. Titrant 0.1 N NaOH, endpoint ~pH 8.2 (phenolphthalein)",
    "Samples with 5 ≤ x ≤ 10 go to batch B; x < 5 → A; x > 10 → rerun at 1:10 dilution",
    "Stats: t(23) = 2.41, p < 0.05; Cohen's d = 0.49; 95% CI [0.12, 0.86]",
    "Journal club Thursday: {cite}",
    "Spin at 4,000 × g for 10 min at 4 °C; discard supernatant; resuspend in 500 µL PBS",
    "Storage: −80 °C for aliquots; avoid >2 freeze–thaw cycles; label = date/initials/conc.",
    "Ca(OH)2 + CO2 → CaCO3↓ + H2O; and [Fe(CN)6]³⁻ is ferricyanide, not ferrocyanide ([Fe(CN)6]⁴⁻)",
    "Reminder: E = mc², F = G·m1·m2/r², PV = nRT (R = 8.314 J·mol⁻¹·K⁻¹)",
    "x^2 + 3x - 4 = 0 → (x+4)(x-1) = 0 → x = -4 or x = 1",
    "t½ = ln(2)/k ≈ 0.693/k; for k = 0.05 h^-1 → t½ ≈ 13.9 h",
    "Dilution: C1V1 = C2V2 → 10 mM × V1 = 50 µM × 20 mL → V1 = 100 µL",
    "Plate layout: A1–A12 standards, B–G samples (triplicate), H1–H6 blanks, H7–H12 controls (+/−)",
    "qPCR: ΔΔCt method, GAPDH as reference; fold change = 2^-(ΔΔCt). Ct > 35 → undetermined",
    "Ordering: NaCl (≥99.5%, 1 kg), EtOH 70% (5 L), nitrile gloves S/M/L, 1.5 mL tubes (×1000), pipette tips 200 µL",
    "Safety: H2SO4 (conc.) → add acid to water, never water to acid! Fume hood + face shield",
    "Molar mass C6H12O6 = 6(12.011) + 12(1.008) + 6(15.999) = 180.16 g/mol",
    "Incubator #2 drifting: set 37.0 °C, reading 38.4 °C, CO2 5% → 4.2%. Service ticket opened",
    "Field data: n = {n} plots, mean biomass 412 ± 38 g/m², soil pH 6.1–6.8, rainfall 780 mm/yr",
    "Sequence check: 5'-ATGGCTAGC...TGA-3' — primer Tm 58–62 °C, GC 40–60%, no runs > 4",
    "Result is significant at α = 0.05 (p = 0.012) but effect size is small (η² = 0.03) — careful in the summary",
    "Freezer inventory: box 14 (rack C, shelf 3): samples S-0412 → S-0496, 2024-{q}-batch",
    "Calibration: y = 0.0213x + 0.0041 (R² = 0.9994); sample abs 0.418 → x = 19.4 µg/mL × DF 5 = 97 µg/mL",
    "Density of EtOH 0.789 g/cm³ → 100 mL weighs 78.9 g; 5% w/v ≠ 5% v/v !!",
    "Rapport de labo : concentration finale 2,5 mg/L (±0,1) ; température 25 °C ; pH 7,2",
    "Versuchsprotokoll: 3 × 10 min waschen mit PBS-T (0,05 % Tween-20), dann 1 h bei RT blocken (5 % BSA)",
    "Reaction yield = (actual/theoretical) × 100 = (3.42 g / 4.10 g) × 100 ≈ 83.4%",
    "Log-transformed values (log10(x+1)) before ANOVA; Tukey HSD post-hoc; all groups n ≥ 6",
    "NMR (400 MHz, CDCl3): δ 7.26 (s, 1H), 3.71 (t, J = 6.5 Hz, 2H), 1.25 (m, 8H)",
]
HEALTH = [
    "Rx: amoxicillin 500 mg PO 1 cap q8h x 7d; ibuprofen 400 mg PO q6h prn pain (max 1200 mg/24h)",
    "Schedule: 1 tab q8h x 5d, then 1 tab q12h x 3d, then stop",
    "Vitals: BP 128/82, HR 72, SpO2 98% RA, T 37.1 °C, RR 16",
    "Labs: HbA1c 6.8% (was 7.4%), LDL 96 mg/dL (<100 target), eGFR >90 mL/min/1.73m²",
    "Peds dose: 15 mg/kg/dose q6h; 18 kg → 270 mg → 8.4 mL of 160 mg/5 mL suspension",
    "Flu shot clinic {date}, Conf Rm B, 10am–2pm. Sign-up: {utm}",
    "First aid kit restock: gauze 4×4 (×20), nitrile gloves M/L, burn gel, EpiPen (exp. 03/2025 → replace!)",
    "Ergonomics: top of monitor at/below eye level; elbows ≈ 90°; 20-20-20 rule for eyes",
    "Metformin 500 mg BID with meals → titrate to 1000 mg BID after 2 wks if tolerated",
    "Allergies: penicillin (rash), sulfa (anaphylaxis!!) — flag in chart",
    "Taper: days 1–3: 2 tabs BID; days 4–7: 1 tab BID; then stop. Take with food.",
    "BMI = weight (kg) / height (m)² → 82 / 1.78² ≈ 25.9",
    "Insulin sliding scale: BG 151–200 → 2 u; 201–250 → 4 u; 251–300 → 6 u; >300 → call MD",
    "Occupational health: audiometry for warehouse staff (>85 dB(A) areas) due by {date}",
    "Paracetamol 1 g PO q6h (max 4 g/24h; 2 g/24h if <50 kg or liver disease)",
    "Vaccination record: Tdap (2019), MMR ×2, Hep B ×3 (anti-HBs >10 mIU/mL), COVID-19 booster {year}",
    "Mental health day reminder: EAP is free & confidential — {phone}, 24/7 💚",
    "Patient said \"pain is 7/10, worse at night, better w/ ice\" — R knee, post-op day 3",
    "IV: NS 0.9% 1000 mL over 8h → 125 mL/h; drip factor 20 gtt/mL → ~42 gtt/min",
    "Dosierung: 3 × täglich 1 Tablette (morgens/mittags/abends) nach dem Essen, 5 Tage",
    "Posología: 1 comprimido cada 8 h durante 5 días; no superar 3 g/día de paracetamol",
    "Lab reference: Na 135–145 mmol/L, K 3.5–5.1 mmol/L, creatinine 0.6–1.2 mg/dL (53–106 µmol/L)",
    "Warfarin: INR goal 2.0–3.0; today 3.4 → hold 1 dose, recheck in 3 days",
    "Hand hygiene audit: 87% compliance (target ≥ 95%). Worst: before patient contact (moment 1)",
    "Step challenge 🏃: team 'Sales & Stretch' leads w/ 1,284,337 steps; 'R&D (Rest & Digest)' last 😂",
    "Wellness: blood pressure screening {date} 9–12; results stay between you & the nurse",
    "Return-to-work plan: 4h/day × 2 wks → 6h/day × 2 wks → full time; no lifting > 10 kg",
]
EDUCATION = [
    "Quiz 3 answer key: Q1 (b), Q2 (a) & (c), Q3 \"none of the above\", Q4: x = 7",
    "Course 'Excel for Finance 201': VLOOKUP/XLOOKUP, pivot tables, =SUMIFS(), what-if analysis, goal seek",
    "Rubric: ≥ 90 = A, 80–89 = B, 70–79 = C, < 70 = retake",
    "Pre-reading: Kahneman, D. (2011). Thinking, Fast and Slow. FSG. ISBN 978-0-374-27563-1",
    "Homework: prove 1 + 2 + … + n = n(n+1)/2 for all n ≥ 1 (induction)",
    "Mandatory by {date}: \"Anti-Bribery & Corruption (ABC) 2024\" + \"Data Protection 101 (GDPR/CCPA)\"",
    "Math refresher: 2^10 = 1024, 10^3 = 1000, so 1 KiB ≈ 1.024 kB",
    "Lunch & learn: \"Negotiation 101 — getting to yes\" {date} 12:00–13:00, room 4.12 (pizza 🍕)",
    "Completion rates by dept: Sales 71% | Finance 96% | Ops 88% | Marketing 64% (😬) — due Friday",
    "Certificate name must match your ID exactly, e.g. \"María José García-López\", not \"Maria Garcia\"",
    "Language classes: Spanish A1/A2 (Tue 17:00), German B1 (Thu 12:30), Japanese 入門 (Wed 18:00)",
    "Feedback form Q5: \"On a scale of 1–10, how likely...\" avg 8.7; comments: \"more examples pls!!\"",
    "Sales bootcamp week 1: Mon product, Tue personas, Wed discovery (role-play), Thu objections, Fri certification",
    "Quiz: If revenue = $120k and COGS = $78k, gross margin = ? (a) 35% (b) 42% (c) 65% — answer (a)",
    "Reading list: \"Crucial Conversations\", \"The Mom Test\", \"Never Split the Difference\" (library has 2 copies "
    "each)",
    "Workshop {date}: \"Excel tricks\" — =INDEX/MATCH vs =XLOOKUP(), =UNIQUE(), =SORT(), dynamic arrays",
    "Tuition reimbursement: up to $5,250/yr (IRS §127 limit), grade B or better, 12-month clawback if you leave",
    "Mentoring pairs are out 🎉 — check your inbox. Mentors: {first}, {first2}, {first3}",
    "Exam tip: (a + b)² = a² + 2ab + b², NOT a² + b² 🙃",
    "Course evaluation: 4.6/5 (n=38). \"Trainer was great; room was freezing (16 °C?!)\"",
    "Onboarding quiz question: \"Which of these is a phishing sign? (a) urgent tone (b) mismatched link (c) both\"",
    "New LMS login: https://acme.docebosaas.com/learn/signin — use SSO, not the old username/password",
    "Public speaking club: 5–7 min talks, timer lights 🟢 5:00 🟡 6:00 🔴 7:00",
    "Cohort 3 grades: mean 82.4, median 85, σ = 9.1; 2 below 70 → remedial session {date}",
]
I18N = [
    "Bonjour à tous ! Le point hebdo est décalé à jeudi 14h30 (salle « Océan »). Ordre du jour : budget T3, "
    "recrutements, questions diverses.",
    "Rappel : les notes de frais de juin doivent être déposées avant le 5 juillet — après, c'est le mois suivant 😉",
    "Guten Morgen! Kann jemand die Präsentation für Müller & Söhne bis 12 Uhr prüfen? Folie 7 (Preise) ist noch "
    "nicht final.",
    "Achtung: Am Freitag ist das Büro wegen Umzug geschlossen. Bitte Schreibtische bis Donnerstag 17:00 räumen!",
    "¡Hola equipo! ¿Alguien puede cubrir mi turno del sábado? Tengo la boda de mi prima 💍 ¡Gracias!",
    "Recordatorio: la factura de Ibérica Distribuciones S.L. (nº 2024/0193) vence el 30/06. Importe: 12.480,50 €",
    "Olá pessoal, a reunião com o cliente de São Paulo foi remarcada para terça às 10h (horário de Brasília).",
    "Ciao a tutti, il fornitore di Bologna chiede l'anticipo del 30% prima della spedizione. Procediamo?",
    "Hoi allemaal, de nieuwe prijslijst staat op de gedeelde schijf (G:\\Sales\\Prijslijsten\\2024-Q3.xlsx).",
    "Cześć! Czy ktoś wie, gdzie jest umowa z Kowalski Sp. z o.o.? Potrzebuję jej na jutro na 9:00.",
    "Merhaba arkadaşlar, İstanbul ofisindeki toplantı ışıklar kesildiği için ertelendi. Yeni tarih: Çarşamba 15:00.",
    "Iğdır'daki müşteri siparişi (sipariş no: 48213) kargoya verildi; takip numarası mesajda.",
    "Καλημέρα! Η παράδοση για τον πελάτη στην Αθήνα καθυστερεί 2 ημέρες. Ενημέρωσα ήδη τον κ. Παπαδόπουλο.",
    "Коллеги, напоминаю: отчёт за II квартал нужно сдать до пятницы. Шаблон — в общей папке «Финансы/2024».",
    "Всім привіт! Рахунок-фактуру для клієнта з Києва вже надіслано, оплата очікується протягом 5 днів.",
    "مرحبا بالجميع، الاجتماع مع العميل في دبي سيكون يوم الأحد الساعة ١٠ صباحًا. الرجاء تجهيز العرض التقديمي.",
    "تذكير: يجب إرسال تقارير المبيعات قبل نهاية الشهر (٣٠ يونيو). شكرًا!",
    "שלום לכולם! הפגישה עם הלקוח מתל אביב נדחתה ליום שלישי ב-11:00. נא לעדכן את היומן.",
    "תזכורת: יש להגיש דוחות הוצאות עד ה-5 לחודש. קבלות מעל ₪200 — חובה לצרף.",
    "नमस्ते टीम! मुंबई के ग्राहक का ऑर्डर (#48213) कल भेज दिया जाएगा। कृपया इनवॉइस की जाँच करें।",
    "कल की मीटिंग 3 बजे है — एजेंडा: Q3 बिक्री लक्ष्य, नई मूल्य सूची, और ग्राहक शिकायतें।",
    "大家好！本周五下午3点开季度总结会，请各部门提前准备好PPT（不超过10页）。",
    "提醒：报销单请在每月5号前提交，超过¥500的发票需要部门经理签字。",
    "各位好，台北的客戶下週二來訪，請行政部門準備會議室與茶點，謝謝！",
    "お疲れ様です。明日の定例会議は10時からに変更になりました。資料は共有フォルダにあります。",
    "【重要】経費精算の締め切りは毎月25日です。領収書の原本を総務部まで提出してください。",
    "안녕하세요! 서울 사무실 회의가 목요일 오후 2시로 변경되었습니다. 참석 여부 알려주세요 🙏",
    "공지: 다음 주 월요일은 사무실 정전으로 재택근무입니다. VPN 접속 확인 부탁드립니다.",
    "สวัสดีครับทุกคน ประชุมทีมขายย้ายไปวันพุธ เวลา 14:00 น. ห้องประชุมใหญ่ชั้น 5 ครับ",
    "Xin chào mọi người! Đơn hàng của khách ở Hà Nội đã được giao. Vui lòng kiểm tra hóa đơn số 2024/061.",
    "Hej! Kan någon ta över kundsamtalet med Nordlys AS kl. 15? Jag sitter fast i Malmö 🚆",
    "Hei alle sammen! Fakturaen til kunden i Tromsø er sendt, forfall 30 dager.",
    "Meeting w/ the Tokyo team: 明日10時（JST）= 3am CET 😴 → can we move it to 17時 JST?",
    "Customer name is 李小龙 (Bruce Lee) — please use the English name on the invoice, the Chinese one on the fapiao",
    "Client à Montréal : « On veut la facture en français ET en anglais, svp » — Québec law (Bill 96) 🤷",
    "Der Kunde schreibt: „Die Lieferung ist unvollständig – es fehlen 3 Kartons.“ Bitte Reklamation anlegen.",
    "Zürich-Büro: Bitte beachten, dass am 1. August (Nationalfeiertag 🇨🇭) geschlossen ist.",
    "Προσοχή: το τιμολόγιο πρέπει να έχει ΑΦΜ και ΔΟΥ, αλλιώς δεν γίνεται δεκτό.",
    "Menú del offsite: paella (con opción vegana 🌱), gazpacho, tarta de Santiago. ¿Alergias? Avisad antes del jueves.",
    "Le devis n° D-2024-118 pour Dupont SA : 14 500 € HT (17 400 € TTC), validité 30 jours.",
    "Der Rabattcode SOMMER24 gilt nur für Neukunden (max. 1× pro Firma) — nicht für Verlängerungen!",
    "Lembrete: a nota fiscal precisa do CNPJ 12.345.678/0001-90 e do endereço completo (Av. Paulista, 1578).",
    "Toplantı notları: 1) Fiyat listesi güncellendi 2) Yeni müşteri: Ankara Tekstil A.Ş. 3) Bütçe onayı bekleniyor",
    "Ankara'daki distribütör %12 indirim istiyor; bence %8'de anlaşırız. Fikirler?",
    "Счёт № 214 от 24.06.2024 на сумму 148 500,00 ₽ (в т.ч. НДС 20 %) — оплатить до 01.07.",
    "العميل يسأل: هل السعر يشمل ضريبة القيمة المضافة (٥٪)؟ يرجى التأكيد.",
    "ההזמנה של הלקוח (מס' 48213) נשלחה — מספר מעקב: RR123456789IL",
    "पुणे ऑफिस में कल छुट्टी है (गणेश चतुर्थी) 🎉 — urgent काम हो तो मुझे call करें",
    "客户反馈：“发票抬头写错了，请重新开具。”公司名称：上海樱花食品有限公司",
    "先方より「見積書の有効期限を7月末まで延長してほしい」とのこと。部長の承認が必要です。",
    "고객 문의: \"배송이 3일째 안 와요!!\" 주문번호 #48213 — 택배사 확인 부탁드려요",
    "ลูกค้าแจ้งว่า \"สินค้ายังไม่ได้รับ\" เลขที่คำสั่งซื้อ #48213 ช่วยตรวจสอบด้วยครับ",
    "Ein kurzer Hinweis: Die Datei liegt unter \\\\fileserver01\\Vertrieb\\Angebote\\2024\\Müller & Söhne\\",
    "Facture en retard ? Voir §3.2 des CGV : pénalités de retard = 3 × le taux d'intérêt légal.",
    "Please use the customer's name exactly: Dagný Þórðardóttir (þ = th, ð = dh), not 'Dagny Thordardottir'",
    "Mixed team update 🌍: EN ✅ / DE ✅ / FR 🟡 (needs review) / JA ⏳ (翻訳中) / AR ❌ (RTL layout broken)",
    "Yeni çalışanımız Ayşe Yılmaz'a hoş geldin diyelim! 🎉 Ayşe, İK ekibine katılıyor.",
    "Αποστολή προς: Οδός Ερμού 12, 105 63 Αθήνα — τηλ. +30 210 123 4567",
    "Адрес доставки: г. Москва, ул. Тверская, д. 7, кв. 12 (домофон 12#)",
    "¿Quién tiene el Excel con la fórmula =BUSCARV(A2;Precios!A:C;3;FALSO)? Me da #N/D en todas las filas 😩",
    "A fórmula =SE(A1>0;\"sim\";\"não\") não funciona no Google Sheets em inglês — lá é =IF(A1>0,\"sim\",\"não\")",
    "Il preventivo per Bianchi-Rossi S.r.l.: 8.750,00 € + IVA 22% — sconto 5% se pagano entro 10 gg.",
]
KINDS: dict[str, list[str]] = {
    "sales": SALES, "finance": FINANCE, "legal": LEGAL, "hr": HR, "support": SUPPORT, "ops": OPS,
    "marketing": MARKETING, "design": DESIGN, "science": SCIENCE, "health": HEALTH, "education": EDUCATION,
    "i18n": I18N,
}
OPENERS = ["", "", "", "", "", "hey all — ", "Quick q: ", "FYI: ", "+1. ", "Morning! ", "sorry for the ping, ",
           "@here ", "Heads-up: ", "Re: ", "Following up — ", "Hi team,\n", "ok so ", "Reminder! ", "update: ",
           "question for {chan}: "]
CLOSERS = ["", "", "", "", "", " thx!", " 🙏", " TIA", " cc {mention}", " (sorry for the wall of text)", " lmk",
           " :)", " !!", " — pls advise", " ty", " 👀", " asap pls", "\n\nThanks,\n{first}", " 🙌", " 👍🏽"]


def _prose(rng: random.Random, kind: str, seen: set[str]) -> str:
    """One message of a team, in one of many voices, never the same text twice."""
    for _ in range(200):
        text = fill(_pick(rng, KINDS[kind]), rng)
        if kind != "i18n" and rng.random() < 0.45:
            text = fill(_pick(rng, OPENERS), rng) + text + fill(_pick(rng, CLOSERS), rng)
        elif rng.random() < 0.2:
            text += fill(_pick(rng, CLOSERS), rng)
        if text not in seen:
            seen.add(text)
            return text
    raise AssertionError(f"ran out of distinct {kind} texts")


# ---- Slack's encodings: the `text` field, rich_text blocks, emoji ---------------------------------------
EMOJI: dict[str, tuple[str, int]] = {
    "🎉": ("tada", 0), "😬": ("grimacing", 0), "🙏": ("pray", 0), "👍🏽": ("+1", 4), "👍": ("+1", 0),
    "🔥": ("fire", 0), "✅": ("white_check_mark", 0), "❌": ("x", 0), "😱": ("scream", 0), "🤷": ("shrug", 0),
    "🤦": ("face_palm", 0), "😂": ("joy", 0), "🙃": ("upside_down_face", 0), "😅": ("sweat_smile", 0),
    "⚠️": ("warning", 0), "☕": ("coffee", 0), "🙌": ("raised_hands", 0), "👀": ("eyes", 0), "😡": ("rage", 0),
    "✨": ("sparkles", 0), "🅰️": ("a", 0), "🅱️": ("b", 0), "©️": ("copyright", 0), "⏰": ("alarm_clock", 0),
    "👋": ("wave", 0), "💚": ("green_heart", 0), "🏃": ("runner", 0), "🍕": ("pizza", 0),
    "🟢": ("large_green_circle", 0),
    "🟡": ("large_yellow_circle", 0), "🔴": ("red_circle", 0), "⏳": ("hourglass_flowing_sand", 0),
    "🌍": ("earth_africa", 0), "🚫": ("no_entry_sign", 0), "🌱": ("seedling", 0), "💍": ("ring", 0), "😉": ("wink", 0),
    "😩": ("weary", 0), "😴": ("sleeping", 0), "🚆": ("train2", 0), "🇨🇭": ("flag-ch", 0), "🇺🇸": ("us", 0),
    "🇬🇧": ("gb", 0), "🇩🇪": ("de", 0), "🙂": ("slightly_smiling_face", 0), "🚀": ("rocket", 0),
}
_NAMES = sorted(FIRST, key=len, reverse=True)
TOKEN = re.compile(
    r"(?P<url>https?://[^\s<>\"]*[^\s<>\".,;:!?)\]'])"
    r"|(?P<mail>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<special>@(?:here|channel|everyone)\b)"
    r"|(?P<user>@(?:" + "|".join(re.escape(n) for n in _NAMES) + r"))"
    r"|(?P<chan>" + "|".join(re.escape(c) for c in CHANNELS) + r")\b"
    r"|(?P<emoji>" + "|".join(re.escape(e) for e in sorted(EMOJI, key=len, reverse=True)) + r")")
_uid_rng = random.Random(SEED + 1)
USER_IDS = {name: "U0" + _token(_uid_rng, 9) for name in FIRST}


def _emoji_code(emoji: str) -> str:
    return "-".join(f"{ord(c):x}" for c in emoji)


def slack_text(raw: str) -> str:
    """What Slack puts in an event's `text` for what the person typed."""
    out, pos = [], 0
    for m in TOKEN.finditer(raw):
        out.append(_esc(raw[pos:m.start()]))
        pos = m.end()
        kind, value = m.lastgroup, m.group()
        if kind == "url":
            out.append(f"<{_esc(value)}>")
        elif kind == "mail":
            out.append(f"<mailto:{value}|{value}>")
        elif kind == "special":
            out.append(f"<!{value[1:]}>")
        elif kind == "user":
            out.append(f"<@{USER_IDS[value[1:]]}>")
        elif kind == "chan":
            out.append(f"<#{CHANNELS[value]}|{value[1:]}>")
        else:
            name, tone = EMOJI[value]
            out.append(f":{name}:" + (f":skin-tone-{tone}:" if tone else ""))
    out.append(_esc(raw[pos:]))
    return "".join(out)


def _elements(raw: str) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = []
    pos = 0

    def text(chunk: str) -> None:
        if chunk:
            elements.append({"type": "text", "text": chunk})

    for m in TOKEN.finditer(raw):
        text(raw[pos:m.start()])
        pos = m.end()
        kind, value = m.lastgroup, m.group()
        if kind == "url":
            elements.append({"type": "link", "url": value})
        elif kind == "mail":
            elements.append({"type": "link", "url": f"mailto:{value}", "text": value})
        elif kind == "special":
            elements.append({"type": "broadcast", "range": value[1:]})
        elif kind == "user":
            elements.append({"type": "user", "user_id": USER_IDS[value[1:]]})
        elif kind == "chan":
            elements.append({"type": "channel", "channel_id": CHANNELS[value]})
        else:
            name, tone = EMOJI[value]
            element: dict[str, Any] = {"type": "emoji", "name": name, "unicode": _emoji_code(value)}
            if tone:
                element["skin_tone"] = tone
            elements.append(element)
    text(raw[pos:])
    return elements


def rich_text(raw: str, rng: random.Random) -> list[dict[str, Any]]:
    """The rich_text block Slack's clients attach to a message: quoted lines as rich_text_quote."""
    groups: list[tuple[bool, list[str]]] = []
    for line in raw.split("\n"):
        quoted = line.startswith(">")
        body = line.lstrip(">").lstrip(" ") if quoted else line
        if groups and groups[-1][0] == quoted:
            groups[-1][1].append(body)
        else:
            groups.append((quoted, [body]))
    parts = [{"type": "rich_text_quote" if quoted else "rich_text_section", "elements": _elements("\n".join(lines))}
             for quoted, lines in groups]
    return [{"type": "rich_text", "block_id": _token(rng, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
             "elements": parts}]


def slack_json(doc: Any) -> str:
    """JSON the way Slack serialises it: ASCII with \\u escapes and escaped slashes."""
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


# ---- Slack requests ----------------------------------------------------------------------------------------
class Slack:
    """Envelopes for one workspace, with increasing timestamps and unique event ids."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.clock = EPOCH
        self.users = list(USER_IDS.values())

    def _ts(self) -> str:
        self.clock += self.rng.randint(3, 90)
        return f"{self.clock}.{_digits(self.rng, 6)}"

    def _uuid(self) -> str:
        h = _token(self.rng, 32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def _envelope(self, event: dict[str, Any], channel: str) -> str:
        context = {"et": event.get("subtype", event["type"]), "tid": TEAM, "aid": APP, "cid": channel}
        encoded = base64.urlsafe_b64encode(json.dumps(context, separators=(",", ":")).encode()).decode().rstrip("=")
        return slack_json({
            "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": TEAM, "context_team_id": TEAM,
            "context_enterprise_id": None, "api_app_id": APP, "event": event, "type": "event_callback",
            "event_id": "Ev07" + _token(self.rng, 8), "event_time": self.clock,
            "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-" + encoded})

    @staticmethod
    def _request(uri: str, body: str, content_type: str) -> dict[str, Any]:
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "identity",
                            "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
                            "X-Slack-Signature": "v0=" + "0" * 64}}

    def _message(self, raw: str, user: str, where: str) -> dict[str, Any]:
        ts = self._ts()
        text = slack_text(raw)
        event: dict[str, Any] = {"client_msg_id": self._uuid(), "type": "message", "text": text, "user": user,
                                 "ts": ts}
        if self.rng.random() < 0.85:
            event["blocks"] = rich_text(raw, self.rng)
        event["team"] = TEAM
        if where == "mention":
            event["type"] = "app_mention"
            event["text"] = f"<@{BOT}> " + text
            if "blocks" in event:
                event["blocks"][0]["elements"][0]["elements"].insert(0, {"type": "user", "user_id": BOT})
            channel = _pick(self.rng, list(CHANNELS.values()))
        elif where == "channel":
            channel = _pick(self.rng, list(CHANNELS.values()))
            event["channel_type"] = "channel"
        else:
            channel = "D0" + _token(self.rng, 9)
            event["channel_type"] = "im"
        if where == "thread":
            event["thread_ts"] = f"{self.clock - self.rng.randint(100, 90_000)}.{_digits(self.rng, 6)}"
            event["parent_user_id"] = BOT
        event["channel"] = channel
        event["event_ts"] = ts
        if event["type"] == "app_mention":
            event.pop("channel_type", None)
        return {"event": event, "channel": channel}

    def message(self, raw: str, where: str) -> dict[str, Any]:
        """A DM to the bot (`im`), an @mention (`mention`), a channel message or a thread reply."""
        made = self._message(raw, _pick(self.rng, self.users), where)
        return self._request("/slack/events", self._envelope(made["event"], made["channel"]), "application/json")

    def file_share(self, raw: str, filename: str) -> dict[str, Any]:
        made = self._message(raw, _pick(self.rng, self.users), "im")
        event = made["event"]
        fid = "F07" + _token(self.rng, 8)
        slug = re.sub(r"[^a-z0-9.]+", "_", _ascii(filename).lower())
        ext = filename.rsplit(".", 1)[-1].lower()
        event.update({"subtype": "file_share", "upload": False, "display_as_bot": False, "files": [{
            "id": fid, "created": self.clock, "timestamp": self.clock, "name": filename, "title": filename,
            "mimetype": {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "pdf": "application/pdf", "png": "image/png", "docx":
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "csv": "text/csv", "heic": "image/heic", "pptx":
                         "application/vnd.openxmlformats-officedocument.presentationml.presentation"}[ext],
            "filetype": ext, "pretty_type": ext.upper(), "user": event["user"], "user_team": TEAM, "mode": "hosted",
            "editable": False, "is_external": False, "external_type": "", "is_public": False,
            "size": self.rng.randint(20_000, 9_000_000),
            "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{slug}",
            "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{slug}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/{slug}"}]})
        return self._request("/slack/events", self._envelope(event, made["channel"]), "application/json")

    def edit(self, before: str, after: str) -> dict[str, Any]:
        """`message_changed`: the person fixed their message."""
        user = _pick(self.rng, self.users)
        original = self._message(before, user, "im")["event"]
        edit_ts = self._ts()
        message = {"client_msg_id": original["client_msg_id"], "type": "message", "text": slack_text(after),
                   "user": user, "team": TEAM, "edited": {"user": user, "ts": edit_ts}, "blocks": rich_text(after,
                   self.rng), "ts": original["ts"], "source_team": TEAM, "user_team": TEAM}
        previous = {k: original[k] for k in ("client_msg_id", "type", "text", "user", "ts", "team")}
        if "blocks" in original:
            previous["blocks"] = original["blocks"]
        event = {"type": "message", "subtype": "message_changed", "message": message, "previous_message": previous,
                 "channel": original["channel"], "hidden": True, "ts": edit_ts, "event_ts": edit_ts,
                 "channel_type": "im"}
        return self._request("/slack/events", self._envelope(event, original["channel"]), "application/json")

    def _hook(self, kind: str) -> str:
        return f"https://hooks.slack.com/{kind}/{TEAM}/7{_digits(self.rng, 12)}/{_token(self.rng, 24, ALNUM + LOWER)}"

    def _trigger(self) -> str:
        return f"7{_digits(self.rng, 12)}.4{_digits(self.rng, 12)}.{_token(self.rng, 32, '0123456789abcdef')}"

    def command(self, text: str, user_name: str) -> dict[str, Any]:
        """`/jeeves <text>` as Slack posts it (form fields in Slack's order; &, <, > escaped in text)."""
        channel, channel_name = rng_channel(self.rng)
        fields = [("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", channel), ("channel_name", channel_name), ("user_id", _pick(self.rng, self.users)),
                  ("user_name", user_name), ("command", "/jeeves"), ("text", _esc(text)), ("api_app_id", APP),
                  ("is_enterprise_install", "false"), ("response_url", self._hook("commands")),
                  ("trigger_id", self._trigger())]
        return self._request("/slack/commands", urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")

    def _interaction(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = "payload=" + urllib.parse.quote_plus(slack_json(payload))
        return self._request("/slack/interactions", body, "application/x-www-form-urlencoded")

    def _user(self, name: str) -> dict[str, Any]:
        uid = USER_IDS.get(name.split(" ")[0], _pick(self.rng, self.users))
        handle = _ascii(name).lower().replace(" ", ".").replace("'", "")
        return {"id": uid, "username": handle, "name": handle, "team_id": TEAM}

    def view_submission(self, name: str, callback: str, title: str, fields: list[dict[str, Any]]) -> dict[str, Any]:
        """A modal's Submit: the view (its input blocks) and the state values the person typed or picked."""
        blocks: list[dict[str, Any]] = []
        values: dict[str, Any] = {}
        for i, f in enumerate(fields):
            block_id, action_id = f"{f['id']}_block", f"{f['id']}_input"
            kind = f["type"]
            element: dict[str, Any] = {"type": kind, "action_id": action_id}
            state: dict[str, Any] = {"type": kind}
            if kind in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
                if kind == "plain_text_input":
                    element["multiline"] = bool(f.get("multiline"))
                if kind == "number_input":
                    element["is_decimal_allowed"] = True
                element["dispatch_action_config"] = {"trigger_actions_on": ["on_enter_pressed"]}
                state["value"] = f["value"]
            elif kind == "static_select":
                options = [{"text": {"type": "plain_text", "text": t, "emoji": True}, "value": v}
                           for t, v in f["options"]]
                element["options"] = options
                element["placeholder"] = {"type": "plain_text", "text": "Select an item", "emoji": True}
                state["selected_option"] = options[f["selected"]]
            elif kind == "datepicker":
                element["initial_date"] = f["date"]
                state["selected_date"] = f["date"]
            elif kind == "users_select":
                state["selected_user"] = _pick(self.rng, self.users)
            blocks.append({"type": "input", "block_id": block_id, "label": {"type": "plain_text", "text": f["label"],
                           "emoji": True}, "optional": i > 1, "dispatch_action": False, "element": element})
            values[block_id] = {action_id: state}
        view_id = "V07" + _token(self.rng, 8)
        metadata = json.dumps({"channel_id": rng_channel(self.rng)[0], "source": "shortcut"}, separators=(",", ":"))
        payload: dict[str, Any] = {
            "type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "user": self._user(name),
            "api_app_id": APP, "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "trigger_id": self._trigger(),
            "view": {"id": view_id, "team_id": TEAM, "type": "modal", "blocks": blocks,
                     "private_metadata": metadata, "callback_id": callback, "state": {"values": values},
                     "hash": f"{self.clock}.{_token(self.rng, 8, ALNUM + LOWER)}",
                     "title": {"type": "plain_text", "text": title, "emoji": True}, "clear_on_close": False,
                     "notify_on_close": False, "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                     "submit": {"type": "plain_text", "text": "Submit", "emoji": True}, "previous_view_id": None,
                     "root_view_id": view_id, "app_id": APP, "external_id": "", "app_installed_team_id": TEAM,
                     "bot_id": BOT_ID},
            "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self._interaction(payload)

    def set_location_click(self, name: str, place: str) -> dict[str, Any]:
        """The weather reply's "Set as my location" button (an ephemeral message: no `message` in the payload)."""
        ts = self._ts()
        channel, channel_name = rng_channel(self.rng)
        payload: dict[str, Any] = {
            "type": "block_actions", "user": self._user(name), "api_app_id": APP,
            "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl",
            "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": True},
            "trigger_id": self._trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": channel, "name": channel_name}, "state": {"values": {}},
            "response_url": self._hook("actions"),
            "actions": [{"action_id": "set_location", "block_id": _token(self.rng, 4, ALNUM + LOWER),
                         "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                         "value": place, "type": "button", "action_ts": self._ts()}]}
        return self._interaction(payload)


def rng_channel(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "D0" + _token(rng, 9), "directmessage"
    name, cid = rng.choice(list(CHANNELS.items()))
    return cid, name[1:]


# ---- modals: what each team files through a Slack form ----------------------------------------------------
def _select(label: str, fid: str, options: list[str], rng: random.Random) -> dict[str, Any]:
    pairs = [(o, re.sub(r"[^a-z0-9]+", "_", _ascii(o).lower()).strip("_") or f"option_{i}")
             for i, o in enumerate(options)]
    return {"id": fid, "label": label, "type": "static_select", "options": pairs, "selected": rng.randrange(len(pairs))}


def _text(label: str, fid: str, value: str, multiline: bool = False) -> dict[str, Any]:
    return {"id": fid, "label": label, "type": "plain_text_input", "value": value, "multiline": multiline}


def _iso(rng: random.Random) -> str:
    return f"2024-{rng.randint(6, 12):02d}-{rng.randint(1, 28):02d}"


def modal(kind: str, prose: str, rng: random.Random) -> tuple[str, str, list[dict[str, Any]]]:
    """(callback_id, title, fields) of the form a `kind` person submits, with `prose` as its free text."""
    if kind == "finance" and rng.random() < 0.6:
        amount = f"{rng.randint(8, 4800)}.{_digits(rng, 2)}"
        return "expense_submit", "Submit expense", [
            _text("Merchant", "merchant", fill(_pick(rng, ["{company}", "Uber *TRIP", "AMZN Mktp DE*2K4LX0",
                                                             "Hotel Müller (Köln)", "SQ *BLUE BOTTLE COFFEE",
                                                             "Deutsche Bahn (BahnCard 50)", "O'Hare Hilton"]), rng)),
            {"id": "amount", "label": "Amount", "type": "number_input", "value": amount},
            _select("Currency", "currency", ["USD $", "EUR €", "GBP £", "JPY ¥", "CHF", "INR ₹"], rng),
            _select("Category", "category", ["Travel & Lodging", "Meals & Entertainment", "Software / SaaS",
                                             "Training & Conferences", "Office supplies", "Other (explain)"], rng),
            {"id": "date", "label": "Date of expense", "type": "datepicker", "date": _iso(rng)},
            _text("Cost centre", "cost_centre", _pick(rng, ["CC-4100 / Sales EMEA", "CC-2200 (Marketing)", "R&D-01",
                                                           "G&A – Finance", "6120 | Software"])),
            _text("Business justification", "justification", prose, multiline=True)]
    if kind == "sales":
        return "deal_update", "Log deal update", [
            _text("Account", "account", fill("{company}", rng)),
            _select("Stage", "stage", ["1 - Discovery", "2 - Demo", "3 - Proposal", "4 - Negotiation",
                                       "5 - Closed Won", "5 - Closed Lost"], rng),
            {"id": "amount", "label": "Amount (ARR, USD)", "type": "number_input",
             "value": str(rng.randint(5, 900) * 1000)},
            {"id": "close", "label": "Expected close", "type": "datepicker", "date": _iso(rng)},
            _text("Next steps / notes", "notes", prose, multiline=True)]
    if kind == "finance":
        return "invoice_query", "Invoice question", [
            _text("Vendor", "vendor", fill("{company}", rng)),
            _text("Invoice / PO number", "ref", fill("{inv} / {po}", rng)),
            _text("IBAN (if changed)", "iban", fill("{iban}", rng)),
            _text("Question", "question", prose, multiline=True)]
    if kind == "legal":
        return "contract_review", "Contract review request", [
            _text("Counterparty", "counterparty", fill("{company}", rng)),
            _select("Agreement type", "type", ["NDA (mutual)", "MSA", "SOW / Order Form", "DPA", "Reseller / Partner",
                                                "Other"], rng),
            {"id": "deadline", "label": "Needed by", "type": "datepicker", "date": _iso(rng)},
            {"id": "link", "label": "Link to the draft", "type": "url_text_input", "value": fill("{doc}", rng)},
            _text("Clauses to look at", "clauses", prose, multiline=True)]
    if kind == "hr":
        if rng.random() < 0.5:
            return "time_off", "Request time off", [
                _select("Type", "type", ["PTO / Vacation", "Sick", "Parental", "Bereavement", "Unpaid", "Jury duty"],
                        rng),
                {"id": "start", "label": "First day", "type": "datepicker", "date": _iso(rng)},
                {"id": "end", "label": "Last day", "type": "datepicker", "date": _iso(rng)},
                {"id": "cover", "label": "Who covers for you?", "type": "users_select"},
                _text("Note for your manager", "note", prose, multiline=True)]
        return "update_details", "Update my details", [
            _text("Preferred name", "preferred", fill("{first} {last}", rng)),
            _select("Pronouns", "pronouns", ["she/her", "he/him", "they/them", "she/they", "prefer not to say"], rng),
            _text("Home address", "address", fill("{address}", rng), multiline=True),
            _text("Job title", "title", _pick(rng, ["Sr. Manager, Sales & Partnerships", "Coordinator – Events/Comms",
                                                   "Head of People & Culture", "AP/AR Specialist", "VP, R&D (Interim)",
                                                   "Office Manager / EA to the CEO"])),
            _text("Anything else?", "other", prose, multiline=True)]
    if kind in ("support", "ops"):
        return "escalate_ticket", "Escalate a ticket", [
            _text("Ticket or order #", "ref", fill(_pick(rng, ["#{ticket}", "{order}", "RMA-{ticket}"]), rng)),
            {"id": "email", "label": "Customer e-mail", "type": "email_text_input", "value": fill("{email}", rng)},
            _select("Severity", "severity", ["P1 – customer down", "P2 – major", "P3 – minor", "P4 – question"], rng),
            {"id": "tracking", "label": "Tracking link", "type": "url_text_input", "value": fill("{tracking}", rng)},
            _text("What the customer said (verbatim)", "verbatim", prose, multiline=True)]
    if kind in ("marketing", "design"):
        return "creative_request", "Creative request", [
            _text("Headline", "headline", _pick(rng, ["Work smarter — not harder", "\"Less admin. More business.\"",
                                                      "48h only: 30% off ✨", "Finance ops, minus the chaos",
                                                      "It's time to say 'bye' to spreadsheets"])),
            {"id": "link", "label": "Landing page (with UTMs)", "type": "url_text_input", "value": fill("{utm}", rng)},
            _text("Brand colours", "colours", fill("{hex}, {hex2}, #1A1A2E", rng)),
            _select("Format", "format", ["LinkedIn 1200×627", "IG story 1080×1920", "Email header 600×200",
                                         "Display 300×250", "Slide (16:9)"], rng),
            _text("Brief", "brief", prose, multiline=True)]
    if kind in ("science", "health"):
        return "lab_booking", "Book equipment / report", [
            _select("Equipment", "equipment", ["Centrifuge (4 °C)", "qPCR machine", "Fume hood #2", "Plate reader",
                                               "-80 °C freezer (rack C)", "First-aid room"], rng),
            {"id": "date", "label": "Date", "type": "datepicker", "date": _iso(rng)},
            _text("Time slot", "slot", _pick(rng, ["09:00–11:00", "13:30-15:00", "after 4pm",
                                                   "all day (overnight run)"])),
            _text("Reagents / notes", "notes", prose, multiline=True)]
    if kind == "education":
        return "training_feedback", "Training feedback", [
            _select("Course", "course", ["Excel for Finance 201", "Negotiation 101", "Data Protection 101 (GDPR/CCPA)",
                                         "Anti-Bribery & Corruption 2024", "Sales bootcamp"], rng),
            _select("Rating", "rating", ["★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★"], rng),
            _text("Comments", "comments", prose, multiline=True)]
    return "general_request", "Ask the ops team", [
        _text("Subject", "subject", prose.split("\n")[0][:140]),
        _select("Team", "team", ["Finance", "HR / People", "Legal", "IT", "Facilities", "Marketing"], rng),
        _text("Details", "details", prose, multiline=True)]


# ---- typos and edits ----------------------------------------------------------------------------------------
EDIT_NOTES = ["EDIT: wrong date, see above", "(edited: typo)", "*Correction:* numbers updated", "Update: done ✅",
              "EDIT 2: ignore the previous link", "— nvm, found it", "(updated w/ the final figures)",
              "EDIT: +{mention}", "P.S. deadline moved to {date}"]


def _typo(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", text)]
    if not words:
        return text + " " + rng.choice(["??", "…", "(draft)"])
    m = words[rng.randrange(len(words))]
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]


def edited(text: str, rng: random.Random) -> tuple[str, str]:
    """(before, after) of a message edit: a typo fixed, a note added, or both."""
    style = rng.randrange(3)
    if style == 0:
        return _typo(text, rng), text
    note = fill(_pick(rng, EDIT_NOTES), rng)
    if style == 1:
        return text, text + "\n" + note
    return _typo(text, rng), text + " " + note


FILES = {
    "sales": ["Q3 Forecast v2 (FINAL).xlsx", "Pricing deck – 2024 tiers.pptx", "Order Form - {company}.pdf"],
    "finance": ["Bank rec June 2024.xlsx", "{inv}.pdf", "Expense report – {first} {last}.pdf", "AP aging 06-24.csv"],
    "legal": ["MSA_{company}_redline_2024-06-21.docx", "Mutual NDA (v4.2).docx", "DPA – Annex I.B.pdf"],
    "hr": ["Offer Letter - {last}, {first}.pdf", "Handbook v7.2 (track changes).docx", "Holiday calendar 2025.xlsx"],
    "support": ["Screenshot 2024-06-24 at 10.12.03.png", "IMG_4412.HEIC", "customer_export (1).csv"],
    "ops": ["Stock count aisle 14.xlsx", "Packing list {order}.pdf", "Floor plan 4th floor (v3).pdf"],
    "marketing": ["Campaign brief – Q3 launch.docx", "Headlines A_B_C.pptx", "UTM builder.xlsx"],
    "design": ["Checkout mobile v3 @2x.png", "Brand_Guidelines_v3 – DRAFT.pdf", "Palette (dark mode).png"],
    "science": ["Lab results 24-06 (µg_mL).csv", "Plate layout.xlsx", "NMR_sample_412.pdf"],
    "health": ["Vaccination record.pdf", "First aid kit checklist.xlsx", "Return-to-work plan.docx"],
    "education": ["Quiz 3 answer key.docx", "Excel for Finance 201 – slides.pptx", "Cohort 3 grades.xlsx"],
    "i18n": ["Facture_2024-0193.pdf", "見積書_2024.pdf", "Angebot Müller & Söhne.docx", "Счёт № 214.pdf"],
}


# ---- the web side: admin panel, /me/, the data API ------------------------------------------------------------
ADMIN_SEARCHES = [
    "o'neil", "O'Neil", "siobhan", "Siobhán", "garcía-lópez", "garcia", "d'souza", "St. James", "van der berg",
    "müller", "mueller", "@globex.de", "@acme.com", "pemberton-ohara", "U04", "T04QX7KJ2M1", "zoë", "zoe",
    "Jean-Luc", "jean luc", "N'Diaye", "Al-Rashid", "de la Cruz", "Ó Súilleabháin", "nguyễn", "yılmaz", "YILMAZ",
    "Ivanova", "Иванова", "李", "中村", "김", "כהן", "حداد", "sales & ops", "marketing/design", "contractors (temp)",
    "jo*", "*@kowalski.pl", "o'brien, connor", "Fitzgerald <eilidh.fitzgerald@umbrella.co.uk>",
    "O'Neil, Siobhán <siobhan.oneil@globex.de>", "dana.smith-jones+slack@acme.com", "priya patel", "kim sun-hee",
    "Dagný Þórðardóttir", "Pål Øvergaard", "Łukasz Wójcik", "Ayşe", "renee", "Renée D'Angelo", "mike (sales)",
    "former employees", "left 2023", "inactive", "admin", "HR", "finance-ops", "ana da silva", "ximena",
    "Mc Carthy", "McCarthy", "mac donald", "le roux", "bianchi-rossi", "tomás hernández", "o’neil",
]
AUDIT_SEARCHES = ["user.active", "user.admin", "client.create", "client.rotate", "user.forget_me", "login",
                  "login failed", "T04QX7KJ2M1/U0", "switch", "O'Neil", "siobhan", "2024-06-24", "forget",
                  "totp", "slack sign-in", "weather", "remember location"]
TIMEZONES = ["Europe/Paris", "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles",
             "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Asia/Shanghai", "Asia/Seoul", "Asia/Bangkok",
             "Europe/Istanbul", "Europe/Athens", "Europe/Kyiv", "Asia/Jerusalem", "Asia/Dubai", "Africa/Cairo",
             "Australia/Sydney", "Pacific/Auckland", "America/St_Johns", "America/Argentina/Buenos_Aires",
             "America/Indiana/Indianapolis", "Asia/Ho_Chi_Minh", "Europe/Zurich", "Etc/GMT+5", "UTC"]
PLACES = CITIES + ADDRESSES[:8] + [
    "Berlin office (Mitte)", "HQ – 100 Main St, Boston MA 02110", "home (Leeds)", "Lisboa, Portugal",
    "Zürich HB", "near Shibuya station / 渋谷駅", "Kraków – Kazimierz", "Paris 11e", "Queens, NY 11375",
    "Galway (Gaillimh)", "Santiago de Compostela", "Genève / Genf", "Bruxelles/Brussel", "Cork & Kerry",
    "Stratford-upon-Avon", "Saint-Étienne", "Kırıkkale", "Ürümqi", "Nuuk", "São Tomé", "Málaga (Costa del Sol)",
]


def _session(rng: random.Random) -> str:
    return _token(rng, 43, ALNUM + LOWER + "-_")


def _browser(rng: random.Random, accept: str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
             ) -> dict[str, str]:
    return {"User-Agent": _pick(rng, BROWSERS), "Accept": accept, "Accept-Language": _pick(rng, LANGUAGES)}


def admin_search(rng: random.Random, q: str) -> dict[str, Any]:
    params = [("q", q)] + ([("page", str(rng.randint(2, 4)))] if rng.random() < 0.2 else [])
    rec = _get("/admin/users?" + urllib.parse.urlencode(params))  # a browser's GET form: quote_plus
    rec["headers"] = {**_browser(rng), "Referer": f"{ORIGIN}/admin/users",
                      "Cookie": f"__Host-jeeves_admin={_session(rng)}"}
    return rec


def admin_edit(rng: random.Random, q: str) -> dict[str, Any]:
    page = str(rng.randint(1, 3))
    flag = "active" if rng.random() < 0.75 else "admin"
    rec = _form(f"/admin/users/{rng.randint(2, 4800)}/{flag}",
                [("csrf_token", _session(rng)), ("q", q), ("page", page), ("value", rng.choice("01"))])
    rec["headers"] = {**rec["headers"], **_browser(rng), "Origin": ORIGIN,
                      "Referer": ORIGIN + "/admin/users?" + urllib.parse.urlencode([("q", q), ("page", page)]),
                      "Cookie": f"__Host-jeeves_admin={_session(rng)}"}
    return rec


def audit_search(rng: random.Random, q: str) -> dict[str, Any]:
    rec = _get("/admin/audit?" + urllib.parse.urlencode([("q", q), ("page", str(rng.randint(1, 3)))]))
    rec["headers"] = {**_browser(rng), "Cookie": f"__Host-jeeves_admin={_session(rng)}"}
    return rec


def _multipart(rng: random.Random, fields: list[tuple[str, str]]) -> tuple[str, str]:
    boundary = "----WebKitFormBoundary" + _token(rng, 16, ALNUM + LOWER)
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
             for name, value in fields]
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def me_post(rng: random.Random, path: str, fields: list[tuple[str, str]], multipart: bool) -> dict[str, Any]:
    fields = [("csrf_token", _session(rng)), *fields]
    rec = _form(path, fields)
    headers = {**rec["headers"], **_browser(rng), "Origin": ORIGIN, "Referer": f"{ORIGIN}/me/",
               "Cookie": f"__Host-jeeves_me={_session(rng)}"}
    if multipart:
        rec["body"], headers["Content-Type"] = _multipart(rng, fields)
    rec["headers"] = headers
    return rec


def _bearer(rng: random.Random) -> str:
    def part(doc: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
    header = part({"alg": "RS256", "kid": "td-2024-06", "typ": "JWT"})
    claims = part({"iss": "https://localhost:8443/oauth", "sub": _pick(rng, ["hr-sync", "sheets-usage", "ops-postman"]),
                   "aud": "jeeves-api", "scope": "read write", "iat": EPOCH, "exp": EPOCH + 3600,
                   "jti": _token(rng, 22, ALNUM + LOWER)})
    return f"Bearer {header}.{claims}.{_token(rng, 342, ALNUM + LOWER + '-_')}"


def api_call(rng: random.Random, method: str, uri: str, doc: Any = None) -> dict[str, Any]:
    if doc is None:
        rec = _get(uri)
        rec["method"] = method
    else:
        rec = _json(uri, doc)
        rec["method"] = method
        if rng.random() < 0.5:
            rec["body"] = json.dumps(doc)
        if rng.random() < 0.3:
            rec["headers"]["Content-Type"] = "application/json; charset=utf-8"
    rec["headers"] = {**rec["headers"], "User-Agent": _pick(rng, API_CLIENTS), "Authorization": _bearer(rng)}
    return rec


REFERERS = [
    "https://intranet.acme.com/it/tools?utm_source=newsletter&utm_medium=email&utm_campaign=2024-q3-it-update"
    "&utm_content=jeeves_link",
    "https://app.slack.com/", "https://www.google.com/", "https://teams.microsoft.com/", "https://outlook.office.com/",
    "https://mail.google.com/", "https://acme.atlassian.net/wiki/spaces/HR/pages/2231369729/Remote+Work+%26+Equipment"
    "+Policy+(2024)",
    "https://acme.atlassian.net/wiki/search?text=weather%20bot%20%22remember%20location%22&spaces=IT",
    "https://acme.sharepoint.com/sites/Intranet/SitePages/New-joiners-(Start-here!).aspx?xsdata=MDV8MDJ8"
    "&sdata=Q2VkY1Zr&ovuser=4f1c%2Cdana.smith%40acme.com",
    "https://www.notion.so/acme/Onboarding-Checklist-Sales-Marketing-3f1c2b7a9d8e4f60a1b2c3d4e5f60718?pvs=4",
    "https://acme.my.salesforce.com/lightning/page/home", "https://app.hubspot.com/reports-dashboard/4417325/view/9",
    "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/edit#gid=0&range=B2:B9",
    "https://l.facebook.com/", "https://www.linkedin.com/", "https://t.co/", "https://duckduckgo.com/",
    "https://www.bing.com/search?q=acme+jeeves+weather+bot+login&form=QBLH",
    "https://acme.zendesk.com/agent/tickets/482113", "https://acme.workday.com/acme/d/home.htmld",
]


def cookie_header(rng: random.Random, session: str) -> str:
    stamp = _token(rng, 40, ALNUM + LOWER)
    parts = [session, f"_ga=GA1.1.{_digits(rng, 9)}.{EPOCH - rng.randint(0, 9_000_000)}",
             f"_ga_{_token(rng, 10)}=GS1.1.{EPOCH}.{rng.randint(1, 90)}.1.{EPOCH + 60}.0.0.0"]
    extra = [
        "OptanonConsent=isGpcEnabled=0&datestamp=Mon+Jun+24+2024+10%3A12%3A03+GMT%2B0200+(Mitteleurop%C3%A4ische+"
        "Sommerzeit)&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId="
        f"{_token(rng, 8, '0123456789abcdef')}-{_token(rng, 4, '0123456789abcdef')}&interactionCount=1"
        "&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0&AwaitingReconsent=false",
        f"OptanonAlertBoxClosed=2024-06-{rng.randint(1, 24):02d}T08:12:03.{_digits(rng, 3)}Z",
        f"CookieConsent={{stamp:%27{stamp}%3D%3D%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true"
        f"%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:{EPOCH}000%2Cregion:%27de%27}}",
        "cookieyes-consent=consentid:" + _token(rng, 24, ALNUM + LOWER) + ",consent:yes,action:yes,necessary:yes,"
        "functional:no,analytics:yes,performance:no,advertisement:no",
        f"hubspotutk={_token(rng, 32, '0123456789abcdef')}",
        f"__hstc=2044{_digits(rng, 4)}.{_token(rng, 32, '0123456789abcdef')}.{EPOCH}000.{EPOCH}000.{EPOCH}000.3",
        "__hssrc=1", f"_gcl_au=1.1.{_digits(rng, 10)}.{EPOCH}", f"_fbp=fb.1.{EPOCH}123.{_digits(rng, 10)}",
        f"ajs_anonymous_id=%22{_token(rng, 8, '0123456789abcdef')}-{_token(rng, 4, '0123456789abcdef')}-4"
        f"{_token(rng, 3, '0123456789abcdef')}%22",
        f"_hjSessionUser_{_digits(rng, 7)}=" + base64.b64encode(json.dumps(
            {"id": _token(rng, 16, "0123456789abcdef"), "created": EPOCH * 1000, "existing": True},
            separators=(",", ":")).encode()).decode(),
        "utm_params=utm_source%3Dlinkedin%26utm_medium%3Dpaid_social%26utm_campaign%3D2024-q3-launch",
        f"lang={_pick(rng, ['fr-CA', 'de-CH', 'pt-BR', 'en-GB', 'ja-JP', 'tr-TR'])}",
        f"tz={urllib.parse.quote(_pick(rng, TIMEZONES), safe='')}", "intercom-device-id-x7k2=" + _token(rng, 36, LOWER),
        "_hp2_id.123=%7B%22userId%22%3A%22" + _digits(rng, 16) + "%22%2C%22pageviewId%22%3A%22" + _digits(rng, 16)
        + "%22%7D",
    ]
    parts += rng.sample(extra, rng.randint(2, 6))
    return "; ".join(parts)


# ---- the set ------------------------------------------------------------------------------------------------
attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    rng = random.Random(SEED)
    slack = Slack(rng)
    n = 0

    def rec(kind: str, request: dict[str, Any], placement: str, via_slack: bool = False) -> dict[str, Any]:
        nonlocal n
        n += 1
        tag = f"{kind}-slack" if via_slack else kind
        return {**request, "id": f"business-benign-{tag}-{n:04d}", "category": "benign", "placement": placement,
                "sub": kind}

    # Each team's messages: Events API messages and file shares, edits, slash commands, modal submissions.
    for kind in KINDS:
        seen: set[str] = set()
        for i in range(44):
            text = _prose(rng, kind, seen)
            roll = rng.random()
            if i % 11 == 10:
                yield rec(kind, slack.file_share(text, fill(_pick(rng, FILES[kind]), rng)), "json", True)
            else:
                where = "im" if roll < 0.45 else "mention" if roll < 0.75 else "thread" if roll < 0.9 else "channel"
                yield rec(kind, slack.message(text, where), "json", True)
        for _ in range(12):
            before, after = edited(_prose(rng, kind, seen), rng)
            yield rec(kind, slack.edit(before, after), "json", True)
        for _ in range(9):
            text = _prose(rng, kind, seen)
            user = _ascii(_pick(rng, FIRST)).lower() + "." + _ascii(_pick(rng, LAST)).lower().replace(" ", "")
            yield rec(kind, slack.command(text[:1900], user), "form", True)
        for _ in range(13):
            callback, title, inputs = modal(kind, _prose(rng, kind, seen), rng)
            yield rec(kind, slack.view_submission(_full(rng), callback, title, inputs), "form", True)

    # The bot's own commands with places from everywhere, and the "Set as my location" button.
    commands = ["weather {p}", "weather {p}", "remember location {p}", "weather in {p} tomorrow?", "weather {p} 🌧️?",
                "remember location {p} (office)", "weather for the offsite — {p}", "Weather {p}!!"]
    for i in range(110):
        place = _pick(rng, PLACES)
        text = _pick(rng, commands).replace("{p}", place) if i % 12 else _pick(rng, ["help", "config", "alerts on",
                                                                                     "my location", "login"])
        user = _ascii(_pick(rng, FIRST)).lower().replace(" ", "")
        yield rec("places", slack.command(text, user), "form", True)
    for _ in range(40):
        yield rec("places", slack.set_location_click(_full(rng), _pick(rng, CITIES)), "form", True)

    # The admin panel: people searched for, flags changed with the search carried along, the audit log.
    for q in ADMIN_SEARCHES:
        yield rec("people", admin_search(rng, q), "query")
    for _ in range(30):
        yield rec("people", admin_search(rng, _full(rng) if rng.random() < 0.6 else
                                         _email(rng, _pick(rng, FIRST), _pick(rng, LAST))), "query")
    for _ in range(50):
        q = _pick(rng, ADMIN_SEARCHES) if rng.random() < 0.6 else _full(rng)
        yield rec("people", admin_edit(rng, q), "form")
    for q in AUDIT_SEARCHES + [_full(rng) for _ in range(13)]:
        yield rec("people", audit_search(rng, q), "query")

    # /me/: location (browser form or a FormData post), settings.
    for i in range(85):
        place = _pick(rng, PLACES)
        multipart = i % 4 == 3
        yield rec("places", me_post(rng, "/me/location", [("place", place)], multipart),
                  "multipart" if multipart else "form")
    for i in range(25):
        fields = [("units", rng.choice(["metric", "imperial"])),
                  ("alert_time", f"{rng.randint(5, 9):02d}:{rng.choice(['00', '15', '30', '45'])}"),
                  ("timezone", _pick(rng, TIMEZONES))] + ([("alerts", "on")] if rng.random() < 0.6 else [])
        multipart = i % 5 == 4
        yield rec("settings", me_post(rng, "/me/settings", fields, multipart), "multipart" if multipart else "form")

    # The data API: an HR sync fixing names and e-mails, a spreadsheet pulling users and usage, ops switches.
    for _ in range(75):
        first, last = _pick(rng, FIRST), _pick(rng, LAST)
        full = _pick(rng, [f"{first} {last}", f"{last}, {first}", f"Dr. {first} {last}, PhD", f"{first} ({last})",
                           f"Mx. {first} {last}", f"{first} {last}-{_pick(rng, LAST)}", f"{first} {last} Jr.",
                           f"{first} \"{_pick(rng, ['Bea', 'DJ', 'Kiki', 'Sunny'])}\" {last}",
                           _pick(rng, ["李小龙 (Bruce) Lee", "Nguyễn Thị Minh Khai", "Ólafur Þórðarson",
                                       "María José de la Cruz-Ortega", "Anne-Marie St. Clair", "محمد الحداد",
                                       "נועה כהן", "Σοφία Παπαδοπούλου", "Ольга Іванова", "山田 花子", "김선희",
                                       "प्रिया पटेल", "สมชาย ใจดี"])])
        roll = rng.random()
        doc: dict[str, Any] = ({"name": full} if roll < 0.4 else {"email": _email(rng, first, last)} if roll < 0.6
                               else {"name": full, "email": _email(rng, first, last)} if roll < 0.85
                               else {"settings": {"timezone": _pick(rng, TIMEZONES)}})
        yield rec("people", api_call(rng, "PATCH", f"/api/users/{rng.randint(2, 4800)}", doc), "json")
    for _ in range(20):
        params = [("team_id", TEAM)] + [p for p in (("active", rng.choice(["true", "false"])),
                                                    ("alerts", rng.choice(["on", "off", "1", "0"])),
                                                    ("limit", str(rng.choice([50, 100, 500]))),
                                                    ("offset", str(rng.choice([0, 100, 500])))) if rng.random() < 0.6]
        yield rec("dataapi", api_call(rng, "GET", _query("/api/users", params)), "query")
    for _ in range(15):
        m = rng.randint(1, 11)
        since = _pick(rng, [f"2024-{m:02d}-01T00:00:00Z", f"2024-{m:02d}-01", f"2024-{m:02d}-01T00:00:00+02:00"])
        until = f"2024-{m + 1:02d}-01T00:00:00Z"
        yield rec("dataapi", api_call(rng, "GET", _query("/api/usage/stats", [("since", since), ("until", until)])),
                  "query")
    for action in ["weather", "remember location", "forget me", "alerts", "config", "my location"]:
        yield rec("dataapi", api_call(rng, "PUT", "/api/switches/" + urllib.parse.quote(action),
                                      {"enabled": rng.random() < 0.5, "team_id": rng.choice([TEAM, "*"])}), "path")
    for _ in range(9):
        yield rec("dataapi", api_call(rng, "GET", f"/api/users/{rng.randint(2, 4800)}"), "path")

    # What browsers add: where people came from (Referer), consent and analytics cookies.
    for i in range(32):
        path = _pick(rng, ["/me/", "/me/?done=location_saved", "/me/data.json", "/admin/users", "/admin/"])
        rec_ = _get(path)
        referer = REFERERS[i % len(REFERERS)] if i < len(REFERERS) else fill("{utm}", rng)
        rec_["headers"] = {**_browser(rng), "Referer": referer}
        yield rec("browser", rec_, "header")
    for _ in range(32):
        path = _pick(rng, ["/me/", "/me/data.json", "/admin/users", "/admin/audit"])
        rec_ = _get(path)
        name = "__Host-jeeves_me" if path.startswith("/me/") else "__Host-jeeves_admin"
        rec_["headers"] = {**_browser(rng), "Cookie": cookie_header(rng, f"{name}={_session(rng)}")}
        yield rec("browser", rec_, "cookie")
