"""Benign evaluation set (twenty-first evaluator): a biotech and chemistry company's traffic on every edge route.

Cobaltine Bio (medicinal chemistry, assay biology, a small sequencing core; sites in Basel, Cambridge MA,
Copenhagen and Shanghai) runs Jeeves in its Slack workspace. About 1,700 requests in a deployment's proportions:
Slack first (channel chat, threads, mentions, DMs, edits, file shares, link unfurls, reactions, App Home,
`/jeeves` slash commands, button clicks and modal submissions), then the data API (lab automation, notebooks, CI
and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer, health and metadata.

Two things are weighted on purpose:
  * about 400 requests carry what scientists type: SMILES and reaction SMILES, InChI and InChIKeys, formulas
    with charges and hydrates, reaction arrows, DNA and protein sequences, plate/well ids, LIMS codes and
    unit-heavy numbers (5 mg/mL, 37 °C, 10 µM), into Slack, the admin search and description fields, user
    profiles and the data API's JSON (ids containing "-chem");
  * about 300 data-API requests from lab automation and notebooks carry filter expressions in query strings and
    JSON (SQL-like, Lucene-like, OData, bracket and Django-style keys, ranges, wildcards, regexes; ids containing
    "-filter").

Written independently from the route list in gateway/gateway.yaml (names, match, methods, upstreams only), the
handlers in app/ and tokendealer/, README.md and the record structure of benign_day_gen.py; no WAF rule, ruleset,
exclusion or other generator's texts were read. Deterministic: one seeded random.Random, no clock.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, a text's emoji,
an edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp,
its web pieces (form_boundary, cross_site_arrival, me_exit_form, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, slack_escape

NAME = "evaluation_twentyfirst"
SEED = 21_0603_2024
EPOCH = 1717405200  # 2024-06-03 09:00 UTC, a Monday; the replayer signs Slack requests anew
TEAM, TEAM_DOMAIN = "T03COBALTB", "cobaltine-bio"
APP_ID, BOT_USER = "A06JEEVESC", "U06JEEVES1"
HOST = "jeeves.cobaltine-bio.com"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "cBq7VnR2exampleT0kenXyz"  # the legacy verification token field (a placeholder)

FIRST = ["Anneliese", "Bastien", "Chiara", "Dagny", "Eitan", "Farida", "Grégoire", "Hyun-woo", "Ifeoma", "Jörg",
         "Kalani", "Lucía", "Magnus", "Nayeli", "Orla", "Pieter", "Qiu", "Rashida", "Søren", "Tadeusz", "Uma",
         "Vasilisa", "Wiremu", "Xiaoling", "Yosef", "Zsófia", "Aditi", "Björn", "Cáit", "Dieter", "Émilie",
         "Feng", "Giulia", "Hamza", "Ines", "Jae-hyun", "Kateřina", "Lior", "Mariam", "Nils", "Oğuz", "Paloma",
         "Radhika", "Sipho", "Thandiwe", "Ugo", "Valérie", "Wen", "Yuki", "Zainab", "Mary-Kate", "Jean-Luc"]
LAST = ["Achterberg", "O'Connell", "Bianchi", "Nørgaard", "Ben-David", "Haddad", "Lefebvre-Martin", "Park",
        "Okonkwo", "Württemberger", "Kahananui", "Iglesias", "Lindqvist", "Castañeda", "Ní Bhriain", "de Vries",
        "Zhou", "Al-Amin", "Kjærgaard", "Wróblewski", "Raman", "Sokolova", "Te Rangi", "Xu", "Mizrahi", "Kovács",
        "Deshpande", "Sigurðsson", "Mac an tSaoi", "Vogelsang", "Dubois-Lévesque", "Liang", "Russo", "Qureshi",
        "D'Alessandro", "Choi", "Procházková", "Shapira", "Abdel-Rahman", "Van den Broeck", "Öztürk", "Ruiz-Picasso",
        "Iyer", "Dlamini", "Mthembu", "Fontaine", "Saint-Pierre", "Tanaka", "O'Neill-Brennan", "St. John"]
SITES = [("Basel", "Europe/Zurich"), ("Cambridge, MA", "America/New_York"), ("København", "Europe/Copenhagen"),
         ("上海", "Asia/Shanghai"), ("Shanghai", "Asia/Shanghai"), ("Cambridge", "Europe/London"),
         ("South San Francisco", "America/Los_Angeles"), ("Leiden", "Europe/Amsterdam"), ("Hyderabad", "Asia/Kolkata"),
         ("Allschwil", "Europe/Zurich"), ("Boston", "America/New_York"), ("Singapore", "Asia/Singapore")]
PLACES = ["Basel", "Bâle", "Allschwil", "Lörrach", "Saint-Louis (68)", "Zürich", "Cambridge, MA", "Kendall Square",
          "Cambridge, UK", "Cambridge", "Boston", "Waltham", "København", "Copenhagen", "Lyngby", "Malmö", "Århus",
          "上海", "上海市浦东新区张江", "Shanghai", "苏州", "Hyderabad", "हैदराबाद", "Bengaluru", "Leiden",
          "'s-Gravenhage", "Oss", "South San Francisco", "San Diego", "Research Triangle Park, NC", "Martinsried",
          "München", "Frankfurt am Main", "Penzberg", "Lyon", "Strasbourg", "Genève", "Singapore", "東京",
          "大阪府吹田市", "서울", "대전", "Tel Aviv", "רחובות", "Bruxelles", "Gent", "Dún Laoghaire", "Cork",
          "Hørsholm", "Reykjavík", "Uppsala", "Södertälje", "Macclesfield", "Stevenage", "Oxford", "Melbourne",
          "Mount Waverley VIC 3149", "Benzstraße 12, 82152 Martinsried", "Hochbergerstrasse 60C, 4057 Basel",
          "4057 Basel", "02139", "CB2 0QH", "2300 RA Leiden", "320 Bent St, Cambridge, MA 02141", "47.5596, 7.5886",
          "42.3626° N, 71.0843° W", "55.6761,12.5683", "31.2304,121.4737", "O'Hare", "Coeur d'Alene",
          "Winston-Salem", "L'Isle-sur-la-Sorgue", "Stratford-upon-Avon", "Kraków", "Łódź", "São Paulo"]
TIMEZONES = ["Europe/Zurich", "Europe/Copenhagen", "Europe/London", "Europe/Amsterdam", "Europe/Berlin",
             "America/New_York", "America/Los_Angeles", "Asia/Shanghai", "Asia/Kolkata", "Asia/Singapore",
             "Asia/Tokyo", "Asia/Seoul", "Asia/Jerusalem", "Australia/Melbourne", "Europe/Stockholm", "UTC",
             "Etc/GMT-2", "America/Sao_Paulo", "Europe/Dublin", "America/Chicago"]
CHANNELS = [("C01GENERAL", "general"), ("C02MEDCHEM", "medchem"), ("C03ASSAYBI", "assay-bio"),
            ("C04SEQCORE", "seq-core"), ("C05LIMSHLP", "lims-help"), ("C06ANALYTC", "analytical-lcms"),
            ("C07PROTSCI", "protein-sci"), ("C08COMPCHM", "comp-chem"), ("C09QAREGUL", "qa-regulatory"),
            ("C10BASEL00", "site-basel"), ("C11KENDALL", "site-kendall"), ("C12SHANGHI", "site-shanghai"),
            ("C13FREEZER", "freezer-alarms"), ("C14JOURNAL", "journal-club"), ("C15DATAENG", "data-eng"),
            ("C16AUTOMAT", "lab-automation"), ("C17RANDOM0", "random"), ("C18EHSSAFE", "ehs-safety")]

# ---- what chemists and biologists type --------------------------------------------------------------------
SMILES = [
    "CC(=O)Oc1ccccc1C(=O)O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "C[C@H](N)C(=O)O", "CC(C)Cc1ccc(cc1)[C@@H](C)C(=O)O",
    "c1ccc2c(c1)cc[nH]2", "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O", "N#Cc1ccccc1", "[Na+].[Cl-]",
    "CC(=O)NC1=CC=C(O)C=C1", "Cc1ccc(cc1Nc2nccc(n2)c3cccnc3)NC(=O)c4ccc(cc4)CN5CCN(C)CC5",
    "COc1cc2ncnc(Nc3ccc(F)c(Cl)c3)c2cc1OCCCN1CCOCC1", "[2H]C([2H])([2H])O", "F[P-](F)(F)(F)(F)F",
    "CC(C)(C)OC(=O)N[C@@H](Cc1ccccc1)C(=O)O", "Brc1ccc(I)cc1", "[O-][N+](=O)c1ccc(O)cc1", "CS(C)=O", "C1CCOC1",
    "C[Si](C)(C)OS(=O)(=O)C(F)(F)F", "O=C1CCC(N1)C(=O)O", "C1=CC=C(C=C1)C=O", "OB(O)c1ccc(F)cc1",
    "CC1(C)S[C@@H]2[C@H](NC(=O)Cc3ccccc3)C(=O)N2[C@H]1C(=O)O", "C=CC(=O)N1CCC(CC1)Nc1ncnc2[nH]ccc12",
    "Clc1ccc(cc1)C(c1ccccc1)N1CCN(CC1)CCOCC(=O)O", "O=C(O)c1ccccc1O", "CCOC(=O)C", "ClC(Cl)Cl",
    "[Cu+2].[O-]S([O-])(=O)=O",
    "C[N+](C)(C)CC([O-])=O", "NC(=O)c1cnccn1", "FC(F)(F)c1ccc(Oc2ccc(cc2)C#N)cc1", "[13CH3]O", "C1CC1N",
    "CC(=O)O.OCC>>CC(=O)OCC.O", "Brc1ccccc1.OB(O)c1ccccc1>[Pd]>c1ccc(cc1)-c1ccccc1",
    "O=C(Cl)c1ccccc1.NCC>CCN(CC)CC>O=C(NCC)c1ccccc1",
]
INCHI = [
    "InChI=1S/C9H8O4/c1-6(10)13-8-5-3-2-4-7(8)9(11)12/h2-5H,1H3,(H,11,12)",
    "InChI=1S/C8H10N4O2/c1-10-4-9-6-5(10)7(13)12(3)8(14)11(6)2/h4H,1-3H3", "InChI=1S/H2O/h1H2",
    "InChI=1S/C3H7NO2/c1-2(4)3(5)6/h2H,4H2,1H3,(H,5,6)/t2-/m0/s1", "BSYNRYMUTXBXSQ-UHFFFAOYSA-N",
    "RYYVLZVUVIJVGH-UHFFFAOYSA-N", "QNAYBMKLOCPYGJ-REOHCLBHSA-N", "InChIKey=HEFNNWSXXWATRW-UHFFFAOYSA-N",
]
FORMULAS = ["C6H12O6", "CuSO4·5H2O", "K4[Fe(CN)6]", "Ca(OH)2", "[Ru(bpy)3]Cl2", "NH4+", "SO4^2-", "H2SO4 (98% w/w)",
            "C₆H₁₂O₆", "Fe³⁺", "D₂O", "Na2HPO4·7H2O", "MgCl2·6H2O", "Tris-HCl pH 8.0", "(NH4)2SO4", "C21H30O2",
            "PO₄³⁻", "[M+H]+ 455.2", "[M+Na]+ = 477.19", "C17H19NO3 · HCl", "Pd(PPh3)4", "n-BuLi (2.5 M in hexanes)",
            "LiAlH4", "NaBH(OAc)3", "TFA/DCM 1:1", "HATU/DIPEA", "Boc2O", "Fmoc-Lys(Boc)-OH", "¹³C-glucose"]
REACTIONS = ["2 H2 + O2 → 2 H2O", "CH4 + 2 O2 -> CO2 + 2 H2O", "A + B ⇌ C (Keq ≈ 3.2×10⁻⁴)",
             "R-COOH + R'-OH ⇌ R-COOR' + H2O", "NAD+ + H+ + 2e- → NADH", "ATP → ADP + Pi (ΔG°' = −30.5 kJ/mol)",
             "ArBr + ArB(OH)2 --[Pd(dppf)Cl2, K2CO3, dioxane/H2O 4:1, 90 °C]--> Ar-Ar",
             "E + S <=> ES -> E + P", "Glc-6-P ⟶ Fru-6-P", "RNH2 + R'CHO -> imine -> (NaBH3CN) -> RNHCH2R'",
             "[Cu(H2O)6]2+ + 4 NH3 ⇌ [Cu(NH3)4(H2O)2]2+ + 4 H2O", "SM → int-3 (72%) → int-4 (58%, 2 steps) → CBT-0417"]
SEQUENCES = ["ATGGCCATTGTAATGGGCCGCTGAAAGGGTGCCCGATAG", "5'-GATCGGAAGAGCACACGTCTGAACTCCAGTCAC-3'",
             "Fwd: 5′-TTGACAGCTAGCTCAGTCCTAGG-3′  Rev: 5′-CTAGCATAACCCCTTGGGGCCTC-3′",
             "gRNA: GGTGAGTGAGTGTGTGCGTG + NGG", "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQ",
             ">sp|P69905|HBA_HUMAN Hemoglobin subunit alpha\nMVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHF",
             "EcoRI G^AATTC / BamHI G^GATCC", "NNNNRYKMSWNNNN (IUPAC)", "AGCT*TTCG (phosphorothioate at *)",
             "mUmGmC*A*G rArUrG (2'-OMe)", "HHHHHH-TEV-(ENLYFQ/G)-MBP", "p.Gly12Cys (c.34G>T)", "KRAS G12C",
             "chr7:55,019,017-55,211,628 (hg38)", "rs113488022", "BRCA1 c.68_69delAG", "CAG×42 (HTT)",
             ">seq_017 length=48\nACGTTGCAACGTNNACGT---ACGTTGCA\n+\nIIIIIHHHGGG###"]
PLATES = ["PL-2024-0113 A1–H12", "384-well plate P0042, wells A01:P24", "well B7", "96w_plate_17 col 3-5",
          "plate 0113 / row D / cols 4..9", "PL-24-0571:E05", "echo source LDV-0044 → dest 1536 HTS-77",
          "A1-A12 blanks",
          "wells C3, C4, D3 & D4", "Q-plate_2024-06-03_#2", "rack RK-0193 pos 41-48"]
LIMS_IDS = ["S-24-001873", "LIMS#SMP-000412-B", "BATCH/24/0331-07", "CMPD-004512", "CBT-0417-02",
            "ELN-2024-06-0042", "LOT 23K1147", "SEQ-RUN-240603-NB552", "PRJ-ONC-17", "Req #88213", "S-24-00*",
            "CMPD-0045??", "AB-0092 (mAb)", "CL-HEK293T-P14", "DEV-2024-031 (deviation)", "CAPA-24-009"]
UNITS = ["5 mg/mL", "37 °C", "10 µM", "0.5 mM", "pH 7.4", "OD600 = 0.62", "1×10⁶ cells/mL", "300 µL",
         "14,000 × g for 10 min", "4 °C o/n", "IC50 = 12.3 nM (95% CI 9.8–15.4)", "Km 0.8 mM", "t½ ≈ 3.2 h",
         "λmax 280 nm", "ε = 43,824 M⁻¹cm⁻¹", "2.5 % (w/v)", "LD50 > 2000 mg/kg", "−80 °C", "−20°C", "12 ppm",
         "δ 7.26 (CDCl3)", "m/z 455.2 [M+H]+", "1.5e-3 mol/L", "20 mL/min", "3 bar", "0.22 µm filter", "Z' = 0.71",
         "CV < 10%", "25±2 °C", "Tm 62.4 °C", "Kd = 4.1 nM", "Rf 0.35 (EtOAc/hex 1:3)", "ee 98.5%", "dr > 20:1",
         "1,250 rpm", "100 U/mL pen/strep", "5% CO₂", "2.0 Å", "MW 493.6 g/mol", "1 mg ≙ 2.03 µmol"]
RSNIPPETS = [
    "df %>% filter(conc >= 5, assay == 'ELISA') %>% group_by(plate) %>% summarise(mean_od = mean(od450))",
    "fit <- drc::drm(response ~ dose, data = d, fct = LL.4()); ED(fit, 50, interval = \"delta\")",
    "ggplot(d, aes(x = log10(dose), y = resp, colour = cmpd)) + geom_point() + geom_smooth(method = 'loess')",
    "read.csv('plate_0113.csv', sep = ';', dec = ',') |> subset(well %in% c('A1', 'H12'))",
    "dds <- DESeq(dds); res <- results(dds, contrast = c('condition', 'treated', 'ctrl'), alpha = 0.05)",
]
PYSNIPPETS = [
    "df.query(\"conc >= 5 and assay == 'ELISA'\").groupby('plate')['od450'].mean()",
    "from rdkit import Chem; from rdkit.Chem import Descriptors; Descriptors.MolWt(Chem.MolFromSmiles('c1ccccc1O'))",
    "np.log2(fc[(padj < 0.05) & (abs(lfc) > 1)])", "pd.read_csv('plate_0113.csv', sep=';', decimal=',')",
    "wells = [f'{r}{c}' for r in 'ABCDEFGH' for c in range(1, 13)]",
    "AllChem.ReactionFromSmarts('[C:1](=[O:2])-[OD1].[N!H0:3]>>[C:1](=[O:2])[N:3]')",
    "re.compile(r'^(S|P)-\\d{2}-\\d{6}(-[A-Z])?$')", "scipy.optimize.curve_fit(hill, dose, resp, p0=[0, 100, 1e-7, 1])",
]
SQL_LIMS = [
    "SELECT s.sample_id, s.conc_mg_ml, a.name FROM lims.samples s JOIN lims.assays a ON a.id = s.assay_id "
    "WHERE a.name = 'ELISA' AND s.conc_mg_ml >= 5 ORDER BY s.received_at DESC LIMIT 50;",
    "select count(*) from results where qc_flag is null and run_date > '2024-06-01';",
    "SELECT plate_id, well, od450 FROM lims.readings WHERE plate_id = 'PL-2024-0113' AND well LIKE 'A%';",
    "UPDATE lims.plates SET status = 'QC_PASSED' WHERE plate_id = 'PL-2024-0113';  -- after Ana's sign-off",
    "select cmpd_id, avg(ic50_nm) from hts.dose_response where target = 'EGFR' group by 1 having avg(ic50_nm) < 100;",
]
REGULATORY = ["21 CFR Part 11", "21 CFR §211.68", "ICH Q2(R2)", "ICH E6(R3)", "EU GMP Annex 1", "EU GMP Annex 11",
              "OECD GLP No. 1", "REACH Annex VII", "CLP H302/H315/H319", "GHS07 + GHS09", "ISO 17025:2017 §7.8",
              "USP <1058>", "Ph. Eur. 2.6.14", "CAS 50-78-2", "UN 1170, class 3, PG II", "ALCOA+", "GAMP 5 cat. 4",
              "ICH M7 (mutagenic impurities)", "Directive 2010/63/EU", "IATA DGR 3.6.2 (UN 3373)", "SOP-QA-014 rev. 7"]
LATEX = ["$\\Delta G = \\Delta H - T\\Delta S$", "$k = A e^{-E_a/RT}$", "\\frac{dC}{dt} = -kC",
         "$\\text{IC}_{50}$", "\\ce{2H2 + O2 -> 2H2O}", "$v = \\frac{V_{max}[S]}{K_m + [S]}$",
         "$\\lambda = 254\\,\\mathrm{nm}$", "$\\mu = 1.2 \\pm 0.1$", "\\SI{5}{\\milli\\gram\\per\\milli\\litre}"]
GREEK = ["α-helix", "β-lactam", "γ-secretase", "Δ9-THC", "κ-opioid", "σ = 0.12", "TNF-α", "IFN-γ", "NF-κB",
         "PI3Kδ", "ω-3", "β2AR", "μ-opioid", "Aβ42", "α/β ratio 3:1"]

CHEM_TEMPLATES = [
    "anyone have @@SMI@@ in stock? need ~@@U@@ for the @@LIMS@@ repeat",
    "SMILES for the hit from yesterday: `@@SMI@@` — @@U@@, looks clean by LCMS",
    "registered @@LIMS@@ as `@@SMI@@` / @@INCHI@@", "InChI check: @@INCHI@@ vs what's in the ELN, mismatch?",
    "reaction for step 3: @@RXN@@ (@@U@@)", "@@RXN@@", "made up @@FORM@@ stock at @@U@@, labelled @@LIMS@@",
    "seq confirmed :dna: @@SEQ@@", "primers for @@GREEK@@ construct: @@SEQ@@",
    "@@PLATE@@ looks off, @@U@@ in the edge wells",
    "@@PLATE@@ → @@LIMS@@, @@U@@, @@U@@", "dose-response on @@PLATE@@: @@U@@, @@U@@ :chart_with_upwards_trend:",
    "quick R: `@@R@@`", "```r\n@@R@@\n```", "```python\n@@PY@@\n```", "try `@@PY@@`",
    "LIMS query I use for this:\n```sql\n@@SQL@@\n```", "@@SQL@@", "per @@REG@@ we need the audit trail for @@LIMS@@",
    "QA says @@REG@@ applies, see @@LIMS@@", "for the paper: @@TEX@@ with @@U@@", "@@TEX@@", "@@GREEK@@ @@U@@ @@U@@",
    "@@FORM@@ + @@FORM@@ @@U@@, then @@RXN@@", "NMR: @@U@@, @@U@@; HRMS @@U@@ — matches @@FORM@@",
    "Aliquots of @@LIMS@@ at @@U@@ in rack RK-0193; thaw on ice, avoid > 3 freeze/thaw cycles",
    "ordering @@FORM@@ (Sigma, 500 g) and @@FORM@@ — anyone need anything else? ≤ 200 CHF",
    "bitte @@LIMS@@ bei @@U@@ lagern, nicht bei −20 °C!", "@@LIMS@@ の濃度は @@U@@ です。確認お願いします 🙏",
    "@@PLATE@@ 的数据已上传，@@U@@，请查收", "la réaction @@RXN@@ marche mieux à @@U@@ qu'à reflux",
    "¿alguien tiene @@FORM@@? necesitamos @@U@@ para mañana", "@@LIMS@@ 농도 @@U@@ 맞나요?",
    "SMARTS for the filter: `[#6]-[#7;H1,H2]` and `[CX3](=O)[OX2H1]`, plus @@SMI@@ as the anchor",
    "re: @@SMI@@ — MW @@U@@, cLogP 3.1, TPSA 74 Å², HBD 2 / HBA 6, Ro5 ✔️",
    "gel: lane 1 ladder, 2–5 @@LIMS@@ (@@U@@), band at ~55 kDa :white_check_mark:",
]

CHAT = [
    "morning all :coffee:", "gm from Basel ☀️", "brb, running to the cold room", "lol", "+1", "same", "ty!", "np",
    "on it", "looking now", "ack", "nvm found it", "who left the −80 in B2.14 open?? alarm went off at 3am 😱",
    "autoclave on level 2 is down again, use the one in the wash room", "LC-MS queue is 14 deep, plan accordingly",
    "journal club at 16:00 in Rhine room: @@L@@", "seminar today 12:00 — lunch provided 🍕 (veggie + vegan)",
    "can someone cover my cells tomorrow? just a media change at 9", "who has the key for the radioactive store?",
    "fire drill Thursday 10:00, meeting point is the car park on Hochbergerstrasse", "PR for the plate parser: @@L@@",
    "deploy of lims-sync v2.@@N@@.0 done :white_check_mark:", "the Opentrons in 3.08 is calibrated again 🎉",
    "reminder: EHS training due by Friday @@L@@", "@@M@@ can you approve my ELN entry when you get a sec?",
    "OOO until Wed, @@M@@ covers the HPLC bookings", "happy birthday @@M@@ 🎂🎉", "thx @@M@@!!",
    "is the N2 generator making that noise again or is it just me", "centrifuge rotor F-34-6-38 needs to be logged",
    "Bonjour ! Quelqu'un a vu la pipette multicanal 8×300 µL ?", "Guten Morgen zusammen, das Seminar fällt heute aus",
    "お疲れ様です。明日の培養は私がやります", "大家好，今天下午三点开会",
    "Hej! Er der nogen der har kalibreret vægten?",
    "¡Gracias a todos por la ayuda con el ensayo!", "Dank je wel, het werkt nu 🙏", "감사합니다! 내일 뵐게요",
    "Obrigado pela ajuda, pessoal", "Спасибо, всё работает", "תודה רבה!", "شكراً لكم", "धन्यवाद, कल मिलते हैं",
    "ngl that deviation writeup was really good @@L@@", "can we move the 1:1 to 15:30?", "lmk when the run finishes",
    "weather in @@P@@ is wild today ⛈️", "it's 31 °C in @@P@@ and the cold room is the best place to be",
    "50% off in the canteen after 14:00", "anyone going to ACS Fall in Denver? @@L@@",
    "the new −80 (Thermo TSX) arrives Mon; we need to move racks 1-12 first",
    "the ticket says \"can't reproduce\" but the barcode scanner still drops the leading zero",
    "FYI Illumina NovaSeq run SEQ-RUN-240603 is at cycle 212/318, ETA 22:00 CET",
    "customer sample dropped at reception, it's in the 4 °C fridge on shelf 2",
    "We're hiring: Senior Scientist, Protein Sciences (Basel) @@L@@ — referrals welcome!",
]
LINKS = ["https://git.cobaltine-bio.com/data/lims-sync/-/merge_requests/412", "https://pubmed.ncbi.nlm.nih.gov/31234567/",
         "https://doi.org/10.1021/acs.jmedchem.3c01234", "https://www.rcsb.org/structure/6OIM",
         "https://pubchem.ncbi.nlm.nih.gov/compound/2244", "https://www.uniprot.org/uniprotkb/P00533/entry",
         "https://www.ebi.ac.uk/chembl/compound_report_card/CHEMBL25/", "https://eln.cobaltine-bio.com/entries/ELN-2024-06-0042",
         "https://lims.cobaltine-bio.com:8443/samples?q=S-24-001873&tab=history",
         "https://grafana.cobaltine-bio.com/d/freezers/freezers?orgId=1&from=now-24h&var-room=B2.14",
         "https://confluence.cobaltine-bio.com/display/QA/SOP-QA-014+Data+Integrity",
         "https://www.biorxiv.org/content/10.1101/2024.05.21.595123v1", "https://jira.cobaltine-bio.com/browse/LIMS-2291",
         "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/part-11-electronic-records",
         "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d",
         "http://10.20.4.17:5000/plates/PL-2024-0113?view=heatmap&metric=od450",
         "https://benchling.com/cobaltine/f/lib_Ab12-constructs/seq_Kx9-pet28a-egfr-kd/edit"]
EMOJI = [":dna:", ":test_tube:", ":microscope:", ":alembic:", ":petri_dish:", ":pill:", ":+1:", ":tada:", ":eyes:",
         ":pray:", ":coffee:", ":fire:", ":white_check_mark:", ":x:", "🧪", "🧬", "🔬",
         "⚗️", "🧫", "💊", "🙏", "😅", "🎉", "👀", "✅", "❄️", "🥼"]
BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@ tomorrow?", "wetter @@P@@", "remember location @@P@@",
                "remember location @@P@@", "my location", "forget location", "help", "config", "config timezone @@TZ@@",
                "config alert_time @@T@@", "config units metric", "config units imperial", "alerts on", "alerts off",
                "login", "forget me", "hi", "what can you do?", "thanks!", "weather @@P@@ ❄️", "Weather Basel pls",
                "config tz @@TZ@@", "config time 7:15", "alerts on for weekdays", "remember location Lab B2.14, Basel"]
CHEM_COMMANDS = ["mw @@SMI@@", "smiles @@SMI@@", "calc @@FORM@@ @@U@@", "convert @@U@@ to µM", "lookup @@LIMS@@",
                 "plate @@PLATE@@", "remind me to check @@LIMS@@ at @@U@@", "inchi @@INCHI@@", "help chem",
                 "weather @@P@@ (need to ship @@LIMS@@ on dry ice)", "seq @@SEQ@@", "sop @@REG@@"]


JS_SAFE = "!'()*~"  # what encodeURIComponent leaves as is


class Company(WebApp):
    """Cobaltine Bio, its people and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    context_bytes, ext_shared_rate = 30, 0.05

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            site, tz = self.pick(SITES)
            a_first = first.encode("ascii", "ignore").decode().lower().replace(" ", "") or "user"
            a_last = "".join(ch for ch in last.encode("ascii", "ignore").decode().lower() if ch.isalnum() or ch == "-")
            handle = f"{a_first}.{a_last or 'x'}" + (str(i) if i % 9 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@cobaltine-bio.com", "site": site, "tz": tz})

    def rec(self, kind: str, placement: str, method: str, uri: str, headers: dict[str, str],
            body: str = "") -> dict[str, Any]:
        self.n += 1
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small pieces -------------------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 7, 8, 8, 9, 12, 18]):02d}:{self.pick(['00', '15', '30', '45', '10'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text the values are escaped as Slack escapes them and mentions,
        links and channels are in Slack's <...> markup."""
        simple: dict[str, Callable[[], str]] = {
            "@@SMI@@": lambda: self.pick(SMILES), "@@INCHI@@": lambda: self.pick(INCHI),
            "@@FORM@@": lambda: self.pick(FORMULAS), "@@RXN@@": lambda: self.pick(REACTIONS),
            "@@SEQ@@": lambda: self.pick(SEQUENCES), "@@PLATE@@": lambda: self.pick(PLATES),
            "@@LIMS@@": lambda: self.pick(LIMS_IDS), "@@U@@": lambda: self.pick(UNITS),
            "@@R@@": lambda: self.pick(RSNIPPETS), "@@PY@@": lambda: self.pick(PYSNIPPETS),
            "@@SQL@@": lambda: self.pick(SQL_LIMS), "@@REG@@": lambda: self.pick(REGULATORY),
            "@@TEX@@": lambda: self.pick(LATEX), "@@GREEK@@": lambda: self.pick(GREEK),
            "@@P@@": lambda: self.pick(PLACES), "@@TZ@@": lambda: self.pick(TIMEZONES),
            "@@T@@": self.alert_time, "@@N@@": lambda: str(self.rng.randint(2, 40)),
        }
        out = text
        for key, make in simple.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "|link", "|MR", "|paper", "|ELN", "|dashboard"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out

    def slack_text(self, template: str) -> str:
        """A template as Slack delivers it: the typed text escaped (&, <, >), values escaped, markup kept."""
        pieces = template.replace("<!here>", "@@HERE@@").replace("<!channel>", "@@CHAN@@")
        escaped = slack_escape(pieces)
        return self.fill(escaped).replace("@@HERE@@", "<!here>").replace("@@CHAN@@", "<!channel>")

    def chem_template(self, slack: bool = True) -> str:
        text = self.maybe_append(self.pick(CHEM_TEMPLATES), 0.25, EMOJI)
        if slack and self.chance(0.15):
            text = self.pick(["@@M@@ ", "hey @@M@@, ", "<!here> ", "cc @@M@@ — "]) + text
        return text

    def chat_template(self) -> str:
        text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
        if self.chance(0.1):
            text = self.pick(["@@M@@ ", "<!channel> ", "@@M@@ @@M@@ "]) + text
        return text

    def raw(self, slack_text: str) -> str:
        return slack_text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    # ---- Slack: Events API ------------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        raw = self.raw(text)
        elements: list[dict[str, Any]] = [{"type": "text", "text": raw}]
        if "```" in raw:
            elements = [{"type": "text", "text": raw.replace("```", "")}]
            return [{"type": "rich_text", "block_id": self.token(3)[:4],
                     "elements": [{"type": "rich_text_preformatted", "elements": elements, "border": 0}]}]
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False,
                      thread: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        if thread or self.chance(0.12):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.2))
        return self.rec(kind, "json", "POST", "/slack/events", self.slack_headers("application/json"), body)

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.rec("slack-verify", "json", "POST", "/slack/events", self.slack_headers("application/json"), body)

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.event_request("slack-chat", self.message_event(self.slack_text(self.chat_template()), cid,
                                                                   "channel"))

    def slack_chem(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[1:9] + CHANNELS[14:16])
        roll = self.rng.random()
        text = self.slack_text(self.chem_template())
        if roll < 0.15:
            text = self.slack_text(self.chem_template()) + "\n" + self.slack_text(self.chem_template())
        return self.event_request("slack-chem", self.message_event(text, cid, "channel"))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        chem = self.chance(0.5)
        text = self.slack_text(self.chem_template() if chem else self.chat_template())
        event = self.message_event(text, cid, "channel", thread=True)
        if self.chance(0.2):
            event["subtype"] = "thread_broadcast"
            event["root"] = {"text": self.slack_text(self.chat_template()), "user": self.pick(self.people)["id"],
                             "ts": event["thread_ts"], "thread_ts": event["thread_ts"],
                             "reply_count": self.rng.randint(1, 30)}
        return self.event_request("slack-thread-chem" if chem else "slack-thread", event)

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        kind = "slack-mention"
        if roll < 0.55:
            text = f"<@{BOT_USER}> " + self.slack_text(self.pick(BOT_COMMANDS))
        elif roll < 0.8:
            kind = "slack-mention-chem"
            text = f"<@{BOT_USER}> " + self.slack_text(self.pick(CHEM_COMMANDS + CHEM_TEMPLATES))
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, "]) + self.slack_text(self.chat_template())
        return self.event_request(kind, self.message_event(text, cid, "channel", mention=True))

    def slack_dm(self) -> dict[str, Any]:
        roll = self.rng.random()
        kind = "slack-dm"
        if roll < 0.7:
            text = self.slack_text(self.pick(BOT_COMMANDS))
        elif roll < 0.85:
            kind = "slack-dm-chem"
            text = self.slack_text(self.pick(CHEM_COMMANDS))
        else:
            text = self.slack_text(self.chat_template())
        return self.event_request(kind, self.message_event(text, self.sid("D0", 9), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.slack_text(self.chem_template()), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited: wrong lot)", " *", " — corrected conc", ""])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": self.inner(old),
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event_request("slack-edit-chem", event)

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 9999)
        source = self.pick(["gitlab", "freezerbot", "jira", "seqcore", "grafana"])
        texts = {
            "gitlab": f"*data/lims-sync* merge request !{n} opened by {self.pick(self.people)['name']}: "
                      f"<https://git.cobaltine-bio.com/data/lims-sync/-/merge_requests/{n}|Parse 384-well "
                      f"Echo transfer files (A01–P24)>",
            "freezerbot": f":rotating_light: *ALARM* freezer FRZ-{n % 40:02d} (B2.14) at −{60 + n % 15} °C for 12 min "
                          f"(threshold −70 °C). Door: open. <https://grafana.cobaltine-bio.com/d/freezers|graph>",
            "jira": f"<https://jira.cobaltine-bio.com/browse/LIMS-{n}|LIMS-{n}> moved to *QA review*: \"Barcode "
                    f"S-24-00{n} imports conc as 5,0 mg/mL instead of 5.0 mg/mL\"",
            "seqcore": f":dna: Run SEQ-RUN-240603-NB552 finished: {n % 400 + 100} M reads, %≥Q30 = 9{n % 10}.1, "
                       f"cluster PF 8{n % 10}%. Demux sheet: <https://lims.cobaltine-bio.com:8443/runs/{n}|run {n}>",
            "grafana": f"[FIRING:1] CO2IncubatorDrift incubator=INC-{n % 9} value=5.{n % 9}% (target 5.0 ± 0.3 %)",
        }
        ts = self.ts()
        text = texts[source]  # Slack markup only: the literal parts hold no &, < or >
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": self.raw(text)[:90], "color": self.pick(["36a64f", "d50200", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.event_request("slack-bot", event)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["PL-2024-0113_od450.csv", "gel_2024-06-03 (lanes 1-12).tif", "CBT-0417 ¹H NMR.pdf",
                          "dose-response EGFR v3 FINAL.xlsx", "plate map – HTS-77.xlsx", "chromatogram_254nm.png",
                          "SOP-QA-014 rev7 (draft) [tracked].docx", "compounds_2024-06.sdf", "Screenshot 2024-06-03 at "
                          "10.42.13.png", "construct_pET28a-EGFR-KD.gb", "reads_R1.fastq.gz", "Übersicht Proben.xlsx"])
        event = self.message_event(self.slack_text(self.pick(["", "", "see attached", "raw data 👆",
                                                              "here's the plate, wells @@PLATE@@",
                                                              "spectrum for @@LIMS@@ (@@U@@)", "final_v2 😅"])),
                                   cid, "channel")
        event["subtype"] = "file_share"
        event["upload"] = False
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 36000), "name": name, "title": name,
                           "mimetype": self.pick(["text/csv", "image/png", "application/pdf", "chemical/x-mdl-sdfile",
                                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]),
                           "filetype": name.rsplit(".", 1)[-1].lower(), "size": self.rng.randint(900, 8_000_000),
                           "user": event["user"], "mode": "hosted", "is_external": False,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                          + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.event_request("slack-file", event)

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": self.token(24),
                 "source": self.pick(["conversations_history", "composer"]), "event_ts": self.ts(),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links]}
        return self.event_request("slack-unfurl", event)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["+1", "dna", "test_tube", "white_check_mark", "eyes", "tada", "pray",
                                        "skin-tone-2", "raised_hands::skin-tone-4", "rotating_light", "alembic"]),
                 "item_user": self.pick(self.people)["id"], "item": {"type": "message", "channel": cid,
                                                                      "ts": self.ts()}, "event_ts": self.ts()}
        return self.event_request("slack-reaction", event)

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "state": {"values": {}}, "title": {"type": "plain_text", "text": "Jeeves"}}
        return self.event_request("slack-home", event)

    # ---- Slack: commands and interactivity ----------------------------------------------------------------
    def command_request(self, kind: str, text: str) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.rec(kind, "form", "POST", "/slack/commands",
                        self.slack_headers("application/x-www-form-urlencoded"), urllib.parse.urlencode(fields))

    def command(self) -> dict[str, Any]:
        return self.command_request("command", self.slack_text(self.pick(BOT_COMMANDS)))

    def command_chem(self) -> dict[str, Any]:
        return self.command_request("command-chem", self.slack_text(self.pick(CHEM_COMMANDS)))

    def interaction_body(self, payload: dict[str, Any]) -> str:
        return urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.3),
                                                              separators=(",", ":")))])

    def button(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            action = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload = {"type": "block_actions", "user": {"id": user["id"], "username": user["handle"],
                                                     "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": VERIFY_TOKEN,
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                   "enterprise": None, "is_enterprise_install": False, "channel": {"id": cid, "name": cname},
                   "state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]}
        return self.rec("interaction", "form", "POST", "/slack/interactions",
                        self.slack_headers("application/x-www-form-urlencoded"), self.interaction_body(payload))

    def modal(self, chem: bool) -> dict[str, Any]:
        user = self.pick(self.people)
        if chem:
            values = {
                "cmpd": {"smiles_input": {"type": "plain_text_input", "value": self.pick(SMILES)}},
                "conc": {"conc_input": {"type": "plain_text_input", "value": self.pick(UNITS)}},
                "plate": {"plate_input": {"type": "plain_text_input", "value": self.pick(PLATES)}},
                "notes": {"notes_input": {"type": "plain_text_input", "value": self.fill(self.chem_template(False),
                                                                                           slack=False)}},
                "assay": {"assay_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": self.pick(["ELISA", "AlphaLISA", "HTRF", "qPCR (ΔΔCt)",
                                                                      "SPR (Biacore 8K)", "Cell Titer-Glo®"])},
                    "value": self.pick(["elisa", "alphalisa", "htrf", "qpcr", "spr", "ctg"])}}},
            }
            title, callback = "Log a result", "log_result"
        else:
            values = {
                "place": {"place_input": {"type": "plain_text_input", "value": self.pick(PLACES)}},
                "time": {"alert_time": {"type": "timepicker", "selected_time": self.alert_time()}},
                "tz": {"tz_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": self.pick(TIMEZONES)}, "value": self.pick(TIMEZONES)}}},
            }
            title, callback = "Weather alerts", "alert_settings"
        payload = {"type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                   "view": {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": callback,
                            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}),
                            "title": {"type": "plain_text", "text": title}, "state": {"values": values},
                            "hash": f"{EPOCH}.{self.hexs(8)}", "app_id": APP_ID, "bot_id": self.sid("B0", 9)},
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        kind = "interaction-modal-chem" if chem else "interaction-modal"
        return self.rec(kind, "form", "POST", "/slack/interactions",
                        self.slack_headers("application/x-www-form-urlencoded"), self.interaction_body(payload))

    def modal_chem(self) -> dict[str, Any]:
        return self.modal(True)

    def modal_plain(self) -> dict[str, Any]:
        return self.modal(False)

    # ---- the data API -------------------------------------------------------------------------------------
    def script_headers(self, json_body: bool = False) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.0",
                        "httr2/1.0.1 r-curl/5.2.1 libcurl/8.5.0", "libcurl/7.81.0 r-curl/5.2.0 httr/1.4.7",
                        "cobaltine-lims-sync/2.4.1 (+https://git.cobaltine-bio.com/data/lims-sync)",
                        "Opentrons-Robot-Server/7.2.0", "nextflow/23.10.1", "KNIME AP/5.2.3", "curl/8.7.1",
                        "Go-http-client/2.0", "axios/1.6.8", "Grafana/10.4.2", "PostmanRuntime/7.37.3",
                        "GitLab-Runner/16.11.0 curl/8.7.1", "Jupyter-notebook python-httpx/0.27.0",
                        "okhttp/4.12.0", "Apache-HttpClient/5.2.1 (Java/17.0.10)", "Spotfire/14.0 WebClient"])
        client = self.pick(["lims-sync", "opentrons-ot2-b214", "hts-pipeline", "eln-export", "grafana-lab",
                            "ci-data-eng", "notebook.a.bianchi", "seqcore-demux", "hamilton-star-03"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "deflate, gzip"])
        if json_body:
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/json;charset=UTF-8"])
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,cobaltine={self.hexs(16)}"
        elif roll < 0.3:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=lims-sync%402.4.1,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={self.hexs(32)}")
        elif roll < 0.38:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.45:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.5:
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = "1"
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gl-{self.rng.randint(10**8, 10**9)}-job",
                                           f"ot2.run.{self.hexs(12)}", f"nf-{self.token(6)}"])
        if self.chance(0.1):
            h["Cache-Control"] = "no-cache"
        return h

    @staticmethod
    def qs(params: list[tuple[str, str]], style: str) -> str:
        if style == "plus":
            return urllib.parse.urlencode(params)
        if style == "js":  # encodeURIComponent
            return "&".join(f"{urllib.parse.quote(k, safe='')}={urllib.parse.quote(v, safe=JS_SAFE)}"
                            for k, v in params)
        # R/curl style: keeps a few sub-delims readable
        return "&".join(f"{urllib.parse.quote(k, safe='[]')}={urllib.parse.quote(v, safe=':/,*')}" for k, v in params)

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers()
            params = [("limit", self.pick(["25", "50", "100", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 50, 100, 200, 450]))))
            for key, values in (("active", ["true", "false", "1"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [TEAM])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.rec("api-users", "query", "GET", "/api/users?" + urllib.parse.urlencode(params), h)
        if roll < 0.5:
            return self.rec("api-user", "path", "GET", f"/api/users/{self.rng.randint(1, 400)}", self.script_headers())
        if roll < 0.65:
            person = self.pick(self.people)
            doc: dict[str, Any] = self.pick([
                {"settings": {"timezone": person["tz"], "alert_time": self.alert_time()}},
                {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}},
                {"name": person["name"], "email": person["email"]}, {"is_active": self.chance(0.2)},
            ])
            return self.rec("api-patch", "json", "PATCH", f"/api/users/{self.rng.randint(1, 400)}",
                            self.script_headers(True), json.dumps(doc, ensure_ascii=self.chance(0.3)))
        if roll < 0.8:
            day = self.rng.randint(1, 3)
            params = [("since", self.pick([f"2024-06-0{day}T00:00:00Z", f"2024-06-0{day}", "2024-05-27T00:00:00+02:00",
                                           "2024-06-01T06:30:00.000Z"]))]
            if self.chance(0.5):
                params.append(("until", self.pick(["2024-06-03T23:59:59Z", "2024-06-04T00:00:00+08:00"])))
            return self.rec("api-stats", "query", "GET", "/api/usage/stats?" + urllib.parse.urlencode(params),
                            self.script_headers())
        if roll < 0.88:
            return self.rec("api-switches", "header", "GET", "/api/switches", self.script_headers())
        if roll < 0.94:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*"])
            return self.rec("api-switch-put", "json", "PUT", f"/api/switches/{action}", self.script_headers(True),
                            json.dumps(doc))
        h = {"User-Agent": self.pick(["openapi-generator/7.5.0/python", "Swagger-UI", "PostmanRuntime/7.37.3",
                                      "python-requests/2.31.0"]), "Accept": "application/json"}
        return self.rec("api-openapi", "header", "GET", "/api/openapi.json", h)

    def api_chem(self) -> dict[str, Any]:
        """Profiles and user records as the LIMS sync and notebooks patch them: names with roles and chemistry."""
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.45:
            role = self.fill(self.pick(["@@GREEK@@ team", "owner of @@LIMS@@", "@@FORM@@ chemistry", "SMILES: @@SMI@@",
                                        "@@PLATE@@ (HTS)", "@@REG@@ QA", "kinetics ($k_{cat}/K_m$)", "@@U@@ lab"]),
                             slack=False)
            doc: dict[str, Any] = {"name": f"{person['name']} ({role})"[:200]}
        elif roll < 0.7:
            doc = {"name": person["name"], "email": person["email"],
                   "settings": {"timezone": person["tz"], "alert_time": self.alert_time()}}
            doc["name"] = self.pick([f"Dr. {person['name']}", f"{person['name']}, PhD", f"{person['name']} (she/her)",
                                     f"{person['name']} – Medchem", f"{person['name']} [Analytical, LC–MS]"])
        else:
            notes = self.fill(self.chem_template(False), slack=False)
            doc = {"name": f"{person['name']} · {notes}"[:200]}
        body = json.dumps(doc, ensure_ascii=self.chance(0.35))
        return self.rec("api-chem", "json", "PATCH", f"/api/users/{self.rng.randint(1, 400)}",
                        self.script_headers(True), body)

    FILTER_FIELDS = ["conc", "conc_mg_ml", "assay", "plate", "well", "od450", "od600", "ic50_nM", "ki_nM", "z_prime",
                     "cv_pct", "mw", "logp", "tpsa", "hbd", "purity_pct", "yield_pct", "temp_c", "ph", "status",
                     "project", "target", "cell_line", "passage", "run_date", "lot", "sample_id", "compound_id"]

    def filter_expr(self) -> str:
        f = self.pick(self.FILTER_FIELDS)
        n = self.pick(["5", "0.5", "100", "1e-7", "37", "7.4", "95", "0.6", "10", "2.5", "-80", "1,000"])
        exprs = [
            "conc>=5 AND assay='ELISA'", f"{f} >= {n}", f"{f}<{n} OR ki_nM<=50",
            "ic50_nM < 100 AND target = 'EGFR'", "status != 'failed' AND run_date >= '2024-06-01'",
            "target IN ('EGFR','HER2','KRAS G12C')", "compound_id LIKE 'CMPD-0045%'", "purity_pct BETWEEN 95 AND 100",
            "NOT (qc_flag = 'fail')", "z_prime > 0.5 AND cv_pct < 10", "assay = \"AlphaLISA\" and conc_mg_ml >= 0.5",
            "temp_c between 36.5 and 37.5", "cell_line = 'HEK 293T' AND passage < 20", "od600>0.4&&od600<0.8",
            "(assay == 'qPCR') && (ct < 35)", "lot = '23K1147' or lot = '23K1148'", "smiles = 'CC(=O)Oc1ccccc1C(=O)O'",
            "operator = 'O''Connell'", "project = 'PRJ-ONC-17' and status in ('queued', 'running')",
            "mw <= 500 and logp <= 5 and hbd <= 5 and hba <= 10", "received_at > now() - interval '7 days'",
            "well ~ '^[A-H](0?[1-9]|1[0-2])$'", "sample_id ~* '^s-24-00'", "gene =~ /BRCA[12]/",
        ]
        return self.pick(exprs)

    def filter_params(self) -> list[tuple[str, str]]:
        style = self.rng.random()
        if style < 0.3:
            params = [(self.pick(["filter", "where", "q", "query"]), self.filter_expr())]
        elif style < 0.45:  # Lucene-like
            params = [("q", self.pick(["assay:ELISA AND conc:[5 TO *]", "mw:[300 TO 500] AND logp:{* TO 5}",
                                       "target:kinase* -status:failed", "cell_line:\"HEK 293T\" AND passage:<20",
                                       "smiles:*c1ccccc1*", "gene:/BRCA[12]/", "sample_id:S-24-00*",
                                       "compound_id:CMPD-0045?? OR compound_id:CBT-0417*",
                                       "run_date:[2024-05-01 TO 2024-05-31]", "plate:PL-2024-01?? AND well:A*",
                                       "name:\"Boc-Phe-OH\"~2", "+assay:HTRF +z_prime:>0.5"]))]
        elif style < 0.57:  # OData
            params = [("$filter", self.pick(["conc ge 5 and assay eq 'ELISA'", "startswith(sample_id,'S-24-')",
                                             "ic50_nM lt 100 and target eq 'EGFR'",
                                             "run_date ge 2024-06-01T00:00:00Z and status ne 'failed'",
                                             "contains(smiles,'c1ccccc1')", "od450 gt 1.2 or od450 lt 0.05"])),
                      ("$top", self.pick(["50", "100", "1000"]))]
            if self.chance(0.5):
                params.append(("$orderby", self.pick(["run_date desc", "ic50_nM asc", "sample_id"])))
            if self.chance(0.4):
                params.append(("$select", "sample_id,conc_mg_ml,assay,od450"))
        elif style < 0.72:  # bracket / Django-style keys, ranges
            f = self.pick(self.FILTER_FIELDS)
            params = self.pick([
                [("filter[assay]", "ELISA"), ("filter[conc][gte]", "5"), ("filter[conc][lt]", "50")],
                [(f"{f}__gte", "5"), (f"{f}__lte", "50"), ("assay__in", "ELISA,AlphaLISA,HTRF")],
                [("conc", "5..50"), ("od600", "0.4-0.8"), ("temp", "[36.5,37.5]")],
                [("date", "2024-06-01/2024-06-03"), ("plate", "PL-2024-0113"), ("wells", "A1:H12")],
                [("run_date[gte]", "2024-05-01"), ("run_date[lt]", "2024-06-01"), ("sort", "-run_date")],
                [("range", "ic50_nM:0.1-100"), ("exclude", "status:failed,status:voided")],
                [(f"{f}>", "5")], [("conc>", "=5")], [("ph", ">=7.2"), ("ph", "<=7.6")],
                [("ids", "S-24-001873,S-24-001874,S-24-001880"), ("fields", "sample_id,conc,assay")],
            ])
        elif style < 0.84:  # regex and wildcard parameters
            params = self.pick([
                [("regex", r"^CMP-\d{6}$")], [("pattern", r"^(S|P)-24-\d{6}(-[A-Z])?$")],
                [("well", r"^[A-H](0?[1-9]|1[0-2])$")], [("name", "*kinase*")], [("sample_id", "S-24-00*")],
                [("q", "EGFR?")], [("plate", "PL-2024-01??")], [("match", r"(?i)elisa|alpha\s?lisa")],
                [("barcode", r"\d{10}|[A-Z]{2}\d{8}")], [("seq", "GG[AT]CC.{4,8}TTG")],
                [("glob", "reads_*_R[12].fastq.gz")],
            ])
        else:  # pandas / dplyr / jsonpath strings passed through by notebooks
            params = [(self.pick(["expr", "query", "filter", "jsonpath"]), self.pick([
                "conc >= 5 and assay == 'ELISA'", "`ic50 (nM)` < 100", "filter(conc >= 5 & assay == \"ELISA\")",
                "$.wells[?(@.od450 > 1.2)]", "$..samples[?(@.conc_mg_ml >= 5 && @.assay == 'ELISA')].sample_id",
                "plate.str.startswith('PL-2024')", "subset(d, dose %in% c(0.1, 1, 10) & !is.na(resp))",
                "od600.between(0.4, 0.8)", "df[df['Z\\''] > 0.5]"]))]
        params += self.pick([[], [("limit", "100")], [("limit", "500"), ("offset", "0")], [("page", "2")]])
        return params

    def api_filter_query(self) -> dict[str, Any]:
        path = self.pick(["/api/users", "/api/users", "/api/usage/stats", "/api/users"])
        params = self.filter_params()
        if path == "/api/usage/stats" and self.chance(0.6):
            params.insert(0, ("since", self.pick(["2024-06-01T00:00:00Z", "2024-05-27", "2024-06-03T00:00:00+02:00"])))
        style = self.pick(["plus", "js", "r"])
        return self.rec("api-filter", "query", "GET", f"{path}?{self.qs(params, style)}", self.script_headers())

    def api_filter_json(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.25:
            doc: dict[str, Any] = {"filter": self.filter_expr(), "limit": self.pick([50, 100, 500])}
        elif roll < 0.45:
            doc = {"filter": {"and": [{"field": "conc", "op": ">=", "value": self.pick([5, 0.5, 10])},
                                      {"field": "assay", "op": "=", "value": self.pick(["ELISA", "HTRF", "qPCR"])},
                                      {"or": [{"field": "plate", "op": "like", "value": "PL-2024-01%"},
                                              {"field": "well", "op": "regex", "value": "^[A-H](0?[1-9]|1[0-2])$"}]}]},
                   "sort": [{"field": "run_date", "dir": "desc"}], "fields": ["sample_id", "conc", "od450"]}
        elif roll < 0.6:
            doc = {"query": {"conc": {"$gte": 5, "$lt": 50}, "assay": {"$in": ["ELISA", "AlphaLISA"]},
                             "status": {"$ne": "failed"}}, "limit": 100}
        elif roll < 0.72:
            doc = {"where": {"ic50_nM": {"lt": 100}, "target": {"eq": "EGFR"}, "smiles": {"contains": "c1ccccc1"},
                             "run_date": {"between": ["2024-05-01", "2024-05-31"]}}}
        elif roll < 0.84:
            doc = {"search": self.pick(["S-24-00*", "CMPD-0045??", "kinase*", "EGFR OR HER2", "\"HEK 293T\""]),
                   "regex": self.pick([r"^CMP-\d{6}$", r"^(S|P)-24-\d{6}$", r"\bBRCA[12]\b"]),
                   "range": {"od600": [0.4, 0.8], "temp_c": [36.5, 37.5]}}
        else:
            doc = {"pipeline": "hts-77", "plate": self.pick(PLATES), "expr": self.pick(PYSNIPPETS[:1] + RSNIPPETS[:1]),
                   "jsonpath": "$.wells[?(@.od450 > 1.2 && @.well =~ /^A/)]", "dry_run": True}
        path = self.pick(["/api/users/search", "/api/users/search", "/api/usage/stats/query"])
        return self.rec("api-filter-json", "json", "POST", path, self.script_headers(True),
                        json.dumps(doc, ensure_ascii=self.chance(0.3)))

    # ---- browsers -----------------------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False, cookie: str = "") -> dict[str, str]:
        browser = self.pick(["chrome", "chrome", "edge", "firefox", "safari", "ios", "android", "slack"])
        uas = {
            "chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Chrome/125.0.0.0 Safari/537.36",
            "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.79",
            "firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
            "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/17.5 Safari/605.1.15",
            "ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                   " Version/17.5 Mobile/15E148 Safari/604.1",
            "android": "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/125.0.6422.147 Mobile Safari/537.36",
            "slack": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Slack/4.38.125 Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
        }
        h = {"User-Agent": uas[browser],
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "de-CH,de;q=0.9,en;q=0.8", "fr-CH,fr;q=0.9,en;q=0.8",
                                           "da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8",
                                           "en-GB,en;q=0.9", "ja-JP,ja;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8",
                                           "nl-NL,nl;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
                                           "he-IL,he;q=0.9,en;q=0.8", "es-ES,es;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if browser in ("chrome", "edge", "android", "slack"):
            brand = "\"Microsoft Edge\";v=\"125\"" if browser == "edge" else "\"Google Chrome\";v=\"125\""
            h["sec-ch-ua"] = f"{brand}, \"Chromium\";v=\"125\", \"Not.A/Brand\";v=\"24\""
            h["sec-ch-ua-mobile"] = "?1" if browser == "android" else "?0"
            h["sec-ch-ua-platform"] = {"chrome": "\"macOS\"", "edge": "\"Windows\"", "android": "\"Android\"",
                                       "slack": "\"Windows\""}[browser]
            h["Priority"] = "u=0, i"
        if browser == "firefox" and self.chance(0.5):
            h["DNT"] = "1"
        if referer:
            h["Referer"] = referer if referer.startswith("http") else BASE + referer
        if form:
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Origin"] = BASE
            h["Cache-Control"] = "max-age=0"
        extra = []
        if self.chance(0.5):
            extra.append(f"_ga=GA1.1.{self.rng.randint(10**8, 10**9)}.{EPOCH - self.rng.randint(0, 10**7)}")
        if self.chance(0.3):
            extra.append(f"ajs_anonymous_id=%22{self.uuid()}%22")
        if self.chance(0.3):
            extra.append(f"lims_prefs={urllib.parse.quote(json.dumps({'tz': self.pick(TIMEZONES), 'theme': 'dark'}))}")
        if self.chance(0.2):
            extra.append("cookie_consent=necessary%2Canalytics")
        jar = "; ".join(([cookie] if cookie else []) + extra)
        if jar:
            h["Cookie"] = jar
        return h

    def multipart(self, fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]]) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"), self.form_boundary("firefox")])
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        for name, filename, ctype, content in files:
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                         f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def admin_cookie(self) -> str:
        return f"__Host-jeeves_admin={self.token()}"

    def admin(self) -> dict[str, Any]:
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.3:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["email"], person["handle"], person["name"].split(" ")[-1],
                           person["id"], "@cobaltine-bio.com", TEAM, "O'Connell", "Nørgaard", "d'alessandro",
                           "Jean-Luc", "Zhou", "mary-kate", "ní bhriain", "", "st. john"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 6)))] if self.chance(0.2) else [])
            h = self.browser_headers("/admin/users", cookie=self.admin_cookie())
            return self.rec("admin-search", "query", "GET", "/admin/users?" + self.qs(params, "plus"), h)
        if roll < 0.45:
            uid = self.rng.randint(1, 400)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", self.pick(["", "zhou", "o'neill"])),
                      ("page", "1")]
            h = self.browser_headers("/admin/users?q=", True, self.admin_cookie())
            return self.rec("admin-user-edit", "form", "POST", f"/admin/users/{uid}/{self.pick(['active', 'admin'])}",
                            h, urllib.parse.urlencode(fields))
        if roll < 0.58:
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM]))]
            h = self.browser_headers("/admin/features", True, self.admin_cookie())
            return self.rec("admin-switch", "form", "POST", "/admin/features", h, urllib.parse.urlencode(fields))
        if roll < 0.7:
            page = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/audit",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in",
                              "/admin/users?done=user_updated&q=&page=1", "/admin/audit?page=3",
                              "/admin/features?done=switch_updated"])
            return self.rec("admin-page", "cookie", "GET", page,
                            self.browser_headers(self.pick([None, "/admin/"]), cookie=self.admin_cookie()))
        if roll < 0.8:
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.!#%+=@"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 26)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "it-ops", "a.bianchi", "qa.lead"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True,
                                     f"__Host-jeeves_admin_login={csrf}")
            return self.rec("admin-login", "form", "POST", "/admin/login", h, urllib.parse.urlencode(fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf),
                      ("client_id", self.pick(["lims-sync", "opentrons-ot2-b214", "grafana.lab", "eln:export",
                                               "hts-pipeline", "seqcore-demux"])),
                      ("description", self.pick(["Nightly LIMS → Jeeves user sync (owner: data-eng)",
                                                 "Opentrons OT-2 in B2.14, read-only", "Grafana lab dashboards",
                                                 "ELN export, runs 02:00 CET", ""])), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            h = self.browser_headers("/admin/clients", True, self.admin_cookie())
            return self.rec("admin-client", "form", "POST", "/admin/clients", h, urllib.parse.urlencode(fields))
        if roll < 0.95:
            q = self.pick(["user.active", "login", "client.create", "forget_me", "feature", "2024-06-03", "denied"])
            return self.rec("admin-audit", "query", "GET", "/admin/audit?" + urllib.parse.urlencode([("q", q)]),
                            self.browser_headers("/admin/audit", cookie=self.admin_cookie()))
        fields = [("csrf_token", csrf), ("username", self.pick(["admin", "a.bianchi", "qa.lead"])),
                  ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
        h = self.browser_headers("/admin/slack-sign-in", True, self.admin_cookie())
        return self.rec("admin-slack-map", "form", "POST", "/admin/slack-sign-in", h, urllib.parse.urlencode(fields))

    def admin_chem(self) -> dict[str, Any]:
        """Scientists-turned-admins search and describe things with chemistry in them."""
        roll = self.rng.random()
        csrf = self.token()
        if roll < 0.55:
            q = self.fill(self.pick(["@@SMI@@", "@@INCHI@@", "@@FORM@@", "@@LIMS@@", "@@PLATE@@", "@@U@@", "@@GREEK@@",
                                     "@@SEQ@@", "@@REG@@", "CBT-0417 (β-lactam)", "c1ccccc1", "[M+H]+", "5 mg/mL",
                                     "Cl-", "Zn²⁺", "C=O", "O=C(O)", "#N", "@@RXN@@"]), slack=False)[:100]
            style = self.pick(["plus", "plus", "js"])
            target = self.pick(["/admin/users", "/admin/users", "/admin/audit"])
            return self.rec("admin-search-chem", "query", "GET", f"{target}?{self.qs([('q', q)], style)}",
                            self.browser_headers(target, cookie=self.admin_cookie()))
        if roll < 0.8:
            desc = self.fill(self.pick([
                "Opentrons OT-2 (B2.14): writes plate maps like @@PLATE@@; reads @@LIMS@@",
                "HTS pipeline — dose-response fits (4PL, @@U@@), owner @@M@@", "Seq core demux: @@SEQ@@ adapters",
                "Chem registration bot (SMILES → InChIKey, e.g. @@SMI@@ → @@INCHI@@)",
                "@@REG@@ validated export; ALCOA+; contact QA", "Notebook client for @@GREEK@@ kinetics ($K_m$, @@U@@)",
                "Reaction planner: @@RXN@@"]), slack=False)[:500]
            fields = [("csrf_token", csrf), ("client_id", self.pick(["chem-reg", "hts-fit", "seq.demux", "qa:export",
                                                                      "ot2-b214", "kinetics-nb"])),
                      ("description", desc), ("scopes", "read")]
            h = self.browser_headers("/admin/clients", True, self.admin_cookie())
            return self.rec("admin-client-chem", "form", "POST", "/admin/clients", h, urllib.parse.urlencode(fields))
        q = self.fill(self.pick(["@@SMI@@", "@@LIMS@@", "@@FORM@@", "o'connell", "@@U@@"]), slack=False)[:100]
        fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", q),
                  ("page", str(self.rng.randint(1, 4)))]
        h = self.browser_headers("/admin/users?" + urllib.parse.urlencode([("q", q)]), True, self.admin_cookie())
        return self.rec("admin-user-edit-chem", "form", "POST", f"/admin/users/{self.rng.randint(1, 400)}/active", h,
                        urllib.parse.urlencode(fields))

    def me(self) -> dict[str, Any]:
        cookie = f"__Host-jeeves_me={self.token()}"
        csrf = self.token()
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/callback"]), cookie=cookie)
            if uri.endswith(".json"):
                h["Accept"] = "application/json"
                h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "empty", "cors"
            return self.rec("me-page", "cookie", "GET", uri, h)
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            return self.rec("me-location", "form", "POST", "/me/location", self.browser_headers("/me/", True, cookie),
                            urllib.parse.urlencode(fields))
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            return self.rec("me-settings", "form", "POST", "/me/settings", self.browser_headers("/me/", True, cookie),
                            urllib.parse.urlencode(fields))
        uri, fields = self.me_exit_form(csrf)
        return self.rec("me-action", "form", "POST", uri, self.browser_headers("/me/", True, cookie),
                        urllib.parse.urlencode(fields))

    def me_upload(self) -> dict[str, Any]:
        cookie = f"__Host-jeeves_me={self.token()}"
        person = self.pick(self.people)
        h = self.browser_headers("/me/", True, cookie)
        if self.chance(0.5):
            fields = [("csrf_token", self.token()), ("place", self.pick(PLACES))]
            uri = "/me/location"
        else:
            fields = [("csrf_token", self.token()), ("units", "metric"), ("alert_time", self.alert_time()),
                      ("timezone", person["tz"]), ("alerts", "on")]
            uri = "/me/settings"
        files: list[tuple[str, str, str, str]] = []
        if self.chance(0.6):
            files.append(self.pick([
                ("attachment", "plate_map.csv", "text/csv",
                 "well,sample_id,conc_uM\r\nA1,S-24-001873,10\r\nA2,S-24-001874,3.3\r\nA3,blank,0\r\n"),
                ("attachment", "cmpd.sdf", "chemical/x-mdl-sdfile",
                 "CBT-0417\n  RDKit          2D\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                 "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                 "    1.2990    0.7500    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                 "    1.2990   -0.7500    0.0000 N   0  0  0  0  0  0  0  0  0  0  0  0\n"
                 "  1  2  2  0\n  1  3  1  0\nM  END\n>  <SMILES>\nNC=O\n\n$$$$\n"),
                ("attachment", "primers.fasta", "application/octet-stream",
                 ">EGFR_KD_fwd\nGATCGGAAGAGCACACGTCTGAACTCCAGTCAC\n>EGFR_KD_rev\nTTGACAGCTAGCTCAGTCCTAGG\n"),
                ("attachment", "notes.txt", "text/plain",
                 "Ship S-24-001873 on dry ice (UN 1845), 5 mg/mL in DMSO, store at −80 °C.\n"
                 "Contact: +41 61 555 01 23\n"),
            ]))
        body, h["Content-Type"] = self.multipart(fields, files)
        return self.rec("me-upload", "multipart", "POST", uri, h, body)

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.rec("auth-page", "header", "GET", uri, self.browser_headers(self.pick([None, "/me/"])))
        if roll < 0.35:
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.rec("auth-start", "query", "GET", uri,
                            self.browser_headers(self.pick(["/auth/slack/", "/admin/login"])))
        if roll < 0.6:
            state = self.token()
            h = self.browser_headers("https://slack.com/", cookie=f"__Host-jeeves_oidc_state={state}")
            h["Sec-Fetch-Site"] = "cross-site"
            code = f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**11, 10**12)}.{self.hexs(64)}"
            params = [("code", code), ("state", state)]
            if self.chance(0.1):
                params = [("error", "access_denied"), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.rec("auth-callback", "query", "GET", uri, h)
        link = self.token()
        if roll < 0.72:
            h = self.link_expander()
            return self.rec("auth-link-preview", "path", "GET", f"/auth/slack/link/{link}", h)
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser_headers())
            return self.rec("auth-link", "path", "GET", f"/auth/slack/link/{link}", h)
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True, f"__Host-jeeves_signin={csrf}")
        return self.rec("auth-link-post", "form", "POST", f"/auth/slack/link/{link}", h,
                        urllib.parse.urlencode([("csrf_token", csrf)]))

    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["lims-sync", "opentrons-ot2-b214", "hts-pipeline", "grafana-lab", "seqcore-demux",
                            "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "httr2/1.0.1 r-curl/5.2.1 libcurl/8.5.0",
                                      "Go-http-client/2.0", "Opentrons-Robot-Server/7.2.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            fields = self.token_grant(client, secret, h, basic)
            return self.rec("oauth-token", "form", "POST", "/oauth/token", h, urllib.parse.urlencode(fields))
        token = self.jwt(client, "read")
        h["Authorization"] = basic
        if roll < 0.78:
            return self.rec("oauth-introspect", "form", "POST", "/oauth/introspect", h,
                            urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")]))
        if roll < 0.88:
            return self.rec("oauth-revoke", "form", "POST", "/oauth/revoke", h,
                            urllib.parse.urlencode([("token", token)]))
        del h["Authorization"]
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.rec("oauth-verify-token", "form", "POST", "/verify_token", h, urllib.parse.urlencode(fields))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "curl/8.7.1",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Datadog Agent/7.53.0"])
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]), self.pick(["/healthz", "/readyz"]),
                            {"User-Agent": ua, "Accept": "*/*"})
        if roll < 0.75:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "lua-resty-http/0.17.1", "jwks-rsa/3.1.0 (node)",
                                          "Go-http-client/2.0"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f"\"{self.hexs(16)}\""
            return self.rec("meta-jwks", "header", "GET", "/.well-known/jwks.json", h)
        return self.rec("meta-oauth-server", "header", "GET", "/.well-known/oauth-authorization-server",
                        {"User-Agent": self.pick(["Authlib/1.3.1", "python-requests/2.32.3", "curl/8.7.1"]),
                         "Accept": "application/json"})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 190), ("slack_chem", 190), ("slack_thread", 40), ("slack_mention", 70), ("slack_dm", 60),
    ("slack_edit", 15), ("slack_bot", 30), ("slack_file", 20), ("slack_unfurl", 20), ("slack_reaction", 30),
    ("slack_home", 20), ("command", 130), ("command_chem", 40), ("button", 70), ("modal_chem", 25),
    ("modal_plain", 10), ("api", 100), ("api_chem", 50), ("api_filter_query", 220), ("api_filter_json", 80),
    ("admin", 70), ("admin_chem", 60), ("me", 60), ("me_upload", 15), ("sign_in", 40), ("tokendealer", 50),
    ("health", 35),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The company's traffic, kinds interleaved in a seeded order (the Slack URL verification first)."""
    gen = Company()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verification()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(gen, name)
        yield make()


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
