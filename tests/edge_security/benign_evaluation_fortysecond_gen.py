"""Benign evaluation set (fortysecond): a travel agency and tour operator's ordinary traffic, benign only.

The company is Compass Rose Voyages, a tour operator and travel agency with offices in Edinburgh, Montréal,
Cape Town, Kyoto and Buenos Aires. Its travel consultants, air-ticketing desk, visa desk, group coordinators,
tour leaders and ground handlers use Jeeves to check the weather where their groups are (a balloon flight in
Cappadocia, a boat on Milford Sound, a trek in Patagonia) and they write to it the way they write to each
other: flight numbers and PNRs, fare bases and GDS screens pasted in code blocks, passport names spelt the
ICAO way beside their native spelling (MRZ lines and SSR DOCS included), hotel addresses in every script,
visa and entry notes, prices in a dozen currencies, departure times across time zones, typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/,
tokendealer/ and README.md were read for that): Slack's Events API (url_verification, app_mention, message.im
and what that subscription delivers: threads, edits, deletions, file shares, link unfurls, Jeeves' own
replies; app_home_opened), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons
(set_location, forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch,
usage stats, switches), the admin panel's forms with csrf_token, `/me/`, Sign in with Slack and the bot's
one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers, the templates and README.md; no WAF rule, exclusion,
ruleset or other generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is
empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackApp.slack_request,
SlackApp.inner, SlackApp.hook, SlackApp.trigger, WebApp.form_request, WebDay.ch_platform, WebApp.me_exit_form,
WebApp.signed_in, WebApp.oidc_params, WebApp.link_preview, WebApp.link_signin and WebApp.oidc_callback from the
shared modules.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import ACTIONS, HELP_REPLY, file_urls
from .records import b64url, no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortysecond"
SEED = 42_2024_1114
EPOCH = 1731567600  # 2024-11-14 07:00 UTC, a Thursday: groups in Japan, Patagonia and Morocco, a charter Saturday
TEAM, TEAM_DOMAIN = "T05CRVYG42", "compassrose-voyages"
PARTNER_TEAM = "T07KYTGRND"  # the Kyoto ground-handling partner's own workspace
APP_ID, BOT_USER, BOT_ID = "A06CRJVS11", "U06JVSBT3Q", "B06JVSBT7K"
HOST = "jeeves.compassrose.travel"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "Hq3ZtW8mVx2RkLc7DpN5sYfA"

FIRST = ["Eilidh", "Søren", "Ngozi", "Haruto", "Valentina", "Thabo", "Élodie", "Yusuf", "Pilar", "Anh", "Giulia",
         "Kristján", "Zanele", "Mateus", "Ayşe", "Rhiannon", "Farid", "Ingrid", "Wiremu", "Camila", "Aoife",
         "Lwazi", "Ximena", "Bogdan", "Marisol", "Kenji", "Olamide", "Leilani", "François", "Nuno", "Saoirse",
         "Jakub", "Rania", "Tomás", "Mirela", "Jonas", "Precious", "Akosua", "Mei", "Sipho", "Hélène", "Ruairí"]
LAST = ["MacLeod", "Ó Briain", "Nkosi", "Takahashi", "Fernández-Ruiz", "Van Wyk", "Lefebvre", "Özdemir", "Ramírez",
        "Nguyễn", "Rossi", "Guðmundsson", "Dlamini", "Carvalho", "Yılmaz", "Pryce-Jones", "Haddad", "Johansen",
        "Te Rangi", "Álvarez", "Mac Aodha", "Mthembu", "Trần", "de la Fuente", "Popescu", "O'Kane", "Sato",
        "Adeyemi", "Kahananui", "Côté", "da Silva", "Ní Dhomhnaill", "Kowalczyk", "El-Masri", "Szabó", "St-Pierre",
        "Lindgren", "D'Angelo", "McAllister-Boyd"]
OFFICES = [("Edinburgh", "17 Queen Street, Edinburgh EH2 1JX"),
           ("Montréal", "1250 Rue Sainte-Catherine O, bureau 610, Montréal QC H3G 1P1"),
           ("Cape Town", "3rd Floor, 88 Bree Street, Cape Town 8001"),
           ("Kyoto", "京都市中京区烏丸通三条上ル 8F"),
           ("Buenos Aires", "Av. Santa Fe 1845, Piso 4 \"B\", C1123AAA CABA")]
# Passengers as their passports spell them: (the name as people write it, surname and given names in the
# machine-readable zone, nationality, sex).
PAX = [("Siobhán Ní Mhurchú", "NI MHURCHU", "SIOBHAN", "IRL", "F"),
       ("José María García López", "GARCIA LOPEZ", "JOSE MARIA", "ESP", "M"),
       ("Jürgen Müller", "MUELLER", "JUERGEN", "DEU", "M"),
       ("Nguyễn Thị Thu Hà", "NGUYEN", "THI THU HA", "VNM", "F"),
       ("Fatima Al-Rashid", "AL RASHID", "FATIMA", "ARE", "F"),
       ("Seán O'Brien", "OBRIEN", "SEAN PATRICK", "IRL", "M"),
       ("Zhang Xiaoming (张晓明)", "ZHANG", "XIAOMING", "CHN", "M"),
       ("Yamamoto Haruka (山本遥)", "YAMAMOTO", "HARUKA", "JPN", "F"),
       ("Αικατερίνη Παπαδοπούλου", "PAPADOPOULOU", "AIKATERINI", "GRC", "F"),
       ("Björk Guðmundsdóttir", "GUDMUNDSDOTTIR", "BJORK", "ISL", "F"),
       ("Søren Højgaard", "HOEJGAARD", "SOEREN", "DNK", "M"),
       ("Chiamaka Adaeze Okafor", "OKAFOR", "CHIAMAKA ADAEZE", "NGA", "F"),
       ("Thandiwe van der Merwe", "VAN DER MERWE", "THANDIWE", "ZAF", "F"),
       ("Anne-Marie Côté-Tremblay", "COTE TREMBLAY", "ANNE MARIE", "CAN", "F"),
       ("Mehmet Çelik", "CELIK", "MEHMET", "TUR", "M"),
       ("Priya Raghunathan", "RAGHUNATHAN", "PRIYA", "IND", "F"),
       ("Mateus Gonçalves da Silva", "GONCALVES DA SILVA", "MATEUS", "BRA", "M"),
       ("Wiremu Te Rangi", "TE RANGI", "WIREMU", "NZL", "M"),
       ("Dr Hamish MacLeod-Fraser", "MACLEOD FRASER", "HAMISH JAMES", "GBR", "M"),
       ("María Fernanda Núñez", "NUNEZ", "MARIA FERNANDA", "ARG", "F"),
       ("Kim Min-jun (김민준)", "KIM", "MINJUN", "KOR", "M"),
       ("Małgorzata Wiśniewska", "WISNIEWSKA", "MALGORZATA", "POL", "F"),
       ("Léa Lefèvre", "LEFEVRE", "LEA", "FRA", "F"),
       ("Tomás Ó Briain", "O BRIAIN", "TOMAS", "IRL", "M"),
       ("Ольга Кузнецова", "KUZNETSOVA", "OLGA", "RUS", "F"),
       ("Mr & Mrs D'Souza", "DSOUZA", "ANTHONY", "GBR", "M")]
# What staff type after `weather` or `remember location`.
DESTS = ["Marrakech", "Kyoto", "Reykjavík", "Queenstown", "Cusco", "Aguas Calientes", "Zanzibar", "Stone Town",
         "Ushuaia", "Hội An", "Chiang Mai", "Luang Prabang", "Santorini", "Dubrovnik", "Göreme", "Cappadocia",
         "Isle of Skye", "Portree", "Tromsø", "Skukuza", "Arusha", "Petra", "Wadi Rum", "Hạ Long", "Bled",
         "Ponta Delgada", "Funchal", "Puerto Natales", "El Calafate", "Banff", "Lake Louise", "Svolvær", "Ubud",
         "Kathmandu", "Pokhara", "Hakone", "Takayama", "Nara", "Hiroshima", "Miyajima", "Franz Josef",
         "Te Anau", "Milford Sound", "Stellenbosch", "Hermanus", "Knysna", "Victoria Falls", "Kasane",
         "Essaouira", "Merzouga", "Chefchaouen", "Fès", "Quebec City", "Tadoussac", "Mendoza", "Salta",
         "Iguazú", "Puerto Iguazú", "Bariloche", "San Pedro de Atacama", "Valparaíso", "Cartagena",
         "Oaxaca", "Tulum", "Havana", "Jaipur", "Udaipur", "Kochi", "Galle", "Ella", "Siem Reap", "Bagan",
         "京都", "箱根", "Αθήνα", "Θεσσαλονίκη", "Санкт-Петербург", "القاهرة", "الأقصر", "서울", "부산",
         "เชียงใหม่", "Hà Nội", "Kraków", "Zürich", "St. Moritz", "Saint-Malo", "Val d'Isère", "L'Aquila",
         "Sant'Agata de' Goti", "Coeur d'Alene", "Dún Laoghaire", "Llanfairpwllgwyngyll", "Ísafjörður",
         "Kirkjubæjarklaustur", "Sainte-Anne-des-Monts", "KEF", "CUZ", "ZQN", "RAK", "KIX",
         "13.1631° S, 72.5450° W", "-45.0312,168.6626", "Torres del Paine NP", "Kruger NP (Skukuza gate)"]
HOTELS = [
    "Riad Yasmine, 209 Derb Sidi Bouamar, Marrakech 40000", "Hôtel Le Germain, 2050 Rue Mansfield, Montréal QC",
    "Hoshinoya Kyoto, 11-2 Arashiyama Genrokuzancho, Nishikyo-ku", "京都市東山区清水2丁目 ホテル 3F",
    "The Silo Hotel, Silo Square, V&A Waterfront, Cape Town 8001", "Palacio del Inka, Plazoleta Santo Domingo 259",
    "Hotel Rangá, Suðurlandsvegur, 851 Hella", "Eichardt's Private Hotel, 2 Marine Parade, Queenstown 9300",
    "Emerald Stay, 1A Phan Chu Trinh, Hội An", "Arakur Ushuaia Resort & Spa, Cerro Alarken s/n",
    "Katikies, Oia 847 02, Σαντορίνη", "Argos in Cappadocia, Uçhisar, Nevşehir 50240",
    "Hotel Villa Dubrovnik, Ul. Vlaha Bukovca 6, 20000 Dubrovnik", "Singita Lebombo Lodge, Kruger NP",
    "Ryokan Kinoe, 箱根町強羅1300-8", "Hotel Sacher, Philharmoniker Str. 4, 1010 Wien",
    "Casa Andina Premium, Calle Saphi 710, Cusco", "Tierra Patagonia, Lago Sarmiento s/n, Torres del Paine",
    "Hotel Plaza Athénée, 25 av. Montaigne, 75008 Paris", "The Oberoi Udaivilas, Haridasji Ki Magri, Udaipur",
    "Amangalla, 10 Church Street, Galle Fort", "Hotel Fasano, Av. Vieira Souto 80, Ipanema, Rio de Janeiro",
    "Raffles Le Royal, 92 Rathe Preah Monivong, Phnom Penh", "Château Frontenac, 1 rue des Carrières, Québec",
    "Fairmont Banff Springs, 405 Spray Ave, Banff AB T1L 1J4", "Hotel Kämp, Pohjoisesplanadi 29, 00100 Helsinki",
    "Kasbah Tamadot, Route d'Imlil, Asni", "Hotel Bristol, Kärntner Ring 1, Wien (Zi. 412)",
    "Mövenpick Resort Petra, Wadi Musa", "Four Seasons Safari Lodge Serengeti, Tanzania",
    "호텔 신라, 서울특별시 중구 동호로 249", "Anantara Chiang Mai, 123-123/1 Charoen Prathet Rd",
    "Hotel Arts, Carrer de la Marina 19-21, 08005 Barcelona", "Pousada de Lisboa, Praça do Comércio 31-34",
    "Cape Grace, West Quay Rd, V&A Waterfront (room 3.14)", "Alvear Palace, Av. Alvear 1891, Recoleta, CABA",
    "Hotel Belmond Sanctuary Lodge, Machu Picchu (km 112)", "Hilton Garden Inn Reykjavík, Suðurlandsbraut 2",
]
AIRLINES = [("BA", "125"), ("LH", "220"), ("EK", "176"), ("QF", "081"), ("NZ", "086"), ("KL", "074"),
            ("TP", "047"), ("SA", "083"), ("JL", "131"), ("AF", "057"), ("AC", "014"), ("LA", "045"), ("TK", "235"),
            ("ET", "071"), ("AR", "044"), ("NH", "205"), ("QR", "157"), ("FI", "108"), ("AT", "147")]
AIRPORTS = ["EDI", "LHR", "LGW", "MAN", "DUB", "YUL", "YYZ", "CPT", "JNB", "NBO", "RAK", "CMN", "KIX", "HND", "NRT",
            "ICN", "BKK", "SGN", "HAN", "DEL", "BOM", "KTM", "CUZ", "LIM", "EZE", "AEP", "USH", "FTE", "SCL", "PUQ",
            "AKL", "ZQN", "MEL", "KEF", "FNC", "PDL", "LIS", "IST", "ATH", "JTR", "DBV", "AMM", "ZNZ", "JRO"]
FARES = ["fare basis QLX7C2B", "KL14NGB", "VOWGB", "TNNC3LGB (Economy Light, no bag)", "OKWGB", "HRTGB",
         "Y/B/M full flex", "J-class (Club World)", "RBD K", "W (premium eco)", "NUC 845.20 END ROE 0.789",
         "fare basis ZPROMO", "YLOWGB 2PC", "QHX0PUK", "LOWCHGNR", "booking class G, 1PC 23KG",
         "IT fare, not to be shown to pax", "group fare GV10 (min. 10 pax)", "SKYTEAM round-the-world"]
PRICES = ["£2,340.00 pp", "£1,185 pp twin share", "single supplement £420", "€1.249,50", "€ 3 980 p.P. im DZ",
          "US$ 4,980 pps", "CA$ 6 215,00", "JPY 185,000", "¥28,800/night", "ZAR 24 500", "R 3 450 pppn",
          "ARS 1.250.000", "CHF 3'480.–", "MAD 1 200 DH", "AED 2,150", "₹68,500", "NZ$ 3,215", "A$ 4,299",
          "R$ 3.890,00", "THB 4,500++", "₫2.500.000", "ISK 48.900 kr.", "deposit 20% (£600) non-refundable",
          "£89 + £36.40 taxes/fees/carrier charges", "€165 pppn half board", "USD 50 cash (Kenya eTA $32.50)"]
TIMES = ["dep 14:05 arr 06:10+1", "20NOV 0735", "ETD 2215Z", "check-in 15:00 / check-out 11:00",
         "pick-up 04:30 (!)", "ex LHR 09:40 arr EZE 21:55", "Sat 16th at 10am", "16.11. um 8:45 Uhr",
         "à 14h35", "a las 15:00 hs", "às 11h20", "午前9時", "7.30am sharp", "between 13:00 and 13:30",
         "tomorrow 0600 local (UTC-3)", "2024-11-16T05:30+03:00", "11/16 @ 6 PM EST", "noon-ish", "by 17:00 CET"]
TIMEZONES = ["Europe/London", "Europe/Lisbon", "America/Toronto", "America/Montreal",
             "America/Argentina/Buenos_Aires", "Africa/Johannesburg", "Asia/Tokyo", "Australia/Melbourne",
             "Pacific/Auckland", "Asia/Kolkata", "Asia/Kathmandu", "Africa/Casablanca", "Atlantic/Reykjavik",
             "America/Lima", "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Pacific/Honolulu", "America/Santiago",
             "Asia/Dubai", "UTC", "Europe/Istanbul", "Africa/Nairobi", "Indian/Maldives", "Europe/Athens",
             "America/Punta_Arenas", "Asia/Seoul", "Africa/Dar_es_Salaam", "Europe/Dublin", "Asia/Amman"]
VISA = [
    "ESTA approved, valid until 03/2026 — print it anyway",
    "UK ETA needed for EU nationals from 2 April 2025 (£10, apply via the app)",
    "Schengen 90/180: she has 23 days left, the Croatia leg is fine",
    "India e-Tourist visa (30 days, double entry) — apply ≥ 4 days before arrival",
    "Kenya eTA US$ 32.50, processing 72 h, 2 blank pages",
    "Vietnam e-visa 90 days multiple entry, US$ 50 — port of entry must match (SGN/HAN/DAD)",
    "ETIAS not live yet (expected 2026), nothing to do for now",
    "China 144-hour visa-free transit (TWOV) via PVG, onward ticket to a third country required",
    "Japan: visa-free for GBR/IRL/CAN passports up to 90 days; Visit Japan Web QR codes for immigration & customs",
    "Brazil e-visa for US/CA/AU citizens from 10 Apr 2025, US$ 80.90",
    "Tanzania e-visa US$ 50 single entry; yellow fever cert if arriving from KE",
    "Cuba tourist card (tarjeta del turista) — pink one if flying from the US",
    "Morocco: no visa for EU/UK/CA, passport valid 6 months; declare drones at customs",
    "Argentina: reciprocity fee abolished, but the Chile crossing needs the PDI slip",
    "Jordan Pass (JOD 70) includes the visa if staying ≥ 3 nights — covers Petra entry 1 day",
    "Canada eTA CA$ 7 for visa-exempt nationals flying in; not needed by land",
    "Nepal visa on arrival 30 days US$ 50, bring 1 photo + exact cash",
    "Sri Lanka ETA US$ 50 (SAARC US$ 20), 30 days double entry",
]
CHAT = [
    "group %GROUP% lands %FLIGHT% at %TIME% — is it going to rain in %DEST% for the walking tour?",
    "PNR %PNR% reissued, new e-ticket %TKT%, %FARE%; pax %PAXGDS%",
    "passport says %PAXGDS% but the booking has %PAX% — name correction (max 3 letters) or reissue?",
    "visa note for %DEST%: %VISA%",
    "hotel confirmed: %HOTEL% (conf. #%CONF%), %PRICE%, breakfast incl., city tax payable locally",
    "driver will hold a sign 'Compass Rose — %SURNAME%' at arrivals, meeting point by Costa Coffee / door 4",
    "Can you check %DEST% for the next 3 days? 4x4 excursion Thu & sunset cruise Fri 🌅",
    "%DOCS%",
    "MRZ from the scan (check the given names!):\n%MRZ%",
    "%PRICE% pp twin share, %PRICE%, 20% deposit, balance 60 days before departure",
    "ETD %TIME% from %AIRPORT%, connecting %FLIGHT% — MCT at %AIRPORT% is 1h15, are we ok?",
    "Cusco is at 3,399 m — remind the group: coca tea, no alcohol on day 1, walk slowly 🍵",
    "Fare rules: \"Changes permitted for a fee of GBP 75. Cancellation: non-refundable, taxes refundable.\"",
    "Rooming list v3: 12 DBL / 4 TWN / 2 SGL + 1 TL room (FOC 1 per 15 paying)",
    "hotel says \"early check-in subject to availability\" — pax arrive 06:10 off the red-eye 😴",
    "Argentina: bring USD cash (blue ~1,150 ARS), cards now get the MEP rate so not a big deal",
    "Kathmandu is UTC+5:45 (yes, 45) — call with the trek agent 09:15 NPT = 03:30 GMT",
    "%WHO% can you chase the ground handler in %DEST%? vouchers still not in and they fly Saturday",
    "Quote Q-%N%: 14 nts Japan Golden Route, 2 pax, 7-day JR Pass Green Car ~ ¥70,000 pp",
    "%FLIGHT% overbooked — EU261 €600 each, %PAX% accepted rebooking on %FLIGHT% tomorrow",
    "Milford Sound scenic flight tomorrow or swap to the coach? cc %WHO%",
    "Booking ref CRV-24-%N% — deposit £%N% received by BACS, balance due 15/01/2025",
    "Kia ora! Group arriving AKL 05:40 on %FLIGHT%, coach to Rotorua after breakfast",
    "Bonjour, le groupe Lefèvre (22 pax) arrive à Marrakech-Ménara %TIME% — prévoir 2 minibus svp",
    "¿Qué tiempo hará en Ushuaia el sábado? Tenemos la navegación por el Canal Beagle a las 15:00",
    "Olá! Transfer do aeroporto de Ponta Delgada às 11h20, 6 pax + 9 malas (2 tacos de golfe)",
    "Kunde fragt nach Reiserücktrittsversicherung — Selbstbehalt 20 %, Prämie 4,2 % vom Reisepreis",
    "明日の京都の天気はどうですか？嵐山のツアーは9時集合です🍁",
    "客人护照拼音 ZHANG/XIAOMING MR，机票已出，请核对行程单",
    "هل الطقس مناسب لرحلة البالون في وادي رم غدًا؟",
    "הטיסה של משפחת לוי נדחתה ל-23:40, צריך לעדכן את המלון",
    "Ο καιρός στη Σαντορίνη την Παρασκευή; Έχουμε κρουαζιέρα στην καλντέρα στις 16:00",
    "Группа из Москвы прилетает в 06:15, трансфер в отель заказан, гид — Наталья",
    "내일 부산 날씨 어때요? 투어 10시 출발이에요",
    "รถรับส่งจากสนามบินเชียงใหม่ เวลา 10:30 น. ลูกค้า 4 ท่าน",
    "Khách đoàn đến Hội An lúc 15h, nhờ kiểm tra thời tiết giúp mình nhé",
    "कल जयपुर में मौसम कैसा रहेगा? आमेर किला टूर सुबह 8 बजे है",
    "Norðurljósaferðin í kvöld — er spáin góð fyrir Þingvelli?",
    "Kapadokya balon turu yarın 05:30'da — rüzgâr uyarısı var mı?",
    "seat map for %FLIGHT%: 14A/14C taken, can we get 23D-F together? pax has a PRM (SSR WCHR)",
    "SSR VGML + SSR NLML for %PAXGDS% on %FLIGHT%, OSI \"pax travelling with 8-month-old\"",
    "the TL's phone: %PHONE% (WhatsApp only in Japan, no roaming)",
    "reminder: Saturday's charter to %AIRPORT% — check-in closes 60 min before, 20kg hold + 7kg cabin",
    "Tour leader in %DEST% says 40 km/h winds, Perito Moreno boat still running. Keep the 10:30 slot?",
    "client wants to swap %HOTEL% for something with a pool & kids' club 🙄 budget %PRICE%",
    "Safari update: Big 5 ✅ (leopard at 06:20 near Skukuza!) 🐆",
    "Insurance: AXA policy #%N%-B, medical €5m, cancellation £10k, excess £150 — covers trekking ≤ 4,500 m",
    "The Raghunathans want to add 2 nts in Kochi after Jaipur → open-jaw DEL/COK, fare diff %PRICE%",
    "ok so 3 pax on %FLIGHT%, 2 on the later one (%FLIGHT%), all meeting at %HOTEL% for dinner 19:30",
    "is 'Hạ Long' spelt with the dot? the voucher printer drops it and the supplier complains",
    "thx!! 🙏",
    "still waiting on the Tourplan sync — costs for %GROUP% show £0.00 again",
    "Chasing APIS for the Cuba flight: full name, DOB, passport no. & expiry, nationality, gender",
    "%WHO% 3 x dbl for 16–19 Nov at %HOTEL%? net rate %PRICE%, 15% commission",
    "Time zone sanity check: %TZ% vs our Edinburgh office — the 8am pickup is 11pm our time?",
    "Weather window for the Lofoten RIB safari: needs < 6 m/s wind; backup is the Lofotr Viking Museum",
]
LONG_MESSAGES = [
    "*Day by day — %GROUP% (Japan Golden Route, 12 nts)*\n"
    "D1 %FLIGHT% LHR 19:00 → HND 15:55+1, meet & greet, Shinjuku (2 nts)\n"
    "D3 Hakone: Romancecar 10:20, ryokan with onsen ♨️\n"
    "D4 Shinkansen Nozomi → Kyoto (3 nts); luggage forwarded by Yamato (¥2,500/bag)\n"
    "D7 Nara day trip · D8 Hiroshima & Miyajima · D9-12 Kanazawa, Takayama, Tokyo\n"
    "Price %PRICE%, %PRICE%",
    "---------- Forwarded message ---------\nFrom: Reservas <reservas@hotelmiradorcusco.example>\n"
    "Date: mié, 13 nov 2024 18:41\nSubject: Confirmación de reserva nº %N% — %SURNAME%\n\nEstimados señores:\n"
    "Les confirmamos la siguiente reserva:\nLlegada: 21/11/2024 — Salida: 24/11/2024\n"
    "Habitación: Doble Superior con vista\nTarifa: %PRICE% por noche, desayuno incluido, IGV 18% incl.\n"
    "Política de cancelación: gratuita hasta 72 h antes de la llegada.\n\nAtentamente,\nDpto. de Reservas",
    "```\nRP/EDIC12345/\n  1.OKAFOR/CHIAMAKA MS   2.OKAFOR/EMEKA MR\n"
    "  3  BA 117 Y 21NOV 4 LHRJFK HK2  0820 1105  *1A/E*\n"
    "  4  AA2417 Y 21NOV 4 JFKMIA HK2  1330 1659  *1A/E*\n"
    "  5 AP EDI +44 131 496 0000 - COMPASS ROSE VOYAGES - A\n  6 TK OK14NOV/EDIC12345//ETBA\n```\n"
    "%FARE%, total %PRICE% incl. YQ/YR — ok to ticket?",
    "Visa checklist — India e-Tourist (30 days, double entry)\n"
    "• passport valid ≥ 6 months from arrival, 2 blank pages\n"
    "• photo 2x2\" white background (JPEG 10 KB – 1 MB)\n"
    "• passport bio page PDF (≤ 300 KB)\n"
    "• fee US$ 25 (Apr–Jun) / US$ 40 (Jul–Mar) + 2.5% bank fee\n"
    "• print the ETA and keep it with the passport!\n\n%WHO% please check this for %PAX%",
    "TL briefing — Patagonia W Trek, dep. 28 Nov\n1) Pax: 14 (2 vegetarian, 1 coeliac, 1 nut allergy ⚠️)\n"
    "2) Refugios: Grey / Paine Grande / Chileno — vouchers in the red folder\n"
    "3) Wind: gusts of 80–100 km/h are normal at Paine Grande; trekking poles mandatory\n"
    "4) Cash: CLP for tips (≈ 5.000–10.000 CLP per pax per day for the guides)\n"
    "5) Emergency: CONAF ranger station +56 61 2 691 931, our duty phone %PHONE%",
    "Invoice INV/2024/11-0874 from Sahara Dunes Expeditions:\n"
    "- 4x4 transfer Marrakech → Merzouga: MAD 4 800 x 3 vehicles\n"
    "- desert camp, luxury tents (2 nts): €165 pppn x 16\n- camel trek at sunset: MAD 350 pp\n"
    "Total €6,248.40 — but we contracted €5,980 net. Difference = the camp upgrade? 🤔",
    "From the Dubois-Lambert family (booking CRV-24-07731):\n"
    "> The hotel in Hội An was nothing like the photos, the pool was closed for \"maintenance\" and nobody told us!\n"
    "> We would like a partial refund.\n\n"
    "I've apologised & offered a €150 voucher; %WHO% ok to escalate to supplier relations?",
    "FX for quotes this week (mid-market + 2% margin):\n```\nGBP/EUR  1.2031\nGBP/USD  1.2689\n"
    "GBP/JPY  197.42\nGBP/ZAR  23.06\nGBP/ARS  1,281.50 (official)\nGBP/CAD  1.7742\n```\nupdate your quotes pls 🙏",
    "Hi all,\n\nSaturday charter %AIRPORT% → %AIRPORT%: 186 pax, %TIME%.\nCoaches: 4 x 49 seats from %HOTEL%.\n"
    "Luggage out by 03:45, breakfast boxes from the hotel.\nDuty manager: %WHO% (%PHONE%)\n\nThanks!",
    "Supplier contract renewal — Kyoto ground handler (2025)\n"
    "• guide day rate ¥38,000 (8 h), overtime ¥5,000/h\n• coach 45 seats ¥145,000/day incl. toll & parking\n"
    "• tea ceremony Camellia ¥6,500 pp, min 6\n• payment: 30 days net, JPY, bank transfer (MUFG)\n"
    "• cancellation: 30% at 30 days, 50% at 14, 100% at 3",
]
# What Jeeves itself posts, delivered back to it as message.im events carrying its bot_id.
HELP_TEXT = HELP_REPLY
FORGET_TEXT = ("This deletes everything I know about you: your location, settings, sign-in sessions and history. "
               "It cannot be undone.")
WEATHER_LINES = [
    "Kyoto, Japan: partly cloudy, 14°C, wind 9 km/h; today 8°C to 17°C, 20% chance of precipitation",
    "Ushuaia, Argentina: light rain, 6°C, wind 41 km/h; today 3°C to 9°C, 80% chance of precipitation",
    "Marrakech, Morocco: clear sky, 22°C, wind 7 km/h; today 11°C to 25°C, 0% chance of precipitation",
    "Queenstown, New Zealand: overcast, 12°C, wind 19 km/h; today 7°C to 16°C, 45% chance of precipitation",
    "Reykjavík, Iceland: snow showers, 1°C, wind 37 km/h; today -2°C to 3°C, 70% chance of precipitation",
    "Cusco, Peru: thunderstorm, 15°C, wind 11 km/h; today 6°C to 19°C, 65% chance of precipitation",
    "Göreme, Türkiye: mainly clear, 9°C, wind 5 km/h; today 2°C to 15°C, 5% chance of precipitation",
    "Banff, Canada: light snow, 27°F, wind 8 mph; today 18°F to 34°F, 55% chance of precipitation",
    "Hội An, Vietnam: moderate rain, 25°C, wind 14 km/h; today 23°C to 27°C, 90% chance of precipitation",
    "Skukuza, South Africa: clear sky, 31°C, wind 12 km/h; today 21°C to 36°C, 10% chance of precipitation",
]
BOT_REPLIES = [
    HELP_TEXT, "Got it, I will remember %DEST%.", "Your location is %DEST%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 06:45 (%TZ%).",
    "Daily weather alerts are on, every day at 07:30 (UTC). I do not know your location yet: tell me with "
    "`remember location <place>`.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%DEST%\u201d.", "That place name is too long for me.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: %TZ%\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.", "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
    "Sorry: alert_time must be HH:MM (24h), e.g. 07:30.", "Sorry, I did not understand that. " + HELP_TEXT,
    "Sorry, `weather` is disabled right now.", "Nothing was deleted.", FORGET_TEXT,
    "I do not know your location yet. Tell me with `remember location <place>`.",
] + WEATHER_LINES
COMMANDS = [
    "weather %DEST%", "weather %DEST%", "weather in %DEST%", "weather %DEST% tomorrow?", "weather for %DEST% pls",
    "weather %DEST% this weekend", "weather at %HOTEL%", "weather %AIRPORT%", "weather", "Weather %DEST%!",
    "weather near %DEST% tonight", "weather %DEST% :sunny:?", "weather %DEST% :snowflake:", "weather %DEST%??",
    "wether %DEST%", "weahter in %DEST% pls", "weather %DEST% right now", "weather in %DEST% please",
    "remember location %DEST%", "remember location %DEST%", "remember location %HOTEL%",
    "remember location %OFFICE%", "remember location in %DEST%", "Remember Location %DEST% please",
    "rememebr location %DEST%", "my location", "My location?", "forget location", "config",
    "config timezone %TZ%", "config tz %TZ%", "config units imperial", "config units metric", "config unit Metric",
    "config alert_time %HHMM%", "config time %HHMM%", "config alert_time 6:30", "config timezone GMT+9",
    "config timezone %TZ%", "alerts on", "alerts off", "Alerts ON", "alerts", "help", "help", "?", "hi",
    "login", "login", "forget me", "weather %DEST% %EMOJI%", "weather %DEST% (group lands %TIME%)",
]
SEARCH_Q = ["MacLeod", "eilidh", "@compassrose.travel", "U05Q7NBD2K", TEAM, PARTNER_TEAM, "Ó Briain", "o'kane",
            "Fernández", "nkosi", "thabo.n", "Nguyễn", "de la fuente", "côté", "visa-desk", "kyoto", "st-pierre",
            "ayse.yilmaz@compassrose.travel", "El-Masri", "Guðmundsson", "tour leader", "Ruairí", "d'angelo",
            "mcallister-boyd", "trần"]
AUDIT_Q = ["login", "login.slack", "feature.set", "feature.remove_override", "client.rotate", "client.disable",
           "client.enable", "client.create", "user.active", "user.admin", "admin.map_slack", "admin.unmap_slack",
           "account.totp_enable", "user.forget_me", "failed", "denied", "tourplan-sync", "eilidh.macleod",
           "weather@" + PARTNER_TEAM, "2024-11-13"]
ADMINS = ["ops-admin", "eilidh.macleod", "it.edinburgh", "thabo.nkosi", "breakglass-2", "kenji.sato"]
API_CLIENTS = ["tourplan-sync", "amadeus-bridge", "looker-bookings", "zendesk-helpdesk", "visa-desk.bot",
               "ci-gitlab", "jeeves-worker", "make:itinerary-reminders", "kyoto.ground-ops"]
CLIENT_DESCRIPTIONS = [
    ("tourplan-sync", "Tourplan NX ↔ Jeeves: tour leaders' locations & alert times, nightly 01:30 GMT (read)"),
    ("amadeus-bridge", "Amadeus queue bridge — posts schedule changes (Q8) to #air-ticketing; read only"),
    ("looker-bookings", "Looker dashboard \"Weather-cancelled excursions by destination\" (owner: Ngozi Adeyemi)"),
    ("zendesk-helpdesk", "Zendesk app: agents see a traveller's Jeeves settings in the side bar"),
    ("visa-desk.bot", "Visa desk reminders (ESTA/eTA/ETA expiry) → Slack DMs, Mon–Fri 08:00"),
    ("ci-gitlab", "GitLab CI smoke test after each deploy (read), runner: gl-runner-edi-02"),
    ("make:itinerary-reminders", "Make.com scenario: itinerary T-3 days → weather DM to the tour leader"),
    ("kyoto.ground-ops", "京都 ground handler — ガイド配置とお天気 (read only)"),
    ("ba-ndc-feed", "BA NDC offers feed (trial, Q1 2025) — écriture non autorisée"),
]
PHONES = ["+44 131 496 0000", "+44 7700 900418", "+1 514-555-0143", "+27 21 555 0192", "+81 75-555-0177",
          "+54 9 11 5555-0123", "+354 555 0198", "+64 3 555 0141", "+212 5 24 55 01 66", "+56 9 5555 0134",
          "(514) 555-0199", "+81 (0)90-5555-0110"]
EMOJI = ["✈️", "🧳", "🌴", ":airplane:", ":palm_tree:", "🗺️", "🛂", "🏨", "⛰️", ":sunny:", "🌧️", "🙏",
         ":white_check_mark:", "😅", ":eyes:", "🐘", "🦁", "🚐", ":ferry:", "🇯🇵", "🇦🇷", "🇿🇦", "🇮🇸", "🇵🇪",
         ":mountain:", ":tada:", "🌋", "🐧", ":camel:", "☔"]
GROUPS = ["JPN-GR-1124", "PAT-W-2811", "MAR-DES-1611", "NZ-SOUTH-25", "ICE-NL-1511", "PER-MP-2111", "SAF-KRU-1911",
          "the Highland Camera Club", "the Lefèvre party", "St Andrews alumni (24 pax)", "CRV-GRP-0457"]
LINKS = [
    "https://www.booking.com/hotel/jp/ryokan-kinoe.en-gb.html?checkin=2024-11-21&checkout=2024-11-24"
    "&group_adults=2&no_rooms=1",
    "https://www.tripadvisor.co.uk/Hotel_Review-g293734-d299466-Reviews-Riad_Yasmine-Marrakech.html",
    "https://www.gov.uk/foreign-travel-advice/morocco/entry-requirements",
    "https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-"
    "Pages/Japan.html", "https://www.flightradar24.com/data/flights/ba117",
    "https://www.google.com/maps/place/Riad+Yasmine/@31.6321,-7.9873,17z",
    "https://www.jrpass.com/how-to-use", "https://esta.cbp.dhs.gov/",
    "https://www.airbnb.co.uk/rooms/53812004?adults=4&check_in=2024-12-20&check_out=2024-12-27",
    "https://www.expedia.co.uk/Cusco-Hotels-Palacio-Del-Inka.h1234567.Hotel-Information?chkin=28%2F11%2F2024"
    "&chkout=30%2F11%2F2024", "https://www.parquesnacionales.gob.ar/areas-protegidas/patagonia-austral/",
    "https://www.metoffice.gov.uk/weather/forecast/gfh8ynqnx", "https://vedur.is/vedur/spar/nordurljos/",
    "https://www.seatguru.com/airlines/British_Airways/British_Airways_Boeing_777-300ER.php",
    "https://www.japan-guide.com/e/e3912.html", "https://www.sanparks.org/parks/kruger/",
    "https://www.ba.com/travel/manage-my-booking/public/en_gb?bookingRef=K7QX2M&lastname=MACLEOD",
    "https://www.milford-sound.co.nz/weather-in-milford-sound/", "https://www.passportindex.org/comparebyPassport",
]
FILES = ["Rooming_List_JPN-GR-1124_v3.xlsx", "e-ticket_125-2401234567.pdf", "Passport_scan_OKAFOR_C.jpg",
         "Voucher - Riad Yasmine (3 nts).pdf", "Itinerary_Patagonia_W_Trek_2024-11-28_FINAL (2).docx",
         "visa_approval_eTV_IN.pdf", "IMG_4471.HEIC", "Boarding pass BA117 14A.pkpass",
         "Reiseunterlagen_Müller_Kapstadt.zip", "Insurance certificate AXA #88213.pdf", "Milford_Sound_route.png",
         "Factura_F-2024-0874.pdf", "旅程表_京都_3泊.pdf", "TL_briefing_MAR-DES-1611.pptx",
         "Manifest_charter_16NOV.csv", "Photo 14-11-2024, 06 20 41.jpg"]


HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www."
              "pingdom.com/)", "StatusCake_Pagespeed_indev", "curl/8.5.0", "ELB-HealthChecker/2.0",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "Authlib/1.3.2",
            "python-httpx/0.27.2", "okhttp/4.12.0", "openapi-generator/7.9.0",
            "Apache-HttpClient/4.5.14 (Java/17.0.12)", "node-fetch/1.0"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "en-ZA,en;q=0.9",
         "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "es-AR,es;q=0.9,en;q=0.8", "pt-PT,pt;q=0.9", "de-DE,de;q=0.9",
         "en-US,en;q=0.9", "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "af-ZA,af;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9",
         "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "is-IS,is;q=0.9,en;q=0.8", "en"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.5.0", "Go-http-client/2.0", "axios/1.7.7",
              "Tourplan-NX-Integration/5.2 (+https://www.tourplan.com)", "Make/production",
              "Zendesk-Apps-Framework/2.0", "GitLab-CI curl/8.10.1", "okhttp/4.12.0",
              "Apache-HttpClient/4.5.14 (Java/17.0.12)", "PostmanRuntime/7.42.0", "Looker/24.18.44",
              "azure-logic-apps/1.0 (workflow 4c1f8a0d; version 08584700000000000000)", "node/20.18.0 undici"]


class TourOperator(EvaluatorDay):
    """Compass Rose Voyages: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    alert_hours = (5, 6, 6, 7, 7, 8, 9, 13, 18, 21)
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, langs = API_CLIENTS, SCRIPT_UAS, LANGS
    bearer_rate, script_encoding_rate = 0.98, 0.55
    script_encodings = ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_charset, oauth_quote_secret, oauth_body_secret_rate = ";charset=UTF-8", True, 0.3
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read", "read write", "write")
    oauth_introspect_roll, oauth_introspect_audience_rate, oauth_hint_rate = 0.82, 0.25, 0.6
    verify_uas, verify_scopes, verify_audience_rate = SCRIPT_UAS, ("read", "read write"), 0.45
    health_uas, meta_uas, etag_hex = HEALTH_UAS, META_UAS, 32
    # /jeeves and the buttons
    partner_team, partner_domain = PARTNER_TEAM, "kyoto-ground-handling"
    command_partner_rate, command_quote_rate = 0.08, None
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|link", "|here", "|hotel", "|FCDO advice")
    long_rate, link_tails = 0.13, (" %LINK%", "\nsee %LINK%", " (%LINK%)")
    mention_command_rate, mention_leads = 0.6, ("", "", "hey ", "cc ", "ok ", "morning ")

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = self.ascii(first).lower().replace(" ", "") or "crew"
            ascii_last = "".join(c for c in self.ascii(last).lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{ascii_first}.{ascii_last}{i if i % 11 == 0 else ''}",
                                "email": f"{ascii_first}.{ascii_last}@compassrose.travel"})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "tour-leaders", "japan-desk", "latam-desk", "africa-safaris", "visa-desk", "groups-ops", "air-ticketing",
            "duty-manager", "sales-edinburgh", "bureau-montreal", "kaapstad-ops", "kyoto-ground", "general",
            "random", "supplier-relations")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- small pieces, texts and the App Home view --------------------------------------------------------------
    @staticmethod
    def ascii(text: str) -> str:
        folded = {"ß": "ss", "ð": "d", "Ð": "D", "þ": "th", "ø": "o", "Ø": "O", "æ": "ae", "ł": "l", "Ł": "L",
                  "ı": "i", "đ": "d", "Đ": "D"}
        text = "".join(folded.get(c, c) for c in text)
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()

    def pnr(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        code, _ = self.pick(AIRLINES)
        number = self.rng.randint(1, 2999)
        return self.pick([f"{code}{number}", f"{code} {number}", f"{code}{number:04d}"])

    def ticket(self) -> str:
        _, prefix = self.pick(AIRLINES)
        number = self.rng.randint(2_400_000_000, 2_499_999_999)
        return self.pick([f"{prefix}-{number}", f"{prefix} {number}", f"{prefix}{number}"])

    def passenger(self) -> dict[str, str]:
        shown, surname, given, nat, sex = self.pick(PAX)
        months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        dob = f"{self.rng.randint(1, 28):02d}{self.pick(months)}{self.rng.randint(50, 99):02d}"
        exp = f"{self.rng.randint(1, 28):02d}{self.pick(months)}{self.rng.randint(25, 34):02d}"
        number = self.pick([f"{self.rng.randint(10**8, 10**9 - 1)}",
                            f"{self.pick('CFGHKLPX')}{self.rng.randint(10**7, 10**8 - 1)}"])
        title = "MR" if sex == "M" else self.pick(["MS", "MRS", "MS"])
        gds = f"{surname.replace(' ', '')}/{given.replace(' ', '')} {title}"
        code, _ = self.pick(AIRLINES)
        docs = (f"SSR DOCS {code} HK1 P/{nat}/{number}/{nat}/{dob}/{sex}/{exp}/{surname.replace(' ', '')}/"
                f"{given}")
        line1 = f"P<{nat}{surname.replace(' ', '<')}<<{given.replace(' ', '<')}"
        line1 = (line1 + "<" * 44)[:44]
        yymmdd = {d: d[5:] + f"{months.index(d[2:5]) + 1:02d}" + d[:2] for d in (dob, exp)}
        digit = self.rng.randint
        line2 = (f"{number:<9}".replace(" ", "<") + f"{digit(0, 9)}{nat}{yymmdd[dob]}{digit(0, 9)}{sex}"
                 f"{yymmdd[exp]}{digit(0, 9)}" + "<" * 14 + f"{digit(0, 9)}{digit(0, 9)}")
        return {"shown": shown, "gds": gds, "docs": docs, "mrz": f"{line1}\n{line2}",
                "surname": surname.title()}

    def home_view(self, team: str) -> dict[str, Any]:
        office = self.pick(OFFICES)
        lines = (f"*Location:* {office[0]}\n*Units:* {self.pick(['metric', 'imperial'])}\n"
                 f"*Daily alert:* {self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        return {
            "id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "", "callback_id": "",
            "state": {"values": {}}, "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "",
            "app_installed_team_id": TEAM, "bot_id": BOT_ID,
            "blocks": [{"type": "header", "block_id": self.token(3)[:4],
               "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
              {"type": "section", "block_id": self.token(3)[:4],
               "text": {"type": "mrkdwn", "text": lines, "verbatim": False}},
              {"type": "divider", "block_id": self.token(3)[:4]},
              {"type": "section", "block_id": self.token(3)[:4], "text": {
                  "type": "mrkdwn", "verbatim": False,
                  "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                          "(send me `login` for a sign-in link)."}}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        pools = {"%DEST%": DESTS, "%HOTEL%": HOTELS, "%FARE%": FARES, "%PRICE%": PRICES, "%TIME%": TIMES,
                 "%TZ%": TIMEZONES, "%AIRPORT%": AIRPORTS, "%VISA%": VISA, "%PHONE%": PHONES, "%EMOJI%": EMOJI,
                 "%GROUP%": GROUPS}
        text = self.substitute(text, pools)
        makers = {"%FLIGHT%": self.flight, "%PNR%": self.pnr, "%TKT%": self.ticket, "%HHMM%": self.hhmm,
                  "%N%": lambda: str(self.rng.randint(100, 99999)),
                  "%CONF%": lambda: self.pick(["", "HX", "RES-", "BK"]) + str(self.rng.randint(10**5, 10**8)),
                  "%OFFICE%": lambda: self.pick(OFFICES)[self.pick([0, 1, 1])]}
        text = self.substitute(text, makers)
        if any(t in text for t in ("%PAX%", "%PAXGDS%", "%DOCS%", "%MRZ%", "%SURNAME%")):
            pax = self.passenger()
            for token, key in (("%PAXGDS%", "gds"), ("%PAX%", "shown"), ("%DOCS%", "docs"), ("%MRZ%", "mrz"),
                               ("%SURNAME%", "surname")):
                text = text.replace(token, pax[key])
        return self.markup(text)

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        rest = raw
        if raw.startswith("@Jeeves "):
            elements.append({"type": "user", "user_id": BOT_USER})
            rest = raw[len("@Jeeves"):]
        if "```" in rest:
            before, _, code = rest.partition("```")
            code, _, after = code.partition("```")
            lead = [{"type": "text", "text": before}] if before else []
            section: list[dict[str, Any]] = [{"type": "rich_text_section", "elements": elements + lead}]
            section.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code}],
                            "border": 0})
            if after:
                section.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
            return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": section}]
        elements.append({"type": "text", "text": rest})
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, slack: str, raw: str, channel: str, mention: bool, team: str = "") -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "user": self.pick(self.people)["id"],
                                 "ts": ts, "client_msg_id": self.uuid(), "text": slack, "team": team or TEAM}
        if self.chance(0.85):
            event["blocks"] = self.rich_text(raw)
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = "im"
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_edit(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.command_text() if self.chance(0.45) else self.chat_text()
        old = self.message(slack, raw, channel, False)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong PNR)", " *", " — sorry, 16th not 15th", "",
                                               " ✏️", " (typo)"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message":
                 self.inner(old), "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_deleted(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.chat_text()
        old = self.message(slack, raw, channel, False)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": channel, "previous_message": self.inner(old), "ts": self.ts(),
                 "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "rooming list for %GROUP%", "passport scan for %PAX% (name check pls)",
                                          "voucher for %HOTEL%", "weather %DEST%", "e-ticket %TKT%",
                                          "photos from this morning's game drive 🐘", "%DEST%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png", "heic": "image/heic",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "zip": "application/zip", "csv": "text/csv", "pkpass": "application/vnd.apple.pkpass"}.get(
                    ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": False, "size": self.rng.randint(12_000, 14_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        lead = self.pick(["weather there this week?", "is this the one?", "for the Okafor booking", ""])
        slack = f"{lead} <{slack_escape(link)}>".strip()
        old = self.message(slack, f"{lead} {link}".strip(), channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = {"www.booking.com": "Booking.com", "www.tripadvisor.co.uk": "Tripadvisor", "www.gov.uk": "GOV.UK",
                   "www.google.com": "Google Maps", "www.airbnb.co.uk": "Airbnb"}.get(
                       host, host.removeprefix("www.").split(".")[0].capitalize())
        title = self.pick([f"{self.pick(HOTELS).split(',')[0]} — prices & reviews",
                           f"{self.pick(DESTS)} travel advice", "Flight BA117 — live status",
                           f"Weather in {self.pick(DESTS)}: 10-day forecast", "Entry requirements"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.pick(VISA + [self.pick(HOTELS)])[:150],
                               "fallback": f"{service}: {title}",
                               "thumb_url": f"https://{host}/images/{self.hexs(10)}.jpg", "thumb_width": 640,
                               "thumb_height": 427}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        text, _ = self.fill(self.pick(BOT_REPLIES))
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "text": text, "user": BOT_USER, "bot_id": BOT_ID,
                                 "app_id": APP_ID, "ts": ts, "team": TEAM, "channel": self.pick(self.dms),
                                 "event_ts": ts, "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "app_id": APP_ID,
                                                 "team_id": TEAM, "updated": EPOCH - 86400 * 61,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-09-13/"
                                                                       f"{self.rng.randint(10**12, 10**13)}_36.png"}}}
        if self.chance(0.25):
            event["subtype"] = "bot_message"
        if text in WEATHER_LINES and self.chance(0.8):
            place = text.split(",", 1)[0]  # the place as it was asked for: the button's value
            event["blocks"] = self.weather_blocks(text, place)
        elif text == FORGET_TEXT:
            event["blocks"] = [
                {"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": text}},
                {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                    {"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                     "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}},
                    {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                     "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}]}]
        return self.record("slack", "json", self.event_request(event))

    # ---- Slack: /jeeves and button clicks -------------------------------------------------------------------
    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        if roll < 0.74:
            value = self.pick(DESTS + HOTELS[:12] + [o[0] for o in OFFICES])
            action: dict[str, Any] = {"type": "button", "block_id": self.token(3)[:5], "action_id": "set_location",
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": value, "action_ts": self.ts()}
            shown = self.pick(WEATHER_LINES)
        elif roll < 0.87:
            action = {"type": "button", "block_id": self.token(3)[:5], "action_id": "forget_me_confirm",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "style": "danger", "action_ts": self.ts()}
            shown = FORGET_TEXT
        else:
            action = {"type": "button", "block_id": self.token(3)[:5], "action_id": "forget_me_cancel",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "action_ts": self.ts()}
            shown = FORGET_TEXT
        msg_ts = self.ts()
        ephemeral = self.chance(0.6)
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", TEAM),
            "actions": [action]}
        if not ephemeral:
            payload["message"] = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID,
                                  "app_id": APP_ID, "text": shown, "team": TEAM,
                                  "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                              "text": {"type": "mrkdwn", "text": shown, "verbatim": False}},
                                             {"type": "actions", "block_id": action["block_id"],
                                              "elements": [{k: v for k, v in action.items()
                                                            if k not in ("block_id", "action_ts")}]}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- its browsers' cookies, its scripts' tracing; the data API ----------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.1):
            jar.append(("_ga_CRV7Q2", f"GS1.1.{EPOCH - 4000}.3.1.{EPOCH - 3500}.0.0.0"))
        if self.chance(0.12):
            jar.append(("CookieConsent", "{stamp:%27" + b64url(self.rng.randbytes(24)) + "%27%2Cnecessary:true"
                                         "%2Cpreferences:false%2Cstatistics:true%2Cmarketing:false%2Cmethod:"
                                         "%27explicit%27%2Cver:2%2Cregion:%27gb%27}"))
        return jar

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent()
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"tp-sync-{self.rng.randint(10**6, 10**7)}",
                                           f"gl-{self.rng.randint(10**8, 10**9)}"])
        if self.chance(0.05):
            h["X-Correlation-ID"] = self.uuid()

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.28:
            h = self.script_headers(self.pick(["read", "read write"]))
            params: list[tuple[str, str]] = []
            if self.chance(0.75):
                params.append(("limit", self.pick(["50", "100", "250", "500", "20"])))
            if self.chance(0.55):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 250, 500]))))
            for key, values in (("team_id", [TEAM, TEAM, PARTNER_TEAM]), ("active", ["true", "false", "1"]),
                                ("alerts", ["true", "on", "false", "0"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.45:
            return self.record("api", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 380)}",
                                               "headers": self.script_headers("read")})
        if roll < 0.68:
            h = self.script_headers(self.pick(["read write", "write"]))
            person = self.pick(self.people)
            doc: dict[str, Any]
            choice = self.rng.random()
            if choice < 0.22:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.38:
                doc = {"name": self.pick(["Eilidh MacLeod (Tour Leader, Japan)", "Thabo Nkosi – Cape Town ops",
                                          "Søren Lindgren | Air desk", "Ngozi Adeyemi, Visa Desk",
                                          "Kenji Sato 佐藤健二", "Camila Fernández-Ruiz (LATAM)",
                                          "Ruairí Ó Briain", "Hélène Côté-St-Pierre",
                                          "Aoife O'Kane [on tour till 28/11]",
                                          "Wiremu Te Rangi — NZ guide", "Ayşe Yılmaz (Kapadokya)"])}
            elif choice < 0.66:
                doc = {"settings": {"timezone": self.pick(TIMEZONES), "alert_time": self.hhmm()}}
                if self.chance(0.5):
                    doc["settings"]["alerts"] = self.chance(0.75)
            elif choice < 0.78:
                doc = {"settings": {"units": self.pick(["metric", "metric", "imperial"])}}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.35)}
            else:
                doc = {"is_admin": self.chance(0.4)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 380)}",
                                               "body": body, "headers": h})
        if roll < 0.85:
            h = self.script_headers("read")
            day = self.rng.randint(1, 13)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}", f"2024-10-{day + 15:02d}",
                               f"2024-11-{day:02d}T07:00:00+00:00", f"2024-11-{day:02d}T09:00:00-03:00",
                               f"2024-11-{day:02d}T00:00:00.000Z", f"2024-11-{day:02d}T09:00:00+09:00"])
            params = [("since", since)]
            if self.chance(0.55):
                params.append(("until", self.pick(["2024-11-14T07:00:00Z", "2024-11-14", "2024-11-14T16:00:00+09:00"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote,
                                                                                         urllib.parse.quote_plus]))
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.93:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches",
                                                 "headers": self.script_headers("read")})
        h = self.script_headers("read write")
        h["Content-Type"] = "application/json"
        doc = {"enabled": self.chance(0.65)}
        if self.chance(0.55):
            doc["team_id"] = self.pick([TEAM, PARTNER_TEAM, "*"])
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                           "body": json.dumps(doc), "headers": h})

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        """A browser's headers. Our pages send Referrer-Policy: no-referrer, so only other sites' referers
        arrive, and form posts carry Origin: null."""
        mobile = self.chance(0.28) if mobile is None else mobile
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                                         "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "cross-site" if referer else "none", "Sec-Fetch-User": "?1", "Priority": "u=0, i"}
        if "Firefox" in ua or "Safari" in ua and "Chrome" not in ua:
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            h["Accept-Encoding"] = "gzip, deflate, br"
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"{brand}";v="131", "Chromium";v="131", "Not_A Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.ch_platform(ua)
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        if self.chance(0.06):
            h["DNT"] = "1"
        return h

    # ---- the admin panel --------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser()
            h["Sec-Fetch-Site"] = "same-origin"
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(SEARCH_Q))]
            if self.chance(0.25):
                params.append(("page", str(self.rng.randint(2, 5))))
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/users?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.3:
            h = self.browser()
            h["Sec-Fetch-Site"] = "same-origin"
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(AUDIT_Q))] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/audit?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.47:
            h = self.browser()
            h["Sec-Fetch-Site"] = self.pick(["same-origin", "none"])
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?page=2", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
                              "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
                              "/admin/users?done=user_updated&q=&page=1"])
            return self.record("admin", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.57:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("q", self.pick(SEARCH_Q + ["", "", ""])),
                      ("page", str(self.pick([1, 1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(1, 380)}/{self.pick(['active', 'active', 'active', 'admin'])}"
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.65:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.55:  # the per-action toggle of the global table
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
            elif sub < 0.85:  # the team-override form
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)),
                          ("team_id", self.pick([PARTNER_TEAM, TEAM, "t07kytgrnd"])), ("enabled", self.pick("01"))]
            else:
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", PARTNER_TEAM)]
                return self.record("admin", "form", self.form_request("/admin/features/remove", h, fields))
            return self.record("admin", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.74:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            client_id, description = self.pick(CLIENT_DESCRIPTIONS)
            if self.chance(0.5):
                fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.25) else [])
                return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
            state = self.pick(["rotate", "disable", "enable"])
            uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{state}"
            return self.record("admin", "path", self.form_request(uri, h, [("csrf_token", csrf)]))
        if roll < 0.85:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/audit", "/admin/features", "/admin/clients"])
            if self.chance(0.4):
                h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
                # the panel's own redirect: /admin/login?next=<path, quoted with "/" kept>
                uri = self.pick([f"/admin/login?next={urllib.parse.quote(nxt, safe='/')}", "/admin/login",
                                 "/admin/login?bye=1", "/admin/login?next=/admin/users%3Fq%3Dmacleod"])
                return self.record("admin", "query", {"method": "GET", "uri": uri, "headers": h})
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            if self.chance(0.75):
                alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.,!@#$%^*+=?~"
                password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))
            else:  # a passphrase
                password = self.pick(["-", ".", " ", "_"]).join(self.pick(
                    ["passport", "lagoon", "fjord", "caravan", "itinerary", "monsoon", "compass", "ryokan", "sherpa",
                     "atlas", "safari", "glacier"]) for _ in range(4)) + str(self.rng.randint(1, 99))
            code = self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                              f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
            fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(ADMINS)), ("password", password),
                      ("totp", code)]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.91:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.7):
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)),
                          ("team_id", self.pick([TEAM, TEAM, PARTNER_TEAM])), ("user_id", self.pick(self.people)["id"])]
                return self.record("admin", "form", self.form_request("/admin/slack-sign-in", h, fields))
            fields = [("csrf_token", csrf), ("username", self.pick(ADMINS))]
            return self.record("admin", "form", self.form_request("/admin/slack-sign-in/remove", h, fields))
        if roll < 0.97:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.25:
                body = urllib.parse.urlencode([("csrf_token", csrf)])
                return self.record("admin", "form", {"method": "POST", "uri": "/admin/account/totp/start",
                                                     "headers": h, "body": body})
            if sub < 0.6:
                pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                fields = [("csrf_token", csrf), ("totp_pending", pending),
                          ("totp", f"{self.rng.randint(0, 999999):06d}")]
                return self.record("admin", "form", self.form_request("/admin/account/totp/confirm", h, fields))
            if sub < 0.8:
                fields = [("csrf_token", csrf), ("password", "".join(
                    self.rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-")
                    for _ in range(22)))]
                return self.record("admin", "form", self.form_request("/admin/account/totp/disable", h, fields))
            return self.record("admin", "form", self.form_request("/admin/logout", h, [("csrf_token", csrf)]))
        h = {"User-Agent": self.pick(UAS_DESKTOP), "Accept": "text/css,*/*;q=0.1",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Site": "same-origin"}
        if self.chance(0.4):
            h["If-Modified-Since"] = "Tue, 12 Nov 2024 16:02:11 GMT"
        return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})

    # ---- /me/ -----------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
            if not h.get("Referer"):
                h["Sec-Fetch-Site"] = self.pick(["none", "same-origin"])
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 12 + ["HEAD"]), "uri": uri,
                                                "headers": h})
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.62:
            place = self.pick(DESTS + HOTELS + [o[1] for o in OFFICES] + [f"{o[0]} office" for o in OFFICES])
            body = urllib.parse.urlencode([("csrf_token", csrf), ("place", place[:100])])
            return self.record("me", "form", {"method": "POST", "uri": "/me/location", "body": body, "headers": h})
        if roll < 0.86:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "metric", "imperial"]))]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.hhmm()), ("timezone", self.pick(TIMEZONES))]
            return self.record("me", "form", self.form_request("/me/settings", h, fields))
        uri, fields = self.me_exit_form(csrf)
        return self.record("me", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                          "headers": h})

    # ---- Sign in with Slack and the bot's one-time links ----------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser()
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.33:
            h = self.browser()
            h["Sec-Fetch-Site"] = self.pick(["same-origin", "none"])
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.58:
            state = self.token()
            h = self.browser("https://slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.68:  # Slack's unfurler fetching the link the bot posted
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.84:
            h = self.browser("https://app.slack.com/", mobile=self.chance(0.45))
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(None, True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))



PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 20), ("slack_bot_echo", 45), ("slack_home", 32), ("slash_command", 300), ("button_click", 110),
    ("api", 250), ("admin", 140), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The operator's day, kinds interleaved (after Slack's URL verification of the re-installed app)."""
    return planned(TourOperator(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
