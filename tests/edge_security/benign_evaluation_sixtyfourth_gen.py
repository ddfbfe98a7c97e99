"""Benign evaluation set (sixtyfourth): a music streaming startup's ordinary traffic through the edge, benign only.

The company is Fjordsound, a music streaming startup with offices in Stockholm, Berlin, London, Lagos, São Paulo,
Seoul and Mexico City. Its product and content team (editors, metadata QA, label relations, royalties, lyrics sync,
data analysts, product managers) use Jeeves to check the weather before festival days, rooftop listening parties,
outdoor video shoots and the walk to the office, and they talk to it the way they talk to each other: track ISRCs,
UPCs and ISWCs, artist names in many scripts and with their own punctuation (AC/DC, Sunn O))), P!nk, Ke$ha, Earth,
Wind & Fire), playlist names with emoji, royalty and writer splits in percentages, A/B test ids and their metrics,
analytics questions in plain words, release dates and embargoes in every format, label codes and P-lines, lyric
lines quoted word for word with their LRC timestamps, and long links to dashboards, catalogues and stores.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It adds the two Slack
deliveries those modules lack: a file shared in a DM (around SlackDay.shared_file) and a link unfurl (a
message_changed with the link's attachment).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyfourth"
SEED = 64_2024_0816
EPOCH = 1723791600  # 2024-08-16 07:00 UTC, a Friday: New Music Friday, festival season, Øya next week
TEAM, TEAM_DOMAIN = "T05FJRDSND", "fjordsound"
PARTNER_TEAM, PARTNER_DOMAIN = "T06LBLSVCS", "fjordsound-label-services"  # the label services workspace
APP_ID, BOT_USER, BOT_ID = "A07JVSFJ2K", "U07JEEVES3", "B07JEEVES8"
HOST = "jeeves.fjordsound.io"
BASE = f"https://{HOST}"

FIRST = ["Åsa", "Björn", "Chiamaka", "Oluwaseun", "João Pedro", "Luíza", "Ji-woo", "Seo-yeon", "Malin", "Tobias",
         "Ngozi", "Emeka", "Valentina", "Ximena", "Jürgen", "Lena", "Hiroshi", "Aiko", "Priya", "Arjun", "Yara",
         "Karim", "Noa", "Mateus", "Sofía", "Tiago", "Freja", "Oskar", "Adaeze", "Tunde", "Min-jun", "Hye-jin",
         "Fernanda", "Rodrigo", "Elif", "Zoë", "Siobhán", "Kwabena", "Anaïs", "Leilani"]
LAST = ["Lindström", "Ekström", "Okafor", "Adeyemi", "Araújo", "Conceição", "Park", "Kim", "Nyström", "Wagner",
        "Eze", "Nwosu", "Hernández", "Quiñones", "Müller", "Schröder", "Tanaka", "Suzuki", "Raghunathan", "Iyer",
        "Haddad", "El-Amin", "Ben-Ami", "O'Brien", "D'Angelo", "dos Santos", "de la Vega", "Åkesson",
        "Mensah-Bonsu", "van der Berg", "Ó Briain", "Fairbairn-Løvik", "Gonçalves", "Sørensen", "Yılmaz"]
ARTISTS = ["AC/DC", "Sunn O)))", "Sigur Rós", "Mötley Crüe", "!!! (Chk Chk Chk)", "Beyoncé", "BTS (방탄소년단)",
           "米津玄師 (Kenshi Yonezu)", "Björk", "Måneskin", "ROSALÍA", "Ólafur Arnalds", "Tinariwen", "Burna Boy",
           "Anitta", "Stromae", "P!nk", "Ke$ha", "will.i.am", "MØ", "Motörhead", "Queensrÿche",
           "Godspeed You! Black Emperor", "Panic! At The Disco", "Earth, Wind & Fire", "Florence + The Machine",
           "Tyler, The Creator", "Guns N' Roses", "Joey Bada$$", "Tiësto", "deadmau5", "Wizkid", "Tems", "Asake",
           "Ayra Starr", "Кино", "Земфира", "Fairuz (فيروز)", "عمرو دياب", "עומר אדם", "अरिजीत सिंह (Arijit Singh)",
           "A. R. Rahman", "周杰倫", "IU (아이유)", "NewJeans (뉴진스)", "宇多田ヒカル", "YOASOBI", "坂本龍一",
           "Caetano Veloso", "Marília Mendonça", "Natalia Lafourcade", "Café Tacvba", "Bad Bunny", "Peso Pluma",
           "Rammstein", "Die Ärzte", "Einstürzende Neubauten", "Robyn", "First Aid Kit", "Fever Ray", "Yung Lean",
           "ABBA", "Veronica Maggio", "Simon & Garfunkel", "Sly & The Family Stone", "Mumford & Sons",
           "Little Simz", "The The", "Daft Punk", "MF DOOM", "$uicideboy$", "Lil Nas X", "Sunn O))) & Boris",
           # the label services roster
           "Mørkeland", "Luíza Prado", "Kwame Boateng Trio", "Dami Oyelaran", "Hanna & the Hollows",
           "Sóley Dröfn", "박서연 (Park Seo-yeon)", "Los Hermanos Quiñones", "Jonas Ek", "Ingrid's Ghost",
           "DJ Ñandú", "Kōji & The Night Shift"]
TRACKS = ["Midnattssol (Radio Edit)", "Ojos de Agua – Acoustic", "Lagos Rain (feat. Dami Oyelaran)",
          "Kalimba Skies [Remastered 2024]", "Sommarnatt", "Saudade Digital", "Neon Hanok (네온 한옥)",
          "No Más Lágrimas (En Vivo)", "東京ライン", "Ghost Notes, Pt. II", "Don't Stop 'Til It's Over",
          "Re: Re: Love", "Interlude (skit)", "Regn över Slussen", "Ọmọ Ọba", "Até o Sol Nascer",
          "Feuer & Eis", "99¢ Dreams", "Hjärtat (Live at Cirkus)", "Salt & Static", "Drone Ritual I-IV",
          "Mørke Mai (Extended Mix)", "Bom Dia, São Paulo", "Oya! (Clean)", "Nacht/Tag", "Interstate 5:04 AM"]
PLAYLISTS = ["🔥 Fresh Finds Nordic", "Sad Girl Autumn 🍂☕", "Lo-fi Beats to Code To 💻🎧", "Reggaetón Caliente 🌶️",
             "K-Pop Daebak ✨", "Afrobeats Hits 🇳🇬", "Forró pra Dançar 🪗", "Brutal Drone 🤘🔊", "Gym Hype 💪",
             "Sunday Slow Jams ☕🕯️", "Rainy Day Jazz ☔🎷", "Schlager Fest 🍻", "J-Rock Now 🇯🇵", "Throwback 00s 📼",
             "Nordic Noir 🌲🌑", "Sertanejo Top 50 🤠", "Corridos Tumbados 🎺", "Ambient Mornings 🌅",
             "New Music Friday Sverige 🇸🇪", "Amapiano Grooves 🥁", "Sunn O))) Radio", "Fika Time ☕🥐",
             "Bollywood Butter 🧈", "Release Radar", "Discover Weekly (internal test)"]
ISRCS = ["SE5Q12400123", "SE-5Q1-24-00123", "USUM72401234", "GBAHT2400017", "BRRGE2400001", "KRA402400562",
         "JPU902401129", "NGA1L2400044", "DEUM72412345", "MXF012400077", "QZHN42412345", "FR-Z03-24-00891",
         "SE6XY2400310", "GB-SMU-24-01188", "ISRC USFJS2400311"]
UPCS = ["UPC 0602445123456", "EAN 4050538812345", "0196588123457", "5054197123456", "UPC 8 40095 61234 9",
        "EAN/UPC 7350049512340", "GTIN 00602445123456"]
ISWCS = ["T-345.246.800-1", "T9112345671", "ISWC T-070.143.229-5", "T-921.004.112-3"]
LABELS = ["Norrsken Records AB (LC 28977)", "LC 01846", "LC-12345", "cat# NRTH042", "FJS-DIST-0917",
          "℗ 2024 Norrsken Records AB under exclusive licence to Fjordsound Label Services",
          "© 2024 Mavin Records / ℗ 2024 Mavin Global", "Selo: Saudade Discos Ltda. (LC 40211)",
          "Sub Pop SP1598", "℗ & © 2024 Kōji Music K.K.", "label code LC 51922 (Hanna & the Hollows)",
          "Sony Music Entertainment México, S.A. de C.V.", "[PIAS] Recordings", "4AD Ltd. (LC 05347)"]
SPLITS = ["50/50", "writers: Luíza Prado 40%, Kwame Boateng 35%, Jonas Ek 25%",
          "master 70% artist / 30% label after recoup", "producer gets 3 points (3% of PPD) + $2,500 advance",
          "publishing 33⅓% each (3 writers)", "sync fee $12,000 all-in, 50/50 master/pub",
          "featured artist royalty 4% of PPD, no advance", "mechanicals 12¢ per unit (US statutory, 2024)",
          "streaming mechanical rate 15.1% of service revenue (Phonorecords IV)", "PRS 50% / MCPS 50%",
          "GEMA 8/12 composer, 4/12 publisher", "ECAD: 66.67% autoral / 33.33% conexo", "80/20 net receipts",
          "12.5% of 100% (co-publishing)", "artist 25%, label 75%, distro fee 15% off the top",
          "JASRAC 1/3 lyricist, 1/3 composer, 1/3 publisher", "KOMCA 50% 작사/작곡, 50% 퍼블리셔"]
EXPERIMENTS = ["exp_home_shelf_v3", "AB-2291", "exp-2024-08-onboarding-genre-picker", "autoplay_crossfade_8s",
               "ff.lyrics_sync_karaoke", "EXP#4417 (smart shuffle weights)", "ab/playlist-cover-gen-v2",
               "test id 7f3c9e21", "HOLDOUT-Q3-2024", "exp_release_radar_friday_push", "pricing_duo_€14.99_SE",
               "exp:search_typo_tolerance_v2"]
METRICS = ["skip rate 31.4% (−2.1 pp)", "D7 retention +0.8 pp (p = 0.03)", "saves/listener 0.42 → 0.47",
           "CTR 4.7% vs 4.1%", "avg listen time 2:47", "stream share 12.6%", "free→premium conversion 3.9%",
           "95% CI [0.2, 1.4]", "MAU 1.82M", "ARPU €4.17", "completion rate 68% (was 61%)",
           "+11.3% streams/DAU, n=48,210", "no stat-sig difference (p=0.41)", "crash-free sessions 99.72%"]
DATES = ["2024-08-23", "Fri 23 Aug", "23.08.2024", "08/23/2024", "New Music Friday (30 Aug)",
         "embargo 2024-08-22T22:00:00Z", "Oct 4 (Q4)", "00:00 local time in every market", "sexta 23/08",
         "8月23日(金)", "8월 23일 0시 KST", "viernes 30 de agosto", "next Friday", "Sept 6th", "W35",
         "2024-09-13 00:00 CET"]
LYRICS = [
    "[00:42.17] \"I kept your records on the shelf / like letters to myself\"",
    "line 12 says \"don't you dare say it's over\" but she sings \"don't you dare say we're over\"",
    "«Je t'attends sous la pluie, à minuit»", "„Wir tanzen, bis das Licht ausgeht“",
    "「夜明けまで歌おう」 (let's sing until dawn)", "\"Eu sei que a saudade é só um jeito de ficar\"",
    "'Oya, make we dance till morning' (pidgin, keep it as sung, don't correct it)",
    "\"빛이 되어 줄게\" (I'll be your light)", "“Lo que fuimos no se borra con la lluvia”",
    "\"She said 'turn it up' / I said 'it's already up'\"", "[01:03.90] (ooh-ooh, ah-ah) x4",
    "[02:15.02] \"Nobody's gonna call you at 5:04 AM\"", "\"Jag väntar vid Slussen, i regnet, som förut\"",
    "[Chorus] \"Salt & static on my tongue\"", "\"¿Y si mañana ya no estás?\"",
]
OFFICES = ["Götgatan 48, 118 26 Stockholm", "Torstraße 109, 10119 Berlin", "1 Rivington St, London EC2A 3DT",
           "Admiralty Way, Lekki Phase 1, Lagos", "Rua Augusta 1508, Consolação, São Paulo - SP, 01304-001",
           "서울 마포구 와우산로 94", "Calle Colima 160, Roma Nte., 06700 CDMX"]
PLACES = ["Stockholm", "Berlin", "London", "Lagos", "São Paulo", "Seoul", "Mexico City", "Ciudad de México",
          "Göteborg", "Malmö", "Oslo", "Roskilde", "Aarhus", "Reykjavík", "Helsinki", "Kraków", "Budapest",
          "Barcelona", "Madrid", "Benicàssim", "Portimão", "Boom, Belgium", "Werchter", "Glastonbury",
          "Pilton, Somerset", "Indio, CA", "Chicago", "Austin, TX", "Brooklyn", "Rio de Janeiro", "Recife",
          "Guadalajara", "Monterrey", "Abuja", "Accra", "Busan", "Tokyo", "Naeba", "Osaka", "Mumbai", "Tel Aviv",
          "Trenčín", "Hultsfred", "Arvika", "Saint-Malo", "Köln", "Zürich", "Düsseldorf", "München", "Nuuk",
          "Tromsø", "Bergen", "Lisboa", "Porto", "Cape Town", "서울", "東京", "Москва", "İstanbul",
          "Festivalpark, Roskilde", "Tøyenparken, Oslo", "Slottsskogen, Göteborg", "Parc del Fòrum, Barcelona",
          "Lekki", "Vila Madalena", "Kreuzberg", "Södermalm", "Hongdae", "Roma Norte", "Shoreditch", "SE1 9GF",
          "118 26", "10119", "59.3172, 18.0735", "52.5290,13.4016", "6.4474° N, 3.4720° E"]
TIMEZONES = ["Europe/Stockholm", "Europe/Berlin", "Europe/London", "Africa/Lagos", "America/Sao_Paulo",
             "Asia/Seoul", "America/Mexico_City", "America/New_York", "Asia/Tokyo", "Asia/Kolkata", "Europe/Oslo",
             "Europe/Copenhagen", "America/Los_Angeles", "UTC", "Europe/Lisbon", "Australia/Melbourne"]
LINKS = [
    "https://open.fjordsound.io/track/4f9Xk2Lq8RzTnB1cW7yPa3?si=b2e91c4d7f0a4e18",
    "https://open.fjordsound.io/playlist/37i9dQZF1DX7F6T2n2fegs?si=0c1d2e3f&pt=6e1a&context=editorial",
    "https://open.fjordsound.io/album/1ATL5GLyefJaxhQzSPVrLX?highlight=fjs:track:4f9Xk2Lq8RzTnB1cW7yPa3",
    "https://open.fjordsound.io/artist/0L8ExT028jH3ddEcZwqJJ5",
    "https://www.youtube.com/watch?v=dQw8WgXcQ4k&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=3&t=42s",
    "https://music.apple.com/se/album/sommarnatt-single/1762345678?i=1762345679&l=en-GB",
    "https://musicbrainz.org/recording/5b11f4ce-a62d-471e-81fc-a69a8278c7da",
    "https://www.discogs.com/release/29876543-M%C3%B8rkeland-M%C3%B8rke-Mai",
    "https://genius.com/Sunn-o-alice-lyrics",
    "https://en.wikipedia.org/wiki/Sunn_O)))",
    "https://en.wikipedia.org/wiki/AC/DC_discography",
    "https://www.songkick.com/festivals/2208-roskilde/id/41873422-roskilde-festival-2024",
    "https://chartmetric.com/artist/3827461?tab=playlists&platform=fjordsound&since=2024-07-01",
    "https://looker.fjordsound.io/dashboards/412?Release+Date=2024%2F08%2F16&Market=SE%2CNO%2CDK&Tier=premium",
    "https://looker.fjordsound.io/explore/streams/fct_streams?fields=fct_streams.isrc,fct_streams.count"
    "&f[fct_streams.country]=NG&sorts=fct_streams.count+desc&limit=500",
    "https://console.statsig.com/7hX3kQp/experiments/exp_home_shelf_v3/results?tab=pulse&metric=d7_retention",
    "https://fjordsound.atlassian.net/browse/META-2291?focusedCommentId=118422",
    "https://fjordsound.atlassian.net/jira/software/c/projects/LYR/boards/14?selectedIssue=LYR-773",
    "https://www.notion.so/fjordsound/Release-Checklist-Q3-8f3e2a1c9b7d4e6fa0b1c2d3e4f5a6b7",
    "https://docs.google.com/spreadsheets/d/1Rz8vXbQ2mN5pL7kT4wY9aC3eF6hJ0sD1gU2iO5qR8tV/edit#gid=381920477",
    "https://www.figma.com/design/Qm3xT9bW2kLp/Playlist-Covers-2024?node-id=1204-5531&t=Ab3kP9xQ-1",
    "https://app.amplitude.com/analytics/fjordsound/chart/9kq2x7m?source=slack",
    "https://isrcsearch.ifpi.org/?tab=%22code%22&isrcCode=%22SE5Q12400123%22&showReleases=0",
    "https://www.yr.no/en/forecast/daily-table/2-2614481/Denmark/Zealand/Roskilde/Roskilde",
    "https://roskilde-festival.dk/en/line-up",
    "https://fjordsound.slack.com/archives/C05RLSNG9K/p1723712345678901?thread_ts=1723712000.123456&cid=C05RLSNG9K",
]
LINK_LABELS = ("", "", "", "|track", "|dashboard", "|this one", "|Looker", "|ticket", "|sheet")
EMOJI = [":headphones:", ":musical_note:", ":notes:", ":guitar:", ":microphone:", ":fire:", ":sunny:", ":umbrella:",
         ":tada:", ":eyes:", ":white_check_mark:", ":metal:", ":pray:", ":chart_with_upwards_trend:", ":sweat_smile:",
         ":rain_cloud:", ":cd:", ":dancer:", "🎧", "🎶", "🔥", "☔", "🌤️", "🤘", "🙏", "📈", "✅", "😅", "🇸🇪", "🇳🇬",
         "🇧🇷", "🇰🇷", "🇲🇽", "💿"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather %PLACE%?",
    "weather %PLACE% this weekend", "weather %PLACE% %EMOJI%", "weather", "weather near %PLACE% this afternoon",
    "wether %PLACE%", "weahter %PLACE%", "Weather %PLACE% tonight", "weather at %PLACE%", "weather %OFFICE%",
    "weather for the rooftop listening party in %PLACE%", "weather %PLACE% (outdoor shoot for %ARTIST%)",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location Fjordsound, %OFFICE%",
    "my location", "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config time %HHMM%", "config units metric", "config units imperial",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi jeeves 👋", "thanks!", "tack!", "obrigada 🙏",
    "is it going to rain in %PLACE% on %DATE%?", "what can you do", "help me", "weather Roskilde Saturday",
    "weather Øya", "config alert_time 7.30", "config timezone Stockholm", "remember location home",
    "weather São Paulo agora", "weather 서울 내일", "weather 東京", "My Location", "ALERTS ON",
]
CHAT = [
    "%ARTIST% – %TRACK% is live in all markets ✅ %ISRC%, %UPC%",
    "metadata QA: %ISRC% shows the artist as \"%ARTIST%\" but the DDEX feed says \"%ARTIST%\", which one wins?",
    "%WHO% can you check the P-line on %UPC%? should be %LABEL%",
    "release day for %ARTIST% moved to %DATE% — label asked for an embargo until then %EMOJI%",
    "splits for %TRACK%: %SPLIT%. Signed split sheet is in the drive",
    "royalty statement question: %SPLIT% or %SPLIT%? the contract PDF says both in different clauses 🙃",
    "%EXP% results are in: %METRIC%, %METRIC%. Shipping to 100% on Monday unless someone objects",
    "%WHO% %EXP% is still at 10% rollout, can we bump it to 50%?",
    "who owns %EXP%? it's showing the old shelf in SE and NO",
    "adding %ARTIST% – %TRACK% to %PLAYLIST% at position 3, bumping the %ARTIST% track down",
    "cover for %PLAYLIST% needs a refresh, Figma link: %LINK%",
    "%PLAYLIST% lost 4.2k followers this week?! anyone changed the tracklist?",
    "lyrics sync for %ISRC% is off by ~300 ms from %LYRIC%",
    "lyric check: %LYRIC% — is that the approved transcription?",
    "%WHO% the explicit flag is missing on %TRACK% (%ISRC%), the label's sheet says explicit=Y",
    "ISWC for %TRACK% is %ISWC%, ISRC %ISRC%. Publishers: %LABEL%",
    "how many unique listeners did %ARTIST% have in Brazil last week, split by free vs premium?",
    "which playlists drove the most streams for %ISRC% since release? top 10 is enough",
    "can someone pull the skip rate for tracks added to %PLAYLIST% in the last 30 days, only skips before 30 seconds?",
    "what's the average number of saves per listener for releases on %DATE% vs the Friday before?",
    "streams by country for %ARTIST% where the country is not US or GB, sorted by week-over-week growth",
    "count of listeners who played anything by Sunn O))) and also have an ambient playlist in their library — "
    "is the overlap above 5%?",
    "give me the top 50 tracks by completion rate in Nigeria for July, leave out anything under 60 seconds",
    "number of distinct ISRCs from %LABEL% with no lyrics yet, grouped by language please",
    "match the royalty statement against the DDEX deliveries by ISRC and tell me which ones are missing a UPC",
    "what share of our Korean users follow IU and also have K-Pop Daebak ✨ saved?",
    "is `fct_streams.ms_played` in ms or seconds? the dashboard says 2:47 avg but the table says 167000",
    "Roskilde crew: we're at the Orange stage from 14:00, weather looks dodgy %EMOJI%",
    "rooftop listening party for %ARTIST% in %PLACE% %DATE% — do we need the tent?",
    "outdoor shoot for %TRACK% in %PLACE% tomorrow, call time 05:30 for golden hour 🌅",
    "%WHO% are you coming to the office in %PLACE% today or WFH?",
    "fika at 15:00 in the Stockholm kitchen, someone brought kanelbullar 🥐",
    "running late, the tunnelbana is stuck at Slussen again 🙄",
    "Lagos office: NEPA took the light again, we're on the generator till 6",
    "São Paulo: chuva forte na Paulista, vou chegar atrasada",
    "서울 사무실 오늘 에어컨 고장났어요 😅",
    "CDMX: ¿alguien tiene el link del dashboard de %PLAYLIST%?",
    "Berlin: Ist jemand heute im Büro? Die Torstraße ist wegen einer Demo gesperrt",
    "New Music Friday SE is locked: 72 tracks, 11 local, 3 from our label services roster %EMOJI%",
    "%ARTIST% just announced a surprise album, embargo lifted at %DATE%. Editors: swap in the focus track",
    "takedown request for %UPC% from the distributor — rights dispute, remove in all territories except JP",
    "%WHO% the label code on %UPC% is wrong (%LABEL%), please fix before the DDEX redelivery",
    "Artist name with punctuation again: \"%ARTIST%\" gets normalized to something weird in search. ticket: %LINK%",
    "search for AC/DC returns \"AC DC tribute band\" first 😬 typo tolerance experiment %EXP% strikes again",
    "Godspeed You! Black Emperor and Panic! At The Disco both break the slug generator — the ! gets dropped",
    "the ))) in Sunn O))) keeps getting stripped by the CMS, their page is now \"Sunn O\" lol",
    "royalties for %ARTIST% in Q2: €18,412.07 gross, €15,650.26 after the 15% distro fee",
    "per-stream payout check: $0.0031 US premium, $0.0009 free, R$ 0,0048 BR",
    "price test %EXP%: Duo at SEK 169/mo vs 179/mo, n≈12k per arm",
    "%WHO% please review the release checklist %LINK%",
    "👍", "ok", "on it", "lol", "sorry wrong channel", "brb, lunch 🍜", "tack så mycket!", "e aí, tudo certo?",
    "%WHO% %WHO% can you look at the thread about %TRACK%?",
    "uploaded the stems for %TRACK% (48 kHz / 24-bit WAV, 2.3 GB) to the shared drive",
    "loudness check: %TRACK% is −7.8 LUFS integrated, true peak +0.4 dBTP — needs a new master",
    "%ARTIST% tour dates: 22/08 %PLACE%, 24/08 %PLACE%, 27/08 %PLACE% — Jeeves alerts on for the crew please",
    "who has the Amplitude chart for %EXP%? %LINK%",
    "the canvas video for %TRACK% is 9:16, 8 s loop, 1080×1920 — approved ✅",
    "Dolby Atmos mix for %TRACK% delivered as ADM BWF, QC passed",
    "Q: why do we show \"Various Artists\" for %UPC%? A: the compilation flag is set in the feed",
]
LONG_MESSAGES = [
    "*Release checklist — %ARTIST%, \"%TRACK%\"* (%DATE%)\n1. Audio QC: 44.1/24, −14 LUFS ± 1\n2. Metadata: "
    "%ISRC%, %UPC%, %LABEL%\n3. Lyrics synced (LRC) + explicit flag\n4. Canvas + cover 3000×3000\n5. Pitch to "
    "%PLAYLIST% and %PLAYLIST%\n6. Splits confirmed: %SPLIT%\n\n%WHO% please tick when done 🙏",
    "Weekly experiment readout 📈\n• %EXP%: %METRIC%\n• %EXP%: %METRIC%\n• %EXP%: %METRIC%\n\nDecision: ship "
    "the first, iterate on the second, kill the third. Questions in thread.",
    "Festival weekend plan (Øya, Oslo)\n- Thu: load-in 10:00, Tøyenparken\n- Fri: %ARTIST% 18:30 Amfiet, "
    "content crew on site from 16:00\n- Sat: %ARTIST% 21:15, we film the rooftop session if it doesn't rain\n"
    "- Sun: pack down\n\nI'll set Jeeves alerts for Oslo on all of us ☔🤞",
    "Forwarding from the label:\n\n> Hi Fjordsound team,\n> please note the corrected credits for \"%TRACK%\":\n"
    "> Written by Luíza Prado, Kwame Boateng & Jonas Ek\n> Produced by Kōji Tanaka\n> %LABEL%\n> Splits: "
    "%SPLIT%\n> Best, Ngozi\n\n%WHO% can you update the catalogue?",
    "Lyrics sync QA for %ISRC%\n```\n[00:12.40] Regn över Slussen\n[00:15.88] \"du sa att du skulle "
    "stanna\"\n[00:19.02] (ah-ah-ah)\n[00:21.75] men tåget gick ändå\n```\nline 2 is 0.4 s early, line 4 is "
    "missing the \"ändå\" in the label's TTML",
    "Monthly royalty run (July) — summary\n```\nterritory   streams      gross (EUR)   net (EUR)\nSE        "
    "4,812,330     14,021.88     11,918.60\nNG        2,204,915      1,988.12      1,689.90\nBR        "
    "6,730,002      9,440.51      8,024.43\nKR        1,118,406      3,902.77      3,317.35\n```\nSplits "
    "applied: %SPLIT%. Statements go out Monday.",
    "Hey %WHO%, quick question from the data side:\n\nfor the %EXP% readout, do we count a stream when "
    "ms_played >= 30000, or any play at all? The two dashboards disagree (%METRIC% vs %METRIC%) and the "
    "PM is asking which one is right 🙃",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Got it, I will remember %LABELLED%.", "Your location is %LABELLED%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are on, every day at 08:15 (Europe/Stockholm).",
    "Daily weather alerts are off.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.", "That place name is too long for me.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:45\n• alerts: on\n• timezone: Africa/Lagos\n• units: metric\nChange "
    "one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    "%LABELLED%: light rain, 17°C, wind 19 km/h; today 12°C to 19°C, 70% chance of precipitation",
    "%LABELLED%: clear sky, 24°C, wind 8 km/h; today 15°C to 26°C, 0% chance of precipitation",
    "%LABELLED%: thunderstorm, 29°C, wind 22 km/h; today 24°C to 31°C, 85% chance of precipitation",
    "%LABELLED%: partly cloudy, 68°F, wind 9 mph; today 61°F to 77°F, 20% chance of precipitation",
]
LABELLED = ["Stockholm, Sweden", "Roskilde, Denmark", "Oslo, Norway", "Lagos, Nigeria", "São Paulo, Brazil",
            "Seoul, South Korea", "Mexico City, Mexico", "Berlin, Germany", "London, United Kingdom",
            "Göteborg, Sweden", "Benicàssim, Spain", "Portimão, Portugal", "Indio, United States",
            "Tokyo, Japan", "Reykjavík, Iceland", "Boom, Belgium"]
WEATHER_REPLIES = BOT_REPLIES[11:15]
FILES = ["Release_Schedule_W34 (final).xlsx", "cover_3000x3000_Sommarnatt_v4_FINAL.jpg",
         "split_sheet_Prado-Boateng-Ek_signed.pdf", "lyrics_USFJS2400311.lrc", "ERN_4.3_0602445123456.xml",
         "stems_Mørke_Mai_48k24b.zip", "exp_home_shelf_v3 readout.png", "Sunn O))) press photo (credit Ruth B).jpg",
         "ACDC_catalogue_audit_2024-08.csv", "royalty_statement_Q2_Norrsken_€.pdf", "canvas_9x16_loop.mp4",
         "Øya 2024 crew schedule.pdf", "tracklist NMF SE 2024-08-16.txt", "Screenshot 2024-08-16 at 08.41.12.png",
         "가사_네온한옥_최종.docx", "IMG_4471.HEIC", "loudness_report_-7.8LUFS.pdf"]
FILE_TEXTS = ["", "here you go", "%TRACK% — final cover", "splits for %TRACK% (%SPLIT%)",
              "can you remember this location? it's the shoot", "lyrics for %ISRC%, synced",
              "readout for %EXP% 📈", "%ARTIST% assets", "crew schedule, weather permitting ☔"]
UNFURL_TITLES = ["%ARTIST% – %TRACK%", "%PLAYLIST% · Fjordsound", "%EXP% · Pulse results", "META-2291: %ARTIST% "
                 "name normalisation drops punctuation", "Release Checklist Q3", "Roskilde weather (yr.no)"]
SEARCH_Q = ["Lindström", "åsa", "@fjordsound.io", "okafor", "U05K7QW2ZP", TEAM, "João", "박", "d'angelo",
            "o'brien", "label-services", "content", "lagos", "park ji", "müller", "de la vega", "ó briain",
            "araujo", "lindstrom", PARTNER_TEAM, "freja.aakesson", "Quiñones", "mensah-bonsu", "Yılmaz",
            "editor", "metadata"]
AUDIT_Q = ["feature.set", "client.create", "client.rotate", "login", "login.slack", "logout",
           "account.totp_enable", "account.totp_disable", "admin.map_slack", "admin.unmap_slack",
           "feature.remove_override", "royalty-ledger", "airflow-etl", "ab-platform", "2024-08-15", "failed",
           "weather@T05FJRDSND", "asa.lindstrom", "denied"]
ADMINS = ["ops-admin", "asa.lindstrom", "chiamaka.okafor", "sre-oncall", "break-glass", "joao.araujo"]
CLIENT_DESCRIPTIONS = [
    ("royalty-ledger", "Royalty ledger: reads users & usage for the monthly statement run (1st, 03:00 CET)"),
    ("airflow-etl", "Airflow DAG fjs_usage_daily → BigQuery dataset fjs_ops.usage (read only)"),
    ("looker-dash", "Looker dashboard \"Jeeves usage by office\" — read-only"),
    ("ab-platform", "A/B platform exposure sync; switches read + write for kill-switches (owner: #ab-tests)"),
    ("catalog-sync", "Catalogue sync ↔ DDEX ingest; owner: Metadata QA (#metadata-qa)"),
    ("ci-buildkite", "Buildkite smoke tests after each deploy"),
    ("label.services:portal", "Label Services portal — artist teams see weather alerts for tour dates"),
    ("lyrics-qa", "Lyrics sync QA bot (LRC/TTML checks), read"),
    ("festival-ops", "Festival season board: Roskilde, Øya, Way Out West, Afro Nation (Aug–Sep)"),
    ("sao-paulo.bi", "BI São Paulo — relatórios semanais (somente leitura)"),
]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
               "/admin/users?done=user_updated&q=okafor&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=lindstr%C3%B6m",
              "/admin/audit?q=feature.set", "/admin/clients"]
PHRASE_WORDS = ["fjord", "vinyl", "chorus", "kanelbulle", "drone", "sommar", "reverb", "tempo", "ballad",
                "playlist", "bassline", "encore"]
PATCH_NAMES = ["Åsa Lindström (Editorial, SE)", "Chiamaka Okafor – Label Relations", "João Pedro Araújo",
               "Park Ji-woo 박지우", "Ximena de la Vega", "Siobhán Ó Briain", "Dr. Priya Raghunathan",
               "Oluwaseun \"Seun\" Adeyemi", "Jürgen Müller | Royalties", "Kōji Tanaka (田中浩二)",
               "Noa Ben-Ami", "Freja Fairbairn-Løvik"]
UNTIL = ["2024-08-16T07:00:00Z", "2024-08-16", "2024-08-16T09:00:00+02:00", "2024-08-15T23:59:59Z"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.113",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.186 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.186 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.08.10",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
]
LANGS = ["sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9", "en-US,en;q=0.9", "en-NG,en;q=0.9",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "es-MX,es;q=0.9,en;q=0.8",
         "de-DE,de;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7", "sv"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.9.1", "Go-http-client/2.0",
              "axios/1.7.4", "node-fetch/3.3.2", "apache-airflow-providers-http/4.12.0 python-requests/2.32.3",
              "Looker/24.12", "Retool/2.0", "PostmanRuntime/7.41.0",
              "Buildkite-Agent/3.76.1 (linux; amd64)", "okhttp/4.12.0", "Bun/1.1.24", "Deno/1.45.5",
              "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8)"]
API_CLIENTS = ["royalty-ledger", "airflow-etl", "looker-dash", "ab-platform", "catalog-sync", "ci-buildkite",
               "lyrics-qa", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Datadog Agent/7.56.0", "GoogleHC/1.0",
              "curl/8.9.1", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "python-requests/2.32.3", "okhttp/4.12.0",
            "node-jose/2.2.0", "lua-resty-http/0.17.2"]


class Streaming(EvaluatorDay):
    """Fjordsound: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Fq8ZrT3mVy6NpW1cLk4HsD9a"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (6, 7, 7, 8, 8, 8, 9, 10, 12, 17), ("00", "10", "15", "30", "45")
    iat_window = (0, 32000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 32000), 38, 0.18, 36
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.18, 0.05, 0.35
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.08
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.25
    button_places = PLACES + OFFICES
    weather_replies = [r.replace("%LABELLED%", "%PLACE%") for r in WEATHER_REPLIES]
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.87, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = PLACES + OFFICES + ["Fjordsound Stockholm", "Fjordsound Lagos office", "Ilha do Mel", "Øya"]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", " ", "."), (TEAM, PARTNER_TEAM, "")
    search_pages, page_head_weight, confirm_spaced, account_rolls = (1, 4), 12, True, (0.3, 0.6, 0.8, 0.92)
    # the data API
    limits, offsets = ("50", "100", "250", "500", "20"), (0, 50, 100, 250, 500, 1000)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 15), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = LINK_LABELS
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.24, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hey ", "cc ", "q for ")
    edit_suffixes = (" (edit: wrong ISRC)", " *", " — sorry, typo", "", " 🙏")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.55, 0.1
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_created, file_sizes = FILES, FILE_TEXTS, (0, 30000), (4_000, 240_000_000)
    file_types = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "jpg": "image/jpeg",
                  "pdf": "application/pdf", "lrc": "text/plain", "xml": "application/xml", "zip": "application/zip",
                  "png": "image/png", "csv": "text/csv", "mp4": "video/mp4", "txt": "text/plain",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "heic": "image/heic"}
    file_editable = ("txt", "lrc", "csv")
    unfurl_leads = ("", "fyi ", "weather for this? ", "see ", "this one → ")
    bot_replies, bot_subtype_rate, bot_places = BOT_REPLIES, 0.3, PLACES
    bot_weather_replies, bot_blocks_rate = WEATHER_REPLIES, 0.65
    trace_rate, request_id_header = 0.22, "X-Request-Id"  # its scripts' tracing
    fill_pools = {"%ARTIST%": ARTISTS, "%TRACK%": TRACKS, "%PLAYLIST%": PLAYLISTS, "%ISRC%": ISRCS, "%UPC%": UPCS,
                  "%ISWC%": ISWCS, "%LABEL%": LABELS, "%SPLIT%": SPLITS, "%EXP%": EXPERIMENTS, "%METRIC%": METRICS,
                  "%DATE%": DATES, "%LYRIC%": LYRICS, "%OFFICE%": OFFICES, "%PLACE%": PLACES,
                  "%LABELLED%": LABELLED, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "fj"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@fjordsound.io", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "releases", "content-ops", "editorial-playlists", "metadata-qa", "royalties", "ab-tests",
            "data-questions", "label-relations", "lyrics-sync", "artist-services", "festival-season",
            "office-stockholm", "office-lagos", "escritorio-sp", "seoul-desk", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        """Jeeves' App Home (its header, settings, divider and hint) as Slack sends the published view along."""
        view_id = self.sid("V0", 9)
        alert = self.pick(["on", "off"])
        settings = (f"*Location:* {self.pick(LABELLED + ['not set (`remember location <place>`)'])}\n"
                    f"*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n"
                    f"*Daily alert:* {alert} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        hint = (f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me `login` for a "
                "sign-in link).")
        return {"id": view_id, "team_id": team, "type": "home", "blocks": [
            {"type": "header", "block_id": self.block_id(),
             "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": settings,
                                                                      "verbatim": False}},
            {"type": "divider", "block_id": self.block_id()},
            {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": hint,
                                                                      "verbatim": False}}],
            "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": view_id, "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
            "bot_id": BOT_ID}

    # ---- Slack: what the Events API delivers besides messages ------------------------------------------------
    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """A streaming or label page's unfurl: a line of chat under its title, and its square artwork."""
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").removeprefix("open.").split(".")[0].capitalize()
        title, _ = self.fill(self.pick(UNFURL_TITLES))
        text, _ = self.fill(self.pick(CHAT))
        card = self.unfurl_attachment(link, service, title, text[:160])
        card.update({"thumb_url": f"https://i.{host.removeprefix('www.')}/{self.hexs(16)}.jpg", "thumb_width": 640,
                     "thumb_height": 640})
        return card

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.1):
            jar.append(("OptanonAlertBoxClosed", "2024-07-02T08:11:52.118Z"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-08-{day:02d}T00:00:00Z", f"2024-08-{day:02d}", f"2024-08-{day:02d}T00:00:00+02:00",
                f"2024-07-{day + 14:02d}T22:00:00.000Z", f"2024-08-{day:02d}T06:00:00+01:00"]

    def request_ids(self) -> list[str]:
        return [f"bk-{self.rng.randint(10**5, 10**6)}-{self.hexs(8)}"]

    def trace_state(self) -> str | None:
        return f"fjs=svc:{self.pick(['airflow', 'looker', 'ledger'])},dd=s:1" if self.chance(0.3) else None

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        super().trace_headers(h, ua)
        if self.chance(0.05):
            h["b3"] = f"{self.hexs(32)}-{self.hexs(16)}-1"


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 180), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 24),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 32), ("slash_command", 280), ("button_click", 105),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 55), ("verify", 20), ("health", 24),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """Fjordsound's Friday, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Streaming(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
