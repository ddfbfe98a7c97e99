"""Benign evaluation set (fiftyseventh): a marine research institute's ordinary traffic through the edge, benign only.

The company is the Hafenstein Institute for Marine Research (HIMR) in Kiel, with field stations on Helgoland, in
Tromsø, Carna (Connemara) and Vigo, two coastal research vessels of its own and berths on the large German research
ships. Its scientists, technicians, ship's crews, students and data managers use Jeeves to check the weather before
CTD casts, buoy servicing, dives, beach sampling and harbour departures, and they talk to it the way they talk to
each other: ship and buoy call signs, positions like 54°10.3'N 7°53.1'E in every notation, Latin species names,
instrument serial numbers, CTD cast ids, depth, temperature, salinity and oxygen readings with their units, tide
tables, cruise legs, sample labels like MSM-112/3-07, and the R and MATLAB one-liners they paste to one another;
names in many languages and scripts, German, Norwegian, Icelandic, Irish and Galician words, emoji and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It adds what the
institute needs that those lack: its shared data files, its link unfurls and code-fenced messages as rich_text
blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_fiftyseventh"
SEED = 57_2024_0815
EPOCH = 1723694400  # 2024-08-15 04:00 UTC, a Thursday: HE612 on station off Helgoland, MSM112 leg 3 at sea
TEAM, TEAM_DOMAIN = "T03HIMRKIEL", "himr-kiel"
PARTNER_TEAM = "T05FRAMTOS"  # the Tromsø station's workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A05JVSMAR1", "U05JEEVESM", "B05JEEVESM"
HOST = "jeeves.hafenstein-marine.org"
BASE = f"https://{HOST}"

FIRST = ["Heike", "Jens-Ole", "Þórdís", "Siobhán", "Ingrid", "Kenji", "Olena", "Marta", "Pádraig", "Aisha",
         "Björn", "Sigrún", "Xoán", "Maëlle", "Wiebke", "Rasmus", "Anneke", "Tomás", "Hannele", "Mehmet", "Yuki",
         "Dmitri", "Ewa", "Sunniva", "Ólafur", "Nuala", "Lars-Erik", "Chiara", "Kwabena", "Ji-woo", "Priya",
         "Göran", "Brígida", "Femke", "Ioannis", "Ragnhild", "Ciarán", "Małgorzata", "Hoang", "Tjark"]
LAST = ["Brandt", "Christiansen", "Guðmundsdóttir", "Ní Fhlatharta", "Åsheim", "Watanabe", "Kovalenko",
        "Fernández-Vázquez", "Ó Súilleabháin", "Al-Mansouri", "Lindqvist", "Jónsdóttir", "Rodríguez Piñeiro",
        "Le Goff", "Petersen", "Thygesen", "de Vries", "Mac Donncha", "Virtanen", "Yılmaz", "Sato", "Sokolov",
        "Wiśniewska", "Hætta", "Sigurðsson", "Ó Conghaile", "Møller-Hansen", "Bianchi", "Mensah", "Park",
        "Raghavan", "Öberg", "Otero Castro", "van der Meer", "Papadopoulos", "Eriksen", "Ó Flaithearta",
        "Dąbrowska", "Nguyen", "Janssen-Harms", "zu Dohna", "O'Brien"]
SHIPS = ["RV Maria S. Merian (DBBT)", "FS Meteor (DBBH)", "Heincke", "FK Seeschwalbe", "RV Poseidon",
         "Alkor", "the Uthörn", "MS Seeschwalbe", "RV Kronprinz (DHKP)", "Celtic Voyager", "FS Sonne",
         "the Kronprinz", "G.O. Sars", "Helmer Hanssen", "R/V Lura"]
CALLSIGNS = ["DBBT", "DBBH", "DHKP", "DB2317", "EIQN", "LLZG", "DBKV", "DBCK", "DFSW", "ESLR"]
BUOYS = ["NSB III", "FINO1", "buoy HIMR-B2 (Helgoland Reede)", "WMO 62170", "Boje Kiel Leuchtturm",
         "the Darßer Schwelle mast", "NDBC 44013", "M3 buoy", "M6", "mooring HEL-MOOR-04", "Lovund LB-3",
         "the Tromsøflaket glider station", "waverider WR-07 (Dünenreede)", "Argo float 6903812"]
COORDS = ["54°10.3'N 7°53.1'E", "54° 10.3' N, 007° 53.1' E", "54.1717N 7.885E", "54.1717, 7.8850",
          "N 54 10.300 E 007 53.100", "54°11'03\"N 7°53'06\"E", "69°39′N 18°57′E", "53°23.4'N 9°46.2'W",
          "42° 14' N, 8° 43' W", "16°53.2'N 25°00.4'W", "55 30.0N 016 02.5E", "78°55'N 11°56'E",
          "54.32 N / 10.15 E", "-33.92, 18.42", "54°30,1' N 010°16,7' E", "60.1570° N, 1.1490° W"]
SPECIES = ["Calanus finmarchicus", "C. helgolandicus", "Pseudocalanus elongatus", "Temora longicornis",
           "Acartia tonsa", "Phaeocystis globosa", "Noctiluca scintillans", "Mnemiopsis leidyi",
           "Pseudo-nitzschia spp.", "Skeletonema costatum", "Emiliania huxleyi", "Gadus morhua",
           "Clupea harengus", "Magallana gigas (ex Crassostrea gigas)", "Mytilus edulis", "Zostera marina",
           "Phocoena phocoena", "Halichoerus grypus", "Aurelia aurita", "Cyanea capillata", "Lanice conchilega",
           "Asterias rubens", "Ensis leei", "Parasagitta elegans", "Mallotus villosus", "Lophelia pertusa",
           "Laminaria hyperborea", "Saccharina latissima", "Homarus gammarus", "Cancer pagurus"]
SERIALS = ["SBE 911plus S/N 09P-1234", "SBE 37-SMP-ODO #37-24581", "RBRconcerto³ 066123",
           "SBE 43 S/N 2871", "Aanderaa 4831 optode #1254", "ECO FLNTU S/N 3416", "Workhorse 300 kHz S/N 24107",
           "Nortek Signature1000 #101234", "LISST-200X #1047", "UVP6-LP #000112", "SUNA V2 S/N 1711",
           "HydroC CO2 CO2-0618-001", "SBE 56 #05604417", "Valeport miniSVS 62381", "Licor 190R Q-41207"]
CASTS = ["HE612_03-1", "MSM112_017-1", "MSM112/3_022-2", "POS573/45-2", "CTD 023", "cast 17 (stn HR-12)",
         "HE612_CTD_05", "ALK-2024-08-11", "HEL-RR 0815-A", "MSM112_031-1 (yo-yo)", "CV24012_st06",
         "TOS-FS-2024-031"]
READINGS = ["14.82 °C / 31.94 PSU", "T=16.3°C, S=30.12", "SA 34.91 g/kg, CT 11.27 °C", "σθ 24.61 kg/m³",
            "O₂ 287 µmol/kg", "DO 6.8 mg/l (82 %)", "chl-a 4.7 mg/m³", "Chl a 12,3 µg/L", "48 m (LAT)",
            "1002.3 dbar", "turbidity 12.4 NTU", "pH 8.06 (total scale)", "pCO₂ 412 µatm", "NO₃⁻ 11.2 µM",
            "Secchi 3,5 m", "PAR 1450 µmol photons m⁻² s⁻¹", "Hs 2.4 m, Tp 7.1 s", "wind 5 Bft NW, gusts 7",
            "SST 17,9 °C", "0.8 kn current setting 045°", "−1.62 °C at 180 m", "salinity 7.8 (Bornholm Basin)"]
TIDES = ["HW Helgoland 04:17 MESZ 2.91 m, NW 10:32 0.48 m", "HW 03:52 UTC +2.3 m", "NW Cuxhaven 11:05 (−0,2 m)",
         "LW Carna 09:41 IST 0.6 m", "high water Tromsø 06:12 (2.8 m)", "Springtide Sa 17.08.",
         "pleamar Vigo 13:26 3,41 m", "neap tides next week", "HW+2h", "NW −1 h", "low water 16:58 BST 0.7 m",
         "Hochwasser 16:43, Tidenhub 2,4 m"]
LEGS = ["MSM112 Leg 3 Mindelo → Emden", "HE612 Bremerhaven–Helgoland–Bremerhaven", "Leg 2 Reykjavík → Tromsø",
        "AL614 Kiel – Bornholm Basin – Kiel", "POS573 leg 1 (Faro–Vigo)", "CV24012 Galway → Porcupine Bank",
        "Kronprinz day trip Helgoland Reede", "MSM112/3", "leg 3 (14–29 Aug)", "Uthörn transfer 06:30"]
SAMPLES = ["MSM-112/3-07", "MSM-112/3-07b", "HE612-04-N3-25m", "HEL-RR-2024-0815-A", "Box 7 / tube 41",
           "MUC-9 0–1 cm", "POS573_45_NIS12", "CV24012-06-ZP200", "HR12/ChlA/3", "TOS-FS-031-B#4",
           "ALK-11-Fe-2", "Probe 118 (Nisken 5, 10 m)"]
PLACES = ["Helgoland", "Helgoland Düne", "Kiel", "Kiel Leuchtturm", "Bremerhaven", "Cuxhaven", "Emden",
          "Wilhelmshaven", "List auf Sylt", "Hörnum", "Büsum", "Warnemünde", "Heiligenhafen", "Fehmarn",
          "Tromsø", "Ny-Ålesund", "Longyearbyen", "Hammerfest", "Bodø", "Reykjavík", "Tórshavn", "Lerwick",
          "Carna", "Galway", "Ros a' Mhíl", "Cill Chiaráin", "Vigo", "A Coruña", "Baiona", "Mindelo",
          "São Vicente, Cabo Verde", "Las Palmas de Gran Canaria", "Ponta Delgada", "Plymouth", "Roscoff",
          "Texel", "Den Helder", "Esbjerg", "Skagen", "Visby", "Bornholm", "Świnoujście", "Klaipėda",
          "Tromsøflaket", "Doggerbank", "Helgoländer Bucht", "Porcupine Bank", "Kattegat", "Fehmarnbelt",
          *COORDS[:8]]
ADDRESSES = ["Hafenstein-Institut, Kaistraße 14, 24114 Kiel", "Am Südhafen 7, 27498 Helgoland",
             "Biologische Station, Am Binnenhafen 3, 27498 Helgoland",
             "Framsenteret, Hjalmar Johansens gate 14, 9007 Tromsø", "Carna Research Station, Carna, Co. Galway",
             "Rúa Eduardo Cabello 6, 36208 Vigo", "Liegeplatz Schleuse Kiel-Holtenau, Nordhafen",
             "Fischereihafen II, Pier 5, 27572 Bremerhaven", "Sjøgata 39, 9008 Tromsø",
             "Port of Mindelo, Cais Acostável, São Vicente", "Nieuwe Diep 21, 1781 AC Den Helder",
             "Seestraße 15, 18119 Rostock-Warnemünde", "Mole 4, Kieler Förde (Tirpitzhafen)"]
WHEN = ["tomorrow 05:30", "at 0417 UTC", "14.08. 22:30 Bordzeit", "Fr 16.8. ab 6 Uhr", "ETA Sa 17.08. ~06:00 LT",
        "before HW", "this afternoon", "2024-08-16T04:00Z", "tonight (after the zooplankton net)",
        "in 2 h", "nächste Woche Dienstag", "on the 19th", "0600–0900 UTC", "mañá pola mañá", "i morgen tidlig"]
TIMEZONES = ["Europe/Berlin", "Europe/Oslo", "Atlantic/Reykjavik", "Europe/London", "Europe/Dublin",
             "Europe/Lisbon", "Atlantic/Cape_Verde", "Europe/Madrid", "Arctic/Longyearbyen", "UTC",
             "Etc/GMT-2", "Atlantic/Faroe", "Europe/Copenhagen", "Europe/Warsaw", "Atlantic/Azores",
             "America/Halifax", "Asia/Tokyo"]
PERSONS = ["Dr. Heike Brandt", "Prof. Þórdís Guðmundsdóttir", "Jens-Ole (Bootsführer)", "Kapitän Janssen-Harms",
           "the Chief Mate", "Siobhán Ní Fhlatharta", "Kenji-san", "Olena Kovalenko (Олена Коваленко)",
           "Xoán Rodríguez Piñeiro", "the diving officer", "Dr. Al-Mansouri", "Ingrid Åsheim (UiT)"]
EMOJI = [":ocean:", ":ship:", ":anchor:", ":fish:", ":tropical_fish:", ":whale:", ":crab:", ":shell:",
         ":sunny:", ":cloud_with_rain:", ":wind_face:", ":thermometer:", ":microscope:", ":test_tube:",
         ":white_check_mark:", ":pray:", ":eyes:", ":grimacing:", ":sweat_smile:", ":tada:", ":nauseated_face:",
         "🌊", "⚓", "🐟", "🦀", "🐋", "🧪", "🔬", "🌬️", "☔", "🥶", "🙏", "✅", "🤞", "🇩🇪", "🇳🇴", "🇮🇸", "🇮🇪"]

# Code people paste to one another: R and MATLAB, one line each.
CODE = [
    "aggregate(sal ~ depth_bin, data = ctd, FUN = mean)",
    "ggplot(ctd, aes(x = temp, y = -depth, colour = cast)) + geom_path() + facet_wrap(~station)",
    "ctd |> filter(station == \"HR-12\") |> summarise(chl = mean(chla, na.rm = TRUE))",
    "d <- read.csv(\"MSM112_ctd_leg3.csv\", sep = \";\", dec = \",\", fileEncoding = \"latin1\")",
    "sigth <- oce::swSigmaTheta(salinity = S, temperature = T, pressure = p)",
    "SA <- gsw::gsw_SA_from_SP(SP, p, longitude = 7.885, latitude = 54.18)",
    "summary(lm(log10(chla) ~ temp + sal, data = surf))",
    "with(tide, plot(time, level, type = \"l\", ylab = \"m über LAT\"))",
    "as.POSIXct(\"2024-08-15 04:17\", tz = \"UTC\")",
    "table(cut(d$depth, breaks = c(0, 10, 25, 50, 100, Inf)))",
    "plot(sal, -depth, 'b.-'); xlabel('S_A [g/kg]'); ylabel('Depth [m]'); grid on",
    "[SA, in_ocean] = gsw_SA_from_SP(SP, p, 7.885, 54.18);",
    "m_proj('lambert','lon',[5 10],'lat',[53 56]); m_coast('patch',[.8 .8 .8]); m_grid;",
    "T = readtable('HE612_CTD_03.csv','Delimiter',';','DecimalSeparator',',');",
    "mean(chl(depth < 10), 'omitnan')",
    "datestr(datenum(2024,8,15,4,17,0), 'yyyy-mm-dd HH:MM')",
    "sst = ncread('cmems_mod_nws_phy_0814.nc','thetao'); pcolor(lon, lat, squeeze(sst(:,:,1))'); shading flat",
    "scatter(S, T, 12, -P, 'filled'); colormap(cmocean('deep')); colorbar",
]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather %PLACE% tomorrow", "weather in %PLACE% please",
    "weather %COORD%", "weather at %COORD%", "weather %PLACE% %EMOJI%", "weather %PLACE% this weekend",
    "weather", "weather?", "wether %PLACE%", "wheather %PLACE%", "weahter helgoland", "Weather Helgoland",
    "weather near %PLACE% tonight", "weather for %BUOY%", "weather %ADDR%", "weather %PLACE%?",
    "weather Helgoland Reede", "weather Tromsø", "weather Kiel-Holtenau", "weather Carna, Co. Galway",
    "weather Mindelo pls", "weather where %CALLSIGN% is", "weather Ny-Ålesund", "weather São Vicente",
    "weather Ros a' Mhíl",
    "remember location %PLACE%", "remember location %ADDR%", "remember location %COORD%",
    "remember location Helgoland", "remember location Tromsø", "remember location Kiel",
    "remeber location Vigo", "my location", "my location?", "forget location", "forget me", "help", "help?",
    "config", "config units metric", "config units imperial", "config alert_time %HHMM%", "config time %HHMM%",
    "config timezone %TZ%", "config tz %TZ%", "config alerts on", "alerts on", "alerts off", "alerts",
    "login", "hi jeeves 👋", "danke!", "takk 🙏", "what can you do", "wie wird das Wetter auf %PLACE%?",
    "is it going to blow >6 Bft at %PLACE% %WHEN%?", "weather %PLACE% — we cast at %WHEN%",
]

# What the staff say in DMs and channels (Jeeves sees DMs and mentions only).
CHAT = [
    "CTD %CAST% is on deck, bottles 1–12 closed, %READING% at the surface",
    "Bottle 5 of %CAST% didn't fire, we'll repeat at 25 m",
    "%SAMPLE% labelled and in the −80 °C freezer (rack C, shelf 2)",
    "%SPECIES% everywhere in the 200 µm net today %EMOJI%",
    "Anyone know the AphiaID for %SPECIES%? WoRMS is down for me",
    "%SHIP% is at %COORD%, ETA Helgoland %WHEN%",
    "%BUOY% stopped sending at 02:10 UTC, last fix %COORD%",
    "Tide for tomorrow: %TIDE%. So the Düne beach sampling has to be before 10",
    "Can someone swap with me on %LEG%? My daughter's Einschulung is on the 17th 😬",
    "%SERIAL% is back from calibration, new coefficients are in the CTD config folder",
    "The %SERIAL% reads 0.03 PSU high vs. bottle salinities, see the Autosal log",
    "Who has the key for the Nisken store? 🔑",
    "%CALLSIGN% is calling us on Ch 16, does anyone have the ops phone?",
    "Sorry, the Kronprinz stays in port today, 7 Bft NW and rising",
    "Station HR-12: Secchi 3,5 m, %READING%, %SPECIES% bloom visible from the bridge",
    "Habt ihr noch Formalin 4 % für die Zooplanktonproben? Wir sind bei 2 l",
    "Ich bin ab Montag auf %SHIP%, Mails nur abends über Iridium 📡",
    "Eg er på Tromsøflaket til fredag, ring satellittelefonen viss det hastar",
    "Ég verð á sjó út vikuna, svara seint",
    "Tá mé ar an stáisiún i gCarna go dtí Dé hAoine",
    "Mañá saímos ás 06:00 de Vigo, se o tempo deixa",
    "明日のCTDは05:30開始です、よろしくお願いします 🙏",
    "Завтра в 05:30 CTD на станции HR-12, не опаздывайте",
    "YouTube не вантажиться на борту, інтернет через Starlink лише 5 Мбіт/с",
    "%PERSON% says the A-frame is fixed, we can deploy the MUC again",
    "New cast list for %LEG% is up, 23 stations, 4 of them yo-yo casts",
    "%WHO% can you check the ADCP config? Bin size should be 2 m, not 4 m",
    "%WHO% the oxygen titrations for %CAST% are done: %READING%",
    "Thanks %WHO%, the T-S plot looks much better with the despiking",
    "quick one: is the Helgoland ferry still at 09:30 or did they switch to the summer timetable?",
    "Mooring recovery at %COORD% moved to %WHEN% because of the swell (%READING%)",
    "The Uthörn needs a crew list by 16:00 for tomorrow's transfer, names + DOB + nationality",
    "Sample %SAMPLE% is mislabelled, it's actually from 10 m not 25 m. Fixed in the sheet",
    "pCO₂ system alarm again 🙄 — flow rate dropped to 1.2 l/min",
    "Reminder: Bordzeit = UTC+2 from tonight, clocks go back one hour on leg 3",
    "Seals on the Düne again (Halichoerus grypus + Phoca vitulina), keep 150 m distance please",
    "Porpoise sighting 🐬 at %COORD%, 3 ind., heading SE — logged in the MMO sheet",
    "Our %SERIAL% flooded at 180 m… connector again 😩",
    "The winch log says 412 m of wire out but the altimeter said 8 m off bottom at 398 m?",
    "Is 0.2 µm or 0.45 µm the standard for the nutrient filtration here?",
    "Salinity from the TSG is drifting, %READING% vs %READING% in the CTD",
    "Cruise report draft for %LEG% is in the shared folder, sections 3.2 and 4 still missing",
    "In R I'm doing `%CODE%` — is that right for the station means?",
    "MATLAB: `%CODE%` works, but the colorbar label disappears 🤔",
    "try `%CODE%` instead",
    "Who ordered 40 l of liquid N₂? The truck is at the gate (Tor 3)",
    "Can Jeeves tell us the wind at the mooring before we leave? %EMOJI%",
    "Lunch at 12 in the Kantine? Fischbrötchen day 🐟",
    "ok", "thx!", "👍", "on my way", "Moin!", "Takk for i dag", "Go raibh maith agat!", "Grazas!", "🙏🙏",
    "brb, net's coming up", "jo, passt", "fine by me",
    "Rough night: %READING%. Half the students seasick 🤢, science stopped 02–05 UTC",
    "Can you send me the .cnv for %CAST%? The Nextcloud link expired",
    "DWD Seewetterbericht: Deutsche Bucht NW 5–6, später 7, See 2,5 m 🌬️",
    "Fischerei-Schutzboot asked us to move 2 nm east of %COORD% for their trawl survey",
    "Ship time request for 2025 due 30.09., budget line 4711-B (€ 12.500 per day incl. crew)",
    "%PERSON% wants the Chl-a data by Friday, format: station;depth_m;chl_ug_l",
    "We saw Noctiluca at night, the whole wake was glowing ✨",
    "GPS position in the DSHIP log is off by 0.002° since the update, Lat 54.1717 vs 54.1697",
]

LONG_MESSAGES = [
    "Daily report HE612, 15.08.2024\n• Stations: HR-12, HR-13, Düne Süd (3 CTD, 2 WP2 nets, 1 MUC)\n"
    "• Weather: NW 4–5, Hs 1.2 m, light rain from 14 UTC\n• Problems: bottle 5 misfire on %CAST%, repeated\n"
    "• Tomorrow: %TIDE% → beach sampling before 10, CTD transect after lunch",
    "Cast log %CAST%\n```\nbottle  depth_m  T_degC   S_psu   O2_umol_kg\n1       48.2     11.92    32.41   241\n"
    "6       25.0     13.07    32.05   262\n12      2.1      16.33    31.12   289\n```\nFluorescence max at ~18 m",
    "Quick R snippet for the station means:\n```\nlibrary(dplyr)\nctd |>\n  group_by(station, depth_bin = "
    "cut(depth, c(0, 10, 25, 50))) |>\n  summarise(across(c(temp, sal, chla), ~ mean(.x, na.rm = TRUE)))\n```\n"
    "ping me if the bins look wrong",
    "MATLAB version for %WHO%:\n```\nload('HE612_ctd.mat')\n[SA, ~] = gsw_SA_from_SP(SP, p, lon, lat);\n"
    "CT = gsw_CT_from_t(SA, t, p);\nplot(SA, CT, '.'); xlabel('S_A (g kg^{-1})'); ylabel('\\Theta (°C)')\n```",
    "Crew list Uthörn 16.08. (06:30 ab Cuxhaven):\n1. Heike Brandt (DE)\n2. Þórdís Guðmundsdóttir (IS)\n"
    "3. Siobhán Ní Fhlatharta (IE)\n4. Kenji Watanabe (JP)\n5. Olena Kovalenko (UA)\nBitte Ausweis mitbringen!",
    "Tide table Helgoland, Fr 16.08. (MESZ):\nHW 04:58  2,87 m\nNW 11:14  0,52 m\nHW 17:21  2,95 m\n"
    "NW 23:37  0,44 m\nSpringtide am Samstag, also Düne-Sampling vor 10 Uhr!",
    "Mooring HEL-MOOR-04 recovered ✅\n- %SERIAL%: full record, 15 min, 112 days\n- SBE 56 #05604417: "
    "battery died 3 Aug\n- ADCP: fouled with Mytilus edulis & barnacles, photos in the folder\n"
    "Redeployment at %COORD% %WHEN%",
    "Hi all, leg change in Mindelo:\n• on-signers arrive Sat 17.08. via TAP TP1553 (LIS→VXE)\n"
    "• hotel: Porto Grande, 2 nights\n• COVID test not needed any more, yellow fever card yes\n"
    "• Bordzeit stays UTC−1 until we pass 20°W",
    "Sampling plan %SAMPLE% series:\nNiskin 1–3: nutrients (NO₃⁻, PO₄³⁻, SiO₄), 0.45 µm filtered, −20 °C\n"
    "Niskin 4–6: Chl a, 500 ml on GF/F, −80 °C\nNiskin 7–9: DIC/TA, HgCl₂ poisoned\nNiskin 10–12: eDNA, "
    "Sterivex 0.22 µm",
    "Net haul summary WP2 (200 µm, 0–40 m):\n%SPECIES% — dominant\n%SPECIES% — common\n%SPECIES% — rare\n"
    "Volume filtered ≈ 10 m³ (flowmeter 2030 R: 12 418 → 13 291)",
    "Det er 3 m bølger på Tromsøflaket i morgen (Hs 3,1 m, Tp 9 s), så vi utsetter glider-utsettinga til "
    "lørdag. Helmer Hanssen går fra kaia kl. 07:00 i stedet for 05:30.",
    "Liebe Alle, die Schiffszeit-Anträge für 2025 müssen bis 30.09. bei der Leitstelle sein. Bitte "
    "Fahrtleiter/in, Arbeitsgebiet (z. B. 53°30'–55°N, 6°–9°E), Anzahl Tage und Geräte (CTD, MUC, ROV) angeben.",
    "Weather stop: %READING% forecast for tonight, all deck work ends at 20:00 Bordzeit. Secure the "
    "CTD rosette & the MUC on deck, nets into the wet lab. Thanks! ⚓",
]

BOT_REPLIES = [
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:15 (Europe/Berlin).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: showers, 15 °C (feels like 12 °C), wind 31 km/h NW; tomorrow 13–17 °C, 70% chance of rain.",
    "%PLACE%: partly cloudy, 17 °C, humidity 81%, wind 19 km/h W. Saturday: sunny, 14–19 °C.",
    "%PLACE%: fog, 11 °C, wind 9 km/h S; tomorrow 9–14 °C, 40% chance of rain.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 05:30\n• alerts: on\n• timezone: Europe/Berlin\n• units: metric",
]

LINKS = [
    "https://www.bsh.de/DE/DATEN/Vorhersagen/Gezeiten/gezeiten_node.html",
    "https://www.marinespecies.org/aphia.php?p=taxdetails&id=104464",
    "https://doi.pangaea.de/10.1594/PANGAEA.964213",
    "https://data.marine.copernicus.eu/product/NWSHELF_ANALYSISFORECAST_PHY_004_013/description",
    "https://www.ndbc.noaa.gov/station_page.php?station=44013",
    "https://www.windy.com/54.183/7.885?waves,54.0,7.9,8",
    "https://www.dwd.de/DE/leistungen/seewetternord/seewetternord.html",
    "https://www.marinetraffic.com/en/ais/details/ships/imo:9247377",
    "https://www.yr.no/en/forecast/daily-table/1-305409/Norway/Troms/Troms%C3%B8/Troms%C3%B8",
    "https://www.met.ie/forecasts/marine-inland-lakes/sea-area-forecast",
    "https://cran.r-project.org/web/packages/oce/index.html",
    "https://github.com/TEOS-10/GSW-R/issues/52",
    "https://www.teos-10.org/pubs/gsw/html/gsw_SA_from_SP.html",
    "https://www.seabird.com/asset-get.download.jsa?id=54627862513",
    "https://cruise.hafenstein-marine.org/legs/HE612?tab=stations&sort=time",
    "https://git.hafenstein-marine.org/ctd/processing/-/merge_requests/42#note_1187",
    "https://nextcloud.hafenstein-marine.org/s/Kq7PzW3mYtR9xLb?path=%2FHE612%2Fctd%2Fcnv",
    "https://www.ocean-ops.org/board/wa/Platform?ref=6903812",
    "https://www.ices.dk/data/data-portals/Pages/DATRAS.aspx",
    "https://emodnet.ec.europa.eu/geoviewer/#!/bathymetry?zoom=8&center=7.88,54.18",
    "https://www.portodevigo.gal/es/mareas",
    "https://tidesandcurrents.noaa.gov/noaatidepredictions.html?id=8443970&units=metric&bdate=20240815",
]

SEARCH_Q = ["Brandt", "heike", "@hafenstein-marine.org", "U03H7K2M9QA", TEAM, PARTNER_TEAM, "Guðmundsdóttir",
            "thordis", "Ní Fhlatharta", "o'brien", "Ó Súilleabháin", "watanabe", "Коваленко", "kovalenko",
            "åsheim", "fernández", "mac donncha", "zu dohna", "student", "tromso", "helgoland", "Møller-Hansen",
            "janssen-harms", "hiwi", "@uit.no", "jens-ole"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", "denied", "failed", "admin.map_slack", "account.totp_enable",
           "buoy-ingest", "dship-bridge", "2024-08-14", "weather@T05FRAMTOS", "heike.brandt"]
ADMINS = ["it-ops", "heike.brandt", "datamanagement", "sysadmin.helgoland", "break-glass", "tjark.j"]
CLIENT_DESCRIPTIONS = [
    ("buoy-ingest", "Buoy & mooring ingest (NSB III, HIMR-B2): reads users with alerts for storm warnings"),
    ("dship-bridge", "DSHIP → Jeeves bridge on RV Kronprinz; position every 10 min, read only"),
    ("pangaea-export", "Monthly export of usage stats for the PANGAEA data report (owner: Datenmanagement)"),
    ("grafana-ops", "Grafana dashboard \"Jeeves & stations\" – read"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("cruise-planner", "Cruise planner (Schiffszeit 2025): reads settings, writes alert times for leg crews"),
    ("r-shiny-dash", "Shiny app for the station chiefs: usage by station, Tromsø & Helgoland"),
    ("tromso.glider", "Glider ops Tromsøflaket – read; contact Ingrid Åsheim"),
    ("carna:tides", "Carna tide logger sync (Marine Institute Ireland feed), read-only"),
    ("vigo-ria", "Ría de Vigo monitoring / monitorización, só lectura"),
]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/audit?page=4", "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
               "/admin/users?done=user_updated&q=&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/features", "/admin/audit?q=client.rotate",
              "/admin/users?q=gu%C3%B0mundsd%C3%B3ttir"]
PHRASE_WORDS = ["calanus", "niskin", "rosette", "halocline", "secchi", "mooring", "plankton", "salinity",
                "düne", "kutter", "winch", "fjord"]
PATCH_NAMES = ["Þórdís Guðmundsdóttir", "Dr. Heike Brandt (Fahrtleiterin MSM112/3)",
               "Siobhán Ní Fhlatharta – Carna", "Ingrid Åsheim (UiT/Framsenteret)", "Kenji Watanabe 渡辺健二",
               "Olena Kovalenko / Олена Коваленко", "Xoán Rodríguez Piñeiro", "Pádraig Ó Súilleabháin",
               "Jens-Ole Christiansen, Bootsführer", "Dr. Aisha Al-Mansouri", "Tjark Janssen-Harms (IT)",
               "Maëlle Le Goff — doctorante"]
UNTIL = ["2024-08-15T04:00:00Z", "2024-08-15", "2024-08-15T06:00:00+02:00", "2024-08-15T00:00:00.000Z"]

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36 Edg/127.0.2651.98",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; CAT S62 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.186 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Android 14; Mobile; rv:129.0) Gecko/129.0 Firefox/129.0",
]
LANGS = ["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de,en;q=0.8", "en-GB,en;q=0.9", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7",
         "is-IS,is;q=0.9,en;q=0.8", "en-IE,en;q=0.9,ga;q=0.6", "gl-ES,gl;q=0.9,es;q=0.8,en;q=0.7",
         "es-ES,es;q=0.9", "pt-PT,pt;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8",
         "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8", "en-US,en;q=0.5"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.5.0", "curl/7.81.0", "Wget/1.21.4",
              "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7", "httr2/1.0.2 r-curl/5.2.1 libcurl/8.7.1",
              "MATLAB 24.1.0.2537033 (R2024a)", "Grafana/11.1.3", "Go-http-client/2.0", "PostmanRuntime/7.40.0",
              "Apache-HttpClient/5.3.1 (Java/21.0.4)", "HTTP.jl/1.10.8", "aiohttp/3.9.5", "okhttp/4.12.0"]
API_CLIENTS = ["buoy-ingest", "dship-bridge", "pangaea-export", "grafana-ops", "ci-gitlab", "cruise-planner",
               "r-shiny-dash", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
              "Uptime-Kuma/1.23.13", "Zabbix", "curl/8.5.0"]
META_UAS = ["Python-urllib/3.12", "lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "Go-http-client/1.1",
            "python-requests/2.32.3", "Java/21.0.4", "undici", "curl/8.5.0"]

FILES = ["MSM112_017-1.cnv", "HE612_CTD_03.hex", "HE612_CTD_03.btl", "Probenliste MSM-112_3 (final).xlsx",
         "Phaeocystis_bloom_2024-08-14.jpg", "Gezeiten Helgoland August 2024.pdf", "ADCP_24107_deploy2.000",
         "buoy_NSB3_met_20240814.csv", "Stationsprotokoll HE612 – Tag 3.pdf", "IMG_4471.HEIC",
         "TS_diagram_leg3_v2.png", "cmems_mod_nws_phy_0814.nc", "ctd_pipeline_v0.9.zip",
         "Fangprotokoll Heincke HE612.docx", "station_means.R", "plot_transect.m", "Crew list Uthörn 16.08.pdf",
         "Cruise report draft CV24012 §3.docx", "mooring_HEL-MOOR-04_recovery.jpg"]
MIME = {"cnv": "text/plain", "hex": "text/plain", "btl": "text/plain", "csv": "text/csv", "r": "text/plain",
        "m": "text/x-matlab", "pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png",
        "heic": "image/heic", "zip": "application/zip", "nc": "application/x-netcdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
FILE_NOTES = ["", "cnv for %CAST%", "here's the bottle file, bottle 5 is the repeat", "%SAMPLE% list, final",
              "tide table for the Düne sampling", "photo from the bridge, %SPECIES% bloom 🌊", "%LEG% plan v2",
              "can you remember this location? %COORD%", "the script I mentioned"]
UNFURLS = [  # (service, title, text) of a pasted link's preview
    ("BSH", "Gezeitenvorausberechnung Helgoland", "Hoch- und Niedrigwasserzeiten für Helgoland, Binnenhafen"),
    ("WoRMS", "WoRMS - World Register of Marine Species - Calanus finmarchicus (Gunnerus, 1770)",
     "AphiaID: 104464 · Status: accepted · Rank: Species"),
    ("PANGAEA", "Physical oceanography during HEINCKE cruise HE612",
     "Brandt, H; Guðmundsdóttir, Þ (2024): CTD profiles, 54°10'N 7°53'E. PANGAEA"),
    ("Copernicus Marine", "Atlantic - European North West Shelf - Ocean Physics Analysis and Forecast",
     "Temperature, salinity, currents, sea level; 1.5 km, hourly"),
    ("Windy", "Windy: Wind map & weather forecast", "Waves 1.8 m, 7 s, NW at 54.183, 7.885"),
    ("GitHub", "gsw_SA_from_SP gives NA near land · Issue #52 · TEOS-10/GSW-R",
     "Since 1.1-1 I get NA for stations inside the Elbe estuary (lon 8.7, lat 53.9)…"),
    ("MarineTraffic", "MARIA S. MERIAN - Research/Survey Vessel, IMO 9247377",
     "Position received 12 min ago · Speed 10.4 kn · Course 031°"),
    ("yr", "Tromsø - Weather forecast table", "Skyet, 11°, 6 m/s fra nordvest"),
]
HOME_LINES = ["*Location:* Helgoland\n*Units:* metric\n*Daily alert:* on at 05:30 (Europe/Berlin)",
              "*Location:* Tromsø\n*Units:* metric\n*Daily alert:* off",
              "*Location:* 54°10.3'N 7°53.1'E\n*Units:* metric\n*Daily alert:* on at 06:15 (UTC)",
              "*Location:* Carna, Co. Galway\n*Units:* imperial\n*Daily alert:* on at 07:00 (Europe/Dublin)"]


class MarineInstitute(EvaluatorDay):
    """The Hafenstein Institute: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Hm4rQw8ZtL2pVc7NxK9sJd3B"
    base = BASE
    ts_window = (0, 16 * 3600)
    alert_hours, alert_minutes = (4, 5, 5, 5, 6, 6, 7, 12, 18, 21), ("00", "15", "30", "45", "10")
    iat_window = (0, 57000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 57000), 44, 0.25, 35
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.1, 0.1, 0.35
    xff_rate, xff = 0.04, ("10.42.3.17", "172.20.14.9", "10.99.0.5, 10.42.0.1")
    html_encodings = ("gzip, deflate, br, zstd", "gzip, deflate, br", "gzip, deflate")
    script_encoding_rate, script_encodings = 0.4, ("gzip, deflate", "gzip", "deflate, gzip", "gzip, deflate, br")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.3, "jeeves"
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"]
    verify_scopes = ("read", "read write")
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "10", 0.2
    meta_uas, etag_hex = META_UAS, 20
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "framsenteret-himr", 12, 0.2
    button_places, weather_replies = PLACES + ADDRESSES, BOT_REPLIES[7:10]
    set_location_roll, confirm_roll, click_message_rate = 0.68, 0.85, 0.4
    command_partner_rate, click_partner_rate = 0.12, 0.08
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.12
    me_places = PLACES + ADDRESSES + COORDS + [f"{b} (mooring)" for b in BUOYS[:4]]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, phrase_suffix = PHRASE_WORDS, ("-", ".", " "), (10, 99)
    feature_teams = (TEAM, PARTNER_TEAM, "t05framtos", "")
    admin_rolls = (0.2, 0.3, 0.47, 0.57, 0.66, 0.76, 0.86, 0.92)
    search_pages, search_referer_q, audit_page = (1, 4), True, (2, 9)
    # the data API
    api_rolls = (0.28, 0.44, 0.66, 0.84, 0.92)
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names, patch_tz_of_person = (TEAM, PARTNER_TEAM), PATCH_NAMES, False
    patch_alerts_rate, patch_active_rate, patch_admin_rate = 0.8, 0.3, 0.35
    usage_days, until_choices = (1, 14), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|BSH", "|this", "|here", "|PANGAEA")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.11, 0.2, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hey ", "Moin ", "cc ")
    edit_suffixes = (" (edit: UTC, not Bordzeit)", " *", " — sorry, wrong cast id", "", " 🙈")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.5, 0.15
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_types, file_id, file_created = FILES, FILE_NOTES, MIME, ("F03", 8), 300
    file_title_stem, file_team_fields = True, False
    unfurls, unfurl_leads = UNFURLS, ("", "weather looks like this for us: ", "see ", "fyi ")
    bot_replies, bot_updated_days, bot_subtype_rate, bot_place_first, bot_places = BOT_REPLIES, 63, 0.3, True, PLACES
    bot_verbatim_rate = 0.5
    trace_rate, request_id_header = 0.2, "X-Request-ID"  # its scripts' tracing
    fill_pools = {"%SHIP%": SHIPS, "%BUOY%": BUOYS, "%COORD%": COORDS, "%SPECIES%": SPECIES, "%SERIAL%": SERIALS,
                  "%CAST%": CASTS, "%READING%": READINGS, "%TIDE%": TIDES, "%LEG%": LEGS, "%SAMPLE%": SAMPLES,
                  "%CODE%": CODE, "%PLACE%": PLACES, "%ADDR%": ADDRESSES, "%WHEN%": WHEN, "%PERSON%": PERSONS,
                  "%EMOJI%": EMOJI, "%TZ%": TIMEZONES, "%CALLSIGN%": CALLSIGNS}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = first.encode("ascii", "ignore").decode().lower()
            plain_first = "".join(c for c in ascii_first if c.isalnum() or c == "-")
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            plain_first, plain_last = plain_first or "staff", plain_last or "himr"
            self.people.append({"id": self.sid("U03", 8), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@hafenstein-marine.org",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C03", 8), name) for name in (
            "ctd-processing", "msm112-leg3", "he612-helgoland", "buoy-ops", "plankton-lab", "benthos",
            "tide-gauges", "ship-time", "r-help", "matlab", "station-tromso", "carna-station", "vigo-ria",
            "sampling-logistics", "diving-safety", "general", "random")]
        self.dms = [self.sid("D03", 8) for _ in range(55)]

    # ---- texts and the App Home view ------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V03", 8), "team_id": team, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH + 120}.{self.hexs(8)}", "root_view_id": self.sid("V03", 8),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {
                    "type": "plain_text", "text": "Jeeves – your weather settings"}},
                    {"type": "section", "block_id": "loc", "text": {"type": "mrkdwn",
                                                                    "text": self.pick(HOME_LINES)}}]}

    # ---- Slack: the Events API ------------------------------------------------------------------------------
    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        """A message's rich_text block: a mention as a user element, ``` fences as preformatted parts."""
        if "```" in raw:
            elements: list[dict[str, Any]] = []
            for fenced, part in self.fenced_parts(raw):
                kind = "rich_text_preformatted" if fenced else "rich_text_section"
                elements.append({"type": kind, "elements": [{"type": "text", "text": part.strip("\n")}]})
            return [{"type": "rich_text", "block_id": self.block_id(), "elements": elements}]
        return super().rich_text(raw)

    # ---- its browsers' cookies, its scripts' dates and tracing ----------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("cookie_consent", self.pick(["necessary", "all"])))
        if self.chance(0.08):
            jar.append(("_pk_id.3.a1f2", f"{self.hexs(16)}.{EPOCH - self.rng.randint(10**5, 10**7)}."))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-08-{day:02d}T00:00:00Z", f"2024-08-{day:02d}", f"2024-08-{day:02d}T06:00:00+02:00",
                f"2024-07-{day + 14:02d}T00:00:00.000Z", f"2024-08-{day:02d}T00:00:00+00:00"]

    def request_ids(self) -> list[str]:
        return [f"ci-{self.rng.randint(10**6, 10**7)}", f"dship-{self.hexs(8)}"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if ua.startswith("Grafana"):  # Grafana names its org and dashboard before any tracing
            h["X-Grafana-Org-Id"] = "1"
            if self.chance(0.5):
                h["X-Dashboard-Uid"] = self.pick(["jeeves-usage", "stations-ops"])
        super().trace_headers(h, ua)


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 110), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The institute's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(MarineInstitute(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
