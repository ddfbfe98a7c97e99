"""Benign evaluation set (sixtyfirst): a bakery and café chain's ordinary traffic through the edge, benign only.

The company is Larder & Loaf, a commercial bakery with a central production bakery in Bristol and cafés in
Clifton, Bath, Edinburgh (Stockbridge), Lyon (Croix-Rousse), Kraków (Kazimierz), Montréal (Mile End, a
franchise on its own Slack workspace) and Osaka. Its bakers, pastry chefs, baristas, shift leads, drivers and
back office use Jeeves mostly to check the weather before the 4 a.m. bake (humidity and proofing), van runs,
farmers' markets and terrace openings, and they talk to it the way they talk to each other: recipes with
fractions (1/2 cup, ¾ tsp, 250 g), baker's percentages and hydration, oven temperatures in °C, °F and gas marks,
allergen lists in several languages, supplier order and delivery-note numbers, shift swaps, HACCP log readings
(chillers, freezers, hot-hold, probe cores), menu prices in pounds, euros, złoty, Canadian dollars and yen,
staff names in many languages and scripts, typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
SlackDay.shared_file, SlackDay.bot_message, SlackApp.weather_blocks and file_urls from the shared modules.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyfirst"
SEED = 61_2024_1004
EPOCH = 1728014400  # 2024-10-04 04:00 UTC, a Friday: the weekend bake, a market on Saturday
TEAM, TEAM_DOMAIN = "T03LARDERLF", "larder-and-loaf"
PARTNER_TEAM, PARTNER_DOMAIN = "T06MTLFOURN", "larderloaf-mtl"  # the Montréal franchise's workspace
APP_ID, BOT_USER, BOT_ID = "A05LLJEEVS1", "U05JEEVESLL", "B05JEEVESLL"
HOST = "jeeves.larderandloaf.co.uk"
BASE = f"https://{HOST}"

FIRST = ["Agnieszka", "Siobhan", "Kenji", "Margaux", "Oluwaseun", "Ruairidh", "Thuy", "Benoît", "Priya", "Wojciech",
         "Hana", "Mohammed", "Zofia", "Étienne", "Callum", "Aroha", "Yusuf", "Chiara", "Dagny", "Emeka", "Léa",
         "Paweł", "Sakura", "Tomás", "Aisha", "Gwen", "Matías", "Ngozi", "Ji-woo", "Rhys", "Marie-Ève",
         "Kazimierz", "Fatou", "Lorcan", "Anaïs", "Rahul", "Małgosia", "Hamza", "Isla", "Nguyễn"]
LAST = ["Kowalczyk", "MacLeod", "Tanaka", "Lefèvre", "Adeyemi", "O'Brien", "Trần", "Gagnon", "Raghunathan",
        "Wiśniewski", "Yamamoto", "El-Amin", "Nowak", "Bouchard-Côté", "Fraser", "Ngata", "Demir", "Rossi",
        "Haugen", "Okafor", "Dubois", "Zieliński", "Watanabe", "Ó Súilleabháin", "Mensah", "Pryce", "Fernández",
        "Eze", "Park", "ap Gwilym", "St-Pierre", "Lewandowska", "Diallo", "McAllister", "Duval-Roux", "Iyer",
        "Grzybowska", "Haddad", "Ross-Whyte", "Van Der Berg"]
SITES = [("Bristol CPU", "Unit 4, Feeder Rd, Bristol BS2 0SB"), ("Clifton", "22 Princess Victoria St, Bristol BS8 4BX"),
         ("Bath", "9 Walcot St, Bath BA1 5BN"), ("Stockbridge", "41 Raeburn Pl, Edinburgh EH4 1HU"),
         ("Croix-Rousse", "12 Grande Rue de la Croix-Rousse, 69004 Lyon"),
         ("Kazimierz", "ul. Józefa 14, 31-056 Kraków"), ("Mile End", "5480 boul. Saint-Laurent, Montréal QC H2T 1S1"),
         ("Nakazaki", "大阪市北区中崎西1-8-23 1F")]
PLACES = ["Bristol", "Clifton", "Bath", "Edinburgh", "Stockbridge", "Leith", "Lyon", "Croix-Rousse", "Villeurbanne",
          "Kraków", "Kazimierz", "Podgórze", "Montréal", "Mile End", "Plateau-Mont-Royal", "Osaka", "Nakazakichō",
          "Umeda", "Frome", "Wells", "Bradford-on-Avon", "Weston-super-Mare", "Portishead", "St Andrews",
          "North Berwick", "Saint-Étienne", "Wieliczka", "Laval", "Kyōto", "大阪", "Łódź", "Chipping Sodbury",
          "Stroud", "Keynsham", "BS2 0SB", "BS8 4BX", "BA1 5BN", "EH4 1HU", "69004", "31-056", "H2T 1S1",
          "Bristol Harbourside market", "Frome Independent", "Marché de la Croix-Rousse", "Stary Kleparz",
          "Marché Jean-Talon", "51.4536, -2.5812", "45.774,4.832", "50.0517° N, 19.9449° E"]
MARKETS = ["Frome Independent (1st Sunday)", "Harbourside Sat market", "Stockbridge Sunday market",
           "Marché de la Croix-Rousse (Tue–Sun)", "Stary Kleparz, stoisko 14", "Marché Jean-Talon",
           "Bath Farmers' Market, Green Park Station", "Leith Market, Dock Place", "Tobacco Factory Sunday market"]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/Paris", "Europe/Warsaw", "America/Toronto",
             "America/Montreal", "Asia/Tokyo", "Europe/Dublin", "UTC", "Europe/Lisbon", "Africa/Lagos"]
PRODUCTS = ["sourdough boule", "country loaf (pain de campagne)", "pain au chocolat", "kouign-amann", "croissants",
            "almond croissants", "cardamom buns", "cinnamon knots", "pączki (rose jam)", "obwarzanki", "sernik",
            "melon pan", "shokupan", "canelés", "Bakewell tarts", "Eccles cakes", "millionaire's shortbread",
            "Montréal bagels (sesame)", "focaccia, rosemary & sea salt", "70% rye (Roggenmischbrot)", "babka",
            "tarte au citron", "brioche feuilletée", "hot cross buns", "sausage rolls", "spinach & feta swirls",
            "GF brownies", "vegan banana bread", "chausson aux pommes", "fougasse aux olives", "an-pan", "cruffins"]
QUANTITIES = ["250 g", "1/2 cup", "½ cup (113 g)", "¾ tsp", "1 1/2 tsp", "2 ¼ cups", "1/3 cup", "3 large eggs",
              "1 kg", "12.5 kg", "500 ml", "2 Tbsp", "7 g sachet", "¼ cup + 2 tbsp", "1.8 kg", "30 g (2 tbsp)",
              "2/3 cup", "400 g (3 ¼ cups)", "1 stick (4 oz)", "80 ml", "3 × 25 kg sacks", "½ tray", "6 dozen",
              "1,5 kg", "180 g (6.3 oz)"]
PERCENTAGES = ["flour 100 / water 72 / levain 20 / salt 2", "hydration 78%", "salt 1.8%, yeast 0.4%",
               "butter 24% of flour weight", "levain at 15% (was 20%)", "rye 70 : wheat 30, 85% water",
               "sugar 12%, butter 50% (brioche)", "water 65% + 5% bassinage", "100% whole wheat, 82% hydration",
               "fresh yeast 1.2% (≈0.4% instant)", "poolish 30% of total flour", "malt 0.5%, salt 2%"]
TEMPS = ["230 °C / 450 °F", "deck 250°C top, 230°C bottom, 12 s steam", "fan 160 °C (180 °C conventional), gas mark 4",
         "convection 325°F", "200℃", "180-190 °C", "gas 6 (200 °C)", "375 °F for 22–25 min", "210°C → 190°C after 10'",
         "core 96 °C on the probe", "proofer 27 °C / 80% RH", "retarder 4 °C overnight", "oil at 175 °C for pączki",
         "laminating room 16 °C", "dough temp 24–25 °C (DDT 25°C)", "blind bake 170 °C fan, 15 min"]
ALLERGENS = [
    "Contains: WHEAT (gluten), MILK, EGG, SESAME. May contain: tree nuts (almond, hazelnut), soya.",
    "Allergènes : gluten (blé), lait, œufs, fruits à coque (amandes). Traces possibles : sésame.",
    "Alergeny: gluten, mleko, jaja, orzechy laskowe. Może zawierać: sezam, soja.",
    "アレルゲン: 小麦・卵・乳成分・大豆 (同じ工場でごま・くるみを使用)",
    "Allergènes : blé, lait, œufs, graines de sésame — peut contenir des arachides",
    "14 allergens matrix: cereals containing gluten ✔ milk ✔ eggs ✔ nuts ✗ peanuts ✗ sesame ✔ sulphites ✗",
    "vegan ≠ allergen-free: same bench as the almond croissants",
    "GF brownie: no gluten ingredients, but made in a kitchen that handles wheat (not coeliac-safe)",
    "contains mustard (in the sausage roll glaze), celery (stock) & sulphites (dried apricots)",
    "Natasha's law label: \"Ingredients: WHEAT flour, water, BUTTER (MILK), sugar, EGG, salt, yeast\"",
]
ORDERS = ["PO-2024-10-0417", "Shipton Mill order #SM-448192", "Bako Western inv. 7730-19822", "Metro BL n° 4471928",
          "Makro FV/2024/10/03318", "Sysco SO#88321076", "Brakes ref BRK/0917732", "delivery note DN-449102",
          "Wessex Mill 24/1183", "PO #LL-CPU-2291", "Grands Moulins de Paris cde 0045-8812", "GFS 5512-0093",
          "Bidfood order 30-118-447", "Młyn Szczepanki zam. 118/10/2024", "Olympia Dairy #A-7731",
          "発注番号 2024-1004-07"]
SHIFTS = ["Sat 04:00–12:00 (ovens)", "Sun 6am–2pm front of house", "Tue 22:00–06:00 night lamination",
          "Wed 7–3 barista", "Fri 05.30-13.30 bake", "Mon early (03:30) + Tue late", "this Sat's market stall 7–2",
          "samedi 5h-13h au fournil", "sobota 6:00–14:00 (kasa)", "dim. 7h–15h comptoir", "土曜 6:00〜14:00 (製造)",
          "Thurs 2pm–10pm (prep for the weekend)", "the 24th, 04:00-10:00 (van run)"]
HACCP = ["walk-in chiller 3.4 °C ✅", "freezer #2 −18.6 °C", "hot-hold 68 °C at 12:05", "quiche core 78°C (probe #3)",
         "blast chiller: 90 min to 4.8 °C", "dishwasher final rinse 82 °C", "display fridge 7.9 °C ❌ moved stock",
         "milk delivery arrived at 4.1 °C, accepted", "chicken pie core 82 °C @ 11:42", "reheat 75 °C+ for 30 s ✔",
         "fridge 2: 2.8°C AM / 4.6°C PM", "freezer -21°C", "cream delivery 6.2 °C — rejected, driver signed",
         "probe calibrated: ice water 0.1 °C, boiling 99.8 °C", "sandwich chiller 5 °C (limit 8 °C)",
         "Kühlhaus 3 °C", "chambre froide 2,9 °C", "lodówka 4,5°C", "冷蔵庫 3.1℃"]
PRICES = ["£3.40", "£4.20 (eat in £4.40)", "£12.50/loaf wholesale", "€2,90", "1,80 €", "zł 14,50", "18 zł", "C$4.75",
          "4,25 $", "¥480", "¥1,200 (税込)", "£2.95 → £3.10 from Monday", "€ 34,00 HT", "£0.48/unit", "£1,240.00 + VAT",
          "C$ 38.50 la douzaine", "12,00 zł/szt.", "¥380 (テイクアウト)", "£2.60 flat white / £2.80 oat",
          "€1.350 HT/mois"]
PHONES = ["+44 117 496 0734", "0117 496 0123", "07700 900512", "+33 4 72 00 31 45", "+48 12 345 67 89",
          "+1 (514) 555-0163", "06-6375-0188", "+81 6 6375 0188", "+44 131 496 0044", "0800 088 4411 (Brakes)"]
EMOJI = [":bread:", ":croissant:", ":baguette_bread:", ":coffee:", ":thermometer:", ":fire:", ":snowflake:",
         ":pray:", ":sweat_smile:", ":white_check_mark:", ":rain_cloud:", ":sunny:", ":truck:", ":cake:",
         "🥐", "🥖", "🍞", "☕", "🧁", "🌡️", "🔥", "❄️", "🙏", "😅", "✅", "🥯", "🇵🇱", "🇫🇷", "🇯🇵", "🍁", "🌧️", "🚐"]
LINKS = [
    "https://www.google.com/maps/place/Unit+4,+Feeder+Rd,+Bristol+BS2+0SB/@51.4496,-2.5744,17z",
    "https://maps.app.goo.gl/7qZ2vFhB3XkRcY8t9",
    "https://larderandloaf.sharepoint.com/sites/Production/Shared%20Documents/Recipes/Croissant%20v7.pdf?web=1",
    "https://larderandloaf.sharepoint.com/:x:/s/Production/EZb1kq3nW0lHm8Q?e=Ab12Cd",
    "https://docs.google.com/spreadsheets/d/1pX7QbW2rT9mZk4cL8vN0aYdE3fGhJ5sU6/edit#gid=1847263901",
    "https://www.shipton-mill.com/products/organic-white-bread-flour-no-4-25kg",
    "https://www.food.gov.uk/business-guidance/allergen-guidance-for-food-businesses",
    "https://www.food.gov.uk/business-guidance/safer-food-better-business",
    "https://www.metoffice.gov.uk/weather/forecast/gcnhtnumz#?date=2024-10-05",
    "https://meteofrance.com/previsions-meteo-france/lyon/69000",
    "https://www.deputy.com/",
    "https://larderandloaf.deputy.com/#roster/week/2024-09-30?location=3",
    "https://squareup.com/dashboard/sales/reports/item-sales?begin_time=2024-10-03&end_time=2024-10-03",
    "https://www.instagram.com/p/C_x7Lq2Nf3a/?img_index=1",
    "https://www.frome-independent.org.uk/visit/market-days/",
    "https://www.jma.go.jp/bosai/forecast/#area_type=offices&area_code=270000",
    "https://meteo.imgw.pl/dyn/?osmet=true",
    "https://meteo.gc.ca/city/pages/qc-147_metric_f.html",
    "https://www.bbc.co.uk/weather/2654675",
    "https://us02web.zoom.us/j/85512093388?pwd=Q2hlZnNNZWV0aW5nMjAyNA",
    "https://forms.office.com/e/Hq7XvZ2pLk",
    "https://trello.com/c/aB3dE5fG/412-new-rye-blend-trial-wessex-mill",
]
LINK_LABELS = ("", "", "", "|link", "|recipe", "|rota", "|here", "|map")

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE% tomorrow morning", "weather %SITE%", "weather", "weather?",
    "weather for the market at %PLACE%", "weather %PLACE% saturday", "wether %PLACE%", "weather %PLACE% %EMOJI%",
    "weather %PLACE% — van leaves 05:30", "is it going to rain in %PLACE% for the terrace?", "Weather %PLACE%",
    "weather in %PLACE% pls", "weather %PLACE%, need to know before we put the A-board out",
    "weather humidity %PLACE%", "weather %PLACE% (proofing is all over the place today)", "weather tmrw %PLACE%",
    "remember location %SITE%", "remember location %PLACE%", "remember location Larder & Loaf, %SITE%",
    "remember location %MARKET%", "my location", "forget location", "help", "help!", "config", "config units metric",
    "config units imperial", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config alert_time 4:45", "alerts on", "alerts off", "alerts", "login", "forget me",
    "what can you do?", "thanks Jeeves 🙏", "merci !", "dzięki", "ありがとう", "hi", "morning 👋",
    "weather %PLACE% — oven crew in at 3", "remember location the bakery", "config timezone Montreal",
]
CHAT = [
    "Morning all ☕ ovens are on at %SITE%. First bake: %PRODUCT%, %TEMP%",
    "Can anyone swap my %SHIFT% for %SHIFT%? %WHO% said maybe",
    "%WHO% could you cover %SHIFT%? I've got the dentist 😬",
    "shift swap approved: %NAME% ↔ %NAME%, %SHIFT% — updated in Deputy",
    "HACCP AM check %SITE%: %HACCP%, %HACCP%, %HACCP%",
    "HACCP: %HACCP% — logged on the sheet + photo in #haccp",
    "Temp log: %HACCP%. Engineer booked for tomorrow (ref %ORDER%)",
    "Order placed: %ORDER%, %QTY% of T55 + %QTY% of rye, arrives Tue before 7",
    "Supplier shorted us on %ORDER% — only 2 of 3 × 25 kg flour. Credit note requested",
    "%ORDER% delivered, butter 82% fat, 10 × 10 kg blocks, %HACCP%",
    "New price for %PRODUCT% from Monday: %PRICE%. Menu boards + Square updated?",
    "Price check across sites: croissant %PRICE% / %PRICE% / %PRICE% / %PRICE%",
    "Allergen update for %PRODUCT%: %ALLERGEN%",
    "customer asked if the %PRODUCT% are nut-free — %ALLERGEN%",
    "Recipe tweak for %PRODUCT%: %PERCENT%. Bake at %TEMP%",
    "trial batch: %PERCENT%, %QTY% of the new flour, bulk 4h at 24°C, then %TEMP%",
    "dough was slack this morning, humidity 88% 🌧️ — dropped water to 70%",
    "%PRODUCT% sold out by 10:40 at %SITE% again, can CPU send another 3 trays?",
    "Van running 20 min late, M32 is closed 🚐",
    "who left the proofer at 35 °C overnight?? the %PRODUCT% are over-proofed 😩",
    "Wastage yesterday: 14 %PRODUCT%, 6 %PRODUCT%, 2 %PRODUCT% — donated to Olio at 17:30",
    "%WHO% the %PRODUCT% for the wedding order: 120 pcs, collection Sat 9:00, paid (%PRICE%)",
    "catering order for Monday: 40 × %PRODUCT%, 20 × %PRODUCT%, 3 L oat milk; invoice to %NAME%",
    "Bonjour l'équipe ! Fournée de %PRODUCT% à %TEMP%, on ouvre à 7h 🥐",
    "Prix du %PRODUCT% : %PRICE% à partir de lundi",
    "Dzień dobry! Dziś pieczemy %PRODUCT%, %TEMP%. Dostawa: %ORDER%",
    "Kto może wziąć zmianę %SHIFT%? 🙏",
    "おはようございます！今日の%PRODUCT%は%TEMP%で焼きます。",
    "Salut, qui peut me remplacer %SHIFT% ? %WHO%",
    "Buenos días, el pedido %ORDER% llegó incompleto",
    "Bore da! Bara brith is back on at %SITE% 🍞",
    "Madainn mhath! Stockbridge terrace open if the rain holds off",
    "%NAME% starts Monday on the bake team — please say hi 👋",
    "Reminder: deep clean of the deck oven Sunday after close. Wear the heat gloves!",
    "Fire drill at %SITE% 10:30, assembly point by the bike racks",
    "The sheeter is making that noise again. Rondo engineer: %PHONE%",
    "recipe for the staff: %QTY% butter, %QTY% sugar, %QTY% flour, %QTY% milk — 180°C for 25 min",
    "Levain feed: 1:5:5 at 21:00, ready by 04:00 if the room stays at 22 °C",
    "Milk order for the café: 36 × 2 L whole, 12 × 1 L oat (barista), 6 × 1 L soya",
    "till Z-report %SITE%: £2,847.30 (card £2,611.10 / cash £236.20), 612 transactions",
    "Kraków: obroty 6 420,50 zł, 388 paragonów 📈",
    "Can we do 1/2 price %PRODUCT% after 4pm instead of binning them?",
    "EHO visit went fine ✅ 5 stars again, she liked the temp logs",
    "the label printer prints £ as # again 🙄",
    "Tip jar split for Sept: £412.60 ÷ 9 people = £45.84 each",
    "Customer review: \"best kouign-amann outside Brittany\" ⭐⭐⭐⭐⭐",
    "we're out of 12oz cups at %SITE%, using 8oz + 16oz till the delivery",
    "bulk ferment 3h30 at 25 °C, 4 sets of coil folds, shaped at 08:15",
    "Quick q: is the 2 ½ cups in the US recipe sifted or spooned? getting 290 g vs 320 g",
    "conversion: 1 cup flour ≈ 120–125 g, 1 cup sugar ≈ 200 g, 1 stick butter = 113 g",
    "Food cost on %PRODUCT% is 31% at %PRICE% — target < 28%",
    "sheet formula for the yield: =ROUND(B4*(1-C4),0) where C4 is the 12% bake loss",
    "Deputy says I'm down for %SHIFT% but I swapped with %WHO% last week?",
    "ok", "👍", "on it", "thx!", "sorry wrong channel", "lol", "🙏🙏", "see you at 4",
    "%WHO% %WHO% can you check the temp log for %SITE% please",
    "Did anyone order the greaseproof? 500 sheets, 45 × 35 cm",
    "holiday request: 21–25 Oct (half term) — approved by %NAME%?",
    "Market stall at %MARKET% tomorrow: gazebo, weights, float £150, card reader charged",
    "Drizzle forecast for %MARKET% — bring the side walls for the gazebo",
]
LONG_MESSAGES = [
    "*Croissant dough — batch of 40*\n• %QTY% T45 flour\n• 30 g salt, 120 g sugar\n• 40 g fresh yeast\n"
    "• 550 ml milk (cold)\n• 1 kg beurre de tourage (82%)\n\nMix 4 min slow + 4 fast, DDT 24 °C, retard overnight at "
    "4 °C. 1 double + 1 single fold, sheet to 4 mm. Proof 2 h at 26 °C/75% RH, egg wash, %TEMP%.",
    "HACCP log %SITE% — Fri\n```\ntime   unit            reading   ok\n05:10  walk-in         3.2 °C    ✔\n"
    "05:12  freezer 1       -19.4 °C  ✔\n05:15  display chiller  4.9 °C    ✔\n11:30  hot-hold        66 °C     ✔\n"
    "14:00  display chiller  8.3 °C    ✘ (door left open, moved stock)\n```\nsigned: %NAME%",
    "Shift swap request 🙏\nI'm on %SHIFT% but my daughter's school play moved. Can anyone take it? I can do "
    "%SHIFT% or %SHIFT% in return.\n\n(cc %WHO% for sign-off)",
    "-------- Forwarded message --------\nFrom: Orders <orders@shipton-mill.example>\nDate: Thu, 3 Oct 2024 16:02\n"
    "Subject: Re: %ORDER%\n\nHi, the organic No. 4 is on allocation this week: we can send 6 of the 10 sacks "
    "Monday and the rest Thursday. Kind regards, Janet",
    "Allergen matrix v12 changes:\n1) %PRODUCT%: %ALLERGEN%\n2) %PRODUCT%: now made with oat milk → MILK removed, "
    "OATS (gluten) added\n3) new supplier for the pesto → contains PINE NUTS & MILK (Parmigiano)\n\nPlease reprint "
    "the PPDS labels before 7 am 🙏",
    "Prices from 14 Oct (all sites, local currency)\n```\nitem              UK      FR      PL       CA      JP\n"
    "croissant         £3.10   €1,60   9 zł     C$3.75  ¥320\nflat white        £3.40   €3,20   16 zł    C$4.75  ¥520\n"
    "sourdough 800g    £5.80   €6,50   22 zł    C$9.50  ¥980\n```\nQuestions to %NAME%.",
    "Pączki for Tłusty Czwartek (planning early!)\n- %QTY% flour, 12 yolks, 100 g butter, 60 ml spirytus\n"
    "- fry in %TEMP%, 90 s per side\n- fillings: rose jam (różana), advocaat, custard\n- target 1 200 szt. at "
    "%PRICE%",
    "Weekend plan %SITE%:\nSat — 04:00 ovens on (%NAME%), 05:30 van to %MARKET%, 07:00 café open\nSun — 06:00 "
    "bake (%NAME%), deep clean after close\n\nForecast matters for the market & terrace → I'll ask @Jeeves 🌦️",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 04:30 (Europe/London).",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: light rain, 12°C, wind 19 km/h; today 9°C to 14°C, 80% chance of precipitation",
    "%PLACE%: overcast, 54°F, wind 11 mph; today 48°F to 59°F, 40% chance of precipitation",
    "%PLACE%: clear sky, 17°C, wind 6 km/h; today 11°C to 21°C, 0% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 04:30\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry, I did not understand that. Here is what I can do:\n• `alerts on|off`: daily weather alert for your "
    "location at your alert_time\n• `help`: this list\n• `weather [place]`: the weather for a place",
]
WEATHER_REPLIES = [
    "%PLACE%: light rain, 12°C, wind 19 km/h; today 9°C to 14°C, 80% chance of precipitation",
    "%PLACE%: partly cloudy, 15°C, wind 9 km/h; today 10°C to 18°C, 20% chance of precipitation",
    "%PLACE%: drizzle, 50°F, wind 14 mph; today 46°F to 55°F, 70% chance of precipitation",
]
FILES = ["HACCP_log_2024-10-04_Clifton.jpg", "Temp sheet wk40 (CPU).pdf", "IMG_4471.HEIC", "Croissant v7 – 40 pcs.pdf",
         "Allergen matrix v12 FINAL (2).xlsx", "rota_wk41_draft.xlsx", "Recette pain de campagne (T80).docx",
         "Przepis_pączki_2024.pdf", "焼成温度表_大阪.pdf", "delivery note DN-449102.png", "Z-report 03.10.pdf",
         "menu_prices_14Oct_all-sites.xlsx", "PPDS labels – sausage roll & swirls.pdf", "oven service report.pdf",
         "IMG_20241004_051233.jpg", "market stall layout (Frome).png"]
FILE_TEXTS = ["", "", "HACCP sheet for today", "%HACCP% — photo attached", "new recipe, please check the "
              "percentages: %PERCENT%", "labels for %PRODUCT%", "delivery note for %ORDER%", "rota draft, shout if "
              "wrong", "%SITE%", "fiche recette 🥖", "zdjęcie z rana"]
UNFURLS = [("www.bbc.co.uk", "BBC Weather", "Bristol - BBC Weather", "14-day forecast for Bristol. Light rain and "
            "a moderate breeze, 13°C."),
           ("www.metoffice.gov.uk", "Met Office", "Bath (Bath and North East Somerset) weather - Met Office",
            "Saturday: drizzle early, brighter later. Max 15°C, min 9°C."),
           ("www.shipton-mill.com", "Shipton Mill", "Organic White Bread Flour No. 4 – 25kg",
            "A strong flour milled from English & North American wheat. 11.5% protein."),
           ("www.food.gov.uk", "Food Standards Agency", "Allergen guidance for food businesses",
            "The 14 allergens, PPDS labelling (Natasha's Law) and how to handle allergen information."),
           ("trello.com", "Trello", "New rye blend trial (Wessex Mill)", "Board: Production R&D · List: Testing"),
           ("meteofrance.com", "Météo-France", "Météo Lyon (69000) - Prévisions", "Samedi : averses, 16 °C."),
           ("www.instagram.com", "Instagram", "larderandloaf on Instagram", "Friday lamination day 🥐 #croissant")]
SEARCH_Q = ["Kowalczyk", "agnieszka", "@larderandloaf.co.uk", "U05JX8K2QP", TEAM, PARTNER_TEAM, "O'Brien",
            "o'brien", "Ó Súilleabháin", "wiśniewski", "bouchard-côté", "Marie-Ève", "tanaka", "山本",
            "el-amin", "ap gwilym", "st-pierre", "baker", "barista", "bristol", "kraków", "nguyễn", "Trần Thuy",
            "ruairidh.macleod", "lyon", "van der berg"]
AUDIT_Q = ["login", "login.slack", "user.active", "user.admin", "feature.set", "feature.remove_override",
           "client.create", "client.rotate", "client.disable", "admin.map_slack", "account.totp_enable", "failed",
           "haccp-probes", "weather", "ops.lead", "T06MTLFOURN", "2024-10-03", "user.forget_me"]
ADMINS = ["ops.lead", "agnieszka.k", "it-bristol", "ruairidh.macleod", "breakglass"]
CLIENT_DESCRIPTIONS = [
    ("haccp-probes", "Bluetooth probe hub (CPU + cafés) → temperature alerts; reads users' alert settings"),
    ("deputy-rota", "Deputy roster sync: shift leads ↔ Jeeves users, every 30 min (read)"),
    ("square-pos", "Square POS daily sales → usage report per café; 05:00 UK"),
    ("powerbi-sales", "Power BI: sales vs. weather per site (Bristol, Bath, EDI, LYS, KRK, MTL, OSA)"),
    ("supplier-edi", "EDI bridge for Brakes/Bidfood/Shipton Mill orders — read-only"),
    ("ci-github", "GitHub Actions smoke test after deploy"),
    ("zapier:catering", "Zapier: catering order form → Slack #orders w/ weather for collection day"),
    ("mtl.franchise", "Franchise Montréal — synchro des utilisateurs (lecture seule)"),
    ("osaka.pos", "大阪店 POS連携 (読み取り専用)"),
    ("data-warehouse", "Nightly export to BigQuery (dataset: ll_ops); owner: Thuy Trần"),
]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/users?done=user_updated",
               "/admin/features?done=switch_updated", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=mapped",
               "/admin/account?done=totp_enabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/audit?q=login",
              "/admin/users?q=kowalczyk"]
PHRASE_WORDS = ["levain", "crumb", "lamination", "proofer", "rye", "brioche", "oven", "flour", "harbour", "sesame"]
PATCH_NAMES = ["Agnieszka Kowalczyk (Head Baker)", "Ruairidh MacLeod – Stockbridge", "Thuy Trần",
               "Marie-Ève Bouchard-Côté", "Kenji Tanaka 田中健二", "Oluwaseun Adeyemi", "Siobhán O'Brien",
               "Wojciech Wiśniewski | CPU nights", "Rhys ap Gwilym", "Margaux Lefèvre (pâtisserie)",
               "Hana Yamamoto 山本はな", "Paweł Zieliński"]
UNTIL = ["2024-10-04T04:00:00Z", "2024-10-04", "2024-10-04T05:00:00+01:00", "2024-10-03T23:59:59Z"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36 Edg/129.0.2792.65",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.20",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-FR,fr;q=0.9,en-GB;q=0.8,en;q=0.7", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8",
         "en-US,en;q=0.9", "cy-GB,cy;q=0.9,en-GB;q=0.8", "vi-VN,vi;q=0.9,en;q=0.8", "yo-NG,yo;q=0.9,en;q=0.8",
         "ar,en-GB;q=0.9,en;q=0.8", "gd-GB,gd;q=0.9,en;q=0.8", "en-CA,en;q=0.9,fr-CA;q=0.8", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/2.0", "axios/1.7.7",
              "node-fetch/3.3.2", "okhttp/4.12.0", "Zapier", "PostmanRuntime/7.42.0", "Dart/3.5 (dart:io)",
              "Apache-HttpClient/4.5.14 (Java/17.0.12)", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/"
              "?LinkID=304225)", "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8",
              "aiohttp/3.10.8", "GitHub-Actions-Runner/2.320.0"]
API_CLIENTS = ["haccp-probes", "deputy-rota", "square-pos", "powerbi-sales", "supplier-edi", "ci-github",
               "zapier:catering", "data-warehouse", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.10.1",
              "ELB-HealthChecker/2.0"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "okhttp/4.12.0", "openapi-generator/7.8.0", "PostmanRuntime/7.42.0", "Dart/3.5 (dart:io)"]


class Bakery(EvaluatorDay):
    """Larder & Loaf: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Lb4nQ9zWr2XcV7tPm1KsYe6H"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (3, 4, 4, 4, 5, 5, 6, 7, 12, 16), ("00", "15", "30", "45", "10")
    iat_window = (0, 39000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 39000), 44, 0.25, 32
    context_json = True
    blocks_rate, thread_rate = 0.78, 0.24
    mention_leads = ("", "", "hey ", "cc ", "morning ")
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.2, 0.05, 0.45  # bakers are on their phones
    xff_rate, xff = 0.04, ("10.61.2.14", "192.168.10.23", "10.61.8.5, 172.20.0.9")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_scopes = ("read", "read write", "read", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "3", 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.05
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.2
    command_partner_rate = 0.12
    button_places = PLACES + [s[1] for s in SITES]
    weather_replies = WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.68, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.12
    me_places = PLACES + [s[1] for s in SITES] + [f"Larder & Loaf {s[0]}" for s in SITES] + MARKETS
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", ".", " "), (TEAM, PARTNER_TEAM, "")
    admin_rolls, account_rolls = (0.2, 0.3, 0.5, 0.6, 0.68, 0.76, 0.86, 0.92), (0.3, 0.6, 0.8, 0.95)
    search_pages, audit_page, search_referer_q = (1, 4), (2, 5), True
    # the data API
    api_rolls, patch_rolls = (0.28, 0.45, 0.68, 0.85, 0.93), (0.2, 0.38, 0.68, 0.8, 0.92)
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 3), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = LINK_LABELS
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.28, 0.07, 0.66, 0.45
    edit_suffixes = (" (edit: wrong site)", " *", " — sorry, 250 g not 25 g", "", " 🙏")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.55, 0.12
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_created, file_sizes = FILES, FILE_TEXTS, (0, 30000), (40_000, 6_000_000)
    file_rich_preview = False
    file_types = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
    unfurl_leads = ("weather looks grim for tomorrow", "see", "this one", "FYI", "for the market")
    unfurl_spaced, unfurl_same_ts, unfurl_event_ts_first = True, True, True
    bot_replies, bot_updated_days, bot_subtype_rate, bot_places = BOT_REPLIES, 63, 0.2, PLACES
    bot_weather_mark = "chance of precipitation"
    trace_rate, request_id_header = 0.2, "X-Request-Id"  # its scripts' tracing
    fill_pools = {"%PLACE%": PLACES, "%MARKET%": MARKETS, "%PRODUCT%": PRODUCTS, "%QTY%": QUANTITIES,
                  "%PERCENT%": PERCENTAGES, "%TEMP%": TEMPS, "%ALLERGEN%": ALLERGENS, "%ORDER%": ORDERS,
                  "%SHIFT%": SHIFTS, "%HACCP%": HACCP, "%PRICE%": PRICES, "%PHONE%": PHONES, "%EMOJI%": EMOJI,
                  "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = self.plain(first) or "staff"
            plain_last = self.plain(last) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@larderandloaf.co.uk",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "bake-cpu", "cafe-clifton", "cafe-bath", "stockbridge", "lyon-fournil", "krakow-piekarnia",
            "mtl-mile-end", "osaka-nakazaki", "haccp", "orders", "rota-swaps", "allergens", "vans", "markets",
            "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    @staticmethod
    def plain(name: str) -> str:
        """A name as its e-mail address and handle write it: ASCII letters only."""
        folded = name.replace("ł", "l").replace("Ł", "L").replace("ễ", "e").replace("ầ", "a")
        ascii_only = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
        return "".join(c for c in ascii_only.lower() if c.isalnum())

    # ---- texts, the App Home view, its browsers ----------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%SITE%": lambda: self.pick(SITES)[1], "%HHMM%": self.hhmm,
                "%NAME%": lambda: self.pick(self.people)["name"]}

    def home_view(self, team: str) -> dict[str, Any]:
        person = self.pick(self.people)
        site = self.pick(SITES)[1]
        text = (f"*Location:* {site}\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n"
                f"*Daily alert:* {self.pick(['on', 'off'])} at {self.hhmm()} ({person['tz']})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "app_id": APP_ID, "bot_id": BOT_ID,
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": text}},
                           {"type": "divider", "block_id": self.block_id()},
                           {"type": "section", "block_id": self.block_id(), "text": {
                               "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on "
                                                         f"<{BASE}/me/|your page> (send me `login` for a sign-in "
                                                         "link)."}}]}

    def sec_ch_ua(self, ua: str) -> str | None:
        """Chrome and Edge 129's client hints (the shared default names 126)."""
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="129"' if "Edg/" in ua else '"Google Chrome";v="129"'
        return f'{brand}, "Not=A?Brand";v="8", "Chromium";v="129"'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("cookieyes-consent", "consentid:" + self.token(12) + ",consent:yes,action:yes"))
        return jar

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        """One of the unfurls, then a link of its site (its front page when none was pasted)."""
        host, service, title, summary = self.pick(UNFURLS)
        link = self.pick([u for u in LINKS if urllib.parse.urlsplit(u).hostname == host] or
                         [f"https://{host}/"])
        return link, (service, title, summary)

    # ---- its scripts' dates and tracing -------------------------------------------------------------------
    def since_choices(self, day: int) -> list[str]:
        return [f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}", f"2024-10-{day:02d}T04:00:00+01:00",
                f"2024-09-{day + 26:02d}T00:00:00Z", f"2024-10-{day:02d} 05:00",
                f"2024-09-{day + 26:02d}T23:00:00.000Z"]

    def request_ids(self) -> list[str]:
        return [f"run-{self.rng.randint(10**9, 10**10)}-1", f"haccp-{self.hexs(12)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 26), ("slack_deleted", 10), ("slack_file", 24),
    ("slack_unfurl", 18), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The bakery's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Bakery(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
