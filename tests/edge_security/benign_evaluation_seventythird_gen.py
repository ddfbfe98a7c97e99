"""Benign evaluation set (seventythird): a symphony orchestra's ordinary traffic through the edge, benign only.

The company is the Ashgrove Symphony Orchestra, a full-time orchestra resident at the Albion Concert Hall in
Leeds, with a chorus in its own Slack workspace and an autumn tour to Hamburg, Vienna, Lucerne, Tokyo and Seoul.
Its administration and library (orchestra managers, librarians, artistic planning, stage crew, box office,
touring, education and the players themselves) use Jeeves mostly to check the weather before open-air concerts,
load-ins, instrument freight and tour travel, and they talk to it the way they talk to each other: concert
programmes with catalogue numbers (Op. 67, BWV 1048, K. 550, D. 944, Hob. I:104, Sz. 116), keys (E♭ major,
F# minor, es-Moll), movement titles (II. Andante con moto), rehearsal schedules and call sheets, instrument and
seating lists, soloists' riders, ticket and order codes, publishers' part and hire numbers, fees in several
currencies, names and venues in many languages and scripts, quotes, emoji, abbreviations and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

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

NAME = "evaluation_seventythird"
SEED = 73_2024_1107
EPOCH = 1730966400  # 2024-11-07 08:00 UTC, a Thursday: dress rehearsal today, Beethoven & Schubert on Friday
TEAM, TEAM_DOMAIN = "T05ASHSYMF", "ashgrove-symphony"
PARTNER_TEAM, PARTNER_DOMAIN = "T06ASHCHOR", "ashgrove-chorus"  # the chorus has its own workspace
APP_ID, BOT_USER, BOT_ID = "A07ASOJVS3", "U07JVSASO1", "B07JVSASO2"
HOST = "jeeves.ashgrovesymphony.org.uk"
BASE = f"https://{HOST}"

FIRST = ["Aoife", "Tomás", "Hye-jin", "Kateřina", "Søren", "Zsófia", "Oluwaseun", "Pilar", "Matthias", "Ngozi",
         "Lan", "Kenji", "Ingrid", "Bartosz", "Céline", "Dmitri", "Eun-ji", "Farhan", "Giulia", "Hyun-woo", "Jakub",
         "Leilani", "Nadia", "Quentin", "Rosalind", "Tamsin", "Ulrike", "Vikram", "Wen", "Yannick", "Émile",
         "Ludmila", "Saoirse", "Anahit", "Rhiannon", "Gwilym", "Magdalena", "Jean-Luc", "Mary-Beth", "Siddharth",
         "Máire", "Lukáš", "Chiara", "Thandeka", "Bjørn"]
LAST = ["Ó Briain", "Kowalczyk", "Park", "Dvořáková", "Sæther", "Szabó", "Okafor", "del Río", "Kühn",
        "Adeyemi-Clarke", "Nguyễn", "Takahashi", "Lindström", "Wiśniewski", "Fontaine", "Sokolov", "Choi",
        "Chowdhury", "D'Angelo", "Jang", "Novák", "Kahananui", "Haddad", "Lefèvre", "Ashworth", "Pennington",
        "Bauer-Lindner", "Iyer", "Zhou", "Van den Berghe", "Petrosyan", "O'Reilly", "Mac an tSaoir", "Ferreira",
        "Jones-Pritchard", "Ben-Ami", "Horváth", "Yamamoto", "Hartley", "Ní Mhurchú", "Mbatha", "Øverland"]
WORKS = [
    "Beethoven: Symphony No. 5 in C minor, Op. 67", "Schubert: Symphony No. 9 in C major, D. 944 \u201cGreat\u201d",
    "Bach: Brandenburg Concerto No. 3 in G major, BWV 1048", "Mozart: Symphony No. 40 in G minor, K. 550",
    "Haydn: Symphony No. 104 in D major \u201cLondon\u201d, Hob. I:104", "Brahms: Symphony No. 4 in E minor, Op. 98",
    "Dvořák: Symphony No. 9 in E minor \u201cFrom the New World\u201d, Op. 95 (B. 178)",
    "Sibelius: Symphony No. 5 in E♭ major, Op. 82", "Mahler: Symphony No. 2 in C minor \u201cResurrection\u201d",
    "Bartók: Concerto for Orchestra, Sz. 116 (BB 123)", "Rachmaninoff: Piano Concerto No. 2 in C minor, Op. 18",
    "Tchaikovsky: Violin Concerto in D major, Op. 35", "Mendelssohn: Violin Concerto in E minor, Op. 64",
    "Elgar: Cello Concerto in E minor, Op. 85", "Saint-Saëns: Symphony No. 3 in C minor \u201cOrgan\u201d, Op. 78",
    "Shostakovich: Symphony No. 5 in D minor, Op. 47", "R. Strauss: Ein Heldenleben, Op. 40 (TrV 190)",
    "Debussy: La mer, L. 109", "Ravel: Daphnis et Chloé, Suite No. 2", "Stravinsky: The Firebird (1919 suite)",
    "Handel: Water Music, Suite No. 2 in D major, HWV 349", "Mozart: Clarinet Concerto in A major, K. 622",
    "Schumann: Piano Concerto in A minor, Op. 54", "Bruckner: Symphony No. 7 in E major, WAB 107 (ed. Nowak)",
    "Florence Price: Symphony No. 1 in E minor", "Janáček: Sinfonietta, JW VI/18",
    "Sibelius: Tapiola, Op. 112", "Vaughan Williams: The Lark Ascending", "Chopin: Piano Concerto No. 1 in E minor, "
    "Op. 11", "Grieg: Piano Concerto in A minor, Op. 16", "Rimsky-Korsakov: Scheherazade, Op. 35",
    "Prokofiev: Romeo and Juliet, Suite No. 2, Op. 64b", "Anna Clyne: This Midnight Hour",
    "Takemitsu: How slow the Wind", "Beethoven: Symphony No. 7 in A major, Op. 92",
]
MOVEMENTS = ["I. Allegro con brio", "II. Andante con moto", "III. Allegro", "IV. Allegro – Presto",
             "I. Andante – Allegro ma non troppo", "II. Andante con moto", "III. Scherzo. Allegro vivace – Trio",
             "IV. Finale. Allegro vivace", "II. Largo", "IV. Allegro con fuoco", "I. Allegro non troppo",
             "II. Andante moderato", "III. Allegro giocoso", "IV. Allegro energico e passionato",
             "V. Im Tempo des Scherzos. Wild herausfahrend", "III. Elegia. Andante non troppo",
             "II. Adagio sostenuto", "III. Menuetto. Allegretto", "I. Tempo molto moderato – Allegro moderato",
             "IV. Allegro molto", "II. Allegretto", "III. Presto – Assai meno presto"]
KEYS = ["E♭ major", "F# minor", "C minor", "B♭ major", "A♭ major", "C♯ minor", "D major", "G minor", "E minor",
        "es-Moll", "Es-Dur", "fis-Moll", "ré majeur", "fa dièse mineur", "do minore", "ホ短調", "Eb major",
        "F sharp minor", "Bb"]
SOLOISTS = ["Mirela Vasilescu (violin)", "Tomoko Arai (piano)", "김서연 (cello)", "Joaquim Salgado, baritone",
            "Léa Rousseau-Duval, soprano", "Ксения Орлова (piano)", "Tobias Hartmann-Weiß (clarinet)",
            "陈静 (pipa)", "Dame Harriet Ellingham (mezzo)", "Kwabena Asante (violin)", "Ines Marić, organ",
            "Rahul Deshpande (tabla)", "Ilyas Karimov (guest conductor)", "Sigrún Þórsdóttir (horn)",
            "Dr. Aurélie N'Diaye (harp)", "Yuval Shapira (viola)"]
VENUES = ["Albion Concert Hall, Leeds", "Harrogate Royal Hall", "York Minster", "Usher Hall, Edinburgh",
          "Bridgewater Hall, Manchester", "Royal Albert Hall", "Elbphilharmonie, Hamburg", "Laeiszhalle Hamburg",
          "Wiener Konzerthaus", "Musikverein, Wien", "KKL Luzern", "Suntory Hall, Tokyo (サントリーホール)",
          "ミューザ川崎シンフォニーホール", "Lotte Concert Hall (롯데콘서트홀), Seoul", "Seoul Arts Center",
          "Roundhay Park open-air stage", "Harewood House, the south lawn", "Snape Maltings", "Grafenegg Wolkenturm",
          "Tonhalle Zürich", "Kirkstall Abbey (cloister)", "St George's Hall, Bradford"]
PLACES = ["Leeds", "Harrogate", "York", "Bradford", "Huddersfield", "Halifax", "Sheffield", "Manchester",
          "Edinburgh", "Glasgow", "London", "Cheltenham", "Aldeburgh", "Snape", "Hamburg", "Wien", "Vienna",
          "Luzern", "Lucerne", "Salzburg", "Bregenz", "Tokyo", "東京", "大阪", "Kawasaki", "Seoul", "서울", "Busan",
          "Zürich", "Köln", "München", "Bergen", "Kraków", "Praha", "Budapest", "Besançon", "Aix-en-Provence",
          "Verbier", "Grafenegg", "Bad Kissingen", "Gstaad", "Roundhay Park", "Harewood", "Castle Howard",
          "Saltaire", "Ilkley", "LS1 3AD", "HG1 2RR", "YO1 7HH", "20457 Hamburg", "1030 Wien", "6005 Luzern",
          "53.5413, 9.9841", "47.0502° N, 8.3093° E", "Leeds Bradford Airport", "Heathrow T5"]
TIMEZONES = ["Europe/London", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Asia/Tokyo", "Asia/Seoul",
             "Europe/Paris", "Europe/Prague", "Europe/Budapest", "Europe/Warsaw", "America/New_York",
             "Europe/Helsinki", "UTC", "Europe/Dublin", "Asia/Shanghai"]
WHEN = ["Fri 8 Nov, 19:30", "tomorrow at 10am", "Sat 9/11 @ 15:00 (matinee)", "Sunday 10 Nov from 14:00",
        "08.11.2024 um 19.30 Uhr", "next Tue 10:00–13:00", "11月14日 19:00", "11월 18일 오후 7시 30분",
        "today after lunch", "tonight 18:15", "Mon 11/11 9:30am", "2024-11-12T10:00:00+01:00", "half past two",
        "17h30", "after the interval", "Thursday week", "14–17h", "at the dress (GP) on Thursday"]
REHEARSALS = ["Rehearsal 1: Thu 10:00–13:00, Studio 2 (strings only)",
              "Tutti 10:00–13:00 w/ 20' break at 11:20", "Sectional — brass & perc, Room 0.14, 14:00–16:00",
              "Sitzprobe with chorus, Sat 11:00 (Albion Hall)",
              "GP / dress rehearsal Fri 10:30, concert dress optional",
              "Seating call 18:45, tune 19:20", "Piano rehearsal with soloist 16:00–17:00 (Green Room)",
              "Probe 2: Di 14–17 Uhr, großer Saal", "Acoustic rehearsal at the Konzerthaus, 16:00 (45 min max!)",
              "Sound check + broadcast balance 17:00–17:40", "Winds only: Wed 9:30 – 12:30",
              "Offstage band run-through after the tea break (approx. 15:45)"]
TICKETS = ["ASO-241108-K14", "TKT-2024-11-0937-B", "Order #558213", "Stalls K14–K15", "Circle C 22",
           "Box B (4 seats)", "EDU-24-1108-P", "promo code BRAHMS24", "FRIENDS-10", "Row P, seats 1–24 (school group)",
           "e-ticket 7731 0042 9918", "Order 601-447-2290", "comp x2, Grand Tier G7/G8", "U26-0931"]
PARTS = ["Bärenreiter BA 9005 (ed. Del Mar)", "Breitkopf PB 5255 / OB 5255", "Henle HN 9785",
         "Boosey & Hawkes HPS 1067", "Kalmus A 1842", "Carus 31.245/03", "Schott hire ref. SHR-24-0877",
         "Universal Edition UE 2934 (hire)", "Peters EP 9405", "Bärenreiter hire set BA 10409-72",
         "Ricordi NR 139710", "Fennica Gehrman hire #FG-5562", "IMSLP #54123 (public domain parts)",
         "Edition Wilhelm Hansen WH 31277", "Chester CH 85932", "Durand D. & F. 15401", "Sikorski SIK 2312"]
SEATS = ["1st vn desk 3 outside", "2nd vn desk 5 inside", "vla desk 2", "vc desk 1 (principal) + co-principal",
         "cb back desk", "co-leader on the front desk", "14.12.10.8.6 strings", "16.14.12.10.8 for the Mahler",
         "harp stage left behind the 2nd vns", "timps on the riser, centre", "4 hn stage right (Wagner layout)",
         "antiphonal violins (1sts left, 2nds right, cellos inside left)", "woodwind 2+2 on the first riser",
         "organ console moved 2 m downstage"]
INSTRUMENTATION = ["2 fl (2nd dbl. picc), 2 ob, 2 cl in B♭ & A, 2 bsn + cbsn, 4 hn, 2 tpt, 3 tbn, timp, str",
                   "3.3.3.3 – 4.3.3.1 – timp + 3 perc – hp – cel – str", "picc, 2 fl, 2 ob, ca, 2 cl, bcl, 2 bsn, "
                   "cbsn – 6 hn, 4 tpt, 3 tbn, tba – timp, 4 perc, 2 hp, org, str",
                   "strings 8.7.6.5.2 + harpsichord continuo", "2 ob, 2 bsn, 2 hn in D, 2 tpt in D, timp, str"]
RIDERS = ["Steinway D, tuned to A=442 before the GP and again at the interval",
          "dressing room with a piano & a mirror, still water (no ice), herbal tea, no flowers (pollen allergy)",
          "green room: 2x oat milk, bananas, dark chocolate, hot honey & lemon",
          "a stool without arms, height 48–50 cm, no wheels", "a humidifier in the dressing room (cello!)",
          "taxi from the hotel at 17:30, back at 22:15", "vegan meal after the concert, gluten-free if possible",
          "two complimentary tickets per concert (Stalls, aisle)", "page turner for the Schumann",
          "cello peg stop (rock stop) — no spike holes on that stage", "Fazioli F278 acceptable if no Steinway D"]
PRICES = ["£48", "£12–£48", "£5 (under-26s)", "€ 85,00", "€1.250", "CHF 120.–", "¥12,000", "₩150,000",
          "£2,400 + VAT", "£175 per call", "$3,800", "£36.50", "€ 2 400", "£1,950 (hire, 8 weeks)"]
PHONES = ["+44 113 496 0712", "0113 496 0823", "+49 40 555 01 23", "+43 1 555 0189", "+41 41 555 01 77",
          "+81 3-5555-0147", "+82 2-555-0163", "07700 900 318", "+44 (0)1423 555 0144"]
FILES = ["Beethoven5_Vn1_bowings_rev2.pdf", "Seating_plan_8Nov (Albion Hall).xlsx",
         "Rider - Tomoko Arai (piano) v3.docx", "Mahler2_offstage_brass_cues.pdf",
         "Schubert_D944_Vc-Cb_bars_1-212.pdf", "tour_itinerary_HAM-VIE-LUZ_v7.pdf", "IMG_4471.HEIC",
         "Programme notes Brahms 4 FINAL final.docx", "Stage plot – Organ Symphony.png",
         "Chorus_seating_Resurrection.pdf",
         "Bartok_CfO_errata.txt", "ticket-sales_wk45.csv", "Riders_Tokyo_Suntory.zip", "ASO season 2025-26 draft.pptx",
         "Harp_Dvorak9_scan.tif", "Call sheet 08-11-2024.pdf", "Timpani tunings – Sibelius 5.jpg"]
FILE_TYPES = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "heic": "image/heic", "png": "image/png", "jpg": "image/jpeg", "tif": "image/tiff",
              "txt": "text/plain", "csv": "text/csv", "zip": "application/zip",
              "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}
LINKS = [
    "https://imslp.org/wiki/Symphony_No.5,_Op.67_(Beethoven,_Ludwig_van)",
    "https://imslp.org/wiki/Symphony_No.9,_D.944_(Schubert,_Franz)#IMSLP54123",
    "https://www.baerenreiter.com/en/shop/product/details/BA9005/",
    "https://www.boosey.com/cr/perusals/score?id=1067&page=3",
    "https://tickets.ashgrovesymphony.org.uk/events/2024-11-08-beethoven-5-schubert-great?promo=U26&qty=2",
    "https://tickets.ashgrovesymphony.org.uk/account/orders/558213",
    "https://www.ashgrovesymphony.org.uk/whats-on/mahler-resurrection/#programme",
    "https://www.google.com/maps/place/Elbphilharmonie+Hamburg/@53.5413,9.9841,17z",
    "https://www.google.com/maps/dir/Albion+Concert+Hall,+Leeds/Harewood+House/",
    "https://www.metoffice.gov.uk/weather/forecast/gcwcwfv4t#?date=2024-11-09",
    "https://docs.google.com/spreadsheets/d/1kQ7zXr2mAsoSeating8Nov/edit#gid=1402381",
    "https://drive.google.com/drive/folders/1TourScansHamVieLuz?usp=sharing",
    "https://us06web.zoom.us/j/83312345678?pwd=Y2hvcnVzLWxpYWlzb24",
    "https://www.youtube.com/watch?v=q8w2PlaC3kE&t=754s",
    "https://en.wikipedia.org/wiki/Symphony_No._9_(Schubert)",
    "https://de.wikipedia.org/wiki/5._Sinfonie_(Beethoven)",
    "https://www.dropbox.com/scl/fo/ashgrove-parts/h?rlkey=p4rtsl1brary&dl=0",
    "https://www.konzerthaus.at/konzert/eventid/61234",
    "https://www.kkl-luzern.ch/de/programm/konzert/ashgrove-symphony-orchestra-2024-11-22",
    "https://www.suntory.co.jp/suntoryhall/schedule/detail/20241128_M_3.html",
    "https://intranet.ashgrovesymphony.org.uk/library/loans?status=out&work=Op.%2067",
]
PHRASE_WORDS = ["cadenza", "fermata", "oboe", "timpani", "pizzicato", "legato", "rubato", "tutti", "crescendo",
                "sforzando", "scherzo", "bassoon"]
EMOJI = [":violin:", ":musical_note:", ":notes:", ":trumpet:", ":musical_score:", ":drum_with_drumsticks:",
         ":musical_keyboard:", ":pray:", ":tada:", ":umbrella_with_rain_drops:", ":snowflake:", ":bus:",
         ":airplane:", ":eyes:", ":sweat_smile:", "🎻", "🎺", "🥁", "🎼", "🎹", "🎶", "👏", "🙏", "☔", "❄️", "🚌", "✈️",
         "🇦🇹", "🇯🇵", "🇰🇷", "🇩🇪", "🇨🇭", "🤞", "😅"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %VENUE%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% %WHEN%",
    "weather %VENUE% %EMOJI%", "what's the weather like at %VENUE%?", "weather for the open-air concert in %PLACE%",
    "weather", "wether %PLACE%", "whether %PLACE%", "weather %PLACE%, need to know if the harp can travel",
    "Weather %PLACE% this weekend?", "weather %PLACE% pls", "is it going to rain at %VENUE% %WHEN%?",
    "will it snow in %PLACE% when we fly out?", "weather Wien", "weather 東京", "weather 서울", "weather Zürich",
    "weather LS1 3AD", "wetter %PLACE%",
    "remember location %VENUE%", "remember location %PLACE%", "remember location Albion Concert Hall, Leeds LS1 3AD",
    "remember location Hotel Sacher, Wien", "remember location Schweizerhof Luzern",
    "remember location %PLACE% (tour)", "remeber location %PLACE%",
    "my location", "where am I?", "forget location", "help", "config", "config units metric", "config units imperial",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config alert_time 7.15",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi Jeeves 🎻", "thanks Jeeves!", "what can you do?",
    "weather %PLACE% — load-in %WHEN%", "weather for the freight truck to %PLACE%",
]
CHAT = [
    "Library note: %WORK% — we're using %PART%. Last season's bowings are in the folders, please don't erase them ✏️",
    "%WHO% can you pull the parts for %WORK%? Need 8.7.6.5.4 strings + wind doubles for %REH%",
    "Reminder: %REH%. %SEAT% please note the change",
    "%SOLOIST% lands at LBA %WHEN%; the rider says %RIDER%",
    "Patron query: %TICKET% shows as already scanned, can box office reissue?",
    "Programme for Friday: %WORK% / interval / %WORK%. Running time approx. 1h 50 incl. 20' interval",
    "bar 212 in %MVT% — 1st horn has B♮ in our parts but the score says B♭. Which is right? (%PART%)",
    "Can someone check the weather for %VENUE% %WHEN%? The harp can't sit in the rain again ☔",
    "humidity in the hall was 28% last night, the cellos were complaining. Can Facilities put the humidifiers on?",
    "Tuning: A=442 for the tour (Wien/Luzern), A=440 at home. Keyboards please note",
    "Extras for %WORK%: 2 vla, 1 cb, contra (dbl. cbsn 2), an extra perc for the tam-tam",
    "The tam-tam is still in the van from %PLACE% 🙃",
    "Has anyone seen the conductor's score of %WORK%? The one with the blue tabs & cuts marked in pencil",
    "Tempo for %MVT%: maestro wants ♩ = 72, not 84 — please mark it in",
    "Cut in the finale: letter K to 3 bars after M (vi–de). Parts already marked",
    "seating change: %SEAT% for the Brahms only, back to normal for the 2nd half",
    "Box office: 1,834 sold of 2,120 for %WHEN% (86.5%). Comp list closes 17:00 today",
    "Dep fee confirmed at %PRICE% per call + travel (mileage 45p/mi)",
    "Probe %WHEN% im großen Saal, bitte Stimmen für %WORK% mitbringen (%PART%)",
    "%SOLOIST%さんのリハーサルは%WHEN%です。楽屋はB、ピアノ調律は14時。",
    "내일 리허설 %WHEN%, 장소: %VENUE%. 악보 꼭 챙겨오세요 🎻",
    "Répétition générale %WHEN% à %VENUE%. Le soliste demande : %RIDER%.",
    "Ricordo: prova d'orchestra %WHEN%, %WORK%. Arcate già segnate nelle parti.",
    "Dvořák: Symfonie č. 9 e moll „Z Nového světa“ — máme party od Bärenreiteru, nebo půjčené?",
    "Солист %SOLOIST% прилетает %WHEN%. Нужен рояль Steinway D, строй 442 Гц.",
    "%SOLOIST%的排练时间改到%WHEN%，请通知舞台组。",
    "A Bartók-partitúrát (Concerto, Sz. 116) a Zeneakadémiától kölcsönöztük, jövő héten vissza kell vinni",
    "Próba %WHEN%, proszę o punktualność 🙏",
    "¿Alguien tiene la particella de oboe 2 de %WORK%? La mía tiene páginas sueltas",
    "Sibeliuksen Tapiola (op. 112): nuotit tulevat Fennicalta ensi viikolla",
    "הסולן מגיע %WHEN%, צריך חדר עם פסנתר",
    "Η πρόβα μεταφέρθηκε %WHEN%, στο %VENUE%",
    "موعد البروفة %WHEN% في %VENUE%",
    "Lịch tập %WHEN% tại %VENUE%, mọi người nhớ mang bản nhạc nhé",
    "Rehearsal hours for the payroll sheet: `=(C2-B2)*24-0.33` (the 20 min break taken off)",
    "Dep total for November: `=SUMIFS(Calls!F:F,Calls!B:B,\"Dep\",Calls!D:D,\">=\"&DATE(2024,11,1))`",
    "Call sheet for %WHEN%:\n• 17:30 crew load-in (dock B)\n• 18:15 seating call\n• 18:45 tune (oboe A)\n"
    "• 19:30 concert\n• ~21:35 finish, get-out by 23:00",
    "> The offstage band in the finale (4 hn, 4 tpt, timp, perc) needs a monitor feed\n"
    "from the maestro's notes on the Mahler — %WHO% can stage crew sort a camera?",
    "Family concert running order: 1) Rossini – William Tell overture (finale only) 2) Saint-Saëns – The Swan "
    "3) Holst – Mars 4) encore: Radetzky March (clap along 👏)",
    "has anyone got teh 2nd bsn part for the Shostakovitch? cant find it in the cabinet",
    "rehersal moved to 2.30 sorry all",
    "Does %VENUE% have step-free access to the stage? The bass flight cases won't go up those stairs",
    "Insurance: the Guadagnini (1761) needs a hygrometer reading every 2 h while on tour",
    "Contrabassoon goes down to B♭0 in the Brahms — is the rental the one with the low A extension?",
    "Percussion list: timp (5 drums: 32\", 29\", 26\", 23\", 20\"), bass drum, clash + suspended cymbals, tam-tam, "
    "glock, xylo, tubular bells (C4–F5)",
    "%WHO% the 2nd clarinet needs A & B♭ for %MVT% — quick change at bar 88",
    "Horns 3/4 are in old-notation bass clef in that edition (sounding an octave lower than written), FYI",
    "The soloist's encore: Bach, Sarabande from Partita No. 2 in D minor, BWV 1004 — announce it or not?",
    "Broadcast: BBC Radio 3 live on %WHEN%, mics in from 14:00, no tuning during the announcements please",
    "Merch table: CDs £12 / 2 for £20, tote bags £8, programmes £5 (cash + card, SumUp reader #2)",
    "Rooming list for %PLACE% uploaded: singles for principals, twins for tutti (as per agreement §4.2)",
    "Visas for Japan: no visa for UK passports ≤ 90 days; the two non-UK passport holders need the CoE, %WHO% is on it",
    "Freight: instruments fly %WHEN%, ATA carnet GB/ATA/2024/118843; trunks 1–46, harps 47–48, timps 49–53",
    "If it's > 30 °C at %VENUE% the strings go off stage (agreement, clause 12.3). Weather looks ok though 🤞",
    "Concert dress: all black on Friday, white tie for the Vienna gala",
    "Please return folders to the trolley after the rehearsal, not on the chairs! — Library",
    "The hire from Schott is due back %WHEN%, late fee %PRICE%/week",
    "Who has the key to the percussion store (Room 0.14)?",
    "Chorus count for Mahler 2: S 32 / A 30 / T 24 / B 28 = 114 + 2 soloists",
    "Programme notes: 650 words max, to marketing by Mon 11 Nov, 12:00",
    "Stream for the pre-concert talk: %LINK%",
    "%WORK%: the Urtext (%PART%) has the exposition repeat, we're taking it (≈ +2'30\")",
    "Which key is it? Programme says %KEY%, the poster says %KEY% 🤦",
    "Timings for %WORK%: I. 14', II. 9', III. 6', IV. 11' → ≈ 40 min",
    "Instrumentation check for the hire order: %INSTR%",
    "The leader asked for %MVT% first on %WHEN%",
    "Ticket %TICKET% — the customer wants to swap to the matinee. Fee waived?",
    "Group booking: 24 students, Row P–Q, EDU-24-1108-P, £6 each (£144 total)",
    "%WHO% %WHO% please see the thread re: %VENUE% load-in",
    "ok", "👍", "thanks!", "on my way", "running late, M62 closed at J27 🙄", "sorry, wrong channel", "+1",
    "lol the cor anglais case has its own seat on the plane again", "🙏🙏",
    "Tokyo → Seoul: KE 704 dep. 09:35 NRT, arr. 12:10 ICN; instruments on the cargo flight the night before",
    "the organ at %VENUE% is 32' — the Saint-Saëns will rattle the chandeliers 😅",
    "Celesta for %WORK%? Hire from Leeds Grand (£150/day) or bring ours (needs 4 people + the ramp)",
    "Snow forecast in %PLACE% %WHEN% — do we move the truck a day earlier?",
    "Stage crew: risers 3 & 4 at 40 cm, 2 m deep; conductor's podium 20 cm with rail",
    "Q: is \"Resurrection\" in quotes on the poster or italic? Marketing style guide says italic for nicknames",
    "Sold out! Returns only for %WHEN% 🎉 Wait list: 43 people",
    "Programme reads \"%WORK%\" — %WHO% please double-check the catalogue number before it goes to print",
    "Part numbers for the hire invoice: %PART%, 1 full score, 8-7-6-5-4 strings, 1 set wind/brass",
]
LONG_MESSAGES = [
    "*Call sheet — %VENUE%, %WHEN%*\n1. 14:00 truck arrives (dock B), unload 45 min\n2. 15:00 stage set: %SEAT%\n"
    "3. 16:30 %REH%\n4. 18:45 seating call, 19:20 tune\n5. 19:30 concert: %WORK% / interval / %WORK%\n"
    "6. approx. 21:40 get-out\n\nContact on the day: %PHONE% :musical_score:",
    "Rider for %SOLOIST% (v3, agreed with the agency):\n• %RIDER%\n• %RIDER%\n• %RIDER%\n• Fee: %PRICE% "
    "(net of withholding tax), paid within 30 days of the invoice\n\nPlease print and put it in the stage manager's "
    "folder 🙏",
    "Part list for the hire return:\n```\nwork,part,copies,edition,status\n"
    "\"Beethoven 5, Op. 67\",Vn I,8,BA 9005,bowed\n"
    "\"Beethoven 5, Op. 67\",Vc/Cb,9,BA 9005,bowed\n\"Schubert 9, D. 944\",Fl 1-2,2,BA 5609,ok\n"
    "\"Mahler 2\",Hn 1-10,10,UE 2934,\"missing Hn 7, p. 3\"\n```\n%WHO% can you check Hn 7 before Friday?",
    "-------- Forwarded message --------\nFrom: Artists' Management <office@arc-artists.example>\nDate: Wed, 6 Nov "
    "2024 17:12\nSubject: RE: %SOLOIST% — Ashgrove, 8 Nov\n\nDear Tomás,\nthe soloist confirms %WORK% with the "
    "cadenza by Joachim. Arrival %WHEN%. Could you confirm the piano rehearsal time?\n\nBest wishes,\nAgnès",
    "Tour itinerary (v7) ✈️\nMon 18 Nov  LBA → AMS → HAM (KL 1534 dep 06:25)\nTue 19 Nov  Elbphilharmonie, 20:00\n"
    "Wed 20 Nov  HAM → VIE by coach (8 h)\nThu 21 Nov  Wiener Konzerthaus, 19:30\nFri 22 Nov  KKL Luzern, 19:30\n"
    "Sun 24 Nov  ZRH → NRT (LX 160)\n\nPassports & carnet with %WHO%. Questions → %PHONE%",
    "Seating plan (Friday):\n```\n                [timp]  [perc]\n   [hn 1-4]  [tpt] [tbn] [tba]\n      [fl] [ob] "
    "[cl] [bsn]\n[vn I 16]  [vn II 14]  [vla 12]  [vc 10]\n              [podium]\n```\nBasses 8 behind the cellos, "
    "harp stage left.",
    "Rehearsal week 45:\nMon  %REH%\nTue  %REH%\nWed  day off (travel for the chorus)\nThu  %REH%\n"
    "Fri  %REH%, concert 19:30\n\nAll times local (Europe/London). Changes in bold on the noticeboard.",
    "Programme note (draft, 120 words):\n\u201cBegun in 1825 at Gmunden and Bad Gastein, the \u2018Great\u2019 C major "
    "symphony, D. 944, was never performed in Schubert's lifetime. Schumann found the manuscript in Vienna in "
    "1838 and sent it to Mendelssohn, who conducted the première in Leipzig on 21 March 1839 \u2014 with cuts.\u201d"
    "\n\n%WHO% ok to send to the printer?",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "%PLACE%: overcast, 9°C, wind 17 km/h; today 6°C to 11°C, 40% chance of precipitation",
    "%PLACE%: light rain, 7°C, wind 24 km/h; today 4°C to 8°C, 85% chance of precipitation",
    "%PLACE%: clear sky, 3°C, wind 6 km/h; today -1°C to 8°C, 0% chance of precipitation",
    "%PLACE%: snow fall, -2°C, wind 12 km/h; today -4°C to 0°C, 70% chance of precipitation",
    "%PLACE%: partly cloudy, 52°F, wind 9 mph; today 45°F to 55°F, 20% chance of precipitation",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 07:15 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%VENUE%\u201d.",
    "Saved. Your settings:\n• alert_time: 07:15\n• alerts: on\n• timezone: Europe/Vienna\n• units: metric",
    "I do not know your location yet. Tell me with `remember location <place>`.",
]
WEATHER_REPLIES = ["%PLACE%: overcast, 9°C, wind 17 km/h; today 6°C to 11°C, 40% chance of precipitation",
                   "%PLACE%: clear sky, 3°C, wind 6 km/h; today -1°C to 8°C, 0% chance of precipitation"]
UNFURLS = [
    ("IMSLP", "Symphony No.5, Op.67 (Beethoven, Ludwig van) - IMSLP", "Full scores, parts and arrangements"),
    ("Bärenreiter", "Beethoven: Symphony No. 5 in C minor op. 67 (BA 9005)", "Urtext, ed. Jonathan Del Mar"),
    ("Google Maps", "Elbphilharmonie Hamburg", "Platz der Deutschen Einheit 4, 20457 Hamburg"),
    ("Met Office", "Harewood House weather - Met Office", "Cloudy, light showers later. 8 °C, wind 15 mph"),
    ("YouTube", "Mahler: Symphony No. 2 \u201eAuferstehung\u201c – V. Finale", "Live from the Proms, 2019"),
    ("Google Sheets", "Seating plan — Beethoven 5 / Schubert 9 (8 Nov)", "Sheet1, Strings, Winds"),
    ("Ashgrove Symphony Orchestra", "Beethoven 5 & Schubert's \u201cGreat\u201d — Fri 8 Nov, 19:30",
     "Tickets £12–£48, under-26s £5. Pre-concert talk 18:30 in the Circle Bar."),
    ("Wikipedia", "Symphony No. 9 (Schubert) - Wikipedia", "The Symphony No. 9 in C major, D. 944, known as the "
     "Great C major, is the final symphony by Franz Schubert."),
    ("Zoom", "Chorus liaison — weekly", "Join the meeting"),
    ("Konzerthaus", "Ashgrove Symphony Orchestra · Wiener Konzerthaus", "Großer Saal, 21. November 2024, 19:30"),
]
FILE_NOTES = ["", "bowings for %WORK%", "here's the seating plan for %WHEN%", "rider attached — %SOLOIST%",
              "%VENUE% stage plot, can you remember this location?", "scan of the errata 📎", "tour itinerary v7 ✈️",
              "sales up to %WHEN%", "programme notes for proofreading (%WORK%)"]
SEARCH_Q = ["Ó Briain", "kowalczyk", "@ashgrovesymphony.org.uk", TEAM, PARTNER_TEAM, "Dvořáková", "nguyen",
            "o'reilly", "park", "takahashi", "Zsófia", "del río", "kühn", "library", "U07JVSASO1", "d'angelo",
            "adeyemi", "mac an tsaoir", "Ní Mhurchú", "sæther", "horváth", "ben-ami", "hye-jin", "chorus"]
AUDIT_Q = ["login", "login.slack", "client.create", "client.rotate", "client.disable", "feature.set",
           "feature.remove_override", "admin.map_slack", "admin.unmap_slack", "account.totp_enable", "user.forget_me",
           "failed", "denied", f"weather@{PARTNER_TEAM}", "spektrix-sync", "2024-11-06", "library.admin"]
ADMINS = ["ops.admin", "library.admin", "tomas.kowalczyk", "aoife.obriain", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("spektrix-sync", "Spektrix ticketing → nightly sales & patron counts per concert (read only)"),
    ("library-catalogue", "Music library (OPAS): part sign-out reminders; reads users' names & e-mails"),
    ("tour-planner", "Tour ops: weather checks for load-in days (HAM, VIE, LUZ, Tokyo, Seoul)"),
    ("powerbi-artistic", "Power BI dashboard: rehearsal & concert attendance, weather cancellations"),
    ("ci:gitlab", "GitLab CI smoke test after deploy (read)"),
    ("payroll.deps", "Freelance/dep payroll export, Mon 06:00 — owner: Orchestra Management"),
    ("chorus-bridge", f"Chorus workspace ({PARTNER_TEAM}) sync of members' alert settings"),
    ("marketing.mailchimp", "Mailchimp audience sync: names & e-mails only, no settings"),
    ("stage-mgmt", "Stage management rota bot — reads alert times for early get-ins"),
    ("archive-export", "Nightly archive export (bucket: aso-archive), owner: Library & Archive"),
]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/users?done=user_updated&q=kowalczyk&page=1", "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/users?q=%C3%B3%20briain",
              "/admin/audit?q=client.rotate", "/admin/features"]
PATCH_NAMES = ["Aoife Ó Briain (Principal Librarian)", "Tomás Kowalczyk – Orchestra Manager", "Hye-jin Park 박혜진",
               "Kateřina Dvořáková", "Nguyễn Thị Lan", "Dr. Oluwaseun Okafor", "Søren Sæther, Co-Leader",
               "Zsófia Szabó | Artistic Planning", "Pilar del Río Ramírez", "Matthias Kühn (Stage Mgr)",
               "Ngozi Adeyemi-Clarke", "Kenji Takahashi 高橋健二", "Ludmila Sokolov (Людмила Соколова)"]
UNTIL = ["2024-11-07T08:00:00Z", "2024-11-07", "2024-11-07T09:00:00+01:00", "2024-11-07T08:00:00.000Z"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.2849.68",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "de-AT,de;q=0.9,en;q=0.8", "ja,en-GB;q=0.9,en;q=0.8",
         "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "cs-CZ,cs;q=0.9,en;q=0.8", "hu-HU,hu;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "fr-CH,fr;q=0.9,de;q=0.8,en;q=0.7", "it-IT,it;q=0.9,en;q=0.8",
         "en-US,en;q=0.9", "es-ES,es;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en;q=0.8", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.88.1", "Go-http-client/2.0",
              "axios/1.7.7", "PowerBI/2.137 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "PostmanRuntime/7.42.0", "Apache-HttpClient/4.5.14 (Java/17.0.12)", "okhttp/4.12.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.5007",
              "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8"]
API_CLIENTS = ["spektrix-sync", "library-catalogue", "tour-planner", "powerbi-artistic", "ci:gitlab", "payroll.deps",
               "chorus-bridge", "stage-mgmt", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.15", "curl/8.10.1", "GoogleHC/1.0",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["Python-urllib/3.12", "jwks-rsa/3.1.0", "Go-http-client/2.0", "okhttp/4.12.0", "curl/8.10.1",
            "Java/17.0.12"]


class Orchestra(EvaluatorDay):
    """The Ashgrove Symphony Orchestra: its people, and one seeded random source; each method makes one kind of
    request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "aSo7hV2mQk9LpX4nRz1TbW8c"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (6, 7, 7, 7, 8, 8, 9, 12, 16), ("00", "10", "15", "30", "45")
    iat_window = (0, 39000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 39000), 40, 0.2, 32
    blocks_rate, thread_rate = 0.75, 0.25
    fill_pools = {"%WORK%": WORKS, "%MVT%": MOVEMENTS, "%KEY%": KEYS, "%SOLOIST%": SOLOISTS, "%VENUE%": VENUES,
                  "%PLACE%": PLACES, "%WHEN%": WHEN, "%REH%": REHEARSALS, "%TICKET%": TICKETS, "%PART%": PARTS,
                  "%SEAT%": SEATS, "%INSTR%": INSTRUMENTATION, "%RIDER%": RIDERS, "%PRICE%": PRICES,
                  "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.2, 0.05, 0.35
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "br")
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = SCRIPT_UAS
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 10, 0.25
    button_places, weather_replies = VENUES + PLACES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.1, 0.15
    me_places = VENUES + PLACES + ["Albion Concert Hall, 1 Cookridge St, Leeds LS1 3AD", "Hotel Sacher, Wien",
                                   "our hotel in Luzern (Schweizerhof)"]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "")
    # the data API
    limits, offsets = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200, 400)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    usage_days, until_choices = (1, 6), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|parts", "|score", "|tickets", "|this")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.22, 0.07, 0.68, 0.45
    edit_suffixes = (" (edit: typo)", " *", " — sorry, Friday not Saturday", "", " 🙏")
    mention_leads = ("", "hey ", "cc ", "ok ")
    files, file_notes, file_types = FILES, FILE_NOTES, FILE_TYPES
    unfurls, unfurl_leads = UNFURLS, ("", "", "weather here? ", "for Saturday: ", "parts → ")
    bot_replies = BOT_REPLIES
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.55, 0.12

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "m"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@ashgrovesymphony.org.uk",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "library", "orch-management", "artistic-planning", "stage-crew", "box-office", "tour-2024-ham-vie-luz",
            "tour-2024-tokyo-seoul", "education", "development", "players-notices", "general", "random",
            "marketing", "chorus-liaison", "brass-section")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- the App Home view, the browsers' hints and cookies, the scripts' dates and ids -----------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place = self.pick(VENUES + PLACES)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "blocks": [
                    {"type": "header", "block_id": self.block_id(),
                     "text": {"type": "plain_text", "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "text": f"*Location:* {place}\n*Units:* metric\n*Daily alert:* on at "
                                                  f"{self.hhmm()} ({self.pick(TIMEZONES)})"}},
                    {"type": "divider", "block_id": self.block_id()},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your "
                                                  "page> (send me `login` for a sign-in link)."}}]}

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="130"' if "Edg/" in ua else '"Google Chrome";v="130"'
        return f'"Chromium";v="130", {brand}, "Not?A_Brand";v="99"'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.18):
            jar.append(("cookie_consent", self.pick(["all", "necessary"])))
        if self.chance(0.1):
            jar.append(("_gid", f"GA1.4.{self.rng.randint(10**8, 10**9)}.{EPOCH - self.rng.randint(0, 80000)}"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}", f"2024-10-{day + 24:02d}T00:00:00+00:00",
                f"2024-11-{day:02d}T09:30:00+01:00", f"2024-11-{day:02d} 08:00:00"]

    def request_ids(self) -> list[str]:
        return [f"spx-{self.hexs(12)}", f"gl-{self.rng.randint(10**9, 10**10)}", f"pbi.{self.hexs(8)}"]

    def trace_state(self) -> str | None:
        return f"aso=svc:{self.pick(['tour-planner', 'spektrix', 'library'])}" if self.chance(0.3) else None


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 110), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The orchestra's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Orchestra(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
