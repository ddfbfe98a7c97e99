"""Benign evaluation set (seventyninth): a florist and event-planning studio's ordinary traffic, benign only.

The company is Petal & Stem Atelier, a florist and event-planning studio with shops in Bath, Edinburgh, Ghent,
Porto and Montréal. Its florists, drivers, event planners and office use Jeeves mostly to check the weather before
deliveries, outdoor ceremonies, marquee builds and market runs, and they talk to it the way they talk to each other:
bouquet and arrangement SKUs (BQ-ROSE-24), flower names in Latin and several languages, delivery slots (14:00–16:00),
wedding timelines, table plans (T3, 8 pax), quotes with deposits and VAT, colour palettes (#F4C2C2 blush), supplier
orders in stems and boxes, and card messages with emoji and accents.

Every request goes to an endpoint this product defines, with only the fields its handlers read: Slack's Events API
(app_mention, message.im, app_home_opened and what those subscriptions deliver: threads, edits, file shares, link
unfurls, Jeeves' own replies), `/jeeves` slash commands, block_actions button clicks (set_location,
forget_me_confirm, forget_me_cancel), the data API (users list/read/patch, usage stats, switches), the admin panel,
`/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the
health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyninth"
SEED = 79_2024_0914
EPOCH = 1726297200  # 2024-09-14 07:00 UTC, a Saturday: three weddings and a christening
TEAM, TEAM_DOMAIN = "T05PETALST", "petal-and-stem"
PARTNER_TEAM = "T08GHENTBL"  # the Ghent shop's own workspace
APP_ID, BOT_USER, BOT_ID = "A07PSJVS11", "U07JEEVESP", "B07JEEVESP"
HOST = "jeeves.petalandstem.co.uk"
BASE = f"https://{HOST}"

FIRST = ["Fenella", "Ottilie", "Wojciech", "Inès", "Saoirse", "Ngozi", "Haruto", "Ximena", "Lieve", "Bram",
         "Margarida", "Ewan", "Anaïs", "Kemal", "Priya", "Zofia", "Rhiannon", "Jun", "Thibault", "Aroha",
         "Dagný", "Mateus", "Eilidh", "Soo-ah", "Noémie", "Callum", "Yara", "Joost", "Élodie", "Tadhg"]
LAST = ["MacLeod", "Van den Broeck", "Kowalczyk", "Ferreira da Silva", "O'Hare", "Adeyemi", "Tanaka", "Ruiz",
        "De Smet", "Peeters", "Carvalho", "Buchanan", "Lefèvre", "Yıldız", "Nair", "Nowak", "Prys-Jones",
        "Zhou", "Gagnon", "Ngata", "Jónsdóttir", "Costa", "Mackintosh", "Park", "Tremblay", "Hendry",
        "Haddad", "Janssens", "Côté", "Ó Briain"]
COUPLES = ["Isla & Callum", "Amara + Jonah", "Léa et Mathis", "Sofie & Wout", "Beatriz e Tiago", "Mr & Mrs Okafor",
           "Hannah and Priyesh", "Chloé & Gabriel Tremblay", "Ruairí & Niamh", "Yuki と Ken", "the Van Damme family",
           "Ms Fairbairn (mother of the bride)", "Dr. Anjali Rao & Tom Whitcombe", "Ines & Marta"]
VENUES = ["Prior Park, Bath", "The Assembly Rooms, Bath BA1 2QH", "Dundas Castle, South Queensferry EH30 9SP",
          "Kasteel van Ooidonk, Deinze", "Quinta da Aveleda, Penafiel", "Château Ramezay, Montréal",
          "St Giles' Cathedral, Edinburgh", "Het Pand, Onderbergen 1, 9000 Gent", "Holburne Museum (garden)",
          "Palácio da Bolsa, Porto", "Jardin botanique de Montréal", "Kinloch Rannoch village hall",
          "Orangery @ Ston Easton Park", "Marquee, Lower Field, Home Farm, Wellow BA2 8QJ"]
SHOPS = [("Bath", "12 Walcot St, Bath BA1 5BG"), ("Edinburgh", "48 Broughton St, Edinburgh EH1 3SA"),
         ("Gent", "Vrijdagmarkt 21, 9000 Gent"), ("Porto", "Rua de Cedofeita 133, 4050-181 Porto"),
         ("Montréal", "5210 boul. Saint-Laurent, Montréal QC H2T 1R9")]
PLACES = ["Bath", "Edinburgh", "Gent", "Porto", "Montréal", "Bradford-on-Avon", "South Queensferry", "Deinze",
          "Penafiel", "Vila Nova de Gaia", "Leith", "Portobello", "Frome", "Wells", "Bruges", "Sintra", "Outremont",
          "Saint-Sauveur", "Pitlochry", "Castle Combe", "Stow-on-the-Wold", "Aalst", "Braga", "Kraków", "Köln",
          "BA1 5BG", "EH1 3SA", "9000", "4050-181", "H2T 1R9", "BA2 8QJ", "51.3811, -2.3590", "55.9576,-3.1897"]
TIMEZONES = ["Europe/London", "Europe/Brussels", "Europe/Lisbon", "America/Toronto", "Europe/Paris", "UTC",
             "Europe/Amsterdam", "America/Montreal", "Europe/Warsaw", "Asia/Tokyo"]
SKUS = ["BQ-ROSE-24", "BQ-PEONY-12", "BQ-WILD-M", "ARR-TBL-LOW-06", "ARR-URN-XL", "BTN-RAN-01", "CRG-BRIDE-02",
        "WR-MOSS-40cm", "GAR-EUC-3M", "BQ-SUNF-10 (×3)", "CORS-ORCH-W", "ARCH-HALF-MOON", "BQ-DAHL-LG", "JAR-MINI×20"]
FLOWERS = ["Rosa 'Juliet'", "Paeonia lactiflora 'Sarah Bernhardt'", "Eucalyptus cinerea", "Gypsophila paniculata",
           "Ranunculus asiaticus", "Dahlia 'Café au Lait'", "Hydrangea macrophylla", "Lisianthus (Eustoma)",
           "Alstroemeria", "Scabiosa stellata", "Anemone coronaria 'Mistral'", "Pioenrozen", "Ranonkels",
           "pivoines", "renoncules", "peónias", "hortênsias", "Tulipa 'La Belle Époque'", "Astilbe", "waxflower",
           "Ammi majus", "Cosmos 'Purity'", "Matthiola incana (stock)", "Phalaenopsis", "Craspedia", "Limonium"]
SLOTS = ["14:00–16:00", "08:00-10:00", "9–11am", "before 12", "12h30–14h", "10:00 – 12:00", "17:00-19:00 (evening)",
         "AM slot", "ASAP", "by 11:15 latest", "zw. 13 en 15 u", "entre 15h e 17h", "6.30am setup"]
PRICES = ["£1,240.00", "£45", "€ 380,50", "€2.150", "$1 875,00 CA", "CAD 620", "£3,600 + VAT", "deposit 30% (£1,080)",
          "VAT 20% = £248", "BTW 6%", "IVA 23%", "TPS/TVQ incl.", "balance £2,520 due 7 days before", "£12.50/stem"]
PALETTES = ["#F4C2C2 blush", "#FFFDD0 cream", "sage #9CAF88", "dusty pink #DCAE96", "burgundy #800020",
            "terracotta #E2725B", "ivory + eucalyptus", "blush/peach/cream", "pastel lilac #C8A2C8", "mustard #E1AD01"]
TABLES = ["T3 (8 pax)", "T1 top table (12)", "T7 10 pax", "tables 1–14", "T12 (6 pax, kids)", "sweetheart table",
          "T4, T5 & T6 (8 each)", "long table A 24 pax"]
SUPPLIER = ["3 boxes Rosa 'Avalanche' 60cm (100 stems/box)", "40 stems Paeonia coral charm", "2× 5kg chicken wire",
            "6 bunches eucalyptus parvifolia", "1 box gyp 'Xlence' 80cm", "25 stems ranunculus Hanoi",
            "oasis ×48 bricks", "12 buckets, 20 L", "150 stems lisianthus white", "8 boxes mixed dahlias"]
CARDS = ["Félicitations à vous deux ! 💐", "Happy 40th Mum ❤️ love J & K xx", "Gefeliciteerd met jullie trouwdag 🌷",
         "Parabéns, meu amor! 🌹", "Thinking of you. With deepest sympathy, the Hendry family",
         "Joyeux anniversaire ma chérie 🎂✨", "Welcome to the world, little Élise 👶🌼", "お誕生日おめでとう 🌸",
         "Sorry I forgot… again 😬 love you", "Zum Jubiläum – alles Liebe! 💛", "Veel beterschap! 🌻",
         "Te quiero, mamá 💐", "Все мои поздравления! 🌹", "شكراً لكم 🌷"]
EMOJI = [":bouquet:", ":tulip:", ":rose:", ":sunflower:", ":cherry_blossom:", ":wedding:", ":truck:", ":umbrella:",
         ":sunny:", ":cloud_with_rain:", ":pray:", ":tada:", ":sweat_smile:", ":white_check_mark:", "💐", "🌷", "🌹",
         "🌸", "🚚", "☔", "🌤️", "😅", "🙏", "✨", "💍", "🇧🇪", "🇵🇹", "🍁"]
LINKS = [
    "https://www.pinterest.co.uk/pin/558587160036124873/", "https://www.instagram.com/p/C9xQ2bKsT4e/?igsh=bDl4dGVz",
    "https://www.metoffice.gov.uk/weather/forecast/gcnhtnumz#?date=2024-09-14",
    "https://www.google.com/maps/place/Prior+Park+Landscape+Garden/@51.3652,-2.3426,16z",
    "https://petalandstem.sharepoint.com/sites/Events/Shared%20Documents/2024/Isla%20%26%20Callum/timeline_v4.xlsx",
    "https://www.flowerweb.nl/en/products?category=roses&colour=blush&length=60",
    "https://app.dotdigital.com/p/5ZYC-2QF/?utm_source=newsletter&utm_medium=email&utm_campaign=autumn24",
    "https://www.meteo.be/nl/gent", "https://www.ipma.pt/pt/otempo/prev.localidade.hora/#Porto&Porto",
    "https://meteo.gc.ca/city/pages/qc-147_metric_f.html", "https://calendly.com/petalandstem/consultation-45min",
    "https://shop.petalandstem.co.uk/products/bq-rose-24?variant=44781923451&utm_source=slack",
]
COMMANDS = [
    "weather %PLACE%", "weather %VENUE%", "weather %PLACE% tomorrow", "weather for the ceremony at %VENUE%",
    "weather %SHOP%", "weather %PLACE% %EMOJI%", "weather", "wetaher %PLACE%", "weather %PLACE%?",
    "weather %PLACE% saturday pls", "remember location %SHOP%", "remember location %PLACE%",
    "remember location Petal & Stem, %SHOP%", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me",
    "Weather near %VENUE% between %SLOT%?", "weather %PLACE% — outdoor arch, need to know about wind",
]
CHAT = [
    "%SKU% for %COUPLE% — slot %SLOT%, card says: \"%CARD%\"", "can someone cover the %SLOT% run to %VENUE%?",
    "palette confirmed: %PAL%, plus %FLOWER% as accent", "%TABLE%: low arrangements only, nothing above 30cm pls",
    "quote sent to %COUPLE%: %PRICE%", "supplier order: %SUPPLY%", "%FLOWER% arrived looking sad 😢 — 2 buckets",
    "who has the van keys? %EMOJI%", "%WHO% can you prep %SKU% ×4 before %SLOT%?", "card msg: %CARD%",
    "ceremony at %VENUE% moved to 15:30, arch needs to be up by 14:45", "conditioned everything, cold room at 4°C",
    "%COUPLE% wants more %PAL% in the buttonholes, less white", "deposit received %PRICE% ✅",
    "reminder: Sunday market run 5am, Veiling Holland order closes 11:00 CET", "Thx! see you at %VENUE%",
    "anyone seen the 30 cm glass cylinders? (need 14 for %TABLE%)", "reorder %SUPPLY% — we're down to 2",
    "Invoice INV-2024-0917 for %COUPLE%: %PRICE%, paid by BACS", "delivery to %SHOP% between %SLOT% 🚚",
    "bride asked for \"something like Pinterest but less boho\" 🙃 %LINK%", "ok", "👍", "on my way", "merci !",
    "obrigada 🌷", "dank je!", "%FLOWER% 40 stems @ £1.10 = £44.00", "garland 3m %SKU%, 2 of them for the arch",
]
LONG_MESSAGES = [
    "Timeline for %COUPLE% (Sat):\n07:00 load van at %SHOP%\n09:30 arrive %VENUE%\n10:00–12:00 arch + aisle "
    "jars\n12:30 bridal party flowers (%SKU%, 6× BTN-RAN-01)\n13:30 ceremony 🙏\n16:00 flip to reception: %TABLE%",
    "Quote Q-2024-311 for %COUPLE%\n- bridal bouquet %SKU% .... £185\n- 6 bridesmaids .... £420\n- 14 tables low "
    "arr. @ £65 = £910\n- arch install .... £650\nSubtotal £2,165 + VAT 20% (£433) = £2,598\nDeposit 30%: £779.40",
    "Supplier order for Tuesday (Aalsmeer):\n• %SUPPLY%\n• %SUPPLY%\n• %SUPPLY%\nPlease confirm by 11:00 CET, "
    "payment terms 30 days net. Merci / dank u!",
    "Notes from the consult with %COUPLE%:\npalette %PAL% & %PAL%\nlikes %FLOWER%, hates carnations\n"
    "budget approx. %PRICE%\nvenue %VENUE%, outdoor ceremony if dry ☔🤞",
]
BOT_REPLIES = [
    "%PLACE%: 17°C, light rain, wind 22 km/h", "%PLACE%: 14°C, overcast, 60% chance of showers",
    "%PLACE%: 21°C, sunny, gusts up to 35 km/h", "Okay, I'll remember %SHOP% as your location.",
    "Your location is %SHOP%.", "I've forgotten your location.", "Daily alerts are now on (%HHMM%).",
    "Timezone set to %TZ%.", "Units set to metric.",
]
FILES = ["timeline_Isla-Callum_v4.xlsx", "Quote Q-2024-311 (rev2).pdf", "table-plan_T1-T14.pdf", "IMG_4471.HEIC",
         "moodboard blush+sage.png", "Aalsmeer_order_wk38.csv", "arch_mockup_final (1).jpg", "card-messages.docx",
         "Ooidonk_floorplan.pdf", "inspo – pivoines.jpg"]
FILE_NOTES = ["", "table plan for %COUPLE%", "%SKU% photo for the website 📸", "updated timeline, slot %SLOT%",
              "moodboard: %PAL%", "can you remember this location? %VENUE%"]
FILE_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
              "csv": "text/csv", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
UNFURLS = [("Pinterest", "Blush & sage wedding arch 🌸", "Save ideas for your autumn wedding florals."),
           ("Instagram", "petalandstem on Instagram: \"Saturday at Prior Park 💐\"", None),
           ("Met Office", "Bath weather - Met Office", "Sunny intervals, 18°C, wind 12 mph."),
           ("Petal & Stem", "BQ-ROSE-24 — Two dozen roses | £65.00", "Hand-tied, 24 stems, same-day delivery.")]
SEARCH_Q = ["MacLeod", "fenella", "@petalandstem.co.uk", "O'Hare", "van den broeck", "Côté", "Ó Briain", "driver",
            "gent", "porto", "inès", "De Smet", "Jónsdóttir", "prys-jones", TEAM, "ferreira da silva"]
AUDIT_Q = ["login", "user.active", "client.create", "client.rotate", "feature.set", "login.slack", "denied",
           "account.totp_enable", "2024-09-13", "shopify-sync", "failed", "user.forget_me"]
ADMINS = ["studio.admin", "fenella.macleod", "it-bath", "ops-gent", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("shopify-sync", "Shopify orders → delivery slots (read), every 10 min"),
    ("looker-deliveries", "Looker Studio: deliveries & weather cancellations per shop (Bath, EDI, GNT, OPO, MTL)"),
    ("xero-bridge", "Xero invoices ↔ staff list; read-only, nightly 01:30"),
    ("zapier:consults", "Zapier: Calendly consult booked → Slack reminder w/ weather"),
    ("route-planner", "Van route planner (Circuit) — reads users' locations"),
    ("ci-github", "GitHub Actions smoke test after deploy"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.0.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "nl-BE,nl;q=0.9,en;q=0.8", "pt-PT,pt;q=0.9,en;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8",
         "en-US,en;q=0.9", "fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9"]
SCRIPT_UAS = ["python-requests/2.32.3", "curl/8.9.1", "Go-http-client/2.0", "axios/1.7.7", "Zapier",
              "PostmanRuntime/7.41.2", "Shopify-Captain-Hook", "okhttp/4.12.0", "node-fetch/3.3.2"]
API_CLIENTS = ["shopify-sync", "looker-deliveries", "xero-bridge", "zapier:consults", "route-planner", "ci-github"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "curl/8.9.1"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "python-requests/2.32.3", "Authlib/1.3.2"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=o%27hare", "/admin/audit?q=login"]
PHRASE_WORDS = ["peony", "ranunculus", "marquee", "garland", "dahlia", "eucalyptus", "posy", "corsage"]
PATCH_NAMES = ["Fenella MacLeod (Head Florist)", "Inès Lefèvre – Gent", "Saoirse O'Hare", "Jun Zhou 周俊",
               "Margarida Ferreira da Silva", "Noémie Côté | Montréal", "Tadhg Ó Briain, driver"]
UNTIL = ["2024-09-14T07:00:00Z", "2024-09-14", "2024-09-14T08:00:00+01:00"]


class Studio(EvaluatorDay):
    """Petal & Stem Atelier: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "pS4tEm9QwR2yXv7LkN3bHdZa"
    base = BASE
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    health_uas, meta_uas, verify_uas = HEALTH_UAS, META_UAS, SCRIPT_UAS
    partner_team, partner_domain = PARTNER_TEAM, "petal-stem-gent"
    button_places = PLACES + VENUES + [s[1] for s in SHOPS]
    weather_replies = BOT_REPLIES[:3]
    timezones = TIMEZONES
    me_places = PLACES + VENUES + [s[1] for s in SHOPS]
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "")
    limits, offsets = ("25", "50", "100", "200"), (0, 25, 50, 100, 200)
    filter_teams, patch_names, until_choices = (TEAM, PARTNER_TEAM), PATCH_NAMES, UNTIL
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "|this", "|inspo", "|forecast")
    edit_suffixes = (" (edit: wrong slot)", " *", "")
    files, file_notes, file_types, unfurls, bot_replies = FILES, FILE_NOTES, FILE_TYPES, UNFURLS, BOT_REPLIES
    unfurl_leads = ("", "weather for this venue? ", "look 😍 ")
    fill_pools = {"%SKU%": SKUS, "%COUPLE%": COUPLES, "%VENUE%": VENUES, "%PLACE%": PLACES, "%FLOWER%": FLOWERS,
                  "%SLOT%": SLOTS, "%PRICE%": PRICES, "%PAL%": PALETTES, "%TABLE%": TABLES, "%SUPPLY%": SUPPLIER,
                  "%CARD%": CARDS, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(120):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = first.encode("ascii", "ignore").decode().lower() or "staff"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@petalandstem.co.uk",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "bath-shop", "edinburgh-shop", "gent-winkel", "porto-loja", "montreal-boutique", "weddings",
            "deliveries", "supplier-orders", "quotes", "events-sept", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(50)]

    def fill_makers(self) -> dict[str, Any]:
        return {"%SHOP%": lambda: self.pick(SHOPS)[1], "%HHMM%": self.hhmm}

    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH}.{self.hexs(8)}", "app_id": APP_ID, "bot_id": BOT_ID,
                "blocks": [{"type": "section", "block_id": "s1", "text": {
                    "type": "mrkdwn", "text": f"*Location:* {self.pick(SHOPS)[1]}\n*Units:* metric"}}]}

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T06:00:00+01:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 25), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The studio's Saturday, kinds interleaved (after Slack's URL verification)."""
    return planned(Studio(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
