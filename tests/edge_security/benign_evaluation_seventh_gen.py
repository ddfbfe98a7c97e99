"""A term-time Tuesday of a university research lab that runs Jeeves, on every route of the edge (benign only).

The Lindqvist Lab (computational chemistry and statistics, about 60 people: PI, postdocs, PhD and master's
students, visitors, a lab manager) uses Jeeves in its Slack workspace and scripts its data API from the
cluster and CI. About 1,700 requests in a deployment's proportions: Slack first (channel chat, threads,
mentions, DMs, edits, bot posts from the scheduler and GitHub, file shares, link unfurls, reactions, App Home,
`/jeeves` slash commands, button clicks, modal submissions and message shortcuts), then the data API (R and
Python scripts, CI, a Grafana dashboard), the admin panel, `/me/`, Sign in with Slack, TokenDealer and the
health and metadata GETs. What people type is what a lab types: LaTeX and maths, R and Python one-liners,
SLURM commands, paper titles with colons and quotes, DOIs, arXiv ids, grant numbers, chemical formulas and
reagent stock, field-site places, names from many countries and scripts.

How it was written: by the evaluation_seventh benign author, from the route list (names, match, methods and
upstreams of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md and the record structure
of benign_day_gen.py, and from general knowledge of what Slack, browsers, SDKs and CLIs send. No WAF rule,
exclusion, ruleset, rule test or other generator's text list was read; the texts were not changed after
measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (multipart_form, form_request, token_request, verify_request, get_request, cross_site_arrival, signed_in,
me_exit_form, settings_patch, oidc_params, link_preview, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 7_070_2024
EPOCH = 1728370800  # 2024-10-08 07:00 UTC (09:00 in the lab), a Tuesday in term time
TEAM, TEAM_DOMAIN = "T03LQVLAB", "lindqvist-lab"
PARTNER_TEAM = "T07ETHCHEM"  # a Slack Connect channel with a partner group
APP_ID, BOT_USER = "A06JVSLAB2", "U06JEEVESB"
HOST = "jeeves.lindqvist-lab.northbridge.edu"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "q8PzLm2VxRt7YcN4bKs0aWd1"  # Slack's legacy verification token field (not a secret)

FIRST = ["Astrid", "Björn", "Siobhán", "Oluwaseun", "Chidinma", "Ngozi", "Kwame", "Tshepo", "Aisha", "Mohammad Reza",
         "Parisa", "Şeyma", "Ayşe", "Hyun-woo", "Ji-yeon", "Keiko", "Haruto", "Arjun", "Lakshmi", "Aditi", "Wei",
         "Xiaoling", "Yu-Ting", "Thanh", "Linh", "Jean-Baptiste", "Anne-Marie", "Marie-Ève", "João", "Inês",
         "Alejandro", "Valentina", "Camila", "Ólafur", "Þórunn", "Søren", "Mikael", "Aleksandra", "Wojciech",
         "Dmytro", "Olena", "Ruslan", "Yitzhak", "Noa", "Ahmad", "Layla", "Hēmi", "Aroha", "Kofi", "Fatoumata",
         "Tomás", "Pádraig", "Eilidh", "Rhys", "Giulia", "Matteo", "Zsófia", "Tereza", "Priyanka", "Nasrin"]
LAST = ["Lindqvist", "Ní Bhriain", "O'Connor", "D'Angelo", "Adébáyọ̀", "Okonkwo-Eze", "Mensah", "Mokoena",
        "Hosseini", "Rahimi", "Öztürk", "Yıldırım", "Park", "Choi", "Yamamoto", "Takahashi", "Raghavan",
        "Subramanian", "Zhang", "Liu", "Chen", "Nguyễn", "Trần", "Dubois-Lefèvre", "Tremblay", "Gonçalves",
        "Núñez-Ribeiro", "García Márquez", "Sigurðsson", "Guðmundsdóttir", "Kjær", "Wróblewska", "Kowalczyk",
        "Shevchenko", "Kovalenko", "Akhmetov", "Ben-David", "Al-Khatib", "Haddad", "Te Whiu", "Asante",
        "Diallo", "Mac Giolla Phádraig", "MacLeod", "ap Gwilym", "De Luca", "van 't Hoff", "Szabó", "Nováková",
        "Bhattacharya", "Karimi", "St. Clair", "Smith-Jones", "von Kármán", "McAllister", "Iyer"]
ROLES = ["PhD student", "PhD student", "PhD student", "postdoc", "postdoc", "MSc student", "visiting researcher",
         "research engineer", "lab manager", "undergrad RA", "PI"]
PLACES = [
    "Uppsala", "uppsala", "752 36 Uppsala", "Ångströmlaboratoriet, Lägerhyddsvägen 1, Uppsala", "Abisko",
    "Kiruna", "Ny-Ålesund", "Longyearbyen, Svalbard", "Tromsø", "Reykjavík", "Akureyri", "Mauna Kea",
    "Hilo, HI", "La Palma", "Santa Cruz de Tenerife", "San Pedro de Atacama", "Cerro Pachón", "Valparaíso",
    "Heidelberg", "Garching bei München", "Villigen PSI", "Genève", "CERN Meyrin", "Lausanne", "Grenoble",
    "Hamburg-Bahrenfeld", "Trieste", "Okinawa", "つくば市", "Tsukuba", "新竹市", "Hsinchu", "Bengaluru",
    "IISc, CV Raman Rd, Bengaluru 560012", "पुणे", "Pune", "Isfahan", "اصفهان", "تهران", "Shiraz", "Ibadan",
    "Lagos", "Nairobi", "Addis Ababa", "Kigali", "São Carlos", "Campinas", "Cambridge, MA", "Cambridge, UK",
    "CB2 1EW", "OX1 3QZ", "Ann Arbor", "Urbana-Champaign", "Chapel Hill", "La Jolla", "Woods Hole",
    "Kraków", "Brno", "Kyiv", "Харків", "Almaty", "대전", "Daejeon", "合肥", "Hefei", "Hà Nội", "Chiang Mai",
    "ঢাকা", "Kathmandu", "لاہور", "חיפה", "Rehovot", "Amman", "Marrakech", "Dakar", "Accra", "Stellenbosch",
    "Hobart", "Dunedin", "McMurdo Station", "Dome C, Antarctica", "Zürich", "Göttingen", "Jülich",
    "Saint-Martin-d'Hères", "L'Aquila", "Gran Sasso", "Coimbra", "St Andrews", "Aberystwyth",
    "59.8586, 17.6389", "78.9236,11.9097", "19.8207° N, 155.4681° W", "-24.6272, -70.4042", "Tokyo 113-8654",
    "Boulder, CO 80305", "Menlo Park", "Lund", "Malmö", "Göteborg", "Oulu", "Jyväskylä", "Dún Laoghaire",
]
TIMEZONES = ["Europe/Stockholm", "Europe/Oslo", "Atlantic/Reykjavik", "Arctic/Longyearbyen", "Europe/Zurich",
             "Europe/Berlin", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Warsaw", "Europe/Kyiv",
             "Europe/Istanbul", "Asia/Tehran", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Shanghai",
             "Asia/Taipei", "Asia/Seoul", "Asia/Tokyo", "Asia/Ho_Chi_Minh", "Asia/Jerusalem", "Asia/Almaty",
             "Africa/Lagos", "Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Johannesburg", "America/Sao_Paulo",
             "America/Santiago", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
             "Pacific/Honolulu", "Pacific/Auckland", "Australia/Hobart", "Antarctica/McMurdo", "UTC", "Etc/GMT-1"]
CHANNELS = [("C03GENERAL", "general"), ("C03RANDOM1", "random"), ("C03GROUPMT", "group-meeting"),
            ("C03JCLUB01", "journal-club"), ("C03HYDRA01", "hydra-cluster"), ("C03WETLAB1", "wetlab"),
            ("C03INVENT1", "inventory"), ("C03PAPERS1", "papers-wip"), ("C03STATS01", "stats-help"),
            ("C03LATEX01", "latex-help"), ("C03TEACH01", "teaching-ht24"), ("C03GRANTS1", "grants"),
            ("C03FIELD01", "fieldwork-svalbard"), ("C03SEMINR1", "seminars"), ("C03FIKA001", "fika"),
            ("C03NMR6001", "nmr-booking"), ("C03THESIS1", "thesis-writing"), ("C07ETHCOLL", "ext-eth-collab")]
DOIS = ["10.1038/s41586-021-03819-2", "10.1021/acs.jctc.3c00214", "10.1063/5.0147231", "10.1103/PhysRevLett.130.036401",
        "10.1126/science.abj8754", "10.48550/arXiv.2310.06825", "10.1016/j.cpc.2020.107206", "10.1039/D3SC02581K",
        "10.18637/jss.v067.i01", "10.1093/bioinformatics/btad123", "10.5281/zenodo.10034711",
        "10.1002/anie.202312345", "10.1073/pnas.2217400120", "10.21105/joss.05132"]
ARXIV = ["2310.06825", "2401.01234v2", "2305.18290", "2210.03629", "2406.11941v1", "2312.00752",
         "hep-th/9711200", "math/0211159", "2403.09611", "1706.03762v7", "2407.21783"]
GRANTS = ["ERC-2022-StG 101076543", "VR 2021-04567", "NSF CHE-2154321", "NIH R01 GM134567-03",
          "DFG SFB 1294/2", "Wallenberg KAW 2020.0123", "Horizon Europe 101057437 (MSCA-DN)",
          "SNSF 200021_207411", "UKRI EP/X012345/1", "JSPS KAKENHI 23K13456", "NordForsk #105123",
          "SNIC 2023/5-412", "NAISS 2024/22-1187"]
LINKS = ["https://github.com/lindqvist-lab/qmforge/pull/412", "https://github.com/lindqvist-lab/hydra-scripts/issues/37",
         "https://www.overleaf.com/project/6523f1a9e4b0c2d1a8f3e7b2", "https://arxiv.org/abs/2310.06825",
         "https://arxiv.org/pdf/2401.01234v2", "https://doi.org/10.1021/acs.jctc.3c00214",
         "https://pubs.acs.org/doi/10.1021/acs.jctc.3c00214", "https://www.nature.com/articles/s41586-021-03819-2",
         "https://scholar.google.com/scholar?q=%22neural+network+potentials%22+benchmark&hl=en&as_ylo=2022",
         "https://www.zotero.org/groups/4921337/lindqvist-lab/items/collectionKey/QX7B2JHK",
         "https://docs.google.com/spreadsheets/d/1Lq9xZpT3vW/edit#gid=1847261",
         "https://cran.r-project.org/web/packages/lme4/vignettes/lmer.pdf",
         "https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.curve_fit.html",
         "https://hydra-login01.northbridge.edu:8443/grafana/d/slurm?orgId=1&from=now-24h&var-partition=gpu",
         "https://jupyter.hydra.northbridge.edu:8000/user/astrid/lab/tree/projects/dft/analysis.ipynb",
         "http://nmr-600.chem.northbridge.edu:8080/bookings?week=41", "https://wiki.lindqvist-lab.org/Hydra#Quotas",
         "https://www.sigmaaldrich.com/SE/en/product/sial/s7653", "https://pubchem.ncbi.nlm.nih.gov/compound/962",
         "https://webbook.nist.gov/cgi/cbook.cgi?ID=C7732185&Mask=4", "https://zenodo.org/records/10034711",
         "https://indico.cern.ch/event/1330797/timetable/?view=standard", "https://meet.northbridge.edu/b/lin-x7q-92k",
         "https://en.wikipedia.org/wiki/Born–Oppenheimer_approximation", "https://stats.stackexchange.com/q/18391",
         "https://tex.stackexchange.com/questions/5223/command-for-argmin-or-argmax", "https://yr.no/en/forecast/daily-table/1-2837029"]
EMOJI = [":+1:", ":tada:", ":pray:", ":coffee:", ":eyes:", ":sweat_smile:", ":white_check_mark:", ":test_tube:",
         ":microscope:", ":snowflake:", ":fire:", ":brain:", ":books:", ":chart_with_upwards_trend:", ":thinking_face:",
         ":partying_face:", ":cake:", ":bug:", ":rocket:", ":exploding_head:", "🧪", "🧬", "⚗️", "📈", "🙏", "😅",
         "🥲", "🎉", "❄️", "☕", "🤯", "📄", "🐧", "👩‍🔬", "🧑‍💻", "∎"]

# @@M@@ mention, @@L@@ link, @@C@@ channel, @@P@@ place, @@N@@ number, @@D@@ DOI, @@A@@ arXiv id,
# @@J@@ SLURM job id, @@G@@ grant number.
CHAT = [
    "morning! ☕ anyone in the office already?", "fika at 15:00 in the kitchen, @@M@@ baked kanelbullar",
    "is the NMR free after lunch?", "booked the 600 MHz for Thu 14–16, shout if you need it more",
    "the -80 °C freezer in B2.14 is beeping again. door was not closed properly, fixed",
    "who borrowed the good pipettes (P200, P1000)? pls return to bench 4",
    "we're out of CDCl₃ — ordered 2 × 100 mL, should arrive Friday",
    "reminder: group meeting moved to 13:15 in Å80121 today; @@M@@ presents",
    "journal club tomorrow: \"Accurate structure prediction of biomolecular interactions with AlphaFold 3\" @@L@@",
    "paper of the week: @@L@@ (doi:@@D@@) — the SI is 140 pages lol",
    "new on arXiv: arXiv:@@A@@ \"Scaling laws for neural network potentials: a reality check\"",
    "my job @@J@@ has been PENDING (Priority) for 14 h. is the gpu partition full again?",
    "hydra is slow today, load avg 212 on login01. please don't run python on the login nodes 🙏",
    "can someone explain why my `sbatch` says `Invalid account or account/partition combination specified`?",
    "quota on /proj/lindqvist is at 94%. please clean your scratch dirs!",
    "lgtm, merged", "thanks @@M@@!!", "ty", "+1", "same here", "on it", "brb, running to the seminar",
    "does anyone have the LaTeX template for the department thesis? the one with the funny margins",
    "how do I get $\\hat{\\beta}$ bold in beamer?", "`\\mathbf` doesn't work on Greek letters, use `\\boldsymbol`",
    "overleaf is down again :upside_down_face:", "pro tip: `latexmk -pdf -pvc main.tex` and never think about it again",
    "submitted!!! 🎉🎉 (to JCTC, fingers crossed)", "reviewer 2 strikes again: \"the authors should consider all "
    "possible functionals\"", "R² = 0.97 on the test set, suspicious… checking for leakage",
    "p = 0.049. I am not making this up", "n=3 is not a sample size, it's an anecdote 😅",
    "the confidence interval is [0.12, 0.31], so yes it's positive", "anyone know a good intro to Bayesian "
    "hierarchical models? the brms vignette is a bit much", "Stan is compiling… see you in 10 minutes",
    "Happy birthday @@M@@! 🎂 cake in the kitchen at 3", "welcome @@M@@, our new PhD student from @@P@@! 👋",
    "farewell lunch for @@M@@ on Friday 12:00 at Ofvandahls, please react if you're coming",
    "I'll be at the conference in @@P@@ next week, slow replies", "on parental leave from Monday, see you in March",
    "the fieldwork team landed in Longyearbyen 🐻‍❄️ −14 °C and dark at noon",
    "weather at @@P@@ looks terrible for the sampling trip, moving to Thursday",
    "Grant deadline: @@G@@ report due 31 Oct. @@M@@ please send your paragraph by the 20th",
    "the budget line for consumables is at 71% after the helium order", "liquid N₂ delivery Wed 08:00, be there",
    "safety walk-through Thursday. label every bottle (name, date, contents). no unlabelled falcons!",
    "whoever left 500 mL of 1 M HCl in the fume hood uncapped: please don't", "lab coats are in the laundry bag",
    "Tack för idag!", "Tusen takk for hjelpa 🙏", "Takk fyrir!", "¡Gracias a todos por venir al seminario!",
    "Merci pour la relecture, je corrige ce soir", "Danke für die Hilfe mit dem Skript!",
    "Grazie mille, funziona 👍", "Obrigada! Já submeti o resumo", "Dziękuję, działa!", "Дякую, все працює!",
    "谢谢！我明天把数据发给你", "ありがとうございます！明日のゼミで発表します", "감사합니다! 내일 봬요",
    "Cảm ơn anh nhiều!", "धन्यवाद, मैं कल भेज दूँगी", "ممنون، فردا می‌فرستم", "شكراً، سأرسلها غداً", "תודה רבה!",
    "Ngiyabonga!", "E dupe o!", "Asante sana", "Kia ora e hoa", "Go raibh maith agat!", "Diolch yn fawr!",
    "is it `\\citep` or `\\citet` for \"as shown by Smith et al. (2021)\"?", "biber or bibtex? my bib has ä ö å in it",
    "what's the default BLAS on hydra? numpy is using 1 core", "`export OMP_NUM_THREADS=8` fixed it, thx @@M@@",
    "conda env solve taking 40 min… switching to mamba", "pip install --user is forbidden on hydra, use a venv",
    "ORCA 5.0.4 or 6.0? the new one changed the default grid", "my SCF doesn't converge for the Cu(II) complex",
    "try `! TightSCF SlowConv` and a smaller DIIS start", "ΔG‡ = 17.3 kcal/mol, matches the experiment within 1",
    "the Fe–N bond is 1.98 Å in the crystal and 2.04 Å in the DFT, B3LYP-D3(BJ)/def2-TZVP",
    "why is my RMSD 4.2 Å?? oh, wrong reference frame", "k_B T at 298 K is 0.593 kcal/mol, for the record",
    "coffee machine fixed ☕ thanks facilities", "someone's lunch is in the chemical fridge again. NOT OK",
    "who's coming to the PhD defence of @@M@@ on the 18th? 10:00 in Häggsalen",
    "opponent for the defence confirmed: Prof. Ó Súilleabháin from UCD", "thesis printed, 94 copies, 312 pages",
    "TA sign-up sheet for the stats course (KE1234) is in @@C@@", "labs for KE1234 start week 42",
    "students asking if `t.test(x, y, paired = TRUE)` is OK for the exam. yes.",
    "the seminar recording is up: @@L@@", "Zoom link for tomorrow's seminar: @@L@@ (passcode in the calendar)",
    "who has admin on the lab GitHub? need a new repo for the benchmark",
    "ping @@M@@ re the reviewer response", "see thread ⬇️", "^ this", "ok", "kk", "lol", "😂", "🙏",
    "can we please agree on SI units in the paper? half the figures are in kcal/mol, half in kJ/mol",
    "1 Eₕ = 627.509 kcal/mol = 27.2114 eV, pinning this forever", "cutoff 6 Å vs 5 Å makes no difference, see plot",
    "@@M@@ are you still using the old GPU node gn07? can I take it for 2 days?",
    "anyone read \"A Tutorial on Bayesian Optimization\" by Frazier? worth it?",
    "Title idea: \"Sharper, Faster, Cheaper: Machine-Learned Potentials for Transition-Metal Catalysis\"",
    "or \"When Is Δ-Learning Enough? A Benchmark\"", "nah, too clickbait-y 😂",
    "Reminder: book your ticket to the Nordic Chemistry Meeting (10–12 Jan, Tromsø) before Friday",
    "did the purchase order for the new workstation (PO-24-0871) go through?",
    "Zenodo DOI for the dataset: @@D@@", "cite the data as \"Lindqvist Lab (2024). QM7x-TM benchmark [Data set].\"",
    "the weather in @@P@@ this weekend 🌧️🌧️🌧️", "snow in @@P@@ already?! ❄️", "it's 31 °C in @@P@@, jealous?",
]
CODE = [
    "```\n$ squeue -u $USER -o \"%.18i %.9P %.30j %.8T %.10M %.6D %R\"\n             JOBID PARTITION"
    "                           NAME    STATE       TIME  NODES NODELIST(REASON)\n          @@J@@       gpu"
    "               dft_cu_scan_r2  PENDING       0:00      1 (Priority)\n```",
    "```\nsbatch --partition=gpu --gres=gpu:a100:2 --cpus-per-task=16 --mem=120G --time=48:00:00 \\\n"
    "       --account=naiss2024-22-1187 --job-name=mlp_train run_train.sh\n```",
    "`scancel -u $USER --state=PENDING` if you want to kill all your queued ones",
    "```\n#!/bin/bash\n#SBATCH -J orca_opt\n#SBATCH -n 32\n#SBATCH -t 2-00:00:00\n#SBATCH --mail-type=END,FAIL\n"
    "module purge\nmodule load ORCA/5.0.4-gompi-2022a\ncd $SLURM_SUBMIT_DIR\n$EBROOTORCA/orca input.inp > out.log\n```",
    "```\nsacct -j @@J@@ --format=JobID,Elapsed,MaxRSS,State,ExitCode\n```",
    "`rsync -avP --exclude '*.chk' hydra:/proj/lindqvist/users/$USER/runs/ ./runs/`",
    "```\nsrun -p interactive --pty -t 01:00:00 --mem=8G bash -l\n```",
    "`du -sh /proj/lindqvist/users/* 2>/dev/null | sort -rh | head -20`",
    "```r\ndf %>% group_by(condition, batch) %>% summarise(mean_yield = mean(yield, na.rm = TRUE), "
    "sd = sd(yield), n = n())\n```",
    "```r\nfit <- lmer(rt ~ condition * session + (1 + condition | subject), data = d, REML = FALSE)\n"
    "summary(fit)\n```",
    "`ggplot(d, aes(x = temp_K, y = k_obs, colour = solvent)) + geom_point() + scale_y_log10() + theme_bw()`",
    "`t.test(yield ~ catalyst, data = runs, var.equal = FALSE)`", "`p.adjust(pvals, method = \"BH\")`",
    "`with(d, cor.test(x, y, method = \"spearman\"))`", "`anova(m0, m1)` says m1 is better, χ²(2) = 11.4, p = .003",
    "```r\nlibrary(brms)\nm <- brm(bf(y ~ 1 + x + (1 | lab)), data = d, family = student(), chains = 4, "
    "cores = 4, seed = 2024)\n```",
    "`read.csv(\"data/nmr_2024-10-07.csv\", sep = \";\", dec = \",\")` — the spectrometer exports Swedish decimals",
    "```python\nimport numpy as np\nE = np.load(\"energies.npy\")\nprint(E.shape, E.mean(axis=0), "
    "np.percentile(E, [5, 95]))\n```",
    "`python -c \"import torch; print(torch.__version__, torch.cuda.is_available())\"`",
    "```python\ndf = pd.read_csv(\"runs/summary.csv\")\ndf.groupby([\"functional\", \"basis\"])[\"mae\"]"
    ".agg([\"mean\", \"std\"]).round(3)\n```",
    "```python\nfrom scipy.optimize import curve_fit\ndef arrhenius(T, A, Ea):\n    return A * np.exp(-Ea / "
    "(8.314 * T))\npopt, pcov = curve_fit(arrhenius, T, k, p0=(1e10, 5e4))\n```",
    "`[x for x in Path(\"runs\").glob(\"**/out.log\") if \"ORCA TERMINATED NORMALLY\" not in x.read_text()]`",
    "```\nTraceback (most recent call last):\n  File \"/home/astrid/qmforge/train.py\", line 212, in <module>\n"
    "    loss.backward()\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB (GPU 0; 39.39 "
    "GiB total capacity; 36.10 GiB already allocated)\n```",
    "```\nValueError: operands could not be broadcast together with shapes (128,3) (128,)\n```",
    "```latex\n\\begin{equation}\n  E_{\\mathrm{xc}}[\\rho] = \\int \\rho(\\mathbf{r})\\,"
    "\\varepsilon_{\\mathrm{xc}}(\\rho(\\mathbf{r}))\\,\\mathrm{d}\\mathbf{r}\n\\end{equation}\n```",
    "`$\\Delta G^\\ddagger = -RT \\ln\\left(\\frac{k h}{k_\\mathrm{B} T}\\right)$`",
    "`\\newcommand{\\argmin}{\\operatorname*{arg\\,min}}` goes in the preamble",
    "```latex\n\\begin{table}[ht]\n\\centering\n\\begin{tabular}{lSS}\n\\toprule\nMethod & {MAE / kcal mol$^{-1}$} "
    "& {RMSE} \\\\\n\\midrule\nB3LYP & 2.31 & 3.05 \\\\\n\\bottomrule\n\\end{tabular}\n\\end{table}\n```",
    "`\\usepackage[version=4]{mhchem}` then `\\ce{CuSO4.5H2O}` renders the hydrate properly",
    "`$\\hat{\\theta} = \\arg\\max_\\theta \\sum_{i=1}^{n} \\log p(x_i \\mid \\theta)$`",
    "```\n! Undefined control sequence.\nl.142 \\SI\n         {3.2}{\\kilo\\joule\\per\\mole}\n```\nforgot "
    "`\\usepackage{siunitx}` 🤦",
    "`$\\mathbb{E}[X] = \\sum_x x\\,p(x)$` and `$\\mathrm{Var}(X) = \\mathbb{E}[X^2] - \\mathbb{E}[X]^2$`",
    "```\ngit checkout -b fix/scf-guess\ngit commit -am \"use PModel guess for 3d metals\"\ngit push -u origin "
    "fix/scf-guess\n```",
    "```\nmodule load Python/3.11.3-GCCcore-12.3.0\npython -m venv ~/venvs/mlp && source ~/venvs/mlp/bin/activate\n"
    "pip install -r requirements.txt\n```",
    "```\nnvidia-smi --query-gpu=name,memory.used,utilization.gpu --format=csv\nname, memory.used [MiB], "
    "utilization.gpu [%]\nNVIDIA A100-SXM4-40GB, 38211 MiB, 97 %\n```",
    "```\nawk '/FINAL SINGLE POINT ENERGY/ {print FILENAME, $5}' runs/*/out.log | sort -k2 -g | head\n```",
    "`grep -c 'HURRAY' */opt.log` — counts how many geometry optimisations converged",
    "`find . -name '*.tmp' -mtime +14 -delete` on scratch, please, before the purge does it for you",
    "```\n=IF(B2>0;B2*0.001;\"n/a\")\n```\nthe inventory sheet uses semicolons, Swedish locale",
    "```sql\nSELECT cas, name, location, qty_g FROM chemicals WHERE location LIKE 'B2.14%' AND qty_g < 5 ORDER BY "
    "name;\n```\n(the inventory sqlite, read-only copy)",
    "```julia\nusing DifferentialEquations\nprob = ODEProblem(f!, u0, (0.0, 100.0), p)\nsol = solve(prob, "
    "Tsit5(); reltol=1e-8)\n```",
    "`jupyter nbconvert --to html --execute analysis.ipynb`",
]
LONG = [
    "*Group meeting, Tue 8 Oct* (13:15, Å80121)\n1. @@M@@: \"Δ-learning for Cu catalysts — first results\"\n"
    "2. Journal club: Jumper et al., Nature 596, 583–589 (2021), doi:10.1038/s41586-021-03819-2\n3. AOB: hydra "
    "quota, fieldwork dates, fika rota\nSnacks: @@M@@ :cake:",
    "Inventory update (B2.14, cabinet 3):\n• CuSO₄·5H₂O — 212 g\n• K₂Cr₂O₇ — 48 g (⚠️ CMR, sign the log)\n"
    "• NaBH₄ — 25 g, keep dry\n• EtOH 99.5% — 3 × 2.5 L\n• Tris-HCl 1 M pH 7.4 — 500 mL\n• DMSO-d₆ — 10 × 0.75 mL\n"
    "Order from Sigma: S7653 (NaCl, 1 kg), 34851-1L (MeCN, HPLC grade)",
    "Hi all,\n\nforwarding from the faculty office:\n\n> Dear colleagues,\n> the deadline for the internal "
    "review of ERC applications is 15 November 2024, 12:00 CET.\n> Please send drafts to research-support@"
    "northbridge.edu.\n> Best, Karin\n\n@@M@@ @@M@@ this is for the CoG, let's aim for the 1st",
    "Fieldwork Svalbard, week 44:\n- flights OSL→LYR Mon 28 Oct 10:25, SK4424\n- gear check Fri 25 Oct in the "
    "basement (survival suits, rifles training cert!)\n- weather: follow `/jeeves weather Ny-Ålesund`\n"
    "- samples: 40 × 50 mL falcons, pre-labelled SV24-001…SV24-040\nQuestions → @@M@@",
    "Reviewer response, draft v3:\n> *Comment 2.4*: \"The choice of the D3(BJ) correction is not justified.\"\n"
    "We thank the reviewer. We now compare D3(BJ) and D4 (new Table S7); the MAE changes by < 0.1 kcal/mol "
    "(Section 3.2, p. 9, lines 212–220).",
    "Stats clinic summary:\nQ: \"Can I use a t-test with n = 4 per group?\"\nA: you can, but report the CI and the "
    "effect size, and look at the data first. Consider `wilcox.test()` or a permutation test.\n"
    "Q: \"What's the difference between `lm()` and `glm(family = gaussian)`?\"\nA: none for the estimates.",
    "Hydra maintenance *Wed 16 Oct 07:00–17:00*:\n• all partitions drained from 06:00, jobs that can't finish "
    "are held\n• /proj and /scratch read-only\n• new SLURM 23.11, `--gpus-per-task` finally works\n"
    "Details: https://wiki.lindqvist-lab.org/Hydra#Maintenance",
    "New paper out! :tada:\n\"Sharper Barriers: Machine-Learned Potentials for Cu-Catalysed C–N Coupling\"\n"
    "Okonkwo-Eze, N.; Yamamoto, K.; Ní Bhriain, S.; Lindqvist, A. *J. Chem. Theory Comput.* 2024, 20 (19), "
    "8412–8427. https://doi.org/10.1021/acs.jctc.3c00214\nPreprint: https://arxiv.org/abs/2401.01234",
    "Teaching, KE1234 (HT24):\n| week | topic | TA |\n|---|---|---|\n| 41 | descriptive stats | @@M@@ |\n"
    "| 42 | t-tests, ANOVA | @@M@@ |\n| 43 | regression in R | @@M@@ |\nLabs in room 2001, 13:00–17:00.",
    "-------- Forwarded message --------\nFrom: Facilities <facilities@chem.northbridge.edu>\nDate: Mon, 7 Oct "
    "2024 16:40\nSubject: Ventilation stop, building 7, 10 Oct 06:00–09:00\n\nNo work in the fume hoods during "
    "the stop. Close all sashes before leaving on Wednesday.",
    "Thesis checklist (from the grad school):\n- [x] kappa (summary chapter) ≤ 80 pp.\n- [ ] papers I–IV as "
    "appendices, with permissions\n- [ ] ISBN 978-91-513-XXXX-X from the library\n- [ ] \"spikning\" date booked "
    "\n- [ ] abstract in Swedish *and* English",
    "Budget snapshot (@@G@@), SEK:\n```\npersonnel      2 410 000\nequipment        380 500\nconsumables      "
    "126 340  (71 %)\ntravel            58 900\noverhead (35%)   1 043 000\n```\nnext report due 2025-01-31",
]
BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "weather @@P@@ tomorrow?", "wether @@P@@",
                "Weather @@P@@", "remember location @@P@@", "remember location @@P@@", "my location",
                "forget location", "help", "config", "config timezone @@TZ@@", "config tz @@TZ@@",
                "config alert_time @@T@@", "config units metric", "config units imperial", "config units SI pls",
                "alerts on", "alerts off", "login", "forget me", "hej!", "hi jeeves", "what can you do?",
                "is it going to snow at @@P@@ this week", "weather @@P@@ ❄️", "weather 78.92N 11.93E",
                "tack!", "thanks 🙏", "config alert_time 6:45", "remember location field station, @@P@@"]
EPITHETS = ["hydra-bot", "github", "overleaf", "zotero", "arxiv-feed", "calendar", "nmr-booking", "gitlab-ci"]


class LabDay(WebApp):
    """The lab, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_seventh-benign"
    epoch = EPOCH
    slack_retry_rate = 0.02
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 11 * 3600)
    context_bytes, ext_shared_partner = 40, True
    oauth_scopes, oauth_audience_rate = ("read", "read write", "write read", "read"), 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(64):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = self._ascii(first).split()[0] + "." + self._ascii(last).replace(" ", "").replace("'", "")
            domain = "northbridge.edu" if self.chance(0.6) else "student.northbridge.edu"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "role": self.pick(ROLES),
                                "handle": handle + (str(i) if i % 9 == 0 else ""), "email": f"{handle}@{domain}",
                                "place": self.pick(PLACES), "tz": self.pick(TIMEZONES)})

    @staticmethod
    def _ascii(text: str) -> str:
        table = str.maketrans({"Þ": "Th", "þ": "th", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae",
                               "ı": "i", "ł": "l", "Ł": "L", "ß": "ss"})
        flat = unicodedata.normalize("NFKD", text.translate(table))
        return "".join(c for c in flat if c.isascii() and (c.isalnum() or c in " -'")).lower()

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 7, 8, 8, 9, 12, 16, 18, 22]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def job_id(self) -> str:
        return str(self.rng.randint(4_100_000, 4_999_999))

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, Slack's own escaping and <...> markup for links and mentions."""
        out = slack_escape(text) if slack else text
        subs = {"@@P@@": lambda: slack_escape(self.pick(PLACES)) if slack else self.pick(PLACES),
                "@@N@@": lambda: str(self.rng.randint(2, 48)), "@@D@@": lambda: self.pick(DOIS),
                "@@A@@": lambda: self.pick(ARXIV), "@@J@@": self.job_id, "@@G@@": lambda: self.pick(GRANTS),
                "@@TZ@@": lambda: self.pick(TIMEZONES), "@@T@@": self.alert_time}
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|paper", "|PR", "|here", "|slides", "|the sheet"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.58:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "\x00here ", "@@M@@ @@M@@ ", "\x00channel "]) + text
        elif roll < 0.86:
            text = self.pick(["", "", "", "hmm ", "help? ", "for the record:\n", "@@M@@ ", "this works for me:\n",
                              "on hydra I get\n"]) + self.pick(CODE)
            if self.chance(0.25):
                text += "\n" + self.pick(["any idea?", "thoughts?", "solved, thx", "cc @@M@@", "🤷", "(R 4.3.2)",
                                          "(python 3.11, numpy 1.26)"])
        else:
            text = self.pick(LONG)
        out = self.fill(text)
        return out.replace("\x00here", "<!here>").replace("\x00channel", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack events --------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if raw.startswith("```") and raw.endswith("```"):
            elements.append({"type": "rich_text_preformatted", "border": 0,
                             "elements": [{"type": "text", "text": raw.strip("`").strip("\n")}]})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False,
                      thread: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if thread or self.chance(0.12):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.15))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        team = PARTNER_TEAM if cid == "C07ETHCOLL" and self.chance(0.5) else TEAM
        return self.record("slack-chat", "json",
                           self.event_request(self.message_event(self.chat_text(), cid, "channel"), team))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.pick([self.chat_text(), self.chat_text(), self.fill(self.pick([
            "replying in thread: yes, the 14:00 slot works", "did you try a smaller time step (0.5 fs)?",
            "+1 to @@M@@'s suggestion", "I had the same with R 4.4, downgrading `Matrix` fixed it",
            "it's eq. (7) in the SI, the one with $\\sigma_{ij}$", "resubmitted as job @@J@@",
            "thx, that was it: missing `\\usepackage{amssymb}` for `\\mathbb`", "source: doi:@@D@@",
            "agree with Reviewer 1, not with Reviewer 2 😅", "I'll bring dry ice", "ok booked 🧪"]))])
        event = self.message_event(text, cid, "channel", thread=True)
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}>  ", f"hey <@{BOT_USER}> "]) + self.command_text()
        else:
            text = f"<@{BOT_USER}> " + self.chat_text()
        return self.record("slack-mention", "json",
                           self.event_request(self.message_event(text, cid, "channel", mention=True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.78) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0", 9), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo)", " *", "", " — fixed the link", " [edited: n=12]"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": self.inner(old),
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        source = self.pick(EPITHETS)
        n = self.rng.randint(10, 999)
        job = self.job_id()
        person = self.pick(self.people)
        texts = {
            "hydra-bot": f"SLURM Job_id={job} Name=dft_{self.pick(['cu', 'fe', 'ni'])}_scan_{n} Ended, Run time "
                         f"{self.rng.randint(0, 47):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}, "
                         f"{self.pick(['COMPLETED, ExitCode 0', 'FAILED, ExitCode 1', 'TIMEOUT, ExitCode 0'])}",
            "github": f"*[lindqvist-lab/qmforge]* Pull request #{n} opened by {person['handle']}: "
                      f"<https://github.com/lindqvist-lab/qmforge/pull/{n}|Add D4 dispersion &amp; fix "
                      f"\"ω\" range in `--rsh` option>",
            "overleaf": f"{person['name']} commented on *Thesis — kappa* (ch. 3, p. {n % 80}): \"is this "
                        f"$\\Delta E_{{\\mathrm{{ZPE}}}}$ or $\\Delta H$?\"",
            "zotero": f"New item in *lindqvist-lab*: \"Neural Network Potentials: A Concise Overview of Methods\" "
                      f"(J. Chem. Phys. 160, 0{n}01, 2024) — added by {person['handle']}",
            "arxiv-feed": f"physics.chem-ph: <https://arxiv.org/abs/{self.pick(ARXIV)}|“Transferable "
                          f"Δ-Learning Corrections for Transition-Metal Complexes: From CCSD(T) to DFT and Back”>",
            "calendar": f"Reminder: *Seminar: Prof. Ngozi Okonkwo-Eze (Ibadan) — “Catalysis in the Age of "
                        f"ML”* today 15:15–16:00, Häggsalen (Å10132) &amp; <https://meet.northbridge.edu/b/sem-{n}|Zoom>",
            "nmr-booking": f"NMR 600 MHz booked: {person['name']}, Thu 10 Oct 14:00–16:00, ¹H/¹³C/HSQC, "
                           f"sample LQ-24-{n:03d} in DMSO-d₆",
            "gitlab-ci": f":x: Pipeline #{job} failed for `main` (lindqvist-lab/hydra-scripts): job `test:r` — "
                         f"`testthat` 3 failures, see <https://gitlab.northbridge.edu/lindqvist-lab/hydra-scripts/"
                         f"-/pipelines/{job}|pipeline>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel"}
        if self.chance(0.5):
            event["attachments"] = [{"fallback": texts[source][:90], "color": self.pick(["2eb886", "a30200", "daa038"]),
                                     "footer": source, "ts": EPOCH + n}]
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name, mime = self.pick([("main.pdf", "application/pdf"), ("Fig3_barriers_v4 (final).png", "image/png"),
                                ("SI_draft_2024-10-07.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                ("lmer_output.txt", "text/plain"), ("analysis.R", "text/plain"),
                                ("plot_rdf.py", "text/x-python"), ("slurm-4718823.out", "text/plain"),
                                ("inventory_B2.14.xlsx", "application/vnd.ms-excel"), ("¹H-NMR_LQ-24-117.pdf",
                                                                                      "application/pdf"),
                                ("poster_NCM2025 — A0.pdf", "application/pdf"), ("IMG_20241008_101522.jpg",
                                                                                 "image/jpeg"),
                                ("thesis_kappa.tex", "application/x-tex"), ("références.bib", "text/plain")])
        fid = self.sid("F0", 9)
        event = self.message_event(self.pick(["", "", "here you go", "the figure we talked about", "new version ⬇️",
                                              "SI with the new table", "output attached, line 88 is the weird bit",
                                              "poster draft, comments welcome until Fri"]), cid, "channel")
        event["subtype"] = "file_share"
        event["upload"] = False
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mime, "filetype": name.rsplit(".", 1)[-1].lower(), "pretty_type":
                           name.rsplit(".", 1)[-1].upper(), "user": event["user"],
                           "size": self.rng.randint(800, 9000000),
                           "mode": "hosted", "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.pick([1, 1, 1, 2, 3]))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": self.ts(), "unfurl_id": f"{cid}.{self.ts()}.{self.hexs(40)}",
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["+1", "heart", "tada", "eyes", "white_check_mark", "test_tube", "pray", "joy",
                                        "raised_hands", "skin-tone-4", "+1::skin-tone-2", "fire", "cake",
                                        "flag-se", "flag-ng", "meow_party", "this", "100"]),
                 "item_user": self.pick(self.people)["id"], "item": {"type": "message", "channel": cid,
                                                                     "ts": self.ts()},
                 "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "state": {"values": {}}, "title": {"type": "plain_text", "text": "Jeeves"}}
        return self.record("slack-home", "json", self.event_request(event))

    # ---- Slack slash commands and interactions -------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        headers = self.slack_headers("application/x-www-form-urlencoded")
        return self.record("slack-command", "form", {"method": "POST", "uri": "/slack/commands",
                                                     "body": urllib.parse.urlencode(fields), "headers": headers})

    def interaction(self, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.2),
                                                              separators=(",", ":")))])
        return self.slack_request("/slack/interactions", body, form=True)

    def payload_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": f"📍 {place}", "emoji": True}, "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "forget",
                      "style": "danger", "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget everything", "emoji": True}}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "cancel",
                      "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "No, keep my data", "emoji": True}}
        payload = self.payload_base("block_actions")
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions"), "actions": [action]})
        return self.record("slack-button", "form", self.interaction(payload))

    def modal_submit(self) -> dict[str, Any]:
        """A modal's submit: 'report a wrong place' or 'feedback' (the app handles only buttons: a 400)."""
        payload = self.payload_base("view_submission")
        report = self.chance(0.6)
        values: dict[str, Any]
        if report:
            values = {"place_blk": {"place": {"type": "plain_text_input", "value": self.pick(PLACES)}},
                      "what_blk": {"what": {"type": "static_select", "selected_option": {
                          "text": {"type": "plain_text", "text": "Wrong coordinates"}, "value": "coords"}}},
                      "note_blk": {"note": {"type": "plain_text_input", "value": self.fill(self.pick([
                          "The station at Ny-Ålesund reads −9.4 °C but Jeeves says −2 °C. Different grid cell?",
                          "\"Saint-Martin-d'Hères\" resolves to a village in Québec, not the campus near Grenoble",
                          "Typed 78.92N 11.93E and got a place in Norway's mainland; lat/lon order swapped?",
                          "Gran Sasso lab is underground (1,400 m rock) 😄 but the surface weather is fine",
                          "Mauna Kea summit (4,207 m) vs Hilo (sea level): can I pick the altitude?", ""]),
                          slack=False)}}}
            callback, title = "report_place", "Report a wrong place"
        else:
            values = {"fb_blk": {"feedback": {"type": "plain_text_input", "value": self.fill(self.pick([
                "Love the daily alert. Could it include the sunrise time? In Longyearbyen it matters 🌅",
                "Please support units=\"SI\" (K, m/s, hPa) — we're scientists 🙃",
                "Alert arrived at 07:30 UTC instead of 07:30 Europe/Stockholm after the DST change (27 Oct)",
                "Could `/jeeves weather` show the wind chill? −14 °C with 12 m/s feels like −27",
                "Nice bot! Small thing: the help text says `config timezone <IANA>`, maybe link the tz list",
                "It'd be cool to ask for the weather at @@P@@ and at the conference venue in one message",
                "Feature request: `/jeeves weather` for a list of field sites, e.g. 'Abisko; Kiruna; Tromsø'"]),
                slack=False)}},
                "rate_blk": {"rating": {"type": "radio_buttons", "selected_option": {
                    "text": {"type": "plain_text", "text": self.pick(["⭐⭐⭐⭐⭐", "⭐⭐⭐⭐", "⭐⭐⭐"])},
                    "value": self.pick(["5", "4", "3"])}}}}
            callback, title = "feedback", "Feedback for Jeeves"
        payload["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "blocks": [],
                           "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}),
                           "callback_id": callback, "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                           "title": {"type": "plain_text", "text": title, "emoji": True},
                           "submit": {"type": "plain_text", "text": "Send", "emoji": True},
                           "clear_on_close": False, "notify_on_close": False, "root_view_id": self.sid("V0", 9),
                           "app_id": APP_ID, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self.record("slack-modal", "form", self.interaction(payload))

    def shortcut(self) -> dict[str, Any]:
        """A message shortcut ('Remember this place') on someone's message (also unhandled by the app: a 400)."""
        cid, cname = self.pick(CHANNELS)
        payload = self.payload_base("message_action")
        payload.update({"callback_id": "remember_place_from_message", "action_ts": self.ts(), "message_ts": self.ts(),
                        "channel": {"id": cid, "name": cname}, "response_url": self.hook("app"),
                        "message": {"type": "message", "user": self.pick(self.people)["id"], "ts": self.ts(),
                                    "text": self.fill(self.pick(["we'll be at @@P@@ from the 28th",
                                                                 "sampling site: @@P@@ (ask @@M@@ for the GPS file)",
                                                                 "conference venue: @@P@@, Hall B"]))}})
        return self.record("slack-shortcut", "form", self.interaction(payload))

    # ---- scripts, CI and the data API ----------------------------------------------------------------
    def script_headers(self, write: bool = False) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.2",
                        "libcurl/8.4.0 r-curl/5.2.1 httr/1.4.7", "httr2/1.0.1 r-curl/5.2.1 libcurl/8.7.1",
                        "curl/7.81.0", "curl/8.9.1", "HTTP.jl/1.10.8", "MATLAB 23.2.0.2515942 (R2023b Update 7)",
                        "Grafana/10.4.2", "GitHub-Hookshot/a9c1f2e", "Wget/1.21.2", "HTTPie/3.2.3",
                        "aiohttp/3.9.5 Python/3.11", "Mozilla/5.0 (compatible; Jupyter-Server/2.14)"])
        client = self.pick(["grant-report-ci", "lab-dashboard", "cluster-sync", "inventory-nightly", "thesis-bot",
                            "teaching.ke1234"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": "Bearer " + self.jwt(client, "read write" if write else self.pick(["read", "read"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "deflate, gzip, br, zstd", "gzip"])
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gl-{self.rng.randint(10**8, 10**9)}-{self.rng.randint(1, 9)}",
                                           f"slurm.{self.job_id()}.0"])
        if self.chance(0.2):
            trace = self.hexs(32)
            h["traceparent"] = f"00-{trace}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = "lab=t61rcWkgMzE,rojo=00f067aa0ba902b7"
        if self.chance(0.06):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = "sentry-environment=production,sentry-release=lab-dashboard%401.4.0,sentry-sample_rate=0.2"
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.32:
            h = self.script_headers()
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 300]))))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0", "True"])))
            if self.chance(0.25):
                params.append(("alerts", self.pick(["on", "off", "true", "false"])))
            if self.chance(0.25):
                params.append(("team_id", self.pick([TEAM, PARTNER_TEAM])))
            if self.chance(0.06):  # a dashboard variable the API does not know; it is ignored
                params.append(("q", self.pick(["postdoc", "Ní Bhriain", "d'angelo", "@student.northbridge.edu"])))
            self.rng.shuffle(params)
            return self.record("api-users", "query", {"method": "GET", "uri": "/api/users?" + urllib.parse.urlencode(
                params, quote_via=self.pick([urllib.parse.quote_plus, urllib.parse.quote])), "body": "", "headers": h})
        if roll < 0.50:
            return self.record("api-user", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 90)}",
                                                    "body": "", "headers": self.script_headers()})
        if roll < 0.68:
            h = self.script_headers(write=True)
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.7)
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.4)}
            else:
                doc = {"name": person["name"] + self.pick([" (visiting, until 2025-03-31)", " (on leave)", "",
                                                          f" — {person['role']}"])}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, 2]))
            return self.record("api-user-patch", "json", {"method": "PATCH", "body": body, "headers": h,
                                                          "uri": f"/api/users/{self.rng.randint(1, 90)}"})
        if roll < 0.84:
            h = self.script_headers()
            day = self.rng.randint(1, 8)
            since = self.pick([f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}T00:00:00+02:00",
                               f"2024-10-{day:02d}",
                               f"2024-09-{day + 20:02d}T06:30:00.000Z", "2024-09-01", f"2024-10-0{day} 08:00",
                               "2024-01-01T00:00:00+01:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-10-08T23:59:59Z", "2024-10-08", "2024-10-08T18:00:00+02:00",
                                                   "2024-12-31T23:59:59.999999+00:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.91:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": self.script_headers()})
        if roll < 0.97:
            h = self.script_headers(write=True)
            action = self.pick(["weather", "alerts", "config", "login", "help", "remember location", "forget me",
                                "my location"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, PARTNER_TEAM, "*"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "body": json.dumps(doc), "headers": h,
                                                          "uri": "/api/switches/" + urllib.parse.quote(action)})
        h = {"User-Agent": self.pick(["openapi-generator/7.8.0/python", "Swagger-UI", "curl/8.9.1",
                                      "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"]),
             "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/129.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
            "Safari/537.36 Edg/129.0.0.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
            "Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.0 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
            "Slack/24.09.10 (iPad)",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.40.126 "
            "Chrome/128.0.6613.120 Electron/32.0.1 Safari/537.36 Sonic Slack_SSB/4.40.126"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8",
             "Accept-Language": self.pick(["sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
                                           "en-US,en;q=0.5", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6", "is,en;q=0.8",
                                           "zh-CN,zh;q=0.9,en;q=0.8", "fa-IR,fa;q=0.9,en-US;q=0.8",
                                           "ko-KR,ko;q=0.9,en-US;q=0.8", "ja-JP,ja;q=0.9", "hi-IN,hi;q=0.9,en;q=0.8",
                                           "pt-BR,pt;q=0.9,en;q=0.7", "uk-UA,uk;q=0.9,en;q=0.6", "tr-TR,tr;q=0.9",
                                           "vi-VN,vi;q=0.9,en-US;q=0.6", "yo-NG,yo;q=0.9,en;q=0.8",
                                           "ga-IE,en-IE;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua and "Slack" not in ua:
            brand = '"Microsoft Edge";v="129"' if "Edg/" in ua else '"Google Chrome";v="129"'
            h["sec-ch-ua"] = f'{brand}, "Not=A?Brand";v="8", "Chromium";v="129"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"Linux"' if "Linux" in ua else '"macOS"')
        if "Firefox" in ua:
            h["DNT"] = "1"
        if self.chance(0.3):
            h["Priority"] = "u=0, i"
        if referer:
            h["Referer"] = referer if referer.startswith("http") else BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-User"] = "?1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.2):
            extra.append(("_pk_id.7.3f2a", f"{self.hexs(16)}.{EPOCH - self.rng.randint(0, 10**7)}."))
        if self.chance(0.1):
            extra.append(("cookieconsent_status", "dismiss"))
        if self.chance(0.08):
            extra.append(("lang", self.pick(["sv", "en", "en-GB"])))
        if self.chance(0.06):
            extra.append(("_shibsession_64656661756c7468747470733a2f2f", "_" + self.hexs(32)))
        all_pairs = list(pairs) + extra
        self.rng.shuffle(all_pairs)
        return "; ".join(f"{k}={v}" for k, v in all_pairs)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["handle"], person["id"], TEAM, "@student.northbridge.edu", "ní bhriain", "o'connor",
                           "D'Angelo", "nguyễn", "Öztürk", "van 't hoff", "okonkwo-eze", "李", "Мороз", "visiting",
                           "mac giolla", "st. clair", "hosseini", person["name"].lower()])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 4)))] if self.chance(0.15) else [])
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", "/admin/users?page=2"]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            person = self.pick(self.people)
            back_q = self.pick([person["name"], person["email"], person["name"].split()[-1], ""])
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(back_q), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", back_q),
                                           ("page", str(self.pick([1, 1, 1, 2])))])
            flag = self.pick(["active", "active", "admin"])
            return self.record("admin-user-flag", "form", {"method": "POST", "body": body, "headers": h,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 90)}/{flag}"})
        if roll < 0.52:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "alerts", "config", "remember location",
                                                                   "forget me", "login", "my location"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, PARTNER_TEAM.lower()]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.62:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "login failed", "client.create", "client.rotate",
                           "feature.set", "2024-10-07", "2024-10", self.pick(self.people)["handle"], "lab-manager",
                           "grant-report-ci", "T03LQVLAB/U0", "denied"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.78:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None, "/admin/clients"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=Ni%CC%81+Bhriain&page=1",
                              "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
                              "/admin/audit?page=3", "/admin/login?next=%2Fadmin%2Fclients"])
            return self.record("admin-page", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": page,
                                                        "body": "", "headers": h})
        if roll < 0.86:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            if self.chance(0.5):
                words = ["fjord", "benzene", "quasar", "lingon", "tensor", "kelvin", "moose", "pipette", "orbital"]
                password = "-".join(self.pick(words) for _ in range(4)) + str(self.rng.randint(10, 99))
            else:
                alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-=?@^_~.,:;"
                password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 26)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients", ""])),
                      ("username", self.pick(["lab-manager", "a.lindqvist", "it-support", "n.okonkwo-eze"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.95:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            client = self.pick(["grant-report-ci", "lab-dashboard.grafana", "inventory:nightly", "cluster-sync",
                                "thesis-bot", "teaching.ke1234", "eth-collab.readonly"])
            if sub < 0.6:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick([
                              "Nightly CSV export for the ERC-2022-StG 101076543 periodic report (owner: lab manager)",
                              "Grafana panel on the lab TV (B2.10) — read only", "",
                              "Cron on hydra-login01: syncs SLURM accounts ↔ Jeeves users, 02:15 CET",
                              "R script for the annual report, see ~/admin/report.Rmd (knitr → PDF)",
                              "Teaching assistant bot for KE1234 HT24 — Q&A in #teaching-ht24",
                              "Partner group at ETH Zürich (Prof. Kjær), read-only, expires 2025-06-30"])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                uri = "/admin/clients"
            else:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{urllib.parse.quote(client)}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.form_request(uri, h, fields))
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        if self.chance(0.7):
            fields = [("csrf_token", csrf), ("username", self.pick(["lab-manager", "a.lindqvist", "it-support"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            uri = "/admin/slack-sign-in"
        else:
            fields = [("csrf_token", csrf), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            uri = "/admin/account/totp/confirm"
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.7):
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            boundary = "----WebKitFormBoundary" + "".join(self.pick(chars) for _ in range(16))
        else:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))  # Firefox
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "https://app.slack.com/", "/auth/slack/link/"
                                                + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/plain,*/*"
                h["Sec-Fetch-Dest"] = "empty"
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if roll < 0.63:
            place = self.pick(PLACES + [person["place"]] * 10)
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location", "body": body,
                                                                "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings", "body": body,
                                                                "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/", "https://wiki.lindqvist-lab.org/Jeeves"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("signin-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", self.get_request(uri, h))
        if roll < 0.56:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://lindqvist-lab.slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?" + urllib.parse.urlencode(
                                                                params)})
        link = self.token()
        if roll < 0.7:
            return self.record("signin-link-preview", "path", self.link_preview(link))
        if roll < 0.85:
            h = self.cross_site_arrival(self.browser_headers("https://app.slack.com/"))
            return self.record("signin-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("signin-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ---------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["grant-report-ci", "lab-dashboard.grafana", "cluster-sync", "inventory:nightly",
                            "thesis-bot", "teaching.ke1234"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "libcurl/8.4.0 r-curl/5.2.1 httr/1.4.7",
                                      "Go-http-client/2.0", "Grafana/10.4.2", "HTTP.jl/1.10.8",
                                      "python-httpx/0.27.2"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client, safe='')}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.87:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.13", "curl/8.9.1",
                            "check_http/v2.4.9 (nagios-plugins 2.4.9)", "Zabbix"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            uri = "/healthz" if self.chance(0.85) else "/readyz"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "body": "", "headers": h})
        if roll < 0.68:
            h = {"User-Agent": self.pick(["PyJWT/2.9.0", "Go-http-client/2.0", "lua-resty-http/0.17.2",
                                          "jwks-rsa/3.1.0", "python-jose/3.3.0", "Nimbus-JOSE-JWT/9.40"]),
                 "Accept": "application/json"}
            if self.chance(0.4):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.9.1", "Authlib/1.3.2",
                                          "oauth4webapi/2.17"]),
                 "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "uri": "/.well-known/"
                                                            "oauth-authorization-server", "body": "", "headers": h})
        return self.api_openapi()

    def api_openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.8.0/python", "Postman/11.14", "curl/8.9.1"]),
             "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_thread", 85), ("slack_mention", 120), ("slack_dm", 100), ("slack_edit", 25),
    ("slack_bot_post", 40), ("slack_file", 28), ("slack_unfurl", 25), ("slack_reaction", 35), ("slack_home", 20),
    ("slash_command", 265), ("button_click", 80), ("modal_submit", 28), ("shortcut", 10),
    ("api", 210), ("admin", 105), ("me", 70), ("sign_in", 45), ("tokendealer", 55), ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The lab's day, kinds interleaved as they happen."""
    return planned(LabDay(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
