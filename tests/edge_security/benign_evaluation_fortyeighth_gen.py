"""Benign evaluation set (fortyeighth): a SaaS company's customer-support team through the edge, benign only.

The company is Tidewell, an online booking, scheduling and invoicing service for small businesses (salons,
clinics, tutors, driving schools) with support hubs in Dublin, Austin, Kraków, Manila and São Paulo and a
reseller's support desk in Tokyo on a Slack workspace of its own. Its agents, team leads, billing specialists
and support engineers use Jeeves to check the weather before shifts, commutes and on-site visits, and they talk
to it and around it the way they work: ticket and Jira numbers, Zendesk macros with {{ticket.requester.name}}
placeholders (and the odd Liquid `{% if %}`), customers' error messages and stack traces pasted as they came,
app and help-centre URLs with long query strings, browser, OS and app versions, refunds, plan names and
prices in many currencies, CSAT and NPS scores, in English, Spanish, Portuguese, Polish, Tagalog, Japanese,
German, French and more, with emoji, abbreviations and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/,
tokendealer/ and README.md were read for that): Slack's Events API (url_verification, app_mention,
message.im and what that subscription delivers: threads, edits, deletions, file shares, link unfurls and
Jeeves' own replies, app_home_opened), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons
(set_location, forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch,
usage stats, switches), the admin panel's pages and forms with csrf_token, `/me/` and its forms, Sign in with
Slack and the bot's one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message,
SlackApp.slack_request, SlackApp.token_grant, SlackApp.inner, SlackApp.maybe_append, SlackApp.hook,
SlackApp.trigger, WebApp.me_exit_form, WebApp.signed_in, WebApp.oidc_params, WebApp.link_preview and
WebApp.oidc_callback from the shared modules.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY, file_urls
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortyeighth"
SEED = 48_2024_0912
EPOCH = 1726131600  # 2024-09-12 09:00 UTC, a Thursday: Manila's afternoon shift, Dublin's morning, Austin waking
TEAM, TEAM_DOMAIN = "T03TIDEWEL", "tidewell-support"
PARTNER_TEAM, PARTNER_DOMAIN = "T06TWJPRSL", "tidewell-jp-partner"  # the Tokyo reseller's own workspace
APP_ID, BOT_USER, BOT_ID = "A05JVS8TWL", "U05JEEVES7", "B05JEEVES3"
VERIFY_TOKEN = "q3LxT8vNw2ZrHc6YpKd9FsBm"
HOST = "jeeves.tidewell.io"
BASE = f"https://{HOST}"

FIRST = ["Aoife", "Diarmuid", "Marisol", "Jun", "Katarzyna", "Paweł", "Joana", "João Pedro", "Maricel", "Rhea",
         "Emeka", "Yusuf", "Sofía", "Hana", "Anneliese", "Rodrigo", "Chiara", "Dmytro", "Priya", "Kenji", "Fatima",
         "Bilal", "Léa", "Tomás", "Ji-woo", "Ayşe", "Olamide", "Mateus", "Krzysztof", "Siddharth", "Eun-ji",
         "Grete", "Nadia", "Conor", "Ximena", "Thủy", "Niamh", "Jean-Luc", "Kristel", "Bartosz", "Luana", "Rafael",
         "Mary Grace", "Zoë", "Tadhg", "Małgosia", "Shun", "Wanjiru", "Åsa", "Ngozi"]
LAST = ["Ó Briain", "Kowalczyk", "dos Santos", "Dela Cruz", "Bautista", "Nwosu", "Yılmaz", "Haddad", "Tanaka",
        "Park", "Fernández-Ruiz", "Wiśniewska", "MacAuley", "van den Berg", "Pereira", "Mendoza", "Reyes",
        "Okafor", "Kovalenko", "Zhou", "Sato", "Ben Ami", "Nakashima", "D'Angelo", "O'Shea", "Lindgren", "Trần",
        "Nguyễn", "Mac Giolla Bhríde", "Szymańska", "Santos-Lim", "Oyelowo", "Castellanos", "Abdi", "Fitzpatrick",
        "da Silva Neto", "Schmitt", "Gallagher", "Villanueva", "Ishikawa"]
CUSTOMERS = ["Glow & Co Hair Studio", "Dr. Mbatha's Physio Clinic", "Ms. Ortega (Ortega Tutoring)",
             "Kinder-Yoga Müller GbR", "Smile Dental Care Pty Ltd", "山田整骨院", "Salon Élégance (Montréal)",
             "O'Reilly's Driving School", "Clínica Vida Plena", "Studio Pilates Kraków sp. z o.o.", "Barber & Blade",
             "Happy Paws Grooming", "Ana Luísa (Estúdio Luz)", "Mr. Kwabena Asante", "Coach María-José",
             "Zen Den Massage", "Blooming Minds Therapy, LLC", "Phở Sài Gòn Catering", "Dr. Ilse van der Meer",
             "Nail Bar 24/7", "The Tutor Hub (tutorhub.ph)", "Fisioterapia São Bento Ltda.", "Kids' Swim Academy",
             "Gabinet Kosmetyczny Róża", "Mrs. Dorothy O'Connell", "Beauté d'Amélie", "Dr. Tanaka Dental (田中歯科)",
             "Sunrise Yoga — Cebu", "Ink & Iron Tattoo", "Lic. Gabriela Sánchez Nutrición"]
TICKETS = ["#204817", "ticket 198455", "ZD-211093", "#209902", "#207731", "#212004", "#199870", "#210336",
           "ticket #211458", "#208015 (merged into #208011)", "#213377", "ZD #206642", "tkt 210912", "#211990"]
JIRA = ["TW-4471", "ENG-8812", "SUP-3310", "BILL-207", "MOB-1195", "INC-2024-071", "TW-4502", "ENG-8839",
        "SYNC-388", "WEB-2210"]
PLANS = ["Solo ($15/mo)", "Team ($39/mo)", "Business ($89/mo)", "Enterprise (annual, 40 seats)", "Team annual "
         "($390/yr)", "Business + SMS pack (2,000 credits)", "Solo → Team upgrade", "Business (legacy 2021 pricing)",
         "Team, 6 seats @ $8/seat", "free trial (day 12 of 14)", "Enterprise w/ white-label", "Starter (grandfathered)"]
MONEY = ["$39.00", "$468.00", "€45,00", "€1.068,00", "£39 + VAT", "R$ 249,90", "¥6,800", "PLN 199 zł", "A$59",
         "C$52.50", "₱2,199", "$8/seat", "US$ 1,068", "€89 excl. VAT", "$12.67 (prorated)", "MXN $899", "£312.00",
         "₹3,499", "CHF 95.–", "$0.04/SMS"]
REFUNDS = ["full refund $468.00 (annual, day 9)", "prorated refund of $27.30", "refund €45,00 to the card ending "
           "4242", "partial refund 50% = R$ 124,95", "credit note CN-2024-0311 for £39",
           "refund declined: past 30 days",
           "goodwill credit $20 on next invoice", "refund of 3 duplicate charges ($39 × 3 = $117)",
           "chargeback opened (dp_1Pz…), reason: product_not_received", "refund ¥6,800 via Stripe, ~5–10 days",
           "refund issued ✅ (re_3PqX…)", "SMS credits refunded: 1,250 unused"]
CSAT = ["CSAT 94.2% this week (n=1,208)", "CSAT dipped to 87% 😬", "4/5 ⭐", "★★★★☆", "NPS +41 (Q3)",
        "1/5 — \"took 3 days to get a reply\"", "5/5 \"Maricel was amazing!!!\"", "CSAT 96% APAC, 91% EMEA, 89% LATAM",
        "FRT median 38 min, p90 3h12m", "bad rating on #209902 (\"still not fixed\")", "CES 5.8/7", "CSAT 100% 🎉"]
BROWSERS = ["Chrome 126.0.6478.127 (Windows 11 23H2)", "Safari 17.5 on macOS 14.5 Sonoma", "Firefox 127.0.2 / "
            "Ubuntu 22.04", "Edge 126.0.2592.87", "iPhone 13, iOS 17.5.1, Tidewell app 4.12.0 (412)",
            "Samsung Galaxy A54, Android 14, app 4.11.3", "iPad Air (5th gen), iPadOS 17.4", "Chrome 109 on Windows "
            "7 (!)", "Brave 1.67.123", "Opera 111", "Samsung Internet 25.0", "ChromeOS 125.0.6422.147",
            "Safari 15.6.1 (macOS Catalina)", "Firefox ESR 115.13", "Pixel 8, Android 15 beta 4, app 4.12.1",
            "Huawei P30 (no Google services), app 4.9.0 APK", "Chrome 128 (Version 128.0.6613.120 (Official Build) "
            "(arm64))"]
PLACES = ["Dublin", "Dublin 2", "Austin", "Austin, TX", "Kraków", "Krakow", "Manila", "Makati", "Quezon City",
          "Cebu City", "São Paulo", "Sao Paulo", "Tokyo", "Shibuya", "Cork", "Galway", "Round Rock", "Wrocław",
          "Taguig", "BGC", "Campinas", "Curitiba", "Osaka", "Montréal", "Lisboa", "Porto", "Berlin", "Utrecht",
          "Mexico City", "Ciudad de México", "Bogotá", "Lagos", "Nairobi", "Cape Town", "Sydney", "Brisbane",
          "Auckland", "Toronto", "Chicago", "Denver", "Newcastle upon Tyne", "Dún Laoghaire", "Bray", "Zakopane",
          "Pasig", "Dumaguete", "Florianópolis", "Rio de Janeiro", "Yokohama", "Ho Chi Minh City", "İzmir",
          "Kyiv", "Gdańsk", "Saint-Jean-sur-Richelieu", "D02 YX88", "78701", "31-042", "1226", "01310-100",
          "150-0002", "53.3438, -6.2546", "14.5547,121.0244", "30.2672° N, 97.7431° W"]
OFFICES = ["Tidewell, 4 Grand Canal Square, Dublin 2, D02 YX88", "Tidewell Austin, 501 Congress Ave, Suite 150, "
           "Austin, TX 78701", "ul. Pawia 9, 31-154 Kraków", "12/F, One Ayala East Tower, Makati, 1226 Metro Manila",
           "Av. Paulista 1842, 7º andar, São Paulo - SP, 01310-200", "渋谷区道玄坂1-2-3 8F, 東京"]
TIMEZONES = ["Europe/Dublin", "America/Chicago", "Europe/Warsaw", "Asia/Manila", "America/Sao_Paulo", "Asia/Tokyo",
             "Europe/London", "America/New_York", "America/Mexico_City", "Europe/Lisbon", "Europe/Berlin",
             "Australia/Sydney", "UTC", "America/Bogota", "Asia/Ho_Chi_Minh", "Africa/Lagos", "America/Toronto"]
APP_LINKS = [
    "https://app.tidewell.io/invoices?status=overdue&sort=-due_date&page=2&per_page=50",
    "https://app.tidewell.io/settings/billing?tab=invoices#plan",
    "https://app.tidewell.io/calendar/week?date=2024-09-16&staff=all&view=resource&tz=Asia%2FManila",
    "https://app.tidewell.io/login?return_to=%2Fbookings%2F88123&locale=pt-BR",
    "https://app.tidewell.io/bookings/88123?from=email&utm_source=reminder&utm_medium=sms",
    "https://book.tidewell.io/glowandco?service=balayage-long&staff=any&date=2024-09-14",
    "https://book.tidewell.io/studio-pilates-krakow/classes?lang=pl&month=2024-10",
    "https://tidewell.zendesk.com/agent/tickets/204817",
    "https://tidewell.zendesk.com/agent/filters/360001234567?sort_by=updated_at&sort_order=desc",
    "https://tidewell.atlassian.net/browse/ENG-8812?focusedCommentId=88123&page=com.atlassian.jira.plugin.system."
    "issuetabpanels%3Acomment-tabpanel",
    "https://tidewell.atlassian.net/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-3310&quickFilter=41",
    "https://help.tidewell.io/hc/en-us/articles/360041234567-Connecting-QuickBooks-Online",
    "https://help.tidewell.io/hc/pt-br/articles/360049988776-Como-cancelar-minha-assinatura?source=search"
    "&auth_token=",
    "https://help.tidewell.io/hc/en-us/search?utf8=%E2%9C%93&query=google+calendar+sync+duplicate",
    "https://status.tidewell.io/incidents/x9k2m4p7q1rz",
    "https://dashboard.stripe.com/payments/pi_3PqXk2Lm4Tw8Zr1a0Yb7Cd9E?status=refunded",
    "https://dashboard.stripe.com/customers/cus_QkR8v2Np4TxLm1?expand[]=subscriptions",
    "https://www.loom.com/share/4f1c2a9e7d3b4c8a9e0f1a2b3c4d5e6f?sid=b8a1c3d2",
    "https://docs.google.com/spreadsheets/d/1aBcD3eFgH4iJkL5mNoP6qRsT7uVwX8yZ9/edit#gid=918273645",
    "https://tidewell.metabaseapp.com/question/4412-csat-by-agent?week=2024-W37&region=APAC",
    "https://www.google.com/search?q=%22AADSTS50020%22+outlook+calendar&rlz=1C1GCEA_enIE1100IE1100",
    "https://developer.tidewell.io/reference/list-bookings?version=2024-06-01#query-params",
    "https://api.tidewell.io/v2/bookings?starts_after=2024-09-01T00%3A00%3A00Z&limit=100&cursor=eyJpZCI6ODgxMjN9",
    "https://meet.google.com/xyz-abcd-efg?authuser=0",
    "https://tidewell.slack.com/archives/C04BUGTRIAGE/p1726130000123456?thread_ts=1726129000.000100&cid=C04BUGTRIAGE",
    "https://glowandco.ie/book-now/?tw_embed=1&ref=instagram",
]
STACKS = [
    "TypeError: Cannot read properties of undefined (reading 'staffId')\n    at renderSlot "
    "(https://app.tidewell.io/static/js/calendar.4f2a9c1e.js:2:18733)\n    at Array.map (<anonymous>)\n    at "
    "WeekGrid (https://app.tidewell.io/static/js/calendar.4f2a9c1e.js:2:21104)",
    "Traceback (most recent call last):\n  File \"/home/ubuntu/clinic-sync/sync.py\", line 42, in <module>\n    "
    "resp.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/requests/models.py\", line 1021, in "
    "raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 429 "
    "Client Error: Too Many Requests for url: https://api.tidewell.io/v2/bookings?page=7&per_page=100",
    "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.tidewell.app.model."
    "Booking.getStaffId()' on a null object reference\n\tat com.tidewell.app.ui.calendar.DayView.bind(DayView.kt:212)"
    "\n\tat androidx.recyclerview.widget.RecyclerView$Adapter.onBindViewHolder(RecyclerView.java:7254)",
    "Thread 1: Fatal error: Unexpectedly found nil while unwrapping an Optional value (CalendarSyncManager.swift:88)",
    "422 Unprocessable Entity\n{\"errors\":{\"start_time\":[\"must be before end_time\"],\"staff_id\":[\"is not "
    "available at this time\"]}}",
    "Something went wrong (error 500). Reference: 7f3c9a1e-22b4-4d9e-9c61-0b8f3a2d5e71",
    "googleapi: Error 403: Rate Limit Exceeded, rateLimitExceeded",
    "Your card was declined. (decline_code: insufficient_funds)",
    "ValidationFault: Duplicate Document Number Error : You must specify a different number. This number has "
    "already been used. DocNumber=INV-1042",
    "AADSTS50020: User account 'recepcion@clinicavidaplena.es' from identity provider 'live.com' does not exist in "
    "tenant 'Tidewell Calendar Sync' and cannot access the application.",
    "NET::ERR_CERT_COMMON_NAME_INVALID on https://book.glowandco.ie (custom domain, CNAME → book.tidewell.io)",
    "Refused to frame 'https://book.tidewell.io/' because an ancestor violates the following Content Security "
    "Policy directive: \"frame-ancestors 'self' https://*.tidewell.io\".",
    "Twilio error 21610: Attempt to send to unsubscribed recipient (+63 917 555 0142)",
    "Row 14: invalid date '31/02/2024' in column 'appointment_date' (expected DD/MM/YYYY)",
    "PHP Warning:  Undefined array key \"booking_id\" in /home/customer/www/glowandco.ie/public_html/wp-content/"
    "plugins/tidewell-booking-widget/tidewell.php on line 87",
    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n"
    "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at ClinicSync.ApiClient."
    "GetBookingsAsync(DateTime from) in C:\\src\\ClinicSync\\ApiClient.cs:line 64",
    "Webhook delivery failed: POST https://hooks.zapier.com/hooks/catch/1234567/abcde1/ → 410 Gone (3 attempts)",
    "Uncaught (in promise) Error: Request failed with status code 409\n    at createError (vendor.91be.js:1:44120)",
    "Safari can't open the page \"app.tidewell.io/calendar\" because the server unexpectedly dropped the connection.",
    "ERROR_CODE: PAYMENT_METHOD_EXPIRED — \"Your Visa ending 0019 expired 08/24\"",
    "The app keeps stopping (Tidewell 4.12.1, build 41201) — crash right after tapping \"Check in\"",
    "iCal feed returns 404: webcal://app.tidewell.io/ical/u/9f8e7d6c5b4a.ics?staff=12",
    "Error: ENOTFOUND api.tidewell.io (getaddrinfo) — customer is behind a school firewall",
    "json: cannot unmarshal string into Go struct field Booking.duration of type int",
]
MACROS = [
    "Hi {{ticket.requester.first_name}},\n\nthanks for reaching out! I've issued a refund of %MONEY% to the card on "
    "file. It can take 5–10 business days to appear on your statement.\n\nBest,\n{{current_user.first_name}}",
    "Hola {{ticket.requester.name}}, ¡gracias por escribirnos! Ya cambiamos tu plan a %PLAN%. Cualquier duda, "
    "aquí estamos. — {{current_user.name}}",
    "Olá {{ticket.requester.first_name}}! Seu reembolso (%MONEY%) foi processado hoje. O prazo é de até 10 dias "
    "úteis. Abraço, equipe Tidewell",
    "{% if ticket.requester.language == 'pt-BR' %}Olá{% else %}Hi{% endif %} {{ticket.requester.first_name}},",
    "Ticket {{ticket.id}} is now Pending. If we don't hear back in 4 days it will close automatically — just reply "
    "to reopen it.",
    "{{dc.refund_policy_short}}\n\nIf you have questions, reply to this email or visit {{dc.help_center_url}}.",
    "Hi {{ticket.requester.first_name | default: 'there'}} 👋 Your booking page is back up; we traced it to the "
    "custom-domain certificate (see %LINK%).",
    "Dzień dobry {{ticket.requester.first_name}}, dziękujemy za kontakt. Zwrot w wysokości %MONEY% został "
    "zlecony.",
    "Kumusta {{ticket.requester.first_name}}! Salamat sa pasensya. Na-refund na namin ang %MONEY%.",
    "{{ticket.requester.first_name}}様\n\nお問い合わせありがとうございます。ご返金（%MONEY%）の手続きが完了しました。",
    "Macro \"Billing › Refund › Annual within 30 days\" uses {{ticket.ticket_field_360012345678}} for the amount — "
    "it's blank on mobile tickets, can someone fix the field?",
    "Guten Tag {{ticket.requester.last_name}}, vielen Dank für Ihre Geduld. Die Rückerstattung (%MONEY%) ist "
    "veranlasst.",
]
COMMANDS = [
    "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather %PLACE%?", "weather",
    "weather %PLACE% %EMOJI%", "wether %PLACE%", "weatehr %PLACE%", "Weather %PLACE% this weekend",
    "weather %OFFICE%", "weather for my commute to %PLACE%", "weather %PLACE% — onsite with %CUSTOMER% tomorrow",
    "remember location %PLACE%", "remember location %OFFICE%", "remember location %PLACE% (home office)",
    "my location", "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config time %HHMM%", "config units metric", "config units imperial",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi jeeves", "thanks jeeves 🙏", "what can you do?",
    "is it going to rain in %PLACE% after my shift?", "weather Manila typhoon signal?", "help config",
    "config alert_time 6:45", "config units F", "remember location Tidewell %PLACE% office",
]
CHAT = [
    "%TICKET% — customer on %BROWSER% says the calendar won't load: `%STACK%`",
    "can someone with billing perms do a %REFUND% for %CUSTOMER%? %TICKET%",
    "%WHO% escalating %TICKET% to T2, repro steps in %JIRA%. Browser: %BROWSER%",
    "Customer pasted this:\n```\n%STACK%\n```\nanyone seen it before? %TICKET%",
    "macro draft for review:\n> %MACRO%",
    "%CUSTOMER% wants to downgrade from %PLAN% to %PLAN%, prorate or credit? %EMOJI%",
    "%CSAT% — nice work everyone %EMOJI%",
    "link for the KB article: %HELP%",
    "%WHO% is %JIRA% fixed in 4.12.1 or only on web? %CUSTOMER% is asking again",
    "Reminder: QA calibration at 15:00 Dublin / 22:00 Manila / 09:00 Austin 🗓️",
    "Refund approved ✅ %REFUND% (%TICKET%)",
    "Heads up: status page incident https://status.tidewell.io/incidents/x9k2m4p7q1rz — Google Calendar sync "
    "delayed, use the canned reply \"Sync delay 2024-09\"",
    "shift swap? I can take Sat 06:00–14:00 PHT if someone covers Tue",
    "%CUSTOMER% replied \"THIS IS THE 3RD TIME I'M ASKING!!!\" on %TICKET% — can a lead jump in?",
    "Price check: %PLAN% is %MONEY% in BRL now? the pricing page says %MONEY%",
    "VAT question from %CUSTOMER%: they're in Ireland, reverse charge doesn't apply (B2C), so 23% on %MONEY%",
    "new tag for these: `gcal_sync_dupes` — please use it so we can count them",
    "%TICKET% customer's on %BROWSER%, cleared cache + cookies, incognito too, still: %STACK%",
    "%WHO% %WHO% backlog is at 412 open (EMEA 130, APAC 201, LATAM 81) 😅",
    "FRT SLA breached on %TICKET% (Business plan, 4h SLA) — sorry, my bad",
    "what's the macro for \"double-charged\"? the one with {{ticket.requester.first_name}} is outdated",
    "Dedupe request: %TICKET% and %TICKET% are the same customer (%CUSTOMER%)",
    "Bug filed: %JIRA% — \"Reminder SMS sent twice when booking edited within 5 min\" (p2)",
    "Weekly QA scores: Empathy 4.6 · Accuracy 4.3 · Tone 4.7 · Process 4.1",
    "Hola equipo, el cliente %CUSTOMER% pide reembolso de %MONEY%, dice que lo cobramos dos veces. %TICKET%",
    "Oi gente, alguém sabe se o plano %PLAN% inclui lembretes por WhatsApp? Cliente %CUSTOMER% perguntou",
    "Cześć, klient %CUSTOMER% pisze, że nie dostaje SMS-ów z przypomnieniem od wtorku. %TICKET%",
    "Hi team! Si %CUSTOMER% ay nagrereklamo tungkol sa double charge, paki-check po %TICKET% 🙏",
    "お疲れ様です。%CUSTOMER%様から返金依頼（%MONEY%）がありました。%TICKET% 対応お願いします。",
    "Kunde %CUSTOMER% fragt, ob %PLAN% auch Rechnungen mit USt-IdNr. unterstützt (%TICKET%)",
    "Bonjour, %CUSTOMER% n'arrive pas à se connecter depuis %BROWSER%, message : « %STACK% »",
    "Клієнт %CUSTOMER% просить повернення коштів %MONEY%, %TICKET%",
    "고객 %CUSTOMER% 님이 %PLAN% 요금제 환불을 요청했습니다. %TICKET%",
    "Khách hàng %CUSTOMER% không nhận được email xác nhận đặt lịch. %TICKET%",
    "ok", "👍", "ty!", "brb lunch 🍜", "on it", "sry wrong channel", "lol", "+1", "tysm %WHO%",
    "anyone else's Zendesk super slow rn?", "gonna be late, bus stuck on the N11 🚌",
    "rain in Manila again, WFH today if allowed 🌧️", "snow in Kraków?? in September??",
    "is %PLACE% office open on the holiday? (Sept 16 MX / Sept 7 BR)",
    "Q: do we refund SMS credits on cancellation? A: only unused ones, see %HELP%",
    "pls don't promise ETAs on %JIRA%, eng says \"next sprint-ish\"",
    "customer's API call: `GET /v2/bookings?starts_after=2024-09-01&limit=500` returns 400 \"limit must be <= 100\""
    " — that's expected right?",
    "customer asked \"why is my invoice #INV-2024-0042 showing €0.00 tax?\" — their VAT ID is set, so reverse "
    "charge applies",
    "Updated the saved reply: 1) ask for browser + version 2) ask for screenshot/Loom 3) ask for booking ID "
    "(e.g. BK-88123) 4) check status page",
    "the export CSV has a BOM and Excel on Mac shows \"Ã©\" instead of \"é\" — known issue %JIRA%",
    "filter for today's urgent tickets: https://tidewell.zendesk.com/agent/filters/360001234567?sort_by=updated_at"
    "&sort_order=desc",
    "%CUSTOMER% says their clients in 🇧🇷 get reminders at the wrong hour since DST; tz on account is %TZ%",
    "%WHO% can you take the 10:00 Zoom with %CUSTOMER%? I'm double-booked",
    "escalated to billing: card ending 4242, 3 failed retries, dunning email 2 of 3 sent",
    "p.s. please use *bold* not ALL CAPS in macros, customers read caps as shouting",
    "If the customer says \"I never signed up\" → check the Stripe customer created_at + IP country before refunding",
    "dashboard: https://tidewell.metabaseapp.com/question/4412-csat-by-agent?week=2024-W37&region=APAC",
    "Today: 143 solved, 28 pending, 9 on-hold · one-touch 61% · reopen 4.2%",
    "#209902 customer wrote: \"ur app deleted all my appointments for next week!!!\" → they filtered by staff=none",
]
LONG_MESSAGES = [
    "*Escalation summary* — %TICKET%\n• Customer: %CUSTOMER% (%PLAN%)\n• Env: %BROWSER%\n• Error:\n```\n%STACK%\n```"
    "\n• Steps: log in → Calendar → Week view → click any slot\n• Jira: %JIRA%\n• Ask: ETA + workaround",
    "Hi all,\n\nforwarding from %CUSTOMER%:\n\n> Hello, I was charged %MONEY% twice this month. My plan is %PLAN%."
    "\n> Please refund the extra charge ASAP.\n> Thanks, Ana\n\n%WHO% can you verify in Stripe? %STRIPE%",
    "Weekly support report (W37)\n```\nRegion   Tickets  CSAT   FRT(med)\nEMEA        1,204  93.1%  41m\nAPAC  "
    "      1,877  95.4%  22m\nLATAM         642  90.2%  1h05m\n```\n%CSAT%",
    "Shift handover (Manila → Dublin)\n1. %TICKET% waiting on eng (%JIRA%)\n2. %TICKET% refund pending approval "
    "(%REFUND%)\n3. status incident still open: https://status.tidewell.io/incidents/x9k2m4p7q1rz\n"
    "4. VIP: %CUSTOMER%, reply within 1h\n\n_thanks PH team_ 🌏",
    "-------- Forwarded message --------\nFrom: %CUSTOMER% <%MAILBOX%>\nDate: Wed, 11 Sep 2024 22:14\n"
    "Subject: Re: [Tidewell] %TICKET%\n\nStill broken. Screenshot attached. Error says: %STACK%",
    "New macro proposal — \"Sync delay (Google)\"\n\nHi {{ticket.requester.first_name}},\n\nGoogle Calendar sync "
    "is delayed for some accounts (https://status.tidewell.io/incidents/x9k2m4p7q1rz). Bookings are safe; "
    "they'll appear once the queue clears.\n\n"
    "{{current_user.first_name}} @ Tidewell",
]
MAILBOXES = ["hello@glowandco.ie", "recepcion@clinicavidaplena.es", "info@kinderyoga-mueller.de",
             "owner.smiledental@gmail.com", "contato@estudioluz.com.br", "biuro@pilateskrakow.pl",
             "admin+billing@tutorhub.ph", "dorothy.oconnell@eircom.net", "yamada-seikotsu@example.jp"]
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Location forgotten.",
    "Daily weather alerts are on, every day at 06:45 (Asia/Manila).", "Daily weather alerts are off.",
    "Daily alerts are off. Use `alerts on` or `alerts off`.",
    "Sorry, I did not understand that. Here is what I can do:\n• `weather [place]`: the weather for a place",
    "%PLACE%: heavy rain, 27 °C (feels like 31 °C), wind 38 km/h NE; tomorrow 25–30 °C, 90% chance of rain.",
    "%PLACE%: partly cloudy, 14 °C, humidity 72%, wind 19 km/h W. Tomorrow: showers, 11–16 °C.",
    "%PLACE%: sunny, 34 °C, UV 9. Tomorrow: 23–36 °C, clear.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Asia/Manila\n• units: metric",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
]
FILES = ["screenshot 2024-09-12 at 10.41.07.png", "Screen Recording 2024-09-11 at 22.03.mov", "HAR_app.tidewell."
         "io_calendar.har", "console-log (1).txt", "invoice_INV-2024-0042.pdf", "refund-approvals_W37.xlsx",
         "IMG_4471.HEIC", "csat_export_2024-09-01_2024-09-11.csv", "Captura de Tela 2024-09-12 às 07.15.22.png",
         "zrzut ekranu – błąd SMS.png", "スクリーンショット 2024-09-12 18.02.33.png", "crashlog_android_4.12.1.txt",
         "macro-drafts v3 (FINAL).docx", "Tidewell_pricing_2024_BRL.pdf", "bookings-import-template.csv"]
SEARCH_Q = ["Dela Cruz", "maricel", "@tidewell.io", "U04MNL7Q2K", TEAM, "Ó Briain", "o'shea", "dos Santos",
            "kowalczyk", "manila", "joão", "aoife.obriain", "Wiśniewska", "d'angelo", "Nguyễn", "billing",
            "PARTNER", PARTNER_TEAM, "sato", "tier2", "kenji.tanaka@tidewell.io", "van den berg", "Bartosz", "rhea"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", "admin.map_slack", "account.totp_enable", "user.forget_me",
           "failed", "denied", "weather@T06TWJPRSL", "zendesk-sync", "2024-09-11", "aoife", "break-glass"]
ADMINS = ["ops-admin", "aoife.obriain", "support-eng", "kenji.tanaka", "break-glass", "maricel.delacruz"]
CLIENT_DESCRIPTIONS = [
    ("zendesk-sync", "Zendesk app: shows the agent's Jeeves settings in the ticket sidebar (read)"),
    ("looker-csat", "Looker dashboard — usage per region (EMEA/APAC/LATAM) next to CSAT, nightly 01:00 UTC"),
    ("statuspage-bot", "Statuspage.io → Slack: incident updates + \"weather at the DC\" footer"),
    ("gh-actions-smoke", "GitHub Actions smoke test after each deploy (read only)"),
    ("n8n-oncall", "n8n workflow: on-call handover, Mon–Fri 08:00 & 20:00 PHT"),
    ("retool-support-admin", "Retool app for team leads: deactivate leavers, fix names (read write)"),
    ("snowflake-export", "Nightly export to Snowflake (db: SUPPORT_OPS, schema: JEEVES), owner: Rhea Santos-Lim"),
    ("jp-partner.sync", "東京パートナー用の読み取り専用クライアント (read)"),
    ("br-latam:reporting", "Relatórios LATAM — só leitura, dono: Mateus Pereira"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.67",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.10",
    "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
]
LANGS = ["en-IE,en;q=0.9", "en-US,en;q=0.9", "en-GB,en;q=0.9", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "fil-PH,fil;q=0.9,en-US;q=0.8,en;q=0.7", "en-PH,en;q=0.9",
         "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "es-MX,es;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en;q=0.8",
         "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8", "vi-VN,vi;q=0.9,en;q=0.8",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "en"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "curl/7.81.0", "Go-http-client/2.0",
              "axios/1.7.7", "node-fetch/3.3.2", "Zendesk-Apps-Framework/2.0", "Looker/24.14.33", "n8n",
              "Retool/3.0 (+https://retool.com)", "PostmanRuntime/7.41.2", "GitHub-Actions-Runner/2.319.1",
              "Snowflake-External-Function/1.0", "okhttp/4.12.0", "Apache-HttpClient/5.3.1 (Java/17.0.12)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-IE) WindowsPowerShell/5.1.22621.4111"]
API_CLIENTS = ["zendesk-sync", "looker-csat", "statuspage-bot", "gh-actions-smoke", "n8n-oncall",
               "retool-support-admin", "snowflake-export", "jeeves-worker", "jp-partner.sync"]
CHANNELS = ["support-tier1", "support-tier2", "escalations", "billing-refunds", "csat-feedback", "bugs-triage",
            "support-emea", "support-apac", "support-latam", "macros-and-kb", "qa-calibration", "shift-swaps",
            "kudos", "random", "manila-office", "dublin-office"]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":fire:", ":rotating_light:", ":tada:", ":sweat_smile:",
         ":umbrella_with_rain_drops:", ":sunny:", ":cyclone:", ":coffee:", ":money_with_wings:", ":ticket:",
         "🙏", "✅", "👀", "🔥", "☔", "🌀", "🎉", "😅", "💸", "🇵🇭", "🇧🇷", "🇮🇪", "🇵🇱", "🇯🇵", "🇺🇸"]


UNFURL_TEXTS = [
    "Customer reports the week view is blank after the 4.12 release. Priority: High. Assignee: Tier 2 EMEA.",
    "Status: In Progress · Priority: P2 · Fix version: 4.12.2 · Labels: sms, reminders, regression",
    "Learn how to connect QuickBooks Online, map tax rates and sync invoices automatically.",
    "We're seeing delays in syncing bookings to Google Calendar. Bookings are safe and will sync once resolved.",
    "3 min · 12 views — \"Calendar: clicking a slot does nothing (Chrome 126)\"",
    "Succeeded · Refunded $39.00 · Visa •••• 4242 · Sep 11, 2024, 10:14 PM",
]
PATCH_NAMES = ["Maricel Dela Cruz (T2, APAC)", "Aoife Ó Briain – Billing", "Katarzyna Wiśniewska | EMEA lead",
               "佐藤 健二", "João Pedro dos Santos — LATAM", "Rhea Santos-Lim (QA)",
               "Conor O'Shea [on leave until 30/09]", "Dmytro Kovalenko / Дмитро Коваленко", "Thủy Nguyễn",
               "Emeka Nwosu, T1 nights",
               "Ximena Castellanos (she/her)", "Tadhg Mac Giolla Bhríde"]
UNTIL = ["2024-09-12T09:00:00Z", "2024-09-12", "2024-09-12T17:00:00+08:00"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.9.1",
              "Datadog/Synthetics", "Statuspage-Monitor/1.0"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2", "Stoplight/1.0", "Swagger-UI"]
# Slack writes a bare URL or e-mail address in a message's text as <...> (outside code).
AUTOLINK = re.compile(r"(?<![<|\w/])(https?://[^\s<>`\"]+[^\s<>`\".,;:!?)\]']|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def autolink(text: str) -> str:
    """Slack's own markup of bare links and addresses, outside `code` and ```blocks```."""
    out = []
    for i, chunk in enumerate(re.split(r"(```.*?```|`[^`]*`)", text, flags=re.S)):
        if i % 2:
            out.append(chunk)
            continue
        out.append(AUTOLINK.sub(_slack_link, chunk))
    return "".join(out)


def ascii_name(name: str) -> str:
    """How a name becomes an e-mail handle: accents dropped (Ó -> o, ł -> l), spaces and apostrophes gone."""
    folded = unicodedata.normalize("NFKD", name.translate(str.maketrans("łŁøØđĐ", "lLoOdD")))
    return "".join(c for c in folded.encode("ascii", "ignore").decode().lower() if c.isalnum())


def _slack_link(match: re.Match[str]) -> str:
    found = match.group(1)
    return f"<{found}>" if found.startswith("http") else f"<mailto:{found}|{found}>"


class SupportDesk(EvaluatorDay):
    """Tidewell's support team: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 8, 9, 13, 14, 21, 22), ("00", "15", "30", "45")
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, referer_site = 0.22, 0.28, "cross-site"
    xff_rate, xff = 0.04, ("10.42.7.19", "192.168.0.23", "10.10.3.4, 172.20.1.8")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    oauth_charset, oauth_scopes = ";charset=UTF-8", ("read", "read write", "write", "read")
    verify_uas, health_uas, readyz_rate, meta_uas, meta_roll_first = SCRIPT_UAS, HEALTH_UAS, 0.12, META_UAS, True
    # /me/
    timezones, me_alerts_first = TIMEZONES, True
    # the data API
    user_ids, user_get_headers_first = (1, 480), True
    limits, offsets, filter_teams = ("50", "100", "200", "500", "25"), (0, 25, 50, 100, 200, 500), (TEAM, PARTNER_TEAM)
    patch_rolls, patch_names, patch_alerts_rate = (0.22, 0.4, 0.68, 0.8, 0.92), PATCH_NAMES, 0.7
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8",
                   "application/merge-patch+json")
    usage_days, until_choices, switch_enabled_rate = (1, 11), UNTIL, 0.65
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#%&*+=?@^~$"
    password_length, phrase_separator = (18, 32), ("-", " ", ".")
    phrase_words = ("tide", "harbor", "ticket", "macro", "kudos", "typhoon", "pierogi", "adobo", "caipirinha", "liffey")
    # what people type, and their Slack events
    commands, link_pool, link_labels = COMMANDS, APP_LINKS, ("", "", "", "|here", "|ticket", "|this", "|KB")
    blocks_rate, dm_partner_rate, partner_team = 0.82, 0.08, PARTNER_TEAM
    edit_suffixes = ("", " (edit: wrong ticket #)", " *", " — nvm, found it", " 🙏")
    home_tabs, home_view_rate = ("home", "home", "messages"), 0.6

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            a_first, a_last = ascii_name(first) or "agent", ascii_name(last) or "tw"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{a_first}.{a_last}{i if i % 11 == 0 else ''}",
                                "email": f"{a_first}.{a_last}@tidewell.io", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in CHANNELS]
        self.dms = [self.sid("D0", 9) for _ in range(70)]

    # ---- texts and the App Home view ----------------------------------------------------------------------
    def escape(self, text: str) -> str:
        return autolink(slack_escape(text))

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        simple = {"%PLACE%": PLACES, "%OFFICE%": OFFICES, "%CUSTOMER%": CUSTOMERS, "%TICKET%": TICKETS,
                  "%JIRA%": JIRA, "%PLAN%": PLANS, "%MONEY%": MONEY, "%REFUND%": REFUNDS, "%CSAT%": CSAT,
                  "%BROWSER%": BROWSERS, "%STACK%": STACKS, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
        text = self.substitute(self.substitute(text, {"%MACRO%": MACROS}), simple)
        return self.markup(self.substitute(text, {
            "%HHMM%": self.hhmm, "%MAILBOX%": MAILBOXES, "%STRIPE%": [u for u in APP_LINKS if "stripe.com" in u],
            "%HELP%": [u for u in APP_LINKS if u.startswith("https://help.")]}))

    def chat_text(self) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            text = self.pick(LONG_MESSAGES)
        elif roll < 0.18:
            text = self.pick(MACROS)
        else:
            text = self.pick(CHAT)
        text = self.maybe_append(text, 0.2, EMOJI)
        if self.chance(0.05):
            text += " %LINK%"
        return self.fill(text)

    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        if raw.startswith("@Jeeves ") or "```" not in raw:
            return super().rich_text(raw)
        before, _, rest = raw.partition("```")
        code, _, after = rest.partition("```")
        elements = [{"type": "rich_text_section", "elements": [{"type": "text", "text": before}]},
                    {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code.strip("\n")}],
                     "border": 0}]
        if after:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "external_id": "", "state": {"values": {}},
                "blocks": [{"type": "header", "block_id": self.token(3)[:4], "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "text": f"*Location:* {self.pick(PLACES)}\n*Units:* "
                                                  f"{self.pick(['metric', 'imperial'])}\n*Daily alert:* "
                                                  f"on at {self.hhmm()} ({self.pick(TIMEZONES)})"}}]}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.5):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            lead = self.pick(["", "", "hey ", "cc ", "fyi "])
            slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "%TICKET% screenshot from the customer",
                                          "HAR file for %JIRA%, customer on %BROWSER%", "here's the console log",
                                          "W37 refunds for approval %EMOJI%", "weather %PLACE%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"png": "image/png", "mov": "video/quicktime", "har": "application/json", "txt": "text/plain",
                "pdf": "application/pdf", "heic": "image/heic", "csv": "text/csv",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                }.get(ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": ext in ("txt", "csv"),
                           "size": self.rng.randint(8_000, 40_000_000), "mode": "hosted", "is_external": False,
                           "external_type": "", "is_public": False, "public_url_shared": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)


    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(APP_LINKS)
        intro = self.pick(["can you check this?", "weather for the onsite? details:", "FYI", "this one:"])
        old = self.message(f"{intro} <{slack_escape(link)}>", f"{intro} {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "tidewell.io"
        service = {"tidewell.zendesk.com": "Zendesk", "tidewell.atlassian.net": "Jira", "www.loom.com": "Loom",
                   "docs.google.com": "Google Docs", "dashboard.stripe.com": "Stripe"}.get(host, "Tidewell")
        title = self.pick([f"{self.pick(TICKETS)} {self.pick(CHAT)[:70]}", f"{self.pick(JIRA)}: Reminder SMS sent "
                           "twice", "Connecting QuickBooks Online – Tidewell Help Center", "Tidewell Status – Google "
                           "Calendar sync delayed", "Loom | Calendar week view bug"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.pick(UNFURL_TEXTS), "fallback": f"{service}: {title}"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))


    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 61)
        if "°C" in slack and self.chance(0.75):
            event["blocks"] = self.weather_blocks(slack, slack.split(": ", 1)[0].replace("&amp;", "&"))
        return self.record("slack", "json", self.event_request(event))

    # ---- Slack: /jeeves and button clicks -------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = PARTNER_TEAM if self.chance(0.09) else TEAM
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        # Slash commands arrive without Slack's <...> markup (the command's escaping option is off): as typed.
        if self.chance(0.93):
            _, raw = self.command_text()
        else:  # typed into /jeeves by mistake (meant for the ticket's Slack thread)
            _, raw = self.fill(self.pick(CHAT))
        slack = slack_escape(raw)
        response_url, trigger_id = self.command_ids(team)
        fields = [("token", VERIFY_TOKEN), ("team_id", team),
                  ("team_domain", TEAM_DOMAIN if team == TEAM else PARTNER_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", slack), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", response_url), ("trigger_id", trigger_id)]
        body = urllib.parse.urlencode(fields, quote_via=urllib.parse.quote if self.chance(0.25) else
                                      urllib.parse.quote_plus)
        return self.record("command", "form", self.slack_request("/slack/commands", body, form=True))

    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        if roll < 0.7:
            value = self.pick(PLACES + OFFICES)
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": value,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button", "action_ts": self.ts()}
            shown = self.pick(BOT_REPLIES[8:11]).replace("%PLACE%", value)
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_ME
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_ME
        team = PARTNER_TEAM if self.chance(0.08) else TEAM
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": person["id"], "username": person["handle"],
                                              "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(),
            "team": {"id": team, "domain": TEAM_DOMAIN if team == TEAM else PARTNER_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", team), "actions": [action]}
        if self.chance(0.5):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                                                "text": {"type": "mrkdwn", "text": shown}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.4),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- its browsers' hints and cookies, its scripts' tracing and dates --------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" in ua and "Edg/" in ua:
            return '"Chromium";v="128", "Not;A=Brand";v="24", "Microsoft Edge";v="128"'
        if "Chrome" in ua and "SamsungBrowser" not in ua:
            return '"Chromium";v="128", "Not;A=Brand";v="24", "Google Chrome";v="128"'
        return None

    def ch_platform(self, ua: str) -> str:
        if "CrOS" in ua and not any(name in ua for name in ("Android", "Windows", "Mac")):
            return '"Chrome OS"'
        return super().ch_platform(ua)

    def site_cookies(self) -> list[tuple[str, str]]:
        jar = []
        if self.chance(0.12):
            jar.append(("_ga_TW8Q2M4K", f"GS1.1.{EPOCH - self.rng.randint(0, 10**5)}.3.1.{EPOCH}.0.0.0"))
        if self.chance(0.1):
            jar.append(("OptanonAlertBoxClosed", "2024-08-19T07:41:22.118Z"))
        return jar

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if ua.startswith("Zendesk"):
            h["X-Zendesk-App-Id"] = str(self.rng.randint(900000, 999999))
        if self.chance(0.22):
            h["traceparent"] = self.traceparent()
            if self.chance(0.35):
                h["tracestate"] = f"tw=app:{self.pick(['looker', 'retool', 'n8n'])},dd=s:1;o:rum"
        if self.chance(0.12):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"n8n.exec.{self.rng.randint(10**5, 10**6)}"])
        if self.chance(0.05):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=0"

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T08:00:00+08:00",
                f"2024-08-{day + 19:02d}T22:00:00.000Z", f"2024-09-{day:02d}T06:00:00-05:00"]

    # ---- the admin panel, /me/, signing in and TokenDealer (their own referers and fields) ---------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.22:
            h = self.browser()
            h["Sec-Fetch-Site"] = "same-origin"  # the search form (no Referer: the pages' policy is no-referrer)
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(SEARCH_Q))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 8))))
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/users?" + urllib.parse.urlencode(
                params, quote_via=self.pick([urllib.parse.quote, urllib.parse.quote_plus])), "headers": h})
        if roll < 0.33:
            h = self.browser()
            h["Sec-Fetch-Site"] = "same-origin"
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(AUDIT_Q))] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.2)
                                                    else [])
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/audit?" + urllib.parse.urlencode(
                params), "headers": h})
        if roll < 0.5:
            h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?page=4", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
                              "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
                              "/admin/users?done=user_updated&q=Dela+Cruz&page=1"])
            return self.record("admin", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.6:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("q", self.pick(SEARCH_Q + ["", ""])),
                      ("page", str(self.rng.randint(1, 5))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(1, 480)}/{self.pick(['active', 'active', 'active', 'admin'])}"
            return self.form_post("admin", uri, h, fields)
        if roll < 0.68:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.78):
                fields = [("csrf_token", csrf), ("action", self.pick(self.actions))]
                if self.chance(0.5):
                    fields.append(("team_id", self.pick([PARTNER_TEAM, TEAM, "t06twjprsl"])))
                fields.append(("enabled", self.pick(["0", "1"])))
                return self.form_post("admin", "/admin/features", h, fields)
            fields = [("csrf_token", csrf), ("action", self.pick(self.actions)), ("team_id", PARTNER_TEAM)]
            return self.form_post("admin", "/admin/features/remove", h, fields)
        if roll < 0.77:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            client_id, description = self.pick(CLIENT_DESCRIPTIONS)
            sub = self.rng.random()
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                return self.form_post("admin", "/admin/clients", h, fields)
            state = self.pick(["rotate", "disable", "enable", "disable"])
            uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{state}"
            return self.form_post("admin", uri, h, [("csrf_token", csrf)], "path")
        if roll < 0.87:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/audit", "/admin/clients", "/admin/users?q=dela%20cruz",
                             "/admin/features"])
            if self.chance(0.4):
                h = self.browser()
                uri = self.pick(["/admin/login?next=" + urllib.parse.quote(nxt, safe=""), "/admin/login",
                                 "/admin/login?bye=1"])
                return self.record("admin", "query", {"method": "GET", "uri": uri, "headers": h})
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            password = self.admin_password()
            fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(ADMINS)), ("password", password),
                      ("totp", self.totp_code())]
            return self.form_post("admin", "/admin/login", h, fields)
        if roll < 0.93:
            h = self.browser(None, True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)),
                          ("team_id", self.pick([TEAM, TEAM, PARTNER_TEAM])), ("user_id", self.pick(self.people)["id"])]
                return self.form_post("admin", "/admin/slack-sign-in", h, fields)
            fields = [("csrf_token", csrf), ("username", self.pick(ADMINS))]
            return self.form_post("admin", "/admin/slack-sign-in/remove", h, fields)
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.28:
            return self.form_post("admin", "/admin/account/totp/start", h, [("csrf_token", csrf)])
        if sub < 0.6:
            pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
            fields = [("csrf_token", csrf), ("totp_pending", pending), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            return self.form_post("admin", "/admin/account/totp/confirm", h, fields)
        if sub < 0.78:
            fields = [("csrf_token", csrf), ("password", self.token(18))]
            return self.form_post("admin", "/admin/account/totp/disable", h, fields)
        if sub < 0.9:
            return self.form_post("admin", "/admin/logout", h, [("csrf_token", csrf)])
        h = {"User-Agent": self.pick(UAS_DESKTOP), "Accept": "text/css,*/*;q=0.1", "Accept-Language": self.pick(LANGS),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors",
             "Sec-Fetch-Site": "same-origin", "Cookie": self.cookies(session)}
        if self.chance(0.5):
            h["If-Modified-Since"] = "Mon, 02 Sep 2024 08:12:40 GMT"
        return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})


    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = self.pick(["application/json", h["Accept"]])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri, "headers": h})
        multipart = self.chance(0.15)
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(session)
        placement = "multipart" if multipart else "form"
        if roll < 0.6:
            place = self.pick(PLACES + OFFICES)[:100]
            body = self.form_body([("csrf_token", csrf), ("place", place)], multipart, h)
            return self.record("me", placement, {"method": "POST", "uri": "/me/location", "body": body, "headers": h})
        if roll < 0.85:
            body = self.form_body(self.settings_fields(csrf), multipart, h)
            return self.record("me", placement, {"method": "POST", "uri": "/me/settings", "body": body, "headers": h})
        uri, fields = self.me_exit_form(csrf)
        body = self.form_body(fields, multipart, h)
        return self.record("me", placement, {"method": "POST", "uri": uri, "body": body, "headers": h})


    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser()
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.35:
            h = self.browser()
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.6:
            state = self.token()
            h = self.browser("https://slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < 0.7:
            return self.record("auth", "path", self.link_preview(link, body=False))
        if roll < 0.85:
            h = self.browser("https://app.slack.com/", mobile=self.chance(0.45))
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(None, True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.form_post("auth", f"/auth/slack/link/{link}", h, [("csrf_token", csrf)])


    def oauth(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(SCRIPT_UAS), "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded;charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            fields = self.token_grant(client, secret, h, basic)
            return self.form_post("oauth", "/oauth/token", h, fields)
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.8:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.3) else [])
            return self.form_post("oauth", "/oauth/introspect", h, fields)
        fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
        return self.form_post("oauth", "/oauth/revoke", h, fields)

PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 180), ("slack_edit", 28), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 42), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 55), ("oauth", 55), ("verify", 20), ("health", 22),
    ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The support team's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(SupportDesk(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
