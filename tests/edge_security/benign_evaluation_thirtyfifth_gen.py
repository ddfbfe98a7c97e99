"""A week of a video game studio's traffic through the edge (benign only): Hollowpine Games, about 300 people
(engine and gameplay programmers, technical artists, designers, QA, build and live-ops engineers, community
managers and localization) in Montréal, Kraków, Guildford, Austin and Kyoto, with QA and player support vendors.

About 1,700 requests in a deployment's proportions, built only from what this product defines and reads
(app/routes, app/admin, app/account, tokendealer/routes, README.md):
- Slack: Events API callbacks for the bot's subscriptions (`app_mention`, `message.im`, `app_home_opened`):
  mentions in channels and threads, DMs of every kind and length (commands, chat, code, crash logs, patch
  notes), DM edits and deletions, the bot's own replies echoed back, file shares, link unfurls, reactions;
  `/jeeves ...` slash commands (Slack's standard form fields); `block_actions` clicks on the bot's own
  buttons (`set_location`, `forget_me_confirm`, `forget_me_cancel`) as a form-encoded `payload`.
- the data API: list/read/patch users, usage stats, feature switches, the OpenAPI document (scripts, CI,
  dashboards, editor tools with bearer tokens).
- the admin panel: users search and flags, audit search, switches and overrides, OAuth clients, TOTP,
  Slack sign-in mapping, login/logout, pages and the stylesheet.
- `/me/` (page, JSON download, location, settings, forget, logout; some forms posted as multipart),
  Sign in with Slack and the bot's one-time links, TokenDealer (token, introspect, revoke, verify_token),
  health and metadata GETs.
The texts are what a game studio types: HLSL/GLSL snippets, Lua and C# one-liners, in-game console commands,
crash stack traces, changelists and build numbers, patch notes, player handles with symbols and leetspeak,
localization strings in many scripts, emoji-heavy chat.

How it was written: by an independent benign author (evaluation_thirtyfifth), from the route list (name,
match, methods, upstream of gateway/gateway.yaml), app/, tokendealer/, README.md and the structure of
benign_day_gen.py. No WAF rule, exclusion, ruleset or other generator's texts were read, and the texts were
not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, an edited message's
nesting, the fenced parts of a text, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web
pieces (form_boundary, multipart_form, form_request, token_request, verify_request, get_request, signed_in,
oidc_params, link_preview, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import no_attacks, planned, slack_escape

SEED = 35_2024_1111
EPOCH = 1731315600  # 2024-11-11 09:00 UTC, a Monday (the week of the 1.4.2 patch)
TEAM, TEAM_DOMAIN = "T0HOLLOWPN", "hollowpine"
ENTERPRISE = "E0HOLLOWGRD"
OTHER_TEAMS = [("T0QAVNDRBU", "hollowpine-qa-bucharest"), ("T0PLYRSUPP", "hollowpine-player-support")]
APP_ID, BOT_USER, BOT_ID = "A07JEEVESHP", "U07JEEVES01", "B07JEEVES01"
HOST = "ops.hollowpine.games"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

FIRST = ["Siobhán", "Jean-Baptiste", "D'Shawn", "Anne-Marie", "Łukasz", "Yuki", "Björk", "José María", "Minh Khai",
         "Özge", "Mārtiņš", "Ngozi", "Kaʻiulani", "Søren", "Marie-Ève", "Wojciech", "Agnieszka", "Mathieu",
         "Hiroshi", "Ayaka", "Ji-hoon", "Seo-yeon", "Callum", "Imogen", "Rhys", "Tegan", "Dwayne", "Marisol",
         "Tanvir", "Priyanka", "Oksana", "Taras", "Élodie", "Gaëtan", "Rafael", "Luana", "Aleksi", "Eveliina",
         "Sakura", "Kenta", "Ioana", "Andrei", "Maricel", "Jomar", "Bongani", "Thandiwe", "Finn", "Niamh",
         "Zoltán", "Eszter", "Chidi", "Amara", "Raúl", "Xochitl", "Dmytro", "Mei-Ling", "Tomás", "Leilani"]
LAST = ["O'Connor-Reyes", "Lefèvre", "Mackenzie", "Ng", "Wójcik", "Tanaka-Brandt", "Guðmundsdóttir", "Aznar-Ruiz",
        "Nguyễn", "Çelik", "Bērziņš", "Adichie-Okoro", "Kealoha", "Kierkegaard-Holm", "Tremblay", "Gagnon",
        "Kowalczyk", "Zielińska", "Bouchard", "Yamamoto", "Fujiwara", "Park", "Choi", "MacLeod", "Fitzgerald",
        "Llewellyn", "ap Gruffydd", "Johnson", "Villanueva", "Rahman", "Chatterjee", "Shevchenko", "Bondarenko",
        "Côté", "D'Amours", "Carvalho", "Mäkinen", "Virtanen", "Nakamura", "Popescu", "Ionescu", "Dela Cruz",
        "Mthembu", "Ní Bhriain", "O'Sullivan", "Szabó", "Okonkwo", "Hernández", "Kovalenko", "St. Pierre",
        "van den Heuvel", "de la Fuente", "Al-Masri", "Nakashima", "McAllister", "Saint-Onge"]
ROLES = ["engine", "gameplay", "rendering", "tools", "build", "netcode", "audio", "tech-art", "design", "level",
         "qa", "qa", "qa", "community", "live-ops", "loc", "producer", "ui", "animation", "data"]

OFFICES = [
    ("Montréal", "America/Toronto"), ("Kraków", "Europe/Warsaw"), ("Guildford", "Europe/London"),
    ("Austin, TX", "America/Chicago"), ("京都", "Asia/Tokyo"), ("București", "Europe/Bucharest"),
    ("Quezon City", "Asia/Manila"), ("Helsinki", "Europe/Helsinki"),
]
PLACES = [
    "Montréal", "Montreal", "Montréal, QC", "Québec", "Laval", "Longueuil", "Saint-Jean-sur-Richelieu",
    "Kraków", "Krakow", "Łódź", "Wrocław", "Warszawa", "Gdańsk", "Katowice", "Guildford", "Leamington Spa",
    "Brighton & Hove", "Royal Tunbridge Wells", "Stoke-on-Trent", "Dundee", "Austin, TX", "Round Rock",
    "Bellevue, WA", "Redmond", "Coeur d'Alene", "O'Fallon, IL", "Winston-Salem", "Wilkes-Barre", "Kyoto", "京都",
    "京都市中京区", "大阪市", "東京都渋谷区", "札幌", "서울", "서울 마포구", "판교", "上海", "成都", "深圳", "台北",
    "București", "Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Quezon City", "Manila", "Cebu City",
    "Helsinki", "Espoo", "Tampere", "Oulu", "Stockholm", "Malmö", "Göteborg", "Reykjavík", "Tromsø", "Lyon",
    "Montpellier", "Saint-Mandé", "Bordeaux", "Paris 11e", "Praha", "Brno", "Kyiv", "Київ", "Львів",
    "Санкт-Петербург", "Tbilisi", "თბილისი", "Tel Aviv-Yafo", "Dubai", "الرياض", "Pune", "पुणे", "Bengaluru",
    "Singapore", "Melbourne", "Wellington", "Vancouver", "Burnaby, BC", "St. John's, NL", "São Paulo",
    "Curitiba", "Ciudad de México", "Bogotá", "Hà Nội", "Đà Nẵng", "Kuala Lumpur", "Seattle", "San Mateo",
    "Los Angeles", "Burbank", "Raleigh", "Cary, NC", "Madison, WI", "Baltimore", "Edinburgh", "Dún Laoghaire",
    "5505 Boul. Saint-Laurent, Montréal, QC H2T 1S6", "ul. Zabłocie 43B, 30-701 Kraków",
    "Surrey Research Park, Guildford GU2 7YP", "600 Congress Ave, Austin, TX 78701", "〒604-8005 京都市中京区",
    "Keilaranta 1, 02150 Espoo", "Str. Gheorghe Lazăr 24, Timișoara", "H2T 1S6", "GU1 4AA", "78701", "30-701",
    "45.5231,-73.5817", "50.0647° N, 19.9450° E", "35.0116, 135.7681", "-33.87,151.21", "Gamescom (Köln)",
    "Köln", "Anaheim", "San Francisco (GDC)", "Las Vegas", "Chiba (TGS)", "Makuhari Messe",
]
TIMEZONES = ["America/Toronto", "America/Montreal", "Europe/Warsaw", "Europe/London", "America/Chicago",
             "Asia/Tokyo", "Europe/Bucharest", "Asia/Manila", "Europe/Helsinki", "America/Los_Angeles",
             "America/New_York", "Europe/Paris", "Europe/Berlin", "Asia/Seoul", "Asia/Shanghai", "Europe/Kyiv",
             "America/Sao_Paulo", "Australia/Melbourne", "Pacific/Auckland", "Asia/Kolkata", "UTC",
             "America/Vancouver", "America/St_Johns", "Europe/Stockholm", "Asia/Singapore", "Europe/Dublin"]
CHANNELS = [("C06EMBRENG", "emberfall-engine"), ("C06RENDERNG", "rendering"), ("C06GAMEPLAY", "gameplay"),
            ("C06BUILDFRM", "build-farm"), ("C06QABUGS01", "qa-bugs"), ("C06PLAYTEST", "playtest"),
            ("C06TECHART0", "tech-art-shaders"), ("C06LIVEOPS0", "live-ops"), ("C06COMMUNTY", "community"),
            ("C06LOCALIZE", "localization"), ("C06AUDIO000", "audio"), ("C06PERFCAPT", "perf-captures"),
            ("C06MTLOFFCE", "office-montreal"), ("C06KRKOFFCE", "office-krakow"), ("C06PATCHNTS", "patch-notes"),
            ("C06RANDOM00", "random"), ("C06GENERAL0", "general"), ("C06NETCODE0", "netcode"),
            ("C06TINYTANK", "tiny-tanks-tactics"), ("C06CERTIFY0", "cert-and-submission")]
LINKS = [
    "https://jira.hollowpine.games/browse/EMB-18342", "https://jira.hollowpine.games/browse/TTT-2291?focusedId=99120",
    "https://jira.hollowpine.games/secure/RapidBoard.jspa?rapidView=41&quickFilter=212",
    "https://build.hollowpine.games:8111/viewLog.html?buildId=77312&buildTypeId=Emberfall_Win64_Shipping",
    "https://build.hollowpine.games:8111/buildConfiguration/Emberfall_PS5_Cook/77290?buildTab=log",
    "https://swarm.hollowpine.games/changes/482913", "https://swarm.hollowpine.games/reviews/48811/v3/",
    "https://backtrace.hollowpine.games/p/emberfall/triage?time=week&aggregations=count",
    "https://grafana.hollowpine.games:3000/d/srv-tick/dedicated-servers?orgId=1&var-region=eu-west&from=now-3h",
    "https://store.steampowered.com/app/1942060/Emberfall/", "https://steamcommunity.com/app/1942060/discussions/0/",
    "https://discord.gg/emberfall", "https://www.twitch.tv/videos/2293344212?t=01h12m33s",
    "https://youtu.be/aQ9wL2kPz0E?t=95", "https://emberfall.fandom.com/wiki/Ashen_Vault",
    "https://www.reddit.com/r/Emberfall/comments/1gmz3k2/patch_142_notes/",
    "https://docs.unrealengine.com/5.3/en-US/console-variables-reference-for-unreal-engine/",
    "https://docs.unity3d.com/ScriptReference/Physics.Raycast.html",
    "https://learn.microsoft.com/en-us/windows/win32/direct3dhlsl/dx-graphics-hlsl-intrinsic-functions",
    "https://registry.khronos.org/OpenGL-Refpages/gl4/html/texture.xhtml", "https://www.lua.org/manual/5.4/",
    "https://docs.google.com/spreadsheets/d/1Hq8pN2vXcY/edit#gid=1188291", "https://miro.com/app/board/uXjVN4k1=/",
    "https://www.figma.com/file/8zQhD0/HUD-v7?node-id=12%3A4410",
    "https://confluence.hollowpine.games/display/EMB/Cert+checklist+PS5", "https://renderdoc.org/docs/",
    "https://partner.steamgames.com/doc/store/updates", "https://hollowpine.games/news/emberfall-patch-1-4-2",
]
EMOJI = [":fire:", ":bug:", ":video_game:", ":joystick:", ":space_invader:", ":boom:", ":sob:", ":pray:", ":eyes:",
         ":white_check_mark:", ":x:", ":warning:", ":ship:", ":test_tube:", ":art:", ":loud_sound:", ":skull:",
         ":tada:", ":partyparrot:", ":this-is-fine:", ":green_build:", ":red_build:", ":crunch:", ":coffee:",
         "🎮", "🕹️", "👾", "🐛", "💥", "🔥", "😭", "🙏", "✅", "❌", "⚠️", "🚢", "🧪", "🎨", "🔊", "💀", "🫠", "🥲",
         "🤌", "👀", "🐉", "⚔️", "🛡️", "🏹", "🧙\u200d♀️", "😂", "🍁", "☕"]
HANDLES = ["xX_DarkSlayer_Xx", "n00bmaster69", "L3g0las_", "ŦΉΣ_ŞĦΔĐØW", "★彡Sakura彡★", "[TTV]Gh0stFace",
           "|-|4xx0r", "Mr. O'Malley", "Jeanne-d'Arc_FR", "ᴋɪʟʟᴇʀǫᴜᴇᴇɴ", "~*~Luna~*~", "d3@thR0w", "$n1p3r_Wolf",
           "Zer0Cool#4471", "💀ReaperMain💀", "GrannyG4mer (72yo)", "Ĺėğėńđ_Ķîłłęŕ", "TankMommy🛡️", "小龍女", "검은늑대",
           "Пельмень_99", "el_Chupacabra!!", "3mb3rL0rd", "ŞerefsizKedi", "o_O", "Dr. Pepper & Salt", "{RGB}Unicorn",
           "Ⓝⓘⓝⓙⓐ", "ラーメン大好き小池さん", "KnightOfNi_", "404_SkillNotFound", "1337_h4x", "D'Artagnan-42",
           "pwnstar★", "ṀεƬΔŁ_ΜΔЯƊ", "glhf_ggwp", "^_^Sunny^_^", "Bob the Builder (real)", "Tsuki🌙", "Frostbyte.exe"]
CONSOLE = ["sv_cheats 1", "give weapon_ak47", "give item_ashblade 1", "god", "noclip", "r.ScreenPercentage 67",
           "stat unit", "stat gpu", "stat fps", "t.MaxFPS 0", "showflag.postprocessing 0", "r.Streaming.PoolSize 3000",
           "fps_max 240", "mp_restartgame 1", "bot_kick", "host_timescale 0.25", "cl_showfps 1",
           "bind \"F9\" \"screenshot\"", "exec qa_perf.cfg", "connect 10.20.4.117:27015", "changelevel ashen_vault_p",
           "net_graph 1", "spawn npc_wolf_alpha 3", "tp 1024 -512 96", "setpos -1840.5 223.0 64.03; setang 0 90 0",
           "DumpConsoleCommands", "obj list class=Texture2D", "ke * ToggleDebugCamera", "r.VSync 0",
           "slomo 0.1", "ShowDebug AbilitySystem", "AbilitySystem.Debug.NextCategory", "r.Shadow.Virtual.Enable 0",
           "Emb.AI.DrawPerception 1", "Emb.Loot.ForceDrop legendary", "stat streaming", "memreport -full",
           "r.ProfileGPU.ShowUI 1", "profilegpu", "p.NetShowCorrections 1", "NetEmulation.PktLag 150",
           "NetEmulation.PktLoss 5", "teleport_to ironhold_gate", "set_time_of_day 21:30", "weather_set blizzard"]

# Quick channel and DM chatter. @@M@@ person, @@L@@ link, @@C@@ channel, @@P@@ place, @@N@@ number,
# @@CL@@ changelist, @@B@@ build, @@H@@ player handle, @@K@@ console command.
CHAT = [
    "morning! :coffee: build @@B@@ is green on all platforms", "gm gm", "brb, playtest in 5", "lunch? poutine run 🍁",
    "who broke the PS5 cook? CL @@CL@@ looks suspicious :eyes:", "green build finally :green_build: shipping it 🚢",
    "can someone review @@L@@ ? tiny shader fix, promise", "merged to //depot/Emberfall/Main, thanks @@M@@!",
    "the build farm is at 94% disk again, clearing DDC on agents 3-7", "ok who left `@@K@@` in DefaultEngine.ini 😂",
    "repro rate 3/10 on XSX devkit, 0/10 on PC", "can't repro on CL @@CL@@, closing as Cannot Reproduce?",
    "QA sweep of the Ashen Vault done, 14 new bugs, 2 A-class 🐛", "playtest at 15:00 EST / 21:00 CET in @@C@@",
    "player @@H@@ keeps reporting the same dupe glitch lol", "is `@@K@@` still a thing in shipping builds?",
    "heads up: p4 server maintenance Sat 02:00-04:00 UTC", "new hitch on the bridge at 1:23 in the capture",
    "frame time on Steam Deck: 28-31ms, we need 25 for the 40Hz mode", "greybox of the harbor is in, go break it",
    "nerf the greatsword heavy again? 120 → 108 → 96?? designers pls 😭", "lgtm, nit: rename `tmp2` pls",
    "who owns the `Emb.Loot.*` cvars?", "it's -18°C in @@P@@ and the office heating is down :skull:",
    "snow day in @@P@@ ❄️ wfh everyone", "anyone else's editor crashing on PIE after today's sync?",
    "do not sync past @@CL@@ yet, shaders are recompiling forever", "ty!", "np", "ack", "on it", "+1", "same",
    "💀💀💀", "gg", "ggwp team 🎉", "nice catch @@M@@", "ping @@M@@ re: the TRC checklist", "sry wrong channel",
    "Bonjour l'équipe ! Le playtest de jeudi est déplacé à 14 h (heure de Montréal).", "C'est quoi le mot de passe "
    "du wifi invité déjà ?", "Cześć! Kto ma klucz do devkita PS5 nr 3?", "Dzięki, działa 🙏",
    "おはようございます！今日のビルドは問題なさそうです", "ローカライズの確認お願いします🙏",
    "빌드 깨졌어요 ㅠㅠ 확인 부탁드려요",
    "Мы выложили хотфикс на стейдж, проверьте пожалуйста", "Obrigado, pessoal! Até amanhã 👋", "Kiitos! 🙌",
    "¡Buen trabajo con el parche, equipo! 🔥", "Mulțumesc! Revin după pauză.", "Salamat po! 🙏",
    "the ticket literally says \"game go brrrr then crash\" 🫠", "Steam reviews went from Mixed to Mostly Positive 🎉",
    "live-ops: double XP weekend starts Fri 18:00 UTC, ends Mon 06:00 UTC", "Twitch drop campaign is live @@L@@",
    "community report: @@H@@ found a way under the map near Ironhold, video @@L@@",
    "my cell is +1 (512) 555-0173 if the build farm explodes tonight", "call me on +48 12 345 67 89 if cert fails",
    "Room \"Ashen Vault\" (4th floor) is double-booked at 2pm, moving to \"Ironhold\"",
    "reminder: expense GDC receipts by Nov 15, anything > $75 needs the itemized one",
    "Tiny Tanks Tactics hit 250k wishlists 🎉🎉", "we are 11 days from cert submission, no new features pls 🙏",
    "@@M@@ can you give me access to the perf-captures bucket?", "oops typo'd the command, ignore",
    "is it me or is p4v slow today", "restarting agent build-win-14, shout if you're using it",
    "fun fact: our longest cvar name is 71 chars", "the wolf AI is stuck in the T-pose again 🐺",
    "50% off Emberfall on Steam this week, tell your friends", "bonus: the vending machine takes tap now",
]
TECH = [
    "```hlsl\nfloat4 PSMain(VSOut i) : SV_Target\n{\n    float3 n = normalize(i.normalWS);\n    float ndl = saturate("
    "dot(n, -_LightDir.xyz));\n    float4 albedo = _MainTex.Sample(sampler_MainTex, i.uv) * _Tint;\n    return "
    "float4(albedo.rgb * (ndl * _LightColor.rgb + _Ambient), albedo.a);\n}\n```",
    "```glsl\n#version 330 core\nin vec2 vUV;\nout vec4 FragColor;\nuniform sampler2D uScene;\nuniform float uTime;\n"
    "void main() {\n    vec2 uv = vUV + 0.002 * vec2(sin(uTime * 3.0 + vUV.y * 40.0), 0.0);\n    FragColor = "
    "vec4(texture(uScene, uv).rgb, 1.0);\n}\n```",
    "fresnel rim that art asked for: `float rim = pow(1.0 - saturate(dot(N, V)), _RimPower) * _RimIntensity;`",
    "dithered fade: `clip(_Fade - Dither4x4(i.screenPos.xy / i.screenPos.w * _ScreenParams.xy));`",
    "```hlsl\n#pragma multi_compile _ _MAIN_LIGHT_SHADOWS _MAIN_LIGHT_SHADOWS_CASCADE\n#pragma multi_compile_fragment "
    "_ _SHADOWS_SOFT\n#include \"Packages/com.unity.render-pipelines.universal/ShaderLibrary/Lighting.hlsl\"\n```",
    "```glsl\nvec3 aces(vec3 x) {\n  const float a = 2.51, b = 0.03, c = 2.43, d = 0.59, e = 0.14;\n  return "
    "clamp((x * (a * x + b)) / (x * (c * x + d) + e), 0.0, 1.0);\n}\n```",
    "lua one-liner for the loot table dump: `for i, v in ipairs(Inventory.items) do print(i, v.id, v.count) end`",
    "`local dmg = math.floor(base * (1 + crit) * (armor > 0 and 100 / (100 + armor) or 1) + 0.5)`",
    "```lua\nif player:GetHealth() <= 0 then\n  Game.Respawn(player, spawnPoints[math.random(#spawnPoints)])\nend\n```",
    "in the mod API: `require(\"ui.hud\").setVisible(false)` then `Hud.Toast(\"Saved!\", 2.5)`",
    "```lua\nlocal f = io.open(\"savegame_slot2.json\", \"r\")\nlocal data = json.decode(f:read(\"*a\"))\nf:close()\n"
    "print(data.player.level, #data.player.quests)\n```",
    "C# for the spawner log: `Debug.Log($\"[Spawner] wave {wave} spawned {count} enemies in {sw.ElapsedMilliseconds}"
    " ms\");`",
    "`var rb = GetComponent<Rigidbody>(); rb.AddForce(Vector3.up * jumpForce, ForceMode.Impulse);`",
    "```csharp\n[SerializeField] private float _coyoteTime = 0.12f;\n[SerializeField, Range(0f, 1f)] private float "
    "_jumpBuffer = 0.15f;\n\nvoid Update() {\n    if (Input.GetKeyDown(KeyCode.F5)) SaveSystem.QuickSave();\n}\n```",
    "`if (Physics.Raycast(cam.transform.position, cam.transform.forward, out var hit, 100f, "
    "~LayerMask.GetMask(\"Player\"))) Debug.DrawLine(cam.transform.position, hit.point, Color.red, 2f);`",
    "```csharp\npublic static T GetOrAdd<T>(this GameObject go) where T : Component\n    => go.TryGetComponent<T>(out"
    " var c) ? c : go.AddComponent<T>();\n```",
    "```cpp\nUE_LOG(LogEmbAI, Warning, TEXT(\"Wolf %s lost target at %s (dist=%.1f)\"), *GetName(), "
    "*GetActorLocation().ToString(), Dist);\n```",
    "```cpp\nif (!ensureMsgf(IsValid(AbilityComp), TEXT(\"No ASC on %s\"), *GetNameSafe(Owner))) { return; }\n```",
    "try `@@K@@` and then `stat unit` — the GPU time is the problem, not game thread",
    "repro: 1) load ashen_vault_p 2) `@@K@@` 3) `@@K@@` 4) dodge-roll into the gate → fall through",
    "```\n[/Script/Engine.RendererSettings]\nr.DefaultFeature.AntiAliasing=2\nr.Shadow.Virtual.Enable=1\n"
    "r.Lumen.TraceMeshSDFs=0\n\n[SystemSettings]\nt.MaxFPS=0\nr.VSync=0\n```",
    "```\nFatal error: [File:D:\\build\\++Emberfall+Main\\Sync\\Engine\\Source\\Runtime\\RenderCore\\Private\\"
    "RenderingThread.cpp] [Line: 1123]\nRendering thread exception:\nUnhandled Exception: EXCEPTION_ACCESS_VIOLATION "
    "reading address 0x0000000000000018\n\nEmberfall-Win64-Shipping.exe!FDeferredShadingSceneRenderer::"
    "RenderBasePass() [BasePassRendering.cpp:1045]\nEmberfall-Win64-Shipping.exe!FDeferredShadingSceneRenderer::"
    "Render() [DeferredShadingRenderer.cpp:2210]\nEmberfall-Win64-Shipping.exe!RenderViewFamilies_RenderThread() "
    "[SceneRendering.cpp:4400]\nkernel32.dll!BaseThreadInitThunk()\nntdll.dll!RtlUserThreadStart()\n```",
    "```\nNullReferenceException: Object reference not set to an instance of an object\n  at EnemyAI.UpdateTarget () "
    "[0x00012] in Assets/Scripts/AI/EnemyAI.cs:88\n  at EnemyAI.Update () [0x00001] in Assets/Scripts/AI/EnemyAI.cs:41"
    "\n```",
    "```\n*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\nBuild fingerprint: 'google/oriole/oriole:14/"
    "AP2A.240805.005/12025142:user/release-keys'\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr "
    "0x0000000000000008\nbacktrace:\n  #00 pc 0x0000000004a1c2f4  /data/app/~~x1Q==/com.hollowpine.tinytanks-2/lib/"
    "arm64/libil2cpp.so (TankController_FixedUpdate_m1A2B+212)\n  #01 pc 0x0000000004a1b880  .../libil2cpp.so\n```",
    "```\nAssertion failed: IsInGameThread() [File:D:\\build\\++Emberfall+Main\\Sync\\Engine\\Source\\Runtime\\"
    "CoreUObject\\Private\\UObject\\UObjectGlobals.cpp] [Line: 1640]\n```",
    "```\nLogD3D12RHI: Error: GPU crash detected: DXGI_ERROR_DEVICE_REMOVED (0x887A0005)\nLogD3D12RHI: Error: "
    "Last completed breadcrumb: BasePass > Nanite::DrawBasePass\nLogRHI: Error: Active GPU breadcrumbs: 3\n```",
    "Vulkan on the Deck: `VK_ERROR_DEVICE_LOST` after ~40 min in the blizzard, crash dump in "
    "`%LOCALAPPDATA%\\Emberfall\\Saved\\Crashes\\UECC-Windows-8F3A21C94B1E\\`",
    "log is at `C:\\Users\\qa.tester\\AppData\\Local\\Emberfall\\Saved\\Logs\\Emberfall.log` on devkit-07",
    "PS5 error code CE-108255-1 on boot, XSX shows 0x80070005 when resuming from Quick Resume",
    "```\n$ p4 sync //depot/Emberfall/Main/...@482913\n$ p4 describe -s 482913 | head -20\n$ p4 opened -c default\n```",
    "```\n./RunUAT.sh BuildCookRun -project=Emberfall.uproject -platform=Linux -clientconfig=Shipping -cook -stage "
    "-pak -archive -archivedirectory=/mnt/builds/482913 -nop4 -utf8output\n```",
    "`adb logcat -s Unity ActivityManager DEBUG | grep -i tinytanks`",
    "`git lfs pull --include=\"Assets/Art/Characters/**\" --exclude=\"*.psd\"`",
    "analytics ask: ```sql\nSELECT zone, COUNT(*) AS deaths, AVG(player_level) AS lvl\nFROM telemetry.deaths\n"
    "WHERE build = '1.4.2' AND ts >= '2024-11-08'\nGROUP BY zone\nORDER BY deaths DESC\nLIMIT 20;\n```",
    "```json\n{\"event\": \"boss_kill\", \"boss\": \"ashen_warden\", \"duration_s\": 412.7, \"party\": 3, "
    "\"deaths\": 5, \"build\": \"1.4.2.7731\", \"platform\": \"ps5\"}\n```",
    "loc string is broken: `\"<color=#FFAA00>{playerName}</color> defeated the <b>Ashen Warden</b>!\"` shows "
    "the tags in Korean",
    "format strings in the PL file are swapped: `\"%s podniósł %d złota\"` should be `\"%2$s ... %1$d\"`?",
    "```\n| scene          | GPU ms | GT ms | draws | tris  |\n|----------------|--------|-------|-------|-------|\n"
    "| ashen_vault_p  | 14.2   | 9.8   | 3,412 | 8.1M  |\n| ironhold_gate  | 18.9   | 11.3  | 5,907 | 12.4M |\n"
    "| harbor_greybox | 6.1    | 4.2   | 1,220 | 2.0M  |\n```",
    "overdraw on the waterfall VFX is 11x in the center, can we cut the particle count from 2,400 to ~800?",
    "PSO cache: 18,442 PSOs collected on PC, first-launch hitching down ~35% with the precache",
    "netcode: at 150 ms + 5% loss, rollback is 7 frames, desync after ~4 min in 3v3",
    "tick rate 30 → 60 on dedicated servers costs +38% CPU, eu-west fleet would need 14 more c6i.2xlarge",
]
LONG = [
    "*Emberfall — Patch 1.4.2 (PC / PS5 / Xbox Series X|S)* :ship:\n\n*Fixes*\n• Fixed a crash when alt-tabbing "
    "during the Ashen Vault cutscene\n• Reduced shader compilation stutter on first launch (~35% fewer hitches)\n• "
    "Fixed wolves occasionally T-posing after a stagger\n• Players can no longer clip through the Ironhold gate "
    "with a dodge-roll + emote cancel 🙃\n\n*Balance*\n• Greatsword heavy attack: 120 → 108\n• Ember Ward cooldown: "
    "45s → 38s\n\n*Known issues*\n• Controller vibration stays on after pausing (fix in 1.4.3)\n\nFull notes: @@L@@",
    "*Playtest #23 summary* (n=18, 90 min, build @@B@@)\n1. Onboarding: 6/18 missed the dodge tutorial prompt — "
    "too fast?\n2. Ashen Warden: median 7 attempts, 3 people rage-quit at phase 2 😬\n3. Most quoted line: \"the "
    "wolves are scarier than the boss\"\n4. Perf: 2 hitches > 200 ms on the bridge (known)\n\n_Top ask:_ a map "
    "marker for the Ember shrines.\nRaw notes in @@L@@, cc @@M@@ @@M@@",
    "Postmortem draft — *Sat outage of the EU matchmaking fleet* (47 min)\n> Timeline (UTC): 19:02 deploy of "
    "mm-svc 3.8.0 · 19:05 queue times > 5 min · 19:21 rollback started · 19:49 recovered\n*Root cause:* the new "
    "region affinity rule sent every party with a player in `eu-north` to a single pool.\n*Action items:* canary "
    "by region, alert on p95 queue time > 90 s, load test with 3k CCU.\nComments welcome before Thu 🙏",
    "Cert status for *Emberfall 1.5 (PS5)* ✅❌\n- TRC R4032 (save data icon): ✅ fixed in CL @@CL@@\n- TRC R5107 "
    "(activity cards): ❌ still failing for the \"Ashen Vault\" activity\n- Trophy pack: ✅ uploaded\n- Age "
    "ratings: PEGI 16 / ESRB M / USK 16 / CERO D ✅\nSubmission target: *Nov 22* (= 11 days). Freeze on Main "
    "from Mon 09:00 EST.",
    "Localization review for 1.4.3 🌍\n• FR-CA: « Sauvegarde en cours… Ne pas éteindre la console. » ✅\n• JA: "
    "「セーブ中です。電源を切らないでください。」 ✅\n• KO: \"저장 중입니다. 전원을 끄지 마세요.\" ✅\n• ZH-HANS: "
    "正在保存，请勿关闭电源。 ✅\n• PL: „Zapisywanie… Nie wyłączaj konsoli.” — too long for the toast (42 > 36 chars) "
    "❌\n• AR: \"جارٍ الحفظ... لا تقم بإيقاف تشغيل الجهاز\" — RTL mirroring of the icon still off ❌\n• PT-BR: "
    "\"Salvando… Não desligue o console.\" ✅\n• TH: \"กำลังบันทึก… กรุณาอย่าปิดเครื่อง\" — font fallback "
    "missing ❌",
    "Hey team 👋 quick community update from the weekend:\n• Discord hit 120k members, #bug-reports got 431 posts "
    "(dupes merged → 58 unique)\n• Top 3: wolf T-pose, Ironhold clip, controller rumble\n• Player @@H@@ made an "
    "amazing speedrun (41:07, any%) using the gate clip, video @@L@@ 😅\n• Sentiment on Reddit is mostly positive "
    "after 1.4.2, people love the shader-stutter fix\nI'll post the weekly report in @@C@@ on Wed.",
    "Build farm weekly 📈\n```\nbuilds: 1,284 (+7%) · success 91.2% · median 38m12s · p95 1h47m\nslowest step: "
    "CookPS5 (p95 52m) · DDC hit rate 87% · agents: 22 win / 6 linux / 4 mac\nflaky tests: "
    "Emb.AI.Perception.LineOfSight (14 fails), Emb.Save.CloudSync (9)\n```\nPlan: add 4 agents with NVMe, shard "
    "the PS5 cook. Objections → thread 🧵",
    "Design doc comment on *Ember Ward* (v0.7): I think the 38 s cooldown makes it mandatory in every build. "
    "Proposal:\n```\ncooldown = 38s * (1 + 0.15 * stacks)   // diminishing\nshield   = 120 + 4 * wisdom, cap 400\n"
    "```\nand we cap stacks at 3. Numbers in the sheet @@L@@. @@M@@ thoughts?",
]
COMMANDS = ["weather", "weather @@P@@", "weather @@P@@", "weather @@P@@", "Weather @@P@@", "weather in @@P@@",
            "wether @@P@@", "weather @@P@@ 🌧️", "remember location @@P@@", "remember location @@P@@",
            "Remember Location @@P@@", "my location", "forget location", "help", "help 🙏", "config",
            "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@", "config time @@T@@",
            "config units imperial", "config units metric", "config unit imperial", "alerts on", "alerts off",
            "alerts", "login", "forget me", "weather tomorrow?", "is it snowing at the @@P@@ office?",
            "remember location", "config alert_time 7:30am", "config timezone EST", "what can you do",
            "weather for the playtest in @@P@@ pls", "alerts on pls 🙏"]
CRASH_FILES = ["UECC-Windows-8F3A21C94B1E.zip", "minidump_2024-11-11_14-02-33.dmp", "Emberfall.log",
               "tombstone_04.txt", "capture_ashen_vault_1.4.2.rdc", "insights_482913.utrace",
               "Screenshot 2024-11-11 at 10.42.13.png", "bug_EMB-18342_repro.mp4", "playtest23_notes (final) v2.pdf",
               "perf_budget_Q4.xlsx", "wolf_tpose.gif", "ロゴ_最終版.png", "przycisk_HUD_v7.psd",
               "patch_1.4.2_notes.md"]


class Studio(WebApp):

    prefix = "evaluation_thirtyfifth-benign"
    id_chars = ID_CHARS
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, "hpVerifTok9Lq2mWx7Rz4sBn", BASE
    ts_window = iat_window = event_window = (0, 5 * 86400)
    client_id_after, context_bytes, enterprise = "scope", 30, ENTERPRISE
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(240):
            first, last = self.pick(FIRST), self.pick(LAST)
            office, tz = self.pick(OFFICES)
            ascii_first = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "dev"
            ascii_last = "".join(c for c in last.lower() if c.isascii() and (c.isalpha() or c == "-")) or "x"
            team, domain = (TEAM, TEAM_DOMAIN) if self.chance(0.88) else self.pick(OTHER_TEAMS)
            self.people.append({
                "id": self.sid("U0", 9), "name": f"{first} {last}", "handle": f"{ascii_first}.{ascii_last}",
                "email": f"{ascii_first}.{ascii_last}{'' if i % 11 else i}@hollowpine.games", "office": office,
                "tz": tz, "role": self.pick(ROLES), "team": team, "domain": domain, "row": str(1000 + i * 7)})
        self.dm_of: dict[str, str] = {p["id"]: self.sid("D0", 9) for p in self.people}

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 9, 10, 11, 12, 16, 18, 22]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def changelist(self) -> str:
        return str(self.rng.randint(478000, 484999))

    def build(self) -> str:
        return self.pick([f"1.4.2.{self.rng.randint(7700, 7799)}",
                          f"0.9.{self.rng.randint(0, 12)}-rc{self.rng.randint(1, 4)}",
                          f"CL {self.changelist()}", f"v1.5.0+b{self.rng.randint(4000, 4999)}",
                          f"Emberfall-Main-{self.changelist()}-Win64-Shipping"])

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, Slack's own escaping and <...> markup."""
        out = slack_escape(text) if slack else text
        table = {"@@K@@": lambda: self.pick(CONSOLE), "@@P@@": lambda: self.pick(PLACES),
                 "@@H@@": lambda: self.pick(HANDLES), "@@B@@": self.build, "@@CL@@": self.changelist,
                 "@@N@@": lambda: str(self.rng.randint(2, 64)), "@@TZ@@": lambda: self.pick(TIMEZONES),
                 "@@T@@": self.alert_time}
        for key, make in table.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|the ticket", "|CL", "|capture", "|dashboard", "|clip"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            text = self.pick(CHAT)
            if self.chance(0.4):
                text += " " + " ".join(self.pick(EMOJI) for _ in range(self.rng.randint(1, 3)))
        elif roll < 0.85:
            text = self.pick(["", "", "hmm ", "fyi ", "seeing this on the devkit:\n", "any idea? ", "@@M@@ ",
                              "from the nightly:\n", "QA repro:\n"]) + self.pick(TECH)
            if self.chance(0.3):
                text += "\n" + self.pick(["halp 😭", "thoughts?", "fixed in CL @@CL@@", "cc @@M@@", "🐛🐛🐛",
                                          "(devkit-07, build @@B@@)", "ideas welcome 🙏"])
        else:
            text = self.pick(LONG)
        return self.fill(text)

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    def person(self) -> dict[str, str]:
        return dict(self.pick(self.people))

    def browser(self) -> dict[str, str]:
        kind = self.pick(["chrome-win", "chrome-win", "chrome-mac", "edge", "firefox", "safari", "chrome-linux",
                          "safari-ios", "chrome-android"])
        langs = self.pick(["en-US,en;q=0.9", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,"
                           "en;q=0.7", "en-GB,en;q=0.9", "ja-JP,ja;q=0.9,en-US;q=0.8", "ko-KR,ko;q=0.9,en;q=0.8",
                           "ro-RO,ro;q=0.9,en;q=0.8", "fil-PH,fil;q=0.9,en;q=0.8", "fi-FI,fi;q=0.9,en;q=0.8",
                           "pt-BR,pt;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8"])
        chrome_v = self.pick(["130", "131", "129"])
        h: dict[str, str] = {"Accept-Language": langs, "Accept-Encoding": "gzip, deflate, br, zstd"}
        if kind.startswith("chrome") or kind == "edge":
            plat = {"chrome-win": ("Windows NT 10.0; Win64; x64", '"Windows"', "?0"),
                    "chrome-mac": ("Macintosh; Intel Mac OS X 10_15_7", '"macOS"', "?0"),
                    "chrome-linux": ("X11; Linux x86_64", '"Linux"', "?0"),
                    "chrome-android": ("Linux; Android 10; K", '"Android"', "?1"),
                    "edge": ("Windows NT 10.0; Win64; x64", '"Windows"', "?0")}[kind]
            ua = f"Mozilla/5.0 ({plat[0]}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome_v}.0.0.0 "
            ua += "Mobile Safari/537.36" if kind == "chrome-android" else "Safari/537.36"
            brand = f'"Chromium";v="{chrome_v}", "Google Chrome";v="{chrome_v}", "Not?A_Brand";v="99"'
            if kind == "edge":
                ua += f" Edg/{chrome_v}.0.0.0"
                brand = f'"Microsoft Edge";v="{chrome_v}", "Chromium";v="{chrome_v}", "Not?A_Brand";v="24"'
            h.update({"User-Agent": ua, "sec-ch-ua": brand, "sec-ch-ua-mobile": plat[2],
                      "sec-ch-ua-platform": plat[1]})
        elif kind == "firefox":
            h["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
            h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        elif kind == "safari":
            h["User-Agent"] = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
                               "Gecko) Version/18.1 Safari/605.1.15")
            h["Accept-Encoding"] = "gzip, deflate, br"
        else:
            h["User-Agent"] = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                               "like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")
            h["Accept-Encoding"] = "gzip, deflate, br"
        return h

    def page_headers(self, site: str = "same-origin", referer: str | None = None) -> dict[str, str]:
        h = self.browser()
        h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        if "sec-ch-ua" in h:
            h.update({"Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-User": "?1",
                      "Sec-Fetch-Dest": "document", "Upgrade-Insecure-Requests": "1"})
        if referer:
            h["Referer"] = referer
        if self.chance(0.1):
            h["Cache-Control"] = "max-age=0"
        return h

    def form_headers(self) -> dict[str, str]:
        """A form post from our own page: the edge's no-referrer policy makes it Origin: null, no Referer."""
        h = self.page_headers("same-origin")
        h.update({"Origin": "null", "Content-Type": "application/x-www-form-urlencoded", "Cache-Control": "max-age=0"})
        return h

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"), self.form_boundary("gecko")])
        return self.multipart_form(boundary, fields)

    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.3:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
            if self.chance(0.4):
                h["tracestate"] = "hp=t61rcWkgMzE,dd=s:1;o:rum;t.dm:-1"
        elif roll < 0.45:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=emberfall-tools%401.14.0,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        elif roll < 0.55:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"ci-{self.rng.randint(70000, 79999)}-{self.hexs(8)}",
                                           f"teamcity:{self.rng.randint(70000, 79999)}.step-3"])

    def cookies(self, *pairs: tuple[str, str]) -> str:
        return "; ".join(f"{k}={v}" for k, v in pairs)

    # ---- Slack Events API ----------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block of a message: sections and preformatted code, unescaped."""
        elements: list[dict[str, Any]] = []
        for code, chunk in self.fenced_parts(text):
            if code:
                body = chunk.split("\n", 1)[1] if "\n" in chunk and chunk.split("\n", 1)[0].isalpha() else chunk
                elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": body}],
                                 "border": 0})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": chunk}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def message(self, text: str, user: dict[str, str], channel: str, kind: str) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": kind, "ts": ts, "client_msg_id": self.uuid(),
                                 "text": text, "team": user["team"]}
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        event.update({"channel": channel, "event_ts": ts})
        if kind == "message":
            event["channel_type"] = "im"
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick([BOT_USER, user["id"]])
        return event

    def event_record(self, sub: str, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=False, separators=(",", ":"))
        req = self.slack_request("/slack/events", body)
        return self.record_as("slack", sub, "json", req)

    def record_as(self, kind: str, sub: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        rec = self.record(kind, placement, req)
        rec["sub"] = sub
        return rec

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": "hpVerifTok9Lq2mWx7Rz4sBn", "challenge": self.token(36),
                           "type": "url_verification"})
        req = self.slack_request("/slack/events", body)
        return self.record_as("slack", "url_verification", "json", req)

    def slack_mention(self) -> dict[str, Any]:
        user = self.person()
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.55):
            text = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "])
            text += self.command_text()
        else:
            body = self.chat_text()
            where = slack_escape(self.pick(PLACES))
            text = self.pick([f"<@{BOT_USER}> {body}", f"{body}\n<@{BOT_USER}> weather {where} for the offsite?",
                              f"<@{BOT_USER}> help\n\n{body}"])
        return self.event_record("mention", self.message(text, user, cid, "app_mention"), user["team"])

    def slack_dm(self) -> dict[str, Any]:
        user = self.person()
        text = self.command_text() if self.chance(0.7) else self.chat_text()
        return self.event_record("dm", self.message(text, user, self.dm_of[user["id"]], "message"), user["team"])

    def slack_dm_edit(self) -> dict[str, Any]:
        user = self.person()
        cid = self.dm_of[user["id"]]
        old = self.message(self.command_text(), user, cid, "message")
        new_text = self.pick([old["text"] + " pls", self.command_text(), old["text"].replace("weather", "weather "),
                              old["text"] + " (typo)"])
        new = self.inner(old)
        new.update(text=new_text, edited={"user": user["id"], "ts": self.ts()}, source_team=user["team"],
                   user_team=user["team"])
        if "blocks" in new:
            new["blocks"] = self.rich_text(new_text)
        prev = self.inner(old)
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": prev,
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event_record("dm_edit", event, user["team"])

    def slack_dm_delete(self) -> dict[str, Any]:
        user = self.person()
        cid = self.dm_of[user["id"]]
        old = self.message(self.command_text(), user, cid, "message")
        prev = self.inner(old)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                 "channel": cid, "previous_message": prev, "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.event_record("dm_delete", event, user["team"])

    def weather_reply(self, place: str) -> str:
        desc = self.pick(["clear sky", "partly cloudy", "overcast", "light snow", "snow", "rain", "fog",
                          "light drizzle", "rain showers", "heavy snow"])
        t = self.rng.randint(-22, 31)
        return (f"{place}: {desc}, {t}°C, wind {self.rng.randint(0, 60)} km/h; today {t - self.rng.randint(1, 6)}°C "
                f"to {t + self.rng.randint(1, 6)}°C, {self.rng.randint(0, 100)}% chance of precipitation")

    def bot_blocks(self, text: str, buttons: list[tuple[str, str, str, str | None]]) -> list[dict[str, Any]]:
        els: list[dict[str, Any]] = []
        for label, action_id, value, style in buttons:
            b: dict[str, Any] = {"type": "button", "action_id": action_id,
                                 "text": {"type": "plain_text", "text": label, "emoji": True}, "value": value}
            if style:
                b["style"] = style
            els.append(b)
        return [{"type": "section", "block_id": self.token(3)[:5], "text": {"type": "mrkdwn", "text": text,
                                                                           "verbatim": False}},
                {"type": "actions", "block_id": self.token(3)[:5], "elements": els}]

    def slack_bot_echo(self) -> dict[str, Any]:
        """Our own reply in a DM comes back as a message.im event (with bot_id): ignored by Jeeves."""
        user = self.person()
        cid = self.dm_of[user["id"]]
        place = self.pick(PLACES)
        text, blocks = self.pick([
            (self.weather_reply(place), True), ("Got it, I will remember " + place + ".", False),
            ("Daily weather alerts are on, every day at 07:30 (America/Toronto).", False),
            ("Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
             "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n• `forget "
             "location`: forget your location\n• `forget me`: delete everything I know about you (asks first)\n• "
             "`help`: this list\n• `login`: a private one-time link to your page\n• `my location`: what I remember "
             "as your location\n• `remember location <place>`: remember where you are (used by `weather`)\n• "
             "`weather [place]`: the weather for a place, or for your remembered location", False),
            ("Sorry, I did not understand that. Here is what I can do: …", False)])
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER,
                                 "ts": ts, "app_id": APP_ID, "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH,
                                                 "app_id": APP_ID, "team_id": TEAM,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-06-01/"
                                                                       "7212_jeeves_36.png"}},
                                 "channel": cid, "event_ts": ts, "channel_type": "im"}
        if blocks:
            event["blocks"] = self.bot_blocks(slack_escape(text), [("Set as my location", "set_location", place,
                                                                    None)])
        return self.event_record("bot_echo", event, user["team"])

    def slack_file(self) -> dict[str, Any]:
        user = self.person()
        name = self.pick(CRASH_FILES)
        mention = self.chance(0.4)
        cid = self.pick(CHANNELS)[0] if mention else self.dm_of[user["id"]]
        text = self.pick(["", "crash dump from devkit-07", "here's the capture 👆", "log from last night's soak test",
                          "repro video, watch the gate at 0:14", "final final v2 😅", "RenderDoc capture, frame 4410"])
        if mention:
            text = f"<@{BOT_USER}> {text}"
        event = self.message(slack_escape(text) if not mention else text, user, cid,
                             "app_mention" if mention else "message")
        event["subtype"] = "file_share"
        event["upload"] = False
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"png": "image/png", "gif": "image/gif", "mp4": "video/mp4", "pdf": "application/pdf",
                "md": "text/plain",
                "txt": "text/plain", "log": "text/plain", "zip": "application/zip", "psd": "image/vnd.adobe.photoshop",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mime.get(ext, "application/octet-stream"), "filetype": ext,
                           "pretty_type": ext.upper(), "user": user["id"], "user_team": user["team"],
                           "editable": ext in ("md", "txt", "log"), "size": self.rng.randint(3000, 180_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": mention,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_")),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.event_record("file_share", event, user["team"])

    def slack_unfurl(self) -> dict[str, Any]:
        """Slack attaches a link preview to a DM after the fact: a message_changed with attachments."""
        user = self.person()
        cid = self.dm_of[user["id"]]
        link = self.pick(LINKS)
        title, service, desc = self.pick([
            ("Emberfall on Steam", "store.steampowered.com", "Descend into the Ashen Vault. Co-op action RPG for 1-3 "
             "players. Very Positive (12,844 reviews)."),
            ("Patch 1.4.2 notes : r/Emberfall", "reddit", "Fixed: wolves T-posing, Ironhold gate clip. 1.2k upvotes, "
             "318 comments"),
            ("EMB-18342: Player falls through Ironhold gate after dodge-roll + emote cancel", "Jira",
             "Status: In Progress · Priority: A · Fix Version: 1.4.3"),
            ("Emberfall any% in 41:07 (WR) — gate clip route", "YouTube", "Speedrun by a community runner"),
            ("Console Variables Reference | Unreal Engine 5.3 Documentation", "Epic Games Developer",
             "r.ScreenPercentage, t.MaxFPS, r.VSync and more."),
            ("Build #77312 — Emberfall_Win64_Shipping — SUCCESS", "TeamCity", "Changes: 14 · Tests: 1,204 passed"),
        ])
        old = self.message(slack_escape(self.pick(["look at this", "", "lol", "🔥", "can you check"]) + " ")
                           + f"<{slack_escape(link)}>", user, cid, "message")
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "fallback": f"{service}: {title}",
                               "title": title, "title_link": link, "text": desc, "service_name": service,
                               "service_icon": f"https://{urllib.parse.urlsplit(link).hostname}/favicon.ico",
                               "id": 1, "thumb_width": 1200, "thumb_height": 630}]
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": dict(new),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        del event["previous_message"]["attachments"]
        return self.event_record("unfurl", event, user["team"])

    def slack_reaction(self) -> dict[str, Any]:
        user = self.person()
        event = {"type": "reaction_added", "user": user["id"],
                 "reaction": self.pick(["fire", "+1", "joy", "eyes", "white_check_mark", "bug", "skull", "pray",
                                        "partyparrot", "this-is-fine", "thumbsup::skin-tone-4", "heart"]),
                 "item": {"type": "message", "channel": self.dm_of[user["id"]], "ts": self.ts()},
                 "item_user": BOT_USER, "event_ts": self.ts()}
        return self.event_record("reaction", event, user["team"])

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.dm_of[user["id"]],
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.token(6)}",
                             "app_id": APP_ID, "bot_id": BOT_ID}
        return self.event_record("home", event, user["team"])

    # ---- slash commands and clicks -------------------------------------------------------------------
    def response_url(self, team: str, kind: str = "commands") -> str:
        return f"https://hooks.slack.com/{kind}/{team}/{self.rng.randint(10**12, 10**13 - 1)}/{self.token(18)}"

    def trigger_id(self) -> str:
        return f"{self.rng.randint(10**12, 10**13 - 1)}.{self.rng.randint(10**12, 10**13 - 1)}.{self.hexs(32)}"

    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        in_dm = self.chance(0.35)
        cid, cname = (self.dm_of[user["id"]], "directmessage") if in_dm else self.pick(CHANNELS)
        text = self.command_text() if self.chance(0.9) else self.fill(self.pick([
            "what's the weather like for the playtest", "weather  @@P@@", "remember location  @@P@@ ",
            "weather @@P@@ pls i have a flight", "config timezone @@TZ@@ (moving to the Kraków office!)"]))
        fields = [("token", "hpVerifTok9Lq2mWx7Rz4sBn"), ("team_id", user["team"]), ("team_domain", user["domain"]),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Hollowpine Games"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.response_url(user["team"])), ("trigger_id", self.trigger_id())]
        req = self.slack_form_request("/slack/commands", fields)
        return self.record_as("command", "slash", "form", req)

    def button_click(self) -> dict[str, Any]:
        user = self.person()
        in_dm = self.chance(0.6)
        cid, cname = (self.dm_of[user["id"]], "directmessage") if in_dm else self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            place = self.pick(PLACES)
            text = slack_escape(self.weather_reply(place))
            blocks = self.bot_blocks(text, [("Set as my location", "set_location", place, None)])
            action = blocks[1]["elements"][0]
        else:
            text = ("This deletes everything I know about you: your location, settings, sign-in sessions and history. "
                    "It cannot be undone.")
            blocks = self.bot_blocks(text, [("Yes, forget me", "forget_me_confirm", "-", "danger"),
                                            ("Cancel", "forget_me_cancel", "-", None)])
            action = blocks[1]["elements"][0 if roll < 0.82 else 1]
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": user["team"]},
            "api_app_id": APP_ID, "token": "hpVerifTok9Lq2mWx7Rz4sBn",
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid,
                          "is_ephemeral": not in_dm},
            "trigger_id": self.trigger_id(), "team": {"id": user["team"], "domain": user["domain"],
                                                      "enterprise_id": ENTERPRISE,
                                                      "enterprise_name": "Hollowpine Games"},
            "enterprise": {"id": ENTERPRISE, "name": "Hollowpine Games"}, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.response_url(user["team"], "actions"),
            "actions": [{"action_id": action["action_id"], "block_id": blocks[1]["block_id"],
                         "text": action["text"], "value": action["value"], "type": "button",
                         "action_ts": f"{EPOCH + self.rng.randint(0, 5 * 86400)}.{self.rng.randint(0, 999999):06d}"}],
        }
        if "style" in action:
            payload["actions"][0]["style"] = action["style"]
        if in_dm:
            payload["message"] = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID,
                                  "app_id": APP_ID, "text": text, "team": TEAM, "blocks": blocks}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        req = self.slack_request("/slack/interactions", body, form=True)
        return self.record_as("interaction", action["action_id"], "form", req)

    # ---- the data API --------------------------------------------------------------------------------
    def api_client(self) -> tuple[str, dict[str, str]]:
        client, ua = self.pick([
            ("liveops-dashboard", "Grafana/11.3.0"), ("buildfarm-teamcity", "curl/8.9.1"),
            ("buildfarm-teamcity", "TeamCity Agent 2024.07.3"), ("qa-tools", "python-requests/2.32.3"),
            ("qa-tools", "python-httpx/0.27.2"), ("community-bot", "axios/1.7.7"),
            ("hr-sync", "Go-http-client/2.0"), ("unity-editor-tools", "UnityPlayer/2022.3.45f1 (UnityWebRequest/1.0, "
                                                                      "libcurl/8.5.0-DEV)"),
            ("unreal-editor-tools", "UnrealEditor/5.3.2-29314046+++UE5+Release-5.3 Windows/10.0.22631.1.256.64bit"),
            ("ps-scripts", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.4391"),
            ("data-export", "aiohttp/3.10.10 Python/3.12"), ("jeeves-worker", "python-requests/2.32.3")])
        scope = "read write" if client in ("hr-sync", "ps-scripts", "qa-tools", "jeeves-worker") else "read"
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*",
                                                    "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if "curl" not in ua and self.chance(0.7):
            h["Accept-Encoding"] = "gzip, deflate"
        self.trace_headers(h)
        return client, h

    def api(self) -> dict[str, Any]:
        _, h = self.api_client()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = []
            if self.chance(0.6):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25"])))
            if self.chance(0.4):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 500, 1000]))))
            if self.chance(0.4):
                params.append(("team_id", self.pick([TEAM, TEAM, OTHER_TEAMS[0][0], OTHER_TEAMS[1][0]])))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0"])))
            if self.chance(0.3):
                params.append(("alerts", self.pick(["true", "false", "on", "off"])))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record_as("api", "users_list", "query", self.get_request(uri, h))
        if roll < 0.48:
            uri = f"/api/users/{self.person()['row']}"
            return self.record_as("api", "user_get", "path", self.get_request(uri, h))
        if roll < 0.68:
            p = self.person()
            doc: dict[str, Any] = {}
            kind = self.rng.random()
            if kind < 0.3:
                doc["name"] = p["name"]
                if self.chance(0.5):
                    doc["email"] = p["email"]
            elif kind < 0.45:
                doc["is_active"] = self.pick([True, False])
            elif kind < 0.5:
                doc["is_admin"] = self.pick([True, False])
            else:
                settings: dict[str, Any] = {}
                for key in self.rng.sample(["timezone", "alert_time", "units", "alerts"], self.rng.randint(1, 4)):
                    settings[key] = {"timezone": p["tz"], "alert_time": self.alert_time(),
                                     "units": self.pick(["metric", "imperial"]),
                                     "alerts": self.pick([True, False])}[key]
                doc["settings"] = settings
                if self.chance(0.2):
                    doc["name"] = p["name"]
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.5))
            return self.record_as("api", "user_patch", "json", {"method": "PATCH", "uri": f"/api/users/{p['row']}",
                                                                "body": body, "headers": h})
        if roll < 0.83:
            day = self.rng.randint(1, 11)
            since, until = self.pick([
                (f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day + 1:02d}T00:00:00Z"),
                (f"2024-11-{day:02d}T09:00:00-05:00", f"2024-11-{day:02d}T18:00:00-05:00"),
                (f"2024-11-{day:02d}T00:00:00+09:00", f"2024-11-{day + 3:02d}T00:00:00+09:00"),
                (f"2024-10-{day + 10:02d}", f"2024-11-{day:02d}"), (f"2024-11-{day:02d}T08:30:00.000Z", None),
                (None, None)])
            params = [(k, v) for k, v in (("since", since), ("until", until)) if v is not None]
            uri = "/api/usage/stats" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record_as("api", "usage_stats", "query", self.get_request(uri, h))
        if roll < 0.92:
            return self.record_as("api", "switches", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "my_location", "forget_location", "help", "config",
                                "alerts", "login", "forget_me"])
            doc = {"enabled": self.pick([True, False])}
            if self.chance(0.6):
                doc["team_id"] = self.pick([TEAM, OTHER_TEAMS[0][0], OTHER_TEAMS[1][0], "*"])
            h["Content-Type"] = "application/json"
            return self.record_as("api", "switch_put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                                "body": json.dumps(doc), "headers": h})
        h.pop("Authorization")
        return self.record_as("api", "openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- the admin panel -----------------------------------------------------------------------------
    def admin_session(self) -> tuple[dict[str, str], str]:
        h = self.page_headers("same-origin")
        pairs = [("__Host-jeeves_admin", self.token())]
        if self.chance(0.3):
            pairs.append(("__Host-jeeves_me", self.token()))
        self.rng.shuffle(pairs)
        h["Cookie"] = self.cookies(*pairs)
        return h, self.token()

    def admin_post(self, uri: str, fields: list[tuple[str, str]], sub: str) -> dict[str, Any]:
        h, csrf = self.admin_session()
        h.update({"Origin": "null", "Content-Type": "application/x-www-form-urlencoded", "Cache-Control": "max-age=0"})
        body = urllib.parse.urlencode([("csrf_token", csrf), *fields])
        return self.record_as("admin", sub, "form", {"method": "POST", "uri": uri, "body": body, "headers": h})

    def admin(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.22:
            h, _ = self.admin_session()
            p = self.person()
            q = self.pick([p["name"], p["name"].split()[0], p["email"], p["email"].split("@")[1], p["id"], p["team"],
                           p["handle"], p["name"].split()[-1], "O'Connor", "d'amours", "Łukasz", "nguyễn",
                           "@hollowpine", "qa-bucharest", "ng", "st. pierre", "Mei-Ling", "ap Gruffydd"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 6)))] if self.chance(0.2) else [])
            uri = "/admin/users?" + urllib.parse.urlencode(params)
            return self.record_as("admin", "users_search", "query", self.get_request(uri, h))
        if roll < 0.34:
            h, _ = self.admin_session()
            q = self.pick(["login", "user.active", "user.admin", "feature.set", "feature.remove_override",
                           "client.create", "client.rotate", "client.disable", "admin.map_slack", "login.slack",
                           "account.totp_enable", "user.forget_me", "denied", "failed", TEAM, "buildfarm-teamcity",
                           f"{TEAM}/{self.person()['id']}", "weather@" + TEAM, "2024-11-11", "marie-eve.tremblay"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.25) else [])
            return self.record_as("admin", "audit_search", "query", {"method": "GET", "body": "", "headers": h,
                                                                     "uri": "/admin/audit?" +
                                                                            urllib.parse.urlencode(params)})
        if roll < 0.5:
            h, _ = self.admin_session()
            uri = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                             "/admin/gateway", "/admin/account", "/admin/audit", "/admin/slack-sign-in",
                             "/admin/users?done=user_updated&q=qa&page=1", "/admin/features?done=switch_updated",
                             "/admin/clients?done=client_disabled", "/admin/audit?page=3",
                             "/admin/slack-sign-in?done=mapped", "/admin/account?done=totp_enabled"])
            return self.record_as("admin", "page", "cookie", self.get_request(uri, h))
        if roll < 0.6:
            p = self.person()
            flag = self.pick(["active", "active", "admin"])
            q = self.pick(["", "", p["name"].split()[-1], p["email"], "qa", "O'Connor-Reyes"])
            return self.admin_post(f"/admin/users/{p['row']}/{flag}", [("q", q), ("page", self.pick(["1", "1", "2"])),
                                                                       ("value", self.pick(["0", "1"]))], "user_flag")
        if roll < 0.68:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.8):
                team = self.pick(["", "", TEAM, OTHER_TEAMS[0][0], OTHER_TEAMS[1][0], "t0qavndrbu"])
                return self.admin_post("/admin/features", [("action", action), ("enabled", self.pick(["0", "1"])),
                                                           ("team_id", team)], "feature_set")
            return self.admin_post("/admin/features/remove", [("action", action),
                                                              ("team_id", self.pick([t for t, _ in OTHER_TEAMS]))],
                                   "feature_remove")
        if roll < 0.76:
            client_id, desc = self.pick([
                ("buildfarm-teamcity", "TeamCity: posts nightly build health to #build-farm (owner: @build-team)"),
                ("liveops-dashboard", "Grafana JSON datasource for the live-ops wall — read-only"),
                ("qa-tools", "QA bug-bash helper: bulk-deactivates test accounts after each sweep"),
                ("community-bot", "Discord ↔ Slack bridge for #community (posts weather for IRL meetups)"),
                ("unity-editor-tools", "Tiny Tanks Tactics editor menu: Tools > Jeeves > Sync team settings"),
                ("unreal-editor-tools", "Emberfall editor utility widget (EUW_JeevesStats), read-only"),
                ("backtrace:crash-ingest", "Backtrace → usage stats correlation, runs every 15 min"),
                ("hr-sync", "BambooHR → Jeeves user names & e-mails, 06:00 EST daily"),
                ("ps-scripts", "PowerShell scripts of IT (onboarding/offboarding). Contact: it@hollowpine.games"),
                ("data-export", "Weekly export to the telemetry warehouse (Snowflake), owner: data team"),
                ("gdc-2025.demo", "Booth demo kiosk at GDC 2025 — delete after March 21!"),
                ("loc_vendor.kyoto", "ローカライズ業者用：設定の読み取りのみ (read only)"),
            ])
            scopes = [("scopes", "read")] + ([("scopes", "write")] if self.chance(0.35) else [])
            return self.admin_post("/admin/clients", [("client_id", client_id), ("description", desc), *scopes],
                                   "client_create")
        if roll < 0.8:
            client_id = self.pick(["buildfarm-teamcity", "liveops-dashboard", "qa-tools", "community-bot",
                                   "gdc-2025.demo", "backtrace:crash-ingest"])
            what = self.pick(["rotate", "disable", "enable"])
            return self.admin_post(f"/admin/clients/{urllib.parse.quote(client_id, safe=':')}/{what}", [],
                                   f"client_{what}")
        if roll < 0.84:
            what = self.pick(["start", "confirm", "disable"])
            fields: list[tuple[str, str]] = []
            if what == "confirm":
                secret = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
                fields = [("totp_pending", secret), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            elif what == "disable":
                fields = [("password", self.password())]
            return self.admin_post(f"/admin/account/totp/{what}", fields, f"totp_{what}")
        if roll < 0.88:
            p = self.person()
            if self.chance(0.8):
                return self.admin_post("/admin/slack-sign-in", [("username", self.admin_user()), ("team_id", p["team"]),
                                                                ("user_id", p["id"])], "slack_map")
            return self.admin_post("/admin/slack-sign-in/remove", [("username", self.admin_user())], "slack_unmap")
        if roll < 0.9:
            return self.admin_post("/admin/logout", [], "logout")
        if roll < 0.93:
            h = self.page_headers("same-origin")
            h["Accept"] = "text/css,*/*;q=0.1"
            h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "style", "no-cors"
            for k in ("Sec-Fetch-User", "Upgrade-Insecure-Requests"):
                h.pop(k, None)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin", self.token()))
            return self.record_as("admin", "static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.96:
            h = self.page_headers(self.pick(["none", "same-origin", "cross-site"]),
                                  self.pick([None, "https://hollowpine.slack.com/", "https://app.slack.com/"]))
            nxt = self.pick(["/admin/", "/admin/users", "/admin/users?q=tremblay", "/admin/clients",
                             "/admin/audit?q=client.rotate"])
            return self.record_as("admin", "login_page", "query", {"method": "GET", "body": "", "headers": h,
                                                                   "uri": "/admin/login?" +
                                                                          urllib.parse.urlencode([("next", nxt)])})
        csrf = self.token()
        h = self.form_headers()
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                  ("username", self.admin_user()), ("password", self.password()),
                  ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.record_as("admin", "login", "form", self.form_request("/admin/login", h, fields))

    def admin_user(self) -> str:
        return self.pick(["admin", "marie-eve.tremblay", "lukasz.wojcik", "ops-oncall", "d.mackenzie", "yuki.t"])

    def password(self) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~|<>'\""
        if self.chance(0.3):  # a passphrase
            words = ["ember", "wolf", "vault", "ashen", "gate", "shader", "tank", "kyoto", "poutine", "pierogi"]
            return "-".join(self.pick(words) for _ in range(4)) + str(self.rng.randint(10, 99))
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 30)))

    # ---- /me/ ----------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        p = self.person()
        roll = self.rng.random()
        if roll < 0.32:
            referer = self.pick([None, None, "https://app.slack.com/", "https://hollowpine.slack.com/"])
            h = self.page_headers("cross-site" if referer else self.pick(["none", "same-origin"]), referer)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten"])
            return self.record_as("me", "page", "cookie", self.get_request(uri, h))
        if roll < 0.4:
            h = self.page_headers("same-origin")
            h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            h["Cookie"] = self.cookies(session)
            return self.record_as("me", "data_json", "cookie", self.get_request("/me/data.json", h))
        h = self.form_headers()
        h["Cookie"] = self.cookies(session)
        if roll < 0.68:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES + [p["office"]]))]
            sub = "location"
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.alert_time()), ("timezone", self.pick([p["tz"], p["tz"], *TIMEZONES]))]
            sub, uri = "settings", "/me/settings"
        else:
            sub, uri, fields = self.pick([("logout", "/me/logout", [("csrf_token", csrf)]),
                                          ("location_forget", "/me/location/forget", [("csrf_token", csrf)]),
                                          ("forget", "/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])
        if sub in ("location", "settings") and self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record_as("me", sub, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record_as("me", sub, "form", self.form_request(uri, h, fields))

    # ---- Sign in with Slack and the bot's one-time links ---------------------------------------------
    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.page_headers(self.pick(["none", "same-origin"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record_as("auth", "page", "header", self.get_request(uri, h))
        if roll < 0.33:
            h = self.page_headers("same-origin")
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record_as("auth", "login", "query", self.get_request(uri, h))
        if roll < 0.52:
            state = self.token()
            h = self.page_headers("cross-site", "https://slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record_as("auth", "callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.66:
            return self.record_as("auth", "link_preview", "path", self.link_preview(link))
        if roll < 0.83:
            h = self.page_headers("cross-site", self.pick([None, "https://app.slack.com/"]))
            if self.chance(0.3):
                h["User-Agent"] = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                                   "(KHTML, like Gecko) Mobile/15E148 Slack_SSB/24.10.20")
            return self.record_as("auth", "link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.form_headers()
        return self.record_as("auth", "link_post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer ---------------------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["buildfarm-teamcity", "liveops-dashboard", "qa-tools", "community-bot", "hr-sync",
                            "unity-editor-tools", "jeeves-worker", "data-export", "backtrace:crash-ingest"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "Go-http-client/2.0", "axios/1.7.7",
                                      "Authlib/1.3.2 (+https://authlib.org/)", "UnityPlayer/2022.3.45f1 "
                                      "(UnityWebRequest/1.0, libcurl/8.5.0-DEV)"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": "application/x-www-form-urlencoded"}
        self.trace_headers(h)
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record_as("oauth", "token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record_as("oauth", "introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.4) else [])
            return self.record_as("oauth", "revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record_as("verify", "verify_token", "form", self.verify_request(h, token, 0.4))

    # ---- health and metadata -------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Datadog/Synthetics",
                            "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.9.1",
                            "ELB-HealthChecker/2.0", "TeamCity smoke-test (curl/8.9.1)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record_as("health", "probe", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                                "uri": self.pick(["/healthz", "/readyz", "/healthz"]),
                                                                "body": "", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Go-http-client/2.0", "jwks-rsa/3.1.0",
                                      "PyJWT/2.9.0", "Authlib/1.3.2 (+https://authlib.org/)", "lua-resty-http/0.17.2",
                                      "swagger-ui", "Stoplight/Prism"]), "Accept": "application/json"}
        if roll < 0.7:
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record_as("meta", "jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.85:
            return self.record_as("meta", "oauth_metadata", "header", {
                "method": "GET", "uri": "/.well-known/oauth-authorization-server", "body": "", "headers": h})
        return self.record_as("meta", "openapi", "header", {"method": self.pick(["GET", "HEAD"]),
                                                            "uri": self.pick(["/openapi.json", "/api/openapi.json"]),
                                                            "body": "", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 215), ("slack_dm", 235), ("slack_dm_edit", 28), ("slack_dm_delete", 12), ("slack_bot_echo", 45),
    ("slack_file", 25), ("slack_unfurl", 20), ("slack_reaction", 15), ("slack_home", 40), ("slash_command", 270),
    ("button_click", 110), ("api", 280), ("admin", 150), ("me", 85), ("sign_in", 55), ("tokendealer", 70),
    ("health", 55),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, interleaved as it happens; the Events API URL check first."""
    return planned(Studio(), PLAN, first="slack_verification")
