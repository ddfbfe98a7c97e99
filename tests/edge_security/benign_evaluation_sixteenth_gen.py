"""A working Tuesday at Saltmarsh Studio, a 90-person marketing and design agency, on every route of the edge
(benign only; the sixteenth independent evaluation set).

About 1,700 requests in the proportions the agency's deployment sees them. Slack first: channel chat of every
length (campaign names with emoji and punctuation, UTM-tagged links, Figma and Canva links, HTML e-mail
snippets and CSS colours pasted in code blocks, copy drafts with curly quotes and ellipses, hashtags and
@handles, social posts in many languages, image file names), threads, @mentions and DMs to Jeeves, edits,
file shares, link unfurls, reactions, integration bots, App Home, `/jeeves ...` slash commands, button clicks
and modal submissions (signed forms whose `payload` field is JSON). Then the data API (reporting scripts,
Google Apps Script, Zapier, CI and the studio dashboard with bearer tokens: list, read and patch users,
usage stats, switches), the admin panel (user searches, edits, switches, OAuth clients, login), `/me/`
(settings, location, multipart posts from browsers), Sign in with Slack, TokenDealer (token, introspect,
revoke, verify_token) and the health and metadata GETs, each with the headers its client really sends.

How it was written: from the route list of gateway/gateway.yaml (names, match, methods, upstreams only), the
handlers in app/ and tokendealer/, README.md, the record structure of benign_day_gen.py, and general
knowledge of what Slack, browsers, mobile apps, SDKs and CLIs send. No WAF rule, exclusion, ruleset, rule
test or other evaluator's set was read; the texts were not changed after measuring. Deterministic: one
seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, the App Home event,
trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (form_boundary, multipart_form,
form_navigation, form_request, token_request, verify_request, get_request, cross_site_arrival, signed_in, ga_cookie,
cookie_header, me_exit_form, settings_patch, oidc_code, link_expander, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import no_attacks, planned, slack_escape

NAME = "evaluation_sixteenth"
SEED = 16_170_924
EPOCH = 1726560000  # 2024-09-17 08:00 UTC, a Tuesday
TEAM, TEAM_DOMAIN = "T04SALTMRS", "saltmarsh-studio"
APP_ID, BOT_USER = "A06JEEVESX", "U06JEEVES1"
HOST = "edge.saltmarsh.studio"
BASE = f"https://{HOST}"
DASH = "https://dash.saltmarsh.studio"
LEGACY_TOKEN = "pQ7vN2kLw9XsR4tY1mZc8bHd"  # Slack's legacy verification token field: a made-up placeholder

# ---- the agency ---------------------------------------------------------------------------------------------
PEOPLE_NAMES = [
    "Siobhán O'Connor", "Jean-Baptiste Moreau", "Anne-Sophie Lefèvre", "Mary-Kate D'Souza", "Zoë Ashworth-Hale",
    "Kwame Mensah", "Ngozi Adeyemi-Okoro", "Hye-jin Park", "Tomás Ó Briain", "Björk Sigurðardóttir",
    "Łucja Wójcik", "Rafael Ibáñez", "João Gonçalves", "Aiko Yamamoto", "Ravi Shankar-Iyer", "Ayşe Demir",
    "Dmitri Volkov", "Maya Okafor", "Priya Raghunathan", "Liam O'Sullivan", "Chloé Dubois-Martin",
    "Mateo Fernández", "Inês Carvalho", "Freya Lindqvist", "Oskar Nowak-Kamiński", "Sakura Tanaka",
    "Daniel Ben-David", "Yasmin Al-Harbi", "Nikos Papadakis", "Aroha Ngata", "Camila Rojas", "Thandiwe Dlamini",
    "Emeka Nwosu", "Lena Fischer", "Marco D'Amico", "Ewan MacLeod", "Niamh Ní Bhriain", "Hana Kovačević",
    "Olu Bankole", "Jia Hui Tan", "Arjun Mehta", "Rosa García-Lorca", "Pieter van der Meer", "Sofia Lindström",
    "Kenji Watanabe", "Fatima Zahra El Idrissi", "Gabriel Silva", "Isabella Conti", "Wiktor Zieliński",
    "Ha-eun Choi", "Amélie Côté", "Jamie Lee-Chambers", "Bea Ferreira", "Tariq Hussain", "Ana-María Popescu",
    "Ollie Pemberton-Smythe", "Mei Lin", "Rhys ap Gwilym", "Alejandra Núñez", "Dev Patel-Moore",
]
NATIVE_NAMES = [("王芳", "wang.fang"), ("佐藤 美咲", "misaki.sato"), ("김민준", "minjun.kim"),
                ("Алина Соколова", "alina.sokolova"), ("Ελένη Γεωργίου", "eleni.georgiou"), ("נועה כהן", "noa.cohen"),
                ("ليلى حداد", "layla.haddad"), ("अनन्या शर्मा", "ananya.sharma"), ("Nguyễn Thị Lan", "lan.nguyen")]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/London", "Europe/Lisbon", "Europe/Lisbon",
             "America/Sao_Paulo", "Europe/Paris", "Europe/Berlin", "Asia/Tokyo", "Asia/Dubai", "America/New_York",
             "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", "Africa/Lagos", "Asia/Seoul",
             "America/Mexico_City", "Europe/Istanbul", "Asia/Singapore", "Pacific/Auckland", "UTC", "Europe/Dublin"]
CHANNELS = [("C04GENERAL0", "general"), ("C04RANDOM00", "random"), ("C04STUDIOLN", "studio-london"),
            ("C04STUDIOLX", "studio-lisboa"), ("C04DESIGNCR", "design-crit"), ("C04COPYDESK", "copy-desk"),
            ("C04SOCIALTM", "social-team"), ("C04CLBLOOM0", "client-bloom-and-bough"),
            ("C04CLOAKEMB", "client-oak-ember"), ("C04CLFERRO0", "client-ferro-finch"),
            ("C04NEWBIZ00", "new-business"), ("C04PRODUCTN", "production"), ("C04SHOOTS00", "shoots"),
            ("C04MOTION00", "motion"), ("C04WEBDEV00", "web-dev"), ("C04EMAILBLD", "email-builds"),
            ("C04PAIDMED0", "paid-media"), ("C04INSPO000", "inspo"), ("C04KUDOS000", "kudos"),
            ("C04LUNCHCLB", "lunch-club"), ("C04ITHELP00", "it-help"), ("C04FINOPS00", "finance-ops")]
CLIENTS = ["Bloom & Bough", "Ferro & Finch", "Salt & Stone Skincare", "Oak & Ember Bakery", "Pip & Pop Toys",
           "Marlowe & Co.", "Nordlys Skin", "Café Olé", "L'Atelier Rouge", "Müller & Söhne", "Kōji Kitchen",
           "Tide & Timber", "Vélo Verde", "Brick & Bloom Properties", "O'Hara's Gin", "Hatch & Hustle",
           "Ruby+Rye", "Peak/Valley Outdoors", "Señor Taco", "Lumière Paris", "Sakura & Co.",
           "The Good Loaf (TGL)", "Dunmore & Daughters", "AT-HOME™ Living"]
CLIENT_SITES = [("bloomandbough.com", "bloom_and_bough"), ("ferrofinch.co.uk", "ferro_finch"),
                ("saltandstone.com", "salt_stone"), ("oakandember.co.uk", "oak_ember"),
                ("pipandpop.toys", "pip_pop"), ("cafeole.pt", "cafe_ole"), ("latelierrouge.fr", "atelier_rouge"),
                ("koji-kitchen.jp", "koji"), ("tideandtimber.com.au", "tide_timber"), ("oharasgin.ie", "oharas"),
                ("velo-verde.com.br", "velo_verde"), ("lumiere.paris", "lumiere")]
CAMPAIGNS = ["🌸 Spring Drop '25", "Summer of Sips ☀️🍹", "BFCM '24 — \"Give More, Waste Less\"",
             "Back-to-School (Q3) 🎒", "#WildAtHeart", "Holiday Glow ✨ 2024", "Project Moonbeam 🌙",
             "Fresh Start Jan. '25", "Rise & Shine — AM launch", "“Made for Mornings”", "Pride 2024 🏳️‍🌈",
             "Ramadan Kareem 🌙 (MENA)", "Lunar New Year 🐉", "Diwali Lights 🪔", "Día de Muertos 💀🌼",
             "Autumn/Winter '24: Slow Down 🍂", "The 12 Days of Gin 🎄🍸", "Pip's Big Birthday!!! 🎈 (5 yrs)",
             "Réveillon chez Lumière 🥂", "Operation: Sourdough 🍞", "100% That Loaf", "Heatwave Hydration 💧 v2"]
HANDLES = ["@bloomandbough", "@ferro.finch", "@oak_and_ember", "@saltmarsh.studio", "@pipandpop", "@cafe.ole.lx",
           "@latelierrouge", "@oharasgin", "@velo.verde", "@nordlys_skin", "@kojikitchen", "@tideandtimber",
           "@maya.makes.things", "@thebakerygirl_ldn", "@lisbon.eats", "@hyejin.illustrates"]
HASHTAGS = ["#SpringDrop25", "#SipSipHooray", "#WildAtHeart", "#MadeForMornings", "#ad", "#gifted", "#sponsored",
            "#BFCM", "#ShopSmall", "#SourdoughSunday", "#GinOClock", "#PrideMonth", "#NewIn", "#LinkInBio",
            "#SlowDown", "#TideAndTimber", "#春コーデ", "#신상", "#verão2025", "#GiveMoreWasteLess"]
COLOURS = ["#FF5A5F", "#2E4A3F", "#F7E8D3", "#1B1B1F", "#E3B23C", "#ff5a5f", "#0a0a0a", "#FAFAF7", "#C8A2C8",
           "#3D5AFE", "rgb(255, 90, 95)", "rgba(46,74,63,.85)", "hsl(36 52% 90%)", "Pantone 178 C",
           "PMS 7621 C", "CMYK 0/75/55/0", "RAL 3020", "#E8D5B7 (\"oat\")", "var(--brand-coral)", "#00000080"]
IMAGE_FILES = ["Hero_KV_1920x1080_v3 FINAL.png", "Bloom&Bough_SS25_Lookbook_v7 (1).pdf", "IMG_4471.HEIC",
               "Story_1080x1920@2x.png", "OOH_48sheet_6096x3048mm_CMYK.pdf", "logo-lockup_horizontal_reversed.svg",
               "moodboard – café olé – v2.jpg", "Screenshot 2024-09-17 at 10.42.13.png",
               "Carousel_01-05_[approved].zip",
               "ヒーロー画像_最終.png", "Ramadan_Kareem_AR_1080x1350.jpg", "copy_deck_DE_FR_IT_v4.docx",
               "Brand_Guidelines_2024 (digital).pdf", "colour_palette.ase", "banner_300x250_v2.gif",
               "CLIENT FEEDBACK R2 (Jo's notes).pdf", "DSC_0192-Edit.tif", "Hero_30s_v4_9x16.mp4",
               "packshot_gin_bottle_#3.psd", "Pip&Pop_birthday_confetti-loop.gif", "OG-image_1200x630.jpg",
               "email_header_600x200@2x.png", "Lumière – Réveillon – Key Visual.jpg", "storyboard_v2 (1) (1).pdf",
               "Señor_Taco_menu_A5_bleed3mm.pdf", "IMG_20240916_183422.jpg", "favicon-32x32.png",
               "ad_4x5_variant-B_'sunrise'.png"]
PLACES = [
    "London", "london", "Shoreditch", "Hackney Wick", "Margate", "Brighton", "Peckham", "St Ives, Cornwall",
    "Lisboa", "Lisbon", "Porto", "Comporta", "Cascais", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Cannes",
    "Nice", "Marseille", "Arles", "Paris 11e", "Montmartre", "Saint-Rémy-de-Provence", "L'Isle-sur-la-Sorgue",
    "Berlin-Kreuzberg", "München", "Hamburg", "Amsterdam", "Rotterdam", "København", "Stockholm", "Reykjavík",
    "Barcelona", "Palma de Mallorca", "Ibiza", "Sevilla", "Milano", "Firenze", "Lago di Como", "Αθήνα",
    "Santorini", "İstanbul", "Dubai", "Abu Dhabi", "Marrakech", "Cape Town", "Lagos", "Nairobi", "Mumbai",
    "Bengaluru", "Jaipur", "Singapore", "Bangkok", "Ubud, Bali", "Tokyo", "渋谷", "京都", "서울", "上海", "香港",
    "Sydney", "Byron Bay", "Auckland", "Queenstown", "New York", "Brooklyn", "Los Angeles", "Joshua Tree",
    "Palm Springs", "Austin, TX", "Miami Beach", "Toronto", "Montréal", "Vancouver", "Ciudad de México",
    "Tulum", "Oaxaca", "Buenos Aires", "Medellín", "Dún Laoghaire", "Llandudno", "Loch Lomond", "Ko Samui",
    "E2 7DJ", "CT9 1XJ", "BN1 1AE", "1200-066 Lisboa", "75011 Paris", "10999 Berlin", "01310-200",
    "Studio 3, 45 Redchurch St, London E2 7DJ", "Rua da Boavista 84, 1200-066 Lisboa",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP", "Oranienstraße 185, 10999 Berlin",
    "Boulevard de la Croisette, 06400 Cannes", "Dreamland, Marine Terrace, Margate CT9 1XJ",
    "Carrer de Blai 12, 08004 Barcelona", "6-chōme Jingūmae, Shibuya, Tokyo 150-0001",
    "43.5513, 7.0128", "51.5246° N, 0.0785° W", "38.7223,-9.1393", "-23.5614, -46.6559",
]

# ---- links as people paste them -----------------------------------------------------------------------------
MISC_LINKS = [
    "https://www.dropbox.com/scl/fi/x8k2m1q9zp/Hero_30s_v4.mp4?rlkey=7fhw2kq0vz1&dl=0",
    "https://f.io/Ab3dEf9h", "https://app.frame.io/reviews/8c1f-42aa/7e90?version=4",
    "https://miro.com/app/board/uXjVK2bQ5aA=/?moveToWidget=3458764590123456789&cot=14",
    "https://app.asana.com/0/1203344556677/1206677889900/f", "https://bit.ly/3XyZabc",
    "https://vimeo.com/912345678/ab12cd34ef?share=copy",
    "https://www.tiktok.com/@oak_and_ember/video/7345678901234567890?is_from_webapp=1&sender_device=pc",
    "https://www.instagram.com/p/C5xYz12AbCd/?igsh=MWd3bXNlb2F4ZnB0Ng==",
    "https://www.instagram.com/reel/C7qLm0pNs2T/?utm_source=ig_web_copy_link",
    "https://www.pinterest.co.uk/saltmarshstudio/bloom-bough-ss25-mood/",
    "https://mailchi.mp/bloomandbough/spring-drop-teaser?e=3f2a1b0c9d",
    "https://docs.google.com/presentation/d/1qW3eRt5yU7iO9pA/edit#slide=id.g2c4e6f8a0_0_12",
    "https://docs.google.com/spreadsheets/d/1ZxCvBnM4aSdFgH/edit?gid=1893475021#gid=1893475021",
    "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp?usp=sharing",
    "https://www.notion.so/saltmarsh/Brief-Ferro-Finch-Q4-9c1e2f3a4b5c6d7e?pvs=4",
    "http://localhost:3000/landing/spring-drop?preview=true&variant=b",
    "https://staging.bloomandbough.com:8443/collections/spring-drop-25?preview_theme_id=139476213",
    "https://oakandember.myshopify.com/admin/products/8471234567890?variant=44012345678901",
    "https://fonts.google.com/specimen/Fraunces?preview.text=Made%20for%20Mornings",
    "https://coolors.co/ff5a5f-2e4a3f-f7e8d3-1b1b1f-e3b23c", "https://www.behance.net/gallery/187654321/Nordlys",
    "https://dribbble.com/shots/23456789-Gin-label-exploration", "https://linktr.ee/pipandpop",
    "https://business.facebook.com/adsmanager/manage/campaigns?act=1029384756&selected_campaign_ids=238512",
    "https://ads.google.com/aw/overview?ocid=123456789&euid=987654&__u=1122334455&__c=5566778899",
    "https://analytics.google.com/analytics/web/#/p312345678/reports/intelligenthome",
    "https://lookerstudio.google.com/reporting/1a2b3c4d-5e6f/page/p_x9y8z7w6v5",
    "https://calendly.com/saltmarsh/tissue-session?month=2024-09", "https://zoom.us/j/93456789012?pwd=YmxvMjA",
    "https://meet.google.com/abc-defg-hij", "https://unsplash.com/photos/a-loaf-of-bread-on-a-table-Xk2f9Qw1",
    "https://www.youtube.com/watch?v=9bZkp7q19f0&t=42s", "https://youtu.be/9bZkp7q19f0?si=Q1w2E3r4",
    "https://www.canva.com/brand/kits/kAFxYz123", "https://www.figma.com/community/file/1234567890123456789",
]
FIGMA_FILES = ["Spring-Drop-25-Social-Toolkit", "Oak-%26-Ember-Brand-Refresh", "Ferro-Finch-Q4-Website",
               "Email-Templates-2024", "OOH-Mockups", "Pip-Pop-Packaging-v3", "Lumi%C3%A8re-R%C3%A9veillon-KV",
               "Design-System-%E2%80%94-Saltmarsh", "Wireframes-(WIP)"]

# ---- what people write --------------------------------------------------------------------------------------
# ⟦M⟧ mention, ⟦C⟧ channel, ⟦L⟧ any link, ⟦U⟧ UTM link, ⟦F⟧ Figma, ⟦V⟧ Canva, ⟦P⟧ place, ⟦CL⟧ client,
# ⟦CA⟧ campaign, ⟦H⟧ social handle, ⟦T⟧ hashtag, ⟦N⟧ number, ⟦D⟧ date, ⟦$⟧ money, ⟦I⟧ image file, ⟦K⟧ colour,
# ⟦W⟧ a person's name.
CHAT = [
    "morning all ☕", "gm gm", "mornin' 👋", "brb, grabbing a flat white", "lol", "+1", "same", "yesss", "ty!",
    "thx ⟦M⟧ 🙏", "on it", "looking now", "ack", "ok will do", "nvm found it", "🙌", "💯", "lgtm 👀", "omg",
    "R2 of the ⟦CL⟧ KV is up: ⟦F⟧", "can someone sanity-check the ⟦CA⟧ carousel before it goes to client? ⟦F⟧",
    "client feedback on ⟦CA⟧ just landed… brace yourselves 😬", "they LOVED it!!! 🎉🎉 ⟦CL⟧ signed off R3",
    "⟦CL⟧ want the logo bigger. of course they do.", "can we make it pop more? (their words, not mine)",
    "hero colour is ⟦K⟧, secondary ⟦K⟧ — please don't eyeball it from the PDF 🙏",
    "swapping the CTA to ⟦K⟧ on the 4:5, the coral was vibrating against the green",
    "the Canva template is here: ⟦V⟧ — please duplicate, don't edit the master!!",
    "link for the landing page: ⟦U⟧", "tracking link for the newsletter → ⟦U⟧",
    "use this one for the bio link pls: ⟦U⟧", "paid social links with UTMs: ⟦U⟧ and ⟦U⟧",
    "do we have a usage-rights agreement for ⟦H⟧? the reel is doing 🔥 numbers",
    "⟦H⟧ just reposted us 😍 ⟦L⟧", "caption draft: ⟦T⟧ ⟦T⟧ — too much?",
    "shoot in ⟦P⟧ on ⟦D⟧, call time 06:30 ☀️ (yes, really)", "weather for ⟦P⟧ looks grim for Thursday ☔ plan B?",
    "anyone been to ⟦P⟧? looking for a location for the ⟦CL⟧ shoot", "wrap on day 2 🎬 thanks all!!",
    "rushes are on the Dropbox: ⟦L⟧", "motion v4 is up on Frame: ⟦L⟧ comments by EOD pls",
    "exported at 1080×1920, H.264, ~20 Mbps — shout if it needs to be lighter",
    "can we get alt text for all 6 frames? accessibility review is Thursday",
    "⟦W⟧ is OOO till Monday, ⟦M⟧ is covering ⟦CL⟧", "WFH today, boiler man is coming 🙃",
    "who booked the big meeting room for 2–4pm? need it for the ⟦CL⟧ tissue session",
    "reminder: crit at 16:00 in the studio / Zoom for Lisboa folks ⟦L⟧",
    "timesheets!!! due Friday 5pm. I will find you 🕵️", "PO number for ⟦CL⟧ is PO-2024-0917-⟦N⟧",
    "invoice sent: ⟦$⟧ (net 30)", "budget for ⟦CA⟧ is ⟦$⟧ all in, incl. talent + usage",
    "ROAS on ⟦CA⟧ is 4.2x this week, CPM down to £6.80 📉", "CTR 2.7% on variant B vs 1.9% on A — B wins",
    "open rate 41.3%, click rate 3.8% — best send this quarter 🙌",
    "is it 'e-mail' or 'email' in the ⟦CL⟧ style guide? asking for a friend (the friend is me)",
    "headline options: \"Rise & shine\" / \"Rise & dine\" / \"Rise… and shine.\" — votes?",
    "“Good things come to those who… pre-order.” — too cheeky for ⟦CL⟧?",
    "they want 'Made for mornings' in sentence case, NOT title case. noted 📝",
    "Google Ads headlines max 30 chars: \"Fresh Sourdough, Delivered\" is 26 ✅",
    "Meta primary text is 125 chars before the '… more' cut, keep the hook up front",
    "the brief says \"premium but approachable\"… so, like, every brief ever 😂",
    "happy birthday ⟦M⟧!!! 🎂🥳 cake in the kitchen at 3", "welcome to the team ⟦M⟧ 👋 (our new junior designer!)",
    "shoutout to ⟦M⟧ for saving the ⟦CL⟧ pitch at 11pm last night 🙏 #kudos",
    "lunch club today: Dishoom or the Vietnamese place? 🍜", "who's in for Friday drinks 🍻",
    "printer on 2nd floor is jammed again. A3 tray. send help",
    "Wi-Fi password for guests is on the fridge, not on the wall anymore",
    "the fonts licence for Söhne is in the shared drive, please don't install random copies 🙏",
    "anyone have the Fraunces variable font? the static ones look off at 72pt",
    "client wants the ⟦CL⟧ logo in Pantone 178 C AND #FF5A5F on the same page 🫠",
    "bleed is 3mm on all sides, safe area 5mm — printers are strict on this one",
    "please export the OOH as CMYK PDF/X-4, not RGB!!! last time the reds went brown",
    "safe zones for Stories: keep 250px clear top and bottom on 1080×1920",
    "the deck is 'Deck_v7_FINAL (2).key' … I know, I know",
    "is the new hire laptop ready? they start ⟦D⟧", "Q3 retainer hours: 212/240 used on ⟦CL⟧",
    "call with ⟦CL⟧ moved to ⟦D⟧ 10:00 BST / 11:00 CEST / 06:00 BRT",
    "meeting notes from today's status: ⟦L⟧", "can u send me the Figma link again? lost it in the thread",
    "oops wrong channel, sorry!", "^ this", "kk", "👀👀👀", "yep yep", "let's ship it 🚀", "same energy",
    "Bonjour l'équipe ! La séance photo pour ⟦CL⟧ est confirmée pour ⟦D⟧ 📸",
    "Bom dia, pessoal! Alguém tem o link do Figma do ⟦CL⟧? 🙏", "Obrigada pela ajuda ontem, ficou lindo!! 💚",
    "¿Alguien puede revisar la traducción del copy para México? ⟦L⟧", "Danke euch! Die Kampagne läuft super 🎉",
    "お疲れ様です！⟦CL⟧ のバナー、修正版アップしました🙇‍♀️", "ありがとうございます！確認します👀",
    "감사합니다! 내일 촬영 잘 부탁드려요 📸", "谢谢！文案我今天下班前发给你 🙏", "Спасибо, всё получилось!",
    "Dzięki! Poprawki wrzucę do 15:00", "Grazie mille, perfetto così 👌", "Tack! Ser superbra ut 😍",
    "شكراً! التصميم رائع 👏", "תודה רבה! נראה מעולה", "धन्यवाद! बहुत अच्छा लग रहा है 🙌",
    "the ⟦CL⟧ founder's name is spelled ⟦W⟧ — with the accent, please check every frame",
    "call the client back on +44 20 7946 0958 (reception) or +351 21 123 4567 (Lisboa)",
    "courier for the ⟦CL⟧ samples: Studio 3, 45 Redchurch St, London E2 7DJ — ring the bell twice 🔔",
    "50% off at the café downstairs till noon, first come first served ☕",
    "TIL you can paste hex codes straight into Figma's fill field with the # 🤯",
    "tip: Shift+R in Figma toggles rulers, Cmd+Option+K copies the selection as PNG",
    "alt text draft: \"A hand holding a warm croissant over a marble counter, morning light\"",
    "legal says we need \"T&Cs apply. 18+ only. Please drink responsibly.\" on every ⟦CL⟧ asset 🍸",
    "price in the Brazilian ad should read R$ 149,90 (with the comma), not R$149.90",
    "100% agree w/ ⟦M⟧, the serif feels more ⟦CL⟧", "tbh I'd go with the 2nd option & iterate",
]
SOCIAL_POSTS = [
    "Le printemps est là 🌸 Découvrez notre nouvelle collection « Bloom » — livraison offerte dès 50 € ! ⟦T⟧",
    "¡Ya está aquí! 🌞 El verano sabe mejor con ⟦H⟧. ¿Cuál es tu favorito? 👇 ⟦T⟧",
    "Chegou a coleção que você esperava… 💚 Frete grátis para todo o Brasil até domingo! ⟦T⟧",
    "Neu im Shop: unsere Sauerteig-Box 🍞 Jetzt 20 % sparen mit dem Code FRÜHLING20 – nur bis Sonntag!",
    "Il caffè perfetto? Si fa così ☕️ Scopri di più al link in bio. ⟦T⟧",
    "Nieuw! Onze lente-editie is er 🌷 Bestel vóór 22:00, morgen in huis.",
    "春の新作、ついに登場🌸 数量限定なのでお早めに！⟦T⟧ #新作", "봄맞이 한정판 출시 🌸 지금 바로 만나보세요! #신상 #봄",
    "春季新品上市🌸 限时8折，快来看看吧！#春季新品", "وصلت تشكيلة الربيع 🌸 اطلبوا الآن واستمتعوا بالتوصيل المجاني!",
    "הקולקציה החדשה כבר כאן 🌸 משלוח חינם בהזמנה מעל ₪200", "नई कलेक्शन आ गई है 🌸 अभी खरीदें और पाएं 20% छूट!",
    "Весенняя коллекция уже в продаже 🌸 Доставка бесплатно от 3 000 ₽",
    "Wiosenna kolekcja już jest! 🌸 Darmowa dostawa od 199 zł.",
    "Bahar koleksiyonu geldi 🌸 Ücretsiz kargo fırsatını kaçırmayın!", "คอลเลกชันฤดูใบไม้ผลิมาแล้ว 🌸 ส่งฟรีทั่วประเทศ!",
    "Bộ sưu tập mùa xuân đã có mặt 🌸 Miễn phí vận chuyển cho đơn từ 500.000₫",
    "Vårens nyheter är här 🌸 Fri frakt över 499 kr.",
    "Η νέα ανοιξιάτικη συλλογή είναι εδώ 🌸 ⟦T⟧", "Koleksi musim semi sudah hadir 🌸 Gratis ongkir se-Indonesia!",
    "Good things come to those who… bake. 🍞 New sourdough drops every Saturday, 8am sharp. ⟦T⟧ ⟦T⟧",
    "POV: it's 7am, the oven's warm and the first loaf is out 🥖✨ Tag someone who needs this ⟦T⟧",
    "We said what we said: gin is a personality. 🍸 ⟦H⟧ ⟦T⟧ (18+ | drink responsibly)",
    "3 ways to style our linen shirt 👇\n1. tucked, with loafers\n2. open, over a tee\n3. knotted — beach mode 🌊",
    "GIVEAWAY 🎁 Win a year of coffee! To enter: 1️⃣ follow ⟦H⟧ 2️⃣ like this post 3️⃣ tag 2 friends. "
    "Ends 23:59 BST ⟦D⟧. UK only, 18+. T&Cs: link in bio.",
]
COPY_DRAFTS = [
    "Copy draft for the ⟦CL⟧ email subject lines:\n1. \"Your mornings just got better ☀️\"\n2. \"Psst… "
    "it's back.\"\n3. \"Last chance (really!) — 20% off ends tonight\"\npreheader: \"Fresh bakes, free delivery, "
    "zero regrets.\"",
    "Tagline options for ⟦CA⟧:\n• Made for mornings.\n• Mornings, made.\n• Your morning, but better…\n• Rise & "
    "shine — we'll handle the rest.\nleaning towards #2, thoughts? ⟦M⟧",
    "OOH 48-sheet copy (max 7 words!):\n> \"Sleep in. We've got breakfast.\"\n> \"Warm bread. Cold mornings. "
    "Sorted.\"\n> \"The snooze button's best friend.\"",
    "Radio 30\" script v2:\nSFX: kettle whistling\nVO (warm, wry): \"Some mornings need a little… help.\"\n"
    "SFX: crunch of a croissant\nVO: \"⟦CL⟧. Made for mornings.\" — 28s read at normal pace",
    "Push notification copy (iOS truncates ~110 chars):\n\"🍞 Your Saturday loaf is ready for pick-up at "
    "Broadway Market! Open till 1pm. See you soon 👋\"",
    "Product description, 80 words, tone = playful but not silly:\n\"Meet the Sunday Loaf: slow-fermented for "
    "36 hours, baked in small batches, and crusty enough to wake the neighbours. Perfect with salted butter "
    "(or, honestly, nothing at all). Serves 4… or 1, we don't judge.\"",
    "ALT headlines for the landing page hero:\nH1: \"Skincare that works as hard as you do\"\nH1: \"Less "
    "routine. More glow.\"\nsub: \"Clean formulas, 97% natural origin, dermatologist-tested.\"\nCTA: \"Shop the "
    "routine →\" / \"Find my match\"",
    "translation check please 🙏\nEN: \"Free delivery over £50\"\nFR: « Livraison offerte dès 50 € »\n"
    "DE: „Kostenloser Versand ab 50 €\"\nIT: «Spedizione gratuita da 50 €»\nPT: \"Entrega grátis a partir de 50 €\"",
]
TECH = [
    "```\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n  <tr>\n"
    "    <td align=\"center\" style=\"padding:32px 24px;background-color:#F7E8D3;\">\n      <a href=\"https://"
    "bloomandbough.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring_drop_25\" style=\"color:"
    "#2E4A3F;font-weight:700;text-decoration:none;\">Shop the drop →</a>\n    </td>\n  </tr>\n</table>\n```",
    "Outlook button fallback, works in 2016+ 🤞\n```\n<!--[if mso]>\n<v:roundrect xmlns:v=\"urn:schemas-"
    "microsoft-com:vml\" href=\"https://oakandember.co.uk/order\" style=\"height:44px;v-text-anchor:middle;"
    "width:220px;\" arcsize=\"50%\" fillcolor=\"#FF5A5F\" stroke=\"f\">\n<w:anchorlock/>\n<center style=\"color:"
    "#ffffff;font-family:Arial,sans-serif;font-size:16px;\">Book a tasting</center>\n</v:roundrect>\n"
    "<![endif]-->\n```",
    "```\n<img src=\"https://cdn.saltmarsh.studio/clients/oak-ember/hero_600x300@2x.jpg\" width=\"600\" "
    "height=\"300\" alt=\"Fresh sourdough on a marble counter\" style=\"display:block;border:0;outline:none;\">\n```",
    "footer for the Mailchimp template:\n```\n<p style=\"font-family:'Helvetica Neue',Helvetica,Arial,"
    "sans-serif;font-size:12px;line-height:18px;color:#6B6B6B;\">You're receiving this because you signed up at "
    "oakandember.co.uk. <a href=\"*|UNSUB|*\">Unsubscribe</a> · <a href=\"*|UPDATE_PROFILE|*\">Update "
    "preferences</a></p>\n```",
    "preheader trick so Gmail doesn't pull the nav text:\n```\n<div style=\"display:none;max-height:0;"
    "overflow:hidden;mso-hide:all;\">Fresh bakes, 20% off this weekend only&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>\n```",
    "Klaviyo greeting with a fallback: `Hi {{ first_name|default:\"there\" }},` and in HubSpot it's "
    "`{{ contact.firstname }}`",
    "Shopify Liquid for the banner:\n```\n{% if customer %}\n  <p class=\"greeting\">Welcome back, "
    "{{ customer.first_name | escape }}!</p>\n{% else %}\n  <p class=\"greeting\">Free delivery over £50 ✨</p>\n"
    "{% endif %}\n```",
    "```css\n.hero__cta {\n  background: linear-gradient(135deg, #f6d365 0%, #fda085 100%);\n  border-radius: 999px;\n"
    "  padding: 14px 28px;\n  font: 600 16px/1.2 \"Söhne\", system-ui, sans-serif;\n}\n@media (max-width: 600px) {\n"
    "  .hero__cta { width: 100% !important; }\n}\n```",
    "brand tokens for the dev team:\n```\n:root {\n  --brand-coral: #FF5A5F;\n  --brand-ink: #1B1B1F;\n"
    "  --brand-sand: hsl(36 52% 90%);\n  --radius-pill: 999px;\n  --font-display: \"Fraunces\", Georgia, serif;\n"
    "}\n```",
    "the Tailwind class for the button is `bg-[#2E4A3F] text-white px-6 py-3 rounded-full hover:bg-[#253c33] "
    "focus-visible:ring-2`",
    "where do I put the GA4 tag on the ⟦CL⟧ landing page? they sent this:\n```\n<script async src=\"https://www."
    "googletagmanager.com/gtag/js?id=G-7XK2M9P4QL\"></script>\n<script>\n  window.dataLayer = window.dataLayer || "
    "[];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n  gtag('config', "
    "'G-7XK2M9P4QL');\n</script>\n```",
    "Meta pixel noscript part goes right after <body>:\n```\n<noscript><img height=\"1\" width=\"1\" style="
    "\"display:none\" src=\"https://www.facebook.com/tr?id=1029384756&ev=PageView&noscript=1\"/></noscript>\n```",
    "OG tags for the share preview:\n```\n<meta property=\"og:title\" content=\"Spring Drop '25 — Bloom & Bough\">"
    "\n<meta property=\"og:image\" content=\"https://bloomandbough.com/cdn/og-image_1200x630.jpg\">\n"
    "<meta name=\"twitter:card\" content=\"summary_large_image\">\n```",
    "```\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\">"
    "<path d=\"M12 2 2 7l10 5 10-5-10-5Z\" fill=\"#FF5A5F\"/></svg>\n```",
    "sheet formula to pull the campaign out of the URL: `=REGEXEXTRACT(A2, \"utm_campaign=([^&]+)\")` then "
    "`=SUBSTITUTE(B2, \"_\", \" \")`",
    "```sql\nSELECT traffic_source.source, traffic_source.medium, COUNT(DISTINCT user_pseudo_id) AS users\n"
    "FROM `saltmarsh-analytics.analytics_312345678.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20240901' AND "
    "'20240916'\n  AND event_name = 'purchase'\nGROUP BY 1, 2\nORDER BY users DESC\nLIMIT 20;\n```",
    "```\nffmpeg -i Hero_30s_v4.mov -c:v libx264 -crf 20 -preset slow -vf \"scale=1080:1920\" -c:a aac -b:a 192k "
    "Hero_30s_v4_9x16.mp4\n```",
    "batch crop for the 4:5s: `magick mogrify -resize 1080x1350^ -gravity center -extent 1080x1350 -quality 85 "
    "*.jpg`",
    "AE expression for the logo bounce: `amp = .06; freq = 2.5; decay = 5; n = 0; if (numKeys > 0) "
    "{ n = nearestKey(time).index; if (key(n).time > time) n--; }` (the classic one)",
    "JSON-LD for the product page:\n```\n<script type=\"application/ld+json\">\n{\"@context\": \"https://schema."
    "org\", \"@type\": \"Product\", \"name\": \"Sunday Loaf\", \"offers\": {\"@type\": \"Offer\", \"price\": "
    "\"6.50\", \"priceCurrency\": \"GBP\"}}\n</script>\n```",
    "redirect for the QR code on the print ad:\n```\nRedirect 301 /spring https://bloomandbough.com/collections/"
    "spring-drop-25?utm_source=print&utm_medium=qr&utm_campaign=spring_drop_25\n```",
    "```\n$ npm run build\n> landing@1.4.2 build\n> vite build\n✓ 412 modules transformed.\ndist/index.html"
    "                  1.21 kB │ gzip: 0.58 kB\ndist/assets/index-4f9a2c.css   18.40 kB │ gzip: 4.11 kB\n"
    "✓ built in 3.92s\n```",
    "Lighthouse on the ⟦CL⟧ landing: Perf 71 → 94 after converting hero to AVIF + `loading=\"lazy\"` on "
    "below-the-fold imgs 🚀",
    "```\n| asset        | size      | ratio | status   |\n|--------------|-----------|-------|----------|\n"
    "| Story        | 1080×1920 | 9:16  | ✅ live  |\n| Feed         | 1080×1350 | 4:5   | 🟡 R2    |\n"
    "| YouTube      | 1920×1080 | 16:9  | ⏳ WIP   |\n```",
    "robots for the staging site, so Google stops indexing previews:\n```\nUser-agent: *\nDisallow: /preview/\n"
    "Disallow: /*?preview_theme_id=\n```",
    "git for the web team, once more with feeling: `git checkout -b feat/spring-drop-hero && git commit -am "
    "\"hero: swap to AVIF, fix CTA contrast (4.8:1)\" && git push -u origin HEAD`",
]
LONG_MESSAGES = [
    "*Status — ⟦CL⟧ / ⟦CA⟧* (⟦D⟧)\n• Social toolkit: R2 with client, feedback due Thu\n• OOH: 48-sheet + 6-sheet "
    "at printers, proofs Mon\n• Email: template built, QA in Litmus (Outlook 2019 still sulking 🙃)\n• Paid: "
    "launches ⟦D⟧, budget ⟦$⟧\n*Risks*: talent usage rights for the TikTok cut still unsigned\ncc ⟦M⟧ ⟦M⟧",
    "Hi team,\n\nforwarding from the client:\n\n> Hi both,\n> Love the direction!! A few small things… could the "
    "logo be a touch bigger, the green a touch warmer, and can we see one version with the headline in "
    "caps?\n> Thanks so much,\n> ⟦W⟧\n\n\"a few small things\" 🙃 I'll pick up 1 and 2, ⟦M⟧ can you do the caps "
    "version?",
    "Shot list for ⟦P⟧ (⟦D⟧):\n1. Hero packshot on linen, soft window light (AM)\n2. Hands breaking bread — "
    "macro, 100mm\n3. Lifestyle: breakfast table for 4, golden hour\n4. Flat lay for the 4:5 carousel\n5. BTS for "
    "stories (phone is fine)\nCall sheet: ⟦L⟧ — weather backup is the studio in Hackney Wick",
    "Retro on the ⟦CA⟧ launch 🧵\n*What went well*: turnaround on R1 (48h!), the TikTok cut (2.1M views)\n"
    "*What didn't*: 4 rounds of amends on the OOH, late legal copy\n*Next time*: lock the legal line *before* R1, "
    "one feedback doc not 5 emails",
    "New business 🎯 ⟦CL⟧ wants a pitch by ⟦D⟧:\n- brief: \"make us the brand Gen Z actually talks about\"\n"
    "- budget: ⟦$⟧ (retainer, 12 months)\n- competition: 3 other agencies\nkick-off Thursday 10:00, ⟦M⟧ leading "
    "strategy, ⟦M⟧ on creative. Deck skeleton: ⟦L⟧",
    "-------- Forwarded message --------\nFrom: ⟦W⟧ <studio@saltmarsh.studio>\nDate: Tue, 17 Sep 2024 08:12\n"
    "Subject: Re: ⟦CA⟧ — final assets\n\nAll approved on our side 🎉 Please send the final files (PNG + PDF/X-4) "
    "and the open fonts list by Friday.\n\nMany thanks,\n⟦W⟧",
    "Reminder of our file naming, please please please 🙏\n`CLIENT_Campaign_Format_WxH_vNN.ext`\ne.g. "
    "`OAKEMBER_SpringDrop_Story_1080x1920_v03.png`\nno \"FINAL\", no \"(1)\", no spaces — the DAM hates them",
    "Holiday rota 🎄 (⟦D⟧ → 2 Jan):\n| who | in | out |\n|---|---|---|\n| London | 23 Dec | 27 Dec |\n"
    "| Lisboa | 27 Dec | 2 Jan |\n| São Paulo | 2 Jan | — |\nurgent client stuff → #production, not DMs pls",
]
BOT_COMMANDS = ["weather", "weather ⟦P⟧", "weather in ⟦P⟧", "weather ⟦P⟧ 📸", "Weather ⟦P⟧ please",
                "wether ⟦P⟧", "weather for the shoot in ⟦P⟧?", "is it going to rain in ⟦P⟧ tomorrow",
                "remember location ⟦P⟧", "remember location ⟦P⟧", "my location", "forget location", "help",
                "config", "config timezone ⟦TZ⟧", "config tz ⟦TZ⟧", "config alert_time ⟦AT⟧", "config time ⟦AT⟧",
                "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me",
                "hi 👋", "hello jeeves!", "what can you do?", "thanks 🙏", "weather tomorrow?", "Alerts On",
                "config alert_time 7.30am", "weather Cannes (Lions week 🦁)", "remember location home",
                "weather ⟦P⟧ & ⟦P⟧"]
REACTIONS = ["heart_eyes", "fire", "raised_hands", "eyes", "white_check_mark", "+1", "sparkles", "art",
             "star-struck", "100", "pray", "joy", "+1::skin-tone-3", "clap::skin-tone-5", "chefkiss", "partyblob",
             "approved-stamp", "rocket", "heart", "face_with_peeking_eye", "sob", "saluting_face", "bread",
             "tumbler_glass", "camera_with_flash", "thinking_face", "melting_face"]
MODAL_BRIEFS = [
    ("Bloom & Bough", "🌸 Spring Drop '25 — social toolkit", "6 × 4:5 feed, 3 × 9:16 stories, 1 × 16:9 YouTube "
     "pre-roll. Tone: \"premium but approachable\"… Mandatories: logo lockup bottom-right, T&Cs line, #SpringDrop25."),
    ("Oak & Ember Bakery", "Operation: Sourdough 🍞 (R2)", "Amends from client call:\n- logo +10%\n- warmer green "
     "(#2E4A3F → #35553F)\n- headline in sentence case: \"Made for mornings.\""),
    ("O'Hara's Gin", "The 12 Days of Gin 🎄🍸", "Advent countdown, 12 posts. Legal: \"18+ only. Please drink "
     "responsibly. drinkaware.co.uk\" on every frame. Budget ~£18,500 incl. usage."),
    ("Lumière Paris", "Réveillon chez Lumière 🥂", "KV + déclinaisons : 4×3 m, abribus 120×176 cm, e-mail 600 px. "
     "Livraison le 02/12, BAT imprimeur le 25/11."),
    ("Velo Verde", "Verão 2025 ☀️🚲", "Posts em PT-BR e ES-MX; preços: R$ 2.499,90 / MX$ 9 999. Evitar "
     "“promoção imperdível”, o cliente odeia 😅"),
    ("Kōji Kitchen", "新メニュー告知 🍜", "Instagram 1080×1350 ×3、ストーリーズ ×2。コピー：「旨みの、その先へ。」"),
]


class Agency(WebApp):
    """Saltmarsh Studio: its people, channels and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, LEGACY_TOKEN, BASE
    kid_bytes, event_id_chars, context_bytes = 24, 10, 40

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        names = [(n, self.handle_of(n)) for n in PEOPLE_NAMES] + NATIVE_NAMES
        for i, (name, handle) in enumerate(names * 2):
            if i >= len(names):  # the second pass: namesakes (a second "Maya", a freelancer) with their own ids
                handle = f"{handle}{i - len(names) + 2}"
            domain = self.pick(["saltmarsh.studio"] * 8 + ["gmail.com", "hey.com", "icloud.com", "proton.me"])
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                                "email": f"{handle}@{domain}", "tz": self.pick(TIMEZONES),
                                "place": self.pick(PLACES)})

    @staticmethod
    def handle_of(name: str) -> str:
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        parts = [re.sub(r"[^a-z0-9-]", "", p) for p in folded.split()]
        parts = [p for p in parts if p]
        return f"{parts[0]}.{''.join(parts[1:])}" if len(parts) > 1 else parts[0]

    def record(self, kind: str, placement: str, req: dict[str, Any], sub: str = "") -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": sub or kind}

    # ---- small random pieces ---------------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([6, 7, 7, 7, 8, 8, 8, 9, 9, 10, 12, 13, 17, 18])
        minute = self.pick(["00", "00", "15", "30", "30", "45", "10"])
        return self.pick([f"{hour:02d}:{minute}", f"{hour}:{minute}"])

    def date(self) -> str:
        day = self.rng.randint(18, 30)
        return self.pick([f"{day}/09", f"{day}.09.2024", f"2024-09-{day}", f"09/{day}/2024", f"{day} Sept",
                          f"Fri {day} Sep", "EOD Thursday", "next Tues", f"{day}th", "Q4 FY24/25", "w/c 23 Sep",
                          f"{day}/09/24", f"{day} de setembro", f"9月{day}日"])

    def money(self) -> str:
        n = self.rng.randint(12, 480) * 100
        return self.pick([f"£{n:,}", f"£{n:,}.00", f"€{n:,}".replace(",", "."), f"{n:,} €".replace(",", " "),
                          f"R$ {n:,},00".replace(",", "X").replace("X", ".", 1).replace("X", ","),
                          f"${n:,} USD", f"¥{n * 150:,}", f"AED {n * 4:,}", f"{n // 1000}k", f"£{n / 1000:.1f}k"])

    def utm_link(self) -> str:
        site, slug = self.pick(CLIENT_SITES)
        path = self.pick(["/", "/collections/spring-drop-25", "/products/sunday-loaf", "/pages/our-story",
                          "/blogs/journal/how-we-bake", "/en-gb/gift-sets", "/pt/verao-2025", "/fr/reveillon",
                          "/lp/giveaway", "/shop?category=gin&sort=best-selling"])
        source, medium = self.pick([("instagram", "social"), ("facebook", "paid_social"), ("tiktok", "paid_social"),
                                    ("newsletter", "email"), ("klaviyo", "email"), ("google", "cpc"),
                                    ("linkedin", "social"), ("pinterest", "social"), ("influencer", "referral"),
                                    ("print", "qr"), ("linktree", "bio")])
        params = [("utm_source", source), ("utm_medium", medium),
                  ("utm_campaign", self.pick([f"{slug}_spring_drop_25", "summer-of-sips", "bfcm_2024",
                                              "holiday_glow_24", "12-days-of-gin", "always_on", "AW24 Slow Down"]))]
        if self.chance(0.6):
            params.append(("utm_content", self.pick(["carousel_v2", "story_1080x1920", "hero-cta", "reel_15s",
                                                     "variant_b", "footer_link", "ugc_maya"])))
        if medium == "cpc" and self.chance(0.7):
            params.append(("utm_term", self.pick(["sourdough delivery", "gin gift set", "linen shirt men",
                                                  "clean skincare"])))
        if self.chance(0.15):
            params.append(self.pick([("fbclid", "IwAR" + self.token(24)), ("gclid", "Cj0KCQjw" + self.token(30)),
                                     ("mc_cid", self.hexs(10)), ("_kx", self.token(18))]))
        link = f"https://{self.pick(['', 'www.'])}{site}{path}"
        return link + ("&" if "?" in path else "?") + urllib.parse.urlencode(params)

    def figma_link(self) -> str:
        kind = self.pick(["design", "design", "proto", "board", "file"])
        base = f"https://www.figma.com/{kind}/{self.token(16)[:22]}/{self.pick(FIGMA_FILES)}"
        node = f"{self.rng.randint(1, 4000)}-{self.rng.randint(1, 9000)}"
        if kind == "proto":
            return (f"{base}?page-id=0%3A1&node-id={node}&viewport={self.rng.randint(-900, 900)}%2C"
                    f"{self.rng.randint(-500, 500)}%2C0.5&t={self.token(12)[:16]}-1&scaling=scale-down"
                    f"&starting-point-node-id={node.replace('-', '%3A')}")
        return f"{base}?node-id={node}" + (f"&t={self.token(12)[:16]}-4" if self.chance(0.7) else "")

    def canva_link(self) -> str:
        design = "DAG" + self.sid("", 8)
        tail = self.pick(["edit", "view"])
        return (f"https://www.canva.com/design/{design}/{self.token(16)[:22]}/{tail}?utm_content={design}"
                "&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton")

    def any_link(self) -> str:
        roll = self.rng.random()
        if roll < 0.25:
            return self.utm_link()
        if roll < 0.45:
            return self.figma_link()
        if roll < 0.55:
            return self.canva_link()
        return str(self.pick(MISC_LINKS))

    # ---- Slack text: one list of segments rendered as mrkdwn `text` and as rich_text `blocks` --------------
    def segments(self, template: str) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for i, part in enumerate(re.split(r"⟦([A-Z$]+)⟧", template)):
            if i % 2 == 0:
                if part:
                    out.append(("t", part))
                continue
            if part == "M":
                out.append(("u", self.pick(self.people)["id"]))
            elif part == "C":
                cid, cname = self.pick(CHANNELS)
                out.append(("c", cid, cname))
            elif part in ("L", "U", "F", "V"):
                url = {"L": self.any_link, "U": self.utm_link, "F": self.figma_link, "V": self.canva_link}[part]()
                label = self.pick(["", "", "", "", "here", "this", "Figma", "the deck", "link", "R2"])
                out.append(("l", url, label))
            else:
                out.append(("t", self.value(part)))
        return out

    def value(self, key: str) -> str:
        makers: dict[str, Any] = {
            "P": lambda: self.pick(PLACES), "CL": lambda: self.pick(CLIENTS), "CA": lambda: self.pick(CAMPAIGNS),
            "H": lambda: self.pick(HANDLES), "T": lambda: self.pick(HASHTAGS),
            "N": lambda: str(self.rng.randint(10, 999)), "D": self.date, "$": self.money,
            "I": lambda: self.pick(IMAGE_FILES), "K": lambda: self.pick(COLOURS),
            "W": lambda: self.pick(self.people)["name"], "TZ": lambda: self.pick(TIMEZONES), "AT": self.alert_time}
        return str(makers[key]())

    @staticmethod
    def mrkdwn(segs: list[tuple[str, ...]]) -> str:
        out = []
        for seg in segs:
            if seg[0] == "t":
                out.append(slack_escape(seg[1]))
            elif seg[0] == "u":
                out.append(f"<@{seg[1]}>")
            elif seg[0] == "c":
                out.append(f"<#{seg[1]}|{seg[2]}>")
            else:
                out.append(f"<{slack_escape(seg[1])}" + (f"|{slack_escape(seg[2])}>" if seg[2] else ">"))
        return "".join(out)

    def blocks(self, segs: list[tuple[str, ...]]) -> list[dict[str, Any]]:
        """Slack's rich_text for the message: code fences as preformatted, links/mentions as elements."""
        elements: list[dict[str, Any]] = []
        if any(seg[0] == "t" and "```" in seg[1] for seg in segs):
            raw = "".join(seg[1] if seg[0] in ("t", "l") else f"@{seg[1]}" for seg in segs)
            for i, chunk in enumerate(raw.split("```")):
                if chunk.strip("\n"):
                    kind = "rich_text_preformatted" if i % 2 else "rich_text_section"
                    elements.append({"type": kind, "elements": [{"type": "text", "text": chunk.strip("\n")}]})
        else:
            inner: list[dict[str, Any]] = []
            for seg in segs:
                if seg[0] == "t" and inner and inner[-1]["type"] == "text":
                    inner[-1]["text"] += seg[1]  # Slack keeps one element per run of plain text
                elif seg[0] == "t":
                    inner.append({"type": "text", "text": seg[1]})
                elif seg[0] == "u":
                    inner.append({"type": "user", "user_id": seg[1]})
                elif seg[0] == "c":
                    inner.append({"type": "channel", "channel_id": seg[1]})
                else:
                    inner.append({"type": "link", "url": seg[1], **({"text": seg[2]} if seg[2] else {})})
            elements.append({"type": "rich_text_section", "elements": inner})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def chat_template(self) -> str:
        roll = self.rng.random()
        if roll < 0.52:
            text = str(self.pick(CHAT))
            if self.chance(0.25):
                text += " " + self.pick(["🙏", "😅", "🔥", "✨", "👀", "💚", ":sweat_smile:", ":tada:", ":art:",
                                         ":chefkiss:", "🫠", "😍"])
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "<!here> ", "hey ⟦M⟧, ", "<!channel> ", "⟦M⟧ ⟦M⟧ "]) + text
            return text
        if roll < 0.64:
            return str(self.pick(["draft for ⟦CL⟧ 👇\n", "IG caption for ⟦CA⟧:\n", "can someone proofread? 🙏\n",
                                  "localised version, pls check ⟦M⟧:\n", ""])) + self.pick(SOCIAL_POSTS)
        if roll < 0.74:
            return str(self.pick(COPY_DRAFTS))
        if roll < 0.90:
            text = str(self.pick(["", "", "hmm ", "fyi ", "⟦M⟧ ", "quick q: "])) + self.pick(TECH)
            if self.chance(0.3):
                text += "\n" + self.pick(["halp 😅", "thoughts?", "does that look right?", "cc ⟦M⟧",
                                          "(works in Litmus, not in Outlook 2016 🙃)"])
            return text
        return str(self.pick(LONG_MESSAGES))

    def slack_text(self, template: str) -> tuple[str, list[dict[str, Any]]]:
        # Slack's special mentions are written literally in templates: kept out of the escaping.
        template = template.replace("<!here>", "\x01H\x01").replace("<!channel>", "\x01C\x01")
        segs = self.segments(template)
        text = self.mrkdwn(segs).replace("\x01H\x01", "<!here>").replace("\x01C\x01", "<!channel>")
        blocks = self.blocks(segs)
        for block in blocks:
            for el in block["elements"]:
                for inner in el["elements"]:
                    if inner["type"] == "text":
                        inner["text"] = inner["text"].replace("\x01H\x01", "@here").replace("\x01C\x01", "@channel")
        return text, blocks

    # ---- Slack requests --------------------------------------------------------------------------------------
    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False)}

    def message(self, template: str, channel: str, channel_type: str | None, mention: bool = False,
                thread: bool = False) -> dict[str, Any]:
        text, blocks = self.slack_text(template)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "user": self.pick(self.people)["id"],
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = blocks
        event["channel"] = channel
        event["event_ts"] = ts
        if channel_type:
            event["channel_type"] = channel_type
        if thread:
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": LEGACY_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)), "verification")

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_template(), cid, "channel", thread=self.chance(0.12))
        return self.record("slack", "json", self.event_request(event), "chat")

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        template = self.pick(["+1 to this", "done ✅", "updated, see ⟦F⟧", "client says yes 🎉", "R3 attached 👆",
                              "I'd keep the ellipsis… it's on brand", "try ⟦K⟧ instead?", "agreed", "on it!",
                              "can we do this after the ⟦CL⟧ call?", "fixed the typo (\"recieve\" → \"receive\")",
                              "sent to printers 🖨️", "what's the deadline again?", "⟦D⟧ latest"]) \
            if self.chance(0.6) else self.chat_template()
        event = self.message(template, cid, "channel", thread=True)
        if self.chance(0.15):
            event["subtype"] = "thread_broadcast"
        return self.record("slack", "json", self.event_request(event), "thread")

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            template = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + \
                self.pick(BOT_COMMANDS)
        else:
            template = f"<@{BOT_USER}> " + self.chat_template()
        template = template.replace(f"<@{BOT_USER}>", "⟦BOT⟧")
        text, blocks = self.slack_text(template.replace("⟦BOT⟧", "\x02"))
        text = text.replace("\x02", f"<@{BOT_USER}>")
        for block in blocks:
            for el in block["elements"]:
                for inner in el["elements"]:
                    if inner["type"] == "text":
                        inner["text"] = inner["text"].replace("\x02", "@Jeeves")
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention", "user": self.pick(self.people)["id"], "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM, "blocks": blocks,
                                 "channel": cid, "event_ts": ts}
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
        return self.record("slack", "json", self.event_request(event), "mention")

    def slack_dm(self) -> dict[str, Any]:
        template = str(self.pick(BOT_COMMANDS)) if self.chance(0.75) else self.chat_template()
        return self.record("slack", "json", self.event_request(self.message(template, self.sid("D0", 9), "im")), "dm")

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_template(), cid, "channel")
        new = {k: v for k, v in old.items() if k not in ("channel", "channel_type", "event_ts", "blocks")}
        new["text"] = old["text"] + self.pick([" (edited)", " — typo, sorry", "", " *", " ✅ done"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                 "event_ts")},
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        if self.chance(0.2):
            event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                     "channel": cid, "previous_message": new, "ts": self.ts(), "event_ts": self.ts(),
                     "channel_type": "channel"}
        return self.record("slack", "json", self.event_request(event), "edit")

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = str(self.pick(IMAGE_FILES))
        event = self.message(self.pick(["", "", "R2 👆", "final final 😅", "from the shoot today 📸",
                                        "client's markup attached", "the ⟦CL⟧ version", "for crit at 4",
                                        "exports for ⟦CA⟧", "is this the right crop? ⟦M⟧"]), cid, "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mimetype = {"png": "image/png", "jpg": "image/jpeg", "heic": "image/heic", "gif": "image/gif",
                    "svg": "image/svg+xml", "pdf": "application/pdf", "zip": "application/zip", "mp4": "video/mp4",
                    "tif": "image/tiff", "psd": "image/vnd.adobe.photoshop", "ase": "application/octet-stream",
                    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[ext]
        fid = self.sid("F0", 9)
        quoted = urllib.parse.quote(name)
        file: dict[str, Any] = {
            "id": fid, "created": EPOCH + self.rng.randint(0, 36000), "name": name, "title": name.rsplit(".", 1)[0],
            "mimetype": mimetype, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
            "size": self.rng.randint(20_000, 48_000_000), "mode": "hosted", "is_external": False,
            "is_public": True, "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                         + urllib.parse.quote(name.lower().replace(" ", "_"))}
        if mimetype.startswith("image/"):
            w, h = self.pick([(1080, 1920), (1080, 1350), (1920, 1080), (600, 200), (4032, 3024), (1200, 630)])
            file.update({"original_w": w, "original_h": h,
                         "thumb_360": f"https://files.slack.com/files-tmb/{TEAM}-{fid}-{self.hexs(10)}/"
                                      f"{quoted}_360.png"})
        event["files"] = [file]
        event["upload"] = True
        return self.record("slack", "json", self.event_request(event), "file")

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = []
        for _ in range(self.pick([1, 1, 1, 2, 3])):
            url = self.any_link()
            links.append({"domain": urllib.parse.urlsplit(url).hostname or "", "url": url})
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.token(30),
                 "thread_ts": self.ts() if self.chance(0.2) else None, "source": "conversations_history",
                 "links": links, "event_ts": self.ts()}
        if event["thread_ts"] is None:
            del event["thread_ts"]
        return self.record("slack", "json", self.event_request(event), "unfurl")

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added"] * 5 + ["reaction_removed"]), "user": self.pick(self.people)["id"],
                 "reaction": self.pick(REACTIONS), "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack", "json", self.event_request(event), "reaction")

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        client, campaign, who = self.pick(CLIENTS), self.pick(CAMPAIGNS), self.pick(self.people)["name"]
        n = self.rng.randint(100, 99999)
        source = self.pick(["figma", "asana", "hubspot", "gdrive", "mailchimp", "frameio", "meta_ads", "github"])
        texts = {
            "figma": f"*{who}* commented on <{self.figma_link()}|{campaign} — Social Toolkit>: “Can we try the "
                     "headline in Söhne Breit? feels a bit thin at 48px…”",
            "asana": f"✅ Task completed by {who}: <https://app.asana.com/0/1203344556677/{n}|R2 amends — OOH "
                     f"48-sheet ({client})>",
            "hubspot": f"New deal stage: *{client} — Q4 Retainer* ({self.money()}) moved to *Contract sent* by {who}",
            "gdrive": f"{who} shared a file: <https://docs.google.com/presentation/d/{self.token(18)}/edit|{client} "
                      "– Brand Refresh Deck v7 FINAL (2)>",
            "mailchimp": f"Campaign *“{campaign} — Teaser”* was sent to {n:,} subscribers. Opens: 41.3% · "
                         "Clicks: 3.8% · Unsubscribes: 0.1%",
            "frameio": f"New comment on *Hero_30s_v4.mp4* at 00:12 by {who}: “logo lockup lands late, can we bring "
                       "it to 00:10? & the VO is 2dB hot”",
            "meta_ads": f":warning: Budget alert: *{campaign} – Prospecting* has spent 92% ({self.money()} of "
                        f"{self.money()}). CPM £6.80 · CTR 1.9% · ROAS 3.4x",
            "github": f"*[saltmarsh/landing-pages]* Pull request opened: <https://github.com/saltmarsh/"
                      f"landing-pages/pull/{n % 900}|#{n % 900} hero: swap to AVIF & fix CTA contrast (4.8:1)>",
        }
        text = slack_escape(texts[source]).replace("&lt;", "<").replace("&gt;", ">")
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["F24E1E", "36a64f", "FF7A59",
                                                                                       "2eb886"]),
                                  "footer": source, "ts": EPOCH + n % 36000}]}
        return self.record("slack", "json", self.event_request(event), "bot")

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.record("slack", "json", self.event_request(event), "home")

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        text, _ = self.slack_text(str(self.pick(BOT_COMMANDS)))
        fields = [("token", LEGACY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", TEAM)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": LEGACY_TOKEN,
                "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction_request(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.slack_request("/slack/interactions", body, form=True)

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        block_id = self.token(4)[:5]
        if roll < 0.72:
            action = {"action_id": "set_location", "block_id": block_id, "value": self.pick(PLACES), "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": block_id, "value": "-", "type": "button",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": block_id, "value": "-", "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        payload = self.interaction_base("block_actions")
        msg_ts = self.ts()
        payload.update({
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", TEAM),
            "actions": [action]})
        return self.record("interaction", "form", self.interaction_request(payload), "button")

    def modal_submit(self) -> dict[str, Any]:
        client, title, notes = self.pick(MODAL_BRIEFS)
        payload = self.interaction_base("view_submission")
        payload["view"] = {
            "id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": "campaign_brief",
            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}), "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "New brief", "emoji": True},
            "submit": {"type": "plain_text", "text": "Send", "emoji": True}, "blocks": [],
            "state": {"values": {
                "client": {"client_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": client, "emoji": True}, "value": client.lower()}}},
                "title": {"title_input": {"type": "plain_text_input", "value": title}},
                "notes": {"notes_input": {"type": "plain_text_input", "value": notes}},
                "due": {"due_picker": {"type": "datepicker", "selected_date": f"2024-{self.rng.randint(9, 12):02d}-"
                                                                             f"{self.rng.randint(1, 28):02d}"}},
                "owner": {"owner_select": {"type": "users_select", "selected_user": self.pick(self.people)["id"]}}}},
            "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self.record("interaction", "form", self.interaction_request(payload), "modal")

    # ---- the data API: scripts, CI, dashboards ------------------------------------------------------------
    def api_headers(self) -> tuple[dict[str, str], str]:
        client = self.pick(["looker-connector", "weekly-report", "zapier-hubspot", "dash-web", "ci-landing-pages",
                            "apps-script-sheets", "make-automation", "n8n-studio"])
        scope = self.pick(["read", "read", "read write"])
        ua = {"looker-connector": "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8yX",
              "apps-script-sheets": "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                    "+https://script.google.com; id: UAEmdDd8yX)",
              "weekly-report": self.pick(["python-requests/2.32.3", "python-httpx/0.27.2"]),
              "zapier-hubspot": "Zapier", "make-automation": "Make/production", "n8n-studio": "n8n",
              "ci-landing-pages": self.pick(["curl/8.5.0", "GitHub-Hookshot/7a1c2e", "node-fetch/1.0 "
                                             "(+https://github.com/bitinn/node-fetch)", "undici"]),
              "dash-web": ""}[client]
        token = self.jwt(client, scope)
        if client == "dash-web":
            h = self.browser_headers(None)
            h.update({"Accept": "application/json", "Origin": DASH, "Sec-Fetch-Mode": "cors",
                      "Sec-Fetch-Site": "same-site", "Sec-Fetch-Dest": "empty",
                      "Referer": DASH + self.pick(["/", "/clients/bloom-and-bough?range=30d",
                                                   "/usage?tz=Europe%2FLondon", "/team",
                                                   "/clients/oak-ember/campaigns/spring-drop-25"])})
            for k in ("Upgrade-Insecure-Requests", "Sec-Fetch-User"):
                h.pop(k, None)
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-0"
            h["baggage"] = (f"sentry-environment=production,sentry-release=dash%402.7.{self.rng.randint(0, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.1,"
                            "sentry-sampled=false")
        else:
            h = {"User-Agent": ua,
                 "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"])}
            if self.chance(0.6):
                h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip,deflate,br", "gzip"])
            if self.chance(0.3):
                h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                               f"zap.{self.hexs(12)}", f"n8n:{self.rng.randint(1000, 9999)}"])
            if self.chance(0.2):
                h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
                if self.chance(0.4):
                    h["tracestate"] = f"dd=s:1;t.dm:-0,congo={self.token(6)}"
            if self.chance(0.05):
                h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH:x}-{self.hexs(24)}"
        h["Authorization"] = "Bearer " + token
        return h, client

    def api(self) -> dict[str, Any]:
        h, client = self.api_headers()
        roll = self.rng.random()
        if roll < 0.34:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 400]))))
            for key, values in (("active", ["true", "false", "1", "True"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [TEAM])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            if client == "dash-web" and self.chance(0.5):
                params.append(("_", str((EPOCH + self.rng.randint(0, 36000)) * 1000 + self.rng.randint(0, 999))))
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params),
                                                                h), "users")
        if roll < 0.52:
            return self.record("api", "path", {"method": self.pick(["GET"] * 9 + ["HEAD"]),
                                               "uri": f"/api/users/{self.rng.randint(1, 180)}", "body": "",
                                               "headers": h}, "user")
        if roll < 0.70:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
                if self.chance(0.3):
                    doc["name"] = self.pick([f"{person['name']} (she/her)", f"{person['name']} (they/them)",
                                             f"{person['name']} — Lisboa", f"{person['name']} [freelance]",
                                             f"{person['name']} 🎨"])
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 180)}",
                                               "body": body, "headers": h}, "user-patch")
        if roll < 0.86:
            day = self.rng.randint(1, 16)
            since = self.pick([f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}T00:00:00+01:00",
                               f"2024-09-{day:02d}", f"2024-08-{day + 10:02d}T08:30:00.000Z",
                               f"2024-09-{day:02d}T09:00:00-03:00", f"2024-09-{day:02d}T00:00:00+05:30",
                               f"2024-09-{day:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-09-17T23:59:59Z", "2024-09-17T18:00:00+01:00",
                                                   "2024-09-17"])))
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)}, "stats")
        if roll < 0.93:
            return self.record("api", "header", self.get_request("/api/switches", h),
                               "switches")
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(doc), "headers": h}, "switch-put")
        h = {"User-Agent": self.pick(["Postman/11.12.0", "insomnia/9.3.3", "openapi-generator/7.8.0",
                                      "python-requests/2.32.3"]), "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h),
                           "openapi")

    # ---- browsers: admin panel, /me/, Sign in with Slack -------------------------------------------------------
    def browser_headers(self, referer: str | None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:130.0) Gecko/20100101 Firefox/130.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.09.10",
            "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/128.0.6613.127 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.40.126 Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36 Sonic Slack_SSB/4.40.126"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-US,en;q=0.9",
                                           "pt-PT,pt;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "fr-FR,fr;q=0.9,en;q=0.8", "es-MX,es;q=0.9,en;q=0.8",
                                           "ja-JP,ja;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9", "de-DE,de;q=0.9,en;q=0.7",
                                           "it-IT,it;q=0.9", "ar,en-GB;q=0.8", "he-IL,he;q=0.9,en;q=0.8",
                                           "zh-CN,zh;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua and "Edg/" in ua:
            h["sec-ch-ua"] = '"Chromium";v="128", "Not;A=Brand";v="24", "Microsoft Edge";v="128"'
        elif "Chrome/" in ua and "Samsung" not in ua:
            h["sec-ch-ua"] = '"Chromium";v="128", "Not;A=Brand";v="24", "Google Chrome";v="128"'
        if "sec-ch-ua" in h:
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            platform = "Android" if "Android" in ua else ("Windows" if "Windows" in ua else "macOS")
            h["sec-ch-ua-platform"] = f'"{platform}"'
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.1):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.1):
            extra.append(("_ga_7XK2M9P4QL", f"GS1.1.{EPOCH}.3.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.08):
            extra.append(("theme", self.pick(["dark", "light"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.30:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["handle"], person["id"], "@saltmarsh.studio", "@gmail.com", TEAM, "o'connor",
                           "D'Souza", "ashworth-hale", "São", "José", "Łucja", "freelance", "intern", "Bloom & Bough",
                           "ferro&finch", "oak & ember", "ペ", "김", "ahmed", "lee-chambers", "ní bhriain"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.15) else [])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params)}, "search")
        if roll < 0.44:
            person = self.pick(self.people)
            back = self.pick([person["name"], person["email"], "", "freelance"])
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", back)]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", back),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin", "form", {"method": "POST", "headers": h, "body": body,
                                                 "uri": f"/admin/users/{self.rng.randint(1, 180)}/"
                                                        f"{self.pick(['active', 'admin'])}"}, "user-edit")
        if roll < 0.55:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                  "login", "forget_me", "my_location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t04saltmrs"]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            return self.record("admin", "form", self.form_request(uri, h, fields), "switch")
        if roll < 0.64:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "feature.set", "client.create", "client.rotate",
                           "user.forget_me", "2024-09-16", "denied", self.pick(self.people)["handle"], "zapier"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/admin/audit?" + urllib.parse.urlencode(params)}, "audit")
        if roll < 0.78:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/features", "/admin/gateway", "/admin/clients",
                              "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
                              "/admin/users?page=3", "/admin/static/admin.css"])
            if page.endswith(".css"):
                h["Accept"] = "text/css,*/*;q=0.1"
                h["Sec-Fetch-Dest"] = "style"
                h["Sec-Fetch-Mode"] = "no-cors"
            return self.record("admin", "cookie", self.get_request(page, h), "page")
        if roll < 0.86:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            if self.chance(0.2):  # a passphrase from the password manager's generator
                password = "-".join(self.pick(["coral", "linen", "sourdough", "kerning", "bleed", "pantone",
                                               "tangerine", "moodboard", "serif", "gin", "velvet"])
                                    for _ in range(4)) + str(self.rng.randint(1, 99))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "maya.okafor", "studio-ops", "ewan.macleod"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields), "login")
        if roll < 0.94:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.6:
                fields = [("csrf_token", csrf),
                          ("client_id", self.pick(["looker-connector", "zapier-hubspot", "apps-script-sheets",
                                                   "weekly-report", "make.automation", "n8n:studio"])),
                          ("description", self.pick([
                              "Weekly campaign report → Google Sheets (owner: @maya, #paid-media)",
                              "Zapier: HubSpot deal won → onboarding checklist in Asana",
                              "Looker Studio connector, read-only — Bloom & Bough + Oak & Ember dashboards",
                              "n8n on the studio NUC (192.168.10.24:5678), runs 07:00 Europe/London",
                              "CI for landing-pages repo: smoke test after deploy", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                uri = "/admin/clients"
            else:
                client = self.pick(["looker-connector", "zapier-hubspot", "weekly-report", "dash-web"])
                uri = f"/admin/clients/{client}/{self.pick(['rotate', 'disable', 'enable'])}"
                fields = [("csrf_token", csrf)]
            return self.record("admin", "form", self.form_request(uri, h, fields), "client")
        h = self.browser_headers(self.pick(["/admin/slack-sign-in", "/admin/account", "/admin/"]), True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.45:
            person = self.pick(self.people)
            uri, fields = "/admin/slack-sign-in", [("csrf_token", csrf), ("username", self.pick(["maya.okafor",
                                                                                                 "studio-ops"])),
                                                   ("team_id", TEAM), ("user_id", person["id"])]
        elif sub < 0.7:
            uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
        elif sub < 0.85:
            uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf),
                                                          ("totp_pending", self.sid("", 32)),
                                                          ("totp", f"{self.rng.randint(0, 999999):06d}")]
        else:
            uri, fields = "/admin/logout", [("csrf_token", csrf)]
        return self.record("admin", "form", self.form_request(uri, h, fields), "account")

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        style = self.rng.random()
        if style < 0.6:
            boundary = self.form_boundary("webkit")
        elif style < 0.85:
            boundary = self.form_boundary("gecko")
        else:
            boundary = self.form_boundary("firefox")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "https://app.slack.com/", "/auth/slack/link/"
                                                + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 12 + ["HEAD"]), "uri": uri, "body": "",
                                                "headers": h}, "page")
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.63:
            place = str(self.pick(PLACES + [person["place"]] * 5))
            fields = [("csrf_token", csrf), ("place", place)]
            uri, sub = "/me/location", "location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            uri, sub = "/me/settings", "settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            sub = "action"
        if sub != "action" and self.chance(0.25):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h}, sub)
        return self.record("me", "form", self.form_request(uri, h, fields), sub)

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h), "page")
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h), "login")
        if roll < 0.62:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", self.oidc_code()), ("state", state)]
            if self.chance(0.12):
                params = [("error", "access_denied"),
                          ("error_description", "The user denied the request (user cancelled)"), ("state", state)]
            return self.record("auth", "query", {"method": "GET", "body": "", "headers": h,
                                                 "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)},
                               "callback")
        link = self.token()
        if roll < 0.74:
            h = self.link_expander()
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "link-preview")
        if roll < 0.87:
            h = self.cross_site_arrival(self.browser_headers("https://app.slack.com/"))
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "link")
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth", "form", self.link_signin(link, h, csrf), "link-post")

    # ---- TokenDealer, health, metadata ------------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["looker-connector", "weekly-report", "zapier-hubspot", "dash-web", "ci-landing-pages",
                            "apps-script-sheets", "make-automation", "n8n-studio"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Zapier", "n8n", "axios/1.7.7",
                                      "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8yX",
                                      "Go-http-client/2.0"]),
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic), "token")
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields), "introspect")
        if roll < 0.88:
            h["Authorization"] = basic
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]), "revoke")
        return self.record("oauth", "form", self.verify_request(h, token, 0.4), "verify")

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Better Stack Bot",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "ELB-HealthChecker/2.0", "curl/8.5.0", "Datadog/Synthetics"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz"]), "headers": h}, "probe")
        if roll < 0.75:
            h = {"User-Agent": self.pick(["PyJWT/2.9.0", "jwks-rsa/3.1.0 (node)", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.2", "python-jose"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"'
            return self.record("health", "header", self.get_request("/.well-known/jwks.json", h), "jwks")
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2", "curl/8.5.0", "Postman/11.12.0"]),
             "Accept": "application/json"}
        return self.record("health", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "body": "",
                                                "uri": "/.well-known/oauth-authorization-server", "headers": h},
                           "metadata")


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 285), ("slack_thread", 70), ("slack_mention", 115), ("slack_dm", 105), ("slack_edit", 25),
    ("slack_bot_post", 30), ("slack_file", 40), ("slack_unfurl", 35), ("slack_reaction", 45), ("slack_home", 25),
    ("slash_command", 245), ("button_click", 105), ("modal_submit", 15),
    ("api", 215), ("admin", 120), ("me", 80), ("sign_in", 45), ("tokendealer", 60), ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, in the order it happens (kinds interleaved)."""
    return planned(Agency(), PLAN, first="slack_verification")
