"""Benign traffic of an automotive supplier's firmware and vehicle-diagnostics teams, on every route of the edge.

About 1,700 requests, in the proportions such a deployment sees them. Kessler & Vogt Automotive Electronics
(body controllers, gateway ECUs, battery management, a Yocto-based telematics unit; sites in Stuttgart, Brno,
Timișoara, Pune, Auburn Hills, Querétaro and Suzhou) runs Jeeves in an Enterprise Grid of three workspaces.
Its engineers paste C and C++ snippets, register maps in hex, CAN frames (`18FEF100#0102030405060708`), UDS
request/response bytes, make/gcc/gdb/openocd command lines, Yocto recipes, shell one-liners from the test
rigs, crash dumps and kernel logs into Slack, into the data API's JSON (bios, comments, issue notes) and into
search boxes; the HIL rig controllers post every test result to the data API as JSON (test name, the command
run, captured output, hex dumps, CAN traces, measurements, verdict). Everyone else chats, asks the weather for
the plant or the winter-test track, books benches and signs in.

Written as the twenty-seventh independent benign evaluator, from the route list of gateway/gateway.yaml
(names, match, methods, upstreams only), the handlers in app/ and tokendealer/, README.md and the record
structure of benign_day_gen.py; no WAF rule, exclusion, ruleset, corpus or other generator's texts were read,
and the texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.
`attacks()` is empty; `benign()` yields the requests.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, a text's emoji,
an edited message's nesting, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (multipart_form, form_navigation, signed_in, cookie_header, me_exit_form,
settings_patch, oidc_params, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import slack_escape

NAME = "evaluation_twentyseventh"
SEED = 27_2024_0617
EPOCH = 1718607600  # Mon 2024-06-17 07:00 UTC (KW 25)
HOST = "jeeves.kv-autoelec.com"
BASE = f"https://{HOST}"
ENTERPRISE = "E02KVGRID1"
TEAMS = [("T03KVENG01", "kv-engineering"), ("T03KVPLNT2", "kv-plants"), ("T04KVNAM03", "kv-north-america")]
APP_ID, BOT_USER, BOT_ID = "A06JEEVES7", "U06JEEVES1", "B06JEEVES2"
VERIFY_TOKEN = "fakeVerifTok0kv27NotReal"  # the Events API's legacy verification token (placeholder)
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"

PEOPLE = [
    ("Hans-Jürgen Köhler", "Stuttgart"), ("Anne-Sophie Marchand", "Stuttgart"), ("Seán O'Connor", "Stuttgart"),
    ("Giulia D'Amico", "Stuttgart"), ("Aminata N'Diaye", "Stuttgart"), ("Radek Dvořák", "Brno"),
    ("Ștefan Popescu", "Timișoara"), ("Ioana Mureșan", "Timișoara"), ("Łukasz Wiśniewski-Nowak", "Brno"),
    ("Priyanka Deshpande", "Pune"), ("Shreya Kulkarni", "Pune"), ("Aditya Joshi", "Pune"),
    ("Mehmet Öztürk", "Stuttgart"), ("Nguyễn Thị Lan", "Stuttgart"), ("王芳", "Suzhou"), ("Li Wei", "Suzhou"),
    ("Zhang Hao", "Suzhou"), ("Keiko Yamamoto", "Nagoya"), ("Jesús Hernández-Ruiz", "Querétaro"),
    ("María José Gutiérrez", "Querétaro"), ("Guadalupe Ramírez", "Querétaro"), ("Tyrone Jackson", "Auburn Hills"),
    ("Megan O'Malley", "Auburn Hills"), ("D'Shawn Williams", "Auburn Hills"), ("Björn Åkesson", "Göteborg"),
    ("Jörg Müller-Lüdenscheidt", "Stuttgart"), ("Kateřina Nováková", "Brno"), ("Tomáš Černý", "Brno"),
    ("Franziska Weiß", "Stuttgart"), ("Matthias Groß", "Stuttgart"), ("Chloé Lefèvre", "Stuttgart"),
    ("Ngozi Okonkwo", "Auburn Hills"), ("Rajesh Iyer", "Pune"), ("Sai Krishna Reddy", "Pune"),
    ("Kim Min-jun", "Suzhou"), ("Olena Shevchenko", "Brno"), ("Андрій Коваль", "Brno"),
    ("Yusuf Al-Masri", "Stuttgart"), ("Mary-Kate Brennan", "Auburn Hills"), ("Jean-Baptiste Rousseau", "Stuttgart"),
    ("Elif Yıldırım", "Stuttgart"), ("Pedro Álvarez-Castro", "Querétaro"), ("Phạm Thu Trang", "Stuttgart"),
    ("Haruto Sato", "Nagoya"), ("Ana-Maria Ionescu", "Timișoara"), ("Dragoș Constantinescu", "Timișoara"),
    ("Vikram Bhattacharya", "Pune"), ("Patrick McAllister", "Auburn Hills"), ("Siobhán Ní Bhriain", "Stuttgart"),
    ("Karl-Heinz Baumgärtner", "Stuttgart"), ("Bernd Schäfer", "Stuttgart"), ("Uwe Kühn", "Stuttgart"),
    ("Sandra Hoffmann-Weber", "Stuttgart"), ("Lars-Erik Lindqvist", "Göteborg"),
    ("Connor O'Neill-Brady", "Auburn Hills"),
    ("Rosa Martínez", "Querétaro"), ("Miguel Ángel Torres", "Querétaro"), ("Anjali Sharma", "Pune"),
    ("Juan Pablo De la Cruz", "Querétaro"), ("Zdeněk Procházka", "Brno"), ("Gheorghe Rățoi", "Timișoara"),
]
SITE_TZ = {"Stuttgart": "Europe/Berlin", "Brno": "Europe/Prague", "Timișoara": "Europe/Bucharest",
           "Pune": "Asia/Kolkata", "Auburn Hills": "America/Detroit", "Querétaro": "America/Mexico_City",
           "Suzhou": "Asia/Shanghai", "Nagoya": "Asia/Tokyo", "Göteborg": "Europe/Stockholm"}
TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "í": "i",
                          "ó": "o", "ú": "u", "ñ": "n", "ř": "r", "ě": "e", "š": "s", "č": "c", "ž": "z",
                          "ý": "y", "ů": "u", "ș": "s", "ț": "t", "ă": "a", "â": "a", "ł": "l", "ś": "s",
                          "å": "a", "ı": "i", "ğ": "g", "ç": "c", "ễ": "e", "ị": "i", "ạ": "a", "ò": "o",
                          "Ș": "S", "Ł": "L", "Ö": "O", "Ü": "U", "Ä": "A", "Á": "A", "Å": "A", "Đ": "D",
                          "'": "", " ": ".", "Ž": "Z", "Č": "C", "Ř": "R", "Š": "S", "Ț": "T"})

CHANNELS = [("C05FWBCMG3", "fw-bcm-g3"), ("C05GWECU01", "fw-gateway-ecu"), ("C05DIAGUDS", "diag-uds"),
            ("C05HILRIGS", "hil-rigs"), ("C05YOCTOTC", "yocto-telematics"), ("C05CIBUILD", "ci-builds"),
            ("C05CANTOOL", "can-tools"), ("C05REL2420", "release-24-2"), ("C05MISRA01", "misra-findings"),
            ("C05QROEOL2", "plant-qro-eol"), ("C05BRNOLAB", "brno-lab"), ("C05PUNEBSW", "pune-bsw"),
            ("C05GENERAL", "general"), ("C05RANDOM0", "random"), ("C05LUNCHST", "lunch-stuttgart"),
            ("C05BMSCELL", "bms-cells"), ("C05TOOLCHN", "ask-the-toolchain"), ("C05KUDOS00", "kudos"),
            ("C05WINTERT", "winter-test-arjeplog")]

PLACES = [
    "Stuttgart", "stuttgart", "Stuttgart-Vaihingen", "Sindelfingen", "Böblingen", "Weil der Stadt", "Ludwigsburg",
    "Brno", "Brno-Královo Pole", "Mladá Boleslav", "Ostrava", "Timișoara", "Timisoara", "Cluj-Napoca", "Arad",
    "Pune", "पुणे", "Hinjawadi, Pune 411057", "Chakan MIDC", "Chennai", "Bengaluru", "Auburn Hills, MI",
    "Rochester Hills, MI 48309", "Troy, Michigan", "Detroit", "Windsor, ON", "Santiago de Querétaro",
    "Querétaro, Qro.", "El Marqués, Querétaro", "Saltillo, Coahuila", "San Luis Potosí", "苏州", "苏州工业园区",
    "Suzhou", "上海", "名古屋", "豊田市", "Nagoya", "Göteborg", "Trollhättan", "Ingolstadt", "Wolfsburg",
    "Zwickau", "Győr", "Kecskemét", "Bratislava", "Žilina", "Arjeplog", "Ivalo", "Rovaniemi", "Kiruna",
    "Papenburg", "Nürburg", "Death Valley", "L'Albornar", "Nardò", "Coeur d'Alene", "Istanbul", "İzmit",
    "Plieninger Str. 58, 70567 Stuttgart", "Technologická 12, 621 00 Brno", "Calea Șagului 100, Timișoara",
    "2800 Featherstone Rd, Auburn Hills, MI 48326", "Av. de la Luz 24, 76120 Querétaro, Qro.",
    "星湖街328号, 苏州工业园区", "48.7758, 9.1829", "49.1951° N, 16.6068° E", "45.7489,21.2087",
    "18.5204, 73.8567", "42.6875° N, 83.2341° W", "66.0487, 17.8912", "Brno (Czech Rep.)", "Wien", "München",
]
TIMEZONES = ["Europe/Berlin", "Europe/Prague", "Europe/Bucharest", "Asia/Kolkata", "America/Detroit",
             "America/Mexico_City", "Asia/Shanghai", "Asia/Tokyo", "Europe/Stockholm", "UTC", "Europe/Istanbul",
             "America/Toronto", "Europe/Vienna", "CET", "Asia/Calcutta"]
PARTS = ["KV-4471-220/03", "KV-4471-220/04", "KV-5120-010/A2", "KV-8833-BMS/07-C", "KV-GW-2.1/B-sample",
         "A 213 900 77 04", "8W0.907.468.G", "PN 0 281 019 511", "TCU-IMX8/R3-01", "BCM-G3/ECU-07-B",
         "EPS-CTRL 55.412-03", "KV-4471-220/03 (C2)", "HW 2.3 / SW 24.2.1", "HX-2210-A/001"]
SW_VERSIONS = ["BCM_G3_R24.2.1", "BCM_G3_R24.2.1-rc3", "BCM_G3_R24.1.4", "GW_ECU_3.7.0", "GW_ECU_3.7.1-hotfix2",
               "BMS_FW_11.02.00", "TCU_Yocto_scarthgap_2024.06.1", "EPS_A2_0x0412"]
RIGS = [("HIL-01", "Stuttgart", "rigctl-stuttgart"), ("HIL-03", "Brno", "rigctl-brno"),
        ("HIL-07", "Brno", "rigctl-brno"), ("HIL-08", "Brno", "rigctl-brno"),
        ("HIL-11", "Timișoara", "rigctl-timisoara"), ("HIL-12", "Timișoara", "rigctl-timisoara"),
        ("HIL-21", "Pune", "rigctl-pune"), ("HIL-22", "Pune", "rigctl-pune"),
        ("EOL-QRO-2", "Querétaro", "rigctl-queretaro"), ("HIL-31", "Auburn Hills", "rigctl-auburnhills"),
        ("TCU-FARM-4", "Stuttgart", "rigctl-stuttgart"), ("HIL-41", "Suzhou", "rigctl-suzhou")]

LINKS = [
    "https://gitlab.kv-autoelec.com/ecu/bcm-g3/-/merge_requests/1187#note_44821",
    "https://gitlab.kv-autoelec.com/yocto/meta-kv/-/blob/scarthgap/recipes-diag/diagd/diagd_1.4.2.bb#L12",
    "https://jenkins.kv-autoelec.com:8443/job/bcm-g3/job/release%2F24.2/1187/console",
    "https://jira.kv-autoelec.com/browse/BCMG3-2291?focusedCommentId=118342&page=com.atlassian.jira",
    "https://confluence.kv-autoelec.com/display/DIAG/UDS+Session+Matrix+(G3)",
    "https://artifactory.kv-autoelec.com/artifactory/ecu-release/bcm-g3/24.2.1/BCM_G3_R24.2.1.s19",
    "https://grafana.kv-autoelec.com:3000/d/rig-fleet/rig-fleet?orgId=1&var-site=brno&from=now-24h&to=now",
    "http://10.20.1.17:8080/api/rig/status?bench=3&verbose=1", "https://rig-brno-03.lab.kv-autoelec.com:9443/ui/",
    "https://www.iso.org/standard/72439.html", "https://www.autosar.org/fileadmin/standards/R22-11/CP/",
    "https://docs.yoctoproject.org/ref-manual/variables.html#term-SRC_URI",
    "https://www.kernel.org/doc/html/latest/networking/can.html", "https://github.com/linux-can/can-utils",
    "https://python-can.readthedocs.io/en/stable/interfaces/socketcan.html",
    "https://www.nxp.com/docs/en/reference-manual/S32K1XXRM.pdf#page=1723",
    "https://sharepoint.kv-autoelec.com/sites/PPAP/Shared%20Documents/KV-4471/8D_2024-031.pdf",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2@thread.v2/0?context=%7b%22Tid%22%7d",
    "https://maps.app.goo.gl/q9T2xWk4bF", "https://www.google.com/maps/place/Arjeplog/@66.05,17.88,12z",
]

EMOJI = [":white_check_mark:", ":eyes:", ":fire:", ":rotating_light:", ":tada:", ":pray:", ":sweat_smile:",
         ":thinking_face:", ":hammer_and_wrench:", ":car:", ":zap:", ":snowflake:", ":coffee:", ":beers:",
         ":+1::skin-tone-3:", ":facepalm:", ":parrot:", "🚗", "🔧", "⚡", "❄️", "🔥", "✅", "🙃", "😅", "🙏",
         "🥨", "🌮", "🍜", "👀", "🤞", "🎉", "🧯"]

# Chat. @@M@@ a mention, @@L@@ a link, @@C@@ a channel, @@P@@ a place, @@N@@ a number, @@PN@@ a part
# number, @@SW@@ a software version, @@R@@ a rig.
CHAT = [
    "morning :coffee:", "moin", "dobré ráno", "bună dimineața 🙂", "gm from Pune ☀️", "brb, flashing", "ack",
    "on it", "ok", "+1", "thx @@M@@!", "merci 🙏", "danke!", "díky", "mersi", "gracias @@M@@", "ty", "np",
    "Bench 3 in Brno is free after 14:00, I'll flash @@SW@@ then",
    "who has the Lauterbach? the TC397 one, not the S32K",
    "KW25: SOP freeze for BCM G3 is Fri 21.06. No more feature MRs into release/24.2 pls :pray:",
    "PPAP docs for @@PN@@ are uploaded: @@L@@", "the 8D for the field return (DTC U0100) is due Thursday",
    "ECU went into the bootloader and never came back 🙃 need a JTAG recovery on @@R@@",
    "Arjeplog winter test planning: -35 °C cold soak, who's going in January?",
    "Death Valley hot test: 52 °C ambient, BMS derating kicked in at 48 °C cell temp ✅",
    "can someone with ASIL-D review rights look at @@L@@ ? 2 lines in CanTp config",
    "Kantine heute: Maultaschen mit Kartoffelsalat 🥟",
    "Reminder: CANoe licenses are floating, close CANoe when you leave!",
    "Timișoara: power cut in Hala B until 11:00, rigs HIL-11..14 offline",
    "Pune team: Diwali leave calendar is in the sheet, please fill in by 15 Oct",
    "Querétaro EOL line 2 reports 0.8 % fails on DID F18C read, NRC 0x31 (requestOutOfRange)",
    "¿Alguien tiene el adaptador PCAN-USB? el mío ya no enumera 😩",
    "Kann jemand kurz auf den MR schauen? Nur zwei Zeilen im CanTp-Config. @@L@@",
    "Díky za pomoc s flashováním, @@M@@! 🙏", "Mulțumesc! Rig-ul 12 merge din nou.",
    "कल सुबह 10 बजे HIL review है, सब लोग आ जाना 🙏", "苏州工厂的EOL测试台明天停机维护，请提前安排。",
    "名古屋のお客様から新しいDTCリストが届きました。確認お願いします。",
    "Parking lot P3 closed tomorrow (Werksfeuerwehr drill)",
    "happy Friday 🎉 Feierabendbier at the Kantine at 16:30",
    "OOO Mon–Wed (Brno→Stuttgart), ping @@M@@ for bench bookings",
    "my phone: +49 711 400 2231 if the bench catches fire lol 🧯",
    "anyone seen the 12 V PSU (Keysight E36313A) from lab 2.14?",
    "fyi the 1.234,56 € invoice from Vector is approved", "$1,980.00 for two Kvaser Leaf Light v2, approved by @@M@@",
    "Good morning from Auburn Hills ☕ it's -3 °F and half the parking lot won't start lol",
    "is gitlab slow for anyone else? `git fetch` takes 40 s", "who broke release/24.2? the MISRA stage is red :eyes:",
    "the S32K144 EVB on my desk is up for grabs, moving to the TC397 project",
    "reminder: ESD wrist straps in the lab. yes, you too @@M@@ 😅",
    "FYI: @@R@@ is reserved for the OEM audit Wed 09:00–12:00",
    "🚗 test drive with the B-sample at 15:00, meet at gate 4", "shipping the hotfix @@SW@@ to the customer tonight",
    "anyone know the seed/key algo version for the G3 B-sample? level 0x11 (programming)",
    "the 500 kbit/s vs 250 kbit/s mix-up strikes again, check your .dbc before blaming the ECU",
    "thanks @@M@@ for staying late to debug the bus-off, you're a legend :tada:",
    "new DBC from the OEM is in @@L@@ (v3.2, 14.06.2024), 12 new signals on 0x18FF50E5",
    "can we move the 1:1 to 15:30 CEST / 19:00 IST?", "who is on rig duty this week? the rota says @@M@@",
    "Quick poll: keep the daily standup at 09:15 or move to 09:30? 1️⃣ / 2️⃣",
    "the coffee machine in building 7 speaks only error codes now: E-07. fitting.",
    "customer call moved to Tue 18.06. 16:00 (10:00 EDT), dial-in in the invite",
    "Dear all, the audit (IATF 16949) is on 24–26 June. Please keep your desk and bench tidy.",
    "Vielen Dank an alle fürs Mitziehen beim Release! 🥨", "gracias equipo, la línea 2 ya está estable 🌮",
    "Ďakujem, funguje to 👍", "धन्यवाद @@M@@, fix works on HIL-21", "谢谢！已经合并了。", "ありがとうございます！",
    "the rig in Suzhou (@@R@@) has a flaky relay on KL15, ticket filed",
    "lol the ECU reported 6553.5 km/h, scaling bug",
    "weather in @@P@@ looks great for the test drive tomorrow ☀️", "snow in @@P@@ again ❄️ test track closed",
    "Order for 20x Peak PCAN-USB FD placed (PO 4500918273), ETA KW 28", "KW 26 release train leaves Wed 12:00 UTC 🚂",
    "can I borrow your oscilloscope probes? the 10:1 ones", "@@C@@ has the bench booking sheet pinned",
    "our Yocto build server is at 97 % disk again, clearing sstate older than 30 d",
    "Reminder: 2FA on gitlab is mandatory from 1 July", "CAN FD at 2 Mbit/s data phase works on HIL-07 now 🎉",
    "pls don't push directly to main, use an MR 🙏", "ETA for the C-sample ECUs: 2024-07-08 (per purchasing)",
    "tiny heads-up: the `kvflash` tool v2.3 changed the default block size to 0x402",
]

CODE = [
    "```\n#define CAN0_BASE      0x40024000u\n#define CAN0_MCR       (*(volatile uint32_t *)(CAN0_BASE + 0x000u))\n"
    "#define CAN0_CTRL1     (*(volatile uint32_t *)(CAN0_BASE + 0x004u))\n#define CAN_MCR_MDIS   (1u << 31)\n"
    "#define CAN_MCR_FRZ    (1u << 30)\n#define CAN_MCR_HALT   (1u << 28)\n\nstatic void can0_enter_freeze(void)\n{\n"
    "    CAN0_MCR |= CAN_MCR_FRZ | CAN_MCR_HALT;\n    while ((CAN0_MCR & (1u << 24)) == 0u) { /* wait FRZACK */ "
    "}\n}\n```",
    "```\nvolatile uint8_t g_rx_pending;\n\nvoid CAN0_ORed_0_15_MB_IRQHandler(void)\n{\n"
    "    uint32_t iflag = CAN0->IFLAG1;\n    if (iflag & (1u << 4)) {\n"
    "        memcpy(rx_buf, (const void *)&CAN0->RAMn[4 * 4 + 2], 8);\n        CAN0->IFLAG1 = (1u << 4);   /* w1c */\n"
    "        g_rx_pending = 1u;\n    }\n}\n```\nis the memcpy from message RAM safe here or do I need the word-wise "
    "read?",
    "```cpp\ntemplate <typename T, std::size_t N>\nconstexpr std::array<std::uint8_t, N * sizeof(T)> to_be_bytes("
    "const std::array<T, N>& in) noexcept {\n    std::array<std::uint8_t, N * sizeof(T)> out{};\n"
    "    for (std::size_t i = 0; i < N; ++i)\n        for (std::size_t b = 0; b < sizeof(T); ++b)\n"
    "            out[i * sizeof(T) + b] = static_cast<std::uint8_t>(in[i] >> (8 * (sizeof(T) - 1 - b)));\n"
    "    return out;\n}\n```",
    "```\ntypedef union {\n    uint32_t R;\n    struct {\n        uint32_t PRESDIV : 8;\n        uint32_t RJW     : "
    "2;\n"
    "        uint32_t PSEG1   : 3;\n        uint32_t PSEG2   : 3;\n        uint32_t BOFFMSK : 1;\n"
    "        uint32_t ERRMSK  : 1;\n        uint32_t CLKSRC  : 1;\n        uint32_t LPB     : 1;\n"
    "        uint32_t _rsvd   : 12;\n    } B;\n} CAN_CTRL1_t;\n_Static_assert(sizeof(CAN_CTRL1_t) == 4, \"CTRL1 is "
    "one word\");\n```"
    "\nbitfield order is implementation-defined, I know, I know. GHS and gcc agree here though",
    "```\nStd_ReturnType Dcm_ReadDid_F190(Dcm_OpStatusType OpStatus, uint8 *Data)\n{\n    NvM_RequestResultType st;\n"
    "    (void)OpStatus;\n    if ((NvM_GetErrorStatus(NVM_BLOCK_VIN, &st) != E_OK) || (st != NVM_REQ_OK)) {\n"
    "        return DCM_E_PENDING;\n    }\n    (void)memcpy(Data, Vin_Ram, 17u);\n    return E_OK;\n}\n```",
    "```\nMEMORY\n{\n  FLASH  (rx) : ORIGIN = 0x00000000, LENGTH = 0x00080000\n"
    "  SRAM_L (rw) : ORIGIN = 0x1FFF8000, LENGTH = 0x00008000\n  SRAM_U (rw) : ORIGIN = 0x20000000, LENGTH = "
    "0x00007000\n}\n"
    "SECTIONS\n{\n  .noinit (NOLOAD) : { KEEP(*(.noinit*)) } > SRAM_U\n}\n```\nthe reset reason survives in .noinit "
    "now",
    "```make\nCC      := arm-none-eabi-gcc\nCFLAGS  += -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 "
    "-Os -g3\n"
    "CFLAGS  += -Wall -Wextra -Werror=implicit-function-declaration -ffunction-sections -fdata-sections\n"
    "LDFLAGS += -T S32K144_64_flash.ld -Wl,--gc-sections -Wl,-Map=$(BUILD)/$(TARGET).map\n\n"
    "$(BUILD)/%.o: %.c | $(BUILD)\n\t$(CC) $(CFLAGS) -MMD -MP -c $< -o $@\n```",
    "```\nSUMMARY = \"UDS/DoIP diagnostics daemon\"\nLICENSE = \"CLOSED\"\n"
    "SRC_URI = \"git://gitlab.kv-autoelec.com/ecu/diagd.git;protocol=ssh;branch=main \\\n"
    "           file://diagd.service \\\n           file://diagd.conf\"\nSRCREV = "
    "\"3f9e2c1a7b0d4e61c2a8f0b95d7e3c4a1b2c3d4e\"\n"
    "S = \"${WORKDIR}/git\"\ninherit cmake systemd\nSYSTEMD_SERVICE:${PN} = \"diagd.service\"\n\ndo_install:append() "
    "{\n"
    "    install -d ${D}${sysconfdir}/diagd\n    install -m 0644 ${WORKDIR}/diagd.conf ${D}${sysconfdir}/diagd/\n"
    "    install -D -m 0644 ${WORKDIR}/diagd.service ${D}${systemd_system_unitdir}/diagd.service\n}\n```",
    "```\nFILESEXTRAPATHS:prepend := \"${THISDIR}/files:\"\nSRC_URI += "
    "\"file://0001-can-flexcan-raise-rx-fifo-depth.patch\"\n"
    "KERNEL_FEATURES:append = \" features/can/can.scc\"\n```\nlinux-kv_6.6.bbappend, does the order of the appends "
    "matter?",
    "```\nMACHINE ??= \"kv-tcu-imx8\"\nDISTRO ?= \"kv-distro\"\nBB_NUMBER_THREADS = \"16\"\nPARALLEL_MAKE = \"-j 16\"\n"
    "DL_DIR = \"/srv/yocto/downloads\"\n"
    "SSTATE_MIRRORS = \"file://.* http://sstate.kv-autoelec.com:8080/scarthgap/PATH;downloadfilename=PATH\"\n"
    "INHERIT += \"rm_work buildhistory\"\n```",
    "```\n(gdb) target extended-remote :2331\n(gdb) monitor reset\n(gdb) load\n"
    "Loading section .text, size 0x1c3a4 lma 0x410\nStart address 0x00000410, load size 116660\n(gdb) b "
    "Dcm_MainFunction\n"
    "Breakpoint 1 at 0x6f2a: file ../bsw/Dcm/Dcm.c, line 812.\n(gdb) c\n(gdb) bt\n#0  Dcm_MainFunction () at "
    "../bsw/Dcm/Dcm.c:812\n"
    "#1  0x00004b16 in SchM_MainFunction_10ms () at ../rte/SchM.c:44\n#2  0x00003f02 in Os_Task_10ms () at "
    "../os/tasks.c:71\n"
    "(gdb) p/x *(uint32_t *)0x40024000\n$1 = 0x5980000f\n(gdb) x/8xb &rx_buf\n"
    "0x1fff8a20 <rx_buf>:\t0x03\t0x22\t0xf1\t0x90\t0x00\t0x00\t0x00\t0x00\n```",
    "```\n*** HardFault ***\nR0  = 0x00000000  R1  = 0x20001a3c  R2  = 0x00000008  R3  = 0xdeadbeef\n"
    "R12 = 0x00000001  LR  = 0x0000613d  PC  = 0x00006f34  xPSR = 0x61000000\n"
    "CFSR = 0x00008200 (PRECISERR, BFARVALID)  HFSR = 0x40000000  BFAR = 0xdeadbeef\n"
    "reset reason: LOCKUP, uptime 00:41:07, stack watermark 212/1024\n```\nsomeone is dereferencing an uninitialised "
    "pointer, R3 is our fill pattern",
    "```\n$ candump -tA -x can0\n (2024-06-17 09:14:02.118221)  can0  TX - -  7E0   [8]  02 10 03 00 00 00 00 00\n"
    " (2024-06-17 09:14:02.121907)  can0  RX - -  7E8   [8]  06 50 03 00 32 01 F4 AA\n"
    " (2024-06-17 09:14:02.130114)  can0  TX - -  7E0   [8]  02 27 01 00 00 00 00 00\n"
    " (2024-06-17 09:14:02.134522)  can0  RX - -  7E8   [8]  06 67 01 3A 9C 11 07 AA\n"
    " (2024-06-17 09:14:02.141003)  can0  TX - -  7E0   [8]  06 27 02 C5 63 EE F8 00\n"
    " (2024-06-17 09:14:02.144880)  can0  RX - -  7E8   [8]  03 7F 27 35 AA AA AA AA\n```\n"
    "invalidKey (0x35) on the B-sample, same key works on the A-sample",
    "J1939 frames from the truck log, PGN 65265 (CCVS) from SA 0x00:\n```\n18FEF100#0102030405060708\n"
    "0CF00400#F07D7D0000FFFFFF\n18FECA00#04FF00000000FFFF\n18EAFF00#00EE00\n```\nwheel speed is bytes 2-3, 1/256 "
    "km/h per bit",
    "```\narm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -Os -c src/can_if.c -o build/can_if.o\n"
    "src/can_if.c: In function 'CanIf_RxIndication':\n"
    "src/can_if.c:214:23: error: 'PduInfoType' has no member named 'SduLenght'; did you mean 'SduLength'?\n"
    "  214 |     if (PduInfoPtr->SduLenght > 8u) {\n      |                       ^~~~~~~~~\n"
    "      |                       SduLength\nmake: *** [Makefile:87: build/can_if.o] Error 1\n```\nfriday typo 🙃",
    "QAC findings on the MR: MISRA C:2012 Rule 11.4 (advisory), pointer to integer cast at `(uint32_t)&buf[0]`; "
    "Rule 10.8 on line 233 `(uint16)(a + b)`; Rule 15.5 (single exit). Deviation DEV-0412 filed for 11.4, rest fixed.",
    "```\nERROR: diagd-1.4.2+gitAUTOINC+3f9e2c1a7b-r0 do_compile: oe_runmake failed\n"
    "ERROR: Logfile of failure stored in: /work/yocto/build/tmp/work/cortexa53-poky-linux/diagd/1.4.2+git/temp/"
    "log.do_compile.48213\n| ../git/src/uds_server.c:331:5: error: implicit declaration of function 'isotp_send' "
    "[-Werror=implicit-function-declaration]\n"
    "NOTE: Tasks Summary: Attempted 4127 tasks of which 4119 didn't need to be rerun and 1 failed.\n```",
    "```\n[  412.882013] flexcan 2090000.can can0: bus-off\n"
    "[  413.004551] Unable to handle kernel NULL pointer dereference at virtual address 0000000000000010\n"
    "[  413.004580] pc : flexcan_chip_stop_disable_on_error+0x2c/0x90 [flexcan]\n"
    "[  413.004590] lr : flexcan_chip_stop+0x18/0x28 [flexcan]\n[  413.004655] Call trace:\n"
    "[  413.004660]  flexcan_chip_stop_disable_on_error+0x2c/0x90 [flexcan]\n"
    "[  413.004671]  flexcan_close+0x34/0x80 [flexcan]\n[  413.004680]  __dev_close_many+0xb4/0x140\n```\n"
    "TCU kernel 6.6.23, only when we `ip link set can0 down` during bus-off",
    "```\nSYStem.CPU TC397XP\nSYStem.Up\nData.LOAD.Elf \"C:\\proj\\gw_ecu\\out\\gw_app.elf\" /NoCODE\n"
    "Break.Set Dem_SetEventStatus /Program\nGo\nWAIT !STATE.RUN()\nVar.View %Hex Dem_EventStatus[0..15]\n```\n"
    "TRACE32 script for catching who sets the DTC",
    "```\nOpen On-Chip Debugger 0.12.0\nInfo : clock speed 4000 kHz\nInfo : STLINK V3J7M2 (API v3) VID:PID 0483:374E\n"
    "Info : Target voltage: 3.280078\nError: init mode failed (unable to connect to the target)\n```\n"
    "`openocd -f interface/stlink.cfg -f target/stm32f4x.cfg -c \"program build/app.elf verify reset exit\"` any idea?",
    "```python\nimport can, time\nbus = can.interface.Bus(channel=\"can0\", interface=\"socketcan\", bitrate=500000)\n"
    "msg = can.Message(arbitration_id=0x18FEF100, is_extended_id=True, data=[1, 2, 3, 4, 5, 6, 7, 8])\n"
    "for _ in range(100):\n    bus.send(msg)\n    time.sleep(0.1)\n```",
    "```\non message 0x7E8\n{\n  if (this.byte(1) == 0x7F && this.byte(3) == 0x78) {\n"
    "    write(\"ECU busy (NRC 0x78), waiting P2* = %d ms\", 5000);\n  }\n}\n```\nCAPL for the response-pending spam",
    "```\nBO_ 2364539904 EEC1: 8 Vector__XXX\n SG_ EngSpeed : 24|16@1+ (0.125,0) [0|8031.875] \"rpm\" Vector__XXX\n"
    " SG_ ActualEngPercentTorque : 16|8@1+ (1,-125) [-125|125] \"%\" Vector__XXX\n```",
    "```\n/begin MEASUREMENT BattCellVolt_mV \"cell voltage\"\n  UWORD CM_mV 1 100 0 5000\n  ECU_ADDRESS 0x70012A40\n"
    "/end MEASUREMENT\n```\nthe A2L from the last build has the wrong ECU_ADDRESS for all cell voltages, off by 0x40",
    "```\n============================= test session starts ==============================\n"
    "platform linux -- Python 3.11.4, pytest-8.2.1, pluggy-1.5.0\nrootdir: /opt/rigtests\ncollected 48 items\n\n"
    "tests/uds/test_session_control.py ........                                [ 16%]\n"
    "tests/uds/test_security_access.py ..F.                                    [ 25%]\n"
    "FAILED tests/uds/test_security_access.py::test_invalid_key_lockout - AssertionError: expected NRC 0x36 "
    "(exceededNumberOfAttempts), got 0x35\n```",
    "```\n==23114== Invalid read of size 4\n==23114==    at 0x10A3F2: ringbuf_pop (ringbuf.c:58)\n"
    "==23114==    by 0x109E11: test_wraparound (test_ringbuf.c:112)\n"
    "==23114==  Address 0x4a8d0c0 is 0 bytes after a block of size 64 alloc'd\n```\noff-by-one in the wrap, host "
    "unit test",
    "`git bisect start HEAD v24.1.0 && git bisect run ./ci/hil_smoke.sh --rig HIL-07 --timeout 600`",
    "`cmake -S . -B build-host -DCMAKE_BUILD_TYPE=Debug -DUNIT_TESTS=ON "
    "-DCMAKE_C_FLAGS=\"-fsanitize=address,undefined\" "
    "&& cmake --build build-host -j$(nproc) && ctest --test-dir build-host --output-on-failure`",
    "```\n$ xxd -g1 -l 64 nvm_block_07.bin\n00000000: a5 5a 01 07 00 40 00 00 57 44 42 32 30 35 30 34  "
    ".Z...@..WDB20504\n"
    "00000010: 36 31 4b 31 32 33 34 35 36 ff ff ff ff ff ff ff  61K123456.......\n"
    "00000020: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................\n"
    "00000030: 3c 1f 9e 44 ff ff ff ff ff ff ff ff ff ff ff ff  <..D............\n```\nVIN block looks fine, CRC at "
    "0x30",
    "S-record of the patched "
    "calibration:\n```\nS00F00006B765F63616C5F7632342E32E7\nS31508000000000002200D0100080F010008110100089D\n"
    "S70508000000F2\n```\nand the Intel HEX one: `:10010000214601360121470136007EFE09D2190140` / `:00000001FF`",
    "UDS sequence that bricks it:\n`10 03` → `50 03 00 32 01 F4`\n`27 01` → `67 01 3A 9C 11 07`\n`27 02 C5 63 EE F8` → "
    "`67 02`\n`31 01 FF 00` (erase) → `71 01 FF 00 00`\n`34 00 44 00 01 00 00 00 07 F0 00` → `74 20 0F FA`\n"
    "then `36 01 ...` times out after block 0x47",
    "```\nJun 17 09:12:44 tcu-imx8 diagd[812]: doip: routing activation from 169.254.12.7:50312 (SA 0x0E80) -> 0x10 "
    "accepted\n"
    "Jun 17 09:12:45 tcu-imx8 diagd[812]: uds: 0x22 F1 90 -> 62 F1 90 (17 bytes)\n"
    "Jun 17 09:12:51 tcu-imx8 systemd[1]: diagd.service: Main process exited, code=killed, status=11/SEGV\n```",
    "```\nTraceback (most recent call last):\n  File \"/opt/rigtests/kvrig/uds.py\", line 214, in request\n"
    "    resp = self.stack.recv(timeout=self.p2_star)\n  File \"/usr/lib/python3/dist-packages/isotp/protocol.py\", "
    "line 1487, in recv\n    raise isotp.errors.ConsecutiveFrameTimeoutError(\"Reception of CONSECUTIVE_FRAME timed "
    "out.\")\n"
    "isotp.errors.ConsecutiveFrameTimeoutError: Reception of CONSECUTIVE_FRAME timed out.\n```",
    "```\n$ ip -details -statistics link show can0\n3: can0: <NOARP,UP,LOWER_UP,ECHO> mtu 16 qdisc pfifo_fast state UP "
    "mode DEFAULT group default qlen 10\n    can state ERROR-PASSIVE (berr-counter tx 128 rx 0) restart-ms 100\n"
    "    bitrate 500000 sample-point 0.875\n    RX: bytes  packets  errors  dropped  missed  mcast\n"
    "        1048576   131072        3        0       0      0\n```",
    "```\n&flexcan1 {\n\tpinctrl-names = \"default\";\n\tpinctrl-0 = <&pinctrl_flexcan1>;\n"
    "\txceiver-supply = <&reg_can_stby>;\n\tstatus = \"okay\";\n};\n```\ndevicetree for the second CAN on the TCU",
    "`while true; do cansend can0 7DF#0201050000000000; sleep 1; done` and watch 7E8 for PID 0x05 (coolant temp, "
    "A-40 °C)",
    "`sudo ip link set can0 type can bitrate 500000 dbitrate 2000000 fd on restart-ms 100 && sudo ip link set can0 up`",
    "`arm-none-eabi-objdump -d build/bcm.elf | grep -A20 '<Can_MainFunction_Write>:'`",
    "`find . -name '*.a2l' -newer build/stamp -exec cp {} /mnt/share/a2l/ \\;`",
    "`JLinkExe -device S32K144 -if SWD -speed 4000 -autoconnect 1 -CommanderScript flash.jlink`",
    "`gdb-multiarch -q build/gw.elf -ex 'target remote :3333' -ex 'monitor reset halt' -ex 'load' -ex 'c'`",
    "`bitbake -c cleansstate diagd && bitbake core-image-kv-tcu` then `./scripts/flash_uuu.sh "
    "tmp/deploy/images/kv-tcu-imx8/core-image-kv-tcu-kv-tcu-imx8.rootfs.wic.zst`",
    "`ssh root@192.168.7.2 'systemctl restart diagd && journalctl -u diagd -n 50 --no-pager'`",
    "`cat /sys/class/net/can0/statistics/rx_errors` says 3, `dmesg | grep -i flexcan` says nothing 🤷",
    "`dd if=/dev/mmcblk0p3 of=/tmp/nvm.bin bs=4k count=16 && xxd /tmp/nvm.bin | head -20`",
    "`grep -rn \"Dem_SetEventStatus\" src/ bsw/ | wc -l` → 214 call sites. two hundred fourteen.",
    "`sed -i 's/#define CAN_BAUD 250000u/#define CAN_BAUD 500000u/' cfg/can_cfg.h` and rebuild, that's all",
    "`tar czf logs_$(hostname)_$(date +%F).tgz /var/log/rig/ && scp logs_*.tgz build@fs01.kv-autoelec.com:/srv/drop/`",
    "`python3 -c \"import can; b=can.Bus('can0', interface='socketcan'); print(b.recv(1.0))\"`",
    "`Get-ChildItem -Recurse -Filter *.arxml | Select-String -Pattern \"CanIfRxPduCanId\" | Measure-Object` (Windows "
    "box)",
    "```groovy\nstage('HIL smoke') {\n  agent { label 'hil-brno-03' }\n  steps {\n"
    "    sh 'python3 -m kvrig --suite smoke --dut \"$DUT_PN\" --junit out/junit.xml'\n  }\n}\n```",
    "```\nSELECT test_name, count(*) FILTER (WHERE verdict = 'FAIL') AS fails\n  FROM rig_results\n"
    " WHERE rig = 'HIL-07' AND started_at > now() - interval '7 days'\n GROUP BY 1 ORDER BY 2 DESC LIMIT 10;\n```",
    "```\n#if (CANIF_PUBLIC_DEV_ERROR_DETECT == STD_ON)\n#include \"Det.h\"\n#endif\n#include \"CanIf_Cfg.h\"\n"
    "#define CANIF_SW_MAJOR_VERSION  (6u)\n```",
    "```diff\n-#define DCM_P2_SERVER_MAX_MS   50u\n+#define DCM_P2_SERVER_MAX_MS   150u   /* OEM spec v3.2 table 14 "
    "*/\n```",
    "```xml\n<ECUC-NUMERICAL-PARAM-VALUE>\n  <DEFINITION-REF DEST=\"ECUC-INTEGER-PARAM-DEF\">"
    "/AUTOSAR/EcucDefs/CanIf/CanIfInitCfg/CanIfRxPduCfg/CanIfRxPduCanId</DEFINITION-REF>\n  <VALUE>2024</VALUE>\n"
    "</ECUC-NUMERICAL-PARAM-VALUE>\n```",
    "```c\nswitch (nrc) {\ncase 0x22u: return \"conditionsNotCorrect\";\ncase 0x31u: return \"requestOutOfRange\";\n"
    "case 0x33u: return \"securityAccessDenied\";\ncase 0x35u: return \"invalidKey\";\ncase 0x78u: return "
    "\"requestCorrectlyReceived-ResponsePending\";\ndefault:    return \"?\";\n}\n```",
    "```cpp\nauto* const mcr = reinterpret_cast<volatile std::uint32_t*>(0x4002'4000u);\n*mcr &= ~(1u << 31);  // "
    "clear MDIS\n"
    "static_assert(sizeof(CanFrame) == 16, \"CanFrame layout changed\");\n```",
    "```\n__attribute__((section(\".noinit\"))) static uint32_t reset_magic;\nif (reset_magic == 0xB00710ADu) { "
    "jump_to_bootloader(); }\n```",
]

LONG = [
    "*Incident update* (10:40 CEST), HIL fleet Brno\n• Impact: HIL-03, HIL-07, HIL-08 offline since 09:55\n"
    "• Cause: the 24 V supply of rack B tripped (RCD), not the rigs\n• Mitigation: facility reset the breaker, rigs "
    "rebooting, nightly results from 02:00 are valid\n• Next update: 11:15 or when green",
    "Release notes *@@SW@@* (BCM G3):\n1. Dcm: P2 server max 150 ms (OEM spec v3.2)\n2. CanTp: STmin 0xF1 (100 µs) "
    "honoured on FD\n3. fixed: DTC B1A2B set on every KL15 cycle when the door module sleeps first\n"
    "4. NvM: VIN block gets a CRC16 (block 0x07)\nKnown issue: `27 11` seed is 0x00000000 in EOL mode (BCMG3-2301)",
    "-------- Forwarded message --------\nFrom: Supplier Quality <sq@oem-example.com>\nDate: Fri, 14 Jun 2024 17:02\n"
    "Subject: 8D request, field return VIN WDB2050461K123456\n\nPlease provide D3 (containment) by 19.06. "
    "Symptom: U0100 \"Lost communication with ECM\" after cold start at -18 °C.",
    "Agenda HIL review (Tue 10:00 CEST / 13:30 IST / 04:00 EDT, sorry NA):\n- [ ] flaky `test_p2star_timing` on "
    "HIL-07 and HIL-21\n- [ ] rig hardware: relay boards rev C\n- [x] new suite `doip_routing`\n- [ ] AOB",
    "Rig duty handover :wave:\n```\nopen:  RIG-442 (HIL-11 KL30 relay sticks), RIG-447 (HIL-22 PCAN drops at 2 "
    "Mbit/s)\n"
    "fixed: RIG-431, RIG-439\nparked: EOL-QRO-2 scanner firmware update, waiting for vendor\n```\nnothing burned "
    "overnight 🎉",
    "Steps to reproduce BCMG3-2291:\n1. KL15 on, wait 5 s\n2. `cansend can0 7E0#0210030000000000` (extended session)\n"
    "3. pull KL30 for 200 ms\n4. read DTCs: `19 02 09`\nExpected: no U0100\nActual: `59 02 09 C1 00 00 09` (U0100, "
    "testFailed + confirmed)",
    "> On Fri, Jun 14, 2024 at 5:47 PM Megan O'Malley <megan.omalley@kv-autoelec.com> wrote:\n> Can you send the "
    "rig quote for Auburn Hills?\n\nDone, it's Q-2024-0611: 2 racks, 4 PCAN-USB FD, 1 Keysight E36313A, "
    "total $48,750.00 (incl. shipping to 2800 Featherstone Rd).",
    "Migration plan for the Yocto build farm (Sat 06:00 UTC):\n1) freeze merges to meta-kv at 05:30\n2) "
    "`rsync -aH --delete /srv/yocto/sstate/ sstate2:/srv/yocto/sstate/`\n3) switch `SSTATE_MIRRORS` to "
    "`http://sstate2.kv-autoelec.com:8080/scarthgap/PATH`\n4) smoke: `bitbake core-image-kv-tcu` from scratch\n"
    "Rollback: flip the DNS back, ~5 min.",
    "Who wants to join the 🏃 Firmenlauf on 4 July? 5,3 km, start 18:30 at the Mercedes-Benz Arena. Team shirts in "
    "size S–XXL, sign up with @@M@@ by Friday!",
    "Poll results (n = 87), winter test hotel:\n| option | votes |\n|---|---|\n| Hotel Silverhatten | 41 |\n"
    "| Arjeplog Hotell | 29 |\n| cabins near the lake | 17 |\nSilverhatten it is ❄️",
    "Customer question, please answer by EOD:\n> Does the gateway ECU forward 0x18DA00F1 (UDS physical, ECU 0x00) from "
    "the OBD port to the powertrain CAN when the vehicle speed > 3 km/h?\nMy understanding: no, routing table entry "
    "#14 blocks it above 3 km/h. @@M@@ can you confirm?",
    "Bench booking for KW 26 (Brno lab):\n```\nMon  HIL-03  Radek      flash + smoke @@SW@@\nTue  HIL-07  Kateřina   "
    "UDS "
    "regression\nWed  HIL-07  OEM audit  09:00–12:00 (do NOT touch)\nThu  HIL-08  Tomáš      CAN FD stress 2 "
    "Mbit/s\n```",
]

COMMANDS = [
    "weather", "weather @@P@@", "wetter @@P@@", "weather in @@P@@", "Weather @@P@@ pls", "weather @@P@@ tomorrow?",
    "remember location @@P@@", "remember location @@P@@", "remember location Plant 2, Hall B (Querétaro)",
    "remember location Brno – Technologická 12", "my location", "forget location", "help", "config",
    "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@", "config time @@T@@",
    "config units metric", "config units imperial", "alerts on", "alerts off", "login", "forget me", "hi 👋",
    "hallo jeeves", "what can you do?", "thanks!", "is it going to snow in Arjeplog this week ❄️",
    "weather Death Valley 🔥", "config alert_time 6:45", "Config Units Metric", "weather 48.7758,9.1829",
    "weather @@P@@ (test track)", "remember location KV Stuttgart, Plieninger Str. 58", "alerts on pls",
    "weather Timișoara, România", "remember location 苏州工业园区星湖街328号", "weather 名古屋", "weather पुणे",
]

SEARCH_PASTES = [
    "U0100", "B1A2B", "P0A80", "C1234-87", "0x7F 0x27 0x35", "NRC 0x78", "18FEF100#0102030405060708",
    "7E0#0322F19000000000", "Dem_SetEventStatus", "CanIf_RxIndication", "HardFault CFSR=0x00008200",
    "BCMG3-2291", "KV-4471-220/03", "KV-4471-220/03 C2", "HIL-07", "rigctl-brno", "diagd.service status=11/SEGV",
    "make: *** [Makefile:87: build/can_if.o] Error 1", "Unable to handle kernel NULL pointer dereference",
    "flexcan 2090000.can can0: bus-off", "arm-none-eabi-gcc: error: unrecognized command-line option '-mfpu=vfpv5'",
    "git@gitlab.kv-autoelec.com:ecu/bcm-g3.git", "https://jenkins.kv-autoelec.com:8443/job/bcm-g3/1187/",
    "10.20.1.17", "169.254.12.7:50312", "o'connor", "O'Malley", "d'amico", "Müller-Lüdenscheidt", "hans-jürgen",
    "n'diaye", "Dvořák", "王芳", "@kv-autoelec.com", "ștefan", "de la cruz", "user.forget_me", "login.slack denied",
    "client.rotate rigctl-pune", "SELECT * FROM rig_results", "isotp ConsecutiveFrameTimeoutError", "0x40024000",
    "S32K144 / TC397XP", "sw 24.2.1-rc3", "WDB2050461K123456", "F190 VIN", "22 F1 90", "31 01 FF 00",
]

BIO_PASTES = [
    "FW lead BCM G3 (AUTOSAR Classic R4.3, Dcm/Dem/NvM). Ask me about UDS, seed/key and why P2* is 5000 ms.",
    "Embedded SW @ Brno lab. S32K1xx, TC3xx, RH850. Owner of HIL-03/07/08. ☎ +420 549 123 456",
    "Yocto & kernel for the TCU (i.MX8, scarthgap). `bitbake -k` is my love language.",
    "Diagnostics / DoIP. 🇷🇴 Timișoara. Rig duty KW 25–26. Phone +40 256 123 456 (desk), no calls after 18:00 EET.",
    "BMS cell balancing + SOC estimation (Kalman, C99 + MATLAB). Pune 🇮🇳 | IST (UTC+05:30)",
    "Test automation (python-can, pytest, CAPL). If your rig says INCONCLUSIVE, it's probably the relay. Or me.",
    "Quality eng., Querétaro EOL line 2 · 8D / PPAP / IATF 16949 · +52 442 123 4567",
    "Systems engineer, Auburn Hills MI. Customer interface for the gateway ECU. \"Works on my bench\" skeptic.",
    "Toolchain & CI: arm-none-eabi-gcc 12.3, GHS 2023.1, QAC, Polyspace, Jenkins. PRs welcome, force-push is not.",
    "Functional safety (ISO 26262, ASIL-B/D), FMEDA and safety cases. Please don't ask me to waive Rule 17.7.",
    "HW/SW integration, scope + logic analyzer person 🔧. Lab 2.14, bench by the window.",
    "Hans-Jürgen, not Hans, not Jürgen 😉 — SW architect, gateway routing tables since 2009.",
    "CAN / CAN FD / J1939 for the truck variant. Ask me about PGN 65265 and why SPN 84 lies at standstill.",
    "苏州研发中心 · 诊断软件工程师 · UDS/OBD · 微信同号",
    "名古屋オフィス · 顧客対応(診断仕様) · 日本語/English OK",
]

NOTE_PASTES = [
    "Reproduced on HIL-07 with @@SW@@: `27 02` with a wrong key returns 7F 27 35 three times, the fourth returns 7F 27 "
    "35 again instead of 7F 27 36. Lockout counter is not persisted in NvM (block 0x0B).",
    "Root cause: `CanIf_RxIndication()` drops frames with DLC > 8 on the classic CAN channel but FD frames arrive "
    "there when the transceiver is misconfigured. Fix in MR !1187, test `can_fd_dlc_mapping` added.",
    "Customer log attached (`trace_0614.asc`, 48 MB). Frame of interest at t=1234.567891: `18DA00F1 [8] 03 22 F1 90 "
    "00 00 00 00`, no response within P2 (50 ms).",
    "Bus-off recovery takes 1.7 s instead of ≤ 200 ms. `ip -s link show can0` shows restart-ms 0 on the TCU image, "
    "meta-kv sets it in a udev rule that isn't installed (do_install:append missing).",
    "Workaround until 24.2.2: `cansend can0 7E0#0211010000000000` (ECU reset) after flashing, then wait 2 s.",
    "HardFault at PC=0x00006f34 in Dcm_MainFunction, BFAR=0xdeadbeef → uninitialised pointer in the DID table "
    "(entry for F18C added without handler). Static analysis missed it because of the cast in Dcm_Cfg.c:412.",
    "Measured quiescent current: 87 µA @ 13,5 V (limit 100 µA). With the new NM timeout (2 s → 5 s) we're at 91 µA.",
    "EOL line 2 scrap rate last week: 0,8 % (41 / 5 112 units). 38 of 41 fail the DID F18C read with NRC 0x31.",
    "Kernel patch: `0001-can-flexcan-raise-rx-fifo-depth.patch` — backport from v6.8, `git format-patch -1 a1b2c3d4`.",
    "OEM says the seed must be 4 bytes big-endian; we send little-endian since R24.1.0. See `seedkey.c` line 88: "
    "`key = ((seed << 3) ^ 0xA5A5A5A5u) + 0x1234u;` (the real algorithm is in the HSM, this is the bench stub).",
    "Steps: 1) `kvflash --dut KV-4471-220/03 --image BCM_G3_R24.2.1.s19 --erase --verify` 2) power-cycle KL30 "
    "3) `pytest tests/uds -k security -x --rig HIL-07`. Fails 3/10 runs.",
    "Yocto: `bitbake -e diagd | grep ^SRC_URI=` shows the old branch; SRCREV pinned in the distro conf overrides "
    "the recipe. Removed the pin, rebuilt, OK.",
]

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 "
    "Edg/125.0.2535.92",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
]
LANGS = ["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "en-US,en;q=0.9", "cs-CZ,cs;q=0.9,en;q=0.8", "ro-RO,ro;q=0.9,en;q=0.8",
         "en-IN,en;q=0.9,hi;q=0.8,mr;q=0.7", "es-MX,es;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8",
         "ja-JP,ja;q=0.9,en;q=0.8", "en-GB,en;q=0.9,de;q=0.8", "sv-SE,sv;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en;q=0.7"]




class Company(WebApp):
    """The company, its people and rigs, and the one seeded random source every request draws from."""

    epoch, team, base = EPOCH, TEAMS[0][0], BASE
    iat_window, kid_first = (0, 11 * 3600), True
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for name, site in PEOPLE:
            handle = name.lower().translate(TRANSLIT).replace("-", "")
            handle = handle.encode("ascii", "ignore").decode().strip(".") or f"user{len(self.people)}"
            team = TEAMS[2][0] if site in ("Auburn Hills", "Querétaro") else (
                TEAMS[1][0] if site in ("Suzhou", "Nagoya") else TEAMS[0][0])
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle, "site": site,
                                "email": f"{handle}@kv-autoelec.com", "tz": SITE_TZ[site], "team": team})
        self.event_ids: set[str] = set()
        self.logins = 0  # admin password logins (the panel locks an IP out after 20 failures)

    # ---- small random pieces ---------------------------------------------------------------------
    def hexbytes(self, n: int) -> str:
        return " ".join(f"{self.rng.randrange(256):02X}" for _ in range(n))

    def ts(self, spread: int = 11 * 3600) -> str:
        return f"{EPOCH + self.rng.randint(0, spread)}.{self.rng.randint(0, 999999):06d}"

    def alert_time(self) -> str:
        return self.pick(["06:00", "06:30", "06:45", "07:00", "07:15", "07:30", "08:00", "05:45", "09:00", "17:30"])

    def rec(self, kind: str, placement: str, method: str, uri: str, body: str,
               headers: dict[str, str]) -> dict[str, Any]:
        self.n += 1
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, mentions, links and channels in Slack's own markup."""
        out = slack_escape(text) if slack else text
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "|MR", "|ticket", "|console", "|here", "|the doc"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for mark, values in (("@@PN@@", PARTS), ("@@SW@@", SW_VERSIONS), ("@@TZ@@", TIMEZONES)):
            while mark in out:
                value = self.pick(values)
                out = out.replace(mark, slack_escape(value) if slack else value, 1)
        while "@@P@@" in out:
            place = self.pick(PLACES)
            out = out.replace("@@P@@", slack_escape(place) if slack else place, 1)
        while "@@R@@" in out:
            out = out.replace("@@R@@", self.pick(RIGS)[0], 1)
        while "@@T@@" in out:
            out = out.replace("@@T@@", self.alert_time(), 1)
        while "@@N@@" in out:
            out = out.replace("@@N@@", str(self.rng.randint(2, 60)), 1)
        return out

    def chat_text(self, paste_share: float) -> tuple[str, bool]:
        """A message as typed in Slack; True when it carries pasted code, logs or command lines."""
        roll = self.rng.random()
        if roll < paste_share:
            lead = self.pick(["", "", "", "hmm ", "fyi ", "seeing this on the bench:\n", "any idea? ", "@@M@@ ",
                              "from @@R@@:\n", "ok so ", "this is what I get:\n", "Servus, kurze Frage:\n"])
            text = lead + self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "cc @@M@@", "halp 😅", "fixed by power-cycling KL30 🙃",
                                          "(on @@SW@@)", "works on the A-sample btw", "ticket: @@L@@"])
            return self.fill(text), True
        if roll < paste_share + 0.12:
            text = self.pick(LONG)
            return self.fill(text), "```" in text or "`" in text
        text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
        if self.chance(0.12):
            text = self.pick(["@@M@@ ", "<!here> ", "<!channel> ", "hey @@M@@, "]) + text
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!channel>", "\x01C"))
        return out.replace("\x01H", "<!here>").replace("\x01C", "<!channel>"), False

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    def trace(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.25:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.3):
                h["tracestate"] = f"kv=rig:{self.hexs(8)},congo=t61rcWkgMzE"
        elif roll < 0.35:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.5:
            h["X-Request-Id"] = self.pick([self.uuid(), f"jenkins-bcm-g3-{self.rng.randint(1000, 1999)}",
                                           f"rig.{self.hexs(12)}"])

    def proxied(self, h: dict[str, str], p: float) -> None:
        """Traffic from the offices and labs leaves through the site's egress proxy."""
        if self.chance(p):
            a, b, c = self.rng.randint(16, 63), self.rng.randint(0, 255), self.rng.randint(2, 254)
            h["X-Forwarded-For"] = f"10.{a}.{b}.{c}"
            h["Via"] = self.pick(["1.1 proxy-str.kv-autoelec.com (squid/5.7)", "1.1 zscaler",
                                  "1.1 proxy-brn.kv-autoelec.com (squid/6.6)", "1.1 bluecoat"])

    # ---- Slack -----------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"], h["X-Slack-Retry-Reason"] = self.pick(["1", "2"]), "http_timeout"
        return h

    def event_id(self) -> str:
        while True:
            eid = self.sid("Ev0", 9)
            if eid not in self.event_ids:
                self.event_ids.add(eid)
                return eid

    def envelope(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        team = team or self.team
        return {"token": VERIFY_TOKEN, "team_id": team, "context_team_id": team, "context_enterprise_id": ENTERPRISE,
                "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": self.event_id(),
                "event_time": EPOCH + self.rng.randint(0, 11 * 3600),
                "authorizations": [{"enterprise_id": ENTERPRISE, "team_id": team, "user_id": BOT_USER,
                                    "is_bot": True, "is_enterprise_install": True}],
                "is_ext_shared_channel": False, "event_context": "4-" + self.token(40)}

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """rich_text blocks as Slack builds them: code fences become preformatted sections."""
        elements: list[dict[str, Any]] = []
        for code, part in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": part.strip("\n")}]})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": part}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, text: str, channel: str, kind: str, user: dict[str, str]) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": kind, "user": user["id"], "text": text, "ts": ts, "team": user["team"],
                                 "client_msg_id": self.uuid(), "channel": channel, "event_ts": ts}
        if kind == "message":
            event["channel_type"] = "im" if channel.startswith("D") else "channel"
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_record(self, kind: str, team: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.2))
        return self.rec(kind, "json", "POST", "/slack/events", body, self.slack_headers("application/json"))

    def slack_verify(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.rec("slack", "json", "POST", "/slack/events", body, self.slack_headers("application/json"))

    def slack_chat(self) -> dict[str, Any]:
        user = self.pick(self.people)
        text, paste = self.chat_text(0.55)
        cid, _ = self.pick(CHANNELS)
        return self.event_record("slack-paste" if paste else "slack", user["team"],
                                 self.message(text, cid, "message", user))

    def slack_mention(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        paste = False
        if self.chance(0.55):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            body, paste = self.chat_text(0.45)
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}> can you look at this? "]) + body
        return self.event_record("slack-paste" if paste else "slack", user["team"],
                                 self.message(text, cid, "app_mention", user))

    def slack_dm(self) -> dict[str, Any]:
        user = self.pick(self.people)
        paste = False
        if self.chance(0.7):
            text = self.command_text()
        else:
            text, paste = self.chat_text(0.45)
        return self.event_record("slack-paste" if paste else "slack", user["team"],
                                 self.message(text, self.sid("D0", 9), "message", user))

    def slack_edit(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        old_text, paste = self.chat_text(0.4)
        old = self.message(old_text, cid, "message", user)
        new = self.inner(old)
        new["text"] = old_text + self.pick([" (edit: typo)", " *", "\nEDIT: was the relay, sorry", " — nvm, fixed"])
        new["edited"] = {"user": user["id"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": self.inner(old),
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event_record("slack-paste" if paste else "slack", user["team"], event)

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[:12])
        n = self.rng.randint(1000, 1999)
        rig = self.pick(RIGS)[0]
        source = self.pick(["jenkins", "gitlab", "jira", "rigbot", "alertmanager"])
        texts = {
            "jenkins": f"*bcm-g3 » release/24.2* #{n} *FAILURE* after {self.rng.randint(8, 55)} min "
                       f"(<https://jenkins.kv-autoelec.com:8443/job/bcm-g3/job/release%2F24.2/{n}/console|Open>)\n"
                       "```make: *** [Makefile:87: build/can_if.o] Error 1```",
            "gitlab": f"Pipeline <https://gitlab.kv-autoelec.com/ecu/bcm-g3/-/pipelines/48{n}|#48{n}> for "
                      f"`feature/BCMG3-{n}-dcm-p2-timeout` failed at stage `misra` (QAC 2024.1: "
                      f"{self.rng.randint(1, 9)} new Rule 10.4 findings)",
            "jira": f"<https://jira.kv-autoelec.com/browse/BCMG3-{n}|BCMG3-{n}> *DTC U0100 set after ignition cycle "
                    f"with CAN wake-up* moved to *In Review* by {self.pick(self.people)['name']}",
            "rigbot": f":robot_face: {rig}: suite `uds_regression` {self.rng.randint(40, 48)}/48 passed, failed: "
                      "`test_invalid_key_lockout`, `test_p2star_timing` "
                      f"(<https://grafana.kv-autoelec.com:3000/d/rig-fleet?var-rig={rig}|report>)",
            "alertmanager": f"[FIRING:{self.rng.randint(1, 3)}] RigOffline rig={rig} site=timisoara "
                            "severity=warning (no heartbeat for 5m)",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["d50200", "2eb886", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.event_record("slack", self.pick(TEAMS)[0], event)

    def slack_file(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        name, mime, ftype, preview = self.pick([
            ("bcm_g3_hardfault_0617.txt", "text/plain", "text",
             "*** HardFault ***\nR0  = 0x00000000  R1  = 0x20001a3c\nPC  = 0x00006f34  xPSR = 0x61000000\n"
             "CFSR = 0x00008200  BFAR = 0xdeadbeef"),
            ("trace_0614_coldstart.asc", "text/plain", "text",
             "date Fri Jun 14 06:41:12.118 am 2024\nbase hex  timestamps absolute\ninternal events logged\n"
             "   0.000000 1  7E0             Tx   d 8 02 10 03 00 00 00 00 00\n"
             "   0.003712 1  7E8             Rx   d 8 06 50 03 00 32 01 F4 AA\n"
             "   1.204455 1  18FEF100x       Rx   d 8 01 02 03 04 05 06 07 08"),
            ("diagd_1.4.2.bb", "text/plain", "text",
             "SUMMARY = \"UDS/DoIP diagnostics daemon\"\nLICENSE = \"CLOSED\"\ninherit cmake systemd\n"
             "SRC_URI = \"git://gitlab.kv-autoelec.com/ecu/diagd.git;protocol=ssh;branch=main\""),
            ("dmesg_tcu_busoff.log", "text/plain", "text",
             "[  412.882013] flexcan 2090000.can can0: bus-off\n[  413.004551] Unable to handle kernel NULL pointer "
             "dereference at virtual address 0000000000000010"),
            ("can_if.c", "text/x-csrc", "c",
             "#include \"CanIf.h\"\n#include \"CanIf_Cbk.h\"\n#include \"PduR_CanIf.h\"\n\n"
             "void CanIf_RxIndication(const Can_HwType *Mailbox, const PduInfoType *PduInfoPtr)\n{"),
            ("scope_KL15_wakeup.png", "image/png", "png", ""), ("8D_2024-031_D3.pdf", "application/pdf", "pdf", ""),
            ("G3_body_CAN_v3.2.dbc", "application/octet-stream", "binary", ""),
            ("rig_logs_HIL-07_2024-06-17.tgz", "application/x-gzip", "gzip", ""),
            ("Bench booking KW26.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "xlsx", ""),
        ])
        fid = self.sid("F07", 8)
        team = user["team"]
        file: dict[str, Any] = {
            "id": fid, "created": EPOCH + self.rng.randint(0, 36000), "timestamp": EPOCH, "name": name,
            "title": name, "mimetype": mime, "filetype": ftype, "pretty_type": ftype.upper(), "user": user["id"],
            "user_team": team, "editable": bool(preview), "size": self.rng.randint(800, 48_000_000), "mode": "hosted",
            "is_external": False, "external_type": "", "is_public": True, "public_url_shared": False,
            "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/{urllib.parse.quote(name)}",
            "url_private_download": f"https://files.slack.com/files-pri/{team}-{fid}/download/"
                                    f"{urllib.parse.quote(name)}",
            "permalink": f"https://{self.pick(TEAMS)[1]}.slack.com/files/{user['id']}/{fid}/{urllib.parse.quote(name)}"}
        if preview:
            file.update({"preview": preview, "preview_highlight": "<div class=\"CodeMirror cm-s-default\">…</div>",
                         "lines": preview.count("\n") + self.rng.randint(1, 400),
                         "lines_more": self.rng.randint(0, 380),
                         "preview_is_truncated": True})
        text, _ = self.chat_text(0.0) if self.chance(0.5) else ("", False)
        ts = self.ts()
        event = {"type": "message", "subtype": "file_share", "text": text, "files": [file], "upload": False,
                 "user": user["id"], "display_as_bot": False, "ts": ts, "channel": cid, "event_ts": ts,
                 "channel_type": "channel"}
        return self.event_record("slack-paste" if preview else "slack", team, event)

    def slack_unfurl(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        links = [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u}
                 for u in self.rng.sample(LINKS[:9] + [f"{BASE}/me/", f"{BASE}/admin/users?q=HIL"],
                                          self.pick([1, 1, 2]))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": user["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.hexs(6)}.{self.ts()}.{self.hexs(40)}",
                 "source": self.pick(["conversations_history", "composer"]), "links": links, "event_ts": self.ts()}
        return self.event_record("slack", user["team"], event)

    def slack_reaction(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]), "user": user["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1::skin-tone-4", "rotating_light", "fire",
                                        "pray", "heavy_plus_sign", "hammer_and_wrench", "snowflake", "tada", "joy"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.event_record("slack", user["team"], event)

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "title": {"type": "plain_text", "text": "View Title"}, "app_id": APP_ID,
                             "bot_id": BOT_ID}
        return self.event_record("slack", user["team"], event)

    def slack_join(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        event = {"type": "member_joined_channel", "user": BOT_USER if self.chance(0.3) else user["id"], "channel": cid,
                 "channel_type": "C", "team": user["team"], "inviter": self.pick(self.people)["id"],
                 "event_ts": self.ts()}
        return self.event_record("slack", user["team"], event)

    def slash(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        team = user["team"]
        domain = next(d for t, d in TEAMS if t == team)
        text = self.command_text()
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", domain),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Kessler & Vogt"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "true"),
                  ("response_url", self.hook("commands", team)), ("trigger_id", self.trigger())]
        return self.rec("command", "form", "POST", "/slack/commands", urllib.parse.urlencode(fields),
                           self.slack_headers("application/x-www-form-urlencoded"))

    def interaction_base(self, kind: str, user: dict[str, str]) -> dict[str, Any]:
        team = user["team"]
        domain = next(d for t, d in TEAMS if t == team)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": team},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": team, "domain": domain, "enterprise_id": ENTERPRISE,
                         "enterprise_name": "Kessler & Vogt"},
                "enterprise": {"id": ENTERPRISE, "name": "Kessler & Vogt"}, "is_enterprise_install": True}

    def interaction_record(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.rec(kind, "form", "POST", "/slack/interactions", body,
                           self.slack_headers("application/x-www-form-urlencoded"))

    def button(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.72:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "-", "type": "button",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "-", "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        payload = self.interaction_base("block_actions", user)
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", user["team"]), "actions": [action]})
        return self.interaction_record("interaction", payload)

    def modal(self) -> dict[str, Any]:
        """A submitted "report a rig issue" modal (opened from a shortcut): free text holds pasted logs."""
        user = self.pick(self.people)
        rig = self.pick(RIGS)[0]
        title = self.pick([f"{rig}: KL30 relay sticks after 200 cycles", f"{rig} PCAN drops frames at 2 Mbit/s",
                           "UDS 27 02 returns 7F 27 35 with correct key (B-sample)", "Flash aborts at block 0x47",
                           "bus-off recovery > 1.5 s on TCU", f"{rig} — PSU ch2 reads 0 V",
                           "EOL line 2: DID F18C NRC 0x31", "Yocto image does not boot after uuu flash"])
        desc = self.fill(self.pick(CODE + NOTE_PASTES), slack=False)
        sev = self.pick([("blocker", "🔴 Blocker"), ("major", "🟠 Major"), ("minor", "🟡 Minor")])
        payload = self.interaction_base("view_submission", user)
        payload.update({"view": {
            "id": self.sid("V0", 9), "team_id": user["team"], "type": "modal", "callback_id": "report_rig_issue",
            "private_metadata": json.dumps({"channel": "C05HILRIGS", "rig": rig}), "app_id": APP_ID,
            "external_id": "", "bot_id": BOT_ID, "root_view_id": self.sid("V0", 9), "previous_view_id": None,
            "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False, "notify_on_close": False,
            "title": {"type": "plain_text", "text": "Report a rig issue"},
            "submit": {"type": "plain_text", "text": "File it"},
            "state": {"values": {
                "b_title": {"title": {"type": "plain_text_input", "value": title}},
                "b_desc": {"desc": {"type": "plain_text_input", "value": desc}},
                "b_rig": {"rig": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": rig, "emoji": True}, "value": rig}}},
                "b_sev": {"sev": {"type": "radio_buttons", "selected_option": {
                    "text": {"type": "plain_text", "text": sev[1], "emoji": True}, "value": sev[0]}}},
                "b_part": {"part": {"type": "plain_text_input", "value": self.pick(PARTS)}}}}},
            "response_urls": []})
        return self.interaction_record("interaction-paste", payload)

    def shortcut(self) -> dict[str, Any]:
        """A message shortcut ("Create Jira ticket") on a message that carries a paste."""
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        text, _ = self.chat_text(1.0)
        payload = self.interaction_base("message_action", user)
        payload.update({"callback_id": "ticket_from_message", "message_ts": self.ts(),
                        "response_url": self.hook("app", user["team"]),
                        "channel": {"id": cid, "name": cname},
                        "message": {"type": "message", "user": self.pick(self.people)["id"], "ts": self.ts(),
                                    "text": text, "client_msg_id": self.uuid()}})
        return self.interaction_record("interaction-paste", payload)

    # ---- the data API: scripts, CI, dashboards, the rig controllers ----------------------------------------
    def api_headers(self, client: str, ua: str, scope: str = "read") -> dict[str, str]:
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*",
                                                    "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "identity"])
        if self.chance(0.25):
            h["Connection"] = "keep-alive"
        self.trace(h)
        self.proxied(h, 0.35)
        return h

    def script_client(self) -> tuple[str, str]:
        return self.pick([
            ("ci-gitlab", "curl/8.5.0"), ("ci-gitlab", "python-requests/2.31.0"),
            ("ci-jenkins", "Jenkins-HTTP-Request-Plugin/1.18 (Java/17.0.10)"), ("ci-jenkins", "curl/7.81.0"),
            ("grafana-rigfleet", "Grafana/10.4.2"), ("hr-sync", "Go-http-client/2.0"),
            ("dash-plant-qro", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
            ("ops-scripts", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; de-DE) PowerShell/7.4.2"),
            ("ops-scripts", "python-httpx/0.27.0"), ("bms-analytics", "Python/3.11 aiohttp/3.9.5"),
            ("ci-gitlab", "GitLab-Runner/16.11.1 curl/8.5.0"),
            ("eol-mes-bridge", "Apache-HttpClient/4.5.14 (Java/17.0.10)"),
        ])

    def api(self) -> dict[str, Any]:
        client, ua = self.script_client()
        h = self.api_headers(client, ua, self.pick(["read", "read", "read write"]))
        roll = self.rng.random()
        if roll < 0.25:
            params = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 400, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [t for t, _ in TEAMS])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            return self.rec("api", "query", "GET", "/api/users?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.45:
            return self.rec("api", "path", "GET", f"/api/users/{self.rng.randint(1, 640)}", "", h)
        if roll < 0.62:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.5:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.75:
                doc = {"name": person["name"], "email": person["email"]}
            else:
                doc = {"is_active": self.chance(0.3)}
            h = self.api_headers(client, ua, "read write")
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.rec("api", "json", "PATCH", f"/api/users/{self.rng.randint(1, 640)}",
                               json.dumps(doc, ensure_ascii=self.chance(0.4)), h)
        if roll < 0.8:
            day = self.rng.randint(3, 17)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T06:00:00+02:00",
                               f"2024-06-{day:02d}", f"2024-06-{day:02d}T08:30:00.000Z", f"2024-06-{day:02d} 05:30",
                               f"2024-06-{day:02d}T00:00:00-04:00", f"2024-06-{day:02d}T00:00:00+05:30"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-17T23:59:59Z", "2024-06-18T00:00:00+02:00"])))
            return self.rec("api", "query", "GET", "/api/usage/stats?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.9:
            return self.rec("api", "header", "GET", "/api/switches", "", h)
        if roll < 0.96:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAMS[0][0], TEAMS[1][0], TEAMS[2][0], "*"])
            h = self.api_headers(client, ua, "read write")
            h["Content-Type"] = "application/json"
            return self.rec("api", "json", "PUT", f"/api/switches/{action}", json.dumps(doc), h)
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Postman/11.1.0", "Swagger-Codegen/3.0.54/java",
                                      "python-requests/2.31.0"]), "Accept": "application/json"}
        return self.rec("api", "header", "GET", "/api/openapi.json", "", h)

    def api_search(self) -> dict[str, Any]:
        client, ua = self.script_client()
        h = self.api_headers(client, ua)
        q = self.pick(SEARCH_PASTES + [p["name"] for p in self.people[:20]] + [p["email"] for p in self.people[:8]])
        params = [("q", q), ("limit", self.pick(["20", "50"]))]
        if self.chance(0.3):
            params.append(("active", "true"))
        return self.rec("api-paste", "query", "GET", "/api/users?" + urllib.parse.urlencode(params), "", h)

    def api_paste(self) -> dict[str, Any]:
        """Bios, comments and issue notes, as the intranet's profile page and the Jira bridge send them."""
        client, ua = self.pick([("intranet-profile", "python-requests/2.31.0"), ("jira-bridge", "Go-http-client/2.0"),
                                ("ci-gitlab", "curl/8.5.0"), ("ops-scripts", "python-httpx/0.27.0"),
                                ("intranet-profile", "axios/1.7.2")])
        h = self.api_headers(client, ua, "read write")
        h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
        person = self.pick(self.people)
        roll = self.rng.random()
        pasted = self.fill(self.pick(CODE + LONG + NOTE_PASTES), slack=False)
        if roll < 0.35:
            doc: dict[str, Any] = {"bio": self.fill(self.pick(BIO_PASTES), slack=False)}
            if self.chance(0.5):
                doc["name"] = person["name"]
            if self.chance(0.3):
                doc["phone"] = self.pick(["+49 711 400 2231", "+420 549 123 456", "+1 (248) 555-0137",
                                          "+91 20 6712 3400", "+52 442 123 4567", "+86 512 6288 1234",
                                          "+40 256 123 456", "0711/400-2231", "(248) 555-0199 ext. 14"])
            if self.chance(0.3):
                doc["office"] = self.pick(PLACES[-18:])
            return self.rec("api-paste", "json", "PATCH", f"/api/users/{self.rng.randint(1, 640)}",
                               json.dumps(doc, ensure_ascii=self.chance(0.3)), h)
        if roll < 0.6:
            doc = {"author": person["email"], "body": pasted, "format": self.pick(["markdown", "plain"]),
                   "created_at": f"2024-06-17T{self.rng.randint(6, 18):02d}:{self.rng.randint(0, 59):02d}:00Z"}
            return self.rec("api-paste", "json", "POST", f"/api/users/{self.rng.randint(1, 640)}/comments",
                               json.dumps(doc, ensure_ascii=self.chance(0.3)), h)
        key = f"{self.pick(['BCMG3', 'GWECU', 'TCU', 'RIG', 'BMS', 'EOL'])}-{self.rng.randint(100, 2400)}"
        doc = {"issue": key, "author": {"name": person["name"], "email": person["email"], "site": person["site"]},
               "note": self.fill(self.pick(NOTE_PASTES), slack=False), "visibility": self.pick(["internal", "team"])}
        if self.chance(0.5):
            doc["log_excerpt"] = pasted
        if self.chance(0.4):
            doc["attachments"] = [self.pick(LINKS)]
        if self.chance(0.4):
            doc["labels"] = self.rng.sample(["uds", "can-fd", "misra", "yocto", "bootloader", "nvm", "hil", "eol",
                                             "field-return", "asil-b"], 2)
        return self.rec("api-paste", "json", "POST", f"/api/issues/{key}/notes",
                           json.dumps(doc, ensure_ascii=self.chance(0.3)), h)

    # ---- the test-rig controllers ----------------------------------------------------------------------------
    def xxd(self, nbytes: int, start: int = 0) -> str:
        lines = []
        data = [self.pick([0x00, 0xFF, self.rng.randrange(256), self.rng.randrange(32, 127)]) for _ in range(nbytes)]
        for off in range(0, nbytes, 16):
            chunk = data[off:off + 16]
            hexpart = " ".join(f"{b:02x}" for b in chunk)
            text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
            lines.append(f"{start + off:08x}: {hexpart:<47}  {text}")
        return "\n".join(lines)

    def frames(self, n: int, tx: str = "7E0", rx: str = "7E8") -> list[str]:
        out = []
        t = EPOCH + self.rng.randint(0, 36000) + self.rng.random()
        for i in range(n):
            t += self.rng.uniform(0.0005, 0.05)
            can_id = tx if i % 2 == 0 else rx
            out.append(f"({t:.6f}) can0 {can_id}#{self.hexbytes(8).replace(' ', '')}")
        return out

    def rig_test(self, rig: str) -> tuple[str, str, str, str, dict[str, Any]]:
        """(suite, test name, command line, captured output, extra fields) of one test run on a rig."""
        kind = self.rng.randrange(14)
        pn, sw = self.pick(PARTS[:9]), self.pick(SW_VERSIONS)
        ms = self.rng.randint(2, 900)
        if kind == 0:
            did, value = self.pick([("F1 90", "WDB2050461K123456"), ("F1 8C", f"KV{self.rng.randint(10**9, 10**10)}"),
                                    ("F1 95", sw[:16]), ("F1 87", pn[:16]), ("F1 8B", "24-06-11")])
            hexval = " ".join(f"{ord(c):02X}" for c in value)
            out = (f"TX 7E0  03 22 {did} 00 00 00 00\nRX 7E8  10 {len(value) + 3:02X} 62 {did} {hexval[:8]}\n"
                   f"TX 7E0  30 00 00 00 00 00 00 00\nRX 7E8  21 {hexval[9:29]}\n"
                   f"response: 62 {did} {hexval}\ndecoded: '{value}' ({len(value)} bytes) in {ms} ms")
            cmd = f"python3 -m kvrig.uds --iface can0 --tx 0x7E0 --rx 0x7E8 --req '22 {did}' --p2 50 --p2star 5000"
            return "uds_regression", f"test_read_did_{did.replace(' ', '')}", cmd, out, {"did": did, "value": value}
        if kind == 1:
            seed, key = self.hexbytes(4), self.hexbytes(4)
            nrc = self.pick(["", "", "", "7F 27 35", "7F 27 36", "7F 27 37"])
            out = (f"> 10 03\n< 50 03 00 32 01 F4\n> 27 01\n< 67 01 {seed}\nkey = seedkey_l1({seed}) = {key}\n"
                   f"> 27 02 {key}\n< {nrc or '67 02'}")
            cmd = "python3 -m kvrig.uds --iface can0 --session 0x03 --security-level 1 --seedkey ./lib/libseedkey_g3.so"
            return "uds_regression", "test_security_access_level1", cmd, out, {"seed": seed, "key": key, "nrc": nrc}
        if kind == 2:
            blocks = self.rng.randint(200, 900)
            crc = self.hexs(8).upper()
            img = f"/srv/images/{sw}.s19"
            out = (f"kvflash 2.3.1 (c) Kessler & Vogt\ntarget: {pn} via pcan:PCAN_USBBUS1 @ 500 kbit/s\n"
                   "10 02 -> 50 02 00 19 01 F4 (programming session)\n27 11 -> 67 11 ... key accepted\n"
                   f"31 01 FF 00 44 00 01 00 00 00 07 F0 00 -> 71 01 FF 00 00  erase 0x00010000-0x0007FFFF ok "
                   f"({self.rng.uniform(2, 6):.2f} s)\n34 00 44 00 01 00 00 00 07 F0 00 -> 74 20 04 02\n"
                   f"36 xx: {blocks} blocks of 0x400, {blocks * 1024} bytes, {self.rng.uniform(30, 95):.1f} kB/s\n"
                   f"37 -> 77\n31 01 02 02 -> 71 01 02 02 00  CRC32 0x{crc} match\n11 01 -> 51 01 (hard reset)")
            cmd = f"kvflash --dut '{pn}' --image {img} --erase --verify --iface pcan:PCAN_USBBUS1 --block-size 0x402"
            return "flash", "test_flash_and_verify", cmd, out, {"image": img, "crc32": f"0x{crc}", "blocks": blocks}
        if kind == 3:
            dtcs = self.rng.sample(["U0100", "U0121", "B1A2B", "C1234", "P0A80", "U3000", "B2AAA", "U0140"],
                                   self.rng.randint(0, 3))
            lines = [f"  {d}-{self.rng.randint(0, 99):02d}  status 0x{self.pick(['09', '08', '2F', '0B'])} "
                     f"({self.pick(['testFailed|confirmedDTC', 'confirmedDTC', 'pendingDTC|confirmedDTC'])})"
                     for d in dtcs]
            out = "> 19 02 09\n< 59 02 FF " + " ".join(self.hexbytes(4) for _ in dtcs) + "\n" + (
                "\n".join(lines) if lines else "  no DTC matching mask 0x09")
            cmd = "python3 -m kvrig.uds --iface can0 --req '19 02 09' --decode-dtc --dtc-format ISO15031-6"
            return "dtc", "test_no_dtc_after_kl15_cycle", cmd, out, {"dtcs": dtcs}
        if kind == 4:
            load = self.rng.randint(12, 78)
            out = (f"can0@500000  {self.rng.randint(800, 3000)}  {self.rng.randint(10**5, 3 * 10**5)}  "
                   f"{self.rng.randint(10**5, 2 * 10**5)}  {load}% |{'X' * (load // 5)}{'.' * (20 - load // 5)}|\n"
                   f"errors: tx {self.rng.randint(0, 3)} rx {self.rng.randint(0, 9)}  state ERROR-ACTIVE")
            cmd = "canbusload can0@500000 -r -t -b -c -e"
            return "can", "test_busload_below_70pct", cmd, out, {"busload_pct": load}
        if kind == 5:
            iq = self.rng.randint(60, 120)
            out = (f"psu ch1 13.50 V / 5.000 A limit -> on\nwait NM timeout 5 s ... sleep detected (no frames 0x5xx)\n"
                   f"dmm dc:current range 1 mA, nplc 10: {iq} µA\nlimit 100 µA -> {'PASS' if iq <= 100 else 'FAIL'}")
            cmd = "psuctl --ch 1 --volt 13.5 --curr 5 --on && sleep 8 && dmmctl read dc:current --nplc 10 --range 1e-3"
            return "power", "test_quiescent_current", cmd, out, {"measurements": [
                {"name": "I_q", "value": iq, "unit": "µA", "high": 100},
                {"name": "U_batt", "value": 13.5, "unit": "V"}]}
        if kind == 6:
            k, u = self.rng.uniform(1.2, 2.4), self.rng.uniform(3.5, 7.9)
            out = (f"Startup finished in {k:.3f}s (kernel) + {u:.3f}s (userspace) = {k + u:.3f}s\n"
                   f"graphical.target reached after {u - 0.4:.3f}s in userspace\n"
                   f"{self.rng.randint(300, 1900)}ms diagd.service\n{self.rng.randint(100, 900)}ms "
                   "systemd-networkd-wait-online.service\n412ms dev-mmcblk0p2.device")
            cmd = ("ssh -o StrictHostKeyChecking=no root@192.168.7.2 "
                   "'systemd-analyze time; systemd-analyze blame | head'")
            return "tcu_linux", "test_boot_time_below_10s", cmd, out, {"boot_s": round(k + u, 3)}
        if kind == 7:
            n, lost = self.rng.choice([10000, 100000]), self.pick([0, 0, 0, 3, 17])
            out = (f"cangen: sent {n} frames (id 18FEF100, dlc 8, gap 1 ms)\ncandump: received {n - lost} frames\n"
                   f"lost {lost} ({lost * 100 / n:.3f} %)\n" + "\n".join(self.frames(4, "18FEF100", "18FEF100")))
            cmd = (f"cangen can0 -e -g 1 -I 18FEF100 -L 8 -D i -n {n} & candump -n {n} -L can1 > /tmp/rx_{rig}.log; "
                   f"wc -l /tmp/rx_{rig}.log")
            return "can", "test_no_frame_loss_1ms", cmd, out, {"sent": n, "lost": lost}
        if kind == 8:
            out = (f"doip: connect 169.254.12.1:13400\nrouting activation SA 0x0E80 -> 0x10 (0x10 accepted)\n"
                   f"diag 0x0E80 -> 0x0010: 22 F1 90\nack 0x00\nresp: 62 F1 90 57 44 42 32 30 35 30 34 36 31 4B 31 32 "
                   f"33 34 35 36\nrtt {ms} ms")
            cmd = "doipclient --ip 169.254.12.1 --port 13400 --sa 0x0E80 --ta 0x0010 --req 22F190 --timeout 2"
            return "doip", "test_doip_routing_activation", cmd, out, {"rtt_ms": ms}
        if kind == 9:
            pid, resp = self.pick([("05", "41 05 7B"), ("0C", "41 0C 1A F8"), ("0D", "41 0D 00"),
                                   ("00", "41 00 BE 3F A8 13")])
            out = (f"TX 7DF#0201{pid}000000000000\nRX 7E8#0{len(resp.split())}{resp.replace(' ', '')}AAAA\n"
                   f"PID 0x{pid}: {resp}")
            cmd = f"cansend can0 7DF#0201{pid}0000000000 && candump -n 1 can0,7E8:7FF"
            return "obd", f"test_obd_mode01_pid_{pid}", cmd, out, {"pid": f"0x{pid}"}
        if kind == 10:
            failed = self.pick([0, 0, 1, 2])
            out = ("Test project /opt/unit/build-target\n    Start 1: ringbuf\n"
                   "1/4 Test #1: ringbuf ....   Passed  0.02 sec\n"
                   f"2/4 Test #2: crc16 ......   Passed  0.01 sec\n3/4 Test #3: seedkey ....   "
                   f"{'***Failed' if failed else 'Passed'}  0.11 sec\n"
                   "4/4 Test #4: isotp_reassembly   Passed  0.35 sec\n\n"
                   f"{100 - failed * 25}% tests passed, {failed} tests failed out of 4")
            return "unit_on_target", "ctest_target", "ctest --test-dir build-target --output-on-failure -j4", out, {}
        if kind == 11:
            regs = "\n".join(f"{r:<6}0x{self.hexs(8)}" for r in ("r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr"))
            out = (f"{regs}\nCFSR  0x{self.pick(['00008200', '00000400', '00010000', '00000000'])}\n"
                   "#0  Dcm_MainFunction () at ../bsw/Dcm/Dcm.c:812\n#1  0x00004b16 in SchM_MainFunction_10ms ()")
            cmd = "arm-none-eabi-gdb -batch -nx -ex 'target remote :2331' -x rig/dump_regs.gdb build/bcm.elf"
            return "debug", "capture_fault_registers", cmd, out, {"halted": True}
        if kind == 12:
            out = self.xxd(self.pick([32, 48, 64]), 0x10000 * self.rng.randint(0, 7))
            cmd = f"kvnvm dump --block 0x{self.rng.randint(1, 15):02X} --out /tmp/nvm.bin && xxd -g1 /tmp/nvm.bin"
            return "nvm", "test_nvm_block_crc", cmd, out, {"crc16": f"0x{self.hexs(4).upper()}"}
        out = ("uuu (Universal Update Utility) for nxp imx chips -- libuuu_1.5.165\nSuccess 1    Failure 0\n"
               "1:11     8/ 8 [Done                                  ] FB: done\n"
               "login: root (serial)\nroot@kv-tcu-imx8:~# cat /etc/os-release | grep VERSION_ID\n"
               f"VERSION_ID=\"{sw[-10:]}\"")
        cmd = ("uuu -b emmc_all imx-boot-kv-tcu-imx8-sd.bin-flash_evk "
               "core-image-kv-tcu-kv-tcu-imx8.rootfs.wic.zst/*")
        return "tcu_linux", "test_flash_yocto_image", cmd, out, {"image": "core-image-kv-tcu"}

    def rig(self) -> dict[str, Any]:
        rig, site, client = self.pick(RIGS)
        run = f"{rig}-{20240617}-{self.rng.randint(1, 999):03d}"
        suite, test, cmd, out, extra = self.rig_test(rig)
        verdict = self.pick(["PASS"] * 16 + ["FAIL"] * 3 + ["INCONCLUSIVE", "ERROR"])
        ua = self.pick([f"kvrig-controller/3.4.1 ({rig}; Linux 6.1.0-21-amd64) python-requests/2.31.0",
                        f"kvrig-controller/3.5.0-beta ({rig}) python-httpx/0.27.0",
                        "kvrig-controller/3.4.1 (Windows-10-10.0.19045) python-requests/2.31.0"])
        h = self.api_headers(client, ua, "read write")
        h["Content-Type"] = "application/json"
        h["X-Rig-Id"] = rig
        if self.chance(0.5):
            h["Idempotency-Key"] = self.uuid()
        net, host = self.rng.randint(0, 9), self.rng.randint(2, 254)
        h["X-Forwarded-For"] = f"10.{40 + RIGS.index((rig, site, client))}.{net}.{host}"
        started = EPOCH + self.rng.randint(0, 11 * 3600)
        roll = self.rng.random()
        if roll < 0.15:
            passed = self.rng.randint(30, 48)
            doc: dict[str, Any] = {
                "status": "finished", "verdict": "PASS" if passed == 48 else "FAIL", "passed": passed,
                "failed": 48 - passed, "skipped": 0, "duration_s": self.rng.randint(600, 5400),
                "summary_md": f"*{rig}* `{suite}` on `{self.pick(SW_VERSIONS)}`: {passed}/48 ✅\n"
                              f"failed: `{test}`\nlog: https://rig-{site.lower()[:4]}.lab.kv-autoelec.com:9443/runs/{run}",
                "finished_at": f"2024-06-17T{self.rng.randint(7, 20):02d}:{self.rng.randint(0, 59):02d}:"
                               f"{self.rng.randint(0, 59):02d}Z"}
            return self.rec("api-rig", "json", "PATCH", f"/api/rig/runs/{run}",
                               json.dumps(doc, ensure_ascii=self.chance(0.5)), h)
        doc = {"rig": rig, "site": site, "run_id": run, "suite": suite, "test": test, "command": cmd,
               "exit_code": 0 if verdict == "PASS" else self.pick([1, 2, 124, 139]), "verdict": verdict,
               "started_at": f"2024-06-17T{(started % 86400) // 3600:02d}:{(started % 3600) // 60:02d}:"
                             f"{started % 60:02d}.{self.rng.randint(0, 999):03d}Z",
               "duration_ms": self.rng.randint(40, 600_000), "stdout": out,
               "dut": {"part_number": self.pick(PARTS[:9]), "sw": self.pick(SW_VERSIONS),
                       "hw_rev": self.pick(["B2", "C1", "C2", "D0"]), "serial": f"KV{self.rng.randint(10**9, 10**10)}"},
               "git": {"sha": self.hexs(40), "branch": self.pick(["release/24.2", "main", "feature/BCMG3-2291-p2",
                                                                   "hotfix/24.1.5"]), "dirty": self.chance(0.05)}}
        doc.update(extra)
        if verdict != "PASS":
            core = self.rng.randint(2000, 9000)
            by_suite = {
                "uds_regression": ["Traceback (most recent call last):\n  File \"/opt/rigtests/kvrig/uds.py\", "
                                   "line 214, in request\n    resp = self.stack.recv(timeout=self.p2_star)\n"
                                   "TimeoutError: no response within P2*=5000 ms",
                                   "AssertionError: expected NRC 0x36 (exceededNumberOfAttempts), got 0x35"],
                "can": ["ERROR: PCAN_USBBUS1: bus-heavy, TX error counter 128 (error passive)",
                        f"bash: line 1: {core} Segmentation fault (core dumped) ./isotp_stress --iface can0"],
                "power": ["relay KL30: expected OPEN, read CLOSED after 3 retries"],
                "tcu_linux": ["ssh: connect to host 192.168.7.2 port 22: Connection refused (TCU still booting?)",
                              "uuu: Failure open usb device, Try sudo uuu"],
                "flash": ["kvflash: 36 01: no response within P2*=5000 ms (block 0x47 of 0x1C0), aborting",
                          "kvflash: 31 01 02 02 -> 7F 31 72 (generalProgrammingFailure)"],
            }
            doc["stderr"] = self.pick(by_suite.get(suite, ["timeout: monitored command exceeded 600 s, killed (124)",
                                                           "E: J-Link: could not connect to target (VTref 0.0 V)"]))
        if self.chance(0.35):
            doc["can_trace"] = self.frames(self.rng.randint(4, 12))
        if self.chance(0.25):
            doc["hexdump"] = self.xxd(32)
        if self.chance(0.3):
            doc["env"] = {"CAN_IFACE": "can0", "PCAN_CHANNEL": "PCAN_USBBUS1",
                          "PATH": "/opt/toolchains/arm-gnu-toolchain-12.3.rel1/bin:/usr/local/bin:/usr/bin:/bin",
                          "JENKINS_URL": "https://jenkins.kv-autoelec.com:8443/",
                          "BUILD_NUMBER": str(self.rng.randint(900, 1999))}
        if self.chance(0.3):
            doc["artifacts"] = [f"https://artifactory.kv-autoelec.com/artifactory/rig-logs/{rig}/{run}/{test}.log.gz",
                                f"smb://fs01.kv-autoelec.com/rig/{rig}/{run}/trace.blf"]
        if roll < 0.35:
            return self.rec("api-rig", "json", "POST", f"/api/rig/runs/{run}/steps",
                               json.dumps(doc, ensure_ascii=self.chance(0.5)), h)
        return self.rec("api-rig", "json", "POST", "/api/rig/results",
                           json.dumps(doc, ensure_ascii=self.chance(0.5), indent=self.pick([None, None, 2])), h)

    # ---- browsers: admin panel, /me/, Sign in with Slack ------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, site: str = "same-origin") -> dict[str, str]:
        ua = self.pick(UA_BROWSERS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": site if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"{brand}";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            platform = "Android" if "Android" in ua else ("Windows" if "Windows" in ua else "Linux")
            h["sec-ch-ua-platform"] = f'"{platform}"'
        if "Firefox" in ua:
            h["DNT"] = "1"
        self.form_navigation(h, BASE, referer, form)
        self.proxied(h, 0.3)
        return h

    def cookie(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.25):
            extra.append(("lang", self.pick(["de", "en", "cs", "ro", "es-MX", "zh-CN"])))
        if self.chance(0.15):
            extra.append(("_pk_id.7.c3f1", f"{self.hexs(16)}.{EPOCH - self.rng.randint(0, 10**7)}."))
        if self.chance(0.1):
            extra.append(("theme", "dark"))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        if "Firefox" in ua:
            boundary = "-" * 27 + "".join(self.rng.choice("0123456789") for _ in range(29))
        else:
            boundary = "----WebKitFormBoundary" + "".join(self.rng.choice(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        return self.multipart_form(boundary, fields)

    def admin_search(self) -> dict[str, Any]:
        session = ("__Host-jeeves_admin", self.token())
        person = self.pick(self.people)
        q = self.pick(SEARCH_PASTES + [person["name"], person["email"], person["id"], person["name"].split()[-1],
                                       person["handle"], person["name"].lower(), TEAMS[self.rng.randrange(3)][0]])
        page = "/admin/audit" if self.chance(0.35) else "/admin/users"
        params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.15) else [])
        h = self.browser(page + self.pick(["", "?q=", "?page=2"]))
        h["Cookie"] = self.cookie(session)
        return self.rec("admin-search", "query", "GET", page + "?" + urllib.parse.urlencode(params), "", h)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookie(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/audit", "/admin/account", "/admin/slack-sign-in",
                              "/admin/users?done=user_updated&q=O%27Connor&page=1", "/admin/audit?page=3",
                              "/admin/features?done=switch_updated", "/admin/static/admin.css"])
            return self.rec("admin", "cookie", "GET", page, "", h)
        if roll < 0.45:
            person = self.pick(self.people)
            h = self.browser("/admin/users?q=" + urllib.parse.quote(person["name"]), True)
            h["Cookie"] = self.cookie(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["name"], person["email"], "", "HIL"])),
                                           ("page", str(self.rng.randint(1, 4)))])
            uri = f"/admin/users/{self.rng.randint(1, 640)}/{self.pick(['active', 'admin'])}"
            return self.rec("admin", "form", "POST", uri, body, h)
        if roll < 0.57:
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/admin/features", "/admin/features", "/admin/features/remove"])
            body = urllib.parse.urlencode([
                ("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "login",
                                                           "forget_me", "config"])),
                ("enabled", self.pick(["0", "1"])),
                ("team_id", self.pick(["", TEAMS[0][0], TEAMS[1][0].lower(), "*"]))])
            return self.rec("admin", "form", "POST", uri, body, h)
        if roll < 0.7:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookie(session)
            rig = self.pick(RIGS)
            client_id = self.pick([rig[2], "grafana-rigfleet", "ci-gitlab", "jira-bridge", "eol-mes-bridge"])
            if self.chance(0.3):
                uri = f"/admin/clients/{client_id}/" + self.pick(["rotate", "disable", "enable"])
                return self.rec("admin", "form", "POST", uri, urllib.parse.urlencode([("csrf_token", csrf)]), h)
            desc = self.pick([f"Rig controller {rig[1]} ({rig[0]}…) — posts results; owner: @radek.dvorak; "
                              "rotate every 90 days", "Grafana 'Rig fleet' dashboard (read-only), grafana:3000",
                              "GitLab CI: usage report for #ci-builds (project ecu/bcm-g3, id 412)",
                              "Jira ↔ Jeeves bridge: issue notes, owner T. Černý", "MES bridge Querétaro línea 2 (EOL)",
                              "HR sync (SAP SuccessFactors → users), runs 05:00 CET", ""])
            fields = [("csrf_token", csrf), ("client_id", client_id), ("description", desc), ("scopes", "read")]
            if self.chance(0.5):
                fields.append(("scopes", "write"))
            return self.rec("admin", "form", "POST", "/admin/clients", urllib.parse.urlencode(fields), h)
        if roll < 0.8:
            h = self.browser(self.pick([None, "/admin/", "/auth/slack/"]))
            nxt = self.pick(["", "?next=%2Fadmin%2Fusers", "?next=%2Fadmin%2Fclients", "?bye=1"])
            return self.rec("admin", "query", "GET", "/admin/login" + nxt, "", h)
        if roll < 0.9 and self.logins < 14:
            self.logins += 1
            h = self.browser("/admin/login?next=%2Fadmin%2F", True)
            h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*()-_=+.,:;?@~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 26)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "r.dvorak", "megan.omalley", "ops-lead", "h-j.koehler"])),
                      ("password", password), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                                                  f"{self.rng.randint(0, 999):03d} "
                                                                  f"{self.rng.randint(0, 999):03d}"]))]
            return self.rec("admin", "form", "POST", "/admin/login", urllib.parse.urlencode(fields), h)
        h = self.browser("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookie(session)
        person = self.pick(self.people)
        if self.chance(0.5):
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "r.dvorak", "megan.omalley"])),
                      ("team_id", person["team"]), ("user_id", person["id"])]
            return self.rec("admin", "form", "POST", "/admin/slack-sign-in", urllib.parse.urlencode(fields), h)
        uri = self.pick(["/admin/logout", "/admin/account/totp/start"])
        return self.rec("admin", "form", "POST", uri, urllib.parse.urlencode([("csrf_token", csrf)]), h)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser(self.pick([None, "/me/", f"/auth/slack/link/{self.token()}"]))
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?done=location_forgotten"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
            return self.rec("me", "cookie", self.pick(["GET"] * 9 + ["HEAD"]), uri, "", h)
        h = self.browser("/me/", True)
        h["Cookie"] = self.cookie(session)
        if roll < 0.85:
            if roll < 0.6:
                uri, fields = "/me/location", [("csrf_token", csrf), ("place", self.pick(PLACES))]
            else:
                uri = "/me/settings"
                fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                          ("alert_time", self.alert_time()), ("timezone", person["tz"])]
                if self.chance(0.6):
                    fields.append(("alerts", "on"))
            if self.chance(0.35):
                body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
                return self.rec("me", "multipart", "POST", uri, body, h)
            return self.rec("me", "form", "POST", uri, urllib.parse.urlencode(fields), h)
        uri, fields = self.me_exit_form(csrf)
        return self.rec("me", "form", "POST", uri, urllib.parse.urlencode(fields), h)

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser(self.pick([None, "/me/"]))
            return self.rec("auth", "header", "GET", self.pick(["/auth/slack/", "/auth/slack/?done=bye",
                                                                   "/auth/slack/?done=forgotten"]), "", h)
        if roll < 0.35:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login"]))
            return self.rec("auth", "query", "GET", self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"]),
                               "", h)
        if roll < 0.6:
            state = self.token()
            h = self.browser("https://kv-engineering.enterprise.slack.com/", site="cross-site")
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1, short=True)
            return self.rec("auth", "query", "GET", "/auth/slack/callback?" + urllib.parse.urlencode(params), "", h)
        link = self.token()
        if roll < 0.72:
            h = self.link_expander()
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        if roll < 0.87:
            h = self.browser("https://app.slack.com/", site="cross-site")
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.rec("auth", "form", "POST", f"/auth/slack/link/{link}",
                           urllib.parse.urlencode([("csrf_token", csrf)]), h)

    # ---- TokenDealer, health and metadata -----------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick([r[2] for r in RIGS] + ["ci-gitlab", "ci-jenkins", "grafana-rigfleet", "jeeves-worker",
                                                   "jira-bridge", "eol-mes-bridge"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "Go-http-client/2.0",
                                      "kvrig-controller/3.4.1 python-requests/2.31.0", "Grafana/10.4.2",
                                      "Apache-HttpClient/4.5.14 (Java/17.0.10)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        self.trace(h)
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            fields = self.token_grant(client, secret, h, basic)
            return self.rec("oauth", "form", "POST", "/oauth/token", urllib.parse.urlencode(fields), h)
        token = self.jwt(client, "read write")
        if roll < 0.75:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.rec("oauth", "form", "POST", "/oauth/introspect", body, h)
        if roll < 0.85:
            h["Authorization"] = basic
            return self.rec("oauth", "form", "POST", "/oauth/revoke", urllib.parse.urlencode([("token", token)]), h)
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.rec("oauth", "form", "POST", "/verify_token", urllib.parse.urlencode(fields), h)

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Zabbix",
                            "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "curl/8.5.0"])
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]),
                               self.pick(["/healthz", "/readyz", "/healthz"]), "", {"User-Agent": ua, "Accept": "*/*"})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "PyJWT/2.8.0", "jwks-rsa/3.1.0 (node)",
                                          "lua-resty-http/0.17.1", "python-jose/3.3.0"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.rec("health", "header", "GET", "/.well-known/jwks.json", "", h)
        if roll < 0.9:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.1", "curl/8.5.0"]),
                 "Accept": "application/json"}
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]),
                               "/.well-known/oauth-authorization-server", "", h)
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "Postman/11.1.0"]), "Accept": "application/json"}
        return self.rec("health", "header", "GET", "/api/openapi.json", "", h)


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 220), ("slack_mention", 80), ("slack_dm", 80), ("slack_edit", 12), ("slack_bot", 25),
    ("slack_file", 18), ("slack_unfurl", 15), ("slack_reaction", 25), ("slack_home", 15), ("slack_join", 5),
    ("slash", 200), ("button", 85), ("modal", 30), ("shortcut", 12),
    ("api", 150), ("api_search", 40), ("api_paste", 90), ("rig", 300),
    ("admin", 75), ("admin_search", 50), ("me", 60), ("auth", 35), ("oauth", 55), ("health", 40),
]


def attacks() -> Iterator[dict[str, Any]]:
    """A benign-only set: no attacks."""
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The day's requests, kinds interleaved as they arrive."""
    company = Company()
    todo = [name for name, count in PLAN for _ in range(count)]
    company.rng.shuffle(todo)
    yield company.slack_verify()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(company, name)
        yield make()


if __name__ == "__main__":
    for rec in benign():
        print(json.dumps(rec, ensure_ascii=False))
