"""Benign evaluation set (sixtieth): a public library network's ordinary traffic through the edge, benign only.

The company is Cedarbrook Public Library, a city library network in Ontario: the Central Library, five branches
(Riverside, Eastgate, Millpond, Kingsway, Chinatown) and a bookmobile, sharing interlibrary loans with the Lakeland
Library Cooperative (its own Slack workspace). Its circulation clerks, reference and children's librarians,
cataloguers, program staff, bookmobile drivers and branch managers use Jeeves to check the weather before outdoor
storytimes, bookmobile stops and snow-closure calls, and they talk to it the way they talk to each other: ISBNs and
call numbers (005.133 PYT, J UKR FIC), catalogue searches with quotes, AND/OR/NOT and field prefixes, due dates,
fines and fees, hold shelves, event listings, interlibrary loan requests with OCLC numbers, room bookings, patron
questions in many languages and scripts, reading lists whose titles are full of punctuation, MARC fields, circulation
numbers and long catalogue links.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API with a bearer
JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token, `/me/`, Sign in with Slack
and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds what a library
needs that they lack: file shares of flyers and MARC batches, unfurled catalogue links and Jeeves' echoed replies.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtieth"
SEED = 60_2025_0121
EPOCH = 1737464400  # 2025-01-21 13:00 UTC (08:00 in Cedarbrook), a Tuesday: snow overnight, storytime at 10:30
TEAM, TEAM_DOMAIN = "T05CBPL2WX", "cedarbrook-library"
PARTNER_TEAM, PARTNER_DOMAIN = "T03LKCQP8N", "lakeland-coop"  # the interlibrary loan cooperative's workspace
APP_ID, BOT_USER, BOT_ID = "A07JVS4HB2", "U07JVSBT3Q", "B07JVSBT5K"
HOST = "jeeves.cedarbrooklibrary.ca"
BASE = f"https://{HOST}"

FIRST = ["Thu Trang", "Harpreet", "Gurpreet", "Fatima", "Abdirahman", "Hodan", "Ji-woo", "Mei", "Wei", "Rosalind",
         "Étienne", "Geneviève", "Kateryna", "Bohdan", "Marisol", "José Luis", "Rania", "Parisa", "Dariush",
         "Kavitha", "Senthil", "Maricel", "Jomar", "Agnieszka", "Wojciech", "Aoife", "Moira", "Tyrone", "Keisha",
         "Nathaniel", "Chiamaka", "Olamide", "Ingrid", "Sven", "Rahel", "Tsegaye", "Noa", "Anjali", "Zoë", "Hùng"]
LAST = ["Nguyễn", "Singh", "Kaur", "Dhillon", "Mohamed", "Warsame", "Park", "Chen", "Wong", "Tremblay", "Gagnon",
        "Côté", "Kovalenko", "Shevchenko", "Hernández", "Ramírez", "Haddad", "Karimi", "Moradi", "Subramaniam",
        "Santos", "dela Cruz", "Nowak", "Wiśniewski", "O'Brien", "MacLeod", "Thompson", "Okafor", "Adeyemi",
        "Johansson", "Bekele", "Goldberg", "Patel", "Lê", "St-Pierre", "Fraser-Nakamura", "D'Angelo", "Bélanger"]
BRANCHES = [("Central Library", "250 Queen St W, Cedarbrook, ON L4K 2R1"),
            ("Riverside Branch", "18 Mill Rd, Cedarbrook, ON L4K 3B6"),
            ("Eastgate Branch", "1401 Eastgate Blvd, Unit 4, Cedarbrook, ON L4J 7H2"),
            ("Millpond Branch", "77 Pond St, Cedarbrook, ON L4L 1A9"),
            ("Kingsway Branch", "3300 Kingsway Dr, Cedarbrook, ON L4H 0K5"),
            ("Chinatown Branch", "455 Dundas Ave, 2nd floor, Cedarbrook, ON L4K 5E3"),
            ("the bookmobile depot", "9 Service Rd, Bay 3, Cedarbrook, ON L4J 2Z8")]
BRANCH_NAMES = [b[0] for b in BRANCHES[:6]] + ["Central", "Riverside", "Eastgate", "Millpond", "Kingsway"]
BRANCH_ADDRS = [b[1] for b in BRANCHES]
# Where the bookmobile parks, as the drivers write it.
STOPS = ["Elm St & 5th Ave (No Frills lot)", "Sunnyview Seniors' Residence, 40 Garden Ave",
         "Harmony Public School, 21 Birch Cres", "Maple Grove Community Centre", "Lakeview Mobile Home Park, Lot 44",
         "St. Anne's Catholic Elementary (back lot)", "Cedarbrook GO station, north lot",
         "Hillcrest Co-op, 1188 Bayview Rd", "Jubilee Park splash pad", "Ridgeway Plaza (by the Tim Hortons)"]
PLACES = ["Cedarbrook", "Cedarbrook, ON", "Toronto", "Mississauga", "Brampton", "Vaughan", "Markham", "Barrie",
          "Kitchener-Waterloo", "Guelph", "Hamilton", "St. Catharines", "Niagara-on-the-Lake", "Peterborough",
          "Sault Ste. Marie", "Thunder Bay", "Ottawa", "Kingston", "Montréal", "Québec", "Trois-Rivières",
          "Gatineau", "Halifax", "St. John's", "Winnipeg", "Lake Simcoe", "Wasaga Beach", "Kyiv", "Lviv", "Manila",
          "Quezon City", "Ludhiana", "Chennai", "Seoul", "Hà Nội", "Thành phố Hồ Chí Minh", "Tehran", "Mogadishu",
          "Addis Ababa", "São Paulo", "Guadalajara", "Kraków", "上海", "Київ", "서울", "L4K 2R1", "L4J 7H2", "M5V 3L9",
          "43.8361, -79.5083", "43.85,-79.52", "Denver (ALA LibLearnX)", "Phoenix, AZ"]
TIMEZONES = ["America/Toronto", "America/Toronto", "America/Toronto", "America/Vancouver", "America/Winnipeg",
             "America/Halifax", "America/St_Johns", "America/New_York", "Europe/Kyiv", "Asia/Manila", "Asia/Kolkata",
             "Asia/Shanghai", "Asia/Seoul", "Asia/Ho_Chi_Minh", "Asia/Tehran", "Africa/Mogadishu",
             "America/Mexico_City", "Europe/Warsaw", "UTC", "America/Denver"]

TITLES = ["Are You There God? It's Me, Margaret.", "Don't Let the Pigeon Drive the Bus!",
          "The Hitchhiker's Guide to the Galaxy", "Gödel, Escher, Bach: an Eternal Golden Braid",
          "Harry Potter and the Philosopher's Stone", "Tomorrow, and Tomorrow, and Tomorrow",
          "Eats, Shoots & Leaves", "Where'd You Go, Bernadette", "Crying in H Mart",
          "Diary of a Wimpy Kid #18: No Brainer", "Percy Jackson & the Olympians: The Lightning Thief",
          "Who Was Frida Kahlo?", "The 7 Habits of Highly Effective People", "Dog Man: Twenty Thousand Fleas Under "
          "the Sea", "Python Crash Course, 3rd Edition", "Learning SQL: Generate, Manipulate, and Retrieve Data",
          "C++ Primer (5th ed.)", "Windows 11 For Dummies", "R for Data Science (2e)", "The Very Hungry Caterpillar",
          "Le Petit Prince", "Cien años de soledad", "三体 (The Three-Body Problem)", "Хлопчик у смугастій піжамі",
          "Moon of the Crusted Snow", "The Marrow Thieves", "Indian Horse", "Anne of Green Gables",
          "The Handmaid's Tale", "Five Little Indians", "What If? 2: Additional Serious Scientific Answers to "
          "Absurd Hypothetical Questions", "#Girlboss", "A Court of Thorns and Roses", "It Ends with Us",
          "The Body Keeps the Score", "I Know Why the Caged Bird Sings", "Where the Crawdads Sing",
          "Project Hail Mary", "The Dawn of Everything", "Klara and the Sun", "Pachinko", "Braiding Sweetgrass",
          "Cloudy With a Chance of Meatballs", "Ang Alamat ng Ampalaya", "Nhật ký trong tù", "Salt to the Sea",
          "Oh, the Places You'll Go!", "Good Night, Moon / Buenas noches, Luna", "Fourth Wing (Empyrean, #1)",
          "The Paper Bag Princess", "Mortimer", "When I Was Eight", "A Is for Activist", "1984", "Fahrenheit 451",
          "Lessons in Chemistry", "Atomic Habits: Tiny Changes, Remarkable Results", "Hamnet"]
ISBNS = ["978-1-7185-0270-3", "9781718502703", "978-1-4920-5767-9", "9780593135204", "0-06-112008-1",
         "978-0-7352-1909-0", "9780439708180", "978-2-07-040850-4", "978-0-385-49081-8", "9781771642590",
         "978-1-55451-037-2", "978-0-14-043724-4", "9780316353670", "978-1-64937-404-2", "ISBN 9780802162175",
         "978-0-920668-37-6", "9780735224292 (pbk.)", "978-89-364-7293-1", "9786162140345", "978-966-03-7429-8"]
CALLNOS = ["005.133 PYT", "005.7565 BEA", "005.133 C++ LIP", "004.16 RAT", "641.5951 CHA", "641.59519 KIM",
           "FIC ATW", "FIC ZEV", "J 599.75 SMI", "J FIC MUN", "JE WIL", "J UKR FIC", "J TAG LIB", "YA FIC COL",
           "YA GN DOG", "REF 030 ENC", "REF 971.3 HIS", "DVD 791.4372 PAR", "LP FIC PEN", "FR JF MUN", "B OBA",
           "929.3713 ONT", "428.24 ENG", "741.5973 SPI", "VIE FIC NGU", "CHI FIC LIU", "PUN 891.42 AMR",
           "332.024 CAN 2025", "362.2 VAN", "613.7046 YOG", "971.004 KIN"]
SEARCHES = [
    'ti:"the left hand of darkness" AND au:"le guin"', '"climate change" AND (juvenile OR "young adult") NOT fiction',
    "su:knitting AND la:fre", "isbn:9781718502703", 'au:(munsch OR "mo willems") format:book',
    "kw:ramen OR kw:noodles", 'title:(dog man) AND format:"graphic novel"', "cookbook* AND (korean OR 한식)",
    '"Harry Potter" NOT "Cursed Child"', 'callnumber:"005.133 PYT"', 'su:"Ukrainian language -- Readers"',
    'contributor:"Tolkien, J. R. R. (John Ronald Reuel), 1892-1973"', "anywhere:esl AND audience:adult",
    'pubyear:[2020 TO 2025] AND su:"artificial intelligence"', "colo?r theory", 'au:"Atwood, Margaret" NOT handmaid',
    "(Tagalog OR Filipino) AND juvenile", 'series:"Diary of a Wimpy Kid"', "su:genealogy AND ontario AND 1850..1900",
    'ti:"three-body problem" la:chi', "python AND (beginner* OR intro*)", "dewey:641.59*",
    '"residential schools" AND (memoir OR biography)', 'ti:"oh, the places you\'ll go"']
DUES = ["due Feb 11", "due 2025-02-04", "due 11/02/2025", "due back Tue Feb 4", "due 04/02/25 at closing",
        "overdue since Dec 23", "3 weeks (21 days)", "due Jan 28 (renewed 2x, max 3)", "due today!",
        "due 2025-01-14 — 7 days overdue", "7-day loan, due Jan 28"]
FINES = ["$0.25/day for adult books, max $10 per item", "$3.75 overdue on a DVD ($1/day, capped at $5)",
         "lost item fee $34.99 + $5.00 processing = $39.99", "$12.50 — over the $10 threshold, so the card is blocked",
         "we waived $6.40 (snow closure last week)", "kids' cards have been fine-free since Jan 2022 🎉",
         "water damage, charge list price ($27.95 CAD)", "replacement card $2.00",
         "printing 15¢ b/w, 50¢ colour per page", "ILL fee $5 (non-refundable), lost ILL = $95 set by the lender",
         "$1.50 owing, under the threshold, let them borrow", "collections agency at $50+ (policy CIRC-07)"]
EVENTS = ["Baby Time (0–18 mos) Tue 10:30, Children's Room", "Family Storytime — Wed 10:30 & Sat 11:00",
          "ESL Conversation Circle, Thu 6–7:30 pm, Room B", "Free Tax Clinic (CVITP), Sat Mar 8, by appointment",
          "Lunar New Year craft — Sat Feb 1, 2–3:30 pm 🧧", "Teen Minecraft Night (ages 12–17), Fri 6–8",
          "Author talk, Mar 12 7 pm, Central auditorium", "Knit & Natter, Mondays 1–3", "Seed Library launch 🌱 Mar 22",
          "Résumé & job search help with Cedarbrook Employment Services", "Chess Club ♟️ Tuesdays 4–5:30",
          "Black History Month film night: \"Hidden Figures\" (PG), Feb 20", "Intro to Python for adults (6 weeks), "
          "Makerspace, Wed 7–8:30", "Bilingual storytime / Heure du conte bilingue, Sat 10:00",
          "Book Club: \"Tomorrow, and Tomorrow, and Tomorrow\" — Thu Jan 30, 7 pm", "outdoor StoryWalk® at "
          "Jubilee Park (weather permitting!)", "Winter Reading Challenge kickoff ❄️📚", "Tech Help Drop-in, Sat 1–3"]
ROOMS = ["Room B (cap. 12) Tue 6–8 pm, Ukrainian Community Choir rehearsal",
         "Study Room 2, 2 h max, booked under card %CARD%",
         "Program Room A+B combined (cap. 60) for the Tamil Heritage Month event, Sat Jan 25 1–5 pm, setup 12:30",
         "Makerspace: Cricut + 3D printer, 1 h slots, waiver signed", "Boardroom, Central 3rd floor — Friends of the "
         "Library AGM, Wed Feb 12, 7 pm", "Quiet Study Room 4 – double-booked?!",
         "Community Room (Millpond) 9:00–12:00 for the CNIB tech session", "Room C, Sat 10–12, Somali homework club",
         "Auditorium Feb 20 6:30–9 pm, film night, needs the projector + mic"]
ILLS = ["request #ILL-25-0117: \"The Dawn of Everything\" (Graeber & Wengrow), OCLC 1264719862, from Lakeland "
        "Coop, pickup at %BRANCH%",
        "OCLC #47093815, 1978 MA thesis, University of Guelph — non-circulating, asked for a scan of ch. 3",
        "ILL #25-0142 arrived for %PATRON%, due back to Ottawa PL %DUE%, in-library use only",
        "borrowing request cancelled: the only copy in the coop is \"Lost — paid\"",
        "lending request from Barrie PL for 929.3713 ONT (Ontario land records) — ref only, said no",
        "RapidILL article request: J. Libr. Adm. 64(3), pp. 245–267 (2024), doi:10.1080/01930826.2024.2330512",
        "patron wants the 2nd ed. specifically (1998), ISBN 0-201-63361-2 — 4 libraries in WorldCat have it",
        "%PATRON% asked for a Punjabi translation of \"Pachinko\" — no holdings in Canada, suggested purchase"]
PATRONS = ["Mrs. Whitfield", "Mr. Trần Văn Long", "the Okafor family", "Ms. D'Souza", "Dr. Agnieszka Nowak-Kowalska",
           "Abdirahman W.", "María José (card ending 2345)", "the Patels (family card)", "Mr. O'Connor",
           "a grandmother who only speaks Cantonese", "Ji-hoon's dad", "Sister Bernadette from St. Anne's",
           "the homeschool group (Mrs. Lévesque)", "Mr. & Mrs. Haddad"]
CARDS = ["21187004512345", "2 1187 00398 7710", "21187 00620 4482", "…8841", "21187005109263", "D21187000731"]
WHEN = ["Tue 10:30", "tomorrow at 9", "Sat 11:00–11:45", "this afternoon", "2025-01-22T10:30-05:00", "at 4 pm",
        "Thursday 6:30pm", "22/01 à 10 h", "Sat Jan 25, 2pm", "after close (9pm)", "before we open", "noon"]
PHONES = ["(905) 555-0143", "905-555-0199 ext. 2207", "+1 416 555 0182", "1-800-555-0111", "289.555.0176",
          "+380 44 555 0123", "(905) 555-0100 (Central info desk)"]
ASKS = ["¿Cuántos libros puedo sacar con mi tarjeta? ¿Y hasta cuándo los tengo?",
        "Est-ce que je peux renouveler mes livres en ligne ? Mon NIP ne fonctionne plus.",
        "我想借中文的小说，请问在哪一层？", "請問有沒有廣東話的兒童故事書？",
        "Чи є у вас книжки українською для дітей 5–7 років?", "هل يمكنني طباعة مستندات هنا؟ كم سعر الصفحة؟",
        "ਕੀ ਮੈਂ ਇੱਥੇ ਪੰਜਾਬੀ ਅਖ਼ਬਾਰ ਪੜ੍ਹ ਸਕਦਾ ਹਾਂ?", "Pwede po bang mag-renew ng library card kahit expired na?",
        "어린이 책을 몇 권까지 빌릴 수 있나요?", "Thư viện có lớp học tiếng Anh miễn phí không ạ?",
        "آیا برای استفاده از کامپیوترها باید وقت بگیرم؟", "Czy mogę zarezerwować salę na spotkanie w sobotę?",
        "Sideen ku heli karaa kaarka maktabadda?", "உங்களிடம் தமிழ் புத்தகங்கள் இருக்கிறதா?",
        "Posso devolver os livros em outra biblioteca?", "Do you have the book with the blue cover about the dog "
        "who goes to space? my son read it last year", "my kid lost a book can I just pay for it?? how much",
        "Is the library open on Family Day?", "how do i get libby on my kobo", "can I borrow a laptop or a hotspot?"]
FILES = ["Storytime_flyer_Feb2025 (final).pdf", "ILL_request_ILL-25-0117.pdf", "Room B booking – Ukrainian choir.docx",
         "circ_stats_2024-Q4.xlsx", "IMG_4471.HEIC", "snow-closure-notice_FR-EN.png", "Weeding list 005–006.csv",
         "Reading list – Grade 5 (Ms. O'Brien).docx", "bookmobile_route_winter_v3.pdf", "damaged_book_photo.jpg",
         "Lunar New Year 🧧 poster.png", "MARC_batch_20250120.mrc", "Spine labels J UKR FIC.pdf",
         "Programs & Events — Winter 2025.pdf", "StoryWalk_pages_1-14.zip"]
EMOJI = [":books:", ":book:", ":snowflake:", ":bookmark:", ":closed_book:", ":pray:", ":tada:", ":eyes:",
         ":white_check_mark:", ":sweat_smile:", ":bus:", ":snowman:", ":coffee:", ":raised_hands:",
         "📚", "📖", "❄️", "☃️", "🎉", "🙏", "😅", "🔖", "🚌", "🧧", "🇺🇦", "🇨🇦", "✅", "👀", "🥶"]
CATALOGUE_LINKS = [
    "https://cedarbrook.bibliocommons.com/v2/search?query=%22python%20crash%20course%22&searchType=smart",
    "https://cedarbrook.bibliocommons.com/v2/record/S118C2291347",
    "https://cedarbrook.bibliocommons.com/v2/search?custom_edit=false&query=(anywhere%3A(climate%20change)%20AND"
    "%20audience%3A%22juvenile%22)&searchType=bl&suppress=true",
    "https://cedarbrook.bibliocommons.com/v2/list/display/1129384017/2294710233",
    "https://cedarbrook.bibliocommons.com/events/search/q=storytime/fq=branch_location_id:(CB-RIV)",
    "https://search.worldcat.org/search?q=ti%3Athe+dawn+of+everything+au%3Agraeber&datePublished=2021-2025",
    "https://search.worldcat.org/title/1264719862",
    "https://openlibrary.org/isbn/9780593135204",
    "https://libbyapp.com/library/cedarbrook/generated-99817/page-1/9125743",
    "https://cedarbrooklibrary.libcal.com/reserve/studyrooms?lid=4417&gid=8823",
    "https://cedarbrooklibrary.libcal.com/event/13570291",
    "https://www.eventbrite.ca/e/lunar-new-year-craft-cedarbrook-public-library-tickets-1118295730019",
    "https://catalog.hathitrust.org/Record/001234567",
    "https://books.google.ca/books?id=hP9xEAAAQBAJ&printsec=frontcover&hl=en",
    "https://www.loc.gov/item/2022944312/",
    "https://id.loc.gov/authorities/subjects/sh85109250.html",
    "https://lakeland-coop.on.worldcat.org/search?queryString=kw%3A%22land+records%22+AND+su%3Aontario",
    "https://docs.google.com/spreadsheets/d/1cBpL-circStats2024Q4x7/edit#gid=1843290",
    "https://weather.gc.ca/city/pages/on-143_metric_e.html",
    "https://intranet.cedarbrooklibrary.ca/policies/CIRC-07_fines-and-fees.pdf#page=3",
    "https://www.ola.org/en/legislative-business/bills/parliament-43/session-1/bill-118",
]
LINK_LABELS = ("", "", "", "|catalogue", "|this record", "|WorldCat", "|LibCal", "|here")

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %BADDR%", "weather in %PLACE% tomorrow", "weather %BRANCH%", "weather %BRANCH%?",
    "weather for the bookmobile stop at %STOP%", "weather %STOP% this afternoon", "weather", "weather please",
    "wether %PLACE%", "weahter %BRANCH%", "weather %PLACE%?", "weather near %PLACE% this evening",
    "Weather %PLACE% :snowflake:", "weather %PLACE% %EMOJI%", "remember location %BADDR%",
    "remember location %BRANCH%", "remember location %PLACE%", "remember location Cedarbrook Public Library – %BRANCH%",
    "remember location %STOP%", "my location", "forget location", "help", "config", "config timezone %TZ%",
    "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config units metric",
    "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "is it going to snow at %BRANCH% %WHEN%?", "do we need to cancel outdoor storytime at %BRANCH%?",
    "hi Jeeves 👋", "thanks!", "merci", "what can you do?", "help me", "weather Cedarbrook, ON",
    "config alert_time 6:45", "config timezone Toronto", "weather %PLACE% — %EVENT%", "weather at %STOP% %WHEN%",
]
CHAT = [
    "Hold shelf at %BRANCH% is overflowing again — 212 items, 38 expired. Can someone pull the expired ones before 10?",
    "Patron (card %CARD%) says %TITLE% went in the book drop on Saturday but it's still on their account, %DUE%. "
    "Checked the shelf at %CALL%, not there %EMOJI%",
    "ILL: %ILL%",
    "%WHO% can you cover the reference desk 2–4pm? I have %EVENT%",
    "New in cataloguing: %TITLE% (ISBN %ISBN%), call number %CALL%",
    "tip: search %SEARCH% in the catalogue, the default keyword search buries it",
    "Patron at the desk searched `%SEARCH%` and got 0 results?? Same search works on my PC",
    "Room booking: %ROOM%",
    "Fines question from %PATRON%: %FINE%",
    "A patron asked: \"%ASK%\" — anyone free to help at the %BRANCH% desk?",
    "Can anyone read this? Note left at the returns desk: %ASK%",
    "Reading list for the Grade 5 class visit: %TITLE%; %TITLE%; %TITLE%",
    "Bookmobile running 20 min late, stuck behind a plow near %STOP% ❄️",
    "snow day? If the board closes schools we open at noon. Watch #snow-closures",
    "Lost item: %TITLE% (%CALL%), %FINE%",
    "The self-checkout at %BRANCH% says \"Please see staff\" for every DVD 😩",
    "SIP2 connection to the sorter dropped again at 09:12, restarted the service",
    "Reminder: %EVENT% — registration is full (25/25), 8 on the waitlist",
    "%WHO% is the 3D printer free %WHEN%? A teen wants to print a chess set for Chess Club",
    "Libby holds for %TITLE% are 47 deep on 6 copies — put in a purchase suggestion for 4 more",
    "Weeding 005.1–005.7: anything older than 2015 goes unless it's a classic (K&R stays!)",
    "the Ukrainian kids' books are J UKR FIC, not J FIC UKR — fixing the spine labels today",
    "Donation: 3 boxes of National Geographic 1987–1994. Do we say no thank you?",
    "printer in the computer lab jammed, patron printing a 40-page PDF (T1 General 2024) 🙃",
    "ok", "👍", "thanks!!", "on my way to %BRANCH%", "sorry wrong channel", "lol", "merci 🙏",
    "%WHO% %WHO% please see thread re: %ROOM%",
    "Overdue notices went out this morning: 1,284 items, 612 patrons. Expect calls.",
    "Someone returned %TITLE% with a bookmark from 1996 inside 😂",
    "Door count today: 1,942 visitors, 3,107 checkouts, 418 renewals, 96 new cards",
    "ILL arrived for %PATRON%: %TITLE% — %DUE%, no renewals",
    "Libby down? Patrons see \"Something went wrong. Please try again later.\" after signing in",
    "Hours this week: Mon–Thu 9–9, Fri 9–6, Sat 10–5, Sun 1–5 (closed Mon Feb 17, Family Day)",
    "Storytime: 34 kids + 29 caregivers 🎉 we need a bigger room",
    "ESL Conversation Circle moved to Room B because of the leak in the Program Room",
    "can someone check if %ISBN% is on order? Patron suggested it, %PATRON%",
    "Excel for per-branch numbers: `=COUNTIFS(B:B,\"Riverside\",E:E,\">=\"&DATE(2025,1,1))`",
    "fine calc in the sheet: `=MIN(10, (TODAY()-D2)*0.25)` — the cap is per item, not per card",
    "Patron wants %TITLE% in large print. LP FIC has nothing by that author, ILL it?",
    "Bonjour ! Le club de lecture en français, c'est jeudi à 18 h 30, salle B. On lit « %TITLE% ».",
    "¿Alguien puede atender a una usuaria en el mostrador de Riverside? Pregunta por clases de inglés 🙏",
    "Хто може допомогти пані біля стійки? Вона питає про курси англійської, %WHEN%",
    "今天下午中文故事会改到 Room C，家长们已经通知了",
    "ਕੱਲ੍ਹ ਪੰਜਾਬੀ ਕਹਾਣੀ ਸਮਾਂ 11 ਵਜੇ ਹੈ, %BRANCH%",
    "Salamat po! Na-renew ko na ang card ni Lola, due ulit sa Pebrero",
    "다음 주 한국어 동화책 시간은 토요일 오전 11시예요 📚",
    "Chị ơi, sách tiếng Việt mới về rồi, để ở kệ VIE FIC nhé",
    "برنامه‌ی قصه‌گویی فارسی این هفته لغو شد، ببخشید",
    "مرحباً، ورشة السيرة الذاتية يوم السبت الساعة ٢ ظهراً في القاعة B",
    "Stats for the board report: circ −3.2% YoY, e-circ +18.7%, program attendance +11% (n=14,208)",
    "Reminder: %EVENT%. Registration opens Mon 9 am on LibCal",
    "the call number on the spine says %CALL% but the record says %CALL% 🤔 which one wins?",
    "Patron says the due date on their receipt (%DUE%) doesn't match the app",
    "claims returned #3 this month for card %CARD% — flag for the manager?",
    "Outdoor StoryWalk® at Jubilee Park is -14 with windchill, moving it inside %EMOJI%",
    "Courier from Lakeland Coop came at 11:40, 2 bins, 61 items. Next pickup Thu.",
    "Does anyone have the login for the Ancestry Library Edition PC at Central? It's on the sticky note, right?",
    "%WHO% the holds list for %TITLE% has 3 copies \"In transit\" since Dec 12",
    "MARC for the new Tagalog picture book:\n```\n020 __ $a 9786218091471 (pbk.)\n100 1_ $a Reyes, Liwayway, "
    "$e author.\n245 10 $a Ang alamat ng ampalaya / $c Liwayway Reyes ; guhit ni Paolo Lim.\n546 __ $a Text in "
    "Tagalog.\n```",
    "CSV from the ILS, just the columns we need:\n```\nbarcode,title,call_no,status,due\n31187012345678,"
    "\"Learning SQL, 3rd ed.\",005.7565 BEA,CHECKEDOUT,2025-02-04\n31187019876543,\"Crying in H Mart\",B ZAU,"
    "ONSHELF,\n```",
    "*Desk notes* (%BRANCH%)\n• printer 2 offline\n• 4 claims returned\n• patron asked for \"%TITLE%\" — on hold "
    "for them, %DUE%\n• %ROOM%",
    "1) pull expired holds\n2) send %FILE% to the printer\n3) reshelve 005.133 (it's a mess)\n4) book drop at 4",
    "Boolean tips for the teen workshop: quotes for phrases (\"climate change\"), AND narrows, OR widens, NOT "
    "excludes, * truncates (educat* → education, educator)",
    "Call number order reminder: 005.133 < 005.1332 < 005.14 — read it as decimals, not whole numbers",
    "the kid asked for \"the book where the pigeon wants to drive\" — Don't Let the Pigeon Drive the Bus! (JE WIL) ✅",
    "Closed captions on the film night DVD (%CALL%) are English + French only, ok?",
]
LONG_MESSAGES = [
    "*Snow closure — Tuesday Jan 21* ❄️\nAll branches open at 12:00 noon. Bookmobile cancelled (%STOP% rescheduled "
    "to Thu).\nMorning programs cancelled: %EVENT%.\nDue dates falling today move to Wed.\n\n*Fermeture — neige* : "
    "toutes les succursales ouvrent à midi. Le bibliobus est annulé.\n\n%WHO% please post to socials by 8:30",
    "Hi all,\n\nforwarding from a patron (%PATRON%):\n\n> Hello, I returned \"%TITLE%\" on Jan 3 at the Riverside "
    "book drop but I keep getting overdue e-mails and now my card is blocked ($12.50). Can you please check?\n"
    "> Thank you,\n\n%WHO% can you look into it? card %CARD%, phone %PHONE%",
    "*Interlibrary loan request*\nPatron: %PATRON% (card %CARD%)\nTitle: \"The Dawn of Everything: A New History of "
    "Humanity\"\nAuthor: Graeber, David & Wengrow, David\nISBN: 978-0-374-15735-7 | OCLC 1264719862\nNeeded by: "
    "Feb 14, 2025\nPickup: %BRANCH%\nNotes: will pay the $5 fee; \"any edition OK\"",
    "Q4 circulation by branch\n```\nbranch      checkouts  renewals  holds   e-circ\nCentral        41,288    12,904   "
    "9,811   18,442\nRiverside      18,206     5,117   3,992    6,030\nEastgate       15,774     4,806   3,108    "
    "5,512\nMillpond        9,902     2,311   1,884    3,197\n```\nTotal +2.4% vs Q3; e-circ +9.1%",
    "*Winter Reading Challenge* 📚❄️\nRead 5 books by Mar 14 → a free book + a ballot for the grand prize (a Kobo!)\n"
    "Starter list:\n1. %TITLE%\n2. %TITLE%\n3. %TITLE%\n4. %TITLE%\n5. anything from 005.133 if you're brave 😅\n"
    "Sign up at any desk or on %LINK%",
    "Program report — %EVENT%\nAttendance: 27 (19 adults, 8 teens)\nLanguages heard: English, Tagalog, Punjabi, "
    "Ukrainian, Somali\nFeedback: \"more sessions please!!\", \"room too cold\"\nNext time: book Room B, not the "
    "auditorium; ask facilities about the heat 🥶",
    "Cataloguing question — record for %TITLE%:\n```\n100 1_ $a Matthes, Eric, $e author.\n245 10 $a Python crash "
    "course : $b a hands-on, project-based introduction to programming / $c Eric Matthes.\n250 __ $a 3rd "
    "edition.\n264 _1 $a San Francisco : $b No Starch Press, $c [2023]\n650 _0 $a Python (Computer program "
    "language)\n```\nDo we class it at 005.133 PYT or 005.133 MAT? Riverside and Central disagree.",
    "Room bookings for next week (LibCal export):\n- %ROOM%\n- %ROOM%\n- Study rooms: 41 bookings, 6 no-shows\n"
    "Please release no-shows after 15 min ✅",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are on, every day at 06:45 (America/Toronto).",
    "Daily weather alerts are off.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%STOP%\u201d.",
    "%PLACE%: light snow, -7°C, wind 24 km/h; today -11°C to -5°C, 80% chance of precipitation",
    "%PLACE%: overcast, -2°C, wind 15 km/h; today -4°C to 1°C, 35% chance of precipitation",
    "%PLACE%: clear sky, -18°C, wind 9 km/h; today -22°C to -13°C, 0% chance of precipitation",
    "I do not know your location yet. Tell me with `remember location <place>`.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: America/Toronto\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.", FORGET_ME, "Use `config <setting> <value>`, e.g. `config units imperial`.",
]
WEATHER_REPLIES = [r for r in BOT_REPLIES if "°C" in r]
SEARCH_Q = ["Nguyễn", "nguyen", "@cedarbrooklibrary.ca", "kaur", "Côté", "o'brien", "dela cruz", "circ", "riverside",
            TEAM, PARTNER_TEAM, "U05RV2K7QH", "st-pierre", "fraser-nakamura", "d'angelo", "Wiśniewski", "warsame",
            "ji-woo", "thu trang", "bookmobile", "Геннадій", "mei.chen@cedarbrooklibrary.ca", "bélanger", "lê"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", f"weather@{TEAM}", "denied", "failed", "admin.map_slack", "account.totp_enable",
           "feature.remove_override", "polaris-sync", "libcal-bridge", "2025-01-20", "snow-closure-bot"]
ADMINS = ["it.helpdesk", "hwarsame", "branch-ops", "g.tremblay", "break-glass", "ttnguyen"]
CLIENT_DESCRIPTIONS = [
    ("polaris-sync", "Polaris ILS → Jeeves staff list, nightly 01:30 ET (read-only)"),
    ("libcal-bridge", "LibCal room bookings → Slack reminders w/ weather for outdoor programs"),
    ("bookmobile.route", "Bookmobile route planner: checks alerts before each stop (Mon–Sat, 07:00)"),
    ("snow-closure-bot", "Closure decision helper: reads usage stats at 05:45, posts to #snow-closures"),
    ("powerbi-circ", "Power BI: circulation & program attendance dashboards (owner: branch-ops)"),
    ("ci-gitlab", "GitLab CI smoke test after each deploy (read)"),
    ("zapier:events", "Zapier: Eventbrite/LibCal event → Slack reminder, \"outdoor\" tag only"),
    ("ill-coop", "Lakeland Library Cooperative ILL tracker — read only"),
    ("friends-of-library", "Friends of the Library volunteer roster (names & e-mails, read)"),
    ("data-warehouse", "Nightly export to Snowflake (db CBPL_OPS), owner: Thu Trang Nguyễn"),
]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/audit?page=3",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
               "/admin/users?done=user_updated"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=nguy%E1%BB%85n",
              "/admin/audit?q=feature.set", "/admin/clients"]
PHRASE_WORDS = ["catalogue", "bookmobile", "dewey", "storytime", "cedar", "renewal", "stacks", "atlas", "folio",
                "lantern", "maple", "snowdrift"]
PATCH_NAMES = ["Thu Trang Nguyễn (Central, Circ)", "Harpreet Kaur Dhillon", "Étienne St-Pierre – Millpond",
               "Kateryna Kovalenko / Катерина Коваленко", "Abdirahman Warsame, MLIS", "Aoife O'Brien (she/her)",
               "Mei Chen 陈美", "José Luis Hernández-Ramírez", "Ji-woo Park | Eastgate", "Dr. Rahel Bekele",
               "Geneviève Côté-Bélanger", "Jomar dela Cruz (Bookmobile)"]
UNTIL = ["2025-01-21T13:00:00Z", "2025-01-21", "2025-01-21T08:00:00-05:00", "2025-01-21T23:59:59-05:00"]

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
    "Safari/537.36 Edg/132.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.260 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546W) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 "
    "Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/25.01.10",
]
LANGS = ["en-CA,en;q=0.9", "en-CA,en-US;q=0.9,en;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
         "zh-CN,zh;q=0.9,en;q=0.8", "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "pa-IN,pa;q=0.9,en;q=0.8",
         "uk-UA,uk;q=0.9,en;q=0.8", "tl-PH,tl;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
         "vi-VN,vi;q=0.9,en;q=0.8", "fa-IR,fa;q=0.9,en;q=0.8", "es-MX,es;q=0.9,en;q=0.8", "ar,en-CA;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en;q=0.8", "en-US,en;q=0.9", "en-GB,en;q=0.9", "en-CA"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.11.1", "Go-http-client/2.0", "axios/1.7.9",
              "node", "PowerBI/2.139 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Zapier", "PostmanRuntime/7.43.0", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-CA) "
              "WindowsPowerShell/5.1.22621.4391", "Google-Apps-Script; beanserver; +https://script.google.com; "
              "id: UAEmdDd8", "gitlab-runner 17.7.0 (17-7-stable; go1.23.2; linux/amd64)", "okhttp/4.12.0",
              "Apache-HttpClient/4.5.14 (Java/17.0.13)"]
API_CLIENTS = ["polaris-sync", "libcal-bridge", "bookmobile.route", "snow-closure-bot", "powerbi-circ", "ci-gitlab",
               "zapier:events", "ill-coop", "data-warehouse", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.11.1", "Pingdom.com_bot_version_1.4_"
              "(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.10.1", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.4.0", "openapi-generator/7.10.0", "PostmanRuntime/7.43.0", "Swagger-UI", "curl/8.11.1"]
MIME = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
        "zip": "application/zip", "mrc": "application/marc"}
FILE_NOTES = ["", "flyer for %EVENT%", "here's %FILE% — can you remember this location?", "ILL paperwork, %ILL%",
              "photo of the damage, %FINE%", "route for tomorrow, weather at %STOP%?", "%BADDR%", "for the board 📚"]


class Library(EvaluatorDay):
    """Cedarbrook Public Library: its staff, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Cb4pLq9RwT2mVx7NhK3sJd8Y"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 12, 16), ("00", "15", "30", "45", "40")
    iat_window = (0, 36000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 36000), 41, 0.18, 34
    blocks_rate, thread_rate = 0.78, 0.24
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, dnt_rate = 0.18, 0.28, 0.05
    other_platform = '"Chrome OS"'
    xff_rate, xff = 0.07, ("10.40.2.18", "10.40.9.151", "172.20.4.33, 10.40.0.5")  # the branches' staff proxy
    script_encoding_rate, script_encodings = 0.45, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.3, ("jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.08
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.2
    command_partner_rate = 0.08
    button_places, weather_replies = PLACES + BRANCH_NAMES + STOPS + BRANCH_ADDRS, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.12
    me_places = PLACES + BRANCH_ADDRS + STOPS + [f"Cedarbrook Public Library, {b}" for b in BRANCH_NAMES[:6]]
    me_units = ("metric", "metric", "metric", "imperial")
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", " ", "."), (TEAM, PARTNER_TEAM, "", "")
    login_referers = (None, "https://app.slack.com/", BASE + "/admin/")
    search_pages, audit_page, page_head_weight = (1, 8), (1, 4), 12
    # the data API
    limits, offsets = ("50", "100", "250", "500", "20"), (0, 50, 100, 250, 500, 1000)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 20), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, CATALOGUE_LINKS
    link_labels = LINK_LABELS
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.2, 0.09, 0.64, 0.45
    mention_leads = ("", "", "hey ", "Hi ", "cc ", "ok ")
    edit_suffixes = (" (edit: wrong branch)", " *", " — sorry, Riverside not Millpond", "", " (fixed the call no.)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.5, 0.1
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_types, file_created, file_sizes = FILES, FILE_NOTES, MIME, 120, (8_000, 12_000_000)
    unfurl_leads = ("weather for this one?", "is this the right record?", "", "FYI", "patron wants this")
    unfurl_spaced = True
    bot_replies, bot_updated_days, bot_subtype_rate, bot_places = BOT_REPLIES, 52, 0.2, PLACES + BRANCH_NAMES
    bot_blocks_rate, bot_verbatim_rate = 0.65, 0.4
    trace_rate, request_id_header = 0.2, "X-Request-ID"  # its scripts' tracing
    fill_pools = {"%ILL%": ILLS, "%ROOM%": ROOMS, "%ASK%": ASKS, "%EVENT%": EVENTS, "%FINE%": FINES,
                  "%SEARCH%": SEARCHES, "%TITLE%": TITLES, "%ISBN%": ISBNS, "%CALL%": CALLNOS, "%DUE%": DUES,
                  "%WHEN%": WHEN, "%PATRON%": PATRONS, "%CARD%": CARDS, "%PLACE%": PLACES, "%STOP%": STOPS,
                  "%BRANCH%": BRANCH_NAMES, "%BADDR%": BRANCH_ADDRS, "%PHONE%": PHONES, "%FILE%": FILES,
                  "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum())
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            handle = f"{plain_first or 'staff'}.{plain_last or 'x'}{i if i % 11 == 0 else ''}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{plain_first or 'staff'}.{plain_last or 'x'}@cedarbrooklibrary.ca",
                                "tz": self.pick(TIMEZONES[:8])})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "circulation", "reference-desk", "childrens-services", "teen-zone", "ill-requests", "programs-events",
            "facilities", "bookmobile", "tech-help", "cataloguing", "branch-managers", "makerspace", "general",
            "random", "snow-closures", "riverside-branch", "chinatown-branch")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view --------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place = self.pick(["Cedarbrook, Canada", "Toronto, Canada", "not set (`remember location <place>`)",
                           f"{self.pick(BRANCH_ADDRS)}"])
        lines = (f"*Location:* {place}\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n*Daily alert:* "
                 f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES[:4])})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "state": {"values": {}}, "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "title": {
                    "type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM,
                "bot_id": BOT_ID, "blocks": [
                    {"type": "header", "block_id": self.block_id(),
                     "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.block_id(),
                     "text": {"type": "mrkdwn", "text": lines, "verbatim": False}},
                    {"type": "divider", "block_id": self.block_id()},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "verbatim": False,
                        "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                                "(send me `login` for a sign-in link)."}}]}

    # ---- Slack: what a library's day adds to the Events API ---------------------------------------------------
    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """A catalogue record's unfurl: its call number, ISBN and availability."""
        host = urllib.parse.urlsplit(link).hostname or "catalogue"
        service = {"cedarbrook.bibliocommons.com": "Cedarbrook Public Library", "search.worldcat.org": "WorldCat"
                   }.get(host, host.removeprefix("www.").split(".")[0].capitalize())
        title = self.pick(TITLES)
        text = (f"{self.pick(CALLNOS)} · {self.pick(ISBNS)} · "
                f"{self.pick(['Available', 'All copies in use', 'On order', '3 holds'])}")
        card = self.unfurl_attachment(link, service, f"{title} | {service}", None, f"{service}: {title}")
        card["text"] = text  # after the fallback, where the catalogue's unfurl puts it
        return card

    # ---- its browsers' client hints and cookies, its scripts' dates and tracing -------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        found = re.search(r"Chrome/(\d+)", ua)
        if not found or "SamsungBrowser" in ua:
            return None
        version = found.group(1)
        brand = f'"Microsoft Edge";v="{version}"' if "Edg/" in ua else f'"Google Chrome";v="{version}"'
        return f'{brand}, "Chromium";v="{version}", "Not A(Brand";v="24"'

    def site_cookies(self) -> list[tuple[str, str]]:
        return [("cbpl_consent", "necessary")] if self.chance(0.12) else []

    def since_choices(self, day: int) -> list[str]:
        return [f"2025-01-{day:02d}T00:00:00Z", f"2025-01-{day:02d}", f"2025-01-{day:02d}T00:00:00-05:00",
                f"2024-12-{day + 10:02d}T05:00:00.000Z", f"2025-01-{day:02d}T06:00:00.000-05:00"]

    def request_ids(self) -> list[str]:
        return [f"gl-{self.rng.randint(10**8, 10**9)}", f"zap-{self.hexs(12)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 22), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The library network's day, kinds interleaved (after Slack's URL verification: the app was re-installed)."""
    return planned(Library(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
