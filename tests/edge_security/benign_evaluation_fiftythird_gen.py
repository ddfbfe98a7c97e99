"""Benign evaluation set (fiftythird): a video-game studio's ordinary traffic through the edge, benign only.

The company is Lanternfall Studios, a game developer with studios in Montréal, Kraków, Helsinki, Austin, Osaka and
São Paulo. It ships Driftwood Isles (survival crafting, Lua mods, PC and consoles), Ashgrid (a competitive shooter on
dedicated servers) and Pocket Paladins (a mobile RPG with an in-app store). Its gameplay and engine programmers, QA
testers, build engineers, artists, producers, live-ops and community managers use Jeeves to check the weather before
playtests, mocap shoots, trade shows (Gamescom, PAX West, TGS) and commutes, and they write to it and around it the
way they write to each other: patch notes, build numbers and changelists, console commands (/give @p diamond 64,
sv_cheats 1), shader, Lua and C# snippets, crash logs with stack traces and memory addresses, bug tickets, player
names with symbols and clan tags ([xX]Sn1per), store SKUs and prices in many currencies, in English, French, Polish,
Finnish, Japanese and Portuguese, with emoji, abbreviations and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel), the data
API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel's pages and forms with their
csrf_token, `/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token)
and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Events API envelope, Slack requests (slack_request, slack_form_request), trigger_id and response_url, a
weather reply's blocks and a shared file's URLs come from evaluator_routes (SlackApp, file_urls, HELP_REPLY,
ACTIONS), its GETs and form POSTs, the one-time link's preview, TokenDealer's grant and Basic credentials and
/verify_token from evaluator_web.WebApp; its people, texts, rich text, browsers and tokens are its own.
"""

from __future__ import annotations

import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import ACTIONS, HELP_REPLY, file_urls
from .evaluator_web import WebApp
from .records import b64url, b64url_json, no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftythird"
SEED = 53_2024_0820
EPOCH = 1724158800  # 2024-08-20 13:00 UTC (09:00 in Montréal): the day before Gamescom opens in Köln
TEAM, TEAM_DOMAIN = "T03LNFALL7", "lanternfall"
PARTNER_TEAM, PARTNER_DOMAIN = "T05KTSNB2X", "kitsunebi-works"  # the Osaka co-development partner's workspace
APP_ID, BOT_USER, BOT_ID = "A07JVS53LF", "U07JEEVES3", "B07JEEVES3"
VERIFY_TOKEN = "Lf4qW9xZ2mPr7TnB1cVk8HsJ"
HOST = "jeeves.lanternfall.games"
BASE = f"https://{HOST}"

# ---- the people ------------------------------------------------------------------------------------------------
FIRST = ["Mathilde", "Étienne", "Geneviève", "Jean-François", "Marie-Ève", "Łukasz", "Małgorzata", "Wojciech",
         "Zofia", "Aino", "Väinö", "Eetu", "Siiri", "Haruto", "Yui", "Ren", "Sakura", "João", "Luíza", "Thiago",
         "Conceição", "Aisha", "Dmitri", "Olamide", "Priya", "Carlos", "Hyun-woo", "Thảo", "Björn", "Noémie",
         "Kenji", "Mei", "Tomás", "Ingrid", "Zoë", "Raphaël", "Jędrzej", "Ilkka", "Daiki", "Gabriela"]
LAST = ["Gagnon", "Tremblay", "Bouchard-Lévesque", "Côté", "O'Brien", "Wiśniewski", "Kowalczyk", "Wójcik", "Mäkelä",
        "Virtanen", "Korhonen", "Nieminen", "Tanaka", "Yamamoto", "Nakagawa", "da Silva", "Guimarães",
        "Ferreira dos Santos", "Okafor", "Al-Amin", "Nguyen", "Petrov", "MacLeod", "Nakamura-Hill", "Desrosiers",
        "St-Pierre", "Kaczmarek-Lee", "D'Amours", "Järvinen", "佐藤", "Ó Súilleabháin", "van der Berg"]
EMAIL_DOMAIN = "lanternfall.games"
OFFICES = [("Montréal", "5505 Boul. Saint-Laurent, Montréal, QC H2T 1S6"), ("Kraków", "ul. Lubicz 17, 31-503 Kraków"),
           ("Helsinki", "Tallberginkatu 1 C, 00180 Helsinki"), ("Austin", "600 Congress Ave, Suite 1400, Austin, TX"),
           ("Osaka", "大阪市北区梅田3-1-3 12F"), ("São Paulo", "Av. Paulista, 1374 - Bela Vista, São Paulo")]
TIMEZONES = ["America/Toronto", "America/Montreal", "Europe/Warsaw", "Europe/Helsinki", "America/Chicago",
             "Asia/Tokyo", "America/Sao_Paulo", "Europe/Berlin", "America/Los_Angeles", "Europe/London", "UTC",
             "Europe/Paris", "Asia/Seoul", "America/Vancouver"]
LANGS = ["fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "en-CA,en;q=0.9,fr-CA;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
         "fi-FI,fi;q=0.9,en;q=0.8", "ja,en-US;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
         "en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "ja-JP", "en-US,en;q=0.5"]

# ---- what they talk about --------------------------------------------------------------------------------------
PLACES = ["Montréal", "Montreal", "Laval", "Québec", "Trois-Rivières", "Saint-Jean-sur-Richelieu", "Kraków",
          "Krakow", "Katowice", "Wieliczka", "Warszawa", "Łódź", "Gdańsk", "Helsinki", "Espoo", "Tampere", "Oulu",
          "Austin", "Austin, TX", "Round Rock", "San Antonio", "Osaka", "大阪", "Kyoto", "京都", "Kōbe", "Makuhari",
          "Chiba", "Tokyo", "São Paulo", "Sao Paulo", "Campinas", "Curitiba", "Florianópolis", "Köln", "Cologne",
          "Düsseldorf", "Seattle", "Bellevue, WA", "San Francisco", "Malmö", "Brighton", "Los Angeles", "Vancouver",
          "H2T 1S6", "31-503", "00180", "78701", "530-0001", "01310-100", "50679", "98101", "Mont-Tremblant",
          "Zakopane", "Rovaniemi", "Nara", "Santos", "Sherbrooke", "St. John's", "Val-d'Or", "L'Assomption"]
EVENTS = ["Gamescom", "PAX West", "TGS", "BitSummit", "Nordic Game", "MIGS", "Pixel Heaven", "BIG Festival",
          "the Osaka playtest", "the mocap shoot", "the studio BBQ", "the Kraków offsite"]
WHEN = ["tomorrow 9:00", "Thu 22/08 at 14h", "Friday after lunch", "Wed 10am PT", "jeudi 9h30", "czwartek o 10:00",
        "torstaina klo 12", "8/23 @ 3pm CT", "明日の10時", "sexta às 14h", "2024-08-21T09:00-04:00", "tonight",
        "this weekend", "Sat morning", "EOD", "at 16:30 CEST", "right after standup", "next Tue", "22.08 o 18:00",
        "in 20 min", "before the 1pm sync"]
PLAYERS = ["[xX]Sn1per", "xX_D4rkL0rd_Xx", "《龍》Ryuu", "★彡Yuki彡★", "TTV_shroomz", "NoScope☆360", "[GG]Ørjan",
           "Łysy_PL", "ÆTHER", "~Mochi~", "ᴋᴀɪᴛᴏ", "Dr. Pepperoni", "[LNF]Mathi", "[FR] Baguette_Slayer",
           "[BR] Capivara_OP", "(╯°□°)╯Flipz", "Père_Noël", "el_niño_97", "[PL]Żubr", "[JP]たこ焼き", "o0Sakura0o",
           "Viper#1337", "ZeroCool#0042", "<3Mochi<3", "[TTV]AinoPlays", "Kapten_Krok", "ΛLPHΛ", "ไทเกอร์TH",
           "D'Artagnan_42", "Mr. Whiskers", "[ＡＳＨ]Reaper", "xXGhostXx", "Łucja.exe", "N00b & Proud",
           "[KR]하늘", "Señor Pancakes", "-=Tank=-", "|Shadow|", "__Ember__"]
CONSOLE = ["/give @p diamond 64", "/give @p driftwood:ember_lantern 3", "sv_cheats 1", "noclip", "god",
           "host_timescale 0.25", "cl_showfps 1", "r_drawviewmodel 0", "/tp @s ~ ~20 ~", "/time set 18000",
           "/weather thunder 600", "mp_restartgame 1", "bot_kick", "net_graph 1", "fps_max 240", "stat fps",
           "stat unit", "r.ScreenPercentage 67", "t.MaxFPS 0", "showdebug abilitysystem", "ToggleDebugCamera",
           "slomo 0.2", "spawn_item harpoon_mk2 1", "set_weather storm 0.8", "sv_cheats 1; god; noclip",
           "bind \"F6\" \"quicksave\"", "exec autoexec.cfg", "mp_roundtime 1.92", "r.Shadow.Virtual.Enable 0",
           "/gamemode creative", "/kill @e[type=item]", "give_xp 5000", "/summon tidecaller_whale ~ ~ ~5",
           "ce.SetWeather Rain 0.6", "r.Nanite.Visualize Overview"]
BUILDS = ["1.4.2.88731", "build 1.4.2.88731-rel", "CL 4821190", "0.9.3-rc2+4f2a9c1", "v2.13.0 (5812)",
          "Steam build 15288431", "TestFlight 3.2.1 (417)", "PS5 01.004.000", "XSX 1.4.2.0", "nightly-2024-08-19-r2",
          "hotfix 1.4.2a", "CL 4821307 (shelved)", "release/1.5 @ 7be1d03", "Switch v196608", "1.4.3-beta.2",
          "Android 3.2.1 (versionCode 30201417)", "Ashgrid S7 patch 7.0.4", "CL 4821455"]
TICKETS = ["DRIFT-4821", "DRIFT-4907", "DRIFT-5012", "ASH-1177", "ASH-1203", "ASH-1219", "PP-902", "PP-915",
           "LOC-311", "OPS-77", "AUD-58", "ART-1440", "CERT-19", "PP-921", "DRIFT-4999"]
TICKET_TITLES = ["Players fall through terrain after fast travel to Saltmarsh", "Killcam desync on 128-tick servers",
                 "iOS: double charge on the 'Starter Pack' SKU", "FR-CA store page shows %s instead of the price",
                 "Ember Lantern duplicates when dropped during autosave", "Crash on alt-tab with DX12 + HDR",
                 "PS5 TRC R4052: save data written during suspend", "Harpoon rope clips through the boat hull",
                 "Japanese line breaks split 'ー' at the start of a line", "Audio pops when the storm biome loads",
                 "Matchmaking puts EU players on SA servers at 300 ms", "Gem bundle shows ¥0 on Android in Japan",
                 "Tidecaller whale AI gets stuck on the reef navmesh", "Controller remap resets after patch 1.4.2"]
SKUS = ["PP-GEMS-0500", "PP-GEMS-1200", "PP-STARTER-PACK-01", "com.lanternfall.pocketpaladins.gems_1200",
        "DRIFT-DLC-002 (Tidecaller)", "DRIFT-STD-PC", "DRIFT-DELUXE-PS5", "ASH-BP-S07", "ASH-SKIN-NEONOX-01",
        "PP-VIP-30D", "DRIFT-OST-01", "ASH-BUNDLE-FOUNDERS", "UP4127-PPSA09876_00-DRIFTDELUXE00001",
        "com.lanternfall.pocketpaladins.starter_pack_v2"]
PRICES = ["$4.99", "€5,49", "£4.49", "¥730", "R$ 24,90", "22,99 zł", "₩6,500", "A$7.99", "CA$6.99", "₹399",
          "149,99 TL", "MX$ 99.00", "CHF 5.–", "NT$170", "HK$38", "S$6.98", "59,00 kr", "SAR 18.99", "₱279", "฿159",
          "Rp 79.000", "R 89.99", "$19.99 USD", "29,99 €", "¥3,980", "£24.99", "$59.99", "69,99 €", "7 990 ₸",
          "CA$ 79.99", "1 299 ₽", "US$ 0.99"]
EMOJI = [":tada:", ":white_check_mark:", ":eyes:", ":fire:", ":sweat_smile:", ":pray:", ":umbrella:", ":sunny:",
         ":snowflake:", ":video_game:", ":bug:", ":rocket:", ":skull:", ":thinking_face:", ":joystick:", ":100:",
         ":partyparrot:", ":shipit:", ":facepalm:", ":coffee:"]
EMOJI_NAMES = [e.strip(":") for e in EMOJI]
UNICODE_EMOJI = ["🎮", "🐛", "🔥", "🚀", "😅", "🙏", "☔", "🌩️", "🎉", "👀", "💀", "🫠", "🇯🇵", "🇧🇷", "🇵🇱", "🇫🇮", "🍁"]
LINKS = [
    "https://lanternfall.atlassian.net/browse/DRIFT-4821",
    "https://lanternfall.atlassian.net/browse/ASH-1177?focusedCommentId=118823&page=com.atlassian.jira.plugin.system."
    "issuetabpanels%3Acomment-tabpanel#comment-118823",
    "https://lanternfall.atlassian.net/issues/?jql=project%20%3D%20DRIFT%20AND%20fixVersion%20%3D%201.4.3%20AND%20"
    "status%20!%3D%20Done%20ORDER%20BY%20priority%20DESC",
    "https://store.steampowered.com/app/1883290/Driftwood_Isles/",
    "https://store.steampowered.com/news/app/1883290/view/4182736450912837465",
    "https://steamdb.info/app/1883290/charts/",
    "https://partner.steamgames.com/apps/builds/1883290",
    "https://www.youtube.com/watch?v=q8Xw2LmT0eA&t=92s",
    "https://www.twitch.tv/lanternfallstudios/clip/BraveSleepyOtterKappaRoss-3nQ8kT2vX1",
    "https://docs.google.com/document/d/1aZ3kP9qR7sT2uV4wX6yB8cD0eF1gH3iJ5kL7mN9oP/edit#heading=h.4x9k2m",
    "https://docs.google.com/spreadsheets/d/1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz/edit?gid=1803316572#gid=1803316572",
    "https://www.figma.com/design/Xk2LmN8pQ4rS/Pocket-Paladins-Store-UI?node-id=1204-5533&t=aB3cD4eF-1",
    "https://github.com/lanternfall/driftwood-modkit/pull/412/files#diff-3f1a9c",
    "https://github.com/lanternfall/driftwood-modkit/blob/main/docs/lua-api.md#inventory",
    "https://swarm.lanternfall.games/changes/4821190",
    "https://lanternfall.sentry.io/issues/5283716492/?project=4504471&query=is%3Aunresolved&referrer=slack",
    "https://lanternfall.sp.backtrace.io/p/driftwood/triage?time=week&filters=((fingerprint%2Ccontains%2Cd41f9a))",
    "https://appstoreconnect.apple.com/apps/1587234410/testflight/ios",
    "https://play.google.com/console/u/0/developers/7012345678901234567/app/4975312468/vitals/crashes",
    "https://discord.com/channels/712345678901234567/812345678901234567/1275012345678901234",
    "https://www.gamescom.global/en/visit/tickets",
    "https://www.pax.dev/west/schedule",
    "https://www.reddit.com/r/DriftwoodIsles/comments/1ewq7zc/patch_142_broke_my_controller_binds/",
    "https://teamcity.lanternfall.games/buildConfiguration/Driftwood_Nightly_Win64/918273?buildTab=log&focusLine=4412",
    "https://grafana.lanternfall.games/d/ashgrid-servers/fleet?orgId=1&var-region=eu-west&from=now-6h&to=now",
]
FILES = ["Driftwood-Win64-Shipping_2024.08.20-12.58.41.dmp", "UE4Minidump.dmp", "crash_log_DRIFT-4821.txt",
         "Screenshot 2024-08-20 at 14.22.05.png", "IMG_4412.HEIC", "repro_ASH-1177_killcam.mp4",
         "patchnotes_1.4.3_FR-CA.docx", "store_prices_Q3_2024 (v4).xlsx", "tombstone_03", "server.cfg",
         "PlayerPrefs.json", "shader_compile_errors.log", "perf_capture_Switch_dock.csv", "moodboard – Tidecaller.pdf",
         "Gamescom_booth_layout_final_FINAL.pdf", "ember_lantern_v3.fbx", "loc_ja-JP_strings.po", "storm_wind_loop.wav"]

COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% pls", "weather %PLACE%?",
    "weather", "wether %PLACE%", "weahter %PLACE%", "Weather %PLACE% this weekend %EMOJI%", "weather near %PLACE%",
    "weather %PLACE% :snowflake:", "weather at %PLACE% tonight", "weather %PLACE% %UEMOJI%", "WEATHER %PLACE%",
    "weather for %EVENT%", "weather %PLACE% right now", "weather %PLACE% today please",
    "remember location %PLACE%", "remember location %OFFICE%", "remember location Lanternfall %OFFICECITY% studio",
    "remember location %PLACE% (home)", "my location", "forget location", "help", "config", "alerts", "alerts on",
    "alerts off", "config units imperial", "config units metric", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config time %HHMM%", "config alert 7h30", "config timezone EST", "login",
    "forget me", "help me", "what can you do?", "hi jeeves 👋", "thanks!", "weather Makuhari Messe",
    "is it going to rain in %PLACE% %WHEN%?", "weather %PLACE% - outdoor mocap %WHEN%",
]
CHAT = [
    "build %BUILD% is green on all platforms ✅ %WHO% can you kick off the 8h soak?",
    "%TICKET% repro'd on %BUILD%: fast travel to Saltmarsh, open the map, player drops through terrain (3/10)",
    "anyone else getting `%CMD%` ignored on the dedicated server? works fine in PIE",
    "for the trailer capture use `r.ScreenPercentage 150` + `t.MaxFPS 0` and hide the HUD with `showhud`",
    "Patch notes draft for %BUILD% is up, please review before 16:00 %EMOJI% %LINK%",
    "player %PLAYER% reported a dupe with the ember lantern, clip is in #community-reports",
    "%PLAYER% got flagged by the anti-cheat again 😩 live-ops can you unban? %TICKET%",
    "Price check for %SKU%: %PRICE% / %PRICE% / %PRICE%. Steam's suggested pricing says we're high in LATAM",
    "store team wants %SKU% at %PRICE% for launch week, then back to %PRICE%",
    "shader compile stuck at 87% on the Kraków build agents again, PSO cache mismatch?",
    "QA pass on %BUILD%: 142 passed, 3 failed, 7 blocked (see %TICKET%)",
    "who's on call for Ashgrid servers tonight? eu-west had 3 crashes in an hour %LINK%",
    "Gamescom booth build gets locked %WHEN%. No more content merges after that please 🙏",
    "mocap shoot is outdoors %WHEN% in %PLACE%, fingers crossed for no rain",
    "PAX West line is outside this year, bring sunscreen lol",
    "%WHO% the FR-CA strings have `%s` and `%d` swapped in the store page, %TICKET%",
    "Heads-up: Perforce is read-only from 22:00 to 23:30 EDT for the server migration",
    "CL 4821190 broke the Linux server build: `error: use of undeclared identifier 'FMath'`",
    "wind loop in the storm biome clips at -0.3 dBFS, can we pull it down 3 dB?",
    "the new harpoon VFX is 😍 but costs 1.8 ms on Switch docked, need to halve the particles",
    "ok who left `sv_cheats 1` in the default server.cfg 😅",
    "TRC fail on PS5: R4052 (save data during suspend). Resubmission %WHEN%",
    "Hotfix %BUILD% is live on Steam: fixes %TICKET% and the alt-tab crash on DX12",
    "Community: \"when is Tidecaller coming to Switch??\" x400. Do we have a date we can share?",
    "Reminder: playtest in Osaka %WHEN%, 12 external players, NDAs signed at the door",
    "Retention for the %PLACE% soft-launch cohort: D1 41.2% / D7 18.9% / D30 7.4%",
    "Steam concurrent peak yesterday: 48,213 (+12% vs last weekend) 🎉",
    "Brazil store shows R$ 24,90 but the receipt said R$ 26,27?? IOF maybe",
    "Apple rejected %BUILD%, guideline 3.1.1 (the Starter Pack mentions a web price)",
    "Play pre-launch report: 2 crashes on Galaxy A14 (Android 13), both in libil2cpp.so",
    "the lighting pass looks amazing but the volumetric fog is 4 ms on Series S",
    "GDD section 4.3 says the lantern lasts 240 s, the data table says 180. which one?",
    "standup moved to 10:15 ET today because of the all-hands",
    "anyone driving to the Kraków office from Katowice tomorrow? need a lift 🚗",
    "Bonjour l'équipe ! Le build %BUILD% est prêt pour la QA, merci de tester le coop ce soir.",
    "Cześć! Serwery EU wracają po restarcie %WHEN%. Proszę nic nie wrzucać na main.",
    "Moikka! Helsingin pelitesti siirtyy huomiseen, sää näyttää huonolta.",
    "お疲れ様です。大阪のプレイテストは%WHEN%からです。傘を忘れずに☔",
    "Oi gente! O servidor de SA caiu de novo, ping de 300 ms pro pessoal do Nordeste",
    "%WHO% ну что, билд %BUILD% можно отдавать в сертификацию?",
    "%WHO% %WHO% can one of you look at %TICKET%? it's blocking the cert build",
    "Ashgrid S7 balance: Neonox SMG dmg 24 → 22, fire rate 850 → 820 rpm, ADS 210 ms → 230 ms",
    "the `/give @p diamond 64` joke in the patch notes has to go, we're not Minecraft 😂",
    "Lua modders are asking for `inventory:onChange(callback)` in the modkit, thoughts?",
    "C# question: why does `GetComponent<Rigidbody>()` return null on the whale prefab after the 2022.3 upgrade?",
    "HLSL: `saturate(dot(N, L)) * _LightColor0.rgb` looks fine on PC but banding on Switch, half precision?",
    "memory on Series S peaks at 7.1 GB in the Saltmarsh biome, budget is 6.5 GB. texture streaming pool?",
    "crash at 0x00007FF6A1B2C3D4 in Driftwood-Win64-Shipping.exe, same callstack as %TICKET%",
    "Pocket Paladins gacha rates for the summer banner: SSR 1.5%, SR 12%, R 86.5% (pity at 90)",
    "loc freeze for 1.5 is %WHEN%. JA/KO/PT-BR still missing ~340 strings",
    "our Steam review score went from Mostly Positive (78%) to Very Positive (81%) since the hotfix",
    "the nightly failed at step 14/22 (cook content): `LogCook: Error: Package /Game/Maps/Saltmarsh_P is missing`",
    "New clan tag filter blocked %PLAYER%, false positive? they're in the Founders discord",
    "server fleet: 212 instances, 96% healthy, p99 tick 7.8 ms on 128-tick",
    "refund rate for %SKU% is 3.1% vs 1.2% avg, something's off with the description",
    "the %SKU% price in Japan should be ¥700 (tax incl.), not ¥730",
    "audio: VO pickups for the Tidecaller quest recorded, 48 kHz / 24-bit, on the share as AUD-58_pickups.zip",
    "Pixel art question: should the lantern glow be 3 frames or 4? 12 fps either way",
    "just a reminder that the office in Osaka closes at 18:00 today because of the typhoon warning 🌀",
]
LONG = [
    "Crash from %PLAYER% (Steam, Win11, RTX 3070, %BUILD%):\n```\nUnhandled Exception: EXCEPTION_ACCESS_VIOLATION "
    "reading address 0x0000000000000028\n\nDriftwood_Win64_Shipping!FNavigationSystem::Tick() [D:\\build\\++Driftwood"
    "\\Sync\\Engine\\Source\\Runtime\\NavigationSystem\\Private\\NavigationSystem.cpp:812]\nDriftwood_Win64_Shipping!"
    "UWorld::Tick() [D:\\build\\++Driftwood\\Sync\\Engine\\Source\\Runtime\\Engine\\Private\\LevelTick.cpp:1517]\n"
    "Driftwood_Win64_Shipping!FEngineLoop::Tick()\nkernel32\nntdll\n```\nsame as %TICKET%? %WHO%",
    "NullReferenceException on the whale prefab:\n```\nNullReferenceException: Object reference not set to an "
    "instance of an object\n  at TidecallerAI.UpdateSteering (System.Single dt) [0x0001a] in "
    "Assets/Scripts/AI/TidecallerAI.cs:118\n  at TidecallerAI.FixedUpdate () [0x00003] in "
    "Assets/Scripts/AI/TidecallerAI.cs:64\n```\nonly happens after a scene reload",
    "EU dedicated server died again:\n```\nSignal 11 caught (SIGSEGV) at pc=0x00007f3a2c1b4e10, pid=48213\n"
    "#0 0x00007f3a2c1b4e10 in FReplicationGraph::ServerReplicateActors(float) ()\n#1 0x00007f3a2b98a2d1 in "
    "UNetDriver::TickFlush(float) ()\n#2 0x00007f3a2b1c0f77 in UWorld::Tick(ELevelTick, float) ()\n```\n"
    "host ash-euw-07, map Foundry, 24 players, uptime 6h12m",
    "Android crash (Galaxy A14, Android 13, %BUILD%):\n```\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr "
    "0x0000000000000010\n    #00 pc 00000000012a4c3c  /data/app/~~Xk2Vb9Q==/com.lanternfall.pocketpaladins-1/lib/"
    "arm64/libil2cpp.so\n    #01 pc 0000000000f1d8a0  /data/app/~~Xk2Vb9Q==/com.lanternfall.pocketpaladins-1/lib/"
    "arm64/libil2cpp.so\n```",
    "*Patch %BUILD% — notes (draft)*\n• Fixed: Ember Lantern no longer burns whale oil while stored\n• Fixed: "
    "%TICKET% fall-through after fast travel\n• Balance: harpoon damage 45 → 40, reel speed +15%\n• New: "
    "`/give` and `/tp` are available in private worlds with cheats on\n• Known issue: controller remap may reset "
    "(we're on it)\n\nShip %WHEN% if cert passes %EMOJI%",
    "Lua for the modkit example, does this look right?\n```lua\nlocal Lantern = require(\"items.lantern\")\n\n"
    "local function onCraft(player, recipe)\n  if recipe.id == \"ember_lantern\" and player:hasItem(\"whale_oil\", 2) "
    "then\n    player:removeItem(\"whale_oil\", 2)\n    return Lantern.new({ fuel = 240, radius = 8.5 })\n  end\n"
    "  return nil\nend\n\nhooks.add(\"craft\", onCraft)\n```",
    "shader fix for the banding:\n```hlsl\nhalf4 frag (v2f i) : SV_Target\n{\n    half3 n = normalize(i.normal);\n"
    "    half ndl = saturate(dot(n, _WorldSpaceLightPos0.xyz));\n    half4 col = tex2D(_MainTex, i.uv) * _Tint;\n"
    "    col.rgb *= ndl * _LightColor0.rgb + ShadeSH9(half4(n, 1));\n    clip(col.a - _Cutoff);\n    return col;\n}\n"
    "```\n%WHO% can you test on Switch?",
    "GLSL version for the web build:\n```glsl\nvec3 n = normalize(texture(uNormalMap, vUv).xyz * 2.0 - 1.0);\n"
    "float fresnel = pow(1.0 - max(dot(n, vViewDir), 0.0), uFresnelPower);\nfragColor = vec4(mix(uBaseColor, "
    "uRimColor, fresnel), 1.0);\n```",
    "C# for the stamina regen, PR incoming:\n```csharp\n[SerializeField] private float _staminaRegen = 12.5f;\n\n"
    "private void Update()\n{\n    if (_stamina < _maxStamina && !_isSprinting)\n        _stamina = Mathf.Min("
    "_maxStamina, _stamina + _staminaRegen * Time.deltaTime);\n    if (Input.GetKeyDown(KeyCode.F3)) "
    "DebugHud.Toggle();\n}\n```",
    "Store prices for %SKU% (Q3 review):\n```\nregion   current    proposed\nUS       $4.99      $4.99\nEU       "
    "€5,49      €4,99\nUK       £4.49      £4.29\nJP       ¥730       ¥700\nBR       R$ 24,90   R$ 19,90\n"
    "PL       22,99 zł   19,99 zł\nKR       ₩6,500     ₩6,000\n```\nthoughts before I push it to the consoles?",
    "*%TICKET%: %TITLE%*\n*Build:* %BUILD%\n*Platform:* PS5 / Steam Deck\n*Steps:*\n1. Load Saltmarsh\n"
    "2. Fast travel to the lighthouse\n3. Open the map within 2 s\n*Expected:* player stays on the ground\n"
    "*Actual:* player falls through, respawns at the last campfire\n*Repro rate:* 3/10",
    "standup (Driftwood gameplay)\n- yesterday: %TICKET% fix in review, harpoon rope physics\n- today: whale navmesh, "
    "cert build with %WHO%\n- blockers: Perforce slow from Osaka (~2 MB/s)",
    "server.cfg for the PAX West LAN:\n```\nhostname \"Lanternfall | PAX West #3 | 128 tick\"\nsv_cheats 0\n"
    "mp_maxrounds 24\nmp_roundtime 1.92\nsv_password \"\"\nsv_lan 1\ntv_enable 1\n```",
    "JA strings for the store, please check the furigana:\n```json\n{\n  \"store.starter_pack.title\": "
    "\"スターターパック\",\n  \"store.starter_pack.desc\": \"ジェム×500と限定スキン「灯火の騎士」\",\n  "
    "\"store.price_tax\": \"{price}（税込）\"\n}\n```",
    "Perf capture, Switch docked, Saltmarsh at dusk:\n```\nGameThread   14.2 ms\nRenderThread 18.9 ms\nGPU          "
    "31.7 ms  <- fog + foliage\nDraws        2,413\nMemory       3.41 GB / 3.50 GB\n```\nwe need ~3 ms back",
    "Mac crash from the beta:\n```\nThread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel."
    "dylib  0x00007ff81a2c3b52 __pthread_kill + 10\n1   Driftwood         0x0000000104a1c2f0 FMacPlatformMisc::"
    "RequestExit(bool) + 96\n```\nmacOS 14.6, M2 Pro, %BUILD%",
]
DM_OTHER = ["thanks!", "👍", "lol", "ok", "merci !", "dzięki", "kiitos", "ありがとう", "valeu!", "test", "hello?",
            "oops wrong window, sorry jeeves", "nvm", "🫠", "good bot", "is this thing on"]
FORECASTS = [  # (place label, description, temperature, wind, low, high, chance of precipitation), in °C and km/h
    ("Montréal, Canada", "partly cloudy", 24, 14, 17, 27, 20), ("Kraków, Poland", "mainly clear", 26, 9, 15, 29, 10),
    ("Helsinki, Finland", "rain showers", 17, 22, 13, 19, 70), ("Austin, United States", "clear sky", 38, 11, 27, 39,
                                                                  0),
    ("Osaka, Japan", "thunderstorm", 31, 27, 27, 34, 80), ("São Paulo, Brazil", "overcast", 17, 12, 13, 21, 40),
    ("Köln, Germany", "light rain", 21, 15, 16, 25, 60), ("Seattle, United States", "mainly clear", 22, 8, 14, 24, 5),
    ("Chiba, Japan", "rain", 28, 31, 25, 31, 90), ("Brighton, United Kingdom", "light drizzle", 18, 24, 14, 20, 55),
]

# ---- the admin panel, the data API's clients and everybody's software ------------------------------------------
ADMINS = ["mathilde.gagnon", "lukasz.wisniewski", "aino.ops", "it-montreal", "breakglass"]
SEARCH_Q = ["gagnon", "Łukasz", "@lanternfall.games", "U05", TEAM, PARTNER_TEAM, "mäkelä", "佐藤", "da silva",
            "o'brien", "st-pierre", "jean-françois", "qa", "nakamura", "wiśniewski", "conceição", "okafor", "kenji",
            "d'amours", "Björn", "marie-ève tremblay", "Ó Súilleabháin", "guimarães", "@kitsunebi.co.jp"]
AUDIT_Q = ["login", "login.slack", "user.active", "user.admin", "client.create", "client.rotate", "client.disable",
           "feature.set", "weather@T05KTSNB2X", "feature.remove_override", "admin.map_slack", "account.totp_enable",
           "denied", "failed", "user.forget_me", "qa-automation", "mathilde.gagnon", "2024-08-19", "liveops"]
CLIENT_DESCRIPTIONS = [
    ("grafana-fleet", "Grafana: Jeeves usage next to the Ashgrid fleet board (read-only)"),
    ("liveops-scheduler", "Live-ops calendar -> feature switches (weather off during maintenance), Mon/Thu 14:00 UTC"),
    ("qa-automation", "QA nightly smoke after each deploy: switches + users (read)"),
    ("teamcity-deploy", "TeamCity deploy step: turns switches off/on around a release"),
    ("looker-bi", "Looker export — usage per studio (MTL / KRK / HEL / AUS / OSA / SAO)"),
    ("discord-bridge", "Discord bot for #weather in the Founders server, read only (owner: Noémie)"),
    ("osaka-codev", "Kitsunebi Works co-dev: 大阪スタジオの利用状況 (read)"),
    ("hr-onboarding", "HR onboarding script: sets name & e-mail of new hires (write)"),
    ("playtest-ops", "Playtest ops: weather before outdoor sessions, owner Aino M."),
    ("gamescom.booth-2024", "Gamescom booth kiosk: shows Köln weather on the queue screen 🌦"),
]
PATCH_NAMES = ["Mathilde Gagnon-Roy", "Łukasz \"Luke\" Wiśniewski", "Aino Mäkelä (QA lead)", "佐藤 陽翔 (Haruto Sato)",
               "João Pedro Guimarães", "Marie-Ève D'Amours – Community", "Kenji Nakamura-Hill [Audio]",
               "Zoë O'Brien, Producer", "Thảo Nguyễn", "Dmitri Petrov | Build Eng", "Siiri Järvinen",
               "Conceição Ferreira dos Santos", "Olamide Okafor (Live-ops, Austin)"]
# client id, scope it asks for, its software
API_CLIENTS = [("grafana-fleet", "read", "Grafana/11.1.4"), ("liveops-scheduler", "read write", "python-httpx/0.27.0"),
               ("qa-automation", "read", "python-requests/2.32.3"), ("teamcity-deploy", "read write", "curl/8.9.1"),
               ("looker-bi", "read", "Apache-HttpClient/4.5.14 (Java/17.0.12)"),
               ("discord-bridge", "read", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
               ("playtest-ops", "read", "Go-http-client/2.0"), ("hr-onboarding", "read write", "axios/1.7.4"),
               ("jeeves-worker", "read write", "python-httpx/0.27.0")]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "curl/8.9.1",
              "Datadog Agent/7.56.0", "ELB-HealthChecker/2.0"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "python-requests/2.32.3", "Authlib/1.3.1",
            "openapi-generator/7.7.0", "PostmanRuntime/7.41.0", "Grafana/11.1.4", "curl/8.9.1",
            "Microsoft.IdentityModel/7.6.3"]
CHROME = "Mozilla/5.0 ({os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36"
BROWSERS = [
    {"ua": CHROME.format(os="Windows NT 10.0; Win64; x64"), "family": "chrome", "platform": "\"Windows\""},
    {"ua": CHROME.format(os="Macintosh; Intel Mac OS X 10_15_7"), "family": "chrome", "platform": "\"macOS\""},
    {"ua": CHROME.format(os="X11; Linux x86_64"), "family": "chrome", "platform": "\"Linux\""},
    {"ua": CHROME.format(os="Windows NT 10.0; Win64; x64") + " Edg/127.0.2651.105", "family": "edge",
     "platform": "\"Windows\""},
    {"ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0", "family": "firefox"},
    {"ua": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0", "family": "firefox"},
    {"ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
           "Safari/605.1.15", "family": "safari"},
    {"ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/17.6 Mobile/15E148 Safari/604.1", "family": "safari"},
    {"ua": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
           "Mobile Safari/537.36", "family": "chrome", "platform": "\"Android\"", "mobile": True},
    {"ua": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
           "Steam Deck", "family": "chrome", "platform": "\"Linux\""},
]
NAV_ACCEPT = {"chrome": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                        "q=0.8,application/signed-exchange;v=b3;q=0.7",
              "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/png,"
                         "image/svg+xml,*/*;q=0.8",
              "safari": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"  # block ids, response_url tails
_PLACEHOLDER = re.compile(r"%(PLACE|WHO|EMOJI|UEMOJI|WHEN|PLAYER|CMD|BUILD|TICKET|TITLE|SKU|PRICE|LINK|EVENT|OFFICE|"
                          r"OFFICECITY|TZ|HHMM)%")
_INLINE = re.compile(r"\x01(U[A-Z0-9]+)\x01|(https?://[^\s<>\"`]+[^\s<>\"`.,;:!?)])|:([a-z0-9_+-]+):")


def ascii_fold(text: str) -> str:
    """A name as a Slack handle or e-mail local part: accents dropped, lower case, letters and digits."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in folded if c.isalnum() or c == "-").strip("-")


class Studio(WebApp):
    """Lanternfall Studios: its people, its Slack, its browsers and scripts; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    trigger_numbers = ((10**12, 10**13 - 1), (10**11, 10**12 - 1))
    hook_number, hook_chars = (10**12, 10**13 - 1), ALNUM
    button_value_last = True
    post_body_first = True
    oauth_audience_rate, oauth_body_secret_rate = 0.25, 0.15
    team, app_id, bot_user, verify_token = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN
    event_prefix, event_id_chars, context_json = "Ev07", 8, True

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = f"{ascii_fold(first) or 'dev'}.{ascii_fold(last) or 'sato'}"
            team = PARTNER_TEAM if i % 11 == 10 else TEAM
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@{EMAIL_DOMAIN if team == TEAM else 'kitsunebi.co.jp'}",
                                "team": team, "tz": self.pick(TIMEZONES), "lang": self.pick(LANGS),
                                "browser": self.rng.randrange(len(BROWSERS))})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "driftwood-dev", "ashgrid-live", "qa-triage", "build-status", "crash-reports", "community",
            "art-reviews", "audio", "liveops", "store-pricing", "gamescom-2024", "pax-west", "mtl-office",
            "krk-biuro", "hel-toimisto", "osaka-studio", "random", "playtest-signups", "localization", "general")]
        self.partner_channels = [(self.sid("C0", 9), name) for name in (
            "driftwood-switch-port", "kitsunebi-general", "qa-osaka", "build-drops")]
        self.dms = {p["id"]: self.sid("D0", 9) for p in self.people}
        self.kids = [b64url(self.rng.randbytes(32)), b64url(self.rng.randbytes(32))]
        self.tokens: dict[str, str] = {}
        self.secrets = {cid: b64url(self.rng.randbytes(32)) for cid, _, _ in API_CLIENTS}
        self.admin_sessions = {name: {"cookie": self.token(), "csrf": self.token(), "browser": i % len(BROWSERS),
                                      "lang": LANGS[i]} for i, name in enumerate(ADMINS)}
        self.me_sessions = [{"person": p, "cookie": self.token(), "csrf": self.token()}
                            for p in self.rng.sample(self.people, 30)]
        self.user_ids = list(range(1, 420))

    # ---- small random pieces ------------------------------------------------------------------------------
    def ts(self, lo: int = 0, hi: int = 10 * 3600) -> str:
        return f"{EPOCH + self.rng.randint(lo, hi)}.{self.rng.randint(0, 999999):06d}"

    def digits(self, n: int) -> str:
        return str(self.rng.randint(10 ** (n - 1), 10 ** n - 1))

    def alnum(self, n: int) -> str:
        return "".join(self.pick(ALNUM) for _ in range(n))

    def block_id(self) -> str:
        return self.alnum(4)

    def hhmm(self) -> str:
        return self.pick(["07:30", "08:15", "06:45", "9:00", "07:00", "18:00", "08:00", "7.30", "0730", "12:00",
                          "06:00", "22:15"])

    def person(self, team: str | None = None) -> dict[str, str]:
        while True:
            p = self.pick(self.people)
            if team is None or p["team"] == team:
                return p

    # ---- what people type, as Slack carries it -------------------------------------------------------------
    def fill(self, template: str) -> str:
        """Placeholders to values; a mention of a colleague becomes \\x01<user id>\\x01 until rendered."""
        values: dict[str, Any] = {
            "PLACE": PLACES, "EMOJI": EMOJI, "UEMOJI": UNICODE_EMOJI, "WHEN": WHEN, "PLAYER": PLAYERS,
            "CMD": CONSOLE, "BUILD": BUILDS, "TICKET": TICKETS, "TITLE": TICKET_TITLES, "SKU": SKUS,
            "PRICE": PRICES, "LINK": LINKS, "EVENT": EVENTS, "TZ": TIMEZONES,
            "OFFICE": [o[1] for o in OFFICES], "OFFICECITY": [o[0] for o in OFFICES]}

        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "WHO":
                return f"\x01{self.person()['id']}\x01"
            if key == "HHMM":
                return self.hhmm()
            return str(self.pick(values[key]))

        return _PLACEHOLDER.sub(one, _PLACEHOLDER.sub(one, template))

    @staticmethod
    def segments(raw: str) -> list[tuple[str, str]]:
        """The text as Slack's client sees it: text, user mentions, links, emoji codes and ``` blocks."""
        out: list[tuple[str, str]] = []
        for i, part in enumerate(raw.split("```")):
            if i % 2:
                out.append(("pre", part))
                continue
            pos = 0
            for m in _INLINE.finditer(part):
                if m.group(3) is not None and m.group(3) not in EMOJI_NAMES:
                    continue
                if m.start() > pos:
                    out.append(("text", part[pos:m.start()]))
                if m.group(1):
                    out.append(("user", m.group(1)))
                elif m.group(2):
                    out.append(("link", m.group(2)))
                else:
                    out.append(("emoji", m.group(3)))
                pos = m.end()
            if pos < len(part):
                out.append(("text", part[pos:]))
        return out

    @staticmethod
    def slack_text(segs: list[tuple[str, str]]) -> str:
        """Slack's `text`: &, < and > escaped, links and mentions in angle brackets."""
        out = []
        for kind, value in segs:
            out.append({"text": slack_escape(value), "user": f"<@{value}>", "link": f"<{slack_escape(value)}>",
                        "emoji": f":{value}:", "pre": f"```{slack_escape(value)}```"}[kind])
        return "".join(out)

    def plain_text(self, segs: list[tuple[str, str]]) -> str:
        """What the person sees (for a slash command's text, which Slack escapes but does not mark up)."""
        names = {p["id"]: p["handle"] for p in self.people}
        return "".join(f"@{names.get(v, v)}" if k == "user" else f":{v}:" if k == "emoji" else
                       f"```{v}```" if k == "pre" else v for k, v in segs)

    def blocks(self, segs: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The rich_text block Slack's clients attach to a message typed by a person."""
        elements: list[dict[str, Any]] = []
        section: list[dict[str, Any]] = []

        def flush() -> None:
            if section:
                elements.append({"type": "rich_text_section", "elements": list(section)})
                section.clear()

        for kind, value in segs:
            if kind == "pre":
                flush()
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": value.strip("\n")}]})
            elif kind == "user":
                section.append({"type": "user", "user_id": value})
            elif kind == "link":
                section.append({"type": "link", "url": value})
            elif kind == "emoji":
                section.append({"type": "emoji", "name": value})
            else:
                for j, piece in enumerate(value.split("`")):
                    if piece:
                        section.append({"type": "text", "text": piece, **({"style": {"code": True}} if j % 2 else {})})
        flush()
        block_id = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=+/")
                           for _ in range(self.rng.choice([4, 5])))
        return [{"type": "rich_text", "block_id": block_id, "elements": elements}]

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def event_time(self, event: dict[str, Any]) -> int:
        """The event's own event_ts (or ts), not a drawn moment."""
        return int(float(event.get("event_ts", event.get("ts", str(EPOCH)))))

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = self.envelope(event, team)
        # Slack's own encoding: compact, non-ASCII as \\u escapes, slashes escaped
        return self.slack_request("/slack/events", json.dumps(body, separators=(",", ":")).replace("/", "\\/"))

    def message(self, raw: str, user: dict[str, str], channel: str, kind: str = "message",
                thread: str | None = None, parent: str | None = None) -> dict[str, Any]:
        segs = self.segments(raw)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": kind, "ts": ts, "client_msg_id": self.uuid(),
                                 "text": self.slack_text(segs), "team": user["team"], "blocks": self.blocks(segs)}
        if thread is not None:
            event["thread_ts"] = thread
            event["parent_user_id"] = parent or self.person(user["team"])["id"]
        event["channel"] = channel
        event["event_ts"] = ts
        if kind == "message":
            event["channel_type"] = "im"
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.alnum(48), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events",
                                                               json.dumps(body, separators=(",", ":"))))

    def command_words(self) -> str:
        return self.fill(self.pick(COMMANDS))

    def slack_dm(self) -> dict[str, Any]:
        user = self.person()
        roll = self.rng.random()
        if roll < 0.74:
            raw = self.command_words()
        elif roll < 0.86:
            raw = self.pick(DM_OTHER)
        elif roll < 0.95:
            raw = self.fill(self.pick(CHAT))
        else:
            raw = self.fill(self.pick(LONG))
        thread = self.ts(-3600, 0) if self.chance(0.06) else None
        parent = self.pick([user["id"], BOT_USER])
        event = self.message(raw, user, self.dms[user["id"]], "message", thread, parent)
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def slack_mention(self) -> dict[str, Any]:
        user = self.person()
        channel, _ = self.channel_of(user)
        roll = self.rng.random()
        if roll < 0.5:
            raw = f"\x01{BOT_USER}\x01 {self.command_words()}"
        elif roll < 0.85:
            chat = self.fill(self.pick(CHAT))
            ask = self.pick(["weather %PLACE%?", "what's the weather in %PLACE% %WHEN%?", "weather %PLACE%",
                             "is it going to rain in %PLACE%?", "help"])
            raw = self.pick([f"{chat}\n\x01{BOT_USER}\x01 {self.fill(ask)}", f"\x01{BOT_USER}\x01 {chat}",
                             f"{chat} cc \x01{BOT_USER}\x01", f"\x01{BOT_USER}\x01 {self.fill(ask)} ({chat})"])
        else:
            raw = f"{self.fill(self.pick(LONG))}\n\n\x01{BOT_USER}\x01 {self.fill('weather %PLACE%')}"
        thread = self.ts(-7200, 0) if self.chance(0.25) else None
        event = self.message(raw, user, channel, "app_mention", thread)
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def inner(self, event: dict[str, Any]) -> dict[str, Any]:
        keep = ("client_msg_id", "type", "text", "user", "ts", "blocks", "team")
        return {k: event[k] for k in keep if k in event}

    def slack_edit(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        before_raw = self.command_words() if self.chance(0.6) else self.fill(self.pick(CHAT))
        after_raw = self.pick([before_raw + " pls", before_raw + " *", self.command_words(),
                               before_raw.replace("wether", "weather").replace("weahter", "weather"),
                               before_raw.replace("Montreal", "Montréal").replace("Krakow", "Kraków")])
        old = self.message(before_raw, user, channel)
        new = self.inner(self.message(after_raw, user, channel))
        new["ts"] = old["ts"]
        new["edited"] = {"user": user["id"], "ts": self.ts()}
        new["source_team"] = new["user_team"] = user["team"]
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def slack_deleted(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        old = self.message(self.fill(self.pick(CHAT + DM_OTHER)), user, channel)
        ts = self.ts()
        event = {"type": "message", "subtype": "message_deleted", "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "deleted_ts": old["ts"], "event_ts": ts, "ts": ts,
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def slack_file(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        name = self.pick(FILES)
        raw = self.fill(self.pick(["", "crash from last night, %TICKET%", "here's the log 🐛", "%BUILD% repro",
                                   "wrong chat sorry", "weather %PLACE%", "for the booth: %LINK%"]))
        event = self.message(raw, user, channel)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        mime = {"dmp": "application/octet-stream", "txt": "text/plain", "png": "image/png", "heic": "image/heic",
                "mp4": "video/mp4", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cfg": "text/plain",
                "json": "application/json", "log": "text/plain", "csv": "text/csv", "pdf": "application/pdf",
                "fbx": "application/octet-stream", "po": "text/plain", "wav": "audio/wav"}.get(ext, "text/plain")
        fid = self.sid("F0", 9)
        event["files"] = [{
            "id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
            "mimetype": mime, "filetype": ext or "text", "pretty_type": (ext or "text").upper(), "user": user["id"],
            "user_team": user["team"], "editable": ext in ("txt", "cfg", "log", "json", ""), "size":
            self.rng.randint(900, 48_000_000), "mode": "hosted", "is_external": False, "external_type": "",
            "is_public": False, "public_url_shared": False, "display_as_bot": False, "username": "",
            **file_urls(user["team"], TEAM_DOMAIN, user["id"], fid, name),
            "has_rich_preview": False, "file_access": "visible"}]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def slack_unfurl(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        link = self.pick(LINKS)
        raw = self.pick(["", "weather for this? ", "lol look ", "fyi "]) + link
        old = self.message(raw, user, channel)
        host = urllib.parse.urlsplit(link).hostname or "example.com"
        service = {"store.steampowered.com": "Steam", "www.youtube.com": "YouTube", "www.twitch.tv": "Twitch",
                   "github.com": "GitHub", "www.reddit.com": "reddit", "docs.google.com": "Google Docs",
                   "www.figma.com": "Figma", "steamdb.info": "SteamDB"}.get(host, host)
        title = self.pick(["Driftwood Isles on Steam", "Patch 1.4.2 Notes", "Driftwood Isles — Tidecaller Trailer",
                           f"{self.pick(TICKETS)} {self.pick(TICKET_TITLES)}", "Ashgrid Season 7: Neonox",
                           "r/DriftwoodIsles: patch 1.4.2 broke my controller binds"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "title": title, "title_link": link, "fallback": f"{service}: {title}",
                               "text": self.plain_text(self.segments(self.fill(self.pick(CHAT))))[:140],
                               "service_icon": f"https://{host}/favicon.ico"}]
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": self.inner(old),
                 "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def forecast_line(self) -> tuple[str, str]:
        label, desc, temp, wind, low, high, chance = self.pick(FORECASTS)
        if self.chance(0.25):
            return label, (f"{label}: {desc}, {temp * 9 / 5 + 32:.0f}°F, wind {wind / 1.609:.0f} mph; today "
                           f"{low * 9 / 5 + 32:.0f}°F to {high * 9 / 5 + 32:.0f}°F, {chance}% chance of precipitation")
        return label, (f"{label}: {desc}, {temp}°C, wind {wind} km/h; today {low}°C to {high}°C, "
                       f"{chance}% chance of precipitation")

    def jeeves_reply(self) -> tuple[str, list[dict[str, Any]] | None]:
        label, line = self.forecast_line()
        place = label.split(",")[0]
        roll = self.rng.random()
        if roll < 0.45:
            return line, self.weather_blocks(line, place, says_verbatim=True)
        return self.pick([
            (HELP_REPLY, None), (f"Got it, I will remember {label}.", None), (f"Your location is {label}.", None),
            ("Done, I forgot your location.", None), ("Daily weather alerts are off.", None),
            (f"Daily weather alerts are on, every day at 07:30 ({self.pick(TIMEZONES)}).", None),
            ("Where? Try `weather Paris`, or `remember location Paris` once.", None),
            (f"I could not find a place called \u201c{self.pick(EVENTS)}\u201d.", None),
            ("Sorry: timezone must be an IANA name, e.g. Europe/Paris.", None),
            ("Sorry: alert_time must be HH:MM (24h), e.g. 07:30.", None),
            ("Sorry, I did not understand that. " + HELP_REPLY, None), (line, None)])

    def slack_bot_echo(self) -> dict[str, Any]:
        user = self.person()
        text, blocks = self.jeeves_reply()
        ts = self.ts()
        event: dict[str, Any] = {"user": BOT_USER, "type": "message", "ts": ts, "bot_id": BOT_ID, "app_id": APP_ID,
                                 "text": slack_escape(text), "team": user["team"],
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 86400 * 61, "app_id": APP_ID,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-06-18/"
                                                                       "7291004417_2b8f3c9a1d_36.png"},
                                                 "team_id": user["team"]}}
        if blocks:
            event["blocks"] = blocks
        event.update({"channel": self.dms[user["id"]], "event_ts": ts, "channel_type": "im"})
        return self.record("slack", "json", self.event_request(event, user["team"]))

    def home_view(self, team: str) -> dict[str, Any]:
        label = self.pick(FORECASTS)[0]
        lines = (f"*Location:* {self.pick([label, 'not set (`remember location <place>`)'])}\n*Units:* "
                 f"{self.pick(['metric', 'imperial'])}\n*Daily alert:* {self.pick(['on', 'off'])} at "
                 f"{self.pick(['07:30', '08:15', '06:45', '09:00', '07:00'])} "
                 f"({self.pick(TIMEZONES)})")
        header = {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}
        blocks = [{"type": "header", "block_id": self.block_id(), "text": header},
                  {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": lines,
                                                                          "verbatim": False}},
                  {"type": "divider", "block_id": self.block_id()},
                  {"type": "section", "block_id": self.block_id(), "text": {
                      "type": "mrkdwn", "verbatim": False,
                      "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me "
                              "`login` for a sign-in link)."}}]
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "blocks": blocks, "private_metadata": "",
                "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.alnum(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
                "bot_id": BOT_ID}

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.dms[user["id"]],
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": ts}
        if event["tab"] == "home" and self.chance(0.7):
            event["view"] = self.home_view(user["team"])
        return self.record("slack", "json", self.event_request(event, user["team"]))

    # ---- Slack: /jeeves and the buttons -------------------------------------------------------------------
    def channel_of(self, user: dict[str, str]) -> tuple[str, str]:
        return self.pick(self.channels if user["team"] == TEAM else self.partner_channels)

    def where(self, user: dict[str, str]) -> tuple[str, str]:
        if self.chance(0.45):
            return self.dms[user["id"]], "directmessage"
        return self.channel_of(user)

    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        team = user["team"]
        channel_id, channel_name = self.where(user)
        raw = self.command_words()
        if self.chance(0.05):
            raw = f"  {raw} "
        fields = [("token", VERIFY_TOKEN), ("team_id", team),
                  ("team_domain", TEAM_DOMAIN if team == TEAM else PARTNER_DOMAIN), ("channel_id", channel_id),
                  ("channel_name", channel_name), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", slack_escape(raw)), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        user = self.person()
        team = user["team"]
        channel_id, channel_name = self.where(user)
        roll = self.rng.random()
        message_ts = self.ts()
        message: dict[str, Any] | None = None
        if roll < 0.7:
            label, line = self.forecast_line()
            value = label.split(",")[0] if self.chance(0.55) else self.pick(PLACES + [o[1] for o in OFFICES])
            action = {"action_id": "set_location", "block_id": self.block_id(),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "value": value,
                      "type": "button", "action_ts": self.ts()}
            ephemeral = self.chance(0.5)  # the answer to /jeeves is ephemeral, one to a DM or mention is not
            if not ephemeral:
                message = {"user": BOT_USER, "type": "message", "ts": message_ts, "bot_id": BOT_ID, "app_id": APP_ID,
                           "text": slack_escape(line), "team": team,
                           "blocks": self.weather_blocks(line, value, says_verbatim=True)}
        else:
            confirm = roll < 0.85
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel", "block_id": self.block_id(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                               "emoji": True}, "value": "-", "type": "button", "action_ts": self.ts()}
            if confirm:
                action["style"] = "danger"
            ephemeral = True
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                              "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel_id,
                          "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": TEAM_DOMAIN if team == TEAM else
                                                   PARTNER_DOMAIN},
            "enterprise": None, "is_enterprise_install": False, "channel": {"id": channel_id, "name": channel_name}}
        if message is not None:
            payload["message"] = message
        payload["state"] = {"values": {}}
        payload["response_url"] = self.hook("actions", team)
        payload["actions"] = [action]
        text = json.dumps(payload, separators=(",", ":")).replace("/", "\\/")
        return self.record("interaction", "form", self.slack_form_request("/slack/interactions", [("payload", text)]))

    # ---- TokenDealer's tokens, and the data API -----------------------------------------------------------
    def jwt(self, client_id: str, scope: str, fresh: bool = False) -> str:
        if fresh or client_id not in self.tokens or self.chance(0.15):
            iat = EPOCH + self.rng.randint(0, 10 * 3600)
            header = {"alg": "ES256", "kid": self.kids[0] if self.chance(0.9) else self.kids[1], "typ": "at+jwt"}
            claims = {"iss": BASE, "sub": client_id, "aud": "jeeves", "exp": iat + 900, "nbf": iat, "iat": iat,
                      "jti": self.uuid(), "client_id": client_id, "scope": scope}
            self.tokens[client_id] = f"{b64url_json(header)}.{b64url_json(claims)}.{b64url(self.rng.randbytes(64))}"
        return self.tokens[client_id]

    def script_headers(self, ua: str, accept: str = "application/json") -> dict[str, str]:
        h = {"User-Agent": ua, "Accept": accept}
        if ua.startswith("python-requests"):
            h = {"User-Agent": ua, "Accept-Encoding": "gzip, deflate", "Accept": accept, "Connection": "keep-alive"}
        elif ua.startswith("python-httpx"):
            h = {"Accept": accept, "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive", "User-Agent": ua}
        elif ua.startswith("axios"):
            h = {"Accept": "application/json, text/plain, */*", "User-Agent": ua, "Accept-Encoding": "gzip, compress,"
                                                                                                    " deflate, br"}
        elif ua.startswith("Grafana"):
            h["X-Grafana-Org-Id"] = "1"
            h["Accept-Encoding"] = "gzip"
        elif ua.startswith("Go-http"):
            h["Accept-Encoding"] = "gzip"
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.08):
            h["X-Request-Id"] = self.uuid()
        return h

    def encode_json(self, ua: str, doc: dict[str, Any]) -> str:
        if ua.startswith(("python", "Grafana")):
            return json.dumps(doc)
        if ua.startswith("curl"):
            return json.dumps(doc, ensure_ascii=False, indent=self.pick([None, 2]))
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))

    def api(self) -> dict[str, Any]:
        client_id, scope, ua = self.pick(API_CLIENTS)
        h = self.script_headers(ua)
        h["Authorization"] = f"Bearer {self.jwt(client_id, scope)}"
        roll = self.rng.random()
        writer = "write" in scope
        if roll < 0.32:
            params: list[tuple[str, str]] = []
            if self.chance(0.6):
                params.append(("limit", self.pick(["25", "50", "100", "200", "500"])))
            if self.chance(0.4):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 400]))))
            if self.chance(0.35):
                params.append(("team_id", self.pick([TEAM, TEAM, PARTNER_TEAM])))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0", "on", "True"])))
            if self.chance(0.3):
                params.append(("alerts", self.pick(["true", "false", "on", "off", "1"])))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query" if params else "header", self.get_request(uri, h))
        if roll < 0.5 or (roll < 0.66 and not writer):
            return self.record("api", "path", self.get_request(f"/api/users/{self.pick(self.user_ids)}", h))
        if roll < 0.66:
            doc = self.patch_doc()
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/merge-patch+json",
                                           "application/json; charset=utf-8"])
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.pick(self.user_ids)}",
                                               "body": self.encode_json(ua, doc), "headers": h})
        if roll < 0.84:
            day = self.rng.randint(12, 19)
            since = f"2024-08-{day:02d}" + self.pick(["T00:00:00Z", "", "T13:00:00+00:00", "T09:00:00-04:00",
                                                      "T00:00:00.000Z", "T08:00:00+02:00", "T00:00:00+09:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-08-20T00:00:00Z", "2024-08-20", "2024-08-20T13:00:00+00:00",
                                                   "2024-08-20T09:00:00-04:00"])))
            safe = ":" if ua.startswith(("curl", "Go-http")) else ""
            return self.record("api", "query", self.get_request("/api/usage/stats?" + urllib.parse.urlencode(
                params, safe=safe), h))
        if roll < 0.93 or not writer:
            return self.record("api", "header", self.get_request("/api/switches", h))
        doc = {"enabled": self.chance(0.5)}
        if self.chance(0.6):
            doc["team_id"] = self.pick([TEAM, PARTNER_TEAM, "*"])
        h["Content-Type"] = "application/json"
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                           "body": self.encode_json(ua, doc), "headers": h})

    def patch_doc(self) -> dict[str, Any]:
        roll = self.rng.random()
        p = self.person()
        if roll < 0.25:
            return {"name": self.pick(PATCH_NAMES)}
        if roll < 0.38:
            return {"name": p["name"], "email": p["email"]}
        if roll < 0.5:
            return {"is_active": self.chance(0.4)}
        if roll < 0.56:
            return {"is_admin": self.chance(0.5)}
        settings: dict[str, Any] = {}
        if self.chance(0.6):
            settings["timezone"] = self.pick(TIMEZONES)
        if self.chance(0.5):
            settings["alert_time"] = self.pick(["07:30", "08:15", "06:45", "09:00", "18:30"])
        if self.chance(0.4):
            settings["alerts"] = self.chance(0.6)
        if self.chance(0.3) or not settings:
            settings["units"] = self.pick(["metric", "imperial"])
        return {"settings": settings} if self.chance(0.7) else {"name": self.pick(PATCH_NAMES), "settings": settings}

    # ---- browsers -----------------------------------------------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        """The marketing site's analytics cookies, set on the parent domain and so sent here too."""
        jar = []
        if self.chance(0.3):
            jar.append(("_ga", f"GA1.1.{self.digits(9)}.{self.digits(10)}"))
            if self.chance(0.6):
                jar.append(("_ga_8RLNF2QX7D", f"GS1.1.{EPOCH - self.rng.randint(0, 9 ** 6)}.3.1.{EPOCH}.0.0.0"))
        if self.chance(0.08):
            jar.append(("ajs_anonymous_id", urllib.parse.quote(f'"{self.uuid()}"')))
        return jar

    def browser(self, index: int, lang: str, *, site: str = "same-origin", dest: str = "document",
                mode: str = "navigate", user_click: bool = True, referer: str | None = None,
                cookies: list[tuple[str, str]] | None = None, form: bool = False, origin: str = "null",
                accept: str | None = None) -> dict[str, str]:
        prof = BROWSERS[index]
        family = prof["family"]
        ua = str(prof["ua"])
        accept = accept or NAV_ACCEPT["firefox" if family == "firefox" else "safari" if family == "safari" else
                                      "chrome"]
        jar = "; ".join(f"{k}={v}" for k, v in (cookies or []) + self.site_cookies())
        h: dict[str, str] = {}
        if family in ("chrome", "edge"):
            if form:
                h["Cache-Control"] = "max-age=0"
            brand = "Microsoft Edge" if family == "edge" else "Google Chrome"
            version = "126" if "Chrome/126" in ua else "127"
            h["sec-ch-ua"] = (f'"Not)A;Brand";v="99", "{brand}";v="{version}", "Chromium";v="{version}"'
                              if version == "127" else '"Not/A)Brand";v="8", "Chromium";v="126"')
            h["sec-ch-ua-mobile"] = "?1" if prof.get("mobile") else "?0"
            h["sec-ch-ua-platform"] = str(prof["platform"])
            if mode == "navigate":
                h["Upgrade-Insecure-Requests"] = "1"
            if form:
                h["Origin"] = origin
                h["Content-Type"] = "application/x-www-form-urlencoded"
            h.update({"User-Agent": ua, "Accept": accept, "Sec-Fetch-Site": site, "Sec-Fetch-Mode": mode})
            if user_click and mode == "navigate":
                h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = dest
            if referer:
                h["Referer"] = referer
            h["Accept-Encoding"] = "gzip, deflate, br, zstd"
            h["Accept-Language"] = lang
            if jar:
                h["Cookie"] = jar
            h["Priority"] = "u=0, i" if dest == "document" else "u=0"
        elif family == "firefox":
            parts = lang.split(",")
            ff_lang = ",".join(p.split(";")[0] + (f";q={max(0.1, 1 - i * 0.2):.1f}" if i else "")
                               for i, p in enumerate(parts))
            h.update({"User-Agent": ua, "Accept": accept, "Accept-Language": ff_lang,
                      "Accept-Encoding": "gzip, deflate, br, zstd"})
            if form:
                h["Content-Type"] = "application/x-www-form-urlencoded"
                h["Origin"] = origin
            h["Connection"] = "keep-alive"
            if referer:
                h["Referer"] = referer
            if jar:
                h["Cookie"] = jar
            if mode == "navigate":
                h["Upgrade-Insecure-Requests"] = "1"
            h.update({"Sec-Fetch-Dest": dest, "Sec-Fetch-Mode": mode, "Sec-Fetch-Site": site})
            if user_click and mode == "navigate":
                h["Sec-Fetch-User"] = "?1"
            h["Priority"] = "u=0, i" if dest == "document" else "u=2"
        else:
            h.update({"Accept": accept, "Sec-Fetch-Site": site})
            if form:
                h["Content-Type"] = "application/x-www-form-urlencoded"
                h["Origin"] = origin
            if jar:
                h["Cookie"] = jar
            h.update({"Sec-Fetch-Dest": dest, "Accept-Language": ",".join(lang.split(",")[:2]),
                      "Sec-Fetch-Mode": mode, "User-Agent": ua})
            if referer:
                h["Referer"] = referer
            h.update({"Accept-Encoding": "gzip, deflate, br", "Connection": "keep-alive", "Priority": "u=0, i"})
        return h

    @staticmethod
    def place_of_get(uri: str, cookies: bool) -> str:
        if "?" in uri:
            return "query"
        return "cookie" if cookies else "header"

    # ---- the admin panel ----------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        name = self.pick(ADMINS)
        sess = self.admin_sessions[name]
        jar = [("__Host-jeeves_admin", sess["cookie"])]
        b, lang = int(sess["browser"]), str(sess["lang"])
        roll = self.rng.random()
        if roll < 0.42:
            uri = self.pick([
                "/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway",
                "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/features?done=switch_updated",
                "/admin/clients?done=client_disabled", "/admin/account?done=totp_enabled",
                "/admin/slack-sign-in?done=mapped", "/admin/audit?page=2",
                "/admin/users?" + urllib.parse.urlencode({"q": self.pick(SEARCH_Q)}),
                "/admin/users?" + urllib.parse.urlencode({"q": self.pick(SEARCH_Q), "page": self.rng.randint(2, 5)}),
                "/admin/audit?" + urllib.parse.urlencode({"q": self.pick(AUDIT_Q)}),
                "/admin/users?" + urllib.parse.urlencode({"done": "user_updated", "q": self.pick(SEARCH_Q + [""]),
                                                          "page": str(self.rng.randint(1, 4))}),
                "/admin/users?page=" + str(self.rng.randint(2, 17))])
            site = self.pick(["same-origin", "same-origin", "same-origin", "none"])
            h = self.browser(b, lang, site=site, cookies=jar, user_click=True)
            return self.record("admin", self.place_of_get(uri, True), self.get_request(uri, h))
        if roll < 0.47:
            h = self.browser(b, lang, dest="style", mode="no-cors", user_click=False, cookies=jar,
                             accept="text/css,*/*;q=0.1")
            return self.record("admin", "cookie", self.get_request("/admin/static/admin.css", h))
        if roll < 0.55:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=client.rotate",
                             "/admin/users?q=" + urllib.parse.quote(self.pick(SEARCH_Q)), "/admin/clients"])
            uri = "/admin/login?" + urllib.parse.urlencode({"next": nxt}, safe="/") if self.chance(0.7) else \
                "/admin/login"
            h = self.browser(b, lang, site=self.pick(["none", "same-origin"]),
                             cookies=[("__Host-jeeves_admin_login", self.token())] if self.chance(0.3) else None)
            return self.record("admin", self.place_of_get(uri, False), self.get_request(uri, h))
        csrf = str(sess["csrf"])
        if roll < 0.63:
            login_csrf = self.token()
            fields = [("csrf_token", login_csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/features",
                                                                       "/admin/audit?q=login"])),
                      ("username", self.pick(ADMINS + ["Mathilde.Gagnon", "lukasz.wisniewski "])),
                      ("password", self.pick(ADMIN_PASSWORDS)), ("totp", self.pick(["", "", "482913", "069 117",
                                                                                     "730045"]))]
            h = self.browser(b, lang, form=True, cookies=[("__Host-jeeves_admin_login", login_csrf)])
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        forms: list[tuple[str, list[tuple[str, str]]]] = [
            ("/admin/logout", [("csrf_token", csrf)]),
            (f"/admin/users/{self.pick(self.user_ids)}/{self.pick(['active', 'active', 'admin'])}",
             [("csrf_token", csrf), ("q", self.pick(SEARCH_Q + ["", ""])), ("page", str(self.rng.randint(1, 6))),
              ("value", self.pick(["0", "1"]))]),
            ("/admin/features", [("csrf_token", csrf), ("action", self.pick(ACTIONS)),
                                 ("enabled", self.pick(["0", "1"]))]),
            ("/admin/features", [("csrf_token", csrf), ("action", self.pick(ACTIONS)),
                                 ("team_id", self.pick([PARTNER_TEAM, TEAM, "t05ktsnb2x"])),
                                 ("enabled", self.pick(["0", "1"]))]),
            ("/admin/features/remove", [("csrf_token", csrf), ("action", self.pick(ACTIONS)),
                                        ("team_id", PARTNER_TEAM)]),
            ("/admin/clients/" + urllib.parse.quote(self.pick(CLIENT_DESCRIPTIONS)[0]) + "/"
             + self.pick(["rotate", "disable", "enable"]), [("csrf_token", csrf)]),
            ("/admin/slack-sign-in", [("csrf_token", csrf), ("username", self.pick(ADMINS)), ("team_id", TEAM),
                                      ("user_id", self.person(TEAM)["id"])]),
            ("/admin/slack-sign-in/remove", [("csrf_token", csrf), ("username", self.pick(ADMINS))]),
            ("/admin/account/totp/start", [("csrf_token", csrf)]),
            ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", self.base32(32)),
                                             ("totp", self.digits(6))]),
            ("/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.pick(ADMIN_PASSWORDS))]),
        ]
        client_id, description = self.pick(CLIENT_DESCRIPTIONS)
        create = [("csrf_token", csrf), ("client_id", client_id), ("description", description), ("scopes", "read")]
        if self.chance(0.35):
            create.append(("scopes", "write"))
        forms += [("/admin/clients", create)] * 3
        uri, fields = self.pick(forms)
        h = self.browser(b, lang, form=True, cookies=jar)
        return self.record("admin", "form", self.form_request(uri, h, fields))

    def base32(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))

    # ---- /me/ and signing in ------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        sess = self.pick(self.me_sessions)
        p = sess["person"]
        jar = [("__Host-jeeves_me", str(sess["cookie"]))]
        b, lang = int(p["browser"]), str(p["lang"])
        csrf = str(sess["csrf"])
        roll = self.rng.random()
        if roll < 0.38:
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            h = self.browser(b, lang, site=self.pick(["none", "same-origin", "same-origin"]), cookies=jar)
            return self.record("me", self.place_of_get(uri, True), self.get_request(uri, h))
        if roll < 0.66:
            place = self.pick(PLACES + [o[1] for o in OFFICES] + [f"Lanternfall {o[0]}" for o in OFFICES]
                              + ["Makuhari Messe", "Koelnmesse", "Seattle Convention Center"])
            if self.chance(0.08):
                place = " " + place
            fields = [("csrf_token", csrf), ("place", place)]
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.pick(["07:30", "08:15", "06:45", "09:00", "07:00", "12:30"])),
                       ("timezone", self.pick(TIMEZONES + ["America/Toronto ", "Europe/Warsaw"]))]
            uri = "/me/settings"
        elif roll < 0.93:
            fields, uri = [("csrf_token", csrf)], "/me/location/forget"
        elif roll < 0.96:
            fields, uri = [("csrf_token", csrf), ("confirm", "forget")], "/me/forget"
        else:
            fields, uri = [("csrf_token", csrf)], "/me/logout"
        h = self.browser(b, lang, form=True, cookies=jar)
        return self.record("me", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        p = self.person()
        b, lang = int(p["browser"]), str(p["lang"])
        roll = self.rng.random()
        if roll < 0.14:
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            h = self.browser(b, lang, site="none" if uri == "/auth/slack/" else "same-origin")
            return self.record("auth", self.place_of_get(uri, False), self.get_request(uri, h))
        if roll < 0.3:
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            h = self.browser(b, lang, site="same-origin")
            return self.record("auth", self.place_of_get(uri, False), self.get_request(uri, h))
        if roll < 0.55:
            state = self.token()
            if self.chance(0.12):
                query = urllib.parse.urlencode({"error": "access_denied", "state": state})
            else:
                query = urllib.parse.urlencode({"code": f"{self.digits(10)}.{self.digits(13)}.{self.hexs(64)}",
                                                "state": state})
            h = self.browser(b, lang, site="cross-site", cookies=[("__Host-jeeves_oidc_state", state)],
                             referer=self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/", None]))
            return self.record("auth", "query", self.get_request(f"/auth/slack/callback?{query}", h))
        token = self.token()
        if roll < 0.62:
            return self.record("auth", "path", self.link_preview(token))
        if roll < 0.8:
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{token}",
                                                                self.browser(b, lang, site="none")))
        csrf = self.token()
        h = self.browser(b, lang, form=True, cookies=[("__Host-jeeves_signin", csrf)])
        return self.record("auth", "form", self.csrf_post(f"/auth/slack/link/{token}", h, csrf))

    # ---- TokenDealer --------------------------------------------------------------------------------------
    def form_type(self, ua: str) -> str:
        if ua.startswith("axios"):
            return "application/x-www-form-urlencoded;charset=utf-8"
        if ua.startswith(("Apache", "node")):
            return "application/x-www-form-urlencoded; charset=UTF-8"
        return "application/x-www-form-urlencoded"

    def oauth(self) -> dict[str, Any]:
        client_id, scope, ua = self.pick(API_CLIENTS)
        h = self.script_headers(ua)
        h["Content-Type"] = self.form_type(ua)
        secret = self.secrets[client_id]
        basic = self.basic_credentials(client_id, secret)
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client_id, secret, h, basic, (scope, "read")))
        h["Authorization"] = basic
        fields = [("token", self.jwt(client_id, scope, fresh=self.chance(0.3)))]
        if self.chance(0.6):
            fields.append(("token_type_hint", "access_token"))
        uri = "/oauth/introspect" if roll < 0.82 else "/oauth/revoke"
        return self.record("oauth", "form", self.form_request(uri, h, fields))

    def verify(self) -> dict[str, Any]:
        client_id, scope, ua = self.pick(API_CLIENTS)
        h = self.script_headers(ua)
        h["Content-Type"] = self.form_type(ua)
        return self.record("verify", "form", self.verify_request(h, self.jwt(client_id, scope), 0.5))

    # ---- probes and metadata ------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        ua = self.pick(HEALTH_UAS)
        h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/plain,*/*"])}
        if ua.startswith("kube"):
            h["Connection"] = "close"
        method = "HEAD" if self.chance(0.15) else "GET"
        uri = "/readyz" if self.chance(0.2) else "/healthz"
        return self.record("health", "header", {"method": method, "uri": uri, "body": "", "headers": h})

    def meta(self) -> dict[str, Any]:
        ua = self.pick(META_UAS)
        roll = self.rng.random()
        h = {"User-Agent": ua, "Accept": "application/json"}
        if roll < 0.5:
            uri = "/.well-known/jwks.json"
            h["Accept"] = self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])
            if self.chance(0.4):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
        elif roll < 0.7:
            uri = "/.well-known/oauth-authorization-server"
        elif roll < 0.85:
            uri = "/openapi.json"
        else:
            uri = "/api/openapi.json"
        method = "HEAD" if self.chance(0.08) else "GET"
        return self.record("meta", "header", {"method": method, "uri": uri, "body": "", "headers": h})


ADMIN_PASSWORDS = ["correct-horse-Lantern-42!", "Tidecaller#2024!harpoon", "tP9!xq#Lm2$vRz&8wK", "Ashgrid_S7::Neonox",
                   "W0lfpack-Krak0w-2024", "Sauna&Salmiakki99", "Pão de queijo 4ever!", "x7@Hq2%Lz9^mB4*e",
                   "ember lantern whale oil 1883290", "MTL-hiver-2024-brrr!"]

PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 175), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 55), ("oauth", 55), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The studio's day, kinds interleaved (after Slack's URL verification of the re-installed app)."""
    return planned(Studio(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
