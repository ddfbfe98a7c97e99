"""Benign traffic of an IT helpdesk and e-mail administration company (Harbourline), on every route of the edge.

About 1,700 requests in a deployment's proportions: Slack first (channel chat, threads, @mentions, DMs, edits,
other bots' posts, file shares, link unfurls, reactions, App Home; `/jeeves` slash commands; button clicks and
modal submissions as form-encoded `payload=` JSON), then the data API (PowerShell runbooks, Python scripts, CI and
dashboards with bearer tokens), the admin panel, `/me/` (settings, location, multipart posts from browsers), Sign in
with Slack, TokenDealer and the health and metadata GETs.

The people are a service desk and a mail team: they talk SMTP, IMAP and POP3, paste EHLO transcripts, MX/SPF/DKIM/
DMARC records, Postfix and Exchange logs, quote bounce messages and phishing reports (defanged), write Sieve and
SpamAssassin rules, run Active Directory and Windows admin commands in chat, and fight printers and the VPN. Their
values vary as real data does: names with apostrophes and hyphens, many scripts and emoji, street addresses, phone
numbers, URLs with ports and query strings, dates and numbers in many formats, Slack mrkdwn.

How it was written: by an independent benign author (evaluation_eighth), from the route list (name, match, methods,
upstream of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md and the record structure of
benign_day_gen.py; no WAF rule, exclusion, ruleset or other generator's text list was read, and the texts were not
changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_boundary, multipart_form, form_navigation, form_request, csrf_post, token_request, verify_request,
get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_params,
link_preview, link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, digest, no_attacks, planned, slack_escape

SEED = 806122024
EPOCH = 1718177400  # 2024-06-12 07:30 UTC, a Wednesday
TEAM, TEAM_DOMAIN = "T03HRBLINE", "harbourline-it"
APP_ID, BOT_USER = "A06JVSHELP", "U06JEEVESB"
HOST = "edge.harbourline.net"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "hL9qTzW2xRk4pMvN8sYc1bFe"

FIRST = ["Siobhán", "Mary-Kate", "Jean-Luc", "Anne-Marie", "D'Arcy", "Oisín", "Ciarán", "Pádraig", "Rhiannon",
         "Ffion", "Gwenllian", "Nnamdi", "Chidinma", "Kwame", "Abebe", "Ayşe", "Þórunn", "Søren", "Dagný",
         "Radhika", "Venkatesh", "Gurpreet", "Parveen", "Imran", "Thanh Hương", "Đức", "Joaquín", "Marie-Ève",
         "Tevita", "Lwazi", "Hyun-woo", "Seo-yeon", "Xiaoming", "Yuki", "Małgorzata", "Ştefan", "Ioana", "Răzvan",
         "Pieter-Jan", "Femke", "Sanne", "Bram", "Dave", "Gaz", "Becky", "Kev", "Shaz", "Mo", "Hattie", "Declan"]
LAST = ["O'Connor", "D'Souza", "Ní Bhriain", "Mac Giolla Phádraig", "Smith-Rowe", "Okonkwo", "Adeyemi-Cole",
        "Van den Broeck", "de Vries", "ter Horst", "Bakker", "Kulkarni", "Deshpande", "Iyer", "Nguyễn", "Trần",
        "Ó Dálaigh", "Fitzgerald", "Llewellyn-Jones", "ap Rhys", "Øvergaard", "Sigurðardóttir", "Jovanović",
        "Wróblewska", "Popescu", "Dąbrowski", "Al-Mansouri", "bin Yusof", "Mensah", "Tesfaye", "Fifita", "Kaur",
        "Sandhu", "Choudhury", "Whitfield", "Ashworth", "Brennan-Hughes", "McCall", "Hargreaves", "Sutcliffe"]

# Offices, client sites and home towns, as people type them.
PLACES = [
    "Leeds", "leeds", "Bradford", "Harrogate", "Hebden Bridge", "York", "Wetherby", "Ilkley", "Huddersfield",
    "Rotterdam", "Utrecht", "Den Bosch", "Delft", "Zwolle", "Pune", "Pimpri-Chinchwad", "Nagpur", "Cebu City",
    "Lapu-Lapu", "Halifax, NS", "Halifax NS", "Dartmouth, Nova Scotia", "St. Catharines, ON", "Moncton",
    "Cluj-Napoca", "Timișoara", "Brașov", "Plzeň", "České Budějovice", "Poznań", "Bydgoszcz", "Tórshavn",
    "Akureyri", "Bergen", "Ålesund", "Oulu", "Tartu", "Kaunas", "Daugavpils", "Новосибирск", "Екатеринбург",
    "Харків", "Одеса", "Ηράκλειο", "Πάτρα", "İzmir", "Eskişehir", "חיפה", "באר שבע", "الدار البيضاء", "عمّان",
    "مسقط", "पुणे", "नागपुर", "ঢাকা", "கோயம்புத்தூர்", "ಮೈಸೂರು", "เชียงใหม่", "广州", "成都", "名古屋", "福岡",
    "대구", "인천", "თბილისი", "Երևան", "አዲስ አበባ", "Kraków Nowa Huta", "Saint-Denis, La Réunion",
    "Les Sables-d'Olonne", "Villeneuve-d'Ascq", "L'Île-Rousse", "Bois-d'Arcy", "Martha's Vineyard",
    "Lake O'Hara", "Sault Ste. Marie", "Llanelli", "Aberystwyth", "Machynlleth", "Dún na nGall", "Cill Airne",
    "Kilkenny", "Ballyjamesduff", "Inverness", "Kirkcudbright", "Newcastle upon Tyne", "Bury St Edmunds",
    "LS1 4AP", "LS23 7FZ", "BD1 1HY", "3013 AL Rotterdam", "411057", "B3J 3N4", "6000 Cebu", "M5V 2T6",
    "Wellington Place 3, Leeds LS1 4AP", "Unit 4, Thorp Arch Estate, Wetherby LS23 7FZ",
    "Weena 505, 3013 AL Rotterdam", "Plot 27, Hinjewadi Phase 2, Pune 411057",
    "1801 Hollis St, Suite 1200, Halifax, NS B3J 3N4", "Str. Memorandumului 28, Cluj-Napoca 400114",
    "IT Park, Lahug, Cebu City 6000", "53.7997,-1.5492", "51.9225, 4.47917", "18.5204° N, 73.8567° E",
    "44.6488,-63.5752", "10.3157, 123.8854",
]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Amsterdam", "Europe/Brussels", "Europe/Bucharest",
             "Europe/Prague", "Europe/Warsaw", "Europe/Oslo", "Atlantic/Faroe", "Atlantic/Reykjavik", "Europe/Kyiv",
             "Europe/Athens", "Europe/Istanbul", "Asia/Jerusalem", "Asia/Amman", "Asia/Muscat", "Asia/Kolkata",
             "Asia/Dhaka", "Asia/Bangkok", "Asia/Manila", "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul",
             "Asia/Tbilisi", "Asia/Yerevan", "Africa/Addis_Ababa", "Africa/Casablanca", "America/Halifax",
             "America/Moncton", "America/Toronto", "America/St_Johns", "Indian/Reunion", "Pacific/Tongatapu",
             "Asia/Novosibirsk", "Asia/Yekaterinburg", "UTC", "Etc/GMT-1"]
CHANNELS = [("C01HELPDSK", "helpdesk"), ("C02MAILOPS", "mail-ops"), ("C03ADOPS00", "ad-ops"),
            ("C04TICKP10", "tickets-p1"), ("C05PRINTRS", "printers"), ("C06VPN0000", "vpn"),
            ("C07ONBOARD", "onboarding"), ("C08OFFBRD0", "offboarding"), ("C09NOC0000", "noc"),
            ("C10CAB0000", "change-advisory"), ("C11LEEDS00", "office-leeds"), ("C12RDAM000", "office-rotterdam"),
            ("C13PUNE000", "office-pune"), ("C14HFX0000", "office-halifax"), ("C15PHISH00", "phish-reports"),
            ("C16SPAMTRP", "spam-filter"), ("C17TEAAND0", "tea-and-biscuits"), ("C18GENERAL", "general"),
            ("C19SHIFTHO", "shift-handover"), ("C20DNS0000", "dns-and-mx")]
LINKS = ["https://helpdesk.harbourline.net/ticket/HD-48213", "https://mail.harbourline.net:8443/owa/#path=/mail",
         "https://mxtoolbox.com/SuperTool.aspx?action=mx%3aharbourline.net&run=toolpage",
         "https://admin.exchange.microsoft.com/#/messagetrace",
         "https://portal.azure.com/#view/Microsoft_AAD_IAM/UsersManagementMenuBlade/~/AllUsers",
         "https://dmarcian.com/dmarc-inspector/?domain=harbourline.net",
         "https://check.spamhaus.org/listed/?searchterm=192.0.2.44",
         "https://learn.microsoft.com/en-us/powershell/module/activedirectory/unlock-adaccount?view=windowsserver2022-ps",
         "https://datatracker.ietf.org/doc/html/rfc5321#section-4.2.3", "https://www.rfc-editor.org/rfc/rfc7489",
         "https://wiki.harbourline.net/display/MAIL/Postfix+runbook#Postfixrunbook-Deferredqueue",
         "https://zabbix.harbourline.net:10443/zabbix.php?action=dashboard.view&dashboardid=12",
         "https://status.cloud.microsoft/", "https://printers.harbourline.net:631/printers/Ricoh-IMC3000-3F",
         "http://10.40.3.21:8080/web/guest/en/websys/webArch/mainFrame.cgi",
         "https://vpn.harbourline.net:10443/remote/login?lang=en", "https://github.com/harbourline/mail-infra/pull/311",
         "https://servicedesk.harbourline.net/servicedesk/customer/portal/3/HD-48302?src=email",
         "https://www.learndmarc.com/", "https://dkimvalidator.com/results?email=abc123@dkimvalidator.com",
         "https://support.hp.com/gb-en/drivers/hp-laserjet-enterprise-m607-series/14120436",
         "https://docs.paloaltonetworks.com/globalprotect/10-1/globalprotect-app-user-guide",
         "https://grafana.harbourline.net:3000/d/postfix/mail-queue?orgId=1&from=now-24h&to=now&var-host=mx2",
         "https://www.postfix.org/postconf.5.html#smtpd_recipient_restrictions",
         "https://doc.dovecot.org/configuration_manual/sieve/", "https://calendar.harbourline.net/cab/2024-W24"]
EMOJI = [":email:", ":incoming_envelope:", ":printer:", ":lock:", ":key:", ":closed_lock_with_key:", ":ticket:",
         ":white_check_mark:", ":heavy_check_mark:", ":x:", ":warning:", ":rotating_light:", ":tea:", ":cookie:",
         ":skull:", ":face_with_rolling_eyes:", ":sob:", ":muscle:", ":raised_hands:", ":shrug:", ":this-is-fine:",
         ":fishing_pole_and_fish:", "📧", "🖨️", "🔐", "🔑", "🙃", "😩", "🫠", "🤞", "🧯", "☕", "🍪", "🇳🇱", "🇮🇳",
         "🇨🇦", "🇬🇧", "👍🏽", "🙏🏾", "🐟", "💀"]
TICKET_WORDS = ["password reset", "account locked", "MFA re-register", "shared mailbox access", "printer offline",
                "VPN drops every 10 min", "Outlook keeps asking for password", "mailbox full (49.5 GB)",
                "NDR 550 5.7.1 to client", "calendar delegate", "new starter", "leaver", "distribution list change",
                "laptop won't dock", "scan-to-email broken"]

# Channel chat. @@M@@ a mention, @@L@@ a link, @@C@@ a channel, @@P@@ a place, @@N@@ a number, @@E@@ an e-mail
# address, @@T@@ a ticket, @@W@@ a ticket subject.
CHAT = [
    "morning all ☕ queue is at 37 open, 6 breached", "who's on the phones till 10?", "back from lunch",
    "I'll take @@T@@", "@@T@@ is mine, don't touch pls", "grabbed @@T@@ (@@W@@)", "closed @@T@@ :white_check_mark:",
    "can someone cover the Rotterdam queue for an hour? dentist 🦷", "ta", "cheers @@M@@!", "np", "on it",
    "ack", "looking now", "nvm, user rebooted and it's fine 🙃", "classic PEBKAC", "have you tried turning it off "
    "and on again (genuinely, it worked)", "the Ricoh on 3 is jammed again. tray 2. of course.",
    "printer on 2nd floor says \"Load Tray 1 LETTER\" — we're in Leeds, we don't even HAVE letter paper",
    "Kyocera in Pune shows error C6000, fuser. Engineer booked for Fri", "scan-to-email on the HP M607 fails with "
    "\"SMTP server not responding\", prob the relay ACL again", "VPN is flapping for everyone on Virgin Media, "
    "anyone else?", "GlobalProtect stuck on \"Connecting…\" for @@M@@, cleared the cached portal and it's ok",
    "FortiClient -7200 again for a Halifax user. cert expired on their laptop", "MTU 1380 on the tunnel fixed the "
    "Teams drops 🎉", "split tunnel for Zoom is live, shout if calls get worse", "mail queue on mx2 is at @@N@@k "
    "deferred, looking", "mx1 is back, queue draining ~400/min", "Gmail is greylisting us again 🙄 421 4.7.28",
    "Microsoft is throttling us: 451 4.7.500 Server busy. Please try again later.", "we're on the Spamhaus "
    "CSS list?! who sent the newsletter from the wrong IP", "delisting request sent for 198.51.100.23",
    "DMARC report from google.com: 98.6% aligned, the rest is the old CRM", "DKIM selector sel2024 is published, "
    "rotating sel2023 out next week", "SPF is at 9 lookups, do NOT add another include please 🙏",
    "who changed the MX on clientdomain.co.uk? TTL was 300, now it's 86400 😩", "MX swing for @@P@@ office "
    "tonight 22:00 BST, change @@T@@", "@@E@@ can't receive from outside, NDR says mailbox unavailable",
    "user says \"my emails are going to the spam\" — it's their own rule moving everything from the CEO 🤦",
    "password reset for @@M@@ done, temp pw sent via SMS to the number on file", "reminder: we NEVER send "
    "passwords over Slack or email, use the one-time link", "@@M@@ is locked out again. 6th time this week. "
    "their phone has the old pw in the mail app", "AD replication is lagging between DC01 and DC03, "
    "repadmin says 47 min", "AAD Connect sync errored: duplicate proxyAddresses for @@E@@",
    "new starter Mon: Ms. Ayşe Brennan-Hughes, finance, needs the AP shared mailbox + the Rotterdam printer",
    "leaver Fri 17:00 — Mr. D'Arcy O'Connor, convert mailbox to shared, forward to his manager for 30 days",
    "can I get a +1 on the CAB change for the Postfix upgrade (3.7.11 → 3.8.6)?", "+1", "lgtm",
    "tea round? 🍪", "who ate the last hobnob", "the kettle in the Leeds kitchen tripped the breaker 🔌",
    "bank holiday Mon 26 Aug, rota is in @@L@@", "I'm on call this weekend, phone is 07700 900461",
    "out of office Thu/Fri (13.06.–14.06.), @@M@@ has the mail queue", "happy Friday! nothing breaks after 4pm "
    "right? right??", "@@C@@ is where printer stuff goes pls 🙏", "moving this to @@C@@", "see thread 👇",
    "^ this", "same here", "+1 seeing it in @@P@@ too", "lol", "😂", "ok so the \"virus\" was a Teams "
    "notification sound", "🎉 first week with zero P1s", "phish of the day: \"Your mailbox is almost full 98%\" "
    "from hxxps://outlook-storage-upgrade[.]example/owa — blocked at the gateway, 14 clicks, 0 creds entered",
    "please report suspicious mail with the Report button, not by forwarding it to the whole team 😬",
    "ticket SLA report for May: 94.2% within target (P1 100%, P2 97.8%, P3 92.1%)",
    "quick q: does anyone remember the admin pw for the old Zimbra box? (kidding, it's in the vault)",
    "the ServiceNow → Jira migration is moved to 1 July", "Good morning from Halifax 🇨🇦 it's 4°C and foggy",
    "Goedemorgen! Printer op de 2e is weer stuk 😅", "Bedankt @@M@@, werkt weer!", "सुप्रभात! Pune office VPN is "
    "slow today", "धन्यवाद, ticket बंद कर दिया", "Diolch! 🏴", "Go raibh maith agat, sorted", "Mulțumesc, "
    "merge acum 👍", "Děkuju, už to jede", "Спасибо, разблокировал учётку", "Дякую! Пароль скинуто",
    "شكراً، تم إعادة تعيين كلمة المرور", "תודה רבה! עובד עכשיו", "ありがとうございます！プリンター直りました",
    "감사합니다! VPN 다시 연결됐어요", "谢谢！邮件已经收到了", "Salamat po! ok na yung email ko",
    "Ευχαριστώ! Το mailbox δουλεύει", "Teşekkürler, hesap açıldı", "Tack! 🙏",
    "phone line for the Pune desk is +91 20 5555 0199 until the Avaya is fixed",
    "Halifax desk: +1 (902) 555-0143, ext. 214", "Rotterdam reception +31 10 555 0142 says the scanner "
    "emails arrive as winmail.dat again", "Leeds switchboard (0113) 496 0777 is forwarding to my mobile 😅",
    "invoice from the printer lease: £1,284.60 ex VAT / qtr", "new toner order: 6× TK-8525K @ €89,90",
    "the HP MFP firmware 5.7.1.2 bricked two units, do NOT push 🧯", "mailbox quotas: 49.5 GB warn, 50 GB "
    "prohibit send, 100 GB for execs", "licence count: 412/420 E3, 38/40 F3, please reclaim leavers",
    "fwiw IMAP IDLE timeout on the Dovecot box is 29 min, that's why iPhones re-login",
    "POP3 is switched off for clients on 30/09/2024, comms going out Mon", "anyone got a USB-C to RJ45 dongle "
    "spare? new starter laptop has no port", "reset MFA for @@M@@, they got a new phone (iPhone 15, "
    "Authenticator restored from iCloud failed)",
]
CODE_SNIPPETS = [
    "```\n$ openssl s_client -starttls smtp -connect mx1.harbourline.net:25 -crlf -quiet\n220 mx1.harbourline.net "
    "ESMTP Postfix\nEHLO probe.harbourline.net\n250-mx1.harbourline.net\n250-PIPELINING\n250-SIZE 52428800\n"
    "250-STARTTLS\n250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250 SMTPUTF8\nMAIL FROM:<probe@harbourline.net>\n"
    "250 2.1.0 Ok\nRCPT TO:<nobody@harbourline.net>\n550 5.1.1 <nobody@harbourline.net>: Recipient address "
    "rejected: User unknown in virtual mailbox table\nQUIT\n221 2.0.0 Bye\n```",
    "```\n$ dig +short MX harbourline.net\n10 mx1.harbourline.net.\n20 mx2.harbourline.net.\n"
    "$ dig +short TXT harbourline.net\n\"v=spf1 ip4:198.51.100.0/27 include:spf.protection.outlook.com "
    "include:_spf.helpscout.net -all\"\n$ dig +short TXT _dmarc.harbourline.net\n\"v=DMARC1; p=quarantine; "
    "rua=mailto:dmarc-rua@harbourline.net; ruf=mailto:dmarc-ruf@harbourline.net; pct=100; adkim=s; aspf=r\"\n```",
    "```\nJun 12 09:41:07 mx1 postfix/smtpd[21877]: NOQUEUE: reject: RCPT from unknown[192.0.2.44]: 554 5.7.1 "
    "Service unavailable; Client host [192.0.2.44] blocked using zen.spamhaus.org; from=<invoice@billing-notice."
    "example> to=<ap@harbourline.net> proto=ESMTP helo=<WIN-8TQ3JH2>\n```",
    "```\nJun 12 07:02:13 mx2 postfix/smtp[3112]: 4W0Kx13ZPdz9sT: to=<j.okonkwo@clientdomain.co.uk>, "
    "relay=mail.clientdomain.co.uk[203.0.113.25]:25, delay=1.4, delays=0.1/0/0.8/0.5, dsn=4.7.1, status=deferred "
    "(host mail.clientdomain.co.uk[203.0.113.25] said: 450 4.7.1 Client host rejected: cannot find your reverse "
    "hostname, [198.51.100.23] (in reply to RCPT TO command))\n```",
    "```\n$ postqueue -p | tail -n 1\n-- 18342 Kbytes in 4127 Requests.\n$ postqueue -p | awk '/^[0-9A-F]/ {print $7}'"
    " | sort | uniq -c | sort -rn | head -5\n   1874 newsletter@harbourline.net\n    312 noreply@harbourline.net\n"
    "$ postsuper -d ALL deferred   # NOT yet, waiting for the CAB ok\n```",
    "```\na1 LOGIN svc-archive ************\na1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
    "SORT] Logged in\na2 SELECT INBOX\n* 48213 EXISTS\n* 0 RECENT\na2 OK [READ-WRITE] Select completed (0.004 + 0.000 "
    "secs).\na3 UID SEARCH SINCE 01-Jun-2024 FROM \"billing@\"\n* SEARCH 48101 48177 48190\na3 OK Search completed\n"
    "a4 LOGOUT\n```",
    "```\n$ telnet pop.harbourline.net 110\n+OK Dovecot ready.\nUSER h.whitfield\n+OK\nPASS ********\n+OK Logged in.\n"
    "STAT\n+OK 212 48022314\nRETR 1\n+OK 2817 octets\n...\nQUIT\n```",
    "```\nrequire [\"fileinto\", \"imap4flags\", \"envelope\"];\n# move spam tagged by rspamd\nif header :contains "
    "\"X-Spam-Flag\" \"YES\" {\n    fileinto \"Junk\";\n    stop;\n}\nif address :is \"from\" \"noreply@"
    "servicedesk.harbourline.net\" {\n    addflag \"\\\\Seen\";\n    fileinto \"Tickets\";\n}\n```",
    "```\n# /etc/mail/spamassassin/local.cf\nheader   LOCAL_INVOICE_ZIP  Subject =~ /invoice.{0,20}\\.zip/i\n"
    "score    LOCAL_INVOICE_ZIP  4.5\ndescribe LOCAL_INVOICE_ZIP  Invoice with a zip in the subject\n"
    "whitelist_auth *@harbourline.net\nrequired_score 5.0\n```",
    "```\nsmtpd_recipient_restrictions =\n    permit_mynetworks,\n    permit_sasl_authenticated,\n"
    "    reject_unauth_destination,\n    reject_rbl_client zen.spamhaus.org=127.0.0.[2..11],\n"
    "    check_policy_service unix:private/policyd-spf\nsmtpd_tls_security_level = may\n```",
    "```powershell\nGet-ADUser -Identity m.oconnor -Properties LockedOut,LastLogonDate,PasswordLastSet,badPwdCount "
    "|\n    Select-Object Name,LockedOut,LastLogonDate,PasswordLastSet,badPwdCount\nUnlock-ADAccount -Identity "
    "m.oconnor\n```",
    "```powershell\nSearch-ADAccount -LockedOut -SearchBase \"OU=Users,OU=Leeds,DC=corp,DC=harbourline,DC=net\" |\n"
    "    Select-Object SamAccountName, LastLogonDate | Sort-Object LastLogonDate -Descending\n```",
    "```powershell\nGet-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress -ne $null } |\n"
    "    Select DisplayName, ForwardingSmtpAddress, DeliverToMailboxAndForward | Export-Csv .\\fwd.csv "
    "-NoTypeInformation -Encoding UTF8\n```",
    "```powershell\nAdd-MailboxPermission -Identity \"AP Rotterdam\" -User \"Siobhán Ní Bhriain\" -AccessRights "
    "FullAccess -AutoMapping $false\nAdd-RecipientPermission -Identity \"AP Rotterdam\" -Trustee s.nibhriain "
    "-AccessRights SendAs -Confirm:$false\n```",
    "```powershell\nGet-MessageTrace -SenderAddress payroll@harbourline.net -StartDate \"06/10/2024\" -EndDate "
    "\"06/12/2024 23:59\" | ? { $_.Status -ne 'Delivered' } | ft Received, RecipientAddress, Status -AutoSize\n```",
    "```\nC:\\> nslookup -type=mx harbourline.net 1.1.1.1\nServer:  one.one.one.one\nAddress:  1.1.1.1\n\n"
    "harbourline.net  MX preference = 10, mail exchanger = mx1.harbourline.net\nharbourline.net  MX preference = 20, "
    "mail exchanger = mx2.harbourline.net\n```",
    "```\nC:\\Users\\h.whitfield> gpupdate /force\nUpdating policy...\n\nComputer Policy update has completed "
    "successfully.\nUser Policy update has completed successfully.\n\nC:\\Users\\h.whitfield> gpresult /r "
    "/scope:user | findstr /i \"Drive Printers\"\n```",
    "```\nC:\\> ipconfig /all | findstr /i \"DNS Suffix Servers\"\nC:\\> ipconfig /flushdns\nC:\\> klist purge\n"
    "C:\\> net use P: \\\\fs01.corp.harbourline.net\\projects /persistent:yes\n```",
    "```\nPS C:\\> Test-NetConnection smtp.office365.com -Port 587\n\nComputerName     : smtp.office365.com\n"
    "RemoteAddress    : 52.97.146.162\nRemotePort       : 587\nTcpTestSucceeded : True\n```",
    "```\nnet user j.deshpande /domain\nnet localgroup \"Remote Desktop Users\"\nwhoami /groups | findstr /i "
    "\"GG-Helpdesk\"\nrepadmin /replsummary\ndcdiag /test:dns /v /s:DC01\n```",
    "```\nPS C:\\> Restart-Service -Name Spooler -Force\nPS C:\\> Get-ChildItem C:\\Windows\\System32\\spool\\PRINTERS "
    "| Remove-Item -Force\nPS C:\\> rundll32 printui.dll,PrintUIEntry /in /n \"\\\\print01\\Ricoh-IMC3000-3F\"\n```",
    "```\n$ lpstat -p -d\nprinter HP-M607-2F is idle.  enabled since Wed 12 Jun 2024 08:02:11 BST\n"
    "printer Ricoh-IMC3000-3F disabled since Wed 12 Jun 2024 09:14:55 BST -\n\tPaper jam (tray 2)\n"
    "$ cupsenable Ricoh-IMC3000-3F\n```",
    "```\n$ sudo openconnect --protocol=gp vpn.harbourline.net:443 --user=r.popescu --usergroup=gateway\n"
    "POST https://vpn.harbourline.net/ssl-vpn/prelogin.esp?tmp=tmp&clientVer=4100&clientos=Linux\n"
    "SSL negotiation with vpn.harbourline.net\nConnected to HTTPS on vpn.harbourline.net with ciphersuite "
    "(TLS1.3)-(ECDHE-SECP256R1)-(RSA-PSS-RSAE-SHA256)-(AES-256-GCM)\n```",
    "```\n[Interface]\nAddress = 10.99.0.14/32\nDNS = 10.40.0.10, corp.harbourline.net\nMTU = 1380\n\n[Peer]\n"
    "Endpoint = wg.harbourline.net:51820\nAllowedIPs = 10.40.0.0/16, 10.60.0.0/16\nPersistentKeepalive = 25\n```",
    "```\nReceived: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])\n\tby mx1.harbourline.net "
    "(Postfix) with ESMTPS id 4W0Kx13ZPdz9sT\n\tfor <sales@harbourline.net>; Wed, 12 Jun 2024 08:14:02 +0100 (BST)\n"
    "Authentication-Results: mx1.harbourline.net; dkim=pass header.d=gmail.com header.s=20230601;\n\tspf=pass "
    "smtp.mailfrom=gmail.com; dmarc=pass (p=NONE) header.from=gmail.com\n```",
    "```\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=harbourline.net; s=sel2024; t=1718179442;\n"
    "\th=From:To:Subject:Date:Message-ID; bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\n\tb=Qm9ndXMgc2lnbmF0dXJl"
    "IGZvciB0aGUgZXhhbXBsZSBvbmx5...\n```",
    "```\n| source IP       | count | SPF  | DKIM | disposition |\n"
    "|-----------------|-------|------|------|-------------|\n"
    "| 198.51.100.23   | 18220 | pass | pass | none        |\n| 203.0.113.140   |   412 | fail | fail | quarantine  |\n"
    "| 209.85.220.41   |    37 | pass | fail | none        |\n```",
    "```\n2024-06-12 08:31:44,102 WARN  [imap-sync] user=a.vanderbroeck folder=\"Sent Items\" msgs=1220/4410 "
    "err=\"NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\"\n```",
    "```\n$ doveadm quota get -u r.llewellyn-jones\nQuota name Type    Value  Limit                        %\n"
    "User quota STORAGE 10212  10240                        99\n"
    "User quota MESSAGE 48213      -                         0\n```",
    "```\n$ swaks --to test@clientdomain.co.uk --from helpdesk@harbourline.net --server smtp.harbourline.net:587 "
    "--auth LOGIN --auth-user svc-swaks --tls --header \"Subject: test HD-48213\"\n```",
    "```\n$ curl -sv --url 'smtps://smtp.harbourline.net:465' --mail-from helpdesk@harbourline.net --mail-rcpt "
    "it@harbourline.net --upload-file note.txt --user 'svc-alerts:***'\n```",
    "```\nGet-WinEvent -FilterHashtable @{LogName='Security'; Id=4740; StartTime=(Get-Date).AddHours(-4)} |\n"
    "    Select TimeCreated, @{n='User';e={$_.Properties[0].Value}}, @{n='From';e={$_.Properties[1].Value}}\n```",
    "```\nsfc /scannow\nDISM /Online /Cleanup-Image /RestoreHealth\nchkdsk C: /f /r\nshutdown /r /t 0\n```",
    "```\n# crontab on mx2\n*/5 * * * * /usr/local/bin/check_mailq.sh -w 500 -c 2000 >/dev/null 2>&1\n"
    "15 2 * * * /usr/sbin/postsuper -d ALL deferred && logger \"purged deferred\"\n```",
    "```diff\n- smtpd_tls_security_level = may\n+ smtpd_tls_security_level = encrypt\n"
    "- smtp_tls_mandatory_protocols = !SSLv2, !SSLv3\n+ smtp_tls_mandatory_protocols = >=TLSv1.2\n```",
]
LONG_MESSAGES = [
    "Forwarding the bounce the customer got:\n\n> This is the mail system at host mx2.harbourline.net.\n>\n"
    "> I'm sorry to have to inform you that your message could not\n> be delivered to one or more recipients. It's "
    "attached below.\n>\n> <accounts@clientdomain.co.uk>: host mail.clientdomain.co.uk[203.0.113.25] said:\n"
    ">     550 5.7.1 Message rejected due to SPF policy (in reply to end of DATA command)\n\nTheir SPF is "
    "missing our new relay range, I've emailed their IT @@E@@",
    "*Mail incident* — update 3 (10:45 BST)\n• Impact: outbound to Microsoft 365 tenants delayed up to 40 min\n"
    "• Cause: 451 4.7.500 throttling after the newsletter blast from the wrong IP\n• Mitigation: newsletter paused, "
    "queue on mx2 draining (~4,100 → 900)\n• Next update: 11:15 or when the queue is under 100",
    "Password reset checklist (pin this pls):\n1. verify identity: callback to the number in HR, NOT the one "
    "they give you\n2. `Set-ADAccountPassword -Reset` + tick _must change at next logon_\n3. unlock in AD "
    "*and* check Entra sign-in logs for lockouts from phones\n4. send the one-time link, never the password\n"
    "5. note it in the ticket: who, when, how verified",
    "New starter — Mon 17/06/2024\n*Name*: Marie-Ève Tesfaye-Whitfield\n*Dept*: Client Services (Halifax)\n"
    "*Manager*: @@M@@\n*Needs*: laptop (Dell 7450), M365 E3, shared mailbox `support-ca@`, DL `all-halifax`, "
    "printer `HFX-Ricoh-1F`, VPN group `GG-VPN-Staff`\n*Phone*: +1 902 555 0188",
    "Leaver — Fri 14 June, 17:00 BST\n- disable AD account, move to OU=Leavers\n- convert mailbox to shared, "
    "grant @@M@@ read access for 30 days\n- auto-reply (EN + NL):\n> Thank you for your email. Dave O'Connor-Bakker "
    "has left Harbourline. Please contact support@harbourline.net.\n> Bedankt voor uw e-mail. Dave is niet "
    "langer werkzaam bij Harbourline.\n- wipe the laptop, collect the YubiKey",
    "CAB request @@T@@ — MX swing for clientdomain.co.uk\n*When*: Sat 15.06.2024 06:00–07:00 UTC\n"
    "*What*: MX 10 mx1.harbourline.net / MX 20 mx2.harbourline.net (was their on-prem Exchange)\n"
    "*Rollback*: restore the old MX (TTL lowered to 300 on Wed)\n*Risk*: low — tested with swaks, SPF/DKIM ok",
    "Phish report :fishing_pole_and_fish:\n*From*: \"IT Support\" <it-support@harbour1ine.example>\n"
    "*Subject*: Action required: your password expires today\n*Link*: hxxps://harbour1ine-login[.]example/"
    "owa/auth?user=<redacted>\n*Recipients*: 63, *clicked*: 4, *creds*: 0 (all 4 had MFA prompts denied)\n"
    "Blocked the sender domain + URL at the gateway, purge run with `Search-Mailbox`... sorry, `New-ComplianceSearch`",
    "Printer driver rollout (v7.1.2) for the Ricoh fleet:\n1) pilot on Leeds 3F tonight\n2) if no tickets by Fri, "
    "GPO push to all sites Mon\nKnown issue: duplex defaults to *long-edge*, finance wants short-edge for the "
    "A3 reports 🙄",
    "VPN certificate renewal 🔐\nThe GlobalProtect portal cert expires *30/06/2024 23:59 UTC*. New one is "
    "installed on the standby, swap planned Thu 20:00 BST. Users on the FortiClient legacy profile (Halifax, ~25 "
    "people) need the new CA — push via Intune, fallback manual: @@L@@",
    "Shift handover 🌙 → ☀️\n```\nopen P2: HD-48213 (bounces to clientdomain.co.uk, waiting on their IT)\n"
    "open P3: HD-48290 (printer 3F), HD-48301 (OWA \"something went wrong\" for 2 users)\nclosed: 17\n"
    "mail queue: 42 deferred, all Gmail greylisting\n```\nnothing else exciting, VPN quiet 🎉",
    "Auto-reply seen in the queue, in case anyone wonders why the ticket reopened:\n> Je suis absente jusqu'au "
    "lundi 17 juin. Pour toute urgence, contactez le +33 1 23 45 67 89.\n> I'm out of office until Monday 17 "
    "June.\n> Ich bin bis zum 17.06. nicht im Büro.",
    "GDPR export request from a client contact (Ms. Þórunn Sigurðardóttir). Legal says 30 days, we're on day 4. "
    "Need: all tickets where she's requester or CC, plus mail logs (headers only) from 01/01/2024. @@M@@ can you "
    "run the message trace? I'll do the ticket export.",
    "Offboarding runbook draft:\n```powershell\n$u = Get-ADUser $sam -Properties MemberOf\n$u.MemberOf | "
    "ForEach-Object { Remove-ADGroupMember -Identity $_ -Members $sam -Confirm:$false }\nDisable-ADAccount "
    "$sam\nMove-ADObject $u.DistinguishedName -TargetPath 'OU=Leavers,DC=corp,DC=harbourline,DC=net'\n"
    "Set-Mailbox $sam -Type Shared\n```\nreview welcome, esp. the group removal bit",
    "Spam filter tuning summary (week 24):\n• new rule `LOCAL_QR_PHISH` (+3.0) for image-only mails with a QR "
    "code and \"MFA\" in the subject\n• lowered `BAYES_99` from 3.5 to 3.0 after false positives on the payroll "
    "PDFs\n• allow-listed `*@notifications.hmrc.gov.uk` (DKIM-aligned only)\nFP rate last 7 days: 0.08%",
    "Quick guide for the Rotterdam folks who keep asking: IMAP/SMTP settings for the ticket scanner\n"
    "• IMAP: imap.harbourline.net, port 993, SSL/TLS\n• SMTP: smtp.harbourline.net, port 587, STARTTLS, auth "
    "required\n• POP3: please don't 🙏 (pop.harbourline.net:995 works until 30-09-2024)",
]
BOUNCES = [
    "550 5.1.1 The email account that you tried to reach does not exist.",
    "552 5.2.2 The email account that you tried to reach is over quota.",
    "554 5.7.1 <ap@clientdomain.co.uk>: Relay access denied",
    "550 5.7.606 Access denied, banned sending IP [198.51.100.23]",
    "421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume",
    "550 5.7.26 This mail has been blocked because the sender is unauthenticated.",
    "553 5.7.1 Sender address rejected: not owned by user svc-scanner@harbourline.net",
    "451 4.3.0 Temporary lookup failure", "530 5.7.0 Must issue a STARTTLS command first",
]
BOT_COMMANDS = [
    "weather", "weather @@P@@", "weather in @@P@@", "weather @@P@@ tomorrow", "Weather @@P@@ pls",
    "wheather @@P@@", "weather for the @@P@@ office", "is it raining in @@P@@", "will it snow in @@P@@ today?",
    "remember location @@P@@", "remember location @@P@@", "remember location", "my location", "forget location",
    "help", "Help", "?", "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@AT@@",
    "config time @@AT@@", "config alert_time 7.45am", "config alert_time 06h30", "config units metric",
    "config units imperial", "config timezone GMT", "config timezone BST", "alerts on", "alerts off",
    "alerts on please", "login", "forget me", "hi jeeves", "hello 👋", "thanks!", "ta", "what can you do?",
    "reset password m.oconnor", "unlock @@E@@", "weather @@P@@ ☔", "weather @@P@@ 🌧️?", "config units Metric",
]


class Helpdesk(WebApp):
    """Harbourline's people, its helpdesk and mail team, and one seeded random source; each method makes one
    kind of request."""

    prefix = "evaluation_eighth-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN
    ts_window = event_window = (0, 11 * 3600)
    context_bytes = 40
    oauth_scope_rate, oauth_scopes, oauth_audience_rate = 0.75, ("read", "read write", "write read", "read"), None

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            self.people.append({
                "id": self.sid("U0", 9), "name": f"{first} {last}", "first": first, "last": last,
                "handle": f"{_ascii(first)[:1]}.{_ascii(last) or 'x'}{i if i % 9 == 0 else ''}",
                "email": f"{_ascii(first) or 'user'}.{_ascii(last) or 'x'}@harbourline.net",
                "tz": self.pick(TIMEZONES)})

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([5, 6, 6, 7, 7, 7, 8, 8, 8, 9, 12, 16, 17, 22])
        return self.pick([f"{hour:02d}:{self.pick(['00', '15', '30', '45', '40'])}",
                          f"{hour}:{self.pick(['00', '30'])}", f"{hour:02d}:{self.pick(['00', '15', '30', '45'])}"])

    def ticket(self) -> str:
        return f"HD-{self.rng.randint(47000, 48999)}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, Slack's own <...> markup for mentions, links and addresses."""
        out = slack_escape(text) if slack else text
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|runbook", "|ticket", "|dashboard", "|this", "|Zabbix"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        while "@@E@@" in out:
            mail = self.pick(self.people)["email"] if self.chance(0.7) else self.pick(
                ["accounts@clientdomain.co.uk", "it@rotterdam-logistiek.example", "helpdesk@harbourline.net",
                 "postmaster@harbourline.net", "abuse@harbourline.net"])
            out = out.replace("@@E@@", f"<mailto:{mail}|{mail}>" if slack else mail, 1)
        while "@@P@@" in out:
            place = self.pick(PLACES)
            out = out.replace("@@P@@", slack_escape(place) if slack else place, 1)
        while "@@N@@" in out:
            out = out.replace("@@N@@", str(self.rng.randint(2, 19)), 1)
        while "@@TZ@@" in out:
            out = out.replace("@@TZ@@", self.pick(TIMEZONES), 1)
        while "@@AT@@" in out:
            out = out.replace("@@AT@@", self.alert_time(), 1)
        while "@@T@@" in out:
            out = out.replace("@@T@@", self.ticket(), 1)
        while "@@W@@" in out:
            out = out.replace("@@W@@", self.pick(TICKET_WORDS), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.52:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "\x01here ", "hey @@M@@ ", "\x01channel ", "fyi "]) + text
        elif roll < 0.72:
            text = self.pick(["", "", "hmm ", "seeing this on mx2:\n", "any idea? ", "@@M@@ ", "for @@T@@:\n",
                              "from the user's laptop:\n"]) + self.pick(CODE_SNIPPETS)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "fixed by restarting the spooler",
                                          "cc @@M@@", "(ran as GG-Helpdesk, not DA)", "ticket updated"])
        elif roll < 0.82:
            text = self.pick(["NDR for @@T@@: ", "customer got this: ", "bounce from Gmail: ", "> ",
                              "anyone seen this one before? `"]) + self.pick(BOUNCES)
            if text.count("`") == 1:
                text += "`"
        else:
            text = self.pick(LONG_MESSAGES)
        out = self.fill(text)
        return out.replace("\x01here", "<!here>").replace("\x01channel", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"Content-Type": content_type, "User-Agent": SLACK_UA, "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.025):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if "```" in raw:
            before, _, rest = raw.partition("```")
            code, _, after = rest.partition("```")
            if before:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": before}]})
            elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code}],
                             "border": 0})
            if after:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        event.update({"channel": channel, "event_ts": ts})
        if not mention:
            event["channel_type"] = channel_type
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.15))
        if self.chance(0.3):
            body = body.replace("/", "\\/")  # Slack's encoder escapes every slash in its JSON
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(self.message_event(self.chat_text(), cid,
                                                                                        "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.chat_text() if self.chance(0.6) else self.fill(self.pick(
            ["done ✅", "tried that, same error", "can you paste the full NDR?", "which mailbox?", "works now, ta",
             "escalating to @@M@@", "ticket @@T@@ raised", "it's DNS. it's always DNS.", "rebooted the MFP, "
             "jobs are printing again", "user confirmed, closing", "no, the other Ricoh (3F east)",
             "sent them the one-time link", "@@M@@ can you check the Entra sign-in logs for @@E@@?",
             "headers attached", "SPF softfail, DKIM none — their side", "looks like greylisting, will retry in 15"]))
        event = self.message_event(text, cid, "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", f"<@{BOT_USER}> "]) + self.chat_text()
        event = self.message_event(text, cid, "channel", True)
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
        return self.record("slack-mention", "json", self.event_request(event))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.75) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0", 9), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong ticket no.)", " *", "", " — nvm, sorted"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(47000, 48999)
        host = self.pick(["mx1", "mx2", "dc01", "dc03", "print01", "vpn-gw1", "imap01"])
        texts = [
            f":ticket: *HD-{n}* assigned to you: \"{self.pick(TICKET_WORDS)}\" — requester "
            f"{self.pick(self.people)['name']} (<https://helpdesk.harbourline.net/ticket/HD-{n}|open>)",
            f":rotating_light: *PROBLEM*: Mail queue on {host} &gt; 2000 (current: {self.rng.randint(2001, 9000)}) "
            f"— severity *High* since {self.pick(['07:42', '08:15', '09:03'])} BST",
            f":white_check_mark: *RESOLVED*: {host}: ICMP ping loss &gt; 20% — duration 4m 12s",
            f"*Microsoft 365 Service health*: EX{n}{self.rng.randint(10, 99)} — Users may be unable to access "
            f"shared mailboxes in Outlook on the web. Status: _Investigating_",
            f"DMARC aggregate report for *harbourline.net* from google.com (2024-06-11): "
            f"{self.rng.randint(9000, 20000)} msgs, {self.rng.randint(95, 99)}.{self.rng.randint(0, 9)}% pass",
            f"Uptime Kuma: [{self.pick(['OWA', 'IMAP 993', 'SMTP 587', 'VPN portal'])}] [:red_circle: Down] "
            f"timeout of 48000ms exceeded",
        ]
        text = self.pick(texts)
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                 "username": self.pick(["ServiceDesk", "Zabbix", "M365 Health", "dmarc-bot", "Uptime Kuma"]),
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": text[:60], "color": self.pick(["#e01e5a", "#2eb67d", "ecb22e"]),
                                  "footer": "harbourline monitoring", "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["bounce_HD-48213.eml", "mailq-2024-06-12.txt", "Screenshot 2024-06-12 094107.png",
                          "Ricoh IM C3000 error SC542.jpg", "GlobalProtect-logs (1).zip", "AD_export_users_06-12.csv",
                          "google.com!harbourline.net!1718064000!1718150399.xml.gz", "headers.txt",
                          "VPN_error_-7200.png", "Printer mapping – Rotterdam (v2).xlsx", "Offboarding_D'Arcy.docx",
                          "photo_2024-06-12_08-41-12.jpg"])
        event = self.message_event(self.fill(self.pick(["", "", "here you go", "full headers attached", "screenshot "
                                                        "from the user 👆", "queue dump @@M@@", "for @@T@@"])),
                                   cid, "channel")
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["subtype"] = "file_share"
        event["files"] = [{"id": fid, "created": EPOCH, "name": name, "title": name, "filetype": ext,
                           "mimetype": {"png": "image/png", "jpg": "image/jpeg", "zip": "application/zip",
                                        "gz": "application/gzip", "csv": "text/csv", "eml": "message/rfc822"}.get(
                                            ext, "application/octet-stream"),
                           "user": event["user"], "size": self.rng.randint(900, 8_000_000), "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = False
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.token(30),
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "tea", "printer", "fire", "pray",
                                        "skin-tone-4", "ticket", "heavy_plus_sign", "this-is-fine", "joy"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "state": {"values": {}}, "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        return self.record("slack-home", "json", self.event_request(event))

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", TEAM)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_common(self, user: dict[str, str]) -> dict[str, Any]:
        return {"user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN,
                "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction_body(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.2),
                                                              separators=(",", ":")))])
        return self.slack_request("/slack/interactions", body, form=True)

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 4)
        roll = self.rng.random()
        if roll < 0.72:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": place,
                      "text": {"type": "plain_text", "text": f"Use {place}"[:75], "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload = {"type": "block_actions", **self.interaction_common(user),
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": self.hook("actions", TEAM), "actions": [action]}
        return self.record("interaction-button", "form", self.interaction_body(payload))

    def modal_submit(self) -> dict[str, Any]:
        user = self.pick(self.people)
        tz = self.pick(TIMEZONES)
        notes = self.fill(self.pick([
            "", "Leeds office mornings pls, I commute from Ilkley", "Need the 6am alert on Mondays only (on-call)",
            "Rotterdam + Pune, I split my week 50/50", "Alerts at 07:45 CET — I'm in the NOC from 08:00",
            "if it's going to snow in Halifax, tell me the night before 🙏", "d'accord, merci !",
            "Location: \"Unit 4, Thorp Arch Estate\" (the DC, not HQ)", "@@T@@ — user asked for imperial units",
        ]), slack=False)
        values: dict[str, Any] = {
            "loc": {"place_input": {"type": "plain_text_input", "value": self.pick(PLACES)}},
            "tz": {"tz_select": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": tz, "emoji": True}, "value": tz}}},
            "time": {"alert_time": {"type": "timepicker", "selected_time": self.alert_time()[:5].zfill(5)}},
            "units": {"units_radio": {"type": "radio_buttons", "selected_option": {
                "text": {"type": "plain_text", "text": "°C, km/h"}, "value": self.pick(["metric", "imperial"])}}},
            "notes": {"notes_input": {"type": "plain_text_input", "value": notes or None}}}
        payload = {"type": "view_submission", **self.interaction_common(user),
                   "view": {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "blocks": [],
                            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "src": "home"}),
                            "callback_id": "weather_settings", "state": {"values": values},
                            "hash": f"{EPOCH}.{self.hexs(8)}",
                            "title": {"type": "plain_text", "text": "Weather alerts", "emoji": True},
                            "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                            "previous_view_id": None, "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                            "bot_id": self.sid("B0", 9)},
                   "response_urls": []}
        return self.record("interaction-modal", "form", self.interaction_body(payload))

    # ---- scripts, runbooks, CI and dashboards on the data API ----------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        iat = EPOCH + self.rng.randint(0, 11 * 3600)
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(16)}
        claims = {"iss": BASE, "sub": client, "aud": aud, "client_id": client, "scope": scope, "iat": iat,
                  "nbf": iat, "exp": iat + 900, "jti": self.uuid()}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"hl={self.hexs(16)},dd=s:1;o:rum"
        elif roll < 0.3:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.37:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Sampled=1"
        elif roll < 0.45:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=mailops%402.{self.rng.randint(0, 9)}.1,"
                            f"sentry-trace_id={self.hexs(32)}")
        if self.chance(0.3):
            h[self.pick(["X-Request-Id", "X-Correlation-ID", "X-Request-ID"])] = self.pick(
                [self.uuid(), f"runbook-{self.rng.randint(1000, 9999)}-{self.hexs(8)}", f"ci.{self.hexs(12)}"])

    def script_headers(self) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-GB) PowerShell/7.4.2",
            "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.17763.5830",
            "python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.6.0", "curl/7.81.0", "HTTPie/3.2.2",
            "Go-http-client/1.1", "okhttp/4.12.0", "axios/1.6.8", "Grafana/10.4.2", "Zabbix 6.4",
            "Apache-HttpClient/4.5.13 (Java/11.0.22)", "azure-logic-apps/1.0 (workflow 3f1c; version 0858)",
            "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "ansible-httpget"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": self.pick(["Bearer ", "Bearer ", "bearer "]) + self.jwt(
                 self.pick(["ps-offboarding", "mailops-reports", "servicenow-sync", "grafana.mail", "gitlab-ci"]),
                 self.pick(["read", "read", "read write"]))}
        if self.chance(0.55):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if "PowerShell" in ua and self.chance(0.5):
            h["Connection"] = "Keep-Alive"
        self.trace_headers(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "250", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 250, 500, 750]))))
            for key, values in (("active", ["true", "false", "0", "1", "yes"]),
                                ("alerts", ["true", "false", "on"]), ("team_id", [TEAM, "T07CLIENTX"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.38:
            person = self.pick(self.people)
            key, value = self.pick([("email", person["email"]), ("q", person["last"]), ("q", person["name"]),
                                    ("name", person["first"]), ("email", "@harbourline.net"), ("q", "svc-"),
                                    ("q", "shared mailbox"), ("email", "accounts@clientdomain.co.uk")])
            params = [("limit", "50"), (key, value)] + ([("active", "true")] if self.chance(0.5) else [])
            query = urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus, urllib.parse.quote]))
            return self.record("api-search", "query", {"method": "GET", "body": "", "headers": h,
                                                       "uri": "/api/users?" + query})
        if roll < 0.56:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.73:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.5)
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": False} if self.chance(0.8) else {"is_active": True}
            else:
                doc = {"is_admin": self.chance(0.3)}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json", "application/json"])
            return self.record("api-user-patch", "json", {
                "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}", "headers": h,
                "body": json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))})
        if roll < 0.88:
            day = self.rng.randint(1, 12)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T07:00:00+01:00",
                               f"2024-06-{day:02d}", f"2024-05-{day + 15:02d}T00:00:00.000Z",
                               f"2024-06-{day:02d}T00:00:00-03:00"])
            params = [("since", since)] + ([("until", "2024-06-12T23:59:59Z")] if self.chance(0.5) else [])
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.95:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        doc = {"enabled": self.chance(0.6)}
        if self.chance(0.5):
            doc["team_id"] = self.pick([TEAM, "*", "T07CLIENTX"])
        h["Content-Type"] = "application/json"
        action = self.pick(["weather", "remember_location", "alerts", "config", "forget_me"])
        return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": json.dumps(doc), "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
            "Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
            "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                       "q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(["en-GB,en;q=0.9,en-US;q=0.8", "en-GB,en;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8",
                                           "en-IN,en;q=0.9,hi;q=0.8,mr;q=0.7", "fr-CA,fr;q=0.9,en-CA;q=0.8",
                                           "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7", "cy-GB,cy;q=0.9,en-GB;q=0.8",
                                           "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "fil-PH,fil;q=0.9,en;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-User": "?1", "Sec-Fetch-Dest": "document"}
        if "Chrome" in ua and "Samsung" not in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            version = "125" if "Chrome/125" in ua else ("124" if "Chrome/124" in ua else "126")
            h["sec-ch-ua"] = f'"{brand}";v="{version}", "Chromium";v="{version}", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?0"
            h["sec-ch-ua-platform"] = '"Windows"'
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.1):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.15):
            extra.append(("ai_user", f"{self.token(15)[:20]}|2024-0{self.rng.randint(1, 6)}-"
                                     f"{self.rng.randint(10, 28)}T08:1{self.rng.randint(0, 9)}:00.000Z"))
        if self.chance(0.1):
            extra.append(("theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.1):
            extra.append(("tz", urllib.parse.quote(self.pick(TIMEZONES), safe="")))
        return self.cookie_header(pairs, extra)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["first"], person["last"], person["email"], person["handle"],
                           person["id"], person["last"].lower(), "o'connor", "O’Connor", "d'souza", "ní bhriain",
                           "smith-rowe", "mac giolla", "nguyễn", "@harbourline.net", "svc-", "shared-", "printer",
                           "kaur", "Ó Dálaigh", TEAM, "leaver", "@clientdomain.co.uk", "adeyemi cole"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", "/admin/users?q=kaur"]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            person = self.pick(self.people)
            h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", person["last"])]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["last"], person["email"], ""])),
                                           ("page", str(self.rng.randint(1, 4)))])
            flag = self.pick(["active", "active", "admin"])
            return self.record("admin-user-flag", "form", {"method": "POST", "headers": h, "body": body,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 420)}/{flag}"})
        if roll < 0.52:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t07clientx"]))]
            uri = "/admin/features/remove" if self.chance(0.15) else "/admin/features"
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.6:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "client.rotate", "login", "feature.set", "2024-06-11", "12/06/2024",
                           self.pick(self.people)["handle"], "ps-offboarding", "failed", "admin.map_slack"])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.73:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit?page=3",
                              "/admin/users?done=user_updated&q=o%27connor&page=1",
                              "/admin/clients?done=client_disabled",
                              "/admin/features?done=switch_updated", "/admin/static/admin.css"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.8:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_~.,:;"
            password = "".join(self.pick(chars) for _ in range(self.rng.randint(14, 30)))
            if self.chance(0.2):
                password = "-".join(self.pick(["Kettle", "harbour", "Tray2", "Printer", "biscuit", "Ilkley",
                                               "moor", "Fog", "duplex", "toner"]) for _ in range(4))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["helpdesk-lead", "mailops", "r.popescu", "siobhan.nibhriain"])),
                      ("password", password), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.9:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(["ps-offboarding", "mailops-reports", "servicenow-sync", "grafana.mail",
                                "gitlab-ci", "zabbix:mailq", "intune-compliance"])
            sub = self.rng.random()
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick([
                              "Offboarding runbook (Azure Automation), disables leavers at 17:00 Europe/London",
                              "Nightly mailbox-size report → #mail-ops (02:15 UTC)",
                              "ServiceNow ↔ Jeeves user sync — owner: Pádraig Ó Dálaigh",
                              "Grafana JSON datasource, read-only", "Zabbix check: mail queue & alert switches",
                              "GitLab CI: smoke test after deploys (mail-infra repo)", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.35) else [])
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            action = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "path", self.csrf_post(f"/admin/clients/{client}/{action}", h, csrf))
        h = self.browser_headers(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.45:
            fields = [("csrf_token", csrf), ("username", self.pick(["helpdesk-lead", "mailops", "r.popescu"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        if sub < 0.6:
            fields = [("csrf_token", csrf), ("username", self.pick(["mailops", "r.popescu"]))]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in/remove", h, fields))
        if sub < 0.8:
            return self.record("admin-account", "form", self.csrf_post("/admin/account/totp/start", h, csrf))
        if sub < 0.92:
            pending = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            fields = [("csrf_token", csrf), ("pending_secret", pending),
                      ("totp", self.pick([f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-account", "form", self.form_request("/admin/account/totp/confirm", h, fields))
        return self.record("admin-logout", "form", self.csrf_post("/admin/logout", h, csrf))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        if "Firefox" in ua:
            boundary = self.form_boundary("gecko")
        elif "Safari" in ua and "Chrome" not in ua:
            boundary = self.form_boundary("webkit")
        else:
            boundary = "----WebKitFormBoundary" + self.token(12)[:16].replace("-", "x").replace("_", "Y")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/callback"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me-page", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.62:
            place = self.pick(PLACES)
            fields = [("csrf_token", csrf), ("place", place)]
            if self.chance(0.4):
                body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial", "metric"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            if self.chance(0.4):
                body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.37:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.55:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.68:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.85:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["ps-offboarding", "mailops-reports", "servicenow-sync", "grafana.mail", "gitlab-ci",
                            "jeeves-worker", "zabbix:mailq"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Go-http-client/2.0",
                                      "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-GB) "
                                      "PowerShell/7.4.2", "Apache-HttpClient/4.5.13 (Java/11.0.22)",
                                      "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client)}:{secret}".encode()).decode()
        self.trace_headers(h)
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.87:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.5))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Zabbix", "Uptime-Kuma/1.23.11", "Blackbox Exporter/0.25.0",
                            "ELB-HealthChecker/2.0", "curl/8.6.0", "Site24x7"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json"])}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            uri = self.pick(["/healthz", "/healthz", "/readyz"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "body": "", "headers": h})
        if roll < 0.68:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/1.1", "jwks-rsa/3.1.0 (node)",
                                          "Microsoft.IdentityModel/7.5.1", "lua-resty-http/0.17.1"]),
                 "Accept": "application/json"}
            if self.chance(0.4):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("health-jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                         "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        if roll < 0.86:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.0", "curl/8.6.0",
                                          "oauth4webapi/2.10.4"]), "Accept": "application/json"}
            return self.record("health-oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                                   "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["Swagger-Codegen/3.0.54/java", "openapi-generator-cli/7.5.0",
                                      "PostmanRuntime/7.39.0", "Insomnia/2023.5.8"]), "Accept": "application/json"}
        if "Postman" in h["User-Agent"]:
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))


def _ascii(name: str) -> str:
    """A name as its e-mail local part: accents folded, apostrophes, spaces and hyphens dropped, lower case."""
    table = str.maketrans({"ø": "o", "Ø": "O", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L",
                           "đ": "d", "Đ": "D", "ı": "i", "ş": "s", "Ş": "S", "ț": "t", "ș": "s"})
    folded = unicodedata.normalize("NFKD", name.translate(table)).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 290), ("slack_thread", 70), ("slack_mention", 110), ("slack_dm", 100), ("slack_edit", 22),
    ("slack_bot_post", 30), ("slack_file", 20), ("slack_unfurl", 20), ("slack_reaction", 35), ("slack_home", 20),
    ("slash_command", 250), ("button_click", 90), ("modal_submit", 20),
    ("api", 250), ("admin", 120), ("me", 80), ("sign_in", 55), ("tokendealer", 70), ("health", 47),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """Harbourline's day, kinds interleaved as they happen."""
    return planned(Helpdesk(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
