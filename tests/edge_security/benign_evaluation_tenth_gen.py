"""Benign traffic of a consumer app's customer-support and community team that runs Jeeves (benign only).

The company is Lumo, a photo-printing and photobook app (iOS, Android, web) with a subscription (Lumo Plus),
print partners in Leipzig, Memphis and Manila, support hubs in Dublin, Lisbon, Kraków and Cebu, and a public
community forum (Lumo Circle). About 1,700 requests in a deployment's proportions: Slack first (the support
floor's channels: customers quoted verbatim with typos, emoji and ALL CAPS, refund and account tickets, macros
with {{placeholders}}, app-store review replies, forum moderation, order and ticket numbers, screenshots
described in words, many languages; threads, mentions, DMs, edits, deletions, integrations' posts, file
shares, link unfurls, reactions, App Home; `/jeeves` slash commands; button clicks, modal submissions and
message shortcuts as form-encoded `payload=` JSON), then the data API (the Zendesk sync, Looker dashboards and
CI with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer and the health and metadata
endpoints, with the headers browsers, the Slack and Lumo mobile apps, SDKs and CLIs send.

How it was written: by the tenth evaluation's independent benign author, from the route list (names, match,
methods and upstreams of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md and the
record structure of benign_day_gen.py, plus general knowledge of what Slack, browsers and scripts send. No
WAF rule, exclusion, ruleset or other generator's texts were read; the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the records.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_boundary, multipart_form, form_navigation, form_request, token_request, verify_request,
get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_code,
link_preview, link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 10_2024_0611
EPOCH = 1718607600  # 2024-06-17 07:00 UTC, a Monday (the Monday after a promo weekend)
APP_ID, BOT_USER = "A06JVSLUMO", "U06JEEVES1"
# An Enterprise Grid: the support floor, the community team's workspace, the EU subsidiary.
TEAMS = [("T03LUMOSUP", "lumo-support"), ("T03LUMOSUP", "lumo-support"), ("T03LUMOSUP", "lumo-support"),
         ("T04LUMOCMT", "lumo-circle-team"), ("T05LUMOEU0", "lumo-eu")]
ENTERPRISE = "E01LUMOAPP"
HOST = "jeeves.lumo.app"
BASE = f"https://{HOST}"

AGENT_FIRST = ["Siobhán", "Aoife", "Ciarán", "Pádraig", "João", "Inês", "Gonçalo", "Małgorzata", "Krzysztof",
               "Zofia", "Jan-Erik", "Ma. Cristina", "Jhun", "Rowena", "Kristine Joy", "Mary-Kate", "Jean-Luc",
               "Anne-Sophie", "Oisín", "Dáithí", "Beatriz", "Łukasz", "Agnieszka", "Rhea", "Nnamdi", "Chidinma",
               "Yuki", "Min-jun", "Lars", "Fredrik", "Dana", "Tamar", "Omar", "Leila", "Priyanka", "Arjun",
               "Carlos", "Lucía", "Renée", "Zoë", "Kev", "Becca", "Jay", "Tash", "Deb", "Mo"]
AGENT_LAST = ["O'Connor-Reilly", "Ní Bhriain", "Mac Giolla Phádraig", "D'Amico", "N'Diaye", "Gonçalves",
              "Sá Carneiro", "Wójcik", "Brzęczyszczykiewicz", "Dela Cruz", "Santos-Reyes", "Villanueva",
              "Bautista", "McCarthy", "O'Shea", "Fitzgerald", "Kowalczyk-Nowak", "Lindqvist", "Ben-David",
              "Al-Mansouri", "Okonkwo", "Adeyemi", "Takahashi", "Park", "Haugen", "Østergaard", "Iyer",
              "Ramírez", "de la Fuente", "St. Pierre", "Van Dyke", "Lopes", "Murphy", "Kelly", "Byrne"]
CUSTOMER_NAMES = ["Jenny O'Hara", "Mary-Beth Sullivan", "D'Andre Jackson", "José María Núñez",
                  "Sinéad Ní Mhaolchatha", "Björn Åkesson", "François-Xavier Lévêque", "Zoë Kowalczyk",
                  "Ngozi Eze-Obi", "Aoife de Búrca", "Ana Luísa Conceição", "Krzysztof Brzęczyszczykiewicz",
                  "Nguyễn Thị Minh Khai", "山田 花子", "김민지", "Ольга Смирнова", "محمد العلي", "יעל כהן",
                  "Kevin", "BARB", "shaz", "Tomás Ó Murchú", "Jean-Paul N'Guessan", "Heike Müller-Lüdenscheidt",
                  "Renée St. John", "Patrick O'Neill Jr.", "Lakshmi Narayanan", "Dr. Ingrid van 't Hoff"]
CUSTOMER_EMAILS = ["jenny.ohara88@gmail.com", "mb.sullivan@icloud.com", "dandre.j+lumo@outlook.com",
                   "jmnunez@telefonica.net", "sinead.nimhaolchatha@eircom.net", "bjorn.akesson@telia.se",
                   "fx.leveque@orange.fr", "zoe_k_1992@wp.pl", "ngozi.eze-obi@yahoo.co.uk", "tomtom77@gmx.de",
                   "ana.conceicao@sapo.pt", "hanako.y@docomo.ne.jp", "minji.kim@naver.com", "olga.s@yandex.ru",
                   "renee.stjohn@me.com", "kev.the.photographer@hotmail.com", "patrick.oneill.jr@aol.com"]
PHONES = ["+353 87 123 4567", "+44 7700 900123", "(555) 010-4477", "+1 (312) 555-0199", "+49 (0)30 1234567",
          "+351 912 345 678", "+48 601 234 567", "+63 917 555 0123", "090-1234-5678", "+33 6 12 34 56 78",
          "0151 / 234 567 89", "+61 412 345 678"]
ADDRESSES = ["Flat 3, 27 O'Connell St, Limerick V94 X2D7", "Apt. 4B, 118 W 23rd St, New York, NY 10011",
             "Rua das Flores 12, 3º Esq, 1200-195 Lisboa", "ul. Floriańska 15/7, 31-019 Kraków",
             "Kurfürstendamm 21, 10719 Berlin", "12 rue de l'Église, 69002 Lyon",
             "Unit 5, 42-44 St. Mary's Rd, London W5 5EU", "1600 Pennsylvania Ave NW, Washington, DC 20500",
             "Calle Mayor 7, 2ºB, 28013 Madrid", "〒150-0001 東京都渋谷区神宮前1-2-3", "서울특별시 강남구 테헤란로 123",
             "PO Box 1234, Whitehorse, YT Y1A 2C4", "Lot 8 Blk 3, Mabolo, Cebu City 6000",
             "2/14 O'Sullivan Beach Rd, Lonsdale SA 5160"]
# Weather places: print labs, carrier hubs, support hubs, customers' towns (as people type them).
PLACES = ["Dublin", "dublin", "Lisboa", "Lisbon", "Kraków", "Krakow", "Cebu City", "Cebu", "Leipzig", "Memphis",
          "Memphis, TN", "Louisville", "Louisville KY", "Manila", "Metro Manila", "Quezon City", "Köln",
          "Dún Laoghaire", "Cork", "Galway", "Limerick", "Ennis", "Letterkenny", "Porto", "Braga", "Coimbra",
          "Gdańsk", "Wrocław", "Łódź", "Bielsko-Biała", "Indianapolis", "Anchorage", "Honolulu", "Reykjavík",
          "Tromsø", "São Paulo", "Ciudad de México", "Bogotá", "Toronto", "Montréal", "St. John's",
          "Coeur d'Alene", "O'Fallon, IL", "Winston-Salem", "Martha's Vineyard", "Stratford-upon-Avon",
          "Saint-Malo", "L'Aquila", "'s-Hertogenbosch", "Zürich", "東京", "大阪市", "서울", "Москва", "Αθήνα",
          "القاهرة", "תל אביב", "मुंबई", "Bengaluru", "Đà Nẵng", "กรุงเทพ", "Sydney", "Auckland", "Nairobi",
          "Lagos", "Johannesburg", "D02 X285", "V94 X2D7", "EC1A 1BB", "60606", "10115 Berlin", "31-019",
          "53.3498, -6.2603", "38.7223,-9.1393", "10.3157° N, 123.8854° E", "Memphis hub", "DUB", "LIS"]
TIMEZONES = ["Europe/Dublin", "Europe/Lisbon", "Europe/Warsaw", "Asia/Manila", "Europe/Berlin", "America/Chicago",
             "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Seoul",
             "Australia/Sydney", "Europe/London", "UTC", "Atlantic/Azores", "Pacific/Honolulu", "Asia/Kolkata"]
CHANNELS = [("C01SUPFLOOR", "support-floor"), ("C02REFUNDS0", "refunds"), ("C03ESCALATE", "t2-escalations"),
            ("C04WISMO000", "wismo-shipping"), ("C05APPREVW0", "app-store-reviews"), ("C06CIRCLEMD", "circle-mods"),
            ("C07MACROS00", "macros"), ("C08QUEUEDE0", "queue-de-at-ch"), ("C09QUEUEPT0", "queue-pt-br"),
            ("C10QUEUEJP0", "queue-jp-kr"), ("C11BUGS0000", "bugs-from-support"), ("C12PAYMENTS", "payments-ops"),
            ("C13CEBUHUB0", "cebu-hub"), ("C14KRKHUB00", "krakow-hub"), ("C15RANDOM00", "random"),
            ("C16SHOUTOUT", "kudos"), ("C17WFM00000", "wfm-scheduling"), ("C18INCIDENT", "incidents")]
GROUPS = [("S01T2AGENTS", "t2-agents"), ("S02CIRCLEMD", "circle-mods"), ("S03WFMTEAM0", "wfm"),
          ("S04PAYOPS00", "payments-oncall"), ("S05LEADS000", "support-leads")]
LINKS = ["https://lumo.zendesk.com/agent/tickets/482137", "https://lumo.zendesk.com/agent/tickets/479001",
         "https://admin.lumo.app/orders/LM-24-0611-88213?tab=items", "https://circle.lumo.app/t/glue-marks/4412/17",
         "https://circle.lumo.app/c/show-your-prints/12?order=latest", "https://apps.apple.com/ie/app/lumo/id1234567890",
         "https://play.google.com/store/apps/details?id=app.lumo.android&hl=pt_BR&reviewId=gp%3AAOqpTOE",
         "https://lumo.atlassian.net/browse/APP-7781", "https://lumo.atlassian.net/browse/SUP-2290?focusedId=88",
         "https://dashboard.stripe.com/payments/pi_3PQxLm2eZvKYlo2C1a9b8c7d",
         "https://lumo.looker.com/dashboards/214?Week=2024-06-10&Queue=DE",
         "https://docs.google.com/spreadsheets/d/1xYzAbC/edit#gid=0&range=B2:F40",
         "https://www.notion.so/lumo/Refund-policy-2024-8f1e2c", "https://status.lumo.app/incidents/k7y2m",
         "https://help.lumo.app/hc/en-ie/articles/360012345-Where-is-my-order-",
         "https://help.lumo.app/hc/de/articles/360012346-Abo-k%C3%BCndigen", "https://www.ups.com/track?tracknum=1Z999AA10123456784",
         "https://www.anpost.ie/track/trackinginformation?item=CE123456789IE", "https://t.17track.net/en#nums=LX123456789CN",
         "https://lumo.app/share/b/9f3c2a?utm_source=ios&utm_medium=share", "http://localhost:3000/orders/88213",
         "https://staging.lumo.app:8443/checkout?promo=SUMMER24&debug=1", "https://www.youtube.com/watch?v=Xk2f9Qw1aB0"]
EMOJI = [":pray:", ":sob:", ":tada:", ":eyes:", ":white_check_mark:", ":rotating_light:", ":fire:", ":heart:",
         ":face_palm:", ":blob-wave:", ":this:", ":lumo-heart:", ":ticket:", ":package:", ":moneybag:",
         ":thinking_face:", ":raised_hands:", "🙏", "😭", "🎉", "👀", "✅", "📦", "💸", "🤦‍♀️", "❤️", "😅", "🔥", "💯"]
DEVICES = ["iPhone 13 mini, iOS 17.5.1, app 6.12.1 (4410)", "Pixel 7, Android 14, app 6.12.0 (61200)",
           "Samsung Galaxy A54 / Android 13 / Lumo 6.11.4", "iPad Air (5th gen) iPadOS 17.4",
           "Chrome 125 on Windows 11",
           "Safari 17.5 / macOS Sonoma 14.5", "Xiaomi Redmi Note 12, MIUI 14.0.6, app 6.12.1",
           "iPhone SE (2nd gen) iOS 16.7.8 app 6.9.0", "Firefox 127 / Ubuntu 24.04"]

# What customers write, verbatim (typos, caps and emoji left as sent).
CUSTOMER_QUOTES = [
    "I WAS CHARGED TWICE FOR MY ORDER AND NOBODY IS ANSWERING MY EMAILS!!!",
    "hi my photobook came with pages 14-15 upside down 😭😭 can u reprint pls its for my moms 60th",
    "app keeps crashing when i upload more then 50 photos. tried reinstalling, didnt help",
    "where is my order??? it says 'Preparing' since 9 days. ORDER @@O@@",
    "wtf where is my refund its been 14 days and the bank says nothing came in",
    "I love the app but the new update moved the crop button and now I can't find it lol",
    "Bonjour, je n'ai toujours pas reçu ma commande n° @@O@@ passée le 28/05. Pouvez-vous vérifier ? Merci d'avance",
    "Hallo, ich möchte mein Lumo-Plus-Abo kündigen. Bitte bestätigen Sie die Kündigung schriftlich. MfG",
    "no puedo iniciar sesión, me dice 'correo no válido' pero es el mismo de siempre 🤷‍♀️",
    "Olá! Meu álbum chegou com a capa amassada. Segue foto. Quero troca ou reembolso, obrigada",
    "アプリが起動しません。再インストールしても同じです。iPhone 12です。",
    "환불 요청합니다. 주문번호 @@O@@ 인데 사진이 흐리게 인쇄됐어요 ㅠㅠ",
    "Заказ пришёл с браком, на обложке царапина. Фото прикладываю. Что делать?",
    "تم خصم المبلغ مرتين من بطاقتي، أرجو استرداد المبلغ في أسرع وقت",
    "שלום, ההזמנה שלי לא הגיעה כבר שלושה שבועות",
    "Zamówienie nie dotarło, a kurier twierdzi że \"adresat nieznany\". Adres jest poprawny!!",
    "Kumusta po! Hindi ko po ma-open yung app, laging nagla-loading lang po. Salamat po 🙏",
    "cancel my subscription NOW. i never signed up for a yearly plan. this is a SCAM",
    "The promo code SUMMER24 says 'not valid for this product' but the email said ALL products?",
    "my daughter ordered 3 books by accident on my ipad, can i get 2 of them cancelled? she's 6 😅",
    "Ordered on the 2nd, paid €49,90 + €6,95 shipping, got an email saying it shipped, tracking says label created "
    "only. Been 11 days. Not impressed.",
    "the colours in the prints are way darker than on my phone screen. is there a setting for that??",
    "can you delete my account and all my photos please. GDPR request. thx",
    "Hi, I think someone logged into my account, I got an email about a new device in Lagos and I'm in Cork",
    "I got someone else's photobook!!! its a wedding album of people I dont know. mine is missing",
    "5 stars for the quality but 1 star for shipping, 3 weeks to Reykjavík is too long",
    "why do I need to give the app access to ALL my photos? only want to pick 20",
    "it keeps saying \"Upload failed (E-4012)\" on the last 3 pictures. @@DEV@@",
    "Why was I charged $59.99 on 6/14/24??? I cancelled in MAY",
    "pls call me back on @@PHONE@@ after 5pm, I can't type long messages",
    "i paid with paypal but app says payment pending ... for 2 days now",
    "My name is printed as \"Siobhan O&#39;Connor\" on the cover. That's not my name. Please fix and reprint.",
    "LOVE LOVE LOVE the new layflat books 😍😍😍 ordered 4 already",
    "order arrived but the box was wet and 6 prints are stuck together",
    "the app translated my book title to English?? I wrote it in Irish: \"Laethanta Saoire i gCiarraí\"",
    "hello i need invoice with VAT number IE1234567T for my company, order @@O@@",
    "the gift card code doesnt work, its XK7P-22QM-ZZ41. bought it at Tesco",
    "I'M 82 AND I CANT FIND WHERE TO PUT THE ADDRESS. MY GRANDSON SET THIS UP",
]
SCREENSHOTS = [
    "customer sent a screenshot: checkout screen, red banner 'Payment declined (code 05)', total shows €0.00 — "
    "looks like the promo stacked twice",
    "screenshot shows the order page stuck on 'Preparing' with a spinner, order date 02/06, no tracking number",
    "they attached a photo of the book: cover is fine, but pages 14-15 are printed upside down, spine crease visible",
    "2 screenshots from the bank app: two pending transactions of $34.98 at 14:02 and 14:03, merchant 'LUMO*APP'",
    "screen recording (41s): taps Upload, progress bar reaches 99%, then the app closes. iOS 17.5.1",
    "screenshot of the App Store subscriptions page: 'Lumo Plus (Annual) – renews 12 Jul 2024 – €39.99'",
    "photo of the shipping label: address line 2 is cut off after 'Apt', postcode printed as D02X285 without space",
    "screenshot of the login page in dark mode, the 'Continue with Apple' button is invisible (black on black)",
    "photo of two prints side by side: the one from us is clearly more magenta, the home printer one looks right",
]
CHAT = [
    "morning all ☕ queue is at 412 open, 87 of them WISMO", "gm gm", "brb lunch", "back", "ty!", "np", "+1",
    "on it", "taking @@T@@", "can someone from T2 take @@T@@? customer is threatening a chargeback",
    "@@G@@ anyone free for a DE call? customer insists on a phone call, @@PHONE@@",
    "customer wrote: \"@@Q@@\"", "verbatim from @@T@@: \"@@Q@@\" 🙃", "new one in the queue: \"@@Q@@\"",
    "@@S@@", "@@S@@ — can someone from payments confirm?",
    "macro 'Refund – duplicate charge' updated, pls use v3 not v2 @@L@@",
    "CSAT last week: 92.4% (↑1.1pp) 🎉 DE queue 88%, JP/KR 96%!!",
    "FRT p50 3h12m, p90 19h40m. 17 SLA breaches, mostly @@C@@",
    "Heads up: storms around @@P@@, carrier says +2 days on everything through the hub. Macro incoming",
    "refund issued for @@O@@: @@AMT@@ back to the original card, 5-10 business days",
    "partial refund (30%) for @@O@@ approved by @@M@@, customer keeps the book",
    "reprint queued: @@O@@ → RMA-@@N@@@@N@@, priority lane because it's a funeral album 💙",
    "is the Memphis lab still on the 48h backlog? I've got 6 customers asking about express",
    "repro'd the crop bug on @@DEV@@, not on the iPhone 15. filing it",
    "who owns the 'ghost order' bug? we've had 9 tickets today where the order shows but no charge",
    "anyone know if we can change the shipping address after it's in 'Printing'?",
    "no, once it's in Printing the label is generated. Only RTS and reship",
    "customer's name is @@NAME@@ and the system shows it as ??? on the label, is that the font thing again",
    "escalating @@T@@ to @@G@@, account takeover suspected, new device login from Lagos",
    "spam wave on the forum again, 40+ posts with crypto links in 'Show your prints', I'm locking the thread",
    "@@M@@ can you approve my PTO for 24/06–28/06? WFM sheet updated",
    "reminder: QA calibration at 15:00 IST / 16:00 CEST / 22:00 PHT in @@C@@",
    "lol customer just replied 'ok boomer' to the satisfaction survey",
    "who has the Irish language keyboard issue ticket? found the cause: fada on capital Á breaks the cover font",
    "TIL customers can't see the 'Download invoice' button on Android < 10",
    "is it me or is Zendesk slow af today", "zendesk is down? getting 'Oops, something went wrong' on every view",
    "status page says degraded: @@L@@", "back up ✅",
    "pls don't promise delivery dates to US customers this week, the carrier is a mess",
    "customer asked if we can print a 1:1 replica of a 1984 wedding album. I said I'd check 😂",
    "the Tesco gift cards from batch 0612 are not activated, payments is on it @@L@@",
    "approved: goodwill credit of €10 for @@O@@ (late + damaged box)",
    "new macro for the E-4012 upload error, please review before I publish: @@L@@",
    "We're at 1,284 tickets this week vs 1,102 last week (+16.5%). Promo weekend effect.",
    "Obrigada pela ajuda hoje, equipa! 💚", "Dzięki za pomoc z kolejką DE 🙏", "Salamat sa tulong, guys! 🙌",
    "ありがとうございます！JPキュー片付きました", "감사합니다~ 오늘 고생 많으셨어요", "Danke euch, schönen Feierabend!",
    "ok who took the last oat milk in the Lisbon office", "Cebu team: aircon is back 🎉",
    "shoutout to @@M@@ for handling the wedding-album mixup with so much patience 💛",
    "📦 carrier update: An Post cutoff moved to 14:30 for the rest of the week",
    "🚨 payments incident: duplicate charges on Apple Pay between 13:55 and 14:20 UTC, don't refund manually, "
    "script will reverse them",
    "customer says she was charged in USD but she's in Ireland, checked: her App Store country is US",
    "can someone translate this for me? \"@@Q@@\"", "translation pls 🙏 \"@@Q@@\"",
    "forum user @@HANDLE@@ posted their full address and phone in a public thread, I've hidden the post",
    "new review on the App Store (1★): \"@@Q@@\" — replying now",
    "Play Store review 2★ in pt-BR, anyone? \"@@Q@@\"",
    "order @@O@@ shows delivered but customer says nothing arrived, photo of the mailbox attached",
    "@@NAME@@ (@@EMAIL@@) is asking for the 3rd time, can we just refund",
    "fyi the promo code SUMMER24 doesn't stack with the Lumo Plus 15% — working as intended per marketing",
    "customer wants to pay by bank transfer, IBAN IE29 AIBL 9311 5212 3456 78? we don't do that right",
    "WFM: forecast for Tue is 1,050 contacts, staffing 38 FTE, we're short 4 between 09:00-11:00 CEST",
    "ngl the new layflat paper looks amazing, saw a sample at the Dublin office",
    "weather in @@P@@ looks rough tomorrow, expect more WISMO",
    "I'll be 10 min late to the huddle, train from Sintra is stuck",
    "shipping to Northern Ireland: do we charge UK or IE rates? customer in BT postcodes asking",
    "Reminder: no PII in Slack. Ticket links only, pls 🙏",
]
MACROS = [
    "Hi {{first_name}},\n\nThanks for reaching out and sorry about the trouble with order {{order_id}}! I've issued "
    "a full refund of {{refund_amount}} to your original payment method — it usually shows up within 5–10 business "
    "days.\n\nBest,\n{{agent_name}} | Lumo Support",
    "Hi {{ticket.requester.first_name}},\n\nYour reprint for order {{ticket.custom_fields.order_number}} is on its "
    "way 📦 New tracking: {{ticket.custom_fields.tracking_url}}\n\n{{current_user.first_name}}",
    "{% if ticket.requester.language == 'de' %}Hallo{% else %}Hi{% endif %} {{ticket.requester.first_name}},",
    "Olá {{primeiro_nome}}, lamentamos imenso! Já pedimos a reimpressão da encomenda {{numero_encomenda}}.",
    "Bonjour {{prénom}}, nous sommes désolés pour ce désagrément. Votre remboursement de {{montant}} € a été "
    "effectué.",
    "{{first_name}}さん、お問い合わせありがとうございます。注文番号{{order_id}}について確認いたします。",
    "Hi {{first_name}}, I can see the subscription was bought through the App Store, so Apple handles the refund: "
    "Settings → [your name] → Subscriptions → Lumo Plus → Cancel. Here's Apple's page: "
    "https://support.apple.com/en-ie/HT204084",
    "Hi {{first_name}}, could you send us: 1) your order number (starts with LM-) 2) a photo of the damage "
    "3) the address it was delivered to? Thanks! — {{agent_name}}",
    "[Macro] Account deletion (GDPR Art. 17): Hi {{first_name}}, we've received your request. Your account "
    "({{email}}) and photos will be deleted within 30 days. Ref: {{ticket.id}}",
    "{{#if vip}}Priority reprint{{else}}Standard reprint{{/if}} for {{order_id}}",
    "Hi {{first_name}}! 👋 Sorry for the wait — we're getting a lot of messages after the weekend sale. "
    "Your order {{order_id}} was handed to {{carrier}} on {{ship_date}}.",
    "Hej {{förnamn}}, tack för ditt meddelande! Vi har skickat en ny bok till dig.",
    "{{first_name}}, we've applied a {{credit_amount}} credit to your account. It's valid until "
    "{{expiry|date:'%d %b %Y'}}.",
]
REVIEW_REPLIES = [
    "1★ \"the new update deleted all my albums. FIX IT\" → Reply: Hi Sarah, we're so sorry! Your albums are safe in "
    "the cloud — please update to 6.12.1 and pull down to refresh. Still missing? Email help@lumo.app 💛",
    "2★ \"Prints good, app SLOW on my old phone\" → Reply: Thanks for the honest review, Tom! Which phone and app "
    "version? We shipped speed fixes in 6.12 and want to make sure it reaches you.",
    "5★ \"Made a book for my grandad's 90th, he cried 😭❤️\" → Reply: This made our day, thank you for sharing! 🥹",
    "1★ \"Charged 39,99€ without asking!!!\" → Reply: Hallo Jens, das tut uns leid. Das Jahresabo wurde über den "
    "App Store abgeschlossen; eine Erstattung können Sie unter reportaproblem.apple.com anfordern.",
    "3★ \"ok but wish it had A3 posters\" → Reply: Great idea! We've passed it on to the product team 🙌",
    "1★ \"SCAM SCAM SCAM\" → Reply: Hi there, we'd really like to help. Could you email help@lumo.app with your "
    "order number so we can look into it?",
    "4★ \"Ótimo app, mas a entrega para o Brasil demora\" → Resposta: Obrigado, Ana! Estamos trabalhando com um "
    "novo parceiro em São Paulo para agilizar.",
    "2★ \"写真がぼやけて印刷されました\" → 返信: ご不便をおかけして申し訳ありません。"
    "help@lumo.app までご連絡ください。",
]
MOD_NOTES = [
    "Locked: 'Anyone else's Lumo Book arriving with glue marks??' — duplicate of t/4412, pinned our official answer",
    "Banned @crypto_king_88 for spam (3rd strike), 14 posts removed",
    "Moved 'Can we PLEASE get dark mode on web' to #feature-requests (it has 212 votes lol)",
    "Edited out a phone number from a public post in 'Help & Orders' (PII), DM'd the user to explain",
    "Weekly challenge #27 'Golden hour' winners: @sunny_snaps, @Ciarán_shoots, @mika.photo 🏆",
    "Flagged post: user is selling 'Lumo Plus accounts' for $5, removed + banned",
    "Thread 'Is Lumo shutting down?!' — rumour from a TikTok, posted the official reply and locked",
    "New badge 'Bookworm' (10+ books ordered) goes live Thu, copy: \"You've made 10 books! 📚\"",
    "Heads up mods: the word filter catches 'Scunthorpe' again, please approve manually until we fix the list",
    "Spam filter regex for the forum (please review): (?i)\\b(airdrop|whatsapp\\s*\\+?\\d{6,}|t\\.me/\\w+)\\b",
    "Reminder for mods: we don't discuss refunds in public threads. Reply 'I've sent you a DM' and move on 🙏",
    "User @Oma_Gerda asks in German how to add captions, I answered in the thread but our help article is EN only",
    "Pinned: 'Shipping delays to the US Midwest (June 17–21)' in Announcements",
]
TECH = [
    "Zendesk view for the backlog: `type:ticket status<solved tags:refund_dup created>2024-06-14 "
    "-tags:t2_escalated requester:*@hotmail.com`",
    "```\nselect date_trunc('week', created_at) as wk,\n"
    "       count(*) filter (where 'refund' = any(tags)) as refunds,\n"
    "       round(100.0 * avg(csat_score), 1) as csat\nfrom zendesk.tickets\nwhere created_at >= '2024-05-01'\n"
    "group by 1 order by 1 desc;\n```",
    "sheet formula for the dup-charge list: `=IF(COUNTIFS(B:B,B2,D:D,D2)>1,\"DUP\",\"\")` then filter on DUP",
    "`=VLOOKUP(A2,Orders!A:F,6,FALSE)` gives you the ship date, `=NETWORKDAYS(F2,TODAY())` the days since",
    "```\nThread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   Lumo    0x0000000102a4c1e8 "
    "PhotoUploader.resume(_:) + 412\n1   Lumo    0x0000000102a4b0c4 closure #2 in UploadQueue.drain() + 96\n"
    "2   libdispatch.dylib  0x00000001b1e5a13c _dispatch_call_block_and_release + 32\n```",
    "```\nE/AndroidRuntime: FATAL EXCEPTION: main\nProcess: app.lumo.android, PID: 23114\n"
    "java.lang.OutOfMemoryError: Failed to allocate a 48000012 byte allocation with 25165824 free bytes\n"
    "    at android.graphics.BitmapFactory.nativeDecodeStream(Native Method)\n```",
    "deep link to the order screen for the customer: `lumo://order/88213?src=support&open=items`",
    "webhook payload from the carrier for @@O@@:\n```json\n{\"tracking\": \"1Z999AA10123456784\", \"status\": "
    "\"exception\", \"reason\": \"ADDRESS_INCOMPLETE\", \"at\": \"2024-06-16T18:22:04-05:00\"}\n```",
    "```\norder_id,created,amount,currency,status\nLM-24-0611-88213,2024-06-11 14:02:11,34.98,EUR,refunded\n"
    "LM-24-0611-88214,2024-06-11 14:03:09,34.98,EUR,captured\n```",
    "curl for the bulk tag (read-only token pls): `curl -s -u \"$ZD_EMAIL/token:$ZD_TOKEN\" "
    "\"https://lumo.zendesk.com/api/v2/search.json?query=tags%3Awismo+status%3Aopen\" | jq '.count'`",
    "upload error codes: E-4012 = chunk timeout, E-4013 = HEIC decode, E-4099 = quota (Lumo Plus: 50 GB)",
    "the cover font doesn't have U+1E9E (ẞ) or Á with some weights, that's why names show as □□□",
    "Stripe: pi_3PQxLm2eZvKYlo2C1a9b8c7d → ch_3PQxLm2eZvKYlo2C0dF1 → re_3PQxLm2eZvKYlo2C2Xy9 (refunded 14:22)",
    "regex to pull order numbers out of a macro export: `LM-\\d{2}-\\d{4}-\\d{5}`",
    "app log the customer sent:\n```\n[2024-06-16 21:14:02.331] WARN upload.queue retry=3 asset=IMG_4471.HEIC "
    "size=5.2MB err=E-4012 net=cellular(5G) battery=12% lowPower=true\n```",
    "python one-liner to dedupe the export: `python3 -c \"import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); "
    "print(len({x['order_id'] for x in r}))\" export.csv`",
    "Looker filter: `created_date: 7 days ago for 7 days AND queue: \"DE\",\"AT\",\"CH\" AND NOT tags: \"spam\"`",
    "the printer profile is `Lumo_Matte_ISOcoated_v2.icc`, the phone shows Display P3, hence the 'too dark' tickets",
]
LONG_MESSAGES = [
    "Handover Cebu → Dublin (Mon 17/06):\n• 412 open (87 WISMO, 64 refunds, 31 app bugs, rest misc)\n• @@T@@ and "
    "@@T@@ need T2 (possible account takeover)\n• Apple Pay dup charges: script ran at 05:40 PHT, 212 reversed, "
    "9 failed → sheet @@L@@\n• DE queue SLA at risk, pls prioritise 🙏\n• Forum: spam wave handled, thread locked\n"
    "Have a good shift! ☀️",
    "Forwarded from the customer:\n> From: @@NAME@@ &lt;@@EMAIL@@&gt;\n> Sent: Sunday, June 16, 2024 11:47 PM\n"
    "> Subject: RE: Your Lumo order @@O@@ [#@@N@@@@N@@]\n>\n> I have now written FOUR times. The book was a gift "
    "for my daughter's wedding on the 22nd. If it does not arrive by Friday I want my money back AND I will be "
    "posting about this everywhere.\n> Regards\n\nI checked: it's at the Memphis hub since Thu, weather delays. "
    "Can we upgrade to express?",
    "Weekly numbers (10–16 June):\n```\nqueue    tickets  FRT p50  CSAT   SLA\nEN        612     2h40m   93.1%  "
    "97%\nDE        241     6h05m   88.0%  89%\nPT-BR     180     3h10m   94.6%  96%\nJP/KR     102     1h55m   "
    "96.2%  99%\nFR/ES     149     4h30m   91.0%  93%\n```\nPromo weekend = +16.5% volume. Thanks all 💪",
    "Draft for the status page, please check tone:\n\n*Delays to orders shipping to the US Midwest*\nSevere "
    "storms around Memphis and Louisville are delaying parcels by 2–4 days. Your order is safe and on its way — "
    "you don't need to do anything. If it's a time-sensitive gift, reply to your order e-mail and we'll see what we "
    "can do. _Updated 17 Jun 2024, 09:30 IST_",
    "Postmortem notes from the Apple Pay thing (blameless!):\n1. 13:55 UTC deploy of payments-svc 4.18.0\n2. retry "
    "on timeout wasn't idempotent → second capture\n3. 14:20 rollback\n4. 212 customers, avg €34.98\nAction items: "
    "idempotency key on retries (PAY-311), alert on capture/order ratio > 1.02 (PAY-312), macro for support ✅",
    "Can we agree on how we write dates in macros? I've seen 06/07/2024 meaning both 6 July and June 7 😵 Proposal: "
    "'7 June 2024' in EN, '7. Juni 2024' in DE, '7 de junho de 2024' in PT, '2024年6月7日' in JP. Objections by Fri?",
    "Customer story of the day 💛 @@NAME@@ ordered a book of her late husband's photos, half the pages came out "
    "blurry because they were scanned at 72 dpi. @@M@@ spent 40 minutes on a call walking her through rescanning "
    "at 600 dpi, then we reprinted for free. She sent us a card with a pressed flower. Who's cutting onions.",
]
BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "Weather @@P@@ pls", "wether @@P@@",
                "weather @@P@@ tomorrow?", "is it storming in @@P@@", "weather at the @@P@@ hub??",
                "remember location @@P@@", "remember location @@P@@", "remember location", "my location",
                "forget location", "help", "HELP", "help pls", "?", "config", "config timezone @@TZ@@",
                "config tz @@TZ@@", "config alert_time @@HM@@", "config alert_time 7:30am", "config units metric",
                "config units imperial", "alerts on", "alerts off", "alerts on pls 🙏", "login", "forget me",
                "hi", "hey jeeves 👋", "thanks!", "danke", "obrigada 💚", "what can you do", "weather 東京",
                "weather St. John's, NL", "weather Coeur d'Alene", "remember location Bielsko-Biała",
                "weather for the customer in Łódź (order LM-24-0611-88213)"]


class SupportFloor(WebApp):
    prefix = "evaluation_tenth-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, "lUmOvErIfIcAtIoNtOkEn01", BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (-600, 40000), (0, 40000)
    kid_first, kid_bytes, context_bytes = True, 16, 33
    enterprise, enterprise_install, ext_shared_rate = ENTERPRISE, True, 0.05
    oauth_scopes = ("read", "read write", "write read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(160):
            first, last = self.pick(AGENT_FIRST), self.pick(AGENT_LAST)
            plain_first = first.encode("ascii", "ignore").decode().lower().replace(" ", "").replace(".", "")
            plain_last = (last.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
                          .replace(".", ""))
            handle = f"{plain_first or 'agent'}.{plain_last or 'x'}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": handle + (str(i) if i % 9 == 0 else ""),
                                "email": f"{handle}@lumo.app", "tz": self.pick(TIMEZONES)})

    # ---- small pieces ----------------------------------------------------------------------------------
    def pick_team(self) -> tuple[str, str]:
        result: tuple[str, str] = self.pick(TEAMS)
        return result

    def hhmm(self) -> str:
        return f"{self.pick([6, 7, 7, 8, 8, 9, 12, 13, 17, 22]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def order_no(self) -> str:
        return self.pick([f"LM-24-06{self.rng.randint(1, 16):02d}-{self.rng.randint(10000, 99999)}",
                          f"#{self.rng.randint(100000, 999999)}", f"LM{self.rng.randint(10**7, 10**8)}",
                          f"{self.rng.randint(1000, 9999)}-{self.pick(['FR', 'DE', 'PT', 'IE', 'JP'])}"])

    def amount(self) -> str:
        cents = self.rng.randint(499, 15999)
        return self.pick([f"€{cents // 100},{cents % 100:02d}", f"${cents // 100}.{cents % 100:02d}",
                          f"{cents // 100},{cents % 100:02d} €", f"£{cents // 100}.{cents % 100:02d}",
                          f"¥{cents * 10:,}", f"R$ {cents // 100},{cents % 100:02d}", f"{cents / 100:.2f} EUR"])

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; inside Slack text, escaped and with Slack's <...> markup."""
        esc = slack_escape if slack else (lambda s: s)
        out = esc(text)
        subs: dict[str, Any] = {
            "@@Q@@": lambda: esc(self.fill(self.pick(CUSTOMER_QUOTES), slack=False)),
            "@@S@@": lambda: esc(self.pick(SCREENSHOTS)),
            "@@M@@": lambda: f"<@{self.pick(self.people)['id']}>" if slack else "@" + self.pick(self.people)["handle"],
            "@@G@@": lambda: (lambda g: f"<!subteam^{g[0]}|@{g[1]}>" if slack else "@" + g[1])(self.pick(GROUPS)),
            "@@L@@": lambda: (lambda u: f"<{esc(u)}{self.pick(['', '', '|link', '|ticket', '|sheet'])}>"
                              if slack else u)(self.pick(LINKS)),
            "@@C@@": lambda: (lambda c: f"<#{c[0]}|{c[1]}>" if slack else "#" + c[1])(self.pick(CHANNELS)),
            "@@T@@": lambda: (lambda n: f"<https://lumo.zendesk.com/agent/tickets/{n}|#{n}>" if slack else f"#{n}")(
                self.rng.randint(470000, 489999)),
            "@@O@@": self.order_no,
            "@@P@@": lambda: esc(self.pick(PLACES)),
            "@@N@@": lambda: str(self.rng.randint(1, 99)),
            "@@NAME@@": lambda: esc(self.pick(CUSTOMER_NAMES)),
            "@@EMAIL@@": lambda: (lambda e: f"<mailto:{e}|{e}>" if slack else e)(self.pick(CUSTOMER_EMAILS)),
            "@@PHONE@@": lambda: self.pick(PHONES),
            "@@AMT@@": self.amount,
            "@@HANDLE@@": lambda: "@" + self.pick(["mika.photo", "Oma_Gerda", "sunny_snaps", "dad-jokes-and-dogs",
                                                   "Ciarán_shoots", "kev1987"]),
            "@@TZ@@": lambda: self.pick(TIMEZONES),
            "@@HM@@": self.hhmm,
            "@@DEV@@": lambda: self.pick(DEVICES),
        }
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def quote(self) -> str:
        """A customer's words, verbatim, unescaped."""
        return self.fill(self.pick(CUSTOMER_QUOTES), slack=False)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "@@G@@ ", "hey @@M@@ ", "<!here> "]) + text
        elif roll < 0.62:
            text = self.pick(["", "v2 of the macro: ", "pls review 👇\n", "draft:\n", "fixed the typo:\n"]) + \
                self.pick(MACROS)
        elif roll < 0.7:
            text = self.pick(REVIEW_REPLIES)
        elif roll < 0.78:
            text = self.pick(MOD_NOTES)
        elif roll < 0.9:
            text = self.pick(["", "", "fyi ", "for the bug ticket: ", "@@M@@ ", "any idea? "]) + self.pick(TECH)
        elif roll < 0.95:
            text = self.pick(LONG_MESSAGES)
        else:
            text = f"{self.pick(CUSTOMER_NAMES)} — {self.pick(ADDRESSES)} — {self.pick(PHONES)}: " + self.pick(
                ["address correction, pls update before it ships", "customer confirmed this address by phone",
                 "reship here instead", "this is the gift recipient, not the buyer"])
        out = self.fill(text.replace("<!here>", "\x01"))
        return out.replace("\x01", "<!here>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack events ----------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for i, line in enumerate(raw.split("\n")):
            if i:
                elements.append({"type": "text", "text": "\n"})
            if line:
                elements.append({"type": "text", "text": line, **({"style": {"bold": True}} if self.chance(0.05)
                                                                  else {})})
        return [{"type": "rich_text", "block_id": self.token(4)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, text: str, channel: str, channel_type: str, team: str,
                mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "user": self.pick(self.people)["id"],
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": team,
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.7):
            event["blocks"] = self.blocks(text)
        return event

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events",
                "body": json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.2)),
                "headers": self.slack_headers("application/json")}

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "lUmOvErIfIcAtIoNtOkEn01", "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(
            self.message(self.chat_text(), cid, "channel", team), team))

    def slack_thread(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        text = self.pick(["+1", "done ✅", "refunded", "on it", "taking this one", "same here 😩", "ty!!",
                          "customer replied: \"@@Q@@\"", "merged into @@T@@", "@@M@@ ^", "I'll call them",
                          "escalated to @@G@@", "reprint approved", "can't find the order under that email, "
                          "tried @@EMAIL@@ too", "nope, still 'Preparing'", "@@S@@", "macro sent, set to pending"])
        event = self.message(self.fill(text), cid, "channel", team)
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event, team))

    def slack_mention(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}> can you tell us "]) + \
                self.chat_text()
        event = self.message(text, cid, "channel", team, mention=True)
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
        return self.record("slack-mention", "json", self.event_request(event, team))

    def slack_dm(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        text = self.command_text() if self.chance(0.8) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message(text, self.sid("D0", 9), "im", team),
                                                                  team))

    def slack_edit(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel", team)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong order no.)", " *", " — nvm, sorted", " ✅"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event, team))

    def slack_delete(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.fill(self.pick(["oops wrong channel", "customer's full card number was here, "
                                                "deleted", "@@NAME@@ @@PHONE@@", "ignore"])), cid, "channel", team)
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "channel": cid,
                 "deleted_ts": old["ts"], "previous_message": old, "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "channel"}
        return self.record("slack-delete", "json", self.event_request(event, team))

    def slack_bot_post(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(470000, 489999)
        source = self.pick(["zendesk", "appfollow", "stripe", "statuspage", "jira", "circle"])
        stars = self.rng.randint(1, 5)
        texts = {
            "zendesk": f"*Ticket #{n}* escalated to T2 by {self.pick(self.people)['name']}\n*Subject:* "
                       f"{slack_escape(self.quote()[:70])}\n<https://lumo.zendesk.com/agent/tickets/"
                       f"{n}|Open in Zendesk>",
            "appfollow": f"{'★' * stars}{'☆' * (5 - stars)} *New review* on {self.pick(['App Store', 'Google Play'])} "
                         f"({self.pick(['IE', 'US', 'DE', 'BR', 'JP', 'PL'])}), v6.12.{self.rng.randint(0, 1)}\n"
                         f"&gt; {slack_escape(self.quote())}",
            "stripe": f":moneybag: Refund *re_3P{self.token(9)[:12]}* for {self.amount()} succeeded "
                      f"(<https://dashboard.stripe.com/refunds/re_3P{self.hexs(10)}|view>)",
            "statuspage": "*[Investigating]* Delayed uploads for some Android users — "
                          "<https://status.lumo.app/incidents/k7y2m|status.lumo.app>",
            "jira": f"<https://lumo.atlassian.net/browse/APP-{n % 9000}|APP-{n % 9000}> created by support: "
                    f"\"Upload stuck at 99% (E-4012) on Android 14 / Pixel 7\"",
            "circle": f"New flagged post in *Help &amp; Orders*: \"{slack_escape(self.quote()[:90])}\" "
                      f"(<https://circle.lumo.app/t/{n % 5000}|view>)",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:60], "color": self.pick(["#36a64f", "#e01e5a", "439FE0"]),
                                  "footer": source.title(), "ts": EPOCH + n % 9000}]}
        return self.record("slack-botmsg", "json", self.event_request(event, team))

    def slack_file(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["IMG_4471.HEIC", "Screenshot_20240616-214402_Lumo.jpg",
                          "Screenshot 2024-06-17 at 09.12.44.png",
                          "WhatsApp Image 2024-06-16 at 18.22.04.jpeg", "refunds_dup_charge (1).csv",
                          "Macro-Übersicht DE.xlsx", "cover-font-bug — Á.png", "handover 17.06.docx",
                          "ScreenRecording_06-16-2024 21-14-02_1.MP4", "Lumo CSAT Q2 final FINAL v3.pdf"])
        event = self.message(self.fill(self.pick(["", "screenshot from the customer 👆", "@@S@@",
                                                  "for @@T@@", "the export, as promised"])), cid, "channel", team)
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH, "name": name, "title": name,
                           "mimetype": self.pick(["image/heic", "image/png", "image/jpeg", "text/csv", "video/mp4",
                                                  "application/pdf"]),
                           "filetype": name.rsplit(".", 1)[-1].lower(), "pretty_type": name.rsplit(".", 1)[-1].upper(),
                           "user": event["user"], "size": self.rng.randint(8000, 48_000_000), "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/{urllib.parse.quote(name)}",
                           "url_private_download": f"https://files.slack.com/files-pri/{team}-{fid}/download/"
                                                   f"{urllib.parse.quote(name)}",
                           "permalink": f"https://{domain}.slack.com/files/{event['user']}/{fid}/"
                                        f"{urllib.parse.quote(name.lower().replace(' ', '_'))}"}]
        event["upload"] = True
        return self.record("slack-file", "json", self.event_request(event, team))

    def slack_unfurl(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        links = [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u}
                 for u in self.rng.sample(LINKS, self.rng.randint(1, 3))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.hexs(10)}.{self.ts()}", "thread_ts": None,
                 "source": self.pick(["conversations_history", "composer"]), "links": links, "event_ts": self.ts()}
        if self.chance(0.5):
            msg = self.message(self.chat_text(), cid, "channel", team)
            msg["attachments"] = [{"from_url": links[0]["url"], "service_name": links[0]["domain"],
                                   "title": self.pick(["Ticket #482137: Charged twice!!", "Lumo on the App Store",
                                                       "Glue marks on the spine — Lumo Circle", "APP-7781"]),
                                   "text": self.quote()[:120], "original_url": links[0]["url"],
                                   "service_icon": "https://a.slack-edge.com/80588/img/unfurl_icons/zendesk.png"}]
            msg["subtype"] = "message_changed" if self.chance(0.3) else msg.get("subtype", "")
            if not msg["subtype"]:
                del msg["subtype"]
            event = msg
        return self.record("slack-unfurl", "json", self.event_request(event, team))

    def slack_reaction(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "pray", "+1", "heart", "tada", "ticket",
                                        "lumo-heart", "skin-tone-4", "raised_hands::skin-tone-3", "100", "sob"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()},
                 "item_user": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event, team))

    def slack_channel(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.5:
            event: dict[str, Any] = {"type": "member_joined_channel", "user": self.pick(self.people)["id"],
                                     "channel": cid, "channel_type": "C", "team": team, "inviter": BOT_USER,
                                     "event_ts": self.ts()}
        else:
            topic = self.pick(["Refunds > €100 need a lead ✅ | macro index: https://lumo.zendesk.com/hc/macros",
                               "WISMO 📦 carrier delays US Midwest 17–21 June", "Circle mods 🛡️ — be kind, be quick",
                               "Fila PT-BR 🇧🇷 horário 09h–18h BRT", "JP/KR 🇯🇵🇰🇷 — 日本語・한국어 OK"])
            ts = self.ts()
            event = {"type": "message", "subtype": "channel_topic", "user": self.pick(self.people)["id"],
                     "text": f"set the channel topic: {slack_escape(topic)}", "topic": slack_escape(topic),
                     "channel": cid, "ts": ts, "event_ts": ts, "channel_type": "channel"}
        return self.record("slack-channel", "json", self.event_request(event, team))

    def slack_home(self) -> dict[str, Any]:
        team, _ = self.pick_team()
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "state": {"values": {}}, "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.record("slack-home", "json", self.event_request(event, team))

    # ---- Slack forms -------------------------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5 + [(self.sid("G0", 9),
                                                                                            "privategroup")])
        fields = [("token", "lUmOvErIfIcAtIoNtOkEn01"), ("team_id", team), ("team_domain", domain),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Lumo"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "true"), ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.3),
                                                              separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def base_payload(self, kind: str, team: str, domain: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": team},
                "api_app_id": APP_ID, "token": "lUmOvErIfIcAtIoNtOkEn01", "trigger_id": self.trigger(),
                "team": {"id": team, "domain": domain, "enterprise_id": ENTERPRISE, "enterprise_name": "Lumo"},
                "enterprise": {"id": ENTERPRISE, "name": "Lumo"}, "is_enterprise_install": True}

    def button_click(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": f"Set {place} as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "-",
                      "type": "button", "style": "danger", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "-",
                      "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}
        payload = self.base_payload("block_actions", team, domain)
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": self.chance(0.7)},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", team), "actions": [action]})
        return self.interaction("interaction-button", payload)

    def modal_submit(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        payload = self.base_payload("view_submission", team, domain)
        reason = self.pick(["duplicate_charge", "damaged", "not_received", "quality", "goodwill", "subscription"])
        note = self.fill(self.pick(["customer says: \"@@Q@@\"", "@@S@@", "approved by @@M@@ on the call",
                                    "reprint + €10 credit, see @@T@@", "Kunde sehr verärgert, bitte schnell 🙏",
                                    "Ship to: @@NAME@@, " + self.pick(ADDRESSES)]), slack=False)
        values = {
            "order": {"order_input": {"type": "plain_text_input", "value": self.order_no()}},
            "amount": {"amount_input": {"type": "plain_text_input", "value": self.amount()}},
            "reason": {"reason_select": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": reason.replace("_", " ").title(), "emoji": True},
                "value": reason}}},
            "note": {"note_input": {"type": "plain_text_input", "value": note}},
            "notify": {"notify_users": {"type": "multi_users_select",
                                        "selected_users": [self.pick(self.people)["id"] for _ in range(2)]}},
            "due": {"due_date": {"type": "datepicker", "selected_date": f"2024-06-{self.rng.randint(17, 28)}"}},
        }
        payload["view"] = {"id": self.sid("V0", 9), "team_id": team, "type": "modal", "callback_id": "log_refund",
                           "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "ticket":
                                                           self.rng.randint(470000, 489999)}),
                           "title": {"type": "plain_text", "text": "Log a refund"},
                           "submit": {"type": "plain_text", "text": "Log it"}, "blocks": [],
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}", "app_id": APP_ID,
                           "root_view_id": self.sid("V0", 9), "previous_view_id": None}
        payload["response_urls"] = []
        return self.interaction("interaction-modal", payload)

    def shortcut(self) -> dict[str, Any]:
        team, domain = self.pick_team()
        cid, cname = self.pick(CHANNELS)
        payload = self.base_payload("message_action", team, domain)
        text = self.chat_text()
        payload.update({"callback_id": self.pick(["create_ticket", "translate_message", "flag_for_lead"]),
                        "action_ts": self.ts(), "message_ts": self.ts(), "channel": {"id": cid, "name": cname},
                        "message": {"type": "message", "user": self.pick(self.people)["id"], "ts": self.ts(),
                                    "text": text, "client_msg_id": self.uuid()},
                        "response_url": self.hook("app", team)})
        return self.interaction("interaction-shortcut", payload)

    # ---- the data API ------------------------------------------------------------------------------------
    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["lumo-zd-sync/1.4.2 (+https://lumo.app) python-requests/2.32.3", "python-requests/2.31.0",
                        "Looker/24.8.33 (data action)", "curl/8.6.0", "curl/7.81.0", "PostmanRuntime/7.39.0",
                        "node-fetch/3.3.2", "axios/1.7.2", "Go-http-client/2.0", "GitHub-Hookshot/0a1b2c3",
                        "wfm-exporter/0.9 (Ruby/3.3.1; Faraday 2.9.0)", "Retool/2.0 (+https://retool.com)",
                        "HTTPie/3.2.2", "okhttp/4.12.0"])
        client = self.pick(["zd-sync", "looker-dash", "ci-support-tools", "wfm-export", "circle-bot", "retool-admin"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "br"])
        if self.chance(0.3):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,lumo={self.hexs(8)}"
        if self.chance(0.15):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        if self.chance(0.12):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=zd-sync%401.4.2,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"zd-sync.{self.hexs(12)}"])
        if "GitHub" in ua or "ci" in client:
            h["X-GitHub-Run"] = f"lumo/support-tools#{self.rng.randint(1000, 9999)}"
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "250", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 500, 1000]))))
            if self.chance(0.35):
                params.append(("team_id", self.pick(TEAMS)[0]))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0"])))
            if self.chance(0.25):
                params.append(("alerts", self.pick(["on", "off", "true"])))
            self.rng.shuffle(params)
            return self.record("api-users", "query", {"method": "GET", "uri": "/api/users?" +
                                                      urllib.parse.urlencode(params), "body": "", "headers": h})
        if roll < 0.48:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 400)}", h))
        if roll < 0.66:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.hhmm, 0.5)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.2)}
            else:
                doc = {"is_admin": self.chance(0.3)}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {"method": "PATCH",
                                                          "uri": f"/api/users/{self.rng.randint(1, 400)}",
                                                          "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                                          "headers": h})
        if roll < 0.8:
            day = self.rng.randint(1, 16)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T08:00:00+01:00",
                               f"2024-06-{day:02d}", f"2024-06-{day:02d}T00:00:00.000+08:00",
                               f"2024-05-{day + 10:02d} 09:30:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-17T07:00:00Z", "2024-06-16T23:59:59+01:00",
                                                   "2024-06-17"])))
            return self.record("api-stats", "query", {"method": "GET", "uri": "/api/usage/stats?" +
                                                      urllib.parse.urlencode(params), "body": "", "headers": h})
        if roll < 0.88:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.96:
            action = self.pick(["weather", "remember location", "my location", "forget location", "alerts", "config",
                                "login", "forget me", "help"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAMS[0][0], TEAMS[3][0], TEAMS[4][0], "*"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT",
                                                          "uri": "/api/switches/" + urllib.parse.quote(action),
                                                          "body": json.dumps(doc), "headers": h})
        return self.openapi()

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Swagger-UI", "PostmanRuntime/7.39.0",
                                      "Insomnia/2023.5.8"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ----------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.2535.92",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.6478.71 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack_SSB/24.06.10.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
            "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-IE,en-GB;q=0.9,en;q=0.8", "pt-PT,pt;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "pl-PL,pl;q=0.9,en-US;q=0.8", "fil-PH,fil;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "en-US,en;q=0.9", "de-AT,de;q=0.9,en;q=0.6", "ga-IE,ga;q=0.9,en-IE;q=0.8",
                                           "ja-JP,ja;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8", "es-419,es;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1",
             "Upgrade-Insecure-Requests": "1"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="126", "{brand}";v="126"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"Chrome OS"' if "CrOS" in ua else '"macOS"')
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.08):
            h["DNT"] = "1"
        if self.chance(0.05):
            h["Sec-GPC"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(1, 80)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            extra.append(("ajs_anonymous_id", urllib.parse.quote(f'"{self.uuid()}"')))
        if self.chance(0.1):
            extra.append(("lumo_lang", self.pick(["en-IE", "pt-PT", "pl", "fil", "ja"])))
        if self.chance(0.1):
            extra.append(("OptanonConsent", urllib.parse.quote(
                f"isGpcEnabled=0&datestamp=Mon Jun 17 2024 09:14:02 GMT+0100 (Irish Standard Time)&version=202405.1.0"
                f"&groups=C0001:1,C0002:{self.pick('01')},C0004:0", safe="=&:,")))
        return self.cookie_header(pairs, extra)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.3:
            q = self.pick([self.pick(CUSTOMER_NAMES), self.pick(self.people)["name"], self.pick(self.people)["email"],
                           self.pick(self.people)["id"], self.pick(TEAMS)[0], "o'connor", "Ní Bhriain", "@lumo.app",
                           "+lumo", "gonçalves", "Wójcik", "dela cruz", "St. Pierre", "D'Amico", "U0", "  kev  ",
                           "mary-kate", "siobhán", "李", "김", "Ольга", "jean-luc d'amico", "support+cebu@lumo.app"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 6)))] if self.chance(0.2) else [])
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            q = self.pick(["", "o'connor", "Wójcik", "@lumo.app", "cebu"])
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", q)]), True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                      ("page", str(self.rng.randint(1, 3)))]
            uri = f"/admin/users/{self.rng.randint(1, 400)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin-user-edit", "form", self.form_request(uri, h, fields))
        if roll < 0.52:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember location", "alerts", "config",
                                                                   "login", "forget me", "my location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAMS[3][0], "t05lumoeu0"]))]
            if self.chance(0.2):
                fields = [("csrf_token", csrf), ("action", "weather"), ("team_id", TEAMS[4][0])]
                return self.record("admin-switch-remove", "form", self.form_request("/admin/features/remove", h,
                                                                                    fields))
            return self.record("admin-switch", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.6:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            cid = self.pick(["zd-sync", "looker-dash", "ci-support-tools", "wfm-export", "circle-bot", "retool-admin"])
            sub = self.rng.random()
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", self.pick([cid, "cebu-qa-dashboard", "appfollow.bridge",
                                                                         "krk:wfm-forecast"])),
                          ("description", self.pick(["Zendesk → Jeeves user sync (owner: support-ops, runs */15)",
                                                     "Looker: agents' weather alert adoption, read-only",
                                                     "WFM forecast export — Kraków hub, 06:00 CEST daily",
                                                     "Retool admin for T2 leads (Siobhán's team)",
                                                     "Circle bot: posts 'shipping delays' banners when storms hit",
                                                     ""])), ("scopes", "read")]
                if self.chance(0.3):
                    fields.append(("scopes", "write"))
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            action = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client-action", "form", {"method": "POST",
                                                               "uri": f"/admin/clients/{cid}/{action}", "headers": h,
                                                               "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        if roll < 0.7:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(["user.active", "user.admin", "login", "login.failed", "feature.set",
                                       "client.rotate", "forget_me", "siobhan.oconnor-reilly", "2024-06-16",
                                       "T04LUMOCMT", "map_slack", "totp"]))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(2, 9))))
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.84:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway",
                              "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=o%27connor&page=1",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/users?page=3", "/admin/static/admin.css"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.91:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!?#%&*+=@:;,~^"
            password = "".join(self.pick(chars) for _ in range(self.rng.randint(14, 30)))
            if self.chance(0.3):  # passphrases people actually pick
                password = self.pick(["correct horse battery staple 42", "Cebu-Sunset-Mango-2024!",
                                      "mo ghrá thú, a Bhaile Átha Cliath", "Lisboa#Pastel#De#Nata#7"])
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/audit?q=login"])),
                      ("username", self.pick(["admin", "siobhan.ocr", "support-ops", "lead.cebu", "m.wojcik"])),
                      ("password", password), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                                                  f"{self.rng.randint(0, 999):03d} "
                                                                  f"{self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.95:
            h = self.browser_headers("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["siobhan.ocr", "lead.cebu", "m.wojcik"])),
                      ("team_id", self.pick(TEAMS)[0]), ("user_id", self.pick(self.people)["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        h = self.browser_headers("/admin/account", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([("/admin/logout", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/start", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/confirm", [("csrf_token", csrf), ("pending", self.token(20)),
                                                                  ("totp", f"{self.rng.randint(0, 999999):06d}")])])
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.form_boundary("webkit" if self.chance(0.6) else "firefox")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?utm_source=slack&utm_medium=app_home"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/plain,*/*"
                h["Sec-Fetch-Dest"] = "empty"
            return self.record("me-page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            place = self.pick(PLACES + ADDRESSES[:6])
            fields = [("csrf_token", csrf), ("place", place)]
            uri, kind = "/me/location", "me-location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])), ("alert_time", self.hhmm()),
                      ("timezone", self.pick(TIMEZONES))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            uri, kind = "/me/settings", "me-settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        if self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                          "headers": h})

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://lumo.slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", self.oidc_code()), ("state", state)]
            if self.chance(0.1):
                params = [("error", "access_denied"), ("error_description", "The user denied the request"),
                          ("state", state)]
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                          "uri": "/auth/slack/callback?" +
                                                                 urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.72:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata --------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["zd-sync", "looker-dash", "ci-support-tools", "wfm-export", "circle-bot", "retool-admin"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.6.0", "Go-http-client/2.0", "axios/1.7.2",
                                      "Faraday v2.9.0", "Apache-HttpClient/5.3 (Java/21.0.3)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.78:
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                            "body": urllib.parse.urlencode(
                                                                [("token", token),
                                                                 ("token_type_hint", "access_token")])})
        if roll < 0.88:
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        del h["Authorization"]
        return self.record("verify-token", "form", self.verify_request(h, token, 0.5))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "ELB-HealthChecker/2.0", "Datadog/Synthetics",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Better Stack Uptime Bot Mozilla/5.0", "curl/8.6.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Datadog" in ua:
                h["x-datadog-origin"] = "synthetics"
                h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**18))
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "jwks-rsa/3.1.0 (node)", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.2"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.88:
            h = {"User-Agent": self.pick(["Authlib/1.3.1 (+https://authlib.org/)", "curl/8.6.0", "oauth4webapi/2.10"]),
                 "Accept": "application/json"}
            return self.record("health-oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                                   "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 270), ("slack_thread", 80), ("slack_mention", 115), ("slack_dm", 100), ("slack_edit", 25),
    ("slack_delete", 10), ("slack_bot_post", 40), ("slack_file", 25), ("slack_unfurl", 20), ("slack_reaction", 35),
    ("slack_channel", 12), ("slack_home", 25), ("slash_command", 260), ("button_click", 85), ("modal_submit", 30),
    ("shortcut", 15), ("api", 225), ("admin", 115), ("me", 75), ("sign_in", 48), ("tokendealer", 60),
    ("health", 42),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The Monday after the promo weekend, in the order it happens (kinds interleaved)."""
    return planned(SupportFloor(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
