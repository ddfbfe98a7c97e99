"""Benign traffic of legitimate edge-case values: the inputs a QA engineer uses to check that a product
copes with unusual but real user input, sent to our real routes in the fields each one takes.

What it holds: every kind of value a real person can type or paste and that breaks naive code: text in
many scripts with combining marks, emoji ZWJ sequences, flags and skin tones, right-to-left text with
left-to-right numbers and bidi marks, zero-width joiners in Indic and Persian text, full-width Latin,
"fancy" mathematical alphanumerics, names with apostrophes, hyphens, periods and particles, one-character
and very long values (a 2,000-character introduction in prose), numbers, dates and times in many formats,
empty and whitespace-only values, repeated punctuation, quotes of every kind, brackets in prose, percent
signs and ampersands, plus-tagged e-mail addresses, URLs with fragments and unicode paths, phone numbers,
postcodes, IBAN- and order-number-like strings, markdown and emoticons. Each value goes where a user would
put it: the data API (PATCH a user's name, e-mail or settings, usage stats dates), the admin panel's forms
(login, user and audit search, clients, feature switches, Slack sign-in mapping, TOTP), /me/ (location,
settings, forget me), Sign in with Slack (callback, login, one-time link), TokenDealer (token, introspect,
revoke, verify_token) and the signed Slack routes (Events API messages and mentions, /jeeves slash
commands, block_actions clicks). Slack text is escaped as Slack escapes it (&amp; &lt; &gt;, links as
<url>).

How it was written: by the twelfth independent benign author, from the routes' source (app/, tokendealer/),
README.md and the route list of gateway.yaml only; no WAF rule, exclusion, policy, ruleset file, corpus or
other generator's payload or text list was read, and no value was changed after the single measurement.
Deterministic: one seeded random.Random, no clock. Record ids: edgeval-benign-<kind>-NNNN (Slack records
edgeval-benign-<kind>-slack-NNNN); `sub` is the kind.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import slack_message
from .records import no_attacks
from .records import slack_escape as _slack_escape

SEED = 0xED6E12
EPOCH = 1719000000
TEAM, TEAM_DOMAIN, APP_ID, BOT = "T061EG9R6", "acme-weather", "A0PNCHHK2", "U0JEEVES01"
USERS = ["U012345678", "U04ABCDE12", "U07ZXY9QW1", "U0DEMOADA", "U05HELLO42", "W0ENTERPR1"]
CHANNELS = ["C0123456789", "C04GENERAL1", "C05RANDOM77", "G01PRIVATE2"]
DMS = ["D0123456789", "D04XYZ98765", "D07ABCDEF12"]
BROWSERS = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en;q=0.7", "ja-JP,ja;q=0.9", "ar-EG,ar;q=0.9,en;q=0.6",
         "he-IL,he;q=0.9", "hi-IN,hi;q=0.9,en-IN;q=0.8", "vi-VN,vi;q=0.9", "de-DE,de;q=0.9,en;q=0.5",
         "pt-BR,pt;q=0.9", "zh-CN,zh;q=0.9", "ko-KR,ko;q=0.9", "ru-RU,ru;q=0.9,en;q=0.8"]
API_CLIENTS = ["jeeves-sync/2.3.1 (python-httpx/0.27.0)", "curl/8.5.0", "okhttp/4.12.0",
               "PostmanRuntime/7.39.0", "Go-http-client/2.0", "axios/1.7.2"]

# ---------------------------------------------------------------------------------------------------------
# The values, by kind. Each is something a real user could type, paste or have as their own data.
# ---------------------------------------------------------------------------------------------------------

SCRIPT_PLACES = [
    "Θεσσαλονίκη", "Ηράκλειο Κρήτης", "Санкт-Петербург", "Новосибирск", "Київ", "Минск", "Երևան",
    "თბილისი", "תל אביב-יפו", "ירושלים", "الدار البيضاء", "القاهرة", "تهران", "کراچی", "नई दिल्ली",
    "मुंबई", "ঢাকা", "চট্টগ্রাম", "சென்னை", "హైదరాబాద్", "ಬೆಂಗಳೂರು", "തിരുവനന്തപുരം", "અમદાવાદ",
    "ਅੰਮ੍ਰਿਤਸਰ", "ଭୁବନେଶ୍ୱର", "කොළඹ", "กรุงเทพมหานคร", "เชียงใหม่", "ວຽງຈັນ", "ភ្នំពេញ", "ရန်ကုန်",
    "ལྷ་ས།", "東京都渋谷区", "大阪市", "北京市朝阳区", "香港", "臺北市", "서울특별시 강남구", "부산",
    "Улаанбаатар", "ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ", "አዲስ አበባ", "ᐃᖃᓗᐃᑦ", "ⴰⴳⴰⴷⵉⵔ", "މާލެ", "Thành phố Hồ Chí Minh",
    "İstanbul", "Łódź", "Reykjavík", "Iași", "Ħal Qormi", "Hawaiʻi", "Ìbàdàn", "Øresund", "Ærøskøbing",
    "Zürich", "São Paulo", "Kraków", "Plzeň", "Győr", "Šiauliai", "Cēsis", "Tartu", "Târgu Mureș",
]
SCRIPT_TEXTS = [
    "Καλημέρα! Τι καιρό θα κάνει αύριο στη Θεσσαλονίκη;",
    "Привет! Какая погода будет завтра в Новосибирске?",
    "Доброго ранку, нагадай мені про погоду о 7:30",
    "Բարև, ինչպես է եղանակը Երևանում",
    "გამარჯობა! რა ამინდია თბილისში?",
    "שלום, מה מזג האוויר מחר בחיפה?",
    "مرحبا، كيف سيكون الطقس غدا في عمّان؟",
    "سلام، هوای فردا در شیراز چطور است؟",
    "آج کراچی میں موسم کیسا ہے؟",
    "नमस्ते, आज पुणे में मौसम कैसा रहेगा?",
    "আজ ঢাকায় আবহাওয়া কেমন থাকবে?",
    "வணக்கம்! நாளை மதுரையில் மழை பெய்யுமா?",
    "ఈరోజు విజయవాడలో వాతావరణం ఎలా ఉంది?",
    "ನಾಳೆ ಮೈಸೂರಿನಲ್ಲಿ ಮಳೆ ಬರುತ್ತದೆಯೇ?",
    "സുപ്രഭാതം! ഇന്ന് കൊച്ചിയിൽ മഴയുണ്ടോ?",
    "สวัสดีครับ พรุ่งนี้ที่ภูเก็ตฝนจะตกไหม",
    "ສະບາຍດີ ມື້ນີ້ອາກາດເປັນແນວໃດ",
    "សួស្តី! ថ្ងៃនេះអាកាសធាតុយ៉ាងម៉េច?",
    "မင်္ဂလာပါ။ မနက်ဖြန် မိုးရွာမလား",
    "おはようございます。明日の札幌の天気は？",
    "明天上海会下雨吗？记得提醒我带伞。",
    "今天臺中天氣如何？",
    "안녕하세요! 내일 대구 날씨 어때요?",
    "Сайн байна уу? Маргааш цаг агаар ямар байх вэ?",
    "ሰላም! ነገ በአዲስ አበባ ዝናብ ይዘንባል?",
    "ᐊᐃᖓᐃ! ᓯᓚ ᖃᓄᐃᑉᐱᑦ?",
    "ⴰⵣⵓⵍ! ⵎⴰⵎⴽ ⴰⵙⵙ?",
    "Xin chào! Ngày mai ở Đà Nẵng trời có mưa không?",
    "Merhaba, yarın İzmir'de hava nasıl olacak?",
    "Cześć! Jaka będzie jutro pogoda w Gdańsku?",
    "Góðan daginn! Hvernig verður veðrið á Akureyri?",
    "Dobrý den, jaké bude zítra počasí v Brně?",
    "Ẹ kú àárọ̀! Ṣé òjò máa rọ̀ lónìí?",
    "Kia ora! He aha te āhuarangi ki Ōtautahi āpōpō?",
    "Aloha! Pehea ka lā ma Hilo i kēia lā?",
    "Bonjour ! Quel temps fera-t-il à Besançon ce week-end ?",
]
SCRIPT_NAMES = [
    "Γιώργος Παπαδόπουλος", "Анна-Мария Иванова", "Олександр Шевченко", "Արամ Խաչատրյան", "ნინო ბერიძე",
    "יעל כהן", "محمد عبد الله", "فاطمة الزهراء", "علی رضایی", "अनुष्का शर्मा", "সৌরভ গাঙ্গুলী",
    "கார்த்திக் சுப்பிரமணியம்", "వెంకటేష్", "ಅನಿಲ್ ಕುಮಾರ್", "ശ്രീലക്ഷ്മി", "สมชาย ใจดี",
    "山田 太郎", "やまだ はなこ", "王小明", "陳大文", "김민준", "이서연", "Батбаяр", "Abebe Bikila",
    "Þórður Ólafsson", "Łukasz Żółć", "Ştefan Ţurcanu", "Jiří Dvořák", "Ödön Kovács", "Çağla Şahin",
]
COMBINING = [
    "Nguye\u0302\u0303n Thi\u0323 Minh Khai",  # decomposed Vietnamese, as macOS file names and some IMEs send
    "Zoe\u0308 Ame\u0301lie Rene\u0301e", "Jose\u0301 Mari\u0301a Nu\u0301n\u0303ez", "Bjo\u0308rk",
    "Ame\u0301lie Poulain", "Cafe\u0301 de Flore", "Malmo\u0308", "Sa\u0303o Paulo", "Ko\u0308ln",
    "שָׁלוֹם עֲלֵיכֶם", "בְּרֵאשִׁית", "السَّلَامُ عَلَيْكُمْ", "بِسْمِ اللَّهِ", "ẹ̀kọ́ Yorùbá", "Ọ̀ṣun",
    "s̶t̶r̶i̶k̶e̶ ̶t̶h̶a̶t̶", "u̲n̲d̲e̲r̲l̲i̲n̲e̲d̲ title", "ˈwɛðə(r) fɔːˈkɑːst", "a\u0301 la carte",
    "Ǹ Ǹ ñ̃ ë̈", "ḱ ǵ ǩ", "Dž Lj Nj", "ı̇stanbul", "ᾅ ᾤ ᾧ", "Qu\u0323y Nho\u031bn", "Hà Nội", "Huế",
    "Ư\u0301c", "e\u0301te\u0301 a\u0300 Montre\u0301al", "nai\u0308ve coo\u0308perate", "ﷺ", "ཨོཾ་མ་ཎི་པདྨེ་ཧཱུྃ",
]
EMOJI = [
    "👨‍👩‍👧‍👦", "👩‍👩‍👦", "👨‍👨‍👧‍👧", "🏳️‍🌈", "🏳️‍⚧️", "🏴‍☠️", "👩🏽‍💻", "🧑🏿‍🚀", "👨🏻‍🍳", "👩🏾‍🌾",
    "🇫🇷🇩🇪🇯🇵🇧🇷🇿🇦", "🇺🇦", "🇮🇳", "🇪🇺", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "👍🏻👍🏼👍🏽👍🏾👍🏿", "🙋🏽‍♀️",
    "❤️‍🔥", "❤️‍🩹", "🫶🏼", "1️⃣2️⃣3️⃣", "#️⃣", "☀️🌤️⛅🌥️☁️🌦️🌧️⛈️🌩️🌨️❄️", "🤷‍♀️", "🤦🏻‍♂️",
    "🧔🏾‍♂️", "👩‍❤️‍👨", "👨‍❤️‍💋‍👨", "🐻‍❄️", "😶‍🌫️", "🫠🫡🫥", "🧑‍🤝‍🧑", "©️ ®️ ™️",
]
EMOJI_TEXTS = [
    "Family trip this weekend 👨‍👩‍👧‍👦 — will it rain? 🌧️", "Pride picnic tomorrow 🏳️‍🌈🏳️‍⚧️ need sunshine ☀️",
    "Working from the beach today 👩🏽‍💻🏖️", "Go team! 🇧🇷🇦🇷🇫🇷🇩🇪", "Thanks Jeeves 🙏🏾❤️‍🔥",
    "weather Edinburgh 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "Snow?! ❄️❄️❄️ 😍", "🤷‍♀️ no idea what to wear", "👍🏼 got it",
    "Lol 😂😂😂 that forecast was so wrong", "☕️ + 🌧️ = perfect Sunday", "Happy Diwali 🪔✨",
]
BIDI = [
    "מחר 25°C בתל אביב", "הטיסה LY315 יוצאת ב-10:45", "الرحلة رقم MS 986 في 10:45 صباحا",
    "درجة الحرارة 38 درجة في دبي", "\u200fשלום 123\u200f", "\u200eABC-123\u200e طلب", "Order #4521 – الطلب",
    "\u202bמספר הזמנה 2024-0017\u202c", "\u2067نام: Sara\u2069", "\u2068Jean-Luc\u2069 عاد",
    "آدرس: خیابان ولیعصر، پلاک 12",
    "مقابلة الساعة 3:30 PM في Cairo Festival City", "טמפ׳ 20–25 מעלות, UV 7", "قیمت: ۱۲۰٬۰۰۰ تومان",
    "ملاحظة: email me at sara@example.com شكرا", "זמן: 08:00‏–17:00‏", "Tel Aviv / תל אביב / تل أبيب",
    "הערה: Q3 2024 גדל ב-12%", "الرقم ٠١٢٣٤٥٦٧٨٩", "Room 4B \u200fחדר\u200f",
]
INDIC_ZWJ = [
    "ශ්\u200dරී ලංකාව", "ශ්\u200dරී ජයවර්ධනපුර කෝට්ටේ", "क्\u200dष", "र्\u200dय", "ന്\u200d", "കണ്\u200dമണി",
    "র\u200d্যাব", "র\u200d্যাপিড", "می\u200cخواهم", "خانه\u200cها", "کتاب\u200cخانه", "ನ\u200cಮ್ಮ",
    "ज़िंदगी\u200c", "श्\u200cरी", "ഞാന്\u200d", "ക്യാന്\u200dസര്\u200d", "پیش\u200cبینی هوا", "ક્\u200dષ",
    "पाण्\u200dडेय", "सुप्रभात\u200d", "தமிழ்\u200cநாடு", "remember location ශ්\u200dරී ලංකාව",
]
FULLWIDTH = [
    "ＡＢＣ　ｔｅｓｔ", "Ｔｏｋｙｏ", "Ｏｓａｋａ　Ｓｔａｔｉｏｎ", "０３－１２３４－５６７８", "１２３４５６",
    "ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ﾄｳｷｮｳ", "ｼﾌﾞﾔ ｸ", "〒１５０－０００２", "ＮＯ．１",
    "ｗｅａｔｈｅｒ　Ｋｙｏｔｏ", "（株）山田商事", "【重要】明日の会議", "２０２４年６月２１日（金）",
    "Ｑ＆Ａ", "１００％", "＃１２３", "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ", "ＴＥＬ：０９０－１２３４－５６７８",
    "ＳＭＩＴＨ，ＪＯＨＮ", "！？", "〜よろしく〜",
]
MATH = [
    "𝐉𝐚𝐧𝐞 𝐃𝐨𝐞", "𝓢𝓸𝓹𝓱𝓲𝓮 𝓜𝓪𝓻𝓽𝓲𝓷", "𝕄𝕒𝕣𝕜", "𝘩𝘦𝘭𝘭𝘰 𝘸𝘰𝘳𝘭𝘥", "𝚌𝚘𝚍𝚎 𝚗𝚒𝚗𝚓𝚊", "ᴀʟᴇx ᴋɪᴍ", "ⓗⓔⓛⓛⓞ",
    "🅷🅴🅻🅻🅾", "𝔊𝔬𝔱𝔥𝔦𝔠 𝔉𝔞𝔫", "𝖇𝖔𝖑𝖉 𝖋𝖗𝖆𝖐𝖙𝖚𝖗", "𝙎𝙖𝙣𝙨 𝙗𝙤𝙡𝙙", "𝟏𝟐𝟑 𝟒𝟓𝟔", "ℍ𝕖𝕝𝕝𝕠",
    "𝑥² + 𝑦² = 𝑟²", "∑ᵢ xᵢ = 42", "E = mc²", "H₂O and CO₂", "½ cup, ¾ mile, ⅓ left", "Ⅻ o'clock",
    "ⓐⓛⓘⓒⓔ", "uʍop ǝpısdn", "ˢᵐᵃˡˡ ᵗᵉˣᵗ",
]
NAMES = [
    "O'Neil-Smythe", "d'Artagnan", "van der Berg", "Nguyễn Thị Minh Khai", "María-José", "Mary-Kate O’Brien",
    "Jean-Luc Picard Jr.", "J. R. R. Tolkien", "Martin Luther King, Jr.", "Oluwaseun Adébáyọ̀",
    "Siân ap Dafydd", "Ólafur Ragnar", "Ngũgĩ wa Thiong'o", "Björk Guðmundsdóttir", "Zoë Saldaña",
    "Søren Kierkegaard", "Ludwig van Beethoven", "Leonardo da Vinci", "Charles de Gaulle", "Ahmad ibn Hanbal",
    "Seán Mac an tSaoir", "Máire Ní Shúilleabháin", "St. John-Smith", "De La Cruz", "Le Thi Ha",
    "Anne-Marie d’Ortho", "Karl-Heinz Müller-Lüdenscheidt", "Dr. Emily O'Connor-Hughes, PhD",
    "Mr. T", "Prince", "X Æ A-12", "Sarah Jane O'Neill-McKenzie", "José da Silva Júnior", "Ana María López",
    "Hans-Jürgen von Bülow", "Ma Long", "Li Na", "Ng Wei", "Ó Briain", "D'Angelo", "L'Oréal Smith",
    "Jean-Paul Sartre", "Gabriel García Márquez", "al-Khwarizmi", "Al Bundy", "Mc Donald", "MacDonald",
    "Kyle O'Reilly III", "Ruth Bader Ginsburg", "Sr. Juan Pérez", "Mme. Chloé Lefèvre", "Jo", "Bo Li",
]
SHORT = ["a", "Z", "ñ", "é", "0", "?", "-", ".", "x", "日", "🙂", "Ø", "ß", "I", "Ö", "Q", "7", "!", "k",
         "ა", "ж", "λ", "א", "ع", "क", "ก", "한", "ー", "…", "*", "'", "&"]
SHORT_PLACES = ["Å", "Y", "Ö", "Ee", "Bo", "Ai", "Ur", "Aš", "Ay", "Oz", "Ii", "Hu", "Lo", "Ni", "Ba"]
NUMBERS = [
    "1e6", "-0", "0x1F", "1,234.56", "1.234,56", "1 234,56", "1'234.56", "12½", "³⁄₄", "−5 °C", "+3",
    "50%", "≈ 20", "١٢٣", "۱۲۳", "१२३", "一二三", "Ⅻ", "3.14159", "6.022e23", "NaN", "∞", "-40°F",
    "1/2", "2^10", "10⁶", "0.000001", ".5", "5.", "007", "1,000,000", "1_000_000", "12k", "3.5M",
    "€1.234,56", "$1,234.56", "£0.99", "¥12,800", "₹1,00,000", "CHF 1'000.–", "-273.15", "1.0E-3", "0b1010",
    "99.9999%", "4 × 4", "2–3", "±0.5", "#1", "No. 5", "5th", "1st", "22nd", "3rd",
]
NUMBER_NOTES = [
    "budget {} for the offsite", "the reading was {} this morning", "note: {} (from the spreadsheet)",
    "temperature {} at the station", "I owe you {}", "the hex colour code is {}", "score {}", "{} people",
]
DATES = [
    "2024-06-21", "21/06/2024", "06/21/24", "21.06.2024", "2024年6月21日", "Fri, 21 Jun 2024 09:00:00 GMT",
    "1719000000", "Q3 2024", "21st June", "9:00 AM", "09h00", "T+3", "2024-06-21T09:00:00Z",
    "2024-06-21T09:00:00+05:30", "2024-06-21 09:00", "June 21, 2024", "21 juin 2024", "21. Juni 2024",
    "2024/06/21", "24-06-21", "20240621", "W25", "2024-W25-5", "next Friday", "tomorrow @ 7:30",
    "19:05", "7.30pm", "noon", "midnight", "00:00", "23:59:59", "12:00 PM", "12:00 AM", "1403/04/01",
    "٢١/٠٦/٢٠٢٤", "令和6年6月21日", "Mon–Fri 9–17", "6/21–6/23", "P3DT4H", "~3pm-ish", "ca. 1850",
]
TIMEZONES = ["Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Etc/GMT-14", "America/Port-au-Prince",
             "UTC", "Asia/Kolkata", "America/North_Dakota/New_Salem", "Asia/Kathmandu", "Australia/Lord_Howe",
             "Pacific/Chatham", "America/St_Johns", "Asia/Ho_Chi_Minh", "Africa/Addis_Ababa", "Europe/Kyiv",
             "Asia/Tehran", "America/Los_Angeles", "Pacific/Kiritimati", "GMT", "Europe/Isle_of_Man"]
ALERT_TIMES = ["07:30", "7:30", "19:05", "7.30", "07h30", "7:30 PM", "０７：３０", "00:00", "23:59", "06:00 ",
               "24:00", "7", "0730", "12:00"]
EMPTY = ["", " ", "  ", "\t", "\u00a0", "\u3000", " \u00a0 ", "\u2003", "\u200b", "\ufeff", "\n", " \n ", "\r\n"]
PUNCT = ["!!!", "???", "...", "---", "?!?!", "!!!1!", "‽", "…", "——", "~~~", "***", "___", "...?", "!?",
         "Really?!", "Wait... what???", "No!!!!!", "Hmm...", "Yes — no — maybe?", "ok.", "..........", "-_-",
         "=====", "####", ";;;", ",,,", "::", "//", "¿Qué?", "¡Hola!", "«Non!»", "¡¡¡Increíble!!!"]
QUOTES = [
    'He said "hello"', "it's fine", "‘single curly’", "“double curly”", "«guillemets»", "„German quotes“",
    "‹single guillemets›", "「Japanese quotes」", "『double brackets』", "It’s the “best” café", "Rock 'n' roll",
    '5\'11" tall', "the '90s", "O'Brien's \"famous\" pie", "'quoted'", '"quoted"', "don't won't can't",
    "„Na ja“, sagte er", "« Bonjour », dit-elle", "“Nested ‘quotes’ here”", "Ma’am", "y’all", "``backticks''",
    "‛reversed‚", "‟reversed double„", "⹂quote", "″ and ′ (primes)", 'a "" b', "''", '""',
]
BRACKETS = [
    "Meeting (room 4B) [optional] {bring laptop}", "Paris (France)", "Jeeves [bot]", "see note {1}",
    "(╯°□°)╯", "[draft] forecast notes", "{team: weather}", "<3 this app", "a < b > c", "x ≤ 5 ≥ 2",
    "f(x) = (x + 1) * 2", "[[double]] {{braces}}", "(yes) / (no)", "Temperature range: [10, 20)",
    "array[0]", "{}", "[]", "()", "<>", "(((cold)))", "[citation needed]", "{name} placeholder",
    "Smith (née Jones)", "Berlin [DE]", "Springfield (Illinois, not Missouri)", "⟨angle⟩ ⟦white⟧ 【lenticular】",
]
PERCENT_AMP = [
    "50% chance of rain", "100% sure", "Tom & Jerry", "R&D team", "AT&T", "Q&A", "rock & roll",
    "H&M", "M&Ms", "P&L review", "20% off & free shipping", "%", "&", "%%", "&&", "a % b", "90%+",
    "Johnson & Johnson", "B&B in York", "5 % 3 = 2", "humidity 85 %", "30%–40%", "&amp; literally",
    "100%25 encoded?", "%20 is a space", "salt & pepper", "Barnes & Noble", "S&P 500 up 1.2%",
]
EMAILS = [
    "jane.doe+weather@example.com", "j.o'neil@mail.example.co.uk", "first.last@sub.dept.example.org",
    "user+tag+more@example.io", "x@example.com", "a.b-c_d@example-mail.com", "MixedCase@Example.COM",
    "jose.maria@correo.example.es", "test.email+alex@leetcode.com", "名前@example.jp", "user@xn--bcher-kva.example",
    "firstname-lastname@example.museum", "1234567890@example.com", "email@123.123.123.123",
    "\"john doe\"@example.com", "o'reilly@example.org", "info@müller.de", "noreply+2024-06@news.example.net",
    "someone@localhost.localdomain", "a+b@c.io",
]
URLS = [
    "https://example.com/page#section-2", "https://en.wikipedia.org/wiki/Zürich", "https://example.com/café?menu=1#top",
    "https://ja.wikipedia.org/wiki/東京", "https://www.example.org/a/b/c/?q=weather&lang=en#results",
    "https://maps.example.com/@48.8566,2.3522,12z", "http://example.com", "https://example.com/~user/",
    "https://example.com/search?q=rain%20today", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://example.com/path/with-dashes_and_underscores.html", "https://xn--mller-kva.de/",
    "https://example.com/#/dashboard?tab=2", "www.example.co.uk", "example.com/weather",
    "https://docs.example.com/v2/guide.html#faq", "https://example.com/ünïcödé/päth",
    "https://example.com/ar/طقس", "https://example.com/?utm_source=slack&utm_medium=chat",
    "https://goo.gl/maps/AbCdEf123", "mailto:jane@example.com", "tel:+441234567890",
]
PHONES = [
    "+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "+1-800-FLOWERS", "+33 1 42 68 53 00",
    "07700 900123", "+81 3-1234-5678", "+91 98765 43210", "0049 (0)30 1234567", "+7 (495) 123-45-67",
    "+61 4 1234 5678", "+86 138 0013 8000", "+972-3-123-4567", "+55 (11) 91234-5678", "ext. 1234",
    "123-4567 x89", "+1 (555) 123-4567 ext. 89", "999", "112", "+353 87 123 4567", "+27 82 123 4567",
    "06 12 34 56 78", "+358 40 1234567", "+971 50 123 4567", "#31#", "*67 555 1234",
]
POSTCODES = [
    "SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "10001", "90210-1234", "75001 Paris", "10115 Berlin",
    "100-0001", "〒150-0002", "H2X 1Y4", "K1A 0B1", "2000 NSW", "1011 AB Amsterdam", "00-950 Warszawa",
    "110001", "01000-000", "D02 X285", "BT1 1AA", "GIR 0AA", "SE-114 55", "CH-8001 Zürich", "8001",
    "LV-1050", "AZ1000", "KY1-1102", "BFPO 105", "PO Box 123", "APO AE 09012",
]
IDENTIFIERS = [
    "GB29 NWBK 6016 1331 9268 19", "DE89370400440532013000", "FR14 2004 1010 0505 0001 3M02 606",
    "NL91ABNA0417164300", "CH93 0076 2011 6238 5295 7", "BIC: DEUTDEFF", "Order #123-456-789",
    "ORD-2024-000123", "INV/2024/06/0042", "PO#4500012345", "A1B2-C3D4-E5F6", "SKU 12-3456-78",
    "Ticket #JIRA-1234", "REF: 24-06-21/A", "AWB 123-45678901", "1Z999AA10123456784", "ISBN 978-3-16-148410-0",
    "VAT GB123456789", "SIRET 732 829 320 00074", "Case No. 2024-CV-00123", "RMA#77-001", "#PR-42",
    "Booking ref: XK7P2Q", "Seat 14C, flight BA 117", "Tracking: JD014600004035621", "UUID 3f2504e0-4f89-11d3",
]
MARKDOWN = [
    "**bold** and _italic_", "*slack bold* and ~strike~", "`inline code`", "```\nmulti line\ncode block\n```",
    "> quoted line\n> second line", "- item one\n- item two\n- item three", "1. first\n2. second",
    "[link text](https://example.com)", "# Heading", "## Subheading", "---", "| a | b |\n|---|---|\n| 1 | 2 |",
    "~~strikethrough~~", "__underline__", "- [ ] todo\n- [x] done", "![alt text](https://example.com/img.png)",
    "Line one  \nLine two", "\\*not bold\\*", "`weather Paris`", "**Note:** bring an umbrella ☔",
    ":white_check_mark: done", ":flag-fr: :sunny: :umbrella_with_rain_drops:", "*Reminder*: _standup_ at 9",
]
EMOTICONS = [
    ":-)", ";)", ":P", "xD", "<3", "</3", ":'(", "¯\\_(ツ)_/¯", "(╯°□°)╯︵ ┻━┻", "┬─┬ノ( º _ ºノ)", "( ͡° ͜ʖ ͡°)",
    "^_^", "T_T", "o_O", ":-/", ">_<", "(=^･ω･^=)", ":)", "=)", "8-)", ":-D", ":'-)", "\\o/", "m(_ _)m",
    "(>_<)", "ʕ•ᴥ•ʔ", "(*^▽^*)", "(｡♥‿♥｡)", "¯\\(°_o)/¯", ":3", "XD", ":-*", ":o", "D:", "<(^_^)>",
]
BIO_SENTENCES = [
    "Hi everyone, I'm the new product designer on the weather team and I wanted to say hello properly.",
    "I grew up in a small town on the coast, where the forecast decided whether we could go out on the boat.",
    "Before joining, I spent six years designing dashboards for logistics companies in Rotterdam and Lyon.",
    "I care a lot about accessibility, plain language and making sure numbers are easy to read at a glance.",
    "Outside work I run (slowly), bake sourdough (badly, but with enthusiasm) and read far too many novels.",
    "My favourite kind of weather is a grey, drizzly Sunday with a pot of tea and nowhere to be.",
    "I speak English, French and a little Portuguese; I'm learning Japanese and can order ramen with confidence.",
    "If you ever need a second pair of eyes on a chart, a form or a tricky empty state, just ping me.",
    "I'm usually online from 8:30 to 17:00 Central European Time, and I try not to answer messages at night.",
    "Fun fact: I once got caught in a hailstorm on a mountain in Norway and still went back the next summer.",
    "I have two cats, Pixel and Kernel, who regularly attend video calls without being invited.",
    "My last team shipped a redesign that cut support tickets by about a third, which I'm quietly proud of.",
    "I believe good defaults matter more than settings, but I also love a well-organised settings page.",
    "Looking forward to working with all of you, and please tell me about your favourite local bakery.",
    "Things I'm curious about this quarter: onboarding, notification fatigue and how people read forecasts.",
    "I'm based in Lisbon, so expect lots of questions about why the weather app thinks it's always sunny here.",
]
LONG_PLACES = [
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch, Anglesey, Wales, United Kingdom",
    "Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu, New Zealand",
    "Krung Thep Maha Nakhon Amon Rattanakosin Mahinthara Ayuthaya Mahadilok Phop Noppharat Ratchathani",
    "Chargoggagoggmanchauggagoggchaubunagungamaugg Lake, Webster, Massachusetts, United States of America",
    "San Cristóbal de La Laguna, Santa Cruz de Tenerife, Canary Islands, Spain (near the university campus)",
]
LONG_NAMES = [
    "Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima "
    "Trinidad Ruiz y Picasso",
    "Wolfeschlegelsteinhausenbergerdorff Hubert Blaine, Senior, Esq., of the Philadelphia branch",
    "Maria Anna Sophia Theresia von und zu Liechtenstein-Hohenberg-Rosenthal",
    "Adolph Blaine Charles David Earl Frederick Gerald Hubert Irvin John Kenneth Lloyd Martin Nero Oliver "
    "Paul Quincy Randolph Sherman Thomas Uncas Victor William Xerxes Yancy Zeus",
]


# ---------------------------------------------------------------------------------------------------------
# Request builders for the real routes and their real fields.
# ---------------------------------------------------------------------------------------------------------

class Maker:
    """Builds records; keeps the seeded random and the record numbering."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0

    # --- small helpers -------------------------------------------------------------------------------
    def token(self, n: int = 32, alphabet: str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
              ) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def browser(self, rec: dict[str, Any], cookie: str | None, referer: str) -> dict[str, Any]:
        headers = dict(rec["headers"])
        headers["User-Agent"] = self.rng.choice(BROWSERS)
        headers["Accept-Language"] = self.rng.choice(LANGS)
        headers["Referer"] = "https://edge.example.com" + referer
        if cookie:
            headers["Cookie"] = f"{cookie}={self.token(43)}"
        rec["headers"] = headers
        return rec

    def api(self, rec: dict[str, Any], method: str | None = None) -> dict[str, Any]:
        headers = dict(rec["headers"])
        headers["User-Agent"] = self.rng.choice(API_CLIENTS)
        if "Content-Type" in headers:
            headers["Content-Type"] = self.rng.choice(["application/json", "application/json; charset=utf-8",
                                                       "application/merge-patch+json"])
        rec["headers"] = headers
        if method:
            rec["method"] = method
        return rec

    slack_escape = staticmethod(_slack_escape)

    def slack_text(self, text: str) -> str:
        """Text as Slack delivers it: & < > escaped, bare URLs as <url>."""
        out = []
        for word in self.slack_escape(text).split(" "):
            if word.startswith(("https://", "http://", "mailto:")):
                word = f"<{word}>"
            out.append(word)
        return " ".join(out)

    def response_url(self, kind: str) -> str:
        return f"https://hooks.slack.com/{kind}/{TEAM}/{self.rng.randint(10**12, 10**13 - 1)}/{self.token(24)}"

    def slack_headers(self, content_type: str) -> dict[str, str]:
        return {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Content-Type": content_type,
                "Accept": "application/json,*/*", "X-Slack-Request-Timestamp": str(EPOCH),
                "X-Slack-Signature": "v0=" + "0" * 64}

    # --- Slack --------------------------------------------------------------------------------------
    def slack_event(self, text: str) -> dict[str, Any]:
        rec = slack_message(self.slack_text(text), self.n, EPOCH)
        body = json.loads(rec["body"])
        event = body["event"]
        event["user"] = self.rng.choice(USERS)
        event["team"] = TEAM
        event["client_msg_id"] = f"{self.hexs(8)}-{self.hexs(4)}-4{self.hexs(3)}-a{self.hexs(3)}-{self.hexs(12)}"
        if self.rng.random() < 0.5:
            event["channel"] = self.rng.choice(DMS)
            event["channel_type"] = "im"
        else:
            event["type"] = "app_mention"
            event["text"] = f"<@{BOT}> " + event["text"]
            event["channel"] = self.rng.choice(CHANNELS)
        body["authorizations"] = [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT, "is_bot": True,
                                   "is_enterprise_install": False}]
        body["event_context"] = "4-" + self.token(40, "abcdefghijklmnopqrstuvwxyz0123456789")
        rec["body"] = json.dumps(body, ensure_ascii=self.rng.random() < 0.3)
        return rec

    def slack_command(self, text: str, user_name: str = "") -> dict[str, Any]:
        fields = [("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", self.rng.choice(CHANNELS + DMS)), ("channel_name", self.rng.choice(
                      ["general", "random", "directmessage", "weather-watch", "privategroup"])),
                  ("user_id", self.rng.choice(USERS)), ("user_name", user_name or self.rng.choice(
                      ["jane.doe", "sam", "m.garcia", "li.wei", "ops-bot-tester"])),
                  ("command", "/jeeves"), ("text", self.slack_escape(text)), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.response_url("commands")),
                  ("trigger_id", f"{self.rng.randint(10**12, 10**13 - 1)}.{self.rng.randint(10**8, 10**9)}."
                                 f"{self.hexs(32)}")]
        return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
                "headers": self.slack_headers("application/x-www-form-urlencoded")}

    def slack_click(self, value: str, name: str = "") -> dict[str, Any]:
        user = self.rng.choice(USERS)
        action = "set_location" if value or self.rng.random() < 0.5 else self.rng.choice(
            ["forget_me_confirm", "forget_me_cancel"])
        payload = {
            "type": "block_actions", "user": {"id": user, "username": "jane.doe", "name": name or "jane.doe",
                                              "team_id": TEAM},
            "api_app_id": APP_ID, "token": "gIkuvaNzQIHg97ATvDxqgjtO",
            "container": {"type": "message", "message_ts": f"{EPOCH}.{self.rng.randint(100000, 999999)}",
                          "channel_id": DMS[0], "is_ephemeral": True},
            "trigger_id": f"{self.rng.randint(10**12, 10**13 - 1)}.{self.hexs(32)}",
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": DMS[0], "name": "directmessage"},
            "response_url": self.response_url("actions"),
            "actions": [{"action_id": action, "block_id": self.token(5), "text": {
                "type": "plain_text", "text": "Set as my location" if action == "set_location" else "Yes, forget me",
                "emoji": True}, "value": value, "type": "button",
                "action_ts": f"{EPOCH}.{self.rng.randint(100000, 999999)}"}],
        }
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.rng.random() < 0.5))])
        return {"method": "POST", "uri": "/slack/interactions", "body": body,
                "headers": self.slack_headers("application/x-www-form-urlencoded")}

    # --- data API ------------------------------------------------------------------------------------
    def api_patch(self, doc: dict[str, Any]) -> dict[str, Any]:
        return self.api(_json(f"/api/users/{self.rng.randint(1, 4000)}", doc), "PATCH")

    def api_stats(self, since: str, until: str | None = None) -> dict[str, Any]:
        params = [("since", since)] + ([("until", until)] if until is not None else [])
        return self.api(_get(_query("/api/usage/stats", params)))

    def api_users(self, team: str) -> dict[str, Any]:
        params = [("team_id", team), ("limit", str(self.rng.choice([10, 25, 50, 100]))),
                  ("offset", str(self.rng.choice([0, 0, 50, 100])))]
        if self.rng.random() < 0.4:
            params.append(("alerts", self.rng.choice(["true", "false", "1", "on"])))
        return self.api(_get(_query("/api/users", params)))

    def api_switch(self, action: str, team: str) -> dict[str, Any]:
        doc = {"enabled": self.rng.random() < 0.5, "team_id": team}
        return self.api(_json("/api/switches/" + urllib.parse.quote(action, safe=""), doc), "PUT")

    # --- admin panel ---------------------------------------------------------------------------------
    def admin_form(self, path: str, fields: list[tuple[str, str]], referer: str) -> dict[str, Any]:
        return self.browser(_form(path, [("csrf_token", self.token(43))] + fields), "__Host-jeeves_admin",
                            referer)

    def admin_get(self, path: str, params: list[tuple[str, str]]) -> dict[str, Any]:
        rec = _get(_query(path, params))
        rec["headers"] = {**rec["headers"], "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
        return self.browser(rec, "__Host-jeeves_admin", path)

    def admin_search(self, q: str) -> dict[str, Any]:
        path = self.rng.choice(["/admin/users", "/admin/users", "/admin/audit"])
        params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.rng.random() < 0.3 else [])
        return self.admin_get(path, params)

    def admin_flag(self, q: str) -> dict[str, Any]:
        uid, flag = self.rng.randint(1, 4000), self.rng.choice(["active", "admin"])
        return self.admin_form(f"/admin/users/{uid}/{flag}", [("value", self.rng.choice("01")), ("q", q),
                                                              ("page", str(self.rng.randint(1, 4)))],
                               "/admin/users?q=" + urllib.parse.quote(q, safe=""))

    def admin_login(self, username: str, password: str, totp: str = "") -> dict[str, Any]:
        nxt = self.rng.choice(["/admin/", "/admin/users", "/admin/audit?page=2", "/admin/clients", ""])
        rec = self.browser(_form("/admin/login", [("csrf_token", self.token(43)), ("username", username),
                                                  ("password", password), ("totp", totp), ("next", nxt)]),
                           None, "/admin/login")
        return rec

    def admin_client(self, client_id: str, description: str) -> dict[str, Any]:
        scopes = self.rng.choice([["read"], ["read", "write"], ["write"], []])
        return self.admin_form("/admin/clients", [("client_id", client_id), ("description", description)]
                               + [("scopes", s) for s in scopes], "/admin/clients")

    def admin_feature(self, action: str, team: str) -> dict[str, Any]:
        return self.admin_form("/admin/features", [("action", action), ("team_id", team),
                                                   ("enabled", self.rng.choice("01"))], "/admin/features")

    def admin_slack_map(self, username: str, team: str = TEAM, user: str = "") -> dict[str, Any]:
        return self.admin_form("/admin/slack-sign-in", [("username", username), ("team_id", team),
                                                        ("user_id", user or self.rng.choice(USERS))],
                               "/admin/slack-sign-in")

    def admin_totp(self, code: str) -> dict[str, Any]:
        return self.admin_form("/admin/account/totp/confirm", [("totp_pending", self.token(86)), ("totp", code)],
                               "/admin/account")

    def admin_totp_disable(self, password: str) -> dict[str, Any]:
        return self.admin_form("/admin/account/totp/disable", [("password", password)], "/admin/account")

    # --- /me/ and Sign in with Slack ------------------------------------------------------------------
    def me_form(self, path: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        return self.browser(_form(path, [("csrf_token", self.token(43))] + fields), "__Host-jeeves_me", "/me/")

    def me_location(self, place: str) -> dict[str, Any]:
        return self.me_form("/me/location", [("place", place)])

    def me_settings(self, units: str = "metric", alert_time: str = "07:30", timezone: str = "UTC",
                    alerts: bool = True) -> dict[str, Any]:
        fields = [("units", units), ("alert_time", alert_time), ("timezone", timezone)]
        return self.me_form("/me/settings", fields + ([("alerts", "on")] if alerts else []))

    def oidc_callback(self, code: str, state: str | None = None) -> dict[str, Any]:
        state = state if state is not None else self.token(43)
        rec = _get(_query("/auth/slack/callback", [("code", code), ("state", state)]))
        rec["headers"] = {**rec["headers"], "Accept": "text/html,*/*;q=0.8",
                          "Cookie": f"__Host-jeeves_oidc_state={state}"}
        return self.browser(rec, None, "/auth/slack/login")

    def oidc_error(self, description: str) -> dict[str, Any]:
        rec = _get(_query("/auth/slack/callback", [("error", "access_denied"), ("error_description", description),
                                                   ("state", self.token(43))]))
        return self.browser(rec, None, "/auth/slack/login")

    def slack_slack_code(self) -> str:
        return f"{self.rng.randint(10**10, 10**11)}.{self.rng.randint(10**11, 10**12)}.{self.hexs(64)}"

    # --- TokenDealer --------------------------------------------------------------------------------
    def td_form(self, path: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        rec = _form(path, fields)
        rec["headers"] = {**rec["headers"], "User-Agent": self.rng.choice(API_CLIENTS), "Accept": "application/json"}
        return rec

    def td_token(self, scope: str, audience: str | None = None, client_id: str = "demo-client") -> dict[str, Any]:
        fields = [("grant_type", "client_credentials"), ("client_id", client_id), ("client_secret", self.token(43)),
                  ("scope", scope)]
        if audience is not None:
            fields.append(("audience", audience))
        return self.td_form("/oauth/token", fields)

    def jwt_like(self) -> str:
        head = "eyJhbGciOiJFUzI1NiIsImtpZCI6I" + self.token(20) + "IiwidHlwIjoiYXQrand0In0"
        return f"{head}.eyJ{self.token(180)}.{self.token(86)}"

    def td_verify(self, audience: str) -> dict[str, Any]:
        path = self.rng.choice(["/verify_token", "/oauth/introspect"])
        name = "access_token" if path == "/verify_token" else "token"
        return self.td_form(path, [(name, self.jwt_like()), ("audience", audience)])


# ---------------------------------------------------------------------------------------------------------
# Where each kind goes. A slot turns one value into one request; each kind lists the slots that fit it.
# ---------------------------------------------------------------------------------------------------------

Slot = Callable[[Maker, str], dict[str, Any]]


def _is_slack(rec: dict[str, Any]) -> bool:
    return str(rec["uri"]).startswith("/slack/")


def s_event(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_event(v)


def s_event_note(m: Maker, v: str) -> dict[str, Any]:
    frame = m.rng.choice(["{} (for my notes)", "Quick note: {}", "reminder to self → {}", "{}", "fyi {}",
                          "Can you remember this? {}", "help — {}", "{} thanks!"])
    return m.slack_event(frame.format(v))


def s_event_weather(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_event(m.rng.choice(["weather {}", "weather {}", "remember location {}", "Weather {} please"])
                         .format(v))


def s_command(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_command(v)


def s_command_weather(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_command(m.rng.choice(["weather {}", "remember location {}", "weather {}"]).format(v))


def s_command_username(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_command(m.rng.choice(["help", "weather", "my location", "login"]), user_name=v)


def s_click(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_click(v)


def s_click_name(m: Maker, v: str) -> dict[str, Any]:
    return m.slack_click(m.rng.choice(SCRIPT_PLACES[:20] + ["Paris", "Lagos"]), name=v)


def a_name(m: Maker, v: str) -> dict[str, Any]:
    return m.api_patch({"name": v[:200]} if m.rng.random() < 0.7 else {"name": v[:200], "is_active": True})


def a_email(m: Maker, v: str) -> dict[str, Any]:
    return m.api_patch({"email": v})


def a_stats(m: Maker, v: str) -> dict[str, Any]:
    return m.api_stats(v, m.rng.choice([None, "2024-06-22T00:00:00Z", "2024-12-31"]))


def a_settings_tz(m: Maker, v: str) -> dict[str, Any]:
    return m.api_patch({"settings": {"timezone": v}})


def a_settings_time(m: Maker, v: str) -> dict[str, Any]:
    return m.api_patch({"settings": {"alert_time": v, "alerts": True}})


def a_team(m: Maker, v: str) -> dict[str, Any]:
    return m.api_users(v) if m.rng.random() < 0.6 else m.api_switch(
        m.rng.choice(["weather", "remember location", "alerts", "config", "login"]), v)


def ad_search(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_search(v)


def ad_flag(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_flag(v[:100])


def ad_desc(m: Maker, v: str) -> dict[str, Any]:
    cid = m.rng.choice(["mobile-ios", "reporting.v2", "svc:billing-prod", "kiosk-lobby-01", "partner_acme",
                        "grafana", "etl-nightly"])
    return m.admin_client(cid, v[:500])


def ad_client_id(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_client(v, m.rng.choice(["", "Reporting job", "Test client for QA", "Kiosk in the lobby"]))


def ad_login_user(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_login(v, m.token(20), m.rng.choice(["", "123456", "042 917"]))


def ad_login_password(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_login(m.rng.choice(["admin", "jane.doe", "ops"]), v, m.rng.choice(["", "318 004"]))


def ad_totp_disable(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_totp_disable(v)


def ad_totp(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_totp(v)


def ad_feature(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_feature(m.rng.choice(["weather", "remember location", "alerts", "forget me", "help"]), v)


def ad_slack_user(m: Maker, v: str) -> dict[str, Any]:
    return m.admin_slack_map(v)


def me_loc(m: Maker, v: str) -> dict[str, Any]:
    return m.me_location(v)


def me_tz(m: Maker, v: str) -> dict[str, Any]:
    return m.me_settings(m.rng.choice(["metric", "imperial"]), m.rng.choice(["07:30", "06:45", "08:00"]), v,
                         m.rng.random() < 0.6)


def me_time(m: Maker, v: str) -> dict[str, Any]:
    return m.me_settings(m.rng.choice(["metric", "imperial"]), v, m.rng.choice(TIMEZONES), True)


def me_units(m: Maker, v: str) -> dict[str, Any]:
    return m.me_settings(v, "07:30", m.rng.choice(TIMEZONES), m.rng.random() < 0.5)


def me_forget(m: Maker, v: str) -> dict[str, Any]:
    return m.me_form("/me/forget", [("confirm", v)])


def oidc_code(m: Maker, v: str) -> dict[str, Any]:
    return m.oidc_callback(v)


def oidc_err(m: Maker, v: str) -> dict[str, Any]:
    return m.oidc_error(v)


def td_scope(m: Maker, v: str) -> dict[str, Any]:
    return m.td_token(v, m.rng.choice([None, "jeeves"]))


def td_aud(m: Maker, v: str) -> dict[str, Any]:
    return m.td_verify(v) if m.rng.random() < 0.5 else m.td_token("read", v)


def td_client(m: Maker, v: str) -> dict[str, Any]:
    return m.td_token("read write", None, v)


TEXT_SLOTS: list[Slot] = [s_event, s_event, s_event_note, s_command, ad_desc, ad_search, ad_flag]
NAME_SLOTS: list[Slot] = [a_name, a_name, ad_search, s_command_username, s_click_name, ad_slack_user,
                          ad_login_user, s_event_note]
PLACE_SLOTS: list[Slot] = [me_loc, me_loc, s_event_weather, s_command_weather, s_click]


def _bio(rng: random.Random, target: int) -> str:
    sentences = BIO_SENTENCES[:]
    rng.shuffle(sentences)
    out = ""
    i = 0
    while len(out) < target - 60:
        s = sentences[i % len(sentences)]
        out = (out + " " + s).strip() if rng.random() < 0.8 or not out else out + "\n\n" + s
        i += 1
    return out[:target].rsplit(" ", 1)[0] + "."


def _values(rng: random.Random) -> dict[str, tuple[list[str], list[Slot], int]]:
    """kind -> (values, slots, number of records)."""
    numbers = NUMBERS + [rng.choice(NUMBER_NOTES).format(x) for x in NUMBERS]
    dates = DATES + [f"Can we move it to {d}?" for d in DATES[:20]] + [f"Holiday from {a} to {b}" for a, b in
                                                                        zip(DATES[:12], DATES[12:24], strict=True)]
    phones = PHONES + [f"call me on {p} after 6" for p in PHONES] + [f"Mobile: {p}" for p in PHONES[:10]]
    postcodes = POSTCODES + [f"My postcode is {p}" for p in POSTCODES[:15]]
    ids = IDENTIFIERS + [f"Payment ref {x}, please check" for x in IDENTIFIERS[:12]]
    emails = EMAILS + [f"Contact: {e}" for e in EMAILS[:12]] + [f"cc {a}; {b}" for a, b in
                                                                zip(EMAILS[:6], EMAILS[6:12], strict=True)]
    urls = URLS + [f"See {u} for details" for u in URLS[:14]]
    long_texts = [_bio(rng, rng.randint(1850, 2000)) for _ in range(14)] + [_bio(rng, rng.randint(400, 499))
                                                                            for _ in range(8)]
    return {
        "script": (SCRIPT_TEXTS + SCRIPT_NAMES, TEXT_SLOTS + NAME_SLOTS + [ad_login_password], 70),
        "script-place": (SCRIPT_PLACES, PLACE_SLOTS, 60),
        "combining": (COMBINING, TEXT_SLOTS + NAME_SLOTS + PLACE_SLOTS, 45),
        "emoji": (EMOJI + EMOJI_TEXTS, TEXT_SLOTS + [a_name, s_click_name, ad_login_password], 55),
        "bidi": (BIDI, TEXT_SLOTS + [a_name, me_loc], 45),
        "indic-zwj": (INDIC_ZWJ, TEXT_SLOTS + [a_name, me_loc, s_event_weather], 40),
        "fullwidth": (FULLWIDTH, TEXT_SLOTS + [a_name, ad_login_user, ad_totp, ad_feature, me_loc, me_time], 45),
        "math": (MATH, TEXT_SLOTS + [a_name, s_click_name, s_command_username], 40),
        "name": (NAMES, NAME_SLOTS + [a_email], 70),
        "short": (SHORT + SHORT_PLACES, TEXT_SLOTS + NAME_SLOTS + PLACE_SLOTS + [ad_feature, td_client, oidc_code,
                                                                              ad_totp], 45),
        "long": (long_texts + LONG_PLACES + LONG_NAMES, [s_event, s_event, s_command, ad_desc, ad_desc, a_name,
                                                         me_loc, ad_search], 40),
        "number": (numbers, TEXT_SLOTS + [ad_totp], 45),
        "date": (dates, TEXT_SLOTS + [a_stats, a_stats, me_time, a_settings_time], 50),
        "timezone": (TIMEZONES, [me_tz, me_tz, a_settings_tz, s_command], 25),
        "empty": (EMPTY, TEXT_SLOTS + NAME_SLOTS + [me_loc, me_tz, me_units, me_forget, td_scope, ad_feature,
                                                    oidc_code, ad_totp, a_team], 45),
        "punct": (PUNCT, TEXT_SLOTS + [a_name, oidc_err, ad_login_password, s_click], 45),
        "quote": (QUOTES, TEXT_SLOTS + NAME_SLOTS + [ad_login_password, ad_totp_disable], 50),
        "bracket": (BRACKETS, TEXT_SLOTS + [a_name, me_loc, ad_login_password], 45),
        "percent-amp": (PERCENT_AMP, TEXT_SLOTS + [a_name, me_loc, ad_login_password, oidc_err], 45),
        "email": (emails, [a_email, a_email, ad_search, ad_login_user, s_event_note, s_command, ad_desc, ad_flag],
                  50),
        "url": (urls, [s_event, s_event_note, s_command, ad_desc, ad_search], 45),
        "phone": (phones, TEXT_SLOTS + [a_name], 45),
        "postcode": (postcodes, PLACE_SLOTS + TEXT_SLOTS, 40),
        "identifier": (ids, TEXT_SLOTS + [td_client, ad_client_id], 45),
        "markdown": (MARKDOWN, [s_event, s_event, s_event_note, s_command, ad_desc], 40),
        "emoticon": (EMOTICONS, TEXT_SLOTS + [a_name, ad_login_password], 45),
        "token-field": (["read", "read write", "write read", " read  write ", "READ", "read,write", "read+write",
                         "jeeves", "tokendealer", "jeeves tokendealer", "https://edge.example.com/api",
                         "urn:jeeves:api", "jeeves-staging"], [td_scope, td_aud, td_aud], 20),
        "units": (["metric", "imperial", "Metric", "IMPERIAL", "°C", "celsius", "fahrenheit", "SI", "métrique"],
                  [me_units, me_units, s_command], 12),
    }


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    rng = random.Random(SEED)
    maker = Maker(rng)
    for kind, (values, slots, count) in _values(rng).items():
        order = values[:]
        rng.shuffle(order)
        for i in range(count):
            value = order[i % len(order)]
            maker.n += 1
            slot = rng.choice(slots)
            if slot is me_loc and (len(value) > 100 or any(c in value for c in "\r\n\t")):
                slot = s_event_weather  # the page's own form would not take it: a user types it in Slack
            rec = slot(maker, value)
            middle = f"{kind}-slack" if _is_slack(rec) else kind
            placement = "json" if "json" in rec["headers"].get("Content-Type", "") else (
                "query" if rec["method"] == "GET" else "body")
            yield {**rec, "id": f"edgeval-benign-{middle}-{maker.n:04d}", "category": "benign",
                   "placement": placement, "sub": kind}
        # The Sign in with Slack flow itself, a few per kind that fits it.
        if kind == "long":
            for code in (maker.slack_slack_code() + maker.token(300), maker.token(512)):
                maker.n += 1
                yield {**maker.oidc_callback(code), "id": f"edgeval-benign-long-{maker.n:04d}",
                       "category": "benign", "placement": "query", "sub": kind}
        if kind == "short":
            for path in ("/auth/slack/login?for=admin", "/auth/slack/login", "/auth/slack/?done=bye",
                         "/me/?done=settings_saved", "/auth/slack/link/" + maker.token(43)):
                maker.n += 1
                rec = maker.browser(_get(path), None, "/")
                yield {**rec, "id": f"edgeval-benign-short-{maker.n:04d}", "category": "benign",
                       "placement": "query", "sub": kind}
            maker.n += 1
            rec = maker.browser(_form("/auth/slack/link/" + maker.token(43), [("csrf_token", maker.token(43))]),
                                "__Host-jeeves_signin", "/auth/slack/link/")
            yield {**rec, "id": f"edgeval-benign-short-{maker.n:04d}", "category": "benign", "placement": "body",
                   "sub": kind}
            for _ in range(3):
                maker.n += 1
                yield {**maker.oidc_callback(maker.slack_slack_code()), "id": f"edgeval-benign-short-{maker.n:04d}",
                       "category": "benign", "placement": "query", "sub": kind}
