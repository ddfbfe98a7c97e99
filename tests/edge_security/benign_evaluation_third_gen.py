"""Benign traffic of a hospital's IT department that runs Jeeves behind this edge (the third evaluator's set).

St. Brigid's University Hospital (fictional; Galway, Ireland) runs one Slack workspace for IT, clinical
informatics, pharmacy and lab informatics, PACS admins, biomedical engineering and the nursing "digital
champions". About 1,700 requests in the proportions their deployment sees them: Slack first (channel chat,
threads, @mentions, DMs to the bot, edits, integration posts, file shares, link unfurls, reactions, App Home),
`/jeeves` slash commands, button clicks, modal submissions and shortcuts (form-encoded `payload=` JSON), then the
data API (PowerShell, Power BI, Grafana, ServiceNow, CI with bearer tokens), the admin panel, `/me/` from
desktop and phone browsers (forms and multipart), Sign in with Slack and its one-time links, TokenDealer and
the health and metadata endpoints.

The people type what hospital IT types: HL7 v2 segments and their escape sequences, FHIR searches, DICOM
tool output, drug doses and units, PowerShell and AD filters, SQL on the reporting replica, ward names, bleep
and phone numbers, Eircodes, Irish names with fadas and apostrophes, and chat in English, Irish, Polish,
Tagalog, Malayalam, Portuguese, Arabic, Romanian and more. No patient is real (test patients are ZZTEST),
no token or password is real.

How it was written: by an independent benign author from the route list of gateway/gateway.yaml (names,
match, methods, upstreams), the handlers in app/ and tokendealer/ and README.md, and the record structure of
benign_day_gen.py. No WAF rule, exclusion, ruleset or other generator's texts were read, and the texts were
not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, a text's emoji,
an edited message's nesting, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (form_boundary, form_request, get_request, cross_site_arrival, signed_in)
from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import slack_escape

NAME = "evaluation_third"
SEED = 3_170_917
EPOCH = 1726556400  # 2024-09-17 07:00 UTC, a Tuesday
TEAM, TEAM_DOMAIN = "T04BRIGID7", "stbrigids-it"
APP_ID, BOT_USER = "A06JVSHOSP", "U06JEEVESB"
HOST = "jeeves.stbrigids.ie"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "q7RkV2mB9sXcLp4TnWd8YhJe"  # Slack's legacy verification token field (a made-up value)
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# ---- the people ------------------------------------------------------------------------------------------
PEOPLE = [
    ("Siobhán", "Ní Bhriain"),
    ("Pádraig", "Ó Ceallaigh"),
    ("Aoife", "O'Sullivan"),
    ("Ciarán", "Mac Giolla Phádraig"),
    ("Caoimhe", "Nic Aodha"),
    ("Eoghan", "Ó Flaithearta"),
    ("Róisín", "O'Donnell-Ní Fhlaithearta"),
    ("Niamh", "Fitzgerald"),
    ("Dónal", "McGrath"),
    ("Sinéad", "Ó Súilleabháin"),
    ("Colm", "de Búrca"),
    ("Gráinne", "Kennedy-Walsh"),
    ("Tadhg", "Ó Murchú"),
    ("Orlaith", "Mhic Dhonncha"),
    ("Seán", "D'Arcy"),
    ("Maricel", "Dela Cruz"),
    ("Jhun", "Santos-Reyes"),
    ("Rowena", "Macapagal"),
    ("Lovely Joy", "Bautista"),
    ("Anju", "Kuriakose"),
    ("Jibin", "Varghese"),
    ("Priyanka", "Nair"),
    ("Sreelakshmi", "Pillai"),
    ("Chukwuemeka", "Obi-Nwosu"),
    ("Oluwadamilare", "Adeyemi"),
    ("Ngozi", "Okonkwo"),
    ("Małgorzata", "Wójcik"),
    ("Grzegorz", "Brzęczyszczykiewicz"),
    ("Agnieszka", "Kowalczyk-Nowak"),
    ("João", "Gonçalves"),
    ("Thaís", "Araújo"),
    ("Ayesha", "Siddiqui"),
    ("Muhammad", "Abdelrahman"),
    ("Mohamed", "El-Sayed"),
    ("Ioana", "Popescu-Stănescu"),
    ("Zsófia", "Kovács"),
    ("Rūta", "Jankauskienė"),
    ("María José", "Núñez"),
    ("Tendai", "Moyo"),
    ("Wei", "Zhang"),
    ("Hiroko", "Tanaka"),
    ("Nuala", "Ní Chonaill"),
    ("Declan", "O'Reilly"),
    ("Bríd", "Ní Mhaoláin"),
    ("Fionnuala", "MacNamara"),
    ("Liam", "Ó Dubhghaill"),
    ("Deirdre", "O'Connor"),
    ("Mícheál", "Ó hEidhin"),
    ("Kateryna", "Shevchenko"),
    ("Olena", "Kravchenko"),
    ("Andrea", "Ní Cheallaigh"),
    ("Jean-Pierre", "Lefèvre"),
    ("Ana", "Ferreira da Silva"),
    ("Dara", "Ní Loingsigh"),
    ("Fatima", "Al-Mahdi"),
    ("Rajesh", "Iyer"),
    ("Hamza", "Qureshi"),
    ("Eimear", "Mac Lochlainn"),
    ("Bartłomiej", "Zieliński"),
    ("Chidinma", "Eze"),
    ("Karl", "O'Neill"),
    ("Emma", "Ryan"),
    ("Jack", "Murphy"),
]
CHANNELS = [
    ("C04ITGENRL", "it-general"),
    ("C04SVCDESK", "it-servicedesk"),
    ("C04CLININF", "clinical-informatics"),
    ("C04HL7INTF", "hl7-interfaces"),
    ("C04PACSRAD", "pacs-radiology"),
    ("C04LISLAB0", "lis-lab"),
    ("C04PHARMIN", "pharmacy-informatics"),
    ("C04EPRROLL", "epr-rollout"),
    ("C04DOWNTME", "downtime"),
    ("C04NETOPS0", "network-ops"),
    ("C04CYBERSC", "cyber-security"),
    ("C04BIOMED0", "biomed"),
    ("C04NRSCHMP", "nursing-digital-champions"),
    ("C04CABCHNG", "change-advisory-board"),
    ("C04EDITSUP", "ed-it-support"),
    ("C04RANDOMC", "random-craic"),
    ("C04CANTEEN", "canteen"),
    ("C04CARPARK", "car-park"),
    ("C04ROTASWP", "rota-swaps"),
    ("C04WEATHER", "weather-watch"),
]
GROUPS = [
    ("S04ITONCAL", "it-oncall"),
    ("S04INTFTEM", "interfaces-team"),
    ("S04SVCDESK", "service-desk"),
    ("S04PACSADM", "pacs-admins"),
]

PLACES = [
    "Galway",
    "galway",
    "Gaillimh",
    "Salthill",
    "Bóthar na Trá, Salthill",
    "Knocknacarra",
    "Oranmore",
    "Oughterard",
    "Moycullen",
    "Barna",
    "Bearna",
    "An Spidéal",
    "Spiddal",
    "Clifden",
    "An Clochán",
    "Tuam",
    "Ballinasloe",
    "Loughrea",
    "Athenry",
    "Gort",
    "Inis Mór",
    "Inis Oírr",
    "Carraroe",
    "An Cheathrú Rua",
    "Headford",
    "Ennis",
    "Lahinch",
    "Doolin",
    "Athlone",
    "Roscommon",
    "Castlebar",
    "Westport",
    "Ballina",
    "Sligo",
    "Letterkenny, Co. Donegal",
    "Limerick",
    "Luimneach",
    "Cork",
    "Corcaigh",
    "Port Láirge",
    "Waterford",
    "Kilkenny",
    "Dún Laoghaire",
    "Dublin",
    "Baile Átha Cliath",
    "Dublin 8",
    "D08 W9RT",
    "Derry~Londonderry",
    "Belfast",
    "Béal Feirste",
    "Newcastle Rd, Galway H91 YR71",
    "H91 YR71",
    "H91 E2F8",
    "H54 P6X1",
    "Merlin Park, Galway",
    "University Hospital Galway",
    "St. Brigid's, Newcastle Road",
    "NUI Galway",
    "Eyre Square",
    "Cois Fharraige",
    "Ballybrit Business Park, Unit 4",
    "Dr. Mannix Rd, Salthill",
    "53.2707, -9.0568",
    "53.2707° N, 9.0568° W",
    "53.27,-9.05",
    "Manila",
    "Quezon City",
    "Cebu City",
    "Iloilo",
    "Davao",
    "Baguio",
    "Makati, Metro Manila",
    "Kochi",
    "കൊച്ചി",
    "Thiruvananthapuram",
    "തിരുവനന്തപുരം",
    "Kottayam",
    "Thrissur",
    "Bengaluru",
    "Chennai",
    "Lagos",
    "Enugu",
    "Ibadan",
    "Abuja",
    "Kraków",
    "Poznań",
    "Łódź",
    "Wrocław",
    "Gdańsk",
    "São Paulo",
    "Goiânia",
    "Belo Horizonte",
    "Karachi",
    "کراچی",
    "Lahore",
    "لاہور",
    "Khartoum",
    "الخرطوم",
    "Cairo",
    "القاهرة",
    "Alexandria",
    "Bucharest",
    "București",
    "Cluj-Napoca",
    "Iași",
    "Vilnius",
    "Kaunas",
    "Harare",
    "Bulawayo",
    "Budapest",
    "Kyiv",
    "Київ",
    "Lviv",
    "Львів",
    "Madrid",
    "Sevilla",
    "A Coruña",
    "Lyon",
    "Saint-Étienne",
    "Shenzhen",
    "深圳",
    "Osaka",
    "大阪",
    "Boston",
    "Toronto",
    "St. John's, NL",
    "Perth, WA",
    "Auckland",
    "Lanzarote",
    "Puerto del Carmen",
    "Knock",
    "Ireland West Airport Knock",
    "Shannon",
    "Connemara",
    "the Burren",
]
TIMEZONES = ["Europe/Dublin"] * 10 + [
    "Europe/London",
    "Asia/Manila",
    "Asia/Kolkata",
    "Africa/Lagos",
    "Europe/Warsaw",
    "America/Sao_Paulo",
    "Asia/Karachi",
    "Africa/Khartoum",
    "Africa/Cairo",
    "Europe/Bucharest",
    "Europe/Vilnius",
    "Africa/Harare",
    "Europe/Kyiv",
    "Europe/Madrid",
    "Atlantic/Canary",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "America/St_Johns",
    "Australia/Perth",
    "UTC",
]
LINKS = [
    "https://servicenow.stbrigids.ie/nav_to.do?uri=incident.do?sys_id=9d385017c611228701d22104cc95c371",
    "https://servicenow.stbrigids.ie/now/nav/ui/classic/params/target/change_request.do%3Fsys_id%3D46e18c0f",
    "https://confluence.stbrigids.ie/display/INTF/ADT+Interface+Runbook",
    "https://confluence.stbrigids.ie/pages/viewpage.action?pageId=88213477",
    "https://github.com/stbrigids-it/bed-board/pull/412",
    "https://github.com/stbrigids-it/jeeves-config/pull/37",
    "https://dev.azure.com/stbrigids/EPR-Integration/_git/mirth-channels/pullrequest/1182",
    "https://grafana.stbrigids.ie/d/interfaces/hl7-throughput?orgId=1&from=now-24h&to=now&var-channel=ADT",
    "https://zabbix.stbrigids.ie/zabbix.php?action=problem.view&filter_set=1&hostids%5B%5D=10584",
    "https://app.powerbi.com/groups/me/reports/1f0a9c2e-77b1-4b8e-a1d3-0c5d9e6b2a11/ReportSection?experience=power-bi",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTU2@thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d",
    "https://www.hse.ie/eng/services/news/media/pressrel/",
    "https://www.hl7.org/implement/standards/product_brief.cfm",
    "https://hl7.org/fhir/R4/search.html#token",
    "https://www.hiqa.ie/reports-and-publications/standard",
    "https://www.met.ie/warnings/galway",
    "https://www.met.ie/forecasts/galway",
    "https://www.inmo.ie/Trolley_Ward_Watch",
    "https://www.dicomstandard.org/current",
    "https://docs.nextgen.com/bundle/Mirth_User_Guide_44/page/connect/connect/topics/c_Filters.html",
    "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser?view=windowsserver2022-ps",
    "https://forms.office.com/Pages/ResponsePage.aspx?id=aB3dEfGhIjKlMnOp",
    "https://www.youtube.com/watch?v=ZZ5LpwO-An4",
    "https://www.irishtimes.com/health/2024/09/16/hospital-waiting-lists/",
]
INTERNAL_URLS = [
    "http://mirth01.sbuh.local:8080/webadmin/Index.action",
    "https://pacs-web.sbuh.local:8443/zfp?mode=proxy",
    "http://10.20.4.15:9100/metrics",
    "https://fhir.sbuh.local:9443/fhir/R4/metadata",
    "\\\\fs01.sbuh.local\\Wards$\\7B\\Handover",
    "https://bedboard.sbuh.local/wards/7B?view=compact&refresh=60",
    "http://printsrv03:631/printers/Ward7B_Zebra",
    "https://epr-test.sbuh.local/Citrix/StoreWeb/",
]
EMOJI = [
    ":+1:",
    ":pray:",
    ":tada:",
    ":eyes:",
    ":white_check_mark:",
    ":hospital:",
    ":pill:",
    ":ambulance:",
    ":syringe:",
    ":coffee:",
    ":tea:",
    ":umbrella:",
    ":cloud_with_rain:",
    ":sunny:",
    ":flag-ie:",
    ":sweat_smile:",
    ":facepalm:",
    ":fire:",
    ":rocket:",
    ":100:",
    ":cuppa:",
    ":mirth-down:",
    ":grand:",
    ":sláinte:",
    "🙏",
    "😅",
    "☔",
    "🌧️",
    "🌦️",
    "👀",
    "✅",
    "🎉",
    "🏥",
    "💊",
    "🩺",
    "🚑",
    "🇮🇪",
    "🇵🇭",
    "🇵🇱",
    "🇧🇷",
    "🤦‍♀️",
    "👍🏽",
    "🫠",
    "🥲",
    "☕",
]
REACTIONS = [
    "+1",
    "+1::skin-tone-3",
    "+1::skin-tone-5",
    "white_check_mark",
    "eyes",
    "pray",
    "heart",
    "joy",
    "raised_hands",
    "tada",
    "hospital",
    "pill",
    "ambulance",
    "ok_hand",
    "100",
    "thinking_face",
    "fire",
    "heavy_check_mark",
    "rotating_light",
    "cuppa",
    "mirth-down",
    "grand",
    "flag-ie",
    "sláinte",
    "this-is-fine",
    "facepalm",
    "ack",
    "done",
    "on-it",
    "taking-a-look",
    "white_frowning_face",
]

# ---- what they type -----------------------------------------------------------------------------------------
# Placeholders: ⟦M⟧ a person, ⟦G⟧ a user group, ⟦L⟧ a link, ⟦U⟧ an internal URL, ⟦C⟧ a channel, ⟦P⟧ a place,
# ⟦N⟧ a small number, ⟦TZ⟧ a time zone, ⟦T⟧ a time, ⟦PH⟧ a phone number, ⟦D⟧ a date, ⟦INC⟧ a ticket number.
CHAT = [
    "morning all ☕",
    "mornin'",
    "gm from the basement server room 🥶",
    "k",
    "👍",
    "ta",
    "thanks a mil ⟦M⟧",
    "grand, sorted",
    "on it",
    "looking now",
    "ack",
    "np",
    "yep",
    "will do",
    "cheers lads",
    "sound",
    "nvm, found it",
    "brb, bleeped to ED",
    "lunch, back in 30",
    "OOO Thurs–Fri, ⟦M⟧ is covering the service desk queue",
    "Ward 7B label printer (Zebra ZD421, asset SB-PR-0713) offline again. Reseated the USB, printing now ✅",
    "anyone know why the wristband printer in AMU prints everything 2 cm to the left? 🤔",
    "Bleep 4471 not receiving for the on-call SpR, switchboard says it's our side",
    "EPR downtime Sun 02:00–04:00 for the 24.2 upgrade. Downtime packs printed for ED, AMU, ICU & Maternity.",
    "ADT feed is lagging ~12 min, Mirth channel ADT_A01_inbound queue at 3,412 and climbing 📈",
    "queue drained, back to <1 s latency. root cause was a stuck ACK from the RIS",
    "PACS slow for everyone or just me? CT heads taking 40 s to open in the viewer",
    "who has the key for comms room B2? the one with the 'do NOT unplug' sign 😬",
    "Imprivata tap-and-go not working on the WoWs on St. Enda's ward, badge reader shows amber",
    "reminder: password expiry emails are NOT phishing this time 🙃 but check the sender anyway",
    "phishing sim results: 14% click rate, down from 22% in Q1 🎉",
    "Citrix session keeps dropping on the theatre PCs around 13:10 every day. suspiciously lunchtime",
    "can someone reset MFA for Dr. O'Donnell-Ní Fhlaithearta? new phone, the old one is in the Corrib apparently",
    "Vocera badges in ICU need the new cert pushed before Friday or they stop roaming",
    "biomed asked if the infusion pump drug library update (v12.3) can go out with the next CAB",
    "CAB is at 14:00 in the Boardroom / Teams link in ⟦C⟧",
    "change CHG0041872 approved ✅ window Sat 22:00–Sun 01:00",
    "does anybody kno if the lab's LIS goes down during the Sunday window too?",
    "it's lashing in ⟦P⟧ ☔ bring a coat if you're heading over to the Merlin Park site",
    "22 °C and sunny in ⟦P⟧, is this even Ireland",
    "fog so thick on the N6 this morning, 40 min from Oranmore 🌫️",
    "Teams is down-ish, use Slack for the incident bridge",
    "the ED triage screen shows 'Patient not found' for anyone registered after 08:00 — looking",
    "found it: MPI merge job locked the table. killed it, re-running at 20:00",
    "NEWS2 escalation alerts are firing twice on Ward 4. dedupe rule missing since the 3.1 deploy",
    "can we get a Jeeves alert for the car park flooding 😂 it's under water again",
    "who's on call for the interface engine this weekend? rota sheet says ⟦M⟧ but they're on leave",
    "⟦M⟧ can you look at ⟦INC⟧ when you get a sec? nurse manager on 6A is chasing",
    "pharmacy says the eMAR shows 'mg' where it should be 'microgram' for fentanyl patches. P1, looking now",
    "fixed the unit mapping: fentanyl 12 micrograms/hour patch shows correctly now. was a µ vs u thing",
    "quick one: is it 'Ní' or 'Ni' in AD for Siobhán? the HR feed strips the fada",
    "AD sync is mangling fadas again: Ó Súilleabháin → O Suilleabhain. UTF-8 on the CSV export pls 🙏",
    "Coffee dock by the main entrance is doing 2-for-1 til 11 ☕☕",
    "cake in the IT office for Maricel's last day 🎂 come say slán",
    "Happy Diwali to everyone celebrating 🪔",
    "Eid Mubarak ⟦M⟧ and family 🌙",
    "Maligayang kaarawan ⟦M⟧! 🎉",
    "Wszystkiego najlepszego ⟦M⟧! 🎂",
    "Lá breithe sona duit ⟦M⟧ 🥳",
    "Parabéns ⟦M⟧!! 🎉🎉",
    "ജന്മദിനാശംസകൾ ⟦M⟧ 🎂",
    "Go raibh maith agat!",
    "Dziękuję bardzo, działa 🙏",
    "Salamat po!",
    "നന്ദി! 🙏",
    "Obrigada, deu certo!",
    "شكرا جزيلا يا ⟦M⟧",
    "Mulțumesc frumos!",
    "Ačiū!",
    "धन्यवाद 🙏",
    "Дякую! 💙💛",
    "Kraków this weekend, back Monday. ⟦M⟧ has my bleep",
    "the new VPN client breaks split tunnelling for PACS — anyone else?",
    "is the Wi-Fi SSID 'SBUH-Staff' or 'SBUH_Staff'? a patient keeps asking at the desk lol",
    "guest Wi-Fi voucher printer in OPD is out of paper 🧾",
    "scanned in 412 historical charts today. my soul has left",
    "Ward 3 says the weather alert from Jeeves arrived at 06:00 instead of 06:30 since the clocks changed",
    "reminder: never paste patient identifiers in Slack. use the INC number, or the MRN *last 4* only",
    "p95 of the results viewer is back to 1.2 s after the index rebuild 🚀",
    "disk on SQL-REP-02 at 91%, who owns the 'temp_export_FINAL_v2' table with 38 GB in it 👀",
    "any objection to restarting the print spooler on PRT-SRV-03 at 12:30?",
    "done, spooler restarted. 17 stuck jobs cleared",
    "lgtm, one nit on the HL7 escape handling",
    "tbh we should just upgrade Mirth instead of patching the JS filter again",
    "heads up: Dr Ó Ceallaigh's bleep changed to 4-2-1-9",
    "38 on trolleys in ED this morning per TrolleyWatch 😞",
    "does the ED dashboard count trolleys or cubicles? the INMO numbers don't match ours",
    "new starters in pharmacy Mon: 3 pharmacists, 2 techs. accounts pls by Fri",
    "the 'Fax to GP' integration failed 23 times overnight, Healthlink endpoint returned 503",
    "sent to the vendor, ticket #SR-20240917-0042, they say 'next business day' 🙄",
    "1:1 moved to 15:30, sorry ⟦M⟧",
    "who's going to HIMSS Europe? ✈️",
    "Medical Council number is 6 digits, not 5 — the locum form validation is wrong",
    "just realised the bed board still says 'Summer 2023 config'. 🙈",
    "fire alarm test at 11:00, don't panic, keep calm and carry on deploying",
    "my badge stopped opening the data centre door. did I miss a memo 😅",
    "ok so the issue is the TZ on the interface server is UTC and the lab sends Europe/Dublin local time",
    "👀",
    "😂😂",
    "🙏",
    "+1",
    "^ this",
    "same here",
    "lol",
    "haha classic",
    "ugh",
    "yikes",
    "wee bit of a mess but grand",
    "Thread for the EPR go-live retro 👇",
    "can you DM me the details?",
    "will take this offline",
    "link to the runbook? ⟦L⟧",
    "PR: ⟦L⟧ — small one, promise",
    "merged ✅",
    "rolled back, sorry all",
    "Dashboard for the bed management project: ⟦L⟧ (needs VPN)",
    "Slides from today: ⟦L⟧",
    "SNOMED CT Irish edition (Sept release) is out, mapping table refresh due",
    "ICD-10-AM 12th edition go-live for the HIPE coders is 1 Jan, any EPR impact?",
    "Reminder: GDPR & FOI requests go to the DPO, not the service desk ⟦C⟧",
    "Radiology wants the DICOM SR dose reports routed to the dose monitoring box too",
    "Saturday's change went well — 0 rollbacks, 1 cold pizza 🍕",
    "Clocks go back on 27 Oct. Every year something breaks at 01:59:59 🕐",
    "would anyone mind if I moved the standup to 09:15? school run",
    "Are we still doing the 5k for the children's ward fundraiser? 🏃‍♀️ sign up ⟦L⟧",
    "parking permit renewal portal is broken on Safari, works on Edge",
    "anyone have a spare USB-C to Ethernet dongle?",
    "My Jeeves weather alert keeps saying 'Gaillimh' — is that a feature? 😄",
    "It's 'Port Láirge', not 'Port Lairge', the fada matters ⟦M⟧",
    "Pharmacy asked 'can Jeeves tell us the fridge temps?' no. please don't ask it that 😂",
    "ring me on ⟦PH⟧ if the bridge drops",
    "my mobile is ⟦PH⟧ for the weekend, text first pls",
    "switchboard: ⟦PH⟧, ask for the IT on-call",
    "ward 6A desk phone ⟦PH⟧, ask for the CNM",
    "INC raised: ⟦INC⟧ (label printer, 7B)",
    "⟦INC⟧ closed, user confirmed ✅",
    "⟦G⟧ anyone free for a P2?",
    "⟦G⟧ heads up, EPR slow in ED, looking",
    "the interface spreadsheet is at ⟦U⟧",
    "try ⟦U⟧ from a wired PC",
    "next CAB ⟦D⟧, submissions by Thursday noon",
    "audit visit moved to ⟦D⟧ 😬",
    "leave booked ⟦D⟧ → back the week after",
    "weather for the 5k looks 🌦️ typical",
    "the Atlantic is angry today 🌊 wind warning for ⟦P⟧",
    "Status yellow wind warning for Galway & Mayo from 18:00, secure the smoking shelter 😅",
    "snow? in ⟦P⟧? in September? Jeeves is having a laugh",
]
SNIPPETS = [
    "```\nMSH|^~\\&|PAS|SBUH|RIS|SBUH|20240917081502||ADT^A08^ADT_A01|MSG00012345|P|2.4|||AL|NE|IRL\n"
    "EVN|A08|20240917081502|||JMURPHY^Murphy^Jack\nPID|1||ZZTEST0001^^^SBUH^MR~9999999999^^^IHI^NI||ZZTEST^DONALD^"
    "P^^Mr||19670412|M|||12 Shop St^^Galway^^H91 XK2F^IRL||(091) 524222\nPV1|1|I|7B^12^A^SBUH||||C1234^Ó CEALLAIGH^"
    "PÁDRAIG^^^Dr|||MED||||19|||C1234|IN|V000123\n```\nPV1-3 is fine, it's PID-13 the RIS chokes on",
    "```\nMSH|^~\\&|LIS|SBUH_LAB|EPR|SBUH|20240917093011||ORU^R01|LAB778812|P|2.5.1\nOBR|1|ORD445|LAB778812|24323-8^"
    "Comprehensive metabolic panel^LN\nOBX|1|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.3|H|||F\nOBX|2|NM|2160-0^"
    "Creatinine^LN||142|umol/L|45-90|H|||F\nOBX|3|NM|33914-3^eGFR^LN||38|mL/min/1.73m2|>60|L|||F\n```",
    "Mirth is NACKing these: `MSA|AE|MSG00012345|PID-3 identifier type code missing` — the PAS sends `^^^SBUH` "
    "without `^MR`",
    "HL7 escapes cheat sheet for the new folks: `\\F\\` = `|`, `\\S\\` = `^`, `\\T\\` = `&`, `\\R\\` = `~`, "
    '`\\E\\` = `\\`. So `O\\T\\G` is "O&G" (Obs & Gynae), not a typo',
    "```javascript\n// Mirth filter: drop test patients before they hit the RIS\nvar mrn = msg['PID']['PID.3']"
    "['PID.3.1'].toString();\nif (mrn.indexOf('ZZTEST') === 0) {\n    return false;\n}\nreturn true;\n```",
    "```\nGET https://fhir.sbuh.local:9443/fhir/R4/Patient?identifier=http://stbrigids.ie/mrn|ZZTEST0001"
    "&_revinclude=Encounter:patient&_count=50\n```\nreturns 0 entries but the same MRN works in the EPR 🤔",
    '```json\n{\n  "resourceType": "Observation",\n  "status": "final",\n  "code": {"coding": [{"system": '
    '"http://loinc.org", "code": "718-7", "display": "Hemoglobin [Mass/volume] in Blood"}]},\n  '
    '"subject": {"reference": "Patient/zztest-0001"},\n  "valueQuantity": {"value": 11.8, "unit": "g/dL", '
    '"system": "http://unitsofmeasure.org", "code": "g/dL"}\n}\n```',
    "```sql\nSELECT w.ward_code, COUNT(*) AS transfers\nFROM adt_events e\nJOIN wards w ON w.id = e.ward_id\n"
    "WHERE e.event_type = 'A02'\n  AND e.event_ts >= '2024-09-16' AND e.event_ts < '2024-09-17'\n"
    "GROUP BY w.ward_code\nORDER BY transfers DESC;\n```\nthis is on the reporting replica, not prod, relax 😅",
    "can someone sanity-check this before I run it on REP? `DELETE FROM temp_export_final_v2 WHERE created_at < "
    "'2024-06-01';` (it's a scratch table, backed up last night)",
    "```powershell\nGet-ADUser -Filter \"Surname -like 'Ó*'\" -Properties mail, department |\n  Select-Object Name, "
    "SamAccountName, mail, department |\n  Export-Csv -Path .\\fada-check.csv -Encoding UTF8 -NoTypeInformation\n```",
    "```powershell\nTest-NetConnection -ComputerName pacs01.sbuh.local -Port 104\n\n"
    "ComputerName     : pacs01.sbuh.local\n"
    "RemoteAddress    : 10.20.8.21\nRemotePort       : 104\nTcpTestSucceeded : False\n```",
    "```\n$ tail -n 200 /opt/mirthconnect/logs/mirth.log | grep -E 'ERROR|WARN'\n"
    "ERROR 2024-09-17 07:58:03.441 [ADT_A01_inbound] com.mirth.connect.donkey: Timed out waiting for ACK (30000 ms)\n"
    "WARN  2024-09-17 07:58:33.447 [ADT_A01_inbound] queue size 3412\n```",
    "```\n$ openssl s_client -connect ris.sbuh.local:6661 -servername ris.sbuh.local </dev/null 2>/dev/null | "
    "openssl x509 -noout -dates -subject\nnotBefore=Oct  2 09:14:11 2023 GMT\nnotAfter=Oct  1 09:14:11 2024 GMT\n"
    "subject=CN = ris.sbuh.local, O = St Brigids University Hospital, C = IE\n```\nexpires in 2 weeks, CHG raised",
    "```\n$ findscu -v -S -k QueryRetrieveLevel=STUDY -k PatientID=ZZTEST0001 -k StudyDate=20240901-20240917 "
    "-aet SBUH_WS12 -aec SBUH_PACS pacs01 104\nE: Association Request Failed: 0006:031b Failed to establish "
    "association\nE: Peer aborted Association (or never connected)\n```",
    "```\nAn account failed to log on.\nSubject:\n  Security ID: NULL SID\nLogon Type: 3\nAccount Name: svc_mirth\n"
    "Account Domain: SBUH\nFailure Reason: Unknown user name or bad password.\nStatus: 0xC000006D\nSource Network "
    "Address: 10.20.4.37\n```\nsomeone changed the svc password without telling the interfaces team 🙃",
    '```python\nimport pandas as pd\ndf = pd.read_csv("beds_2024-09-16.csv", parse_dates=["admit_ts", '
    '"discharge_ts"])\ndf["los_h"] = (df.discharge_ts - df.admit_ts).dt.total_seconds() / 3600\n'
    'print(df.groupby("ward")["los_h"].median().round(1).sort_values())\n```',
    "```\nSystem.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed "
    "prior to completion of the operation or the server is not responding.\n   at BedBoard.Data.WardRepository."
    "GetOccupancy(String wardCode) in C:\\Builds\\BedBoard\\src\\Data\\WardRepository.cs:line 212\n"
    "   at BedBoard.Web.Controllers.WardsController.Index(String id) in C:\\Builds\\BedBoard\\src\\Web\\Controllers\\"
    "WardsController.cs:line 48\n```",
    "```\n2024-09-17 07:44:12 10.20.4.37 GET /ResultsViewer/api/results patientId=ZZTEST0001&from=2024-09-01 443 - "
    "10.20.31.8 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 500 0 0 15012\n```\n15 s and a 500, same as yesterday",
    "Updated the VTE table on the wiki:\n```\n| Drug        | Dose      | Route | Freq | Note                     |\n"
    "|-------------|-----------|-------|------|--------------------------|\n"
    "| Enoxaparin  | 40 mg     | SC    | OD   | 20 mg if CrCl <30 mL/min |\n"
    "| Tinzaparin  | 4,500 IU  | SC    | OD   | wt >100 kg: 75 IU/kg     |\n| Heparin     | 5,000 units | SC  | BD   | "
    "renal pts               |\n```",
    "eMAR bug: order `Amoxicillin 500 mg PO TDS x 5/7` shows on the MAR as `Amoxicillin 500 mg PO TDS x 5/7 x 5/7`. "
    "Duration appended twice, only for orders amended after 18:00 🤷",
    "paracetamol 1 g PO/IV QDS (max 4 g/24 h; 15 mg/kg if <50 kg) — the order set says 1 g QDS regardless of weight, "
    "pharmacy want the weight check back",
    "gentamicin 5 mg/kg IV OD, level 6–14 h post dose, use the Hartford nomogram. Rule fires for 7 mg/kg too, is "
    "that right ⟦M⟧?",
    "insulin glargine 18 units SC @ 22:00 → shows as 18 mL on the printed MAR. CSV export has `18 u`, the template "
    "maps `u` → `mL` 😱 raising P1",
    "heparin infusion 25,000 units in 50 mL (500 units/mL) @ 1.8 mL/h → APTT ratio 1.5–2.5, check 6 h after "
    "any rate change",
    "```\n15 2 * * * /opt/scripts/purge_tmp_exports.sh --older-than 30d >> /var/log/purge.log 2>&1\n```\n"
    "runs nightly on rep-etl-01",
    "```yaml\n- name: Install Zabbix agent 2\n  ansible.builtin.apt:\n    name: zabbix-agent2\n    state: present\n"
    "- name: Point it at the proxy\n  ansible.builtin.lineinfile:\n    path: /etc/zabbix/zabbix_agent2.conf\n"
    "    regexp: '^Server='\n    line: 'Server=zbx-proxy01.sbuh.local'\n```",
    '```xml\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <title>Discharge Summary</title>\n  <effectiveTime '
    'value="20240917101500+0100"/>\n  <recordTarget><patientRole><id extension="ZZTEST0001" '
    'root="2.16.372.1.2.3"/></patientRole></recordTarget>\n</ClinicalDocument>\n```\nHealthlink rejects this, '
    "says effectiveTime needs seconds?",
    "Eircode check regex for the patient registration form: `^[AC-FHKNPRTV-Y][0-9]{2}|D6W\\s?[0-9AC-FHKNPRTV-Y]{4}$` "
    "— needs brackets around the alternation, will fix",
    'Excel formula for the NEWS2 audit sheet: `=IF(AND(C2>=5,D2="Y"),"Escalate",IF(C2>=3,"Review","Monitor"))`',
    "```\n$ git log --oneline --since='2 days ago' -- interfaces/adt/\n4f1c2e9 ADT: map PV1-3 bed to new 7B layout\n"
    "a91d0b3 ADT: strip trailing ^ from PID-5\n```",
    "```\n(&(objectClass=user)(memberOf=CN=GG-EPR-Nurses,OU=Groups,OU=SBUH,DC=sbuh,DC=local)"
    "(!(userAccountControl:1.2.840.113556.1.4.803:=2)))\n```\nthat's the LDAP filter the EPR uses for the nurse role",
    "Zabbix trigger for the REP disk: `last(/SQL-REP-02/vfs.fs.size[D:,pused])>90` — bump to 92 until the purge runs?",
    "R one-liner for the LOS report: `aggregate(los ~ ward, data = adm, FUN = median)` then `barplot(sort(...))`",
    '```\ncurl -s -H "Authorization: Bearer $TOKEN" "https://fhir.sbuh.local:9443/fhir/R4/Patient?identifier='
    "http://stbrigids.ie/mrn%7CZZTEST0001&_format=json\" | jq '.entry[0].resource.name'\n```",
    '```bat\n@echo off\nnet use Z: \\\\fs01\\Wards$\\7B /persistent:yes\n'
    'xcopy "C:\\Users\\Public\\Desktop\\Handover.xlsx" '
    "Z:\\ /Y\n```\nlogon script for the 7B PCs, the old one mapped to fs02",
    '```\n2024-09-17 06:58:01,233 WARN  [pager-gw] bleep=4471 delivery=FAILED reason="no ack in 30s" retry=2/3\n'
    "2024-09-17 06:58:31,240 INFO  [pager-gw] bleep=4471 delivery=OK via=DECT-2\n```",
    '`datetime.strptime("17/09/2024 14:05", "%d/%m/%Y %H:%M")` — the lab sends day-first, the RIS month-first. '
    "guess which one broke at 13/09",
    "```\nvMotion of SQL-REP-02 failed: The operation is not allowed in the current state.\nHost: esx-07.sbuh.local "
    "(maintenance mode)\n```",
    "Intune: 47 devices non-compliant (BitLocker off) — 31 are the WoWs in theatres. CSV: ⟦U⟧",
    "DICOM tag for the accession is (0008,0050), the RIS puts it in (0020,0010) StudyID instead 🙄 that's why the "
    "PACS can't match",
    "Modality worklist for CT2 empty since 07:10 — `C-FIND rsp status 0xA700 (Out of resources)` from the broker",
]
LONG = [
    "*Incident update* — EPR slowness (P2) — 09:40\n• Impact: ED & AMU, screens take 10–20 s to load\n• Cause: "
    "index rebuild on the results DB ran into the working day\n• Mitigation: rebuild paused, ~60% done\n• Next "
    "update: 10:15 or sooner\nBridge: ⟦L⟧ ⟦G⟧",
    "CAB minutes ⟦D⟧\n1. CHG0041872 — Mirth 4.5 upgrade: *approved* (Sat 22:00–01:00, rollback = VM snapshot)\n"
    "2. CHG0041880 — infusion pump library v12.3: *approved*, biomed to confirm ward order\n3. CHG0041891 — "
    "firewall rule for the new dose monitoring box (TCP 104/11112): *deferred*, needs the vendor's IP list\n"
    "4. AOB: the Oct freeze starts ⟦D⟧\nThanks all ⟦M⟧ ⟦M⟧",
    "Downtime procedure reminder for Sunday (EPR 24.2 upgrade, 02:00–04:00):\n1) print the downtime reports at "
    "01:30 (census, MAR, allergies)\n2) paper request forms for lab & radiology from the blue folder\n3) back-entry "
    "after go-live: nurses enter obs from 02:00, pharmacy verifies anything given\n4) call ext. 4400 for "
    "anything urgent\n_no patient IDs in this channel please_ :pray:",
    "Oncall handover 👋\n```\nopen:  ⟦INC⟧ (bleep gateway flapping), ⟦INC⟧ (7B printer again)\nfixed: ADT lag "
    "(stuck ACK), REP disk (purged 38 GB)\nwatch: RIS cert expires 01/10, CHG raised\n```\nnothing paged after "
    "02:00 🎉 go raibh maith agaibh",
    "New starters checklist (pharmacy, Mon):\n- [ ] AD accounts + mailbox (HR ticket REQ0061123)\n- [ ] EPR roles: "
    "Pharmacist / Pharmacy Tech\n- [ ] Imprivata badge enrolment (Tues 10:00, IT office)\n- [x] laptops imaged\n"
    "- [ ] Slack invite to ⟦C⟧\n_shout if I missed anything_",
    "---------- Forwarded message ---------\nFrom: HSE National Service Desk <noreply@hse.ie>\nDate: Tue, 17 Sep "
    "2024 at 08:02\nSubject: [Action required] TLS 1.0/1.1 retirement on Healthlink\n\n> Dear colleague,\n> From 1 "
    "October 2024, Healthlink will only accept TLS 1.2 or higher.\n> Please ensure your messaging software is "
    "updated.\n\nI think our fax-to-GP box is still on 1.0 😬 ⟦M⟧",
    "Post-incident review: ADT lag 16/09\n*Timeline*\n07:52 RIS stops ACKing (cert chain changed)\n07:58 Mirth "
    "queue > 1,000, Zabbix alert\n08:11 ⟦M⟧ restarts the RIS listener, no effect\n08:34 cert chain fixed, queue "
    "drains by 08:49\n*What went well*: alert fired in 6 min\n*To improve*: alert on ACK latency, not queue size",
    "Rota swap request 🙏 I'm on call ⟦D⟧ but it's my sister's wedding in Kottayam. Can swap for any weekend in "
    "October. Thanks!! ⟦M⟧",
    "Survey: what should Jeeves do next? (n=87)\n| option | votes |\n|---|---|\n| met.ie warnings | 41 |\n| car park "
    "status | 29 |\n| canteen menu | 17 |\nMet Éireann warnings it is 🌧️",
    "Seachtain na Gaeilge: beidh ciorcal comhrá ar siúl sa cheaintín gach Céadaoin ag 13:00. Fáilte roimh chách, "
    "cuma cé chomh maith is atá do chuid Gaeilge! ☕🇮🇪",
    "Welcome to the team ⟦M⟧! 👋 Witamy! Maligayang pagdating! സ്വാഗതം! Bem-vindo! Fáilte! أهلا وسهلا\nYou'll be on "
    "the service desk rota from next week, ⟦M⟧ will show you the ropes.",
    "Release notes *bed-board 3.2*:\n1. wards sorted by floor then name (7A, 7B, St. Enda's, St. Michael's)\n2. fixed: "
    "apostrophes in ward names broke the filter (St. Enda's)\n3. new: isolation flags 🟥🟧 from the IPC feed\n4. "
    "known issue: Safari 16 shows dates as `Invalid Date` — use Edge for now",
    "From the GP liaison:\n> Hi, the discharge summaries for Dr. Ní Mhaoláin's patients come through with "
    '"Ã³" instead of "ó" — e.g. "Ã\\x93 Ceallaigh". Could you check the encoding?\n\nClassic '
    "Latin-1/UTF-8 double encoding. Which channel does the CDA go through ⟦M⟧?",
    "Plan for the Mirth 4.5 upgrade (Sat):\n1) 21:45 announce in ⟦C⟧\n2) 22:00 stop channels, export config "
    "(`mccommand -a https://mirth01:8443 -u admin -s export-all.txt`)\n3) snapshot VM\n4) upgrade, import, start "
    "channels one by one (ADT first)\n5) smoke test: A01/A08/ORU from the test PAS\nRollback ~20 min.",
]
BOT_COMMANDS = [
    "weather",
    "weather ⟦P⟧",
    "weather ⟦P⟧",
    "weather in ⟦P⟧",
    "what's the weather in ⟦P⟧?",
    "weather ⟦P⟧ tmrw",
    "Weather ⟦P⟧ pls 🙏",
    "wether ⟦P⟧",
    "weather ⟦P⟧ ☔?",
    "is it going to rain in ⟦P⟧ for the 5k on Sat?",
    "remember location ⟦P⟧",
    "remember location ⟦P⟧",
    "remember location Ward 7B, St. Brigid's, Newcastle Rd",
    "my location",
    "forget location",
    "help",
    "?",
    "helo",
    "config",
    "config timezone ⟦TZ⟧",
    "config tz ⟦TZ⟧",
    "config alert_time ⟦T⟧",
    "config alert_time 6.45",
    "config alert_time 06h45",
    "config units metric",
    "config units imperial",
    "config units celsius",
    "alerts on",
    "alerts off",
    "alerts on — before my 07:30 shift",
    "login",
    "forget me",
    "hi Jeeves 👋",
    "dia duit",
    "thanks!",
    "go raibh maith agat",
    "salamat",
    "weather Gaillimh",
    "remember location Salthill (the prom end)",
    "config timezone Europe/Dublin",
    "weather tomorrow?",
    "ALERTS OFF",
]
PLAIN_BOT_PREFIX = ["", "", "", "hey ", "hi ", "ok ", "pls "]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == "-")


class Hospital(WebApp):
    """The workspace, its people and one seeded random source; each method makes one request."""

    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 11 * 3600)
    kid_first, context_bytes = True, 36
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, (first, last) in enumerate(PEOPLE):
            handle = f"{_ascii(first)}.{_ascii(last)}"
            self.people.append(
                {
                    "id": "U0" + "".join(self.rng.choice(ID_CHARS) for _ in range(8)),
                    "first": first,
                    "last": last,
                    "name": f"{first} {last}",
                    "handle": handle if i % 9 else handle + "2",
                    "email": f"{handle}@stbrigids.ie",
                    "tz": self.rng.choice(TIMEZONES),
                }
            )

    # ---- small random pieces ---------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([5, 6, 6, 6, 7, 7, 7, 8, 8, 12, 13, 18, 19, 20, 21])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '10', '50'])}"

    def phone(self) -> str:
        return self.pick(
            [
                f"+353 91 {self.rng.randint(500, 599)} {self.rng.randint(0, 999):03d}",
                f"(091) {self.rng.randint(500000, 599999)}",
                f"087-{self.rng.randint(100, 999)} {self.rng.randint(0, 9999):04d}",
                f"+353 (0)86 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}",
                f"ext. {self.rng.randint(4000, 4999)}",
                f"x{self.rng.randint(4000, 4999)}",
                f"bleep {self.rng.randint(4000, 4999)}",
                f"+63 917 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}",
                f"+91 98470 {self.rng.randint(10000, 99999)}",
                f"+48 601-{self.rng.randint(100, 999)}-{self.rng.randint(100, 999)}",
            ]
        )

    def date(self) -> str:
        day = self.rng.randint(18, 30)
        return self.pick(
            [
                f"{day}/09/2024",
                f"2024-09-{day}",
                f"{day} Sep",
                f"Mon {day}th",
                f"{day}.09.",
                f"{day}-Sep-24",
                f"Sept {day}",
                f"{day}/9",
                f"<!date^{EPOCH + day * 3600}^{{date_short}}|Sep {day}>",
            ]
        )

    def incident(self) -> str:
        return self.pick(
            [
                f"INC{self.rng.randint(90000, 99999):07d}",
                f"CHG{self.rng.randint(41800, 41999):07d}",
                f"REQ{self.rng.randint(61000, 61999):07d}",
                f"RITM{self.rng.randint(10000, 99999):07d}",
            ]
        )

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text with Slack's escaping and its <...> markup."""
        out = slack_escape(text) if slack else text
        subs: dict[str, Callable[[], str]] = {
            "⟦M⟧": lambda: f"<@{self.pick(self.people)['id']}>" if slack else "@" + self.pick(self.people)["handle"],
            "⟦G⟧": lambda: (lambda g: f"<!subteam^{g[0]}|@{g[1]}>" if slack else "@" + g[1])(self.pick(GROUPS)),
            "⟦L⟧": lambda: (
                lambda u: (
                    f"<{slack_escape(u)}{self.pick(['', '', '|link', '|PR', '|here', '|runbook'])}>" if slack else u
                )
            )(self.pick(LINKS)),
            "⟦U⟧": lambda: (lambda u: slack_escape(u) if slack else u)(self.pick(INTERNAL_URLS)),
            "⟦C⟧": lambda: (lambda c: f"<#{c[0]}|{c[1]}>" if slack else "#" + c[1])(self.pick(CHANNELS)),
            "⟦P⟧": lambda: (lambda p: slack_escape(p) if slack else p)(self.pick(PLACES)),
            "⟦N⟧": lambda: str(self.rng.randint(2, 60)),
            "⟦TZ⟧": lambda: self.pick(TIMEZONES),
            "⟦T⟧": self.alert_time,
            "⟦PH⟧": self.phone,
            "⟦D⟧": lambda: self.date() if slack else self.date().split("|")[-1].rstrip(">"),
            "⟦INC⟧": self.incident,
        }
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "⟦M⟧ ⟦M⟧ ", "<!here> ", "<!channel> ", "⟦G⟧ ", "cc "]) + text
        elif roll < 0.86:
            text = self.pick(["", "", "", "seeing this on ⟦U⟧:\n", "any ideas? ", "fyi ", "⟦M⟧ "]) + self.pick(SNIPPETS)
            if self.chance(0.25):
                text += "\n" + self.pick(
                    [
                        "thoughts?",
                        "halp 😅",
                        "cc ⟦M⟧",
                        "fixed by restarting the listener",
                        "(from the test env)",
                        "ticket: ⟦INC⟧",
                    ]
                )
        else:
            text = self.pick(LONG)
            if self.chance(0.25):  # the occasional wall of text: two or three long posts pasted together
                text += "\n\n" + "\n\n".join(self.pick(LONG + SNIPPETS) for _ in range(self.rng.randint(1, 3)))
        protected = text.replace("<!here>", "\x01").replace("<!channel>", "\x02")
        return self.fill(protected).replace("\x01", "<!here>").replace("\x02", "<!channel>")

    def command_text(self, slack: bool = True) -> str:
        return self.fill(self.pick(PLAIN_BOT_PREFIX) + self.pick(BOT_COMMANDS), slack)

    # ---- records ---------------------------------------------------------------------------------------
    def entry(self, kind: str, sub: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {
            **req,
            "id": f"{NAME}-benign-{kind}-{self.n:04d}",
            "category": "benign",
            "placement": placement,
            "sub": sub,
        }

    # ---- Slack: Events API -----------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {
            "User-Agent": SLACK_UA,
            "Accept": "*/*",
            "Accept-Encoding": "gzip,deflate",
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(EPOCH),
            "X-Slack-Signature": "v0=" + "0" * 64,
        }
        if self.chance(0.04):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error", "too_many_requests"])
        return h

    def blocks(self, text: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        for code, part in self.fenced_parts(text):
            if code:
                elements.append(
                    {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": part}], "border": 0}
                )
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": part}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {
            "user": user["id"],
            "type": "app_mention" if mention else "message",
            "ts": ts,
            "client_msg_id": self.uuid(),
            "text": text,
            "team": TEAM,
        }
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        event["channel"], event["event_ts"] = channel, ts
        if not mention:
            event["channel_type"] = channel_type
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {
            "method": "POST",
            "uri": "/slack/events",
            "headers": self.slack_headers("application/json"),
            "body": json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":")),
        }

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.entry("slack", "chat", "json", self.event_request(self.message(self.chat_text(), cid, "channel")))

    def slack_thread_reply(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_text(), cid, "channel")
        event["thread_ts"], event["parent_user_id"] = self.ts(), self.pick(self.people)["id"]
        if self.chance(0.15):
            event["subtype"] = "thread_broadcast"
            event["root"] = {
                "text": self.fill(self.pick(CHAT)),
                "user": event["parent_user_id"],
                "ts": event["thread_ts"],
                "thread_ts": event["thread_ts"],
                "reply_count": 4,
                "type": "message",
            }
        return self.entry("slack", "thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.6):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", ""]) + self.chat_text()
            if not text.startswith(("<@", "hey")):
                text += f" <@{BOT_USER}>"
        return self.entry("slack", "mention", "json", self.event_request(self.message(text, cid, "channel", True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.8) else self.chat_text()
        return self.entry("slack", "dm", "json", self.event_request(self.message(text, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited)", " *", "", " — typo, sorry", " ✅ sorted"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {
            "type": "message",
            "subtype": "message_changed",
            "message": new,
            "channel": cid,
            "hidden": True,
            "previous_message": self.inner(old),
            "ts": self.ts(),
            "event_ts": self.ts(),
            "channel_type": "channel",
        }
        return self.entry("slack", "edit", "json", self.event_request(event))

    def slack_integration(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(1000, 99999)
        source = self.pick(["servicenow", "zabbix", "github", "azure-devops", "veeam", "mirth-alerts", "statuspage"])
        texts = {
            "servicenow": f'*INC{n:07d}* assigned to *IT Service Desk*: "Ward 7B — label printer not printing '
            f'(Zebra ZD421)" — Priority 3 <https://servicenow.stbrigids.ie/incident.do?sys_id='
            f"{self.hexs(32)}|Open>",
            "zabbix": f"Problem: Free disk space is less than 10% on volume D: | Host: SQL-REP-02 | Severity: High | "
            f"Started 07:{n % 60:02d} | Event ID {n}",
            "github": f"*[stbrigids-it/bed-board]* Pull request opened: <https://github.com/stbrigids-it/bed-board/pull/"
            f"{n % 900}|#{n % 900} Fix ward filter for names with apostrophes (St. Enda's)>",
            "azure-devops": f"Build *mirth-channels-CI* #{n} succeeded :white_check_mark: (branch `release/4.5`, "
            f"12 tests, 0 failed)",
            "veeam": f"Backup job 'SQL-REP nightly' finished: *Warning* — 14 of 15 VMs OK, 1 warning (SQL-REP-02: "
            f"changed block tracking reset). Duration 02:{n % 60:02d}:11",
            "mirth-alerts": f"[ALERT] Channel ADT_A01_inbound: queued messages = {n % 5000} (threshold 1000) on "
            f"mirth01.sbuh.local:8443",
            "statuspage": f"*Healthlink* — Degraded performance: GP messaging delays of up to {n % 50} minutes. "
            f"We are investigating.",
        }
        ts = self.ts()
        event: dict[str, Any] = {
            "type": "message",
            "subtype": "bot_message",
            "text": slack_escape(texts[source]).replace("&lt;https", "<https").replace("&gt;", ">"),
            "ts": ts,
            "username": source,
            "bot_id": self.sid("B0", 8),
            "channel": cid,
            "event_ts": ts,
            "channel_type": "channel",
        }
        if self.chance(0.6):
            event["attachments"] = [
                {
                    "fallback": texts[source][:90],
                    "color": self.pick(["36a64f", "e01e5a", "ecb22e"]),
                    "title": source.replace("-", " ").title(),
                    "footer": source,
                    "ts": EPOCH + n % 40000,
                }
            ]
        return self.entry("slack", "integration", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name, mime = self.pick(
            [
                (
                    "Downtime_Procedure_ED_v4.2 (FINAL).docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
                ("ADT_A08_sample.hl7", "text/plain"),
                ("ward7b-printer.jpg", "image/jpeg"),
                ("Rota Oct–Dec 2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                ("CT2 worklist error.png", "image/png"),
                ("mirth-channel-export.xml", "application/xml"),
                ("Lámhleabhar Gaeilge.pdf", "application/pdf"),
                ("IMG_20240917_083211.jpg", "image/jpeg"),
                ("Screenshot 2024-09-17 at 08.41.12.png", "image/png"),
                ("bed-occupancy_2024-09-16.csv", "text/csv"),
                ("mirth.log", "text/plain"),
            ]
        )
        text = self.pick(
            [
                "",
                "",
                "see attached",
                "screenshot from the ward 👆",
                "the log from this morning",
                "final final version 😅",
                "sample message (test patient only)",
                "for CAB ⟦D⟧",
            ]
        )
        event = self.message(self.fill(text), cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0")
        event["files"] = [
            {
                "id": fid,
                "created": EPOCH,
                "name": name,
                "title": name,
                "mimetype": mime,
                "filetype": name.rsplit(".", 1)[-1].lower(),
                "user": event["user"],
                "size": self.rng.randint(900, 6_000_000),
                "mode": "hosted",
                "is_external": False,
                "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                + urllib.parse.quote(name.lower().replace(" ", "_")),
            }
        ]
        return self.entry("slack", "file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS + [(self.sid("D0"), "im")])
        urls = [
            f"{BASE}/me/",
            f"{BASE}/me/?done=settings_saved",
            f"{BASE}/auth/slack/link/{self.token()}",
            f"{BASE}/admin/users?q={urllib.parse.quote(self.pick(PEOPLE)[1])}&page=1",
            f"{BASE}/admin/features",
            f"{BASE}/.well-known/oauth-authorization-server",
            f"{BASE}/admin/audit?q=user.active&page=2",
        ]
        links = [{"domain": HOST, "url": self.pick(urls)} for _ in range(self.rng.randint(1, 2))]
        event = {
            "type": "link_shared",
            "channel": cid,
            "is_bot_user_member": True,
            "user": self.pick(self.people)["id"],
            "message_ts": self.ts(),
            "unfurl_id": f"C{self.token(20)}",
            "thread_ts": self.ts(),
            "source": self.pick(["conversations_history", "composer"]),
            "links": links,
            "event_ts": self.ts(),
        }
        return self.entry("slack", "unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {
            "type": self.pick(["reaction_added"] * 5 + ["reaction_removed"]),
            "user": self.pick(self.people)["id"],
            "reaction": self.pick(REACTIONS),
            "item_user": self.pick(self.people + [{"id": BOT_USER}])["id"],
            "item": {"type": "message", "channel": cid, "ts": self.ts()},
            "event_ts": self.ts(),
        }
        return self.entry("slack", "reaction", "json", self.event_request(event))

    def slack_join(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        user = self.pick(self.people)
        if self.chance(0.5):
            event: dict[str, Any] = {
                "type": "member_joined_channel",
                "user": user["id"],
                "channel": cid,
                "channel_type": "C",
                "team": TEAM,
                "inviter": self.pick(self.people)["id"],
                "event_ts": self.ts(),
            }
        else:
            ts = self.ts()
            event = {
                "type": "message",
                "subtype": "channel_join",
                "user": user["id"],
                "ts": ts,
                "text": f"<@{user['id']}> has joined the channel",
                "channel": cid,
                "event_ts": ts,
                "channel_type": "channel",
            }
        return self.entry("slack", "join", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {
            "type": "app_home_opened",
            "user": self.pick(self.people)["id"],
            "channel": self.sid("D0"),
            "tab": self.pick(["home", "home", "messages"]),
            "event_ts": self.ts(),
        }
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {
                "id": self.sid("V0"),
                "team_id": TEAM,
                "type": "home",
                "private_metadata": "",
                "callback_id": "",
                "hash": f"{EPOCH}.{self.hexs(8)}",
                "blocks": [],
                "title": {"type": "plain_text", "text": "Jeeves"},
                "app_id": APP_ID,
            }
        return self.entry("slack", "home", "json", self.event_request(event))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.entry(
            "slack",
            "verify",
            "json",
            {
                "method": "POST",
                "uri": "/slack/events",
                "body": json.dumps(body),
                "headers": self.slack_headers("application/json"),
            },
        )

    # ---- Slack: slash commands and interactivity -------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 8 + [(self.sid("G0"), "privategroup")])
        text = self.command_text()
        fields = [
            ("token", VERIFY_TOKEN),
            ("team_id", TEAM),
            ("team_domain", TEAM_DOMAIN),
            ("channel_id", cid),
            ("channel_name", cname),
            ("user_id", user["id"]),
            ("user_name", user["handle"]),
            ("command", "/jeeves"),
            ("text", text),
            ("api_app_id", APP_ID),
            ("is_enterprise_install", "false"),
            ("response_url", self.hook("commands")),
            ("trigger_id", self.trigger()),
        ]
        return self.entry(
            "command",
            "slash",
            "form",
            {
                "method": "POST",
                "uri": "/slack/commands",
                "body": urllib.parse.urlencode(fields),
                "headers": self.slack_headers("application/x-www-form-urlencoded"),
            },
        )

    def interaction_base(self, kind: str, user: dict[str, str]) -> dict[str, Any]:
        return {
            "type": kind,
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID,
            "token": VERIFY_TOKEN,
            "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def interaction(self, sub: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.entry(
            "interaction",
            sub,
            "form",
            {
                "method": "POST",
                "uri": "/slack/interactions",
                "body": body,
                "headers": self.slack_headers("application/x-www-form-urlencoded"),
            },
        )

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 6)
        roll = self.rng.random()
        if roll < 0.72:
            action = {
                "action_id": "set_location",
                "block_id": self.token(4)[:5],
                "value": self.pick(PLACES),
                "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                "type": "button",
                "action_ts": self.ts(),
            }
        elif roll < 0.86:
            action = {
                "action_id": "forget_me_confirm",
                "block_id": self.token(4)[:5],
                "value": "-",
                "style": "danger",
                "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                "type": "button",
                "action_ts": self.ts(),
            }
        else:
            action = {
                "action_id": "forget_me_cancel",
                "block_id": self.token(4)[:5],
                "value": "-",
                "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                "type": "button",
                "action_ts": self.ts(),
            }
        weather = self.fill(
            self.pick(
                [
                    "*⟦P⟧* — 14 °C, light rain 🌧️, wind SW 35 km/h, gusts 60",
                    "*⟦P⟧* — 9 °C, showers 🌦️, feels like 5 °C",
                    "*⟦P⟧* — 21 °C, sunny ☀️ (enjoy it, it won't last)",
                    "Forget everything I know about you? This can't be undone.",
                ]
            )
        )
        payload = self.interaction_base("block_actions", user)
        payload.update(
            {
                "container": {
                    "type": "message",
                    "message_ts": self.ts(),
                    "channel_id": cid,
                    "is_ephemeral": self.chance(0.7),
                },
                "channel": {"id": cid, "name": cname},
                "state": {"values": {}},
                "response_url": self.hook("actions"),
                "actions": [action],
            }
        )
        if not payload["container"]["is_ephemeral"]:
            payload["message"] = {
                "type": "message",
                "user": BOT_USER,
                "ts": payload["container"]["message_ts"],
                "bot_id": "B06JEEVES1",
                "text": weather,
                "team": TEAM,
                "blocks": [
                    {
                        "type": "section",
                        "block_id": action["block_id"],
                        "text": {"type": "mrkdwn", "text": weather, "verbatim": False},
                    }
                ],
            }
        return self.interaction("button", payload)

    def modal_submission(self) -> dict[str, Any]:
        user = self.pick(self.people)
        place = self.fill(self.pick(["⟦P⟧", "⟦P⟧", "Ward 7B, St. Brigid's", "home — ⟦P⟧"]), slack=False)
        feedback = self.fill(
            self.pick(
                [
                    "The 06:30 alert came at 05:30 today. I'm on nights so it woke me 😴",
                    'Could it say "Status Yellow" when Met Éireann has a warning? We plan ward transfers around it.',
                    "Alert says 14°C but the car park felt like 4°C 🥶",
                    "Please add Irish place names — 'An Cheathrú Rua' isn't found but 'Carraroe' is.",
                    "Great bot! Minor: imperial shows mph but temps still in °C?",
                    "The weather for 'Derry~Londonderry' shows Derry, New Hampshire 😂",
                    "For the night shift (20:00–08:00) a 19:15 alert would be ideal; "
                    "the time picker only goes to 18:00?",
                    "Wind warnings for the Aran ferries would help staff who commute from Inis Mór "
                    "(ferry 07:00 from Kilronan)",
                ]
            ),
            slack=False,
        )
        callback, values = self.pick(
            [
                (
                    "jeeves_settings",
                    {
                        "loc": {"location_input": {"type": "plain_text_input", "value": place}},
                        "time": {"alert_time": {"type": "timepicker", "selected_time": self.alert_time()}},
                        "tz": {
                            "timezone": {
                                "type": "static_select",
                                "selected_option": {
                                    "text": {"type": "plain_text", "text": "Dublin (IST/GMT)", "emoji": True},
                                    "value": self.pick(TIMEZONES),
                                },
                            }
                        },
                        "units": {
                            "units": {
                                "type": "radio_buttons",
                                "selected_option": {
                                    "text": {"type": "plain_text", "text": "Metric (°C, km/h)"},
                                    "value": "metric",
                                },
                            }
                        },
                        "alerts": {
                            "alerts": {
                                "type": "checkboxes",
                                "selected_options": [
                                    {"text": {"type": "plain_text", "text": "Daily weather alert"}, "value": "on"}
                                ],
                            }
                        },
                    },
                ),
                (
                    "jeeves_feedback",
                    {
                        "fb": {"feedback_text": {"type": "plain_text_input", "value": feedback}},
                        "kind": {
                            "kind": {
                                "type": "static_select",
                                "selected_option": {
                                    "text": {"type": "plain_text", "text": "Suggestion 💡"},
                                    "value": "suggestion",
                                },
                            }
                        },
                        "when": {
                            "date": {"type": "datepicker", "selected_date": f"2024-09-{self.rng.randint(10, 17)}"}
                        },
                    },
                ),
            ]
        )
        payload = self.interaction_base("view_submission", user)
        payload["view"] = {
            "id": self.sid("V0"),
            "team_id": TEAM,
            "type": "modal",
            "callback_id": callback,
            "private_metadata": json.dumps({"channel": self.sid("D0"), "origin": "app_home"}),
            "hash": f"{EPOCH}.{self.hexs(8)}",
            "state": {"values": values},
            "app_id": APP_ID,
            "title": {"type": "plain_text", "text": "Jeeves settings" if callback == "jeeves_settings" else "Feedback"},
            "submit": {"type": "plain_text", "text": "Save"},
            "blocks": [],
            "root_view_id": None,
            "previous_view_id": None,
            "bot_id": "B06JEEVES1",
        }
        payload["response_urls"] = []
        return self.interaction("modal", payload)

    def shortcut(self) -> dict[str, Any]:
        user = self.pick(self.people)
        if self.chance(0.5):
            payload = self.interaction_base("shortcut", user)
            payload.update({"callback_id": "jeeves_weather_here", "action_ts": self.ts()})
        else:
            cid, cname = self.pick(CHANNELS)
            payload = self.interaction_base("message_action", user)
            text = self.fill(self.pick(CHAT))
            payload.update(
                {
                    "callback_id": "weather_for_message",
                    "action_ts": self.ts(),
                    "message_ts": self.ts(),
                    "channel": {"id": cid, "name": cname},
                    "response_url": self.hook("app"),
                    "message": {
                        "type": "message",
                        "user": self.pick(self.people)["id"],
                        "ts": self.ts(),
                        "text": text,
                        "client_msg_id": self.uuid(),
                    },
                }
            )
        return self.interaction("shortcut", payload)

    # ---- HTTP clients ----------------------------------------------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        trace = self.hexs(32)
        roll = self.rng.random()
        if roll < 0.25:
            h["traceparent"] = f"00-{trace}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = "sbuh=t61rcWkgMzE,dd=s:1;o:rum;t.dm:-0"
        elif roll < 0.35:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = trace, self.hexs(16), "1"
        elif roll < 0.42:
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (
                f"sentry-environment=production,sentry-release=ward-dash%401.8.{self.rng.randint(0, 9)},"
                f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2"
            )
        elif roll < 0.5:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        if self.chance(0.3):
            h[self.pick(["X-Request-Id", "X-Correlation-ID", "Request-Id"])] = self.pick(
                [
                    self.uuid(),
                    f"gha-{self.rng.randint(10**9, 10**10)}-1",
                    f"ps-{self.hexs(12)}",
                    f"snow.{self.hexs(32)}",
                    f"pbi:{self.uuid()}",
                ]
            )

    def script_headers(self, client: str, scope: str) -> dict[str, str]:
        ua, extra = self.pick(
            [
                ("Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-IE) PowerShell/7.4.5", {}),
                ("Mozilla/5.0 (Windows NT; Windows NT 10.0; en-IE) WindowsPowerShell/5.1.17763.6189", {}),
                ("Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", {}),
                ("Grafana/11.2.0", {"X-Grafana-Org-Id": "1"}),
                ("python-requests/2.32.3", {}),
                ("python-httpx/0.27.2", {}),
                ("curl/8.9.1", {}),
                ("curl/7.81.0", {}),
                ("ServiceNow/1.0", {}),
                ("Apache-HttpClient/4.5.14 (Java/17.0.12)", {}),
                ("Go-http-client/2.0", {}),
                ("libcurl/8.7.1 r-curl/5.2.2 httr/1.4.7", {}),
                ("HTTPie/3.2.3", {}),
                ("PostmanRuntime/7.42.0", {"Postman-Token": ""}),
                ("GitHub-Actions-Runner/2.319.1 curl/8.5.0", {}),
                ("node-fetch", {}),
                ("axios/1.7.7", {}),
                ("okhttp/4.12.0", {}),
            ]
        )
        h = {
            "User-Agent": ua,
            "Accept": self.pick(
                ["application/json", "*/*", "application/json, text/plain, */*", "application/json;q=0.9,*/*;q=0.8"]
            ),
            "Authorization": "Bearer " + self.jwt(client, scope),
        }
        for key in extra:
            h[key] = extra[key] or self.uuid()
        if self.chance(0.7):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if "PowerShell" in ua and self.chance(0.5):
            h["Connection"] = "Keep-Alive"
        if "Mashup" in ua:
            h["Accept-Language"] = "en-IE"
        self.tracing(h)
        return h

    def browser(self, referer: str | None = None, post: bool = False, mobile: bool = False) -> dict[str, str]:
        chromium = False
        if mobile:
            ua = self.pick(
                [
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Version/17.6 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/128.0.6613.127 Mobile Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/128.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Mobile/15E148 Slack/24.09.10.0",
                ]
            )
            chromium = "Chrome" in ua
            platform = '"Android"' if "Android" in ua else '"iOS"'
        else:
            ua = self.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/128.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Version/17.6 Safari/605.1.15",
                    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/127.0.0.0 Safari/537.36",
                ]
            )
            chromium = "Chrome" in ua
            platform = '"Windows"' if "Windows" in ua else ('"Linux"' if "Linux" in ua else '"macOS"')
        h: dict[str, str] = {
            "User-Agent": ua,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
            if chromium
            else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": self.pick(
                [
                    "en-IE,en-GB;q=0.9,en;q=0.8",
                    "en-IE,en;q=0.9",
                    "en-GB,en;q=0.9,ga;q=0.8",
                    "en-US,en;q=0.9",
                    "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7",
                    "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
                    "ml-IN,ml;q=0.9,en-IN;q=0.8,en;q=0.7",
                    "fil-PH,fil;q=0.9,en-US;q=0.8,en;q=0.7",
                    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
                    "ar-SD,ar;q=0.9,en;q=0.8",
                    "ro-RO,ro;q=0.9,en-US;q=0.8",
                    "en-IE",
                ]
            ),
            "Accept-Encoding": "gzip, deflate, br, zstd" if chromium else "gzip, deflate, br",
        }
        if chromium:
            brand = '"Microsoft Edge";v="128"' if "Edg/" in ua else '"Google Chrome";v="128"'
            h["sec-ch-ua"] = f'"Chromium";v="128", "Not;A=Brand";v="24", {brand}'
            h["sec-ch-ua-mobile"] = "?1" if mobile else "?0"
            h["sec-ch-ua-platform"] = platform
        h["Sec-Fetch-Site"] = "same-origin" if referer else "none"
        h["Sec-Fetch-Mode"] = "navigate"
        h["Sec-Fetch-User"] = "?1"
        h["Sec-Fetch-Dest"] = "document"
        h["Upgrade-Insecure-Requests"] = "1"
        if referer:
            h["Referer"] = referer if referer.startswith("https://") else BASE + referer
        if post:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.2):
            h["DNT"] = "1"
        if self.chance(0.15):
            h["Priority"] = "u=0, i"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        jar = list(pairs)
        if self.chance(0.35):  # the hospital's F5 in front of the DMZ
            jar.append(
                (
                    "BIGipServer~DMZ~pool_jeeves_443",
                    f"{self.rng.randint(10**8, 4 * 10**9)}.{self.rng.randint(10000, 60000)}.0000",
                )
            )
        if self.chance(0.2):
            jar.append((f"TS01{self.hexs(6)}", "01" + self.hexs(self.rng.choice([96, 128, 160]))))
        if self.chance(0.15):
            jar.append(
                (
                    "ai_user",
                    f"{self.token(15)[:20]}|2024-0{self.rng.randint(6, 9)}-1{self.rng.randint(0, 9)}T08:"
                    f"{self.rng.randint(10, 59)}:{self.rng.randint(10, 59)}.{self.rng.randint(100, 999)}Z",
                )
            )
        if self.chance(0.15):
            jar.append(("theme", self.pick(["dark", "light", "system"])))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def multipart(
        self, fields: list[tuple[str, str]], ua: str, files: list[tuple[str, str, str, str]] | None = None
    ) -> tuple[str, str]:
        if "Firefox/13" in ua:
            boundary = self.form_boundary("gecko")
        elif "Firefox" in ua:
            boundary = self.form_boundary("firefox")
        else:
            boundary = "----WebKitFormBoundary" + "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)
            )
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        for name, filename, ctype, content in files or []:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {ctype}\r\n\r\n{content}\r\n"
            )
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    # ---- the data API --------------------------------------------------------------------------------
    def api(self) -> dict[str, Any]:
        client = self.pick(
            [
                "powerbi-bed-mgmt",
                "servicenow-sync",
                "gha-jeeves-ci",
                "mirth-adt-bridge",
                "grafana-ops",
                "ad-sync-ps",
                "rota-export",
            ]
        )
        roll = self.rng.random()
        scope = "read write" if roll >= 0.7 or self.chance(0.3) else "read"
        h = self.script_headers(client, scope)
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25", "10"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 25, 50, 100, 200, 500, 1000]))))
            for key, values in (
                ("active", ["true", "false", "1", "0", "True"]),
                ("alerts", ["true", "false", "on", "off"]),
                ("team_id", [TEAM, TEAM, "T07MERLINP"]),
            ):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            return self.entry(
                "api",
                "list-users",
                "query",
                self.get_request("/api/users?" + urllib.parse.urlencode(params), h),
            )
        if roll < 0.38:  # dashboards and scripts that search (the extra filters are theirs; the API ignores them)
            person = self.pick(self.people)
            params = [("team_id", TEAM), ("active", "true"), ("limit", "500")]
            params.append(
                self.pick(
                    [
                        ("q", person["last"]),
                        ("q", person["first"]),
                        ("email", person["email"]),
                        ("name", person["name"]),
                        ("q", person["email"].split("@")[0]),
                        (
                            "department",
                            self.pick(["Pharmacy", "ICT", "Radiology", "Nursing – 7B", "Lab (Biochem & Haem)", "ED"]),
                        ),
                        ("fields", "id,name,email,settings.timezone"),
                        ("sort", "-updated_at"),
                    ]
                )
            )
            quoted = urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote, urllib.parse.quote_plus]))
            return self.entry(
                "api",
                "search-users",
                "query",
                self.get_request("/api/users?" + quoted, h),
            )
        if roll < 0.55:
            uid = self.rng.randint(1, 480)
            uri = f"/api/users/{uid}" + self.pick(["", "", "", f"?_={EPOCH}{self.rng.randint(100, 999)}"])
            return self.entry("api", "get-user", "path", self.get_request(uri, h))
        if roll < 0.7:
            since_day = self.rng.randint(1, 16)
            since = self.pick(
                [
                    f"2024-09-{since_day:02d}T00:00:00Z",
                    f"2024-09-{since_day:02d}",
                    f"2024-09-{since_day:02d}T00:00:00+01:00",
                    f"2024-09-{since_day:02d}T06:00:00.000Z",
                    f"2024-09-{since_day:02d} 08:00:00",
                ]
            )
            params = [("since", since)]
            if self.chance(0.6):
                params.append(
                    (
                        "until",
                        self.pick(
                            [
                                "2024-09-17T00:00:00Z",
                                "2024-09-17T07:00:00+01:00",
                                "2024-09-17",
                                f"2024-09-{since_day + 1:02d}T23:59:59Z",
                            ]
                        ),
                    )
                )
            return self.entry(
                "api",
                "stats",
                "query",
                {
                    "method": "GET",
                    "body": "",
                    "headers": h,
                    "uri": "/api/usage/stats?" + urllib.parse.urlencode(params),
                },
            )
        if roll < 0.74:
            return self.entry(
                "api", "switches", "header", self.get_request("/api/switches", h)
            )
        if roll < 0.8:
            action = self.pick(
                [
                    "weather",
                    "remember location",
                    "my location",
                    "forget location",
                    "config",
                    "alerts",
                    "login",
                    "forget me",
                    "help",
                ]
            )
            body: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.6):
                body["team_id"] = self.pick([TEAM, "*"])
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
            return self.entry(
                "api",
                "put-switch",
                "json",
                {
                    "method": "PUT",
                    "uri": "/api/switches/" + urllib.parse.quote(action),
                    "headers": h,
                    "body": json.dumps(body, indent=self.pick([None, 2])),
                },
            )
        person = self.pick(self.people)
        doc: dict[str, Any] = {}
        roll2 = self.rng.random()
        if roll2 < 0.3:
            doc["name"] = self.pick(
                [
                    person["name"],
                    f"Dr. {person['name']}",
                    f"{person['last']}, {person['first']}",
                    f"{person['name']} (locum)",
                    f"Sr. {person['first']} {person['last']}",
                    f"{person['first']} {person['last']} RGN, RM",
                ]
            )
        if roll2 < 0.5 or not doc:
            doc["settings"] = {}
            for key, make in (
                ("timezone", lambda: self.pick(TIMEZONES)),
                ("alert_time", self.alert_time),
                ("units", lambda: self.pick(["metric", "imperial"])),
                ("alerts", lambda: self.chance(0.7)),
            ):
                if self.chance(0.55):
                    doc["settings"][key] = make()
        if self.chance(0.2):
            doc["email"] = self.pick(
                [
                    person["email"],
                    person["email"].replace("@stbrigids.ie", "@hse.ie"),
                    f"{person['handle'].replace('.', '_')}@stbrigids.ie",
                ]
            )
        if self.chance(0.2):
            doc["is_active"] = self.chance(0.6)
        if self.chance(0.05):
            doc["is_admin"] = self.chance(0.5)
        h["Content-Type"] = self.pick(
            ["application/json", "application/json; charset=utf-8", "application/merge-patch+json"]
        )
        body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2, 4]))
        return self.entry(
            "api",
            "patch-user",
            "json",
            {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 480)}", "body": body, "headers": h},
        )

    # ---- the admin panel -------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.24:
            h = self.browser(self.pick(["/admin/", "/admin/users", "/admin/users?q=&page=2", None]))
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.people)
            q = self.pick(
                [
                    person["last"],
                    person["first"],
                    person["name"],
                    person["email"],
                    person["id"],
                    person["last"].lower(),
                    person["last"].replace("'", "’"),
                    "@stbrigids.ie",
                    "ní ",
                    "O'",
                    "mac giolla",
                    "dela cruz",
                    "-",
                    "U06",
                    TEAM,
                    "locum",
                    "kuriakose",
                    "അഞ്ജു",
                    "محمد",
                    "Wójcik",
                    "wojcik",
                    "siobh",
                    "Ó Súilleabháin",
                    "o suilleabhain",
                    "@hse.ie",
                    "",
                ]
            )
            params = [("q", q)] + ([("page", str(self.rng.randint(1, 6)))] if self.chance(0.4) else [])
            return self.entry(
                "admin",
                "user-search",
                "query",
                {"method": "GET", "body": "", "headers": h, "uri": "/admin/users?" + urllib.parse.urlencode(params)},
            )
        if roll < 0.36:
            h = self.browser("/admin/users?q=" + urllib.parse.quote(self.pick(PEOPLE)[1]), True)
            h["Cookie"] = self.cookies(session)
            flag = self.pick(["active", "active", "admin"])
            q = self.pick([self.pick(self.people)["last"], "", "locum", "@stbrigids.ie"])
            fields = [
                ("csrf_token", csrf),
                ("value", self.pick(["0", "1"])),
                ("q", q),
                ("page", str(self.rng.randint(1, 4))),
            ]
            return self.entry(
                "admin",
                "user-edit",
                "form",
                {
                    "method": "POST",
                    "headers": h,
                    "uri": f"/admin/users/{self.rng.randint(1, 480)}/{flag}",
                    "body": urllib.parse.urlencode(fields),
                },
            )
        if roll < 0.46:
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(
                ["weather", "remember location", "config", "alerts", "login", "forget me", "my location"]
            )
            if self.chance(0.8):
                uri = "/admin/features"
                fields = [
                    ("csrf_token", csrf),
                    ("action", action),
                    ("enabled", self.pick(["0", "1"])),
                    ("team_id", self.pick(["", "", TEAM, TEAM.lower(), "T07MERLINP", "*"])),
                ]
            else:
                uri = "/admin/features/remove"
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick(["*", TEAM]))]
            return self.entry(
                "admin",
                "switch",
                "form",
                self.form_request(uri, h, fields),
            )
        if roll < 0.56:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(
                [
                    "powerbi-bed-mgmt",
                    "servicenow-sync",
                    "gha-jeeves-ci",
                    "mirth-adt-bridge",
                    "grafana.ops",
                    "ad-sync-ps",
                    "rota-export",
                    "lab:qc-dashboard",
                    "pharmacy.stock-bot",
                ]
            )
            if self.chance(0.6):
                desc = self.pick(
                    [
                        "Power BI: bed management dashboard (owner: Niamh F., ICT BI team) — read-only",
                        "ServiceNow ⇄ Jeeves user sync, runs 06:00 & 18:00 (MID server mid-01)",
                        "GitHub Actions: nightly smoke test of /jeeves weather (repo stbrigids-it/jeeves-config)",
                        "Mirth channel 'ADT_to_Jeeves' – marks leavers inactive on A03 discharge of staff accounts",
                        "Grafana JSON datasource, #network-ops dashboards",
                        "PowerShell AD sync (\\\\mgmt01\\scripts\\Sync-JeevesUsers.ps1), runs as svc_jeeves_sync",
                        "Rota export for the nursing office — Ward 7A/7B/St. Enda's",
                        "Lab QC dashboard (Biochem & Haem) — temp. until 31/12/2024",
                        'Pharmacy stock bot: "read" only, no patient data!',
                        "",
                    ]
                )
                fields = [("csrf_token", csrf), ("client_id", client), ("description", desc), ("scopes", "read")]
                if self.chance(0.35):
                    fields.append(("scopes", "write"))
                return self.entry(
                    "admin",
                    "client-create",
                    "form",
                    self.form_request("/admin/clients", h, fields),
                )
            action = self.pick(["rotate", "disable", "enable"])
            return self.entry(
                "admin",
                "client-" + action,
                "form",
                {
                    "method": "POST",
                    "uri": f"/admin/clients/{urllib.parse.quote(client)}/{action}",
                    "headers": h,
                    "body": urllib.parse.urlencode([("csrf_token", csrf)]),
                },
            )
        if roll < 0.64:
            h = self.browser("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(
                [
                    "user.active",
                    "user.admin",
                    "login",
                    "login.failed",
                    "feature.set",
                    "client.rotate",
                    "client.disable",
                    "user.forget_me",
                    "admin.map_slack",
                    "2024-09-16",
                    "16/09",
                    "svc_",
                    self.pick(self.people)["handle"],
                    f"{TEAM}/{self.pick(self.people)['id']}",
                    "10.20.4.37",
                    "denied",
                    "totp",
                ]
            )
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.3) else [])
            return self.entry(
                "admin",
                "audit",
                "query",
                {"method": "GET", "body": "", "headers": h, "uri": "/admin/audit?" + urllib.parse.urlencode(params)},
            )
        if roll < 0.77:
            page = self.pick(
                [
                    "/admin/",
                    "/admin/",
                    "/admin/users",
                    "/admin/features",
                    "/admin/clients",
                    "/admin/gateway",
                    "/admin/account",
                    "/admin/slack-sign-in",
                    "/admin/audit",
                    "/admin/users?done=user_updated&q=O%27Brien&page=1",
                    "/admin/features?done=switch_updated",
                    "/admin/clients?done=client_created",
                    "/admin/slack-sign-in?done=mapped",
                    "/admin/static/admin.css",
                    "/admin/static/admin.css?v=3.2.1",
                ]
            )
            h = self.browser(self.pick(["/admin/", "/admin/users", None]))
            if page.endswith(".css") or "css?" in page:
                h["Accept"] = "text/css,*/*;q=0.1"
                h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "style", "no-cors"
                h.pop("Sec-Fetch-User", None)
                h.pop("Upgrade-Insecure-Requests", None)
            h["Cookie"] = self.cookies(session)
            return self.entry("admin", "page", "cookie", self.get_request(page, h))
        if roll < 0.88:
            if self.chance(0.3):
                h = self.browser(self.pick(["/admin/", None]))
                nxt = self.pick(
                    ["/admin/users", "/admin/features", "/admin/users?q=ni%20bhriain", "/admin/audit?q=login.failed"]
                )
                return self.entry(
                    "admin",
                    "login-page",
                    "query",
                    {
                        "method": "GET",
                        "body": "",
                        "headers": h,
                        "uri": "/admin/login?" + urllib.parse.urlencode([("next", nxt)]),
                    },
                )
            h = self.browser("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            if self.chance(0.4):  # KeePass/Bitwarden passphrases
                words = [
                    "Corrib",
                    "salthill",
                    "Kettle",
                    "bleep",
                    "Atlantic",
                    "trolley",
                    "Curragh",
                    "fada",
                    "ward",
                    "Claddagh",
                    "spinnaker",
                    "hurley",
                    "turf",
                    "currach",
                    "barmbrack",
                ]
                password = self.pick(["-", " ", ".", "_"]).join(self.pick(words) for _ in range(4)) + str(
                    self.rng.randint(1, 99)
                )
            else:
                alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_~()[]{}.,:;"
                password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 32)))
            fields = [
                ("csrf_token", csrf),
                ("next", self.pick(["/admin/", "/admin/users", "/admin/features", ""])),
                ("username", self.pick(["admin", "niamh.fitzgerald", "it-oncall", "d.oreilly", "ws-breakglass"])),
                ("password", password),
                (
                    "totp",
                    self.pick(
                        [
                            "",
                            f"{self.rng.randint(0, 999999):06d}",
                            f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}",
                        ]
                    ),
                ),
            ]
            return self.entry(
                "admin",
                "login",
                "form",
                self.form_request("/admin/login", h, fields),
            )
        if roll < 0.93:
            h = self.browser("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.75):
                fields = [
                    ("csrf_token", csrf),
                    ("username", self.pick(["niamh.fitzgerald", "it-oncall", "d.oreilly"])),
                    ("team_id", TEAM),
                    ("user_id", self.pick(self.people)["id"]),
                ]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", self.pick(["d.oreilly", "it-oncall"]))]
                uri = "/admin/slack-sign-in/remove"
            return self.entry(
                "admin",
                "slack-map",
                "form",
                self.form_request(uri, h, fields),
            )
        h = self.browser("/admin/account", True)
        h["Cookie"] = self.cookies(session)
        step = self.pick(["start", "confirm", "disable", "logout"])
        if step == "start":
            fields = [("csrf_token", csrf)]
        elif step == "confirm":
            fields = [
                ("csrf_token", csrf),
                ("totp_pending", self.token(40)),
                ("totp", f"{self.rng.randint(0, 999999):06d}"),
            ]
        elif step == "disable":
            fields = [
                ("csrf_token", csrf),
                (
                    "password",
                    "".join(
                        self.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_!?#")
                        for _ in range(20)
                    ),
                ),
            ]
        else:
            fields = [("csrf_token", csrf)]
        uri = "/admin/logout" if step == "logout" else f"/admin/account/totp/{step}"
        return self.entry(
            "admin",
            "account",
            "form",
            self.form_request(uri, h, fields),
        )

    # ---- /me/ --------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        mobile = self.chance(0.45)
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(
                self.pick([None, "/me/", f"/auth/slack/link/{self.token()}", "https://app.slack.com/"]), mobile=mobile
            )
            if h.get("Referer") == "https://app.slack.com/":
                h["Sec-Fetch-Site"] = "cross-site"
            h["Cookie"] = self.cookies(session)
            uri = self.pick(
                [
                    "/me/",
                    "/me/",
                    "/me/?done=location_saved",
                    "/me/?done=settings_saved",
                    "/me/?done=location_forgotten",
                    "/me/data.json",
                    "/me/?utm_source=slack&utm_medium=app_home",
                ]
            )
            if uri == "/me/data.json":
                h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            return self.entry("me", "page", "cookie", self.get_request(uri, h))
        if roll < 0.62:
            place = self.fill(
                self.pick(
                    [
                        "⟦P⟧",
                        "⟦P⟧",
                        "⟦P⟧",
                        "Ward 7B, St. Brigid's",
                        "⟦P⟧ (near the hospital)",
                        "Flat 3, 14 Lower Dominick St, Galway H91 X2Y4",
                        "Apt 2B, Seapoint, ⟦P⟧",
                    ]
                ),
                slack=False,
            )
            fields = [("csrf_token", csrf), ("place", place)]
            sub, uri = "location", "/me/location"
        elif roll < 0.9:
            fields = [
                ("csrf_token", csrf),
                ("units", self.pick(["metric", "metric", "imperial"])),
                ("alert_time", self.alert_time()),
                ("timezone", person["tz"]),
            ]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            sub, uri = "settings", "/me/settings"
        else:
            uri, fields = self.pick(
                [
                    ("/me/logout", [("csrf_token", csrf)]),
                    ("/me/location/forget", [("csrf_token", csrf)]),
                    ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")]),
                ]
            )
            sub = "action"
        h = self.browser("/me/", True, mobile)
        h["Cookie"] = self.cookies(session)
        if sub != "action" and self.chance(0.3):
            files: list[tuple[str, str, str, str]] = []
            if self.chance(0.4):
                files.append(
                    self.pick(
                        [
                            ("attachment", "", "application/octet-stream", ""),
                            (
                                "attachment",
                                "shift-pattern.txt",
                                "text/plain",
                                "Mon 07:30-20:00 Ward 7B\nTue off\nWed 20:00-08:00 (nights) ED\n",
                            ),
                            (
                                "attachment",
                                "rota.ics",
                                "text/calendar",
                                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//St Brigid's//Rota//EN\r\nBEGIN:VEVENT\r\n"
                                "DTSTART;TZID=Europe/Dublin:20240918T073000\r\nSUMMARY:Day shift – 7B\r\nEND:VEVENT\r\n"
                                "END:VCALENDAR",
                            ),
                        ]
                    )
                )
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"], files)
            return self.entry("me", sub, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.entry(
            "me", sub, "form", self.form_request(uri, h, fields)
        )

    # ---- Sign in with Slack and one-time links -------------------------------------------------------------
    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        mobile = self.chance(0.4)
        if roll < 0.15:
            h = self.browser(self.pick([None, "/me/"]), mobile=mobile)
            uri = self.pick(
                ["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten", "/auth/slack/?done=expired"]
            )
            return self.entry(
                "auth",
                "page",
                "header",
                {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri, "body": "", "headers": h},
            )
        if roll < 0.33:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login", "/me/"]), mobile=mobile)
            uri = self.pick(
                ["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin", "/auth/slack/login?for=me"]
            )
            return self.entry("auth", "login", "query", self.get_request(uri, h))
        if roll < 0.55:
            state = self.token()
            h = self.cross_site_arrival(self.browser(mobile=mobile))
            h["Referer"] = self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [
                ("code", f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**12, 10**13)}.{self.hexs(64)}"),
                ("state", state),
            ]
            if self.chance(0.12):
                params = self.pick(
                    [
                        [("error", "access_denied"), ("state", state)],
                        [
                            ("error", "invalid_scope"),
                            ("error_description", "The requested scope is invalid"),
                            ("state", state),
                        ],
                    ]
                )
            return self.entry(
                "auth",
                "callback",
                "query",
                {
                    "method": "GET",
                    "body": "",
                    "headers": h,
                    "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params),
                },
            )
        link = self.token()
        if roll < 0.7:
            h = {
                "User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "Accept": "*/*",
                "Accept-Encoding": "gzip,deflate",
                "Range": "bytes=0-32768",
            }
            return self.entry(
                "auth",
                "link-preview",
                "path",
                self.get_request(f"/auth/slack/link/{link}", h),
            )
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser(mobile=mobile))
            if self.chance(0.5):
                h["Referer"] = "https://app.slack.com/"
            return self.entry(
                "auth", "link", "path", self.get_request(f"/auth/slack/link/{link}", h)
            )
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True, mobile)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.entry(
            "auth",
            "link-post",
            "form",
            {
                "method": "POST",
                "uri": f"/auth/slack/link/{link}",
                "headers": h,
                "body": urllib.parse.urlencode([("csrf_token", csrf)]),
            },
        )

    # ---- TokenDealer ----------------------------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(
            [
                "powerbi-bed-mgmt",
                "servicenow-sync",
                "gha-jeeves-ci",
                "mirth-adt-bridge",
                "grafana-ops",
                "ad-sync-ps",
                "jeeves-worker",
            ]
        )
        secret = self.token()
        ua = self.pick(
            [
                "python-requests/2.32.3",
                "curl/8.9.1",
                "Go-http-client/2.0",
                "ServiceNow/1.0",
                "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-IE) PowerShell/7.4.5",
                "Apache-HttpClient/4.5.14 (Java/17.0.12)",
                "Authlib/1.3.2 (+https://authlib.org/)",
            ]
        )
        h = {
            "User-Agent": ua,
            "Accept": self.pick(["application/json", "*/*"]),
            "Content-Type": self.pick(
                ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8"]
            ),
        }
        self.tracing(h)
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            fields = self.token_grant(client, secret, h, basic)
            return self.entry(
                "oauth",
                "token",
                "form",
                self.form_request("/oauth/token", h, fields),
            )
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.entry(
                "oauth",
                "introspect",
                "form",
                self.form_request("/oauth/introspect", h, fields),
            )
        if roll < 0.88:
            h["Authorization"] = basic
            return self.entry(
                "oauth",
                "revoke",
                "form",
                {
                    "method": "POST",
                    "uri": "/oauth/revoke",
                    "headers": h,
                    "body": urllib.parse.urlencode([("token", token)]),
                },
            )
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.entry(
            "verify",
            "verify-token",
            "form",
            self.form_request("/verify_token", h, fields),
        )

    # ---- health and metadata ------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(
                [
                    "Zabbix",
                    "PRTG Network Monitor (www.paessler.com)",
                    "kube-probe/1.30",
                    "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
                    "Uptime-Kuma/1.23.13",
                    "Blackbox Exporter/0.25.0",
                    "curl/8.9.1",
                    "SolarWinds-Orion/2024.2",
                ]
            )
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            if self.chance(0.3):
                h["Connection"] = "close"
            uri = self.pick(["/healthz", "/readyz", "/healthz"])
            return self.entry(
                "health",
                uri.strip("/"),
                "header",
                {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri, "body": "", "headers": h},
            )
        if roll < 0.72:
            h = {
                "User-Agent": self.pick(
                    [
                        "PyJWT/2.9.0",
                        "Go-http-client/2.0",
                        "jwks-rsa/3.1.0",
                        "Authlib/1.3.2",
                        "Microsoft.IdentityModel/7.1.2",
                        "python-requests/2.32.3",
                    ]
                ),
                "Accept": self.pick(["application/json", "application/jwk-set+json, application/json"]),
            }
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(32)}"'
            return self.entry(
                "meta",
                "jwks",
                "header",
                {
                    "method": self.pick(["GET", "GET", "HEAD"]),
                    "uri": "/.well-known/jwks.json",
                    "body": "",
                    "headers": h,
                },
            )
        if roll < 0.88:
            h = {
                "User-Agent": self.pick(
                    ["python-requests/2.32.3", "curl/8.9.1", "Authlib/1.3.2", "oauth4webapi/2.12.0"]
                ),
                "Accept": "application/json",
            }
            return self.entry(
                "meta",
                "oauth-metadata",
                "header",
                {"method": "GET", "body": "", "headers": h, "uri": "/.well-known/oauth-authorization-server"},
            )
        h = {
            "User-Agent": self.pick(
                [
                    "schemathesis/3.36.0",
                    "openapi-generator-cli/7.8.0",
                    "python-requests/2.32.3",
                    "Swagger-Codegen/3.0.62/java",
                ]
            ),
            "Accept": "application/json",
        }
        return self.entry(
            "meta", "openapi", "header", self.get_request("/api/openapi.json", h)
        )


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300),
    ("slack_thread_reply", 80),
    ("slack_mention", 110),
    ("slack_dm", 110),
    ("slack_edit", 25),
    ("slack_integration", 40),
    ("slack_file", 18),
    ("slack_unfurl", 20),
    ("slack_reaction", 45),
    ("slack_join", 12),
    ("slack_home", 30),
    ("slash_command", 230),
    ("button_click", 95),
    ("modal_submission", 25),
    ("shortcut", 10),
    ("api", 220),
    ("admin", 115),
    ("me", 75),
    ("sign_in", 45),
    ("tokendealer", 55),
    ("health", 44),
]


def attacks() -> Iterator[dict[str, Any]]:
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The hospital's day, kinds interleaved as they arrive."""
    day = Hospital()
    todo = [name for name, count in PLAN for _ in range(count)]
    day.rng.shuffle(todo)
    yield day.slack_verification()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(day, name)
        yield make()


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return hashlib.sha256(json.dumps(list(benign()), sort_keys=True).encode()).hexdigest()
