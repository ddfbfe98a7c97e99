"""Benign evaluation set (sixtysixth): a web-hosting provider's support desk through the edge, benign only.

The company is Corvid Hosting, a shared, reseller and VPS hosting provider with support desks in Leeds, Kraków,
Porto, Manila, Cape Town and Montréal and data centres in Frankfurt, Amsterdam, London, Ashburn, Singapore and
Johannesburg. Its support agents, sysadmins, billing team and night shift use Jeeves to check the weather before
data-centre visits, commutes and heatwaves that worry the cooling, and they talk to it the way they talk to each
other about tickets: customers' domain names (IDNs too), DNS records pasted as zone lines (`@ IN MX 10 mail...`,
SPF, DKIM and DMARC TXT values), cron lines, .htaccess rewrite snippets, PHP versions and php.ini settings,
FTP/SFTP paths under /home/<account>/public_html, the error log lines customers paste, ticket and invoice numbers,
plan names and prices in many currencies, in English, Polish, Portuguese, French, Taglish, Afrikaans and more.

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

from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtysixth"
SEED = 66_2024_1008
EPOCH = 1728367200  # 2024-10-08 06:00 UTC, a Tuesday: the Manila night shift hands over to Europe
TEAM, TEAM_DOMAIN = "T05CORVIDHQ", "corvid-hosting"
PARTNER_TEAM, PARTNER_DOMAIN = "T06HOSTPNS", "hostpinas-support"  # the acquired Manila host, its own workspace
APP_ID, BOT_USER, BOT_ID = "A07CRVJVS1", "U07JEEVES4", "B07JEEVES8"
HOST = "jeeves.corvidhost.net"
BASE = f"https://{HOST}"

FIRST = ["Kasia", "Grzegorz", "Joana", "Duarte", "Maricel", "Jericho", "Thabo", "Nomvula", "Élodie", "Mathieu",
         "Siddharth", "Ayşe", "Oluwaseun", "Kieran", "Gwen", "Hiroshi", "Bich Ngoc", "Lwazi", "Aoife", "Przemysław",
         "Rosário", "Jean-François", "Marie-Ève", "Rhys", "Zanele", "Ma. Cristina", "Piotr", "Conceição", "Imran",
         "Ярослава", "李娜", "Αλέξης", "Dagny", "Nkosinathi", "João Pedro", "Anna-Lena", "Mohammed", "Tomás", "Riya"]
LAST = ["Nowak", "Wiśniewska", "Ferreira", "Magalhães", "dela Cruz", "Santos-Reyes", "Dlamini", "van der Merwe",
        "Tremblay", "Côté", "Iyer", "Yılmaz", "Adeyemi", "O'Hara", "Pritchard", "Tanaka", "Nguyễn", "Mokoena",
        "Ní Bhriain", "Szczęsny", "d'Almeida", "Bouchard-Lévesque", "ap Gwilym", "Khumalo", "Macapagal",
        "Zieliński", "Conceição", "Qureshi", "Коваленко", "王", "Papadopoulos", "Øvrebø", "Botha", "Al-Mansouri"]
OFFICES = ["Leeds, Wellington Pl", "Kraków, ul. Lubicz 17", "Porto, Rua de Santa Catarina", "Makati, Ayala Ave",
           "Cape Town, Bree St", "Montréal, boul. Saint-Laurent"]
DATACENTERS = ["Frankfurt am Main", "Amsterdam", "London Docklands", "Ashburn, VA", "Singapore", "Johannesburg",
               "FRA1 (Frankfurt)", "AMS2", "Isando, Gauteng", "Loudoun County"]
PLACES = ["Leeds", "Kraków", "Porto", "Makati", "Quezon City", "Cape Town", "Montréal", "Frankfurt am Main",
          "Amsterdam", "Ashburn", "Singapore", "Johannesburg", "Stellenbosch", "Vila Nova de Gaia", "Wieliczka",
          "Harrogate", "Laval", "Longueuil", "Pasig", "Taguig", "Durbanville", "Huddersfield", "Bradford",
          "Nowa Huta", "Matosinhos", "Braga", "Gdańsk", "Cebu City", "Davao", "Sea Point", "Saint-Laurent",
          "Trois-Rivières", "Ilkley", "Muizenberg", "Zakopane", "Offenbach am Main", "Haarlem", "Canary Wharf",
          "LS1 4DL", "31-503", "4000-444", "8001", "H2X 2T3", "1226", "51.7520, -1.2577", "14.5547,121.0244",
          "Kraków-Podgórze", "Sintra", "Québec", "São João da Madeira", "Ōsaka", "Zürich"]
TIMEZONES = ["Europe/London", "Europe/Warsaw", "Europe/Lisbon", "Asia/Manila", "Africa/Johannesburg",
             "America/Toronto", "Europe/Berlin", "Europe/Amsterdam", "America/New_York", "Asia/Singapore", "UTC",
             "Asia/Kolkata", "Europe/Istanbul", "Africa/Lagos", "Asia/Tokyo", "Europe/Dublin"]
DOMAINS = ["acme-bakery.co.uk", "kowalski-auto.pl", "casadopao.pt", "brightsmile-dental.ca", "lumiere-photo.fr",
           "sari-sari-online.ph", "fynbos-tours.co.za", "müller-schreinerei.de", "xn--mller-schreinerei-twb.de",
           "yamada-koumuten.jp", "bodegalupita.mx", "obriens-pub.ie", "shop.acme-bakery.co.uk",
           "mail.kowalski-auto.pl", "staging.casadopao.pt", "pizzeria-napoli-leeds.co.uk", "klinika-uśmiech.pl",
           "escola-de-surf.pt", "boulangerie-gagnon.qc.ca", "tindahan-ni-aling-nena.com"]
CUSTOMERS = ["Mrs Patel at Acme Bakery", "Pan Kowalski (Kowalski Auto)", "D. Amélia from Casa do Pão",
             "Dr. Gagnon's office", "Ms. Nena Villanueva", "the Fynbos Tours guys", "Herr Müller",
             "山田さん (Yamada Kōmuten)", "Lupita Hernández", "Seán O'Brien", "the reseller in Durban",
             "Agência Pixel & Café", "Zaid Al-Khoury (dentist, Laval)", "Studio Lumière", "Nguyễn Văn An"]
PLANS = ["Starter", "Business Plus", "WordPress Pro", "Reseller R2", "Reseller R5 (white-label)",
         "VPS-4 (4 vCPU / 8 GB)", "VPS-8 NVMe", "Dedicated DX-64", "Email Only 10", "Agency 25", "Legacy Gold 2016"]
PRICES = ["£14.99/mo", "£179.88/yr + VAT", "€119,88/ano", "zł 59,99 brutto", "PHP 1,499.00", "R 249,00 p/m",
          "CA$32.50", "$7.95 (renews at $12.95)", "¥1,980/月", "MX$ 389.00", "€4,20 for the .pt renewal",
          "£0.00 (credit note applied)", "AED 99", "£3.50 pro-rata", "zł 12 300,00 netto (dedyk)"]
PHP_VERSIONS = ["PHP 7.4 (EOL!)", "8.1", "8.2", "PHP 8.3.12", "ea-php74", "alt-php81", "ea-php82", "php-fpm 8.2",
                "PHP 5.6 (yes really)", "8.3 with OPcache"]
PHP_INI = ["memory_limit = 512M", "max_execution_time = 300", "upload_max_filesize = 128M", "post_max_size = 128M",
           "max_input_vars = 5000", "display_errors = Off", "date.timezone = \"Europe/Warsaw\"",
           "opcache.enable=1", "session.gc_maxlifetime = 1440", "allow_url_fopen = On",
           "error_reporting = E_ALL & ~E_DEPRECATED & ~E_STRICT", "output_buffering = 4096",
           "zend.exception_ignore_args = On", "mbstring.language = Japanese"]
DNS_RECORDS = [
    "@ IN MX 10 mail.acme-bakery.co.uk.", "@ 3600 IN MX 1 smtp.google.com.",
    "@ IN TXT \"v=spf1 include:_spf.corvidhost.net include:_spf.google.com ~all\"",
    "@ 14400 IN TXT \"v=spf1 a mx ip4:185.203.118.42 -all\"",
    "default._domainkey IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu3cq8Zl\"",
    "_dmarc IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@casadopao.pt; pct=100\"",
    "www 300 IN CNAME kowalski-auto.pl.", "shop IN A 185.203.118.42", "@ IN AAAA 2a0b:4340:a1::42",
    "_autodiscover._tcp IN SRV 0 0 443 mail.corvidhost.net.", "@ IN CAA 0 issue \"letsencrypt.org\"",
    "@ 86400 IN NS ns1.corvidhost.net.", "google._domainkey TXT \"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEB\"",
    "selector1._domainkey CNAME selector1-acmebakery-co-uk._domainkey.acmebakery.onmicrosoft.com.",
    "_acme-challenge.fynbos-tours.co.za. 60 IN TXT \"gfj9Xq...Rg85nM\"",
]
CRON_LINES = [
    "*/5 * * * * /usr/bin/php /home/acme/cron.php",
    "*/15 * * * * wget -q -O - \"https://casadopao.pt/wp-cron.php?doing_wp_cron\" >/dev/null 2>&1",
    "0 3 * * * /usr/local/bin/php /home/kowalski/public_html/artisan schedule:run >> /dev/null 2>&1",
    "30 2 * * 0 /usr/bin/mysqldump --defaults-extra-file=~/.my.cnf lumiere_wp | gzip > "
    "~/backups/wp_$(date +\\%F).sql.gz",
    "@daily /home/fynbos/bin/renew-feed.sh",
    "0 */6 * * * cd /home/sarisari/app && /opt/cpanel/ea-php82/root/usr/bin/php bin/console messenger:consume",
    "*/1 * * * * curl -s https://bodegalupita.mx/index.php?route=cron/cron > /dev/null",
    "15 4 * * 1-5 /home/yamadakm/bin/sync-stock.sh 2>&1 | mail -s \"stock sync\" it@yamada-koumuten.jp",
]
HTACCESS = [
    "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]",
    "RewriteCond %{HTTP_HOST} ^www\\.acme-bakery\\.co\\.uk [NC]\nRewriteRule ^(.*)$ https://acme-bakery.co.uk/$1 "
    "[L,R=301]",
    "# BEGIN WordPress\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\n"
    "RewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n"
    "# END WordPress",
    "AddHandler application/x-httpd-ea-php82 .php .php8 .phtml",
    "php_value upload_max_filesize 128M\nphp_value post_max_size 128M", "Options -Indexes",
    "ErrorDocument 404 /404.html", "Header set Cache-Control \"max-age=31536000, public\"",
    "Redirect 301 /sklep https://kowalski-auto.pl/czesci/", "DirectoryIndex index.php index.html",
    "RewriteRule ^produto/([0-9]+)/?$ produto.php?id=$1 [L,QSA]",
]
PATHS = ["/home/acme/public_html", "/home/acme/public_html/wp-content/uploads/2024/10/",
         "/home/kowalski/logs/kowalski-auto.pl-ssl_log-Oct-2024.gz", "~/mail/acme-bakery.co.uk/orders/",
         "/home/lupita/public_html/.well-known/acme-challenge/", "/home/casadop/public_html/.user.ini",
         "/home/fynbos/public_html/wp-config.php", "public_html/error_log", "/home/sarisari/app/var/log/prod.log",
         "sftp://acme@sftp.corvidhost.net:22/home/acme", "ftp.kowalski-auto.pl (port 21, FTPS explicit)",
         "/home/yamadakm/public_html/shop/", "/var/cpanel/userdata/acme/acme-bakery.co.uk",
         "/home/muellers/www/schreinerei/", "C:\\Users\\Patel\\Downloads\\backup-acme.zip"]
ERROR_LINES = [
    "[08-Oct-2024 04:41:12 UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to "
    "allocate 20480 bytes) in /home/acme/public_html/wp-includes/class-wpdb.php on line 2351",
    "AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. "
    "Use 'LimitInternalRecursion' to increase the limit if necessary.",
    "PHP Warning:  Undefined array key \"HTTP_X_FORWARDED_PROTO\" in /home/kowalski/public_html/config/bootstrap.php "
    "on line 17",
    "PHP Deprecated:  Creation of dynamic property Mollie_WC_Payment::$order is deprecated in "
    "/home/casadop/public_html/wp-content/plugins/mollie-payments-for-woocommerce/src/Payment.php on line 88",
    "SQLSTATE[HY000] [1045] Access denied for user 'casadop_wp'@'localhost' (using password: YES)",
    "Error establishing a database connection",
    "550 5.7.1 Message rejected due to SPF policy: 185.203.118.42 is not permitted to send for acme-bakery.co.uk",
    "421 4.7.0 Try again later, closing connection. (EHLO)",
    "cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received",
    "530 Login authentication failed", "Permission denied (publickey,password).", "Disk quota exceeded",
    "NET::ERR_CERT_COMMON_NAME_INVALID", "ERR_TOO_MANY_REDIRECTS", "503 Service Unavailable (LVE limit: EP 20)",
    "Warning: session_start(): open(/tmp/sess_a8f3, O_RDWR) failed: No space left on device (28)",
    "PHP Parse error:  syntax error, unexpected token \"?\", expecting variable in functions.php on line 214",
    "DKIM-Result: fail (bad signature) header.d=fynbos-tours.co.za",
]
WHEN = ["tomorrow 9:00", "Thu 10/10 at 14h", "this arvo", "10.10.2024 o 8:30", "quinta às 7h",
        "mamayang 10pm", "after the 06:00 PHT handover", "Saturday night (maintenance window 22:00–02:00 UTC)",
        "2024-10-09T05:30Z", "next week", "lunchtime", "end of shift"]
IPS = ["185.203.118.42", "2a0b:4340:a1::42", "81.2.69.160", "10.40.7.21", "41.185.26.9", "203.177.52.14"]
EMOJI = [":fire:", ":rotating_light:", ":white_check_mark:", ":eyes:", ":pray:", ":sweat_smile:", ":coffee:",
         ":thermometer:", ":cloud_with_rain:", ":sunny:", ":tada:", ":facepalm:", ":ticket:", ":email:",
         "🔥", "☕", "🌧️", "☀️", "🙏", "😅", "🤦", "✅", "👀", "🇵🇱", "🇵🇹", "🇵🇭", "🇿🇦", "🇨🇦", "🥵", "🌀"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %DC%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather",
    "weather %DC% %EMOJI%", "weather near %OFFICE%", "wether %PLACE%", "weather %PLACE%?", "Weather %PLACE% now",
    "weather for the DC visit in %DC% %WHEN%", "weather at %PLACE% this weekend", "weather %PLACE% pls",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location %DC%", "my location",
    "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config units imperial", "config units metric", "alerts on", "alerts off", "alerts",
    "login", "forget me", "weather Kraków jutro?", "pogoda Kraków", "weather sa Makati mamaya?", "tempo no Porto",
    "météo Montréal", "is it raining in %PLACE%?", "hi jeeves", "thanks 🙏", "what can you do?", "config units",
    "remember location Corvid Hosting, %OFFICE%", "weather %PLACE% :umbrella:", "weather Frankfurt (FRA1)",
    "weather %PLACE% – heatwave?", "Weather Cape Town", "WEATHER LEEDS", "weather São Paulo",
]
# What the desk says to each other and to Jeeves in passing.
CHAT = [
    "ticket %TICKET%: customer says email stopped after they moved DNS to Cloudflare, MX still points at us?",
    "can someone sanity-check this zone line before I save it? `%DNS%`",
    "%CUST% pasted this from their error_log: %ERR%",
    "%CUST% wants their cron fixed, currently: `%CRON%`",
    "their .htaccess has ```%HTACCESS%``` and now they get a redirect loop",
    "who's on billing today? %INV% for %DOMAIN% shows %PRICE% but the plan is %PLAN%",
    "bumped %INI% for %DOMAIN% via MultiPHP INI Editor, customer to retest",
    "%DOMAIN% is still on %PHP%, WooCommerce update needs 8.1+ – I'll send the upgrade template",
    "SFTP path for them is %PATH% – they kept uploading to the home dir 🤦",
    "%WHO% can you take %TICKET%? it's a DKIM fail for %DOMAIN%, I'm off at 14:00",
    "FYI fra1-sh07 load avg 38 again, I've opened %TICKET% with the sysadmins",
    "AutoSSL failed for %DOMAIN%: DNS DCV: no local authority; customer's A record points to %IP%",
    "migrated %DOMAIN% from the old Plesk box, propagation ETA ~4h (TTL was 14400)",
    "customer asks if %PLAN% includes daily backups – yes, JetBackup 30 days, right?",
    "refund request on %INV% (%PRICE%), they cancelled within the 30-day window, approving",
    "upgrade %DOMAIN% from %PLAN% to %PLAN%? they hit the inode limit (250k)",
    "Ticket %TICKET% – customer replied \"it works now!!! thank you so much\" :tada:",
    "heads-up: Ashburn is getting the tail of the hurricane tomorrow, IAD1 on generator test",
    "Leeds office heating is broken again, bring a jumper",
    "nag-reply na yung customer sa %TICKET%, okay na daw yung SSL nila 👍",
    "klient z %DOMAIN% pyta czemu poczta ląduje w spamie – SPF ma ~all zamiast -all",
    "o cliente da %DOMAIN% diz que o site está em branco desde ontem; ativei o WP_DEBUG_LOG",
    "le client de %DOMAIN% veut un sous-domaine « boutique » – c'est fait, DNS à jour",
    "die Kundin von %DOMAIN% fragt nach einer Rechnung mit USt-IdNr. DE 123 456 789",
    "kliënt sê die webwerf is stadig sedert gister, kyk asseblief na %TICKET%",
    "%CUST% asks: can we set `%INI%` globally? no, per account only, via .user.ini",
    "reset the cPanel password for %DOMAIN% and sent it via the secure link, not email",
    "backup restore for %DOMAIN% done (from 2024-10-06 03:00), files only, DB untouched",
    "the wp-login brute force on %DOMAIN% stopped after we enabled cPHulk + 2FA",
    "%DOMAIN% nameservers: ns1.corvidhost.net / ns2.corvidhost.net, glue records OK",
    "who knows how to get a .jp domain transfer auth code? JPRS is asking for 山田さん's 印鑑",
    "customer's SMTP on port 25 is blocked by their ISP, told them to use 587 with STARTTLS or 465",
    "handover: 14 open, 3 waiting on customer, %TICKET% needs a sysadmin (I/O wait on sg-vps-12)",
    "anyone else getting 'Too many connections' from db3-ams2 or just me?",
    "Is it me or is the Cape Town weather doing four seasons in one day again",
    "Montréal team: hydro outage on Saint-Laurent, working from home until power's back",
    "I'll be at the DC in %DC% %WHEN% swapping the RAID controller on dx64-117",
    "quote for %CUST%: %PLAN% at %PRICE%, 12 months upfront gets 2 months free",
    "does %PLAN% allow SSH? customer wants to run composer install",
    "domain %DOMAIN% expires in 5 days, auto-renew failed (card declined), emailed twice",
    "they set `%DNS%` at GoDaddy instead of at us, no wonder it doesn't resolve",
    "Mailbox full for info@%DOMAIN% (10 GB quota) – suggested archiving or Email Only 10",
    "%IP% is on Spamhaus CSS again, someone's WordPress contact form is being abused",
    "restarted php-fpm for the ea-php82 pool on fra1-sh03, 502s gone",
    "customer sent a screenshot of their FileZilla: `Status: Connection established, waiting for welcome message...`",
    "the new canned reply for 'my site is slow' is in the KB, section 4.2",
    "lunch? the Polish place on Lubicz does pierogi ruskie on Tuesdays",
    "ugh, 34 °C in Makati today, aircon in the office is struggling",
    "rain in Leeds again, who could have predicted",
    "Porto: nevoeiro de manhã, sol à tarde, clássico",
    "night shift done, 41 tickets closed, 2 escalations – good night everyone 😴",
    "anyone have the WHM shortcut for editing the Exim config? Service Configuration » Exim Configuration Manager",
    "re %TICKET%: Let's Encrypt HTTP-01 fails because their .htaccess rewrites /.well-known/ to index.php",
    "%DOMAIN% DMARC reports come from google.com & outlook.com, they want them in a separate mailbox",
    "customer asked if we support Node.js 20 on %PLAN% – yes via Setup Node.js App",
    "reminder: status page update every 30 min during the FRA1 incident, next one 07:30 UTC",
    "is the weather bot down or just slow? took ages to answer",
    "invoice %INV% paid twice via PayPal, refunded the duplicate %PRICE%",
    "KB draft: \"How to point your domain's A record (@) to 185.203.118.42 and www as a CNAME\"",
    "customer: \"I did not change anything\" … the .htaccess was modified yesterday at 23:14 😅",
    "FTP user casadop_ftp@casadopao.pt is locked to /public_html/loja – as they asked",
    "pls don't give out ssh on shared to anyone who asks for 'root', point them at VPS-4",
    "changed PHP for %DOMAIN% to %PHP%, cleared OPcache, site loads again",
    "customer's error: %ERR% – fixed by raising memory_limit and disabling the 2 heaviest plugins",
    "ticket %TICKET% escalated to Tier 2 – possible compromised account, password reset + malware scan queued",
    "ImunifyAV flagged 3 files in %PATH%, quarantined, customer informed",
    "%WHO% thanks for covering my shift on Thursday, I owe you a coffee ☕",
    "weather for the team building in Stellenbosch on Friday looks decent",
    "Who renamed the #support-queue channel?",
    "TIL .co.za transfers need the ZACR EPP key, not a normal auth code",
    "customer wants DNSSEC for %DOMAIN% – DS record added at the registrar, validating now",
    "remind me: is the Reseller R5 WHM limit 50 or 75 accounts?",
    "¿alguien habla español? Lupita escribe desde México, no entiende el mensaje de error",
    "مرحبا، العميل يسأل عن شهادة SSL للنطاق الجديد",
    "客户问能不能把网站从共享主机迁到 VPS-8，需要多久？",
    "고객이 이메일 전달 설정을 요청했어요 – 완료했습니다",
    "Kunde fragt: warum steht bei %DOMAIN% \"Diese Website ist nicht sicher\"?",
]
LONG_MESSAGES = [
    "handover from the Manila night shift:\n• %TICKET% – %DOMAIN% mail bounce, waiting on customer\n"
    "• %TICKET% – migration from Hostinger, files done, DB import tomorrow\n• %TICKET% – refund %INV%, needs "
    "billing approval\n• fra1-sh07 still spiky, sysadmins aware\nthat's all, ingat kayo 🙏",
    "customer's zone, for the record before I touch it:\n```%DNS%\n%DNS%\n%DNS%```\nthey want Google Workspace "
    "for mail but keep the website with us",
    "%CUST% sent this .htaccess:\n```%HTACCESS%```\nand says \"the site shows 500 since the plugin update\". "
    "error_log has: %ERR%",
    "Ticket %TICKET% summary for Tier 2:\nDomain: %DOMAIN%\nPlan: %PLAN% (%PRICE%)\nPHP: %PHP%\n"
    "Symptom: %ERR%\nTried: cleared cache, raised %INI%, disabled plugins\nNext: check LVE graphs for EP limits",
    "cron for %DOMAIN% as the customer pasted it:\n```%CRON%```\nit runs as the cPanel user, so the path must be "
    "%PATH%, not /var/www/html – replied with the corrected line",
    "billing question from %CUST%:\n> Why was I charged %PRICE% on %INV%? I thought I was on %PLAN%.\n"
    "They upgraded mid-cycle on 17/09, so the difference is pro-rata. I'll explain & attach the breakdown.",
    "SPF for %DOMAIN% is getting long, current record:\n`%DNS%`\nwith Mailchimp + Zoho + us they're at 11 DNS "
    "lookups (limit is 10) – suggesting they drop the old Zoho include",
    "checklist for the FRA1 maintenance on Saturday:\n1. announce on status page (EN/PL/PT/FR)\n"
    "2. disable daily alerts? no, keep them\n3. snapshot VPS-4/8 customers at 21:30 UTC\n"
    "4. reboot window 22:00–02:00\n5. post-checks: HTTP 200 on 50 sample sites, mail queue < 100",
    "PHP upgrade wave 3 (7.4 → 8.2) starts Monday:\n- 312 accounts on %PHP%\n- template email in FR/PL/PT/EN/ES\n"
    "- rollback = MultiPHP Manager, per domain\n- do NOT touch accounts with ioncube-encoded scripts",
    "new starter onboarding for Montréal (Marie-Ève & Jean-François):\n- WHMCS staff login\n- WHM read-only\n"
    "- Slack: #support-queue, #sysadmin-escalations, #billing\n- shadow the Leeds shift on Tuesday 09:00 BST",
    "what the customer wrote, word for word:\n\"Hello, my website %DOMAIN% is showing 'Index of /' and all my files "
    "are visible!!! I did not do anything. Please fix urgent, I have clients coming tomorrow.\"\n"
    "index.php was renamed to index.php.bak by their FTP client; renamed it back and added Options -Indexes",
    "DMARC aggregate report for %DOMAIN% (google.com, 2024-10-07):\nsource 185.203.118.42 – 1,204 msgs – SPF pass,"
    " DKIM pass\nsource 209.85.220.41 – 38 msgs – SPF fail, DKIM pass (forwarded)\nlooks fine, nothing to do",
    "Kraków → Leeds handover:\n– %TICKET% (pl) klient czeka na przeniesienie domeny .pl, kod AuthInfo wysłany\n"
    "– %TICKET% SSL dla %DOMAIN% odnowiony\n– 2× spam complaints, konta zawieszone do wyjaśnienia",
    "status page draft (check my English pls):\n\"We are seeing degraded performance on shared server "
    "fra1-sh07 since 05:12 UTC. Websites may load slowly and some e-mail may be delayed. Our engineers are working "
    "on it. Next update at 07:30 UTC.\"",
    "quote for %CUST%, to send before EOD:\n%PLAN% – %PRICE%\n+ dedicated IP – £2.50/mo\n+ Sectigo OV SSL – "
    "£59.00/yr\n+ migration – free\n= first invoice %INV%",
    "sftp config the customer can paste into ~/.ssh/config:\n```Host corvid\n  HostName sftp.corvidhost.net\n"
    "  User acme\n  Port 22\n  IdentityFile ~/.ssh/id_ed25519```\nthen `sftp corvid` and `cd public_html`",
]
LINKS = [
    "https://status.corvidhost.net/incidents/fra1-sh07-degraded-2024-10-08",
    "https://my.corvidhost.net/admin/supporttickets.php?action=view&id=482913",
    "https://my.corvidhost.net/admin/invoices.php?action=edit&id=99812",
    "https://my.corvidhost.net/knowledgebase/412/How-to-change-PHP-version-in-cPanel.html",
    "https://fra1-sh07.corvidhost.net:2087/cpsess8814207721/scripts/command?PFILE=main",
    "https://fra1-sh03.corvidhost.net:2083/cpsess5532901234/frontend/jupiter/index.html",
    "https://mxtoolbox.com/SuperTool.aspx?action=spf%3aacme-bakery.co.uk&run=toolpage",
    "https://mxtoolbox.com/SuperTool.aspx?action=blacklist%3a185.203.118.42&run=toolpage",
    "https://dnschecker.org/#MX/kowalski-auto.pl", "https://www.whatsmydns.net/#A/casadopao.pt",
    "https://www.php.net/supported-versions.php", "https://www.php.net/manual/en/ini.core.php#ini.memory-limit",
    "https://letsencrypt.org/docs/challenge-types/", "https://community.letsencrypt.org/t/challenge-failed/212345",
    "https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/",
    "https://httpd.apache.org/docs/2.4/mod/mod_rewrite.html#rewriterule",
    "https://support.google.com/a/answer/140034?hl=en", "https://learn.microsoft.com/en-us/microsoft-365/"
    "security/office-365-security/email-authentication-dkim-configure",
    "https://www.ssllabs.com/ssltest/analyze.html?d=fynbos-tours.co.za&hideResults=on",
    "https://check-host.net/check-http?host=https://sari-sari-online.ph",
    "https://www.dns.pl/en/whois?domain=kowalski-auto.pl", "https://www.google.com/maps/place/Makati/@14.5547,"
    "121.0244,14z", "https://docs.cpanel.net/cpanel/advanced/cron-jobs/",
    "https://corvidhost.atlassian.net/wiki/spaces/SUP/pages/1933313/Shift+handover+template",
    "https://meet.google.com/xqz-kdtr-wpa",
]
LINK_LABELS = ("", "", "", "|ticket", "|status page", "|KB", "|this", "|invoice")
# Links pasted to Jeeves and the preview Slack attaches to each: (link, (service, title, text)).
UNFURLED = [
    ("https://status.corvidhost.net/incidents/fra1-sh07-degraded-2024-10-08",
     ("Corvid Hosting Status", "Degraded performance — shared server fra1-sh07",
      "We are investigating elevated load on fra1-sh07. Websites may load slowly. Next update 07:30 UTC.")),
    ("https://mxtoolbox.com/SuperTool.aspx?action=spf%3aacme-bakery.co.uk&run=toolpage",
     ("MxToolbox", "SPF Record Lookup – acme-bakery.co.uk",
      "v=spf1 include:_spf.corvidhost.net include:_spf.google.com ~all · 6 DNS lookups · SPF Record Published")),
    ("https://www.php.net/supported-versions.php",
     ("PHP", "PHP: Supported Versions", "Each release branch of PHP is fully supported for two years from its "
      "initial stable release, followed by two additional years for critical security issues only.")),
    ("https://letsencrypt.org/docs/challenge-types/",
     ("Let's Encrypt", "Challenge Types", "When you get a certificate from Let's Encrypt, our servers validate "
      "that you control the domain names in that certificate using \"challenges\".")),
    ("https://docs.cpanel.net/cpanel/advanced/cron-jobs/",
     ("cPanel & WHM Documentation", "Cron Jobs | cPanel & WHM Documentation",
      "This interface allows you to automate certain commands or scripts on your site.")),
    ("https://support.google.com/a/answer/140034?hl=en",
     ("Google Workspace Admin Help", "Set up MX records for Google Workspace email",
      "MX records direct email to your Gmail inboxes. Before you begin: sign in to your domain host.")),
    ("https://httpd.apache.org/docs/2.4/mod/mod_rewrite.html#rewriterule",
     ("Apache HTTP Server", "mod_rewrite - Apache HTTP Server Version 2.4",
      "Provides a rule-based rewriting engine to rewrite requested URLs on the fly")),
    ("https://dnschecker.org/#MX/kowalski-auto.pl",
     ("DNS Checker", "DNS Propagation Checker – MX kowalski-auto.pl",
      "Check MX records of kowalski-auto.pl against 30+ DNS servers: 27 resolved, 3 pending")),
    ("https://corvidhost.atlassian.net/wiki/spaces/SUP/pages/1933313/Shift+handover+template",
     ("Confluence", "Shift handover template - Support - Confluence", None)),
    ("https://www.google.com/maps/place/Makati/@14.5547,121.0244,14z",
     ("Google Maps", "Makati · Metro Manila, Philippines", None)),
]
UNFURL_LEADS = ("", "weather where the customer is? ", "fyi ", "status page ↓ ", "the link from %TICKET%: ")
FILES = ["error_log (3).txt", "Screenshot 2024-10-08 at 06.41.07.png", "zone-export_acme-bakery.co.uk.txt",
         ".htaccess.txt", "phpinfo().pdf", "invoice_INV-2024-08812.pdf", "backup-10.6.2024_03-00-01_acme.tar.gz",
         "DKIM selector default.txt", "Corvid_migration_checklist_v3.xlsx", "checkout slow – HAR export.har",
         "IMG_20241008_071533.jpg", "faktura_FV-2024-10-118.pdf", "fatura Casa do Pão (2ª via).pdf",
         "php.ini-diff.txt", "DC visit FRA1 – rack 14 photos.zip", "ラック写真.heic"]
FILE_TYPES = {"txt": "text/plain", "png": "image/png", "pdf": "application/pdf", "gz": "application/gzip",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "har": "application/json",
              "jpg": "image/jpeg", "zip": "application/zip", "heic": "image/heic"}
FILE_NOTES = ["", "customer's error_log from %PATH%", "zone export before the migration", "%TICKET%",
              "screenshot from %CUST%", "this is what they see 👀", "can you remember this location? it's the DC",
              "invoice they're disputing (%PRICE%)", "photos from the DC visit in %DC%", "%DOMAIN% htaccess, careful"]
BOT_REPLIES = [
    "Frankfurt am Main: light rain, 12°C, wind 18 km/h; today 9°C to 14°C, 80% chance of precipitation",
    "Leeds: overcast clouds, 11°C, wind 22 km/h; today 8°C to 13°C, 65% chance of precipitation",
    "Kraków: clear sky, 6°C, wind 7 km/h; today 3°C to 15°C, 5% chance of precipitation",
    "Makati: thunderstorm, 31°C, wind 12 km/h; today 26°C to 33°C, 90% chance of precipitation",
    "Cape Town: few clouds, 17°C, wind 35 km/h; today 12°C to 21°C, 10% chance of precipitation",
    "Montréal: moderate rain, 8°C, wind 15 km/h; today 5°C to 10°C, 75% chance of precipitation",
    "Ashburn: mist, 64°F, wind 9 mph; today 58°F to 73°F, 40% chance of precipitation",
    "Porto: fog, 15°C, wind 6 km/h", HELP_REPLY, FORGET_ME,
    "Daily weather alerts are on, every day at 07:30 (Europe/Warsaw).", "Daily weather alerts are off.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Asia/Manila\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \"Wellington Pl\".",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
]
WEATHER_REPLIES = ["%PLACE%: broken clouds, 13°C, wind 19 km/h; today 10°C to 15°C, 35% chance of precipitation",
                   "%PLACE%: light drizzle, 9°C, wind 25 km/h", "%PLACE%: clear sky, 29°C, wind 8 km/h"]
SEARCH_Q = ["kasia", "Nowak", "@corvidhost.net", "U07", TEAM, PARTNER_TEAM, "Dlamini", "thabo.d", "Ní Bhriain",
            "maricel", "d'Almeida", "Côté", "李", "Коваленко", "dela cruz", "support-", "nightshift", "o'hara",
            "marie-eve.bouchard", "@hostpinas.ph"]
AUDIT_Q = ["client.rotate", "client.create", "user.admin", "user.active", "login", "login.slack", "feature.set",
           "feature.remove_override", f"weather@{PARTNER_TEAM}", "admin.map_slack", "whmcs-bridge", "failed",
           "account.totp_enable", "ops.kasia"]
ADMINS = ["ops.kasia", "thabo.dlamini", "joana.ferreira", "it-leeds", "night-shift-lead", "break-glass-2024"]
CLIENT_DESCRIPTIONS = [
    ("whmcs-bridge", "WHMCS hook: ticket opened → DM the agent with the weather at the customer's city"),
    ("statuspage.sync", "Statuspage incident sync (read-only), owner: sysadmins"),
    ("grafana:support-kpis", "Grafana dashboard 'Support KPIs' – first response time & backlog by plan"),
    ("dc-ops.frankfurt", "FRA1 on-call bot; write scope to pause alerts during maintenance windows"),
    ("billing-export", "Nightly export to Xero (invoices & credit notes) – owner: Joana Ferreira"),
    ("freshdesk-migration", "One-off: Zendesk → Freshdesk migration, delete after 31/10/2024"),
    ("manila.nightshift", "Manila night shift rota helper (22:00–06:00 PHT)"),
    ("ci-gitlab", "GitLab CI checks for jeeves-config (MR pipelines)"),
]
API_CLIENTS = ["whmcs-bridge", "statuspage.sync", "grafana:support-kpis", "dc-ops.frankfurt", "billing-export",
               "manila.nightshift", "ci-gitlab"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36 Edg/129.0.2792.65",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A556B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.70 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.10",
]
LANGS = ["en-GB,en;q=0.9", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
         "en-PH,en;q=0.9,fil;q=0.8", "en-ZA,en;q=0.9,af;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
         "de-DE,de;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "es-MX,es;q=0.9,en;q=0.8", "en-US,en;q=0.9",
         "tr-TR,tr;q=0.9,en;q=0.8", "en-CA,en;q=0.9,fr-CA;q=0.8", "uk-UA,uk;q=0.9,en;q=0.8", "en-GB"]
SCRIPT_UAS = ["WHMCS/8.10.1", "GuzzleHttp/7", "python-requests/2.32.3", "curl/8.10.1", "Grafana/11.2.2",
              "Go-http-client/2.0", "PostmanRuntime/7.42.0", "axios/1.7.7", "n8n", "Zapier", "okhttp/4.12.0",
              "python-httpx/0.27.2", "gitlab-runner 17.4.0 (17-4-stable; go1.22.7; linux/amd64)",
              "Statuspage-Webhook/1.0", "Wget/1.21.4"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "HetrixTools Uptime Monitoring Bot. https://hetrix.tools/uptime-monitoring-bot.html", "curl/8.10.1"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "lua-resty-http/0.17.2", "Go-http-client/2.0", "GuzzleHttp/7",
            "python-requests/2.32.3", "node-fetch/3.3.2"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
               "/admin/users?done=user_updated&q=kasia&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/audit?q=login", "/admin/users?q=nowak", "/admin/clients", "/admin/features"]
PHRASE_WORDS = ["raven", "nameserver", "pierogi", "sardinha", "jeepney", "fynbos", "poutine", "rack",
                "kettle", "drizzle", "uptime", "ticket"]
PATCH_NAMES = ["Kasia Wiśniewska (Support PL)", "Thabo Dlamini – Tier 2", "Joana Ferreira | Billing",
               "Maricel dela Cruz (night shift)", "Marie-Ève Bouchard-Lévesque", "Rhys ap Gwilym",
               "Ярослава Коваленко", "李娜 (Li Na)", "Seán O'Hara", "Nguyễn Bích Ngọc – Sysadmin"]
UNTIL = ["2024-10-08T06:00:00Z", "2024-10-08", "2024-10-08T08:00:00+02:00", "2024-10-08T14:00:00+08:00"]
HOME_LOCATIONS = ["Leeds", "Kraków", "Porto", "Makati", "Cape Town", "Montréal"]


class SupportDesk(EvaluatorDay):
    """Corvid Hosting's support desk: its people, and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Cv8hQm3TzR6wNa1LpY4kXeJd"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 8, 9, 13, 21, 22), ("00", "15", "30", "45", "40")
    iat_window = (0, 32000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 32000), 41, 0.18, 34
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.15, 0.05, 0.25
    xff_rate, xff = 0.04, ("10.40.7.21", "192.168.10.33", "10.8.0.6, 172.20.1.4")
    trace_rate, request_id_rate = 0.2, 0.12
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "identity")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.1
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.25
    button_places, weather_replies = PLACES + DATACENTERS, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = PLACES + DATACENTERS + [f"Corvid Hosting, {office}" for office in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", ".", " "), (TEAM, PARTNER_TEAM, "")
    search_pages, audit_page = (1, 8), (2, 5)
    # the data API
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names, until_choices = (TEAM, PARTNER_TEAM), PATCH_NAMES, UNTIL
    usage_days = (1, 7)
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = LINK_LABELS
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.2, 0.07, 0.62, 0.45
    mention_leads = ("", "hey ", "cc ", "", "pls ")
    edit_suffixes = (" (edit: wrong ticket number)", " *", " — sorry, meant FRA1", "", " ✅")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.55, 0.1
    files, file_notes, file_types, file_editable = FILES, FILE_NOTES, FILE_TYPES, ("txt",)
    file_sizes, file_title_stem = (900, 250_000_000), True
    unfurls, unfurl_leads = [preview for _, preview in UNFURLED], UNFURL_LEADS
    bot_replies, bot_updated_days = BOT_REPLIES, 51
    fill_pools = {"%ERR%": ERROR_LINES, "%DNS%": DNS_RECORDS, "%CRON%": CRON_LINES, "%HTACCESS%": HTACCESS,
                  "%INI%": PHP_INI, "%PHP%": PHP_VERSIONS, "%PATH%": PATHS, "%DOMAIN%": DOMAINS,
                  "%CUST%": CUSTOMERS, "%PLAN%": PLANS, "%PRICE%": PRICES, "%PLACE%": PLACES, "%DC%": DATACENTERS,
                  "%OFFICE%": OFFICES, "%WHEN%": WHEN, "%IP%": IPS, "%TZ%": TIMEZONES, "%EMOJI%": EMOJI}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(170):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum())
            ascii_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            user = f"{ascii_first or 'agent'}.{ascii_last or str(100 + i)}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": user + (str(i) if i % 11 == 0 else ""),
                                "email": f"{user}@corvidhost.net", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "support-queue", "support-pl", "suporte-pt", "night-shift-mnl", "support-za", "soutien-mtl", "billing",
            "sysadmin-escalations", "dc-fra1", "dc-ams2", "status-updates", "general", "random", "kb-drafts",
            "migrations")]
        self.dms = [self.sid("D0", 9) for _ in range(64)]

    # ---- texts ------------------------------------------------------------------------------------------------

    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%HHMM%": self.hhmm, "%TICKET%": self.ticket, "%INV%": self.invoice}

    def ticket(self) -> str:
        number = self.rng.randint(478_000, 489_999)
        return self.pick([f"#{number}", f"CH-{number}", f"#CH-{number}", f"ticket {number}"])

    def invoice(self) -> str:
        return self.pick([f"INV-2024-{self.rng.randint(8000, 9999):05d}", f"#{self.rng.randint(90000, 99999)}",
                          f"FV/2024/10/{self.rng.randint(1, 400)}"])

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, preview = self.pick(UNFURLED)
        return link, preview

    def unfurl_lead(self) -> tuple[str, str]:
        slack, raw = self.fill(self.pick(self.unfurl_leads))
        return slack, raw

    # ---- the App Home view --------------------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place, zone = self.pick(HOME_LOCATIONS), self.pick(TIMEZONES)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "Jeeves"},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {"type": "plain_text",
                                                                          "text": "Jeeves – your weather at Corvid"}},
                           {"type": "section", "block_id": "loc", "text": {
                               "type": "mrkdwn", "text": f"*Location:* {place}\n*Units:* metric\n"
                                                         f"*Daily alert:* {self.hhmm()} ({zone})"}}]}

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="129"' if "Edg/" in ua else '"Google Chrome";v="129"'
        return f'"Chromium";v="129", "Not=A?Brand";v="8", {brand}'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("cookieyes-consent", "consentid:" + self.token(12) + ",consent:yes,action:yes"))
        if self.chance(0.08):
            jar.append(("_hjSessionUser_3419871", self.token(48)))
        return jar

    def request_ids(self) -> list[str]:
        return [f"whmcs-{self.rng.randint(10**7, 10**8)}", f"gl-{self.rng.randint(10**9, 10**10)}"]

    def trace_state(self) -> str | None:
        return f"corvid=app:{self.pick(['whmcs', 'grafana', 'ci'])}" if self.chance(0.3) else None

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}", f"2024-10-{day:02d}T00:00:00+02:00",
                f"2024-09-{day + 20:02d}T22:00:00.000Z", f"2024-10-{day:02d}T06:00:00+08:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 150), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 28),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The support desk's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(SupportDesk(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
