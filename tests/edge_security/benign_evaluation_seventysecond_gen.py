"""Benign evaluation set (seventysecond): a wind and solar operator's ordinary traffic through the edge, benign only.

The company is Helvind Energy, an independent power producer that runs onshore wind farms and solar parks in
Scotland, Denmark, Germany, Spain, Portugal, Texas, Chile and Morocco from control rooms in Aarhus, Glasgow and
Valencia. Its control-room operators, site technicians, O&M planners, grid and trading desks and asset managers
use Jeeves to check the weather before climbs, crane lifts, blade inspections and panel washing, and they talk to
it the way they talk to each other: turbine ids (WTG-07), SCADA alarm codes (E-3021), outputs in MW and MWh,
wind speeds in m/s, irradiance in W/m², inverter serial numbers, maintenance work orders, curtailment orders from
the grid operators, grid-code clauses, spot prices per MWh, permit references, names in many languages and
scripts, site addresses, coordinates, emoji and the odd typo.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids, knobs and the mix of its calls.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventysecond"
SEED = 72_2024_1009
EPOCH = 1728457200  # 2024-10-09 07:00 UTC, a Wednesday: a deep low crossing the North Sea, curtailment likely
TEAM, TEAM_DOMAIN = "T05HLVND7Q", "helvind-energy"
PARTNER_TEAM = "T06WTGSRVC"  # the O&M contractor's workspace (turbine service crews), Jeeves installed there too
APP_ID, BOT_USER, BOT_ID = "A07HJVS4K2", "U07JVS3B8N", "B07JVS9Q1C"
HOST = "jeeves.helvind-energy.com"
BASE = f"https://{HOST}"

FIRST = ["Mette", "Søren", "Callum", "Eilidh", "Ruairidh", "Lucía", "Javier", "Mª José", "João", "Inês", "Jürgen",
         "Anneliese", "Björn", "Yasmine", "Hamza", "Fatima-Zahra", "Camila", "Matías", "Ximena", "DeShawn",
         "Karthik", "Wen", "Jae-won", "Agnieszka", "Paweł", "Oluwaseun", "Siobhan", "Niamh", "Thorvald", "Åsa",
         "François", "Zoë", "Dmytro", "Olena", "Aoife", "Mohammed", "Ngozi", "Rasmus", "Freja", "Ignacio"]
LAST = ["Kjærgaard", "Østergaard", "MacLeod", "Mac an t-Saoir", "García-Ortega", "Sánchez", "Gonçalves", "Brandão",
        "Weiß", "Schröder", "Lindqvist", "El Amrani", "Benjelloun", "Fuentes", "Muñoz", "O'Brien", "Washington",
        "Subramanian", "Zhao", "Park", "Wiśniewska", "Kowalczyk", "Adeyemi", "Nic Giolla Bhríde", "Halvorsen",
        "Lefèvre", "Dubois", "Shevchenko", "Al-Masri", "Okafor", "Sørensen", "McAllister", "de la Fuente",
        "van der Berg", "D'Souza", "Ní Dhomhnaill"]
SITES = [
    ("Ardcraig", "Ardcraig Wind Farm, Glendaruel, Argyll PA22 3AE"),
    ("Klitmøller", "Klitmøller Vindmøllepark, Vangsåvej 40, 7700 Thisted"),
    ("Uckermark-Nord", "Windpark Uckermark-Nord, Feldweg 3, 17291 Nordwestuckermark"),
    ("Sierra de Caldereros", "P.E. Sierra de Caldereros, Ctra. CM-2015 km 14, 19300 Molina de Aragón"),
    ("Herdade do Montado", "Central Solar Herdade do Montado, EN254, 7005-000 Évora"),
    ("Pecos Mesa", "Pecos Mesa Solar, 1890 FM 1450, Pecos, TX 79772"),
    ("Pampa Sur", "Parque Fotovoltaico Pampa Sur, Ruta B-475 km 32, Antofagasta"),
    ("Tafraout", "Parc éolien de Tafraout, Route R104, Tafraout 85450"),
]
SITE_CODES = ["ARD", "KLT", "UCK", "SCA", "HDM", "PMS", "PSR", "TAF"]
PLACES = ["Ardcraig", "Glendaruel", "Dunoon", "Argyll", "Glasgow", "Thisted", "Klitmøller", "Hanstholm", "Aarhus",
          "Esbjerg", "Prenzlau", "Nordwestuckermark", "Angermünde", "Molina de Aragón", "Guadalajara", "Valencia",
          "Évora", "Montemor-o-Novo", "Beja", "Pecos", "Reeves County, TX", "Midland, TX", "Antofagasta",
          "Calama", "Tafraout", "Agadir", "Tiznit", "Kintyre", "Isle of Bute", "Fort William", "Cuenca",
          "Zaragoza", "Brandenburg an der Havel", "Ringkøbing", "Lisboa", "Sines", "Austin, TX", "Houston",
          "56.0712, -5.2138", "56.0712,-5.2138", "57.0431° N, 8.4937° E", "38.5667,-7.9089", "-23.65, -70.40",
          "29.7167, -8.9750", "PA22 3AE", "7700", "17291", "79772", "7005-000", "Tafraout, Maroc", "تافراوت",
          "Évora, Portugal", "Molina de Aragón (Guadalajara)", "St. Fillans", "Loch Striven"]
TIMEZONES = ["Europe/Copenhagen", "Europe/London", "Europe/Madrid", "Europe/Lisbon", "Europe/Berlin",
             "America/Chicago", "America/Santiago", "Africa/Casablanca", "UTC", "Europe/Oslo", "America/Denver",
             "Australia/Melbourne", "Asia/Kolkata", "Europe/Warsaw"]
ALARMS = ["E-3021", "E-3021 (gearbox oil temp high)", "A-1107 pitch position deviation", "E-0412 yaw misalignment",
          "alarm 309 \"Pitch pos. deviation blade B\"", "E-7750 converter IGBT overtemp", "W-2210 icing detected",
          "E-1501 grid overvoltage L2", "FC 146 (ext. stop, TSO)", "E-3021/E-3024", "err 0x1F4A on the PLC",
          "ISO fault 0xA3", "E-5203 anemometer mismatch", "Störung 2017 Hydraulikdruck niedrig",
          "alarma 4410 - sobretemperatura rodamiento", "E-9001 emergency stop pressed (nacelle)",
          "INV fault 2062 'DC insulation resistance low'", "PCS trip, code 0x0B12", "W-0088 shadow flicker stop"]
OUTPUTS = ["4.2 MW", "3.96 MW", "0 kW", "148.3 MW", "62,4 MW", "1,2 GWh", "2 417 MWh", "87.6 MWh", "-0.03 MW",
           "11 MW export cap", "132.8 MWac / 160 MWdc", "P = 3,87 MW", "612 kW (derated)", "P_avail 98.4 MW",
           "48 MWp", "5.6 MVAr", "cos φ 0.95 ind.", "P50 yield 412 GWh/yr", "availability 97.3 %"]
WINDS = ["12.4 m/s", "gusts 24 m/s", "8,7 m/s", "25 m/s cut-out", "3.1 m/s (below cut-in)", "14 m/s from 240°",
         "WSW 18 m/s, gusting 27", "29 kn", "45 mph gusts", "hub height 17.8 m/s", "v_mean 10.2 m/s", "6 Bft",
         "Bft 8-9", "Windböen bis 90 km/h", "rachas de 80 km/h"]
IRRADIANCE = ["850 W/m²", "GHI 1,020 W/m²", "POA 912 W/m2", "~300 W/m² (cloud)", "DNI 780 W/m²",
              "irradiance 1 050 W/m²", "5.8 kWh/m²/day", "Einstrahlung 640 W/m²", "irradiancia 970 W/m²",
              "PR 81.2 %", "module temp 61 °C"]
PRICES = ["€87.50/MWh", "-€3.12/MWh", "£64.20/MWh", "$27.40/MWh @ HB_WEST", "OMIE 12,35 €/MWh",
          "EPEX DE-LU 113,94 €/MWh", "DK1 0.42 DKK/kWh", "€ 142,10/MWh (peak)", "$2,150/MWh RT (scarcity)",
          "CfD strike £57.50/MWh", "PPA €41.75/MWh fixed", "imbalance price £–18.40/MWh", "USD 0.031/kWh",
          "€0,00/MWh 13:00-15:00", "SSP £96.03/MWh"]
INVERTERS = ["SG3125HV-MV S/N A2203123456", "SMA SC 4600 UP S/N 3009214785", "SUN2000-215KTL-H3 SN 102312348876",
             "Power Electronics FS3430M #PE-HM-0417", "INV-07 (S/N 21B7-00419)", "PCS-12, SN: SGM-2210-88731",
             "inverter HDM-INV-03-B", "Ingeteam 1640TL B630 S/N 11022938", "ABB PVS980 S/N 1VMM-4427"]
WORK_ORDERS = ["WO-2024-08817", "WO-2024-09102", "SAP WO 400123456", "Maximo WO# 1187734", "WO 24/1033",
               "OT-2024-5512", "Auftrag 4711-0930", "WO-KLT-0442", "work order #88213", "WO-2024-08817 rev.2"]
PERMITS = ["Section 36 consent ECU00002117", "BImSchG-Genehmigung 40.034-12/21", "DIA ref. AIA 3312/2021",
           "FAA OE/AAA ASN 2023-WTE-4411-OE", "Licença de Produção n.º 145/2023", "AAP-GU-2021-017",
           "Miljøgodkendelse j.nr. 2019-44817", "planning ref 22/00412/FUL", "RCA Resolución Exenta N° 0231/2022",
           "Autorisation n° 58/2020 (ONEE)", "TCEQ permit 173344"]
GRID = ["G99", "VDE-AR-N 4110", "NTS SEPE 2.1", "P.O. 12.2", "ERCOT Nodal Protocols §3.15", "RfG Type D",
        "Grid Code CC.6.3.7", "TR3.2.5 (Energinet)", "NTCO 2020 Chile", "SO GL Art. 154", "TAB Mittelspannung"]
CURTAILMENTS = ["NESO BOA -12 MW 14:30–16:00", "TenneT Redispatch 2.0 call RD-241009-0932",
                "50Hertz RD 2.0: 60 % of P_inst until 18:00", "REE consigna 41 MW (CECRE)", "ERCOT BP dispatch 0 MW",
                "Energinet nedregulering 30 MW kl. 11-13", "E.ON Einspeisemanagement Stufe 30 %",
                "CEN instrucción de despacho: limitar a 55 MW", "ONEE: réduction à 70 % jusqu'à nouvel ordre",
                "REN ordem de limitação 20 MW", "SO curtailment order #C-2024-1187 (-25 MW)"]
WHEN = ["09:30 CET", "tomorrow 07:00", "Thu 10 Oct 06:45", "2024-10-10T06:00+02:00", "at 1400Z", "after the front",
        "14:00–16:00 BST", "morgen ab 8 Uhr", "mañana a las 8:00", "amanhã às 7h30", "i morgen kl. 7", "noon",
        "10/10 @ 6am CDT", "before sunset (18:47)", "next window Fri 05:00–11:00"]
PHONES = ["+45 89 44 12 30", "+44 141 496 0127", "+34 960 55 01 88", "+351 266 555 014", "+49 3984 555 210",
          "(432) 555-0139", "+56 55 255 0172", "+212 528 55 01 46", "07700 900 218", "+45 2055 8181 (vagt)"]
CLIENTS = ["Vestas service (Esbjerg)", "Siemens Gamesa RDS", "Nordex Service GmbH", "Enercon ServiceCenter Prenzlau",
           "GE Vernova field team", "Sungrow tech support", "Iberdrola Renovables (neighbour)", "BayWa r.e.",
           "Ørsted (PPA offtaker)", "SSEN Transmission", "Red Eléctrica (CECRE)", "E-REDES", "Oncor",
           "Coordinador Eléctrico Nacional", "ONEE", "Mammoet crane crew", "Rope Robotics", "Statkraft trading"]
EMOJI = [":wind_blowing_face:", ":sunny:", ":zap:", ":warning:", ":white_check_mark:", ":rotating_light:",
         ":snowflake:", ":pray:", ":thumbsup:", ":eyes:", ":crossed_fingers:", ":construction_worker:",
         ":helicopter:", ":chart_with_downwards_trend:", "🌬️", "☀️", "⚡", "🌀", "🌩️", "🛠️", "🙏", "👍", "😬",
         "🇩🇰", "🇪🇸", "🏴", "📉", "🔧"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %SITE%", "weather %SITE% tomorrow", "weather at %SITE% please",
    "weather %ADDR%", "weather %PLACE% %EMOJI%", "weather for the crane lift at %SITE%", "wetaher %PLACE%",
    "weather", "weather?", "Weather %PLACE% — can we climb %WTG%?", "weather %PLACE% this afternoon",
    "weather %PLACE% wind?", "weather in %PLACE%", "weather %SITE% (blade inspection %WHEN%)",
    "remember location %SITE%", "remember location %ADDR%", "remember location %PLACE%", "my location",
    "remember location Helvind control room, Aarhus", "remember location Glasgow SCADA centre",
    "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config units metric", "config units imperial", "config unit metric", "alerts on",
    "alerts off", "alerts", "login", "forget me", "what can you do?", "thx", "hej Jeeves 👋", "weather Évora pls",
    "weather %PLACE% - panel wash %WHEN%", "config alert_time 6:30", "is it below 12 m/s at %SITE% %WHEN%?",
    "remember location %SITE% substation", "weather Molina de Aragón", "weather Klitmøller 🌬️",
]
CHAT = [
    "%WTG% at %SITE% tripped on %ALARM% at 06:12, auto-reset failed. Raising %WO% %EMOJI%",
    "%WHO% can you reset %WTG%? Alarm %ALARM%, nacelle temp looks fine on SCADA",
    "Curtailment order just in: %CURT%. Acknowledged in the log at 09:04",
    "Forecast for %SITE%: %WIND%, so no climbing above 15 m/s per the site rules. Crane lift moved to %WHEN%",
    "Day-ahead cleared at %PRICE% for hours 13–15, we'll self-curtail the PV at %SITE% if it goes negative again",
    "%SITE% output right now %OUT% with %IRR% — clipping from about 11:00",
    "inverter %INV% offline since 04:50, %ALARM%. Sungrow ticket #SG-EU-448812 opened",
    "%WHO% %WHO% blade inspection at %SITE% %WHEN%, rope team from Rope Robotics confirmed (%PHONE%)",
    "Reminder: %PERMIT% requires the bat curtailment (Fledermausabschaltung) Apr–Oct, wind < 6 m/s, sunset+3h",
    "Grid code check: %GRID% wants reactive power capability at %OUT% — can someone confirm the PPC setpoints?",
    "availability yesterday: %SITE% 96.8 %, %SITE% 99.1 %, %SITE% 92.4 % (gearbox swap on %WTG%)",
    "%WTG% yaw error ~8° since the anemometer swap, %WO% to recalibrate (%ALARM%)",
    "Anyone seen the SCADA export for %SITE%? Need 10-min data for %WTG%, 01.09–30.09",
    "Work permit for %WO% signed off. LOTO on %WTG% applied 07:35, key in the lockbox",
    "Storm warning for %PLACE% %WHEN%: %WIND%. All WTGs to auto, no one up tower after 12:00",
    "icing risk tonight at %SITE% (-2 °C, RH 96 %), ice detection armed on all 22",
    "Met mast at %SITE% reads %WIND% vs forecast 9.8 — forecast bust again 🙃",
    "TSO call: %CURT% — confirm when the park controller has taken it (P_set < 60 MW)",
    "%CLIENT% arriving %WHEN% for the main bearing inspection on %WTG%, gate code is with %WHO%",
    "PV cleaning at %SITE% done on blocks 1–4; soiling loss went from 4.1 % to 0.9 %",
    "Transformer T2 at %SITE% oil temp 78 °C, alarm at 90 °C. Keep an eye on it this afternoon",
    "%PRICE% in DK1 from 12:00 😬 trading says stop the units at Klitmøller if it drops below -€5",
    "Export limit on %SITE% is %OUT% per the connection agreement, don't let the PPC exceed it",
    "Lightning strike logged on %WTG% blade A (receptor 3), LPS check needed — %WO%",
    "Reviewing the P50/P90 for the repowering: P50 412 GWh/yr, P90 (10y) 371 GWh/yr, losses 14.6 %",
    "Monthly report draft: %SITE% generated %OUT%, capacity factor 38.2 %, availability 97.6 %",
    "%WHO% the CMS shows a 3× GMF peak on %WTG% gearbox HSS bearing, vibration trend attached",
    "Crane pad at %SITE% needs 50 t/m² bearing — the geotech says we have 42 after the rain",
    "Flight lights on %WTG% reported out by the FAA NOTAM, %WO% raised",
    "Helo transfer cancelled %WHEN%, wind %WIND% at the pad",
    "Shadow flicker stop active on %WTG% 16:40–17:25 per %PERMIT%",
    "Hola equipo: el %WTG% de %SITE% está parado por %ALARM%. Técnicos de guardia avisados (%PHONE%).",
    "Bom dia! Limpeza dos painéis em %SITE% adiada para %WHEN% por causa da chuva. Irradiância hoje %IRR%.",
    "Hej alle, %WTG% på %SITE% står stille pga. %ALARM%. Vestas kommer %WHEN%.",
    "Moin, %CURT%. Die Anlagen in Uckermark-Nord sind seit 10:15 gedrosselt.",
    "Bonjour, la ligne 60 kV vers %SITE% est en maintenance ONEE %WHEN%. Production prévue : 0 MW.",
    "Equipo Chile: %SITE% a %OUT% con %IRR%, sin alarmas. CEN pide %CURT%",
    "مرحبا، التوربين %WTG% في موقع طفراوت متوقف بسبب %ALARM%. الفريق في الطريق",
    "逆变器 %INV% 报警 %ALARM%，请阳光电源售后 %WHEN% 到现场",
    "Cześć, zlecenie %WO% dla %WTG% zamknięte, łopaty sprawdzone ✅",
    "Madainn mhath! Ardcraig access track is flooded near the burn crossing, use the north gate",
    "%WHO% sorry, typo in my last msg — it was %WTG% not WTG-17",
    "SCADA tag for the avail. calc is `ARD.WTG07.Gen.ActPwr` (10-min avg), not `ActPwrSetp`",
    "Power curve check: `=AVERAGEIFS(P!D:D, P!C:C, \">=\"&F2-0.25, P!C:C, \"<\"&F2+0.25)` per 0.5 m/s bin",
    "Quick calc: 22 WTGs × 4.2 MW × 24 h × 0.35 CF ≈ 776 MWh/day",
    "P = ½ · ρ · A · v³ · Cp → at 12.4 m/s with ρ = 1.225 kg/m³ we're way past rated anyway",
    "Modbus map for the met station: 40001 = wind speed (×0.1 m/s), 40002 = direction (°), 40011 = GHI (W/m²)",
    "PPC setpoint log:\n```\n09:02:11 P_set 148.0 MW -> 60.0 MW (TSO)\n09:02:14 ramp 10 MW/min\n09:07:40 "
    "P_act 61.2 MW\n```",
    "10-min data, %WTG%:\n```\ntimestamp,wind_ms,power_kw,status\n2024-10-09 06:00,12.4,4200,OK\n"
    "2024-10-09 06:10,13.1,4200,OK\n2024-10-09 06:20,0.0,0,%ALARM%\n```",
    "*Handover night → day shift*\n• %WTG% stopped (%ALARM%)\n• %CURT%\n• %INV% still offline\n• no HSE events",
    "> %CURT%\n\nwhat's the compensation on that? is it under the Redispatch 2.0 balancing model or not?",
    "_Daily numbers_ — wind: %OUT%, PV: %OUT%, spot avg %PRICE%",
    "1) reset %WTG%\n2) close %WO%\n3) send %PERMIT% annual report\n4) book crane for %WHEN%",
    "ok", "👍", "on my way to %SITE%", "running 20 min late, B8000 closed near Glendaruel 🙈", "ta", "noted",
    "sorry wrong channel", "lol %SITE% is at %OUT% and the trading desk wanted 0",
    "Site visit %WHEN%: PPE = hard hat, S3 boots, harness (inspected < 6 months), GWO BST certs please",
    "Who has the keys for the %SITE% substation? Log says signed out to %WHO% on Monday",
    "New PPA signed with Ørsted: 10 yrs, pay-as-produced, %PRICE%, starting 01/01/2025 🎉",
    "The EIA for the extension (%PERMIT%) wants a 3-month radar bird survey before we touch %WTG%",
    "Insurance claim for the %WTG% lightning damage: €184,300 incl. crane, deductible €50k",
    "Fault rate on the converters is 0.8 faults/WTG/month this year vs 1.3 last year 📉",
    "Is the 33/132 kV transformer at %SITE% still at 80 % loading? %GRID% limit is 100 %",
    "Weather window for the blade repair on %WTG%: wind < 10 m/s, no rain, > 5 °C, %WHEN%",
    "Could someone double check the REMIT notice for %SITE%? unavailability 42 MW from %WHEN%",
    "Frequency dipped to 49.81 Hz at 08:14, %SITE% gave FFR as expected (+6.2 MW in 0.9 s)",
]
LONG_MESSAGES = [
    "Morning all,\n\nforwarding from the TSO:\n\n> Dear Helvind Energy,\n> %CURT%\n> Please confirm compliance within "
    "15 minutes via the usual channel.\n> Kind regards, Control Centre\n\n%WHO% can you confirm? Trading needs to "
    "know for the intraday position (%PRICE%).",
    "*Crane lift plan — %WTG% main bearing (%SITE%)*\n1. Mobilise %WHEN%\n2. Max wind for the lift: 10 m/s at "
    "hub height (forecast %WIND%)\n3. Exclusion zone 150 m, marshals at both gates\n4. %WO%\n5. Permit check: "
    "%PERMIT%\n\n:construction_worker: :helicopter:",
    "Weekly O&M summary\n```\nsite       avail   MWh     faults\nARD        97.1%   8,412   6\nKLT        99.0%  "
    " 3,207   1\nUCK        94.3%   5,980   11\nHDM        99.6%   1,744   2\n```\nWorst: %WTG% (%ALARM%). Spot avg "
    "%PRICE%.",
    "Incident report (draft)\nSite: %SITE%\nAsset: %WTG%\nTime: 2024-10-09 06:12 UTC\nEvent: %ALARM%, turbine "
    "stopped, no injuries\nWeather: %WIND%, rain\nActions: remote reset x1 failed, tech dispatched, %WO%\nRoot cause: "
    "TBC after inspection",
    "-------- Forwarded message --------\nFrom: Grid Connections <connections@tso.example>\nDate: Tue, 8 Oct 2024 "
    "17:03\nSubject: RE: %SITE% — compliance testing under %GRID%\n\nWe can witness the reactive power test on "
    "%WHEN%. Please make sure the park is at ≥ 80 % of rated output (%OUT%).",
    "Checklist before the storm 🌀\n- [x] all WTGs in auto, yaw tracking on\n- [x] PV trackers to stow above 18 m/s\n"
    "- [ ] check UPS at %SITE% substation\n- [ ] on-call list: %WHO%, %PHONE%\n- [ ] %WO% postponed\n\n_tick as "
    "you go please_ 🙏",
    "Hola %WHO%,\n\nte paso el resumen de ayer en %SITE%:\n• producción %OUT%\n• %CURT%\n• precio medio %PRICE%\n"
    "• incidencias: %ALARM% en el %WTG%\n\nUn saludo",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are on, every day at 06:30 (Europe/Copenhagen).",
    "Daily weather alerts are off.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%SITE%\u201d.", "That place name is too long for me.",
    "%PLACE%: moderate rain, 11°C, wind 47 km/h; today 8°C to 13°C, 90% chance of precipitation",
    "%PLACE%: overcast, 9°C, wind 61 km/h; today 7°C to 12°C, 70% chance of precipitation",
    "%PLACE%: clear sky, 27°C, wind 14 km/h; today 16°C to 31°C, 0% chance of precipitation",
    "%PLACE%: partly cloudy, 64°F, wind 18 mph; today 55°F to 79°F, 10% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:30\n• alerts: on\n• timezone: Europe/Copenhagen\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
WEATHER_REPLIES = [
    "%PLACE%: moderate rain, 12°C, wind 52 km/h; today 9°C to 14°C, 85% chance of precipitation",
    "%PLACE%: mainly clear, 22°C, wind 9 km/h; today 13°C to 26°C, 5% chance of precipitation",
]
FILES = ["SCADA_export_ARD_2024-09.csv", "WTG-07_vibration_trend.png", "PPC_setpoints_09-10.xlsx",
         "Lift plan WTG-14 rev C.pdf", "HDM_IV-curves_block3.zip", "IMG_4471.HEIC", "Relatório mensal HDM set24.pdf",
         "Schaltauftrag UCK 2024-10-09.pdf", "incident_report_E-3021_WTG07.docx", "thermography_INV-07.jpg",
         "single-line-diagram_33kV_rev7.dwg", "Informe CECRE 09-10-2024.pdf", "bat_survey_2024 (final).pdf",
         "blade_B_LE_erosion_WTG-21.mp4", "P50-P90 repowering KLT v3.xlsx"]
FILE_NOTES = ["", "SCADA export for %SITE% as promised", "can you remember this location? %ADDR%", "%WTG% photos",
              "for %WO%", "thermal image, hot spot on the DC combiner 🔥", "signed switching order",
              "%ALARM% trend attached", "here you go %WHO%"]
FILE_TYPES = {"csv": "text/csv", "png": "image/png", "xlsx": "application/vnd.openxmlformats-officedocument."
              "spreadsheetml.sheet", "pdf": "application/pdf", "zip": "application/zip", "heic": "image/heic",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "jpg": "image/jpeg",
              "dwg": "image/vnd.dwg", "mp4": "video/mp4"}
LINKS = [
    "https://grafana.helvind-energy.com/d/wtg-overview/turbine-overview?orgId=1&var-site=ARD&var-wtg=WTG-07"
    "&from=now-24h&to=now",
    "https://grafana.helvind-energy.com/d/pv-inv/inverters?orgId=1&var-site=HDM&var-inv=INV-07&refresh=1m",
    "https://helvind.sharepoint.com/sites/OandM/Shared%20Documents/Lift%20plans/WTG-14%20rev%20C.pdf?web=1",
    "https://maximo.helvind-energy.com/maximo/ui/?event=loadapp&value=wotrack&uniqueid=1187734",
    "https://www.windy.com/56.071/-5.214?gust,56.071,-5.214,9",
    "https://www.metoffice.gov.uk/weather/forecast/gfhyzzs9j#?date=2024-10-09",
    "https://www.dmi.dk/lokationarkiv/show/DK/2624652/Thisted/",
    "https://www.meteoblue.com/en/weather/week/%c3%89vora_portugal_2268406",
    "https://transparency.entsoe.eu/generation/r2/actualGenerationPerProductionType/show?name=&defaultValue=false"
    "&viewType=TABLE&areaType=BZN&dateTime.dateTime=09.10.2024+00:00|CET|DAY&area.values=CTY|10Y1001A1001A83F!"
    "BZN|10Y1001A1001A82H",
    "https://www.omie.es/es/market-results/daily/daily-market/daily-hourly-price?scope=daily&date=2024-10-09",
    "https://www.epexspot.com/en/market-results?market_area=DE-LU&delivery_date=2024-10-09&modality=Auction",
    "https://www.ercot.com/content/cdr/html/real_time_spp.html",
    "https://helvind.atlassian.net/browse/OPS-4471?focusedCommentId=88213",
    "https://www.google.com/maps/place/56%C2%B004'16.3%22N+5%C2%B012'49.7%22W/@56.0712,-5.2138,14z",
    "https://www.bmreports.com/bmrs/?q=balancing/bidofferacceptance",
    "https://www.coordinador.cl/operacion/graficos/operacion-real/generacion-real-del-sistema/",
    "https://status.sunnyportal.com/", "https://zoom.us/j/93817264501?pwd=T3BzQ2FsbC1zdG9ybQ",
]
UNFURL_LEADS = ["", "weather for this one? ", "see ", "fyi ", "this is the forecast I mean: ", "Grafana: "]
UNFURLS = [
    ("Grafana", "Turbine overview - Dashboards - Grafana", "ARD · WTG-07 · last 24 h"),
    ("Windy.com", "Windy: Wind map & weather forecast", "Wind 46 km/h, gusts 78 km/h, WSW"),
    ("Met Office", "Glendaruel (Argyll and Bute) weather - Met Office",
     "Heavy rain and strong winds. Yellow warning for wind in force from 12:00 Wednesday."),
    ("DMI", "Thisted - vejret de næste 10 dage", "Hård vind fra vest, 12-16 m/s, i stød op til 26 m/s."),
    ("meteoblue", "Tempo Évora - meteoblue", "Céu limpo, 27 °C, vento fraco."),
    ("ENTSO-E Transparency Platform", "Actual Generation per Production Type", None),
    ("OMIE", "Resultados del mercado diario", "Precio marginal en el sistema español: 12,35 €/MWh"),
    ("Jira", "OPS-4471 WTG-07 E-3021 recurring gearbox oil temperature", "Status: In Progress · Assignee: "
     "Callum MacLeod"),
]
SEARCH_Q = ["Kjærgaard", "søren", "@helvind-energy.com", "macleod", TEAM, PARTNER_TEAM, "García-Ortega",
            "o'brien", "Ní Dhomhnaill", "control room", "ardcraig", "evora", "El Amrani", "weiß", "gonçalves",
            "jae-won", "wiśniewska", "d'souza", "trading", "U07", "Mac an t-Saoir", "lefèvre", "van der berg"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "client.disable", "feature.set", "login",
           "login.slack", "failed", "admin.map_slack", "account.totp_enable", "user.admin", "user.forget_me",
           "grafana-sync", "2024-10-08", "scada-bridge", "weather@" + TEAM, "denied", "mette"]
ADMINS = ["ops.admin", "mette.kjaergaard", "callum.macleod", "it-aarhus", "break-glass", "noc"]
CLIENT_DESCRIPTIONS = [
    ("scada-bridge", "SCADA → Jeeves bridge: alarm digests to the control room (read), owner: Aarhus NOC"),
    ("grafana-sync", "Grafana user sync every 30 min; reads names & e-mails"),
    ("maximo-wo", "Maximo work orders ↔ Slack reminders w/ weather window (WTG climbs, crane lifts)"),
    ("trading.desk", "Trading desk: who's on call & alert times, Mon–Sun 05:00 CET"),
    ("powerbi-availability", "Power BI: availability & weather downtime per site (ARD, KLT, UCK, SCA, HDM)"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read only)"),
    ("om-contractor", "O&M contractor portal (service crews), read-only, IP-allow-listed"),
    ("chile-cen", "Integración CEN / Pampa Sur — sólo lectura"),
    ("datalake", "Nightly export to the data lake (s3://hlv-ops-raw), owner: Wen Zhao"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36 Edg/129.0.2792.79",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; CAT S62 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.146 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.20",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["da-DK,da;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "es-ES,es;q=0.9,en;q=0.8",
         "pt-PT,pt;q=0.9,en-GB;q=0.8", "de-DE,de;q=0.9,en;q=0.8", "en-US,en;q=0.9", "es-CL,es;q=0.9,en;q=0.7",
         "fr-MA,fr;q=0.9,ar;q=0.8,en;q=0.7", "ar-MA,ar;q=0.9,fr;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en;q=0.8", "gd-GB,gd;q=0.9,en-GB;q=0.8", "da"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/2.0",
              "Grafana/11.2.2", "PowerBI/2.134 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "IBM-Maximo/7.6.1.3", "node-fetch/3.3.2", "axios/1.7.7", "PostmanRuntime/7.42.0", "okhttp/4.12.0",
              "Apache-HttpClient/5.3.1 (Java/17.0.12)", "gitlab-runner 17.4.0 (17-4-stable; go1.22.5; linux/amd64)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; da-DK) WindowsPowerShell/5.1.19041.4894", "n8n"]
API_CLIENTS = ["scada-bridge", "grafana-sync", "maximo-wo", "trading.desk", "powerbi-availability", "ci-gitlab",
               "om-contractor", "datalake", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Zabbix 7.0", "curl/8.10.1", "ELB-HealthChecker/2.0",
              "Mozilla/5.0 (compatible; Pingdom.com_bot_version_1.4; http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.9.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "jose4j/0.9.6", "nimbus-jose-jwt/9.41", "openapi-generator/7.8.0", "PostmanRuntime/7.42.0",
            "Grafana/11.2.2"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_created", "/admin/account?done=totp_enabled", "/admin/audit?page=3"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=client.rotate",
              "/admin/users?q=kj%C3%A6rgaard"]
PHRASE_WORDS = ["nacelle", "gearbox", "turbine", "inverter", "tracker", "pylon", "anemometer", "yaw", "pitch",
                "busbar", "rotor", "solstice"]
PATCH_NAMES = ["Mette Kjærgaard", "Søren Østergaard (NOC Aarhus)", "Callum MacLeod – Ardcraig", "Mª José Sánchez",
               "João Brandão (Évora)", "Fatima-Zahra El Amrani", "Wen Zhao 赵文", "Ruairidh Mac an t-Saoir",
               "DeShawn Washington | Pecos Mesa", "Dr. Anneliese Weiß", "Aoife Ní Dhomhnaill"]
UNTIL = ["2024-10-09T07:00:00Z", "2024-10-09", "2024-10-09T09:00:00+02:00", "2024-10-09T00:00:00.000Z"]


class PowerOperator(EvaluatorDay):
    """Helvind Energy: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "hV3nQx8RtL2mWp6KzB9cYs4d"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 5, 6, 6, 6, 7, 7, 8, 12, 16, 19), ("00", "15", "30", "45", "10")
    iat_window, event_window, context_bytes, event_ascii_rate = (0, 39000), (0, 39000), 44, 0.18
    blocks_rate, thread_rate, challenge_bytes = 0.78, 0.24, 35
    ext_shared_rate = 0.03
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, dnt_rate = 0.18, 0.35, 0.05
    xff_rate, xff = 0.04, ("10.40.12.7", "172.20.3.41", "10.40.0.9, 172.16.8.2")
    script_encoding_rate, script_encodings = 0.4, ("gzip, deflate", "gzip, deflate, br", "gzip", "identity")
    trace_rate, request_id_rate = 0.22, 0.14
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.3, ("jeeves", "jeeves", "tokendealer")
    oauth_body_secret_rate = 0.3
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    verify_scopes = ("read", "read write")
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "3", 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.05
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "wtg-service-crews", 9, 0.2
    command_partner_rate, click_partner_rate = 0.12, 0.08
    button_places = [s[0] for s in SITES] + PLACES
    weather_replies = WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.55
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.18
    me_places = PLACES + [s[1] for s in SITES] + [f"{s[0]} substation" for s in SITES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator = PHRASE_WORDS, ("-", ".", " ")
    feature_teams = (TEAM, PARTNER_TEAM, "")
    admin_rolls = (0.2, 0.3, 0.48, 0.58, 0.67, 0.76, 0.87, 0.93)
    search_pages, page_head_weight = (1, 4), 12
    # the data API
    api_rolls, patch_rolls = (0.28, 0.45, 0.68, 0.85, 0.93), (0.22, 0.4, 0.68, 0.8, 0.92)
    openapi_roll = 0.95
    limits, offset_rate, offsets = ("50", "100", "250", "500", "20"), 0.5, (0, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_tz_of_person = False
    usage_days, until_choices = (1, 8), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|Grafana", "|forecast", "|this", "|dashboard")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.11, 0.2, 0.07, 0.66, 0.45
    mention_command_rate, mention_leads = 0.55, ("", "hey ", "cc ", "", "morning ")
    edit_suffixes = (" (edit: WTG-07, not 17)", " *", " — sorry, typo", "", " ✅")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.1
    files, file_notes, file_types, file_sizes = FILES, FILE_NOTES, FILE_TYPES, (2_000, 64_000_000)
    file_created, file_editable = (0, 39000), ("csv", "xlsx", "docx")
    unfurl_leads, unfurls = UNFURL_LEADS, UNFURLS
    bot_replies, bot_blocks_rate, bot_subtype_rate, bot_updated_days = BOT_REPLIES, 0.65, 0.2, 31
    fill_pools = {"%SITE%": [s[0] for s in SITES], "%ADDR%": [s[1] for s in SITES], "%PLACE%": PLACES,
                  "%ALARM%": ALARMS, "%OUT%": OUTPUTS, "%WIND%": WINDS, "%IRR%": IRRADIANCE, "%PRICE%": PRICES,
                  "%INV%": INVERTERS, "%WO%": WORK_ORDERS, "%PERMIT%": PERMITS, "%GRID%": GRID,
                  "%CURT%": CURTAILMENTS, "%WHEN%": WHEN, "%PHONE%": PHONES, "%CLIENT%": CLIENTS, "%EMOJI%": EMOJI,
                  "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(170):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first, plain_last = self.ascii_name(first) or "op", self.ascii_name(last) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@helvind-energy.com",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "control-room", "ops-ardcraig", "ops-klitmoller", "ops-uckermark", "ops-caldereros", "ops-montado",
            "ops-pecos-mesa", "ops-pampa-sur", "ops-tafraout", "trading-desk", "grid-compliance", "hse",
            "crane-lifts", "scada", "general", "random", "weather-watch")]
        self.dms = [self.sid("D0", 9) for _ in range(64)]

    @staticmethod
    def ascii_name(name: str) -> str:
        """A name as it goes into a handle or an e-mail address: accents dropped, letters and digits only."""
        folded = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("æ", "ae").replace("ß", "ss"))
        return "".join(c for c in folded.encode("ascii", "ignore").decode().lower() if c.isalnum())

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%HHMM%": self.hhmm, "%WTG%": self.turbine}

    def turbine(self) -> str:
        """A turbine as the staff write it: WTG-07, T07 or the site-prefixed id."""
        number = self.rng.randint(1, 36)
        return self.pick([f"WTG-{number:02d}", f"WTG-{number:02d}", f"WTG{number:02d}", f"T{number:02d}",
                          f"{self.pick(SITE_CODES)}-WTG-{number:02d}"])

    def home_view(self, team: str) -> dict[str, Any]:
        site, address = self.pick(SITES)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "Jeeves"},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {"type": "plain_text",
                                                                          "text": "Jeeves — your settings"}},
                           {"type": "section", "block_id": "loc", "text": {
                               "type": "mrkdwn", "text": f"*Location:* {site} ({address})\n*Units:* metric\n"
                                                         f"*Daily alert:* on at 06:30 ({self.pick(TIMEZONES)})"}}]}

    # ---- its browsers' cookies, its scripts' dates and request ids ------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(12) + "%27%2Cnecessary:true%2Cpreferences:false"
                        "%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1}"))
        if self.chance(0.08):
            jar.append(("_hjSessionUser_3817264", self.token(24)))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}", f"2024-10-{day:02d}T00:00:00+02:00",
                f"2024-09-{day + 20:02d}T22:00:00.000Z", f"2024-10-{day:02d} 06:00",
                f"2024-10-{day:02d}T05:00:00.000000+00:00"]

    def request_ids(self) -> list[str]:
        return [f"gl-{self.rng.randint(10**9, 10**10)}", f"mx-wo-{self.rng.randint(1_000_000, 9_999_999)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 150), ("me", 110), ("auth", 65), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The operator's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(PowerOperator(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
