"""A craft brewery and taproom group on Jeeves: the benign half of an evaluation set (benign only).

Brass Anvil Brewing Co. brews in Leeds and Asheville and runs taprooms in Leeds, Bristol, Manchester, Asheville,
Denver, Berlin, Ghent and Tokyo. About 1,700 requests in a deployment's proportions: Slack first (@mentions of
the bot in busy channels, DMs, edited and unfurled DMs, file shares, App Home, `/jeeves` slash commands and the
bot's buttons), then the data API (cellar scripts, CI, Google Sheets and Grafana with TokenDealer tokens), the
admin panel, `/me/`, Sign in with Slack and the bot's one-time links, TokenDealer itself and the health and
metadata GETs. The people write what a brewery writes: beer names with punctuation (Hop'n'Roll IPA, Saison
d'Été), gravities in SG and °P, IBU and EBC, tank logs, CIP and HACCP notes, dry-hop schedules, stock counts,
supplier e-mails and addresses, rotas, events, prices in four currencies, spreadsheet formulas, BeerXML, the odd
shell line from the cellar Raspberry Pi, and chat in English, German, Dutch, Japanese and more.

Only this product's endpoints and the fields its handlers read (app/routes, app/admin/views, app/account,
tokendealer/routes, README.md); Slack's own payload formats for Slack's requests. Written independently: from
the route list of gateway/gateway.yaml (names, match, methods, upstreams), app/, tokendealer/, README.md and the
record structure of benign_day_gen.py; no WAF rule, exclusion, ruleset, corpus or other generator's text was
read. Deterministic: one seeded random.Random (records.Seeded), no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, form_request, csrf_post, token_request, verify_request, signed_in, ga_cookie, cookie_header,
me_exit_form, settings_patch, oidc_callback, link_preview) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_routes import ACTIONS
from .evaluator_web import WebApp
from .records import no_attacks, slack_escape

NAME = "evaluation_twentyninth"
SEED = 29_130_924
EPOCH = 1726207200  # Fri 2024-09-13 06:00 UTC: brew day in Leeds, quiz night in Bristol
TEAM, TEAM_DOMAIN = "T07BRSANVL", "brassanvil"
PARTNER_TEAM = "T04CLOUDCO"  # a shared channel with a collaborating brewery
APP_ID, BOT_USER, BOT_ID = "A07JEEVES9", "U07JEEVES9", "B07JEEVES9"
HOST = "ops.brassanvil.beer"
BASE = f"https://{HOST}"
SLACK_TOKEN = "vXq2bR7mKd0pLw3sYt8nHc1Z"  # Slack's deprecated verification token field (not a secret)

FIRST = ["Aoife", "Siobhán", "Tomás", "Declan", "Priya", "Kwame", "Ngozi", "Jürgen", "Anneliese", "Björn",
         "Małgorzata", "Radek", "Yuki", "Haruto", "美咲", "Seo-yeon", "Minh", "Thảo", "Chidi", "Fatoumata",
         "Joaquín", "Inés", "Mateus", "Rhiannon", "Dafydd", "Ewan", "Morag", "Laila", "Oksana", "Dmytro", "Elif",
         "Kerem", "Sanne", "Joost", "Wout", "Lieke", "Maëlle", "Grégoire", "Kalani", "Tāne", "Aroha", "Marcus",
         "Destiny", "Shay", "Bo", "JP", "Noor", "Yonatan", "Tamar", "Zoë", "Hamish", "Dee", "Mary-Kate", "Jean-Luc"]
LAST = ["O'Connell", "O'Brien-Walsh", "McAllister", "Ní Bhriain", "Hughes-Jones", "ap Rhys", "Schäfer", "Groß",
        "Østergaard", "Wiśniewska", "Dvořák", "Nakamura", "田中", "Park", "Nguyễn", "Trần", "Okonkwo", "Adébáyọ̀",
        "Diallo", "García-Márquez", "Muñoz", "da Silva", "dos Santos", "Kovalenko", "Шевченко", "Yıldız", "Çelik",
        "van den Broek", "De Smet", "Le Goff", "D'Angelo", "Kahananui", "Te Rangi", "Washington", "St. Clair",
        "Smith-Ng", "Al-Masri", "Ben-David", "Kowalczyk", "MacLeod", "Fitzgerald", "Brennan"]

SITES = [("leeds", "Europe/London"), ("bristol", "Europe/London"), ("manchester", "Europe/London"),
         ("asheville", "America/New_York"), ("denver", "America/Denver"), ("berlin", "Europe/Berlin"),
         ("ghent", "Europe/Brussels"), ("tokyo", "Asia/Tokyo")]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Brussels",
             "Europe/Amsterdam", "Europe/Prague", "Europe/Warsaw", "Europe/Kyiv", "America/New_York",
             "America/New_York", "America/Denver", "America/Chicago", "America/Los_Angeles", "America/Phoenix",
             "Asia/Tokyo", "Asia/Seoul", "Asia/Ho_Chi_Minh", "Pacific/Auckland", "Pacific/Honolulu",
             "Africa/Lagos", "America/Sao_Paulo", "UTC", "Europe/Istanbul", "Asia/Kolkata", "Australia/Adelaide"]

PLACES = [
    "Leeds", "leeds", "Kirkstall, Leeds", "LS4 2AP", "Holbeck, Leeds LS11", "Bristol", "Stokes Croft, Bristol",
    "BS2 8QJ", "Manchester", "Ancoats, Manchester", "Asheville", "Asheville, NC", "Asheville NC 28801",
    "South Slope, Asheville", "Denver", "RiNo, Denver CO", "Denver, Colorado", "Berlin-Neukölln", "12043 Berlin",
    "Kreuzberg", "Gent", "Ghent", "Sint-Niklaas", "下北沢", "世田谷区北沢2丁目", "Tokyo", "Shimokitazawa",
    "Yakima, WA", "Wolnzach", "Žatec", "Bamberg", "Motueka", "Nelson, New Zealand", "Tadcaster",
    "Burton upon Trent", "Burton-on-Trent", "Warminster", "Plzeň", "České Budějovice", "Poperinge", "Dún Laoghaire",
    "Cork", "St. Helier", "Llandeilo", "Betws-y-Coed", "Hendersonville, NC", "Boone, NC", "Fort Collins",
    "Boulder, CO", "Portland, OR", "Ōsaka", "大阪市北区", "札幌", "Sapporo", "서울 마포구", "Hà Nội", "Lagos",
    "Cape Town", "Ciudad de México", "São Paulo", "Montréal", "Québec", "Tromsø", "Reykjavík", "Kraków", "Łódź",
    "Київ", "İzmir", "תל אביב", "القاهرة", "मुंबई", "Zürich", "Köln", "München", "Hamburg-Altona", "Aarhus",
    "Saint-Malo", "L'Isle-sur-la-Sorgue", "Coeur d'Alene", "Martha's Vineyard", "Winston-Salem", "Washington, D.C.",
    "53.7997,-1.5492", "35.5951, -82.5515", "51.4545° N, 2.5879° W", "52.4811,13.4353",
    "Unit 7, Kirkstall Industrial Park, Leeds", "Sonnenallee 221, 12059 Berlin", "1000 Riverside Dr, Asheville",
    "Rue de la Brasserie 3, 9000 Gent", "Harrogate", "Hebden Bridge", "Ilkley", "Otley", "Glastonbury",
]
BEERS = ["Hop'n'Roll IPA", "Don't Panic Pale", "Rye & Shine", "Stout-Hearted", "Oat of Office", "Saison d'Été",
         "Märzen Madness", "Kölsch-ish", "Berliner Weiße (Raspberry)", "東京ドリフト Rice Lager", "Mo' Mosaic DIPA",
         "Brett-y Good", "Nitro Milk Stout", "Sour Power: Passionfruit + Guava", "Best Bitter", "Tmavé 12°",
         "¡Hola Lúpulo!", "Wit's End", "BA Imperial Stout (2023) 11.2%", "Hazy Days NEIPA", "Citra Citra Citra!",
         "Pils > Pills", "Smoke on the Wort", "Anvil #7 West Coast", "Half-Pint Hero 2.8%", "Gose-Rider",
         "Dunkel Matter", "K.O. Kveik", "Nelson's Column", "Yuzu Ready? Pale", "Bière de Garde", "Helles Yeah",
         "O'Hare's Dry Irish Stout", "Blackberry & Bay Sour", "DDH Strata × Nectaron", "Grisette No. 3",
         "Schwarz-ish Lager", "Hop'n'Roll (cask)", "Copper Kettle ESB", "Lil' Anvil Session IPA 3.9%"]
HOPS = ["Citra", "Mosaic", "Nelson Sauvin", "Motueka", "Saaz", "Hallertauer Mittelfrüh", "Strata", "Galaxy",
        "Simcoe", "Cascade", "Centennial", "East Kent Goldings", "Fuggle", "Sabro", "Nectaron", "Riwaka",
        "Mosaic Cryo", "Citra T90", "Idaho 7", "Talus"]
MALTS = ["Maris Otter", "Golden Promise", "Pilsner", "Munich II", "Vienna", "Crystal 60L", "Carapils", "Chit malt",
         "flaked oats", "malted wheat", "Chocolate malt", "Roasted barley", "Rauchmalz", "acidulated malt"]
TANKS = ["FV1", "FV2", "FV3", "FV4", "FV5", "FV6", "FV7", "BBT1", "BBT2", "BBT3", "HLT", "CLT", "the mash tun",
         "the kettle", "the whirlpool"]
CHANNELS = [("C07BREWHSE", "brewhouse"), ("C07CELLAR1", "cellar"), ("C07TAPLEED", "taproom-leeds"),
            ("C07TAPBRIS", "taproom-bristol"), ("C07TAPMANC", "taproom-manchester"),
            ("C07TAPASHV", "taproom-asheville"), ("C07TAPDENV", "taproom-denver"), ("C07TAPBERL", "taproom-berlin"),
            ("C07TAPGENT", "taproom-gent"), ("C07TAPTKYO", "taproom-tokyo"), ("C07EVENTS1", "events"),
            ("C07ROTA001", "rota"), ("C07STOCK01", "stock"), ("C07DELIVRY", "deliveries"), ("C07QALAB01", "qa-lab"),
            ("C07MARKETG", "marketing"), ("C07FINANCE", "finance"), ("C07ITOPS01", "it-ops"),
            ("C07RANDOM1", "random"), ("C07GENERAL", "general"), ("C07GARDEN1", "beer-garden"),
            ("C07RECIPES", "recipes"), ("C07TRADE01", "sales-trade")]
GROUPS = [("S07BREWERS", "brewers"), ("S07CELLARS", "cellar-team"), ("S07TAPMGRS", "taproom-managers"),
          ("S07DRIVERS", "drivers")]
LINKS = [
    "https://untappd.com/b/brass-anvil-brewing-co-hop-n-roll-ipa/5123456",
    "https://brewfather.app/tabs/batches/batch/Xk29fQpL0a",
    "https://docs.google.com/spreadsheets/d/1QxP8vLr0kStockSheet2024/edit#gid=184720331",
    "https://docs.google.com/document/d/1a9BrewDaySOPv4/edit?usp=sharing",
    "https://squareup.com/dashboard/sales/transactions?location=LQ3A7K&period=yesterday",
    "https://www.instagram.com/p/C8xYz12AbCd/",
    "https://www.eventbrite.co.uk/e/quiz-night-at-the-anvil-tickets-912345678123?aff=ebdssbdestsearch",
    "https://www.metoffice.gov.uk/weather/forecast/gcwfhf1w0",
    "https://forecast.weather.gov/MapClick.php?lat=35.5951&lon=-82.5515#.Zu0",
    "https://www.dwd.de/DE/wetter/wetterundklima_vorort/berlin/berlin_node.html",
    "https://tenki.jp/forecast/3/16/4410/13112/",
    "http://cellar-pi.local:3000/d/fv01/fermenters?orgId=1&from=now-24h&to=now&var-tank=FV3",
    "https://grafana.brassanvil.beer/d/glycol/glycol-loop?orgId=1&refresh=30s",
    "https://github.com/brassanvil/cellar-sync/pull/42",
    "https://github.com/brassanvil/cellar-sync/issues/17#issuecomment-2348811",
    "https://www.gov.uk/guidance/alcohol-duty-rates",
    "https://www.brewersassociation.org/brewing-industry-updates/",
    "https://maps.app.goo.gl/q8RkT2nYz4WbLs9A7",
    "https://www.barthhaas.com/hops-and-products/hop-varieties-overview",
    "https://www.ratebeer.com/beer/brass-anvil-mo-mosaic-dipa/998877/",
    "https://calendar.google.com/calendar/u/0/r/week/2024/9/19",
    "https://meet.google.com/xbq-ntrz-kfa",
    "https://www.bjcp.org/style/2021/21/21A/american-ipa/",
    "https://brassanvil.beer/taprooms/leeds?utm_source=slack&utm_medium=chat",
    "https://shop.brassanvil.beer/products/mixed-case-autumn-24?variant=44021",
]
EMOJI = [":beer:", ":beers:", ":clinking_glasses:", ":hop:", ":ear_of_rice:", ":sunny:", ":rain_cloud:",
         ":thermometer:", ":white_check_mark:", ":warning:", ":rotating_light:", ":eyes:", ":pray:", ":tada:",
         ":+1:", ":muscle:", ":truck:", ":calendar:", ":sweat_smile:", ":joy:", ":facepalm:", ":party-keg:",
         ":anvil:", "🍺", "🍻", "🌧️", "☀️", "🔥", "🙏", "😅", "🎉", "🚚", "🧪", "🧊", "✅", "❤️"]

# Channel and DM chat. Markers: ⟨M⟩ a person's mention, ⟨G⟩ a user group, ⟨C⟩ a channel, ⟨L⟩ a link, ⟨P⟩ a
# place, ⟨B⟩ a beer, ⟨S⟩ a first name, ⟨N⟩ a small number, ⟨T⟩ a time, ⟨D⟩ a date, ⟨H⟩ a hop, ⟨K⟩ a tank,
# ⟨E⟩ an emoji, ⟨X⟩ a price, ⟨Z⟩ a time zone, ⟨A⟩ an ABV, ⟨R⟩ a malt.
CHAT = [
    "morning all ⟨E⟩", "brew day! mash in at ⟨T⟩", "⟨K⟩ is at terminal, crashing tonight", "on it", "ty ⟨M⟩",
    "who's on close tonight?", "can someone cover my Sat shift 16:00–23:30? will swap for a Tues",
    "⟨B⟩ just kicked in ⟨P⟩ ⟨E⟩", "last keg of ⟨B⟩ going on now, 86 after that", "+1", "same", "lol", "ack",
    "delivery from the maltster is 2 hrs late, driver says M62 is shut at J26",
    "glycol alarm on ⟨K⟩ again ⟨E⟩ anyone near the brewery?", "false alarm, probe was loose. all good",
    "dry hop #2 in ⟨K⟩: ⟨N⟩ kg ⟨H⟩ + ⟨N⟩ kg ⟨H⟩", "gravity on ⟨K⟩ is 1.012 (3.1°P), holding for diacetyl rest",
    "⟨K⟩ pH 4.38, 19.2°C, VDK pass ✅", "CIP done on ⟨K⟩, caustic then acid, signed off on the sheet",
    "need 2 more hands for canning on ⟨D⟩, pizza provided 🍕", "can line jammed at the seamer again, ⟨S⟩ is on it",
    "tap list updated on the board + Untappd ⟨L⟩", "anyone seen the keg key? the blue one",
    "beer garden open? forecast says 22° and sunny in ⟨P⟩ ⟨E⟩", "it's chucking it down in ⟨P⟩, closing the garden",
    "28°C in ⟨P⟩ today, we'll need extra ice and someone on the door", "frost tonight in ⟨P⟩, bring the casks in",
    "quiz night tonight 19:30, ⟨N⟩ teams booked so far", "reminder: meet the brewer on ⟨D⟩ at 7pm in ⟨C⟩",
    "⟨G⟩ the new ⟨B⟩ recipe is in Brewfather, have a look before Monday ⟨L⟩",
    "⟨G⟩ rota for next week is up ⟨L⟩ – shout by Wed if anything's wrong",
    "pint of ⟨B⟩ is ⟨X⟩ from Monday (was ⟨X⟩). menus reprinting today",
    "we sold ⟨N⟩ pints of ⟨B⟩ last night, best Thursday since June 🎉",
    "keg count Leeds: 12 × 50L, 7 × 30L, 3 firkins, 2 pins. Bristol needs 4 × 30L of ⟨B⟩ by Fri",
    "can someone in ⟨P⟩ check the cellar temp? should be 11–13°C, display says 16.4",
    "Hop contract for 2025 is signed: 400 kg ⟨H⟩, 250 kg ⟨H⟩, 150 kg ⟨H⟩. thanks ⟨M⟩!",
    "anyone know if ⟨B⟩ is gluten-free? customer asking (coeliac). I said no but want to double-check",
    "allergens on the board: ⟨B⟩ contains lactose + oats (gluten)", "no, ⟨B⟩ is NOT vegan (finings). Cask only though",
    "⟨M⟩ the Untappd listing says 6.5% but the can says 6.8% – which one's right?",
    "the can says 6.8%. fixing Untappd now", "happy birthday ⟨M⟩ 🎂🍻", "welcome to the team ⟨M⟩! 👋",
    "WFH today, ping me if the POS plays up", "card reader in ⟨P⟩ is offline, taking cash only for now 🙄",
    "Square is back, it was the wifi (again)", "who broke the ice machine? ⟨E⟩",
    "guest tap next week: collab with Cloudwater, 7.2% DDH pale", "tap takeover ⟨D⟩! 8 lines, doors 5pm",
    "Oktoberfest 21.09.–06.10. at the Berlin taproom, Maß 11,90 €, Brezn 4,50 €",
    "Ghent: pakjes voor de taproom komen morgen tussen 9 en 12u", "bedankt voor vandaag iedereen 🍻",
    "Guten Morgen! Heute Brautag, Einmaischen um 7 Uhr", "Bitte den Keller abschließen, Schlüssel liegt an der Bar",
    "お疲れ様です！今日は⟨B⟩が売り切れました🍺", "明日の仕込みは8時からです。よろしくお願いします",
    "下北沢店、今夜は満席です", "Dzięki za pomoc przy rozlewie! 🙏", "¡Gracias equipo! Mañana cerramos a las 23h",
    "obrigado pessoal 🍻", "Diolch i bawb! 🏴", "Go raibh maith agat ⟨S⟩", "감사합니다! 내일 봐요",
    "Дякую всім, гарних вихідних!", "teşekkürler, iyi hafta sonları", "cảm ơn mọi người 🍺",
    "the ticket for the cooler repair is OPS-⟨N⟩, engineer comes Tues 8–12",
    "Price list for trade (ex VAT): 30L keg ⟨X⟩, 50L keg ⟨X⟩, case 24×440ml ⟨X⟩",
    "customer review: \"best pint I've had in ⟨P⟩, staff were lovely\" ❤️",
    "customer review: \"a bit warm & flat tonight\" – ⟨S⟩ can you check the lines?",
    "line clean Tues 9am, taps off until 11", "I'm gonna re-gas the Nitro Milk Stout, it's pouring 50/50 foam",
    "CO₂ delivery: 6 × 6.35 kg bottles, 2 × beer gas (70/30)", "⟨S⟩ ordered 40 kg of ⟨R⟩? no wait ⟨H⟩. typo'd",
    "who's got the van keys? 🚚", "van's at the garage until ⟨D⟩, use the Bristol one",
    "cask of ⟨B⟩ vented & tapped, ready ⟨D⟩ lunchtime", "cask ale of the week: ⟨B⟩ (4.1%) ⟨X⟩ a pint",
    "the 1/2 pint glasses are in box 3 in the back, the ⅔ schooners in box 5",
    "I can't log into the rota app, says \"session expired\"", "wifi password for the taproom is on the fridge",
    "stock take tonight after close, should be done by 1am 🤞", "😂😂😂", "🍻", "✅", "👀",
    "ok so who put the 'Don't touch' sign on the hopback 😂", "labels for ⟨B⟩ arrived, colour's off (Pantone 7409 C?)",
    "the pallet of cans (x 8,160) is in bay 2", "Kegstar pick-up booked for ⟨D⟩ – 24 kegs",
    "HMRC duty return submitted for August ✅", "TTB Brewer's Report of Operations done for Q3",
    "is the 2 for £10 still on for cans or did that end?", "50% off cans with a chip on the rim, ask at the bar",
    "Brewers Association thing: ⟨L⟩", "BJCP says 5.5–7.5% for American IPA: ⟨L⟩",
    "draft of the autumn menu: ⟨L⟩ comments by ⟨D⟩ pls", "map to the new Berlin site: ⟨L⟩",
    "reminder: staff drink is one pint after your shift, not during 😇",
    "the glasswasher is leaking again – towel on it for now", "plumber says Thursday",
    "oh and ⟨M⟩ the keg return from The Fox & Hounds is 6 not 9", "IT: new laptop for ⟨S⟩ is set up",
    "⟨C⟩ please 🙏", "moving this to ⟨C⟩", "see ⟨C⟩ for the tasting notes",
]
LONG = [
    "*Brew day plan* – ⟨B⟩ (batch #⟨N⟩) :hop:\n"
    "• 06:30 heat HLT to 75°C\n• 07:00 mash in 68°C, 60 min, target mash pH 5.3\n"
    "• 08:15 sparge, collect 22 hL at 1.052 (12.9°P)\n• 09:30 boil 60 min, ⟨H⟩ @ 60, whirlpool ⟨H⟩ 80°C 20 min\n"
    "• 12:00 knock out to ⟨K⟩ at 18°C, pitch London Ale III\n"
    "OG target 1.062 (15.2°P), FG 1.012, ABV ~6.6%, ~45 IBU, EBC 9. ⟨G⟩",
    "*Rota w/c ⟨D⟩* ⟨C⟩\n```\n         | Mon       | Tue       | Wed       | Thu       | Fri        | Sat\n"
    "Bar open | 16–23     | 16–23     | 16–23     | 12–23     | 12–00:30   | 12–00:30\n"
    "Close    | Aoife     | Tomás     | Kwame     | Aoife     | Jürgen+Bo  | Siobhán+JP\n"
    "Cellar   | Radek     | Radek     | –         | Radek     | Dee        | Dee\n```\n"
    "Swap requests in the thread please, not DMs :pray:",
    "Hi all,\n\nforwarding from the maltster:\n\n> Dear Brass Anvil team,\n> your order PO-2024-0917 (8 t Maris "
    "Otter, 1 t Crystal 150 EBC, 500 kg Munich) ships Tuesday 17/09, ETA Leeds Wed AM.\n> Please make sure the "
    "silo is accessible; the driver needs 3.5 m clearance.\n> Kind regards,\n> Gemma\n\n⟨M⟩ can you move the van?",
    "*Incident* (glycol chiller, Leeds) :rotating_light:\n• 02:14 alarm: loop at 6.8°C (setpoint −2°C)\n"
    "• 02:40 ⟨S⟩ on site, compressor tripped, reset OK\n• ⟨K⟩ rose to 21.5°C for ~2 h – yeast fine, "
    "extra day before crash\n• engineer booked ⟨D⟩\nPostmortem in ⟨C⟩ next week.",
    "Tap list – ⟨P⟩ ⟨D⟩\n1. ⟨B⟩ ⟨A⟩ – ⟨X⟩\n2. ⟨B⟩ ⟨A⟩ – ⟨X⟩\n3. ⟨B⟩ ⟨A⟩ – ⟨X⟩\n4. ⟨B⟩ (cask) ⟨A⟩ – ⟨X⟩\n"
    "5. Guest: Cloudwater × Brass Anvil DDH Pale 7.2% – ⟨X⟩\n⅓ | ½ | ⅔ | pint available on all except #5 (⅔ max)",
    "*Events this month* :calendar:\n– Thu 19 Sep 19:30 Quiz night (Bristol), £2 pp, max 6 per team\n"
    "– Sat 21 Sep 12:00 Oktoberfest opening (Berlin) – Anstich um 12 Uhr!\n"
    "– Fri 27 Sep 7pm Meet the brewer + tasting flight (Asheville), $25\n"
    "– Sun 29 Sep 14h Bier & Kaas (Gent) met Kaasmakerij De Zwaan\nTickets: ⟨L⟩",
    "Stock count (after close, ⟨D⟩):\n```\nsku,beer,format,qty,site\nBA-HNR-K50,Hop'n'Roll IPA,50L keg,12,leeds\n"
    "BA-DPP-K30,Don't Panic Pale,30L keg,7,leeds\nBA-SOE-C44,Saison d'Été,can 440ml,1 284,leeds\n"
    "BA-NMS-K30,Nitro Milk Stout,30L keg,3,bristol\nBA-BBT-FIR,Best Bitter,firkin,4,manchester\n```\n"
    "Discrepancy on HNR kegs (system says 14) – ⟨M⟩ were 2 sent to The Fox & Hounds?",
    "Allergen matrix for the autumn menu (14 allergens, UK):\n| item | gluten | milk | sulphites | nuts |\n"
    "|---|---|---|---|---|\n| ⟨B⟩ | barley, oats | – | – | – |\n| Nitro Milk Stout | barley | lactose | – | – |\n"
    "| Pretzel w/ beer cheese | wheat | yes | – | – |\n| Spiced nuts | – | – | – | peanuts, cashew |\n"
    "Questions → ⟨M⟩",
    "*Duty* (August, UK small producer relief):\nDraught < 8.5%: 186.4 hL × avg 4.9% = 913.4 L pure alcohol\n"
    "Rate after SPR ≈ £9.27/L PA → £8,467.22\nNon-draught: 41.2 hL × 6.1% = 251.3 L PA → £4,152.98\n"
    "Total ≈ £12,620.20 – payment due by the 25th. ⟨M⟩ please check my maths 🙏",
    "Job ad draft – *Taproom Supervisor (Leeds)*\n£27,500–£29,000 + tips + staff beer 🍺\n"
    "What you'll do: open/close, cash-up, cellar basics (line cleans, changing kegs & casks), training new staff.\n"
    "You: 1+ yr bar supervision, Personal Licence (or happy to get one), loves beer. Apply: jobs@brassanvil.beer",
    "Meeting notes – taproom managers, ⟨D⟩\n- [x] winter hours: Mon/Tue closed in Ghent + Tokyo from Nov\n"
    "- [ ] new glassware (Teku vs. nonic?) – vote in ⟨C⟩\n- [ ] card fees up 0.2 pp with Square – ⟨M⟩ to "
    "compare SumUp\n- [ ] staff training: cask cellar course, 3 spots\nNext: ⟨D⟩ 10:00 ⟨Z⟩",
    "Recipe change for ⟨B⟩ v4 (⟨L⟩):\n• grist: 72% ⟨R⟩, 15% ⟨R⟩, 8% ⟨R⟩, 5% ⟨R⟩\n"
    "• water: Ca 120 ppm, SO₄ 300, Cl 75 (4:1)\n• hops: ⟨H⟩ 40 g/hL @ whirlpool, DH 1,200 g/hL ⟨H⟩ + ⟨H⟩\n"
    "• yeast: Verdant IPA, ferment 19→21°C\nGoal: less astringency, more stone fruit. Thoughts ⟨G⟩?",
    "From the Tokyo team:\n下北沢店の今月の売上は前年比 +18% でした🎉\n一番人気: ⟨B⟩（1,240杯）\n"
    "来月からハッピーアワー 17:00–19:00 ¥700/パイント\nお疲れ様でした！",
    "Berlin Update: Die Schankanlage ist gereinigt, Zapfhahn 4 tropft noch (Dichtung bestellt). "
    "Neue Preise ab 1.10.: 0,3 l 4,20 € / 0,5 l 6,50 €. Fragen an ⟨M⟩.",
    "Gent: de nieuwe koelcel staat op 4°C ✅ Levering ⟨D⟩ tussen 8u en 10u, graag iemand aan de poort. "
    "Factuur INV/24/0831 ligt op het bureau.",
    "QA results batch ⟨N⟩ (⟨B⟩):\n```\nOG 1.0620  FG 1.0118  ABV 6.59%  app. att. 81%\n"
    "IBU 44 (lab)  EBC 8.7  pH 4.41  CO2 2.55 vol  DO 38 ppb (cans)\nmicro: HLP neg, anaerobic plate clean\n```\n"
    "Released for packaging ✅",
    "Supplier addresses for the new starters (delivery notes):\n• Malt: Unit 4, Maltings Way, Tadcaster LS24 9AA\n"
    "• Hops: Hop Store, Stocks Lane, Malvern WR13 6NE\n• Cans: 22 Riverside Business Park, Asheville NC 28806, "
    "(828) 555-0147\n• Berlin glassware: Gläser & Co. GmbH, Sonnenallee 221, 12059 Berlin, +49 30 1234 5678",
    "Beer garden weather rule of thumb for managers:\n> ≥18°C & <30% rain → open all benches, 2 on the garden bar\n"
    "> 12–18°C → half, heaters on after 8pm\n> rain ≥60% or wind >40 km/h → closed, umbrellas in\n"
    "Ask Jeeves (`/jeeves weather <your town>`) before you plan the shift ☀️",
    "Embed for the website tap list (from Untappd for Business):\n"
    "<div id=\"menu-container\"></div>\n<script src=\"https://embed-menu-preloader.untappdapi.com/"
    "embed-menu-preloader.min.js\"></script>\nwho has access to the site CMS to paste it?",
    "Cask cellar checklist (pin it):\n1) vent with soft spile 24 h\n2) hard spile when it stops hissing\n"
    "3) tap & pull through, taste: clear? conditioned? no off-flavours?\n4) sell within 3 days, log on the sheet\n"
    "5) line clean every 7 days – no exceptions!",
    "Hey ⟨G⟩ – can we sanity-check the dry-hop rates?\nWe're at 16 g/L on ⟨B⟩ (split 8+8 on day 3 and day 5). "
    "Hop creep took FG from 1.012 to 1.009 last time → +0.4% ABV and diacetyl. Suggest soft crash to 14°C "
    "before DH #2 and a 48 h rest after.",
    "Order for The Hop Inn (⟨P⟩):\n- 2× 30L ⟨B⟩\n- 1× 50L ⟨B⟩\n- 3× case 24×440 ⟨B⟩\n"
    "Delivery ⟨D⟩ before 11am, rear entrance (Albion St), ask for Mags: +44 113 496 0123. Invoice net 30.",
]
TECH = [
    "```\nABV ≈ (OG − FG) × 131.25\n    = (1.064 − 1.012) × 131.25\n    = 6.83 %\n```",
    "quick one: °P ≈ 259 − 259/SG → 1.048 ≈ 11.9°P, 1.060 ≈ 14.7°P. close enough for the brew sheet",
    "`=ROUND((B2-C2)*131.25,1)&\"%\"` in col D of the brew log, anyone mind if I add it?",
    "Stock sheet formula for reorder: `=IF(SUMIFS(Kegs!C:C,Kegs!A:A,\"Hop'n'Roll*\",Kegs!D:D,\"full\")<6,"
    "\"REORDER\",\"ok\")`",
    "`=VLOOKUP(A2,'Hop Stock'!A:F,4,FALSE)` keeps giving #N/A for Nelson Sauvin – trailing space in the name?",
    "```xml\n<RECIPE>\n  <NAME>Hop'n'Roll IPA</NAME>\n  <TYPE>All Grain</TYPE>\n  <BATCH_SIZE>2000.0</BATCH_SIZE>\n"
    "  <HOPS><HOP><NAME>Citra</NAME><ALPHA>12.5</ALPHA><AMOUNT>4.0</AMOUNT><USE>Aroma</USE><TIME>20</TIME></HOP>"
    "</HOPS>\n</RECIPE>\n```\nBeerXML export from Brewfather if anyone wants to import it",
    "```\n$ mosquitto_sub -h cellar-pi.local -t 'brewery/+/temp' -v\nbrewery/fv3/temp 19.25\n"
    "brewery/fv4/temp 2.1\nbrewery/bbt2/temp 1.4\n```",
    "```\nssh pi@10.0.20.14 'sudo systemctl restart tilt-logger && journalctl -u tilt-logger -n 20'\n```",
    "`curl -s 'http://cellar-pi.local:8080/api/tanks?ids=FV1,FV3&fields=gravity,temp' | jq '.[] | {id, gravity}'`",
    "```python\ndf = pd.read_csv('square_export_2024-09.csv', parse_dates=['Date'])\n"
    "df.groupby('Item')['Qty'].sum().sort_values(ascending=False).head(10)\n```",
    "```sql\nSELECT item_name, SUM(qty) AS pints\nFROM sales\nWHERE location = 'Leeds' AND sold_at >= '2024-09-01'\n"
    "GROUP BY item_name\nORDER BY pints DESC\nLIMIT 10;\n```\nfrom the POS export db, for the Monday meeting",
    "```\n0 6 * * 1-5 /opt/cellar/bin/keg-report --site leeds --format csv > /var/tmp/kegs-$(date +\\%F).csv\n```",
    "```\nTraceback (most recent call last):\n  File \"/home/pi/tilt/logger.py\", line 57, in <module>\n"
    "    sg = float(reading['SG'])\nKeyError: 'SG'\n```\nthe red Tilt in FV3 needs a battery I think",
    "```\n[2024-09-13 05:58:01] FV3 sg=1.0121 temp=19.3C rssi=-71\n[2024-09-13 05:59:01] FV3 sg=1.0120 "
    "temp=19.3C rssi=-73\n[2024-09-13 06:00:01] WARN FV5 no reading for 900s\n```",
    "water report (Yorkshire Water, Sept): Ca²⁺ 32 mg/L, Mg²⁺ 6, Na⁺ 14, SO₄²⁻ 41, Cl⁻ 28, HCO₃⁻ 72 → "
    "add 18 g/hL gypsum + 8 g/hL CaCl₂ for the IPA profile",
    "Tinseth for the bittering addition: IBU = 1.65 × 0.000125^(1.052−1) × (1 − e^(−0.04×60))/4.15 × "
    "(0.13 × 2500 g × 1000 / 2200 L) ≈ 34",
    "```yaml\nbatch: 24-117\nbeer: \"Saison d'Été\"\nyeast: Belle Saison\nferment: {start: 20, free_rise_to: 27}\n"
    "targets: {og: 1.050, fg: 1.003, abv: 6.2}\n```",
    "```\n$ python3 keg_tracker.py --site bristol --status out --since 2024-08-01\n"
    "KEG-0412  30L  The Hope & Anchor   out 34 days  ⚠\nKEG-0519  50L  Spoon & Stable      out 12 days\n```",
    "Regex for the SKU column, in case it helps: `=REGEXMATCH(A2, \"^BA-[A-Z]{3}-(K30|K50|C44|FIR)$\")`",
    "```\nCIP BBT2 ⟨D⟩\n  rinse 5 min\n  2% NaOH @ 75°C – 30 min (conductivity 82 mS/cm)\n  rinse to neutral\n"
    "  1% PAA – 15 min, cold\n  drained 14:22, ATP swab 12 RLU ✓  – signed T.O'C\n```",
    "the Untappd API call we use: `GET https://api.untappd.com/v4/brewery/checkins/123456?limit=25&max_id=0` "
    "(client id/secret in 1Password, not here!)",
    "```json\n{\"tank\": \"FV3\", \"batch\": \"24-117\", \"gravity\": 1.012, \"plato\": 3.1, \"temp_c\": 19.2, "
    "\"ph\": 4.38, \"notes\": \"DH #2 in, 8 kg Citra + 4 kg Mosaic\"}\n```",
    "Excel ate my dates again: 03/09/24 shows as 9 Mar instead of 3 Sep. Use ISO please: 2024-09-03 🙏",
    "```\nGET /api/v2/batches?status=Fermenting&include=measured_og,measured_fg HTTP/1.1\n"
    "Host: api.brewfather.app\n```\nthat's how the sheet gets the numbers",
    "lines for the POS import: `\"Hop'n'Roll IPA\";\"pint\";6,20;\"20%\"` – semicolons because the Berlin "
    "laptop is in German locale 🙃",
    "co2 volumes chart: at 2°C you need 0.9 bar for 2.5 vol, at 4°C 1.05 bar. Nitro: 70/30 at 2.4 bar",
    "```diff\n- DRY_HOP_RATE_G_PER_HL = 1200\n+ DRY_HOP_RATE_G_PER_HL = 1600\n```",
]
BOT_COMMANDS = [
    "weather", "weather ⟨P⟩", "weather ⟨P⟩ tomorrow?", "weather in ⟨P⟩", "Weather ⟨P⟩", "wetter ⟨P⟩",
    "remember location ⟨P⟩", "remember location ⟨P⟩", "Remember location ⟨P⟩", "my location", "forget location",
    "help", "Help", "help?", "config", "config timezone ⟨Z⟩", "config tz ⟨Z⟩", "config alert_time ⟨T⟩",
    "config time ⟨T⟩", "config units metric", "config units imperial", "config unit imperial", "config alerts on",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi 👋", "thanks!", "cheers 🍻",
    "is it beer garden weather in ⟨P⟩ on Saturday?", "how many kegs of ⟨B⟩ are left in ⟨P⟩?",
    "weather ⟨P⟩ ☀️?", "config alert_time 6:15am", "config timezone BST", "weather ⟨P⟩ pls",
    "what's the forecast for the brew day", "remember location the Leeds brewery",
]
STATS_WHEN = ["2024-09-{d:02d}T00:00:00Z", "2024-09-{d:02d}T06:00:00+01:00", "2024-09-{d:02d}",
              "2024-09-{d:02d}T05:30:00.000Z", "2024-08-{d:02d}T23:00:00-04:00", "2024-09-{d:02d} 07:00:00"]
SCRIPT_AGENTS = [
    "python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.4.0", "curl/7.81.0",
    "HTTPie/3.2.2", "PostmanRuntime/7.39.0", "Grafana/10.4.2", "n8n", "Zapier",
    "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8x2vQ)",
    "cellar-sync/1.4.2 (+https://github.com/brassanvil/cellar-sync) python-httpx/0.27.0",
    "GitHub-Actions/2.319.1 curl/8.5.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.7.7",
    "Go-http-client/2.0", "okhttp/4.12.0", "Brewfather-Bridge/0.9", "Retool/3.0 (+https://retool.com)",
]
API_CLIENTS = ["cellar-sync", "grafana.cellar", "sheets-stock", "ci-github-actions", "untappd-bridge",
               "square-pos:export", "rota-sync", "jeeves-worker"]
BROWSERS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.67",
    "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.10",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.40.120 "
    "Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36 Sonic Slack_SSB/4.40.120",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
         "nl-BE,nl;q=0.9,fr-BE;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8", "ja-JP", "ga-IE,ga;q=0.9,en-IE;q=0.8",
         "cy-GB,cy;q=0.9,en-GB;q=0.8", "pl-PL,pl;q=0.9,en;q=0.7", "es-US,es;q=0.9,en;q=0.8", "en-IE,en;q=0.9",
         "pt-BR,pt;q=0.9,en-US;q=0.8", "uk-UA,uk;q=0.9,en;q=0.8", "en"]
UNFURLS = [
    (LINKS[0], "Hop'n'Roll IPA - Brass Anvil Brewing Co. | Untappd",
     "Check in, rate and review: 6.8% ABV · 55 IBU · IPA - American"),
    (LINKS[3], "Brew day SOP v4 - Google Docs", "1. Safety: boots, goggles & gloves for caustic. 2. HLT to 75 °C…"),
    (LINKS[2], "Stock 2024 - Google Sheets", "Kegs · Cans · Hops · Malt · Sundries"),
    (LINKS[6], "Quiz Night at the Anvil Tickets, Thu 19 Sep 2024 at 19:30 | Eventbrite",
     "Eventbrite - Brass Anvil Bristol presents Quiz Night at the Anvil – £2 per person, max 6 per team"),
    (LINKS[7], "Leeds (West Yorkshire) weather - Met Office",
     "Sunny intervals changing to light rain by late afternoon. Max 19°C, min 9°C."),
    (LINKS[5], "Brass Anvil Brewing Co. on Instagram: \"Oktoberfest is coming 🍻 21.09.–06.10. #berlin\"", ""),
    (LINKS[13], "Add keg return sync by radek-dvorak · Pull Request #42 · brassanvil/cellar-sync",
     "Keg returns from the QR app now update the stock sheet. Closes #17."),
]
MARK = re.compile(r"⟨([A-Z])⟩")
EMOJI_NAME = re.compile(r":([a-z][a-z0-9_+\-]*):")


class Taproom(WebApp):
    """The brewery's people and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, SLACK_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 16 * 3600)
    sorted_claims, event_prefix, context_bytes, ext_shared_partner = True, "Ev07", 40, True
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_body_secret_rate = 0.15, 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(160):
            first, last = self.pick(FIRST), self.pick(LAST)
            site, tz = self.pick(SITES)
            a_first = re.sub(r"[^a-z]", "", first.lower().encode("ascii", "ignore").decode()) or "staff"
            a_last = re.sub(r"[^a-z]", "", last.lower().encode("ascii", "ignore").decode()) or "x"
            handle = f"{a_first}.{a_last}" + (str(i) if i % 9 == 0 else "")
            self.people.append({"id": self.sid("U07"), "name": f"{first} {last}", "first": first,
                                "handle": handle, "email": f"{handle}@brassanvil.beer", "site": site,
                                "tz": tz if self.chance(0.85) else self.pick(TIMEZONES)})
        self.admins = ["ops-admin", "aoife.oconnell", "radek.dvorak", "kalani.k", "it@brassanvil"]

    # ---- the record, small random pieces -----------------------------------------------------------------
    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        for value in req["headers"].values():
            assert not any(c in value for c in "\r\n\x00"), value
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def alert_time(self) -> str:
        hour = self.pick([5, 5, 6, 6, 6, 7, 7, 8, 9, 10, 11, 14, 15, 16])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '40', '05'])}"

    def date_text(self) -> str:
        d = self.rng.randint(14, 30)
        return self.pick([f"Sat {d} Sep", f"{d}/09", f"{d}.09.", f"9/{d}", f"2024-09-{d:02d}", "tomorrow",
                          "Friday", f"{d}th", "next Tues", f"9月{d}日", f"{d} sept"])

    def price(self) -> str:
        return self.pick([f"£{self.rng.randint(4, 7)}.{self.pick(['00', '20', '40', '50', '80'])}",
                          f"${self.rng.randint(6, 10)}", f"{self.rng.randint(4, 7)},{self.pick(['00', '50', '90'])} €",
                          f"¥{self.pick(['800', '900', '1,000', '1,200'])}", f"£{self.rng.randint(95, 180)}.00"])

    def abv(self) -> str:
        return f"{self.rng.randint(28, 112) / 10:.1f}%"

    def filled(self, template: str) -> list[tuple[str, ...]]:
        """The template as segments: ("text", raw), ("user", id), ("group", id, name), ("channel", id, name),
        ("link", url, label)."""
        segs: list[tuple[str, ...]] = []
        pos = 0
        simple: dict[str, Callable[[], str]] = {
            "P": lambda: self.pick(PLACES), "B": lambda: self.pick(BEERS),
            "S": lambda: self.pick(self.people)["first"], "N": lambda: str(self.rng.randint(2, 60)),
            "T": self.alert_time, "D": self.date_text, "H": lambda: self.pick(HOPS), "K": lambda: self.pick(TANKS),
            "E": lambda: self.pick(EMOJI), "X": self.price, "Z": lambda: self.pick(TIMEZONES), "A": self.abv,
            "R": lambda: self.pick(MALTS),
        }
        for m in MARK.finditer(template):
            if m.start() > pos:
                segs.append(("text", template[pos:m.start()]))
            pos = m.end()
            key = m.group(1)
            if key == "M":
                segs.append(("user", self.pick(self.people)["id"]))
            elif key == "G":
                gid, gname = self.pick(GROUPS)
                segs.append(("group", gid, gname))
            elif key == "C":
                cid, cname = self.pick(CHANNELS)
                segs.append(("channel", cid, cname))
            elif key == "L":
                segs.append(("link", self.pick(LINKS), self.pick(["", "", "", "sheet", "here", "this", "link"])))
            else:
                segs.append(("text", simple[key]()))
        if pos < len(template):
            segs.append(("text", template[pos:]))
        return segs

    @staticmethod
    def slack_text(segs: list[tuple[str, ...]]) -> str:
        out = []
        for seg in segs:
            if seg[0] == "text":
                out.append(slack_escape(seg[1]))
            elif seg[0] == "user":
                out.append(f"<@{seg[1]}>")
            elif seg[0] == "group":
                out.append(f"<!subteam^{seg[1]}|@{seg[2]}>")
            elif seg[0] == "channel":
                out.append(f"<#{seg[1]}|{seg[2]}>")
            else:
                url = slack_escape(seg[1])
                out.append(f"<{url}|{seg[2]}>" if seg[2] else f"<{url}>")
        return "".join(out)

    def rich_text(self, segs: list[tuple[str, ...]]) -> dict[str, Any]:
        """Slack's rich_text block for the message: sections, and preformatted runs between ``` fences."""
        blocks: list[dict[str, Any]] = []
        current: list[dict[str, Any]] = []
        pre = False

        def flush() -> None:
            nonlocal current
            if current:
                blocks.append({"type": "rich_text_preformatted" if pre else "rich_text_section",
                               "elements": current, **({"border": 0} if pre else {})})
            current = []

        for seg in segs:
            if seg[0] == "user":
                current.append({"type": "user", "user_id": seg[1]})
            elif seg[0] == "group":
                current.append({"type": "usergroup", "usergroup_id": seg[1]})
            elif seg[0] == "broadcast":
                current.append({"type": "broadcast", "range": seg[1]})
            elif seg[0] == "channel":
                current.append({"type": "channel", "channel_id": seg[1]})
            elif seg[0] == "link":
                current.append({"type": "link", "url": seg[1], **({"text": seg[2]} if seg[2] else {})})
            else:
                pieces = seg[1].split("```")
                for i, piece in enumerate(pieces):
                    if i:
                        flush()
                        pre = not pre
                    if pre:
                        piece = piece.removeprefix("xml").removeprefix("python").removeprefix("sql")
                        piece = piece.removeprefix("yaml").removeprefix("json").removeprefix("diff")
                    pos = 0
                    for m in ([] if pre else list(EMOJI_NAME.finditer(piece))):
                        if m.start() > pos:
                            current.append({"type": "text", "text": piece[pos:m.start()]})
                        current.append({"type": "emoji", "name": m.group(1)})
                        pos = m.end()
                    if pos < len(piece):
                        current.append({"type": "text", "text": piece[pos:]})
        flush()
        return {"type": "rich_text", "block_id": self.token(4)[:5], "elements": blocks}

    def chat_template(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.25, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟨M⟩ ", "<!here> ", "⟨G⟩ ", "<!channel> ", "hey ⟨M⟩ "]) + text
            return text
        if roll < 0.82:
            return self.pick(["", "", "fyi ", "hmm ", "⟨M⟩ ", "for the record:\n", "any idea? "]) + self.pick(TECH)
        return self.pick(LONG)

    def segs_of(self, template: str) -> list[tuple[str, ...]]:
        """As filled(), but Slack's broadcast mentions kept as markup (they are not escaped)."""
        segs: list[tuple[str, ...]] = []
        for part in re.split(r"(<!here>|<!channel>)", template):
            if part in ("<!here>", "<!channel>"):
                segs.append(("raw", part))
            elif part:
                segs.extend(self.filled(part))
        return segs

    def render(self, segs: list[tuple[str, ...]]) -> tuple[str, dict[str, Any]]:
        text = "".join(s[1] if s[0] == "raw" else self.slack_text([s]) for s in segs)
        rich: list[tuple[str, ...]] = []
        for seg in segs:
            if seg[0] != "raw":
                rich.append(seg)
            elif seg[1].startswith("<@"):
                rich.append(("user", seg[1][2:-1]))
            else:
                rich.append(("broadcast", seg[1][2:-1]))
        return text, self.rich_text(rich)

    # ---- Slack events ------------------------------------------------------------------------------------
    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.35), separators=(",", ":"))
        return self.slack_request("/slack/events", body)

    def message(self, segs: list[tuple[str, ...]], channel: str, kind: str, channel_type: str | None,
                user: dict[str, str] | None = None) -> dict[str, Any]:
        user = user or self.pick(self.people)
        text, rich = self.render(segs)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": kind, "ts": ts, "client_msg_id": self.uuid(),
                                 "text": text, "team": TEAM, "blocks": [rich], "channel": channel, "event_ts": ts}
        if channel_type:
            event["channel_type"] = channel_type
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            if self.chance(0.7):
                event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": SLACK_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        bot = ("raw", f"<@{BOT_USER}>")
        if self.chance(0.55):
            segs = [bot, ("text", " ")] + self.segs_of(self.pick(BOT_COMMANDS))
        else:
            body = self.segs_of(self.chat_template())
            where = self.rng.random()
            if where < 0.4:
                segs = [bot, ("text", " ")] + body
            elif where < 0.7:
                segs = body + [("text", self.pick([" ", "\n", " cc "])), bot]
            else:
                segs = [("text", self.pick(["hey ", "oi ", "ok ", "morning "]))] + [bot, ("text", " ")] + body
        event = self.message(segs, cid, "app_mention", None)
        team = PARTNER_TEAM if self.chance(0.04) else TEAM
        return self.record("slack", "json", self.event_request(event, team))

    def slack_dm(self) -> dict[str, Any]:
        template = self.pick(BOT_COMMANDS) if self.chance(0.72) else self.chat_template()
        event = self.message(self.segs_of(template), self.sid("D07"), "message", "im")
        return self.record("slack", "json", self.event_request(event))

    def slack_dm_changed(self) -> dict[str, Any]:
        """An edited DM, or Slack's update of a DM once a link in it unfurled (attachments added)."""
        channel = self.sid("D07")
        template = self.pick(BOT_COMMANDS + ["⟨L⟩", "is this the right sheet? ⟨L⟩", "weather ⟨P⟩ ⟨L⟩"])
        old = self.message(self.segs_of(template), channel, "message", "im")
        new = self.inner(old)
        if self.chance(0.5):
            url, title, preview = self.pick(UNFURLS)
            host = urllib.parse.urlsplit(url).hostname or ""
            new["attachments"] = [{"from_url": url, "original_url": url, "fallback": f"{host}: {title}",
                                   "title": title, "title_link": url, "service_name": host, "id": 1,
                                   "text": preview}]
        else:
            new["text"] = old["text"] + self.pick([" (edited)", " – sorry, wrong town", "*", " pls"])
            new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": channel,
                 "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im",
                 "previous_message": self.inner(old)}
        return self.record("slack", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        user = self.pick(self.people)
        name, mime, ftype = self.pick([
            ("IMG_4412.HEIC", "image/heic", "heic"), ("tap-list-leeds.jpg", "image/jpeg", "jpg"),
            ("Stock count 13.09.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            ("brew-sheet_HnR_v4 (1).pdf", "application/pdf", "pdf"), ("rota w-c 16-09.png", "image/png", "png"),
            ("QA_batch_24-117.csv", "text/csv", "csv"),
            ("Oktoberfest-Plakat_final_FINAL.pdf", "application/pdf", "pdf"),
            ("フライヤー_下北沢.png", "image/png", "png"), ("cellar-pi.log", "text/plain", "text"),
            ("Hop'n'Roll label – proof 3.ai", "application/postscript", "ai")])
        fid = self.sid("F07", 9)
        file = {"id": fid, "created": EPOCH + self.rng.randint(0, 50000), "timestamp": EPOCH, "name": name,
                "title": name.rsplit(".", 1)[0], "mimetype": mime, "filetype": ftype, "user": user["id"],
                "user_team": TEAM, "editable": False, "size": self.rng.randint(2_000, 9_000_000), "mode": "hosted",
                "is_external": False, "is_public": False, "public_url_shared": False,
                "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{urllib.parse.quote(name)}",
                "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                        f"{urllib.parse.quote(name)}",
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/"
                             f"{urllib.parse.quote(name.lower().replace(' ', '_'))}"}
        caption = self.pick(["", "", "weather ⟨P⟩?", "here's the stock count", "remember location ⟨P⟩",
                             "rota for next week", "can you check this ⟨M⟩", "⟨B⟩ label proof"])
        if self.chance(0.6):
            event = self.message(self.segs_of(caption), self.sid("D07"), "message", "im", user)
        else:
            cid, _ = self.pick(CHANNELS)
            segs = [("raw", f"<@{BOT_USER}>"), ("text", " ")] + self.segs_of(caption)
            event = self.message(segs, cid, "app_mention", None, user)
        event.update({"subtype": "file_share", "files": [file], "upload": False, "display_as_bot": False})
        return self.record("slack", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D07"),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if self.chance(0.6):
            event["view"] = {"id": self.sid("V07", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "state": {"values": {}},
                             "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title"},
                             "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                             "previous_view_id": None, "root_view_id": self.sid("V07", 9), "app_id": APP_ID,
                             "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.record("slack", "json", self.event_request(event))

    # ---- slash commands and clicks -----------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D07"), "directmessage")] * 8)
        text = self.slack_text(self.filled(self.pick(BOT_COMMANDS)))
        fields = [("token", SLACK_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")), ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D07"), "directmessage")] * 6)
        roll = self.rng.random()
        msg_ts = self.ts()
        message: dict[str, Any] | None = None
        action: dict[str, Any]
        if roll < 0.72:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": place, "type": "button", "action_ts": self.ts()}
            temp = self.rng.randint(-3, 31)
            summary = (f"{place}: {self.pick(['Partly cloudy', 'Clear sky', 'Light rain', 'Overcast', 'Fog'])}, "
                       f"{temp}°C, wind {self.rng.randint(2, 45)} km/h; today {temp - 4}°C to {temp + 3}°C, "
                       f"{self.rng.randint(0, 100)}% chance of precipitation")
            message = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID, "app_id": APP_ID,
                       "text": summary, "team": TEAM,
                       "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                   "text": {"type": "mrkdwn", "text": summary, "verbatim": False}},
                                  {"type": "actions", "block_id": action["block_id"], "elements": [
                                      {"type": "button", "action_id": "set_location",
                                       "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                       "value": place}]}]}
            ephemeral = False
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:4], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
            ephemeral = True
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
            ephemeral = True
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": SLACK_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}}
        if message is not None:
            payload["message"] = message
        payload.update({"state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]})
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API ------------------------------------------------------------------------------------
    def script_headers(self) -> dict[str, str]:
        agent = self.pick(SCRIPT_AGENTS)
        h = {"User-Agent": agent, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(self.pick(API_CLIENTS), self.pick(["read", "read write"]))}
        if self.chance(0.55):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if self.chance(0.3):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = self.pick([f"rojo={self.hexs(16)}", f"dd=s:1;o:rum;t.dm:-0,congo={self.hexs(8)}"])
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"cellar-sync.{self.hexs(12)}", f"sheets:{self.rng.randint(1, 999)}"])
        if self.chance(0.08):
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH:x}-{self.hexs(24)}"
        if self.chance(0.08):
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=cellar-sync%401.4.2,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        if "Grafana" in agent and self.chance(0.6):
            h["X-Grafana-Org-Id"] = "1"
            h["X-Datasource-Uid"] = self.pick(["fe0q2v1kz", "ddxrb0n3p"])
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.30:
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "10"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 300]))))
            for key, values in (("team_id", [TEAM, TEAM, PARTNER_TEAM]), ("active", ["true", "false", "1", "True"]),
                                ("alerts", ["true", "false", "on", "off", "0"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.48:
            return self.record("api", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 180)}",
                                               "headers": h})
        if roll < 0.68:
            person = self.pick(self.people)
            pick = self.rng.random()
            if pick < 0.45:
                doc = self.settings_patch(pick < 0.3, person["tz"], self.alert_time, 0.7)
            elif pick < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif pick < 0.82:
                doc = {"is_active": self.chance(0.25)}
            elif pick < 0.9:
                doc = {"is_admin": self.chance(0.5)}
            else:
                doc = {"name": person["name"], "settings": {"timezone": person["tz"], "units": "metric",
                                                            "alert_time": self.alert_time(), "alerts": True}}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 180)}",
                                               "body": body, "headers": h})
        if roll < 0.84:
            d = self.rng.randint(1, 12)
            params = [("since", self.pick(STATS_WHEN).format(d=d))]
            if self.chance(0.55):
                params.append(("until", self.pick(["2024-09-13T23:59:59Z", "2024-09-13T06:00:00+01:00",
                                                   "2024-09-14", "2024-09-13T22:00:00.000-04:00"])))
            return self.record("api", "query", {"method": "GET", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.92:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches", "headers": h})
        if roll < 0.97:
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, PARTNER_TEAM, "*"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                               "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.8.0", "Swagger-UI", "PostmanRuntime/7.39.0",
                                      "Redocly CLI/1.25.0"]), "Accept": "application/json"}
        return self.record("api", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})

    # ---- browsers: admin, /me/, Sign in with Slack --------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, site: str = "same-origin") -> dict[str, str]:
        ua = self.pick(BROWSERS)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                                         "image/webp,image/apng,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = self.pick(['"Chromium";v="128", "Not;A=Brand";v="24", "Google Chrome";v="128"',
                                        '"Microsoft Edge";v="128", "Not;A=Brand";v="24", "Chromium";v="128"',
                                        '"Not)A;Brand";v="99", "Google Chrome";v="127", "Chromium";v="127"'])
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"Linux"' if "Linux" in ua else '"macOS"')
        h.update({"Upgrade-Insecure-Requests": "1", "Sec-Fetch-Site": site if (referer or form) else "none",
                  "Sec-Fetch-Mode": "navigate", "Sec-Fetch-User": "?1", "Sec-Fetch-Dest": "document"})
        if referer:
            h["Referer"] = referer if referer.startswith("http") else BASE + referer
        if form:
            # Our pages send Referrer-Policy: no-referrer, so a browser's form post carries Origin: null.
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h.pop("Referer", None)
        if self.chance(0.1):
            h["DNT"] = "1"
        if self.chance(0.15):
            h["Priority"] = "u=0, i"
        return h

    def cookie(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.15) else []
        if self.chance(0.1):
            extra.append(("_ga_Q7B3N2", f"GS1.1.{EPOCH}.4.1.{EPOCH + 60}.0.0.0"))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        if "Firefox" in ua:
            boundary = self.form_boundary("gecko")
        else:
            boundary = "----WebKitFormBoundary" + "".join(
                self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        body = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                       for k, v in fields)
        return body + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def admin_search(self) -> str:
        person = self.pick(self.people)
        return self.pick([person["name"], person["first"], person["name"].split()[-1], person["email"],
                          person["handle"], person["id"], "@brassanvil.beer", TEAM, "o'connell", "O'Brien-Walsh",
                          "ní bhriain", "müller", "nguyễn", "田中", "st. clair", "smith-ng", "de smet", "taproom",
                          "bristol", "U07", "leeds", "jp", "mary-kate", "D'Angelo"])

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.24:
            params = [("q", self.admin_search())]
            if self.chance(0.2):
                params.append(("page", str(self.rng.randint(2, 5))))
            h = self.browser("/admin/users")
            h["Cookie"] = self.cookie(session)
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.36:
            q = self.pick(["", self.admin_search()])
            fields = [("csrf_token", csrf), ("q", q), ("page", str(self.pick([1, 1, 2, 3]))),
                      ("value", self.pick(["0", "1"]))]
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(session)
            return self.record("admin", "form", {
                "method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 180)}/{self.pick(['active', 'admin'])}",
                "headers": h, "body": urllib.parse.urlencode(fields)})
        if roll < 0.46:
            h = self.browser("/admin/audit")
            h["Cookie"] = self.cookie(session)
            q = self.pick(["login", "user.active", "user.admin", "feature.set", "client.create", "client.rotate",
                           "client.disable", "admin.map_slack", "account.totp_enable", "denied", "failed",
                           "aoife.oconnell", "ops-admin", "cellar-sync", "square-pos:export", "2024-09-12",
                           "weather@T07BRSANVL", "slack:T07BRSANVL/"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.53:
            action = self.pick(ACTIONS)
            if self.chance(0.6):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
            else:
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, PARTNER_TEAM,
                                                                                           "t04cloudco"])),
                          ("enabled", self.pick(["0", "1"]))]
            uri = "/admin/features"
            if self.chance(0.2):
                uri, fields = "/admin/features/remove", [("csrf_token", csrf), ("action", action),
                                                         ("team_id", PARTNER_TEAM)]
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(session)
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.61:
            client = self.pick(["untappd-bridge", "sheets-stock", "grafana.cellar", "rota-sync", "square-pos:export",
                                "keg-tracker.v2", "ci-github-actions", "brewfather_bridge", "tokyo-pos:smaregi"])
            desc = self.pick([
                "Untappd for Business → tap list sync every 10 min (owner: marketing)",
                "Google Sheets 'Stock 2024' pulls usage stats nightly – Aoife O'Connell",
                "Grafana JSON datasource for the cellar dashboards, read-only",
                "Rota app ↔ Slack users (Deputy export), runs 05:30 Europe/London",
                "Square POS export: sales per tap & site → finance (read)",
                "Keg tracker v2 – QR scans at delivery/collection, Leeds + Bristol",
                "CI: GitHub Actions deploy checks for cellar-sync (#it-ops)",
                "Brewfather bridge: batch readings (SG, °P, temp) from the Tilt/iSpindel Pi",
                "東京店 POS (スマレジ) 売上データ連携 – read only", "",
                "temp – delete after the Oktoberfest 21.09.–06.10."])
            fields = [("csrf_token", csrf), ("client_id", client), ("description", desc), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            uri = "/admin/clients"
            if self.chance(0.3):
                state = self.pick(["rotate", "disable", "enable"])
                uri, fields = f"/admin/clients/{urllib.parse.quote(client, safe='')}/{state}", [("csrf_token", csrf)]
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(session)
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.79:
            h = self.browser(self.pick([None, "/admin/", "/admin/users", "/admin/features"]))
            h["Cookie"] = self.cookie(session)
            page = self.pick(["/admin/", "/admin/", "/admin/features", "/admin/clients", "/admin/gateway",
                              "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=o%27connell&page=1",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/slack-sign-in?done=mapped", "/admin/account?done=totp_enabled",
                              "/admin/users?q=&page=3", "/admin/audit?q=&page=2"])
            return self.record("admin", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.84:
            h = self.browser(self.pick([None, "/admin/login?next=%2Fadmin%2Fclients"]))
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3Dbristol",
                             "/admin/login?next=/admin/features", "/admin/login?bye=1"])
            return self.record("admin", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.87:
            h = self.browser("/admin/")
            h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
            for key in ("Upgrade-Insecure-Requests", "Sec-Fetch-User"):
                h.pop(key, None)
            return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})
        if roll < 0.93:
            h = self.browser(form=True)
            h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            password = self.pick([
                "".join(self.pick("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!#%&*?@^~")
                        for _ in range(self.rng.randint(18, 32))),
                "-".join(self.pick(["hopback", "sparge", "firkin", "kölsch", "mash", "wort", "spile", "tun",
                                    "Plato", "grist", "brite", "Keg"]) for _ in range(4))
                + str(self.rng.randint(1, 99)),
            ])
            nxt = self.pick(["/admin/", "/admin/users?q=bristol", "/admin/clients"])
            fields = [("csrf_token", csrf), ("next", nxt),
                      ("username", self.pick(self.admins)), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(session)
        sub = self.rng.random()
        if sub < 0.35:
            person = self.pick(self.people)
            uri = "/admin/slack-sign-in"
            fields = [("csrf_token", csrf), ("username", self.pick(self.admins)), ("team_id", TEAM),
                      ("user_id", person["id"])]
        elif sub < 0.45:
            uri, fields = "/admin/slack-sign-in/remove", [("csrf_token", csrf), ("username", self.pick(self.admins))]
        elif sub < 0.6:
            uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
        elif sub < 0.75:
            secret = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
            uri = "/admin/account/totp/confirm"
            fields = [("csrf_token", csrf), ("totp_pending", secret), ("totp", f"{self.rng.randint(0, 999999):06d}")]
        elif sub < 0.82:
            uri = "/admin/account/totp/disable"
            fields = [("csrf_token", csrf), ("password", self.token(15))]
        else:
            uri, fields = "/admin/logout", [("csrf_token", csrf)]
        return self.record("admin", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(self.pick([None, "/me/", "/auth/slack/", "https://app.slack.com/"]),
                             site=self.pick(["same-origin", "cross-site"]))
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            method = "HEAD" if self.chance(0.03) else "GET"
            return self.record("me", "cookie", {"method": method, "uri": uri, "headers": h})
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(session)
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.alert_time()), ("timezone", person["tz"])]
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        if uri in ("/me/location", "/me/settings") and self.chance(0.18):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(self.pick([None, "/me/", "https://app.slack.com/"]), site="cross-site")
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.36:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.56:
            state = self.token()
            h = self.browser("https://slack.com/", site="cross-site")
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            code = f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**12, 10**13)}.{self.hexs(64)}"
            params = [("code", code), ("state", state)]
            if self.chance(0.12):
                params = [("error", "access_denied"), ("state", state)]
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.7:
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.85:
            h = self.browser("https://app.slack.com/", site="cross-site")
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.record("auth", "form", self.csrf_post(f"/auth/slack/link/{link}", h, csrf))

    # ---- TokenDealer, health, metadata -------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(SCRIPT_AGENTS[:12]), "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record("oauth", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Better Stack Better Uptime Bot Mozilla/5.0", "curl/8.4.0", "Pingdom.com_bot_version_1.4"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            method = self.pick(["GET", "GET", "GET", "HEAD"])
            uri = self.pick(["/healthz", "/healthz", "/readyz"])
            return self.record("health", "header", {"method": method, "uri": uri, "headers": h})
        if roll < 0.75:
            h = {"User-Agent": self.pick(["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.2 (Lua) ngx_lua/10026", "python-httpx/0.27.2"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])}
            if self.chance(0.45):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("health", "header", {"method": "GET", "uri": "/.well-known/jwks.json", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2 (+https://authlib.org/)", "curl/8.4.0",
                                      "oauth4webapi/2.12.0"]), "Accept": "application/json"}
        return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "headers": h,
                                                "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 250), ("slack_dm", 230), ("slack_dm_changed", 35), ("slack_file", 25), ("slack_home", 40),
    ("slash_command", 300), ("interaction", 140), ("api", 250), ("admin", 150), ("me", 105), ("auth", 60),
    ("oauth", 75), ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, kinds interleaved in a seeded order, Slack's URL verification first."""
    gen = Taproom()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verification()
    for name in todo:
        yield getattr(gen, name)()
