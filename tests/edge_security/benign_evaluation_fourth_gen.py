"""A working day at a game studio that uses Jeeves, on every route of the edge (benign only).

The company: Ashgrove Interactive, about 260 people in Montréal, Kraków, Guildford and Seoul, shipping
*Lanternfall* (Unreal Engine 5, PC and consoles) and *Pocket Tides* (Unity, iOS and Android). Their Slack is
full of what a studio types: HLSL/GLSL and ShaderLab snippets, Unreal and in-game console commands, Lua quest
scripts and C# MonoBehaviours, C++ with UE macros, crash call stacks and logcat lines, BuildCookRun and Perforce
command lines, CI bots, store and storefront links, player-support tickets quoting players (angry, in many
languages), localisation strings with placeholders, patch notes in markdown, playtest schedules.

About 1,700 requests in a deployment's proportions: Slack first (channel chat, threads, @mentions, DMs, edits
and deletions, bot posts, file shares, link unfurls, reactions, App Home, `/jeeves` slash commands, button
clicks, modal submissions), then the data API (build bots, HR sync and dashboards with bearer tokens), the admin
panel, `/me/` (including multipart form posts from browsers), Sign in with Slack, TokenDealer and the health and
metadata endpoints, with the headers browsers, Slack's in-app browsers, SDKs and CLIs send.

How it was written: by an independent benign author, from the route list of gateway/gateway.yaml (names, match,
methods, upstreams), the handlers in app/ and tokendealer/, README.md, the record structure of benign_day_gen.py
and general knowledge of what Slack, browsers and scripts send. No WAF rule, exclusion or ruleset was read, and
the texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.
`attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (form_boundary, multipart_form, form_navigation, form_request,
token_request, verify_request, get_request, cross_site_arrival, signed_in, ga_cookie, me_exit_form, settings_patch,
oidc_params, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 4_2024_1114
EPOCH = 1731574800  # 2024-11-14 09:00 UTC, a Thursday (Montréal 04:00, Kraków 10:00, Seoul 18:00)
TEAM, TEAM_DOMAIN = "T04ASHGRV", "ashgrove"
PARTNER_TEAM = "T07QAPRTNR"  # the outsourced QA vendor's shared workspace
APP_ID, BOT_USER = "A06JEEVESX", "U06JEEVES1"
HOST = "edge.ashgrove.games"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "pQ7rLw2mZk9TnB4xHs6dVc1y"

FIRST = ["Marie-Ève", "Jean-Philippe", "Siobhán", "Łukasz", "Agnieszka", "Min-jun", "Seo-yeon", "Ji-woo",
         "Kwame", "Ngozi", "Rafael", "Zoë", "D'Arcy", "Anne-Sophie", "Mikko", "Priyanka", "Tomasz", "Chloé",
         "Mathieu", "Gaëlle", "Olamide", "Haruto", "Yuki", "Bartosz", "Małgorzata", "Hye-jin", "Dong-hyun",
         "Callum", "Rhiannon", "Eoghan", "Aisling", "Félix", "Noémie", "Kasia", "Wiktor", "Amara", "Tariq",
         "Sven", "Ingrid", "Luca", "Beatriz", "Nikolai", "Ama", "Jordan", "Sam", "Alex", "Kai", "Robin"]
LAST = ["O'Leary", "Côté", "Tremblay", "Wójcik", "Nowak", "Park", "Kim", "Mensah-Bonsu", "Okonkwo-Adeyemi",
        "Dos Santos", "D'Souza", "Häkkinen", "Lévesque", "Bouchard", "Gagnon", "Kowalczyk", "Zieliński",
        "Lee", "Choi", "Jung", "Nakamura", "Fitzgerald", "Ní Bhriain", "MacLeod", "St-Pierre", "Bergström",
        "van Dijk", "Rossi", "N'Diaye", "Al-Khouri", "Smith-Jones", "Lefebvre", "Szymańska", "Yamamoto",
        "Ó Dónaill", "de la Cruz", "Abernathy", "Thorsen", "Kaczmarek", "Boateng", "Moreau", "Ferreira"]

# Where people are, as they type it: studio cities, suburbs, addresses, postcodes, other scripts.
PLACES = [
    "Montréal", "Montreal", "montreal", "Mile End, Montréal", "Notre-Dame-de-Grâce", "Saint-Jean-sur-Richelieu",
    "Val-d'Or", "Trois-Rivières", "Longueuil", "Laval", "Québec", "Sherbrooke", "Mont-Saint-Hilaire",
    "Île-Perrot", "Gatineau", "Ottawa", "Toronto", "4200 boul. Saint-Laurent, Montréal, QC H2W 2R2", "H2T 1S6",
    "Kraków", "Krakow", "Zabłocie, Kraków", "ul. Lipowa 4, 30-702 Kraków", "Bielsko-Biała", "Wieliczka",
    "Katowice", "Tarnów", "Zakopane", "Nowy Sącz", "Łódź", "Warszawa", "Wrocław", "Gliwice", "30-059",
    "Guildford", "Guildford, Surrey GU1 4AA", "Leamington Spa", "Royal Leamington Spa", "Woking", "Farnham",
    "Brighton & Hove", "Newcastle upon Tyne", "Dundee", "Milton Keynes", "Bury St Edmunds", "Stoke-on-Trent",
    "King's Lynn", "Bishop's Stortford", "St Albans", "GU2 7XH", "Seoul", "서울", "판교", "성남시 분당구",
    "서울특별시 강남구 테헤란로 152", "Pangyo, Seongnam", "Busan", "부산", "Incheon", "인천", "Daejeon",
    "Tokyo", "東京都渋谷区", "大阪", "Ōsaka", "Kyoto", "Helsinki", "Espoo", "Hämeenlinna", "Stockholm",
    "Malmö", "København", "Berlin", "Hamburg", "Köln", "Amsterdam", "Utrecht", "Paris", "Lyon", "Bordeaux",
    "Montpellier", "Austin, TX", "Austin", "Seattle", "Bellevue, WA", "Redmond", "Irvine, CA", "Los Angeles",
    "San Mateo", "Vancouver", "Burnaby", "Coeur d'Alene", "São Paulo", "São José dos Campos", "Ciudad de México",
    "Bogotá", "Kuala Lumpur", "Singapore", "Sydney", "Melbourne", "Brisbane", "Auckland", "Lagos", "Accra",
    "Nairobi", "Cairo", "القاهرة", "Dubai", "Istanbul", "Москва", "Київ", "Tbilisi", "Reykjavík",
    "45.5017,-73.5673", "50.0614, 19.9366", "51.2362° N, 0.5704° W", "37.5665,126.9780", "Guildford (home)",
    "kraków pls", "MTL", "the Seoul office", "Bielsko", "LA",
]
TIMEZONES = ["America/Montreal", "America/Toronto", "America/New_York", "America/Vancouver", "America/Los_Angeles",
             "America/Chicago", "America/Sao_Paulo", "Europe/Warsaw", "Europe/London", "Europe/Dublin",
             "Europe/Helsinki", "Europe/Stockholm", "Europe/Paris", "Europe/Berlin", "Asia/Seoul", "Asia/Tokyo",
             "Asia/Singapore", "Australia/Sydney", "Pacific/Auckland", "UTC", "Africa/Lagos", "Asia/Kolkata"]
CHANNELS = [("C01GENERAL0", "general"), ("C02RANDOM00", "random"), ("C03LFENGINE", "lf-engine"),
            ("C04LFRENDER", "lf-rendering"), ("C05LFGAMEPL", "lf-gameplay"), ("C06BUILDFRM", "build-farm"),
            ("C07CRASHES0", "crashes"), ("C08PTIDESDV", "pt-dev"), ("C09PTLIVEOP", "pt-liveops"),
            ("C10PLAYERSP", "player-support"), ("C11COMMUNIT", "community"), ("C12QAPLAYTS", "qa-playtests"),
            ("C13LOCALISE", "localisation"), ("C14AUDIO000", "audio"), ("C15ARTANIM0", "art-anim"),
            ("C16MTLSTUDI", "studio-mtl"), ("C17KRKSTUDI", "studio-krk"), ("C18GLDSTUDI", "studio-gld"),
            ("C19SELSTUDI", "studio-sel"), ("C20RELEASES", "releases"), ("C21CERTIFIC", "platform-cert"),
            ("C22LUNCHMTL", "lunch-mtl"), ("C23PETS0000", "pets"), ("C24WEATHER0", "weather")]
LINKS = [
    "https://store.steampowered.com/app/1948230/Lanternfall/",
    "https://store.steampowered.com/news/app/1948230/view/4215068131122891234",
    "https://steamcommunity.com/app/1948230/discussions/0/4203990375012839177/",
    "https://steamdb.info/app/1948230/charts/",
    "https://partner.steamgames.com/apps/landing/1948230",
    "https://play.google.com/store/apps/details?id=games.ashgrove.pockettides&hl=en_US&gl=US",
    "https://apps.apple.com/us/app/pocket-tides/id6443210987",
    "https://apps.apple.com/kr/app/pocket-tides/id6443210987?l=ko",
    "https://store.playstation.com/en-us/concept/10004567",
    "https://www.xbox.com/en-US/games/store/lanternfall/9NBLGGH4R2K1",
    "https://www.nintendo.com/us/store/products/pocket-tides-switch/",
    "https://store.epicgames.com/en-US/p/lanternfall",
    "https://www.gog.com/en/game/lanternfall",
    "https://ashgrove.atlassian.net/browse/LF-18342",
    "https://ashgrove.atlassian.net/browse/PT-5521?focusedCommentId=99123",
    "https://ashgrove.atlassian.net/jira/software/c/projects/LF/boards/12?quickFilter=87",
    "https://teamcity.ashgrove.internal:8111/buildConfiguration/Lanternfall_Main_Win64Shipping/482113",
    "https://jenkins.ashgrove.internal:8443/job/pockettides-android/1877/console",
    "https://swarm.ashgrove.internal/changes/482113",
    "https://ashgrove.sp.backtrace.io/p/lanternfall/triage?time=week&filters=%5B%5D",
    "https://ashgrove.sp.backtrace.io/p/lanternfall/explore?fingerprint=8c1d2f7a",
    "https://sentry.io/organizations/ashgrove/issues/5021337/?project=44&query=is%3Aunresolved",
    "https://grafana.ashgrove.games/d/liveops-ccu/concurrent-players?orgId=1&from=now-24h&to=now",
    "https://docs.unrealengine.com/5.4/en-US/console-variables-reference/",
    "https://docs.unity3d.com/ScriptReference/MonoBehaviour.Update.html",
    "https://learn.microsoft.com/en-us/windows/win32/direct3dhlsl/dx-graphics-hlsl-saturate",
    "https://www.khronos.org/opengl/wiki/Core_Language_(GLSL)",
    "https://www.lua.org/manual/5.4/manual.html#6.4.1",
    "https://github.com/ashgrove-games/lantern-tools/pull/311",
    "https://github.com/game-ci/unity-builder/issues/642",
    "https://www.youtube.com/watch?v=3kXqM9vJb2o&t=1h12m",
    "https://www.twitch.tv/ashgrovegames/clip/CrunchyBraveLanternKappaPride-8b2X",
    "https://discord.com/channels/880112233445566778/880112233445566781/1306612345678901234",
    "https://www.reddit.com/r/Lanternfall/comments/1gq9xk2/patch_142_broke_my_save/",
    "https://www.metacritic.com/game/lanternfall/critic-reviews/?platform=pc",
    "https://www.figma.com/design/Xq1WbT9/PT-Shop-Redesign?node-id=1203-4471&t=abc",
    "https://miro.com/app/board/uXjVN1a2b3c=/?moveToWidget=3458764601",
    "https://docs.google.com/spreadsheets/d/1LfPlaytestRoster2024/edit#gid=0",
    "https://ashgrove.zoom.us/j/84512345678?pwd=TGFudGVybg",
    "http://localhost:8080/debug/net?session=42",
    "http://10.20.4.17:9000/perf/captures/",
    "https://ashgrove.games/careers/senior-graphics-programmer-montreal/",
    "https://ashgrove.games/press/lanternfall-1-5-the-drowned-bell/",
]
EMOJI = [":lantern:", ":ship_it:", ":eyes:", ":fire:", ":tada:", ":+1:", ":pray:", ":skull:", ":bug:",
         ":rotating_light:", ":this-is-fine:", ":catjam:", ":partyparrot:", ":sob:", ":joy:", ":coffee:",
         ":video_game:", ":snowflake:", ":maple_leaf:", ":flag-pl:", ":flag-kr:", "🎮", "🕹️", "🐛", "🔥", "💀",
         "🙏", "😭", "😅", "🚀", "✅", "❌", "🏮", "🌊", "⚓", "🧪", "🤞", "👀", "🥳", "☕", "🍁"]
REACTIONS = ["+1", "eyes", "white_check_mark", "heavy_check_mark", "ship_it", "lantern", "fire", "bug",
             "rotating_light", "pray", "100", "joy", "skull", "catjam", "this-is-fine", "p4-locked", "tada",
             "raised_hands", "thinking_face", "x", "sob", "heart", "point_up", "bell", "ocean", "flag-pl",
             "flag-ca", "flag-kr", "ok_hand", "sweat_smile"]

# Placeholders: ⟪M⟫ mention, ⟪L⟫ link, ⟪C⟫ channel, ⟪P⟫ place, ⟪N⟫ small number, ⟪CL⟫ Perforce changelist,
# ⟪V⟫ version, ⟪T⟫ Jira ticket, ⟪TZ⟫ time zone, ⟪H⟫ alert time.
CHAT = [
    "morning :coffee:", "bonjour tout le monde", "dzień dobry!", "좋은 아침입니다 ☕", "gm gm", "brb, playtest",
    "lunch? ⟪M⟫ ⟪M⟫", "ty ⟪M⟫!", "np", "on it", "ack", "looking", "+1", "same here", "nvm, found it", "lol",
    "CL ⟪CL⟫ broke the cook on PS5, reverting",
    "who has Content/Maps/Harbor/Harbor_P.umap checked out? need it for 10 min",
    "can someone unlock BP_LanternOilComponent? p4 says ⟪M⟫ has it exclusive since tuesday",
    "Win64 Shipping is green again on ⟪CL⟫ :ship_it:", "build farm queue is 14 deep, please don't kick full rebuilds",
    "who broke the DDC? everything is recompiling shaders (47,312 remaining 😭)",
    "playtest at 16:00 in the theatre room, bring your own controller, we have 6 DualSense and 4 Xbox pads",
    "reminder: code freeze for ⟪V⟫ is Friday 18:00 Montréal / Saturday 00:00 Kraków",
    "gold master submitted to Sony & Microsoft 🤞", "lotcheck passed for Switch!! 🥳",
    "XR-015 failure again: we show the gamertag before sign-in completes", "TRC R4096 is the save icon one, right?",
    "frame time on Steam Deck is 41 ms in the harbor, target 33.3 ms", "PS5 GPU at 14.2 ms with Lumen on, 11.8 off",
    "the new water shader looks 🔥 but costs 2.3 ms on Series S", "anyone knows why Nanite is off on the cliff meshes?",
    "is it me or does the lantern flicker at exactly 50 Hz now?", "r.ScreenPercentage 67 on Series S is the plan",
    "heads up: `stat unit` is lying in editor, profile in a packaged Test build",
    "`t.MaxFPS 0` then `stat fps` and walk to the bell tower, tell me what you get",
    "use `r.Lumen.DiffuseIndirect.Allow 0` to compare, screenshots in thread pls",
    "anyone seen the drowned guard T-pose at 02:14 in the capture? ⟪L⟫",
    "pushed a fix for the double-jump exploit, ⟪T⟫", "⟪T⟫ is a dupe of ⟪T⟫, closing",
    "QA found a softlock if you ring the bell during the cutscene. repro rate 3/10",
    "the Pocket Tides 1.4.3 hotfix is live on Android, iOS still 'Waiting for Review'",
    "App Review rejected us again: Guideline 3.1.1, the 'restore purchases' button is hidden 🙄",
    "Google Play pre-launch report: 2 crashes on Android 9 Samsung J6, both in libil2cpp.so",
    "CCU peaked at 38,412 last night :tada:", "D1 retention 41.7%, D7 18.2% for the Nov 8 cohort",
    "ARPDAU is $0.087 in KR, $0.041 in US, €0.052 in DE", "the 'Tidal Pass' bundle is €4.99 / £4.49 / ₩6,500 / ¥800",
    "Steam wishlist count just crossed 250k 🎉", "our Steam review score went from Mostly Positive to Very Positive",
    "reddit thread is asking for FOV slider again ⟪L⟫", "community asks: will there be a Linux build? answer is no 😬",
    "the Discord bridge bot is down, ⟪M⟫ can you kick it?",
    "new hire laptops: RTX 4070, 64 GB, 2 TB NVMe. p4 ws please",
    "who's in the Kraków office tomorrow? bringing pączki 🍩", "Montréal office closed Monday for the snowstorm ❄️",
    "it's -18°C in ⟪P⟫ this morning, the metro is full of frozen devs", "32°C and humid in ⟪P⟫, AC in room 3 is dead",
    "Guildford train strike tomorrow, WFH",
    "Seoul team: 회의는 내일 오전 10시입니다", "Merci pour la démo, c'était top !",
    "Dzięki za review 🙏", "감사합니다!", "おつかれさまです！", "¿alguien tiene un devkit libre?",
    "ok who left a Switch devkit in the kitchen", "the mocap suit is back from cleaning lol",
    "audio: the bell VO is 3 dB too hot compared to the ambience bus", "Wwise soundbank generation failed on ⟪CL⟫",
    "anim: root motion is off by 1 frame on the ladder climb, fixed in ⟪CL⟫",
    "art review at 14:00 CET, we'll go through the harbor set dressing",
    "please don't commit 8K textures to /Content/Dev",
    "Jira is slow again, anyone else?", "the VPN to the Kraków build farm drops every ~20 min",
    "shader compile workers are back, thanks ⟪M⟫ 🙏", "1.5 'The Drowned Bell' patch notes draft: ⟪L⟫",
    "store page capsule art v3: ⟪L⟫ feedback by EOD pls", "trailer has 1.2M views in 48h 👀 ⟪L⟫",
    "lol the speedrunners found a wall clip in the lighthouse already ⟪L⟫", "i'm 10 min late to standup sorry",
    "who's buying the tickets for Gamescom? we need 6", "GDC talk submission deadline is Aug 15",
    "100% agree with ⟪M⟫ on this one", "hmm not sure, let me check the perf capture first", "^ this",
    "tbh i'd just cut the feature for 1.5 and ship it in 1.6", "ngl the boss fight is too hard on Story difficulty",
    "anyone want to trade my Thursday oncall for your Saturday?", "happy birthday ⟪M⟫ 🎂🎮",
    "the 50% Steam autumn sale starts Nov 27 10:00 PT", "we're at 97.4% crash-free sessions on PT, goal is 99.5%",
    "weather in ⟪P⟫ is wild today ⛈️", "snow day in ⟪P⟫? ❄️", "weather check before the team hike in ⟪P⟫ on sat",
    "Ask ⟪M⟫ for the devkit PIN, don't post it here", "prices on the PlayStation Store go live at 00:00 local time",
    "save migration v7→v8 converts the old inventory blob, tested 1,204 saves from the beta",
    "the achievement 'Ring Around the Harbour' unlocks twice on Xbox 🤦", "new build on the Quest: 72 fps stable",
    "mobile: iPhone 12 thermal throttles after ~14 min, dropping to 40 fps",
    "Reminder: timesheets for contractors due Friday (⟪N⟫ people still missing)",
    "It’s “Lanternfall” not “LanternFall” in all store copy please", "L'équipe loc a livré fr-FR, pt-BR et ko-KR 🎉",
    "Ktoś wie, czemu build na Xboxa się wysypał?", "이번 패치 노트 한국어 번역 확인 부탁드려요",
    "the quest log says 'You haven't lit the lantern' even after you lit it", "dzięki ⟪M⟫, działa na ⟪CL⟫",
    "can I get edit rights on the playtest roster? ⟪L⟫",
    "ok I'm gonna restart the TeamCity agents, shout if you object",
    "PSA: `p4 reconcile` on the whole depot takes 40 min, use it on a folder",
    "fun fact: our longest localisation key is 212 chars", "we hit 1,000,000 lanterns lit worldwide 🏮",
]
SNIPPETS = [
    "```hlsl\nfloat3 N = normalize(input.NormalWS);\nfloat NdotL = saturate(dot(N, -_MainLightDir.xyz));\n"
    "float3 diffuse = albedo.rgb * _MainLightColor.rgb * NdotL;\nreturn float4(diffuse + ambient * ao, 1.0);\n```",
    "```hlsl\n// flicker for the lantern emissive\nfloat flicker = 0.85 + 0.15 * sin(Time * 23.0) "
    "* sin(Time * 7.3 + 1.7);"
    "\nEmissive = LanternColor * flicker * (1.0 - smoothstep(0.0, FadeDistance, length(WorldPos - CameraPos)));\n```",
    "```glsl\n#version 450\nlayout(location = 0) in vec2 vUV;\nlayout(location = 0) out vec4 outColor;\n"
    "layout(set = 0, binding = 1) uniform sampler2D uAlbedo;\nuniform vec3 uTint;\n\nvoid main() {\n"
    "    vec4 c = texture(uAlbedo, vUV);\n    if (c.a < 0.5) discard;\n"
    "    outColor = vec4(c.rgb * uTint, 1.0);\n}\n```",
    "```glsl\nfloat fresnel = pow(1.0 - max(dot(normalize(vNormal), normalize(uCameraPos - vWorldPos)), 0.0), 5.0);\n"
    "vec3 water = mix(uDeepColor, uShallowColor, depthFade) + fresnel * uSkyColor;\n```",
    "```\nShader \"Ashgrove/Tides/Foam\"\n{\n    Properties\n    {\n        _MainTex (\"Foam\", 2D) = \"white\" {}\n"
    "        _Color (\"Tint\", Color) = (0.85, 0.95, 1, 1)\n        _Speed (\"Scroll speed\", Range(0, 2)) = 0.35\n"
    "    }\n    SubShader\n    {\n        Tags { \"Queue\"=\"Transparent\" \"RenderType\"=\"Transparent\" }\n"
    "        Blend SrcAlpha OneMinusSrcAlpha\n        ZWrite Off\n    }\n}\n```",
    "try `half3 c = tex2D(_MainTex, i.uv + _Time.y * _Speed * float2(0.1, 0.03)).rgb;` on mobile, full float "
    "is killing the Mali GPUs",
    "```\nr.ScreenPercentage 67\nr.Lumen.DiffuseIndirect.Allow 0\nr.Shadow.Virtual.Enable 1\nt.MaxFPS 60\n"
    "stat unit\nstat gpu\n```\nthat's what I used for the Series S numbers",
    "in the game console: `god`, `ghost`, `teleport 1204 -388 96` then `slomo 0.25` to see the foam seam",
    "repro: `open Harbor_P?game=/Game/Modes/BP_StoryMode.BP_StoryMode_C` then `ce RingBell` twice",
    "dev cheats on PT: `/give pearls 5000`, `/unlock all_skins`, `/tide set 3`, `/timeskip 24h`",
    "```\n[/Script/Engine.RendererSettings]\nr.DefaultFeature.AntiAliasing=4\nr.AntiAliasingMethod=4\n"
    "r.Nanite.ProjectEnabled=True\n\n[/Script/WindowsTargetPlatform.WindowsTargetSettings]\n"
    "DefaultGraphicsRHI=DefaultGraphicsRHI_DX12\n```",
    "```lua\nlocal function onHit(target, dmg)\n  if target.shield > 0 then\n    target.shield = math.max(0, "
    "target.shield - dmg)\n    return\n  end\n  target.hp = target.hp - dmg\n  if target.hp <= 0 then "
    "Events.fire(\"enemy_down\", target.id) end\nend\n```",
    "```lua\n-- quest: the drowned bell\nQuest.on(\"harbor_bell_rung\", function(ctx)\n  ctx:give(\"lantern_oil\", 3)\n"
    "  ctx:setFlag(\"bell_rung\", true)\n"
    "  if ctx.player.level >= 12 then ctx:unlock(\"lighthouse_key\") end\nend)\n```",
    "`for i, item in ipairs(inventory) do print(i, item.id, item.count or 0) end` prints nothing, table is empty?",
    "```lua\nlocal cfg = require(\"tides.config\")\nreturn {\n  spawn_rate = cfg.isMobile and 0.6 or 1.0,\n"
    "  max_crabs = 24,\n  drop_table = { pearl = 0.05, shell = 0.6, [\"old boot\"] = 0.01 },\n}\n```",
    "```csharp\npublic class LanternController : MonoBehaviour\n{\n    [SerializeField] private Light lamp;\n"
    "    [SerializeField, Range(0f, 1f)] private float flicker = 0.15f;\n    private float baseIntensity;\n\n"
    "    void Awake() => baseIntensity = lamp.intensity;\n\n    void Update()\n    {\n"
    "        lamp.intensity = baseIntensity + (Mathf.PerlinNoise(Time.time * 4f, 0f) - 0.5f) * flicker;\n"
    "    }\n}\n```",
    "```csharp\nvar handle = Addressables.LoadAssetAsync<GameObject>(\"Enemies/DrownedGuard\");\n"
    "var prefab = await handle.Task;\nInstantiate(prefab, spawnPoint.position, Quaternion.identity);\n```",
    "`if (Input.GetKeyDown(KeyCode.F1)) Debug.Log($\"pos={transform.position} tide={TideManager.Instance.Level}\");`",
    "```csharp\n[Serializable]\npublic class SaveData { public int version = 8; "
    "public List<ItemStack> inventory = new(); "
    "public string lastHarbor; }\n\nvar json = File.ReadAllText(Path.Combine(Application.persistentDataPath, "
    "\"save_0.json\"));\nvar save = JsonUtility.FromJson<SaveData>(json);\n```",
    "```cpp\nUFUNCTION(BlueprintCallable, Category = \"Lantern\")\nvoid RefillOil(float Amount);\n\n"
    "void ULanternOilComponent::RefillOil(float Amount)\n{\n    check(Amount >= 0.f);\n"
    "    Oil = FMath::Clamp(Oil + Amount, 0.f, MaxOil);\n"
    "    UE_LOG(LogLantern, Verbose, TEXT(\"Oil now %.2f\"), Oil);\n"
    "    OnOilChanged.Broadcast(Oil);\n}\n```",
    "`ensureMsgf(IsValid(Bell), TEXT(\"Bell actor missing in %s\"), *GetWorld()->GetMapName());` fires on Harbor_P",
    "```cpp\nfor (TActorIterator<ADrownedGuard> It(GetWorld()); It; ++It)\n"
    "{\n    It->SetActorHiddenInGame(true);\n}\n```",
    "```\nFatal error: [File:D:\\build\\++Lanternfall+Main\\Sync\\Engine\\Source\\Runtime\\RenderCore\\Private\\"
    "RenderingThread.cpp] [Line: 1213]\nRendering thread exception:\nUnhandled Exception: EXCEPTION_ACCESS_VIOLATION "
    "reading address 0x0000000000000028\n\nLanternfall_Win64_Shipping!FLanternOilComponent::TickComponent() "
    "[LanternOilComponent.cpp:212]\nLanternfall_Win64_Shipping!FActorComponentTickFunction::ExecuteTick()\n"
    "kernel32.dll!BaseThreadInitThunk()\n```",
    "```\nNullReferenceException: Object reference not set to an instance of an object\n  at "
    "PocketTides.UI.ShopPanel.OnPurchaseClicked () [0x0002a] in <4b1e0c1f9d2e4a6f>:0\n  at "
    "UnityEngine.Events.InvokableCall.Invoke () [0x00010] in <a1b2c3d4>:0\n```",
    "```\n11-14 09:31:07.212 12345 12401 F libc    : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr "
    "0x10 in tid 12401 (UnityMain), pid 12345 (ashgrove.pockettides)\n11-14 09:31:07.388 12420 12420 F DEBUG   :"
    "     #00 pc 000000000127a3c4  /data/app/games.ashgrove.pockettides-1/lib/arm64/libil2cpp.so\n```",
    "```\nException Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x0000000000000010\n"
    "Triggered by Thread:  0\n\nThread 0 Crashed:\n0   UnityFramework  0x0000000104a1b2c4 "
    "il2cpp::vm::Object::Box + 52\n```",
    "```\nLogStreaming: Error: Couldn't find file for package /Game/Props/Harbor/SM_Crate_07 requested by async "
    "loading code. NameToLoad: /Game/Props/Harbor/SM_Crate_07\nLogShaderCompilers: Warning: 3 Shader compiler "
    "errors compiling global shaders for platform SF_PS5\n```",
    "```\nRunUAT.bat BuildCookRun -project=\"D:\\p4\\Lanternfall\\Lanternfall.uproject\" -platform=Win64 "
    "-clientconfig=Shipping -cook -stage -pak -iostore -archive -archivedirectory=\"D:\\Builds\\CL482113\" "
    "-nop4 -utf8output\n```",
    "```\np4 sync //Lanternfall/Main/...@482113\np4 changes -m 5 -s submitted //Lanternfall/Main/Content/Maps/...\n"
    "p4 opened -a //Lanternfall/Main/Content/Maps/Harbor/...\n```",
    "```yaml\n- uses: game-ci/unity-builder@v4\n  env:\n    UNITY_LICENSE: ${{ secrets.UNITY_LICENSE }}\n  with:\n"
    "    targetPlatform: Android\n    unityVersion: 2022.3.21f1\n    androidExportType: androidAppBundle\n```",
    "```groovy\npipeline {\n  agent { label 'win64 && ue5' }\n  stages {\n    stage('Cook') { steps { bat "
    "'RunUAT.bat BuildCookRun -platform=PS5 -cook -stage -pak' } }\n  }\n  post { failure { slackSend channel: "
    "'#build-farm', message: \"PS5 cook failed ${env.BUILD_URL}\" } }\n}\n```",
    "`./gradlew :launcher:bundleRelease -PversionCode=10403 && bundletool build-apks --bundle=launcher-release.aab "
    "--output=pt.apks --local-testing`",
    "`xcodebuild -workspace Unity-iPhone.xcworkspace -scheme Unity-iPhone -configuration Release archive "
    "-archivePath build/PT.xcarchive`",
    "`fastlane ios beta build_number:1877 changelog:\"Hotfix: shop crash on iOS 16\"` then ping ⟪M⟫ for TestFlight",
    "```json\n{\n  \"ui.shop.buy_confirm\": \"Buy {item_name} for {price}?\",\n  \"ui.lantern.oil\": \"{count, plural, "
    "one {# drop of oil} other {# drops of oil}}\",\n  \"ui.bell.hint\": \"Press <input action=\\\"Interact\\\"/> to "
    "ring\"\n}\n```",
    "de-DE string overflows the button: \"%1$s hat %2$d Perlen gefunden\" vs \"%1$s found %2$d pearls\"",
    "ko-KR: `\"{0}님이 {1}을(를) 획득했습니다\"`, the josa particle depends on the last syllable, can we use the "
    "ICU select instead?",
    "```sql\nSELECT platform, count(DISTINCT player_id) AS dau\nFROM analytics.sessions\nWHERE started_at >= "
    "DATE '2024-11-13' AND build = '1.4.3'\nGROUP BY platform ORDER BY dau DESC;\n```",
    "```python\nimport pandas as pd\ndf = pd.read_csv(\"crash_export_2024-11-13.csv\")\n"
    "print(df.groupby([\"platform\", \"gpu\"])[\"fingerprint\"].nunique().sort_values(ascending=False).head(10))\n```",
    "```\n$ kubectl -n liveops get pods\nNAME                            READY   STATUS    RESTARTS   AGE\n"
    "matchmaker-6d8f7c9b54-qm2lx     1/1     Running   0          2d4h\nleaderboards-5b9d6f7d8-x8k2p    1/1     "
    "Running   3          2d4h\n```",
    "```\nSTAT UNIT (Steam Deck, Harbor_P, CL 482113)\nFrame: 41.2 ms  Game: 12.8 ms  Draw: 9.4 ms  GPU: 38.7 ms  "
    "RHIT: 10.1 ms\nMem: 9,812 MB  VMem: 3,204 MB\n```",
]
LONG = [
    "*Lanternfall 1.5 \"The Drowned Bell\" — patch notes (draft)*\n\n*New*\n• The Drowned Bell questline (4–6 h)\n"
    "• Photo mode: FOV 30°–110°, depth of field, filters\n• FOV slider (finally!)\n\n*Fixes*\n• Fixed the softlock "
    "when ringing the bell during a cutscene\n• Fixed 'Ring Around the Harbour' unlocking twice on Xbox\n• Lantern "
    "oil no longer drains while paused\n\n_Known issue_: Steam Deck may show a black frame on resume. ⟪T⟫",
    "*Incident* 09:12 CET — Pocket Tides login failures (iOS + Android)\n• Impact: ~18% of logins failing with "
    "`AUTH_502`\n• Cause: expired cert on the matchmaker's upstream\n• Mitigation: cert rotated 09:41, logins "
    "recovering\n• Next update 10:15\ncc ⟪M⟫ ⟪M⟫",
    "Playtest #47 summary (n=22, 90 min, Story + Normal)\n1. 14/22 got lost after the lighthouse, need a lantern "
    "hint\n2. Boss phase 2 too long (avg 6m40s, target 4m)\n3. 5 people missed the photo mode tutorial\n4. Motion "
    "sickness reported by 3 at FOV 70\n\nFull notes + heatmaps: ⟪L⟫",
    "Hi team,\n\nforwarding from player support:\n\n> Hello, I bought the Tidal Pass on Nov 12 (order "
    "GPA.3345-6789-0123-45678) but in game it still says \"Purchase pending\". I paid $4.99 twice!! Please fix or "
    "refund. My player ID is PT-88213-KQ.\n\nLooks like the receipt validation retry bug again, ⟪M⟫ can you check?",
    "Ticket #88213 (Steam, EN):\n> my save is GONE after the 1.4.2 patch!!! 60 hours. i'm on steam deck, "
    "proton 9.0-2. please tell me there's a backup somewhere\n\nThe cloud save is there, we told him to use "
    "`Steam > Properties > Cloud > restore`. Keeping the ticket open until he confirms.",
    "Ticket #88301 (FR):\n> Bonjour, j'ai acheté le pack « Marée Haute » mais je ne l'ai pas reçu… J'ai redémarré "
    "3 fois. Merci d'avance !\n\nGrant sent manually, ⟪M⟫ can we find why the entitlement sync missed it?",
    "Ticket #88317 (DE):\n> Ich kann das Spiel nicht starten, Fehler 0xc000007b. Windows 11, RTX 3060, Treiber "
    "566.14. Was soll ich tun???\n\nClassic VC++ redist issue, sent the KB link.",
    "Ticket #88342 (PL):\n> Gra crashuje przy otwieraniu mapy, za każdym razem. Mam Ryzen 5 5600 i RX 6700 XT. "
    "Log w załączniku.\n\nAttached log shows the D3D12 device removed error, same as ⟪T⟫.",
    "Ticket #88350 (KO):\n> 업데이트 후에 상점이 열리지 않아요. 아이폰 13 미니, iOS 17.6.1 입니다. 결제한 진주가 "
    "사라졌어요 ㅠㅠ\n\nRestored 1,200 pearls, linking to PT-5521.",
    "Ticket #88366 (EN, Xbox):\n> the achievement \"Ring Around the Harbour\" popped twice and now my gamerscore "
    "is wrong lol. not mad just thought you should know :)\n\nKnown, fixed in 1.5.",
    "Ticket #88371 (PT-BR):\n> o jogo fecha sozinho quando eu abro o inventário no celular (Moto G54). já "
    "reinstalei. ajuda pfv\n\nAndroid 14, Mali-G57, probably the foam shader. ⟪M⟫",
    "Steam review we should answer (Not Recommended, 41.2 hrs):\n> \"Gorgeous game, but the performance on the "
    "Deck is rough in the harbor (25-30 fps). Devs pls add a 30 fps cap + FSR option. Will change my review if "
    "fixed.\"\n\nDraft reply in thread 👇",
    "App Store review (★★☆☆☆, KR):\n> \"광고가 너무 많아요. 그리고 조수 이벤트 보상이 안 들어왔어요.\"\n"
    "(too many ads, tide event reward not received) — forwarding to liveops",
    "Oncall handover (build farm)\n```\nopen:  BF-221 agent krk-17 disk 94%, BF-224 PS5 SDK 10.00 rollout\n"
    "fixed: BF-219 (DDC share perms), BF-220 (stuck Xbox cook)\nqueue: 6 builds, avg wait 11m\n```\nnothing paged "
    "overnight 🎉",
    "Agenda, Lanternfall leads sync (Thu 15:00 CET / 09:00 ET / 23:00 KST)\n- [x] 1.5 scope lock\n- [ ] cert "
    "schedule: Sony Nov 25, MS Nov 26, Nintendo Dec 2\n- [ ] Steam Deck Verified re-review\n- [ ] AOB\n\n"
    "_add your items_ 🙏",
    "Release checklist for PT 1.4.3:\n1) bump `bundleVersion` to 1.4.3 and `versionCode` to 10403\n2) "
    "`fastlane android deploy track:production rollout:0.1`\n3) watch crash-free for 2 h (>= 99.3%)\n4) rollout "
    "50% then 100%\n5) post in ⟪C⟫\nRollback: halt rollout in the Play Console, ~5 min.",
    "Perf budget (ms at 60 fps, PS5):\n| pass | budget | now |\n|---|---|---|\n| BasePass | 3.0 | 3.4 |\n| Lumen "
    "| 3.5 | 4.1 |\n| Shadows | 2.0 | 1.8 |\n| Water | 1.0 | 2.3 |\n| Post | 1.5 | 1.2 |\nwater is the problem "
    "🌊",
    "Localisation status 1.5 (strings: 4,812 new / 31,077 total)\n• fr-FR ✅ • de-DE ✅ • pl-PL ✅ • pt-BR 96% • "
    "ko-KR ✅ • ja-JP 88% • zh-Hans 91% • es-419 ✅\nLQA starts Monday in Kraków.",
    "> On Wed, Nov 13, 2024 at 5:47 PM, Aoife (Publisher) <aoife@publisher.example> wrote:\n> Could you send the "
    "final store assets by Friday? Capsules 616x353 and 374x448, hero 3840x1240.\n\nSent this morning, all in the "
    "share ⟪L⟫",
    "Montréal office notes 📌\n• Snow removal Thursday night, move your cars from rue Bernard\n• New espresso "
    "machine on 3rd floor (don't put oat milk in the steam wand 😤)\n• Parking: 5145 av. du Parc, level P2\n"
    "• Front desk: +1 (514) 555-0142",
    "Kraków: od poniedziałku nowy adres serwerowni, ul. Lipowa 4, 30-702 Kraków. Kontakt w razie problemów: "
    "+48 12 345 67 89 (Bartosz). Proszę nie wyłączać agentów TeamCity w piątek!",
    "서울 스튜디오 공지: 다음 주 화요일(11/19) 오후 2시에 플레이테스트가 있습니다. 장소: 판교 사무실 7층 회의실. "
    "컨트롤러 지참 부탁드려요 🎮",
    "Guildford: the fire alarm test is on Friday 10:30. Meeting point is the car park on Walnut Tree Close. "
    "Devkits can stay on, please save your work.",
]
COMMANDS = ["weather", "weather ⟪P⟫", "weather ⟪P⟫", "weather in ⟪P⟫", "wetaher ⟪P⟫", "Weather ⟪P⟫ pls",
            "weather ⟪P⟫ tomorrow?", "weather for the playtest in ⟪P⟫", "weather ⟪P⟫ ❄️", "weather ⟪P⟫ 🌧️",
            "remember location ⟪P⟫", "remember location ⟪P⟫", "remember location", "my location",
            "forget location", "help", "Help", "?", "config", "config timezone ⟪TZ⟫", "config tz ⟪TZ⟫",
            "config alert_time ⟪H⟫", "config time ⟪H⟫", "config units metric", "config units imperial",
            "config units Metric", "alerts on", "alerts off", "alerts", "login", "forget me", "hi", "hey jeeves 👋",
            "what can you do", "is it snowing in ⟪P⟫", "thanks!",
            "merci", "dzięki", "고마워요", "config alert_time 7:30"]


class Studio(WebApp):
    """The studio, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_fourth-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window, event_window, client_id_after, event_id_chars = (0, 11 * 3600), (0, 40000), "scope", 10
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(260):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            plain_first = self._ascii(first) or "dev"
            plain_last = self._ascii(last) or "x"
            self.people.append({
                "id": self.sid("U0", 9), "name": f"{first} {last}",
                "handle": f"{plain_first}.{plain_last}" + (str(i) if i % 9 == 0 else ""),
                "email": f"{plain_first}.{plain_last}@ashgrove.games", "tz": self.pick(TIMEZONES)})

    @staticmethod
    def _ascii(text: str) -> str:
        table = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "ß": "ss"})
        folded = unicodedata.normalize("NFKD", text.translate(table)).encode("ascii", "ignore").decode()
        return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == "-")

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([6, 7, 7, 7, 8, 8, 8, 9, 9, 10, 12, 17, 18, 22])
        return f"{hour:02d}:{self.pick(['00', '00', '15', '30', '45', '05'])}"

    def changelist(self) -> str:
        return str(self.rng.randint(478000, 482999))

    def fill(self, text: str, slack: bool = True) -> str:
        out = slack_escape(text) if slack else text
        subs = {
            "⟪CL⟫": self.changelist,
            "⟪V⟫": lambda: self.pick(["1.5.0", "1.4.3", "PT 1.4.3", "LF 1.5", "1.5.0-rc2", "1.4.2-hotfix.3"]),
            "⟪T⟫": lambda: f"{self.pick(['LF', 'LF', 'PT', 'BF', 'LOC'])}-{self.rng.randint(1000, 19999)}",
            "⟪N⟫": lambda: str(self.rng.randint(2, 17)),
            "⟪TZ⟫": lambda: self.pick(TIMEZONES),
            "⟪H⟫": self.alert_time,
        }
        while "⟪M⟫" in out:
            p = self.pick(self.people)
            out = out.replace("⟪M⟫", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "⟪L⟫" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|capture", "|thread", "|store page", "|build log"])
            out = out.replace("⟪L⟫", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "⟪C⟫" in out:
            cid, name = self.pick(CHANNELS)
            out = out.replace("⟪C⟫", f"<#{cid}|{name}>" if slack else "#" + name, 1)
        while "⟪P⟫" in out:
            place = self.pick(PLACES)
            out = out.replace("⟪P⟫", slack_escape(place) if slack else place, 1)
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟪M⟫ ", "hey ⟪M⟫ ", "\x01here ", "⟪M⟫ ⟪M⟫ "]) + text
        elif roll < 0.84:
            text = self.pick(["", "", "", "hmm ", "fyi ", "seeing this on ⟪CL⟫:\n", "any idea? ", "⟪M⟫ ",
                              "from the Deck:\n", "QA repro:\n"]) + self.pick(SNIPPETS)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "fixed by clamping it", "cc ⟪M⟫", "⟪T⟫",
                                          "(Test build, not Shipping)", "works on my machine™"])
        else:
            text = self.pick(LONG)
        return self.fill(text).replace("\x01here", "<!here>")

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"Content-Type": content_type, "User-Agent": SLACK_UA, "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.02):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text rendering of a message: sections, code blocks and quotes."""
        elements: list[dict[str, Any]] = []
        for code, chunk in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": chunk.strip("\n")}]})
                continue
            quote = [line[2:] for line in chunk.split("\n") if line.startswith("> ")]
            rest = "\n".join(line for line in chunk.split("\n") if not line.startswith("> "))
            if rest.strip():
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": rest}]})
            if quote:
                elements.append({"type": "rich_text_quote", "elements": [{"type": "text", "text": "\n".join(quote)}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False,
                thread: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if not mention:
            event["channel_type"] = channel_type
        if thread or self.chance(0.15):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return self.slack_request("/slack/events", json.dumps(self.envelope(event), ensure_ascii=self.chance(0.2)))

    def slack_url_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(self.message(self.chat_text(), cid, "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.fill(self.pick(["+1", "same on my side", "fixed in ⟪CL⟫", "can repro on PS5 devkit", "👀",
                                    "merged, thanks!", "dupe of ⟪T⟫", "reverted in ⟪CL⟫", "ok ty", "on it",
                                    "it's the foam shader again", "works now 🎉", "⟪M⟫ ^", "nope, still 41 ms",
                                    "I'll take it", "can't repro on Win64 Test", "which CL?", "sent you the log",
                                    "Réglé ✅", "Naprawione ✅", "해결했습니다 ✅", "see ⟪L⟫"])) \
            if self.chance(0.6) else self.chat_text()
        event = self.message(text, cid, "channel", thread=True)
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + self.command_text()
        else:
            text = self.chat_text() + f" <@{BOT_USER}>"
        return self.record("slack-mention", "json", self.event_request(self.message(text, cid, "channel", True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.8) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message(text, self.sid("D0", 9), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong CL)", " *", " — nvm, fixed", " (edited)", ""])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_delete(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "channel": cid,
                 "deleted_ts": old["ts"], "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel",
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type")}}
        return self.record("slack-delete", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        cl, n = self.changelist(), self.rng.randint(100, 9999)
        who = self.pick(self.people)
        source = self.pick(["teamcity", "jenkins", "p4", "backtrace", "steam-reviews", "appstore-reviews",
                            "jira", "discord-bridge", "sentry"])
        e = slack_escape
        if source == "teamcity":
            target = self.pick(["Win64 Shipping", "PS5 Test", "XSX Development", "Linux Server"])
            outcome = self.pick(["Success", "Failed: cook error (3 packages)", "Success (47m 12s)"])
            text = (f":{self.pick(['white_check_mark', 'x'])}: *Lanternfall / Main / {target}* #{n} CL {cl} — "
                    f"{outcome} <https://teamcity.ashgrove.internal:8111/buildConfiguration/LF/{n}|log>")
        elif source == "jenkins":
            outcome = self.pick(["SUCCESS", "FAILURE", "UNSTABLE (2 tests failed)"])
            text = (f"pockettides-{self.pick(['android', 'ios'])} #{n}: {outcome} after {self.rng.randint(4, 40)} min "
                    f"(<https://jenkins.ashgrove.internal:8443/job/pt/{n}/|Open>)")
        elif source == "p4":
            desc = self.pick(["Fix lantern oil drain while paused", "Harbor lighting pass v7", "LOC: fr-FR 1.5",
                              "Bump Wwise to 2023.1.8", "DrownedGuard: fix T-pose on ragdoll exit"])
            text = (f"Change {cl} by {who['handle']}@{who['handle']}-ws on 2024/11/14: \"{e(desc)}\" "
                    f"//Lanternfall/Main/... ({self.rng.randint(1, 80)} files)")
        elif source == "backtrace":
            text = (f"*New crash group* in lanternfall 1.5.0-rc2 ({self.rng.randint(3, 900)} occurrences): "
                    "`EXCEPTION_ACCESS_VIOLATION` in `FLanternOilComponent::TickComponent` "
                    f"<https://ashgrove.sp.backtrace.io/p/lanternfall/explore?fp={self.hexs(8)}|triage>")
        elif source == "steam-reviews":
            verdict = self.pick(["👍 Recommended", "👎 Not Recommended"])
            quote = self.pick(["the lantern mechanic is genius, bell quest made me cry",
                               "runs like a slideshow on my 1060 :( please optimize",
                               "10/10 would ring the bell again", "Très beau jeu mais trop court",
                               "Świetna gra, ale crashuje na RX 6700 XT", "the crab boss can go to hell lmao",
                               "played 6 hrs straight, \"just one more lighthouse\" they said"])
            hours = f"{self.rng.randint(1, 300)}.{self.rng.randint(0, 9)}"
            text = f"New Steam review ({verdict}, {hours} hrs): \"{e(quote)}\""
        elif source == "appstore-reviews":
            quote = self.pick(["Cute game, too many ads", "can't log in since update!!", "최고의 힐링 게임",
                               "j'adore les crabes 🦀", "Purchase didn't go through but I was charged $9.99"])
            text = (f"{self.pick(['★★★★★', '★★★★☆', '★★☆☆☆', '★☆☆☆☆'])} \"{e(quote)}\" — "
                    f"{self.pick(['US', 'KR', 'FR', 'GB', 'BR', 'JP'])}, v1.4.{self.rng.randint(1, 3)}")
        elif source == "jira":
            state = self.pick(["created", "moved to QA Verify", "resolved as Fixed"])
            title = self.pick(["Softlock: ringing the bell during cutscene", "PS5: save icon shown < 3 s (TRC)",
                               "Steam Deck: black frame on resume", "ko-KR: josa wrong in loot toast"])
            text = f"<https://ashgrove.atlassian.net/browse/LF-{n}|LF-{n}> {state}: \"{e(title)}\""
        elif source == "discord-bridge":
            author = self.pick(["LanternLad#0421", "xX_DarkTide_Xx", "crabqueen", "Zoë 🌊", "mr.potato"])
            said = self.pick(["game crashes when i alt tab during the intro", "any news on the FOV slider?",
                              "the bell quest won't start after chapter 3??", "is cross save coming to switch",
                              "lantern oil bar stuck at 0% after reload"])
            text = f"*#bug-reports* {e(author)}: {e(said)}"
        else:
            text = ("*TypeError* in liveops-dashboard: Cannot read properties of undefined (reading 'ccu') "
                    f"— {self.rng.randint(1, 90)} events <https://sentry.io/organizations/ashgrove/issues/{n}/|View>")
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": text[:90], "color": self.pick(["2eb886", "a30200", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("slack-botpost", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["crash_2024-11-14_0932.dmp", "Lanternfall.log", "harbor_lighting_v7.mp4",
                          "SteamDeck_stat_unit.png", "PT_1.4.3_release_notes.docx", "perf_PS5_CL482113.utrace",
                          "loc_export_fr-FR.csv", "KeyArt_Final_FINAL_v3.psd", "Screenshot 2024-11-14 at 10.42.13.png",
                          "bell_VO_take12.wav", "drowned_guard_walk.fbx", "capsule_616x353.png",
                          "Zrzut ekranu 2024-11-14 101512.png", "스크린샷 2024-11-14 오후 6.12.03.png",
                          "playtest_47_heatmap.xlsx", "foam_seam (1).gif"])
        event = self.message(self.fill(self.pick(["", "", "here you go", "log from the devkit", "repro video 👆",
                                                  "new capsule, thoughts?", "⟪M⟫ the dump", "voilà",
                                                  "crash dump from ⟪CL⟫"])), cid, "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 10)
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": self.pick(["image/png", "video/mp4", "application/octet-stream", "text/plain"]),
                           "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(1200, 480_000_000), "mode": "hosted", "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_")),
                           "is_public": True, "has_rich_preview": False}]
        if self.chance(0.3):
            event = {"type": "file_shared", "file_id": fid, "user_id": event["user"], "file": {"id": fid},
                     "channel_id": cid, "event_ts": self.ts()}
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.pick([1, 1, 1, 2, 3]))]
        ts = self.ts()
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": ts, "unfurl_id": f"{cid}.{ts}.{self.hexs(8)}",
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"], "reaction": self.pick(REACTIONS),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "external_id": "", "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.record("slack-home", "json", self.event_request(event))

    def slack_join(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": "member_joined_channel", "user": self.pick(self.people + [{"id": BOT_USER}])["id"],
                 "channel": cid, "channel_type": "C", "team": TEAM, "event_ts": self.ts()}
        if self.chance(0.5):
            event["inviter"] = self.pick(self.people)["id"]
        return self.record("slack-join", "json", self.event_request(event))

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        team = TEAM if self.chance(0.95) else PARTNER_TEAM
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", TEAM_DOMAIN if team == TEAM else
                                                                  "qa-partner"),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_common(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction_request(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 4)
        payload = self.interaction_common("block_actions")
        roll = self.rng.random()
        if roll < 0.65:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(4)[:5],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": self.pick(PLACES), "type": "button", "action_ts": self.ts()}
        elif roll < 0.8:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "forget",
                      "type": "button", "action_ts": self.ts()}
        elif roll < 0.9:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "cancel",
                      "type": "button", "action_ts": self.ts()}
        else:
            tz = self.pick(TIMEZONES)
            action = {"action_id": "pick_timezone", "block_id": "settings_tz", "type": "static_select",
                      "selected_option": {"text": {"type": "plain_text", "text": tz.replace("_", " "), "emoji": True},
                                          "value": tz},
                      "placeholder": {"type": "plain_text", "text": "Time zone", "emoji": True},
                      "action_ts": self.ts()}
        payload.update({
            "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", TEAM),
            "actions": [action]})
        return self.interaction_request("interaction-button", payload)

    def modal_submit(self) -> dict[str, Any]:
        payload = self.interaction_common("view_submission")
        person = self.pick(self.people)
        note = self.fill(self.pick([
            "I'm at the Kraków studio Mon–Wed, WFH in Bielsko-Biała otherwise",
            "Alerts before my commute pls (I leave at 7:40)", "", "",
            "Je suis à Montréal l'hiver et à Val-d'Or l'été 🙂", "서울 사무실, 주 3일 출근",
            "Guildford, but travelling to Gamescom 20–25 Aug", "night shift on the build farm, so 22:00 is my morning",
            "Using imperial because I'm from Austin, don't judge", "pls don't ping me on weekends 😅",
        ]), slack=False)
        place = self.pick(PLACES)
        tz = person["tz"]
        hhmm = self.alert_time()
        view = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": "jeeves_settings",
                "private_metadata": json.dumps({"channel": self.sid("D0", 9), "origin": "app_home"}),
                "title": {"type": "plain_text", "text": "Jeeves settings", "emoji": True},
                "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                "close": {"type": "plain_text", "text": "Cancel", "emoji": True}, "blocks": [],
                "state": {"values": {
                    "loc": {"place": {"type": "plain_text_input", "value": place}},
                    "tz": {"timezone": {"type": "static_select", "selected_option": {
                        "text": {"type": "plain_text", "text": tz, "emoji": True}, "value": tz}}},
                    "time": {"alert_time": {"type": "timepicker", "selected_time": hhmm}},
                    "units": {"units": {"type": "radio_buttons", "selected_option": {
                        "text": {"type": "plain_text", "text": "Metric (°C, km/h)", "emoji": True},
                        "value": self.pick(["metric", "imperial"])}}},
                    "days": {"alert_days": {"type": "checkboxes", "selected_options": [
                        {"text": {"type": "plain_text", "text": d, "emoji": True}, "value": d.lower()[:3]}
                        for d in self.rng.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                                                 self.rng.randint(1, 5))]}},
                    "note": {"note": {"type": "plain_text_input", "value": note or None}}}},
                "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False, "notify_on_close": False,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM,
                "bot_id": self.sid("B0", 9)}
        payload.update({"view": view, "response_urls": []})
        return self.interaction_request("interaction-modal", payload)

    def message_shortcut(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        payload = self.interaction_common("message_action")
        author = self.pick(self.people)
        text = self.chat_text()
        payload.update({"callback_id": "weather_for_message", "message_ts": self.ts(),
                        "response_url": self.hook("app", TEAM),
                        "channel": {"id": cid, "name": cname},
                        "message": {"type": "message", "user": author["id"], "ts": self.ts(), "text": text,
                                    "client_msg_id": self.uuid()}})
        return self.interaction_request("interaction-shortcut", payload)

    # ---- scripts, CI and dashboards on the data API ------------------------------------------------------
    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.81.0",
                        "Go-http-client/2.0", "TeamCity Server 2024.07.3 (build 160765)",
                        "Jenkins/2.479.1 (okhttp/4.12.0)", "Grafana/11.3.0",
                        "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-CA) PowerShell/7.4.6",
                        "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
                        "UnrealEngine-HTTP/5.4.4 (Windows)", "node-fetch/3.3.2", "axios/1.7.7",
                        "GitHub-Hookshot/8c1d2f7", "aiohttp/3.10.10 Python/3.12"])
        client = self.pick(["forge-buildbot", "teamcity-nightly", "grafana-liveops", "hr-personio-sync",
                            "qa-dashboard", "jeeves-worker", "loc-pipeline"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "identity"])
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"tc-{self.rng.randint(10**6, 10**7)}",
                                           f"grafana.{self.hexs(16)}"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-1,ashgrove=p:{self.hexs(8)}"
        if self.chance(0.1):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=liveops-dashboard%401.8."
                            f"{self.rng.randint(0, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)},sentry-sample_rate=0.2")
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "250", "500", "20"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 250, 500]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "on", "off", "false"]),
                                ("team_id", [TEAM, TEAM, PARTNER_TEAM])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api-users", "query", self.get_request(uri, h))
        if roll < 0.36:
            # "search": the HR sync looks up one team's active people with alerts, page by page
            params = [("team_id", self.pick([TEAM, PARTNER_TEAM])), ("active", "true"),
                      ("alerts", self.pick(["true", "false"])), ("limit", "100"),
                      ("offset", str(self.pick([0, 100, 200])))]
            return self.record("api-search", "query", {"method": "GET", "body": "", "headers": h,
                                                       "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.52:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 320)}", h))
        if roll < 0.7:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.2)}
            else:
                doc = {"is_admin": self.chance(0.3), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {"method": "PATCH",
                                                          "uri": f"/api/users/{self.rng.randint(1, 320)}",
                                                          "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                                          "headers": h})
        if roll < 0.86:
            day = self.rng.randint(1, 13)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}T00:00:00-05:00",
                               f"2024-11-{day:02d}", f"2024-11-{day:02d}T09:00:00+09:00",
                               f"2024-10-{day + 15:02d}T08:30:00.000Z", f"2024-11-{day:02d} 06:00:00+01:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-14T23:59:59Z", "2024-11-14T00:00:00+01:00",
                                                   "2024-11-14"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        action = self.pick(["weather", "remember location", "alerts", "config", "login", "forget me", "help"])
        doc = {"enabled": self.chance(0.75)}
        if self.chance(0.5):
            doc["team_id"] = self.pick([TEAM, "*", PARTNER_TEAM])
        h["Content-Type"] = "application/json"
        return self.record("api-switch-put", "json", {"method": "PUT", "body": json.dumps(doc), "headers": h,
                                                      "uri": "/api/switches/" + urllib.parse.quote(action)})

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "Postman/11.19.0", "Insomnia/10.1.1",
                                      "python-requests/2.32.3"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False,
                        slack_app: bool = False) -> dict[str, str]:
        chromes = [
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
             "Safari/537.36", '"Chromium";v="130", "Google Chrome";v="130", "Not?A_Brand";v="99"', '"Windows"', "?0"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/130.0.0.0 Safari/537.36", '"Chromium";v="130", "Google Chrome";v="130", "Not?A_Brand";v="99"',
             '"macOS"', "?0"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
             "Safari/537.36 Edg/130.0.0.0", '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"',
             '"Windows"', "?0"),
            ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/130.0.6723.86 Mobile Safari/537.36", '"Chromium";v="130", "Google Chrome";v="130", '
             '"Not?A_Brand";v="99"', '"Android"', "?1"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
             '"Google Chrome";v="129", "Not=A?Brand";v="8", "Chromium";v="129"', '"Linux"', "?0"),
        ]
        others = [
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Mobile/15E148 Safari/604.1",
        ]
        slack_apps = [
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.11.10.0",
            "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Version/4.0 Chrome/130.0.6723.86 Mobile Safari/537.36 Slack/24.11.10.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.97 "
            "Chrome/130.0.6723.59 Electron/33.0.2 Safari/537.36 Sonic Slack_SSB/4.41.97",
        ]
        h: dict[str, str] = {}
        if slack_app:
            h["User-Agent"] = self.pick(slack_apps)
        elif self.chance(0.6):
            ua, brands, platform, mobile = self.pick(chromes)
            h.update({"User-Agent": ua, "sec-ch-ua": brands, "sec-ch-ua-mobile": mobile,
                      "sec-ch-ua-platform": platform})
        else:
            h["User-Agent"] = self.pick(others)
        h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        h["Accept-Language"] = self.pick(["fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "en-CA,en;q=0.9,fr-CA;q=0.8",
                                          "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
                                          "en-GB,en-US;q=0.9,en;q=0.8", "en-US,en;q=0.9", "ja-JP,ja;q=0.9",
                                          "pt-BR,pt;q=0.9,en;q=0.8", "de-DE,de;q=0.9"])
        h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        h["Sec-Fetch-Dest"] = "document"
        h["Sec-Fetch-Mode"] = "navigate"
        h["Sec-Fetch-Site"] = "same-origin" if referer else "none"
        if not form:
            h["Sec-Fetch-User"] = "?1"
        h["Upgrade-Insecure-Requests"] = "1"
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.15):
            h["DNT"] = "1"
        if self.chance(0.1):
            h["Priority"] = "u=0, i"
        return h

    def cookies(self, *own: tuple[str, str]) -> str:
        jar = list(own)
        if self.chance(0.35):
            jar.append(self.ga_cookie())
        if self.chance(0.2):
            jar.append(("_ga_4XKQ2LM9PZ", f"GS1.1.{EPOCH}.{self.rng.randint(1, 40)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            jar.append(("ajs_anonymous_id", urllib.parse.quote(f'"{self.uuid()}"')))
        if self.chance(0.15):
            jar.append(("theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.1):
            jar.append(("lang", self.pick(["fr-CA", "pl", "ko", "en"])))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def admin_search_term(self) -> str:
        person = self.pick(self.people)
        return self.pick([
            person["name"], person["name"].split(" ")[-1], person["email"], person["id"], person["handle"],
            person["name"].split(" ")[0], "o'le", "O'Leary", "côté", "Marie-Ève", "jean-phil", "@ashgrove.games",
            "qa-partner", PARTNER_TEAM, TEAM, "U0", "wójcik", "Łukasz", "박", "김민준", "park", "st-pierre",
            "d'souza", "N'Diaye", "Mensah-Bonsu", "contractor", "krk", "mtl", "seoul", "   ", "ana", "a.b",
        ]).strip() or "kim"

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", "/admin/users?q=park"]))
            h["Cookie"] = self.cookies(session)
            params = [("q", self.admin_search_term())]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 9))))
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.48:
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", "ashgrove")]), True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", self.admin_search_term()),
                      ("page", str(self.rng.randint(1, 6)))]
            uri = f"/admin/users/{self.rng.randint(1, 320)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin-user-edit", "form", self.form_request(uri, h, fields))
        if roll < 0.58:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember location", "alerts",
                                                                   "config", "login", "forget me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, PARTNER_TEAM.lower()]))]
            uri = "/admin/features" if self.chance(0.8) else "/admin/features/remove"
            return self.record("admin-switch", "form", self.form_request(uri, h, fields))
        if roll < 0.68:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            cid = self.pick(["forge-buildbot", "teamcity-nightly", "grafana-liveops", "hr-personio-sync",
                             "qa-dashboard", "loc-pipeline", "pt.liveops.reports"])
            sub = self.rng.random()
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", cid),
                          ("description", self.pick([
                              "TeamCity nightly: usage report → #build-farm (owner: Bartosz)",
                              "Grafana JSON datasource for the live-ops wall in Montréal, read-only",
                              "HR sync — Personio → Jeeves users, 06:00 CET, owner: people-ops",
                              "Loc pipeline: marks translators' accounts (fr-FR, pl-PL, ko-KR)",
                              "QA partner's dashboard (contract #QA-2024-017, ends 2025-03-31)", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.35) else [])
                uri = "/admin/clients"
            else:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{urllib.parse.quote(cid)}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.form_request(uri, h, fields))
        if roll < 0.78:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            if self.chance(0.7):
                alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
                password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))
            else:
                words = ["lantern", "harbor", "crab", "tide", "bell", "foam", "pearl", "anchor", "kraken", "gull"]
                password = "-".join(self.rng.sample(words, 4)) + str(self.rng.randint(10, 99))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "bartosz.k", "marie-eve", "ops-lead", "siobhan.oleary"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.86:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(["user.active", "user.admin", "login", "feature.set", "client.rotate",
                                       "user.forget_me", self.pick(self.people)["handle"], "2024-11-13",
                                       "admin.map_slack", "denied", PARTNER_TEAM]))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(2, 12))))
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=c%C3%B4t%C3%A9&page=1",
                              "/admin/features?done=switch_updated", "/admin/login?next=%2Fadmin%2Fgateway",
                              "/admin/clients?done=client_disabled"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        h = self.browser_headers(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self.cookies(session)
        if self.chance(0.6):
            fields = [("csrf_token", csrf), ("username", self.pick(["bartosz.k", "marie-eve", "ops-lead"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            uri = "/admin/slack-sign-in"
        else:
            fields = [("csrf_token", csrf), ("totp", f"{self.rng.randint(0, 999999):06d}"),
                      ("pending", self.token(20))]
            uri = "/admin/account/totp/confirm"
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        style = self.rng.random()
        if style < 0.6:
            boundary = self.form_boundary("webkit")
        elif style < 0.85:
            boundary = self.form_boundary("firefox")  # Firefox
        else:
            boundary = self.form_boundary("gecko")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        in_slack = self.chance(0.35)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/callback"]), slack_app=in_slack)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?utm_source=slack&utm_medium=dm&utm_campaign=login_link"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json"
                h["Sec-Fetch-Dest"] = "empty"
                h["Sec-Fetch-Mode"] = "cors"
            return self.record("me-page", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            h = self.browser_headers("/me/", True, slack_app=in_slack)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.35):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True, slack_app=in_slack)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.35):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True, slack_app=in_slack)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.35:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                          "uri": "/auth/slack/callback?"
                                                                 + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.72:
            h = self.link_expander()
            return self.record("auth-link-preview", "path", {"method": self.pick(["GET", "HEAD"]), "body": "",
                                                             "uri": f"/auth/slack/link/{link}", "headers": h})
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser_headers(slack_app=self.chance(0.5)))
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True, slack_app=self.chance(0.5))
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                    csrf)])})

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["forge-buildbot", "teamcity-nightly", "grafana-liveops", "hr-personio-sync",
                            "qa-dashboard", "jeeves-worker", "loc-pipeline"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.10.1", "Go-http-client/2.0",
                                      "TeamCity Server 2024.07.3 (build 160765)", "Grafana/11.3.0",
                                      "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-CA) "
                                      "PowerShell/7.4.6", "Apache-HttpClient/4.5.14 (Java/17.0.12)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        if self.chance(0.2):
            h["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.86:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Datadog/Synthetics", "curl/8.10.1", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]), "body": "",
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.2 (Lua) ngx_lua/10026", "Go-http-client/2.0",
                                          "jwks-rsa/3.1.0", "PyJWT/2.9.0", "Microsoft.IdentityModel/7.1.2",
                                          "UnrealEngine-HTTP/5.4.4 (Windows)"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2", "curl/8.10.1",
                                          "oauth4webapi/v3.1.2"]), "Accept": "application/json"}
            return self.record("health-metadata", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                             "uri": "/.well-known/oauth-authorization-server",
                                                             "headers": h})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 360), ("slack_thread", 120), ("slack_mention", 110), ("slack_dm", 100), ("slack_edit", 22),
    ("slack_delete", 8), ("slack_bot_post", 40), ("slack_file", 20), ("slack_unfurl", 25), ("slack_reaction", 45),
    ("slack_home", 22), ("slack_join", 6), ("slash_command", 190), ("button_click", 70), ("modal_submit", 30),
    ("message_shortcut", 10), ("api", 230), ("admin", 110), ("me", 75), ("sign_in", 45), ("tokendealer", 55),
    ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The studio's day, kinds interleaved as they happen."""
    return planned(Studio(), PLAN, first="slack_url_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())

