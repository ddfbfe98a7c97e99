"""Benign evaluation set (seventysixth): a ski resort's and its mountain rescue's ordinary traffic, benign only.

The company is Kaltenstein Bergbahnen, a ski resort in the Stubai Alps (Tyrol) with its ski school, rental shop,
mountain huts and piste rescue, working with the local mountain-rescue team (Bergrettung Kaltenstein, a Slack
workspace of its own). Lift operators, piste patrollers, rescuers, ski instructors, rental staff, hut kitchens,
ticket desks and the avalanche commission use Jeeves mostly to check the weather at the summit and in the valley
before opening lifts, blasting, grooming or flying, and they talk to it the way they talk to each other: lift and
slope status, avalanche danger levels (3/5, "erheblich"), snow depths in cm, GPS positions in every notation
(47°03'21"N 11°24'E, decimal, UTM), radio call signs, rescue incident logs, ski-school bookings, lift-pass SKUs
and prices, weather readings (-12 °C, 65 km/h gusts), staff rotas, rental sizes (26.5 Mondo, DIN 7.5) and hut
menus in German, English, Italian, French and Japanese; guests' and staff names in many languages and scripts.

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

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventysixth"
SEED = 76_2025_0214
EPOCH = 1739512800  # 2025-02-14 06:00 UTC (07:00 in Tyrol), a Friday in the half-term holidays, fresh snow overnight
TEAM, TEAM_DOMAIN = "T03KALTNBB", "kaltenstein-bergbahnen"
PARTNER_TEAM, PARTNER_DOMAIN = "T05BRGRTNK", "bergrettung-kaltenstein"  # the mountain-rescue team's workspace
APP_ID, BOT_USER, BOT_ID = "A05SKIJVS1", "U05JEEVESK", "B05JEEVESK"
HOST = "jeeves.kaltenstein.at"
BASE = f"https://{HOST}"

FIRST = ["Florian", "Magdalena", "Lukas", "Theresa", "Andrä", "Zoë", "Matteo", "Giulia", "Élodie", "Jean-Luc",
         "Ursina", "Reto", "Haruto", "Yūki", "Ingrid", "Ørjan", "Sigríður", "Žiga", "Mateja", "Wojciech",
         "Kateřina", "Jiří", "Wei", "Min-jun", "Álvaro", "Catalina", "Siobhán", "Liam", "Aroha", "Tāne",
         "Анастасия", "Dimitris", "Noa", "Ömer", "Fatima", "Benedikt", "Vroni", "Sepp", "Leni", "Pierre-Yves"]
LAST = ["Hofer", "Gruber", "Pfurtscheller", "Kapferer", "Schöpf", "Danler", "Mair am Tinkhof", "Obexer", "Pescosta",
        "Demetz", "Perathoner", "Dupont-Moretti", "Favre", "Bärtschi", "Caflisch", "Takahashi", "Yamamoto", "田中",
        "Haugen", "Kovačič", "Nowak", "Dvořák", "Zhang", "Kim", "Fernández", "O'Connor", "Te Rangi", "Смирнова",
        "Papadopoulos", "Ben-Ami", "Yılmaz", "van der Berg", "de Zordo", "Stern-Ölz", "Siller", "Ribis"]
TIMEZONES = ["Europe/Vienna", "Europe/Vienna", "Europe/Vienna", "Europe/Rome", "Europe/Zurich", "Europe/Berlin",
             "Europe/Paris", "Asia/Tokyo", "Europe/Oslo", "Europe/Ljubljana", "Europe/Warsaw", "Europe/Prague",
             "America/Santiago", "Pacific/Auckland", "Europe/London", "Europe/Amsterdam", "UTC", "America/Denver"]
PLACES = ["Kaltenstein", "Kaltenstein Bergstation", "Kaltenstein Talstation", "Neustift im Stubaital", "Fulpmes",
          "Stubaier Gletscher", "Mutterbergalm", "Innsbruck", "Seefeld in Tirol", "Sölden", "Obergurgl", "Ischgl",
          "St. Anton am Arlberg", "Lech", "Kühtai", "Mayrhofen", "Kitzbühel", "Zell am See", "Bad Gastein",
          "Val Gardena", "St. Ulrich in Gröden", "Wolkenstein", "Cortina d'Ampezzo", "Livigno", "Sestriere",
          "Chamonix-Mont-Blanc", "Val d'Isère", "Les Deux Alpes", "Verbier", "Zermatt", "St. Moritz", "Davos",
          "Engelberg", "Garmisch-Partenkirchen", "Oberstdorf", "Kranjska Gora", "Zakopane", "Špindlerův Mlýn",
          "Hakuba", "Niseko", "白馬村", "ニセコ", "Queenstown", "Whistler", "Portillo", "Brenner", "Brennerpass",
          "6167 Neustift", "A-6167", "47.0558, 11.4003", "47°03'21\"N 11°24'E", "47.0714,11.3311",
          "N 47° 03.350' E 011° 24.012'", "Elferhütte", "Starkenburger Hütte", "Dresdner Hütte"]
LIFTS = ["Gipfelbahn (8er-EUB)", "Sesselbahn Nordjet 6er", "Schlepplift Hexenlift", "Kinderland-Förderband",
         "Panoramabahn 10er-Gondel", "Doppelsessel Almlift (2-CLD)", "Gletscherjet 2", "T-bar Brunnkogel",
         "the Nordjet", "Gipfelbahn", "Talabfahrt-Shuttle", "Seilbahn Elfer (Pendelbahn)"]
RUNS = ["Piste 1 Talabfahrt (blau)", "Piste 7a (rot)", "Skiroute 12 (ungesichert)", "Run 4 \"Hexenkessel\" (black)",
        "piste 9 / Nordhang", "Piste 3b – Familienabfahrt", "Run #14 Gletscherboden", "the red 7a",
        "Skiroute 15 Wilde Grube", "Funpark Kaltenstein (S-line)", "Rodelbahn Almweg", "Piste 2 Panorama (blau)",
        "pista 7a (rossa)", "piste noire 12"]
DANGER = ["3/5 (erheblich)", "Stufe 3 – erheblich", "3 (considerable) above 2,200 m, 2 below", "4/5 (groß)",
          "danger level 4 above 2200 m", "2 – mäßig", "pericolo 3 - marcato", "risque 3/5 (marqué)",
          "雪崩危険度3（かなり）", "LWS 3, Triebschnee N–O–SO über 2.300 m", "3↑ (steigend im Tagesverlauf)",
          "level 3, persistent weak layer near the ground (Altschneeproblem)", "Warnstufe 3 / Gefahrenstelle N+NO"]
SNOW = ["Tal 45 cm / Berg 185 cm", "Neuschnee 35 cm in 24 h", "snowpack 210 cm at 2,450 m", "HS 142 cm, HN24 28 cm",
        "Schneehöhe Gipfel: 2,10 m", "valley 38 cm, summit 196 cm, fresh 22 cm", "HN72 61 cm",
        "60–80 cm Triebschnee in Rinnen", "new snow 15–20 cm, more above 2000 m", "Schnee bis ins Tal (≈ 850 m)",
        "新雪 30cm", "neve fresca 25 cm", "Schneegrenze 1.100 m"]
GPS = ["47°03'21\"N 11°24'E", "47.0558, 11.4003", "N 47° 03.350' E 011° 24.012'", "47.05583°N, 11.40012°E",
       "32T 680245 5213872", "47°02′48″N 11°21′55″E", "47.0412,11.3647", "N47.04667 E11.36528",
       "47° 2' 28.1\" N, 11° 21' 53.0\" E", "UTM 32T 0679810 5211932", "///tanne.schirm.hütte", "46.9856, 11.3121"]
CALLS = ["Pistenrettung 3", "Kalten 12", "Christophorus 1", "Leitstelle Tirol", "Bergrettung Neustift 1",
         "RK Neustift RTW 2/14", "Gipfelbahn Bergstation", "Bully 5", "Bully 7", "Florian Neustift", "Martin 4",
         "Heli C1", "PR 1 (Piste Nord)", "Kalten Lawine 1", "BR Kaltenstein Einsatzleiter"]
PASSES = ["LP-1D-ADU-HS", "LP-6D-ADU-HS", "LP-6D-YTH-HS", "LP-1D-CHD-HS", "LP-HALFDAY-PM-ADU", "LP-SZN-ADU-2425",
          "SSP-KALT-ADU-1D", "KEYCARD-DEP", "LP-3IN6-SEN-HS", "SKS-GRP-5D-KIDS", "RENT-PKG-PREM-6D",
          "SSTB-6D-FAM-2A2K"]
PRICES = ["€ 68,50", "€ 362,00", "€ 5,00 Pfand", "CHF 89.–", "¥7,800", "€ 1.240,– (Familie, 6 Tage)", "69,50 EUR",
          "€ 34,25 (Kind)", "€ 59,– Halbtag ab 12:00", "EUR 420.00", "€ 14,90", "12.500 Kč", "zł 349,00", "$149 USD",
          "€ 3.200 netto"]
WX = ["Bergstation 2.450 m: %TEMP% °C, Wind NW %WIND% km/h, Böen %GUST% km/h, Sicht 200 m",
      "summit %TEMP% °C, gusts %GUST% km/h, windchill about -28 °C", "Tal: -4,5 °C, leichter Schneefall, windstill",
      "Gipfel %TEMP% °C / Mittelstation -9 °C / Tal -3 °C", "%TEMP%°C, Böen bis %GUST% km/h aus West",
      "-12 °C and 65 km/h gusts at the top station", "Föhn: +2 °C at 2,000 m, gusts %GUST% km/h from the south",
      "cielo sereno, %TEMP% °C, vento 20 km/h", "nebbia in quota, -7 °C",
      "brouillard, %TEMP% °C, rafales à %GUST% km/h",
      "山頂 %TEMP%℃、風速 18 m/s", "inversion: -14 °C in the valley, -6 °C at 2,000 m"]
GEAR = ["boots 26.5 Mondo, DIN 7.5", "Skischuh 27,5 (315 mm BSL), Z-Wert 8", "ski 163 cm, DIN 6.0", "snowboard 154W, "
        "boots US 10", "Helm M (55–58 cm)", "kids' boots 21.5 MP, skis 120 cm, DIN 3.5", "Mondo 24.0 / EU 38",
        "touring set: 170 cm + skins, Pieps DSP, Sonde 240 cm, Schaufel", "DIN 9.5 (Typ III, 82 kg, 188 cm)",
        "Ski 149 cm Carver, DIN 5,5", "26.5/27.0 Mondo (left foot bigger)", "poles 120 cm"]
DISHES = ["Kaiserschmarrn mit Zwetschkenröster € 14,90", "Tiroler Gröstl mit Spiegelei € 15,50",
          "Kaspressknödelsuppe € 7,90", "Käsespätzle € 16,50 (A, C, G)", "Germknödel mit Vanillesauce € 12,50",
          "Frittatensuppe", "Jagatee 0,25 l € 6,50", "polenta con funghi € 15,00", "canederli al burro",
          "Tartiflette 18 €", "vin chaud 6 €", "カツカレー ¥1,800", "天ぷらうどん ¥1,500",
          "Apfelstrudel (vegan) € 6,90",
          "Wiener Schnitzel vom Kalb € 24,90", "Bosna € 6,50", "hot chocolate w/ cream 5,20"]
GUESTS = ["Familie van den Berg (NL)", "Mr & Mrs O'Connor", "田中様 (4名)", "Familie Kowalski", "Herr Dr. Weißenbacher",
          "Sig.ra Bianchi", "M. et Mme Lefèvre", "Mr Al-Mansouri", "김민수 님", "семья Ивановых", "Ms Te Rangi",
          "group \"Uni Wien Skikurs\" (24 pax)", "Bäckerei Schöpf Betriebsausflug", "the Nakamura twins",
          "Hr. & Fr. Zürcher-Bühler", "Dvořákovi (CZ)", "Ms. D'Angelo", "Jansen/de Vries (2 adults, 3 kids)"]
WHEN = ["heute 09:30", "tomorrow 8:45", "Sa 15.02. ab 10 Uhr", "Mon–Fri 09:30–11:30", "2025-02-15T09:00+01:00",
        "um 13h", "this afternoon", "nach Betriebsschluss (16:30)", "sabato alle 9", "demain 9h30", "明日 9:30",
        "14/02 10:00", "nächste Woche KW 8", "at first lift (08:15)", "zwischen 12 und 13 Uhr"]
PHONES = ["+43 5226 2345-0", "+43 664 123 45 67", "140", "112", "+39 0471 79 51 22", "+41 81 838 12 34",
          "+81 3-5555-0123", "0664/8812345", "+43 (0)5226 2345 17", "+420 602 123 456"]
EMOJI = [":snowflake:", ":skier:", ":mountain:", ":ambulance:", ":helicopter:", ":warning:", ":cold_face:",
         ":sunny:", ":fog:", ":snowman:", "❄️", "⛷️", "🏔️", "🚁", "🚑", "⚠️", "🥶", "🌨️", "🎿", "🏂", "☕", "🍲",
         "👍", "🙏", "✅", "🇦🇹", "🇮🇹", "🇯🇵", ":+1:", ":white_check_mark:"]
BRANCHES = ["Talstation Kaltenstein, Kaltensteinweg 1, 6167 Neustift im Stubaital",
            "Skischule Kaltenstein, Treffpunkt Kinderland", "Verleih Talstation (Intersport Rent Kaltenstein)",
            "Gipfelhütte 2.450 m", "Mittelstation Almboden", "Bergrettung Ortsstelle Neustift, Dorf 12"]

COMMANDS = [
    "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather %PLACE% %EMOJI%",
    "weather %PLACE% this afternoon", "weather", "wetter %PLACE%", "wether %PLACE%", "weather %PLACE%?",
    "Weather at %PLACE% now", "weather near %PLACE% this weekend", "weather for the Gipfelhütte", "weather Kaltenstein",
    "remember location %PLACE%", "remember location %BRANCH%", "remember location Kaltenstein Bergstation 2.450 m",
    "remember location %GPS%", "my location", "forget location", "help", "config", "config timezone %TZ%",
    "config tz %TZ%", "config alert_time %HHMM%", "config units metric", "config units imperial", "alerts on",
    "alerts off", "alerts", "login", "forget me", "hilfe", "hi Jeeves 👋", "danke!", "what can you do?",
    "weather %PLACE% — need it before the 8:15 opening", "is it going to snow in %PLACE% tomorrow?",
    "config alert_time 6.15", "config timezone Wien", "weather Stubaier Gletscher :snowflake:",
]
CHAT = [
    "%LIFT%: wind hold since %HHMM%, gusts %GUST% km/h at the top %EMOJI%",
    "%LIFT% wieder offen ✅ (Windstopp aufgehoben)", "%RUN% gesperrt wegen Lawinensprengung bis ca. 11:00",
    "%RUN% closed — bare patches after the Föhn, please put up the nets",
    "Lawinenwarnstufe heute %DANGER%. Skirouten 12 + 15 bleiben zu.",
    "LWK-Sitzung %WHEN% im Kommandoraum, Thema: %DANGER%",
    "Schneebericht: %SNOW%. Pistenzustand griffig, oben pulvrig.",
    "%WX%", "Wetter Bergstation um %HHMM%: %WX%",
    "%WHO% Einsatz %INC% — Position %GPS%, bitte Akja zur %LIFT%",
    "%CALL% an %CALL%: Patient übergeben, Einsatz %INC% abgeschlossen",
    "Heli angefordert (%CALL%), Landeplatz Mittelstation, %GPS%",
    "Booking for %GUEST%: private lesson 2h %WHEN%, meeting point Kinderland. Instructor: %WHO%",
    "Skikurs-Anmeldung %GUEST%: 5 Tage Gruppenkurs Kinder, %PRICE% bezahlt",
    "ticket desk: %PASS% × 2 for %GUEST% = %PRICE%, paid by card", "Keycard Pfand € 5 wird bei Rückgabe erstattet",
    "price list check: %PASS% is %PRICE% in the shop but the kiosk shows something else??",
    "Rental for %GUEST%: %GEAR% / %GEAR% / %GEAR%", "%WHO% can you re-set the bindings for %GUEST%? %GEAR%",
    "Tagesmenü Gipfelhütte: %DISH% · %DISH% · %DISH%", "Hüttenmenü heute: %DISH%, %DISH% — dazu %DISH%",
    "Menu du jour : %DISH%, %DISH%", "本日のおすすめ：%DISH%", "menù del giorno: %DISH%, %DISH%",
    "Dienstplan: %WHO% Frühdienst 07:00–15:30, %WHO% Spätdienst 10:00–17:00", "wer kann morgen den Nachtdienst "
    "Pistenbully (22:00–06:00) übernehmen? %WHO% ist krank 🤒", "Schichttausch Sa/So mit %WHO% ok?",
    "Pistenbully: Piste 1 + 7a präpariert, Nordhang nur Windenbully (Bully 5)", "on my way to %PLACE%",
    "Sturz an der Kreuzung Piste 3b/7a, Kind, 8 J., Handgelenk — Eltern %PHONE%", "Lift-Stau an der %LIFT%: ~25 min",
    "Parkplatz P2 voll, bitte Shuttle ab Dorf (alle 15 min)",
    "Schneekanonen Sektor B laufen seit 02:00 (-9 °C, 65% rF)",
    "Wie ist die Sicht oben? Unten hängt Nebel :fog:", "wind at the top is %GUST% km/h — we're stopping the 8er",
    "Lost & found: rote Skijacke (Gr. 140), blauer Helm, 1 Handschuh — an der Kassa", "ok", "👍", "danke!",
    "sorry falscher Chat", "Wer hat die Funkgeräte 7 und 9? Akku leer 🔋", "LVS-Check am Eingang Skiroute 12: 🟢",
    "Pieps-Checkpoint an der Bergstation zeigt Fehler, bitte ansehen", "Kassa 3 druckt keine Belege",
    "ETA Heli 8 min, Wind an der Landestelle 20 km/h", "Ersatzteil für den Hexenlift kommt Montag (Doppelmayr)",
    "%WHO% kannst du die Absperrung am %RUN% kontrollieren?", "queue at the rental: 40 people, need a 2nd fitter",
    "Sprengung 07:45 Lawinenstrich Nord, Pisten 9 und 12 bis Freigabe gesperrt 💥",
    "Hütte braucht 20 kg Mehl + 10 l Milch mit dem Materialtransport um %HHMM%",
    "Temperatur am Speicherteich: %TEMP% °C, Wasserstand 78 %", "Skitourengeher auf Piste 7a nach 17:00 gemeldet",
    "Grüß Gott! Gibt's heute noch Plätze im Anfängerkurs? %GUEST% fragt", "Ciao! Domani corso di sci alle 9:30?",
    "Bonjour, les enfants de %GUEST% ont le cours à %HHMM% ?",
    "明日のレッスンは9時半からです。集合場所はキッズランド。",
    "Dzień dobry, czy wypożyczalnia ma kaski dla dzieci?", "안녕하세요, 스키 강습 예약 확인 부탁드립니다.",
    "Добрый день! Подъёмник %LIFT% работает?", "Hej! Er %RUN% åpen i dag?", "Dobrý den, kolik stojí %PASS%?",
    "Einsatzbericht hochgeladen, siehe %LINK%", "neuer Lawinenlagebericht: %LINK%",
    "webcam Bergstation: %LINK% (Sicht fast null)", "bitte hier eintragen: %LINK%",
]
LONG_MESSAGES = [
    "*Einsatz %INC%* 🚑\nZeit: %HHMM% Alarmierung durch Liftpersonal %LIFT%\nOrt: %RUN%, ca. 2.180 m, %GPS%\n"
    "Patient: m, ~40 J., Verdacht Unterschenkelfraktur li.\nMaßnahmen: Vakuumschiene, Akja-Abtransport zur "
    "Talstation\nÜbergabe 11:20 an RK Neustift (RTW 2/14)\nBeteiligt: %CALL%, %CALL%",
    "Funkprotokoll %INC%\n10:42 Leitstelle → Pistenrettung 3: Einsatz %RUN%, Sturz, Knie\n10:44 PR3: verstanden, "
    "fahre ab Bergstation\n10:51 PR3: am Einsatzort, Patient ansprechbar, GCS 15\n11:05 PR3: Abtransport Akja\n"
    "11:20 Übergabe RTW, Einsatz Ende",
    "Lawinenlagebericht %WHEN%\nGefahrenstufe: %DANGER%\nProblem: Triebschnee, Altschnee\nExpositionen: N, NO, O "
    "über 2.200 m\nSchnee: %SNOW%\nWetter: %WX%\n→ Skirouten 12 & 15 geschlossen, Sprengung geplant 07:45",
    "Dienstplan KW 07 — Pistenrettung\nMo 10.02. Früh (07:00–15:30): %WHO%, %WHO%\nDi 11.02. Spät (10:00–17:00): "
    "%WHO%\nMi 12.02. Früh: %WHO% + Praktikant\nDo/Fr: wie Vorwoche\nNachtdienst Pistenbully 22:00–06:00: Bully 5 & 7",
    "Skischule — Buchung %BOOK%\nGast: %GUEST%\nKurs: Privat 2 h, 2 Kinder (6 & 8 J.), Anfänger\nZeit: %WHEN%\n"
    "Treffpunkt: Kinderland (Förderband)\nLehrer:in: %WHO%\nPreis: %PRICE% (bezahlt, Visa ••4411)",
    "Rental sheet for %GUEST%\n```\nname      boot(Mondo)  DIN   ski(cm)  helmet\n"
    "Haruto    26.5         7.5   163      M\n"
    "Sakura    23.5         4.5   140      S\nYui       21.5         3.5   120      XS\n```\nall paid, return by 16:30",
    "Gipfelhütte — Speisekarte / Menu / Menù 🍲\n• %DISH%\n• %DISH%\n• %DISH%\nEN: Tyrolean hash with fried egg, "
    "cheese dumplings, shredded pancake\nIT: gröstl tirolese, canederli, Kaiserschmarrn\n(Allergene A, C, G, L)",
    "Weather summary for the 07:00 briefing:\n- Bergstation %TEMP% °C, gusts %GUST% km/h\n- %SNOW%\n- avalanche "
    "%DANGER%\n- visibility poor above 2,000 m until ~10:00\n=> Gipfelbahn opens late, Nordjet on standby",
    "Hi all,\n\nreminder for Saturday (peak day, half-term NL/DE):\n1) all lifts staffed from 07:45\n2) extra "
    "cashier at Kassa 2\n3) rental: pre-fitted sets for %GUEST%\n4) rescue: 2 teams on the mountain, 1 at the base\n\n"
    "Danke & Berg Heil ⛷️",
    "Übergabe Nachtdienst → Frühdienst:\n- Schneekanonen Sektor A aus, B läuft (-8 °C)\n- Bully 7 Hydraulik "
    "undicht, Werkstatt informiert\n- %RUN%: Windgangeln, vorsichtig präpariert\n- Wind oben %GUST% km/h um 05:30",
]
LINKS = [
    "https://lawinen.report/bulletin/2025-02-14?region=AT-07-04",
    "https://lawinen.report/bulletin/latest",
    "https://www.slf.ch/de/lawinenbulletin-und-schneesituation/",
    "https://www.meteoblue.com/en/weather/week/neustift-im-stubaital_austria_2766371",
    "https://www.google.com/maps/place/47%C2%B003'21.0%22N+11%C2%B024'00.0%22E/@47.0558,11.4,14z",
    "https://www.google.com/maps/@47.0412,11.3647,3a,75y,90t/data=!3m6!1e1",
    "https://www.bergfex.at/kaltenstein/schneebericht/",
    "https://www.kaltenstein.at/de/live/lifte-und-pisten",
    "https://shop.kaltenstein.at/de/tickets/skipass?sku=LP-6D-ADU-HS&date=2025-02-15&persons=2",
    "https://shop.kaltenstein.at/en/rental/checkout?package=RENT-PKG-PREM-6D&size=26.5",
    "https://booking.skischule-kaltenstein.at/kurs/8421?lang=en&start=2025-02-17",
    "https://rota.kaltenstein.at/shifts?week=2025-W07&team=pistenrettung",
    "https://webcam.kaltenstein.at/bergstation/latest.jpg",
    "https://www.windy.com/47.056/11.400?gust,47.000,11.400,11",
    "https://www.geosphere.at/de/wetter/prognose/tirol",
    "https://kaltenstein.sharepoint.com/sites/Bergrettung/Shared%20Documents/Einsatzberichte/2025/INC-2025-0142.pdf",
    "https://docs.google.com/spreadsheets/d/1kL7pX_2vQz9TtYy0aBcDeFgHiJ/edit#gid=0",
    "https://www.feratel.com/webcams/oesterreich/tirol/kaltenstein.html",
    "https://avalanche.report/bulletin/2025-02-14?region=AT-07-04&lang=en",
    "https://www.caaml.org/Schemas/V6.0/",
]
UNFURLS = [
    ("Avalanche.report", "Lawinenvorhersage Tirol – Freitag, 14.02.2025",
     "Gefahrenstufe 3 oberhalb 2.200 m. Triebschnee ist das Hauptproblem."),
    ("meteoblue", "Wetter Neustift im Stubaital – 7-Tage", "−12 °C bis −3 °C, Neuschnee 15–25 cm, Wind NW 45 km/h"),
    ("bergfex", "Schneebericht Kaltenstein", "Berg 185 cm · Tal 45 cm · Neuschnee 35 cm · 21/23 Lifte offen"),
    ("Kaltenstein Bergbahnen", "Lifte & Pisten live", None),
    ("Google Maps", "47°03'21.0\"N 11°24'00.0\"E", "Stubai Alps, Tyrol"),
    ("SharePoint", "INC-2025-0142.pdf", None),
    ("Windy.com", "Wind gusts – Neustift", "Gusts up to 70 km/h at 2,500 m tonight"),
]
UNFURL_LEADS = ["", "siehe ", "fyi ", "wetter dazu? ", "weather for this? ", "👉 "]
FILES = ["Lawinenlagebericht_2025-02-14.pdf", "Einsatzprotokoll_INC-2025-0142.pdf",
         "Dienstplan_KW07_Pistenrettung.xlsx",
         "IMG_4471.HEIC", "Hüttenkarte Winter 24-25 (DE-EN-IT).pdf", "Pistenplan_Kaltenstein_2024-25.jpg",
         "track_rescue_0142.gpx", "Rental_sizes_Tanaka_group.csv", "Skischule_Buchungen_KW07.xlsx",
         "Schneeprofil_Nordhang_2450m.png", "Funkprotokoll 14.02.docx", "VID_20250214_074512.mp4",
         "Preisliste_Skipass_2024-25_final (2).pdf", "Speisekarte_Gipfelhütte_JP.pdf"]
FILE_NOTES = ["", "Einsatzbericht %INC%", "Schneeprofil von heute früh, %SNOW%", "Dienstplan neu 🙏",
              "position of the accident: %GPS%", "menu for the hut, please print 20x",
              "can you remember this location?",
              "sizes for %GUEST%", "Sprengung 07:45 📹", "%LIFT% – Foto vom Seil"]
FILE_TYPES = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "heic": "image/heic", "jpg": "image/jpeg", "gpx": "application/gpx+xml", "csv": "text/csv",
              "png": "image/png", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "mp4": "video/mp4"}
WEATHER_REPLIES = [
    "%PLACE%: snow, -12°C, wind 48 km/h; today -15°C to -9°C, 90% chance of precipitation",
    "%PLACE%: clear sky, -6°C, wind 12 km/h; today -11°C to -2°C, 0% chance of precipitation",
    "%PLACE%: fog, -3°C, wind 5 km/h; today -5°C to 1°C, 20% chance of precipitation",
    "%PLACE%: heavy snow, -9°C, wind 65 km/h; today -13°C to -8°C, 100% chance of precipitation",
]
BOT_REPLIES = [
    HELP_REPLY, FORGET_ME, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.",
    "Done, I forgot your location.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 06:15 (Europe/Vienna).",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "Kaltenstein Bergstation, Austria: snow, -12°C, wind 48 km/h; today -15°C to -9°C, 90% chance of precipitation",
    "Neustift im Stubaital, Austria: light snow, -4°C, wind 9 km/h; today -7°C to -1°C, 70% chance of precipitation",
    "Hakuba, Japan: snow, -8°C, wind 22 km/h; today -10°C to -4°C, 80% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:15\n• alerts: on\n• timezone: Europe/Vienna\n• units: metric",
]
SEARCH_Q = ["Hofer", "müller", "@kaltenstein.at", "pistenrettung", "Tanaka", "田中", "Ørjan", "skischule",
            "Pfurtscheller", "o'connor", "de zordo", "T05BRGRTNK", "U05", "mair am tinkhof", "Kovačič", "verleih",
            "yamamoto", "bergrettung", "Смирнова", "sepp", "huette", "bärtschi"]
AUDIT_Q = ["login", "login.slack", "client.create", "client.rotate", "feature.set", "feature.remove_override",
           "admin.map_slack", "admin.unmap_slack", "account.totp_enable", "user.forget_me", "skidata-sync",
           "rescue-dispatch", "2025-02-13", "failed", "f.hofer", "logout"]
ADMINS = ["admin", "it.kaltenstein", "f.hofer", "breakglass", "leitstelle-admin", "m.pescosta"]
CLIENT_DESCRIPTIONS = [
    ("skidata-sync", "SKIDATA Zutritt ↔ Jeeves: Skipass-Validierungen pro Stunde, nur lesen"),
    ("lawinen-bulletin", "Avalanche bulletin importer (EAWS CAAMLv6), every 30 min 06:00–18:00"),
    ("ski-school-booking", "Skischul-Buchungssystem → Slack-Erinnerungen für Lehrer:innen"),
    ("rental.intersport", "Verleih (Intersport Rent) — Größen & DIN-Werte, read only"),
    ("pistenbully-snowsat", "SNOWsat fleet data: night grooming, Bully 5 & 7"),
    ("grafana-ops", "Grafana: Wartezeiten Lifte & Wetter-Alerts (owner: IT Kaltenstein)"),
    ("rescue-dispatch", "Leitstelle/Bergrettung: Einsatzprotokoll-Export, read + write"),
    ("hut-pos:gipfelhuette", "Kassensystem Gipfelhütte – Tagesmenü an #huetten-gastro"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("webcam-feratel", "feratel webcams & Schneebericht push, 2x täglich"),
]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/features?done=switch_updated", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/users?done=user_updated&q=hofer&page=1",
               "/admin/audit?page=3"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/gateway", "/admin/users?q=pistenrettung", "/admin/audit?q=login"]
PHRASE_WORDS = ["gondel", "lawine", "pulver", "gipfel", "bully", "akja", "firn", "speicher", "almboden", "kanone"]
PATCH_NAMES = ["Florian Hofer (Pistenrettung)", "Magdalena Pfurtscheller-Danler", "Jean-Luc Favre — École de ski",
               "Yūki Takahashi 高橋", "Ørjan Haugen", "Žiga Kovačič", "Sepp Mair am Tinkhof (Bully 5)",
               "Giulia de Zordo / Gröden", "Aroha Te Rangi, Ski School NZ", "Theresa Schöpf – Kassa 2",
               "Анастасия Смирнова"]
API_CLIENTS = ["skidata-sync", "lawinen-bulletin", "ski-school-booking", "rental.intersport", "grafana-ops",
               "rescue-dispatch", "pistenbully-snowsat", "jeeves-worker"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.11.1", "curl/7.88.1", "Go-http-client/2.0",
              "Grafana/11.4.0", "okhttp/4.12.0", "PostmanRuntime/7.43.0", "axios/1.7.9", "node-fetch/3.3.2",
              "Apache-HttpClient/5.4.1 (Java/21.0.5)", "SKIDATA-dta-connector/4.2.1", "n8n",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-AT) WindowsPowerShell/5.1.26100.2161"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
    "Safari/537.36 Edg/132.0.2957.140",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.163 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/25.02.10",
    "Mozilla/5.0 (Linux; Android 13; CAT S75) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.200 "
    "Mobile Safari/537.36",
]
LANGS = ["de-AT,de;q=0.9,en;q=0.8", "de-AT,de;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
         "it-IT,it;q=0.9,de;q=0.8,en;q=0.7", "fr-CH,fr;q=0.9,de;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en-US;q=0.8",
         "en-GB,en;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en;q=0.8", "cs-CZ,cs;q=0.9,de;q=0.8",
         "sl-SI,sl;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en;q=0.8", "en-NZ,en;q=0.9", "es-CL,es;q=0.9,en;q=0.8",
         "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7", "ru-RU,ru;q=0.9,en;q=0.8", "de-CH", "en-US,en;q=0.9"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.16",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "Zabbix",
              "check_http/v2.4.6 (monitoring-plugins 2.4.6)", "curl/8.11.1"]
META_UAS = ["PyJWT/2.10.1", "jwks-rsa/3.1.0", "Go-http-client/1.1", "lua-resty-http/0.17.2", "Authlib/1.4.0",
            "openapi-generator/7.10.0", "python-httpx/0.28.1", "Grafana/11.4.0", "okhttp/4.12.0"]
UNTIL = ["2025-02-14T06:00:00Z", "2025-02-14", "2025-02-14T07:00:00+01:00", "2025-02-14T23:59:59+01:00"]


def plain(text: str) -> str:
    """A name as a login or e-mail address writes it: accents dropped, lower case, letters and digits only."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in folded if c.isalnum())


class Resort(EvaluatorDay):
    """Kaltenstein Bergbahnen and its mountain rescue: its people and one seeded random source."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Kt8sWq3ZpB6nVy2LhR9dXe4M"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 16, 18), ("00", "15", "30", "45", "10")
    iat_window = (0, 36000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 36000), 42, 0.18, 36
    blocks_rate, thread_rate = 0.78, 0.24
    partner_team, partner_domain, dm_partner_rate = PARTNER_TEAM, PARTNER_DOMAIN, 0.12
    ext_shared_rate = 0.05
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.2, 0.05, 0.4
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, readyz_rate = HEALTH_UAS, 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.1
    # /jeeves and the buttons
    dm_choices, command_partner_rate, command_quote_rate = 12, 0.15, 0.25
    button_places, weather_replies = PLACES, WEATHER_REPLIES
    click_partner_rate = 0.1
    # /me/ and signing in
    timezones, me_places = TIMEZONES, PLACES + BRANCHES
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator = PHRASE_WORDS, ("-", ".", " ")
    feature_teams = (TEAM, PARTNER_TEAM, "")
    audit_page = (2, 6)
    # the data API
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names, until_choices = (TEAM, PARTNER_TEAM), PATCH_NAMES, UNTIL
    usage_days = (1, 13)
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|Lawinenbericht", "|link", "|Webcam", "|hier")
    long_rate, emoji_rate, link_rate, link_once = 0.12, 0.25, 0.06, True
    dm_command_rate, mention_command_rate, edit_command_rate = 0.66, 0.5, 0.45
    mention_leads = ("", "hey ", "servus ", "cc ", "bitte ")
    edit_suffixes = (" (edit: Tippfehler)", " *", " — korrigiert: Piste 7a, nicht 7b", "", " (edit)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.1
    files, file_notes, file_types, file_editable = FILES, FILE_NOTES, FILE_TYPES, ("xlsx", "docx", "csv")
    unfurl_leads, unfurls = UNFURL_LEADS, UNFURLS
    bot_replies, bot_updated_days = BOT_REPLIES, 31
    fill_pools = {"%GUEST%": GUESTS, "%PLACE%": PLACES, "%LIFT%": LIFTS, "%RUN%": RUNS, "%DANGER%": DANGER,
                  "%SNOW%": SNOW, "%GPS%": GPS, "%CALL%": CALLS, "%PASS%": PASSES, "%PRICE%": PRICES, "%WX%": WX,
                  "%GEAR%": GEAR, "%DISH%": DISHES, "%WHEN%": WHEN, "%PHONE%": PHONES, "%TZ%": TIMEZONES,
                  "%BRANCH%": BRANCHES, "%EMOJI%": EMOJI}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            login = f"{plain(first) or 'staff'}.{plain(last) or 'k'}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": login + (str(i) if i % 11 == 0 else ""), "email": f"{login}@kaltenstein.at",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "pistenrettung", "bergrettung-einsatz", "lifte-betrieb", "skischule", "verleih-rental", "huetten-gastro",
            "lawinenkommission", "kassen-tickets", "marketing", "general", "random", "dienstplan", "pistenbully-nacht",
            "ecole-ski-fr", "beschneiung")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- its texts ------------------------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        """Incident numbers and the readings of the day, after the pools."""
        return {"%HHMM%": self.hhmm, "%INC%": lambda: f"INC-2025-{self.rng.randint(100, 260):04d}",
                "%BOOK%": lambda: f"SS-2502-{self.rng.randint(1, 999):04d}",
                "%TEMP%": lambda: str(-self.rng.randint(3, 19)),
                "%WIND%": lambda: str(self.rng.randint(15, 55)), "%GUST%": lambda: str(self.rng.randint(45, 95))}

    def home_view(self, team: str) -> dict[str, Any]:
        where = self.pick(["Kaltenstein Bergstation, Austria", "Neustift im Stubaital, Austria",
                           "not set (`remember location <place>`)", "Fulpmes, Austria"])
        return {"id": self.sid("V0", 10), "team_id": team, "type": "home", "blocks": [
            {"type": "header", "block_id": self.block_id(),
             "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.block_id(),
             "text": {"type": "mrkdwn", "text": f"*Location:* {where}\n*Units:* metric\n*Daily alert:* on at "
                                                f"{self.hhmm()} (Europe/Vienna)", "verbatim": False}},
            {"type": "divider", "block_id": self.block_id()},
            {"type": "section", "block_id": self.block_id(),
             "text": {"type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your "
                                                "page> (send me `login` for a sign-in link).", "verbatim": False}}],
            "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": self.sid("V0", 10), "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
            "bot_id": BOT_ID}

    # ---- its browsers and scripts ---------------------------------------------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome/" not in ua:
            return None
        version = ua.split("Chrome/", 1)[1].split(".", 1)[0]
        brand = f'"Microsoft Edge";v="{version}"' if "Edg/" in ua else f'"Google Chrome";v="{version}"'
        return f'"Not A(Brand";v="8", "Chromium";v="{version}", {brand}'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(24) + "%27%2Cnecessary:true%2Cpreferences:true"
                                         "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1}"))
        if self.chance(0.1):
            jar.append(("lang", self.pick(["de", "en", "it", "ja"])))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2025-02-{day:02d}T00:00:00Z", f"2025-02-{day:02d}", f"2025-02-{day:02d}T07:00:00+01:00",
                f"2025-01-{day + 17:02d}T23:00:00.000Z", f"2025-02-{day:02d} 06:00"]

    def request_ids(self) -> list[str]:
        return [f"grafana-{self.hexs(12)}", f"skd-{self.rng.randint(10**7, 10**8)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 32), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 22), ("health", 28),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The resort's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Resort(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
