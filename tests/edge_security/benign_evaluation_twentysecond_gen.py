"""A Friday release day at Fernhill, a music-streaming and podcast company that runs Jeeves (benign only).

About 1,700 requests on every route of the edge, in the proportions a deployment of this company sees them:
Slack first (channel chat, threads, @mentions, DMs, edits, other bots' posts, file shares, link unfurls,
reactions, App Home; `/jeeves` slash commands; button clicks and modal submissions), then the data API
(catalogue scripts, CI, Airflow and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack
and its one-time links, TokenDealer and the health and metadata endpoints.

What this company types: track, album, artist and playlist names exactly as the catalogue spells them (quotes,
apostrophes, brackets, slashes, `<3`, `?!`, `AC/DC`, `Sunn O)))`, `!!!`, a band called DROP TABLE, many
scripts and emoji), lyrics lines, ISRC/UPC/ISWC codes, royalty CSV and spreadsheet rows, DDEX snippets, cue
sheets, M3U and LRC files, podcast show notes with chapter timestamps and tracking links, ffmpeg and loudness
talk, and the SQL and pandas the data team shares.

How it was written: by the twenty-second independent benign evaluator, from the route list (name, match,
methods and upstream of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md and the
record structure of benign_day_gen.py. No WAF rule, exclusion, ruleset, rule test, corpus, family generator or
other evaluator's text list was read, and the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_boundary, multipart_form, form_request, token_request, verify_request, get_request,
cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_params, link_preview,
link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 22_2024_0913
EPOCH = 1726214400  # 2024-09-13 08:00 UTC, a Friday: new releases went live at midnight local time
ENTERPRISE, ENTERPRISE_NAME = "E01FERNHL", "Fernhill"
TEAMS = [("T04FERNHL", "fernhill"), ("T04FERNHL", "fernhill"), ("T04FERNHL", "fernhill"),
         ("T05FHPODS", "fernhill-podcasts"), ("T06FHLABL", "fernhill-label")]
APP_ID, BOT_USER = "A07JEEVES2", "U07JEEVES0"
HOST = "edge.fernhill.fm"
BASE = f"https://{HOST}"
VERIFICATION_TOKEN = "fHx9mQ2aLw7cVt3bKp0ZsEdR"  # Slack's legacy verification token field: a made-up value

FIRST = ["Siobhán", "Jean-Luc", "Ngozi", "Kwame", "Maëlle", "Björn", "D'Angelo", "Mary-Kate", "Zoë", "Łukasz",
         "Ana-Maria", "José Ángel", "Thảo", "Jae-hyun", "Aiko", "Mustafa", "Noa", "Ifeoma", "Rhiannon", "Seán",
         "Ólöf", "Tor-Erik", "Marie-Ève", "Kai", "Priyanka", "Tomasz", "Dmitry", "Chidi", "Ayşe", "Hélène",
         "Giulia", "João", "Nnamdi", "Amara", "Lucía", "Matthias", "Rui", "Yuki", "Min-jun", "Aditi", "Sam", "Alex",
         "Jo", "Robin", "Tiago", "Ebru", "Sipho", "Wanjiru", "Mateo", "Freya"]
LAST = ["O'Neill", "Ferré", "Adébáyọ̀", "Asante-Mensah", "Le Guen", "Þórsson", "Ruiz", "O'Hara", "Saint-Clair",
        "Żółkiewski", "Dumitrescu", "Núñez", "Nguyễn", "Park", "Takahashi", "Al-Amin", "Ben-David",
        "Okonkwo-Bello", "ap Gwynfor", "Mac Giolla Phádraig", "Jónsdóttir", "Hågensen", "Tremblay", "O'Connell-Ng",
        "von Essen", "Iyer", "Wójcik", "Sokolov-Ivanov", "Eze", "Yıldırım", "d'Aubigny", "D'Amico", "São João",
        "dos Santos", "McCartney-Shaw", "Kowalczyk", "Fitzgerald", "Baptiste", "Mbeki", "Kim", "Smith",
        "Johansson", "Müller", "García-Márquez", "Van den Broeck", "N'Diaye"]
NAME_SUFFIX = ["", "", "", "", " 🎧", " (she/her)", " (he/him)", " (they/them)", " | A&R", " — on tour till 22/09",
               " [OOO]", " 🤘 AC/DC forever", " · Sunn O))) 24/7", " (DROP TABLE, bass)", " <3 vinyl",
               " ?! podcast host", " / Catalogue Ops", " – Rights & Royalties", " 🇧🇷", " @ Roskilde '24",
               " (Editorial: Afrobeats)", " 🎙️ B-Side Stories", " // mastering", " ♪♫", " [she/her · Lisboa]",
               " – \"Heroes\" era", " 🎸🥁", " (ext. contractor)", " - Data Eng", " 🐝 Beyhive"]

# The catalogue: (artist, title, album, year), spelled as the label and the distributor deliver it.
TRACKS: list[tuple[str, str, str, int]] = [
    ("David Bowie", "\"Heroes\"", "\"Heroes\" (2017 Remaster)", 1977),
    ("AC/DC", "It's a Long Way to the Top (If You Wanna Rock 'n' Roll)", "T.N.T.", 1975),
    ("AC/DC", "Rock 'n' Roll Train", "Black Ice", 2008),
    ("AC/DC", "T.N.T.", "High Voltage", 1976),
    ("Sunn O)))", "Aghartha", "Monoliths & Dimensions", 2009),
    ("Sunn O)))", "Between Sleipnir's Breaths", "Life Metal", 2019),
    ("Sunn O))) & Boris", "The Sinking Belle (Blue Sheep)", "Altar", 2006),
    ("!!!", "Me and Giuliani Down by the School Yard (A True Story)", "Louden Up Now", 2004),
    ("!!!", "Even When the Water's Cold", "Thr!!!er", 2013),
    ("DROP TABLE", "Null & Void", "Schema / Anti-Schema", 2021),
    ("DROP TABLE", "Rollback (Live at Paradiso, 12/03/2023)", "Live in Amsterdam", 2023),
    ("DROP TABLE", "Foreign Keys", "Schema / Anti-Schema", 2021),
    ("Velvet Kestrel", "<3", "Heart Emoji (Deluxe)", 2024),
    ("Velvet Kestrel", "u r my 1 & only", "Heart Emoji (Deluxe)", 2024),
    ("Hæmatite", "?!", "Noise / Signal", 2024),
    ("Hæmatite", "Who?! What?! (Interlude)", "Noise / Signal", 2024),
    ("Cassius", "I <3 U SO", "I <3 U SO (Remixes)", 2009),
    ("Bon Iver", "715 - CRΣΣKS", "22, A Million", 2016),
    ("Bon Iver", "22 (OVER S∞∞N)", "22, A Million", 2016),
    ("Bon Iver", "10 d E A T h b R E a s T ⚄ ⚄", "22, A Million", 2016),
    ("Bon Iver", "33 \"GOD\"", "22, A Million", 2016),
    ("Godspeed You! Black Emperor", "The Dead Flag Blues", "F♯ A♯ ∞", 1997),
    ("Godspeed You! Black Emperor", "Storm", "Lift Your Skinny Fists Like Antennas to Heaven", 2000),
    ("Tool", "(-) Ions", "10,000 Days", 2006),
    ("Tool", "Ænema", "Ænima", 1996),
    ("Aphex Twin", "ΔMi−1 = −αΣn=1NDi[n][Σj∈C[i]Fji[n − 1] + Fexti[n−1]]", "Windowlicker", 1999),
    ("Aphex Twin", "#3", "Selected Ambient Works Volume II", 1994),
    ("Justice", "D.A.N.C.E.", "†", 2007),
    ("Sigur Rós", "Untitled #1 (a.k.a. \"Vaka\")", "( )", 2002),
    ("Sigur Rós", "Svefn-g-englar", "Ágætis byrjun", 1999),
    ("Sinéad O'Connor", "Nothing Compares 2 U", "I Do Not Want What I Haven't Got", 1990),
    ("Prince", "I Would Die 4 U", "Purple Rain", 1984),
    ("Panic! at the Disco", "I Write Sins Not Tragedies", "A Fever You Can't Sweat Out", 2005),
    ("Fall Out Boy", "Thnks fr th Mmrs", "Infinity on High", 2007),
    ("Fall Out Boy", "I Slept with Someone in Fall Out Boy and All I Got Was This Stupid Song Written About Me",
     "From Under the Cork Tree", 2005),
    ("System of a Down", "Chop Suey!", "Toxicity", 2001),
    ("System of a Down", "B.Y.O.B.", "Mezmerize", 2005),
    ("Weezer", "(If You're Wondering If I Want You To) I Want You To", "Raditude", 2009),
    ("Radiohead", "2 + 2 = 5", "Hail to the Thief", 2003),
    ("Radiohead", "Packt Like Sardines in a Crushd Tin Box", "Amnesiac", 2001),
    ("Guns N' Roses", "Sweet Child O' Mine", "Appetite for Destruction", 1987),
    ("Earth, Wind & Fire", "September", "The Best of Earth, Wind & Fire, Vol. 1", 1978),
    ("Simon & Garfunkel", "The Sound of Silence", "Wednesday Morning, 3 A.M.", 1964),
    ("Blue Öyster Cult", "(Don't Fear) The Reaper", "Agents of Fortune", 1976),
    ("The B-52's", "Love Shack", "Cosmic Thing", 1989),
    ("Britney Spears", "...Baby One More Time", "...Baby One More Time", 1999),
    ("Britney Spears", "Oops!...I Did It Again", "Oops!...I Did It Again", 2000),
    ("OutKast", "Hey Ya!", "Speakerboxxx/The Love Below", 2003),
    ("Daft Punk", "Harder, Better, Faster, Stronger", "Discovery", 2001),
    ("ABBA", "Gimme! Gimme! Gimme! (A Man After Midnight)", "Voulez-Vous", 1979),
    ("Édith Piaf", "Non, je ne regrette rien", "Non, je ne regrette rien", 1960),
    ("Serge Gainsbourg & Jane Birkin", "Je t'aime... moi non plus", "Jane Birkin / Serge Gainsbourg", 1969),
    ("Rammstein", "Du hast", "Sehnsucht", 1997),
    ("Nena", "99 Luftballons", "Nena", 1983),
    ("Björk", "Jóga", "Homogenic", 1997),
    ("Hildur Guðnadóttir", "Bathroom Dance", "Joker (Original Motion Picture Soundtrack)", 2019),
    ("Molchat Doma (Молчат Дома)", "Судно (Борис Рыжий)", "Этажи", 2018),
    ("Kino (Кино)", "Группа крови", "Группа крови", 1988),
    ("BTS (방탄소년단)", "피 땀 눈물 (Blood Sweat & Tears)", "WINGS", 2016),
    ("宇多田ヒカル", "First Love", "First Love", 1999),
    ("坂本龍一", "Merry Christmas Mr. Lawrence", "戦場のメリークリスマス", 1983),
    ("Fairuz (فيروز)", "لبيروت (Li Beirut)", "Andaloussiyat", 1987),
    ("A. R. Rahman", "Jai Ho (जय हो)", "Slumdog Millionaire (OST)", 2008),
    ("Rosalía", "DESPECHÁ", "MOTOMAMI +", 2022),
    ("Bad Bunny", "Tití Me Preguntó", "Un Verano Sin Ti", 2022),
    ("Stromae", "Papaoutai", "Racine carrée", 2013),
    ("Youssou N'Dour & Neneh Cherry", "7 Seconds", "The Guide (Wommat)", 1994),
    ("Jorge Ben Jor", "Mas Que Nada", "Samba Esquema Novo", 1963),
    ("Kendrick Lamar", "HUMBLE.", "DAMN.", 2017),
    ("Ms. Lauryn Hill", "Doo Wop (That Thing)", "The Miseducation of Lauryn Hill", 1998),
    ("N.W.A", "Express Yourself", "Straight Outta Compton", 1988),
    ("Tyler, the Creator", "EARFQUAKE", "IGOR", 2019),
    ("Ke$ha", "TiK ToK", "Animal", 2009),
    ("P!nk", "So What", "Funhouse", 2008),
    ("alt-J (∆)", "Breezeblocks", "An Awesome Wave", 2012),
    ("MØ", "Final Song", "Forever Neverland", 2016),
    ("Motörhead", "Ace of Spades", "Ace of Spades", 1980),
    ("Mötley Crüe", "Kickstart My Heart", "Dr. Feelgood", 1989),
    ("Hüsker Dü", "Makes No Sense at All", "Flip Your Wig", 1985),
    ("Queensrÿche", "Silent Lucidity", "Empire", 1990),
    ("Florence + the Machine", "Dog Days Are Over", "Lungs", 2008),
    ("John Cage", "4′33″", "4'33\" / Works for Prepared Piano", 1952),
    ("Beyoncé", "***Flawless", "BEYONCÉ", 2013),
    ("Childish Gambino", "IV. sweatpants", "Because the Internet", 2013),
    ("Muse", "Exogenesis: Symphony, Pt. 1 (Overture)", "The Resistance", 2009),
    ("µ-Ziq", "Hasty Boom Alert", "Lunatic Harness", 1997),
    ("Las Olas de Verónica", "¿Dónde estás, corazón?", "Mareas (Edición Especial)", 2024),
    ("Nós & Vocês", "Saudade (feat. Zé do Rio) [Radio Edit]", "Saudade", 2024),
    ("Oyelaran & the Lagos Tide", "Ọ̀ṣun Rising", "Water / Fire", 2024),
    ("Kaito Mizuno Trio", "夜明け前 (Before Dawn) — Take 3", "Blue Hour Sessions", 2023),
    ("Mira \"Moth\" Okafor", "Moth//Flame", "Lamplight", 2024),
    ("DJ Ça Va", "C'est pas moi, c'est l'algo", "Playlist Fatigue EP", 2024),
    ("The Nettle-Grays", "Hyphen-Ated", "Double-Barrelled", 2022),
    ("Rooftop/Basement", "Up/Down (Extended Mix)", "Stairwell", 2024),
    ("Ørkenvind", "Æ, Ø & Å", "Nordlys", 2023),
    ("L'Orchestre du Dimanche", "Prélude n°2 en ré mineur", "Dimanches, vol. 2", 2024),
    ("Saint-Ursule", "100% (Acoustic) [Bonus Track]", "Percentages", 2024),
    ("Tiny Desk Fire", "$5 Coffee", "Open Plan Office", 2024),
]
PLAYLISTS = ["🔥 Gym 2024 🔥", "songs to cry to (in the car) 😭", "Sunday Morning ☕ / Vinyl Only",
             "AC/DC > everything", "Rock 'n' Roll Train of Thought", "90's R&B <3", "lo-fi beats to debug/relax to",
             "Road trip: Lisboa → Porto",
             "workout (don't judge)", "!!! & friends", "DROP TABLE fan club", "Sunn O))) for sleeping",
             "Release Radar — w/c 09.09", "Editors' Picks: Afrobeats 🇳🇬", "J-Pop 2000–2010", "K-Pop 💜 BTS & more",
             "Chill / Focus / Deep Work", "Mum's 60th — 1964 → 2024", "best of 2023 (top 100)", "Viral 50 – Brasil",
             "Fête de la musique ★ Paris", "first dance ideas 💍", "C♯ minor moods", "songs w/ 'love' in the title",
             "[WIP] podcast bumpers v2", "rainy day ☔ jazz", "¡Reggaetón clásico!", "مزيكا للسفر", "Советский рок",
             "夜の作業用BGM", "편안한 밤", "Top 40 @ 128 BPM", "New Music Friday 13/09", "#1s of the '80s",
             "100% Drone (no vocals!!)", "Who?! What?! Where?!", "Heroes & Villains", "kids' party (clean only)"]
VENUES = ["Nashville, TN", "Music Row, Nashville", "Roskilde", "Wacken", "Tilburg", "Glastonbury", "Pilton, Somerset",
          "Lisboa", "Porto", "Indio, CA", "Austin, TX", "Barcelona", "Budapest", "Montreux", "Reading", "Leeds",
          "Manchester", "Berlin-Friedrichshain", "Köln", "Hamburg (Reeperbahn)", "Paris 11e", "Montréal",
          "Reykjavík", "Tromsø", "Lagos", "Accra", "Nairobi", "São Paulo", "Rio de Janeiro", "Ciudad de México",
          "Bogotá", "Seoul", "서울 마포구", "東京都渋谷区", "大阪", "Melbourne", "Auckland", "Abbey Road, London NW8",
          "Kingsland Rd, London E2 8AN", "Rua da Boavista 84, 1200-066 Lisboa", "1 Music Sq W, Nashville, TN 37203",
          "Skeppsbron 10, Stockholm", "Vesterbrogade 3, 1630 København V", "Óbuda Island, Budapest",
          "Dún Laoghaire", "L'Hospitalet de Llobregat", "Coeur d'Alene, ID", "O'Fallon, MO",
          "Sant'Agata de' Goti", "Saint-Malo", "53.4084, -2.9916", "36.1627,-86.7816", "51.1567° N, 2.5856° W",
          "Weteringschans 6-8, Amsterdam", "Tel Aviv-Yafo", "الدار البيضاء", "Київ", "Αθήνα", "Zürich", "Wien",
          "Kraków", "Gdańsk", "İstanbul", "Mumbai", "बेंगलुरु", "Ho Chi Minh City", "Jakarta"]
PLACE_LABELS = ["Nashville, United States", "Roskilde, Denmark", "Tilburg, Netherlands", "Lisboa, Portugal",
                "São Paulo, Brazil", "Reykjavík, Iceland", "Montréal, Canada", "Köln, Germany", "東京都, Japan",
                "Lagos, Nigeria", "Glastonbury, United Kingdom", "Wacken, Germany", "Austin, United States",
                "Coeur d'Alene, United States", "Dún Laoghaire, Ireland", "Seoul, South Korea", "Barcelona, Spain"]
TIMEZONES = ["Europe/London", "Europe/Lisbon", "Europe/Berlin", "Europe/Paris", "Europe/Stockholm",
             "Atlantic/Reykjavik", "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",
             "America/Mexico_City", "America/Bogota", "America/Toronto", "Africa/Lagos", "Africa/Accra",
             "Africa/Nairobi", "Asia/Tokyo", "Asia/Seoul", "Asia/Kolkata", "Australia/Melbourne", "Pacific/Auckland",
             "UTC"]
CHANNELS = [("C01GENERAL", "general"), ("C02RANDOM0", "random"), ("C03CATOPS0", "catalogue-ops"),
            ("C04ROYALTY", "royalties"), ("C05EDITORL", "editorial"), ("C06PLAYLST", "playlists"),
            ("C07PODSTUD", "podcast-studio"), ("C08INGEST0", "ingest-alerts"), ("C09RIGHTS0", "rights-and-clearances"),
            ("C10DATAENG", "data-eng"), ("C11APPREL0", "app-releases"), ("C12LISBOA0", "office-lisboa"),
            ("C13BERLIN0", "office-berlin"), ("C14NASHVIL", "office-nashville"), ("C15NOWPLAY", "now-playing"),
            ("C16SHOWNTS", "show-notes"), ("C17SUPPORT", "support-escalations"), ("C18GIGS000", "gig-tickets")]
LINKS = ["https://open.fernhill.fm/track/6rqhFgbbKwnb9MLmUQDhG6?si=8f2c1a9d4e7b4c3a",
         "https://open.fernhill.fm/album/2noRn2Aes5aoNVsU6iWThc?si=QbXa0wTfRk6&utm_source=copy-link",
         "https://open.fernhill.fm/playlist/37i9dQZF1DX4JAvHpjipBk?si=1b2c3d&nd=1",
         "https://fernhill.fm/pods/b-side-stories/142?t=3723", "https://youtu.be/dQw4w9WgXcQ?t=43",
         "https://www.youtube.com/watch?v=fJ9rUzIMcZQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=3",
         "https://musicbrainz.org/recording/3a2f1e7c-5d9a-4b8e-9c1f-2e4d6a8b0c12",
         "https://www.discogs.com/release/1234567-Sunn-O-Monoliths-Dimensions",
         "https://isrcsearch.ifpi.org/#!/search?isrcCode=GBFH12400017&tab=lookup&showReleases=0",
         "https://docs.google.com/spreadsheets/d/1Fh2Kq9ZxR0yW/edit#gid=1029384756&range=A1:K40",
         "https://fernhill.atlassian.net/browse/CAT-4412", "https://github.com/fernhill/ingest/pull/982",
         "https://grafana.fernhill.fm/d/streams?orgId=1&from=now-24h&to=now&var-dsp=all",
         "http://ingest-01.internal:8080/jobs/4412?status=failed&since=2024-09-12",
         "https://staging.fernhill.fm:8443/admin/releases?week=2024-37",
         "http://localhost:3000/playlist/edit?id=88&tab=tracks",
         "https://www.ddex.net/standards/electronic-release-notification-message-suite/",
         "https://tickets.example.com/event/9981?ref=fernhill&promo=LINER10",
         "https://en.wikipedia.org/wiki/Sunn_O)))", "https://en.wikipedia.org/wiki/AC/DC",
         "https://en.wikipedia.org/wiki/!!!", "https://www.setlist.fm/search?query=Sunn+O%29%29%29",
         "https://genius.com/Velvet-kestrel-3-lyrics", "https://www.last.fm/music/Guns+N%27+Roses/_/Sweet+Child+O%27+Mine",
         "https://fernhill.fm/blog/2024/09/new-music-friday-13/"]
EMOJI = [":metal:", ":guitar:", ":headphones:", ":notes:", ":musical_note:", ":microphone:", ":drum_with_drumsticks:",
         ":fire:", ":+1:", ":heart:", ":sob:", ":eyes:", ":tada:", ":100:", ":pray:", ":coffee:", ":vinyl:",
         ":white_check_mark:", ":rotating_light:", "🎧", "🎸", "🤘", "🔥", "😭", "❤️", "🎶", "🥁", "🎙️", "💿", "📼",
         "🙏", "✨", "🫶", "😅"]

CHAT = [
    "morning all :coffee: happy New Music Friday!", "gm 🎶", "who's in the office today? lisboa crew?",
    "lol", "+1", "same", "ty @@M@@!!", "np", "on it", "looking now", "ack", "nvm found it", "brb, lunch 🍜",
    "Release day checklist is pinned in @@C@@ — please tick your rows by 10:00",
    "New Music Friday went live at 00:00 local in all territories except JP (delay 24h, as agreed)",
    "anyone else seeing the artwork 404 for a few Latin releases? :eyes:", "who owns the Release Radar cron now?",
    "the ingest queue is at 12k and climbing, @@M@@ can you take a look?", "queue's back to 0 :tada:",
    "PR is up: @@L@@ tiny one I promise", "merged :ship-it:", "rolling back the web player, skip rate spiked",
    "can someone approve the takedown for CAT-@@N@@? label confirmed by email", "LGTM, one nit about naming",
    "OOO Monday, back Tuesday. @@M@@ is covering royalties questions",
    "happy birthday @@M@@ 🎂🎉 (the office playlist is all yours today)",
    "reminder: all-hands at 16:00 WEST / 17:00 CEST / 10am CT in @@C@@",
    "is the listening room free at 3? want to A/B the new masters", "the espresso machine on 2 is broken again 😭",
    "tickets for @@A@@ at the Roundhouse go on sale 10:00 BST, who's in?",
    "the vinyl test pressings arrived!! 💿 come grab a listen", "does anyone know who set the office speaker to 110%",
    "TIL the 30-second rule for royalty-bearing streams dates back to 2014", "fyi: VPN maintenance sat 22:00-23:00",
    "I'll be 10 min late to the 1:1, sorry!", "pizza for the release party: 14 + 4 veggie + 2 vegan 🍕",
    "100% agree", "hmm not sure that's right, let me double-check the contract", "tbh I'd just ship it and iterate",
    "ngl that postmortem was a great read @@L@@", "^ this", "lmk when you're free", "sry wrong channel",
    "Bonjour à tous ! Rappel : écoute des masters à 14h, salle « Studio B ».",
    "Guten Morgen! Heute Release-Party im Büro Friedrichshain ab 18 Uhr 🍻", "¿Alguien sabe si hoy hay reunión?",
    "Bom dia, pessoal! Alguém viu as chaves do estúdio?", "お疲れ様です！明日のミーティングは10時からです。",
    "대박 ㅋㅋㅋ 새 앨범 진짜 좋다", "Всем привет! Кто-нибудь видел мои наушники?", "Dzięki za pomoc, działa! 🙏",
    "Tack för idag!", "grazie mille 🙏", "Ẹ ṣé o! see you all Monday", "شكراً جزيلاً على المساعدة", "धन्यवाद!",
    "谢谢大家，辛苦了！", "Ευχαριστώ πολύ!", "Teşekkürler, yarın görüşürüz", "תודה רבה!",
    "customer says the app shows \"AC DC\" instead of \"AC/DC\" on Android 14 🤔", "is it me or is slack slow today",
    "who's the owner of the `royalty-sync` DAG?", "I'm restarting the lyrics worker, shout if you object", "kk",
    "Reminder: expense reports due by the 15th. Gig tickets > 50 € need manager approval.",
    "Studio B is double-booked at 3pm, can we move to the listening room?",
    "We're at 99.93% availability for the month, careful with deploys on release day",
    "fun fact: our longest track title is 112 characters (thanks Fall Out Boy)",
    "vote for the offsite: Lisboa vs. Nashville vs. Reykjavík 🗳️", "who's doing the office DJ set at 5? 🎛️",
    "the loudness report says -8.9 LUFS integrated on the new single, mastering says it's intentional 🙃",
    "Friday deploy? on release day? bold", "@@M@@ can I get edit access to the editorial calendar?",
    "Royalty statements for August are out, ping @@C@@ with questions",
    "the podcast studio is booked 09:00–13:00 for B-Side Stories, please keep the corridor quiet 🎙️",
]
TITLE_TALK = [
    "has anyone listened to @@T@@ yet? on repeat since midnight @@E@@",
    "just added @@T@@ to \"@@P@@\" 🎶", "why is @@T@@ showing as explicit? the label says clean",
    "search for \"@@TITLE@@\" returns nothing on iOS, works on web. ticket incoming",
    "@@M@@ the title of @@T@@ is wrong in the DE storefront, it's missing the brackets",
    "can we get @@A@@ on the New Music Friday cover? 🙏", "track of the day: @@T@@ @@E@@",
    "Sunn O))) at Roadburn was LOUD. my ears are still ringing 🤘", "AC/DC or Motörhead for the office playlist? 🤘",
    "the band is literally called DROP TABLE and their album is \"Schema / Anti-Schema\" 😂 our search loves it",
    "DROP TABLE just announced a Lisbon date, 14/11 at LAV, who's going?",
    "\"!!!\" is pronounced chk chk chk, I will die on this hill",
    "is it \"Guns N' Roses\" or \"Guns n' Roses\" in the style guide?",
    "the <3 single by Velvet Kestrel is #4 on the viral chart in PT 🇵🇹 <3 <3",
    "does the search index handle \"?!\" as a title? Hæmatite's new single is literally called ?!",
    "quick poll: best album title with a slash? Speakerboxxx/The Love Below vs Schema / Anti-Schema",
    "someone typed \"Sunn O)))\" as \"Sunn O\" in the artist field again, fixed it",
    "\"Heroes\" is in quotes ON PURPOSE, please don't strip them in the CMS 🙏",
    "@@A@@ - @@TITLE@@ is the song of the summer, don't @ me",
    "lyrics for @@T@@ are out of sync by ~2s in the app, LRC offset?",
    "my favourite line this week: \"@@LYRIC@@\"", "can't get this out of my head: _@@LYRIC@@_ 🎶",
    "> @@LYRIC@@\nthis chorus is going to be huge", "@@T@@ — 5 stars, no notes ⭐⭐⭐⭐⭐",
    "Playlist \"@@P@@\" crossed 100k followers!! 🎉", "who renamed \"@@P@@\"? the cover art still says the old name",
    "first listen: @@T@@. the bridge at 2:47 🤯", "is @@A@@ on tour in EU this autumn?",
    "@@A@@ x @@A@@ collab when", "the Aphex Twin track with the maths title broke the CSV export again 🙃",
    "4′33″ by John Cage has 2.1M streams this month. 2.1 MILLION. of silence.",
    "the Bon Iver titles (715 - CRΣΣKS, 22 (OVER S∞∞N)) are a great unicode test, adding them to the QA list",
    "BTS (방탄소년단) catalogue went live in 12 more markets today 💜",
    "宇多田ヒカル - First Love is trending in 🇯🇵 again",
    "Molchat Doma's \"Судно (Борис Рыжий)\" keeps growing, mostly 18–24 in US and DE",
    "Tití Me Preguntó is the #1 in 7 LATAM markets this week 🔥",
    "ok who put \"Gimme! Gimme! Gimme!\" on the office speaker",
    "Editorial note: \"Sweet Child O' Mine\" uses O' not O, not Of, not 'O",
    "the 1975's and Fall Out Boy's long titles got cut at 100 chars in the widget, see @@L@@",
    "P!nk, Ke$ha, A$AP Rocky — the artist-name normaliser strips ! and $ again 😤",
    "fixing the casing: it's \"alt-J (∆)\", not \"Alt-J\"",
    "\"Ænema\" vs \"Ænima\": album is Ænima, track is Ænema. yes really",
    "we have 3 artists called \"!!!\" in the DB now. merging. @@M@@ pls double check",
    "search: \"ac dc\", \"acdc\", \"AC/DC\" and \"AC⚡DC\" should all land on the same artist page",
    "new release: @@T@@ (℗ 2024 Fernhill Records Ltd) out now everywhere ✨",
    "pitching @@T@@ for Friday's \"@@P@@\" update, thoughts?",
    "the remaster of @@TITLE@@ has a different ISRC (@@I@@), please don't merge the stats",
]
LYRICS = [
    "I drove all night with the radio on / singing \"we're not done\" till the dawn",
    "(oh-oh-oh) you said \"forever\", I said \"maybe\" — (oh-oh)", "Baby, it's 3 a.m. & the city's still awake",
    "Tell me where we're going / when the lights go down [x2]",
    "We were young, we were loud / we were ✨ in the crowd ✨",
    "Paper hearts and neon signs / 1-800-MISS-U lines", "Ich hab' dich nie vergessen, nicht einen Tag",
    "Je marche seul dans les rues de Paris, l'âme en sursis", "No me digas \"adiós\", dime \"hasta luego\"",
    "君の声が聞こえる 夜明け前の空に", "너와 나 둘이서 (둘이서) 이 밤을 걸어", "Я помню всё, что ты сказала мне тогда",
    "يا ليل يا عين، خذني للبحر", "नाचो सारी रात, दिल की बात", "Ọ̀ṣun o, mo dúpẹ́ — thank you for the river",
    "we're 50/50 on love, 100% on pain", "you're my <3, my ?!, my everything",
    "Who?! What?! Where were you at 2 a.m.?!",
    "Turn it up to 11, turn it up, turn it up (up!)", "I said \"hey\" / you said \"what's goin' on?\"",
    "Nananana nananana hey hey hey, goodbye", "Da-da-da, da-da-da (ya ya ya)", "la la la (la la) — sing it back!",
    "moth // flame // moth // flame", "Saudade não tem fim, tristeza não tem fim",
]
CODE_SNIPPETS = [
    "```\nSELECT isrc, title, SUM(streams) AS streams\nFROM royalty_lines\nWHERE period = '2024-08'\n"
    "  AND territory IN ('DE', 'AT', 'CH')\nGROUP BY isrc, title\nORDER BY streams DESC\nLIMIT 50;\n```",
    "can someone sanity check this? `SELECT count(*) FROM tracks WHERE artist_name ILIKE '%o)))%' AND NOT explicit;`",
    "```\nffmpeg -i \"01 - Aghartha (master).wav\" -af loudnorm=I=-14:TP=-1:LRA=11 -ar 44100 -sample_fmt s16 "
    "aghartha_44k.flac\n```",
    "```\nffprobe -v error -show_entries format=duration:format_tags=title,artist,ISRC -of json "
    "\"Rock 'n' Roll Train.flac\"\n```",
    "```\nfind /mnt/ingest/2024-37 -name '*.wav' -newer .last_run -print0 | xargs -0 -n1 sox --i -D | "
    "paste -sd+ | bc\n```",
    "```python\nimport pandas as pd\ndf = pd.read_csv('royalties_2024-08.csv', dtype={'isrc': str})\n"
    "bad = df[~df.isrc.str.match(r'^[A-Z]{2}[A-Z0-9]{3}\\d{7}$')]\nprint(bad[['isrc', 'title']].head(20))\n```",
    "`df.groupby(['territory', 'dsp'])['net_revenue_eur'].sum().unstack().round(2)` gives you the pivot",
    "```\nTraceback (most recent call last):\n  File \"/srv/ingest/ddex/parse.py\", line 212, in title_of\n"
    "    return node.find('TitleText').text.strip()\nAttributeError: 'NoneType' object has no attribute 'text'\n```",
    "```\n2024-09-13T00:00:07.412Z INFO  release-scheduler released=4123 failed=7 territory=*\n"
    "2024-09-13T00:00:09.880Z WARN  release-scheduler artwork_missing upc=5056321600123 title=\"?!\"\n```",
    "```\n$ kubectl -n catalogue get pods\nNAME                          READY   STATUS    RESTARTS   AGE\n"
    "ingest-worker-6f9d7c-x2k4p    1/1     Running   0          8h\nlyrics-sync-5f8d-qq81         1/1     "
    "Running   3          8h\n```",
    "```json\n{\"isrc\": \"GBFH12400017\", \"title\": \"\\\"Heroes\\\"\", \"artists\": [\"David Bowie\"], "
    "\"explicit\": false, \"duration_ms\": 371000, \"territories\": [\"WW\"]}\n```",
    "```\ncurl -sS -H \"Authorization: Bearer $TOKEN\" 'https://edge.fernhill.fm/api/usage/stats?"
    "since=2024-09-12T00:00:00Z&until=2024-09-13T00:00:00Z' | jq '.by_action'\n```",
    "```\nERROR: duplicate key value violates unique constraint \"tracks_isrc_key\"\n"
    "DETAIL:  Key (isrc)=(USFH12400231) already exists.\n```",
    "```yaml\nrelease:\n  upc: \"5056321600123\"\n  title: \"Noise / Signal\"\n  artist: \"Hæmatite\"\n"
    "  date: 2024-09-13\n  territories: [WW]\n  exclude: [JP]\n```",
    "```diff\n- LOUDNESS_TARGET_LUFS = -16\n+ LOUDNESS_TARGET_LUFS = -14\n```",
    "`re.sub(r'\\s*\\((?:feat|ft)\\.? [^)]*\\)', '', title)` strips the feat. part but breaks \"(-) Ions\" lol",
    "```\nbeet import -q /mnt/dropbox/Velvet\\ Kestrel/Heart\\ Emoji\\ \\(Deluxe\\)/\n```",
    "```\n| dsp | streams | Δ vs last week |\n|-----|--------:|------:|\n| fernhill | 1,204,553 | +4.2% |\n"
    "| partner-a | 880,112 | −1.1% |\n```",
]
LONG_MESSAGES = [
    "*Release day update* (07:45 BST)\n• 4,123 releases live, 7 failed (artwork)\n• JP goes live tomorrow 00:00 JST\n"
    "• Known issue: titles with `/` show an extra space on Android (CAT-4412)\nNext update 10:00.",
    "Hi team,\n\nforwarding this from the label:\n\n> Hello,\n> the track \"?!\" by Hæmatite is displayed as \"\" "
    "on some devices. Could you have a look?\n> Merci & bonne journée,\n> Hélène\n\nchecking with @@M@@",
    "Style guide reminder :memo:\n1. Keep the artist's own spelling: *AC/DC*, *Sunn O)))*, *!!!*, *P!nk*\n"
    "2. \"feat.\" goes in brackets: `Title (feat. Artist)`\n3. Versions in brackets or after a dash, as delivered: "
    "`(2017 Remaster)`, `- Live at Wembley '86`\n4. Never strip quotes: *\"Heroes\"* is the title",
    "-------- Forwarded message --------\nFrom: Rights Team <rights@fernhill.fm>\nDate: Thu, 12 Sep 2024 17:02\n"
    "Subject: Takedown: \"Null & Void\" (DROP TABLE) in CA only\n\nPlease remove from the CA storefront by "
    "Friday 12:00 ET. Other territories unchanged.",
    "Agenda for Monday's editorial sync:\n- [ ] NMF results (saves, skip rate < 30s)\n- [ ] \"Sunn O))) for sleeping\" "
    "cover refresh\n- [x] Afrobeats pitch list\n- [ ] AOB\n\n_add your items_ :pray:",
    "Oncall handover :wave:\n```\nopen:  CAT-4412 (slash titles on Android), ING-221 (DDEX 4.3 PartyName)\n"
    "fixed: CAT-4399, ROY-88\n```\nnothing paged overnight 🎉",
    "> On Thu, Sep 12, 2024 at 6:47 PM Amara <amara@example.com> wrote:\n> Can you send the August statement for "
    "Oyelaran & the Lagos Tide?\n\nSent it this morning: ROY-2024-08-0113 (€ 4.812,33).",
    "Survey results (n=212): favourite office playlist\n| playlist | votes |\n|---|---|\n| Sunday Morning ☕ / Vinyl "
    "Only | 81 |\n| AC/DC > everything | 64 |\n| 100% Drone (no vocals!!) | 67 |\nVinyl wins 💿",
    "Bug report from support:\n*Steps*: search `Sunn O)))` in the iOS app 8.14.0\n*Expected*: artist page\n"
    "*Actual*: \"No results for Sunn O\"\n*Device*: iPhone 15, iOS 17.6.1",
]
COMMANDS = ["weather", "weather @@V@@", "weather in @@V@@ tomorrow?", "Weather @@V@@ please", "wether @@V@@",
            "remember location @@V@@", "remember location @@V@@", "my location", "forget location", "help", "config",
            "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@HM@@", "config time @@HM@@",
            "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me", "hi",
            "hello jeeves 👋", "what can you do?", "thanks!", "weather @@V@@ (outdoor stage load-in at 14:00!)",
            "remember location @@V@@ 🎸", "is it gonna rain at @@V@@ today? we have a gig",
            "search \"@@TITLE@@\"", "play @@T@@", "isrc for @@T@@?", "lyrics @@T@@", "add @@T@@ to @@P@@",
            "what's playing in the office?", "weather @@V@@ 🌧️", "config alert_time 7:30am", "Config Units Imperial",
            "remember location", "alerts on pls", "help me find @@A@@", "who sings \"@@LYRIC@@\"?"]
SHOWS = [("B-Side Stories", "b-side-stories"), ("Liner Notes", "liner-notes"), ("Deep Cuts with Ngozi", "deep-cuts"),
         ("Rights & Royalties Weekly", "rights-royalties"), ("Fernhill Sessions", "sessions"),
         ("Músicas que Ficam", "musicas-que-ficam"), ("Das Mixtape", "das-mixtape")]
CHAPTERS = ["Cold open", "Intro & housekeeping", "Why vinyl is back (again)", "The \"Blurred Lines\" case, 10 years on",
            "Sampling vs. interpolation", "Who owns a chord?", "Listener Qs (#AskLinerNotes)", "Track-by-track: side A",
            "Track-by-track: side B", "Guest DJ set", "The 30-second rule & fraud", "Touring in 2024: €€€",
            "Interview pt. 1", "Interview pt. 2", "Rapid-fire: 5 songs, 5 seconds each", "Sponsor break",
            "What's next + outro", "Bonus: studio outtakes 😂", "AC/DC's amp settings, demystified",
            "Why Sunn O))) is best heard at 110 dB", "Making \"<3\": the story behind the single"]
GUESTS = ["Dr. Amara Eze (SOAS)", "Kwame Asante-Mensah", "Hélène d'Aubigny", "Jae-hyun Park & Aiko Takahashi",
          "the members of DROP TABLE", "Mira \"Moth\" Okafor", "Björn Þórsson (Ørkenvind)", "Lucía García-Márquez"]
REACTIONS = ["metal", "guitar", "headphones", "notes", "fire", "+1", "heart", "100", "drum_with_drumsticks",
             "microphone", "sob", "eyes", "white_check_mark", "+1::skin-tone-4", "raised_hands::skin-tone-2", "tada",
             "vinyl", "joy", "pray", "partyparrot", "this", "saluting_face", "cd", "musical_keyboard"]


def ascii_handle(text: str) -> str:
    """A person's name as the ASCII part of a Slack handle or e-mail address."""
    for src, dst in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("Þ", "Th"), ("þ", "th"), ("ß", "ss"),
                     ("ı", "i"), ("đ", "d"), ("æ", "ae")):
        text = text.replace(src, dst)
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9-]", "", flat.replace(" ", "-")).strip("-") or "user"


_MARKUP = re.compile(r"<([@#!]?)([^<>|]+)(?:\|([^<>]*))?>")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_BARE_URL = re.compile(r"(?<![<|])\bhttps?://[^\s<>|]+")


def linkify(text: str) -> str:
    """Slack's auto-linking of bare URLs typed or pasted in a message (not inside code blocks)."""
    parts = text.split("```")
    return "```".join(p if i % 2 else _BARE_URL.sub(lambda m: f"<{m.group(0)}>", p) for i, p in enumerate(parts))


def slack_json(doc: Any) -> str:
    """JSON as Slack sends it: ASCII with \\u escapes and escaped slashes."""
    return json.dumps(doc, separators=(",", ":")).replace("/", "\\/")


class ReleaseDay(WebApp):
    """Fernhill's people, catalogue and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_twentysecond-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, VERIFICATION_TOKEN, BASE
    iat_window = event_window = (0, 39600)
    kid_last, context_bytes, enterprise, ext_shared_rate = True, 30, ENTERPRISE, 0.05
    oauth_body_secret_rate = 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(220):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = f"{ascii_handle(first)}.{ascii_handle(last)}"
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}", "first": first,
                                "handle": handle + (str(i) if i % 9 == 0 else ""), "email": f"{handle}@fernhill.fm",
                                "tz": self.pick(TIMEZONES)})
        self.isrc: dict[str, str] = {}
        for artist, title, _, year in TRACKS:
            country = self.pick(["GB", "US", "DE", "FR", "SE", "IS", "JP", "KR", "BR", "NG", "PT", "ES", "NL"])
            registrant = self.pick(["FH1", "FH2", "UM7", "AT3", "SM1", "WB4", "K7X", "RT9"])
            serial = self.rng.randint(1, 99999)
            self.isrc[artist + "\x1f" + title] = f"{country}{registrant}{year % 100:02d}{serial:05d}"

    # ---- small random pieces -------------------------------------------------------------------------
    def ts(self, offset: int | None = None) -> str:
        sec = EPOCH + (offset if offset is not None else self.rng.randint(0, 11 * 3600))
        return f"{sec}.{self.rng.randint(0, 999999):06d}"

    def pick_team(self) -> tuple[str, str]:
        team: tuple[str, str] = self.pick(TEAMS)
        return team

    def track(self) -> tuple[str, str, str, int]:
        track: tuple[str, str, str, int] = self.pick(TRACKS)
        return track

    def isrc_of(self, artist: str, title: str) -> str:
        return self.isrc[artist + "\x1f" + title]

    def track_label(self) -> str:
        artist, title, _, _ = self.track()
        return self.pick([f"{artist} – {title}", f"{artist} - {title}", f"\"{title}\" by {artist}",
                          f"{title} ({artist})", f"{artist}: {title}"])

    def hhmm(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 7, 8, 8, 9, 10, 12, 18])}:{self.pick(['00', '15', '30', '45', '05'])}" \
            .rjust(5, "0")

    def clock(self, seconds: int, long: bool | None = None) -> str:
        h, rest = divmod(seconds, 3600)
        m, s = divmod(rest, 60)
        return f"{h:02d}:{m:02d}:{s:02d}" if (h or long) else f"{m:02d}:{s:02d}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        def esc(value: str) -> str:
            return slack_escape(value) if slack else value

        out = esc(text)
        subs = {"@@A@@": lambda: esc(self.track()[0]), "@@TITLE@@": lambda: esc(self.track()[1]),
                "@@T@@": lambda: esc(self.track_label()), "@@P@@": lambda: esc(self.pick(PLAYLISTS)),
                "@@LYRIC@@": lambda: esc(self.pick(LYRICS)), "@@V@@": lambda: esc(self.pick(VENUES)),
                "@@TZ@@": lambda: self.pick(TIMEZONES), "@@HM@@": self.hhmm,
                "@@N@@": lambda: str(self.rng.randint(3000, 4999)), "@@E@@": lambda: self.pick(EMOJI),
                "@@I@@": lambda: self.isrc_of(*self.track()[:2])}
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|this", "|PR", "|sheet", "|the ticket", "|dashboard"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    # ---- the catalogue team's pastes -------------------------------------------------------------------
    def royalty_csv(self) -> str:
        semicolon = self.chance(0.25)  # a German Excel export: ';' and decimal commas
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";" if semicolon else ",", lineterminator="\n")
        header: list[str] = self.pick([["isrc", "upc", "title", "artist", "territory", "period", "streams", "net_eur"],
                                       ["ISRC", "Track Title", "Artist", "Country", "Period", "Units", "Payable (EUR)"],
                                       ["isrc", "title", "artist", "territory", "dsp", "streams", "revenue_usd"]])
        writer.writerow(header)
        for _ in range(self.rng.randint(2, 7)):
            artist, title, album, _ = self.track()
            streams = self.rng.randint(40, 2_500_000)
            rate = self.rng.uniform(0.0021, 0.0048)
            money = f"{streams * rate:.2f}".replace(".", "," if semicolon else ".")
            writer.writerow([self.isrc_of(artist, title), f"50{self.rng.randint(10**10, 10**11 - 1)}", title, artist,
                             self.pick(["DE", "GB", "US", "PT", "BR", "JP", "NG", "FR", "WW"]),
                             self.pick(["2024-08", "2024-07", "Aug 2024", "08/2024"]), str(streams),
                             money][-len(header):] if len(header) == 8 else [
                                 self.isrc_of(artist, title), title, artist,
                                 self.pick(["DE", "GB", "US", "PT", "BR", "JP", "NG", "FR", "WW"]),
                                 self.pick(["2024-08", "Aug 2024", "08/2024"] if header[0] == "ISRC"
                                           else ["fernhill", "partner-a", "partner-b"]), str(streams),
                                 money])
        return buf.getvalue().rstrip("\n")

    def tsv_rows(self) -> str:
        rows = [self.pick(["ISRC\tTitle\tArtist\tDuration\tExplicit\tRelease date",
                           "Title\tArtist\tAlbum\tBPM\tKey\tLUFS"])]
        for _ in range(self.rng.randint(2, 6)):
            artist, title, album, year = self.track()
            dur = self.rng.randint(95, 720)
            if rows[0].startswith("ISRC"):
                rows.append("\t".join([self.isrc_of(artist, title), title, artist, f"{dur // 60}:{dur % 60:02d}",
                                       self.pick(["Y", "N", "N", "clean"]),
                                       self.pick(["13/09/2024", "2024-09-13", "09/13/2024", "13.09.2024"])]))
            else:
                rows.append("\t".join([title, artist, album, str(self.rng.randint(60, 180)),
                                       self.pick(["F♯ minor", "A♭ major", "E maj", "Dm", "11A", "8B", "C"]),
                                       f"-{self.rng.randint(70, 160) / 10:.1f}"]))
        return "\n".join(rows)

    def meta_line(self) -> str:
        artist, title, album, year = self.track()
        isrc = self.isrc_of(artist, title)
        dashed = f"{isrc[:2]}-{isrc[2:5]}-{isrc[5:7]}-{isrc[7:]}"
        return self.pick([
            f"ISRC: {dashed} | Title: {title} | Artist: {artist} | Album: {album} | ℗ {year} Fernhill Records Ltd",
            f"{isrc} · {artist} · {title} · {album} ({year})",
            f"Title: {title}\nVersion: {self.pick(['Radio Edit', 'Remastered 2024', 'Live', 'Acoustic', ''])}\n"
            f"Primary artist: {artist}\nISRC: {isrc}\nISWC: T-{self.rng.randint(100, 999)}."
            f"{self.rng.randint(100, 999)}.{self.rng.randint(100, 999)}-{self.rng.randint(0, 9)}\n"
            f"P-line: ℗ {year} Fernhill\nC-line: © {year} Fernhill",
            f"UPC 50{self.rng.randint(10**10, 10**11 - 1)} / {album} / {artist} / release "
            f"{self.pick(['13/09', 'Sept 13th', 'Fri 13 Sep', '2024年9月13日'])}",
        ])

    def ddex(self) -> str:
        artist, title, album, year = self.track()
        return ("```\n<SoundRecording>\n  <SoundRecordingId><ISRC>" + self.isrc_of(artist, title)
                + "</ISRC></SoundRecordingId>\n  <ReferenceTitle><TitleText>" + title.replace("&", "&amp;")
                + "</TitleText></ReferenceTitle>\n  <DisplayArtistName>" + artist.replace("&", "&amp;")
                + "</DisplayArtistName>\n  <Duration>PT" + str(self.rng.randint(2, 9)) + "M"
                + str(self.rng.randint(0, 59)) + "S</Duration>\n</SoundRecording>\n```")

    def m3u(self) -> str:
        lines = ["#EXTM3U", f"#PLAYLIST:{self.pick(PLAYLISTS)}"]
        for _ in range(self.rng.randint(2, 5)):
            artist, title, album, _ = self.track()
            secs = self.rng.randint(120, 600)
            lines += [f"#EXTINF:{secs},{artist} - {title}",
                      f"/Volumes/Music/{artist.replace('/', '_')}/{album.replace('/', '_')}/"
                      f"{self.rng.randint(1, 12):02d} {title.replace('/', '_')}.flac"]
        return "```\n" + "\n".join(lines) + "\n```"

    def cue(self) -> str:
        artist, _, album, _ = self.track()
        lines = [f"PERFORMER \"{artist}\"", f"TITLE \"{album}\"", "FILE \"side_a.wav\" WAVE"]
        at = 0
        same = [t for t in TRACKS if t[2] == album] or TRACKS
        for n in range(1, self.rng.randint(3, 5)):
            _, title, _, _ = self.pick(same)
            lines += [f"  TRACK {n:02d} AUDIO", f"    TITLE \"{title}\"",
                      f"    INDEX 01 {at // 60:02d}:{at % 60:02d}:00"]
            at += self.rng.randint(150, 420)
        return "cue sheet for the vinyl rip:\n```\n" + "\n".join(lines) + "\n```"

    def lrc(self) -> str:
        artist, title, _, _ = self.track()
        lines = [f"[ar:{artist}]", f"[ti:{title}]", "[offset:+250]"]
        t = self.rng.uniform(8, 20)
        for _ in range(self.rng.randint(3, 5)):
            lines.append(f"[{int(t) // 60:02d}:{t % 60:05.2f}]{self.pick(LYRICS)}")
            t += self.rng.uniform(3, 9)
        return "LRC is off by ~250ms, here's the fixed head:\n```\n" + "\n".join(lines) + "\n```"

    def show_notes(self, limit: int = 0) -> str:
        show, slug = self.pick(SHOWS)
        ep = self.rng.randint(12, 240)
        at, chapters = 0, []
        longform = self.chance(0.5)
        for topic in self.rng.sample(CHAPTERS, self.rng.randint(4, 7)):
            chapters.append(f"{self.clock(at, longform)} {topic}")
            at += self.rng.randint(90, 1500)
        artist, title, _, year = self.track()
        links = self.rng.sample([
            f"https://fernhill.fm/pods/{slug}/{ep}?utm_source=newsletter&utm_medium=email&utm_campaign=ep{ep}",
            f"https://open.fernhill.fm/episode/{self.token(9)}?si={self.hexs(16)}&t={self.rng.randint(60, 4000)}",
            "https://tickets.example.com/event/9981?ref=fernhill&promo=LINER10",
            f"https://youtu.be/{self.token(8)[:11]}?t={self.rng.randint(60, 3900)}",
            "https://doi.org/10.1093/ml/gcz041", f"https://fernhill.fm/pods/{slug}/{ep}/transcript.txt",
            f"https://open.fernhill.fm/playlist/{self.token(16)[:22]}?si={self.hexs(12)}&utm_source=podcast"], 3)
        notes = (f"*{show}* — Ep. {ep}: \"{self.pick(CHAPTERS)}\" w/ {self.pick(GUESTS)}\n\n" + "\n".join(chapters)
                 + "\n\nLinks:\n" + "\n".join(f"• {u}" for u in links)
                 + f"\n\nMusic: \"{title}\" by {artist} (℗ {year}, licence #FH-{self.rng.randint(1000, 9999)})"
                 + self.pick(["", "\nRate & review ⭐⭐⭐⭐⭐", "\n#podcast #musicbiz #newmusicfriday",
                              "\nUse code LINER20 for 20% off merch 🎁"]))
        return notes[:limit] if limit else notes

    def url_list(self) -> str:
        items = self.rng.sample(LINKS, self.rng.randint(2, 4))
        return self.pick(["links from today's sync:", "sources:", "for the pitch deck:", "refs 👇"]) + "\n" + \
            "\n".join(f"{i + 1}. {u}" for i, u in enumerate(items))

    def paste_text(self) -> str:
        kind = self.rng.random()
        intro = self.pick(["", "", "pasting from the sheet:\n", "rows that failed ingest last night 👇\n",
                           "can someone check these? ", "Royalty statement diff (Aug vs Jul):\n",
                           "from the label's delivery email:\n", "@@M@@ these are the ones with broken titles:\n",
                           "FYI ", "for the record:\n"])
        if kind < 0.18:
            body = self.pick(["```\n", "```\n", ""]) + self.royalty_csv()
            body += "\n```" if body.startswith("```") else ""
        elif kind < 0.32:
            body = self.tsv_rows()
        elif kind < 0.5:
            body = self.show_notes()
            intro = self.pick(["show notes for Tuesday's ep, pls proofread 🙏\n\n", "", "final notes ⬇️\n",
                               "@@M@@ can you check the timestamps?\n"])
        elif kind < 0.6:
            body = "\n".join(self.meta_line() for _ in range(self.rng.randint(1, 3)))
        elif kind < 0.65:
            body = self.ddex()
        elif kind < 0.7:
            body = self.m3u()
        elif kind < 0.74:
            body = self.cue()
        elif kind < 0.79:
            body = self.lrc()
        elif kind < 0.87:
            body = self.url_list()
        else:
            body = self.pick(CODE_SNIPPETS)
        out = self.fill(intro) + linkify(slack_escape(body))
        if self.chance(0.2):
            out += "\n" + self.fill(self.pick(["thoughts?", "cc @@M@@", "halp 😅", "fixed in the sheet now",
                                               "(from the Tuesday export)", "ignore row 3, dupe"]))
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.8:
            text = self.maybe_append(self.fill(self.pick(CHAT)), 0.3, EMOJI)
            if self.chance(0.1):
                text = self.pick(["<!here> ", "<!channel> "]) + text
            return text
        if roll < 0.9:
            return self.fill(self.pick(["", "hmm ", "fyi ", "seeing this on prod:\n", "any idea? "])) + \
                slack_escape(self.pick(CODE_SNIPPETS))
        return self.fill(self.pick(LONG_MESSAGES))

    def title_text(self) -> str:
        text = self.maybe_append(self.fill(self.pick(TITLE_TALK)), 0.25, EMOJI)
        return text

    # ---- Slack ---------------------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block for a message: sections and preformatted parts, links and mentions."""
        parts = text.split("```")
        elements: list[dict[str, Any]] = []
        for i, part in enumerate(parts):
            if not part.strip("\n"):
                continue
            inline: list[dict[str, Any]] = []
            pos = 0
            for m in _MARKUP.finditer(part):
                if m.start() > pos:
                    inline.append({"type": "text", "text": unescape(part[pos:m.start()])})
                sigil, target, label = m.group(1), m.group(2), m.group(3)
                if sigil == "@":
                    inline.append({"type": "user", "user_id": target})
                elif sigil == "#":
                    inline.append({"type": "channel", "channel_id": target})
                elif sigil == "!":
                    inline.append({"type": "broadcast", "range": target})
                else:
                    link: dict[str, Any] = {"type": "link", "url": unescape(target)}
                    if label:
                        link["text"] = unescape(label)
                    inline.append(link)
                pos = m.end()
            if pos < len(part):
                inline.append({"type": "text", "text": unescape(part[pos:])})
            kind = "rich_text_preformatted" if i % 2 else "rich_text_section"
            elements.append({"type": kind, "elements": inline, **({"border": 0} if i % 2 else {})})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        return self.slack_request("/slack/events", slack_json(self.envelope(event, team)))

    def message_event(self, text: str, channel: str, channel_type: str, team: str,
                      mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": team, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        return event

    def slack_event(self, kind: str, text: str, mention: bool = False, thread: bool = False) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        event = self.message_event(text, cid, "channel", team, mention)
        if thread or self.chance(0.12):
            event["thread_ts"] = self.ts(self.rng.randint(0, 3600))
            event["parent_user_id"] = self.pick(self.people)["id"]
        return self.record(kind, "json", self.event_request(event, team))

    def slack_chat(self) -> dict[str, Any]:
        return self.slack_event("slack-chat", self.chat_text())

    def slack_title(self) -> dict[str, Any]:
        return self.slack_event("slack-title", self.title_text())

    def slack_paste(self) -> dict[str, Any]:
        return self.slack_event("slack-paste", self.paste_text())

    def slack_thread(self) -> dict[str, Any]:
        roll = self.rng.random()
        text = self.paste_text() if roll < 0.4 else self.title_text() if roll < 0.7 else self.chat_text()
        return self.slack_event("slack-thread", text, thread=True)

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    def slack_mention(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.55:
            text = f"<@{BOT_USER}> " + self.command_text()
        elif roll < 0.8:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}|jeeves> "]) + self.title_text()
        else:
            text = self.paste_text() + f"\n<@{BOT_USER}> can you read this?"
        return self.slack_event("slack-mention", text, mention=True)

    def slack_dm(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        roll = self.rng.random()
        text = self.command_text() if roll < 0.7 else self.title_text() if roll < 0.85 else self.paste_text()
        event = self.message_event(text, self.sid("D0"), "im", team)
        return self.record("slack-dm", "json", self.event_request(event, team))

    def slack_edit(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.title_text() if self.chance(0.5) else self.chat_text(), cid, "channel", team)
        new = dict(old, text=old["text"] + self.pick([" (edited: typo)", " *", "", " — nvm, fixed the ISRC"]),
                   edited={"user": old["user"], "ts": self.ts()})
        for key in ("channel", "channel_type", "event_ts"):
            new.pop(key, None)
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": self.inner(old),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event, team))

    def slack_bot_post(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        artist, title, album, _ = self.track()
        n = self.rng.randint(100, 9999)
        source = self.pick(["github", "jira", "ingest", "charts", "pagerduty"])
        texts = {
            "github": f"*[fernhill/ingest]* Pull request opened: <https://github.com/fernhill/ingest/pull/{n}"
                      f"|#{n} Keep brackets and slashes in DDEX TitleText>",
            "jira": f"<https://fernhill.atlassian.net/browse/CAT-{n}|CAT-{n}> moved to *In Review*: "
                    f"{slack_escape(chr(34) + title + chr(34) + ' by ' + artist + ' shows wrong version')}",
            "ingest": f":white_check_mark: Delivery `{self.isrc_of(artist, title)}` ingested: "
                      f"{slack_escape(artist)} — {slack_escape(title)} ({slack_escape(album)}), "
                      f"{self.rng.randint(1, 24)} tracks, territories WW excl. JP",
            "charts": f":chart_with_upwards_trend: Top mover in DE: *{slack_escape(title)}* by "
                      f"{slack_escape(artist)} (+{self.rng.randint(3, 80)} → #{self.rng.randint(1, 50)})",
            "pagerduty": f"*Triggered* #{n}: [FIRING:1] IngestQueueBacklog ingest-{n % 4} (depth &gt; 10k for 10m) "
                         f"<https://fernhill.pagerduty.com/incidents/Q{n}X|View>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": unescape(texts[source])[:80], "color": self.pick(["36a64f", "d50200"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event, team))

    def slack_file(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        artist, title, album, _ = self.track()
        name = self.pick([f"{artist} - {title} (master v3).wav", f"royalties_{self.pick(['2024-08', 'Q2'])}.csv",
                          "artwork_3000x3000_FINAL(2).jpg", f"{album} – tracklist.xlsx", "show-notes ep142.docx",
                          "Screenshot 2024-09-13 at 08.42.13.png", "loudness_report.pdf", f"{title}.lrc"])
        comment = self.pick(["", "see attached", "new master 👂 -14 LUFS this time", "statement for August",
                             "final final version 😅", "tracklist w/ ISRCs", self.fill("@@M@@ can you check row 12?")])
        event = self.message_event(comment, cid, "channel", team)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0")
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": {"wav": "audio/wav", "csv": "text/csv", "jpg": "image/jpeg",
                                        "png": "image/png", "pdf": "application/pdf", "lrc": "text/plain"}.get(
                               ext, "application/octet-stream"),
                           "filetype": ext, "user": event["user"], "size": self.rng.randint(2000, 90_000_000),
                           "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://fernhill.enterprise.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = False
        return self.record("slack-file", "json", self.event_request(event, team))

    def slack_unfurl(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        links = [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u}
                 for u in self.rng.sample(LINKS, self.rng.randint(1, 2))]
        ts = self.ts()
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": ts, "unfurl_id": f"{cid}.{ts}.{self.hexs(40)}", "source": "conversations_history",
                 "links": links, "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event, team))

    def slack_reaction(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"], "reaction": self.pick(REACTIONS),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()},
                 "item_user": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event, team))

    def slack_home(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0"))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": team, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "View Title"}}
        return self.record("slack-home", "json", self.event_request(event, team))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFICATION_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", slack_json(body)))

    def slash_command(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 6)
        fields = [("token", VERIFICATION_TOKEN), ("team_id", team), ("team_domain", domain),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", ENTERPRISE_NAME), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_base(self, kind: str) -> tuple[dict[str, Any], str, str]:
        team, domain = self.pick_team()
        user = self.pick(self.people)
        payload: dict[str, Any] = {
            "type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                   "team_id": team},
            "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
            "trigger_id": self.trigger(),
            "team": {"id": team, "domain": domain, "enterprise_id": ENTERPRISE, "enterprise_name": ENTERPRISE_NAME},
            "enterprise": {"id": ENTERPRISE, "name": ENTERPRISE_NAME}, "is_enterprise_install": False}
        return payload, team, user["id"]

    def interaction_request(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", slack_json(payload))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def button_click(self) -> dict[str, Any]:
        payload, team, _ = self.interaction_base("block_actions")
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": self.pick(PLACE_LABELS + VENUES), "type": "button", "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", team),
                        "actions": [action]})
        return self.interaction_request("interaction-button", payload)

    def modal_submission(self) -> dict[str, Any]:
        """A modal of the company's own workflow app posted to the shared interactivity URL."""
        payload, team, _ = self.interaction_base("view_submission")
        artist, title, album, _ = self.track()
        cid, _ = self.pick(CHANNELS)
        callback = self.pick(["report_metadata_issue", "pitch_playlist", "episode_notes"])
        if callback == "report_metadata_issue":
            values = {"b_title": {"title": {"type": "plain_text_input", "value": title}},
                      "b_artist": {"artist": {"type": "plain_text_input", "value": artist}},
                      "b_isrc": {"isrc": {"type": "plain_text_input", "value": self.isrc_of(artist, title)}},
                      "b_kind": {"kind": {"type": "static_select", "selected_option": {
                          "text": {"type": "plain_text", "text": "Wrong title / version", "emoji": True},
                          "value": "wrong_title"}}},
                      "b_notes": {"notes": {"type": "plain_text_input", "value": self.pick([
                          f"Label says the title is \"{title}\" (with the brackets), DSP shows it without.",
                          self.meta_line(), self.tsv_rows(), f"see {self.pick(LINKS)}"])}}}
            heading = "Report a metadata issue"
        elif callback == "pitch_playlist":
            values = {"b_pl": {"playlist": {"type": "plain_text_input", "value": self.pick(PLAYLISTS)}},
                      "b_tr": {"track": {"type": "plain_text_input", "value": f"{artist} – {title}"}},
                      "b_date": {"date": {"type": "datepicker", "selected_date": "2024-09-20"}},
                      "b_why": {"why": {"type": "plain_text_input", "value": self.pick(LYRICS) + "\n"
                                        + self.pick(["fits the mood", "huge in PT & BR", "skip rate 18% (great)"])}}}
            heading = "Pitch for a playlist"
        else:
            show, slug = self.pick(SHOWS)
            values = {"b_show": {"show": {"type": "static_select", "selected_option": {
                          "text": {"type": "plain_text", "text": show, "emoji": True}, "value": slug}}},
                      "b_notes": {"notes": {"type": "plain_text_input", "value": self.show_notes(2900)}},
                      "b_time": {"time": {"type": "timepicker", "selected_time": "07:00"}}}
            heading = "Episode notes"
        payload["view"] = {"id": self.sid("V0"), "team_id": team, "type": "modal", "blocks": [],
                           "private_metadata": json.dumps({"channel": cid}), "callback_id": callback,
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                           "title": {"type": "plain_text", "text": heading[:24], "emoji": True},
                           "submit": {"type": "plain_text", "text": "Send", "emoji": True},
                           "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                           "previous_view_id": None, "root_view_id": self.sid("V0"), "app_id": APP_ID,
                           "external_id": "", "app_installed_team_id": team, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self.interaction_request("interaction-modal", payload)

    # ---- scripts, CI, dashboards and the data API ------------------------------------------------------
    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = "dd=s:1;o:rum;t.dm:-0,fh=t61rcWkgMzE"
        elif roll < 0.3:
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=catalog-tool%403.2.{self.rng.randint(0, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.1")
        elif roll < 0.36:
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH:08x}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.42:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.5:
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"airflow.royalty_sync.{self.hexs(12)}"])

    def script_headers(self) -> dict[str, str]:
        client = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "curl/7.88.1",
                            "Go-http-client/2.0", "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                            "okhttp/4.12.0", "Airflow/2.10.1 python-requests/2.32.3", "Grafana/11.2.0",
                            "Metabase/v0.50.24", "Retool/2.0 (+https://docs.tryretool.com/docs/apis)",
                            "GitHub-Actions-Runner/2.319.1 curl/8.5.0", "HTTPie/3.2.3", "PostmanRuntime/7.41.2",
                            "insomnia/10.0.0", "Java-http-client/21.0.4", "Dart/3.5 (dart:io)",
                            "FernhillCatalog/3.2.1 (Macintosh; macOS 14.6.1) Electron/31.4.0",
                            "Mozilla/5.0 (PowerShell/7.4.5)"])
        h = {"User-Agent": client,
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(self.pick(["catalog-tool", "royalty-export", "ci-release-notes",
                                                               "metabase.ro", "airflow:royalties", "lyrics-sync",
                                                               "charts-dashboard"]),
                                                   self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.15):
            h["Accept-Language"] = self.pick(["en-GB", "pt-PT,pt;q=0.9", "de-DE", "en-US,en;q=0.9"])
        self.trace_headers(h)
        return h

    def display_name(self) -> str:
        person = self.pick(self.people)
        return person["name"] + self.pick(NAME_SUFFIX)

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.25:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 400]))))
            for key, values in (("active", ["true", "false", "1"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [t for t, _ in TEAMS])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            # A dashboard's table widget: its search box and sort ride along (the API ignores them).
            q = self.pick([self.track()[0], self.track()[1], self.pick(PLAYLISTS), self.pick(self.people)["name"],
                           self.pick(self.people)["first"], "O'", "AC/DC", "Sunn O)))", "!!!", "DROP TABLE", "<3",
                           "?!", "Guns N' Roses", "\"Heroes\""])
            params = [("limit", "50"), ("offset", "0"), ("q", q),
                      ("sort", self.pick(["name", "-updated_at", "id"]))]
            enc = self.pick(["plus", "plus", "pct"])
            query = urllib.parse.urlencode(params) if enc == "plus" else \
                urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
            return self.record("api-users-search", "query", {"method": "GET", "body": "", "headers": h,
                                                             "uri": "/api/users?" + query})
        if roll < 0.5:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 300)}", h))
        if roll < 0.75:
            person = self.pick(self.people)
            doc: dict[str, Any]
            choice = self.rng.random()
            if choice < 0.5:
                doc = {"name": self.display_name()}
            elif choice < 0.62:
                doc = {"name": self.display_name(), "email": person["email"]}
            elif choice < 0.86:
                doc = self.settings_patch(choice < 0.78, person["tz"], self.hhmm, 0.6)
            elif choice < 0.93:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": self.display_name()}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {
                "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 300)}", "headers": h,
                "body": json.dumps(doc, ensure_ascii=self.chance(0.4),
                                   indent=self.pick([None, None, 2]))})
        if roll < 0.88:
            day = self.rng.randint(1, 13)
            since = self.pick([f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}T00:00:00+01:00",
                               f"2024-09-{day:02d}", f"2024-08-{day + 10:02d}T08:30:00.000Z"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", "2024-09-13T23:59:59Z"))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.94:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([t for t, _ in TEAMS] + ["*"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        return self.openapi()

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["Swagger-Codegen/3.0.61/java", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2",
                                      "python-requests/2.32.3", "Stoplight/Studio 2.10"]),
             "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.6613.127 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.40.120 Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36 Sonic Slack_SSB/4.40.120",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.09.10 (com.tinyspeck.chatlyio)",
            "Mozilla/5.0 (Linux; Android 14; SM-S921B Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
            "(KHTML, like Gecko) Version/4.0 Chrome/128.0.6613.127 Mobile Safari/537.36 Fernhill/8.14.0"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-US,en;q=0.9", "pt-PT,pt;q=0.9,en;q=0.8",
                                           "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7", "ja,en-US;q=0.9",
                                           "ko-KR,ko;q=0.9,en-US;q=0.8", "pt-BR,pt;q=0.9", "yo-NG,yo;q=0.9,en;q=0.8",
                                           "is-IS,is;q=0.9,en;q=0.8", "es-MX,es-419;q=0.9,es;q=0.8,en;q=0.7"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Chromium";v="128", "Not;A=Brand";v="24", "{brand}";v="128"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else self.pick(['"macOS"', '"Windows"', '"Linux"'])
        if "Firefox" in ua and self.chance(0.5):
            h["DNT"] = "1"
        if "Safari" in ua and "Chrome" not in ua and self.chance(0.3):
            h["Priority"] = "u=0, i"
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.25):
            extra.append(self.ga_cookie())
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(1, 40)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Fri+Sep+13+2024+09%3A12%3A03+GMT%2B0100"
                                            "+(British+Summer+Time)&version=202408.1.0&groups=C0001%3A1%2CC0002%3A0"))
        if self.chance(0.1):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.1):
            extra.append(("fh_theme", self.pick(["dark", "light", "system"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin_search_term(self) -> str:
        person = self.pick(self.people)
        artist, title, _, _ = self.track()
        if self.chance(0.55):  # editors type what they have in mind: an artist, a title, a playlist
            return self.pick([artist, artist, title, title, f"{artist} {title}", self.pick(PLAYLISTS), "AC/DC",
                              "Sunn O)))", "!!!", "DROP TABLE", "<3", "?!", "Guns N' Roses", "\"Heroes\"",
                              self.pick(LYRICS)[:60]])
        return self.pick([person["name"], person["first"], person["name"].split()[-1], person["email"],
                          person["handle"], person["id"], "@fernhill.fm", person["name"].lower(), "o'neill",
                          "d'amico", "o'connell-ng", "jae-hyun", "Ólöf", "Żółkiewski", "A&R", "(she/her)",
                          "contractor", "Rights & Royalties", "B-Side Stories", "[OOO]"])

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.36:
            params = [("q", self.admin_search_term())]
            if self.chance(0.2):
                params.append(("page", str(self.rng.randint(2, 5))))
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", "/admin/users?page=2"]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.48:
            q = self.admin_search_term()
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", q)]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin-user-flag", "form", {"method": "POST", "headers": h, "body": body,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 300)}/"
                                                                  f"{self.pick(['active', 'admin'])}"})
        if roll < 0.56:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["client.create", "royalty-export", "ddex.ingest", "user.active", "login", "feature.set",
                           "client.rotate", "podcast:rss-sync", "forget_me", "admin.map_slack", "2024-09-12",
                           self.pick(self.people)["handle"], "T04FERNHL/", "denied", "lyrics-sync"])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.78:
            return self.admin_client(session, csrf)
        if roll < 0.83:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", "T05FHPODS", "t06fhlabl"]))]
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.92:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=AC%2FDC&page=1",
                              "/admin/features?done=switch_updated", "/admin/audit?page=2",
                              "/admin/clients?done=client_disabled", "/admin/users?q=Sunn+O%29%29%29"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.97:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fclients", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = self.pick(["".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 28))),
                                  f"Sunn O))) {self.rng.randint(1000, 9999)} drone!",
                                  f"correct-horse-{self.pick(['vinyl', 'cassette', 'stylus'])}-"
                                  f"{self.rng.randint(10, 99)}"])
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "siobhan.oneill", "cat-ops-lead", "rui.dossantos"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        fields = [("csrf_token", csrf), ("username", self.pick(["admin", "siobhan.oneill", "cat-ops-lead"])),
                  ("team_id", self.pick_team()[0]), ("user_id", self.pick(self.people)["id"])]
        return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))

    def admin_client(self, session: tuple[str, str], csrf: str) -> dict[str, Any]:
        """OAuth clients: the description is where the catalogue team pastes what the client is for."""
        client_id = self.pick(["royalty-export", "ddex.ingest", "podcast:rss-sync", "charts-dashboard", "catalog-tool",
                               "ci-release-notes", "metabase.ro", "airflow:royalties", "lyrics-sync", "isrc_lookup"])
        h = self.browser_headers("/admin/clients", True)
        h["Cookie"] = self.cookies(session)
        if self.chance(0.12):
            action = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client-action", "form", {
                "method": "POST", "uri": f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{action}",
                "headers": h, "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        artist, title, album, _ = self.track()
        roll = self.rng.random()
        if roll < 0.25:
            description = "Nightly royalty export. Sample rows:\n" + self.royalty_csv()
        elif roll < 0.4:
            description = "Sheet columns (tab-separated):\n" + self.tsv_rows()
        elif roll < 0.6:
            description = "RSS sync for the shows. Last notes:\n" + self.show_notes(420)
        elif roll < 0.75:
            owner = self.pick(self.people)["handle"]
            description = f"Lyrics sync (LRC) for new releases, e.g. {title} by {artist}; owner @{owner}; " \
                          f"runbook {self.pick(LINKS)}"
        elif roll < 0.88:
            description = self.meta_line() + "\nUsed by the ingest job for this delivery."
        else:
            description = self.pick(["Grafana / Metabase read-only, #data-eng (owner: Rui dos Santos)",
                                     "CI: release notes to #app-releases on tag v8.* — runs 06:00 WEST",
                                     f"Charts: DE/AT/CH top 200, {self.pick(['daily', 'weekly (Fri 00:00 CET)'])}",
                                     ""])
        scopes = [("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
        fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description[:500])] + scopes
        return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.form_boundary("webkit" if self.chance(0.6) else "firefox")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?done=location_forgotten"])
            return self.record("me-page", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        if roll < 0.62:
            place = self.pick(VENUES)
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.hhmm()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.34:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.62:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12, short=True)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.74:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.87:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["catalog-tool", "royalty-export", "ci-release-notes", "metabase.ro", "airflow:royalties",
                            "lyrics-sync", "podcast:rss-sync", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "Go-http-client/2.0",
                                      "python-httpx/0.27.2",
                                      "Apache-HttpClient/4.5.14 (Java/21.0.4)", "Airflow/2.10.1 python-requests/2.32.3",
                                      "FernhillCatalog/3.2.1 (Macintosh; macOS 14.6.1) Electron/31.4.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        self.trace_headers(h)
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client, safe='')}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect",
                                                            "headers": h, "body": body})
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("oauth-verify", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.9.1",
                            "Datadog/Synthetics", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]),
                                                    "body": "", "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)", "PyJWT/2.9.0",
                                          "Nimbus-JOSE-JWT/9.40"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "Authlib/1.3.2"]),
                 "Accept": "application/json"}
            return self.record("health-oauth-metadata", "header", {
                "method": "GET", "body": "", "headers": h, "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 100), ("slack_title", 140), ("slack_paste", 180), ("slack_thread", 55), ("slack_mention", 70),
    ("slack_dm", 70), ("slack_edit", 20), ("slack_bot_post", 25), ("slack_file", 22), ("slack_unfurl", 22),
    ("slack_reaction", 25), ("slack_home", 18), ("slash_command", 220), ("button_click", 80),
    ("modal_submission", 22), ("api", 240), ("admin", 170), ("me", 105), ("sign_in", 45), ("tokendealer", 58),
    ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The release day, in the order it happens (kinds interleaved)."""
    return planned(ReleaseDay(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (handy when checking that it is deterministic)."""
    return digest(benign())
