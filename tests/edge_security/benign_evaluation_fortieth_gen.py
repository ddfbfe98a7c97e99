"""A school trust's term-time week with Jeeves, on every route of the edge (benign only).

The Millbrook Schools Trust (two primaries, a high school and a sixth form; teachers, teaching assistants,
office staff, the site team and IT) uses Jeeves in its Slack workspace: staff DM the bot or @mention it to ask
the weather for playground duty, sports day and field trips (Whitby, Snowdonia, the Kraków exchange), remember
their school as their location, switch daily alerts on before the winter term; they paste what they work with
(parent messages in many languages, lunch menus, permission slips, timetables, grades like B+ and 87/100,
Chromebook and projector tickets, spreadsheet formulas, GAM and PowerShell one-liners). The data API is used
by the MIS sync, a Power BI dashboard, Google Apps Script gradebooks and the IT team's scripts; IT admins run
the panel; staff open their `/me/` page from Slack's one-time link or Sign in with Slack.

Every request goes only to an endpoint this product defines, with only the parameters, form fields and JSON
fields its handlers read (app/routes, app/admin/views, app/account, tokendealer/routes, README.md); Slack's
requests carry the fields Slack itself sends for the events, commands and clicks Jeeves subscribes to
(app_mention, message.im, app_home_opened, /jeeves, block_actions of its three buttons).

How it was written: independently, from the route list of gateway/gateway.yaml (name, match, methods, upstream
lines only), app/, tokendealer/ and README.md, with benign_day_gen.py read for record structure only. No WAF
rule, exclusion, ruleset, corpus or other generator's texts were read; texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the week.

Its Slack app core (timestamps, the Events API envelope, access tokens, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (form_request, csrf_post, token_request, verify_request, get_request,
signed_in, oidc_params, link_preview) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import ACTIONS
from .evaluator_web import WebApp
from .records import no_attacks, slack_escape

NAME = "evaluation_fortieth"
SEED = 40_0313_2025
EPOCH = 1741852800  # Thu 13 Mar 2025 08:00 UTC: the Slack placeholder timestamp (the replayer signs anew)
TEAM, TEAM_DOMAIN = "T04MBRKSCH", "millbrook-schools"
APP_ID, BOT = "A06JEEVESM", "U06JEEVES1"
BOT_ID = "B06JEEVESB"
HOST = "jeeves.millbrookschools.org.uk"
BASE = f"https://{HOST}"
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

FIRST = ["Aisha", "Bronwen", "Ciarán", "Dorota", "Eilidh", "Fernando", "Gráinne", "Hamza", "Imogen", "Jean-Luc",
         "Kemi", "Lowri", "Marie-Claire", "Nkechi", "Oisín", "Parveen", "Rhiannon", "Saoirse", "Tadhg", "Uchenna",
         "Valérie", "Wiktoria", "Xiang", "Yasmin", "Zofia", "Anne-Marie", "Björn", "Chidi", "Dafydd", "Eun-ji",
         "Fionnuala", "Gareth", "Halima", "Iwan", "Joanna", "Kwame", "Luís", "Mhairi", "Niamh", "Olumide",
         "Priyanka", "Rūta", "Seren", "Tomasz", "Ursula", "Wen", "Yusuf", "Zeynep", "Mo", "Jo", "Sam", "Chris",
         "Bex", "Dave", "Siobhán", "Rhys", "Nadia", "Ahmed", "Kasia", "Mihai"]
LAST = ["O'Connor", "D'Souza", "Smith-Jones", "Nguyễn", "Ní Bhriain", "Al-Masri", "Kowalczyk", "N'Diaye",
        "MacLeod", "Ó Briain", "Fitzgerald-Reid", "Okonkwo", "Petrović", "Hughes", "ap Rhys", "Bhattacharya",
        "van den Broek", "Lewandowska", "Ahmed", "Chowdhury", "da Silva", "Müller", "Jankowski", "Evans", "Price",
        "Thomas", "Davies", "Begum", "Hussain", "Khan", "Popescu", "Şahin", "Ivanova", "Kovalenko", "Lefebvre",
        "St. John", "de la Cruz", "McCarthy", "O'Neill", "Williams-Bell", "Zieliński", "Ferreira", "Yamamoto",
        "Park", "Mac an tSaoir", "Dell'Aquila"]
ROLES = ["7B form tutor", "Head of Maths", "KS2 teacher", "TA (Year 3)", "SENCo", "Data Manager", "Office Manager",
         "Network Manager", "IT Technician", "Site Manager", "Head of PE", "Exams Officer", "Trips Coordinator",
         "Deputy Head (Pastoral)", "Science Technician", "Catering Manager", "Attendance Officer", "Librarian"]

SCHOOLS = ["Millbrook Primary", "St Brigid's Catholic Primary", "Hollins Park High", "Riverside Sixth Form",
           "Millbrook Academy"]
PLACES = [
    "Millbrook", "Bedford", "Milton Keynes", "Ampthill", "Flitwick", "Woburn", "Whipsnade", "Luton", "Cambridge",
    "Oxford", "London", "Greenwich", "Stratford-upon-Avon", "Whitby", "Scarborough", "Robin Hood's Bay", "Bamburgh",
    "Ambleside", "Keswick", "Coniston", "Betws-y-Coed", "Llanberis", "Llandudno", "Aberystwyth", "Brecon",
    "Edinburgh", "Fort William", "Swanage", "Lulworth", "St Ives", "Castleton", "Hathersage", "Bletchley",
    "Silverstone", "Duxford", "Dover", "King's Lynn", "Bishop's Stortford", "Westward Ho!", "Ashby-de-la-Zouch",
    "Llanfairpwllgwyngyll", "Hay-on-Wye", "Newcastle upon Tyne", "Bury St Edmunds", "Weston-super-Mare",
    "Calais", "Boulogne-sur-Mer", "Paris", "Versailles", "Bayeux", "Saint-Malo", "L'Alpe d'Huez", "Ieper", "Brugge",
    "Köln", "Berlin", "München", "Kraków", "Oświęcim", "Wrocław", "Łódź", "Barcelona", "Sevilla", "Málaga",
    "Reykjavík", "Val Thorens", "Sölden", "Zell am See", "Andorra la Vella", "Roma", "Pompei", "Firenze",
    "Amsterdam", "Dublin", "Galway", "Dún Laoghaire", "Belfast", "New York", "Washington, D.C.", "Orlando",
    "Tokyo", "東京", "京都", "서울", "北京", "Київ", "Warszawa", "București", "Cluj-Napoca", "Lahore", "لاہور",
    "Karachi", "Mirpur", "Dhaka", "ঢাকা", "Sylhet", "Lagos", "Accra", "Hargeisa", "Kingston, Jamaica", "Manila",
    "Hà Nội", "القاهرة", "Αθήνα", "İzmir", "Vilnius", "Rīga",
    "MK45 2QD", "MK42 9AP", "LU5 6QP", "CA12 5XE", "YO22 4PR", "LL55 4UR",
    "Millbrook Academy, 12 Station Road, Millbrook MK45 2QD", "St Brigid's, Church Lane, Ampthill",
    "YHA Borrowdale, Keswick CA12 5XE", "Pen-y-Pass, Nant Peris", "Whipsnade Zoo, Dunstable LU6 2LF",
    "52.0406, -0.7594", "51.5072° N, 0.1276° W", "54.4858,-0.6206", "Bedford, Bedfordshire, UK",
]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/London", "Europe/London", "Europe/Dublin", "Europe/Warsaw",
             "Europe/Paris", "Europe/Bucharest", "Asia/Karachi", "Asia/Dhaka", "America/New_York", "Europe/Kyiv",
             "Africa/Lagos", "Europe/Lisbon", "UTC"]
CHANNELS = [("C04STAFFRM", "staffroom"), ("C04YR7TEAM", "year7-team"), ("C04ITHELPD", "it-helpdesk"),
            ("C04TRIPSVS", "trips-and-visits"), ("C04SPORTSD", "sports-day"), ("C04SITETEA", "site-team"),
            ("C04SENDTEA", "send-team"), ("C04EXAMSOF", "exams-office"), ("C04LUNCHMN", "lunch-menu"),
            ("C04KS2TEAM", "ks2-teachers"), ("C04MATHSDP", "maths-dept"), ("C04SCIENCE", "science"),
            ("C04OFFICE1", "school-office"), ("C04SIXTHFM", "sixth-form"), ("C04GENERAL", "general")]
ROOMS = ["Rm 214", "S12", "Lab 3", "the Main Hall", "Rm 1.07", "Library", "the Sports Hall", "D&T workshop",
         "Portakabin 2", "Rm B4", "the Sensory Room", "Music 1", "IT Suite 2", "the Learning Hub"]
CLASSES = ["7B Maths", "8C Science", "9X2 English", "10Y1 Maths", "Year 5 (Oak class)", "Reception (Robins)",
           "11B History", "12 Physics", "Y3 Willow", "13 Psychology", "7C PE", "9 Set 3 French", "KS2 choir"]
DATES = ["14/03/2025", "14.03.25", "2025-03-14", "Fri 14 Mar", "March 14th", "14th March 2025", "3/14",
         "w/c 17/03", "Tue 25/3", "27.03.2025", "Thursday 3rd April", "2025-04-04", "after Easter (22/04)"]
LINKS = [
    "https://classroom.google.com/c/NjU0MzIxMDk4NzY1/a/Nzg5MDEyMzQ1Njc4/details",
    "https://millbrook.sharepoint.com/:x:/s/Staff/EbC3pQ9xY2ZHk?e=AbC123",
    "http://helpdesk.millbrook.local:8080/scp/tickets.php?id=4471",
    "https://mis.millbrookschools.org.uk:8443/reports/attendance?class=7B&from=2025-03-10&to=2025-03-14",
    "https://forms.office.com/r/8hJ2kLm9Qw", "https://www.bbc.co.uk/bitesize/topics/z3kw2hv",
    "https://docs.google.com/spreadsheets/d/1Qw3rTy7uIoP/edit#gid=0&range=B2:F31",
    "https://meet.google.com/abc-defg-hij", "https://www.parentpay.com/", "https://www.metoffice.gov.uk/weather/"
    "forecast/gcr3vpz1r", "https://support.google.com/chromebook/answer/1080595?hl=en-GB",
    "https://www.gov.uk/school-term-holiday-dates", "https://evolve.edufocus.co.uk/evco10/visit.asp?id=20419",
    "https://www.yha.org.uk/hostel/yha-borrowdale", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nj"
    "Q5ZTk2%40thread.v2/0?context=%7b%22Tid%22%3a%22f1b2%22%7d", "https://padlet.com/mrsdavies/y5-science-2025",
    "https://www.tes.com/teaching-resource/fractions-ks2-12345678", "https://status.cloud.google.com/",
]

# ---- what staff type --------------------------------------------------------------------------------
# Placeholders: {P} place, {M} a colleague, {C} a channel, {D} a date, {N} a number, {R} a room, {K} a class,
# {S} a student id, {L} a link, {T} a time, {TZ} a time zone, {SC} a school.
COMMANDS = [
    "weather", "weather {P}", "weather {P}", "weather {P}", "weather in {P}", "weather {P} tomorrow",
    "weather {P} please", "weather for {P} this afternoon", "Weather {P}?", "weather {P} :sunny:",
    "weather {P} :umbrella:", "weather {P} 🌧️", "weather at {SC}", "wether {P}", "weather {P} pls",
    "weather in {P} this weekend", "weather {P} tomorrow?", "WEATHER {P}", "weather {P} :snowflake:",
    "remember location {P}", "remember location {P}", "remember location {SC}", "Remember location {P}",
    "my location", "forget location", "config", "config units metric", "config units imperial",
    "config alert_time {T}", "config time {T}", "config timezone {TZ}", "config tz {TZ}", "config alerts on",
    "alerts on", "alerts off", "alerts", "Alerts on please", "login", "forget me", "help", "hi", "hello 👋",
    "?", "thanks!", "cheers Jeeves", "what can you do", "is it going to rain for sports day on {D}?",
    "will the {K} trip to {P} get rained off?", "config alert_time 6:45am", "config timezone GMT",
]
CHAT = [
    "Can someone cover P3 {K} in {R}? I'm in the SEND review until 11:10.",
    "{K} mock results are in: mean 64/100, median 67, 5 students below 40. Boundaries A* 85+, A 75, B 64, C 52.",
    "Reminder: Year 9 Options Evening Thurs 20 March 6–8pm in the Main Hall. Parents park on Church Lane please 🚗",
    "Half term: Mon 26 May – Fri 30 May 2025. INSET day Mon 2 June, students back Tue 3 June.",
    "Is playground duty still on if it's drizzling? Asking for the whole of KS2 😅",
    "Fire drill at 10:15 today — please don't panic the Reception kids, it's just practice 🔔",
    "{M} could you pop the Y5 permission slips in my pigeonhole? Need 28, have 23.",
    "Sports day moved to {D} because of the forecast. Reserve date {D}.",
    "Who has the key to the PE cupboard?? The netball posts are locked in again",
    "Parents' evening bookings close Friday 5pm: {L}",
    "Cover for {K} P4: worksheet is on the Google Classroom, pages 34–36, calculators allowed ✏️",
    "Grades for the report: Amelia B+, Jayden 87/100 (A), Zara C- → C after remark, Oliver WTS, Maya GDS",
    "The minibus (YX19 ABC) is booked for {D} 08:15–16:00. Drivers need a D1 on their licence or MiDAS!",
    "Staff briefing moved to 8:20 tomorrow in the library ☕",
    "Please remind 7B that PE kit is needed on Tues AND Thurs this half term.",
    "Lost property is overflowing again 🧥🧥🧥 anything not named goes to the PTA sale on {D}",
    "Can we get a weather check for the Y6 residential? It's at {P} next week",
    "Thanks {M} for covering my duty yesterday, I owe you a coffee ☕",
    "Snow day? 🙏❄️ Any word from the Head yet?",
    "The school will CLOSE at 1:30pm on {D} for staff training. Buses at 1:35.",
    "Attendance this week: 94.6% (target 96%). 7C at 91.2% — two PAs chasing.",
    "Has anyone seen the set of 30 Year 4 reading books (Oxford Reading Tree, level 9)? Last in {R}",
    "👋 I'm new in the science dept — who do I ask for a lab coat & the tech request form?",
    "Exam timetable for mocks is live: {L} — clash for 11B students in P2 on {D}, sorting it",
    "Is it me or is the Wi-Fi in {R} dropping every 10 min?",
    "Can I borrow the visualiser from {R} for P5? Will bring it back by 3:15",
    "Christmas jumper day raised £412.50 for Save the Children 🎄 thank you all!",
    "Reminder: safeguarding concerns go on CPOMS, not in Slack. Thanks!",
    "Marking moderation for {K}: bring 3 books (high/mid/low) to the maths office, Wed 3:30pm",
    "PTA quiz night 🧠 Fri 28/03, 7pm, £5 a head, teams of 6 max. Staff team needs a name!",
    "The photocopier on the first floor says 'Jam in tray 2 – open door C'. I opened door C. Still jammed 😭",
    "Weather for the Y8 geography fieldwork at {P} on {D}? Need to decide wellies vs trainers",
    "does anyone know if the swimming pool at the leisure centre is open for Y4 on Tuesday?",
    "Room change: {K} is in {R} all this week (builders in the maths block)",
    "Heads up: Ofsted-style learning walk Thursday P1–P3 👀",
    "Lunch duty rota for w/c 17/03 is on the staffroom board. Swap with someone, don't just not turn up pls",
    "Who's on gate duty at 3:15? The lollipop lady is off sick",
    "FYI {M} — the Year 10 work experience forms need a signature from you by {D}",
    "ok", "thanks!", "👍", "on it", "cheers", "🙏", "lol", "no worries", "will do", "brill, ta",
    "Sorry, wrong chat 🙈", "Is it going to be sunny for the Reception trip to the farm? 🐑🐄",
    "Geography trip: need forecast for {P} and {P} please — risk assessment due {D}",
    "Apologies for late marking — 9X2 essays back by Monday, promise 📚",
    "Kahoot for Year 7 French at 2pm in {R} if anyone wants to borrow the idea 🇫🇷",
    "When's the deadline for the predicted grades? Thinking {D}",
    "Year 11 leavers' hoodies: sizes XS–XXL, £22 each, order form due {D}",
    "Can someone tell me the code for the staff toilets in the new block? It's not 1234 anymore 🙃",
]
PARENT_MESSAGES = [
    "Dzień dobry, mój syn Kacper (7B) jutro nie będzie w szkole – ma wizytę u dentysty o 10:30. Pozdrawiam, "
    "Agnieszka Nowak",
    "Hola, soy la madre de Lucía García (5A). ¿Podrían confirmar si la excursión del viernes necesita almuerzo "
    "para llevar? ¡Gracias!",
    "السلام علیکم، میری بیٹی عائشہ کل اسکول نہیں آئے گی کیونکہ اس کی طبیعت ٹھیک نہیں ہے۔ شکریہ",
    "مرحباً، هل يمكن أن تخبروني بموعد اجتماع أولياء الأمور للصف السابع؟ شكراً جزيلاً",
    "Bună ziua, fiul meu Andrei (clasa 8C) a uitat echipamentul de sport acasă. Îl aduc la recepție la 12:00.",
    "Bom dia! O João (6B) tem consulta no hospital às 14h, vou buscá-lo às 13h30. Obrigada.",
    "Доброго дня! Чи можна отримати розклад уроків для 9А на наступний тиждень? Дякую!",
    "Subax wanaagsan, wiilkayga Cabdi ma iman karo dugsiga maanta, wuu xanuunsan yahay. Mahadsanid.",
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੇਰੀ ਧੀ ਹਰਪ੍ਰੀਤ ਵੀਰਵਾਰ ਦੀ ਯਾਤਰਾ 'ਤੇ ਜਾ ਸਕਦੀ ਹੈ। ਫਾਰਮ ਕੱਲ੍ਹ ਭੇਜਾਂਗੇ। ਧੰਨਵਾਦ",
    "老师您好，我是王小明（7A）的妈妈。请问下周三的家长会几点开始？谢谢！",
    "Chào cô, con tôi là Minh Anh lớp 4B hôm nay bị sốt nên xin nghỉ học. Cảm ơn cô ạ.",
    "Magandang umaga po! Pwede po bang malaman kung anong oras babalik ang bus galing sa field trip? Salamat po.",
    "Bonjour Madame, Léa (Year 8) sera absente lundi matin pour un rendez-vous chez l'orthodontiste. "
    "Cordialement, M. Dupont",
    "Bore da! Atgoffa: Eisteddfod yr ysgol ddydd Gwener 28/02 – gwisgwch goch os gwelwch yn dda 🏴",
    "শুভ সকাল, আমার ছেলে রাফি আজ স্কুলে আসতে পারবে না, ওর জ্বর হয়েছে। ধন্যবাদ।",
    "Merhaba, kızım Elif yarınki okul gezisine katılabilir mi? İzin formunu imzaladım, çantasında.",
    "Guten Tag, könnten Sie mir bitte die Hausaufgaben für die 8D schicken? Mein Sohn ist krank. Vielen Dank!",
    "Laba diena, ar galėčiau atsiimti Luko pažymėjimą po pamokų? Ačiū!",
    "Hi, it's Jayden's dad — he's got a temperature of 38.4°C so he won't be in today. Thanks, Mark O'Brien "
    "(07700 900123)",
    "Good morning, could you tell Mrs D'Souza that Ava's inhaler is in the front pocket of her bag? Thank you x",
    "Hello, we've paid £18.50 on ParentPay for the Whipsnade trip (ref PP-2025-0413-77) but it still says unpaid?",
    "Dear Sir/Madam, I'm writing to request a leave of absence for Noah (3W) from 7–11 April for a family "
    "wedding in Lahore. Kind regards, Mrs S. Hussain",
    "שלום, הבת שלי נועה תאחר מחר בגלל תור לרופא. תודה",
    "Γεια σας, ο Νίκος (5Β) θα λείψει την Παρασκευή. Ευχαριστώ!",
]
TECH = [
    "IT ticket #4471: Chromebook CB-0412 (S/N 5CD1234XYZ) stuck on \"ChromeOS is missing or damaged\". Tried "
    "Esc+Refresh+Power, no joy. Powerwash next?",
    "Projector in S12 shows 'No signal' on HDMI 2 — Epson EB-685W, lamp hours 3,120. VGA works fine, so cable?",
    "Sheet formula for the gradebook: `=AVERAGEIF(C2:C31,\">=70\")` gives #DIV/0! when the column is empty",
    "Try `=IFERROR(VLOOKUP(A2,'Y7 Roster'!A:D,4,FALSE),\"not found\")` in column E",
    "`=COUNTIFS(D:D,\"B+\",E:E,\"<>absent\")` counts the B+ who sat it 👍",
    "```\n=ARRAYFORMULA(IF(B2:B=\"\",,ROUND(AVERAGE(C2:F2)*100/120,0)&\"%\"))\n```",
    "Printer in the staffroom is 10.20.4.55 (HP M479fdw). If it says offline, re-add it via \\\\print01\\Staffroom",
    "Chromebook cart B: 3 missing. Serials 5CD2031KQ7, 5CD2031KR2, 5CD2031LL0. Last logged in by Y6 Oak class.",
    "MAC of the new Promethean panel in {R}: 3C:52:82:1A:9F:07 — can you add it to VLAN 40 (AV)?",
    "```\ngam update cros 5CD1234XYZ action disable\ngam print cros query \"status:provisioned\" fields "
    "serialnumber,annotatedUser,orgUnitPath > cros.csv\n```",
    "```\ngam print users query \"orgUnitPath='/Students/2025 Intake'\" fields primaryEmail,name > y7.csv\n```",
    "```powershell\nGet-ADUser -Filter \"Department -eq 'Science'\" -Properties mail | Select-Object Name,mail\n```",
    "Export from Arbor for the trip list:\n```\nUPN,Surname,Forename,Reg,DOB,Dietary\nA123456789012,O'Neill,Seán,7B,"
    "2012-09-14,Vegetarian\nA123456789013,Nowak,Zuzanna,7B,2013-01-02,Nut allergy (EpiPen)\n```",
    "Timetable Wk A Mon: P1 {K} Rm 214 | P2 free | P3 8C Sc Lab 3 | P4 10Y1 Ma Rm 214 | P5 duty (gate)",
    "The wifi password for visitors (MBK-Guest) rotates Mondays. This week: see the office, not Slack 🙂",
    "```\nping 10.20.0.1\nRequest timed out.\nRequest timed out.\nReply from 10.20.0.1: bytes=32 time=143ms "
    "TTL=64\n```",
    "ActivPanel 75\" in {R}: firmware update to 3.2.1 failed with error 0x80070005. Rolled back.",
    "Student {S} can't log in: 'Your account has been disabled. Contact your administrator.' Was a leaver flag?",
    "Attendance query for the data manager:\n```sql\nSELECT upn, surname, forename, COUNT(*) AS sessions_missed\n"
    "FROM attendance WHERE mark IN ('N', 'O', 'G') AND session_date >= '2025-01-06'\nGROUP BY upn, surname, "
    "forename HAVING COUNT(*) > 10 ORDER BY sessions_missed DESC;\n```",
    "```\nTraceback (most recent call last):\n  File \"sync_mis.py\", line 57, in <module>\n    r.raise_for_status()"
    "\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.arbor-education"
    ".com/rest-v2/students?page=4\n```",
    "Cron on the mgmt box: `15 6 * * 1-5 /opt/it/bin/sync_mis.py --school HPH >> /var/log/mis-sync.log 2>&1`",
    "Chromebook keyboard shortcut for screenshots: Ctrl + Show windows (□||). Partial: Ctrl+Shift+Show windows.",
    "chrome://policy says ForceGoogleSafeSearch = true, DeveloperToolsAvailability = 2 — that's correct for "
    "students",
    "The CCTV NVR (192.168.50.10:8000) is at 97% disk, overwriting from Mon. Site team, is that OK?",
    "Quick LaTeX for the A-level physics sheet: $v = u + at$, $s = ut + \\frac{1}{2}at^2$, $E_k = \\frac{1}{2}mv^2$",
    "Python for the Y12 CS homework: `print(sum(x**2 for x in range(1, 11)))` should give 385",
    "Y9 Scratch club: \"when green flag clicked → forever → move (10) steps → if on edge, bounce\" 🐱",
    "Netgear switch in the DT block: port 14 flapping. `show interfaces 1/0/14` → CRC errors 1,204",
    "SIMS → Arbor migration checklist: ✅ students ✅ contacts ⬜ assessments ⬜ behaviour points ⬜ SEN records",
    "Teams meeting link for the IT catch-up: {L}",
]
LONG_TEXTS = [
    "*Lunch menu w/c 17/03* 🍽️\n• Mon – chicken tikka masala / chana masala (V), rice & naan\n• Tue – fish & chips "
    "(GF batter on request), mushy peas\n• Wed – roast turkey, Yorkshire pud, seasonal veg / veggie wellington\n"
    "• Thu – pasta bake / jacket potatoes with beans or cheese\n• Fri – pizza 🍕 & salad bar\nDessert: fruit, "
    "yoghurt, or flapjack (contains oats, gluten). Price £2.45 (FSM covered). Allergens on the board by the tills.",
    "*Permission slip — Year 5 trip to Whipsnade Zoo*\nDate: Thu 27 March 2025, leaving 08:45, back ~15:30\nCost: "
    "£18.50 via ParentPay by 20/03 (contact the office if this is a problem — nobody misses out)\nPacked lunch: "
    "needed, *no nuts please*\nClothing: waterproof coat, comfy shoes\n\n☐ I give permission for my child "
    "________________ (class ____) to attend.\nSigned: ________________  Emergency tel: ________________",
    "Hi all,\n\nforwarding from a parent (translated with Google, original below):\n> Good morning teacher, "
    "my son Kacper will not be at school tomorrow, he has a dentist at 10:30.\n\n> Dzień dobry, mój syn Kacper "
    "jutro nie będzie w szkole – ma wizytę u dentysty o 10:30.\n\nI've marked it as M (medical) in the register.",
    "*Y6 residential — YHA Borrowdale, 7–9 May* 🏔️\n1. Coach leaves 7:30am from the staff car park\n2. Kit list: "
    "{L}\n3. Medication handed to Mrs O'Connor in a named bag, with the form\n4. No phones (they'll be collected)\n"
    "5. Staff: 1:8 ratio, rota on the shared drive\n\nWeather check the day before, please Jeeves 🙏",
    "IT update 🖥️\n```\nDone:  Chromebook carts A-C updated to ChromeOS 126\n        Projector lamp swapped in "
    "S12\nToDo:  Wi-Fi AP in Rm 1.07 (replacement on order, ETA 21/03)\n        Printer queue for Library "
    "stuck — rebooting tonight\n```\nRaise anything else via the helpdesk form: {L}",
    "*Sports Day 2025* ☀️🏃\nDate: Wed 18 June (reserve Fri 20 June)\nKS1 9:30–11:30, KS2 1:15–3:00\nEvents: "
    "sprint (50m/80m), egg & spoon, sack race, relay 4x100m, tug of war (Y6 v staff 😬)\nParents welcome, bring "
    "sun cream & water. Results on the House board: Oak 312, Ash 298, Willow 305, Beech 287",
    "Notes from the SEND review ({K}):\n- J.K. (UPN …012): extra time 25% confirmed for mocks\n- A.B.: reader "
    "+ separate room (Rm B4)\n- EHCP annual review for T.S. on {D} at 2pm, parents attending, interpreter "
    "(Urdu) booked\n- Next review cycle: after half term",
    "Hello Jeeves team 👋 a request from the site team: could the daily alert include frost warnings? We grit the "
    "paths at 6:30 if it's below 0°C. Currently we check the Met Office app ({L}) manually every night.",
    "Exam season reminders 📝\n• JCQ rules: no watches in the exam room, clear pencil cases\n• Candidates arrive "
    "8:30 for 9:00 starts, 13:00 for 13:30 starts\n• Contingency day: Wed 25 June\n• Access arrangements list is "
    "final — changes via the Exams Office only (ext. 2241)",
    "Term dates 2025/26 (provisional):\nAutumn: Wed 3 Sep – Fri 19 Dec (half term 27–31 Oct)\nSpring: Mon 5 Jan – "
    "Fri 27 Mar (half term 16–20 Feb)\nSummer: Mon 13 Apr – Tue 21 Jul (half term 25–29 May)\nINSET: 1–2 Sep, "
    "5 Jan, 13 Apr, 22 Jul",
]


class Week(WebApp):
    """The trust, its staff, and the one seeded random source every request draws from."""

    prefix, epoch, slack_retry_rate = f"{NAME}-benign", EPOCH, 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT, "mbkVerif1cat1onTok3nXyZ", BASE
    ts_window = iat_window = event_window = (0, 5 * 86400)
    kid_first, client_id_after, context_bytes = True, "jti", 36
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.staff: list[dict[str, str]] = []
        for i in range(240):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            handle_last = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "staff"
            handle_first = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "staff"
            handle = f"{handle_first[0]}.{handle_last}{'' if i % 9 else i}"
            self.staff.append({"id": self.sid("U0"), "name": f"{first} {last}", "handle": handle,
                               "email": f"{handle}@millbrookschools.org.uk", "role": self.rng.choice(ROLES),
                               "place": self.rng.choice(PLACES), "tz": self.rng.choice(TIMEZONES),
                               "dm": self.sid("D0")})

    # ---- small random pieces ----------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 6, 6, 7, 7, 7, 7, 8, 12, 15, 16]):02d}:{self.pick(['00', '15', '30', '45', '40'])}"

    def student_id(self) -> str:
        return self.pick([f"S2023-{self.rng.randint(1000, 9999):05d}", f"MBK{self.rng.randint(100000, 999999)}",
                          f"A{self.rng.randint(10**11, 10**12 - 1)}"])

    def rec(self, kind: str, sub: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        for value in req["headers"].values():
            assert not any(c in value for c in "\r\n\x00"), value
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": sub}

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, Slack's escaping and its <...> markup for links and people."""
        out = slack_escape(text) if slack else text
        pieces: dict[str, Any] = {
            "{P}": lambda: slack_escape(self.pick(PLACES)) if slack else self.pick(PLACES),
            "{SC}": lambda: slack_escape(self.pick(SCHOOLS)) if slack else self.pick(SCHOOLS),
            "{D}": lambda: self.pick(DATES), "{N}": lambda: str(self.rng.randint(2, 32)),
            "{R}": lambda: slack_escape(self.pick(ROOMS)) if slack else self.pick(ROOMS),
            "{K}": lambda: slack_escape(self.pick(CLASSES)) if slack else self.pick(CLASSES),
            "{S}": self.student_id, "{T}": self.alert_time, "{TZ}": lambda: self.pick(TIMEZONES),
            "{M}": lambda: f"<@{self.pick(self.staff)['id']}>" if slack else "@" + self.pick(self.staff)["handle"],
            "{C}": lambda: "<#{}|{}>".format(*self.pick(CHANNELS)) if slack else "#" + self.pick(CHANNELS)[1],
            "{L}": lambda: (f"<{slack_escape(self.pick(LINKS))}>" if slack else self.pick(LINKS)),
        }
        for key, make in pieces.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def command_text(self, slack: bool = True) -> str:
        return self.fill(self.pick(COMMANDS), slack)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            text = self.pick(CHAT)
        elif roll < 0.68:
            text = self.pick(["", "", "Parent message from this morning: ", "fwd from the office: ",
                              "can you translate this? ", "> "]) + self.pick(PARENT_MESSAGES)
        elif roll < 0.88:
            text = self.pick(["", "", "hmm ", "@IT ", "any idea? ", "fyi "]) + self.pick(TECH)
        else:
            text = self.pick(LONG_TEXTS)
        if self.chance(0.2):
            text += " " + self.pick([":pray:", ":sunny:", "🙏", "😅", "👍", ":tada:", "☔", "🌈", ":thumbsup:",
                                     "x", "thanks!", "(sorry for the long msg)", ":school_satchel:"])
        return self.fill(text)

    # ---- Slack ------------------------------------------------------------------------------------
    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=self.chance(0.15))}

    def rich_text(self, text: str, mention: bool) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if mention:
            elements.append({"type": "user", "user_id": BOT})
            raw = raw.replace(f"<@{BOT}>", "").lstrip()
            raw = " " + raw
        elements.append({"type": "text", "text": raw})
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, text: str, channel: str, mention: bool, who: dict[str, str] | None = None) -> dict[str, Any]:
        who = who or self.pick(self.staff)
        ts = self.ts()
        event: dict[str, Any] = {"user": who["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.85):
            event["blocks"] = self.rich_text(text, mention)
        if self.chance(0.18):
            event["thread_ts"] = self.ts()
            if self.chance(0.6):
                event["parent_user_id"] = self.pick([BOT, self.pick(self.staff)["id"]])
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = "im"
        return event

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.62) else self.chat_text()
        if self.chance(0.05):
            text = text.upper() if len(text) < 40 else text
        who = self.pick(self.staff)
        return self.rec("slack", "dm", "json", self.event_request(self.message(text, who["dm"], False, who)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.55):
            text = f"<@{BOT}> " + self.command_text()
        else:
            body = self.chat_text()
            text = self.pick([f"<@{BOT}> {body}", f"hey <@{BOT}> {body}", f"{body} <@{BOT}>",
                              f"<@{BOT}> can you check the weather? " + body])
        return self.rec("slack", "mention", "json", self.event_request(self.message(text, cid, True)))

    def bot_reply_text(self) -> tuple[str, str]:
        place = self.pick(PLACES)
        deg, wind = self.pick([("°C", "km/h"), ("°C", "km/h"), ("°F", "mph")])
        desc = self.pick(["light rain", "overcast", "clear sky", "partly cloudy", "moderate drizzle", "fog",
                          "slight snow fall", "thunderstorm", "rain showers"])
        t = self.rng.randint(-3, 24) if deg == "°C" else self.rng.randint(27, 75)
        text = (f"{place}: {desc}, {t}{deg}, wind {self.rng.randint(3, 48)} {wind}; today {t - 3}{deg} to "
                f"{t + 4}{deg}, {self.rng.randint(0, 100)}% chance of precipitation")
        return place, text

    def weather_blocks(self, place: str, text: str) -> list[dict[str, Any]]:
        return [{"type": "section", "block_id": self.token(3)[:5], "text": {"type": "mrkdwn", "text": text,
                                                                             "verbatim": False}},
                {"type": "actions", "block_id": self.token(3)[:5],
                 "elements": [{"type": "button", "action_id": "set_location", "value": place,
                               "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]

    def slack_bot_echo(self) -> dict[str, Any]:
        """message.im also delivers the bot's own replies; Jeeves ignores them (bot_id)."""
        who = self.pick(self.staff)
        ts = self.ts()
        roll = self.rng.random()
        blocks: list[dict[str, Any]] | None = None
        if roll < 0.55:
            place, text = self.bot_reply_text()
            blocks = self.weather_blocks(place, text)
            text = slack_escape(text)
        elif roll < 0.75:
            text = (f"Your settings:\n• alert_time: {self.alert_time()}\n• alerts: on\n• timezone: "
                    f"{self.pick(TIMEZONES)}\n• units: metric\nChange one with `config units imperial`, "
                    "`config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.")
        elif roll < 0.9:
            text = f"Got it, I will remember {slack_escape(self.pick(PLACES))}."
        else:
            text = "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your " \
                   "alert_time\n• `weather [place]`: the weather for a place, or for your remembered location"
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT, "ts": ts,
                                 "app_id": APP_ID, "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 86400 * 40, "app_id": APP_ID,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-09-02/"
                                                                       "7651_jeeves_36.png"}, "team_id": TEAM},
                                 "channel": who["dm"], "event_ts": ts, "channel_type": "im"}
        if blocks:
            event["blocks"] = blocks
        return self.rec("slack", "bot-echo", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        link = self.pick(LINKS)
        text = self.pick(["", "", "this one: ", "weather for the trip is on here ", "see "]) + f"<{slack_escape(link)}>"
        ts = self.ts()
        title, service, snippet = self.pick([
            ("Y7 Gradebook 2024/25", "Google Docs", "Sheet1 — 31 rows · Last edited by Mrs O'Connor"),
            ("Attendance report — 7B (10/03 – 14/03)", "Millbrook MIS", "94.6% overall · 3 persistent absentees"),
            ("Fractions KS2 | Teaching Resources", "Tes", "A full lesson on equivalent fractions with a 20-question "
                                                         "quiz & answers"),
            ("Millbrook 5 day weather forecast", "Met Office", "Thursday: light rain changing to cloudy by late "
                                                                "morning. 11°C / 5°C"),
            ("YHA Borrowdale | Youth Hostel in Keswick", "YHA", "Set in the heart of the Borrowdale Valley, "
                                                               "perfect for school groups"),
        ])
        message = {"client_msg_id": self.uuid(), "type": "message", "text": text, "user": who["id"], "team": TEAM,
                   "attachments": [{"from_url": link, "service_name": service, "title": title,
                                                    "title_link": link, "text": snippet, "fallback": f"{service}: "
                                                    f"{title}", "id": 1, "original_url": link}], "ts": ts}
        previous = {"client_msg_id": message["client_msg_id"], "type": "message", "text": text, "user": who["id"],
                    "team": TEAM, "ts": ts}
        event = {"type": "message", "subtype": "message_changed", "message": message, "previous_message": previous,
                 "channel": who["dm"], "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.rec("slack", "unfurl", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        name = self.pick(["Y5 Whipsnade permission slip.pdf", "timetable_wkA_2024-25.xlsx", "IMG_2231.HEIC",
                          "projector S12.jpg", "lunch menu w-c 17.03.png", "Risk assessment – Snowdon 2025 (v3).docx",
                          "Screenshot 2025-03-13 at 08.41.07.png", "7B seating plan (FINAL).pptx",
                          "chromebook_errors.txt", "Sports Day results 2024.csv"])
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
                "txt": "text/plain", "csv": "text/csv"}.get(ext, "application/vnd.openxmlformats-officedocument")
        fid = self.sid("F0", 9)
        event = self.message(self.fill(self.pick(["", "", "see attached", "here you go 📎", "can you read this?",
                                                  "weather {P} — and here's the RA"])), who["dm"], False, who)
        event["subtype"] = "file_share"
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": who["id"],
                           "size": self.rng.randint(12_000, 6_000_000), "mode": "hosted", "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{who['id']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.rec("slack", "file", "json", self.event_request(event))

    def slack_deleted(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        ts = self.ts()
        event = {"type": "message", "subtype": "message_deleted", "previous_message": {
            "type": "message", "text": self.command_text(), "user": who["id"], "ts": ts, "team": TEAM},
            "channel": who["dm"], "hidden": True, "deleted_ts": ts, "event_ts": self.ts(), "ts": self.ts(),
            "channel_type": "im"}
        return self.rec("slack", "deleted", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        event: dict[str, Any] = {"type": "app_home_opened", "user": who["id"], "channel": who["dm"],
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4], "text": {"type": "plain_text",
                                                                           "text": "Your Jeeves settings"}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}},
                "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title"},
                "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                "previous_view_id": None, "root_view_id": None, "app_id": APP_ID, "external_id": "",
                "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.rec("slack", "home", "json", self.event_request(event))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "mbkVerif1cat1onTok3nXyZ", "challenge": self.token(36), "type": "url_verification"}
        return self.rec("slack", "url-verification", "json", {
            "method": "POST", "uri": "/slack/events", "body": json.dumps(body),
            "headers": self.slack_headers("application/json")})

    def slash_command(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        cid, cname = self.pick(CHANNELS + [(who["dm"], "directmessage")] * 10 + [(self.sid("G0"), "privategroup")])
        text = self.command_text()
        if self.chance(0.04):
            text = " " + text + " "
        fields = [("token", "mbkVerif1cat1onTok3nXyZ"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", who["id"]),
                  ("user_name", who["handle"]), ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        body = urllib.parse.urlencode(fields, quote_via=self.pick([urllib.parse.quote_plus, urllib.parse.quote]))
        return self.rec("command", "jeeves", "form", {"method": "POST", "uri": "/slack/commands", "body": body,
                                                         "headers": self.slack_headers(
                                                             "application/x-www-form-urlencoded")})

    def button_click(self) -> dict[str, Any]:
        who = self.pick(self.staff)
        roll = self.rng.random()
        ephemeral = True
        message: dict[str, Any] | None = None
        if roll < 0.72:
            place, text = self.bot_reply_text()
            if self.chance(0.5):  # the weather reply to a DM or mention: a message Slack sends along
                ephemeral = False
                message = {"user": BOT, "type": "message", "ts": self.ts(), "bot_id": BOT_ID, "app_id": APP_ID,
                           "text": slack_escape(text), "team": TEAM, "blocks": self.weather_blocks(place, text)}
            action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": place, "type": "button", "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "style": "danger", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        cid, cname = self.pick([(who["dm"], "directmessage")] * 4 + CHANNELS)
        container: dict[str, Any] = {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                     "is_ephemeral": ephemeral}
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": who["id"], "username": who["handle"], "name": who["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": "mbkVerif1cat1onTok3nXyZ", "container": container,
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}}
        if message is not None:
            payload["message"] = message
        payload.update({"state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]})
        raw = json.dumps(payload, ensure_ascii=self.chance(0.5), separators=(",", ":"))
        body = urllib.parse.urlencode([("payload", raw)])
        return self.rec("interaction", action["action_id"], "form", {
            "method": "POST", "uri": "/slack/interactions", "body": body,
            "headers": self.slack_headers("application/x-www-form-urlencoded")})

    # ---- the data API: scripts, dashboards, CI ----------------------------------------------------
    def api_headers(self) -> dict[str, str]:
        client, ua = self.pick([
            ("mis-sync", "python-requests/2.32.3"), ("mis-sync", "python-httpx/0.27.2"),
            ("attendance-dashboard", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)"),
            ("gsheets-gradebook", "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                  "+https://script.google.com; id: UAEmdDd-7kq9wXbZ2)"),
            ("it-scripts", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-GB) PowerShell/7.4.6"),
            ("it-scripts", "curl/8.5.0"), ("it-scripts", "HTTPie/3.2.3"), ("ci-github", "GitHub-Actions/2.321.0"),
            ("ci-github", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
            ("grafana.site", "Grafana/11.3.1"), ("parentpay-bridge", "okhttp/4.12.0"),
            ("trip-planner", "axios/1.7.7"), ("classroom-roster", "Go-http-client/2.0")])
        scope = self.pick(["read", "read write", "read"]) if client != "attendance-dashboard" else "read"
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.55):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.3):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = self.pick([f"rojo={self.hexs(16)}", f"congo=t61rcWkgMzE,rojo={self.hexs(16)}",
                                             f"dd=s:1;t.dm:-0,mbk={self.hexs(8)}"])
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"mis-sync.{self.hexs(12)}", f"pbi:{self.hexs(8)}"])
        if self.chance(0.1):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-trace_id={self.hexs(32)},sentry-environment=production,"
                            f"sentry-release=gradebook%401.4.{self.rng.randint(0, 9)},sentry-sample_rate=0.2")
        if self.chance(0.08):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.32:
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "10"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 250, 400, 500]))))
            if self.chance(0.35):
                params.append(("active", self.pick(["true", "false", "1", "0", "True"])))
            if self.chance(0.3):
                params.append(("alerts", self.pick(["true", "false", "on", "off"])))
            if self.chance(0.3):
                params.append(("team_id", TEAM))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.rec("api", "users-list", "query", self.get_request(uri, h))
        if roll < 0.5:
            return self.rec("api", "user-get", "path", {"method": "GET", "body": "", "headers": h,
                                                           "uri": f"/api/users/{self.rng.randint(1, 420)}"})
        if roll < 0.72:
            person = self.pick(self.staff)
            doc: dict[str, Any] = {}
            choice = self.rng.random()
            if choice < 0.25:
                doc["settings"] = {"timezone": person["tz"], "alert_time": self.alert_time()}
            elif choice < 0.4:
                doc["settings"] = {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.7)}
            elif choice < 0.62:
                name = self.pick([person["name"], f"{person['name']} ({person['role']})",
                                  f"{self.pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx'])} {person['name'].split()[-1]}",
                                  person["name"].upper()])
                doc = {"name": name[:200]}
                if self.chance(0.5):
                    doc["email"] = person["email"]
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.25)}  # the MIS sync deactivates leavers
            else:
                doc = {"is_admin": self.chance(0.4)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.rec("api", "user-patch", "json", {"method": "PATCH", "body": body, "headers": h,
                                                             "uri": f"/api/users/{self.rng.randint(1, 420)}"})
        if roll < 0.86:
            day = self.rng.randint(3, 13)
            since = self.pick([f"2025-03-{day:02d}T00:00:00Z", f"2025-03-{day:02d}",
                               f"2025-03-{day:02d}T08:45:00+00:00", f"2025-02-{day + 10:02d}T00:00:00.000Z",
                               f"2025-03-{day:02d}T07:00:00"])
            params = [("since", since)]
            if self.chance(0.7):
                params.append(("until", self.pick(["2025-03-14T23:59:59Z", "2025-03-15", "2025-03-14T16:00:00+00:00"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.rec("api", "stats", "query", self.get_request(uri, h))
        if roll < 0.94:
            return self.rec("api", "switches", "header", self.get_request("/api/switches", h))
        doc = {"enabled": self.chance(0.7)}
        if self.chance(0.5):
            doc["team_id"] = self.pick([TEAM, "*"])
        h["Content-Type"] = "application/json"
        return self.rec("api", "switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                                         "body": json.dumps(doc), "headers": h})

    # ---- browsers -------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, site: str = "same-origin") -> dict[str, str]:
        kind = self.pick(["chromebook", "chromebook", "edge", "edge", "chrome-win", "safari-mac", "ipad", "iphone",
                          "android", "firefox", "slack-desktop"])
        ua = {
            "chromebook": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/126.0.0.0 Safari/537.36",
            "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "chrome-win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/127.0.0.0 Safari/537.36",
            "safari-mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                          "Version/18.1 Safari/605.1.15",
            "ipad": "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Version/17.6 Mobile/15E148 Safari/604.1",
            "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/18.1 Mobile/15E148 Safari/604.1",
            "android": "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/131.0.6778.81 Mobile Safari/537.36",
            "firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "slack-desktop": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Slack/4.41.105 Chrome/130.0.6723.91 Electron/33.2.0 Safari/537.36 Sonic "
                             "Slack_SSB/4.41.105",
        }[kind]
        lang = self.pick(["en-GB,en;q=0.9", "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-US,en;q=0.9",
                          "cy-GB,cy;q=0.9,en-GB;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-GB;q=0.8,en;q=0.7",
                          "ur-PK,ur;q=0.9,en;q=0.8", "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
                          "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8", "ar,en-GB;q=0.9,en;q=0.8",
                          "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "bn-BD,bn;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
                          "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB", "en-gb"])
        if kind == "firefox":
            lang = self.pick(["en-GB,en;q=0.5", "pl,en-US;q=0.7,en;q=0.3"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                       "q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": lang, "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": site, "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua and "Slack" not in ua:
            brand = {"edge": '"Microsoft Edge";v="131", "Chromium";v="131", "Not_A Brand";v="24"',
                     "chrome-win": '"Not)A;Brand";v="99", "Google Chrome";v="127", "Chromium";v="127"',
                     "chromebook": '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"',
                     "android": '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'}[kind]
            h["sec-ch-ua"] = brand
            h["sec-ch-ua-mobile"] = "?1" if kind == "android" else "?0"
            h["sec-ch-ua-platform"] = {"edge": '"Windows"', "chrome-win": '"Windows"', "chromebook": '"Chrome OS"',
                                       "android": '"Android"'}[kind]
        if referer:
            h["Referer"] = referer
        if form:
            if self.chance(0.85):
                h["Origin"] = "null"  # the pages' no-referrer policy: a form post's Origin is "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.05):
            h["DNT"] = "1"
        if self.chance(0.04):
            h["X-Forwarded-For"] = self.pick(["10.20.4.77", "10.20.8.131", "10.40.1.19"])  # the trust's web filter
        return h

    def multipart(self, fields: list[tuple[str, str]], h: dict[str, str]) -> str:
        style = self.rng.random()
        if style < 0.6:
            boundary = "----WebKitFormBoundary" + "".join(self.rng.choice(ID_CHARS + "abcdefghijkmnopqrstuvwxyz")
                                                          for _ in range(16))
        elif style < 0.85:
            boundary = "-" * 27 + "".join(self.rng.choice("0123456789") for _ in range(29))
        else:
            boundary = "geckoformboundary" + self.hexs(32)
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        return "".join(parts) + f"--{boundary}--\r\n"

    def cookie(self, *pairs: tuple[str, str]) -> str:
        return "; ".join(f"{k}={v}" for k, v in pairs)

    # ---- the admin panel ---------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        jar = [session] + ([("__Host-jeeves_me", self.token())] if self.chance(0.15) else [])
        roll = self.rng.random()
        if roll < 0.22:
            person = self.pick(self.staff)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["handle"], person["id"], "@millbrookschools.org.uk", TEAM, person["name"].lower(),
                           "o'connor", "O'Neill", "smith-jones", "nguyễn", "d'souza", "Ní Bhriain", "mac", "year 7",
                           "leaver", "supply", "kowalczyk", "Dell'Aquila", "st. john", "zieliński", "begum"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            h = self.browser(site=self.pick(["same-origin", "none"]))
            h["Cookie"] = self.cookie(*jar)
            uri = "/admin/users?" + urllib.parse.urlencode(params)
            return self.rec("admin", "user-search", "query", self.get_request(uri, h))
        if roll < 0.35:
            person = self.pick(self.staff)
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(*jar)
            fields = [("csrf_token", csrf), ("q", self.pick([person["name"], person["email"], "", "", "leaver"])),
                      ("page", str(self.rng.randint(1, 4))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'active', 'admin'])}"
            return self.rec("admin", "user-flag", "form", self.form_request(uri, h, fields))
        if roll < 0.45:
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(*jar)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
                if self.chance(0.4):
                    fields.append(("team_id", self.pick([TEAM, TEAM.lower(), "T04MBRKSCH ", ""])))
                uri = "/admin/features"
            else:
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", TEAM)]
                uri = "/admin/features/remove"
            return self.rec("admin", "feature", "form", self.form_request(uri, h, fields))
        if roll < 0.55:
            h = self.browser(site=self.pick(["same-origin", "none"]))
            h["Cookie"] = self.cookie(*jar)
            q = self.pick(["user.active", "user.admin", "login", "login.slack", "feature.set", "client.create",
                           "client.rotate", "client.disable", "admin.map_slack", "denied", "failed", "2025-03-1",
                           self.pick(self.staff)["handle"], "it.admin", "mis-sync", "user.forget_me",
                           "feature.remove_override", "T04MBRKSCH/U0", "account.totp_enable"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.25) else [])
            return self.rec("admin", "audit", "query", {"method": "GET", "body": "", "headers": h,
                                                           "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.69:
            h = self.browser(referer=self.pick([None, None, None, "https://app.slack.com/",
                                                "https://millbrook.sharepoint.com/sites/IT/SitePages/Links.aspx"]),
                             site=self.pick(["same-origin", "none", "cross-site"]))
            h["Cookie"] = self.cookie(*jar)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_disabled",
                              "/admin/account?done=totp_enabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/audit?page=3", "/admin/users?page=2", "/admin/login?bye=1",
                              "/admin/login?next=/admin/users", "/admin/login?next=%2Fadmin%2Fclients"])
            if page.startswith("/admin/login"):
                h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            return self.rec("admin", "page", "cookie", self.get_request(page, h))
        if roll < 0.74:
            h = {"User-Agent": self.browser()["User-Agent"], "Accept": "text/css,*/*;q=0.1",
                 "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors",
                 "Sec-Fetch-Site": "same-origin", "Cookie": self.cookie(*jar)}
            if self.chance(0.4):
                h["If-None-Match"] = f'"{self.hexs(12)}-{self.rng.randint(1000, 9999)}"'
            return self.rec("admin", "static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.83:
            return self.admin_login(csrf)
        if roll < 0.92:
            return self.admin_client(csrf, jar)
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(*jar)
        sub = self.rng.random()
        if sub < 0.35:
            fields = [("csrf_token", csrf), ("username", self.pick(["it.admin", "d.evans", "s.oconnor",
                                                                   "network.manager", "office-manager"])),
                      ("team_id", self.pick([TEAM, TEAM, " " + TEAM])), ("user_id", self.pick(self.staff)["id"])]
            uri = "/admin/slack-sign-in"
        elif sub < 0.45:
            fields, uri = [("csrf_token", csrf), ("username", "d.evans")], "/admin/slack-sign-in/remove"
        elif sub < 0.6:
            fields, uri = [("csrf_token", csrf)], "/admin/account/totp/start"
        elif sub < 0.75:
            pending = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            fields = [("csrf_token", csrf), ("totp_pending", pending),
                      ("totp", f"{self.rng.randint(0, 999999):06d}")]
            uri = "/admin/account/totp/confirm"
        elif sub < 0.82:
            fields, uri = [("csrf_token", csrf), ("password", self.password())], "/admin/account/totp/disable"
        else:
            fields, uri = [("csrf_token", csrf)], "/admin/logout"
        return self.rec("admin", "form", "form", self.form_request(uri, h, fields))

    def password(self) -> str:
        if self.chance(0.45):
            words = ["Chromebook", "projector", "Borrowdale", "netball", "Whipsnade", "timetable", "flapjack",
                     "photocopier", "Oak-class", "halfterm", "Robins", "Snowdon"]
            return self.pick(["-", ".", " ", "_", "!"]).join(self.rng.sample(words, 3)) + str(self.rng.randint(1, 99))
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~\"'<>|"
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 32)))

    def admin_login(self, csrf: str) -> dict[str, Any]:
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/", "/admin/users", "/admin/clients",
                                                            "/admin/users?q=o%27neill", "/admin/audit?q=login"])),
                  ("username", self.pick(["it.admin", "d.evans", "s.oconnor", "network.manager", "office-manager",
                                          "K.Nowak", "it.admin "])),
                  ("password", self.password()),
                  ("totp", self.pick(["", "", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.rec("admin", "login", "form", self.form_request("/admin/login", h, fields))

    def admin_client(self, csrf: str, jar: list[tuple[str, str]]) -> dict[str, Any]:
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(*jar)
        client = self.pick(["mis-sync", "arbor-export", "attendance-dashboard", "gsheets-gradebook", "ci-github",
                            "powerbi.reporting", "parentpay:nightly", "it-helpdesk-bot", "sims-bridge",
                            "classroom-roster", "trip-planner", "grafana.site", "exams_office-jcq"])
        if self.chance(0.3):
            action = self.pick(["rotate", "disable", "enable"])
            return self.rec("admin", "client-action", "path", {
                "method": "POST", "uri": f"/admin/clients/{urllib.parse.quote(client, safe='')}/{action}",
                "headers": h, "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        description = self.pick([
            "Nightly MIS → Jeeves user sync (Arbor API, 02:00 GMT)",
            "Power BI attendance dashboard – read only, owner: Data Manager (Mrs O'Neill)",
            "Google Apps Script in the 'Y7 Gradebook 2024/25' sheet",
            "GitHub Actions: checks for the IT team's scripts (repo millbrook-it/scripts)",
            "Helpdesk (osTicket) → weather alerts for the site team @ 06:15",
            "Exams office: JCQ access arrangements export — ask K. Nowak before changing",
            "Trip planner – reads the weather for EVOLVE visit forms (Y5/Y6 residentials)",
            "Test client — DELETE after half-term!", "ParentPay reconciliation (read users; 'write' NOT needed)",
            "Grafana on the site-team dashboard screen in the caretaker's office", "",
            "Classroom roster sync: Google Classroom ↔ Jeeves, 7:00 & 12:30 Mon–Fri",
            "Sixth Form study-room booking bot (beta) — contact Mr ap Rhys, ext. 2217"])
        fields = [("csrf_token", csrf), ("client_id", client), ("description", description), ("scopes", "read")]
        if self.chance(0.3):
            fields.append(("scopes", "write"))
        return self.rec("admin", "client-create", "form", self.form_request("/admin/clients", h, fields))

    # ---- /me/ ---------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        csrf = self.token()
        jar = [("__Host-jeeves_me", self.token())]
        person = self.pick(self.staff)
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(referer=self.pick([None, None, "https://app.slack.com/"]),
                             site=self.pick(["same-origin", "none", "cross-site"]))
            h["Cookie"] = self.cookie(*jar)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten"])
            return self.rec("me", "page", "cookie", self.get_request(uri, h))
        if roll < 0.4:
            h = self.browser()
            h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            h["Sec-Fetch-Dest"] = "empty" if self.chance(0.3) else "document"
            h["Cookie"] = self.cookie(*jar)
            return self.rec("me", "data-json", "cookie", self.get_request("/me/data.json", h))
        if roll < 0.66:
            place = self.pick(PLACES + [self.pick(SCHOOLS), f"{self.pick(SCHOOLS)}, Millbrook"])[:100]
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(*jar)
            if self.chance(0.45):
                body = self.multipart(fields, h)
                return self.rec("me", "location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                   "body": body, "headers": h})
            return self.rec("me", "location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.65):
                fields.insert(2, ("alerts", "on"))
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(*jar)
            if self.chance(0.45):
                body = self.multipart(fields, h)
                return self.rec("me", "settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                   "body": body, "headers": h})
            return self.rec("me", "settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(*jar)
        uri, fields = self.pick([("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/location/forget", [("csrf_token", csrf)]),
                                 ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])
        return self.rec("me", "action", "form", self.form_request(uri, h, fields))

    # ---- Sign in with Slack and the bot's one-time links ------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(site=self.pick(["none", "same-origin"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.rec("auth", "page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser(site=self.pick(["same-origin", "none"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.rec("auth", "login", "query", self.get_request(uri, h))
        if roll < 0.58:
            state = self.token()
            h = self.browser(referer=self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/"]),
                             site="cross-site")
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.rec("auth", "callback", "query", {"method": "GET", "body": "", "headers": h,
                                                             "uri": "/auth/slack/callback?"
                                                                    + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.68:
            return self.rec("auth", "link-preview", "path", self.link_preview(link))
        if roll < 0.84:
            h = self.browser(site="cross-site")
            return self.rec("auth", "link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.rec("auth", "link-post", "form", self.csrf_post(f"/auth/slack/link/{link}", h, csrf))

    # ---- TokenDealer ------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["mis-sync", "attendance-dashboard", "gsheets-gradebook", "it-scripts", "ci-github",
                            "parentpay-bridge", "trip-planner", "classroom-roster", "grafana.site"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0",
                                      "python-httpx/0.27.2", "Apache-HttpClient/4.5.14 (Java/17.0.12)",
                                      "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                      "+https://script.google.com; id: UAEmdDd-7kq9wXbZ2)",
                                      "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-GB) "
                                      "PowerShell/7.4.6"]),
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=utf-8"])}
        basic = "Basic " + base64.b64encode(
            f"{urllib.parse.quote_plus(client)}:{urllib.parse.quote_plus(secret)}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.rec("oauth", "token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("audience", "jeeves")] if self.chance(0.3) else [])
            return self.rec("oauth", "introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.rec("oauth", "revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.rec("oauth", "verify-token", "form", self.verify_request(h, token, 0.4))

    # ---- health and metadata ------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        ua = self.pick(["kube-probe/1.31", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                        "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "check_http/v2.3.3 (nagios-plugins "
                        "2.3.3)", "Blackbox Exporter/0.25.0", "StatusCake_Pagespeed_Indev", "curl/8.5.0",
                        "Zabbix"])
        h = {"User-Agent": ua, "Accept": "*/*"}
        if "Blackbox" in ua:
            h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
        if self.chance(0.2):
            h["Connection"] = "keep-alive"
        return self.rec("health", "probe", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                         "uri": self.pick(["/healthz", "/healthz", "/readyz"]),
                                                         "body": "", "headers": h})

    def meta(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "lua-resty-http/0.17.2",
                                          "jwks-rsa/3.1.0 (node)", "PyJWT/2.10.1", "Microsoft.IdentityModel/7.1"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.rec("meta", "jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.7:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Authlib/1.3.2"]),
                 "Accept": "application/json"}
            return self.rec("meta", "oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                                    "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["openapi-generator/7.10.0", "Postman/11.20", "Swagger-UI",
                                      "python-requests/2.32.3", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) "
                                      "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"]),
             "Accept": self.pick(["application/json", "application/json,*/*", "*/*"])}
        uri = self.pick(["/api/openapi.json", "/api/openapi.json", "/openapi.json"])
        return self.rec("meta", "openapi", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                         "body": "", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 150), ("slack_bot_echo", 45), ("slack_unfurl", 25), ("slack_file", 20),
    ("slack_deleted", 10), ("slack_home", 40), ("slash_command", 300), ("button_click", 140),
    ("api", 250), ("admin", 135), ("me", 90), ("auth", 60), ("oauth", 75), ("health", 35), ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, kinds interleaved in a seeded order; the Events API URL check first."""
    week = Week()
    todo = [name for name, count in PLAN for _ in range(count)]
    week.rng.shuffle(todo)
    yield week.slack_verification()
    for name in todo:
        yield getattr(week, name)()
