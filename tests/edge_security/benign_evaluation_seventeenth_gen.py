"""Benign evaluation set, seventeenth evaluator: a travel agency and tour operator that runs Jeeves (benign only).

Meridian & Mistral Voyages sells package tours, city breaks, group trips and business travel from offices in
Paris, Lyon, Munich, Lisbon and Osaka. Their people live in Slack: agents paste GDS displays and itineraries,
booking references, flight numbers, airport codes, hotel names in many languages, passport-style names with
apostrophes and particles, prices in many currencies, dates and times in every format, and ask about visas and
insurance. They talk to Jeeves with commands and an argument (`lookup user <name>`, `weather <city>`, `ticket
title: <text>`, `remind me <text>`, `search <text>`), as events and as `/jeeves <text>` slash commands, click
its buttons and submit its modals. Scripts, CI, dashboards and the ops mobile app read and patch users over the
data API with bearer tokens; admins search users and the audit log in the panel (their browsers send the full
same-origin Referer, queries included), flip switches and manage OAuth clients; staff use `/me/`, Sign in with
Slack, TokenDealer, and monitors poll health and metadata.

Written independently by the seventeenth evaluator from the route list of gateway/gateway.yaml (names, match,
methods, upstreams only), the handlers in app/ and tokendealer/, README.md, and the record structure of
benign_day_gen.py. No WAF rule, exclusion, ruleset, corpus or other generator's text was read; the texts were
not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, a text's emoji,
an edited message's nesting, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (form_boundary, form_navigation, signed_in, ga_cookie, cookie_header,
me_exit_form, oidc_params, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, slack_escape

NAME = "evaluation_seventeenth"
PREFIX = f"{NAME}-benign"
SEED = 17_2024_0708
EPOCH = 1720425600  # Monday 2024-07-08 08:00 UTC: peak summer season
TEAM, TEAM_DOMAIN = "T04MMV7RVL", "mm-voyages"
APP_ID, BOT_USER = "A06JEEVMMV", "U06JEEVES7"
HOST = "edge.mm-voyages.com"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFICATION_TOKEN = "mmvVerifTok0000000000000"  # Slack's legacy verification token field; a made-up value
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
PNR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

# ---- the company's people ---------------------------------------------------------------------------------
STAFF_FIRST = ["Amélie", "Bastien", "Clémence", "Dorothea", "Étienne", "Federica", "Guilherme", "Hélène", "Inês",
               "Joaquim", "Kaito", "Lorenzo", "Maëlle", "Nuno", "Océane", "Pierre-Yves", "Quirin", "Rafaela",
               "Sébastien", "Takumi", "Ulrike", "Valentin", "Wiebke", "Xavier", "Yuki", "Zélie", "Aoife", "Bruno",
               "Carmen", "Dário", "Emre", "Fiona", "Giulia", "Hiroko", "Ibrahim", "Jürgen", "Kasia", "Lúcia",
               "Marc-Antoine", "Noémie", "Ousmane", "Paula", "Rūta", "Sakura", "Thibault", "Uxía", "Vasco",
               "Wanjiru", "Yasmine", "Zoltán", "Anne-Sophie", "Benoît", "Chiara", "Dieter", "Eun-ji", "Fátima"]
STAFF_LAST = ["D'Angelo", "O'Neill", "Le Gall", "de la Fuente", "van den Broek", "Dupont-Aignan", "Ferreira",
              "Schäfer", "Nakamura", "Okonkwo", "Rossi", "Saint-Clair", "Lefebvre", "Moreau", "Gonçalves",
              "Huber", "Yamamoto", "Dell'Orto", "N'Guessan", "Mac Giolla Phádraig", "Da Silva", "von Arnim",
              "Björklund", "Kovačević", "Ó Briain", "de Sousa", "Fitzgerald", "L'Hôte", "Zimmermann", "Watanabe",
              "Marchetti", "Pereira", "Bouchard", "Al-Masri", "Lindqvist", "Ten Hove", "Le Roux", "D'Souza",
              "McGillicuddy", "Ruiz-Picasso", "Caruana", "Østergaard", "Papazoglou", "Wiśniewska", "El Amrani"]
PAX_PASSPORT = ["D'ANGELO/MARIA MRS", "DANGELO/LUCA MSTR", "O'NEILL/SEAN PATRICK MR", "ONEILL/SEAN PATRICK MR",
                "VAN DER BERG/JOHANNES MR", "DE LA CRUZ/ANA LUCIA MS", "MUELLER-LUEDENSCHEIDT/KARL HEINZ MR",
                "N'DIAYE/AMINATA MS", "DI MARCO/LUCA MR", "AL-FARSI/HUDA MRS", "NGUYEN/THI MINH KHAI MS",
                "DOS SANTOS/JOAO MR", "VON HOHENZOLLERN/FRIEDRICH MR", "MC CARTHY/AOIFE MISS", "ST JOHN/OLIVER MR",
                "LE BLANC/CHLOE MS", "O'SULLIVAN-MURPHY/CIARA MS", "SAINT-EXUPERY/ZOE MS", "YILDIRIM/OGUZ KAGAN MR",
                "BEN-HAIM/DAVID MR", "DELL'AQUILA/GIOVANNI MR", "TEN BRINK/ANOUK MRS", "ABU BAKR/ISMAIL MR"]
PAX_NAMES = ["Maria D'Angelo", "Seán O'Neill", "Johannes van der Berg", "Ana Lucía de la Cruz", "Aminata N'Diaye",
             "Luca Di Marco", "Huda Al-Farsi", "Nguyễn Thị Minh Khai", "João dos Santos", "Friedrich von Hohenzollern",
             "Aoife McCarthy", "Chloé Le Blanc", "Ciara O'Sullivan-Murphy", "Zoë Saint-Exupéry",
             "Oğuz Kağan Yıldırım", "Siobhán Ní Bhraonáin", "Björn Ægirsson", "Małgorzata Wójcik-Zając", "佐藤 健",
             "김민준", "Αλέξανδρος Παπαδόπουλος", "Дмитрий Ковальчук", "محمد عبد الله", "דוד בן-חיים",
             "Karl-Heinz Müller-Lüdenscheidt", "Giovanni Dell'Aquila", "Anouk ten Brink", "Jean-Luc d'Arcy",
             "Mary-Kate O'Brien", "Renée L'Écuyer", "Ismail Abu Bakr", "Lena Schröder-Østergaard", "Thandiwe Mthembu",
             "Priyanka Iyer", "Tatsuya 'Tats' Mori", "Pilar García-Huidobro", "Rui D'Oliveira e Costa"]
CORPORATE = ["O'Brien & Sons", "Dell'Orto S.p.A.", "Müller & Töchter GmbH", "L'Oréal Travel Desk",
             "Smith, Jones & Partners LLP", "Hôtel-Dieu Congrès 2024", "AT&T Europe offsite", "Ben & Jerry's FR",
             "Procter & Gamble (P&G) Genève", "Ogilvy & Mather Lisboa", "Société Générale – séminaire",
             "Mitsubishi UFJ 大阪支店"]

# ---- travel values ------------------------------------------------------------------------------------------
DESTINATIONS = [
    "Reykjavík", "Queenstown, NZ", "Marrakech", "Marrakesh", "Zanzibar", "Cusco", "Ushuaia", "Siem Reap",
    "Kyōto", "Kyoto", "京都", "大阪", "札幌", "那覇市", "Hakone", "Denpasar (Bali)", "Santorini", "Θήρα",
    "Ηράκλειο", "Dubrovnik", "Split", "Tromsø", "Rovaniemi", "Chamonix-Mont-Blanc", "Val d'Isère", "Zermatt",
    "San Carlos de Bariloche", "Punta Cana", "Cancún", "Tulum", "La Habana", "Cartagena de Indias", "Lisboa",
    "Funchal", "Ponta Delgada (Açores)", "Porto", "Sevilla", "Palma de Mallorca", "Las Palmas de Gran Canaria",
    "Positano", "Capri", "L'Aquila", "Sant'Agnello", "Cortina d'Ampezzo", "Taormina", "Nice", "Saint-Tropez",
    "Bastia", "Île de Ré", "Mont-Saint-Michel", "Colmar", "Annecy", "Istanbul", "İzmir", "Kapadokya",
    "Dubai", "دبي", "Abu Dhabi", "Muscat", "مسقط", "Petra", "Wadi Rum", "Cairo", "القاهرة", "Luxor", "Sharm el-Sheikh",
    "Cape Town", "Kruger NP", "Victoria Falls", "Nairobi", "Maasai Mara", "Mahé, Seychelles", "Port Louis",
    "Malé", "Colombo", "Kandy", "Jaipur", "जयपुर", "Udaipur", "Goa", "Kathmandu", "Thimphu", "Bangkok",
    "กรุงเทพมหานคร", "Chiang Mai", "Phuket", "Hà Nội", "Hội An", "Luang Prabang", "Singapore", "Seoul",
    "서울", "제주시", "Taipei", "台北", "Hong Kong", "香港", "Beijing", "北京", "Shanghai", "Sydney", "Uluru",
    "Cairns", "Auckland", "Rarotonga", "Papeete", "Bora Bora", "Honolulu", "Maui", "Vancouver", "Banff, AB",
    "Québec", "Montréal", "New York", "NYC", "Las Vegas", "San Francisco", "Yellowstone", "New Orleans",
    "Coeur d'Alene", "Anchorage", "Ciudad de México", "Oaxaca de Juárez", "Machu Picchu", "Galápagos",
    "Rio de Janeiro", "Florianópolis", "Buenos Aires", "El Calafate", "Torres del Paine", "Tbilisi", "Yerevan",
    "Kraków", "Praha", "Wien", "Salzburg", "Innsbruck", "Budapest", "Ljubljana", "Bled", "Edinburgh",
    "Isle of Skye", "Dún Laoghaire", "Killarney", "Amsterdam", "'s-Hertogenbosch", "Brugge", "Kobenhavn",
    "København", "Bergen", "Lofoten", "Stockholm", "Helsinki", "Tallinn", "Rīga", "Vilnius", "Москва",
    "Санкт-Петербург", "Ерусалим", "ירושלים", "תל אביב-יפו", "Eilat",
]
AIRPORTS = ["CDG", "ORY", "LYS", "NCE", "MRS", "BOD", "TLS", "MUC", "FRA", "BER", "LIS", "OPO", "FNC", "KIX", "NRT",
            "HND", "ITM", "CTS", "OKA", "JFK", "EWR", "LAX", "SFO", "YUL", "YVR", "GRU", "GIG", "EZE", "LIM", "CUZ",
            "MEX", "CUN", "PUJ", "HAV", "LHR", "LGW", "DUB", "AMS", "BRU", "ZRH", "GVA", "VIE", "FCO", "NAP", "VCE",
            "ATH", "JTR", "HER", "IST", "DXB", "AUH", "DOH", "MCT", "CAI", "RAK", "CMN", "NBO", "ZNZ", "CPT", "JNB",
            "SEZ", "MRU", "MLE", "CMB", "DEL", "BOM", "BKK", "HKT", "SGN", "HAN", "SIN", "ICN", "TPE", "HKG", "PEK",
            "SYD", "AKL", "PPT", "HNL", "KEF", "TOS", "RVN", "DBV", "SPU", "PMI", "LPA", "TFS", "SVQ", "BCN"]
AIRLINES = ["LH", "AF", "BA", "EK", "NH", "JL", "TP", "QR", "U2", "FR", "LX", "AZ", "LA", "ET", "VS", "KL", "IB",
            "UX", "TK", "SQ", "CX", "QF", "DL", "UA", "AC", "EY", "WY", "AT", "KE", "TG", "VN", "SK", "FI", "OS"]
HOTELS = ["Hôtel Plaza Athénée", "Le Bristol Paris", "Hotel Adlon Kempinski", "Hotel Sacher Wien",
          "Belmond Hotel Caruso", "Le Sirenuse", "Albergo Sant'Angelo", "Palazzo Avino",
          "Four Seasons Hotel Ritz Lisbon", "Pestana Palace", "The Savoy", "Claridge's", "The Peninsula Tokyo",
          "ホテルオークラ東京", "星のや京都", "帝国ホテル 東京", "Raffles Singapore", "Mandarin Oriental, Bangkok",
          "โรงแรมแมนดาริน โอเรียนเต็ล", "Burj Al Arab Jumeirah", "فندق برج العرب", "La Mamounia", "Riad Kniza",
          "Mandarin Oriental Ritz, Madrid", "Parador de Granada", "ICEHOTEL Jukkasjärvi", "Hótel Rangá",
          "Гостиница «Метрополь»", "Ξενοδοχείο Μεγάλη Βρεταννία", "Çırağan Palace Kempinski",
          "Fairmont Le Château Frontenac", "Copacabana Palace, A Belmond Hotel", "Alvear Palace Hotel",
          "The Oberoi Udaivilas", "ताज लेक पैलेस", "Hotel d'Angleterre", "Hôtel du Cap-Eden-Roc",
          "B&B Villa dell'Angelo", "Gasthof zum Hirschen", "Auberge du Père Bise", "旅館 くらしき",
          "Pousada Castelo de Óbidos", "Hotel Bachmair Weissach", "Sofitel Legend Metropole Hà Nội",
          "Amanpuri", "Six Senses Zighy Bay", "Ryokan Gora Kadan (強羅花壇)", "Hotel Le Toiny", "L'Hôtel Marcel",
          "Cappadocia Cave Suites", "Grand Hotel Tremezzo", "Park Hyatt Kyoto", "Hotel Schweizerhof Bern & THE SPA"]
TIMEZONES = ["Europe/Paris", "Europe/Lisbon", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/London",
             "Europe/Dublin", "Europe/Athens", "Europe/Istanbul", "Atlantic/Reykjavik", "Atlantic/Azores",
             "Atlantic/Madeira", "Atlantic/Canary", "Asia/Tokyo", "Asia/Dubai", "Asia/Bangkok", "Asia/Kolkata",
             "Asia/Ho_Chi_Minh", "Asia/Singapore", "Africa/Casablanca", "Africa/Nairobi", "Indian/Maldives",
             "Indian/Mauritius", "America/New_York", "America/Cancun", "America/Lima", "America/Sao_Paulo",
             "America/Argentina/Ushuaia", "Pacific/Auckland", "Pacific/Tahiti", "Pacific/Honolulu",
             "Australia/Sydney", "UTC", "Asia/Kathmandu", "America/St_Johns"]
CURRENCY_FORMATS: list[Callable[[int, int], str]] = [
    lambda a, c: f"€{a:,}.{c:02d}".replace(",", "X").replace(".", ",").replace("X", "."),
    lambda a, c: f"{a:,},{c:02d} €".replace(",", " ", 1) if a >= 1000 else f"{a},{c:02d} €",
    lambda a, c: f"EUR {a}.{c:02d}", lambda a, c: f"${a:,}.{c:02d}", lambda a, c: f"USD {a}.{c:02d}",
    lambda a, c: f"£{a:,} pp", lambda a, c: f"GBP {a:,}", lambda a, c: f"¥{a * 160:,}", lambda a, c: f"JPY {a * 160}",
    lambda a, c: f"CHF {a:,}.–".replace(",", "'"), lambda a, c: f"R$ {a * 6:,},{c:02d}".replace(",", ".", 1),
    lambda a, c: f"₹{a * 90:,}", lambda a, c: f"AED {a * 4:,}", lambda a, c: f"MAD {a * 11} DH",
    lambda a, c: f"A${a * 2:,}", lambda a, c: f"NZ$ {a * 2}.{c:02d}", lambda a, c: f"{a * 11:,} SEK".replace(",", " "),
    lambda a, c: f"₺{a * 35:,}".replace(",", "."), lambda a, c: f"฿{a * 39:,}", lambda a, c: f"Rp {a * 17000:,}",
    lambda a, c: f"ZAR {a * 20:,},{c:02d}".replace(",", " ", 1), lambda a, c: f"MXN ${a * 19:,}",
    lambda a, c: f"{a} euros", lambda a, c: f"{a}€", lambda a, c: f"{a}.{c:02d} EUR net",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

CHANNELS = [("C04GENERAL1", "general"), ("C04RANDOM01", "random"), ("C04BOOKING1", "bookings"),
            ("C04GROUPS01", "groups-desk"), ("C04VISADSK1", "visa-desk"), ("C04OPS24X71", "ops-24-7"),
            ("C04GDSFLT01", "flights-gds"), ("C04HOTCONT1", "hotels-contracting"), ("C04TOURSIT", "tours-italy"),
            ("C04TOURSJP", "tours-japan"), ("C04SALESB2B", "sales-b2b"), ("C04FINBSP01", "finance-bsp"),
            ("C04ITHELP01", "it-helpdesk"), ("C04MARKET01", "marketing"), ("C04DISRUPT1", "disruptions"),
            ("C04WEATHER1", "weather-watch"), ("C04DEVBKG01", "dev-booking-engine"), ("C04CARE0001", "customer-care"),
            ("C04LYONOFF1", "office-lyon"), ("C04OSAKAOF1", "office-osaka")]
LINKS = ["https://book.mm-voyages.com/trips/⟪R⟫?lang=fr&currency=EUR",
         "https://book.mm-voyages.com/fr/sejours/positano-amalfi-7-nuits?depart=2024-09-14&adultes=2&enfants=1",
         "https://intranet.mm-voyages.com:8443/bsp/reports?period=2024-07&agent=MMV-PAR&format=xlsx",
         "https://grafana.mm-voyages.com:3000/d/gds-latency/gds?orgId=1&from=now-24h&var-provider=amadeus",
         "http://10.20.4.17:9200/_cat/indices?v&s=index",
         "https://jira.mm-voyages.com/browse/BOOK-4412", "https://jira.mm-voyages.com/browse/OPS-918?focusedCommentId=3312",
         "https://github.com/mm-voyages/booking-engine/pull/877", "https://github.com/mm-voyages/pax-validator/issues/41",
         "https://www.booking.com/hotel/it/palazzo-avino.html?checkin=2024-08-03&checkout=2024-08-07&group_adults=2",
         "https://www.google.com/travel/flights?q=Flights%20to%20HND%20from%20CDG%20on%202024-10-02",
         "https://travel.state.gov/content/travel/en/us-visas/tourism-visit/visa-waiver-program.html",
         "https://esta.cbp.dhs.gov/", "https://www.gov.uk/foreign-travel-advice/japan",
         "https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/conseils-par-pays-destination/japon/",
         "https://travel-europe.europa.eu/etias_en", "https://www.timaticweb2.com/home",
         "https://www.flightradar24.com/LH716/35a1b2c3", "https://www.seatguru.com/airlines/Lufthansa/information.php",
         "https://docs.google.com/spreadsheets/d/1xRoomingList2024/edit#gid=0",
         "https://calendar.google.com/calendar/u/0/r/week/2024/7/8",
         "https://maps.app.goo.gl/Pos1tano4mZ", "https://www.airbnb.fr/rooms/4471829?adults=4&check_in=2024-08-10",
         "https://www.sncf-connect.com/app/trip/lyon/paris?date=2024-07-12", "https://www.jr-odekake.net/railroad/",
         "https://www.aviationweather.gov/metar/data?ids=LFPG&format=raw&hours=2",
         "https://status.amadeus.com/incidents/y4k2p9", "https://support.travelport.com/webhelp/GWS/"]
EMOJI = [":airplane:", ":palm_tree:", ":passport_control:", ":luggage:", ":earth_africa:", ":sunny:", ":umbrella:",
         ":tada:", ":pray:", ":+1:", ":eyes:", ":sweat_smile:", ":fire:", ":white_check_mark:", ":x:",
         ":rotating_light:",
         ":hotel:", ":ship:", ":mountain_snow:", ":beach_with_umbrella:", "✈️", "🌴", "🧳", "🛂", "🏨", "🗺️", "☀️",
         "🌧️", "🙏", "😅", "🤞", "🎉", "😬", "🇯🇵", "🇮🇹", "🇵🇹", "🇫🇷", "🇲🇦", "🇮🇸", "🤦‍♀️", "👍🏽", "⏰"]

# ---- Slack chat. ⟪M⟫ a mention, ⟪L⟫ a link, ⟪C⟫ a channel, ⟪P⟫ a destination, ⟪R⟫ a booking ref, ⟪F⟫ a flight,
# ⟪D⟫ a date, ⟪T⟫ a time, ⟪$⟫ a price, ⟪H⟫ a hotel, ⟪N⟫ a passenger, ⟪A⟫ an airport, ⟪E⟫ an emoji, ⟪#⟫ a number.
CHAT = [
    "morning team ☀️ queue is at ⟪#⟫ open requests, let's go", "gm", "bonjour tout le monde !", "brb, client call",
    "who's on the groups desk today? need help with a 38 pax quote for ⟪P⟫",
    "⟪M⟫ PNR ⟪R⟫ is on hold, TTL tonight 23:59 — can you ticket it?",
    "ADM from BSP for ⟪R⟫ 😩 ⟪$⟫ for a missing SSR DOCS", "ticketed ✅ ⟪R⟫, e-tkt sent to the client",
    "client asks if ⟪H⟫ can do a late check-out, she lands on ⟪F⟫ at ⟪T⟫",
    "schedule change on ⟪F⟫ (⟪D⟫): dep moved from 10:10 to 11:45, pax need to be informed",
    "anyone know if Japanese nationals will need ETIAS once it goes live?",
    "ESTA denied for a customer who visited Cuba in 2019, what are the options? B1/B2 appointment in Paris is "
    "6 weeks out",
    "insurance q: does the Premium plan cover cancellation for a positive covid test? customer ⟪N⟫",
    "strike alert ✈️ French ATC on ⟪D⟫, expect cancellations on AF / U2 / FR",
    "the Amadeus terminal is super slow again (>8s per entry) ⟪E⟫", "lunch at the Lebanese place? 12:30",
    "¿Quién lleva el grupo de Cusco del ⟪D⟫? el guía pide la rooming list",
    "Bonjour, le client M. D'Angelo demande un surclassement au ⟪H⟫, c'est possible ?",
    "Kann jemand kurz auf die Buchung ⟪R⟫ schauen? Im Pass steht \"Müller-Lüdenscheidt\", im Ticket "
    "\"MUELLERLUEDENSCHEIDT\"",
    "京都の旅館、⟪D⟫から2泊で空室ありました！", "大阪オフィスから：明日の研修は10時開始です🙇",
    "Grupa z Krakowa (24 os.) potwierdzona ✅", "Ο πελάτης ρωτάει για μεταφορά από το αεροδρόμιο στη Σαντορίνη",
    "الحجز إلى دبي مؤكد، شكراً للجميع", "Obrigada! O voo ⟪F⟫ já está confirmado para ⟪D⟫ 🇵🇹",
    "the rate is €189 net / €229 sell, BAR is €245 so we're fine on parity",
    "price went from ⟪$⟫ to ⟪$⟫ overnight 🙃 dynamic pricing ftw",
    "Customer: \"I can't find my booking\" — it was in the spam folder, again",
    "⟪K⟫ want 12 seats on ⟪F⟫ ⟪D⟫, fare class Y/B, one name change allowed",
    "pls remember: passports must be valid 6 months beyond the return date for ⟪P⟫",
    "tour leader phone for the Marrakech group: +212 6 61 23 45 67 (WhatsApp only)",
    "hotel phone if anyone needs it: +39 089 875 066 (reception 24/7)",
    "⟪M⟫ the Lisbon supplier wants the deposit (30%) by ⟪D⟫, invoice is ⟪$⟫",
    "who has the login for the Hotelbeds extranet? asking for a friend 😇", "on it", "looking", "done ✔️", "ty!",
    "np", "+1", "lol", "same", "ok will call the hotel", "👀", "🙏🙏", "merci !", "danke dir", "arigatō 🙇‍♀️",
    "can someone cover the phones 13:00–14:00? dentist 🦷", "WFH today, line is forwarded to my mobile",
    "OOO ⟪D⟫ → ⟪D⟫ (fam trip to ⟪P⟫ ✈️), ⟪M⟫ covers my bookings",
    "volcano update: KEF open, ash cloud moving east, no impact on ⟪F⟫ for now",
    "typhoon warning for Okinawa, OKA flights on ⟪D⟫ likely cancelled, I'm rebooking the Tanaka group",
    "heatwave in ⟪P⟫ (41 °C!) — remind clients about water + hats on the excursions",
    "snow chains mandatory on the road to Val d'Isère from Nov 1st, tell the transfer company",
    "the ferry Napoli → Capri 08:40 is cancelled (sea state 5), next one 11:10",
    "visa on arrival for Maldives is free, 30 days, need hotel booking + return ticket",
    "Vietnam e-visa is 90 days now, multiple entry, US$25 — apply at least 5 working days before",
    "India e-Visa: photo must be square, white background, no glasses. 3rd rejection this week 🤦‍♂️",
    "UK ETA needed from 2025 for EU citizens, start telling the London weekend clients",
    "Schengen 90/180: the client was in Spain 62 days already, so max 28 more this half-year",
    "quick poll: do we still sell the Allianz annual multi-trip or only single trip?",
    "claims dept says lost luggage needs the PIR number from the airport, not just the baggage tag",
    "baggage tag LH 123456 — customer ⟪N⟫, bag went to ⟪A⟫ instead of ⟪A⟫ 🙄",
    "new contract signed with ⟪H⟫ 🎉 allotment 6 rooms, release 21 days",
    "the rooming list for the ⟪P⟫ group has 2 twins instead of doubles, fixing now",
    "who took the last Berlitz Japan guide from the library shelf? 📚",
    "fire drill at 11:00, leave by the main stairs, meeting point Place de la République",
    "coffee machine on the 2nd floor is fixed ☕🎉", "team dinner Friday 20h at Chez Janou, who's in?",
    "happy birthday ⟪M⟫ 🎂🥳", "welcome ⟪M⟫ to the visa desk 👋", "congrats on the Osaka fam trip bookings!",
    "⟪M⟫ can you send me the voucher for ⟪R⟫? customer is at the desk in ⟪P⟫ and has no signal",
    "is the Eurostar 9014 running today? pax ⟪N⟫ asks", "SNCF strike ⟪D⟫, TGV Lyon–Paris 1 out of 3 running",
    "Shinkansen Nozomi seats are sold out for Obon week, try Hikari or the 06:00 ones",
    "JR Pass price went up 70% last year, compare with individual tickets before selling",
    "cruise dep Civitavecchia ⟪D⟫, embarkation 13:00–16:00, all aboard 17:30",
    "the safari lodge says kids under 6 not allowed on game drives, tell the ⟪P⟫ family",
    "Ramadan dates affect restaurant hours in ⟪P⟫, add a line to the travel notes",
    "who knows a good halal restaurant near Shinjuku for the group from Kuala Lumpur?",
    "the tour bus for Cappadocia has 49 seats, we have 51 pax 😬 second minivan?",
    "B2B portal shows \"Sold out\" but the hotel confirmed availability on the phone",
    "the 2 kids in ⟪R⟫ are 2 and 11 → 1 INF + 1 CHD, not 2 CHD",
    "client wants to pay half by card, half by bank transfer (IBAN FR76 3000 6000 0112 3456 7890 189)",
    "card payment declined for ⟪R⟫, 3-D Secure timeout, asked client to retry",
    "exchange rate today EUR/JPY 174.2, EUR/USD 1.083, EUR/GBP 0.846",
    "invoice F-2024-07-0193 paid ✅ (⟪$⟫)", "commission 9% on the net rate, not on the sell rate",
    "reminder: end-of-month BSP remittance is ⟪D⟫, finance needs all ADMs disputed before that",
    "can someone explain the difference between a waitlisted (HL) and a requested (HN) segment to the new interns?",
    "UN status on ⟪F⟫ — airline cancelled, rebook pax before the queue fills up",
    "TK status segments in queue 7, please action them by noon",
    "100% agree", "nope, the visa form is only on paper for that consulate 🤷", "hmm not sure, let me check Timatic",
    "tbh I'd just offer the refund and move on", "ngl the Lofoten itinerary looks amazing", "that's wild",
    "sorry wrong channel 🙈", "^ this", "lmk when you're back", "same here, my screen froze",
    "⟪M⟫ ⟪M⟫ see thread ⬇️", "client review: \"5 stars, the guide Kenji was fantastic!!\" 🥹",
    "client review: \"hotel was nice but the transfer was 45 min late\" — ⟪M⟫ pls follow up",
    "marketing: the Japan autumn brochure goes to print ⟪D⟫, last chance for price corrections",
    "new landing page live: ⟪L⟫", "PR for the pax name validator: ⟪L⟫ (fixes apostrophes in surnames)",
    "deploy of booking-engine v4.⟪#⟫.0 done, watch the error rate on ⟪L⟫",
    "anyone else getting 504s from the Sabre sandbox?", "the GDS link is back up ✅ (was down 09:12–09:31)",
    "Interesting article on overtourism in Venice: ⟪L⟫", "ETIAS start date: ⟪L⟫",
    "travel advice for ⟪P⟫ updated, see ⟪L⟫", "the new contract template is at ⟪L⟫ cc ⟪M⟫",
    "meeting room \"Lisboa\" is double-booked at 15:00, I'll take \"Kyōto\"",
    "hotline number for stranded pax: +33 1 84 88 00 00 (24/7), please share with the tour leaders",
    "Emergency contact in Japan: +81 3-1234-5678 (Osaka office, 9:00–18:00 JST)",
    "flight ⟪F⟫ ⟪A⟫→⟪A⟫ delayed 3h15, EU261 compensation applies (>1500 km) → €400/pax",
    "EU261 doesn't apply to ⟪F⟫ (non-EU carrier departing outside the EU), sorry",
    "pax ⟪N⟫ missed the connection at ⟪A⟫, protected on the next flight at ⟪T⟫",
    "MCT at FRA is 45 min, the client's connection is 50 min with a terminal change 😬",
    "car hire in ⟪P⟫: young driver fee for under 25s is ⟪$⟫/day",
    "do we have a contact at the Japanese embassy for the group visa (China passports)?",
    "Apostille needed for the birth certificate? asking for the Brazil adoption trip",
    "the Çırağan wants names in Latin script for the rooming list, not Turkish diacritics? weird but ok",
    "the Reykjavík excursion Golden Circle + Secret Lagoon: ISK 32.900 per person",
    "we need the kids' birth dates for the infant fares: DD/MM/YYYY pls",
    "Q3 targets: 1,250 pax Japan, 900 Italy, 640 Portugal 🎯", "lol the client asked for a \"sea view in Zermatt\"",
]
LONG = [
    "Itinerary for ⟪N⟫ (ref ⟪R⟫):\n• ⟪D⟫ ⟪F⟫ CDG 07:00 → FRA 08:20\n• ⟪D⟫ LH 716 FRA 13:40 → HND 08:00+1\n"
    "• 3 nights ⟪H⟫, BB\n• JR Pass 7 days (Green)\n• 4 nights 星のや京都, HB\n• ⟪D⟫ KIX 10:25 → CDG 16:30 (AF 291)\n"
    "Total: ⟪$⟫ incl. taxes, insurance not included",
    "```\nRP/PARMM2100/PARMM2100            AA/SU   8JUL24/0912Z   ⟪R⟫\n"
    "  1.DANGELO/MARIA MRS   2.DANGELO/LUCA MSTR(CHD/12MAR15)\n"
    "  3  LH1035 Y 14JUL 7 CDGFRA HK2  0700 0820  14JUL  E  LH/⟪R⟫\n"
    "  4  LH 716 Y 14JUL 7 FRAHND HK2  1340 0800+1 15JUL  E  LH/⟪R⟫\n"
    "  5 AP PAR +33 1 42 68 53 00 - MERIDIAN MISTRAL - A\n  6 TK TL10JUL/1200/PARMM2100\n"
    "  7 SSR DOCS LH HK1 P/ITA/YA1234567/ITA/03APR84/F/11SEP31/DANGELO/MARIA/P1\n  8 OSI LH CTCM 393471234567/P1\n```\n"
    "name in passport is D'ANGELO with the apostrophe, GDS won't take it — is DANGELO ok for APIS?",
    "Fare calc from the TST:\n```\nPAR LH X/FRA LH TYO M1234.56LH X/FRA LH PAR M1234.56NUC2469.12END ROE0.923456\n"
    "FARE EUR 2280.00  TAX 34.40FR 56.10QX 411.20YQ  TOTAL EUR 2781.70\n```\nYQ is crazy again 😤",
    "Sabre: `*⟪R⟫` then `WPNC‡S1/2‡PADT` gives a cheaper option in K class, ⟪$⟫ vs ⟪$⟫",
    "Amadeus cheatsheet for the interns:\n`AN14JULCDGHND` availability\n`SS1Y1` sell\n`NM1DANGELO/MARIA MRS` name\n"
    "`AP 0033142685300` phone\n`TKTL10JUL` time limit\n`RF MARIE` received from\n`ER` end & retrieve\n`FXP` price\n"
    "`TTP/ET/RT` ticket",
    "SSR DOCS format for the US flights:\n`SR DOCS YY HK1-P/FRA/12AB34567/FRA/14FEB79/M/13FEB29/OBRIEN/SEAN/PATRICK`\n"
    "(no apostrophes, no accents, middle names in the last field)",
    "```\nSELECT b.pnr, b.status, p.last_name, s.flight_no, s.dep_at\n  FROM bookings b\n  JOIN passengers p ON "
    "p.booking_id = b.id\n  JOIN segments s ON s.booking_id = b.id\n WHERE s.dep_at::date = '2024-07-14'\n   AND "
    "s.carrier IN ('AF', 'KL')\n   AND b.status <> 'cancelled'\n ORDER BY s.dep_at;\n```\ngives 212 rows, can "
    "someone double check against the manifest?",
    "weekly pax by destination:\n```python\ndf.groupby(['dest_iata', pd.Grouper(key='dep_date', freq='W')])['pax']"
    ".sum().unstack(0).fillna(0)\n```\nthen `.plot(kind='area')` 📈",
    "```\ncurl -s -H \"Api-key: $HB_KEY\" -H \"X-Signature: $HB_SIG\" "
    "\"https://api.test.hotelbeds.com/hotel-api/1.0/hotels?checkIn=2024-08-03&checkOut=2024-08-07\" "
    "| jq '.hotels.total'"
    "\n```\nreturns 0 since this morning, their status page says all green 🤔",
    "```\njava.lang.IllegalArgumentException: Invalid passenger name: O'SULLIVAN-MURPHY/CIARA MS\n\tat "
    "com.mmv.booking.pax.NameValidator.validate(NameValidator.java:88)\n\tat com.mmv.booking.pnr.PnrBuilder.addPax("
    "PnrBuilder.java:141)\n\tat com.mmv.booking.api.BookingController.create(BookingController.java:63)\n```",
    "```\nTraceback (most recent call last):\n  File \"/srv/booking/sync/amadeus.py\", line 214, in fetch_pnr\n    "
    "resp.raise_for_status()\nrequests.exceptions.HTTPError: 504 Server Error: Gateway Time-out for url: "
    "https://nodeD1.production.webservices.amadeus.com/1ASIWMMVMMV\n```\nretrying in 5 min",
    "NDC offer from AF looks like this:\n```\n{\"offerId\": \"OF-7f3a9\", \"totalPrice\": {\"amount\": 1249.00, "
    "\"currency\": \"EUR\"}, \"segments\": [{\"flight\": \"AF276\", \"from\": \"CDG\", \"to\": \"HND\", "
    "\"dep\": \"2024-10-02T23:25:00+02:00\"}], \"baggage\": \"1PC 23KG\"}\n```",
    "the availability request we send:\n```\n<OTA_HotelAvailRQ Version=\"2.0\"><AvailRequestSegments>"
    "<AvailRequestSegment><StayDateRange Start=\"2024-08-03\" End=\"2024-08-07\"/><RoomStayCandidates>"
    "<RoomStayCandidate Quantity=\"1\"><GuestCounts><GuestCount AgeQualifyingCode=\"10\" Count=\"2\"/>"
    "</GuestCounts></RoomStayCandidate></RoomStayCandidates></AvailRequestSegment></AvailRequestSegments>"
    "</OTA_HotelAvailRQ>\n```",
    "EDIFACT from the airline, segment 3 is the problem I think:\n```\nUNB+IATB:1+1ASRMMV+LHRES+240708:0912+00012345'"
    "\nUNH+1+PNRADD:11:1:1A'\nTVL+140724:0700:140724:0820+CDG+FRA+LH+1035:Y'\nUNT+4+1'\nUNZ+1+00012345'\n```",
    "weather for the Paris departures:\n```\nMETAR LFPG 080930Z 24012KT 9999 FEW030 SCT045 19/11 Q1017 NOSIG=\n"
    "TAF LFPG 080500Z 0806/0912 25010KT CAVOK TEMPO 0814/0818 SHRA BKN030CB=\n```\nthunderstorms this afternoon, "
    "expect delays 🌩️",
    "PNR regex in the validator: `^[A-Z2-9]{6}$` — but Sabre locators can contain other letters? someone check pls",
    "cron for the BSP HOT files:\n`0 */2 * * * /opt/bsp/bin/fetch_hot.sh --period=$(date +%Y%m) "
    ">> /var/log/bsp/hot.log "
    "2>&1`",
    "excel formula for the commission report: "
    "`=SUMIFS(Sales[Net];Sales[Carrier];\"LH\";Sales[Date];\">=\"&DATE(2024;7;1))`"
    " — the semicolons are because the sheet is in French locale",
    "supplier config:\n```yaml\nsupplier:\n  name: hotelbeds\n  timeout_ms: 8000\n"
    "  retry: {max: 3, backoff: exponential}\n"
    "  markets: [FR, BE, CH, PT]\n```",
    "nginx log for the 502s:\n```\n10.0.3.12 - - [08/Jul/2024:09:14:02 +0200] "
    "\"GET /trips/⟪R⟫?lang=de HTTP/1.1\" 502 166 "
    "\"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"\n```",
    "calendar entry the app generates:\n```\nBEGIN:VEVENT\nDTSTART;TZID=Europe/Paris:20240714T070000\nSUMMARY:LH1035 "
    "CDG-FRA\nLOCATION:Paris CDG T1\nEND:VEVENT\n```",
    "```js\nconst total = segments.reduce((s, x) => s + x.fare.amount, 0).toFixed(2);\n```\n"
    "rounding is off by 1 cent on "
    "multi-currency carts",
    "-------- Forwarded message --------\nFrom: Reservations <reservations@palazzoavino.example>\n"
    "Date: Mon, 8 Jul 2024 08:47\nSubject: Re: Booking 2024/0918 – Mr & Mrs O'Brien\n\nDear Ms Le Gall,\n"
    "we are pleased to confirm the upgrade "
    "to a Junior Suite sea view for 03–07 August. Late check-out until 14:00 is complimentary.\nKind regards,\nGiulia",
    "> On Sun, Jul 7, 2024 at 10:12 PM Seán O'Neill wrote:\n> Hi, can we add a night in Kyoto and move the Hakone "
    "ryokan to the 19th?\n\nDone: new total ⟪$⟫, difference ⟪$⟫ to pay by ⟪D⟫.",
    "Group quote Lisbon & Porto (⟪D⟫ → ⟪D⟫), 28 pax + 1 FOC:\n| item | per pax | total |\n|---|---|---|\n"
    "| flights TP | €212 | €5,936 |\n| hotels 4* (5 nights) | €395 | €11,060 |\n| coach + guide | €140 | €3,920 |\n"
    "| **total** | **€747** | **€20,916** |\nmargin 14%",
    "Visa checklist for India e-Visa (tourist, 30 days):\n1. passport valid 6+ months, 2 blank pages\n2. photo "
    "350×350 px, white background\n3. passport bio page scan (PDF, < 300 KB)\n4. return ticket\n"
    "5. fee US$25 (Apr–Jun) / "
    "US$10 (Jul–Mar)\n_apply 4 days before at the latest_",
    "Insurance comparison for the ⟪P⟫ trip (2 adults, 14 days, trip cost ⟪$⟫):\n- Basic: cancellation up to €3,000, "
    "medical €150k → €89\n- Premium: cancellation up to €8,000, medical €1M, \"cancel for any reason\" 75% → €214\n"
    "- Annual multi-trip: €249/yr (trips ≤ 45 days)",
    "Handover ops 24/7 (night → day):\n- ⟪F⟫ diverted to ⟪A⟫ (medical), pax ⟪N⟫ rebooked\n- 2 bags missing for group "
    "⟪R⟫, PIR CDGAF12345 / CDGAF12346\n- hotel ⟪H⟫ overbooked, 1 room relocated (same category)\n- nothing else "
    "🌙→☀️",
    "Release notes booking-engine v4.12:\n"
    "* pax names: apostrophes and hyphens allowed (D'Angelo, Müller-Lüdenscheidt)\n"
    "* prices: `Intl.NumberFormat` per market (fr-FR, de-DE, pt-PT, ja-JP)\n* dates: ISO 8601 in the API, local format "
    "in the UI\n* fixed: JPY shown with 2 decimals 🤦",
    "Tour notes Japan Autumn (Oct 2024):\n1) Tokyo 東京 – 3 nights, Asakusa + teamLab\n2) Hakone 箱根 – ryokan, onsen "
    "(tattoos: private bath only)\n3) Kyoto 京都 – 4 nights, Fushimi Inari at 7am to beat the crowds\n4) Osaka 大阪 – "
    "street food night in Dōtonbori\nGuide: 山田さん (+81 90-1234-5678)",
    "Price list Marrakech summer 2024 (per person, double room):\nRiad Kniza 3n: 4 900 MAD\n"
    "La Mamounia 3n: 21 500 MAD\n"
    "Desert camp Merzouga 2n: 3 200 MAD\n*taxe de séjour* 30 MAD/night not included",
    "Hi all, the new cancellation terms from 1 Sept:\n> 60+ days: 10%\n> 59–30 days: 30%\n> 29–15 days: 50%\n"
    "> 14–0 days "
    "or no-show: 100%\nPlease update the PDFs and the booking confirmations ⟪M⟫",
]

# ---- talking to Jeeves ------------------------------------------------------------------------------------------
TICKETS = ["PNR ⟪R⟫ – name mismatch D'ANGELO vs DANGELO on ⟪F⟫",
           "Refund ⟪$⟫ for cancelled ⟪F⟫ (⟪D⟫) – customer #⟪#⟫",
           "Hotel ⟪H⟫ overbooked, relocate 2 rooms for ⟪D⟫",
           "Visa invitation letters for group ⟪R⟫ (14 pax) – Schengen",
           "Amadeus queue 8C0 not emptying since ⟪T⟫", "Website: price shows ⟪$⟫ but checkout says ⟪$⟫",
           "Insurance claim POL-2024-⟪#⟫: lost luggage at ⟪A⟫", "Seat map not loading for the A350 on ⟪F⟫",
           "Transfer no-show at ⟪A⟫ T2 – driver had the wrong time (⟪T⟫)",
           "Duplicate charge on card ending 4242 – booking ⟪R⟫", "\"O'Brien & Sons\" invoice wrong VAT (20% vs 10%)",
           "ESTA rejected for pax ⟪N⟫ – need B1/B2 appointment",
           "ryokan wants passport copies for all guests (Japan law)",
           "Broken link in the Lisbon brochure PDF p.12", "B2B portal: \"Sold out\" but hotel has rooms ⟪D⟫",
           "Group ⟪R⟫ rooming list: 2 twins → doubles", "Coach 49 seats for 51 pax in Cappadocia ⟪D⟫",
           "Add infant to ⟪R⟫ (born ⟪D⟫)", "Change of name O'Neil → O'Neill on ⟪F⟫ (typo, 1 letter)",
           "JR Pass exchange order lost – pax ⟪N⟫"]
REMINDERS = ["to ticket ⟪R⟫ before the TTL ⟪D⟫ ⟪T⟫", "in 2h to call ⟪H⟫ about the late check-out",
             "tomorrow 9am: visa appointment for the D'Angelo family (3 pax)",
             "every Monday at 08:30 \"send the BSP report to finance\"",
             "on ⟪D⟫ to send the vouchers to O'Brien & Sons",
             "at 17:00 CET to check the ⟪F⟫ schedule change", "next Friday: renew the IATA licence 🙈",
             "in 30 min: call back +44 (0)20 7946 0958 re: ⟪R⟫", "⟪D⟫ ⟪T⟫ deposit ⟪$⟫ due for ⟪P⟫ group",
             "to ask ⟪M⟫ about the Cusco guide", "that the Osaka office is closed on 15/07 (海の日)",
             "to chase the hotel for the rooming list confirmation", "to print the boarding passes for ⟪N⟫",
             "\"check passport expiry for all pax of ⟪R⟫\" at 10:00", "tmrw → follow up with Allianz claim #⟪#⟫"]
SEARCHES = ["⟪H⟫", "\"Le Sirenuse\" Positano", "Amalfi OR Capri honeymoon", "bookings ⟪D⟫..⟪D⟫ ⟪A⟫",
            "pax:O'Neill status:ticketed", "ESTA refused what next", "⟪R⟫", "visa Vietnam e-visa 90 days",
            "ryokan private onsen Hakone < ¥80,000", "transfer CDG → Disneyland 4 pax + 2 car seats",
            "\"O'Brien & Sons\" invoice 2024-06", "-cancelled dest:NRT sort:date", "Müller-Lüdenscheidt",
            "hotel \"d'Angleterre\" contract 2025", "Schengen 90/180 calculator", "Kyōto OR Kyoto OR 京都",
            "group rates Cappadocia balloon", "insurance \"cancel for any reason\"", "Zanzibar AND (safari OR beach)",
            "Ní Bhraonáin", "flights ⟪A⟫-⟪A⟫ in October", "pdf brochure japan autumn", "ETIAS start date",
            "price > 2000 EUR AND dest = Maldives", "tour leader contact Marrakech"]
LOOKUPS = ["⟪N⟫", "⟪S⟫", "⟪S⟫", "⟪Se⟫", "O'Brien", "o'neill", "D'Angelo", "de la Fuente", "van den Broek",
           "Mac Giolla Phádraig", "N'Guessan", "Dell'Orto", "L'Hôte", "Ó Briain", "al-masri", "Le Gall", "Yamamoto",
           "山本", "ヤマモト", "Müller", "Mueller", "Nakamura Kaito", "Saint-Clair", "ten hove", "d'souza"]
WEATHER = ["⟪P⟫", "⟪P⟫", "⟪A⟫", "⟪P⟫ tomorrow", "⟪P⟫ on ⟪D⟫", "in ⟪P⟫", "for ⟪P⟫ this weekend",
           "at ⟪A⟫ around ⟪T⟫", "⟪P⟫ 🌴", "⟪P⟫, next week", "⟪P⟫ (the group lands ⟪D⟫)"]
PLAIN_COMMANDS = ["help", "help?", "login", "alerts on", "alerts off", "config", "config units metric",
                  "config units imperial", "config timezone ⟪TZ⟫", "config alert_time 07:30", "my location",
                  "remember location ⟪P⟫", "remember location ⟪P⟫", "forget location", "forget me", "weather"]
ASKS = ["", "", "", "", "can you ", "could you ", "pls ", "please ", "quick one: ", "hey, ", "yo ", "can u ",
        "Jeeves, ", "ok so ", "sorry to bother, "]
TAILS = ["", "", "", "", "?", " ?", " 🙏", " pls", " please", " thx!", " :pray:", " ✈️", " 🌴", " 😅", "??",
         " (for a client)", " — thanks", " merci", " :palm_tree:", " asap"]

BROWSERS = [
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "chrome", '"macOS"'),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "chrome", '"Windows"'),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.0.0", "edge", '"Windows"'),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "firefox", ""),
    ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "firefox", ""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "safari", ""),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1", "safari", ""),
    ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Mobile/15E148 Safari/604.1", "safari", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
     "Mobile Safari/537.36", "chrome-mobile", '"Android"'),
    ("Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "samsung", '"Android"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.90 "
     "Chrome/126.0.6478.61 Electron/31.0.1 Safari/537.36 Sonic Slack_SSB/4.39.90", "slack", '"macOS"'),
]
ACCEPT_LANG = ["fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr,en;q=0.8", "de-DE,de;q=0.9,en;q=0.8",
               "pt-PT,pt;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8",
               "it-IT,it;q=0.9,en-US;q=0.8", "es-ES,es;q=0.9,ca;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
               "en-US,en;q=0.9", "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.8.0", "curl/7.81.0", "HTTPie/3.2.2",
              "Wget/1.21.4", "Go-http-client/2.0", "axios/1.7.2", "node-fetch/3.3.2", "undici", "okhttp/4.12.0",
              "Apache-HttpClient/5.3.1 (Java/21.0.3)", "Ktor client", "Dart/3.4 (dart:io)",
              "MMV-Ops/5.12.0 (com.mmvoyages.ops; build:5120; iOS 17.5.1) Alamofire/5.9.1",
              "MMV-Ops/5.12.0 (Android 14; Pixel 8 Pro; build 5120) okhttp/4.12.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; fr-FR) WindowsPowerShell/5.1.22621.3672",
              "Grafana/11.1.0", "GitHub-Actions-Runner/2.317.0 curl/8.5.0", "GitLab-Runner 17.1.0 (17-1-stable)",
              "Retool/3.52.0", "PostmanRuntime/7.39.0", "insomnia/9.3.2",
              "Zapier", "n8n/1.48.0", "Microsoft Power BI", "pandas/2.2 urllib3/2.2.2"]


def typed_query(params: Sequence[tuple[str, str]]) -> str:
    """A query as a browser's URL parser leaves it (typed or edited in the address bar, spec-encoded)."""
    return "&".join(f"{k}={urllib.parse.quote(v, safe='!$()*,;:@/?|~')}" for k, v in params)


class Agency(WebApp):
    """Meridian & Mistral Voyages: its people, its values and one seeded random source."""

    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFICATION_TOKEN, BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (0, 39600), (0, 39600)
    kid_first, context_bytes = True, 40
    oauth_scopes = ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.staff: list[dict[str, str]] = []
        for i in range(230):
            first, last = self.rng.choice(STAFF_FIRST), self.rng.choice(STAFF_LAST)
            ascii_first = self.ascii(first)
            ascii_last = self.ascii(last)
            self.staff.append({
                "id": "U0" + "".join(self.rng.choice(ID_CHARS) for _ in range(9)),
                "name": f"{first} {last}", "handle": f"{ascii_first}.{ascii_last}{i if i % 9 == 0 else ''}",
                "email": f"{ascii_first}.{ascii_last}@mm-voyages.com", "tz": self.rng.choice(TIMEZONES)})

    @staticmethod
    def ascii(text: str) -> str:
        table = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "ł": "l", "ß": "ss", "ı": "i", "đ": "d"})
        flat = unicodedata.normalize("NFKD", text.translate(table)).encode("ascii", "ignore").decode()
        return "".join(ch for ch in flat.lower() if ch.isalnum() or ch == "-") or "staff"

    # ---- small random pieces ---------------------------------------------------------------------------
    def sid(self, prefix: str, n: int = 9) -> str:
        return super().sid(prefix, n)

    def pnr(self) -> str:
        return "".join(self.rng.choice(PNR_CHARS) for _ in range(6))

    def flight(self) -> str:
        number = self.rng.choice([self.rng.randint(1, 99), self.rng.randint(100, 999), self.rng.randint(1000, 9999)])
        return self.pick([f"{self.pick(AIRLINES)} {number}", f"{self.pick(AIRLINES)}{number}",
                          f"{self.pick(AIRLINES)}{number:04d}"])

    def date(self) -> str:
        month = self.rng.choice([7, 7, 7, 8, 8, 9, 10, 10, 12, 1, 3])
        day = self.rng.randint(1, 28)
        year = 2025 if month < 7 else 2024
        weekday = DAYS_EN[(day + month * 3) % 7]
        mon = MONTHS_EN[month - 1]
        return self.pick([
            f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}", f"{month:02d}/{day:02d}/{year}",
            f"{day:02d}.{month:02d}.{year % 100:02d}", f"{day:02d}{mon.upper()}", f"{day:02d}{mon.upper()}{year % 100}",
            f"{weekday} {day} {mon}", f"{day} {MONTHS_FR[month - 1]} {year}", f"{day}. {MONTHS_DE[month - 1]} {year}",
            f"{year}年{month}月{day}日", f"{mon} {day}th", f"{day:02d}-{mon}-{year}", f"{day}/{month}",
            f"{day} de {MONTHS_PT[month - 1]}", f"{year}-{month:02d}-{day:02d}T06:35:00+02:00", f"{day}.{month}."])

    def time(self) -> str:
        h, m = self.rng.randint(0, 23), self.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return self.pick([f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}{m:02d}",
                          f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d} local", f"{h:02d}{m:02d}L", f"{h:02d}:{m:02d} (+1)",
                          f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'} CEST", f"{h}h"])

    def price(self) -> str:
        fmt = self.pick(CURRENCY_FORMATS)
        text: str = fmt(self.rng.choice([89, 149, 229, 480, 899, 1249, 1895, 2340, 3450, 4590, 12800]),
                        self.rng.choice([0, 0, 50, 90, 99]))
        return text

    def person(self) -> dict[str, str]:
        p: dict[str, str] = self.pick(self.staff)
        return p

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, with Slack's own escaping and <...> markup."""
        out = slack_escape(text) if slack else text
        simple: dict[str, Callable[[], str]] = {
            "⟪P⟫": lambda: self.pick(DESTINATIONS), "⟪R⟫": self.pnr, "⟪F⟫": self.flight, "⟪D⟫": self.date,
            "⟪T⟫": self.time, "⟪$⟫": self.price, "⟪H⟫": lambda: self.pick(HOTELS),
            "⟪N⟫": lambda: self.pick(PAX_NAMES + PAX_PASSPORT), "⟪A⟫": lambda: self.pick(AIRPORTS),
            "⟪E⟫": lambda: self.pick(EMOJI), "⟪#⟫": lambda: str(self.rng.randint(3, 99999)),
            "⟪K⟫": lambda: self.pick(CORPORATE), "⟪TZ⟫": lambda: self.pick(TIMEZONES),
            "⟪S⟫": lambda: self.person()["name"], "⟪Se⟫": lambda: self.person()["email"]}
        while "⟪M⟫" in out:
            out = out.replace("⟪M⟫", f"<@{self.person()['id']}>" if slack else "@" + self.person()["handle"], 1)
        while "⟪L⟫" in out:
            link = self.fill(self.pick(LINKS), slack=False)
            label = self.pick(["", "", "", "|link", "|PR", "|the doc", "|dashboard", "|booking"])
            out = out.replace("⟪L⟫", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "⟪C⟫" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("⟪C⟫", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in simple.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        return out

    # ---- records -------------------------------------------------------------------------------------
    def rec(self, kind: str, placement: str, method: str, uri: str, headers: dict[str, str],
               body: str = "") -> dict[str, Any]:
        self.n += 1
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"{PREFIX}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def blocks(self, text: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        for code, part in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": part}],
                                 "border": 0})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": part}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": self.person()["id"], "ts": ts, "team": TEAM,
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        return event

    def event(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))
        return self.rec(kind, "json", "POST", "/slack/events", self.slack_headers("application/json"), body)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.72:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.15):
                text = self.pick(["⟪M⟫ ", "hey ⟪M⟫ ", "\x01here ", "\x01channel ", "cc ⟪C⟫: "]) + text
        else:
            text = self.pick(LONG)
        out = self.fill(text)
        return out.replace("\x01here", "<!here>").replace("\x01channel", "<!channel>")

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFICATION_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.rec("slack", "json", "POST", "/slack/events", self.slack_headers("application/json"), body)

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_text(), cid, "channel")
        if "thread_ts" in event and self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.event("slack", event)

    def slack_dm_chat(self) -> dict[str, Any]:
        return self.event("slack", self.message(self.chat_text(), self.sid("D0", 9), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong date)", " *", " — nvm, sorted", " (typo)", ""])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": self.inner(old),
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event("slack", event)

    def slack_delete(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        ts = self.ts()
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": self.ts(),
                 "channel": cid, "ts": ts, "event_ts": ts, "channel_type": "channel",
                 "previous_message": {"type": "message", "text": self.chat_text(), "user": self.person()["id"],
                                      "ts": self.ts(), "team": TEAM}}
        return self.event("slack", event)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name, mime = self.pick([("E-ticket 220-2345678901.pdf", "application/pdf"),
                                ("Voucher_Hotel_Sacher_Wien.pdf", "application/pdf"),
                                ("rooming list Lisboa 14-19 juillet (v3).xlsx",
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                                ("Screenshot 2024-07-08 at 09.14.02.png", "image/png"),
                                ("IMG_2231.HEIC", "image/heic"), ("itinéraire_Japon_automne.docx",
                                                                   "application/vnd.openxmlformats-officedocument."
                                                                   "wordprocessingml.document"),
                                ("visa_checklist_India.pdf", "application/pdf"), ("pnr_dump.txt", "text/plain"),
                                ("旅程表_京都.pdf", "application/pdf"),
                                ("Marrakech group – photos.zip", "application/zip")])
        event = self.message(self.fill(self.pick(["", "", "see attached", "voucher attached 👆",
                                                  "here's the screenshot", "version finale (promis) 😅",
                                                  "rooming list for ⟪P⟫", "PNR dump from this morning"])),
                             cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mime, "filetype": name.rsplit(".", 1)[-1].lower(), "user": event["user"],
                           "size": self.rng.randint(12_000, 9_000_000), "mode": "hosted", "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name.lower().replace(" ", "_")),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = True
        return self.event("slack", event)

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.fill(self.pick(LINKS), slack=False) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": self.person()["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.rng.randint(10**8, 10**9)}.{self.hexs(30)}",
                 "thread_ts": None, "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.event("slack", event)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.person()["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "airplane", "+1", "pray", "tada", "joy",
                                        "palm_tree", "flag-jp", "heavy_check_mark", "raised_hands", "skin-tone-3"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "item_user": self.person()["id"],
                 "event_ts": self.ts()}
        return self.event("slack", event)

    def slack_member(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["member_joined_channel", "member_left_channel"]), "user": self.person()["id"],
                 "channel": cid, "channel_type": "C", "team": TEAM, "event_ts": self.ts()}
        return self.event("slack", event)

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.person()["id"], "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "title": {"type": "plain_text", "text": "Jeeves"}, "app_id": APP_ID,
                             "bot_id": "B06JEEVMMV", "state": {"values": {}}}
        return self.event("slack", event)

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        source = self.pick(["jira", "pagerduty", "flightwatch", "github"])
        n = self.rng.randint(100, 9999)
        texts = {
            "jira": f"<https://jira.mm-voyages.com/browse/BOOK-{n}|BOOK-{n}> moved to *In Progress*: "
                    f"\"Apostrophe in surname breaks e-ticket (D'ANGELO)\"",
            "pagerduty": f"*Triggered* #{n}: GDS latency p95 &gt; 8s for 10m (amadeus-prod) "
                         f"<https://mm-voyages.pagerduty.com/incidents/Q{n}Z|View>",
            "flightwatch": self.fill(f":airplane: ⟪F⟫ ⟪A⟫→⟪A⟫ now *DELAYED* +{n % 180} min (new ETD ⟪T⟫), "
                                     f"{n % 40 + 2} of our pax on board"),
            "github": f"*[mm-voyages/booking-engine]* PR <https://github.com/mm-voyages/booking-engine/pull/{n}"
                      f"|#{n} Format JPY without decimals> merged by {self.person()['handle']}"}
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:60], "color": self.pick(["36a64f", "d50200", "439FE0"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.event("slack", event)

    # ---- Jeeves commands (events and slash commands) ---------------------------------------------------------
    def command_core(self) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            core = self.pick(["lookup user ", "lookup user ", "look up user ", "lookup ", "who is "]) + \
                self.pick(LOOKUPS)
        elif roll < 0.42:
            core = self.pick(["weather ", "weather ", "Weather ", "wheather ", "weather "]) + self.pick(WEATHER)
        elif roll < 0.56:
            core = self.pick(["ticket title: ", "ticket title: ", "ticket title:", "ticket Title: "]) + \
                self.pick(TICKETS)
            if self.chance(0.25):
                core += self.pick([" priority: high", " prio: urgent", " assignee: ⟪M⟫", " due: ⟪D⟫", " label: ops"])
        elif roll < 0.7:
            core = self.pick(["remind me ", "remind me ", "Remind me "]) + self.pick(REMINDERS)
        elif roll < 0.84:
            core = self.pick(["search ", "search ", "Search "]) + self.pick(SEARCHES)
        else:
            core = self.pick(PLAIN_COMMANDS)
        if self.chance(0.1):
            core = f"`{core}`"
        return core

    def command_text(self, for_event: bool) -> str:
        core = self.command_core()
        roll = self.rng.random()
        if roll < 0.6:
            text = self.pick(ASKS) + core + self.pick(TAILS)
        elif roll < 0.8:
            text = self.pick(["", "hi! ", "bonjour ", "quick q — ", "question: "]) + core + self.pick(
                ["? need it for a client", " – is that possible?", "? thanks in advance", " (urgent, pax at the desk)",
                 "?? the client is waiting 😬", " … or is there a better way?"])
        else:
            text = core + " " + self.pick(EMOJI)
        text = self.fill(text)
        if for_event:
            roll = self.rng.random()
            if roll < 0.55:
                text = f"<@{BOT_USER}> " + text
            elif roll < 0.7:
                text = self.pick([f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: ", f"<@{BOT_USER}>, ",
                                  f"<@{BOT_USER}> <@{self.person()['id']}> asked: "]) + text
            elif roll < 0.8:
                text = text + f" <@{BOT_USER}>"
        return text

    def bot_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.command_text(True)
        if BOT_USER not in text:
            text = f"<@{BOT_USER}> " + text
        return self.event("botcmd", self.message(text, cid, "channel", mention=True))

    def bot_dm(self) -> dict[str, Any]:
        text = self.command_text(False) if self.chance(0.85) else self.command_text(True)
        return self.event("botcmd", self.message(text, self.sid("D0", 9), "im"))

    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        text = self.command_text(False)
        if self.chance(0.05):
            text = f"<@{self.person()['id']}|{self.person()['handle']}> " + text
        fields = [("token", VERIFICATION_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)}"),
                  ("trigger_id", self.trigger())]
        return self.rec("command", "form", "POST", "/slack/commands",
                           self.slack_headers("application/x-www-form-urlencoded"), urllib.parse.urlencode(fields))

    # ---- interactions ----------------------------------------------------------------------------------
    def interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.person()
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
                "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.68:
            payload = self.interaction_base("block_actions")
            cid, cname = self.pick(CHANNELS)
            which = self.rng.random()
            if which < 0.72:
                action = {"action_id": "set_location", "block_id": self.token(4)[:5], "type": "button",
                          "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                          "value": self.pick(DESTINATIONS), "action_ts": self.ts()}
            elif which < 0.86:
                action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "type": "button",
                          "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "style": "danger",
                          "value": "-", "action_ts": self.ts()}
            else:
                action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "type": "button",
                          "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                          "action_ts": self.ts()}
            payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                          "is_ephemeral": True},
                            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                            "response_url": f"https://hooks.slack.com/actions/{TEAM}/"
                                            f"{self.rng.randint(10**12, 10**13)}/{self.token(18)}",
                            "actions": [action]})
        elif roll < 0.9:
            payload = self.interaction_base("view_submission")
            title = self.fill(self.pick(TICKETS), slack=False)
            details = self.fill(self.pick(CHAT + LONG[:8]), slack=False)
            values = {
                "title": {"title_input": {"type": "plain_text_input", "value": title}},
                "details": {"details_input": {"type": "plain_text_input", "value": details}},
                "booking": {"booking_input": {"type": "plain_text_input", "value": self.pnr()}},
                "priority": {"priority_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "🔥 High", "emoji": True}, "value": "high"}}},
                "due": {"due_date": {"type": "datepicker", "selected_date": f"2024-07-{self.rng.randint(9, 31):02d}"}},
                "dest": {"dest_input": {"type": "plain_text_input", "value": self.pick(DESTINATIONS)}}}
            payload["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "modal", "callback_id": "new_ticket",
                               "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "source": "jeeves"}),
                               "title": {"type": "plain_text", "text": "New ticket"},
                               "submit": {"type": "plain_text", "text": "Create"}, "blocks": [],
                               "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                               "previous_view_id": None, "root_view_id": self.sid("V0"), "app_id": APP_ID,
                               "bot_id": "B06JEEVMMV"}
            payload["response_urls"] = []
        else:
            payload = self.interaction_base(self.pick(["message_action", "shortcut"]))
            cid, cname = self.pick(CHANNELS)
            payload["callback_id"] = self.pick(["ticket_from_message", "remind_me_about_this", "new_ticket"])
            payload["action_ts"] = self.ts()
            if payload["type"] == "message_action":
                payload.update({"channel": {"id": cid, "name": cname}, "message_ts": self.ts(),
                                "message": {"type": "message", "user": self.person()["id"], "ts": self.ts(),
                                            "text": self.chat_text()},
                                "response_url": f"https://hooks.slack.com/app/{TEAM}/"
                                                f"{self.rng.randint(10**12, 10**13)}/{self.token(18)}"})
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.rec("interaction", "form", "POST", "/slack/interactions",
                           self.slack_headers("application/x-www-form-urlencoded"), body)

    # ---- scripts, CI, dashboards and the ops app on the data API --------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        trace, span = self.hexs(32), self.hexs(16)
        if roll < 0.2:
            h["traceparent"] = f"00-{trace}-{span}-01"
            if self.chance(0.4):
                h["tracestate"] = self.pick([f"dd=s:1;p:{span};t.dm:-0", "congo=t61rcWkgMzE", f"mmv=sid:{span[:8]}"])
        elif roll < 0.3:
            h["sentry-trace"] = f"{trace}-{span}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=ops-dashboard%402.4.1,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        elif roll < 0.38:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={span};Sampled=1"
        elif roll < 0.45:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = trace, span, "1"
        elif roll < 0.5:
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = "1"
        if self.chance(0.3):
            h[self.pick(["X-Request-Id", "X-Correlation-ID"])] = self.pick(
                [self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2", f"cron.bsp.{self.hexs(10)}",
                 f"ops-app:{self.hexs(12)}"])

    def script_headers(self, scope: str = "read") -> dict[str, str]:
        ua = self.pick(SCRIPT_UAS)
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                     "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": "Bearer " + self.jwt(self.pick(["jeeves-worker", "bsp-reports", "ops-dashboard",
                                                               "hr-sync-personio", "mmv-ops-app", "ci-nightly"]),
                                                   scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br;q=1.0, gzip;q=0.9"])
        if ua.startswith("MMV-Ops"):
            h["Accept-Language"] = self.pick(["fr-FR;q=1.0, en-FR;q=0.9", "ja-JP", "pt-PT", "de-DE"])
            h["X-App-Version"] = "5.12.0 (5120)"
            h["X-Device-Id"] = self.uuid().upper()
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers()
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["on", "off", "true", "false"]),
                                ("team_id", [TEAM, "T09PARTNER"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            if self.chance(0.12):  # dashboards built against a search box the API ignores
                params.append((self.pick(["q", "search", "name"]), self.pick(LOOKUPS[4:])))
            if self.chance(0.1):
                params.append(("sort", self.pick(["name", "-created_at", "email"])))
            return self.rec("api", "query", "GET", "/api/users?" + urllib.parse.urlencode(params), h)
        if roll < 0.5:
            h = self.script_headers()
            if self.chance(0.2):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"'
            return self.rec("api", "path", "GET", f"/api/users/{self.rng.randint(1, 320)}", h)
        if roll < 0.7:
            h = self.script_headers(self.pick(["read write", "write"]))
            p = self.person()
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.3:
                doc = {"settings": {"timezone": self.pick(TIMEZONES), "alert_time": self.pick(
                    ["06:30", "07:00", "07:45", "08:15", "18:00"])}}
            elif choice < 0.45:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.7:
                doc = {"name": self.pick([p["name"], self.pick(PAX_NAMES)]), "email": p["email"]}
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.4), "name": p["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.rec("api", "json", "PATCH", f"/api/users/{self.rng.randint(1, 320)}", h,
                               json.dumps(doc, ensure_ascii=self.chance(0.35)))
        if roll < 0.84:
            h = self.script_headers()
            day = self.rng.randint(1, 8)
            since = self.pick([f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}T00:00:00+02:00",
                               f"2024-07-{day:02d}", f"2024-06-{day + 20:02d}T06:00:00.000Z",
                               f"2024-07-0{day}T00:00:00+09:00", f"2024-07-{day:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-07-08T23:59:59Z", "2024-07-08T18:00:00+02:00",
                                                   "2024-07-09"])))
            return self.rec("api", "query", "GET", "/api/usage/stats?" + urllib.parse.urlencode(params), h)
        if roll < 0.92:
            return self.rec("api", "header", "GET", "/api/switches", self.script_headers())
        if roll < 0.96:
            h = self.script_headers("read write")
            h["Content-Type"] = "application/json"
            doc2: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc2["team_id"] = self.pick([TEAM, "*", "T09PARTNER"])
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            return self.rec("api", "json", "PUT", f"/api/switches/{action}", h, json.dumps(doc2))
        h = {"User-Agent": self.pick(["openapi-generator/7.7.0", "Swagger-Codegen/3.0.57/java", "PostmanRuntime/7.39.0",
                                      "Stoplight/2024.07", "python-requests/2.32.3"]), "Accept": "application/json"}
        return self.rec("api", "header", "GET", "/api/openapi.json", h)

    # ---- browsers ------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False,
                        site: str | None = None) -> dict[str, str]:
        ua, family, platform = self.pick(BROWSERS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" if family in ("chrome", "edge", "slack")
             else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(ACCEPT_LANG),
             "Accept-Encoding": "gzip, deflate, br, zstd" if family != "safari" else "gzip, deflate, br"}
        if family in ("chrome", "edge", "slack", "chrome-mobile", "samsung"):
            brand = {"edge": '"Microsoft Edge";v="126"', "samsung": '"Samsung Internet";v="25.0"'}.get(
                family, '"Google Chrome";v="126"')
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="126", {brand}'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = platform
        h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "document", "navigate"
        h["Sec-Fetch-Site"] = site or ("same-origin" if referer else "none")
        h["Sec-Fetch-User"] = "?1"
        self.form_navigation(h, BASE, referer, form)
        if family == "firefox" and self.chance(0.5):
            h["DNT"] = "1"
        if self.chance(0.15):
            h["Priority"] = "u=0, i"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            extra.append(("_ga_MMV2024", f"GS1.1.{EPOCH}.{self.rng.randint(1, 40)}.1.{EPOCH + 300}.0.0.0"))
        if self.chance(0.15):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Jul+08+2024+09%3A12%3A03+GMT%2B0200+"
                                            "(heure+d%E2%80%99%C3%A9t%C3%A9+d%E2%80%99Europe+centrale)&version="
                                            "202405.1.0&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A0"))
        if self.chance(0.1):
            extra.append(("lang", self.pick(["fr-FR", "pt-PT", "ja-JP", "de-DE"])))
        if self.chance(0.08):
            extra.append(("currency", self.pick(["EUR", "CHF", "JPY", "GBP"])))
        if self.chance(0.08):
            extra.append(("_hjSessionUser_3941127", b64url(json.dumps(
                {"id": self.uuid(), "created": EPOCH * 1000, "existing": True}).encode())))
        return self.cookie_header(pairs, extra, shuffle=False)

    # ---- admin panel: searches and what follows them ----------------------------------------------------
    def admin_query(self) -> str:
        roll = self.rng.random()
        p = self.person()
        if roll < 0.35:
            return str(self.pick([p["name"], p["name"].split()[-1], p["email"], p["email"].split("@")[0], p["id"],
                                  p["name"].split()[0], p["name"].lower()]))
        if roll < 0.55:
            return str(self.pick(LOOKUPS[4:] + PAX_NAMES))
        return str(self.pick([
            "O'Brien & Sons", "o'brien", "O'Brien", "\"O'Brien\"", "müller OR mueller", "d'angelo OR dangelo",
            "\"de la Fuente\"", "van den", "-test", "test OR demo", "@mm-voyages.com", "@gmail.com", TEAM,
            "+44 20 7946 0958", "2024-07-08", "08/07/2024", "🌴", "✈️ ops", "name:\"D'Arcy\"", "team:T04MMV7RVL",
            "is:admin", "status:inactive", "Zoë", "zoe", "山本", "Łukasz", "Ó Briain", "N'Guessan", "contractor",
            "groups desk", "osaka", "visa-desk", "ops 24/7", "Dell'Orto", "L'Hôte", "a OR b", "\"a OR b\"",
            "Amélie & Bastien", "50%", "100% remote", "C++ dev", "#ops-24-7", "U0", "(Lyon)", "Saint-Clair, Anne",
        ]))

    def audit_query(self) -> str:
        return str(self.pick(["user.active", "user.admin", "login", "login.failed", "feature.set", "client.create",
                              "client.rotate", "client.disable", "user.forget_me", "admin.map_slack",
                              "feature.set weather", "bsp-reports", "2024-07-08", "2024-07", "08/07",
                              self.person()["handle"], "O'Neill", "denied", "outcome:failed", "totp", "T04MMV7RVL",
                              "remove_override", "\"client.rotate\" ci-nightly", "ops-lead OR marie.legall"]))

    def users_url(self, q: str | None = None, page: int | None = None,
                  extra: bool | list[tuple[str, str]] = False, typed: bool = False) -> str:
        params: list[tuple[str, str]] = []
        if q is not None:
            params.append(("q", q))
        if page is not None:
            params.append(("page", str(page)))
        if isinstance(extra, list):
            params += extra
        elif extra:
            params += self.pick([[("sort", "name")], [("sort", "-updated_at")], [("order", "desc")],
                                 [("status", "active")], [("filter", "admins")], [("per_page", "25")],
                                 [("sort", "email"), ("order", "asc")], [("since", "2024-07-01")],
                                 [("active", "1"), ("sort", "name")], [("tab", "inactive")]])
        if not params:
            return "/admin/users"
        return "/admin/users?" + (typed_query(params) if typed else urllib.parse.urlencode(params))

    def admin_session(self) -> str:
        return self.cookies(("__Host-jeeves_admin", self.token()))

    def admin(self) -> dict[str, Any]:
        roll = self.rng.random()
        csrf = self.token()
        typed = self.chance(0.2)
        if roll < 0.26:  # a new search run from the results of an earlier one (or from the dashboard)
            q = self.admin_query()
            prev = self.pick([self.users_url(self.admin_query(), typed=typed),
                              self.users_url(self.admin_query(), self.rng.randint(2, 6), self.chance(0.3), typed),
                              self.users_url(extra=True), "/admin/", "/admin/users"])
            h = self.browser_headers(prev)
            h["Cookie"] = self.admin_session()
            params = [("q", q)] + ([("page", "1")] if self.chance(0.15) else [])
            return self.rec("admin", "query", "GET", "/admin/users?" + urllib.parse.urlencode(params), h)
        if roll < 0.42:  # paging through results
            q = self.admin_query()
            page = self.rng.randint(2, 9)
            extra: list[tuple[str, str]] = self.pick([[], [], [("sort", "name")], [("sort", "-updated_at")],
                                                      [("order", "desc")], [("status", "active")],
                                                      [("sort", "email"), ("order", "asc")], [("per_page", "25")]])
            h = self.browser_headers(self.users_url(q, page - 1 if page > 2 else None, extra, typed))
            h["Cookie"] = self.admin_session()
            return self.rec("admin", "query", "GET", self.users_url(q, page, extra), h)
        if roll < 0.56:  # a switch on a result row, then the redirect back to the same search
            q = self.admin_query()
            page = self.rng.randint(1, 4)
            referer = self.users_url(q, page if page > 1 else None, self.chance(0.2), typed)
            if self.chance(0.6):
                h = self.browser_headers(referer, True)
                h["Cookie"] = self.admin_session()
                body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                                               ("page", str(page))])
                return self.rec("admin", "form", "POST",
                                   f"/admin/users/{self.rng.randint(1, 320)}/{self.pick(['active', 'admin'])}", h, body)
            h = self.browser_headers(referer)
            h["Cookie"] = self.admin_session()
            back = urllib.parse.urlencode([("done", "user_updated"), ("q", q), ("page", str(page))])
            return self.rec("admin", "query", "GET", "/admin/users?" + back, h)
        if roll < 0.66:  # the audit log
            q = self.audit_query()
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.3) else [])
            prev_q = [("q", self.audit_query())] + ([("page", str(self.rng.randint(1, 4)))] if self.chance(0.3)
                                                    else [])
            prev = "/admin/audit?" + (typed_query(prev_q) if typed else urllib.parse.urlencode(prev_q))
            h = self.browser_headers(self.pick([prev, prev, "/admin/audit", self.users_url(self.admin_query())]))
            h["Cookie"] = self.admin_session()
            return self.rec("admin", "query", "GET", "/admin/audit?" + urllib.parse.urlencode(params), h)
        if roll < 0.76:  # other pages, reached from a search page
            page_uri = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                                  "/admin/slack-sign-in", "/admin/audit", "/admin/users",
                                  "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled"])
            h = self.browser_headers(self.pick([self.users_url(self.admin_query(), typed=typed),
                                                self.users_url(self.admin_query(), self.rng.randint(2, 5), True),
                                                "/admin/audit?" + urllib.parse.urlencode([("q", self.audit_query())]),
                                                self.users_url(self.admin_query(), extra=True, typed=typed),
                                                "/admin/"]))
            h["Cookie"] = self.admin_session()
            method = "HEAD" if self.chance(0.03) else "GET"
            return self.rec("admin", "cookie", method, page_uri, h)
        if roll < 0.83:  # feature switches
            h = self.browser_headers(self.pick(["/admin/features", "/admin/features?done=switch_updated"]), True)
            h["Cookie"] = self.admin_session()
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            if self.chance(0.2):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, "T09PARTNER"]))]
                return self.rec("admin", "form", "POST", "/admin/features/remove", h, urllib.parse.urlencode(fields))
            fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"])),
                      ("team_id", self.pick(["", "", TEAM, "t09partner", " T04MMV7RVL "]))]
            return self.rec("admin", "form", "POST", "/admin/features", h, urllib.parse.urlencode(fields))
        if roll < 0.9:  # login (with the next= the panel sent them to)
            nxt = self.pick(["/admin/", self.users_url(self.admin_query()), "/admin/audit?q=login.failed",
                             "/admin/clients"])
            login_url = "/admin/login?" + urllib.parse.urlencode([("next", nxt)])
            h = self.browser_headers(login_url, True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\" "
            password = self.pick([
                "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30))),
                "-".join(self.pick(["correct", "horse", "Lisboa", "kyoto", "ferry", "Sirocco", "passport", "dune",
                                    "Mistral", "orbit", "l'été", "ryokan", "volcano", "2024"])
                         for _ in range(4))])
            fields = [("csrf_token", csrf), ("next", nxt),
                      ("username", self.pick(["admin", "marie.legall", "ops-lead", "it.helpdesk", "k.nakamura"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            if self.chance(0.3):
                h = self.browser_headers(login_url)
                h["Cookie"] = self.cookies()
                if not h["Cookie"]:
                    del h["Cookie"]
                return self.rec("admin", "query", "GET", login_url, h)
            return self.rec("admin", "form", "POST", "/admin/login", h, urllib.parse.urlencode(fields))
        if roll < 0.96:  # OAuth clients
            h = self.browser_headers(self.pick(["/admin/clients", "/admin/clients?done=client_enabled"]), True)
            h["Cookie"] = self.admin_session()
            client = self.pick(["bsp-reports", "ops-dashboard", "hr-sync-personio", "mmv-ops-app", "ci-nightly",
                                "grafana.ops", "pricing:nightly", "partner.lisboa-dmc", "osaka-office.sync"])
            which = self.rng.random()
            if which < 0.5:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick(["BSP HOT files → finance warehouse, runs 06:00 CET (owner: "
                                                     "finance-bsp)", "Ops dashboard (Grafana JSON datasource), "
                                                     "read-only", "HR sync — Personio → Jeeves users",
                                                     "Partner DMC Lisboa: read access for the group desk",
                                                     "大阪オフィスの同期スクリプト", "CI nightly smoke tests", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                return self.rec("admin", "form", "POST", "/admin/clients", h, urllib.parse.urlencode(fields))
            state = self.pick(["rotate", "disable", "enable"])
            return self.rec("admin", "form", "POST", f"/admin/clients/{urllib.parse.quote(client)}/{state}", h,
                               urllib.parse.urlencode([("csrf_token", csrf)]))
        h = self.browser_headers(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self.admin_session()
        if self.chance(0.5):
            fields = [("csrf_token", csrf), ("username", self.pick(["marie.legall", "ops-lead", "k.nakamura"])),
                      ("team_id", TEAM), ("user_id", self.person()["id"])]
            return self.rec("admin", "form", "POST", "/admin/slack-sign-in", h, urllib.parse.urlencode(fields))
        uri, fields = self.pick([("/admin/account/totp/start", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/confirm", [("csrf_token", csrf), ("pending", self.token(24)),
                                                                  ("totp", f"{self.rng.randint(0, 999999):06d}")]),
                                 ("/admin/logout", [("csrf_token", csrf)])])
        return self.rec("admin", "form", "POST", uri, h, urllib.parse.urlencode(fields))

    # ---- /me/ -----------------------------------------------------------------------------------------
    def me_referer(self) -> str | None:
        return self.pick([None, "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                          "/me/?" + urllib.parse.urlencode([("q", self.pick(DESTINATIONS))]),
                          "/me/?" + typed_query([("q", self.pick(SEARCHES[:12])), ("sort", "date")]),
                          "/me/?" + urllib.parse.urlencode([("q", self.admin_query()), ("filter", "alerts")]),
                          "/me/?" + urllib.parse.urlencode([("history", "weather"), ("q", self.pick(DESTINATIONS)),
                                                            ("sort", "newest")]),
                          "/me/?" + urllib.parse.urlencode([("tab", "alerts"), ("tz", self.pick(TIMEZONES))]),
                          "/me/?" + urllib.parse.urlencode([("q", self.fill(self.pick(SEARCHES), slack=False)),
                                                            ("page", str(self.rng.randint(1, 4)))]),
                          "https://mm-voyages.slack.com/", "/auth/slack/link/" + self.token()])

    def multipart(self, fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]] | None = None,
                  ) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"),
                              self.form_boundary("gecko"),
                              self.form_boundary("firefox")])
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        for name, filename, ctype, content in files or []:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            referer = self.me_referer()
            h = self.browser_headers(referer, site="cross-site" if referer and "slack.com" in referer else None)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?done=location_forgotten"])
            if uri == "/me/data.json":
                h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "empty", "cors"
                h["Accept"] = "application/json"
                h.pop("Upgrade-Insecure-Requests", None)
                h.pop("Sec-Fetch-User", None)
            return self.rec("me", "cookie", self.pick(["GET"] * 12 + ["HEAD"]), uri, h)
        if roll < 0.6:
            place = self.fill(self.pick(DESTINATIONS + [
                "Via Cristoforo Colombo 30, 84017 Positano SA", "1-1-1 Uchisaiwaichō, Chiyoda-ku, Tōkyō 100-0011",
                "Rua Garrett 120, 1200-205 Lisboa", "Unter den Linden 77, 10117 Berlin", "Kärntner Ring 16, 1010 Wien",
                "69002 Lyon", "Place Bellecour, Lyon 2e", "大阪市北区梅田3-1-1", "Osaka Umeda", "40.6331, 14.6029",
                "36°23'N 25°27'E", "35.0116° N, 135.7681° E", "Kyoto (京都市)", "Lisboa — Chiado", "⟪A⟫ airport",
                "Hotel ⟪H⟫", "St. John's, NL", "Coeur d'Alene, ID 83814"]), slack=False)
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser_headers(self.me_referer() or "/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.rec("me", "multipart", "POST", "/me/location", h, body)
            return self.rec("me", "form", "POST", "/me/location", h, urllib.parse.urlencode(fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.pick(["06:30", "07:00", "07:15", "08:00", "18:30", "21:00"])),
                      ("timezone", self.pick(TIMEZONES))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers(self.me_referer() or "/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.35):
                files = None
                if self.chance(0.35):
                    files = [self.pick([
                        ("itinerary", "trip-⟪R⟫.ics".replace("⟪R⟫", self.pnr()), "text/calendar",
                         "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MMV//Trips//FR\r\nBEGIN:VEVENT\r\nDTSTART;TZID="
                         "Asia/Tokyo:20241003T080000\r\nSUMMARY:AF 276 CDG-HND\r\nLOCATION:Tōkyō Haneda T3\r\n"
                         "END:VEVENT\r\nEND:VCALENDAR"),
                        ("itinerary", "", "application/octet-stream", ""),
                        ("notes", "allergies.txt", "text/plain", "Gluten-free (coeliac) + no shellfish.\r\nSeat: "
                                                                 "aisle, row 12–20 if possible 🙏"),
                        ("prefs", "préférences voyage.csv", "text/csv",
                         "key;value\r\nseat;aisle\r\nmeal;VGML\r\nloyalty;LH 992 001 234 567\r\n")])]
                body, h["Content-Type"] = self.multipart(fields, files)
                return self.rec("me", "multipart", "POST", "/me/settings", h, body)
            return self.rec("me", "form", "POST", "/me/settings", h, urllib.parse.urlencode(fields))
        h = self.browser_headers(self.me_referer() or "/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.rec("me", "form", "POST", uri, h, urllib.parse.urlencode(fields))

    # ---- Sign in with Slack and the one-time links ----------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/", "/me/?done=settings_saved"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.rec("auth", "header", "GET", uri, h)
        if roll < 0.4:
            nxt = self.users_url(self.admin_query())
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login",
                                                "/admin/login?" + urllib.parse.urlencode([("next", nxt)]),
                                                "/admin/login?next=%2Fadmin%2Faudit%3Fq%3Dlogin.failed"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin", "/auth/slack/login?for=admin"])
            return self.rec("auth", "query", "GET", uri, h)
        if roll < 0.68:
            state = self.token()
            h = self.browser_headers("https://slack.com/", site="cross-site")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08, short=True)
            return self.rec("auth", "query", "GET", "/auth/slack/callback?" + urllib.parse.urlencode(params), h)
        link = self.token()
        if roll < 0.78:
            h = self.link_expander()
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", h)
        if roll < 0.9:
            h = self.browser_headers(self.pick(["https://app.slack.com/", None]), site="cross-site")
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", h)
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", self.token()))
        return self.rec("auth", "form", "POST", f"/auth/slack/link/{link}", h,
                           urllib.parse.urlencode([("csrf_token", self.token())]))

    # ---- TokenDealer, health, metadata ------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["jeeves-worker", "bsp-reports", "ops-dashboard", "hr-sync-personio", "mmv-ops-app",
                            "ci-nightly", "partner.lisboa-dmc"])
        secret = self.token()
        h = {"User-Agent": self.pick(SCRIPT_UAS[:14] + ["Authlib/1.3.1 (+https://authlib.org/)",
                                                        "Spring-Security-OAuth2-Client/6.3"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        if self.chance(0.2):
            h["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        self.tracing(h)
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.62:
            fields = self.token_grant(client, secret, h, basic)
            return self.rec("oauth", "form", "POST", "/oauth/token", h, urllib.parse.urlencode(fields))
        token = self.jwt(client, "read")
        if roll < 0.78:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.rec("oauth", "form", "POST", "/oauth/introspect", h, body)
        if roll < 0.86:
            h["Authorization"] = basic
            return self.rec("oauth", "form", "POST", "/oauth/revoke", h, urllib.parse.urlencode([("token", token)]))
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.rec("oauth", "form", "POST", "/verify_token", h, urllib.parse.urlencode(fields))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.8.0",
                            "Better Stack Better Uptime Bot Mozilla/5.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]),
                               self.pick(["/healthz", "/readyz", "/healthz"]), h)
        if roll < 0.75:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "lua-resty-http/0.17.2",
                                          "jwks-rsa/3.1.0 (node)", "PyJWT/2.8.0", "nimbus-jose-jwt/9.40"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.rec("health", "header", self.pick(["GET"] * 8 + ["HEAD"]), "/.well-known/jwks.json", h)
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.8.0", "Authlib/1.3.1",
                                      "oauth4webapi/2.11.1"]), "Accept": "application/json"}
        return self.rec("health", "header", "GET", "/.well-known/oauth-authorization-server", h)


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 215), ("slack_dm_chat", 40), ("slack_edit", 22), ("slack_delete", 8), ("slack_file", 22),
    ("slack_unfurl", 24), ("slack_reaction", 30), ("slack_member", 6), ("slack_home", 24), ("slack_bot_post", 14),
    ("bot_mention", 110), ("bot_dm", 90), ("slash_command", 205), ("interaction", 110),
    ("api", 200), ("admin", 300), ("me", 105), ("auth", 60), ("oauth", 70), ("health", 45),
]


def attacks() -> Iterator[dict[str, Any]]:
    """None: this set is benign only."""
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The agency's day, kinds interleaved in a seeded order (the Slack URL verification first)."""
    agency = Agency()
    todo = [name for name, count in PLAN for _ in range(count)]
    agency.rng.shuffle(todo)
    yield agency.slack_verification()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(agency, name)
        yield make()


if __name__ == "__main__":
    for record in benign():
        print(json.dumps(record, ensure_ascii=False))
