"""Benign evaluation set (seventyfirst): a daily newspaper's newsroom traffic through the edge, benign only.

The company is The Meridian Herald, a daily newspaper (print, e-paper and web) with its newsroom in Hamburg and
bureaus in Berlin, London, Paris, Nairobi, Hong Kong, Washington and São Paulo. Its reporters, photographers, sub
editors, the night desk, the sports and data desks use Jeeves to check the weather for photo jobs, counts, matches
and the paper's own weather box, and they talk to it the way they talk to each other: bylines, datelines like
BERLIN (dpa) —, embargo times like 00:01 GMT, headlines with quotes and colons, corrections and clarifications, wire
slugs and codes, page numbers like A1 and B3, word counts, photo captions with credits like © Reuters/Jane Doe,
election results with percentages, sports scores like 2:1 (1:0), wire copy pasted whole and CMS links.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. Its own additions: a
pasted link's unfurl drawn with the link, the browsers' Chrome 130 client hints, its consent and analytics cookies.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyfirst"
SEED = 71_2024_1106
EPOCH = 1730869200  # 2024-11-06 05:00 UTC, a Wednesday: the morning after a run-off count and a Champions League night
TEAM, TEAM_DOMAIN = "T05MHNEWS1", "meridian-herald"
PARTNER_TEAM, PARTNER_DOMAIN = "T08SUNDAY4", "mh-sunday"  # the Sunday edition's own Slack workspace
APP_ID, BOT_USER, BOT_ID = "A06MHJEEV3", "U06JEEVES7", "B06JEEVES5"
HOST = "jeeves.meridianherald.com"
BASE = f"https://{HOST}"

FIRST = ["Ingrid", "Kwame", "Camille", "Jana", "Wanjiru", "Jürgen", "Zofia", "Oleksandr", "Siddharth", "Aoife",
         "João", "Leilani", "Tomás", "Hélène", "Mehmet", "Søren", "Małgorzata", "Chiamaka", "Björn", "Noémie",
         "Rafael", "Agnieszka", "Kenji", "Fatoumata", "Dörte", "Émile", "Priya", "Niamh", "Henrik", "Anaïs",
         "Otieno", "Mei", "Lars-Erik", "Ana-Lucía", "Jean-Luc", "Sven", "Thuy", "Grzegorz", "Ruth", "Ciarán"]
LAST = ["Solberg", "Asante", "Lefèvre", "Müller", "Kamau", "Großmann", "Wiśniewska", "Tkachenko", "Rao",
        "Ní Mhurchú", "Guimarães", "Kahananui", "Ó Briain", "Dubois-Lambert", "Yılmaz", "Kjærgaard", "Nowak",
        "Okonkwo-Reid", "Lindström", "de la Fontaine", "O'Hara", "von Stetten", "Mbatha", "Schröder", "Nakashima",
        "D'Costa", "McAllister", "van der Berg", "Ochieng", "Papadopoulos", "Fernández García", "Brandt-Hoyer",
        "Al-Masri", "Nguyen", "Kowalczyk", "Ben-Ami", "St. John", "Øvergaard"]
NATIVE = [("陈嘉慧", "chen.jiahui"), ("Олександр Ткаченко", "o.tkachenko"), ("박현우", "hyunwoo.park"),
          ("فاطمة الزهراء الإدريسي", "f.elidrissi"), ("יעל כהן", "yael.cohen"), ("田中 美咲", "misaki.tanaka"),
          ("Σοφία Παπαδοπούλου", "sofia.papadopoulou"), ("Nguyễn Thị Thu Hà", "thuha.nguyen")]
TIMEZONES = ["Europe/Berlin", "Europe/London", "Europe/Paris", "America/New_York", "Africa/Nairobi",
             "Asia/Hong_Kong", "America/Sao_Paulo", "Europe/Kyiv", "UTC", "Europe/Brussels", "Asia/Kolkata",
             "America/Los_Angeles", "Europe/Warsaw", "Asia/Tokyo", "Europe/Dublin", "Africa/Lagos"]
PLACES = ["Hamburg", "Hamburg-Altona", "St. Pauli", "Berlin", "Berlin-Mitte", "München", "Köln", "Dortmund",
          "Leipzig", "London", "Westminster", "Wembley", "Manchester", "Glasgow", "Cardiff", "Paris", "Saint-Denis",
          "Lyon", "Bruxelles", "Strasbourg", "Nairobi", "Kisumu", "Mombasa", "Hong Kong", "Kowloon",
          "Washington, DC", "Philadelphia", "Atlanta", "Milwaukee", "São Paulo", "Rio de Janeiro", "Kyiv", "Kharkiv",
          "Warszawa", "Łódź", "Genève", "Zürich", "Wien", "İstanbul", "Αθήνα", "Київ", "香港", "東京", "서울",
          "القاهرة", "ירושלים", "Reykjavík", "Tromsø", "Cuxhaven", "Övelgönne", "Sylt", "Newcastle upon Tyne",
          "20095 Hamburg", "EC4A 1BR", "SW1A 0AA", "10117", "53.5511, 9.9937", "51.5560° N, 0.2796° W"]
VENUES = ["Volksparkstadion", "Millerntor-Stadion, Harald-Stender-Platz 1, 20359 Hamburg", "Allianz Arena",
          "Signal Iduna Park, Dortmund", "Wembley Stadium", "Anfield", "Stade de France, Saint-Denis",
          "Parc des Princes", "Nyayo National Stadium, Nairobi", "Kai Tak Sports Park", "Rathausmarkt, Hamburg",
          "Messehallen Hamburg (count centre)", "Hamburger Rathaus, Rathausmarkt 1", "Elbphilharmonie",
          "Pennsylvania Convention Center, Philadelphia", "State Farm Arena, Atlanta",
          "Bundestag, Platz der Republik 1", "Downing Street", "Place de la République", "Uhuru Park",
          "Landungsbrücken, Brücke 10", "Estádio do Morumbi", "Trafalgar Square", "Port of Hamburg, Burchardkai"]
BUREAUS = ["Meridian Herald, Großer Burstah 18–32, 20457 Hamburg", "Berlin bureau, Schiffbauerdamm 40, 10117 Berlin",
           "2nd floor, 85 Fleet Street, London EC4Y 1AE", "Bureau de Paris, 12 rue du Croissant, 75002 Paris",
           "Nairobi bureau, Riverside Drive, Westlands", "Hong Kong bureau, 18/F, 33 Des Voeux Rd Central",
           "Washington bureau, 1100 13th St NW, Suite 800", "São Paulo, Av. Paulista 1842, cj. 155"]
DATELINES = ["BERLIN (dpa) —", "HAMBURG (Reuters) -", "WASHINGTON (AP) —", "WASHINGTON (AP) --", "PARIS (AFP) -",
             "NAIROBI, Nov 6 (Reuters) -", "HONG KONG —", "KYIV, Ukraine (AP) —", "SÃO PAULO, 5 nov (Reuters) -",
             "LONDON, Nov 6 (Reuters) -", "BRÜSSEL (dpa) -", "PHILADELPHIA (AP) —", "Hamburg/Berlin (dpa/lno) -",
             "GENEVA, Nov 6 (Reuters) -"]
EMBARGOES = ["EMBARGOED until 00:01 GMT Thursday 7 November", "embargo 00:01 GMT", "Sperrfrist: 6. November, 18.00 Uhr",
             "Sperrfrist 07.11.2024, 00:01 Uhr MEZ", "HOLD FOR RELEASE until 5 a.m. EST", "embargo lifts 23:00 UTC",
             "strictly embargoed until 22:30 CET tonight", "Embargo: 10:00 GMT Thu 07/11",
             "not for publication before 06:00 HKT", "EMBARGO 0001 GMT 7/11/24"]
HEADLINES = [
    'Okafor: "Hamburg has voted for stability"', '"We will not back down": dock workers defy ultimatum',
    "Inflation falls to 2.1%: what it means for your mortgage", "Run-off result: Okafor 54.3%, Brandt 45.7%",
    "Bayern crush Dortmund 4:0 — Kane hat-trick", "St. Pauli snatch 2:1 win at Millerntor after late drama",
    'Storm "Ciarán" to hit North Sea coast: what you need to know', "Live: election night as it happened",
    "Kenya's finance bill: MPs vote 195–106 to pass amended version",
    "Hong Kong's Kai Tak stadium opens to 50,000 — and a traffic jam",
    "„Das ist ein historischer Abend“ – SPD feiert in Altona", "Strike at the port: 12 ships wait off Cuxhaven",
    "Q&A: how the count works (and why it takes so long)", "Analysis: five things we learned from the TV debate",
    "Obituary: Margarethe von Aschenbach, 1931–2024", "Turnout hits 74.4%, highest since 1987",
    "Schools closed, ferries cancelled as storm nears", "Exclusive: Senate plans €2.3bn harbour deepening",
    "Opinion: The city deserves better than a 45-minute bus to the hospital", "6-4, 3-6, 7-6(5): Zverev survives",
]
SLUGS = ["BC-EU-Germany-Election,1st Ld-Writethru", "AP-US-Election-Results", "US-USA-ELECTION/PENNSYLVANIA",
         "SOCCER-CHAMPIONS-BAY-DOR/REPORT", "dpa-AFX 0412", "UPDATE 2-Kenya parliament passes amended finance bill",
         "HH-WAHL-STICHWAHL/ERGEBNIS", "WEA-STORM-NORTHSEA", "FBL-EUR-C1-PSG-ATL", "lno-Hafen-Streik",
         "TEN-PARIS-ZVEREV", "URGENT: Hamburg mayor re-elected", "BC-AF-Kenya-Finance Bill,0612",
         "POLITICS-HAMBURG/RESULT (PIX)", "MH-LOC-STORM-1106", "HK-STADIUM-OPENING/"]
PAGES = ["A1", "A2", "A3", "A4-5", "B1", "B3", "C6", "D2", "p. 14", "S. 3", "page 2 (World)", "Sport p. C6",
         "the back page", "Seite 1", "the A1 refer", "the jump on A12", "Lokales S. 17", "the weather box on B8",
         "e-paper p. 9"]
WORDCOUNTS = ["850 words", "~1,200w", "wc 640", "1.100 Wörter", "450w max", "cut to 380 words", "600 words + factbox",
              "2,400 words (long read)", "hed 6 words, dek 22", "a 120-word brief", "3.500 Zeichen", "900w, 2 pix"]
CREDITS = ["© Reuters/Jane Doe", "Photo: AP/Markus Schreiber", "Foto: picture alliance/dpa | Christian Charisius",
           "(Getty Images/Sean Gallup)", "© AFP/Thomas Samson", "Photo: Wanjiru Kamau/Meridian Herald",
           "Foto: Jürgen Großmann", "© Reuters/Tyrone Siu", "AP Photo/Matt Rourke", "Photo: EPA-EFE/Filip Singer",
           "Bild: imago images/Lobeca", "© Meridian Herald/Leilani Kahananui"]
CAPTIONS = [
    "Adaeze Okafor celebrates with supporters on the Rathausmarkt on Tuesday night. %CREDIT%",
    "Fans at the Millerntor after the final whistle. %CREDIT%",
    "Counting staff sort postal ballots at the Messehallen, Hamburg, 5 November 2024. %CREDIT%",
    "Harry Kane (right) scores Bayern's third goal. %CREDIT%",
    "Waves crash against the Elbe embankment at Övelgönne. %CREDIT%",
    "Protesters outside the Kenyan parliament in Nairobi, Nov. 5, 2024. %CREDIT%",
    "Die Siegerin der Stichwahl im Rathaus. %CREDIT%",
    "Voters queue outside a polling station in Philadelphia, Pennsylvania. %CREDIT%",
    "The new Kai Tak Sports Park in Kowloon, Hong Kong. %CREDIT%",
]
RESULTS = ["Okafor (SPD) 54.3%, Brandt (CDU) 45.7%, turnout 61.8%",
           "SPD 33.1% (+1.4), CDU 24.9% (−2.0), Grüne 18.2% (−6.0), Linke 9.1%, AfD 8.7%, FDP 4.6%",
           "with 87% of precincts reporting: 51.2% to 47.6%", "turnout 74.4% (2020: 71.9%)",
           "Altona: Okafor 58.9% | Bergedorf: Brandt 52.2% | Harburg: Okafor 50.4%",
           "Yes 62.7% / No 37.3% (valid votes 1,048,221)", "Ja: 52,3 % – Nein: 47,7 %",
           "seats: SPD 54, CDU 32, Grüne 21, Linke 12, AfD 10 (121 total)", "95.2% counted, lead is 3,412 votes",
           "Wahlbeteiligung 61,8 % (2019: 63,0 %)"]
SCORES = ["2:1 (1:0)", "4:0 (2:0)", "1:1 (0:1)", "3–2 a.e.t.", "1-1 (4-3 on pens)", "0-0", "FT 2-2", "HT 1:0",
          "6-4, 3-6, 7-6(5)", "107–99", "3:2 n.V.", "2-0 (agg 3-1)", "24–17", "1:3 (0:2)"]
CORRECTIONS = [
    "CORRECTION: An earlier version of this article misstated Ms Okafor's age. She is 47, not 74.",
    "Clarification (6 Nov): this article has been updated to make clear that the turnout figure is for the run-off.",
    "Berichtigung: In der Ausgabe vom 5. November (S. 3) hieß es, die Wahlbeteiligung habe 68 % betragen. Richtig "
    "ist 61,8 %.",
    "Correction: the caption on page B3 wrongly identified the goalscorer as Thomas Müller. It was Jamal Musiala.",
    "An article on Tuesday (\"Dock strike spreads\", A4) gave the wrong number of ships waiting. There were 12, not "
    "21.",
    "This story was corrected on 6 Nov 2024 at 09:14 GMT: the vote was 195–106, not 195–160.",
    "Due to an editing error, a quote was attributed to the wrong councillor. We apologise for the error.",
    "Rectificatif : une version précédente de cet article indiquait que le match avait eu lieu mardi. Il s'est "
    "déroulé mercredi.",
]
BYLINES = ["By Ingrid Solberg and Kwame Asante", "Von Jana Müller, Berlin", "Par Camille Lefèvre, à Paris",
           "By Wanjiru Kamau in Nairobi", "By Chen Jiahui (陈嘉慧), Hong Kong",
           "Von Jürgen Großmann und Zofia Wiśniewska", "By Oleksandr Tkachenko, Kyiv", "By our sports staff",
           "By Siddharth Rao, Data Editor",
           "Reporting by João Guimarães; editing by Aoife Ní Mhurchú", "By Leilani Kahananui (pictures) and Tomás Ó "
           "Briain (words)"]
TIMES = ["19:45 CET", "at 21:00 kick-off", "at 22:15 (off stone)", "before the 21:30 first-edition deadline", "6.30am",
         "by 18 Uhr", "at midnight GMT", "03:00 HKT", "5 a.m. ET", "tomorrow 07:00", "between 14:00 and 15:30",
         "at noon", "in 20 min", "Thu 07/11 10:00", "at 20.45"]
PHONES = ["+49 40 3472-2210", "040 3472 2211", "+44 20 7946 0012", "+33 1 42 36 55 08", "+254 20 555 0134",
          "+852 2555 0187", "+1 (202) 555-0143", "+55 11 5555-0172", "0170 5550199", "ext. 2214 (night desk)"]
FILES = ["A1_Nov07_1st-ed_v3.pdf", "DSC_0412.NEF", "IMG_8831.HEIC", "Stichwahl_Ergebnisse_Wahlkreise.xlsx",
         "Seite_B3_Sport_Korrektur.pdf", "cutlines_B3.docx", "weatherbox_B8_Nov07.indd",
         "REUTERS_2024-11-06T031544Z_1_LYNXMPEKA503Q_RTROPTP_4_USA-ELECTION.JPG", "Interview Okafor (transcript).docx",
         "night-desk-rota_KW45.xlsx", "bundesliga_10.Spieltag_scores.csv", "Korrektur Seite 3 – Wahlbeteiligung.pdf",
         "turnout_by_ward.png", "Recording 2024-11-05 22.41.m4a", "obit_vonAschenbach_final (2).docx"]
FILE_TYPES = {"pdf": "application/pdf", "nef": "image/x-nikon-nef", "heic": "image/heic", "jpg": "image/jpeg",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "indd": "application/x-indesign", "csv": "text/csv", "png": "image/png", "m4a": "audio/mp4"}
FILE_NOTES = ["", "A1 proof, 1st edition — please check the dateline", "pix from the count at %VENUE% 📸",
              "%CAPTION%", "corrected results table for %PAGE%", "transcript, %WORDCOUNT%, quotes CQ'd",
              "weather box for tomorrow — can you remember %PLACE% as my location?", "%SLUG%",
              "rota for next week, swaps to %WHO% please", "cutlines for %PAGE%, credits at the end of each"]
LINKS = [
    "https://cms.meridianherald.com/composer/story/8841207/edit?rev=14&lang=en",
    "https://www.meridianherald.com/politik/hamburg/2024/11/06/stichwahl-okafor-gewinnt/?utm_source=twitter"
    "&utm_medium=social&utm_campaign=mh_politik",
    "https://www.meridianherald.com/sport/fussball/bayern-dortmund-4-0-kane/#comments",
    "https://www.meridianherald.com/live/2024/nov/05/election-night-live?page=with:block-672a9c1e8f08",
    "https://www.reutersconnect.com/item/hamburg-mayor-run-off/dGFnOnJldXRlcnMuY29tLDIwMjQ6bmV3c21sX1JDMkxZQTlS",
    "https://newsroom.ap.org/detail/Election2024Pennsylvania/8b1c2f7e9d0a4b6c8e1f3a5d7c9b0e2f/photo",
    "https://www.dpa-news.de/de/meldung/hafen-streik-12-schiffe-warten-vor-cuxhaven-a1b2c3d4",
    "https://www.gettyimages.co.uk/detail/news-photo/harry-kane-of-bayern-munich-celebrates-news-photo/2182736451",
    "https://docs.google.com/spreadsheets/d/1kQv8ZsXJ7yD0N3hWqM2tLpR5aUoEbC9gFi6/edit#gid=0&range=A1:F40",
    "https://www.statistik-nord.de/wahlen/wahlen-in-hamburg/buergermeisterwahl-2024/stichwahl",
    "https://www.bundesliga.com/de/bundesliga/spieltag/2024-2025/10/fc-bayern-muenchen-vs-borussia-dortmund/"
    "spielbericht",
    "https://www.dwd.de/DE/wetter/wetterundklima_vorort/hamburg/hamburg/_node.html",
    "https://www.metoffice.gov.uk/weather/forecast/gcpvj0v07",
    "https://datawrapper.dwcdn.net/aB3xY/4/",
    "https://public.flourish.studio/visualisation/19873422/",
    "https://chartbeat.com/publishing/dashboard/meridianherald.com/#_",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGI2YjQtMmQ5Yi00@thread.v2/0?context=%7b%22Tid"
    "%22%3a%229f3c%22%7d",
    "https://www.bbc.co.uk/sport/football/live/c4g3x2e1kq9t",
    "https://epaper.meridianherald.com/titles/mh/1204/publications/8821/pages/1",
    "https://www.kicker.de/bayern-gegen-dortmund-2024-bundesliga-4981234/schema",
]
UNFURLS = [
    (LINKS[1], "Meridian Herald", "Stichwahl: Okafor gewinnt mit 54,3 Prozent",
     "Hamburg hat eine neue alte Bürgermeisterin. Adaeze Okafor (SPD) setzte sich in der Stichwahl gegen Friedrich "
     "Brandt (CDU) durch – Wahlbeteiligung 61,8 %."),
    (LINKS[2], "Meridian Herald", "Bayern crush Dortmund 4:0 — Kane hat-trick",
     "A hat-trick from Harry Kane and a late Musiala goal: Bayern 4:0 (2:0) Dortmund at the Allianz Arena."),
    (LINKS[3], "Meridian Herald", "Live: election night as it happened",
     "Results, reaction and analysis from Hamburg, Washington and Nairobi — updated every few minutes."),
    (LINKS[4], "Reuters Connect", "Hamburg mayor Okafor wins run-off",
     "HAMBURG, Nov 5 (Reuters) - Hamburg's mayor Adaeze Okafor won a second term on Tuesday..."),
    (LINKS[6], "dpa", "Hafen-Streik: 12 Schiffe warten vor Cuxhaven",
     "Hamburg (dpa/lno) - Der Warnstreik im Hamburger Hafen zeigt Wirkung: Vor Cuxhaven liegen zwölf Schiffe..."),
    (LINKS[8], "Google Sheets", "Stichwahl 2024 — Ergebnisse nach Wahlkreis (live)", None),
    (LINKS[9], "Statistikamt Nord", "Bürgermeisterwahl 2024 – Stichwahl – vorläufiges Ergebnis",
     "Stimmbezirke ausgezählt: 1.284 von 1.284"),
    (LINKS[10], "bundesliga.com", "FC Bayern München vs. Borussia Dortmund | 10. Spieltag",
     "Spielbericht: FC Bayern München 4:0 (2:0) Borussia Dortmund"),
    (LINKS[11], "Deutscher Wetterdienst", "Wetter und Klima vor Ort – Hamburg",
     "Sturmböen an der Küste, 8 bis 11 Grad, Schauer."),
    (LINKS[12], "Met Office", "Wembley (Greater London) weather - Met Office",
     "Light rain changing to cloudy by lunchtime. 9°C, wind 19 mph."),
    (LINKS[13], "Datawrapper", "Turnout by ward, run-off 2024", None),
    (LINKS[18], "E-Paper", "Meridian Herald — Mittwoch, 6. November 2024 — Seite 1", None),
]
EMOJI = [":newspaper:", ":rolled_up_newspaper:", ":camera_with_flash:", ":soccer:", ":ballot_box_with_ballot:",
         ":umbrella:", ":cloud_with_rain:", ":wind_blowing_face:", ":white_check_mark:", ":eyes:", ":pray:",
         ":fire:", ":scream:", ":coffee:", ":stopwatch:", "📰", "📸", "⚽", "🗳️", "☔", "🌬️", "✅", "👀", "🙏",
         "☕", "😴", "🇩🇪", "🇰🇪"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %VENUE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather for the count at %VENUE%", "weather %VENUE% %TIME%?", "weather", "wheather %PLACE%", "weahter %PLACE%",
    "Weather %PLACE% %EMOJI%", "weather %PLACE% — photographer heading out", "weather near %VENUE%",
    "weather at %PLACE%", "weather %PLACE% for tomorrow's weather box", "Weather %PLACE%?", "weather  %PLACE%",
    "remember location %BUREAU%", "remember location %PLACE%", "remember location %VENUE%", "my location",
    "forget location", "help", "config", "config timezone %TZ%", "config alert_time %HHMM%", "config units metric",
    "config units imperial", "alerts on", "alerts off", "login", "forget me", "is it going to rain at %VENUE% "
    "%TIME%?", "thanks jeeves 🙏", "what can you do", "alerts", "help?", "config alerts on", "Weather %PLACE%.",
    "weather %PLACE% (for %PAGE%)", "remember location Hamburg newsroom", "config timezone Europe/Berlin",
]
CHAT = [
    "%DATELINE% %HEADLINE% — who's taking it for %PAGE%?",
    "Hed for %PAGE%: %HEADLINE% (%WORDCOUNT%)",
    "%SLUG% just moved, %EMBARGO%. Do NOT schedule before then 🙏",
    "embargoed copy in the queue: %SLUG%, %EMBARGO%",
    "%WHO% can you sub the lead for %PAGE%? %WORDCOUNT%, byline \"%BYLINE%\"",
    "Results in: %RESULT%",
    "latest from the count: %RESULT% %EMOJI%",
    "FT: Bayern 4:0 Dortmund (2:0), Kane 12', 38', 71' pen, Musiala 88'",
    "St. Pauli %SCORE% — match report for %PAGE% in 15 min",
    "score check please: %SCORE% or %SCORE%? the agency has two versions",
    "caption for %PAGE%: %CAPTION%",
    "credit line is wrong on %PAGE%, should read \"%CREDIT%\"",
    "%CORRECTION%",
    "correction for tomorrow's %PAGE%:\n%CORRECTION%",
    "%WHO% photographer needs the weather at %VENUE% %TIME% — is it going to pour?",
    "off stone %TIME%, %PAGE% still missing a picture",
    "we're at %WORDCOUNT% on the lead, need to lose 2 pars",
    "who's got the %PLACE% story? dateline should be %DATELINE%",
    "byline check: \"%BYLINE%\" — is that right for the online version too?",
    "Budget line: %HEADLINE% / %BYLINE% / %WORDCOUNT% / pix: %CREDIT%",
    "TK on the turnout figure in par 3, will fill once Statistik Nord updates",
    "stet the second graf, the quote was CQ'd with the mayor's office",
    "the A1 refer says \"see page 4\" but the story jumped to A5",
    "%WHO% %WHO% story's live: %LINK%",
    "please don't push the alert until legal has seen it (%PHONE%)",
    "Push alert text: \"%HEADLINE%\" — 78 characters, ok?",
    "sport desk: %SCORE% final, the kicker.de feed is 2 minutes behind",
    "Can someone pull the Reuters pic %CREDIT% for %PAGE%? the one with the flags",
    "night desk tonight: %WHO% until 01:00, then %WHO% on the late shift",
    "is the weather box on B8 done? need it before 21:00",
    "photo desk: %WHO% is at %VENUE% %TIME%, bringing the 70–200",
    "liveblog %LINK% is getting 14k concurrents on Chartbeat 🔥",
    "storm warning for %PLACE%: gusts 90 km/h, the port ferries stop at 18:00",
    "wire says %RESULT%; our own count table says otherwise, checking",
    "Off to %PLACE% for the presser %TIME%, back online at 4",
    "running late, S-Bahn stuck at Dammtor 🙈",
    "does anyone have the mobile for the city's press office? I have %PHONE% but it goes to voicemail",
    "Copy from %DATELINE% just came in, %WORDCOUNT%, needs a local top",
    "%BYLINE% — piece is filed, in the CMS as %SLUG%",
    "ok", "👍", "thanks!", "on my way", "sorry, wrong channel", "lol", "+1", "done ✅",
    "can someone cover for me 15 min?",
    "Kenya: MPs passed the amended finance bill 195–106, Wanjiru filing at 600w for %PAGE%",
    "HK: Kai Tak opening, 50,000 capacity, traffic chaos in Kowloon — %WORDCOUNT% from Chen Jiahui",
    "Kyiv: air-raid alert again, Oleksandr is ok, filing later",
    "Paris: Zverev %SCORE%, AFP has the quotes",
    "US: %RESULT% in Pennsylvania according to AP, no call yet",
    "the graphic says 54,3 % but the text says 54.3% — house style is the point, please fix",
    "house style reminder: Kyiv (not Kiev), per cent in text, % in tables and headlines",
    "Style q: \"St. Pauli\" or \"St Pauli\"? we've used both today 😅",
    "hed too long for the column, 2 lines max at 48pt",
    "the obit for von Aschenbach is scheduled for %PAGE%, embargo lifts when the family confirms",
    "anyone know if the Elbphilharmonie Plaza is closed because of the wind?",
    "Ich übernehme die Stichwahl-Analyse für %PAGE%, ca. %WORDCOUNT%",
    "Bitte Sperrfrist beachten: %EMBARGO%",
    "Korrektur für morgen: %CORRECTION%",
    "Je prends la réaction de Paris, %WORDCOUNT%, pour la page %PAGE%",
    "Mwandishi wetu yuko Uhuru Park, picha zinakuja baadaye",
    "选举结果：%RESULT%，稿子%WORDCOUNT%",
    "Олександр: сирена знову, надішлю текст пізніше",
    "記者会見は%TIME%から、写真は%CREDIT%",
    "O placar foi %SCORE%, João manda o texto às 23h",
    "Stats for the graphic: possession 61–39, shots 19 (8 on target) to 7 (2)",
    "mayor's speech quote: \"This city did not vote for a party, it voted for a plan.\" — 23:14, Rathausmarkt",
    "the Senate's figure is €2.3bn (not €2,3 Mrd. in the English edition pls)",
    "Reminder: morning conference 10:30 in the Großer Burstah room / Teams %LINK%",
]
LONG_MESSAGES = [
    "%DATELINE% Hamburg's mayor Adaeze Okafor has won a second term, taking 54.3% of the vote in Tuesday's run-off "
    "against Friedrich Brandt of the CDU.\n\nTurnout was 61.8%, down from 63.0% in 2019, according to the "
    "Statistikamt Nord.\n\n\"This city did not vote for a party, it voted for a plan,\" Okafor told supporters on the "
    "Rathausmarkt.\n\n(%WORDCOUNT%, %EMBARGO%)",
    "*Night desk handover* — %PAGE%\n• lead: %HEADLINE% (%BYLINE%)\n• pic: %CAPTION%\n• correction to run: "
    "%CORRECTION%\n• off stone %TIME%\n\nback in at 10, call %PHONE% if anything breaks 📰",
    "Results table for %PAGE%:\n```\nBezirk        Okafor   Brandt   Turnout\nAltona        58.9%    41.1%    "
    "64.2%\nBergedorf     47.8%    52.2%    57.0%\nHarburg       50.4%    49.6%    55.3%\nTOTAL         54.3%    "
    "45.7%    61.8%\n```\nsource: Statistikamt Nord, 02:14 CET",
    "Sport round-up for %PAGE% (%WORDCOUNT%):\nBundesliga: Bayern 4:0 (2:0) Dortmund\n2. Liga: HSV %SCORE% "
    "Paderborn\nChampions League: PSG 1:2 (0:1) Atlético\nTennis, Paris: Zverev bt. Tiafoe 6-4, 3-6, 7-6(5)\n"
    "Basketball: Alba Berlin 107–99 Veolia Towers",
    "CORRECTIONS & CLARIFICATIONS for tomorrow (%PAGE%)\n\n1. %CORRECTION%\n2. %CORRECTION%\n\nplease sign off by "
    "20:00 — %WHO%",
    "Embargo list, Wed 6 Nov:\n- %SLUG% — %EMBARGO%\n- %SLUG% — %EMBARGO%\n- BoE rate decision — 12:00 GMT Thu\n\n"
    "_nothing goes live before its time, not even the push alert_",
    "Weather box, B8, Thu 7 Nov (please check against Jeeves):\nHamburg 9°/5° showers, wind W 6 Bft\nBerlin 10°/4° "
    "cloudy\nLondon 11°/7° light rain\nParis 13°/8°\nNairobi 27°/16° thunderstorms\nHong Kong 26°/21° sunny",
    "Budget for %PAGE%:\n1) %HEADLINE% — %BYLINE%, %WORDCOUNT%\n2) %HEADLINE% — wires (%SLUG%)\n3) pic: %CAPTION%\n"
    "4) factbox: %RESULT%",
    "Forwarded from the reader's desk:\n> Dear editor, your article on page 3 said turnout was 68%. The official "
    "figure is 61,8 %. Please correct.\n> Best regards, Hannelore Peters, Eimsbüttel\n\n%WHO% can you check + draft "
    "a correction?",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "%PLACE%: light rain, 8°C, wind 31 km/h; today 5°C to 9°C, 80% chance of precipitation",
    "%PLACE%: overcast, 11°C, wind 19 km/h; today 7°C to 12°C, 40% chance of precipitation",
    "%PLACE%: clear sky, 27°C, wind 9 km/h; today 16°C to 28°C, 10% chance of precipitation",
    "%PLACE%: thunderstorm, 24°C, wind 22 km/h; today 18°C to 27°C, 90% chance of precipitation",
    "Got it, I will remember %BUREAU%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:30 (Europe/Berlin).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%VENUE%\u201d.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. • alerts: on\n• alert_time: 06:30\n• timezone: Europe/Berlin\n• units: metric",
]
WEATHER_REPLIES = [BOT_REPLIES[0], BOT_REPLIES[1], BOT_REPLIES[2]]
SEARCH_Q = ["Solberg", "kamau", "@meridianherald.com", "Ní Mhurchú", "großmann", "wiśniewska", "chen", "陈嘉慧",
            "o'hara", "night desk", "sport", "photo", TEAM, PARTNER_TEAM, "d'costa", "van der berg", "Ó Briain",
            "tkachenko", "st. john", "lindström", "kahananui", "al-masri", "björn", "ingrid.solberg"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "login", "feature.set", f"weather@{TEAM}", "denied",
           "admin.map_slack", "login.slack", "account.totp_enable", "feature.remove_override", "results-ticker",
           "2024-11-05", "failed", "user.admin", "user.forget_me", "weather-page-builder", "client.disable"]
ADMINS = ["it.newsroom", "ingrid.solberg", "desk-ops", "breakglass-admin", "tech.hamburg"]
CLIENT_DESCRIPTIONS = [
    ("results-ticker", "Election night results ticker (Statistik Nord feed → A1 live box), read-only"),
    ("cms-arc-sync", "CMS ↔ Jeeves: bylines & desk assignments, every 10 min"),
    ("weather-page-builder", "Builds the B8 weather box at 21:00 CET from saved locations (read)"),
    ("print-planner", "Print planning (pages A1–D8): usage report for the 10:30 conference"),
    ("grafana-newsroom", "Grafana dashboard \"Jeeves usage by desk\""),
    ("ci-deploy", "GitLab CI smoke test after deploy (read)"),
    ("chartbeat-bridge", "Chartbeat → Slack: top stories + weather alerts for the photo desk"),
    ("data-desk.r", "Data desk R scripts (httr2); owner: Siddharth Rao"),
    ("sunday-edition", "Sunday edition workspace — reads switches, Sat 14:00–23:00"),
    ("wire-ingest:dpa", "dpa/Reuters/AP wire ingest: embargo watcher; 'HOLD FOR RELEASE' slugs only"),
]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_enabled", "/admin/account?done=totp_enabled",
               "/admin/users?done=user_updated&q=sport&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=o%27hara", "/admin/audit?q=client.rotate",
              "/admin/clients"]
PHRASE_WORDS = ["deadline", "byline", "dateline", "masthead", "kicker", "gutter", "broadsheet", "stet", "pica",
                "newsprint"]
PATCH_NAMES = ["Ingrid Solberg (Night Editor)", "Wanjiru Kamau – Nairobi Bureau Chief", "Chen Jiahui 陈嘉慧",
               "Jürgen Großmann, Sportredaktion", "Aoife Ní Mhurchú", "Siddharth Rao | Data Desk",
               "Camille Lefèvre (Paris)", "Oleksandr Tkachenko / Олександр Ткаченко", "Tomás Ó Briain, Subs",
               "Leilani Kahananui — Photo Desk"]
UNTIL = ["2024-11-06T05:00:00Z", "2024-11-06", "2024-11-06T06:00:00+01:00", "2024-11-06T04:59:59.999Z"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.2849.68",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.10.20",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 "
    "Mobile Safari/537.36",
]
LANGS = ["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9", "de-DE,de;q=0.9", "fr-FR,fr;q=0.9,en;q=0.8",
         "en-KE,en;q=0.9,sw;q=0.8", "zh-HK,zh;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
         "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,de;q=0.8,en;q=0.7", "en-US,en;q=0.9",
         "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/2.0", "axios/1.7.7",
              "node-fetch/3.3.2", "Grafana/11.3.0", "n8n", "PostmanRuntime/7.42.0",
              "Apache-HttpClient/5.3.1 (Java/21.0.4)", "okhttp/4.12.0",
              "httr2/1.0.5 r-curl/5.2.3 libcurl/8.7.1", "GitLab-Runner 17.5.2 (17-5-stable; go1.22.7; linux/amd64)",
              "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8"]
API_CLIENTS = ["results-ticker", "cms-arc-sync", "weather-page-builder", "print-planner", "grafana-newsroom",
               "ci-deploy", "data-desk.r", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.10.1"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "openapi-generator/7.9.0", "PostmanRuntime/7.42.0", "Grafana/11.3.0"]


def ascii_handle(name: str) -> str:
    """A name as a Slack handle part: letters without accents (ß as ss, ø as o, ł as l), lower case."""
    name = name.translate(str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "ł": "l", "Ł": "L"}))
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in plain if c.isalnum())


class Newsroom(EvaluatorDay):
    """The Meridian Herald: its staff, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.05  # election night: Slack retries more
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "mH4tQz8RwK2nVb6YcJ1pLs7D"
    base = BASE
    ts_window = (0, 17 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 8, 9, 14, 17, 22), ("00", "15", "30", "45", "10")
    iat_window = (0, 60000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 61000), 40, 0.2, 33
    blocks_rate, thread_rate = 0.75, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.15, 0.05, 0.35
    trace_rate, request_id_rate = 0.15, 0.1
    oauth_audience_rate = 0.2
    verify_uas = [*SCRIPT_UAS[:4], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.2
    meta_uas = META_UAS
    timezones = TIMEZONES
    # Slack: people's texts and Jeeves' replies
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|story", "|live", "|CMS", "|here")
    long_rate, emoji_rate, link_rate, dm_command_rate, mention_command_rate = 0.12, 0.2, 0.07, 0.65, 0.55
    mention_leads = ("", "", "hey ", "cc ", "quick one ")
    edit_suffixes = (" (edit: typo)", " *", " — sorry, wrong page", "", " – corrected score")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.1
    fill_pools = {"%CAPTION%": CAPTIONS, "%CREDIT%": CREDITS, "%DATELINE%": DATELINES, "%EMBARGO%": EMBARGOES,
                  "%HEADLINE%": HEADLINES, "%SLUG%": SLUGS, "%PAGE%": PAGES, "%WORDCOUNT%": WORDCOUNTS,
                  "%RESULT%": RESULTS, "%SCORE%": SCORES, "%CORRECTION%": CORRECTIONS, "%BYLINE%": BYLINES,
                  "%TIME%": TIMES, "%PHONE%": PHONES, "%VENUE%": VENUES, "%BUREAU%": BUREAUS, "%PLACE%": PLACES,
                  "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
    files, file_notes, file_types, file_sizes = FILES, FILE_NOTES, FILE_TYPES, (12_000, 60_000_000)
    unfurl_leads = ("", "weather for this? ", "have you seen this ", "👀 ")
    bot_replies, bot_updated_days = BOT_REPLIES, 61
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices = PARTNER_TEAM, PARTNER_DOMAIN, 8
    button_places, weather_replies = PLACES + VENUES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    oidc_error_rate, me_multipart_rate = 0.1, 0.15
    me_places = PLACES + VENUES + BUREAUS
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t08sunday4", "")
    # the data API
    limits, offsets = ("50", "100", "250", "500", "20"), (0, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    usage_days, until_choices = (1, 5), UNTIL

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            if i % 11 == 5:
                name, handle = self.pick(NATIVE)
                handle = f"{handle}{i}"
            else:
                first, last = self.pick(FIRST), self.pick(LAST)
                name = f"{first} {last}"
                plain_first, plain_last = ascii_handle(first), ascii_handle(last)
                handle = f"{plain_first or 'staff'}.{plain_last or 'mh'}{i if i % 7 == 0 else ''}"
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                                "email": f"{handle}@meridianherald.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "news-desk", "politics", "election-night", "sport", "sport-live", "photo-desk", "subs", "night-desk",
            "foreign", "berlin-bureau", "nairobi-bureau", "hk-bureau", "data-desk", "weather-page", "corrections",
            "social", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts, links and the App Home view ---------------------------------------------------------------------
    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        """A link pasted to Jeeves, with the preview Slack shows for it."""
        link, service, title, text = self.pick(UNFURLS)
        return link, (service, title, text)

    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "Jeeves"},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Jeeves for the Meridian Herald", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(), "text": {
                               "type": "mrkdwn", "text": f"*Location:* {self.pick(BUREAUS)}\n*Units:* metric\n"
                                                         f"*Daily alert:* on at {self.hhmm()} (Europe/Berlin)"}}],
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "bot_id": BOT_ID}

    # ---- its browsers' hints and cookies, its scripts' dates and request ids --------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="130"' if "Edg/" in ua else '"Google Chrome";v="130"'
        return f'"Chromium";v="130", {brand}, "Not?A_Brand";v="99"'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.2):
            jar.append(("OptanonAlertBoxClosed", "2024-10-21T08:14:55.123Z"))
            jar.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Wed+Nov+06+2024+07%3A12%3A33+GMT%2B0100"
                                          "&version=202409.1.0&isIABGlobal=false&hosts=&consentId="
                                          f"{self.uuid()}&interactionCount=1&landingPath=NotLandingPage"
                                          "&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0"))
        if self.chance(0.1):
            jar.append(("_chartbeat2", f".{self.rng.randint(10**12, 10**13)}.{(EPOCH - 600) * 1000}.1."
                                       f"{self.token(20)[:28]}.1"))
        return jar

    def request_ids(self) -> list[str]:
        return [f"gl-job-{self.rng.randint(10**9, 10**10)}", f"grafana-{self.hexs(12)}"]

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}", f"2024-11-{day:02d}T06:00:00+01:00",
                f"2024-10-{day + 25:02d}T23:00:00.000Z", f"2024-11-{day:02d}T00:00:00.000000+00:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 40), ("slack_home", 28), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 22), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The newsroom's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Newsroom(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
