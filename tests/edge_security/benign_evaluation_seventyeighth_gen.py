"""Benign evaluation set (seventyeighth): a public transport operator's ordinary traffic through the edge, benign only.

The company is RegioTram Dreiland (RTD), which runs trams, buses, night buses and the S-Bahn feeder lines around
Basel, Lörrach, Weil am Rhein, Saint-Louis and Mulhouse. Its control room (Leitstelle), timetable planners, depot
crews and customer service use Jeeves to check the weather before snow, storm and black-ice nights and talk to it
the way they talk to each other: line numbers (14A, N7, S3, Ersatzbus S3), stop names and stop IDs (SLOIDs, UIC
numbers, DHIDs), GTFS trip and block IDs, tram and bus numbers, timetable times past midnight (23:59+1, 24:13),
delays in minutes (+4', 7′), platform and track changes, fare products and prices in CHF and EUR, lost-and-found
and complaint case numbers, accessibility requests (wheelchairs, guide dogs, broken lifts), service alerts in
German, French, English and Italian, and customers' names and messages in many languages and scripts.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It adds only what this
company needs on top: its App Home view, links whose previews belong to them, client hints that match the browser
version, and its own request ids and consent cookies.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyeighth"
SEED = 78_2024_1121
EPOCH = 1732163400  # 2024-11-21 04:30 UTC (05:30 in Basel), a Thursday: first snow forecast for the evening
TEAM, TEAM_DOMAIN = "T02RTDLEIT", "regiotram-dreiland"
PARTNER_TEAM, PARTNER_DOMAIN = "T05RTDFMUL", "rtd-france-mulhouse"  # the French subsidiary's own workspace
APP_ID, BOT_USER, BOT_ID = "A07RTDJVS1", "U07JEEVES4", "B07JEEVES8"
HOST = "jeeves.regiotram-dreiland.ch"
BASE = f"https://{HOST}"

FIRST = ["Reto", "Ursula", "Beat", "Mirjam", "Jürg", "Nathalie", "Anaïs", "Théo", "Noémie", "Aurélien", "Fatima",
         "Mehmet", "Şebnem", "Kemal", "Giulia", "Matteo", "Jovana", "Dragan", "Ardit", "Blerta", "Thi Lan", "Kiran",
         "Priya", "Olena", "Bogdan", "Sven", "Chantal", "Yusuf", "Amira", "Xiaoling", "Tenzin", "Ioana", "Gülşen",
         "Zoë", "Rahel", "Dominik", "Agnieszka", "Tomás", "Marie-Claire", "Hans-Peter"]
LAST = ["Bürgi", "Schnyder", "Gerber-Stöckli", "Rüegg", "Müller", "Dubois", "Lefèvre", "Meier", "Ammann", "Yılmaz",
        "Öztürk", "Krasniqi", "Berisha", "Nguyễn", "Rossi", "D'Agostino", "Petrović", "Jovanović", "Kowalczyk",
        "Shevchenko", "Sivakumar", "Pillai", "Haddad", "El Amrani", "Zhang", "Dorji", "Da Silva", "Gonçalves",
        "Zimmermann", "von Arx", "Weiß", "Blaser", "Schmid", "Frey", "Ó Briain", "de Courten", "Stöcklin"]
# Customers as customer service names them in tickets and chat.
CUSTOMERS = ["Frau Gerber-Stöckli", "Herr Yılmaz", "Mme Lefèvre", "Mr. O'Connor", "Familie Krasniqi",
             "Signora De Luca", "Dr. Haddad", "Олена Шевченко", "王晓玲", "Ayşe Demir", "Kiran Sivakumar (கிரன்)",
             "Mohammed El Amrani (محمد العمراني)", "Nguyễn Thị Lan", "Fam. Bürgi", "M. et Mme Dubois",
             "Herr Dr. med. Stöcklin", "Ms D'Souza", "João Gonçalves", "Agnieszka Kowalczyk", "Hr. Müller (U-Abo)",
             "Noémie de Courten", "a tourist from Osaka (大阪)", "Frau Rüegg-Ammann", "Jovana Petrović"]
PLACES = ["Basel", "Bâle", "Riehen", "Lörrach", "Weil am Rhein", "Saint-Louis", "Mulhouse", "Liestal", "Pratteln",
          "Muttenz", "Dornach", "Aesch BL", "Reinach BL", "Allschwil", "Binningen", "Huningue", "Hégenheim",
          "Grenzach-Wyhlen", "Rheinfelden (Baden)", "Laufen", "Delémont", "Freiburg im Breisgau", "Schopfheim",
          "Zell im Wiesental", "Sissach", "Gempen", "Colmar", "EuroAirport", "4051 Basel", "79539 Lörrach",
          "68300 Saint-Louis", "47.5476, 7.5897", "47.6144° N, 7.6616° E", "Depot Wiesenplatz, Basel",
          "Rodersdorf", "Flüh", "Mariastein", "Kandern", "St. Chrischona", "Bettingen"]
GEO = ["Basel, Switzerland", "Lörrach, Germany", "Saint-Louis, France", "Mulhouse, France", "Liestal, Switzerland",
       "Weil am Rhein, Germany", "Riehen, Switzerland", "Muttenz, Switzerland", "Laufen, Switzerland",
       "Rodersdorf, Switzerland", "Huningue, France", "Freiburg im Breisgau, Germany"]
STOPS = ["Basel Bahnhof SBB", "Bahnhof SBB (Tram, Kante C)", "Barfüsserplatz", "Bankverein", "Claraplatz",
         "Aeschenplatz", "Messeplatz", "Badischer Bahnhof", "Schifflände", "Kleinhüningen", "Riehen Grenze",
         "Lörrach Museum/Burghof", "Weil am Rhein Bahnhof/Zentrum", "Saint-Louis Gare", "Saint-Louis Croisée des Lys",
         "Aesch Dorf", "Dornach Bahnhof", "Allschwil Dorf", "Pratteln Gempenstrasse", "Muttenz Dorf",
         "Dreirosenbrücke", "Voltaplatz", "EuroAirport (Bus 50)", "St. Jakob", "Rodersdorf Station",
         "Mulhouse Porte Jeune", "Huningue Place Abbatucci", "Liestal Bahnhof, Bussteig F", "Theater (Steinenberg)"]
DEPOTS = ["Depot Wiesenplatz, Wiesenplatz 8, 4057 Basel", "Depot Dreispitz, Brüglingerstrasse 2, 4142 Münchenstein",
          "Busdepot Rank, Rankstrasse 40, 4058 Basel", "Dépôt de Saint-Louis, 12 rue du Ballon, 68300 Saint-Louis",
          "Leitstelle RTD, Claragraben 55, 4005 Basel", "Betriebshof Lörrach, Brombacher Str. 77, 79539 Lörrach"]
STOP_IDS = ["ch:1:sloid:1064:3:5", "8500010", "8500090", "ch:1:sloid:7000:4:7", "de:08336:6120:1:2",
            "de:08336:11233", "FR:87182063", "StopArea:OCE87182063", "8588780:0:B", "Parent8500010", "10650",
            "ch:1:sloid:1061:1:2", "8578932", "BAR_K3"]
LINES = ["Tram 14", "14A", "Linie 8", "Tram 3", "Bus 38", "Bus 50", "N7", "N11", "S3", "S-Bahn S1", "S6", "TER 200",
         "Ersatzbus S3", "E14", "Bus 603", "Nachtbus N12", "Linie 10", "line 6", "ligne 3", "Tram 11", "Bus 36",
         "Linie 10 (Dornach–Rodersdorf)", "Bus 55E"]
TRIPS = ["1.TA.91-14-A-j24-1.7.H", "144.TA.91-S3-Y-j24-1.52.R", "rtd:14A:2024H2:WD:0647", "20241121_T14_0647_R",
         "N7-FRSA-2359", "Kurs 3/112", "Umlauf 14-07", "block_id 8_WD_15", "Fahrt 4711 (Ersatz)",
         "ServiceJourney:RTD:S3:16347", "6.TA.91-8-A-j24-1.31.H", "trip 38_WD_1742"]
VEHICLES = ["Flexity 5021", "Combino 311", "Tango 176", "Be 6/8 5007", "eCitaro G 7412", "Citaro 623",
            "RABe 521 008 (FLIRT)", "Wagen 482", "Bus 7031 (Ersatz)", "Tram 5044", "Gelenkbus 741", "Be 4/6 659"]
TIMES = ["06:47", "05:12", "23:59+1", "24:13", "25:04", "00:37", "17h32", "6.47 Uhr", "04:58", "07:10", "18:05",
         "22:16", "13:45", "um halb 8", "ca. 16:30", "21:52", "08:03", "19h15"]
WHEN = ["morgen früh", "tomorrow 06:00", "heute Abend", "ce soir", "Fr 22.11. ab 05:00", "tonight after 22:00",
        "Saturday (Herbstmesse ends)", "am Wochenende", "bis Fahrplanwechsel (15.12.)", "next Monday", "dès 4h30"]
DELAYS = ["+4'", "+12 min", "+3 Min.", "~20 min", "15 min", "7′", "−2 (zu früh)", "+38'", "ca. 1 h", "+9'", "0'"]
DELAY_SECONDS = ["240", "-60", "1380", "540", "0", "2280", "90"]
PLATFORMS = ["Gleis 4 statt 7", "Gl. 10 → 12", "voie 3 au lieu de 1", "Kante B", "Steig C", "Perron 7/8, Sektor D",
             "platform 2 instead of 1", "Bussteig F (provisorisch)", "Haltekante 2", "Gleis 1 (Kopfgleis)"]
FARES = ["Kurzstrecke CHF 2.60", "Einzelbillett 1 Zone CHF 4.70", "Tageskarte CHF 10.70", "U-Abo CHF 80.–/Monat",
         "U-Abo Jahr CHF 800.–", "Mehrfahrtenkarte 6× CHF 25.80", "Halbtax-Billett CHF 2.30", "€ 2,20 Einzelfahrt",
         "billet Tempo 1h 1,80 €", "Pass 24h 5,50 €", "Deutschlandticket 49 €/Monat", "Gruppenbillett (10+) −30 %",
         "Velo-Billett CHF 14.–", "Kinder 6–16 CHF 2.40", "Fahrgeld-Nachforderung CHF 100.–", "EuroAirport ticket €3"]
CASES = ["FB-24-118233", "Fundsache 2024/11/0831", "OBJ-88213", "CS-482913", "RCL-2024-5582", "Case 00481123",
         "Ticket #29-114-7720", "LEIT-4412", "Störung 2024-1121-07", "Réclamation n° 24/3317", "INC0091827"]
ITEMS = ["schwarzer Rucksack (Deuter) mit MacBook", "blue umbrella with a wooden handle", "Kinderwagen (Bugaboo, grau)",
         "sac à main rouge avec portefeuille", "Brille im Etui (Fielmann)", "AirPods Pro case",
         "Schlüsselbund mit 4 Schlüsseln + Badge", "violin case (3/4 size!)", "SwissPass auf den Namen Müller",
         "Samsung A54 in grüner Hülle", "un doudou lapin beige", "Krücke (links)", "HP-Laptoptasche",
         "orange Velohelm & Handschuhe", "Einkaufstasche Migros mit Wolle", "Hörgerät (Phonak, rechts)"]
PHONES = ["+41 61 555 01 23", "061 555 44 10", "+49 7621 555-1234", "+33 3 89 55 01 77", "079 555 12 34",
          "+41 (0)61 555 99 00 int. 214", "0800 555 000", "+41 76 555 87 21", "+49 (0)7621 5550-88"]
TIMEZONES = ["Europe/Zurich", "Europe/Zurich", "Europe/Zurich", "Europe/Berlin", "Europe/Paris", "UTC", "Europe/Rome",
             "Europe/Istanbul", "Europe/Kyiv", "Europe/Lisbon", "Europe/London", "Asia/Kolkata", "Europe/Belgrade",
             "Europe/Tirane", "Europe/Warsaw"]
EMOJI = [":tram:", ":bus:", ":train2:", ":snowflake:", ":warning:", ":rotating_light:", ":white_check_mark:",
         ":wheelchair:", ":umbrella:", ":cloud_with_snow:", ":pray:", ":eyes:", ":ok_hand:", ":face_palm:", "🚋",
         "🚌", "🚆", "❄️", "⚠️", "🧊", "♿", "🙏", "👍", "😬", "🇨🇭", "🇫🇷", "🇩🇪", "🌬️", "🙄", "☕"]
ALERTS = [
    "Linie 8: Wegen einer Demonstration verkehren zwischen Barfüsserplatz und Schifflände bis ca. 16:30 keine Trams.",
    "Ligne 3 : en raison de travaux, l'arrêt Saint-Louis Gare est déplacé de 50 m (rue de la Gare).",
    "S3: Ersatzbusse zwischen Pratteln und Liestal, Reisezeit +15 Min. Velos können nicht mitgenommen werden.",
    "Tram 14/14A: delays of up to 10 minutes due to a vehicle breakdown at Muttenz Dorf.",
    "Linea 6: ritardi fino a 15 minuti a causa della neve. Ci scusiamo per il disagio.",
    "Nachtbus N7 fährt heute wegen des Spiels im St. Jakob-Park zusätzlich um 00:45 und 01:15 ab St. Jakob.",
    "Lift am Bahnhof SBB (Perron 7/8) ausser Betrieb. Bitte den Lift Perron 9/10 benützen.",
    "Bus 50 EuroAirport: the stop has moved to platform C (construction work) until 30 November.",
    "Ligne 603 : service interrompu entre Huningue et Weil am Rhein (passerelle des Trois Pays fermée).",
    "Glatteis! Die Buslinien 58, 59 und 60 fahren nur bis Hofstetten. Keine Bedienung Mariastein.",
    "Ab Fahrplanwechsel am 15.12.2024 fährt die Linie 14A neu alle 7½ Minuten bis 20:00.",
    "Störung behoben: Tram 3 verkehrt wieder normal. Es muss noch mit Verspätungen gerechnet werden.",
    "Tramvay 8: Barfüsserplatz ile Schifflände arasında 16:30'a kadar sefer yok (gösteri).",
    "Trafic perturbé sur la ligne Mulhouse – Bâle : TER 200 supprimé entre 17h00 et 19h00, car de substitution.",
]
LINKS = [
    "https://www.sbb.ch/de?stops=%5B%7B%22value%22%3A%228500010%22%2C%22type%22%3A%22ID%22%2C%22label%22%3A%22Basel"
    "%20SBB%22%7D%2C%7B%22value%22%3A%228500023%22%2C%22type%22%3A%22ID%22%2C%22label%22%3A%22Liestal%22%7D%5D"
    "&date=%222024-11-21%22&time=%2206%3A47%22&moment=%22DEPARTURE%22",
    "https://jira.regiotram-dreiland.ch/browse/LEIT-4412",
    "https://opentransportdata.swiss/de/dataset/timetable-2025-gtfs2020",
    "https://www.meteoschweiz.admin.ch/service-und-publikationen/applikationen/warnungen.html#warnregion=BS",
    "https://www.google.com/maps/place/Aeschenplatz,+4052+Basel/@47.5518,7.5946,18z",
    "https://rtd-kundendienst.lightning.force.com/lightning/r/Case/5007S00000h1XyZQAU/view",
    "https://wiki.regiotram-dreiland.ch/display/LEIT/Winterdienst+2024%2F25",
    "https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=L%C3%B6rrach%20Hbf&zo=Basel%20Bad%20Bf&kl=2"
    "&hd=2024-11-21T06:47:00",
    "https://www.ter.sncf.com/grand-est/se-deplacer/info-trafic",
    "https://gitlab.regiotram-dreiland.ch/planung/gtfs-export/-/merge_requests/218",
    "https://fundbuero.regiotram-dreiland.ch/suche?q=rucksack&linie=14&datum=2024-11-21",
    "https://gtfs.regiotram-dreiland.ch/static/rtd_gtfs_2024-11-18.zip",
    "https://realtime.regiotram-dreiland.ch/gtfs-rt/tripupdates?format=json&route_id=91-14-A-j24-1",
    "https://www.regiotram-dreiland.ch/de/fahrplan/stoerungen?linie=8&lang=de",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTc2YjEtOGQ2NS00ZjE3%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%22a1b2c3d4-0000-4000-8000-123456789abc%22%7d",
]
# A pasted link and the preview Slack attaches to it: (link, service, title, text).
UNFURLS = [
    (LINKS[0], "SBB", "Basel SBB → Liestal · S3 · 06:47", "Gleis 4 · ca. +4 Min. Verspätung"),
    (LINKS[1], "Jira", "[LEIT-4412] Weiche 14 Aeschenplatz klemmt bei Frost",
     "Status: In Arbeit · Priorität: Hoch · Bearbeiter: Reto Bürgi"),
    (LINKS[2], "opentransportdata.swiss", "Fahrplan 2025 (GTFS2020)",
     "GTFS-Daten des Schweizer ÖV für die Fahrplanperiode 2025, wöchentlich aktualisiert."),
    (LINKS[3], "MeteoSchweiz", "Warnung Stufe 3: Schneefall", "Region Basel: 5–15 cm Neuschnee bis Freitagmorgen."),
    (LINKS[4], "Google Maps", "Aeschenplatz · 4052 Basel", "Tram- und Bushaltestelle"),
    (LINKS[6], "Confluence", "Winterdienst 2024/25 – Leitstelle",
     "Weichenheizungen, Streudienst, Schneepflug-Einsätze, Telefonliste"),
    (LINKS[7], "bahn.de", "Lörrach Hbf → Basel Bad Bf", "S6 · 06:47 · Gleis 2"),
    (LINKS[8], "TER Grand Est", "Info trafic", "Ligne Mulhouse – Bâle : trafic perturbé ce soir."),
    (LINKS[9], "GitLab", "fix: wrap times > 24:00 for N7/N11 (!218)", "Merged by Dominik Frey into main"),
    (LINKS[10], "Fundbüro RTD", "Fundsachen-Suche", "3 Treffer für „rucksack“ auf Linie 14"),
    (LINKS[13], "RegioTram Dreiland", "Störungen & Baustellen – Linie 8",
     "Umleitung zwischen Barfüsserplatz und Schifflände bis ca. 16:30."),
]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather %STOP%", "weather at %STOP% tonight", "weather %PLACE% %EMOJI%", "weather %PLACE% this evening",
    "weather", "weather", "wether %PLACE%", "weather %PLACE%?", "Weather near %PLACE% this afternoon",
    "weather for the %LINE% terminus in %PLACE%", "weather %PLACE% — need to know if we salt the points",
    "remember location %DEPOT%", "remember location %PLACE%", "remember location %STOP%",
    "remember location Leitstelle RTD, Basel", "my location", "forget location", "help", "config", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "config alert_time 4.45", "wetter %PLACE%", "hoi Jeeves", "danke!", "merci 🙏", "help pls", "what can you do?",
    "is it going to snow in %PLACE% %WHEN%?", "weather %PLACE% tomorrow please", "météo %PLACE%",
]
CHAT = [
    "%LINE% steht bei %STOP%: Fahrleitungsstörung, Fahrzeug %VEH%. Umleitung via Claraplatz, Verspätung %DELAY%",
    "Kurs %TRIP% fällt aus (kein Personal), nächste Fahrt %TIME% ab %STOP%",
    "%WHO% kannst du die %LINE% ab %TIME% mit Gelenkbussen verstärken? Messe-Ende, alles voll",
    "Gleiswechsel Badischer Bf: S6 heute ab %TIME% auf %PLATFORM%. DB hat es eben gemeldet",
    "Weichenheizung Wiesenplatz läuft seit 03:40, bisher kein Eis. Streudienst ist informiert ❄️",
    "Customer on the phone (%CUSTOMER%): lost a %ITEM% on %LINE% around %TIME%, vehicle probably %VEH%. Ref %CASE%",
    "Fundbüro: %ITEM% abgegeben bei %STOP%, Nr. %CASE%. Besitzer:in hat angerufen, holt morgen ab",
    "Rollstuhlfahrerin an %STOP% wartet auf Niederflur – %LINE% um %TIME% ist ein Hochflur-Kurs (%VEH%) 😬 tauschen?",
    "Lift Bahnhof SBB Perron 7/8 ausser Betrieb bis ca. 14:00, Meldung %CASE% bei SBB Infrastruktur",
    "Info an alle: %ALERT%", "%ALERT%", "%ALERT% %EMOJI%",
    "GTFS export for the 2025 timetable is up: %LINK% — please check %TRIP% (%TIME% wraps wrong in the preview)",
    "stop_id %STOPID% has the wrong parent_station in the feed, it should point to %STOPID%",
    "Planner question: do we keep the 7½-min headway on %LINE% during the works or go to 10'?",
    "Tarif: %CUSTOMER% fragt, ob %FARE% auch im Nachtbus gilt. Ja, seit Dez. 2023 ohne Nachtzuschlag",
    "Réclamation %CASE% : le client a payé %FARE% deux fois (TWINT), remboursement SVP",
    "La ligne 3 est déviée à Saint-Louis (travaux rue de Mulhouse), arrêt provisoire %STOP%, retard %DELAY%",
    "Il tram %LINE% è in ritardo di %DELAY% per un guasto alla linea aerea tra %STOP% e %STOP%",
    "Schneefall ab 04:00 angekündigt, 5–10 cm über 600 m. Buslinien ins Laufental: Ketten mitnehmen! %EMOJI%",
    "%VEH% mit Türstörung (Tür 3), fährt ins Depot. Ersatz ab %STOP% um %TIME%",
    "Who's on the late shift in the Leitstelle? Need someone to confirm the N7 detour before 23:00",
    "N7 last run %TIME% from Barfüsserplatz; the after-midnight trips are 24:13 and 25:04 in the GTFS",
    "Fahrgastzählung %LINE%: 1'842 Ein-/Aussteigende zw. 07:00–08:00, +12 % ggü. Vorwoche",
    "Kunde sagt, die App zeigt %DELAY%, aber das Tram war pünktlich – hängt die Echtzeit für %TRIP%?",
    "%WHO% %WHO% bitte Thread lesen wegen Umleitung %LINE%",
    "ok", "👍", "merci!", "danke 🙏", "bin unterwegs nach %PLACE%", "sorry, falscher Chat",
    "10 min late, S3 again 🙄", "Kaffee in der Leitstelle ist leer ☕ wer geht?",
    "Wer hat den Schlüssel für den Technikraum Aeschenplatz? Laut Liste ausgeliehen an %WHO%",
    "Ersatzbus S3 Pratteln ↔ Liestal ab %TIME%, Halt %PLATFORM%. Takt 15'",
    "Accessibility request: %CUSTOMER% travels with a guide dog, needs help boarding at %STOP% %WHEN%. Tel. %PHONE%",
    "Mobilitätshilfe angemeldet: Rollstuhl, Umstieg S3 → Tram 8 am Bahnhof SBB, Ankunft %TIME% auf %PLATFORM%",
    "Price check: %FARE% vs %FARE% — why is the day pass cheaper in the app than at the machine?",
    "Ereignis %TIME%: %LINE% bei %STOP% – Kollision mit PW, Polizei vor Ort, Strecke gesperrt bis ca. %TIME%",
    "Trip %TRIP% shows delay=%DELAYSEC% s in the RT feed but %VEH% is parked in the depot",
    "Dienstplan KW 48: Tausch Früh/Spät mit %WHO%? Ich hab am Sa den 04:52-Dienst ab Depot Dreispitz",
    "Weiche 14 am Aeschenplatz klemmt wieder. Stördienst informiert (%PHONE%)",
    "An der Haltestelle %STOP% ist der Billettautomat defekt (Münzschlitz klemmt). Meldung %CASE%",
    "Kundin beschwert sich: Fahrer %LINE% hat nicht gewartet, obwohl sie mit Kinderwagen gerannt ist. %CASE%",
    "Bus 38 Richtung Wyhlen Siedlung, letzte Fahrt %TIME%; ab Fahrplanwechsel (15.12.) neu 00:12",
    "%CUSTOMER% asks if %FARE% covers Weil am Rhein. Yes: zones 10 + 11 and the border zone (TNW/RVL)",
    "Sturmwarnung MeteoSchweiz Stufe 3 für heute Nachmittag, Böen bis 100 km/h. Die Rheinfähren stellen ein.",
    "Heads up: Jeeves says %PLACE% gets freezing rain tonight – switch heaters on at 22:00?",
    "Erster Kurs %LINE% ab %STOP% um 04:58 war mit %VEH% statt Flexity unterwegs",
    "Perronänderung: IR 26 nach Zürich heute auf %PLATFORM%; unsere S-Bahn-Anschlüsse unverändert",
    "Wir brauchen eine Durchsage in 3 Sprachen für %STOP%. DE/FR/EN ok, IT kommt von %WHO%",
    "Audit Barrierefreiheit: 38 von 112 Haltestellen haben noch keine erhöhte Kante (≥ 27 cm)",
    "Frage von der Planung: 24:13 oder 00:13 in stop_times.txt? GTFS erlaubt > 24:00 für den Betriebstag",
    "Kundendienst heute: 214 Anrufe, Ø Wartezeit 2:47 min, 31 Fundsachen, 12 Beschwerden (davon 7 wegen Verspätung)",
    "Tarif 2025: Kurzstrecke CHF 2.60 → 2.70, Tageskarte unverändert, U-Abo bleibt bei CHF 80.–",
    "Hi, my wife left her %ITEM% in tram %VEH% around %TIME% (line %LINE%). Case %CASE% — could the depot check?",
    "Signalstörung Riehen Grenze, S6 fährt nur bis Riehen. Ersatz mit Tram 6 / Bus 35",
    "%VEH% hat heute Nacht Schneepflug-Einsatz, Ausfahrt ab 02:30 Depot Wiesenplatz",
    "Delay report %LINE%: avg %DELAY%, max +38' at 17:42 (Barfi), 4 trips cancelled",
    "„Bitte nicht einsteigen“ – die Zielanzeige in %VEH% hängt, Techniker kommt",
    "Клієнтка %CUSTOMER% питає, чи діє %FARE% для дітей до 16 років.",
    "Müşteri (%CUSTOMER%) %LINE% hattında %ITEM% unuttuğunu söylüyor, saat %TIME% civarı.",
    "العميل %CUSTOMER% يسأل عن المصعد في محطة %STOP%، هل يعمل اليوم؟",
    "乘客%CUSTOMER%在%LINE%上丢了%ITEM%，大约%TIME%。",
    "Klienti %CUSTOMER% pyet për biletën %FARE% – a vlen edhe në Weil am Rhein?",
    "Cliente %CUSTOMER% perdeu %ITEM% no %LINE% por volta das %TIME%.",
    "வாடிக்கையாளர் %CUSTOMER% %STOP% நிறுத்தத்தில் சக்கர நாற்காலி உதவி கேட்கிறார்",
    "Umleitung %LINE%: Bankverein – Barfüsserplatz entfällt; Ersatzhalt „Theater“ (Steinenberg)",
    "Leitstelle an alle: %LINE% fährt ab %TIME% nur bis %STOP% & wendet dort (Wendeschleife)",
    "Can we get the vehicle positions for 21.11. 06:00–09:00 as CSV? Needed for complaint %CASE%",
    "Fahrgeld-Nachforderung ist CHF 100.– (im Wiederholungsfall CHF 140.–), nicht CHF 90.–",
    "Fahrplanentwurf 2025 %LINE%: Mo–Fr 05:12–00:37, HVZ alle 7½ Min., sonst 10'; Sa/So 15'",
    "Kurzfristige Änderung: %TRIP% startet erst ab %STOP% (Leerfahrt bis dort)",
    "Fahrgast mit Blindenstock ist bei %STOP% in die falsche Richtung eingestiegen; Fahrer von %VEH% hilft",
    "Weather check before the night shift: %PLACE% -3 °C at 04:00, Glatteisgefahr!",
    "Störung behoben: %LINE% fährt wieder planmässig, Restverspätungen bis %DELAY%",
    "Rückmeldung SBB: S3 %TRIP% heute 12' später, Anschluss an %LINE% in Liestal nicht gewährleistet",
    "Pünktlichkeit = Anteil Fahrten mit Abweichung ≤ 2 min; Quote = pünktliche Fahrten / alle Fahrten × 100",
    "Bonus sheet formula: =COUNTIFS(Delays!C:C,\"<=120\",Delays!B:B,\"14A\")/COUNTIF(Delays!B:B,\"14A\")",
    "Halbtax & Kinder: %FARE% — stimmt das so auf dem neuen Tarifblatt (S. 4)?",
    "Fahrzeug %VEH% meldet Schleuderschutz aktiv bei %STOP%, Sand nachfüllen im Depot",
    "Je suis au dépôt de Saint-Louis, le bus %VEH% ne démarre pas (batterie), départ %TIME% annulé",
]
LONG_MESSAGES = [
    "*Störungsmeldung / Perturbation / Disruption* :warning:\n\n🇩🇪 %LINE%: Zwischen %STOP% und %STOP% verkehren "
    "bis ca. %TIME% keine Trams. Bitte benützen Sie die Ersatzbusse (%PLATFORM%).\n🇫🇷 %LINE% : pas de tram entre "
    "%STOP% et %STOP% jusqu'à env. %TIME%. Bus de remplacement.\n🇬🇧 %LINE%: no trams between %STOP% and %STOP% "
    "until approx. %TIME%. Replacement buses every 10 min.\n\nGrund / cause: Fahrleitungsschaden",
    "Schichtübergabe Leitstelle 13:45\n1. %LINE% Umleitung aktiv seit %TIME% (Baustelle)\n2. %VEH% in der Werkstatt, "
    "Bremsen\n3. Fundsache %CASE% noch nicht abgeholt\n4. Lift Bahnhof SBB Perron 7/8 defekt\n5. Ersatzbus S3: "
    "4 Busse, Kurse 801–804\n\nSonst ruhig. Wetter: Schnee ab 18 Uhr ❄️",
    "stop_times.txt for the N7 night run (check the times after midnight):\n```\ntrip_id,arrival_time,departure_time,"
    "stop_id,stop_sequence,pickup_type\nN7-FRSA-2359,23:59:00,23:59:00,8500010,1,0\nN7-FRSA-2359,24:06:00,24:06:30,"
    "ch:1:sloid:1064:3:5,2,0\nN7-FRSA-2359,24:13:00,24:13:00,FR:87182063,3,1\n```\n%WHO% can you regenerate the feed?",
    "The RT feed entity for %TRIP% looks off:\n```\n{\"id\": \"tu-14A-0647\", \"tripUpdate\": {\"trip\": {\"tripId\": "
    "\"rtd:14A:2024H2:WD:0647\", \"startDate\": \"20241121\", \"scheduleRelationship\": \"SCHEDULED\"}, "
    "\"stopTimeUpdate\": [{\"stopSequence\": 12, \"arrival\": {\"delay\": 240}}]}}\n```\ndelay 240 s = +4', but the "
    "display at Aeschenplatz shows +12'.",
    "Transfert du service client :\n\n> Bonjour,\n> ce matin (%TIME%) le tram %LINE% est passé à %STOP% sans "
    "s'arrêter alors que j'avais appuyé sur le bouton. J'ai raté mon train pour Mulhouse et j'ai dû racheter un billet "
    "(%FARE%).\n> Merci de me rembourser.\n> Cordialement, %CUSTOMER%\n\nDossier %CASE%, qui s'en occupe ?",
    "Avviso ai passeggeri :warning:\nA causa della neve, le linee %LINE% e %LINE% circolano con ritardi fino a "
    "%DELAY%. Le fermate %STOP% e %STOP% non sono servite fino alle %TIME%.\nGrazie per la comprensione.",
    "Winter checklist for tonight ❄️\n- [x] switch heaters Aeschenplatz, Bankverein, Wiesenplatz on\n- [ ] gritting "
    "crew on standby from 03:00 (%PHONE%)\n- [ ] snow plough tram %VEH% ready in Depot Wiesenplatz\n- [ ] buses to "
    "Laufental with snow chains\n- [ ] first runs 04:58 checked with %WHO%\n\n_please tick as you go_ 🙏",
    "Beschwerde weitergeleitet (%CASE%):\n\n> Sehr geehrte Damen und Herren\n> Der Lift an der Haltestelle %STOP% ist "
    "seit drei Tagen defekt. Ich sitze im Rollstuhl und musste bis %STOP% weiterfahren. Das ist nicht akzeptabel.\n"
    "> Freundliche Grüsse, %CUSTOMER%\n\n%WHO% kannst du bitte die Techniker fragen, wann der Lift repariert wird?",
    "SIRI-SX for the Linie 8 detour, as the supplier sends it:\n```\n<PtSituationElement>\n  <SituationNumber>"
    "RTD-2024-1121-08</SituationNumber>\n  <Summary xml:lang=\"de\">Linie 8: Umleitung</Summary>\n  <Summary "
    "xml:lang=\"fr\">Ligne 8 : déviation</Summary>\n</PtSituationElement>\n```\nthe EN summary is missing again",
    "Fundsachen heute (Stand 17:00)\n• %ITEM% – %LINE%, %TIME% – %CASE%\n• %ITEM% – %STOP%\n• %ITEM% – %VEH%\n\n"
    "Abholung am Schalter Claragraben Mo–Fr 08:00–18:00, Gebühr CHF 10.– (bei Wertsachen 10 % vom Wert, max. CHF 50.–)",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %GEO%.", "Your location is %GEO%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 04:45 (Europe/Zurich).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%STOP%\u201d.",
    "%GEO%: light snow, 0°C, wind 18 km/h; today -2°C to 2°C, 85% chance of precipitation",
    "%GEO%: overcast, 4°C, wind 31 km/h; today 1°C to 6°C, 60% chance of precipitation",
    "%GEO%: freezing drizzle, -1°C, wind 9 km/h; today -3°C to 1°C, 70% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 04:45\n• alerts: on\n• timezone: Europe/Zurich\n• units: metric\nChange one "
    "with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    FORGET_ME,
]
WEATHER_REPLIES = ["%PLACE%: light snow, 0°C, wind 18 km/h; today -2°C to 2°C, 85% chance of precipitation",
                   "%PLACE%: fog, 2°C, wind 5 km/h; today 0°C to 4°C, 20% chance of precipitation",
                   "%PLACE%: heavy snow, -1°C, wind 24 km/h; today -4°C to 0°C, 95% chance of precipitation"]
FILES = ["Fahrplan_T14_2025_v3 (final).pdf", "stop_times_14A_Umleitung.csv", "GTFS_RTD_2024-11-18.zip",
         "Störungsprotokoll 21.11.2024.docx", "Foto_Fahrleitung_Aeschenplatz.jpg", "IMG_4471.HEIC",
         "Umleitung_Linie8_Plan.png", "Dienstplan KW47.xlsx", "Fundsachen_Liste_Nov.xlsx", "Tarifblatt_TNW_2025.pdf",
         "plan_de_déviation_ligne3.pdf", "Barrierefreiheit_Haltestellen_Audit.xlsx",
         "Schneeräumplan Depot Wiesenplatz.pdf", "Beschwerde_RCL-2024-5582.eml", "Aushang_Haltestelle_A4 (DE-FR).pdf"]
FILE_NOTES = ["", "Umleitungsplan für %LINE%", "here's the photo from %STOP% — can you remember this location?",
              "neue Version, bitte prüfen %EMOJI%", "für die Schichtübergabe", "%STOP%", "plan pour %WHEN%",
              "Fundsache %CASE%, Foto vom Schalter"]
FILE_TYPES = {"pdf": "application/pdf", "csv": "text/csv", "zip": "application/zip", "jpg": "image/jpeg",
              "heic": "image/heic", "png": "image/png", "eml": "message/rfc822",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
SEARCH_Q = ["Bürgi", "reto", "@regiotram-dreiland.ch", "U02K4HQ7T", TEAM, "Gerber-Stöckli", "yılmaz", "Krasniqi",
            "nguyen", "leitstelle", "kundendienst", "d'agostino", "von Arx", "Müller", "müller", "Şebnem", "zhang",
            "fundbuero", PARTNER_TEAM, "schnyder", "el amrani", "o briain", "marie-claire", "hans-peter.frey"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "login", "feature.set", "weather@T02RTDLEIT", "denied",
           "admin.map_slack", "login.slack", "account.totp_enable", "feature.remove_override", "gtfs-rt-publisher",
           "itcs-bridge", "2024-11-20", "failed", "user.admin", "alerts@*", "reto.buergi"]
ADMINS = ["leitstelle.admin", "reto.buergi", "it-ops", "mirjam.schnyder", "notfall-admin"]
CLIENT_DESCRIPTIONS = [
    ("gtfs-rt-publisher", "GTFS-RT publisher: reads switches & usage to tag weather alerts in the feed (read)"),
    ("itcs-bridge", "ITCS ↔ Jeeves bridge for weather-based dispatch hints – Leitstelle, 24/7"),
    ("powerbi-leitstelle", "Power BI: Pünktlichkeit vs. Wetter dashboard (read only), refresh 05:00/13:00"),
    ("salesforce-kundendienst", "Salesforce Service Cloud → Jeeves users (Kundendienst team), nightly 01:30"),
    ("fundbuero-sync", "Fundbüro-Sync: Mitarbeitende & Alarme, Mo–Sa 06:00"),
    ("ci-gitlab", "GitLab CI: smoke test after deploy (read)"),
    ("n8n:stoerungen", "n8n: Störungsmeldung → #service-alerts mit Wetter"),
    ("rtd-france.mulhouse", "RTD France (Mulhouse / Saint-Louis) – accès lecture seule"),
    ("winterdienst", "Winterdienst-Planer: setzt alert_time der Streudienst-Crew (read/write)"),
    ("data-lake", "Nightly export to the data lake (schema rtd_ops), owner: Dominik Frey"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.11.10",
    "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["de-CH,de;q=0.9,en;q=0.8", "de-CH", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,de;q=0.7,en;q=0.6",
         "fr-CH,fr;q=0.9,en;q=0.8", "en-GB,en;q=0.9,de-CH;q=0.8", "it-CH,it;q=0.9,de;q=0.8",
         "tr-TR,tr;q=0.9,de;q=0.8,en;q=0.7", "sq-AL,sq;q=0.9,de-CH;q=0.8", "uk-UA,uk;q=0.9,de;q=0.7,en;q=0.6",
         "en-US,en;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", "ar,en;q=0.8,de;q=0.6", "pt-PT,pt;q=0.9,de-CH;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/2.0",
              "Apache-HttpClient/5.3.1 (Java/17.0.12)", "okhttp/4.12.0", "n8n", "PostmanRuntime/7.42.0",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "SFDC-Callout/62.0",
              "gitlab-runner 17.5.2 (17-5-stable; go1.22.7; linux/amd64)", "axios/1.7.7", "Wget/1.21.4",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-CH) WindowsPowerShell/5.1.19041.5129"]
API_CLIENTS = ["gtfs-rt-publisher", "itcs-bridge", "powerbi-leitstelle", "salesforce-kundendienst", "fundbuero-sync",
               "ci-gitlab", "n8n:stoerungen", "winterdienst", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Zabbix", "curl/8.10.1", "check_http/v2.4.9 (monitoring-plugins 2.4.9)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.9.0", "PostmanRuntime/7.42.0", "nimbus-jose-jwt/9.41"]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/features?done=switch_updated", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/users?done=user_updated&q=b%C3%BCrgi&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=b%C3%BCrgi", "/admin/audit?q=feature.set",
              "/admin/clients", "/admin/gateway"]
PHRASE_WORDS = ["weiche", "fahrleitung", "depot", "perron", "tram", "umleitung", "kante", "schiene", "takt",
                "flexity", "wendeschleife", "stellwerk"]
PATCH_NAMES = ["Reto Bürgi (Leitstelle)", "Şebnem Yılmaz-Öztürk", "Anaïs Lefèvre – Kundendienst", "Nguyễn Thị Lan",
               "Jürg von Arx, Fahrplanung", "Blerta Krasniqi | Fundbüro", "Olena Shevchenko (Олена Шевченко)",
               "Dr. Amira Haddad", "Giulia D'Agostino", "Tenzin Dorji", "Hans-Peter Frey (Depot Dreispitz)",
               "Marie-Claire de Courten"]
UNTIL = ["2024-11-21T04:30:00Z", "2024-11-21", "2024-11-21T05:30:00+01:00", "2024-11-21T23:59:59+01:00"]
FILL_POOLS = {"%ALERT%": ALERTS, "%PLACE%": PLACES, "%GEO%": GEO, "%STOP%": STOPS, "%DEPOT%": DEPOTS,
              "%STOPID%": STOP_IDS, "%LINE%": LINES, "%TRIP%": TRIPS, "%VEH%": VEHICLES, "%TIME%": TIMES,
              "%WHEN%": WHEN, "%DELAYSEC%": DELAY_SECONDS, "%DELAY%": DELAYS, "%PLATFORM%": PLATFORMS,
              "%FARE%": FARES, "%CASE%": CASES, "%ITEM%": ITEMS, "%CUSTOMER%": CUSTOMERS, "%PHONE%": PHONES,
              "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}


class TransitOperator(EvaluatorDay):
    """RegioTram Dreiland: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Rt7dWq3ZpL9xKv2NcY6bHs4M"
    base = BASE
    ts_window = (0, 17 * 3600)
    alert_hours, alert_minutes = (4, 4, 5, 5, 5, 6, 6, 7, 13, 21), ("00", "10", "15", "30", "45", "50")
    iat_window, event_window, context_bytes, event_ascii_rate = (0, 61000), (0, 61000), 38, 0.18
    blocks_rate, thread_rate = 0.78, 0.24
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, dnt_rate = 0.0, 0.35, 0.05
    xff_rate, xff = 0.04, ("10.40.2.15", "10.40.7.201", "172.20.14.9, 10.40.0.4")
    trace_rate, request_id_rate, request_id_header = 0.22, 0.12, "X-Correlation-Id"
    script_encoding_rate, script_encodings = 0.45, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate = 0.2
    verify_uas = ["lua-resty-http/0.17.2", "python-requests/2.32.3", "curl/8.10.1", "Go-http-client/1.1"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.08
    timezones, oidc_error_rate, link_mobile_rate = TIMEZONES, 0.08, 0.6
    me_multipart_rate, me_alerts_rate = 0.12, 0.7
    me_places = [p for p in PLACES + STOPS + DEPOTS if len(p) <= 100]
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.25
    command_partner_rate = 0.08
    button_places, weather_replies = PLACES + STOPS, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator = PHRASE_WORDS, ("-", ".", " ")
    feature_teams = (TEAM, PARTNER_TEAM, "t05rtdfmul", "")
    login_referers = (None, "https://app.slack.com/", BASE + "/admin/")
    # the data API
    limits, offsets = ("50", "100", "200", "500", "20"), (0, 50, 100, 200, 400)
    filter_teams, patch_names, until_choices = (TEAM, PARTNER_TEAM), PATCH_NAMES, UNTIL
    usage_days = (1, 20)
    openapi_roll = 0.95
    # what people type, and their Slack events
    fill_pools = FILL_POOLS
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|Jira", "|hier", "|link", "|Fahrplan")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.2, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hoi ", "hey ", "cc ", "salut ")
    edit_suffixes = (" (edit: Tippfehler)", " *", " – korrigiert", "", " (sorry, falsche Haltestelle)", " bitte")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.5, 0.1
    files, file_notes, file_types = FILES, FILE_NOTES, FILE_TYPES
    file_sizes, file_editable = (12_000, 36_000_000), ("csv", "docx", "xlsx")
    unfurl_leads, unfurl_spaced = ("", "weather for this? ", "schau mal: ", "fyi ", "Jeeves, Wetter dort? "), True
    bot_replies, bot_places, bot_updated_days = BOT_REPLIES, PLACES, 61

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = re.sub(r"[^a-z-]", "", self.ascii_name(first)) or "staff"
            plain_last = re.sub(r"[^a-z]", "", self.ascii_name(last)) or "rtd"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@regiotram-dreiland.ch",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "leitstelle", "stoerungen", "fahrplan-2025", "gtfs-feed", "kundendienst", "fundbuero", "depot-wiesenplatz",
            "depot-dreispitz", "barrierefreiheit", "service-alerts", "winterdienst", "s-bahn-koordination",
            "rtd-france", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(60)]

    @staticmethod
    def ascii_name(name: str) -> str:
        """A name as the Slack handles and e-mail addresses spell it: lower case, accents dropped, ü as ue."""
        name = name.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"}))
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()

    # ---- the App Home view, link previews ---------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        """Jeeves' published Home tab as Slack sends it along with app_home_opened."""
        place = self.pick(GEO + ["not set (`remember location <place>`)"])
        lines = (f"*Location:* {place}\n*Units:* metric\n*Daily alert:* {self.pick(['on', 'off'])} at "
                 f"{self.hhmm()} ({self.pick(TIMEZONES)})")
        blocks = [{"type": "header", "block_id": self.block_id(),
                   "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                  {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": lines}},
                  {"type": "divider", "block_id": self.block_id()},
                  {"type": "section", "block_id": self.block_id(), "text": {
                      "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your "
                                                "page> (send me `login` for a sign-in link)."}}]
        root = self.sid("V0", 10)
        return {"id": root, "team_id": team, "type": "home", "blocks": blocks, "private_metadata": "",
                "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH - 3600}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": root, "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
                "bot_id": BOT_ID}

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, service, title, text = self.pick(UNFURLS)
        return link, (service, title, text)

    # ---- browsers' hints and cookies, scripts' dates and ids ---------------------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        found = re.search(r"Chrome/(\d+)", ua)
        if not found:
            return None
        major = found.group(1)
        brand = f'"Microsoft Edge";v="{major}"' if "Edg/" in ua else f'"Google Chrome";v="{major}"'
        return f'{brand}, "Chromium";v="{major}", "Not_A Brand";v="24"'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.2):
            jar.append(("rtd_consent", self.pick(["necessary", "necessary,statistics", "all"])))
        if self.chance(0.15):
            jar.append(("_pk_id.3.9c3e", f"{self.hexs(16)}.{EPOCH - self.rng.randint(86400, 9_000_000)}."))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}", f"2024-11-{day:02d}T05:00:00+01:00",
                f"2024-11-{day:02d}T04:00:00.000Z", f"2024-11-{day:02d} 04:30", f"2024-10-{day + 10:02d}T23:00:00Z"]

    def request_ids(self) -> list[str]:
        return [f"itcs-{self.rng.randint(10**7, 10**8)}", f"sf-{self.hexs(12)}",
                f"n8n-exec-{self.rng.randint(1, 99999)}"]

    def trace_state(self) -> str | None:
        return "rtd=leitstelle" if self.chance(0.3) else None


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 28), ("slack_deleted", 10), ("slack_file", 26),
    ("slack_unfurl", 24), ("slack_bot_echo", 44), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 245), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The operator's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(TransitOperator(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
