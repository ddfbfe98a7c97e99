"""A working day of a software localisation and translation agency that uses Jeeves, on every route of the edge.

Benign only. About 1,700 requests in a deployment's proportions: Slack first (channel chat, threads, @mentions,
DMs, edits, integration bots, file shares, link unfurls, reactions, App Home, `/jeeves` slash commands, button
clicks, modal submissions and message shortcuts), then the data API (scripts, CI, dashboards and the
translation-management connector with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer
and the health and metadata GETs.

The agency's people are translators, reviewers, project managers and localisation engineers. Two parts of their
traffic are large on purpose: (1) about 400 requests where people paste source strings, translations and review
comments into Slack, into the data API's JSON (bios, comments, string records) and into search boxes; (2) about
300 requests of the translation-management connector syncing string catalogues (keys, source text, translations
with markup and placeholders, context notes) to the data API. The texts hold what such strings really hold: ICU
MessageFormat plurals and selects, printf placeholders (%s, %1$d, %@, %(name)s, %%), HTML and XML tags, entities,
XLIFF, TMX, gettext .po, Android strings.xml, iOS .strings, ARB, .resx and YAML snippets, right-to-left and CJK
text, apostrophes and quotation marks of many languages, CLI commands, regexes and small code snippets.

How it was written: by the twenty-sixth independent benign author, from the route list of gateway/gateway.yaml
(names, match, methods, upstreams), the handlers in app/ and tokendealer/, README.md, the record structure of
benign_day_gen.py and records.py, and general knowledge of what Slack, browsers, SDKs and CLIs send. No WAF rule,
exclusion, ruleset, rule test, corpus or other generator's text list was read; the texts were not changed after
measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, an edited message's
nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (form_boundary,
form_navigation, form_request, csrf_post, token_request, verify_request, get_request, cross_site_arrival, signed_in,
ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview, link_visit, link_signin) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import html
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 2606_2024
EPOCH = 1718177400  # 2024-06-12 07:30 UTC, a Wednesday
TEAM, TEAM_DOMAIN = "T04TESSRA7", "tessera-l10n"
APP_ID, BOT_USER = "A06JVS26LN", "U06JEEVES2"
HOST = "edge.tessera-l10n.com"
BASE = f"https://{HOST}"
TMS = "https://tms.tessera-l10n.com:8443"

# (display name, e-mail local part): apostrophes, hyphens, particles, many scripts
NAMES = [
    ("Siobhán O'Connor", "siobhan.oconnor"), ("Jean-Baptiste Lefèvre", "jb.lefevre"),
    ("Mary-Kate D'Souza", "marykate.dsouza"), ("Nguyễn Thị Thu Hà", "ha.nguyen"),
    ("Ahmad Al-Rashidi", "ahmad.alrashidi"),
    ("Zoë van 't Hof", "zoe.vanthof"), ("Björn Åström", "bjorn.astrom"), ("Ayşe Yıldırım", "ayse.yildirim"),
    ("Małgorzata Wójcik-Nowak", "malgorzata.wojcik"), ("佐藤 美咲", "misaki.sato"), ("김지훈", "jihoon.kim"),
    ("王芳", "fang.wang"), ("陳怡君", "yijun.chen"), ("Rafael D'Angelo", "rafael.dangelo"),
    ("Seán Ó Briain", "sean.obriain"), ("Ana-Maria Popescu", "anamaria.popescu"), ("Yosef Ben-David", "yosef.bendavid"),
    ("נועה לוי", "noa.levi"), ("فاطمة الزهراء بنعلي", "fatimazahra.benali"), ("Oleksandr Kovalenko", "o.kovalenko"),
    ("Ксения Соколова", "kseniya.sokolova"), ("Δημήτρης Παπαδόπουλος", "d.papadopoulos"),
    ("Priya Raghunathan", "priya.r"), ("अनन्या शर्मा", "ananya.sharma"), ("Thanawat Srisuk", "thanawat.s"),
    ("Lê Văn Minh", "minh.le"), ("Chiara Dell'Acqua", "chiara.dellacqua"), ("Pierre-Luc Gagnon", "pl.gagnon"),
    ("Marie-Ève Tremblay", "marieeve.tremblay"), ("João Pedro Conceição", "joao.conceicao"),
    ("María José Fernández-Ruiz", "mj.fernandez"), ("Kofi Mensah-Bonsu", "kofi.mensah"), ("Amara Okeke", "amara.okeke"),
    ("Tomasz Dąbrowski", "tomasz.dabrowski"), ("Eliška Nováková", "eliska.novakova"), ("Jüri Tamm", "juri.tamm"),
    ("Aino Mäkelä", "aino.makela"), ("Søren Kjær-Holm", "soren.holm"), ("Ingrid Ødegård", "ingrid.odegard"),
    ("Lukas O'Neill-Brandt", "lukas.oneill"), ("Dana Cohen", "dana.cohen"), ("Kwame Asante", "kwame.asante"),
    ("თამარ აბაშიძე", "tamar.abashidze"), ("Արմեն Պետրոսյան", "armen.petrosyan"),
    ("Hiroshi Tanaka-Wells", "hiroshi.tw"), ("Mehmet Can Öztürk", "mehmetcan.ozturk"), ("Sofía Núñez", "sofia.nunez"),
    ("Wiremu Te Rangi", "wiremu.terangi"), ("Dương Quốc Bảo", "bao.duong"), ("Niamh Ní Bhriain", "niamh.nibhriain"),
    ("Gaëlle Le Goff", "gaelle.legoff"), ("Francesca D'Amico", "francesca.damico"), ("Jan-Hendrik Vos", "jh.vos"),
    ("Mohammed Ould Ahmed", "mohammed.ouldahmed"), ("رضا تهرانی", "reza.tehrani"), ("Layla Haddad", "layla.haddad"),
    ("Sipho Dlamini", "sipho.dlamini"), ("Sam Taylor", "sam.taylor"), ("Alex Kim", "alex.kim"),
    ("Chris Müller", "chris.mueller"), ("Pat O'Reilly", "pat.oreilly"), ("Rin Aoyama", "rin.aoyama"),
    ("Ilse de Vries", "ilse.devries"), ("Gonzalo Ibáñez", "gonzalo.ibanez"), ("Aleksandra Kowalczyk-Śliwa", "ola.ks"),
    ("Jae-won Park", "jaewon.park"), ("Ngaio O'Sullivan", "ngaio.osullivan"), ("Émilie Côté-Lavoie", "emilie.cote"),
]
ROLES = ["translator", "translator", "translator", "reviewer", "reviewer", "project manager", "loc engineer",
         "vendor manager", "LQA lead", "account manager"]
LOCALES = ["fr-FR", "fr-CA", "de-DE", "de-CH", "es-ES", "es-MX", "es-419", "pt-BR", "pt-PT", "it-IT", "nl-NL",
           "pl-PL", "cs-CZ", "sv-SE", "da-DK", "nb-NO", "fi-FI", "ru-RU", "uk-UA", "tr-TR", "el-GR", "he-IL",
           "ar-SA", "ar-EG", "fa-IR", "hi-IN", "th-TH", "vi-VN", "id-ID", "ja-JP", "ko-KR", "zh-CN", "zh-TW",
           "zh-Hant-HK", "sr-Latn-RS", "en-GB"]
TIMEZONES = ["Europe/Berlin", "Europe/Zurich", "Europe/Dublin", "Europe/Lisbon", "Europe/Warsaw", "Europe/Kyiv",
             "Europe/Istanbul", "Europe/Athens", "Europe/Helsinki", "America/Montreal", "America/Toronto",
             "America/Mexico_City", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/New_York",
             "America/Los_Angeles", "Asia/Tokyo", "Asia/Seoul", "Asia/Taipei", "Asia/Shanghai", "Asia/Hong_Kong",
             "Asia/Jerusalem", "Asia/Dubai", "Asia/Tehran", "Asia/Kolkata", "Asia/Bangkok", "Asia/Ho_Chi_Minh",
             "Asia/Singapore", "Africa/Cairo", "Africa/Casablanca", "Africa/Nairobi", "Africa/Accra",
             "Pacific/Auckland", "Australia/Sydney", "Asia/Tbilisi", "Asia/Yerevan", "UTC"]
PROJECTS = ["fjord-pay-ios", "fjord-pay-android", "fjord-web", "nordwind-bikes-docs", "aurora-games-ui",
            "lumen-health-portal", "kaigo-care-app", "atlas-legal-contracts", "brightpath-lms", "okapi-crm"]
PLACES = [
    "Berlin", "Zürich", "Montréal", "Québec", "Tel Aviv-Yafo", "תל אביב-יפו", "القاهرة", "الدار البيضاء", "Dubai",
    "東京都", "大阪市", "서울특별시", "부산", "台北市", "香港", "上海", "Singapore", "กรุงเทพมหานคร", "Hà Nội",
    "TP. Hồ Chí Minh", "Mumbai", "बेंगलुरु", "Kraków", "Łódź", "Wrocław", "Praha", "Tallinn", "Helsinki",
    "Tromsø", "Reykjavík", "Dublin", "Baile Átha Cliath", "Cork", "Lisboa", "Porto", "São Paulo", "Florianópolis",
    "Ciudad de México", "Bogotá", "Buenos Aires", "Nairobi", "Accra", "አዲስ አበባ", "თბილისი", "Երևան", "Αθήνα",
    "İzmir", "Київ", "Warszawa", "Köln", "'s-Hertogenbosch", "L'Aquila", "Sant'Agata de' Goti",
    "Saint-Jean-sur-Richelieu", "Coeur d'Alene", "Martha's Vineyard", "Te Whanganui-a-Tara", "Wellington",
    "Torstraße 109, 10119 Berlin", "〒150-0002 東京都渋谷区渋谷2-21-1", "Rua Augusta 274, 1100-053 Lisboa",
    "Carrer de Mallorca 401, 08013 Barcelona", "1 Raffles Place, #20-61, Singapore 048616",
    "Via dell'Orso 28, 00186 Roma", "52.5308, 13.3847", "35°39′31″N 139°42′01″E", "H2X 1Y4", "D02 X285",
    "Montréal (QC)", "Toronto, ON", "Oaxaca de Juárez", "Ōsaka", "Jeju-si", "Chiang Mai", "Đà Nẵng",
]
CHANNELS = [("C01GENERAL", "general"), ("C02RANDOM9", "random"), ("C03PMOFFCE", "pm-office"),
            ("C04LOCENG0", "loc-eng"), ("C05LQAREVW", "lqa-reviews"), ("C06GLOSSRY", "glossary"),
            ("C07JAJPTEM", "team-ja-jp"), ("C08ARABIC0", "team-ar"), ("C09FRFRCA0", "team-fr"),
            ("C10DACHTEM", "team-dach"), ("C11CJKTEAM", "team-cjk"), ("C12VENDORS", "vendors"),
            ("C13FJORDPY", "client-fjord-pay"), ("C14AURORAG", "client-aurora-games"), ("C15LUMENHL", "client-lumen"),
            ("C16HANDOFF", "handoffs"), ("C17TMSALRT", "tms-alerts"), ("C18BERLIN0", "office-berlin"),
            ("C19MONTRL0", "office-montreal"), ("C20LUNCH00", "lunch")]
LINKS = [f"{TMS}/projects/482/strings?locale=fr-FR&filter=untranslated&page=3",
         f"{TMS}/projects/517/editor?segment=1432&locale=ja-JP#comments",
         "https://fjord-staging.example.com:9443/de-DE/settings#notifications",
         "http://localhost:3000/fr/checkout?step=2&currency=EUR",
         "https://www.figma.com/file/Xy8Qw2/Onboarding-v4?node-id=120%3A4411",
         "https://github.com/tessera-l10n/tms-connector/pull/318",
         "https://tessera.atlassian.net/browse/LOC-2291", "https://unicode-org.github.io/cldr-staging/charts/44/"
         "supplemental/language_plural_rules.html", "https://unicode-org.github.io/icu/userguide/format_parse/"
         "messages/", "https://docs.oasis-open.org/xliff/xliff-core/v2.1/xliff-core-v2.1.html",
         "https://www.gnu.org/software/gettext/manual/html_node/Plural-forms.html",
         "https://developer.apple.com/documentation/xcode/localizing-strings-that-contain-plurals",
         "https://docs.google.com/spreadsheets/d/1Qz9pLm/edit#gid=0", "https://r12a.github.io/app-conversion/",
         "https://www.w3.org/International/questions/qa-bidi-unicode-controls",
         "https://drive.google.com/drive/folders/1aBcD_styleguides", "https://tessera-l10n.com/blog/2024/06/icu-101/",
         "https://meet.google.com/abc-defg-hij", "https://zoom.us/j/93412005566?pwd=c3RyaW5n"]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":tada:", ":sweat_smile:", ":thinking_face:", ":+1:", ":fire:",
         ":jp:", ":flag-br:", ":flag-sa:", ":memo:", ":globe_with_meridians:", ":warning:", ":100:", "🙏", "😅",
         "👀", "✅", "🇯🇵", "🇧🇷", "🇫🇷", "🇩🇪", "🇰🇷", "👩🏽‍💻", "🧑‍🤝‍🧑", "🤦🏻‍♀️", "💬", "📎", "🈯", "🆗"]

# (key, source, context note, [(locale, translation), ...])
STRINGS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("files.selected", "{count, plural, one {# file selected} other {# files selected}}",
     "Toolbar counter in the file picker", [
         ("fr-FR", "{count, plural, one {# fichier sélectionné} other {# fichiers sélectionnés}}"),
         ("pl-PL", "{count, plural, one {# plik wybrany} few {# pliki wybrane} many {# plików wybranych} "
                   "other {# pliku wybranego}}"),
         ("ar-SA", "{count, plural, zero {لم يتم تحديد أي ملف} one {تم تحديد ملف واحد} two {تم تحديد ملفين} "
                   "few {تم تحديد # ملفات} many {تم تحديد # ملفًا} other {تم تحديد # ملف}}"),
         ("ja-JP", "{count}個のファイルを選択済み"),
         ("ru-RU", "{count, plural, one {Выбран # файл} few {Выбрано # файла} many {Выбрано # файлов} "
                   "other {Выбрано # файла}}")]),
    ("upload.progress", "%1$d of %2$d items uploaded", "Android notification; %1$d = done, %2$d = total", [
        ("de-DE", "%1$d von %2$d Elementen hochgeladen"), ("ko-KR", "%2$d개 중 %1$d개 항목 업로드됨"),
        ("tr-TR", "%2$d öğeden %1$d tanesi yüklendi"), ("hu-HU", "%2$d elemből %1$d feltöltve"),
        ("zh-CN", "已上传 %1$d/%2$d 个项目")]),
    ("welcome.back", "Welcome back, %@!", "iOS home screen greeting; %@ = first name", [
        ("es-ES", "¡Hola de nuevo, %@!"), ("ja-JP", "%@さん、おかえりなさい！"), ("he-IL", "שמחים לראותך שוב, %@!"),
        ("it-IT", "Bentornato/a, %@!"), ("pt-BR", "Que bom ter você de volta, %@!")]),
    ("dialog.undo", "<b>Warning:</b> this action can't be undone.",
     "Confirmation dialog body; HTML allowed: b, i, br", [
        ("fr-FR", "<b>Attention :</b> cette action est irréversible."),
        ("de-DE", "<b>Achtung:</b> Diese Aktion kann nicht rückgängig gemacht werden."),
        ("he-IL", "<b>אזהרה:</b> לא ניתן לבטל פעולה זו."),
        ("el-GR", "<b>Προσοχή:</b> αυτή η ενέργεια δεν μπορεί να αναιρεθεί."),
        ("nl-NL", "<b>Let op:</b> deze actie kan niet ongedaan worden gemaakt.")]),
    ("legal.consent", 'By continuing you agree to our <a href="https://tessera-l10n.com/terms">Terms of Service</a> '
                      'and <a href="{privacyUrl}">Privacy Policy</a>.',
     "Sign-up footer; keep both links, translate only the link text", [
         ("fr-FR", 'En continuant, vous acceptez nos <a href="https://tessera-l10n.com/terms">Conditions '
                   'd’utilisation</a> et notre <a href="{privacyUrl}">Politique de confidentialité</a>.'),
         ("de-DE", 'Wenn du fortfährst, stimmst du unseren <a href="https://tessera-l10n.com/terms">'
                   'Nutzungsbedingungen</a> und der <a href="{privacyUrl}">Datenschutzerklärung</a> zu.'),
         ("ar-EG", 'بالمتابعة، فإنك توافق على <a href="https://tessera-l10n.com/terms">شروط الخدمة</a> '
                   'و<a href="{privacyUrl}">سياسة الخصوصية</a>.'),
         ("zh-TW", '繼續即表示你同意我們的<a href="https://tessera-l10n.com/terms">服務條款</a>和'
                   '<a href="{privacyUrl}">隱私權政策</a>。')]),
    ("shortcut.save", "Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save", "Tooltip; macOS uses shortcut.save.mac", [
        ("th-TH", "กด <kbd>Ctrl</kbd>+<kbd>S</kbd> เพื่อบันทึก"),
        ("sv-SE", "Tryck på <kbd>Ctrl</kbd>+<kbd>S</kbd> för att spara"),
        ("uk-UA", "Натисніть <kbd>Ctrl</kbd>+<kbd>S</kbd>, щоб зберегти")]),
    ("doc.updated", "Last updated {date, date, medium} at {date, time, short}", "Document header", [
        ("fr-FR", "Dernière mise à jour le {date, date, medium} à {date, time, short}"),
        ("ja-JP", "最終更新：{date, date, medium} {date, time, short}"),
        ("fi-FI", "Päivitetty viimeksi {date, date, medium} klo {date, time, short}")]),
    ("checkout.total", "Total: {price, number, ::currency/EUR}", "Checkout summary; ICU number skeleton", [
        ("de-DE", "Gesamt: {price, number, ::currency/EUR}"), ("hi-IN", "कुल: {price, number, ::currency/EUR}")]),
    ("progress.percent", "%d%% complete", "Progress bar label; %% is a literal percent sign", [
        ("fa-IR", "%d٪ تکمیل شد"), ("tr-TR", "%%%d tamamlandı"), ("fr-FR", "%d %% terminé"),
        ("ar-SA", "اكتمل %d%%")]),
    ("signup.cta", "Don't have an account? <link>Sign up</link>", "React <Trans>; <link> is a component, keep it", [
        ("es-MX", "¿No tienes cuenta? <link>Regístrate</link>"), ("pt-PT", "Não tem conta? <link>Registe-se</link>"),
        ("ko-KR", "계정이 없으신가요? <link>가입하기</link>")]),
    ("comment.notify", "{0} commented on {1}", ".resx; {0} = user name, {1} = document title", [
        ("ja-JP", "{0} さんが {1} にコメントしました"), ("ru-RU", "{0} прокомментировал(а) «{1}»"),
        ("vi-VN", "{0} đã bình luận về {1}")]),
    ("playlist.remove", 'Are you sure you want to remove "%s" from the playlist?', "Dialog; %s = song title", [
        ("it-IT", "Vuoi davvero rimuovere «%s» dalla playlist?"),
        ("de-DE", "Möchtest du „%s“ wirklich aus der Playlist entfernen?"),
        ("pl-PL", "Czy na pewno chcesz usunąć „%s” z playlisty?"), ("zh-CN", "确定要从播放列表中移除“%s”吗？"),
        ("ja-JP", "「%s」をプレイリストから削除しますか？")]),
    ("storage.full", "Storage almost full (%.1f GB of %.0f GB used)", "Banner at the top of the drive page", [
        ("fr-CA", "Stockage presque plein (%.1f Go sur %.0f Go utilisés)"),
        ("cs-CZ", "Úložiště je téměř plné (využito %.1f GB z %.0f GB)")]),
    ("photos.uploaded", "%(name)s uploaded %(count)d photos", "Django; named placeholders", [
        ("nl-NL", "%(name)s heeft %(count)d foto's geüpload"), ("ca-ES", "%(name)s ha penjat %(count)d fotos")]),
    ("trial.ends", "Your trial ends in {days, plural, one {# day} other {# days}}.", "Billing banner", [
        ("da-DK", "Din prøveperiode udløber om {days, plural, one {# dag} other {# dage}}."),
        ("lt-LT", "Jūsų bandomasis laikotarpis baigsis po {days, plural, one {# dienos} few {# dienų} "
                  "other {# dienų}}.")]),
    ("dropzone.hint", "Drag & drop files here, or <button>browse</button>", "Upload area", [
        ("fr-FR", "Glissez-déposez vos fichiers ici ou <button>parcourez</button>"),
        ("ja-JP", "ここにファイルをドラッグ＆ドロップするか、<button>参照</button>してください")]),
    ("footer.copyright", "&copy; {year} Tessera Localisation GmbH. All rights reserved.", "Footer; HTML entity", [
        ("de-DE", "&copy; {year} Tessera Localisation GmbH. Alle Rechte vorbehalten."),
        ("es-ES", "&copy; {year} Tessera Localisation GmbH. Todos los derechos reservados.")]),
    ("pager.next", "Next&nbsp;›", "Pagination link", [("fr-FR", "Suivant&nbsp;›"), ("ar-SA", "‹&nbsp;التالي")]),
    ("password.rules", "Use at least 8 characters, including 1 number & 1 symbol (e.g. ! ? # %).", "Sign-up hint", [
        ("pt-BR", "Use pelo menos 8 caracteres, incluindo 1 número e 1 símbolo (ex.: ! ? # %)."),
        ("de-CH", "Verwende mindestens 8 Zeichen, darunter 1 Zahl und 1 Sonderzeichen (z. B. ! ? # %).")]),
    ("search.summary", "Showing {start}–{end} of {total} results for “{query}”", "Search results header", [
        ("fr-FR", "Résultats {start} à {end} sur {total} pour « {query} »"),
        ("zh-CN", "“{query}”的搜索结果：第 {start}–{end} 条，共 {total} 条"),
        ("he-IL", "מציג {start}–{end} מתוך {total} תוצאות עבור \"{query}\"")]),
    ("workspace.owner", "{username}''s workspace", "ICU: '' is a literal apostrophe", [
        ("en-GB", "{username}''s workspace"), ("fr-FR", "Espace de travail de {username}"),
        ("ga-IE", "Spás oibre {username}")]),
    ("error.offline", "Couldn't connect. Check your connection and try again.", "Toast", [
        ("id-ID", "Tidak dapat terhubung. Periksa koneksi Anda, lalu coba lagi."),
        ("sw-KE", "Imeshindwa kuunganisha. Angalia muunganisho wako kisha ujaribu tena."),
        ("am-ET", "መገናኘት አልተቻለም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።")]),
    ("cant_connect", "Can\\'t connect to %1$s", "Android strings.xml; the apostrophe is escaped", [
        ("fr-FR", "Impossible de se connecter à %1$s"), ("it-IT", "Impossibile connettersi a %1$s"),
        ("ro-RO", "Nu se poate conecta la %1$s")]),
    ("cart.items", "You have {itemCount, plural, =0 {no items} one {1 item} other {{itemCount} items}} in your cart",
     "Nested braces inside the plural", [
         ("de-DE", "Du hast {itemCount, plural, =0 {keine Artikel} one {1 Artikel} other {{itemCount} Artikel}} "
                   "im Warenkorb")]),
    ("invite.by", "{gender, select, female {She invited you} male {He invited you} other {They invited you}} to "
                  "{project}", "select on the inviter's gender", [
        ("es-ES", "{gender, select, female {Te invitó a} male {Te invitó a} other {Te invitaron a}} {project}"),
        ("ar-SA", "{gender, select, female {دعتك إلى} male {دعاك إلى} other {دعوك إلى}} {project}")]),
    ("greeting", "Hello, {{name}}!", "i18next interpolation", [
        ("de-DE", "Hallo, {{name}}!"), ("fr-FR", "Bonjour, {{name}} !"), ("ko-KR", "{{name}}님, 안녕하세요!")]),
    ("email.reset.subject", "[{siteName}] Reset your password", "E-mail subject line", [
        ("ja-JP", "【{siteName}】パスワードの再設定"), ("zh-CN", "【{siteName}】重置您的密码"),
        ("pt-BR", "[{siteName}] Redefina sua senha")]),
    ("order.shipped", "Order #{orderId} shipped to {city}", "Push notification", [
        ("he-IL", "הזמנה מס׳ {orderId} נשלחה אל {city}"), ("ar-AE", "تم شحن الطلب رقم {orderId} إلى {city}"),
        ("fa-IR", "سفارش شمارهٔ {orderId} به {city} ارسال شد")]),
    ("unsaved.changes", "You've got unsaved changes. Leave anyway?", "beforeunload dialog", [
        ("fr-FR", "Vous avez des modifications non enregistrées. Quitter quand même ?"),
        ("nb-NO", "Du har endringer som ikke er lagret. Vil du gå likevel?"),
        ("zh-Hant-HK", "你有未儲存的變更。仍要離開嗎？")]),
    ("a11y.close", "Close dialog", "aria-label of the × button; screen readers only", [
        ("sr-Latn-RS", "Zatvori dijalog"), ("hy-AM", "Փակել պատուհանը"), ("ka-GE", "დიალოგის დახურვა")]),
    ("release.notes", "What's new in {version}:<br/>• Faster sync<br/>• Dark mode<br/>• Bug fixes",
     "Line breaks as <br/>", [
        ("es-419", "Novedades de la versión {version}:<br/>• Sincronización más rápida<br/>• Modo oscuro<br/>"
                   "• Corrección de errores"),
        ("tr-TR", "{version} sürümündeki yenilikler:<br/>• Daha hızlı eşitleme<br/>• Karanlık mod<br/>"
                  "• Hata düzeltmeleri")]),
    ("price.per_month", "{price}/mo · billed yearly", "Pricing card", [
        ("ja-JP", "月額 {price}・年払い"), ("de-DE", "{price}/Monat · jährliche Abrechnung"),
        ("th-TH", "{price}/เดือน · เรียกเก็บเงินรายปี")]),
]

REVIEWS = [
    "fr-FR: missing NBSP before « : » and « ? » — please use U+202F per the client's style guide §3.2",
    "de-DE: 'Warenkorb' not 'Einkaufswagen' (glossary term #118, approved by the client on 2024-03-04)",
    "ja-JP: {project} is a variable, don't translate it. memoQ shows it as text because the ICU filter isn't on",
    "ar-SA: the number gets reordered in the RTL paragraph; wrap %d in U+2068 … U+2069 (FSI/PDI)?",
    "pl-PL: 'few' and 'many' are missing, CLDR needs one/few/many/other for Polish",
    "Source typo: 'recieve' → 'receive'. Raised source query SQ-1182 in the TMS",
    "Character limit is 24 for this button; 'Enregistrer les modifications' is 29 chars. Suggest 'Enregistrer'.",
    "es-MX LQA batch 7: 98.2/100 PASS — 2 minor terminology, 1 minor punctuation (opening ¿ missing)",
    "Keep the <a> tag around 'Terms of Service' — move the text inside it, don't touch the href please",
    "DNT: Tessera, Fjord Pay, iCloud, Wi‑Fi, Bluetooth® stay in Latin script in every locale",
    "zh-Hant-HK vs zh-Hant-TW: the client wants HK variants for 14 strings only (賬戶 vs 帳戶)",
    "ko-KR: use 합니다 style (formal), not 해요 style — the client's style guide is strict about it",
    "he-IL: 'ברוך שובך' is masculine only; we agreed on 'שמחים לראותך שוב'",
    "it-IT: use ’ (U+2019), not ' (U+0027), in \"l’account\" and \"dell’app\"",
    "ru-RU: capitalised 'Вы' in UI text? the style guide says lower-case 'вы' since 2023",
    "pt-BR: 'você', not 'tu'. And 'Salvar', not 'Guardar' (that's pt-PT)",
    "tr-TR: dotted/dotless i — the upper case of 'iptal' is 'İPTAL', not 'IPTAL'",
    "th-TH: no spaces between words, but a space before the amount is fine: 'ราคา 1,250 บาท'",
    "de-DE: 'E-Mail-Adresse' with two hyphens, Duden says so",
    "nl-NL: yes, 'foto's' takes an apostrophe, and so does 'menu's'",
    "el-GR: the Greek question mark is ';' (U+037E); the QA tool flags it as a semicolon, ignore that",
    "fa-IR: Persian digits ۰۱۲۳ in running text, Latin digits in order IDs",
    "sv-SE: 'Spara' is fine, 'Spara ändringar' overflows the button on an iPhone SE",
    "hi-IN: 'फ़ाइल' with the nukta please, not 'फाइल'",
    "vi-VN: diacritics stack wrong in the PDF export (ệ renders as e + two marks), font issue, not translation",
    "All locales: the source changed from 'Sign in' to 'Log in' in v4.3, 38 segments went back to fuzzy 😩",
    "en-GB: 'colour', 'organise', 'cancelled' — the en-US source was copied over as-is",
    "ja-JP: half-width ｶｰﾄ → full-width カート please",
    "es-ES vs es-MX: '1.234,56 €' vs '$1,234.56 MXN'; the ICU skeleton does it, don't hard-code the format",
    "uk-UA: 'Київ', never 'Киев' (client requirement, glossary #7)",
    "ar-SA: kashida (ـ) stretching breaks search, remove it from UI strings",
    "fr-CA vs fr-FR: 'courriel' vs 'e-mail', 'magasiner' vs 'faire du shopping'",
    "ICU: the apostrophe in {username}'s must be doubled ('') or ICU reads it as a quote; QA caught 12 of these",
    "printf: %1$s and %2$s may swap in de-DE, plain %s %s may not — asked dev to switch to positional args",
    "da-DK: 'Du har 1 ny besked' / 'Du har 2 nye beskeder' — the adjective changes with the plural too",
    "fr-FR : « Connexion » plutôt que « Login », cf. glossaire client v8 (terme n° 42)",
    "de-DE: Bitte „Sie“ statt „du“ – der Kunde hat im Styleguide auf Seite 4 die formelle Anrede festgelegt.",
    "ja-JP：「ログイン」と「サインイン」が混在しています。用語集に合わせて「ログイン」に統一してください。",
    "zh-CN：“账户”与“帐户”请统一为“账户”（见术语表第 31 条）。",
    "ko-KR: '확인'과 '승인'이 섞여 있어요. 버튼은 모두 '확인'으로 통일해 주세요.",
    "ar-SA: يرجى استخدام «تسجيل الدخول» بدلاً من «الدخول» حسب المسرد المعتمد.",
    "he-IL: נא להשתמש ב\"התחברות\" ולא ב\"כניסה\", לפי מילון המונחים של הלקוח.",
    "es-ES: «Iniciar sesión», no «Loguearse». Y ojo con las comillas: usamos « » en textos largos.",
    "pl-PL: „Zaloguj się”, nie „Zaloguj”. Cudzysłów polski: „…”, nie \"…\".",
    "ru-RU: «Войти», не «Залогиниться». Кавычки-ёлочки « » в интерфейсе, „лапки“ внутри цитат.",
]

L10N_CHAT = [
    "word count for the Nordwind docs: 12,480 new / 3,211 fuzzy (75–99%) / 8,002 100% / 1,904 ICE",
    "MTPE rates for ja-JP: 0.09 €/word light PE, 0.12 €/word full PE, hourly for LQA",
    "pseudo-loc build: [!!! Ŝåṽé çĥåñĝéš !!!] — 3 strings on the settings page are still hard-coded",
    "who approved 'Einstellungen' → 'Optionen' in the termbase? it broke 40 segments",
    "TMX export for the client: 312,441 TUs, en-US → de, fr, it, es, nl, pl",
    "ICR feedback from Seoul is in: 17 comments, mostly 합니다 vs 해요",
    "string freeze moved to June 21st, vendor handoff June 24th, LSO June 28th",
    "Arabic release notes: I used ١٢٣ digits but their app shows 123 — which do they want?",
    "FYI: XLIFF 2.1 in the connector is in beta, set `xliff_version: 2.1` in the project settings",
    "PSA: `%@` in the iOS files is NOT `%s`. Please don't 'fix' them 🙏",
    "glossary quiz: 'checkout' in de-DE? Kasse, Bezahlvorgang or Checkout? (client says: Kasse)",
    "the client's context screenshots are 4K PNGs, the TMS rejects anything over 10 MB 🙄",
    "fuzzy threshold for the legal project is 85%, below that it's new words",
    "zh-TW reviewer asks: 「」 or “” for UI quotes? Style guide v3 says 「」",
    "just noticed the Hebrew build mirrors the ▶ play icon. Media controls should NOT mirror",
    "who knows the CLDR plural rules for Welsh? zero, one, two, few, many, other — all six 😵",
    "vendor says Thai line breaking is broken in the PDF: no spaces, the renderer needs ICU word breaks",
    "reminder: Japanese 〜 (U+301C) vs ～ (U+FF5E) — the client's fonts only have ～",
    "the French client wants guillemets « » with NBSP, the Swiss one wants «» without, same TM 😬",
    "LQA scorecard template v5 is up: accuracy 40%, terminology 20%, language 20%, style 10%, locale 10%",
    "Korean: 님 after names in notifications, but not in the leaderboard (too long)",
    "handoff checklist: source files, glossary (TBX), style guide PDF, screenshots, char limits, DNT list ✅",
    "can we get the RTL screenshots again? the ones for ar-SA and he-IL were LTR mock-ups",
    "source query SQ-1190: does 'Draft' mean a bank draft or a draft document? context is a payment screen",
    "Finnish 'Tallenna muutokset' fits now that they raised the limit to 32 chars 🎉",
]

GENERAL_CHAT = [
    "morning ☕ who's on the ja-JP handoff today?", "gm", "brb, coffee", "lunch at 12:30? ramen on Oranienstraße",
    "PO for Nordwind Bikes came in: 48,200 words, 11 locales, due 28.06. @@M@@ can you set up the project?",
    "reminder: string freeze for Fjord Pay is Friday 17:00 CEST", "anyone has a Thai reviewer free this week? 🙏",
    "new TM import done: 1.2M segments en-US→de-DE, duplicates removed", "the client sent 'final_FINAL_v3.xlsx' 🙃",
    "invoice INV-2024-0612 for 3.480,50 € sent to Lumen Health, net 30",
    "MT engine switched to the custom model for legal (en→fr, en→de); post-editors, flag anything weird",
    "@@M@@ your LQA report for batch 4 is 👌 thank you!", "we're at 92% zh-Hant, 78% zh-Hans, rest 100% ✅",
    "kick-off with the client at 15:30 CET / 9:30 ET / 22:30 JST, link in the invite",
    "vendor portal is down again, emailing the Korean team directly for now",
    "can someone with Figma access export the context screenshots for onboarding? @@L@@",
    "hi all, I'm the new PM for APAC 👋 based in Singapore (UTC+8)", "who has the latest DNT list, v7 or v8?",
    "the client's CMS strips &nbsp; again, French punctuation is all over the place",
    "client just asked for es-US on top of es-MX, due Monday 😬", "TIL Finnish has 15 cases, explains the lengths",
    "office Wi‑Fi password changed, it's on the whiteboard in the kitchen", "fire alarm test Thursday 10:00 🔔",
    "pseudo-loc build is live on staging, try ?locale=en-XA @@L@@", "Q2 NPS: 71 (up from 64) 🎉",
    "Zürich office: the printer prints everything in Comic Sans now?! 😂", "timesheets by EOD Friday please",
    "client feedback on the Arabic release: 'very natural, much better than the last vendor' 🙌",
    "who owns the l10n-bot GitHub app? it opens PRs with empty diffs @@L@@",
    "Montréal office closed on June 24 (Saint-Jean-Baptiste) and July 1st", "ok", "on it", "ty!", "+1", "same here",
    "@@M@@ can you call me? 2 min", "running 5 min late, sorry", "thx @@M@@ 🙏", "nvm, found it", "lol",
    "the glossary export is 4,211 terms × 38 languages, 11 MB of TBX 🤯", "merci !", "danke dir!", "ありがとう🙏",
    "고마워요!", "谢谢！", "شكراً", "תודה!", "obrigada!", "gracias 😊", "dzięki!", "tack!", "kiitos!",
    "does the Hebrew date picker use the Gregorian calendar? client spec just says 'local'",
    "reminder: 1:1s move to Thursday this week", "birthday cake in the Berlin kitchen 🎂 for @@M@@",
    "who's going to the Localization World side event in Kraków?", "standup in 5 @@C@@",
    "the VPN is slow from Seoul again, anyone else?", "new laptop setup guide: @@L@@",
    "customer says the invoice says 'Tesserra' 🤦 fixing the template", "OOO tomorrow, @@M@@ covers my projects",
    "Paris office: the door code is the same, just press # twice", "is it just me or is the TMS slow today?",
    "weather in @@P@@ is 🌧️ all week, I'm jealous of the Lisbon team", "my kid just said 'merci' to the Alexa lol",
]

TECH = [
    "```\n$ msgfmt --check-format -o /dev/null locale/fr/LC_MESSAGES/django.po\nlocale/fr/LC_MESSAGES/django.po:1432: "
    "format specifications in 'msgid' and 'msgstr' for argument 1 are not the same\nmsgfmt: found 1 fatal error\n```",
    "```\npybabel extract -F babel.cfg -k lazy_gettext -o messages.pot .\npybabel update -i messages.pot -d "
    "translations -l fr\n```",
    "placeholder regex for QA: `%(?:\\d+\\$)?[-+ 0#]*\\d*(?:\\.\\d+)?[sdfi@]|\\{[A-Za-z_][A-Za-z0-9_]*\\}`",
    "```\n$ xmllint --noout checkout_de-DE.xliff\ncheckout_de-DE.xliff:212: parser error : Opening and ending tag "
    "mismatch: g line 211 and target\n```",
    "```python\nimport polib\npo = polib.pofile(\"locale/ja/LC_MESSAGES/messages.po\")\n"
    "print(f\"{po.percent_translated()}% translated, {len(po.fuzzy_entries())} fuzzy\")\n```",
    "```\njq '[.strings[] | select(.status == \"untranslated\")] | length' export_fr-FR.json\n```",
    "```\n$ crowdin upload sources --branch release/4.2 --dryrun\n✔️  Fetching project info\n✔️  File "
    "'src/locales/en.json' (dry run)\n```",
    "```\nERROR [i18n-lint] src/components/Checkout.tsx:88:14 Hard-coded string: \"Pay now\"\n```",
    "```kotlin\nval label = resources.getQuantityString(R.plurals.files_selected, count, count)\n```",
    "```swift\nlet title = String(localized: \"Welcome back, \\(firstName)!\", comment: \"Home screen greeting\")\n```",
    "```\nxcodebuild -exportLocalizations -localizationPath ./l10n -project Fjord.xcodeproj -exportLanguage fr "
    "-exportLanguage ja\n```",
    "```\niconv -f UTF-16LE -t UTF-8 Localizable.strings > Localizable.utf8.strings && plutil -lint "
    "Localizable.utf8.strings\n```",
    "```js\nconst msg = new IntlMessageFormat('{count, plural, one {# plik} few {# pliki} many {# plików} other "
    "{# pliku}}', 'pl');\nconsole.log(msg.format({ count: 22 })); // \"22 pliki\"\n```",
    "```\nLC_ALL=ja_JP.UTF-8 date '+%Y年%m月%d日 %H:%M'\n```",
    "```sql\nSELECT locale, count(*) FILTER (WHERE status = 'approved') AS approved, count(*) AS total\nFROM segments "
    "WHERE project_id = 482\nGROUP BY locale ORDER BY locale;\n```",
    "CI says: `l10n-check: 3 errors — [fr-FR] checkout.total: missing {price}; [ar-SA] files.selected: plural 'two' "
    "missing; [ja-JP] legal.consent: <a> count 1 ≠ 2`",
    "```\nTraceback (most recent call last):\n  File \"tools/sync_catalogue.py\", line 214, in push\n    "
    "resp.raise_for_status()\nrequests.exceptions.HTTPError: 413 Client Error: Payload Too Large for url: "
    "https://edge.tessera-l10n.com/api/catalogues/fjord-web/de-DE\n```",
    "```yaml\n# .github/workflows/l10n.yml\non:\n  push:\n    paths: ['src/locales/en/**']\njobs:\n  upload:\n"
    "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx @tessera/tms-cli push "
    "--project fjord-web --source en-US\n```",
    "```\n>>> from babel.numbers import format_currency\n>>> format_currency(1234.5, 'CHF', locale='de_CH')\n"
    "'CHF 1’234.50'\n```",
    "```\nsed -i '' 's/Wi-Fi/Wi‑Fi/g' fr.lproj/Localizable.strings\n```",
    "R for the LQA dashboard: `aggregate(score ~ locale, data = lqa, FUN = median)`",
    "```\n$ git diff --stat origin/main -- src/locales/\n src/locales/de.json | 14 +++++++-------\n "
    "src/locales/ja.json | 22 +++++++++++-----------\n 2 files changed, 18 insertions(+), 18 deletions(-)\n```",
    "```\nWARN  [connector] fjord-web/ja-JP: 4 keys skipped (max_length exceeded): checkout.cta, nav.account, "
    "nav.orders, promo.banner\n```",
    "python one-liner to count words per locale: `python -c \"import json,sys; d=json.load(open(sys.argv[1])); "
    "print(sum(len(v.split()) for v in d.values()))\" en.json`",
    "```\nfind res -name strings.xml -path '*values-*' | xargs grep -c '<string ' | sort -t: -k2 -n | head\n```",
    "```\nnpx i18next-parser 'src/**/*.{ts,tsx}' --config i18next-parser.config.js\n```",
]

BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "wether @@P@@", "Weather @@P@@ pls",
                "remember location @@P@@", "remember location @@P@@", "my location", "forget location", "help",
                "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@",
                "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me",
                "hi 👋",
                "what can you do?", "météo @@P@@", "Wetter @@P@@", "天気 @@P@@", "날씨 @@P@@", "الطقس في @@P@@",
                "weather tomorrow in @@P@@?", "remember location @@P@@ (office)", "config alert_time 7:45",
                "thanks!", "config timezone @@TZ@@ please", "is it going to rain in @@P@@ today?"]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def go_json(doc: Any) -> str:
    """encoding/json's output: compact, UTF-8, and <, >, & escaped for HTML."""
    out = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def java_properties_escape(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
            out.append(f"\\u{high:04x}\\u{low:04x}")
    return "".join(out)


class Agency(WebApp):
    """The agency, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_twentysixth-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, "XqL9vT2bRc7mWp4ZkD1sYf8a", BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (0, 39600), (0, 39600)
    kid_last, context_bytes, ext_shared_rate = True, 33, 0.08

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, Any]] = []
        for name, local in NAMES:
            self.people.append({"id": self.sid("U0"), "name": name, "handle": local,
                                "email": f"{local}@tessera-l10n.com", "role": self.pick(ROLES),
                                "locales": self.rng.sample(LOCALES, self.rng.randint(1, 3)),
                                "tz": self.pick(TIMEZONES), "place": self.pick(PLACES)})

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 8, 8, 8, 9, 12, 18]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def person(self) -> dict[str, Any]:
        return self.pick(self.people)

    def string_pair(self) -> tuple[str, str, str, str, str]:
        """(key, source, context, locale, translation)."""
        key, source, context, targets = self.pick(STRINGS)
        locale, target = self.pick(targets)
        return key, source, context, locale, target

    def snippet(self) -> str:
        """One string as it looks in one of the file formats the agency handles."""
        key, source, context, locale, target = self.string_pair()
        fmt = self.pick(["xliff12", "xliff2", "po", "android", "strings", "arb", "resx", "yaml", "properties",
                         "tmx", "json"])
        esc_s, esc_t = html.escape(source, quote=False), html.escape(target, quote=False)
        if fmt == "xliff12":
            return (f'<trans-unit id="{key}" resname="{key}" approved="{self.pick(["yes", "no"])}">\n'
                    f"  <source>{esc_s}</source>\n"
                    f"  <target state=\"{self.pick(['translated', 'needs-review-translation', 'final'])}\">"
                    f"{esc_t}</target>\n  <note from=\"developer\">{html.escape(context, quote=False)}</note>\n"
                    f"</trans-unit>")
        if fmt == "xliff2":
            return (f'<unit id="{key}">\n  <notes><note category="context">{html.escape(context, quote=False)}</note>'
                    f'</notes>\n  <segment state="translated">\n    <source>{esc_s}</source>\n'
                    f'    <target xml:lang="{locale}">{esc_t}</target>\n  </segment>\n</unit>')
        if fmt == "po":
            q_s, q_t = source.replace('"', '\\"'), target.replace('"', '\\"')
            flag = "#, c-format\n" if "%" in source else ("#, fuzzy\n" if self.chance(0.2) else "")
            return (f"#. {context}\n#: src/{key.split('.')[0]}/index.tsx:{self.rng.randint(10, 400)}\n{flag}"
                    f'msgctxt "{key}"\nmsgid "{q_s}"\nmsgstr "{q_t}"')
        if fmt == "android":
            body = target.replace("'", "\\'").replace('"', '\\"')
            if "<" in body:
                body = f"<![CDATA[{body}]]>"
            return f'<!-- {context} -->\n<string name="{key.replace(".", "_")}">{body}</string>'
        if fmt == "strings":
            return f'/* {context} */\n"{key}" = "{target.replace(chr(34), chr(92) + chr(34))}";'
        if fmt == "arb":
            return json.dumps({key.replace(".", "_"): target, "@" + key.replace(".", "_"): {"description": context}},
                              ensure_ascii=False, indent=2)
        if fmt == "resx":
            return (f'<data name="{key}" xml:space="preserve">\n  <value>{esc_t}</value>\n  <comment>'
                    f"{html.escape(context, quote=False)}</comment>\n</data>")
        if fmt == "yaml":
            head, _, leaf = key.rpartition(".")
            lines = [f"{locale.split('-')[0]}:"]
            for depth, part in enumerate(head.split(".") if head else []):
                lines.append("  " * (depth + 1) + f"{part}:")
            indent = "  " * (len(head.split(".")) + 1 if head else 1)
            lines.append(f'{indent}{leaf}: "{target.replace(chr(34), chr(92) + chr(34))}"')
            return "\n".join(lines)
        if fmt == "properties":
            return f"# {context}\n{key}={java_properties_escape(target)}"
        if fmt == "tmx":
            return (f'<tu tuid="{key}" creationdate="20240611T{self.rng.randint(10, 23)}{self.rng.randint(10, 59)}'
                    f'00Z">\n  <tuv xml:lang="en-US"><seg>{esc_s}</seg></tuv>\n  <tuv xml:lang="{locale}"><seg>'
                    f"{esc_t}</seg></tuv>\n</tu>")
        return json.dumps({key: {"source": source, locale: target}}, ensure_ascii=False, indent=2)

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values. In Slack text, &, < and > escaped the way Slack does, then its own markup."""
        key, source, context, locale, target = self.string_pair()
        swaps = {"@@KEY@@": key, "@@SRC@@": source, "@@CTX@@": context, "@@LOC@@": locale, "@@TGT@@": target}
        for mark, value in swaps.items():
            text = text.replace(mark, value)
        while "@@SNIP@@" in text:
            text = text.replace("@@SNIP@@", self.snippet(), 1)
        while "@@REV@@" in text:
            text = text.replace("@@REV@@", self.pick(REVIEWS), 1)
        while "@@P@@" in text:
            text = text.replace("@@P@@", self.pick(PLACES), 1)
        while "@@TZ@@" in text:
            text = text.replace("@@TZ@@", self.pick(TIMEZONES), 1)
        while "@@T@@" in text:
            text = text.replace("@@T@@", self.alert_time(), 1)
        while "@@N@@" in text:
            text = text.replace("@@N@@", str(self.rng.randint(2, 60)), 1)
        out = slack_escape(text) if slack else text
        while "@@M@@" in out:
            p = self.person()
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "|this", "|the string", "|TMS", "|ticket"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out

    # ---- Slack texts --------------------------------------------------------------------------------
    L10N_FRAMES = [
        "@@LOC@@ question on `@@KEY@@`: source is `@@SRC@@`, I have `@@TGT@@` — ok?",
        "can someone sanity-check this @@LOC@@ string?\n```\n@@TGT@@\n```",
        "Source: @@SRC@@\nTarget (@@LOC@@): @@TGT@@\nContext: @@CTX@@",
        "> @@SRC@@\n@@TGT@@\n^ @@M@@ is this what the client meant?",
        "QA flagged `@@KEY@@` (@@LOC@@), placeholder mismatch? source `@@SRC@@` vs target `@@TGT@@`",
        "@@M@@ the TM suggests `@@TGT@@` (@@N@@% fuzzy) for `@@SRC@@` — accept or rework?",
        "pasting the whole unit so you can see the tags:\n```\n@@SNIP@@\n```",
        "here's what the file has:\n```\n@@SNIP@@\n```\nis that valid? the import fails on it",
        "does `@@SRC@@` stay English (DNT)? the @@LOC@@ reviewer translated it as `@@TGT@@`",
        "review comment on @@KEY@@ → @@REV@@", "@@REV@@", "@@REV@@ cc @@M@@", "@@REV@@\n@@L@@",
        "rejected @@N@@ segments in batch @@N@@ (@@LOC@@), main issue: @@REV@@",
        "new source string for @@LOC@@: “@@SRC@@” (key `@@KEY@@`, context: @@CTX@@)",
        "@@M@@ final @@LOC@@ for the client deck:\n@@TGT@@",
        "EN: @@SRC@@\n@@LOC@@: @@TGT@@\n\nthoughts? the char limit is @@N@@",
        "client asks why @@KEY@@ looks like this in @@LOC@@: @@TGT@@ — I think it's fine, opinions?",
    ]

    def l10n_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.72:
            return self.fill(self.pick(self.L10N_FRAMES))
        if roll < 0.9:
            return self.fill(self.pick(L10N_CHAT) + (" " + self.pick(EMOJI) if self.chance(0.3) else ""))
        return self.fill(self.pick(["", "hmm ", "fyi ", "@@M@@ "]) + self.pick(TECH))

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.7:
            text = self.pick(GENERAL_CHAT) + (" " + self.pick(EMOJI) if self.chance(0.3) else "")
            if self.chance(0.1):
                text = self.pick(["<!here> ", "<!channel> ", "@@M@@ "]) + text
        elif roll < 0.88:
            text = self.pick(["", "seeing this in CI:\n", "any idea? ", "@@M@@ "]) + self.pick(TECH)
        else:
            text = self.pick(L10N_CHAT)
        out = self.fill(text.replace("<!here>", "\x01").replace("<!channel>", "\x02"))
        return out.replace("\x01", "<!here>").replace("\x02", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack requests ------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for i, piece in enumerate(raw.split("```")):
            if not piece.strip("\n"):
                continue
            if i % 2:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": piece.strip("\n")}]})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": piece}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": self.person()["id"], "ts": ts, "team": TEAM,
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        return event

    def event(self, kind: str, placement: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))
        return self.record(kind, placement, self.slack_request("/slack/events", body))

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": "XqL9vT2bRc7mWp4ZkD1sYf8a", "challenge": self.token(36),
                           "type": "url_verification"})
        return self.record("slack-verify", "json", self.slack_request("/slack/events", body))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.event("slack-chat", "json", self.message(self.chat_text(), cid, "channel"))

    def slack_l10n(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[2:17])
        kind = "group" if self.chance(0.1) else "channel"
        if kind == "group":
            cid = self.sid("G0")
        return self.event("slack-l10n", "json", self.message(self.l10n_text(), cid, kind))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, "]) + self.pick([self.chat_text,
                                                                                     self.l10n_text])()
        return self.event("slack-mention", "json", self.message(text, cid, "channel", True))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.8) else self.l10n_text()
        return self.event("slack-dm", "json", self.message(text, self.sid("D0"), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.pick([self.chat_text, self.l10n_text])(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo)", " *", " — fixed the link", "", " ✏️"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event("slack-edit", "json", event)

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick([c for c in CHANNELS if c[1] in ("tms-alerts", "loc-eng", "handoffs", "lqa-reviews")])
        n = self.rng.randint(100, 9999)
        key, _source, _context, locale, target = self.string_pair()
        project = self.pick(PROJECTS)
        source = self.pick(["tms", "github", "jira", "ci"])
        texts = {
            "tms": f":globe_with_meridians: *{project}* · {locale} · `{key}` was updated by "
                   f"{slack_escape(self.person()['name'])}:\n&gt; {slack_escape(target)}\n"
                   f"<{TMS}/projects/{n}/editor?key={urllib.parse.quote(key)}&amp;locale={locale}|Open in editor>",
            "github": f"*[tessera-l10n/{project}]* Pull request opened: <https://github.com/tessera-l10n/{project}/pull/"
                      f"{n}|#{n} New translations: {locale} ({self.rng.randint(3, 400)} strings)>",
            "jira": f"<https://tessera.atlassian.net/browse/LOC-{n}|LOC-{n}> moved to *In Review*: "
                    f"\"{slack_escape(locale)}: truncation on `{key}` (iPhone SE, 320 pt)\"",
            "ci": f":x: `l10n-check` failed on *{project}* ({locale}): placeholder mismatch in `{key}` — "
                  f"<https://github.com/tessera-l10n/{project}/actions/runs/{n}{n}|logs>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["2eb886", "a30200", "daa038"]),
                                  "footer": source.upper(), "ts": EPOCH + n}]}
        return self.event("slack-botmsg", "json", event)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[2:17])
        user = self.person()
        project, locale = self.pick(PROJECTS), self.pick(LOCALES)
        name, mimetype, filetype, preview = self.pick([
            (f"{project}_{locale}.xliff", "application/x-xliff+xml", "xml",
             '<?xml version="1.0" encoding="UTF-8"?>\n'
             '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
             f'\n  <file original="{project}" source-language="en-US" target-language="{locale}" datatype="plaintext">'
             "\n    <body>\n" + self.snippet()),
            (f"{locale.replace('-', '_')}.po", "text/x-gettext-translation", "text",
             f'msgid ""\nmsgstr ""\n"Language: {locale.replace("-", "_")}\\n"\n"Content-Type: text/plain; '
             'charset=UTF-8\\n"\n"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || '
             'n%100>=20) ? 1 : 2);\\n"\n\n' + self.snippet()),
            (f"glossary_{locale}.csv", "text/csv", "csv",
             "term_en,term_target,part_of_speech,note\ncheckout,Kasse,noun,\"client-approved, v8\"\n"
             "sign in,anmelden,verb,\"not 'einloggen'\"\nWi‑Fi,WLAN,noun,DNT in ch-DE\n"),
            (f"Screenshot 2024-06-12 at {self.rng.randint(9, 17)}.{self.rng.randint(10, 59)}.{self.rng.randint(10, 59)}"
             ".png", "image/png", "png", None),
            (f"LQA_scorecard_{locale}_batch{self.rng.randint(1, 9)}.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", None),
            (f"{project}-styleguide-{locale}.pdf", "application/pdf", "pdf", None),
        ])
        fid = self.sid("F0", 9)
        file: dict[str, Any] = {
            "id": fid, "created": EPOCH + self.rng.randint(0, 30000), "timestamp": EPOCH, "name": name, "title": name,
            "mimetype": mimetype, "filetype": filetype, "pretty_type": filetype.upper(), "user": user["id"],
            "user_team": TEAM, "editable": preview is not None, "size": self.rng.randint(900, 4_000_000),
            "mode": "snippet" if preview else "hosted", "is_external": False, "external_type": "",
            "is_public": True, "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{urllib.parse.quote(name.lower())}",
            "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                    f"{urllib.parse.quote(name.lower())}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/{urllib.parse.quote(name.lower())}",
            "has_rich_preview": False, "file_access": "visible"}
        if preview:
            file["preview"] = preview[:1000]
            file["lines"] = preview.count("\n") + 1
        text = self.fill(self.pick(["", "here's the file", "@@LOC@@ export, please review by EOD @@M@@",
                                    "new version, sorry for the noise", "screenshot of the truncation ⬇️",
                                    "LQA results attached"]))
        ts = self.ts()
        event = {"type": "message", "subtype": "file_share", "text": text, "files": [file], "upload": False,
                 "user": user["id"], "display_as_bot": False, "ts": ts, "channel": cid, "event_ts": ts,
                 "channel_type": "channel"}
        if text:
            event["blocks"] = self.blocks(text)
        return self.event("slack-file", "json", event)

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        link = self.pick([link for link in LINKS if "tessera" in link or "localhost" in link or "example" in link])
        domain = urllib.parse.urlsplit(link).hostname or ""
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": self.person()["id"],
                 "message_ts": self.ts(), "unfurl_id": f"{self.token(20)}", "thread_ts": None,
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": domain, "url": link}], "event_ts": self.ts()}
        return self.event("slack-unfurl", "json", event)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.person()["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "pray", "heavy_check_mark", "jp",
                                        "flag-fr", "thinking_face", "raised_hands", "skin-tone-3",
                                        "ok_hand::skin-tone-4", "memo", "x"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "item_user": self.person()["id"],
                 "event_ts": self.ts()}
        return self.event("slack-reaction", "json", event)

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0"),
                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "title": {"type": "plain_text", "text": "View Title"}}
        return self.event("slack-home", "json", event)

    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 8)
        fields = [("token", "XqL9vT2bRc7mWp4ZkD1sYf8a"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", self.command_text()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", TEAM)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        user = self.person()
        cid, cname = self.pick(CHANNELS)
        common: dict[str, Any] = {
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": "XqL9vT2bRc7mWp4ZkD1sYf8a", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
            "enterprise": None, "is_enterprise_install": False,
            "trigger_id": self.trigger()}
        roll = self.rng.random()
        if roll < 0.8:
            kind = "interaction-button"
            which = self.rng.random()
            if which < 0.72:
                action = {"action_id": "set_location", "block_id": self.token(3)[:5], "type": "button",
                          "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                          "value": self.pick(PLACES), "action_ts": self.ts()}
            elif which < 0.86:
                action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "type": "button",
                          "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                          "value": "-", "action_ts": self.ts()}
            else:
                action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "type": "button",
                          "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                          "action_ts": self.ts()}
            payload = {"type": "block_actions", **common,
                       "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                     "is_ephemeral": True},
                       "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                       "response_url": self.hook("actions", TEAM), "actions": [action]}
        elif roll < 0.92:
            kind = "interaction-modal"
            key, source, _context, locale, target = self.string_pair()
            payload = {"type": "view_submission", **common, "view": {
                "id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": "glossary_term_submit",
                "private_metadata": json.dumps({"channel": cid, "key": key}), "hash": f"{EPOCH}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "Suggest a term"},
                "state": {"values": {
                    "src": {"source_text": {"type": "plain_text_input", "value": source}},
                    "tgt": {"target_text": {"type": "plain_text_input", "value": target}},
                    "loc": {"locale": {"type": "static_select", "selected_option": {
                        "text": {"type": "plain_text", "text": locale}, "value": locale}}},
                    "note": {"comment": {"type": "plain_text_input", "value": self.pick(REVIEWS)}}}}},
                "response_urls": []}
        else:
            kind = "interaction-shortcut"
            text = self.l10n_text()
            payload = {"type": "message_action", **common, "callback_id": "send_to_tms_query",
                       "channel": {"id": cid, "name": cname},
                       "message": {"type": "message", "user": self.person()["id"], "ts": self.ts(), "text": text},
                       "response_url": self.hook("app", TEAM), "message_ts": self.ts()}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- scripts, CI, dashboards and the data API -----------------------------------------------------
    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,tessera={self.hexs(16)}"
        elif roll < 0.3:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=tms-connector%404.2.0,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        elif roll < 0.37:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.42:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"tms.sync.{self.hexs(12)}"])

    def api_headers(self, client: str | None = None, scope: str = "read write") -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.7.1", "Go-http-client/2.0",
                        "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "okhttp/4.12.0",
                        "GitHub-Actions-Runner/2.317.0 curl/8.5.0", "Grafana/11.0.0", "undici",
                        "TesseraReview/3.4.1 (com.tessera.review; build:5120; iOS 17.5.1) Alamofire/5.9.1",
                        "TesseraReview/3.4.0 (Android 14; Pixel 7; build 3402) okhttp/4.12.0",
                        "lokalise2/2.6.12", "crowdin-cli/3.19.4", "phrase-cli/2.24.0 (darwin; arm64)"])
        client = client or self.pick(["tms-sync", "ci-release-bot", "lqa-dashboard", "glossary-exporter",
                                      "jeeves-worker", "pm-reports"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip", "gzip, deflate", "gzip, deflate, br"])
        if "TesseraReview" in ua:
            h["Accept-Language"] = self.pick(["ja-JP,ja;q=0.9", "ar-EG;q=1.0, en-US;q=0.9", "he-IL", "ko-KR,ko;q=0.9",
                                              "fr-CA, fr;q=0.9, en-CA;q=0.8"])
            h["X-App-Version"] = self.pick(["3.4.1", "3.4.0"])
        self.trace_headers(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params = [("limit", self.pick(["25", "50", "100", "200"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200]))))
            for key, values in (("active", ["true", "false"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [TEAM])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.5:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 180)}", h))
        if roll < 0.68:
            p = self.person()
            choice = self.rng.random()
            if choice < 0.35:
                doc: dict[str, Any] = {"settings": {"timezone": p["tz"], "alert_time": self.alert_time()}}
            elif choice < 0.55:
                doc = {"name": p["name"], "email": p["email"]}
            elif choice < 0.75:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            else:
                doc = {"is_active": self.chance(0.4)}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {"method": "PATCH",
                                                          "uri": f"/api/users/{self.rng.randint(1, 180)}",
                                                          "body": json.dumps(doc, ensure_ascii=self.chance(0.5)),
                                                          "headers": h})
        if roll < 0.84:
            day = self.rng.randint(1, 12)
            params = [("since", self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}",
                                           f"2024-06-{day:02d}T08:00:00+09:00",
                                           f"2024-05-{day + 14:02d}T00:00:00.000Z"]))]
            if self.chance(0.5):
                params.append(("until", self.pick(["2024-06-12T23:59:59Z", "2024-06-13T00:00:00+02:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.92:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        h2 = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Postman/11.1.0", "Swagger-Codegen/3.0.54/java"]),
              "Accept": "application/json"}
        return self.record("api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "body": "",
                                                     "headers": h2})

    def api_l10n(self) -> dict[str, Any]:
        """People's own text in the data API: bios, review comments, string records."""
        h = self.api_headers(self.pick(["lqa-dashboard", "tms-sync", "pm-reports"]))
        h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
        p = self.person()
        roll = self.rng.random()
        if roll < 0.25:
            langs = p["locales"]
            bio = self.pick([
                f"{p['role'].capitalize()} — {' / '.join(langs)}. Legal & medical, 12 yrs. Likes: clean TMs, "
                f"consistent glossaries. Dislikes: 'just MT it'.",
                f"Hi! I'm {p['name']} ({p['role']}). Based in {p['place']} 🌍. Ask me about plurals, RTL and "
                f"why \"{{count}}\" is not the same as \"{{count, number}}\".",
                f"{p['name']} · {p['role']} · {', '.join(langs)} · working hours 09:00–17:30 ({p['tz']}) · "
                f"tel. {self.pick(['+49 30 901820', '+1 (514) 555-0142', '+81 3-5555-0199', '+972 3-555-0147'])}",
                f"Native {langs[0]} speaker, {p['role']}. Certified (ATA/BDÜ). <b>Please</b> tag me on "
                f"{langs[0]} source queries, not in DMs 🙏",
                f"{p['role']}; ex-developer. Writes regexes for QA checks like /%(?:\\d+\\$)?[sd@]/ and "
                f"/\\{{\\w+\\}}/ for fun.",
            ])
            doc: dict[str, Any] = {"display_name": p["name"], "bio": bio, "languages": langs, "timezone": p["tz"],
                                   "pronouns": self.pick(["she/her", "he/him", "they/them", "", "elle", "er/ihm"])}
            return self.record("api-l10n-bio", "json", {
                "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 180)}/profile",
                "body": json.dumps(doc, ensure_ascii=self.chance(0.4)), "headers": h})
        key, source, context, locale, target = self.string_pair()
        project = self.pick(PROJECTS)
        qkey = urllib.parse.quote(key)
        if roll < 0.6:
            doc = {"locale": locale, "author": p["name"], "author_email": p["email"],
                   "body": self.fill(self.pick(["@@REV@@", "@@REV@@\n\nSuggested: @@TGT@@", "Source: @@SRC@@\n@@REV@@",
                                                "Is `@@TGT@@` ok for `@@SRC@@`? @@REV@@"]), slack=False),
                   "severity": self.pick(["minor", "major", "critical", "preferential"]),
                   "category": self.pick(["terminology", "accuracy", "fluency", "style", "locale convention",
                                          "markup", "placeholder"]), "resolved": self.chance(0.2)}
            return self.record("api-l10n-comment", "json", {
                "method": "POST", "uri": f"/api/strings/{project}/{qkey}/comments",
                "body": json.dumps(doc, ensure_ascii=self.chance(0.3)), "headers": h})
        doc = {"key": key, "source": source, "context": context, "locale": locale, "translation": target,
               "status": self.pick(["translated", "reviewed", "approved", "needs_review"]),
               "max_length": self.pick([None, 24, 32, 40, 120]), "updated_by": p["name"],
               "updated_at": f"2024-06-12T{self.rng.randint(6, 18):02d}:{self.rng.randint(0, 59):02d}:"
                             f"{self.rng.randint(0, 59):02d}Z",
               "tags": self.rng.sample(["ui", "checkout", "legal", "v4.3", "ios", "android", "web", "email"], 2)}
        return self.record("api-l10n-string", "json", {
            "method": self.pick(["PUT", "PATCH"]), "uri": f"/api/strings/{project}/{qkey}/{locale}",
            "body": json.dumps(doc, ensure_ascii=self.chance(0.4)), "headers": h})

    # ---- the translation-management connector --------------------------------------------------------
    def catalogue_entry(self) -> dict[str, Any]:
        key, source, context, locale, target = self.string_pair()
        entry: dict[str, Any] = {"key": key, "source": source, "translation": target, "locale": locale,
                                 "context": context,
                                 "status": self.pick(["translated", "reviewed", "approved", "fuzzy"]),
                                 "tm_match": self.pick([None, 75, 87, 95, 99, 100, 101])}
        if self.chance(0.3):
            entry["max_length"] = self.pick([20, 24, 32, 64])
        if self.chance(0.3):
            entry["screenshot"] = f"https://cdn.tessera-l10n.com/ctx/{self.rng.randint(1000, 9999)}.png"
        if self.chance(0.25):
            entry["developer_note"] = self.pick(["Do not translate {placeholders}", "Shown in a 320 px wide button",
                                                 "Markup: <b>, <i>, <a href> only", "Plural: ICU", "printf-style",
                                                 "Used in push notifications (iOS truncates at ~110 chars)"])
        return entry

    def connector_headers(self) -> tuple[dict[str, str], bool]:
        go = self.chance(0.45)
        ua = ("tessera-tms-connector/4.2.0 (+https://tessera-l10n.com/connector) Go-http-client/2.0" if go else
              self.pick(["python-requests/2.32.3 tessera-sync/1.8.2", "lokalise-webhooks/1.0", "crowdin-cli/3.19.4",
                         "node-fetch/1.0 (+https://github.com/bitinn/node-fetch) i18n-sync/0.9.1"]))
        h = {"User-Agent": ua, "Accept": "application/json",
             "Authorization": "Bearer " + self.jwt("tms-sync", "read write")}
        if self.chance(0.7):
            h["Accept-Encoding"] = "gzip"
        self.trace_headers(h)
        return h, go

    def encode(self, doc: Any, go: bool) -> str:
        if go:
            return go_json(doc)
        return json.dumps(doc, ensure_ascii=self.chance(0.5), separators=self.pick([(",", ":"), (", ", ": ")]))

    def catalogue(self) -> dict[str, Any]:
        h, go = self.connector_headers()
        project = self.pick(PROJECTS)
        roll = self.rng.random()
        h["Content-Type"] = "application/json" if go else self.pick(["application/json",
                                                                     "application/json; charset=utf-8"])
        if roll < 0.42:
            entries = [self.catalogue_entry() for _ in range(self.rng.randint(2, 12))]
            doc = {"project": project, "source_locale": "en-US",
                   "locales": sorted({str(e["locale"]) for e in entries}), "batch": self.rng.randint(1, 40),
                   "of": 40, "strings": entries, "sync_id": self.uuid(),
                   "exported_at": f"2024-06-12T{self.rng.randint(6, 18):02d}:{self.rng.randint(0, 59):02d}:00Z"}
            return self.record("catalogue-batch", "json", {"method": "PUT", "body": self.encode(doc, go),
                                                           "uri": f"/api/catalogues/{project}/strings", "headers": h})
        if roll < 0.57:
            nested: dict[str, Any] = {}
            for _ in range(self.rng.randint(3, 10)):
                key, _s, _c, _l, target = self.string_pair()
                node = nested
                parts = key.split(".")
                for part in parts[:-1]:
                    child = node.setdefault(part, {})
                    node = child if isinstance(child, dict) else node
                node[parts[-1]] = target
            doc = {"format": self.pick(["i18next", "vue-i18n", "arb", "flat-json"]), "namespace": "common",
                   "content": nested}
            return self.record("catalogue-sync", "json", {"method": "POST", "uri": f"/api/catalogues/{project}/sync",
                                                          "body": self.encode(doc, go), "headers": h})
        if roll < 0.67:
            strings: dict[str, Any] = {}
            for _ in range(self.rng.randint(1, 5)):
                key, _s, _c, locale, target = self.string_pair()
                strings.setdefault(key, {})[locale] = target
            if self.chance(0.2):
                strings[self.pick(STRINGS)[0]] = None
            h["Content-Type"] = "application/merge-patch+json"
            return self.record("catalogue-merge", "json", {"method": "PATCH", "uri": f"/api/catalogues/{project}",
                                                           "body": self.encode({"strings": strings}, go),
                                                           "headers": h})
        if roll < 0.75:
            ops = []
            for _ in range(self.rng.randint(1, 4)):
                key, _s, _c, locale, target = self.string_pair()
                pointer = f"/strings/{key.replace('~', '~0').replace('/', '~1')}/{locale}"
                ops.append(self.pick([{"op": "replace", "path": pointer, "value": target},
                                      {"op": "add", "path": pointer, "value": target},
                                      {"op": "test", "path": pointer + "/status", "value": "reviewed"}]))
            h["Content-Type"] = "application/json-patch+json"
            return self.record("catalogue-jsonpatch", "json", {"method": "PATCH", "uri": f"/api/catalogues/{project}",
                                                               "body": self.encode(ops, go), "headers": h})
        if roll < 0.86:
            del h["Content-Type"]
            params = [("locale", self.pick(LOCALES)), ("status", self.pick(["untranslated", "fuzzy", "reviewed",
                                                                             "approved"]))]
            if self.chance(0.6):
                params.append(("updated_since", f"2024-06-{self.rng.randint(1, 12):02d}T00:00:00Z"))
            if self.chance(0.4):
                params.append(("fields", "key,source,translation,context,max_length"))
            if self.chance(0.3):
                params.append(("key_prefix", self.pick(["checkout.", "legal.", "nav.", "email.", "a11y."])))
            if self.chance(0.5):
                params.append(("page", str(self.rng.randint(1, 30))))
            return self.record("catalogue-pull", "query", {"method": "GET", "body": "", "headers": h,
                                                           "uri": f"/api/catalogues/{project}/strings?"
                                                                  + urllib.parse.urlencode(params)})
        if roll < 0.94:
            locale = self.pick(LOCALES)
            units = "\n".join(self.snippet() for _ in range(self.rng.randint(1, 3)))
            name, ctype, content = self.pick([
                (f"{project}_{locale}.xliff", "application/x-xliff+xml",
                 '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:'
                 f'document:1.2">\n<file original="{project}" source-language="en-US" target-language="{locale}" '
                 f'datatype="plaintext"><body>\n{units}\n</body></file>\n</xliff>\n'),
                (f"{locale.replace('-', '_')}.po", "text/x-gettext-translation",
                 f'msgid ""\nmsgstr ""\n"Language: {locale.replace("-", "_")}\\n"\n"MIME-Version: 1.0\\n"\n'
                 f'"Content-Type: text/plain; charset=UTF-8\\n"\n\n{units}\n'),
                ("Localizable.strings", "text/plain", f"/* {project} {locale} */\n{units}\n"),
            ])
            boundary = "------------------------" + self.hexs(16) if not go else self.hexs(60)
            parts = [("project", project), ("locale", locale), ("overwrite", self.pick(["true", "false"]))]
            body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                           for k, v in parts)
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n--{boundary}--\r\n")
            h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
            return self.record("catalogue-upload", "multipart", {"method": "POST", "body": body, "headers": h,
                                                                 "uri": f"/api/catalogues/{project}/import"})
        entry = self.catalogue_entry()
        editor = self.person()
        doc = {"event": self.pick(["translation.updated", "translation.approved", "key.created", "comment.added"]),
               "project": {"id": self.rng.randint(100, 999), "slug": project}, "key": entry["key"],
               "locale": entry["locale"], "translation": {"text": entry["translation"], "previous": entry["source"]},
               "user": {"full_name": editor["name"], "email": editor["email"]},
               "created_at": f"2024-06-12 {self.rng.randint(6, 18):02d}:{self.rng.randint(0, 59):02d}:00 (UTC)"}
        return self.record("catalogue-webhook", "json", {"method": "POST", "uri": "/api/catalogues/events",
                                                         "body": self.encode(doc, go), "headers": h})

    # ---- search boxes ------------------------------------------------------------------------------
    def search_term(self) -> str:
        key, source, _context, _locale, target = self.string_pair()
        p = self.person()
        return self.pick([
            p["name"], p["name"].split()[-1], p["email"], p["handle"], "O'Connor", "d'souza", "Dell'Acqua",
            "van 't Hof", "Ó Briain", "Wójcik-Nowak", "佐藤", "김", "陳", "בן-דוד", "الرشيدي", key, key.split(".")[0],
            source, target, source[:30], target[:25], "\"Log in\"", "'Sign in'", "%1$d", "{count, plural",
            "<b>Warning:</b>", "&nbsp;", "« Connexion »", "„Warenkorb“", "「ログイン」", "can't", "won't be",
            "Kasse OR Checkout", "checkout -legal", "Wi‑Fi", "%@", "%(name)s", "{{name}}", "zh-Hant-HK", "fr-CA",
        ])

    def search(self) -> dict[str, Any]:
        roll = self.rng.random()
        term = self.search_term()
        if roll < 0.5:
            h = self.api_headers(self.pick(["lqa-dashboard", "pm-reports"]), "read")
            if self.chance(0.5):
                h["Origin"] = "https://dash.tessera-l10n.com"
                h["Referer"] = "https://dash.tessera-l10n.com/search?tab=strings"
                h["Sec-Fetch-Mode"], h["Sec-Fetch-Site"], h["Sec-Fetch-Dest"] = "cors", "same-site", "empty"
            params = [("q", term)]
            if self.chance(0.6):
                params.append(("locale", self.pick(LOCALES)))
            if self.chance(0.4):
                params.append(("project", self.pick(PROJECTS)))
            if self.chance(0.3):
                params.append(("in", self.pick(["source", "translation", "key", "comments", "source,translation"])))
            if self.chance(0.2):
                params.append(("limit", "50"))
            uri = "/api/strings/search?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote,
                                                                                              urllib.parse.quote_plus]))
            return self.record("search-api", "query", self.get_request(uri, h))
        session = ("__Host-jeeves_admin", self.token())
        path = "/admin/users" if roll < 0.82 else "/admin/audit"
        h = self.browser_headers(path)
        h["Cookie"] = self.cookies(session)
        params = [("q", term)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.15) else [])
        return self.record("search-admin", "query", {"method": "GET", "body": "", "headers": h,
                                                     "uri": f"{path}?" + urllib.parse.urlencode(params)})

    # ---- browsers: admin panel, /me/, Sign in with Slack ------------------------------------------------
    UAS = [
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
         "Safari/537.36", '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"', '"macOS"'),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
         "Safari/537.36 Edg/125.0.0.0", '"Microsoft Edge";v="125", "Chromium";v="125", "Not.A/Brand";v="24"',
         '"Windows"'),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
         "Safari/537.36", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"', '"Windows"'),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
         '"Not/A)Brand";v="8", "Chromium";v="126"', '"Linux"'),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0", None, None),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0", None, None),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
         "Safari/605.1.15", None, None),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Version/17.5 Mobile/15E148 Safari/604.1", None, None),
        ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 "
         "Mobile Safari/537.36", '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"', '"Android"'),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
         "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125", None, None),
    ]
    LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr-CA,fr;q=0.9,en-CA;q=0.8",
             "de-DE,de;q=0.9,en;q=0.8", "de-CH,de;q=0.9,fr-CH;q=0.8,en;q=0.6", "ja,en-US;q=0.9,en;q=0.8",
             "ja-JP,ja;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9", "zh-TW,zh;q=0.9,en-US;q=0.8",
             "zh-Hant-HK,zh-Hant;q=0.9,zh;q=0.8,en;q=0.6", "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7", "he-IL,he;q=0.9",
             "fa-IR,fa;q=0.9,en;q=0.5", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "es-419,es;q=0.9",
             "es-ES,es;q=0.9,ca;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "th-TH,th;q=0.9",
             "sr-Latn-RS,sr;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "en-US,en;q=0.5", "vi-VN,vi;q=0.9"]

    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua, ch, platform = self.pick(self.UAS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(self.LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if ch:
            h["sec-ch-ua"] = ch
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = platform or '"Unknown"'
        if referer:
            h["Referer"] = BASE + referer
        if self.chance(0.1):
            h["DNT"] = "1"
        return self.form_navigation(h, BASE, None, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            extra.append(("locale", self.pick(LOCALES)))
        if self.chance(0.1):
            extra.append(("tz", urllib.parse.quote(self.pick(TIMEZONES), safe="")))
        if self.chance(0.08):
            extra.append(("cookie_consent", urllib.parse.quote('{"necessary":true,"analytics":false}', safe="")))
        if self.chance(0.06):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Wed+Jun+12+2024+09%3A41%3A03+GMT%2B0200+"
                                            "(Central+European+Summer+Time)&version=202403.1.0&groups=C0001%3A1%2C"
                                            "C0002%3A0%2CC0003%3A1"))
        if self.chance(0.05):
            extra.append(("theme", self.pick(["dark", "light", "system"])))
        return self.cookie_header(pairs, extra)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.22:
            p = self.person()
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(p["name"].split()[-1]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([p["name"], p["email"], p["name"].split()[-1], ""])),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin-user-edit", "form", {
                "method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 180)}/{self.pick(['active', 'admin'])}",
                "body": body, "headers": h})
        if roll < 0.36:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me", "my_location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "T09CLIENT4"]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            return self.record("admin-switch", "form", self.form_request(uri, h, fields))
        if roll < 0.52:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            which = self.rng.random()
            if which < 0.55:
                fields = [("csrf_token", csrf),
                          ("client_id", self.pick(["tms-sync.lokalise", "lqa-dashboard", "glossary-exporter",
                                                   "ci:release-bot", "pm-reports.v2", "vendor-portal_kr"])),
                          ("description", self.pick([
                              "Lokalise → Jeeves catalogue sync (owner: Loc Eng, Zoë van 't Hof)",
                              "LQA dashboard (read-only) — Grafana, https://dash.tessera-l10n.com:3000/d/lqa",
                              "Nightly glossary export: TBX → S3 (eu-central-1), 02:00 CET",
                              "GitHub Actions: push source strings on merge to main",
                              "Vendor portal for the Seoul team (한국 파트너사), read only", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.4) else [])
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            cid = self.pick(["tms-sync", "lqa-dashboard", "glossary-exporter", "ci-release-bot", "pm-reports"])
            action = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.csrf_post(f"/admin/clients/{cid}/{action}", h, csrf))
        if roll < 0.74:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/audit", "/admin/account", "/admin/slack-sign-in",
                              "/admin/users?done=user_updated&q=O%27Connor&page=1", "/admin/audit?page=3",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/static/admin.css"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.84:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\"<>|"
            password = "".join(self.rng.choice(chars) for _ in range(self.rng.randint(18, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "marie-eve.t", "ops", "jh.vos"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.9:
            h = self.browser_headers("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "marie-eve.t", "jh.vos"])),
                      ("team_id", TEAM), ("user_id", self.person()["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        if roll < 0.95:
            h = self.browser_headers(self.pick(["/admin/", None]))
            return self.record("admin-login-page", "query", {"method": "GET", "body": "", "headers": h,
                                                             "uri": self.pick(["/admin/login", "/admin/login?next=%2F"
                                                                               "admin%2Fusers%3Fq%3Dd%2527souza",
                                                                               "/admin/login?bye=1"])})
        h = self.browser_headers("/admin/", True)
        h["Cookie"] = self.cookies(session)
        return self.record("admin-logout", "form", self.csrf_post("/admin/logout", h, csrf))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("gecko" if "Firefox" in ua else "webkit")
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        p = self.person()
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", p["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.62:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1, short=True)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.72:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.87:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["tms-sync", "ci-release-bot", "lqa-dashboard", "glossary-exporter", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0",
                                      "python-httpx/0.27.0", "axios/1.7.2"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        self.trace_headers(h)
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.76:
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect",
                                                            "headers": h, "body": body})
        if roll < 0.86:
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        del h["Authorization"]
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "Datadog/Synthetics",
                            "curl/8.7.1"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "PyJWT/2.8.0", "jwks-rsa/3.1.0 (node)",
                                          "lua-resty-http/0.17.1", "Nimbus-JOSE-JWT/9.40"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.1", "curl/8.7.1"]),
             "Accept": "application/json"}
        return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 160), ("slack_l10n", 190), ("slack_mention", 80), ("slack_dm", 70), ("slack_edit", 20),
    ("slack_bot_post", 25), ("slack_file", 22), ("slack_unfurl", 14), ("slack_reaction", 30), ("slack_home", 18),
    ("slash_command", 150), ("interaction", 90), ("api", 100), ("api_l10n", 110), ("catalogue", 300),
    ("search", 100), ("admin", 70), ("me", 50), ("sign_in", 38), ("tokendealer", 50), ("health", 35),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, in the order it happens (kinds interleaved)."""
    return planned(Agency(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
