"""Benign evaluation set (sixtyseventh): a primary school's ordinary traffic through the edge, benign only.

The company is Hollybank Primary School in Chorlton, Manchester (two-form entry, Nursery to Year 6, with a
breakfast and after-school club), whose office and teaching staff use Jeeves to check the weather before PE on
the field, sports day, Forest School and trips, and talk to it the way they talk to each other: class names (3B,
Year 5, Rec W), parent messages forwarded in many languages and scripts, allergy and medication notes, timetable
slots like Mo 08:15–09:00, trip permission slips and payments, lunch-menu codes, reading levels and book bands,
grades like B+ and 2-, room numbers, fee amounts, school-holiday and INSET dates, phone numbers and links to the
payment, reading and term-date sites the school uses. In the last fortnight of the summer term, reports go home.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds only a
pasted link's own preview (unfurl_link) and the App Home view Jeeves publishes (home_view).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyseventh"
SEED = 67_2024_0710
EPOCH = 1720593000  # 2024-07-10 06:30 UTC (07:30 BST), a Wednesday: Y5 trip tomorrow, sports day on Friday
TEAM, TEAM_DOMAIN = "T05HBPS7Q2", "hollybank-primary"
PARTNER_TEAM, PARTNER_DOMAIN = "T06KIDSCLB", "hollybank-kids-club"  # the wraparound-care club's own workspace
APP_ID, BOT_USER, BOT_ID = "A05JVHB2K7", "U05JEEVESB", "B05JEEVES4"
HOST = "jeeves.hollybank.sch.uk"
BASE = f"https://{HOST}"
HOME_NOTE = (f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me `login` for a "
             "sign-in link).")
SCHOOL = "Hollybank Primary School, 42 Beech Road, Chorlton, Manchester M21 9EG"

FIRST = ["Agnieszka", "Chinedu", "Siân", "Fatima", "Nguyễn Thị", "Hülya", "Olena", "Gareth", "Aisling", "Priya",
         "Mohammed", "Ioana", "Rhiannon", "Tomasz", "Sadia", "Kwabena", "Leah", "Ewa", "Bilal", "Niamh", "Hodan",
         "Joanne", "Marek", "Shabana", "Dafydd", "Yetunde", "Bethan", "Alejandro", "Grace", "Kateryna", "Imran",
         "Mairéad", "Zainab", "Stephen", "Anjali", "Rosa", "Wojciech", "Chloë", "Abdirahman", "Lucy-Anne"]
LAST = ["Kowalska", "Okafor", "Ní Dhomhnaill", "El-Amrani", "Lan", "Şahin", "Kovalenko", "Ellis-Brown", "O'Connor",
        "Patel", "Hussain", "Popescu", "Pryce", "Nowak", "Begum", "Mensah", "Goldberg", "Wiśniewska", "Qureshi",
        "McCarthy", "Warsame", "Whitworth", "Dvořák", "Akhtar", "ap Rhys", "Adeyemi", "Llewellyn", "García-Ruiz",
        "O'Brien-Shaw", "Shevchenko", "Chaudhry", "Ó Súilleabháin", "Mahmood", "Hardcastle", "Iyer", "Ferreira"]
CLASSES = ["3B", "3C", "Year 5", "Y5", "Year 6", "6M", "6 Oak", "Reception", "Rec W", "Nursery (am)",
           "Year 1 Hedgehogs", "2K", "4 Willow", "Y4", "Year 2", "5H", "KS1", "KS2", "the Y6 leavers", "Y3/4 choir"]
CHILDREN = ["Zofia K.", "Amara O.", "Mohammed A. (3B)", "Aoife", "Leo M-W", "Hamza", "Ayaan R.", "Olivia-Rose",
            "Yusuf", "Mariam B.", "Kacper", "Nikola", "Sadia R.", "Hodan", "Tiago", "Darius", "Ngozi", "Lily-Mae",
            "Ibrahim", "Mia Ch.", "Oskar", "Dmytro", "Chiara", "Tomás", "Ewa", "Fatima Z.", "Reuben", "Siddharth",
            "Jayden", "Maja & Kuba (twins)", "Yasmin", "Eilidh", "Nuh", "Aleksandra", "Wiktor", "Ana-Lucía", "Kai",
            "Ruqayyah", "Theo", "Ava-Grace", "Мирослава", "张子涵 (Zihan)", "Ali (علی)", "Seán Óg", "D'Andre"]
PARENTS = ["Mrs Kowalska", "Zofia's mum", "Mr Okonkwo", "Hamza's dad", "Mrs Begum", "Ms O'Sullivan",
           "Mr & Mrs Hussain", "Frau Weber", "Sra. Fernandes", "Olena (Dmytro's mum)", "Mr Nguyễn", "Mrs Ahmed-Clarke",
           "Nana Pat (Leo's grandma)", "Mr D'Souza", "Aisha Warsame", "Ioana Popescu", "王女士 (Zihan's mum)",
           "Mrs Şahin", "Kai's dads", "the foster carer (Mrs J. Lowe)"]
ALLERGY = [
    "nut allergy (severe) – 2× EpiPen 0.3 mg in the office, red bag, + 1 in class",
    "asthma – blue inhaler (salbutamol 100 mcg), 2 puffs as needed, spacer in drawer 3",
    "coeliac – GF lunches only (code GF), no playdough made with wheat flour",
    "egg & sesame allergy – please check the cake-sale labels!",
    "lactose intolerant – oat milk at breakfast club",
    "type 1 diabetes – Libre sensor, check before PE & after lunch; hypo kit in Rm 7",
    "hay fever – Piriton 5 ml at 12:00 (signed form on file)",
    "eczema – emollient cream before swimming, own towel",
    "epilepsy – care plan updated 03/07, buccal midazolam in the office",
    "kiwi & pineapple allergy (mild, hives)",
    "ADHD meds (methylphenidate 10 mg) given at home, none in school",
    "dairy-free + vegetarian (M1 veg, no cheese)",
    "bee-sting allergy – EpiPen goes on the trip with Mrs Patel",
    "antibiotics (amoxicillin 5 ml) at lunchtime until Fri – in the fridge, labelled",
]
SLOTS = ["Mo 08:15–09:00", "Tu 10:40-11:25", "We 13:15–14:00", "Th 09:00–09:45", "Fr 14:00–15:15", "Mon 8:45-9:30",
         "Wed 11:30–12:15", "Thu p.m.", "Fri P3 (10:55–11:40)", "Tue lesson 5", "Mo/Mi 08:15–09:00",
         "lundi 8h30-9h15", "Tu+Th 13:15–14:15 (PE)"]
MENU = ["M1 (veg lasagne)", "M2 (halal chicken curry)", "M3 jacket potato + beans", "GF-2", "HAL", "V",
        "code B4 (week 2, Wed)", "PL = packed lunch", "menu wk3: pasta bake / Quorn / JP", "DF1", "M1/M2/JP/PL",
        "Fish Friday (F1)", "Wk 1 Tue – roast dinner", "picnic bag P2 (trip day)"]
BANDS = ["Turquoise (band 7)", "Gold band", "Lime (band 11)", "ORT stage 6", "Lexile 640L", "Level 12", "Purple",
         "free reader", "Book band: White", "Phase 5 phonics", "RWI Grey", "PM Benchmark 18", "AR ZPD 3.2–4.8"]
GRADES = ["B+", "2-", "A-", "3+", "C", "EXS", "GDS", "WTS", "1−", "B-", "4/5", "2+", "A*", "18/25",
          "Grade 3 (Trinity piano)", "sehr gut (1)", "Merit", "97/120"]
ROOMS = ["Room 14", "Rm 3b", "R.2.07", "Hall B", "the small hall", "Mobile 2", "the Library (Rm 9)", "the ICT suite",
         "Room 11/12", "the Nurture Room", "the sensory room (G.04)", "the Forest School area", "the staffroom",
         "Office 1"]
FEES = ["£8.50", "£12.40/week", "£2.75 per day", "£180 deposit", "£3.20 (breakfast club)", "£45.00", "£1.50",
        "€35", "£25 (voluntary contribution)", "£0.00 – FSM", "£14.60", "£240 balance due 19/07", "£6",
        "£112.50 for the term", "£9.99"]
HOLIDAYS = ["summer holidays 24 Jul – 3 Sep", "break up Tue 23/07 at 13:30", "INSET day Mon 2 Sept",
            "Oct half term 28.10.–01.11.", "Christmas: 20 Dec 2024 – 6 Jan 2025", "Feb half term 17–21 Feb",
            "Easter 7–21 April 2025", "bank holiday Mon 5 May", "May half term 26–30 May 2025",
            "last day of next year 22 July 2025", "INSET 4 & 5 Sept", "Eid al-Adha (authorised absence, 1 day)"]
TRIPS = ["Year 5 to Jodrell Bank (Thu 11 Jul)", "3B to Chester Zoo", "the Y6 residential at Robinwood (15–17 Jul)",
         "Reception to Tatton Park farm", "Year 2's seaside trip to Formby", "the Y4 swimming gala",
         "KS2 choir at the Bridgewater Hall", "Year 1's walk to Chorlton Water Park",
         "the Y6 leavers' trip to Blackpool", "Forest School at Sale Water Park"]
PLACES = ["Chorlton", "Chorlton-cum-Hardy", "Manchester", "Jodrell Bank", "Chester Zoo", "Tatton Park", "Formby",
          "Blackpool", "Todmorden", "Sale Water Park", "Dovestone Reservoir", "Castleton", "Edale", "Lyme Park",
          "Hollingworth Lake", "Llandudno", "Conwy", "Whalley Range", "Didsbury", "Stretford", "M21 9EG", "M16",
          "SK11 9DL", "OL14 6JB", "53.2367, -2.3085", "53.4434,-2.2766", "Kraków", "Łódź", "Lahore", "Mirpur",
          "Lagos", "Hargeisa", "Cluj-Napoca", "Kyiv", "Boulogne-sur-Mer", "Dún Laoghaire", "St Helens",
          "Stoke-on-Trent", "Llanfairpwllgwyngyll", "Bury St Edmunds", "Ynys Môn", "Newcastle upon Tyne"]
ADDRESSES = [SCHOOL, "42 Beech Rd, Manchester M21 9EG", "Jodrell Bank Centre for Engagement, Macclesfield SK11 9DL",
             "Chester Zoo, Upton-by-Chester CH2 1EU", "Robinwood Activity Centre, Todmorden OL14 6JB",
             "Tatton Park, Knutsford WA16 6QN", "Chorlton Water Park, Maitland Ave, M21 7WH",
             "Bridgewater Hall, Lower Mosley St, Manchester M2 3WS", "Formby Point (National Trust), L37 1LJ",
             "Kids Club @ St Werburgh's Church Hall, Wilbraham Rd", "Flat 2, 17a Sandy Lane, M21 8DG",
             "ul. Floriańska 12/4, 31-019 Kraków", "12 Buckingham Rd, Chorlton, M21 0RP (Leo's nan)"]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Warsaw",
             "Europe/Bucharest", "Europe/Kyiv", "Asia/Karachi", "Africa/Lagos", "Europe/Madrid", "Europe/Lisbon",
             "Asia/Dhaka", "UTC"]
WHEN = ["tomorrow 9:15", "Thu 11/07 at 13:30", "Fri 12 July, 2.15pm", "next Wednesday", "10.07.2024 um 15:15",
        "after the register", "at 3:15 pick-up", "period 4", "before assembly (8:50)", "lunchtime", "this aft",
        "on the 17th", "15–17 Jul", "Friday from 13:00 (sports day)", "8.45am sharp", "straight after SATs results"]
PHONES = ["0161 555 0143", "07700 900318", "+48 601 555 012", "+92 300 5550123", "+44 (0)161 555 0199 ext 2",
          "07911 555 214", "+40 721 555 093", "+380 67 555 0171", "0161-555-0188"]
EMOJI = [":apple:", ":school:", ":school_satchel:", ":books:", ":pencil2:", ":sunny:", ":umbrella:", ":pray:",
         ":partly_sunny_rain:", ":tada:", ":+1:", ":bus:", ":sandwich:", ":warning:", ":heart:", ":sweat_smile:",
         "🍎", "🏫", "🎒", "📚", "☀️", "🌧️", "🚌", "🧃", "✏️", "⚽", "🙏", "😅", "🎉", "💊", "🥜", "🏅"]
FILE_NAMES = ["Y5_Jodrell_Bank_permission_slip.pdf", "Lunch menu – Summer wk 3.pdf", "3B reading levels Jul24.xlsx",
              "Allergy register 2023-24 (CONFIDENTIAL).xlsx", "IMG_4471.HEIC", "Sports Day timetable v2.docx",
              "Term dates 2024–25.pdf", "Care plan – A.K. (asthma).pdf", "Reports_Y6_final.zip",
              "Seating plan Rm 14.png", "Trip risk assessment – Robinwood.docx", "photo 10-07-2024, 08 41 12.jpg",
              "Kids Club register wk 28.csv", "Newsletter #37 – 12.07.24.pdf", "Y6 leavers' hoodies order (1).xlsx"]
FILE_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
              "csv": "text/csv"}
FILE_NOTES = ["", "permission slip for %TRIP% – %FEE%, back by Friday please", "updated lunch menu (codes changed!)",
              "reading levels for %CLASS% after this week's assessments", "can you remember this location? it's %ADDR%",
              "care plan – please read before %WHEN%", "sports day lanes 🏅", "%ADDR%",
              "risk assessment signed by the head ✅", "newsletter draft — typos welcome 😅"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE% tomorrow", "weather in %PLACE% on Friday?", "weather for sports day",
    "weather Chorlton", "weather %ADDR%", "weather %PLACE% %EMOJI%", "weather", "wether %PLACE%", "waether %PLACE%",
    "Weather %PLACE% please", "weather for %TRIP%", "weather %PLACE% – PE on the field %SLOT%?",
    "is it going to rain at break? weather %PLACE%", "remember location %ADDR%", "remember location %PLACE%",
    "remember location Hollybank Primary, M21 9EG", "remember location school", "my location", "forget location",
    "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "Help!", "thanks Jeeves 🙏", "morning!", "config alert_time 7.15", "weather Jodrell Bank tmrw 9am?",
    "weather Robinwood, Todmorden (15-17 Jul)", "what can you do?", "weather %PLACE%!!",
]
CHAT = [
    "%CLASS% PE moved inside to %ROOM% if it rains, %SLOT% %EMOJI%",
    "%TRIP%: 54 slips back, still missing %CHILD%, %CHILD% and %CHILD% — please chase at pick-up",
    "Reminder: %CHILD% (%CLASS%) — %ALLERGY%",
    "Lunch numbers today: 61× M1, 23× M2, 9× GF, 4× HAL, 12 PL. Kitchen says %MENU% has run out",
    "Message from %PARENT%: %CHILD% will be picked up by an aunt today at 15:15, password is \"sunflower\"",
    "%WHO% can you cover %CLASS% %SLOT%? I've got a SEN review in %ROOM%",
    "Reading levels updated: %CHILD% is now %BAND%, %CHILD% moves up to %BAND% 📚",
    "Report comments due Fri! Maths %GRADE%, reading %GRADE%, writing %GRADE% for %CHILD% – does that look right?",
    "Trip payment for %TRIP% is %FEE% on ParentPay, hardship fund covers FSM families",
    "Breakfast club fees going up to %FEE% from September (first rise since 2022)",
    "Term dates for next year are on the website: %HOLIDAY%, %HOLIDAY%",
    "Can someone unlock %ROOM% for the visiting photographer %WHEN%?",
    "%CHILD% in %CLASS% has headlice again 😩 letter going home tonight",
    "Fire drill %WHEN% — please don't tell the children!",
    "Sports day: KS1 9:30–11:45, KS2 13:00–15:00, parents' race at 14:30 🏅 sun cream + water bottles pls",
    "%WHO% the Y6 leavers' hoodies arrived, 2 are the wrong size (XS → S) — box is in %ROOM%",
    "Dinner money: =SUMIF(B:B,\"3B\",E:E) gives £212.40 but ParentPay says £214.90?? who's 2.50 out",
    "Attendance this week: 96.2% (target 96%), %CLASS% lowest at 91.8% — 3 pupils away for Eid",
    "Supply teacher for %CLASS% %WHEN%: Mr Hardcastle, DBS checked, badge at reception",
    "phonics screening results: 27/30 passed (90%), resits in Y2 next June",
    "KS2 SATs: RWM combined 68% EXS+, 21% GDS. Scaled scores in Arbor from 14:00",
    "%CHILD%'s mum phoned (%PHONE%): she'll be 10 min late, stuck on the A5103",
    "Nurse visit %WHEN% in %ROOM%: Y6 height & weight (NCMP), opt-out forms from %CHILD% and %CHILD%",
    "Please remind %CLASS% that tomorrow is non-uniform (£1 for the Christie) 👕",
    "Who took the laminator from the office? 😅",
    "Parents' evening slots: %SLOT% and %SLOT%, book via the school app",
    "Y5 swimming moved to Thu 13:15–14:15, coach at 12:50 from the back gate",
    "%WHO% %WHO% can one of you do gate duty %WHEN%? thx",
    "ok", "👍", "on my way in", "running 10 min late, bus 86 broke down 🙈", "sorry wrong chat",
    "Anyone know if Forest School is on if it's drizzling? (it's only drizzle!!)",
    "New starter in %CLASS% on Monday: %CHILD%, EAL (Polish), %ALLERGY%",
    "The menu codes changed: %MENU% is now B2, %MENU% is now B5 — please update the dinner register",
    "Year 6 transition day %WHEN%: 14 going to Chorlton High, 9 to Whalley Range, 3 to Loreto, 1 to Manchester "
    "Grammar 🎓",
    "Pupil premium spend 23/24: £48,230 — tutoring £21k, trips subsidy £6.5k, breakfast club £4.2k",
    "Inhalers: please check expiry dates — %CHILD%'s expired 06/24, letter home",
    "%CLASS% class assembly %WHEN% in %ROOM%, parents welcome from 8:50 (coffee in the hall ☕)",
    "wraparound care booked for the holidays: 34 children, %FEE%, register in Kids Club Slack",
    "Governors' meeting moved to Tue 16 Jul 18:00, Teams link in the calendar invite",
    "Year 4 times-tables check (MTC): average 21.3/25, 11 pupils full marks 🎉",
    "Lost property: 14 jumpers, 3 lunchboxes, 1 recorder (named \"Oskar W.\"), going to the PTA sale on the 19th",
    "%CHILD% got a %GRADE% in the Trinity exam!!! %EMOJI%",
    "%CHILD% fell in the playground at 12:40, bumped head, cold compress, letter + text to %PARENT% ✅",
    "Can we do a 10% discount on Kids Club for siblings? Now: 1st child %FEE%, 2nd %FEE%",
    "Dzień dobry! Message from %PARENT%: „%CHILD% nie będzie dziś w szkole – ma gorączkę (38,5°C). Pozdrawiam”",
    "From %PARENT% (Urdu): السلام علیکم، %CHILD% آج اسکول نہیں آئے گا، اسے بخار ہے۔ شکریہ",
    "Arabic note in the book bag: مرحباً، عند %CHILD% موعد عند الطبيب الساعة ١٠:٣٠، سآخذه من المدرسة الساعة ١٠. شكراً",
    "Somali voicemail (translated by Hodan's aunt): \"Subax wanaagsan, %CHILD% maanta ma imaan doono, waa "
    "xanuunsan yahay. Mahadsanid.\"",
    "Romanian email: Bună ziua, %CHILD% va lipsi mâine, avem programare la spital la ora 9:40. Mulțumesc!",
    "%PARENT% asks: Bom dia! O %CHILD% pode levar lanche de casa na visita de estudo? É celíaco. Obrigada",
    "Hola, ¿a qué hora vuelve el autobús de la excursión del jueves? Gracias — %PARENT%",
    "Від %PARENT%: Добрий день! %CHILD% сьогодні забере бабуся о 15:15. Дякую!",
    "Bengali text from %PARENT%: শুভ সকাল, %CHILD% আজ একটু দেরিতে আসবে, ডাক্তারের অ্যাপয়েন্টমেন্ট আছে।",
    "%PARENT%: 老师您好，%CHILD%今天下午三点要去看牙医，我两点半来接。谢谢！",
    "Turkish from %PARENT%: Merhaba, %CHILD% yarın okul gezisine katılabilir, izin formunu imzaladım. Teşekkürler",
    "Bonjour, %CHILD% a oublié son inhalateur à la maison, je l'apporte vers 11h. Merci ! (%PARENT%)",
    "Punjabi message: ਸਤ ਸ੍ਰੀ ਅਕਾਲ, %CHILD% ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ, ਉਸਨੂੰ ਬੁਖਾਰ ਹੈ। (from %PARENT%)",
    "Vietnamese: Chào cô, hôm nay %CHILD% bị sốt nên xin phép nghỉ học ạ. Cảm ơn cô!",
    "Farsi note: سلام، %CHILD% امروز به مدرسه نمی‌آید، سرما خورده است. ممنون",
    "Hallo, %CHILD% hat morgen um 8:30 einen Zahnarzttermin und kommt erst zur 2. Stunde. LG %PARENT%",
    "Lithuanian: Laba diena, %CHILD% šiandien neateis į mokyklą, serga. Ačiū.",
    "Bore da! Diolch am y llythyr — bydd %CHILD% yn dod ar y trip 🙂 (%PARENT%)",
    "pls can some1 cover my yard duty %SLOT%, im at the dentist",
    "EYFS profile: 71% GLD this year (LA avg 66%) 🎉 well done Rec team",
    "Reminder for reports: use 'working towards' / 'expected' / 'greater depth', not WTS/EXS/GDS — parents "
    "don't know the codes",
]
LONG_MESSAGES = [
    "Morning all ☀️\n\n*Today (Wed 10 Jul)*\n• 08:15 breakfast club (32 booked)\n• 09:00 Y6 rehearsal in Hall B\n"
    "• 10:40–11:25 3B PE on the field (weather permitting)\n• 13:15 photographer, %ROOM%\n• 15:15 Kids Club "
    "(KS1 in the small hall, KS2 outside)\n\nLunch: %MENU%. Please check allergies: %CHILD% – %ALLERGY%",
    "*%TRIP%* — final details\n1. Coach leaves the back gate 09:15, back ~15:30\n2. Packed lunch (or %MENU%), "
    "water, coat!\n3. Cost %FEE% (voluntary contribution), ParentPay closes Fri\n4. Medication bag: EpiPens ×3, "
    "inhalers ×5, Piriton\n5. Ratio 1:6, adults: Mrs Patel, Mr Okafor, 4 parent helpers (DBS ✅)\n\nEmergency "
    "contact on the day: %PHONE%",
    "Forwarded from %PARENT%:\n\n> Dear Mrs Kowalska,\n> %CHILD% has been really anxious about the move to Year 6 "
    "and isn't sleeping well. Could we have a quick chat %WHEN%?\n> Thank you,\n> %PARENT%\n\n%WHO% could you "
    "and I meet them in %ROOM%? I'm free %SLOT%",
    "End-of-year reading data for %CLASS%\n```\npupil       Sept          July          +/-\nZofia K.    Orange (6)    "
    "Gold (9)      +3\nHamza       Green (5)     Purple (8)    +3\nLily-Mae    Blue (4)      Turquoise (7) +3\n"
    "Oskar       Lime (11)     free reader   —\n```\nAnyone below Turquoise gets a summer reading pack 📚",
    "Timetable for next year (draft v3)\n```\nMo 08:45–09:30  Maths      Rm 14\nMo 09:30–10:15  English    Rm 14\n"
    "Tu 10:40–11:25  PE         Hall B\nWe 13:15–14:00  Music      Rm 3b\nTh 09:00–09:45  Science    R.2.07\n"
    "Fr 14:00–15:15  Golden time\n```\nComments by %WHEN% please!",
    "Kids Club summer fees 2024\n- full day (08:00–18:00): £32.00\n- half day: £18.50\n- sibling discount 10%\n"
    "- late pick-up after 18:00: £5 per 10 min 😬\n- tax-free childcare & vouchers accepted\n\nBooking closes "
    "%WHEN%. Holiday club runs %HOLIDAY%.",
    "Report grades check — %CLASS% (summer 2024)\nMaths %GRADE% | Reading %GRADE% | Writing %GRADE% | Science "
    "%GRADE%\nAttendance 94.7%, punctuality 98%\nComment: \"%CHILD% has grown in confidence this year and "
    "should be really proud of their work on fractions & decimals.\"\n— does the B+/2- scale still match the "
    "new tracker?",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
    "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n• `forget location`: "
    "forget your location\n• `help`: this list\n• `weather [place]`: the weather for a place",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 07:15 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: light rain, 15°C, wind 19 km/h; today 12°C to 18°C, 70% chance of precipitation",
    "%PLACE%: clear sky, 22°C, wind 9 km/h; today 13°C to 24°C, 5% chance of precipitation",
    "%PLACE%: overcast, 17°C, wind 24 km/h; today 14°C to 19°C, 40% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:15\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
WEATHER_REPLIES = [
    "%PLACE%: sunny intervals, 21°C, wind 11 km/h; today 14°C to 23°C, 10% chance of precipitation",
    "%PLACE%: showers, 16°C, wind 26 km/h; today 12°C to 17°C, 80% chance of precipitation",
]
# Links people paste, with the preview Slack attaches: (link, service, title, text or None).
LINKS = [
    ("https://www.parentpay.com/", "ParentPay", "ParentPay | Online school payments",
     "Pay for school meals, trips and clubs online."),
    ("https://app.parentpay.com/V3Payer4W3/Consumer/PaymentItems.aspx?consumerId=4471203&itemId=88123",
     "ParentPay", "Year 5 trip – Jodrell Bank (£8.50)", "Payment item · closes 12/07/2024"),
    ("https://www.oxfordowl.co.uk/for-home/find-a-book/library-page/", "Oxford Owl", "Free eBook library",
     "Free eBooks for children aged 3–11, organised by book band and age."),
    ("https://www.gov.uk/school-term-holiday-dates", "GOV.UK", "School term and holiday dates",
     "Find out when your child's school term starts and ends, and school holiday dates."),
    ("https://www.manchester.gov.uk/info/500222/school_term_dates/1234/school_term_and_holiday_dates_2024_to_2025",
     "Manchester City Council", "School term and holiday dates 2024 to 2025", None),
    ("https://www.bbc.co.uk/bitesize/subjects/z826n39", "BBC Bitesize", "KS2 Maths", "Learn about KS2 maths."),
    ("https://www.metoffice.gov.uk/weather/forecast/gcw2j8h5q#?date=2024-07-12", "Met Office",
     "Chorlton-cum-Hardy (Greater Manchester) weather", "Hourly forecast, feels-like temperature and UV."),
    ("https://docs.google.com/forms/d/e/1FAIpQLSe8v2Kq_Trip-Slip_Y5/viewform?usp=sf_link", "Google Docs",
     "Y5 Jodrell Bank – permission slip & medical info", "Please complete one form per child."),
    ("https://docs.google.com/spreadsheets/d/1Q7xNw3Lk9bB2sports-day-lanes/edit#gid=0", "Google Docs",
     "Sports Day 2024 – races & lanes", None),
    ("https://www.jodrellbank.net/visit/schools/", "Jodrell Bank", "School visits | Jodrell Bank",
     "Curriculum-linked workshops for KS1–KS4 at the UNESCO World Heritage Site."),
    ("https://www.chesterzoo.org/schools/", "Chester Zoo", "Schools – Chester Zoo",
     "Plan your school trip, risk assessments and teacher resources."),
    ("https://ttrockstars.com/", "Times Tables Rock Stars", "TT Rock Stars", "Times tables practice."),
    ("https://classroom.google.com/c/NjQ4MjE5MzA1NjM3/a/NjkxMDQ0ODUyOTQx/details", "Google Classroom",
     "Summer reading challenge – 3B", None),
    ("https://www.youtube.com/watch?v=q9sT4Yb1xLk", "YouTube", "Y6 Leavers' Song 2024 – rehearsal (unlisted)",
     None),
    ("https://hollybank.sch.uk/news/newsletter-37-12-july-2024/", "Hollybank Primary School",
     "Newsletter #37 – 12 July 2024", "Sports day, reports, term dates for 2024–25 and lost property."),
    ("https://www.nhs.uk/conditions/hay-fever/", "nhs.uk", "Hay fever", "Find out about hay fever symptoms."),
    ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4Yjk2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f9"
     "88bf%22%7d", "Microsoft Teams", "Governors' meeting – Tue 16 Jul 18:00", None),
]
UNFURL_LEADS = ["", "weather for this? ", "slip is here: ", "menu → ", "can you check the weather for this trip? ",
                "for the newsletter: ", "👉 "]

SEARCH_Q = ["Kowalska", "year5", "@hollybank.sch.uk", "okafor", "O'Connor", "ahmed", "Ní Dhomhnaill", "ta.",
            "Şahin", "U05K", TEAM, "office", "Nguyễn", "supply", "Mrs H", "begum", PARTNER_TEAM, "kids club",
            "warsame", "ellis-brown", "siân", "Dvořák", "qureshi", "ap Rhys"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "login", "feature.set", "login.slack",
           "account.totp_enable", "2024-07-09", "arbor-sync", "failed", "user.admin", "user.forget_me", "denied",
           "parentpay-trips", "weather@" + TEAM, "feature.remove_override", "admin.map_slack"]
ADMINS = ["sbm.hollybank", "it-support", "a.kowalska", "deputy.head", "c.okafor", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("arbor-mis-sync", "Arbor MIS → staff list sync (names, e-mails), nightly 01:30, read-only"),
    ("parentpay-trips", "ParentPay trip payments → Slack reminders w/ weather; reads alert settings"),
    ("google-workspace", "Google Workspace for Education staff directory sync (owner: IT, Mr Okafor)"),
    ("powerbi-trust", "Trust dashboard: Jeeves usage per school – Hollybank, St Mary's RC, Beechfield"),
    ("ci-gitlab", "GitLab CI: smoke test after deploy (read)"),
    ("sports-day.app", "Sports Day weather check — runs 06:30 on event days only"),
    ("o365:governors", "Governors' SharePoint ↔ Jeeves, read"),
    ("kids-club.register", "Breakfast & after-school club (Kids Club): weather for outdoor play, 07:45 & 14:45"),
    ("tapestry-eyfs", "Tapestry (EYFS) — Reception outdoor-learning reminders"),
    ("forest.school", "Forest School planner: Thu/Fri sessions, cancels if wind > 40 km/h"),
]
API_CLIENTS = ["arbor-mis-sync", "parentpay-trips", "google-workspace", "powerbi-trust", "ci-gitlab",
               "sports-day.app", "kids-club.register", "jeeves-worker"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled", "/admin/users?done=user_updated&q=year5&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/audit?q=login", "/admin/clients", "/admin/users?q=kowalska",
              "/admin/features"]
PHRASE_WORDS = ["crayon", "register", "playground", "assembly", "phonics", "lunchbox", "satchel", "recorder",
                "hopscotch", "conker", "beanbag", "glockenspiel"]
PATCH_NAMES = ["Agnieszka Kowalska (Y3 teacher)", "Mr. Chinedu Okafor – IT", "Siân Ní Dhomhnaill",
               "Fatima Zahra El-Amrani", "Nguyễn Thị Lan (TA, 3B)", "Mrs O'Connor-Shah", "Hülya Şahin | Office",
               "Rev. David Ellis-Brown (Chair of Governors)", "Olena Kovalenko / Олена Коваленко",
               "Ms S. Begum, SENCo", "Dafydd ap Rhys", "Mairéad Ó Súilleabháin (Kids Club)"]
UNTIL = ["2024-07-10T06:30:00Z", "2024-07-10", "2024-07-10T07:30:00+01:00", "2024-07-09T23:59:59Z"]

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (X11; CrOS x86_64 15886.44.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPad; CPU OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; moto g(54) 5G) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.06.30",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-GB;q=0.8,en;q=0.7",
         "ur-PK,ur;q=0.9,en-GB;q=0.8,en;q=0.7", "ar,en-GB;q=0.9,en;q=0.8", "so,en-GB;q=0.8",
         "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7", "uk-UA,uk;q=0.9,en-GB;q=0.8,en;q=0.7", "bn-GB,bn;q=0.9,en;q=0.8",
         "pt-PT,pt;q=0.9,en;q=0.8", "cy-GB,cy;q=0.9,en-GB;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8",
         "tr-TR,tr;q=0.9,en-GB;q=0.8", "en-US,en;q=0.9", "en-GB"]
SCRIPT_UAS = ["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.5.0", "Go-http-client/2.0",
              "PowerBI/2.130 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.17726; Pro)",
              "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8",
              "azure-logic-apps/1.0 (workflow 5c1f; version 08584770)", "PostmanRuntime/7.40.0", "Zapier",
              "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "okhttp/4.12.0", "axios/1.7.2"]
VERIFY_UAS = [*SCRIPT_UAS[:4], "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "StatusCake_Pagespeed_Indev", "curl/7.88.1",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.8.0", "jwks-rsa/3.1.0", "Go-http-client/1.1", "lua-resty-http/0.17.1 (Lua) ngx_lua/10026",
            "python-httpx/0.27.0", "openapi-generator/7.6.0", "PostmanRuntime/7.40.0", "Swagger-Codegen/3.0.56/java"]


class School(EvaluatorDay):
    """Hollybank Primary: its staff, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "hB4sQ9mXw2LkTz7NcR5vGpYd"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (6, 6, 7, 7, 7, 8, 12, 15), ("00", "10", "15", "30", "45")
    iat_window = (0, 34000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 34000), 38, 0.18, 35
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    other_platform = '"Chrome OS"'
    ga_rate, dnt_rate, mobile_rate = 0.18, 0.05, 0.35
    xff_rate, xff = 0.06, ("10.42.8.17", "10.42.12.201", "172.20.4.9, 10.42.0.3")  # the school's web filter
    script_encoding_rate = 0.4
    trace_rate, request_id_rate = 0.2, 0.1
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = VERIFY_UAS
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    meta_browser_rate = 0.1
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 9, 0.25
    command_partner_rate = 0.12
    button_places, weather_replies = PLACES + ADDRESSES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.86, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = PLACES + ADDRESSES + ["school", "Hollybank Primary, Beech Rd", "home (M21)"]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", " ", "."), (TEAM, PARTNER_TEAM, "")
    search_pages, audit_page = (1, 4), (2, 6)
    # the data API
    limits, offsets = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    usage_days, until_choices = (1, 9), UNTIL
    # what people type, and their Slack events
    fill_pools = {"%TRIP%": TRIPS, "%CLASS%": CLASSES, "%CHILD%": CHILDREN, "%PARENT%": PARENTS,
                  "%ALLERGY%": ALLERGY, "%SLOT%": SLOTS, "%MENU%": MENU, "%BAND%": BANDS, "%GRADE%": GRADES,
                  "%ROOM%": ROOMS, "%FEE%": FEES, "%HOLIDAY%": HOLIDAYS, "%PLACE%": PLACES, "%ADDR%": ADDRESSES,
                  "%WHEN%": WHEN, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
    commands, chat_lines, long_messages, emoji = COMMANDS, CHAT, LONG_MESSAGES, EMOJI
    link_pool = [link for link, *_ in LINKS]
    link_labels = ("", "", "", "|ParentPay", "|slip", "|here", "|menu")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.2, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hey ", "morning ", "cc ")
    edit_suffixes = (" (edit: it's 3B not 3C)", " *Year 4", " — sorry, Thursday not Friday", "", " ✅")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.5, 0.1
    files, file_notes, file_types, file_sizes = FILE_NAMES, FILE_NOTES, FILE_TYPES, (2_000, 25_000_000)
    unfurl_leads = UNFURL_LEADS
    bot_replies, bot_updated_days = BOT_REPLIES, 31

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(90):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first, plain_last = (
                "".join(c for c in unicodedata.normalize("NFKD", part).lower() if c.isascii() and c.isalnum())
                for part in (first, last))
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first[0]}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@hollybank.sch.uk", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "staffroom", "office", "year-3", "year-5", "year-6-leavers", "eyfs-reception", "send-inclusion",
            "trips-and-visits", "lunch-and-kitchen", "site-and-premises", "sports-day-2024", "pta-liaison",
            "supply-cover", "random", "attendance")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- its App Home, its links' previews --------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place = self.pick([f"{SCHOOL}, GB", "Chorlton-cum-Hardy, GB", "not set (`remember location <place>`)"])
        zone, alert = self.pick(TIMEZONES), self.hhmm()
        lines = (f"*Location:* {place}\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n*Daily alert:* "
                 f"{self.pick(['on', 'off'])} at {alert} ({zone})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title", "emoji": True},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": lines}},
                           {"type": "divider", "block_id": self.block_id()},
                           {"type": "section", "block_id": self.block_id(),
                            "text": {"type": "mrkdwn", "text": HOME_NOTE}}]}

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, service, title, text = self.pick(LINKS)
        return link, (service, title, text)

    # ---- its browsers' cookies, its scripts' dates ------------------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("cookie_consent", "necessary"))
        if self.chance(0.08):
            jar.append(("_clck", f"{self.hexs(6)}%7C2%7Cfn8%7C0%7C1654"))
        return jar

    def request_ids(self) -> list[str]:
        return [f"arbor-{self.rng.randint(10**7, 10**8)}", f"pbi.{self.hexs(12)}"]

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}", f"2024-07-{day:02d}T08:00:00+01:00",
                f"2024-06-{day + 20:02d}T23:00:00Z", f"2024-07-{day:02d}T07:15:00.000Z"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 40), ("slack_home", 32), ("slash_command", 290), ("button_click", 105),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 62), ("oauth", 58), ("verify", 22), ("health", 26),
    ("meta", 28),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The school's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(School(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
