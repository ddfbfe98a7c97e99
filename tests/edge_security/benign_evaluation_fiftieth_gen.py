"""Benign evaluation set (fiftieth): a music streaming company's editorial and rights team, benign only.

The company is Hertzwave, a music streaming service with offices in Stockholm, London, Berlin, Los Angeles,
Nashville, São Paulo, Mexico City, Lagos, Mumbai, Seoul and Tokyo. Its playlist editors, rights and royalties
managers, metadata and label-relations staff use Jeeves to check the weather before festival coverage, outdoor
shoots and trips to labels, and they talk to it (and past it) the way they talk to each other: track, album and
artist names in every language and script and with the punctuation artists insist on (AC/DC, Sunn O))), !!!,
$uicideboy$, Panic! at the Disco, "Weird Al" Yankovic, ( ), ÷), ISRC, UPC/EAN, ISWC and IPI codes, playlist
names with emoji, royalty splits in percent, per-stream rates and prices in many currencies, territory lists,
release times, spreadsheet formulas, DDEX snippets, CSV exports, forwarded label e-mails and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies, the URL
verification), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons (set_location,
forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch, usage stats,
switches, its OpenAPI document), the admin panel forms with csrf_token, `/me/`, Sign in with Slack and its
one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The Slack app core, the Events API's shared shapes, the scripts' headers, TokenDealer and the probes come from the
route shapes the evaluators share (evaluator_routes.py, evaluator_web.py); this module keeps its vocabulary, texts,
its own request shapes and the mix of its calls. It also takes evaluator_routes.HELP_REPLY,
evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message, SlackApp.slack_request, SlackApp.inner,
SlackApp.hook, SlackApp.trigger, WebApp.form_request, WebDay.ch_platform, WebApp.me_exit_form, WebApp.signed_in,
WebApp.oidc_params, WebApp.link_preview, WebApp.link_signin and WebApp.oidc_callback from the shared modules.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import HELP_REPLY, file_urls
from .evaluator_web import WebDay
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftieth"
SEED = 50_2024_0814
EPOCH = 1723622400  # Wed 2024-08-14 08:00 UTC: editorial lock for New Music Friday at 18:00 CET
TEAM, TEAM_DOMAIN = "T05HZWAVE1", "hertzwave"
LABEL_TEAM, LABEL_DOMAIN = "T08LBLSVC2", "hertzwave-label-services"  # the label-services workspace
APP_ID, BOT_USER, BOT_ID = "A07JVS3HZW", "U07JEEVESH", "B07JEEVESH"
VERIFY_TOKEN = "Hq3ZrT8mWb1LxK5nVd0PsYe7"
HOST = "jeeves.hertzwave.fm"
BASE = f"https://{HOST}"

FIRST = ["Astrid", "Oluwaseun", "Ji-woo", "Mateus", "Saoirse", "Haruto", "Priya", "Lena", "Kwabena", "Valentina",
         "Björn", "Chiamaka", "Tomás", "Anaïs", "Yusuf", "Mei", "Dmitri", "Inés", "Rhiannon", "Ngozi", "Luca",
         "Hyun-woo", "Camila", "Jonas", "Zeynep", "Aarav", "Malin", "Théo", "Adaeze", "Sven-Erik", "María José",
         "Kenji", "Fatima", "Liv", "Obinna", "Giulia", "Wen", "Ezra", "Sólveig", "Dayo"]
LAST = ["Lindqvist", "Adeyemi", "Park", "Oliveira", "Ní Mhurchú", "Sato", "Ramanathan", "Hoffmann", "Asante",
        "García-Márquez", "Åberg", "Okafor", "Ferreira da Silva", "Lefèvre", "Demir", "Chen", "Volkov", "Ruiz",
        "Pryce-Jones", "Eze", "Bianchi", "Kim", "Gutiérrez", "Weiß", "Yılmaz", "Mehta", "Sjöberg", "D'Amico",
        "O'Connell", "Nwachukwu", "van der Berg", "Takahashi", "El-Amin", "Kowalczyk", "St. John",
        "Müller-Lüdenscheidt", "Þórsdóttir", "Mbatha"]
OFFICES = ["Götgatan 78, 118 30 Stockholm", "Sveavägen 44, 111 34 Stockholm", "The Tea Building, 56 Shoreditch "
           "High St, London E1 6JJ", "Köpenicker Str. 70, 10179 Berlin", "8560 Sunset Blvd, West Hollywood, CA "
           "90069", "1 Music Square W, Nashville, TN 37203", "Av. Brig. Faria Lima 3477, São Paulo - SP, 04538-133",
           "Av. Paseo de la Reforma 296, Juárez, 06600 Ciudad de México, CDMX", "12 Admiralty Way, Lekki Phase 1, "
           "Lagos", "Bandra Kurla Complex, Mumbai 400051", "서울특별시 마포구 양화로 45, 8층", "東京都渋谷区神南1-2-3"]
PLACES = ["Stockholm", "Södermalm", "London", "Shoreditch", "Berlin-Kreuzberg", "Los Angeles", "Silver Lake",
          "Nashville", "São Paulo", "Mexico City", "CDMX", "Coyoacán", "Lagos", "Ikeja", "Mumbai", "Bandra West",
          "Seoul", "Hongdae", "Tokyo", "Shibuya", "Roskilde", "Pilton, Somerset", "Glastonbury", "Indio, CA",
          "Barcelona", "Naeba, Niigata", "Wacken", "Boom, Belgium", "Budapest", "Gdynia", "Helsinki", "Oslo",
          "Göteborg", "Hasselt", "Montreux", "Austin, TX", "Reykjavík", "Medellín", "Kraków", "İstanbul",
          "Tel Aviv-Yafo", "Johannesburg", "Accra", "Hamburg St. Pauli", "Montréal", "Rio de Janeiro", "Chicago",
          "Manchester", "Glasgow", "Benicàssim", "Werchter", "Scheeßel", "Arras", "Nîmes", "Tromsø",
          "59.3293, 18.0686", "51.1537,-2.5857", "33.6803° N, 116.2378° W"]
VENUES = ["O2 Academy Brixton, 211 Stockwell Rd, London SW9 9SL", "Paradiso, Weteringschans 6-8, Amsterdam",
          "Red Rocks Amphitheatre, Morrison, CO", "Madison Square Garden, 4 Pennsylvania Plaza, New York, NY",
          "Hollywood Bowl, 2301 N Highland Ave, Los Angeles", "Ryman Auditorium, 116 5th Ave N, Nashville",
          "Fabric, 77a Charterhouse St, London EC1M 6HJ", "Columbiahalle, Columbiadamm 13-21, 12101 Berlin",
          "Allianz Parque, Av. Francisco Matarazzo 1705, São Paulo", "Foro Sol, Viad. Río de la Piedad, CDMX",
          "Eko Convention Centre, Victoria Island, Lagos", "KSPO Dome, 424 Olympic-ro, Songpa-gu, Seoul",
          "Tokyo Dome, 1-3-61 Koraku, Bunkyo City", "Gröna Lund, Lilla Allmänna Gränd 9, Stockholm",
          "Ancienne Belgique, Bd Anspach 110, 1000 Bruxelles", "Barrowland Ballroom, 244 Gallowgate, Glasgow G4 0TT",
          "Vega, Enghavevej 40, 1674 København V", "Zénith Paris – La Villette, 211 Av. Jean Jaurès, 75019"]
FESTIVALS = ["Roskilde", "Glastonbury", "Coachella weekend 2", "Primavera Sound", "Sónar", "Lollapalooza Chicago",
             "Rock in Rio", "Fuji Rock", "Wacken Open Air", "Tomorrowland", "Sziget", "Open'er", "Flow Festival",
             "Øya", "Way Out West", "Pukkelpop", "Montreux Jazz", "SXSW", "Iceland Airwaves", "Afro Nation",
             "Vive Latino", "Lollapalooza Brasil", "Reeperbahn Festival", "Hurricane", "Rock Werchter", "FIB"]
ARTISTS = ["AC/DC", "Sunn O)))", "!!!", "$uicideboy$", "Panic! at the Disco", "\"Weird Al\" Yankovic",
           "Guns N' Roses", "Motörhead", "Mötley Crüe", "Sigur Rós", "Björk", "Hüsker Dü", "Queensrÿche",
           "Blue Öyster Cult", "Florence + the Machine", "Earth, Wind & Fire", "Simon & Garfunkel",
           "Godspeed You! Black Emperor", "...And You Will Know Us by the Trail of Dead", "Ke$ha", "P!nk",
           "will.i.am", "MØ", "alt-J", "Tyler, the Creator", "A$AP Rocky", "Ty Dolla $ign", "deadmau5", "R.E.M.",
           "M.I.A.", "The B-52's", "Sinéad O'Connor", "Beyoncé", "Rosalía", "Bad Bunny", "Peso Pluma",
           "Natalia Lafourcade", "Café Tacvba", "Caetano Veloso", "Anitta", "Marília Mendonça", "Burna Boy", "Tems",
           "Fela Kuti", "Angélique Kidjo", "Tinariwen (ⵜⵉⵏⴰⵔⵉⵡⴻⵏ)", "Fairuz (فيروز)", "Amr Diab (عمرو دياب)",
           "Omer Adam (עומר אדם)", "Кино", "Земфира", "Ελευθερία Αρβανιτάκη", "Sezen Aksu", "BTS (방탄소년단)",
           "NewJeans (뉴진스)", "아이유 (IU)", "宇多田ヒカル", "YOASOBI", "藤井 風", "坂本龍一", "周杰倫 (Jay Chou)",
           "王菲", "A. R. Rahman", "Arijit Singh", "Nusrat Fateh Ali Khan", "Stromae", "Angèle", "Édith Piaf",
           "Die Ärzte", "Kraftwerk", "Ólafur Arnalds", "Sly & the Family Stone", "Hồ Ngọc Hà", "Mon Laferte",
           "Los Ángeles Azules", "Karol G", "Zé Neto & Cristiano", "KoЯn", "Crosses (†††)", "Sophie Ellis-Bextor",
           "The Lonely Island", "Tiësto", "Måneskin", "Ásgeir", "Mumford & Sons", "Daryl Hall & John Oates",
           "Salt-N-Pepa", "Run-D.M.C.", "Wu-Tang Clan", "Boyz II Men", "t.A.T.u.", "070 Shake", "100 gecs",
           "blink-182", "+44", "10cc", "UB40", "(G)I-DLE", "Chloe x Halle", "Lil Nas X", "Little Simz",
           "CHVRCHES", "Fontaines D.C.", "Black Country, New Road", "Ed Sheeran", "Prince", "John Cage"]
TRACKS = ["Back in Black", "T.N.T.", "It's a Long Way to the Top (If You Wanna Rock 'n' Roll)",
          "Me and Giuliani Down by the School Yard (A True Story)", "I Write Sins Not Tragedies", "Amish Paradise",
          "White & Nerdy", "Sweet Child o' Mine", "Ace of Spades", "Hoppípolla", "Jóga", "Dog Days Are Over",
          "September", "Bridge Over Troubled Water", "Thank You (Falettinme Be Mice Elf Agin)",
          "Nothing Compares 2 U", "Paper Planes", "Losing My Religion", "Love Shack", "TiK ToK", "So What",
          "Breezeblocks", "EARFQUAKE", "Old Town Road (Remix) [feat. Billy Ray Cyrus]",
          "Happy (From \"Despicable Me 2\")", "My Heart Will Go On (Love Theme from \"Titanic\")",
          "Non, je ne regrette rien", "Papaoutai", "Balance ton quoi", "Männer sind Schweine", "Autobahn",
          "Águas de Março", "Sampa", "Envolver", "Last Last", "Essence (feat. Tems)", "Zombie",
          "Jai Ho! (You Are My Destiny)", "Tum Hi Ho", "Mustt Mustt (Lost in His Work)", "إنت عمري",
          "Группа крови", "Нас не догонят", "Şımarık", "Dynamite", "Super Shy", "좋은 날", "First Love",
          "アイドル", "死ぬのがいいわ", "Merry Christmas Mr. Lawrence", "晴天", "Hasta la Raíz", "Eres",
          "Ella Baila Sola", "Tití Me Preguntó", "Murder on the Dancefloor", "I'm on a Boat (feat. T-Pain)",
          "Zitti e buoni", "Shoop", "C.R.E.A.M.", "End of the Road", "All the Things She Said",
          "Mr. Brightside", "Don't Stop Me Now", "Wish You Were Here - 2011 Remaster", "Strobe - Club Edit",
          "Get Lucky (feat. Pharrell Williams & Nile Rodgers)", "Bohemian Rhapsody - Remastered 2011",
          "Hey Ya!", "Ms. Jackson", "HUMBLE.", "DNA.", "Sign o' the Times", "99 Luftballons",
          "Don't You (Forget About Me)", "Gangnam Style (강남스타일)", "Despacito (feat. Daddy Yankee)",
          "Hips Don't Lie (feat. Wyclef Jean)", "What's Up?", "Gimme! Gimme! Gimme! (A Man After Midnight)",
          "4′33″", "Take On Me", "Blue (Da Ba Dee)", "Love Will Tear Us Apart", "Seven Nation Army",
          "Monolith (Alice)", "Shape of You", "Bad Habits", "Hold Me Closer", "Lose Yourself (Clean)",
          "Heat Waves (Sped Up Version)", "Running Up That Hill (A Deal with God)", "Smells Like Teen Spirit"]
ALBUMS = ["Back in Black", "Monoliths & Dimensions", "Louden Up Now", "...And to Those I Love, Thanks for Sticking "
          "Around", "A Fever You Can't Sweat Out", "Mandatory Fun", "Appetite for Destruction", "( )",
          "Homogenic", "Lift Your Skinny Fists Like Antennas to Heaven", "good kid, m.A.A.d city", "DAMN.", "IGOR",
          "CALL ME IF YOU GET LOST: The Estate Sale", "1989 (Taylor's Version)", "RENAISSANCE", "MOTOMAMI",
          "Un Verano Sin Ti", "Random Access Memories (10th Anniversary Edition)", "Selected Ambient Works 85–92",
          "Enter the Wu-Tang (36 Chambers)", "(What's the Story) Morning Glory?", "To Pimp a Butterfly",
          "OK Computer OKNOTOK 1997 2017", "÷ (Divide)", "+ (Plus)", "× (Multiply)", "= (Equals)",
          "- (Subtract)", "Ágætis byrjun", "Racine carrée", "Multitude", "Die Mensch-Maschine",
          "Tropicália ou Panis et Circencis", "Elis & Tom", "Love, Damini", "Made in Lagos",
          "Map of the Soul: 7", "Get Up", "THE BOOK", "HELP EVER HURT NEVER", "葉惠美", "Aashiqui 2",
          "Группа крови", "200 по встречной", "Love Symbol Album", "Hounds of Love (2018 Remaster)",
          "Slumdog Millionaire (Original Motion Picture Soundtrack)", "Sehnsucht", "SOS (Deluxe)",
          "Wanderer – EP", "Now That's What I Call Music! 117", "Brat and it's completely different but also "
          "still brat"]
PLAYLISTS = ["🔥 Hot Hits Brasil", "Chill Lofi Study Beats 📚☕", "Viva Latino 💃🏽", "Beast Mode 💪",
             "Rainy Day ☔", "Songs to Sing in the Car 🚗🎤", "Pop Rising ✨", "K-Pop ON! (온)", "Afro Hits 🌍",
             "Mood Booster 😊", "dark & stormy ⛈️", "Metal Massacre 🤘", "Peaceful Piano 🎹", "Noches de Reggaetón 🌙",
             "Deutschrap Brandneu 🇩🇪", "Rap Français 🇫🇷", "Sertanejo Universitário 🤠", "Bollywood Butter 🧈",
             "City Pop 🌃 シティポップ", "Fresh Finds 🌱", "All Out 2000s 💿", "Festival Season 🎪☀️",
             "Dad Rock 👨‍🦳🎸", "Música para el Viernes 🍻", "Türkçe Pop ☕", "Arabic Chill 🌙 عربي", "Naija Vibes 🇳🇬",
             "New Music Friday 🆕", "Release Radar 📡", "Sad Bops 🥲", "Hertzwave Top 50 – Global 🌐",
             "Nordic Noir ❄️🖤", "Kindie 인디 🎧", "Anime Hits (アニメ) 🎌", "Power Ballads 🎤💥", "Coffee & Jazz ☕🎷"]
SPLITS = ["Lena Hoffmann 33.33% / Kwabena Asante 33.33% / Ji-woo Park 33.34%", "50/50 writer–publisher",
          "master 80/20 label/artist, publishing 50% Kobalt, 25% Sony Music Publishing, 25% self-published",
          "writers: 40% (lyrics), 60% (music); producer 3 points on the master", "PRS 50%, ASCAP 25%, GEMA 25%",
          "Astrid 25% · Mateus 25% · Chiamaka 25% · Yusuf 12.5% · Haruto 12.5%",
          "ECAD 100% (Brazil only), rest of world via Kobalt", "feat. artist gets 15% of artist royalties, net",
          "sample clearance: 10% of publishing to the original writers (Chic), flat fee $7,500 for the master",
          "70% / 30% after recoup (advance €25,000 unrecouped: €3,412.80)", "equal thirds (33⅓% each)"]
TERRITORIES = ["WW excl. JP, KR", "US, CA, PR", "GB, IE", "DACH (DE, AT, CH)", "LATAM (AR BR CL CO MX PE)",
               "EU27 + GB + NO + CH + IS", "World ex-China", "MENA", "SSA (NG, GH, KE, ZA)", "BR only",
               "Nordics (SE NO DK FI IS)", "APAC excl. JP", "ROW", "IN, PK, BD, LK, NP", "JP", "KR", "FR, BE, LU, MC",
               "worldwide"]
PRICES = ["$11.99", "£9.99", "€10.99", "¥1,600", "R$ 39,90", "MX$ 129.00", "₹119/mo", "₩10,900", "₦1,100",
          "SEK 119 kr", "$0.0031/stream", "€0.0042 per stream", "$4,812.55", "£12,340.18", "€ 48.310,22",
          "R$ 48.310,22", "$1.2M", "¥2.4M", "CHF 2'350.–", "$7,500 flat"]
WHEN = ["Fri 00:00 local", "this Friday at midnight (local time in each territory)", "tomorrow 09:30 CET",
        "Sat 14:00–22:00", "16/08 at 18h", "2024-08-16T00:00:00+09:00", "next Thursday", "Sun 18 Aug, 3pm",
        "at 1800 CEST", "Friday morning KST", "19.08.2024 um 10 Uhr", "sábado às 16h", "el viernes a las 00:00",
        "EOD today", "before the editorial lock (Wed 18:00 CET)", "Q4", "w/c 26 Aug", "3–5pm PT"]
EMOJI = [":headphones:", ":notes:", ":fire:", ":tada:", ":eyes:", ":pray:", ":sweat_smile:", ":white_check_mark:",
         ":rotating_light:", ":guitar:", ":microphone:", ":cd:", ":umbrella:", ":sunny:", ":the_horns:", ":100:",
         "🎧", "🎶", "🔥", "🎉", "👀", "🙏", "😅", "✅", "🚨", "🎸", "🎤", "💿", "☔", "☀️", "🤘", "🇧🇷", "🇰🇷",
         "🇳🇬", "🇸🇪", "💃🏽"]
LINKS = [
    "https://open.hertzwave.fm/track/4u7EnebtmKWzUH433cf5Qv?si=a1b2c3d4e5f64a7b",
    "https://open.hertzwave.fm/album/6mUdeDZCsExyJLMdAfDuwh",
    "https://open.hertzwave.fm/playlist/37i9dQZF1DXcBWIGoYBM5M?si=f3e1&pt=9c1d5b",
    "https://open.hertzwave.fm/artist/0XNKQFs2Ewb3y0VsFUFc5l",
    "https://musicbrainz.org/recording/b1a9c0e9-d987-4042-ae91-78d6a3267d69",
    "https://musicbrainz.org/release-group/c0d9a0a2-3b35-3b8e-9e9b-7b1c0f6a4b3a",
    "https://isrcsearch.ifpi.org/#!/search?isrcCode=USRC17607839&tab=lookup&showReleases&start=0&number=10",
    "https://www.discogs.com/release/1873013-AC-DC-Back-In-Black",
    "https://www.youtube.com/watch?v=pAgnJDJN4VA&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=3",
    "https://genius.com/Sly-and-the-family-stone-thank-you-falettinme-be-mice-elf-agin-lyrics",
    "https://www.roskilde-festival.dk/en/line-up/",
    "https://www.glastonburyfestivals.co.uk/line-up/line-up-2024/?stage=pyramid-stage",
    "https://www.primaverasound.com/es/barcelona/lineup?day=thursday&stage=all",
    "https://hertzwave.atlassian.net/browse/METADATA-4412?focusedCommentId=118273",
    "https://hertzwave.atlassian.net/jira/software/c/projects/RIGHTS/boards/42?selectedIssue=RIGHTS-2290",
    "https://docs.google.com/spreadsheets/d/1bX9kQ7rP2mVv4s8Yt3LzR0cN6aJ5hE1wD/edit#gid=1843022171&range=B2:F40",
    "https://hertzwave.sharepoint.com/sites/Rights/Shared%20Documents/Statements/2024-Q2/Kobalt_Q2_2024.xlsx?web=1",
    "https://app.chartmetric.com/artist/3380?tab=playlists&platform=hertzwave",
    "https://www.gema.de/de/musikurheber/werke-recherchieren?werknummer=12345678-001",
    "https://repertoire.prsformusic.com/search?q=T-345.246.800-1&type=works",
    "https://www.ascap.com/repertory#/ace/search/title/Back%20in%20Black/performer/AC%2FDC",
    "https://zoom.us/j/93721845566?pwd=cmVsZWFzZS1zeW5jLWZyaWRheQ",
    "https://www.metoffice.gov.uk/weather/forecast/gcnwrp7qx#?date=2024-06-28",
]
CODES_ISWC = ["T-345.246.800-1", "T-070.234.554-9", "T9182736450", "T-911.052.617-3"]
CODES_IPI = ["00052210040", "IPI 00273901846", "I-001234567-8", "IPI name # 00698736502"]
FILES = ["Q2_2024_royalty_statement_Kobalt (final).xlsx", "split-sheet_Back-in-Black_signed.pdf",
         "ERN_4.3_0825648123456_20240814.xml", "cover_3000x3000_RGB.jpg", "Sunn O))) - Monoliths & Dimensions "
         "(2LP) tracklist.pdf", "label_copy_v7 FINAL final.docx", "!!! - Louden Up Now - credits.txt",
         "playlist_pitch_NMF_2024-08-16.pptx", "takedown_notice_RIGHTS-2290.pdf", "lyrics_Şımarık_TR_EN.txt",
         "IMG_4471.HEIC", "festival_photos_Roskilde_Day3.zip", "UPC_0602445790128_artwork.png",
         "isrc_export_2024-08-13.csv", "territory_matrix_Q3 (1).xlsx", "DSP_delivery_report_20240813.json"]

# Commands to Jeeves: in a DM, after an @mention, or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather in %PLACE%", "weather %PLACE% tomorrow", "weather %PLACE%?",
    "weather %PLACE% please", "weather for %FEST%", "weather %VENUE%", "weather %PLACE% this weekend %EMOJI%",
    "weather", "Weather %PLACE%", "wether %PLACE%", "weather near %PLACE% tonight", "weather at %VENUE%",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location Hertzwave %PLACE% office",
    "remember location %VENUE%", "my location", "forget location", "help", "config", "config units metric",
    "config units imperial", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "alerts on", "alerts off", "alerts", "login", "forget me", "hi Jeeves 👋",
    "what can you do?", "help pls", "thx 🙏", "is it going to rain at %FEST% %WHEN%?",
    "weather %PLACE% - shoot for the %ARTIST% cover", "config alert_time 8.15",
]
CHAT = [
    "can someone check the credits on %TRACK% by %ARTIST%? ISRC %ISRC% shows the wrong featured artist",
    "%ARTIST% – %ALBUM% (UPC %UPC%) goes live %WHEN% in %TERR% %EMOJI%",
    "adding %TRACK% to %PLAYLIST% for next week's refresh, thoughts?",
    "label sent a takedown for %ISRC% in %TERR% only — rest of world stays up",
    "splits for %TRACK%: %SPLIT%",
    "%WHO% the artist name is literally %ARTIST% — please don't let the ingest strip the punctuation again 🙏",
    "AC/DC is showing as two artists \"AC\" and \"DC\" in search again. Ticket METADATA-4412, %LINK%",
    "It's Sunn O))) with THREE closing parentheses, not two. Yes, really.",
    "!!! is pronounced chk chk chk. The artist page slug is /artist/chk-chk-chk because the slugger ate the "
    "exclamation marks",
    "$uicideboy$, not Suicideboys — the dollar signs are part of the name (label style guide v3, p. 12)",
    "Panic! at the Disco: exclamation mark, no comma. They dropped the ! in 2008 and put it back in 2009 lol",
    "\"Weird Al\" Yankovic — straight double quotes around Weird Al, that's how the label delivers it in DDEX",
    "%FEST% lineup just dropped, %ARTIST% headlining Saturday %EMOJI%",
    "who's covering %FEST% for the editorial blog? need someone on site %WHEN%",
    "heading to %VENUE% for the %ARTIST% show tonight, will grab photos for the artist page 📸",
    "Q2 statement: %PRICE% for %ARTIST% in %TERR%, down 18.4% vs Q1 — anyone know why?",
    "per-stream rate in %TERR% came out at %PRICE% this month (blended avg across tiers)",
    "US mechanicals: 12¢ per track or 2.31¢ per minute over 5 min, whichever is greater (Phono IV)",
    "%ARTIST% estate wants the territory list changed to %TERR% from 2024-09-01",
    "pitch for %PLAYLIST%: %ARTIST% – %TRACK% (%ISRC%), 2:58, 124 BPM, A♭ minor",
    "lyrics sync on %TRACK% drifts ~350 ms from the 2nd chorus on, flagged to the lyrics partner",
    "the explicit flag on %ISRC% is wrong, the clean version is %ISRC%",
    "%TRACK% - Remastered 2011 should be linked as a version of the original master, not a new work",
    "compilation rights for %ALBUM% expire 31/12 in %TERR% — renewal or it goes grey",
    "℗ 2024 Ninja Tune Ltd. / © 2024 Ninja Tune Ltd. — the C-line on %UPC% still says 2023",
    "ISWC for %TRACK%: %ISWC%, writer %IPI% — both match the society record",
    "Oi! O lançamento de %ARTIST% – %ALBUM% ficou pra sexta, 00h de Brasília. A playlist %PLAYLIST% já tá pronta",
    "¿Alguien sabe por qué %TRACK% no está disponible en %TERR%? El sello dice que los derechos están en regla.",
    "Kannst du die Credits bei %TRACK% prüfen? Der Komponist fehlt, GEMA-Werknummer 12345678-001",
    "La playlist %PLAYLIST% passe à 80 titres, on retire %TRACK% (taux de skip : 41 %)",
    "%ARTIST%の新曲「%TRACK%」は%TERR%で金曜0時配信開始です",
    "%ARTIST% 컴백 일정: %WHEN%, 앨범 《%ALBUM%》 (UPC %UPC%)",
    "请检查《%TRACK%》的ISRC：%ISRC%，元数据里的艺人名写错了",
    "هل يمكن مراجعة حقوق %TRACK% في منطقة الشرق الأوسط وشمال أفريقيا؟ الموعد النهائي %WHEN%",
    "Релиз %ARTIST% перенесли, новый UPC %UPC%, территории: %TERR%",
    "השיר %TRACK% של %ARTIST% נכנס לפלייליסט %PLAYLIST% השבוע",
    "%ARTIST% için yeni şarkı %TRACK% Cuma günü yayında, %PLAYLIST% listesine ekleyelim mi?",
    "Hindi title for Tum Hi Ho should be 'तुम ही हो' in the localized field, not the transliteration",
    "Hej! Releasen för %ARTIST% flyttas till fredag, UPC %UPC% gäller fortfarande",
    "Τα δικαιώματα για το %TRACK% λήγουν στις 31/12 για %TERR%",
    "Bài %TRACK% của %ARTIST% bị sai tên nghệ sĩ, nhờ kiểm tra lại ISRC %ISRC% giúp mình",
    "Abeg who get the Afrobeats pitch deck? %ARTIST% team dey wait 😅",
    "ok", "👍", "on it", "ty!", "lol", "sorry wrong DM 🙈", "brb, in a label call", "🎧",
    "is it going to rain at %FEST% on Saturday? asking for the photo team",
    "flight to %PLACE% lands 07:40, going straight to the label office",
    "cover art for %PLAYLIST% is 640×640, we need 3000×3000 (JPG, RGB, < 10 MB)",
    "Reminder: editorial lock for New Music Friday is Wed 18:00 CET. Pitches after that roll to next week.",
    "%ARTIST% feat. %ARTIST% – %TRACK% [Radio Edit]: is \"feat.\" in the title or the artist field? DDEX says "
    "artist field (DisplayArtist with role FeaturedArtist)",
    "first 24h: 1,284,577 streams (↑ 312% vs the previous single) 🚀",
    "skip rate for %TRACK% in %PLAYLIST%: 27.3% at 30 s — keeping it one more week",
    "%TRACK% (%ISRC%) has two masters with the same ISRC, dedupe please — RIGHTS-2290",
    "catalogue transfer: 1,420 ISRCs move from one publisher admin to another on 01/10, territories %TERR%",
    "artist team wants \"%TRACK%\" renamed to \"%TRACK% (Sped Up)\" — that's a new version and needs its own ISRC",
    "split formula per writer: `=ROUND(B2*C2/100, 4)`, then check the column sums to 100%",
    "`=SUMIFS(Royalties!F:F, Royalties!C:C, \"BR\", Royalties!D:D, \">=2024-04-01\")` gives R$ 48.310,22 for Q2",
    "running playlist brief: 160–180 BPM, D major / B minor for smooth transitions, no intros over 8 bars",
    "%WHO% the Sunn O))) vinyl UPC %UPC% is the 2LP; the CD has a different one",
    "why does Sigur Rós – ( ) show an empty title in the app? tracks are \"Untitled #1\" … \"Untitled #8\" "
    "(a.k.a. \"Vaka\" for #1)",
    "Guns N' Roses renders as Guns N&#39; Roses on the web player again 😩",
    "Ed Sheeran order: + (Plus), × (Multiply), ÷ (Divide), = (Equals), - (Subtract). Search puts \"-\" last "
    "because it's parsed as a minus",
    "4′33″ by John Cage: skip rate 0% 😂 (%ISRC%)",
    "Björk – Jóga: acute accent on the o, please, not \"Joga\"",
    "\"Thank You (Falettinme Be Mice Elf Agin)\" is the real title, please don't 'fix' the spelling",
    "someone typed N/A into the artist field for %ISRC%, so now there's an artist page called \"N/A\"",
    "price tiers for %ALBUM% deluxe: $11.99 / £9.99 / €10.99 / ¥1,600 / R$ 39,90",
    "who approved the explicit cover for %ALBUM%? it shows up in the kids profile ⚠️",
    "territory matrix for %ALBUM%: ✅ %TERR% ❌ JP (licensed elsewhere until 2026)",
    "%EMOJI% %ARTIST% just announced a world tour — 38 dates, %VENUE% on %WHEN%",
    "chart week 2024-W33: #1 %TRACK%, #2 %TRACK%, #3 %TRACK% (Global Top 50)",
    "label copy says (P) 1980 Leidseplein Presse B.V., the DDEX says 1980 J. Albert & Son — which one wins?",
    "KoЯn with the backwards R is a Cyrillic Я in our DB, so nobody finds them typing \"Korn\" 🙃",
    "Beyoncé vs Beyonce: the accent got dropped on 312 tracks in the last re-ingest",
    "P!nk, Ke$ha, A$AP — can the search normalizer map ! → i and $ → s? ticket METADATA-4519",
    "\"Weird Al\" shows up as &quot;Weird Al&quot; in the push notifications 🤦",
    "reminder: Rock in Rio coverage needs a visa for two of us, %WHO% can you check?",
    "Mumbai office: monsoon's bad this week, expect delays on the Bollywood Butter refresh ☔",
]
LONG = [
    "*Release checklist — %ARTIST% – %ALBUM%* (UPC %UPC%)\n1. Label copy approved ✅\n2. ISRCs: %ISRC% … "
    "(12 tracks)\n3. Territories: %TERR%\n4. Pre-save live %WHEN%\n5. Pitch to %PLAYLIST% and %PLAYLIST%\n"
    "6. Lyrics + sync delivered\n\n%WHO% please tick as you go 🙏",
    "Q2 2024 statement summary for %ARTIST%\n```\nterritory   streams      revenue      rate\nUS       41,208,331   "
    "$128,745.90   0.00312\nBR       18,930,112   R$ 52.114,07  0.00275\nDE        9,004,560   €33,402.11   "
    "0.00371\nJP        3,118,002   ¥1,942,330   0.00623\n```\nTotals reconcile with the distributor to ±0.2%.",
    "Metadata fix request\n• Track: %TRACK%\n• ISRC: %ISRC%\n• Artist (display): %ARTIST%\n• Featured: none\n"
    "• Composer: %WHO%? (IPI %IPI%)\n• ISWC: %ISWC%\n• Explicit: no\nReason: artist's team reported the wrong "
    "display name on the lock screen.",
    "ISRC export for the takedown (%TERR% only):\n```\nisrc,title,artist,upc\n%ISRC%,\"Back in Black\",AC/DC,"
    "%UPC%\n%ISRC%,\"Monolith (Alice)\",Sunn O))),%UPC%\n%ISRC%,\"Me and Giuliani Down by the School Yard (A True "
    "Story)\",!!!,%UPC%\n```",
    "the label's DDEX for %UPC% has the featured artist in the title again:\n```\n<SoundRecording>\n  "
    "<SoundRecordingId><ISRC>%ISRC%</ISRC></SoundRecordingId>\n  <ReferenceTitle><TitleText>%TRACK% (feat. Tems)"
    "</TitleText></ReferenceTitle>\n</SoundRecording>\n```\nI'll ask them to resend with a DisplayArtist instead.",
    "-------- Forwarded message --------\nFrom: Label Services <releases@labelservices.example>\nDate: Tue, 13 Aug "
    "2024 17:02\nSubject: RE: %ALBUM% — territory change\n\nHi Hertzwave team,\nplease restrict %UPC% to %TERR% "
    "from Friday. Royalty split stays %SPLIT%.\nBest, Nadia",
    "%FEST% coverage plan (%WHEN%)\n- photo team: %WHO% + %WHO%\n- editorial: daily recap for %PLAYLIST%\n- bring "
    "rain covers for the cameras, forecast says 60% rain\n- press accreditation pickup at Gate B, 10:00",
    "Playlist refresh notes — %PLAYLIST%\nIN: %ARTIST% – %TRACK%\nIN: %ARTIST% – %TRACK%\nOUT: %ARTIST% – %TRACK% "
    "(skip 44%)\nMOVE UP: %TRACK% #18 → #6\nCover: new shoot at %VENUE%",
]
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 08:15 (Europe/Stockholm).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%FEST%\u201d.",
    "%PLACE%: light rain, 17°C, wind 19 km/h; today 13°C to 20°C, 70% chance of precipitation",
    "%PLACE%: clear sky, 28°C, wind 6 km/h; today 19°C to 31°C, 0% chance of precipitation",
    "%PLACE%: thunderstorm, 84°F, wind 11 mph; today 72°F to 91°F, 60% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 08:15\n• alerts: on\n• timezone: Europe/Stockholm\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
FORGET_TEXT = ("This deletes everything I know about you: your location, settings, sign-in sessions and history. "
               "It cannot be undone.")
TIMEZONES = ["Europe/Stockholm", "Europe/London", "Europe/Berlin", "America/Los_Angeles", "America/Chicago",
             "America/Sao_Paulo", "America/Mexico_City", "Africa/Lagos", "Asia/Kolkata", "Asia/Seoul", "Asia/Tokyo",
             "Europe/Paris", "America/New_York", "UTC", "Atlantic/Reykjavik", "Europe/Istanbul", "Asia/Dubai"]
SEARCH_Q = ["o'connell", "Ní Mhurchú", "@hertzwave.fm", "editorial", "rights", "박", "Ji-woo", "sjöberg",
            "García-Márquez", "d'amico", TEAM, LABEL_TEAM, "U07", "ferreira da silva", "El-Amin", "st. john",
            "Þórsdóttir", "müller", "adaeze.nwachukwu@hertzwave.fm", "lagos", "valentina", "Takahashi", "chen"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "feature.set",
           f"weather@{TEAM}", f"login_link@{LABEL_TEAM}", "login", "login.slack", "admin.map_slack",
           "account.totp_enable", "feature.remove_override", "user.forget_me", "denied", "failed", "astrid.lindqvist",
           "royalty-recon", "2024-08-13"]
ADMINS = ["astrid.lindqvist", "it-ops", "rights-admin", "mateus.oliveira", "breakglass-hz"]
API_CLIENTS = ["royalty-recon", "looker-editorial", "airflow-etl", "okta-sync", "festival-bot", "ddex-ingest",
               "jeeves-worker", "chartmetric-sync"]
CLIENT_DESCRIPTIONS = [
    ("looker-editorial", "Looker: Jeeves usage by editorial pod (Nordics, UK&I, DACH, LATAM, SSA, APAC) — read"),
    ("airflow-etl", "Airflow DAG jeeves_usage_daily → BigQuery hz_ops.jeeves_usage, 03:00 UTC"),
    ("okta-sync", "Okta → Jeeves users: names & e-mails (write), every 30 min"),
    ("festival-bot", "Festival season: alerts on for #festivals crew, Jun–Sep (write)"),
    ("royalty-recon", "Royalties team notebook, read-only; owner: Lena Hoffmann"),
    ("label-services.br", "Serviços para gravadoras (São Paulo) — somente leitura"),
    ("seoul-kpop-desk", "K-pop desk (서울) comeback calendar sync"),
    ("ci:github-actions", "GitHub Actions smoke test after deploy"),
]
ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location", "remember_location",
           "weather"]
UA_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 "
    "Edg/127.0.2651.98",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.84 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.08.10",
]
LANGS = ["en-GB,en;q=0.9", "sv-SE,sv;q=0.9,en-GB;q=0.8,en;q=0.7", "en-US,en;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8",
         "es-MX,es;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
         "ja-JP,ja;q=0.9,en;q=0.8", "en-NG,en;q=0.9", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9",
         "tr-TR,tr;q=0.9,en;q=0.8", "en-US"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.9.1", "Go-http-client/2.0", "axios/1.7.4",
              "node-fetch/3.3.2", "Apache-Airflow/2.9.3 python-requests/2.32.3", "Looker/24.12", "okhttp/4.12.0",
              "PostmanRuntime/7.41.0", "Bruno/v1.24.0", "Java-http-client/21.0.4", "GitHub-Actions curl/8.5.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; sv-SE) WindowsPowerShell/5.1.22631.4037"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Datadog/Synthetics", "curl/8.9.1",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "GoogleHC/1.0"]


class Desk(WebDay):
    """Hertzwave's editorial and rights desk: its people, and one seeded random source; one method a kind."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    alert_hours, alert_minutes = (6, 7, 7, 8, 8, 8, 9, 10, 12, 18), ("00", "05", "15", "30", "45")
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base, client_id_after = VERIFY_TOKEN, BASE, "jti"
    event_prefix, event_id_chars, slack_kind, partner_team = "Ev07", 8, "event", LABEL_TEAM
    # scripts, TokenDealer and the probes
    api_clients, script_uas, verify_uas, bearer_rate = API_CLIENTS, SCRIPT_UAS, SCRIPT_UAS, None
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_charset, health_uas, scrape_timeout = ";charset=UTF-8", HEALTH_UAS, None
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG, EMOJI, LINKS
    link_labels, link_once = ("", "", "", "|link", "|ticket", "|this"), True
    long_rate, emoji_rate, link_rate, dm_command_rate = 0.1, 0.2, 0.07, 0.65
    edit_suffixes = (" (edit: ISRC fixed)", " *", " — sorry, wrong territory", "!", " (typo)")

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum())
            ascii_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            handle = f"{ascii_first or 'hz'}.{ascii_last or 'staff'}{i if i % 11 == 0 else ''}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@hertzwave.fm", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "editorial-global", "editorial-latam", "editorial-kpop", "rights-and-royalties", "metadata-ops",
            "label-relations", "festivals", "new-music-friday", "playlist-pitching", "takedowns", "stockholm-office",
            "lagos-office", "random", "photo-team", "chart-watch")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts, codes and the App Home view ----------------------------------------------------------------
    def isrc(self) -> str:
        cc, reg = self.pick([("US", "RC1"), ("GB", "AYE"), ("SE", "XCA"), ("BR", "UM7"), ("KR", "A25"),
                             ("JP", "U36"), ("NG", "Q3A"), ("DE", "UM7"), ("QZ", "ES6"), ("US", "UM7")])
        year, serial = self.pick(["76", "80", "09", "18", "22", "23", "24"]), self.rng.randint(0, 99999)
        if self.chance(0.2):
            return f"{cc}-{reg}-{year}-{serial:05d}"
        return f"{cc}{reg}{year}{serial:05d}"


    def upc(self) -> str:
        digits = [int(c) for c in self.pick(["0602445", "0075679", "1980000", "0886449", "4988031", "8809"])]
        while len(digits) < 12:
            digits.append(self.rng.randint(0, 9))
        check = (10 - sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits))) % 10) % 10
        return "".join(map(str, digits)) + str(check)


    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (the text as Slack sends it, with its escapes and <...> markup; as typed)."""
        pools = {"%ARTIST%": ARTISTS, "%TRACK%": TRACKS, "%ALBUM%": ALBUMS, "%PLAYLIST%": PLAYLISTS,
                 "%SPLIT%": SPLITS, "%TERR%": TERRITORIES, "%PLACE%": PLACES, "%VENUE%": VENUES, "%FEST%": FESTIVALS,
                 "%PRICE%": PRICES, "%WHEN%": WHEN, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES, "%OFFICE%": OFFICES,
                 "%ISWC%": CODES_ISWC, "%IPI%": CODES_IPI}
        text = self.substitute(text, pools)
        return self.markup(self.substitute(text, {"%ISRC%": self.isrc, "%UPC%": self.upc, "%HHMM%": self.hhmm}))


    def home_view(self, team: str) -> dict[str, Any]:
        return {
            "id": self.sid("V07", 8), "team_id": TEAM, "type": "home", "private_metadata": "", "callback_id": "",
            "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False,
            "notify_on_close": False, "root_view_id": self.sid("V07", 8), "previous_view_id": None,
            "app_id": APP_ID, "external_id": "", "bot_id": BOT_ID,
            "blocks": [{"type": "header", "block_id": self.token(3)[:4],
                        "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                       {"type": "section", "block_id": self.token(3)[:4], "text": {
                           "type": "mrkdwn", "verbatim": False,
                           "text": f"*Location:* {self.pick(PLACES)}\n*Units:* metric\n*Daily alert:* on at "
                                   f"{self.hhmm()} ({self.pick(TIMEZONES)})"}}]}

    # ---- Slack: the Events API ------------------------------------------------------------------------------
    def blocks_of(self, raw: str, mention: bool) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]]
        if mention and "@Jeeves" in raw:
            before, after = raw.split("@Jeeves", 1)
            elements = ([{"type": "text", "text": before}] if before else []) + [
                {"type": "user", "user_id": BOT_USER}, {"type": "text", "text": after}]
        else:
            elements = [{"type": "text", "text": raw}]
        return [{"type": "rich_text", "block_id": self.token(4)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]


    def message(self, slack: str, raw: str, channel: str, mention: bool, team: str = "") -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": self.pick(self.people)["id"], "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": slack, "team": TEAM}
        if self.chance(0.85):
            event["blocks"] = self.blocks_of(raw, mention)
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = "im"
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event


    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.2), separators=(",", ":"))
        return self.slack_request("/slack/events", body)


    def slack_mention(self) -> dict[str, Any]:
        channel, _ = self.pick(self.channels)
        if self.chance(0.55):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            lead = self.pick(["", "", "hey ", "cc ", "also "])
            tail = self.pick(["", "", "", " — can you check the weather there?", " (and weather pls)"])
            slack, raw = f"{lead}<@{BOT_USER}> {slack}{tail}", f"{lead}@Jeeves {raw}{tail}"
        return self.record("event", "json", self.event_request(self.message(slack, raw, channel, True)))


    def slack_deleted(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.chat_text()
        old = self.message(slack, raw, channel, False)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": channel, "previous_message": self.inner(old), "event_ts": self.ts(), "ts": self.ts(),
                 "channel_type": "im"}
        return self.record("event", "json", self.event_request(event))


    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "statement attached", "here's the split sheet for %TRACK%",
                                          "label copy v7 — can you remember %OFFICE% as my location?",
                                          "photos from %FEST% day 3 📸", "%ISRC%", "weather %PLACE%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf",
                "xml": "application/xml", "jpg": "image/jpeg", "docx": "application/vnd.openxmlformats-officedocument."
                "wordprocessingml.document", "txt": "text/plain", "pptx": "application/vnd.openxmlformats-"
                "officedocument.presentationml.presentation", "heic": "image/heic", "zip": "application/zip",
                "png": "image/png", "csv": "text/csv", "json": "application/json"}.get(ext, "application/octet-stream")
        fid = self.sid("F07", 8)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": ext in ("txt", "csv"),
                           "size": self.rng.randint(4_000, 80_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)


    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        lead = self.pick(["is this the right version?", "weather at this one?", "fyi", "see", "wrong cover art here"])
        slack, raw = f"{lead} <{slack_escape(link)}>", f"{lead} {link}"
        old = self.message(slack, raw, channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").removeprefix("open.").split(".")[0].capitalize()
        artist, track = self.pick(ARTISTS), self.pick(TRACKS)
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": f"{track} - song by {artist}",
                               "title_link": link, "text": f"{artist} · Song · {self.rng.randint(1970, 2024)}",
                               "fallback": f"{service}: {track} - song by {artist}",
                               "thumb_url": f"https://i.scdn.hertzwave.fm/image/ab67616d0000b273{self.hexs(24)}",
                               "thumb_width": 640, "thumb_height": 640}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "event_ts": self.ts(), "ts": self.ts(), "channel_type": "im"}
        return self.record("event", "json", self.event_request(event))


    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 60, 0.25,
                                 {"image_36": "https://a.slack-edge.com/80588/img/plugins/app/bot_36.png"})
        if "chance of precipitation" in slack and self.chance(0.7):
            event["blocks"] = self.weather_blocks(slack, slack.split(":", 1)[0])
        return self.record("event", "json", self.event_request(event))


    # ---- Slack: /jeeves and button clicks -------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = LABEL_TEAM if self.chance(0.1) else TEAM
        channel, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        slack, _ = self.command_text() if self.chance(0.9) else self.chat_text()
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", TEAM_DOMAIN if team == TEAM
                                                                else LABEL_DOMAIN),
                  ("channel_id", channel), ("channel_name", cname), ("user_id", person["id"]),
                  ("user_name", person["handle"]), ("command", "/jeeves"), ("text", slack), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        body = urllib.parse.urlencode(fields, quote_via=urllib.parse.quote_plus)
        return self.record("command", "form", self.slack_request("/slack/commands", body, form=True))


    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        channel, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        if roll < 0.7:
            value, _ = self.fill(self.pick(["%PLACE%", "%PLACE%", "%VENUE%", "%FEST%", "%OFFICE%"]))
            value = value.replace("&amp;", "&")
            action: dict[str, Any] = {"type": "button", "block_id": self.token(4)[:5], "action_id": "set_location",
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": value, "action_ts": self.ts()}
            shown = self.pick(BOT_REPLIES[8:11]).replace("%PLACE%", value)
        else:
            confirm = roll < 0.86
            action = {"type": "button", "block_id": self.token(4)[:5],
                      "action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel", "emoji": True},
                      "value": "-", "action_ts": self.ts()}
            if confirm:
                action["style"] = "danger"
            shown = FORGET_TEXT
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": channel, "is_ephemeral": True},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": channel, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        if self.chance(0.45):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                                                "text": {"type": "mrkdwn", "text": shown}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))


    # ---- the data API ---------------------------------------------------------------------------------------
    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"airflow.jeeves_usage_daily.{self.hexs(8)}",
                                           f"gha-{self.rng.randint(10**9, 10**10)}-1"])

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.28:
            params: list[tuple[str, str]] = []
            if self.chance(0.75):
                params.append(("limit", self.pick(["25", "50", "100", "200", "500"])))
            if self.chance(0.5):
                params.append(("offset", self.pick(["0", "50", "100", "200", "500"])))
            for key, values in (("team_id", [TEAM, LABEL_TEAM]), ("active", ["true", "false", "1"]),
                                ("alerts", ["true", "false", "on", "off"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": self.script_headers("read")})
        if roll < 0.45:
            return self.record("api", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 380)}",
                                               "headers": self.script_headers("read")})
        if roll < 0.68:
            h = self.script_headers(self.pick(["read write", "write"]))
            person = self.pick(self.people)
            sub = self.rng.random()
            doc: dict[str, Any]
            if sub < 0.25:
                doc = {"name": person["name"], "email": person["email"]}
            elif sub < 0.4:
                doc = {"name": self.pick(["Astrid Lindqvist (Editorial, Nordics)", "Oluwaseun Adeyemi – Rights",
                                          "Ji-woo Park 박지우", "Mateus Oliveira | Label Relations BR",
                                          "Saoirse Ní Mhurchú", "Haruto Sato 佐藤陽翔", "Priya Ramanathan, Metadata",
                                          "Zeynep Yılmaz (İstanbul)", "Sólveig Þórsdóttir", "Théo Lefèvre-D'Amico",
                                          "Lena Hoffmann — Royalties DACH", "Kwabena Asante (Afro Hits editor)"])}
            elif sub < 0.7:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self.hhmm()}}
                if self.chance(0.5):
                    doc["settings"]["alerts"] = self.chance(0.75)
            elif sub < 0.82:
                doc = {"settings": {"units": self.pick(["metric", "imperial"])}}
            elif sub < 0.93:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.5)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.3), indent=self.pick([None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 380)}",
                                               "body": body, "headers": h})
        if roll < 0.84:
            day = self.rng.randint(1, 13)
            since = self.pick([f"2024-08-{day:02d}T00:00:00Z", f"2024-08-{day:02d}",
                               f"2024-08-{day:02d}T00:00:00+02:00",
                               f"2024-07-{day + 14:02d}T22:00:00.000Z", f"2024-08-{day:02d}T06:00:00-03:00"])
            params = [("since", since)]
            if self.chance(0.55):
                params.append(("until", self.pick(["2024-08-14T08:00:00Z", "2024-08-14", "2024-08-14T10:00:00+02:00"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote,
                                                                                         urllib.parse.quote_plus]))
            return self.record("api", "query", {"method": "GET", "uri": uri, "headers": self.script_headers("read")})
        if roll < 0.91:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches",
                                                 "headers": self.script_headers("read")})
        if roll < 0.94:
            h = {"User-Agent": self.pick(SCRIPT_UAS), "Accept": "application/json"}
            return self.record("api", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})
        h = self.script_headers("read write")
        h["Content-Type"] = "application/json"
        doc = {"enabled": self.chance(0.65)}
        if self.chance(0.6):
            doc["team_id"] = self.pick([TEAM, LABEL_TEAM, "*"])
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                           "body": json.dumps(doc), "headers": h})


    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(0.25) if mobile is None else mobile
        ua = self.pick(UA_MOBILE if mobile else UA_DESKTOP)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                                         "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "cross-site" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Firefox" in ua or ("Safari" in ua and "Chrome" not in ua):
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            h["Accept-Encoding"] = "gzip, deflate, br"
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Not)A;Brand";v="99", "{brand}";v="127", "Chromium";v="127"'
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


    def site_cookies(self) -> list[tuple[str, str]]:
        return [("OptanonAlertBoxClosed", "2024-06-03T09:14:22.512Z")] if self.chance(0.1) else []

    # ---- the admin panel --------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(SEARCH_Q))] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.25)
                                                     else [])
            return self.record("admin", "query", {"method": "GET", "headers": h, "uri": "/admin/users?"
                                                  + urllib.parse.urlencode(params)})
        if roll < 0.31:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(AUDIT_Q))] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "headers": h, "uri": "/admin/audit?"
                                                  + urllib.parse.urlencode(params)})
        if roll < 0.48:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?page=4", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
                              "/admin/slack-sign-in?done=unmapped", "/admin/users?done=user_updated&q=&page=1"])
            return self.record("admin", "cookie", {"method": "GET", "uri": page, "headers": h})
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.58:
            fields = [("csrf_token", csrf), ("q", self.pick(SEARCH_Q + ["", ""])),
                      ("page", str(self.rng.randint(1, 3))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(1, 380)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.67:
            if self.chance(0.8):
                if self.chance(0.55):
                    fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
                else:
                    fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)),
                              ("team_id", self.pick([LABEL_TEAM, TEAM, "t08lblsvc2"])), ("enabled", self.pick("01"))]
                return self.record("admin", "form", self.form_request("/admin/features", h, fields))
            fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", LABEL_TEAM)]
            return self.record("admin", "form", self.form_request("/admin/features/remove", h, fields))
        if roll < 0.76:
            client_id, description = self.pick(CLIENT_DESCRIPTIONS)
            if self.chance(0.5):
                fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description),
                          ("scopes", "read")] + ([("scopes", "write")] if "write" in description else [])
                return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
            state = self.pick(["rotate", "disable", "enable"])
            uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{state}"
            return self.record("admin", "path", self.form_request(uri, h, [("csrf_token", csrf)]))
        if roll < 0.86:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=client.rotate",
                             "/admin/users?q=o%27connell"])
            if self.chance(0.4):
                h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
                return self.record("admin", "query", {"method": "GET", "headers": h,
                                                      "uri": "/admin/login?next=" + urllib.parse.quote(nxt, safe="")})
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-.=?@^_~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))
            if self.chance(0.25):
                password = "-".join(self.pick(["vinyl", "chorus", "tempo", "bridge", "encore", "reverb", "fader",
                                               "cassette", "backbeat", "falsetto", "octave"]) for _ in range(4))
            code = self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                              f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
            fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(ADMINS)), ("password", password),
                      ("totp", code)]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.91:
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)),
                          ("team_id", self.pick([TEAM, LABEL_TEAM])), ("user_id", self.pick(self.people)["id"])]
                return self.record("admin", "form", self.form_request("/admin/slack-sign-in", h, fields))
            fields = [("csrf_token", csrf), ("username", self.pick(ADMINS))]
            return self.record("admin", "form", self.form_request("/admin/slack-sign-in/remove", h, fields))
        sub = self.rng.random()
        if sub < 0.25:
            return self.record("admin", "form", self.form_request("/admin/account/totp/start", h, [("csrf_token",
                                                                  csrf)]))
        if sub < 0.55:
            pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
            fields = [("csrf_token", csrf), ("totp_pending", pending), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            return self.record("admin", "form", self.form_request("/admin/account/totp/confirm", h, fields))
        if sub < 0.7:
            fields = [("csrf_token", csrf), ("password", self.token(18))]
            return self.record("admin", "form", self.form_request("/admin/account/totp/disable", h, fields))
        if sub < 0.85:
            return self.record("admin", "form", self.form_request("/admin/logout", h, [("csrf_token", csrf)]))
        css = {"User-Agent": h["User-Agent"], "Accept": "text/css,*/*;q=0.1", "Accept-Language": h["Accept-Language"],
               "Accept-Encoding": "gzip, deflate, br", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors",
               "Sec-Fetch-Site": "same-origin", "Cookie": h["Cookie"]}
        return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": css})


    # ---- /me/ -----------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = self.pick(["application/json", h["Accept"]])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 8 + ["HEAD"]), "uri": uri, "headers": h})
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            place, _ = self.fill(self.pick(["%PLACE%", "%PLACE%", "%OFFICE%", "%VENUE%", "Hertzwave %PLACE%"]))
            place = place.replace("&amp;", "&")[:100]
            return self.record("me", "form", self.form_request("/me/location", h, [("csrf_token", csrf), ("place",
                                                               place)]))
        if roll < 0.85:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.hhmm()), ("timezone", self.pick(TIMEZONES))]
            return self.record("me", "form", self.form_request("/me/settings", h, fields))
        uri, fields = self.me_exit_form(csrf)
        return self.record("me", "form", self.form_request(uri, h, fields))


    # ---- Sign in with Slack and the bot's one-time links ----------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": self.browser()})
        if roll < 0.35:
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": self.browser()})
        if roll < 0.6:
            state = self.token()
            h = self.browser("https://slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.7:
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.85:
            h = self.browser(self.pick([None, "https://app.slack.com/"]), mobile=self.chance(0.4))
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(None, True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))


    # ---- metadata -------------------------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["PyJWT/2.9.0", "jose/5.6.3", "Go-http-client/2.0", "python-httpx/0.27.0",
                                      "Authlib/1.3.1", "openapi-generator/7.7.0", "PostmanRuntime/7.41.0",
                                      "Nimbus-JOSE-JWT/9.40"]),
             "Accept": self.pick(["application/json", "*/*", "application/jwk-set+json, application/json"])}
        if self.chance(0.45):
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("meta", "header", {"method": "GET", "uri": "/.well-known/jwks.json", "headers": h})
        uri = self.pick(["/.well-known/oauth-authorization-server", "/openapi.json", "/api/openapi.json"])
        return self.record("meta", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri, "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 280), ("slack_mention", 175), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 22), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 150), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The desk's Wednesday, kinds interleaved, after Slack's URL verification (the app's Request URL was saved)."""
    return planned(Desk(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
