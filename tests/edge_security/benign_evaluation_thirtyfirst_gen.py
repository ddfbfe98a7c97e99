"""Benign traffic of a university library and archives that runs Jeeves behind the edge (benign only).

The company: Northmere University Library & Archives (librarians, cataloguers, archivists, conservators, the
reading-room desks and library IT). About 1,700 requests in a deployment's proportions: Slack first (DMs to the
bot and @mentions of it, thread replies, edits with link unfurls, the bot's own replies echoed back, file shares,
App Home, a few reactions; `/jeeves` slash commands; the weather reply's and forget-me buttons), then the data API
(cron jobs, CI and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack and its one-time
links, TokenDealer and the health and metadata endpoints.

Every request goes to an endpoint the product defines, with only the fields its handlers read (app/routes,
app/admin/views, app/account, tokendealer/routes): Slack's own envelopes as Slack sends them, the API's
limit/offset/team_id/active/alerts, since/until, PATCH name/email/is_active/is_admin/settings and switch
enabled/team_id, the panel's forms (q, page, value, action, enabled, team_id, client_id, description, scopes,
username, password, totp, next, totp_pending, user_id, csrf_token), `/me/`'s place, units, alert_time, timezone,
alerts and confirm, the callback's code/state/error and TokenDealer's grant_type, scope, audience, client_id,
client_secret, token, token_type_hint and access_token. The values are this library's: call numbers, MARC
fields, Boolean catalogue searches, titles in many scripts, donors, opening hours, loan rules, Koha/Alma/FOLIO
report SQL, XSLT, EAD, BibTeX, CQL and Solr queries as the staff paste them into Slack.

Written independently from the route list of gateway/gateway.yaml (names, match, methods, upstreams only), the
handlers in app/ and tokendealer/, README.md and the record structure of benign_day_gen.py. Deterministic: one
seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, token_request, signed_in, ga_cookie, me_exit_form, oidc_params,
oidc_callback, link_preview, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import slack_escape

NAME = "evaluation_thirtyfirst"
SEED = 31_0314_1602
EPOCH = 1710405000  # 2024-03-14 08:30 UTC (a Thursday in term time)
TEAM, TEAM_DOMAIN = "T04NMULIB7", "northmere-library"
APP_ID, BOT_USER, BOT_ID = "A06JVSNMU2", "U06JVSNMU1", "B06JVSNMU3"
HOST = "jeeves.library.northmere.ac.uk"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"

# Staff as HR and Slack know them (display names in their own spelling; e-mail local parts as IT made them).
STAFF: list[tuple[str, str]] = [
    ("Siobhán Ní Bhriain", "s.nibhriain"), ("Ciarán O'Donoghue", "c.odonoghue"),
    ("Mary-Kate D'Arcy-Lynch", "mk.darcy-lynch"), ("Jean-Baptiste Le Guen", "jb.leguen"),
    ("Ngozi Adichie-Okoro", "n.adichie-okoro"), ("Åsa Lindqvist", "a.lindqvist"),
    ("Þórunn Guðmundsdóttir", "thorunn.g"), ("Agnieszka Wójcik-Nowak", "a.wojcik-nowak"),
    ("Kwame Mensah", "k.mensah"), ("Nguyễn Thị Hoa", "hoa.nguyen"), ("Lê Văn Minh", "minh.le"),
    ("田中 美咲", "m.tanaka"), ("김지은", "jieun.kim"), ("王小明", "xm.wang"),
    ("Αικατερίνη Παπαδοπούλου", "k.papadopoulou"), ("Мария Соколова", "m.sokolova"),
    ("Олександр Шевченко", "o.shevchenko"), ("José María Fernández de Córdoba", "jm.fernandez"),
    ("Maëlle Le Goff", "m.legoff"), ("Dafydd ap Rhys", "d.aprhys"), ("Aroha Ngata", "a.ngata"),
    ("Fatemeh Hosseini", "f.hosseini"), ("فاطمة الزهراء بن علي", "f.benali"), ("יעל כהן", "y.cohen"),
    ("Rahul Deshpande", "r.deshpande"), ("Priyanka Chatterjee", "p.chatterjee"),
    ("St John Smythe-Bellingham", "sj.smythe-bellingham"), ("Bartholomew O'Reilly-Hughes", "b.oreilly-hughes"),
    ("Anne-Sophie Müller-Lüdenscheidt", "as.mueller"), ("Marguerite d'Aubigné", "m.daubigne"),
    ("Chidi Okonkwo", "c.okonkwo"), ("Ruth Ben-David", "r.ben-david"), ("Ingeborg Halvorsen", "i.halvorsen"),
    ("Seán Ó Faoláin", "s.ofaolain"), ("Eilidh MacLeòid", "e.macleoid"), ("Tomasz Brzęczek", "t.brzeczek"),
    ("Zeynep Çelik", "z.celik"), ("Dmitrij Jaroszewski", "d.jaroszewski"), ("Hélène Lévesque", "h.levesque"),
    ("Kofi Owusu-Ansah", "k.owusu-ansah"), ("Lucía Peña Ibáñez", "l.pena"), ("Oisín Mac Giolla Phádraig", "o.mgp"),
    ("Pilar Núñez", "p.nunez"), ("Grzegorz Łukasiewicz", "g.lukasiewicz"), ("Ana-Maria Popescu", "am.popescu"),
    ("Tevita Fifita", "t.fifita"), ("Björn Þorsteinsson", "b.thorsteinsson"), ("Noor ul-Ain Qureshi", "n.qureshi"),
    ("Jo O'Neill", "jo.oneill"), ("Pat McNally", "p.mcnally"), ("Sam de la Cruz", "s.delacruz"),
]

CHANNELS = [("C04SPECCOL", "special-collections"), ("C04CATALOG", "cataloguing"), ("C04READRM1", "reading-room"),
            ("C04LIBSYS1", "lib-systems"), ("C04DIGITAL", "digitisation"), ("C04CONSERV", "conservation"),
            ("C04ARCHIVE", "archives"), ("C04ILLDESK", "ill-and-document-supply"), ("C04GENERAL", "general"),
            ("C04RANDOM1", "random"), ("C04ACQUISI", "acquisitions"), ("C04LIAISON", "subject-liaison"),
            ("C04ESTATES", "estates-and-buildings"), ("C04EXHIBIT", "exhibitions-2024"), ("C04HELPDSK", "help-desk")]

PLACES = [
    "Oxford", "Bodleian Library, Broad St, Oxford OX1 3BG", "Trinity College Dublin", "Wolfenbüttel",
    "Herzog August Bibliothek, Wolfenbüttel", "Leiden", "Uppsala", "Kew, Richmond TW9 4DU",
    "Boston Spa, Wetherby LS23 7BQ", "Aberystwyth", "Llanfairpwllgwyngyll", "St Andrews", "Dún Laoghaire",
    "København K", "Reykjavík", "Città del Vaticano", "El Escorial", "Alexandria", "الإسكندرية", "Tombouctou",
    "Kraków", "Wrocław", "Санкт-Петербург", "Київ", "თბილისი", "Երևան", "京都", "東京都千代田区", "서울 서초구",
    "北京 海淀区", "台北市", "Hà Nội", "কলকাতা", "Chennai", "Pune", "New Haven, CT 06511", "Washington, DC 20540",
    "Ann Arbor", "Urbana-Champaign", "Coeur d'Alene", "St. John's, NL", "Québec", "Montréal", "São Paulo",
    "Ciudad de México", "Buenos Aires", "Canberra ACT 2600", "Te Whanganui-a-Tara", "Dunedin", "Cape Town",
    "Ibadan", "Addis Ababa", "'s-Hertogenbosch", "L'Aquila", "Sant'Agata de' Goti", "Saint-Jean-d'Angély",
    "Val-d'Or", "Hay-on-Wye", "Hay-on-Wye HR3 5DG", "Wigtown", "Redu", "Frankfurt am Main", "Leipzig", "Bologna",
    "Guadalajara, Jalisco", "Sharjah", "51.7540, -1.2540", "53.3438° N, 6.2546° W", "Den Haag", "Northmere",
    "Northmere NM1 4LB", "Lisboa", "Coimbra", "Salamanca", "Göttingen", "Zürich", "Genève", "Praha", "Vilnius",
    "Tallinn", "Helsinki", "Tromsø", "Edinburgh", "Glasgow G12 8QQ", "Cardiff", "Belfast", "Galway", "Cork",
]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "Europe/Amsterdam",
             "Europe/Stockholm", "Europe/Warsaw", "Europe/Kyiv", "Europe/Lisbon", "Europe/Madrid", "Europe/Rome",
             "Atlantic/Reykjavik", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Toronto",
             "America/St_Johns", "America/Sao_Paulo", "America/Mexico_City", "Asia/Tokyo", "Asia/Seoul",
             "Asia/Shanghai", "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Asia/Jerusalem", "Asia/Tehran", "Asia/Tbilisi",
             "Africa/Lagos", "Africa/Addis_Ababa", "Australia/Sydney", "Pacific/Auckland", "UTC"]

CALL_NUMBERS = [
    "QA76.73.P98 L88 2019", "PR2807 .A2 J46 1982", "Z699.35.M28 F87 2003", "BX1765.2 .K36", "PG3366 .A1 1978 v.2",
    "PQ8180.17.A73 C5 1967", "PT2625.A44 Z3 1924", "DA670.O9 H5 1956", "Z253 .U69 2017", "PN1995.9.S26 B78",
    "KF4558 1st .K36 2011", "GR75.N5 L36", "ML410.B4 T46 2003 fol.", "G1019 .T55 1998 Map Case 4",
    "823.914 ROW", "025.3/2 23", "891.73'3 TOL", "942.05 ELT q", "MS. Bodl. 264", "Cotton MS Vitellius A XV",
    "Add MS 89000", "MS 408", "Cod. Pal. germ. 848", "Rés. p-Yb-45", "Y 4.J 89/1:117-45", "SC/MS/1987/14/3",
    "NMU/ARC/2/7/1-42", "Pamph. 1648/3", "Folio B 7.4 (2)", "Incun. Q-12", "PL2658.E1 W35 2009",
]
TITLES = [
    "Война и мир", "Les Misérables", "Cien años de soledad", "源氏物語", "紅樓夢", "Der Zauberberg", "Pan Tadeusz",
    "Kalevala", "Ὀδύσσεια", "ألف ليلة وليلة", "গীতাঞ্জলি", "Njáls saga", "Válka s mloky", "Ulysses",
    "Il nome della rosa", "O Alquimista", "Dziady", "Beowulf", "Nibelungenlied", "Truyện Kiều", "훈민정음 해례본",
    "شاهنامه", "Mahābhārata", "Don Quijote de la Mancha", "The Waste Land", "Middlemarch", "Tristram Shandy",
    "Le Petit Prince", "Kobzar / Кобзар", "Pilgrim's Progress", "Book of Kells", "Leabhar na hUidhri",
    "Y Gododdin", "Hortus Deliciarum", "Codex Argenteus", "Nuremberg Chronicle (1493)", "Principia Mathematica",
    "Ein Hungerkünstler", "À la recherche du temps perdu", "Mrs Dalloway", "The Moonstone", "Kokoro / こゝろ",
    "Il Gattopardo", "Ficciones", "Der Process", "Sefer ha-Zohar / ספר הזוהר", "Kitāb al-Ḥayawān",
]
DONORS = ["the O'Sullivan-Nakamura bequest", "Fonds Marguerite d'Aubigné", "the gift of Dr Ngozi Adichie-Okoro",
          "the Dmitrij & Ludmila Jaroszewski Collection", "the Ó Faoláin papers", "the Halvorsen Ibsen collection",
          "the estate of Prof. Hélène Lévesque", "Mr & Mrs Owusu-Ansah", "the Friends of Northmere Library",
          "the Brzęczek family (via Sotheby's)", "the Ben-David Judaica gift", "the McNally-D'Arcy trust"]
LINKS = [
    "https://search.library.northmere.ac.uk/discovery/fulldisplay?docid=alma991234567890101&context=L"
    "&vid=44NMU_INST:NMU&lang=en",
    "https://search.library.northmere.ac.uk/discovery/search?query=any,contains,war%20and%20peace"
    "&tab=Everything&search_scope=MyInst_and_CI&vid=44NMU_INST:NMU&offset=0",
    "https://archives.northmere.ac.uk/repositories/2/resources/1534",
    "https://archives.northmere.ac.uk/repositories/2/archival_objects/88412#tree::archival_object_88412",
    "https://www.worldcat.org/search?q=ti%3Awar+and+peace+au%3Atolstoy&itemSubType=book-printbook",
    "https://catalog.hathitrust.org/Record/001234567", "https://id.loc.gov/authorities/names/n79021164.html",
    "https://viaf.org/viaf/96994048/", "https://archive.org/details/warpeace00tols/page/n5/mode/2up",
    "https://www.europeana.eu/en/item/92062/BibliographicResource_1000126221385",
    "https://doi.org/10.1038/nature12373", "https://orcid.org/0000-0002-1825-0097",
    "https://iiif.library.northmere.ac.uk/iiif/2/ms-408%2Ff001r/full/max/0/default.jpg",
    "https://iiif.library.northmere.ac.uk/iiif/3/ms-408/manifest.json",
    "https://libcal.northmere.ac.uk/hours/?lid=4412&d=2024-03-18", "https://www.loc.gov/marc/bibliographic/bd245.html",
    "https://folio.northmere.ac.uk:9130/inventory?qindex=callNumber&query=PR2807&sort=title",
    "https://koha-staff.northmere.ac.uk:8443/cgi-bin/koha/reports/guided_reports.pl?reports=214&phase=Run+this+report",
    "https://jira.northmere.ac.uk/browse/LIBSYS-1187", "https://gitlab.northmere.ac.uk/lib-systems/marc-tools/-/merge_requests/42",
    "https://www.ifla.org/units/cataloguing/", "https://rdatoolkit.org/", "https://en.wikipedia.org/wiki/Codex_Argenteus",
]
EMOJI = [":books:", ":book:", ":closed_book:", ":scroll:", ":bookmark_tabs:", ":open_book:", ":label:",
         ":card_index:", ":file_cabinet:", ":mag:", ":thermometer:", ":droplet:", ":umbrella:", ":snowflake:",
         ":sunny:", ":tada:", ":pray:", ":+1:", ":eyes:", ":tea:", ":coffee:", ":white_check_mark:", ":sweat_smile:",
         "📚", "📜", "🏛️", "🔖", "☔", "❄️", "🙏", "🎉", "👀", "😅", "🤞", "✅", "🧤", "🕯️"]
DATES = ["14/03/2024", "14.03.2024", "2024-03-14", "March 14, 2024", "14 March 2024", "14 mars 2024",
         "2024年3月14日", "14 березня 2024", "Thu 14 Mar", "3/14/24", "MDCCCXII", "[ca. 1650]", "1847?",
         "c. 1590-1610", "[18--]", "s.d.", "2024-03-14T09:30:00Z", "Q1 2024", "AY 2023/24", "Hilary term wk 8"]

# Chat the way this library's staff write. @@M@@ a mention, @@L@@ a link, @@C@@ a channel, @@P@@ a place,
# @@N@@ a number, @@CN@@ a call number, @@TI@@ a title, @@DO@@ a donor, @@DA@@ a date.
CHAT = [
    "is it going to rain in @@P@@ tomorrow? we're moving @@DO@@ across the quad :umbrella:",
    "reading room is at capacity (@@N@@/60 seats), please hold new readers at the desk",
    "can someone pull @@CN@@ for a reader at 10:30? it's in the closed stacks, level -2",
    "@@M@@ the reader wants to see @@TI@@ again, is it back from conservation?",
    "RH in the strongroom is 61% this morning, the dehumidifier on B2 has tripped again 😩",
    "strongroom 3: 17.8 °C / 48% RH — all good ✅", "lux in the exhibition case 4 is at 62, we want < 50 for vellum",
    "Reminder: no pens in the Special Collections reading room. Pencils only ✏️ (and no erasers on the leaves!)",
    "who's on the enquiries desk from 13:00-14:00? I've got the cataloguing meeting",
    "ILL request 2024-@@N@@17 arrived from the BL, reading-room use only, due back @@DA@@",
    "opening hours for Easter vac: Mon–Fri 09:00–17:00, Sat 10:00–13:00, Sun closed. Main library only.",
    "24/7 opening starts 29 April for exams — security rota is in @@L@@",
    "loan rules reminder: UG 20 items / 4 weeks, PGT 30 / 6 weeks, PGR & staff 50 / 12 weeks; short loan = 4 h",
    "fines are £0.50/day on normal loans, £1/hour on short loan, capped at £10 per item",
    "anyone know why the self-issue machine on floor 2 says \"item not for loan\" for @@CN@@?",
    "the 245 on that record has the wrong indicators, should be 10 not 00 — fixing now",
    "can we agree: RDA 2.3.2.9 says transcribe as it appears, so \"Ye olde booke\" stays as is",
    "found a tipped-in letter inside @@TI@@ (@@CN@@), signed \"J. O'D.\" — provenance note?",
    "new accession from @@DO@@: 14 boxes, 3 outsize folders, 1 tin trunk (!)",
    "the tin trunk from @@DO@@ smells of mould, quarantined in room 0.12 until conservation has looked",
    "@@M@@ could you catalogue the Welsh pamphlets first? Owain's class needs them on the 21st",
    "Happy World Book Day! 📚 the display on the ground floor is @@TI@@ in 12 translations",
    "is the Bodleian open on Good Friday? taking my students to see @@CN@@",
    "we got the Wolfenbüttel loan! 🎉 the courier arrives @@DA@@, need a weather check for @@P@@",
    "the digitisation studio is booked all week for @@TI@@ — 412 leaves, raking light on the ruled ones",
    "Koha upgrade to 23.11 is scheduled for Sunday 06:00–10:00, catalogue read-only during that time",
    "Alma → Primo publishing is stuck since 03:00, @@M@@ is on it @@L@@",
    "FOLIO loans app is slow again (p95 ~4s), ticket @@L@@",
    "ok who changed the Primo facet order, \"Available online\" is now last 😂",
    "thx @@M@@!!", "ta", "cheers", "👍 done", "on my way to the store", "brb, stacks run", "lol same",
    "can't find it in the OPAC but it's on the shelf, probably suppressed? @@CN@@",
    "theses deposit deadline is @@DA@@ — the repository will be swamped the night before as usual",
    "Bonjour ! Le fonds @@DO@@ est enfin inventorié : 1 247 pièces, cotes 1 J 1 à 1 J 1247.",
    "Guten Morgen! Die Fernleihe aus Göttingen ist da, Lesesaalnutzung, Rückgabe bis @@DA@@.",
    "¿Alguien sabe dónde está el incunable de Salamanca? No aparece en el depósito 3.",
    "おはようございます。特別閲覧室は本日14時から利用可能です。", "古文書の撮影は来週火曜日に延期になりました 🙏",
    "오늘 열람실 예약이 꽉 찼어요. 내일 오전은 어떠세요?", "Привет! Каталог Ленинской библиотеки опять лежит 😅",
    "Дякую за допомогу з транслітерацією, ALA-LC для української — це біль",
    "Dziękuję! Rękopis wrócił z konserwacji w idealnym stanie.", "Tack! Codex Argenteus-faksimilen är på plats.",
    "Diolch yn fawr! Mae'r llawysgrifau Cymraeg yn ôl ar y silff.",
    "Go raibh maith agat, tá an lámhscríbhinn sábháilte.",
    "شكراً، وصلت المخطوطة العربية إلى قسم الترميم", "תודה רבה! הכתב יד חזר מהשימור",
    "धन्यवाद! पांडुलिपि का डिजिटलीकरण पूरा हुआ", "谢谢！善本书库今天下午开放。", "Ευχαριστώ! Ο πάπυρος είναι στη θήκη 4.",
    "Teşekkürler, Osmanlıca yazmalar kataloglandı.", "Cảm ơn chị! Bản Truyện Kiều đã được số hóa xong.",
    "does anybody have the ISBN for the 2nd ed.? 978-0-19-953556-9 is the 1st I think",
    "ISSN 0028-0836 (print) / 1476-4687 (online) — both in the 022, please",
    "the DOI 10.1093/ref:odnb/9780198614128.013.112203 resolves fine for me",
    "the record says [ca. 1650] but the watermark suggests 1680s, see Heawood 1234",
    "50% of the ILL requests this month are for @@TI@@, someone set a reading list 🙃",
    "emergency: water ingress above shelf run 14B (Quartos, PR–PS). Buckets out, plastic sheeting on. @@M@@",
    "all-clear on the leak, 3 volumes damp, interleaved and in the freezer at -30 °C",
    "is anyone going to the CILIP conference? the hotel in @@P@@ is €189/night 😬",
    "the exhibition \"Ink & Empire: 500 Years of Print\" opens @@DA@@, private view 18:00, wine in the foyer",
    "can we NOT put the Gutenberg leaf next to the window again 🙃",
    "TIL the 1493 Nuremberg Chronicle reuses the same woodcut for 11 different cities",
    "reader complaint: \"the microfilm reader ate my film\" — reel 7 of The Times 1851, on it",
    "sorry wrong channel", "nvm found it", "will do", "on it", "ack", "+1", "same here",
    "can you give me access to @@C@@ pls", "@@M@@ see thread", "meeting moved to 14:30 (room G.07)",
    "the Hebrew transliteration in 100 $a should follow ALA-LC, not ISO 259, see @@L@@",
    "who knows Old Church Slavonic? record for @@CN@@ has the title in Glagolitic 🤯",
    "donor call at 15:00 with @@DO@@'s solicitor, they want the deed of gift back signed by the 28th",
    "weather check for the courier run to @@P@@ pls, we don't move vellum in the rain",
    "it's −4 °C in @@P@@, the van heater is broken, packing the loan in the insulated crate",
    "100 years today since the library's first card catalogue drawer 🗂️ photo in @@L@@",
    "Q: do we count e-book chapter downloads in the SCONUL return? A: yes, COUNTER 5 TR_B1",
    "gate count yesterday: 4,812 in / 4,790 out (22 still inside? 👻)",
    "the lift to the Rare Books floor is out of order until Monday, use the staff lift by the bindery",
    "Room bookings for the Friends' lecture: 120 chairs, lectern, HDMI, and someone to guard the folios",
    "FYI the price of the Elsevier bundle went up 4.2% again, renewal due @@DA@@",
]
# What the staff paste: reports, records, configs and snippets.
SNIPPETS = [
    "```\n=LDR  00000cam a2200000 i 4500\n=001  991234567890101\n"
    "=008  190423s2019\\\\\\\\nyu\\\\\\\\\\b\\\\\\\\001\\0\\eng\\d\n"
    "=020  \\\\$a9781492051367$q(paperback)\n=050  \\4$aQA76.73.P98$bL88 2019\n=100  1\\$aLutz, Mark,$eauthor.\n"
    "=245  10$aLearning Python /$cMark Lutz.\n=250  \\\\$aFifth edition.\n"
    "=264  \\1$aSebastopol, CA :$bO'Reilly,$c2019.\n=650  \\0$aPython (Computer program language)\n```",
    "`245 10 $a Pride and prejudice / $c Jane Austen ; with an introduction by Tony Tanner.`",
    "`100 1# $a Tolstoy, Leo, $c graf, $d 1828-1910, $e author.` and the 880 should have "
    "`$6 100-01/(N $a Толстой, Лев`",
    "the 650 should be `650 _0 $a Libraries $z Ireland $x History $y 19th century $v Sources.`",
    "```\n040  ## $a DLC $b eng $e rda $c DLC $d UKMGB $d NMU\n042  ## $a pcc\n```",
    "try this in Primo advanced: `title contains \"war and peace\" AND creator contains tolstoy "
    "NOT subject contains film`",
    "`ti:\"the waste land\" AND au:eliot AND yr:1922`",
    "`(shakespeare OR \"shake-speare\" OR shakspere) AND (sonnets OR \"lover's complaint\") NOT criticism`",
    "`su:\"Women -- Suffrage -- Great Britain\" AND la:eng AND date:[1900 TO 1918]`",
    "WorldCat: `kw:dickens* NOT ti:\"christmas carol\"` gives 48,211 hits, still too many",
    "`isbn:9780140449136 OR isbn:0140449132 OR issn:0028-0836`",
    "`au=\"García Márquez, Gabriel\" AND ti=(cien años de soledad) AND pl=buenos aires`",
    "CQL for the SRU endpoint: `dc.title all \"war peace\" and dc.creator any \"tolstoy tolstoi\" "
    "sortby dc.date/ascending`",
    "FOLIO query: `(title all \"kalevala\" or alternativeTitles.alternativeTitle all \"kalevala\") "
    "and languages = fin`",
    "Solr: `q=title_t:(war AND peace)&fq=format:Book&fq=language:Russian&rows=20&sort=pub_date_sort asc`",
    "```sql\nSELECT biblio.biblionumber, biblio.title, items.itemcallnumber, items.barcode\nFROM biblio\n"
    "JOIN items USING (biblionumber)\nWHERE items.itemcallnumber LIKE 'PR28%'\n  AND items.itemlost = 0\n"
    "ORDER BY items.itemcallnumber\nLIMIT 500;\n```",
    "Koha report 214 (overdues > 30 days):\n```sql\nSELECT b.cardnumber, b.surname, i.barcode, iss.date_due\n"
    "FROM issues iss JOIN borrowers b USING (borrowernumber) JOIN items i USING (itemnumber)\n"
    "WHERE iss.date_due < DATE_SUB(CURDATE(), INTERVAL 30 DAY)\nORDER BY iss.date_due;\n```",
    "```sql\nselect count(*) from items where homebranch = 'MAIN' and location = 'SPCOLL' and notforloan <> 0;\n"
    "-- 31,406\n```",
    "```xml\n<xsl:template match=\"marc:datafield[@tag='245']\">\n  <dc:title>\n"
    "    <xsl:value-of select=\"normalize-space(marc:subfield[@code='a'])\"/>\n  </dc:title>\n</xsl:template>\n```",
    "```xml\n<c02 level=\"file\">\n  <did>\n    <unitid>NMU/ARC/2/7/14</unitid>\n"
    "    <unittitle>Letters to Marguerite d'Aubigné</unittitle>\n"
    "    <unitdate normal=\"1912/1919\">1912-1919</unitdate>\n"
    "    <physdesc><extent>1 folder (23 items)</extent></physdesc>\n  </did>\n</c02>\n```",
    "```bibtex\n@book{tolstoy1869war,\n  title     = {Война и мир},\n  author    = {Tolstoy, Leo},\n"
    "  year      = {1869},\n  publisher = {T. Ris},\n  address   = {Moscow},\n  note      = {4 vols.}\n}\n```",
    "```\nTY  - BOOK\nAU  - Austen, Jane\nTI  - Pride and prejudice\nPY  - 1813\nPB  - T. Egerton\n"
    "CY  - London\nER  - \n```",
    "OAI-PMH harvest: `https://repository.northmere.ac.uk/oai/request?verb=ListRecords&metadataPrefix=oai_dc"
    "&set=col_123456789_42&from=2024-03-01`",
    "SRU: `https://lx2.loc.gov:210/LCDB?operation=searchRetrieve&version=1.1&query=bath.isbn%3D9780140449136"
    "&maximumRecords=1&recordSchema=marcxml`",
    "`yaz-client lx2.loc.gov:210/LCDB` then `find @attr 1=7 9780140449136` and `show 1`",
    "```python\nfrom pymarc import MARCReader\nwith open('export.mrc', 'rb') as fh:\n    for rec in MARCReader(fh):\n"
    "        print(rec['001'].value(), rec.title, rec['050']['a'] if rec['050'] else '-')\n```",
    "`python3 -c \"import pymarc,sys; [print(r.title) for r in pymarc.MARCReader(open(sys.argv[1],'rb'))]\" x.mrc`",
    "R for the gate counts: `aggregate(count ~ weekdays(date), data = gates, FUN = mean)`",
    "`xmllint --xpath \"//*[local-name()='unittitle']/text()\" finding-aid.xml | sort | uniq -c | sort -rn | head`",
    "```\nTitle JSTOR\nURL https://www.jstor.org\nDomain jstor.org\nHJ www.jstor.org\n```\n"
    "(EZproxy stanza, goes in config.txt)",
    "call number regex we use for LC: `^([A-Z]{1,3})\\s?(\\d+(\\.\\d+)?)\\s?\\.?([A-Z]\\d+)?` (good enough 🙃)",
    "```json\n{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": "
    "\"https://iiif.library.northmere.ac.uk/iiif/3/ms-408/manifest.json\", \"type\": \"Manifest\", \"label\": "
    "{\"en\": [\"MS 408, f. 1r\"]}}\n```",
    "Alma API: `GET /almaws/v1/bibs/991234567890101/holdings/22345/items?limit=100&offset=0&order_by=chron_i`",
    "```\n$ marcedit -s export.mrc -d export.mrk\n$ grep -c '^=245' export.mrk\n12406\n```",
    "```\ncrontab -l\n15 2 * * * /opt/koha/bin/cronjobs/overdue_notices.pl -t -n "
    ">> /var/log/koha/overdues.log 2>&1\n```",
    "`\\cite[p.~42]{tolstoy1869war}` keeps rendering as [?] in Overleaf, biber vs bibtex again",
    "Chicago 17th: Austen, Jane. _Pride and Prejudice_. London: T. Egerton, 1813. MLA 9: Austen, Jane. "
    "_Pride and Prejudice_. T. Egerton, 1813.",
    "```\nERROR: Item barcode 30112012345678 not found in location SPCOLL (status: In transit)\n```",
]
LONG = [
    "*Reading room notice* (@@DA@@)\n• Special Collections RR closed 12:00–14:00 for a class visit\n"
    "• Orders for @@CN@@ and @@CN@@ will be fetched after 14:00\n• Lockers 1–40 only, bags & coats not allowed "
    "past the desk\n• Photography: no flash, no scanning apps with lights 📵",
    "Loan policy for 2024/25 (draft):\n| borrower | items | period | renewals |\n|---|---|---|---|\n"
    "| UG | 20 | 4 weeks | 3 |\n| PGT | 30 | 6 weeks | 5 |\n| PGR / staff | 50 | 12 weeks | unlimited* |\n"
    "| alumni | 5 | 2 weeks | 1 |\n*unless reserved by someone else. Comments to @@M@@ by Friday pls.",
    "-------- Forwarded message --------\nFrom: Estates <estates@northmere.ac.uk>\nSubject: Fire alarm test, "
    "Thursday 10:00\n\nThe alarm in the Library building will sound for ~30 s. Do not evacuate unless it continues. "
    "Readers in the strongrooms: staff will escort you out if needed.",
    "Accession report for @@DO@@:\n1. 14 boxes of correspondence (1921-1968), mostly English & Irish\n"
    "2. 3 outsize folders of architectural drawings (fragile, tears along folds)\n"
    "3. 1 tin trunk: photographs, glass plate negatives (!!), a hymnal in Welsh\n"
    "Next: box list by @@DA@@, then the EAD in ArchivesSpace.",
    "Incident update (09:40): the Alma → Primo publishing job failed at 03:12 with `Publishing profile "
    "\"Primo VE\" failed: 12 records rejected (invalid 008)`. We're re-running for the delta only. No impact on "
    "loans, but new records from yesterday won't show in search until ~11:00.",
    "> On 13 Mar 2024, at 16:02, a reader wrote:\n> Dear Library, could I consult MS 408 on Tuesday? I'm "
    "researching the marginalia on ff. 12v-14r.\n\nReplied: yes, booked for Tue 10:00, cradle + snake weights "
    "ready, and the conservator will check the binding first.",
    "Offsite store run list (van leaves 07:30):\n- [x] 42 boxes SC/MS/1987 → Boston Spa\n- [ ] 6 map drawers → "
    "return\n- [ ] ILL parcel for Trinity College Dublin\n_can someone check the forecast for the M62?_",
    "Exhibition label draft:\n\"*Ink & Empire*: printed in Nuremberg in 1493, this chronicle's 1,809 woodcuts were "
    "made from just 645 blocks — look closely and you'll see Mainz, Naples and Damascus share a skyline.\" "
    "(62 words, the limit is 70)",
    "Stats for the SCONUL return 2023/24 (provisional): loans 184,203 (-3.1%), ILL out 1,204, ILL in 2,877, "
    "gate count 1,412,980, e-book section requests 3.2M, study seats 1,450, opening hours/week (term) 98.",
    "Welcome to our new trainee cataloguers! 👋 Week 1: RDA basics, MARC 21 fixed fields (008 is your friend), "
    "authority control (LCNAF, VIAF), and Friday's quiz: who can read 1700s long-s first? ſ ≠ f 😄",
]
COMMANDS = ["weather", "weather @@P@@", "weather @@P@@", "weather @@P@@", "weather in @@P@@", "Weather @@P@@ pls",
            "wether @@P@@", "remember location @@P@@", "remember location @@P@@", "my location", "forget location",
            "help", "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@AT@@",
            "config time @@AT@@", "config units metric", "config units imperial", "alerts on", "alerts off",
            "alerts", "login", "forget me", "hi jeeves", "help 🙏", "weather tomorrow?",
            "weather @@P@@ — courier run for the Wolfenbüttel loan", "is it raining at the offsite store?",
            "hours special collections", "renew @@CN@@", "find ti:hamlet AND au:shakespeare",
            "where is @@CN@@", "loan rules postgrad", "catalogue \"@@TI@@\"", "weather? 🌧️", "ILL status 2024-00417",
            "config alert_time 7.45", "config timezone Dublin", "remember location the library",
            "remember location Special Collections, Northmere NM1 4LB", "weather Hay-on-Wye (book fair)"]




def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


SLACK_MARKUP = re.compile(r"<[@#!][^<>]+>|<https?://[^<>]+>|(?<![\w:]):(?:[a-z][a-z0-9_-]*|\+1):(?!\w)")


class Library(WebApp):
    """The library's day: one seeded random source, each method one kind of request."""

    prefix, epoch = f"{NAME}-benign", EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, "nMuL1bRaRyV3r1fTok3n0x9Q", BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (0, 39600), (0, 39600)
    kid_first, client_id_after, context_bytes = True, "jti", 36
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write read", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.users = [self.sid("U0") for _ in range(140)]  # the workspace's members

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 9, 12, 17]):02d}:{self.pick(['00', '15', '30', '45', '50'])}"

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text
        simple = {"@@P@@": PLACES, "@@CN@@": CALL_NUMBERS, "@@TI@@": TITLES, "@@DO@@": DONORS, "@@DA@@": DATES,
                  "@@TZ@@": TIMEZONES}
        for key, values in simple.items():
            while key in out:
                value = self.pick(values)
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        while "@@M@@" in out:
            out = out.replace("@@M@@", f"<@{self.pick(self.users)}>" if slack else "@" + self.pick(STAFF)[1], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|record", "|finding aid", "|ticket", "|here", "|the rota"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        while "@@N@@" in out:
            out = out.replace("@@N@@", str(self.rng.randint(2, 58)), 1)
        while "@@AT@@" in out:
            out = out.replace("@@AT@@", self.alert_time(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "<!here> ", "hey @@M@@, ", "<!channel> "]) + text
        elif roll < 0.88:
            text = self.pick(["", "", "quick q: ", "ok so ", "fyi ", "this is what I get:\n", "does this look right?\n",
                              "@@M@@ "]) + self.pick(SNIPPETS)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "any idea why?", "fixed it, ignore 🙈", "cc @@M@@",
                                          "(from the staff client)", "works in Koha but not in Alma 🤷"])
        else:
            text = self.pick(LONG)
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!channel>", "\x01C"))
        return out.replace("\x01H", "<!here>").replace("\x01C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2", "3"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def slack_json(self, doc: dict[str, Any]) -> str:
        """Slack's JSON: forward slashes escaped; non-ASCII sometimes raw, sometimes \\u-escaped."""
        return json.dumps(doc, ensure_ascii=self.chance(0.4), separators=(",", ":")).replace("/", "\\/")

    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block for a message: raw characters, with mentions, links and emoji as elements."""
        elements: list[dict[str, Any]] = []
        at = 0
        for m in SLACK_MARKUP.finditer(text):
            if m.start() > at:
                elements.append({"type": "text", "text": unescape(text[at:m.start()])})
            piece = m.group(0)
            if piece.startswith("<@"):
                elements.append({"type": "user", "user_id": piece[2:-1]})
            elif piece.startswith("<#"):
                cid, _, _ = piece[2:-1].partition("|")
                elements.append({"type": "channel", "channel_id": cid})
            elif piece.startswith("<!"):
                elements.append({"type": "broadcast", "range": piece[2:-1]})
            elif piece.startswith("<"):
                url, _, label = piece[1:-1].partition("|")
                link: dict[str, Any] = {"type": "link", "url": unescape(url)}
                if label:
                    link["text"] = unescape(label)
                elements.append(link)
            else:
                elements.append({"type": "emoji", "name": piece.strip(":")})
            at = m.end()
        if at < len(text):
            elements.append({"type": "text", "text": unescape(text[at:])})
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, text: str, channel: str, channel_type: str | None, mention: bool) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": self.pick(self.users), "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.users + [BOT_USER])
        event["channel"] = channel
        event["event_ts"] = ts
        if channel_type:
            event["channel_type"] = channel_type
        return event

    def event(self, event: dict[str, Any], placement: str = "json") -> dict[str, Any]:
        return self.record("slack", placement, {"method": "POST", "uri": "/slack/events",
                                                "body": self.slack_json(self.envelope(event)),
                                                "headers": self.slack_headers("application/json")})

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.6) else self.chat_text()
        return self.event(self.message(text, self.sid("D0"), "im", False))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.5):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            chat = self.chat_text()
            text = self.pick([f"<@{BOT_USER}> {chat}", f"{chat} <@{BOT_USER}>", f"hey <@{BOT_USER}>, {chat}",
                              f"<@{BOT_USER}> weather {slack_escape(self.pick(PLACES))}? {chat}"])
        return self.event(self.message(text, cid, None, True))

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves's own reply in a DM, delivered back to it by message.im (it ignores it: bot_id)."""
        place = self.pick(PLACES)
        deg, wind, low = self.pick([("°C", "km/h", 0), ("°C", "km/h", 0), ("°F", "mph", 32)])
        text = (f"{place}: {self.pick(['light rain', 'overcast', 'clear sky', 'fog', 'snow showers', 'drizzle'])}, "
                f"{low + self.rng.randint(-6, 24)}{deg}, wind {self.rng.randint(2, 45)} {wind}; today "
                f"{low + self.rng.randint(-8, 10)}{deg} to {low + self.rng.randint(11, 26)}{deg}, "
                f"{self.rng.randint(0, 100)}% chance of precipitation")
        blocks = [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": text,
                                                                               "verbatim": False}},
                  {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                      {"type": "button", "action_id": "set_location", "text": {"type": "plain_text",
                                                                              "text": "Set as my location",
                                                                              "emoji": True}, "value": place}]}]
        ts = self.ts()
        event = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER, "ts": ts,
                 "app_id": APP_ID, "blocks": blocks, "team": TEAM,
                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH - 86400 * 40,
                                 "app_id": APP_ID, "team_id": TEAM, "icons": {
                                     "image_36": "https://avatars.slack-edge.com/2024-01-09/jeeves_36.png"}},
                 "channel": self.sid("D0"), "event_ts": ts, "channel_type": "im"}
        return self.event(event)

    def slack_edit(self) -> dict[str, Any]:
        """An edit in a DM, or Slack adding a link unfurl to a message just sent (message_changed)."""
        cid = self.sid("D0")
        old = self.message(self.chat_text() if self.chance(0.5) else self.command_text(), cid, "im", False)
        new = self.inner(old)
        if self.chance(0.5):
            link = self.pick(LINKS)
            new["text"] = old["text"] + f" <{slack_escape(link)}>"
            host = urllib.parse.urlsplit(link).hostname or ""
            new["attachments"] = [{
                "from_url": link, "original_url": link, "fallback": f"{host}: {self.pick(TITLES)}", "id": 1,
                "title": self.pick(TITLES) + self.pick(["", " / " + self.pick(STAFF)[0], " : a critical edition"]),
                "title_link": link, "service_name": host,
                "text": self.fill(self.pick(["Held by Northmere University Library. @@CN@@. Available.",
                                             "Digitised 2023. Rights: CC BY-NC 4.0. Shelfmark @@CN@@.",
                                             "1 online resource (xii, 412 pages) : illustrations, maps",
                                             "Finding aid for @@DO@@, 1921-1968 (14 boxes)."]), slack=False)}]
        else:
            new["text"] = old["text"] + self.pick([" (edited)", " — sorry, typo", " *", ", thanks!"])
            new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message":
                 self.inner(old),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event(event)

    def slack_delete(self) -> dict[str, Any]:
        cid = self.sid("D0")
        old = self.message(self.command_text(), cid, "im", False)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": cid, "previous_message": {k: v for k, v in old.items()
                                                      if k not in ("channel", "channel_type", "event_ts")},
                 "event_ts": self.ts(), "ts": self.ts(), "channel_type": "im"}
        return self.event(event)

    def slack_file(self) -> dict[str, Any]:
        name, mime, preview = self.pick([
            ("MS_408_f001r_raking-light.tif", "image/tiff", None),
            ("finding-aid_draft_v3.xml", "application/xml",
             "<ead xmlns=\"urn:isbn:1-931666-22-9\">\n  <eadheader>\n    <eadid>NMU-ARC-2</eadid>"),
            ("Koha report 214.sql", "text/plain",
             "SELECT b.cardnumber, i.barcode, iss.date_due\nFROM issues iss JOIN borrowers b USING (borrowernumber)"),
            ("accession-register-1987.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", None),
            ("Опись_фонда_1912.pdf", "application/pdf", None), ("strongroom-RH-March.csv", "text/csv",
                                                                "date,room,temp_c,rh\n2024-03-13,SR3,17.8,48\n"),
            ("label-drafts (final) v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             None), ("IMG_2291.HEIC", "image/heic", None), ("export.mrk", "text/plain",
                                                            "=LDR  00000nam a2200000 a 4500\n=245  10$aKalevala."),
        ])
        cid = self.sid("D0")
        text = self.pick(["", "", "see attached", "here's the scan 👆", "the report from this morning",
                          "can you check this?", "v2 with the donor's corrections"])
        event = self.message(slack_escape(text), cid, "im", False)
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        quoted = urllib.parse.quote(name)
        file: dict[str, Any] = {
            "id": fid, "created": EPOCH + self.rng.randint(0, 36000), "timestamp": EPOCH, "name": name,
            "title": name, "mimetype": mime, "filetype": name.rsplit(".", 1)[-1].lower(),
            "pretty_type": name.rsplit(".", 1)[-1].upper(), "user": event["user"], "user_team": TEAM,
            "editable": mime.startswith("text/"), "size": self.rng.randint(900, 48_000_000), "mode": "hosted",
            "is_external": False, "external_type": "", "is_public": False, "public_url_shared": False,
            "display_as_bot": False, "username": "",
            "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/{quoted.lower()}",
            "has_rich_preview": False, "file_access": "visible"}
        if preview:
            file["preview"] = preview
            file["preview_is_truncated"] = True
            file["lines"] = self.rng.randint(3, 900)
        event["files"] = [file]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.event(event)

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.pick(self.users), "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "clear_on_close": False, "notify_on_close": False, "root_view_id": self.sid("V0"),
                             "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.event(event)

    def slack_reaction(self) -> dict[str, Any]:
        event = {"type": "reaction_added", "user": self.pick(self.users),
                 "reaction": self.pick(["books", "+1", "pray", "white_check_mark", "umbrella", "scroll", "eyes"]),
                 "item": {"type": "message", "channel": self.sid("D0"), "ts": self.ts()}, "item_user": BOT_USER,
                 "event_ts": self.ts()}
        return self.event(event)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "nMuL1bRaRyV3r1fTok3n0x9Q", "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slash_command(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        user = self.pick(self.users)
        staff = self.pick(STAFF)
        fields = [("token", "nMuL1bRaRyV3r1fTok3n0x9Q"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user), ("user_name", staff[1]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        user, staff = self.pick(self.users), self.pick(STAFF)
        dm = self.chance(0.5)
        cid, cname = (self.sid("D0"), "directmessage") if dm else self.pick(CHANNELS)
        roll = self.rng.random()
        msg_ts = self.ts()
        ephemeral = roll >= 0.75 or self.chance(0.4)
        message: dict[str, Any] | None = None
        action: dict[str, Any]
        if roll < 0.75:
            place = self.pick(PLACES) if self.chance(0.8) else self.fill(self.pick(COMMANDS[1:4]), slack=False)[8:]
            action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": place, "type": "button", "action_ts": self.ts()}
            text = (f"{place}: {self.pick(['light rain', 'overcast', 'clear sky', 'mist'])}, "
                    f"{self.rng.randint(-5, 22)}°C, wind {self.rng.randint(3, 40)} km/h")
            if not ephemeral:
                message = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER,
                           "ts": msg_ts, "app_id": APP_ID, "team": TEAM, "blocks": [
                               {"type": "section", "block_id": action["block_id"][:3] + "s",
                                "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                               {"type": "actions", "block_id": action["block_id"], "elements": [
                                   {"type": "button", "action_id": "set_location", "text": action["text"],
                                    "value": place}]}]}
        elif roll < 0.88:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user, "username": staff[1], "name": staff[1], "team_id": TEAM},
            "api_app_id": APP_ID, "token": "nMuL1bRaRyV3r1fTok3n0x9Q",
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}}
        if message is not None:
            payload["message"] = message
        payload.update({"state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]})
        body = urllib.parse.urlencode([("payload", self.slack_json(payload))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API --------------------------------------------------------------------------------
    def api_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.4.0", "curl/7.81.0",
                        "Koha-cron/23.11.05", "folio-edge-sync/2.3 (+https://library.northmere.ac.uk/systems)",
                        "Go-http-client/1.1", "Grafana/10.4.1", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.4291",
                        "libcurl/8.5.0 r-curl/5.2.0 httr/1.4.7", "Java-http-client/17.0.10",
                        "Apache-HttpClient/5.2.1 (Java/17.0.10)", "GitLab-Runner 16.11.0 (16-11-stable; go1.21.9)"])
        client = self.pick(["alma-patron-sync", "folio.circ-notices", "gatecount-dashboard", "lib-systems-ci",
                            "aspace-rr-bot", "libcal_hours", "sconul-stats"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"])}
        if self.chance(0.97):
            h["Authorization"] = "Bearer " + self.jwt(client, self.pick(["read", "read write", "read write", "read"]))
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"nmu=t61rcWkgMzE,dd=s:1;o:rum;t.dm:-{self.pick('0123')}"
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"cron.{self.hexs(12)}",
                                           f"gl-{self.rng.randint(10**7, 10**8)}-{self.rng.randint(1, 9)}"])
        if self.chance(0.08):
            h["baggage"] = f"job=overdues-nightly,env=prod,owner={self.pick(['lib-systems', 'data-team'])}"
        if self.chance(0.05):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 25, 50, 100, 200, 400, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T04NMULIB7", "T07NMUARCH"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            return self.record("api", "query", {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(params),
                                                "headers": h})
        if roll < 0.48:
            return self.record("api", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 2400)}",
                                               "headers": h})
        if roll < 0.68:
            name, local = self.pick(STAFF)
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.35:
                doc = {"name": name, "email": f"{local}@northmere.ac.uk"}
            elif choice < 0.5:
                doc = {"name": name}
            elif choice < 0.65:
                doc = {"settings": {"timezone": self.pick(TIMEZONES), "alert_time": self.alert_time()}}
            elif choice < 0.78:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.5), "email": self.pick([f"{local}@northmere.ac.uk",
                                                                         f"{local}@archives.northmere.ac.uk"])}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8"])
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 2400)}",
                                               "body": json.dumps(doc, ensure_ascii=self.chance(0.35)),
                                               "headers": h})
        if roll < 0.84:
            day = self.rng.randint(1, 13)
            since = self.pick([f"2024-03-{day:02d}T00:00:00Z", f"2024-03-{day:02d}",
                               f"2024-03-{day:02d}T00:00:00+00:00", f"2024-02-{day + 10:02d}T06:00:00.000Z",
                               f"2024-03-{day:02d} 08:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-03-14T23:59:59Z", "2024-03-15", "2024-03-14T18:00:00+00:00"])))
            return self.record("api", "query", {"method": "GET", "uri": "/api/usage/stats?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.92:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches", "headers": h})
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*", "T07NMUARCH"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.4.0", "Swagger-Codegen/3.0.52/python", "Postman/10.24",
                                      "Stoplight/Prism", "python-requests/2.31.0"]), "Accept": "application/json"}
        return self.record("api", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})

    # ---- browsers ------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua, brand, platform = self.pick([
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
             "Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"', '"Windows"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
             "Safari/537.36 Edg/122.0.0.0", '"Chromium";v="122", "Not(A:Brand";v="24", "Microsoft Edge";v="122"',
             '"Windows"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/123.0.0.0 Safari/537.36", '"Google Chrome";v="123", "Not:A-Brand";v="8", "Chromium";v="123"',
             '"macOS"'),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", "", ""),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0", "", ""),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 "
             "Safari/605.1.15", "", ""),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.3.1 Mobile/15E148 Safari/604.1", "", ""),
            ("Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/122.0.6261.105 Mobile Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", '
             '"Google Chrome";v="122"', '"Android"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Slack/4.36.140 Chrome/120.0.6099.291 Electron/28.2.5 Safari/537.36 Sonic Slack_SSB/4.36.140",
             '"Not_A Brand";v="8", "Chromium";v="120"', '"macOS"'),
        ])
        h: dict[str, str] = {"User-Agent": ua}
        h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8" if brand else "text/html,application/xhtml+xml,application/xml;q=0.9,"
                       "*/*;q=0.8")
        h["Accept-Language"] = self.pick([
            "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "cy-GB,cy;q=0.9,en-GB;q=0.8,en;q=0.7",
            "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en;q=0.8",
            "pl-PL,pl;q=0.9,en-GB;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8",
            "ko-KR,ko;q=0.9,en-US;q=0.8", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "ar,en-GB;q=0.9,en;q=0.8",
            "he-IL,he;q=0.9,en-US;q=0.8", "el-GR,el;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en;q=0.8",
            "is-IS,is;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8", "en-US,en;q=0.5"])
        h["Accept-Encoding"] = "gzip, deflate, br" + (", zstd" if brand and self.chance(0.5) else "")
        if brand:
            h["sec-ch-ua"] = brand
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = platform
        h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Dest"] = "document"
        h["Sec-Fetch-Mode"] = "navigate"
        if form:
            h["Sec-Fetch-Site"] = "same-origin"
        elif referer:
            h["Sec-Fetch-Site"] = "same-site" if "northmere.ac.uk" in referer else "cross-site"
        else:
            h["Sec-Fetch-Site"] = "none"
        h["Sec-Fetch-User"] = "?1"
        if referer:
            h["Referer"] = referer
        if form:
            # the edge's pages are no-referrer: a browser's form post carries Origin: null and no Referer
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if "Firefox" in ua and self.chance(0.4):
            h["DNT"] = "1"
            h["Sec-GPC"] = "1"
        if brand and self.chance(0.5):
            h["Priority"] = "u=0, i"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.25):
            extra.append(self.ga_cookie())
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(1, 90)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            consent = {"necessaryCookies": [], "optionalCookies": {"analytics": self.pick(["accepted", "revoked"])},
                       "statement": {}, "consentDate": EPOCH * 1000 - self.rng.randint(0, 10**9), "consentExpiry": 90,
                       "interactedWith": True, "user": self.uuid().upper()}
            extra.append(("CookieControl", urllib.parse.quote(json.dumps(consent, separators=(",", ":")), safe="")))
        if self.chance(0.1):
            extra.append(("nmu_lang", self.pick(["en", "cy", "ga", "gd"])))
        items = list(pairs) + extra
        return "; ".join(f"{k}={v}" for k, v in items)

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("gecko" if "Firefox" in ua else "webkit")
        return self.multipart_form(boundary, fields)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            name, local = self.pick(STAFF)
            q = self.pick([name, name.split()[0], name.split()[-1], f"{local}@northmere.ac.uk", local,
                           self.pick(self.users), TEAM, "@archives.northmere.ac.uk", name.lower(), "o'donoghue",
                           "d'arcy", "müller", "nguyen", "ó faoláin", "smythe-bellingham", "ben-david",
                           "Jaroszewski", "reading room", "@northmere.ac.uk", "T07NMUARCH", "соколова", "田中"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/users?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.4:
            name, local = self.pick(STAFF)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                      ("q", self.pick([name, f"{local}@northmere.ac.uk", "", local])),
                      ("page", str(self.rng.randint(1, 4)))]
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            flag = self.pick(["active", "admin", "active"])
            return self.record("admin", "form", {"method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 2400)}/"
                                                 f"{flag}", "body": urllib.parse.urlencode(fields), "headers": h})
        if roll < 0.5:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"])),
                          ("team_id", self.pick(["", "", TEAM, "t07nmuarch", "T07NMUARCH"]))]
                uri = "/admin/features"
            else:
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, "T07NMUARCH"]))]
                uri = "/admin/features/remove"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                                 "headers": h})
        if roll < 0.6:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "login.slack", "feature.set", "client.create",
                           "client.rotate", "client.disable", "admin.map_slack", "account.totp_enable",
                           self.pick(STAFF)[1], "denied", "failed", "alma-patron-sync", "2024-03-13", "T04NMULIB7"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.25) else [])
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/audit?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.74:
            h = self.browser_headers(self.pick([None, None, "https://intranet.northmere.ac.uk/lib-systems/tools"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/audit",
                              "/admin/clients", "/admin/gateway", "/admin/account", "/admin/slack-sign-in",
                              "/admin/users?done=user_updated&q=O%27Donoghue&page=1",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/slack-sign-in?done=mapped", "/admin/audit?page=3"])
            return self.record("admin", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.76:
            h = self.browser_headers()
            h["Accept"] = "text/css,*/*;q=0.1"
            h["Sec-Fetch-Dest"] = "style"
            h["Sec-Fetch-Mode"] = "no-cors"
            h.pop("Sec-Fetch-User", None)
            h.pop("Upgrade-Insecure-Requests", None)
            if self.chance(0.5):
                h["If-Modified-Since"] = "Mon, 04 Mar 2024 09:12:44 GMT"
            return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})
        if roll < 0.8:
            h = self.browser_headers(self.pick([None, "https://intranet.northmere.ac.uk/lib-systems/tools"]))
            nxt = self.pick(["/admin/", "/admin/users", "/admin/users?q=O%27Donoghue", "/admin/clients",
                             "/admin/audit?q=login"])
            uri = "/admin/login" + (f"?next={urllib.parse.quote(nxt, safe='/')}" if self.chance(0.6) else "")
            return self.record("admin", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.86:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\""
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            if self.chance(0.3):
                password = self.pick(["Vellum", "Incunable", "Palimpsest", "Colophon", "Quire", "Marginalia"]) + \
                    "-" + self.pick(["Wolfenbüttel", "Ibadan", "Tromsø", "Leiden", "Dunedin"]) + \
                    f"-{self.rng.randint(1450, 1999)}" + self.pick(["!", "?", "#", "&", "%", ""])
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["lib-systems", "s.nibhriain", "k.mensah", "i.halvorsen", "admin"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.93:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            cid = self.pick(["alma-patron-sync", "folio.circ:notices", "aspace-rr-bot", "libcal_hours",
                             "gatecount.grafana", "sconul-stats-2024", "leganto-lists", "goobi.iiif-scheduler"])
            sub = self.rng.random()
            if sub < 0.6:
                desc = self.pick([
                    "Alma → Jeeves: nightly patron sync (Library Systems, ext. 4471)",
                    "FOLIO mod-circulation overdue notices; contact lib-systems@northmere.ac.uk",
                    "ArchivesSpace reading-room bot — answers \"Is the Special Collections RR open?\"",
                    "Grafana: gate counts & weather for the reading rooms (read-only)",
                    "LibCal ↔ Jeeves opening-hours sync, runs */15 * * * * from lib-cron-02",
                    "Leganto reading lists importer (owner: Pilar Núñez; scopes: read)",
                    "Digitisation studio scheduler (Goobi → IIIF manifests), O'Reilly-Hughes' team",
                    "SCONUL return 2023/24 — usage stats export to Excel, delete after 31/07/2024",
                    "Test client for the Welsh-language (Cymraeg) bot replies — do not use in prod", ""])
                fields = [("csrf_token", csrf), ("client_id", cid), ("description", desc), ("scopes", "read")]
                if self.chance(0.35):
                    fields.append(("scopes", "write"))
                return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
            op = self.pick(["rotate", "disable", "enable"])
            return self.record("admin", "form", self.form_request(f"/admin/clients/{cid}/{op}", h, [("csrf_token",
                                                                  csrf)]))
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.4:
            fields = [("csrf_token", csrf), ("username", self.pick(["lib-systems", "s.nibhriain", "k.mensah"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.users))]
            uri = "/admin/slack-sign-in"
        elif sub < 0.5:
            fields = [("csrf_token", csrf), ("username", self.pick(["i.halvorsen", "k.mensah"]))]
            uri = "/admin/slack-sign-in/remove"
        elif sub < 0.65:
            fields, uri = [("csrf_token", csrf)], "/admin/account/totp/start"
        elif sub < 0.85:
            secret = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            fields = [("csrf_token", csrf), ("totp_pending", secret), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            uri = "/admin/account/totp/confirm"
        elif sub < 0.93:
            fields, uri = [("csrf_token", csrf)], "/admin/logout"
        else:
            fields = [("csrf_token", csrf), ("password", self.pick(["Colophon-Leiden-1625#", "quire&catchword42"]))]
            uri = "/admin/account/totp/disable"
        return self.record("admin", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser_headers(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Sec-Fetch-Dest"] = "document"
            return self.record("me", "cookie", {"method": "GET", "uri": uri, "headers": h})
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.62:
            place = self.pick(PLACES + ["Main Library, 1 Quay St, Northmere NM1 4LB", "Offsite store (Boston Spa)",
                                        "Queen's University Belfast", "Bibliothèque nationale de France, Paris",
                                        "Staatsbibliothek zu Berlin – Haus Unter den Linden"])
            fields = [("csrf_token", csrf), ("place", place)]
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick(TIMEZONES))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        if uri in ("/me/location", "/me/settings") and self.chance(0.25):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                          "headers": h})

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "https://intranet.northmere.ac.uk/staff/it-services/slack"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.36:
            h = self.browser_headers()
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.58:
            state = self.token()
            h = self.browser_headers("https://slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12, short=True)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.7:
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.85:
            h = self.browser_headers(self.pick(["https://app.slack.com/", None]))
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser_headers(form=True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ---------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["alma-patron-sync", "folio.circ:notices", "gatecount.grafana", "lib-systems-ci",
                            "aspace-rr-bot", "libcal_hours", "sconul-stats-2024"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.4.0", "Go-http-client/1.1",
                                      "Apache-HttpClient/5.2.1 (Java/17.0.10)", "Koha-cron/23.11.05",
                                      "libcurl/8.5.0 r-curl/5.2.0 httr/1.4.7"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=utf-8"])}
        user = urllib.parse.quote_plus(client)
        basic = "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.82:
            fields = [("token", token)] + ([("audience", "jeeves")] if self.chance(0.3) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields))
        fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
        return self.record("oauth", "form", self.form_request("/oauth/revoke", h, fields))

    def verify(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "lua-resty-http/0.17.1", "curl/8.4.0"]),
             "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
        fields = [("access_token", self.jwt(self.pick(["alma-patron-sync", "lib-systems-ci"]), "read"))]
        if self.chance(0.4):
            fields.append(("audience", "jeeves"))
        return self.record("verify", "form", self.form_request("/verify_token", h, fields))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(["kube-probe/1.28", "Blackbox Exporter/0.24.0", "Uptime-Kuma/1.23.11", "curl/8.4.0",
                            "Zabbix", "check_http/v2.4.9 (monitoring-plugins 2.4.9)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "9.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz"]), "headers": h})
        if roll < 0.75:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/1.1", "lua-resty-http/0.17.1",
                                          "jwks-rsa/3.1.0", "python-httpx/0.27.0"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("metadata", "header", {"method": "GET", "uri": "/.well-known/jwks.json",
                                                      "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.0", "curl/8.4.0"]),
             "Accept": "application/json"}
        return self.record("metadata", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "headers": h,
                                                  "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 240), ("slack_mention", 180), ("slack_bot_echo", 40), ("slack_edit", 50), ("slack_delete", 10),
    ("slack_file", 30), ("slack_home", 40), ("slack_reaction", 10), ("slash_command", 300), ("button_click", 140),
    ("api", 250), ("admin", 150), ("me", 90), ("auth", 60), ("oauth", 60), ("verify", 15), ("health", 45),
]


def attacks() -> Iterator[dict[str, Any]]:
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The day, kinds interleaved in a seeded order (the URL verification first, as when the app was set up)."""
    lib = Library()
    todo = [name for name, count in PLAN for _ in range(count)]
    lib.rng.shuffle(todo)
    yield lib.slack_verification()
    for name in todo:
        yield getattr(lib, name)()
