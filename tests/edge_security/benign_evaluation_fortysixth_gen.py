"""Benign evaluation set (fortysixth): a biotech research lab's ordinary traffic through the edge, benign only.

The company is Halden Biosciences, a drug-discovery and genomics lab with sites in Cambridge (MA), Basel, Leiden,
the Babraham campus near Cambridge (UK), Singapore's Biopolis and Hyderabad's Genome Valley. Its bench scientists,
core-facility staff, bioinformaticians, sample logistics and EHS people use Jeeves to check the weather before dry-ice
shipments, courier pick-ups, field sampling and the commute, and they talk to it the way they talk to each other:
gene and protein names (TP53, KRAS G12C, TNF-α, CTNNB1), DNA sequences and primers written 5'->3', sgRNAs with their
PAM, plate and well ids, freezer positions, reagent catalog numbers, concentrations with µ, ± and superscripts,
Ct values and p-values, instrument logs pasted from the QuantStudio or the NovaSeq, R and Python snippets from the
analysis channel, FASTA and CSV in code blocks, links to NCBI, Ensembl, UniProt, Benchling and the LIMS, in English
and many other languages and scripts, with typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel), the data
API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token, `/me/`,
Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file and SlackDay.bot_message from the
shared modules.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY, file_urls
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortysixth"
SEED = 46_2024_0723
EPOCH = 1721721600  # 2024-07-23 08:00 UTC, a Tuesday: a heat wave in Basel, a dry-ice shipment to Singapore
TEAM, TEAM_DOMAIN = "T05HALDENB", "halden-bio"
CRO_TEAM = "T08GVCROIN"  # the Hyderabad CRO partner's workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A07JVHALD3", "U07JEEVESH", "B07JEEVESH"
HOST = "jeeves.haldenbio.com"
BASE = f"https://{HOST}"
VERIFICATION_TOKEN = "hB4xQm7TzR2cLw9NvY6pKd1s"

FIRST = ["Ingrid", "Rahul", "Xiaoling", "Oluwaseun", "Søren", "Aoife", "Mateus", "Yerlan", "Hyun-woo", "Fatemeh",
         "Dmitri", "Nkechi", "Camille", "Ulrike", "Takeshi", "Priscila", "Zoltán", "Anaïs", "Kai", "Laleh",
         "Bartosz", "Eitan", "Pooja", "Tuğba", "Ngozi", "Jens-Ole", "Lucía", "Wen-Jie", "Mariam", "Grzegorz",
         "Thùy", "Ólafur", "Shreya", "Hélio", "Aleksandra", "Juan Pablo", "Femi", "Ioana", "Niamh", "Ravindra",
         "Marit", "Chiamaka", "Sung-min", "Gauthier", "Yasmin", "Björk"]
LAST = ["Lindgren", "Venkataraman", "Chen", "Adeyemi", "Kjærgaard", "O'Brien", "Carvalho", "Nurlanov", "Park",
        "Hosseini", "Volkov", "Eze", "Lefèvre", "Brandstätter", "Watanabe", "Oliveira-Santos", "Szabó", "Moreau",
        "Nowak", "Ben-Ami", "Reddy", "Yılmaz", "Okafor", "Jørgensen", "García-Márquez", "Lin", "El-Sayed",
        "Wiśniewski", "Nguyễn", "Guðmundsson", "Iyer", "van der Berg", "de Souza", "McAllister", "D'Angelo",
        "Al-Rashid", "Nakagawa", "Ní Fhlaithearta", "Halvorsen", "Achterberg"]
SITES = [("Kendall", "Building 600, 1 Kendall Sq, Cambridge, MA 02139"),
         ("Basel", "Hochbergerstrasse 60C, 4057 Basel"),
         ("Leiden", "J.H. Oortweg 21, 2333 CH Leiden"),
         ("Babraham", "Babraham Research Campus, Cambridge CB22 3AT"),
         ("Biopolis", "31 Biopolis Way, #05-01 Nanos, Singapore 138669"),
         ("Genome Valley", "Plot No. 42, Genome Valley, Shamirpet, Hyderabad 500078")]
ADDRESSES = [
    "Building 600, 1 Kendall Sq, Cambridge, MA 02139", "Hochbergerstrasse 60C, 4057 Basel",
    "J.H. Oortweg 21, 2333 CH Leiden", "Babraham Research Campus, Cambridge CB22 3AT",
    "31 Biopolis Way, #05-01 Nanos, Singapore 138669", "Plot No. 42, Genome Valley, Shamirpet, Hyderabad 500078",
    "Wellcome Genome Campus, Hinxton CB10 1SA", "Ole Maaløes Vej 3, 2200 København N",
    "Anker Engelunds Vej 1, 2800 Kgs. Lyngby", "Gewerbestrasse 24, 4123 Allschwil", "Einsteinweg 55, 2333 CC Leiden",
    "FedEx Ship Center, 1 Cargo Rd, Logan Airport, Boston MA 02128", "World Courier, Cargo City Süd, Geb. 537, "
    "60549 Frankfurt", "Changi Airfreight Centre, 115 Airport Cargo Rd, Singapore 819466",
    "Dock 3 (goods in), Babraham Hall, CB22 3AT", "Room B2.117, Hochbergerstrasse 60C, Basel",
    "Loading bay, 700 Main St, Cambridge MA 02139", "Im Neuenheimer Feld 280, 69120 Heidelberg",
    "Am Klopferspitz 18, 82152 Martinsried", "Dag Hammarskjölds väg 20, 751 85 Uppsala",
    "1 DNA Way, South San Francisco, CA 94080", "10 Rue du Dr Roux, 75015 Paris",
    "Biomedicum, Solnavägen 9, 171 65 Solna", "Sylvius Lab, Sylviusweg 72, 2333 BE Leiden",
    "東京都江東区青海2-4-7", "서울특별시 송파구 올림픽로 300", "上海市浦东新区张江路665号",
    "ул. Миклухо-Маклая, 16/10, Москва", "רחוב הרצל 234, רחובות", "Genome Valley, Turkapally, Telangana 500078",
    "Av. Dr. Arnaldo 455, São Paulo - SP, 01246-903", "Parque Científico de Madrid, C/ Faraday 7, 28049 Madrid",
    "Field site 3, Wicken Fen, Lode Lane, CB7 5XP", "Sampling point S-12, Ijmuiden pier, 1976 Ijmuiden",
]
PLACES = ["Cambridge, MA", "Kendall Square", "Boston", "Basel", "Allschwil", "Leiden", "Cambridge", "Babraham",
          "Hinxton", "Singapore", "Biopolis", "Hyderabad", "Genome Valley", "Copenhagen", "København", "Lyngby",
          "Heidelberg", "Martinsried", "Uppsala", "Zürich", "Lausanne", "South San Francisco", "San Diego",
          "Oxford", "Reykjavík", "São Paulo", "Tokyo", "東京", "Kobe", "서울", "上海", "Rehovot", "Hørsholm",
          "Frankfurt am Main", "Changi", "Logan Airport", "Newmarket", "Saffron Walden", "Wicken Fen", "IJmuiden",
          "Noordwijk", "Lörrach", "Saint-Louis (Haut-Rhin)", "Secunderabad", "Bengaluru", "Woods Hole",
          "02139", "4057", "2333 CH", "CB22 3AT", "138669", "500078", "MA 02142",
          "42.3626, -71.0843", "47.5596° N, 7.5886° E", "52.1601,4.4970"]
TIMEZONES = ["America/New_York", "Europe/Zurich", "Europe/Amsterdam", "Europe/London", "Asia/Singapore",
             "Asia/Kolkata", "Europe/Copenhagen", "UTC", "America/Los_Angeles", "Asia/Tokyo", "Europe/Berlin",
             "Asia/Seoul", "Europe/Stockholm", "Asia/Shanghai", "Atlantic/Reykjavik", "America/Sao_Paulo"]
GENES = ["TP53", "BRCA1", "KRAS G12C", "EGFR L858R", "MYC", "PD-L1 (CD274)", "GAPDH", "ACTB", "IL-6", "TNF-α",
         "HER2/ERBB2", "CFTR ΔF508", "APOE ε4", "SOX2", "OCT4 (POU5F1)", "VEGF-A", "mTOR", "PIK3CA H1047R", "BCL-2",
         "CDK4/6", "β-catenin (CTNNB1)", "HLA-A*02:01", "NF-κB p65", "STAT3 Y705", "FOXP3", "IFN-γ", "TGF-β1",
         "KEAP1", "NRF2 (NFE2L2)", "Huntingtin (HTT) CAG repeat", "SMN2 exon 7", "DMD exon 51", "PCSK9",
         "ALK (EML4-ALK v3)", "BRAF V600E", "CD19", "CD3ε", "IDH1 R132H", "FLT3-ITD", "Nrf2", "Gapdh (mouse)"]
CELLS = ["HEK293T", "HeLa", "CHO-K1", "A549", "MCF-7", "Jurkat E6-1", "iPSC line HB-017", "HepG2", "K562", "U2OS",
         "primary PBMCs (donor 12)", "NCI-H358", "MIA PaCa-2", "SH-SY5Y", "THP-1", "Expi293F", "E. coli BL21(DE3)",
         "DH5α", "S. cerevisiae BY4741", "organoids (CRC-07, p14)", "C57BL/6J splenocytes", "Vero E6"]
PRIMERS = [
    "Fwd 5'-GACCTGATCGAGCGTTACA-3' / Rev 5'-TTGCAGGTCAAGTCCGATG-3'",
    "F: 5′-ATGGAGGAGCCGCAGTCAGATC-3′, R: 5′-TCAGTCTGAGTCAGGCCCTTC-3′ (Tm 62.1 / 61.8 °C)",
    "sgRNA #2: GAGTCCGAGCAGAAGAAGAA (PAM TGG), off-target score 91",
    "sg_TP53_ex4: CCATTGTTCAATATCGTCCG + NGG",
    "5'-/56-FAM/CTGCCTTCA/ZEN/GCTCCGATG/3IABkFQ/-3'",
    "qPCR GAPDH F GTCTCCTCTGACTTCAACAGCG R ACCACCCTGTTGCTGTAGCCAA (amplicon 131 bp)",
    "Kozak + start: GCCACCATGG",
    "EcoRI (G^AATTC) / BamHI (G^GATCC) sites added to the 5' ends",
    "ssODN HDR template, 120 nt, PS-modified ends: 5'-T*C*A...G*A*G-3'",
    "oligo(dT)20 + random hexamers 50:50",
    "gBlock 1,482 bp, codon-optimised for CHO, GC 54%",
    "Illumina i7 index N702 TCGCCTTA / i5 S502 CTCTCTAT",
    "ATGGTGAGCAAGGGCGAGGAGCTGTTCACCGGGGTGGTGCCC (eGFP, first 42 nt)",
    "M13 Fwd (-20) GTAAAACGACGGCCAGT",
    "T7 promoter TAATACGACTCACTATAGGG",
]
WELLS = ["P-0421 A01–H12", "plate HB-2024-118, wells B3–B8", "384-well P-0533, col 1–2 = DMSO ctrl", "well C07",
         "rack 4, box 12, pos. 37", "LN2 tank 2, cane C, slot 5", "−80 °C freezer #3 (Basel), shelf 2, rack B",
         "P-0422 row D (D1–D12)", "wells E5, E6, F5 & F6", "deep-well block DW-77, A1:H6",
         "pos. 81/81 in box 'TP53 KO'", "tube HB-S-004417", "cryobox CB-2024-031, A1–A9", "P-0540 (384) wells A1, P24",
         "plate 3 of 6, well G11"]
CATALOG = ["Sigma-Aldrich D2650-100ML (DMSO)", "Thermo Fisher 11668019 (Lipofectamine 2000)", "NEB M0491S (Q5)",
           "Gibco 10270-106 (FBS)", "Qiagen 74104 (RNeasy Mini)", "Bio-Rad 1725271 (SsoAdvanced)",
           "Invitrogen Q32854 (Qubit dsDNA HS)", "Addgene #62988 (pX459 V2.0)", "Abcam ab32572 (anti-p53, 1:1000)",
           "CST #4970 (β-Actin 13E5)", "ATCC CRL-3216 (HEK293T)", "Promega G7570 (CellTiter-Glo)",
           "Corning 3904 (96-well, black, clear bottom)", "IDT 1081058 (Alt-R S.p. Cas9 V3)", "Takara 639648",
           "Roche 04693132001 (cOmplete, EDTA-free)", "Merck Millipore IPVH00010 (PVDF 0.45 µm)",
           "Thermo 4444557 (TaqMan Fast Advanced)", "NEB E7645L (Ultra II FS)", "Illumina 20028318 (NovaSeq S4)",
           "BioLegend 300430 (APC anti-human CD3, clone UCHT1)", "Sigma T8787-50ML (Triton X-100)",
           "VWR 89511-388", "Cat# 15596026 (TRIzol)", "Lot 2R7740112, exp. 2025-03"]
CONC = ["10 µM", "2.5 mg/mL ± 0.1", "1:500", "0.5 µg/µL", "50 ng/µL", "IC50 = 3.2 nM (95% CI 2.7–3.9)",
        "1 × 10⁶ cells/mL", "OD600 = 0.6", "pH 7.4 ± 0.05", "150 mM NaCl", "4% PFA", "0.1% Triton X-100",
        "37 °C / 5% CO₂", "MOI 0.3", "A260/280 = 1.92", "RIN 9.4", "Ct 23.7 ± 0.4", "p < 0.001 (n = 3)", "~200 µL",
        "10 mM Tris-HCl pH 8.0, 1 mM EDTA", "Km = 12 μM", "EC₅₀ 41 nM", "0.22 µm filtered", "≥ 95% (HPLC)",
        "14 000 × g, 10 min, 4 °C", "2 × 10⁵ cells/well", "ΔΔCt = −3.1", "log2FC 2.4, padj 1.3e-8", "5 µg/mL",
        "Kd ≈ 0.8 nM", "0.05% Tween-20", "1.5 mL @ 3 mg/ml", "30 µL rxn, 35 cycles", "37±1 °C"]
INSTRUMENTS = ["QuantStudio 7 Flex (QS7-02)", "NovaSeq 6000 (A01234)", "NanoDrop One", "Opera Phenix",
               "BD FACSymphony A5", "TapeStation 4200", "Bioanalyzer 2100", "Hamilton STAR #2", "Echo 525",
               "Orbitrap Exploris 480", "Zeiss LSM 980", "ÄKTA pure 25", "Cytation 5", "ChemiDoc MP",
               "Eppendorf 5810R", "Countess 3", "MiSeq (M07781)", "Biacore 8K", "CFX Opus 384", "Incucyte S3"]
INSTRUMENT_LOGS = [
    "[2024-07-23 06:42:11] QS7-02 run 'KRAS_panel_v3' completed: 384 wells, 0 errors, 2 warnings (ROX drift)",
    "NovaSeq 240722_A01234_0187_BHKT3WDSXC: %>Q30 92.4, cluster PF 81.2%, yield 3.1 Tb, phasing 0.11/0.08",
    "Hamilton STAR: Error 02/70 — liquid level not detected, channel 4, plate P-0421 pos B7",
    "07:58:03 INFO Echo525 survey complete; 12 wells below 15 µL dead volume (source plate S-0099)",
    "TapeStation: DIN 8.7, peak 12,400 bp; lib avg 412 bp (region 200–1000 bp)",
    "FACSymphony: CS&T baseline failed (PMT V3 +12%), recalibrated 07:41, passed",
    "Incucyte S3: scan every 2 h, 10× objective, 9 images/well, confluence 38.6% → 71.2% (48 h)",
    "ÄKTA: HisTrap 5 mL, 20→500 mM imidazole over 20 CV, peak at 63 mS/cm, 2.1 mg/mL",
    "MiSeq M07781 run 0412: Cluster density 1,042 K/mm², Q30 88.6%, reads PF 21.4 M",
    "Cytation 5 (Gen5 3.14): Read 1: Lum, integration 1 s, gain 135; plate P-0533 OK",
    "freezer -80 #3 (Basel): ALARM 14:22 temp −61.4 °C, door open 4 min; back to −79.8 °C at 14:51",
    "Orbitrap: TIC stable, lock mass 445.12003 ok, mass error < 1.5 ppm across 96 injections",
    "NanoDrop: 1,842.6 ng/µL, A260/280 1.89, A260/230 2.14 (sample: pX459-sg2 maxi)",
    "Biacore 8K: ka 3.1e5 1/Ms, kd 2.4e-4 1/s, KD 0.77 nM, Chi² 0.31 RU²",
    "CO2 incubator #5: 37.0 °C / 4.6% CO₂ (setpoint 5.0) — sensor autozero due",
]
ANALYSIS = [
    "`ggplot(df, aes(x = log10(dose), y = viability, colour = line)) + geom_point() + geom_smooth(method = \"loess\")`",
    "```r\nlibrary(DESeq2)\ndds <- DESeqDataSetFromMatrix(countData = cts, colData = coldata, design = ~ batch + "
    "condition)\ndds <- DESeq(dds)\nres <- results(dds, contrast = c(\"condition\", \"KO\", \"WT\"), alpha = 0.05)\n"
    "summary(res)\n```",
    "```python\nimport pandas as pd\ndf = pd.read_csv(\"P0421_ct.csv\")\ndf[\"dCt\"] = df[\"Ct\"] - df.groupby("
    "\"sample\")[\"Ct_GAPDH\"].transform(\"mean\")\nprint(df.pivot_table(index=\"sample\", columns=\"gene\", "
    "values=\"dCt\"))\n```",
    "`adata = sc.read_h5ad('pbmc_d12.h5ad'); sc.pp.filter_cells(adata, min_genes=200); sc.tl.leiden(adata, "
    "resolution=0.8)`",
    "`res %>% as.data.frame() %>% filter(padj < 0.05, abs(log2FoldChange) > 1) %>% arrange(padj) %>% head(20)`",
    "`drc::drm(resp ~ conc, data = d, fct = LL.4(names = c(\"hill\", \"min\", \"max\", \"ic50\")))` gives IC50 3.2 nM",
    "`np.polyfit(np.log10(conc), ct, 1)` → slope −3.32, so efficiency = 10^(−1/slope) − 1 ≈ 100.1%",
    "`=AVERAGEIFS(C:C, A:A, \"P0421\", B:B, \"B*\")` for the plate means in the sheet",
    "```r\nct <- read.csv(\"qPCR_2024-07-22.csv\", stringsAsFactors = FALSE)\nct$ddCt <- with(ct, (Ct_target - "
    "Ct_ref) - mean(Ct_target[group == \"WT\"] - Ct_ref[group == \"WT\"]))\nct$fold <- 2^(-ct$ddCt)\n"
    "boxplot(fold ~ group, data = ct, log = \"y\")\n```",
    "```python\nfrom Bio import SeqIO\nfor rec in SeqIO.parse(\"clones_rev.fasta\", \"fasta\"):\n    "
    "print(rec.id, len(rec.seq), rec.seq.count(\"GAGTCCGAGCAG\"))\n```",
    "`sns.heatmap(z.loc[top50], cmap=\"vlag\", center=0, yticklabels=True)` — the colour bar looks off to me",
    "`seurat <- FindClusters(seurat, resolution = c(0.4, 0.8, 1.2))` then DimPlot(seurat, group.by = "
    "\"RNA_snn_res.0.8\", label = TRUE)",
    "`samtools view -c -F 0x904 sample12.bam` → 48,211,907 primary mapped reads",
    "`bcl2fastq --sample-sheet SampleSheet_240722.csv --barcode-mismatches 1 --no-lane-splitting`",
    "`nextflow run nf-core/rnaseq -r 3.14.0 -profile docker --input samplesheet.csv --genome GRCh38`",
    "`featureCounts -T 8 -p --countReadPairs -a gencode.v45.gtf -o counts.txt *.bam` took 14 min",
    "`t.test(viab ~ treatment, data = subset(d, line == \"A549\"), var.equal = FALSE)` → t = 5.82, df = 3.9",
    "lm(Ct ~ log10(copies), data = std) gives R² = 0.998, slope −3.36",
    "in Python `scipy.stats.mannwhitneyu(ko, wt, alternative=\"two-sided\")` → U = 3.0, p = 0.028",
    "`plt.errorbar(x, y, yerr=sd, fmt=\"o\", capsize=3)` and `plt.yscale(\"log\")`; figure in the shared drive",
]
FASTA = [
    "```\n>TP53_ex4_clone7_Rev\nCCATTGTTCAATATCGTCCGGGGACAGCATCAAATCATCCATTGCTTGGGACGGCAAGGGGGACAGAACGTTGTTTTC\n"
    "AGGAAGTAGTTTCCATAGGTCTGAAAATGTTTCCTGACTCAGAGGGGGCTCGACGCTAGGATCTGACTGCGGCTCC\n```",
    "```\n>sg2_amplicon_WT\nGAGTCCGAGCAGAAGAAGAATGGCAAGCTGAGCATCGACAACCTGTTCCGCGAGCTGATGAAGG\n>sg2_amplicon_KO"
    "_c3\nGAGTCCGAGCAGAAGAA-GAATGGCAAGCTGAGCATCGACAACCTGTTCCGCGAGCTGATGAAGG\n```",
    "```\n>sp|P04637|P53_HUMAN Cellular tumor antigen p53\n"
    "MEEPQSDPSVEPPLSQETFSDLWKLLPENNVLSPLPSQAMDDLMLSPDDIEQWFTEDPGP\n```",
]
CSV_BLOCKS = [
    "plate map:\n```\nwell,sample,treatment,conc_uM\nA01,A549,DMSO,0\nA02,A549,AMG510,0.01\nA03,A549,AMG510,0.1\n"
    "A04,A549,AMG510,1\nB01,H358,DMSO,0\n```",
    "```\nSample_ID,Sample_Name,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project\nHB-S-004417,KO_c3_rep1,N702,"
    "TCGCCTTA,S502,CTCTCTAT,TP53_KO\nHB-S-004418,KO_c3_rep2,N703,TAGCATGC,S502,CTCTCTAT,TP53_KO\n```",
    "Ct export (QS7-02):\n```\nWell\tSample\tTarget\tCt\nA1\tWT_1\tGAPDH\t18.42\nA2\tWT_1\tTP53\t24.97\nA3\tKO_1"
    "\tGAPDH\t18.61\nA4\tKO_1\tTP53\tUndetermined\n```",
]
LINKS = [
    "https://www.ncbi.nlm.nih.gov/gene/7157",
    "https://www.ensembl.org/Homo_sapiens/Gene/Summary?db=core;g=ENSG00000141510;r=17:7661779-7687538",
    "https://www.uniprot.org/uniprotkb/P04637/entry",
    "https://www.addgene.org/62988/",
    "https://pubmed.ncbi.nlm.nih.gov/?term=KRAS+G12C+sotorasib+resistance&filter=years.2021-2024&sort=date",
    "https://www.biorxiv.org/content/10.1101/2024.05.14.594123v2.full",
    "https://doi.org/10.1038/s41586-019-1694-1",
    "https://www.sigmaaldrich.com/CH/de/product/sial/d2650",
    "https://www.thermofisher.com/order/catalog/product/11668019?SID=srch-srp-11668019",
    "https://www.protocols.io/view/crispr-cas9-rnp-nucleofection-of-ipscs-bp2l6xkozlqe/v3",
    "https://genome.ucsc.edu/cgi-bin/hgTracks?db=hg38&position=chr17%3A7661779-7687538&hgsid=2154871234_aBcD",
    "https://blast.ncbi.nlm.nih.gov/Blast.cgi?PROGRAM=blastn&PAGE_TYPE=BlastSearch&LINK_LOC=blasthome",
    "https://www.rcsb.org/structure/6OIM",
    "https://alphafold.ebi.ac.uk/entry/P01116",
    "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE164522",
    "https://lims.haldenbio.com/samples?plate=P-0421&well=B07&view=lineage",
    "https://haldenbio.benchling.com/haldenbio/f/lib_x9Q2a-sequences/seq_Kp3v7T-px459-tp53-sg2/edit",
    "https://haldenbio.benchling.com/haldenbio/f/lib_Ew21q-notebook/etr_Zb8N0q-2024-07-22-qpcr-kras/edit?m=slm",
    "https://eln.haldenbio.com:8443/entries/HB-ELN-2024-1187#section-results",
    "https://github.com/haldenbio/qpcr-tools/blob/main/R/ddct.R#L42-L77",
    "https://cran.r-project.org/web/packages/drc/index.html",
    "https://scanpy.readthedocs.io/en/stable/generated/scanpy.tl.leiden.html",
    "https://www.fedex.com/fedextrack/?trknbr=771234567890&trkqual=2460000000~771234567890~FX",
    "https://www.worldcourier.com/tracking?awb=176-12345675",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE2ZTk4%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    "b1a2%22%7d",
    "https://www.metoffice.gov.uk/weather/forecast/u1214b469",
    "https://www.meteoschweiz.admin.ch/lokalprognose/basel/4057.html",
]
PHONES = ["+1 617-555-0143", "+41 61 555 01 88", "+31 71 555 0192", "+44 1223 555 014", "+65 6555 0107",
          "+91 40 5550 1234", "ext. 4417", "(617) 555-0199 x212", "+45 35 55 01 23", "0800 555 0177"]
SHIPMENTS = ["AWB 176-12345675", "FedEx 7712 3456 7890", "World Courier job WC-4471-SG", "UN3373 Cat B, 6 kg dry ice"
             " (UN1845)", "DHL Medical Express 1234567890", "shipper ref HB-SHP-2024-0318", "Cryoport CX-18822",
             "TempTale 4 logger #T4-77812", "BioCair BC-0093381"]
EMOJI = [":dna:", ":test_tube:", ":microscope:", ":petri_dish:", ":ice_cube:", ":snowflake:", ":sunny:",
         ":thermometer:", ":truck:", ":package:", ":white_check_mark:", ":pray:", ":tada:", ":eyes:",
         ":sweat_smile:", ":fire:", ":umbrella:", ":crossed_fingers:", ":+1:", ":thinking_face:",
         "🧬", "🧪", "🔬", "🧫", "🧊", "🌡️", "☀️", "🌧️", "🚚", "📦", "✅", "🙏", "🎉", "😅", "🤞", "🥵", "❄️"]
ADMINS = ["ops-admin", "ingrid.lindgren", "it-basel", "rahul.v", "breakglass-kendall"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %ADDR%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather",
    "weather %PLACE%?", "weather at %SITE%", "weather for the dry ice pick-up at %ADDR%", "weather %PLACE% %EMOJI%",
    "weather near %PLACE% this afternoon", "weather %PLACE% this weekend", "wheather %PLACE%", "weather %PLACE% pls",
    "Weather %PLACE% tonight", "weather around %PLACE% now", "weather for %PLACE% right now",
    "remember location %SITE%", "remember location %PLACE%", "remember location %ADDR%",
    "remember location Halden Bio, %SITE%", "my location", "forget location", "help", "config", "help me",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config units metric",
    "config units imperial", "config unit metric", "alerts on", "alerts off", "alerts", "login", "forget me",
    "what can you do?", "hi jeeves", "thx 🙏", "is it going to be above 30 °C in %PLACE% tomorrow?",
    "weather %PLACE% — shipping on dry ice, need to know if it's > 30 °C", "config alert_time 6.45", "Help",
]
CHAT = [
    "%WHO% the %GENE% KO clones in %WELL% are ready for genotyping, primers are %PRIMER%",
    "qPCR on %INSTR% done: %GENE% %CONC% vs GAPDH. Exported to %LINK%",
    "Anyone have spare %CAT%? we're out until Thursday :sweat_smile:",
    "Thawed a vial of %CELL% (%WELL%), viability 94% on the Countess, seeding at %CONC%",
    "Dry-ice shipment to Biopolis goes out %WHEN% — %SHIP%. Need it below −70 °C on arrival",
    "Reminder: %INSTR% is booked for me %WHEN%, please don't move my plates %EMOJI%",
    "IC50 for HB-4471 in %CELL%: %CONC%. Curves in the ELN: %LINK%",
    "ordered %CAT%, PO 4500183927, ETA %WHEN%",
    "%WHO% can you check the sgRNA? %PRIMER%",
    "The -80 in B2.117 alarmed overnight again. Log: %LOG%",
    "%LOG%",
    "Instrument log from this morning:\n```\n%LOG%\n%LOG%\n```",
    "%ANALYSIS%",
    "%WHO% this is how I normalise: %ANALYSIS%",
    "Why does this give NA for half the wells? %ANALYSIS%",
    "%FASTA%",
    "Sanger came back for clone 7, there's a 1 bp insertion right at the cut site:\n%FASTA%",
    "%CSV%",
    "%WHO% sample sheet for tomorrow's run, please sanity-check the indexes:\n%CSV%",
    "Western: %GENE% band at ~53 kDa, ab %CAT%, loading ctrl β-actin. Exposure 30 s on the ChemiDoc",
    "Lipofection protocol (rev C): 2.5 µg DNA + 7.5 µL Lipofectamine in 250 µL Opti-MEM, 20 min RT, add dropwise",
    "Transfection efficiency 68% ± 4% (GFP+, FACS), n = 3. Slightly lower than last week",
    "Primer Tm difference is 3.8 °C, could be why the band is smeared. Redesign? %PRIMER%",
    "Lab meeting moved to 14:00 CET / 08:00 EDT / 17:30 IST / 20:00 SGT. Agenda: %GENE% data, freezer audit",
    "The Hyderabad CRO sent the PK data: Cmax 1.24 µg/mL, Tmax 2 h, t½ 6.3 h, AUC₀–∞ 14.7 µg·h/mL",
    "Spill kit restocked in B2.117 & B2.120. Please log any spill on the EHS form within 24 h",
    "Mycoplasma test on %CELL%: negative (MycoAlert ratio 0.62) ✅",
    "ELISA std curve: 4PL, R² 0.9994, LLOQ 7.8 pg/mL, ULOQ 1000 pg/mL. Samples 3 & 9 > ULOQ, rerun at 1:10",
    "%WHO% %WHO% who took the last box of P200 filter tips from bay 4?? 😤",
    "Cell counts: 1.2e6, 1.18e6, 1.31e6 → mean 1.23 × 10⁶/mL (CV 5.6%)",
    "Autoclave run #2231 failed (134 °C not reached), please don't use the waste bags from cycle 14:10",
    "Gel image: 1% agarose, 120 V 35 min, ladder 1 kb+; expected 812 bp band in lanes 2–6, lane 7 empty",
    "new lot of FBS (%CAT%) tested on %CELL%: growth within ±10% of the old lot, ok to use",
    "The NovaSeq S4 is full for Thursday; can we move the scRNA libs (P-0540) to the SP flow cell?",
    "BCA: 2.14 mg/mL ± 0.06 (triplicate). Loading 20 µg per lane = 9.35 µL",
    "Dilution: C1V1 = C2V2 → 10 mM × V1 = 10 µM × 1 mL → V1 = 1 µL in 999 µL",
    "Plate P-0533 edge wells evaporated (row A/P, col 1/24), excluding them from the Z′ calc: Z′ = 0.71",
    "Reagent tracking: %CAT%, opened 2024-07-01, store at 2–8 °C, discard after 30 days",
    "%WHO% pls approve the PO for the %INSTR% service contract (CHF 14'250.– excl. MwSt.)",
    "Q: does anyone know if %CELL% need collagen-coated plates? asking for the new student",
    "FYI the cold room (4 °C) in Babraham reads 7.2 °C, facilities are on it. Move enzymes to the fridge in B107",
    "ok", "thanks!", "👍", "on it", "sorry, wrong channel", "brb, gowning up for the BSL-2 room",
    "running late, the Red Line is stuck at Kendall again 🙄", "Jeeves is down? no, my bad, typo",
    "Fieldwork at Wicken Fen %WHEN%: soil cores (0–10 cm, 10–30 cm), 24 samples, need coolers + 8 ice packs",
    "Seawater sampling off %PLACE% %WHEN%: 5 L per station, 0.22 µm Sterivex, keep on ice ≤ 4 h",
    "Courier %SHIP% delayed in Frankfurt, logger shows 4.8 °C (limit 2–8 °C) — still in spec",
    "Heat warning for %PLACE%: please keep the dry ice in the cold room, not the loading bay %EMOJI%",
    "Grüezi zäme, d'Lieferig vom %CAT% chunnt erscht am Donnschtig. Bitte Platte %WELL% nöd bruuche.",
    "Die Proben aus %WELL% sind auf Trockeneis, Abholung %WHEN% durch %SHIP%. Temperatur bitte loggen.",
    "Het -80 °C vriezer in Leiden staat weer op alarm, iemand? Monsters %WELL% verplaatst naar #2",
    "Le clone 7 (%GENE% KO) est validé par Sanger, je lance l'expansion en T75 %WHEN%",
    "Las células %CELL% están contaminadas, descartadas. Descongelo un vial nuevo de %WELL% mañana",
    "Os primers chegaram: %PRIMER%. Ressuspender em TE a 100 µM",
    "クローン7の%GENE%ノックアウトを確認しました。シーケンス結果はELNにあります",
    "%GENE% 발현이 KO에서 약 %CONC% 감소했습니다. 반복 실험 필요합니다",
    "%CELL%细胞今天传代，比例1:8，明天可以转染",
    "Образцы %WELL% отправлены на сухом льду, %SHIP%",
    "הדגימות ב-%WELL% מוכנות לריצה ב-%INSTR%",
    "عينات %WELL% جاهزة، التركيز %CONC%",
    "आज %CELL% की गिनती 1.2 × 10⁶ cells/mL रही, कल ट्रांसफ़ेक्शन करेंगे",
    "Próbki z %WELL% są już w zamrażarce −80 °C nr 3, półka 2",
    "%GENE% knockdown efficiency: siRNA #1 82%, #2 64%, #3 91% (mRNA, 48 h) — going with #3",
    "> %LOG%\n\nis this something we need to call the vendor about? %WHO%",
    "*Plate map P-0421*\n• A–B: WT\n• C–D: %GENE% KO c3\n• E–F: KO c7\n• G–H: NTC + std curve (10⁷→10¹ copies)",
    "1) thaw %CELL%\n2) seed 2 × 10⁵/well in 6-well\n3) transfect %WHEN%\n4) puro 2 µg/mL from day 2",
    "_Weekly core stats_ — NovaSeq: 6 runs · MiSeq: 11 · FACS: 37 h booked · Phenix: 52 plates",
    "ΔG of the hairpin in the Rev primer is −4.2 kcal/mol, should be ok at 60 °C annealing",
    "hg38 coordinates for the amplicon: chr17:7,675,994-7,676,806 (813 bp)",
    "The p-value for KO vs WT is 0.0032 (two-tailed t-test, n = 4), effect size d = 2.9",
]
LONG_MESSAGES = [
    "Hi all,\n\nfrom EHS (%WHO%):\n\n> Dry-ice handling: wear cryo gloves and eye protection, never in a sealed "
    "container, never in the cold room (CO₂ build-up). Max. 10 kg per styrofoam box.\n\nShipment %SHIP% to %SITE% "
    "leaves %WHEN%. Weather check please, it's supposed to be 34 °C 🥵",
    "*Run plan — %INSTR%* (%WHEN%)\n1. Libraries: P-0540 A1–H12 (96 samples), avg 412 bp, 2 nM pool\n2. Loading: "
    "150 pM + 1% PhiX\n3. Read lengths: 28-10-10-90 (10x 3' v3.1)\n4. Output → /seq/runs/ on the cluster, "
    "bcl-convert v4.2\n\n:dna: :test_tube:",
    "Summary qPCR %GENE% (%WELL%)\n```\nsample     Ct(target)  Ct(GAPDH)  ΔCt    ΔΔCt   fold\nWT_1       24.97"
    "       18.42      6.55   0.00   1.00\nKO_c3_1    28.31       18.61      9.70   3.15   0.11\nKO_c7_1    "
    "Undet.      18.50      —      —      —\n```\nso c3 is a knockdown at best, c7 is a clean KO %EMOJI%",
    "---------- Forwarded message ---------\nFrom: Customer Service <orders@vendor-mail.example>\nDate: Mon, 22 Jul "
    "2024 17:03\nSubject: Backorder %CAT%\n\nDear customer, the item is on backorder until 05-Aug-2024. An "
    "alternative is available (same formulation, 500 mL). Please confirm by replying to this e-mail.",
    "Protocol: RNP nucleofection of iPSCs (rev D)\n- 100 pmol Cas9 (%CAT%) + 300 pmol sgRNA, 10 min RT\n- 2 × 10⁵ "
    "cells in 20 µL P3 buffer, program CA-137\n- recover in mTeSR + 10 µM Y-27632 (ROCK inh.)\n- genotype day 3: "
    "%PRIMER%",
    "Weekly freezer audit ✅\n- [x] −80 #1 (Kendall): 61% full\n- [x] −80 #3 (Basel): ALARM log reviewed\n- [ ] LN2 "
    "tank 2: top up (level 38 cm, min 30)\n- [ ] discard expired antibodies (lot < 2023)\n\n_please tick as you go_",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:45 (Europe/Zurich).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%ADDR%\u201d.",
    "%PLACE%: Clear sky, 33°C, wind 9 km/h; today 21°C to 35°C, 5% chance of precipitation",
    "%PLACE%: Slight rain showers, 18°C, wind 24 km/h; today 14°C to 20°C, 70% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• units: metric\n• alert_time: 06:45\n• alerts: on\n• timezone: Asia/Singapore\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
WHEN = ["today 15:00 CEST", "tomorrow 07:30", "Thu 25 Jul, 9am", "2024-07-24T06:00+02:00", "at 1400h", "Wed AM",
        "after lab meeting", "Friday (before 12:00!)", "24.07. um 8 Uhr", "morgen früh", "demain 9h", "明日10時",
        "7/26 @ 2pm ET", "between 11 and 12", "tonight", "Monday 29th"]
FILES = ["P0421_qPCR_results.eds", "Gel_2024-07-23_TP53_KO_clones.tif", "FACS_CD3-CD8_donor12.fcs",
         "plate_map_P-0421.xlsx", "sgRNA_designs_v3 (final).csv", "western_ab32572_1-1000.png",
         "SampleSheet_240723.csv", "pX459-TP53-sg2.gb", "clone7_Rev.ab1", "Protocol – Lipofection HEK293T (rev C).pdf",
         "IC50_curves_HB-4471.pdf", "SDS_TRIzol_EN.pdf", "LSM980_20240723_0042.czi", "DESeq2_KO_vs_WT.tsv",
         "ddct_analysis.ipynb", "shipping_label_AWB176-12345675.pdf", "TempTale_T4-77812_trace.pdf",
         "Freezer −80 #3 alarm log.xlsx", "PK_summary_CRO_v2.docx", "IMG_4471.HEIC"]
MIMES = {"eds": "application/octet-stream", "tif": "image/tiff", "fcs": "application/octet-stream",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv",
         "png": "image/png", "gb": "text/plain", "ab1": "application/octet-stream", "pdf": "application/pdf",
         "czi": "application/octet-stream", "tsv": "text/tab-separated-values", "ipynb": "application/json",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "heic": "image/heic"}
SEARCH_Q = ["lindgren", "O'Brien", "@haldenbio.com", "Venkataraman", TEAM, CRO_TEAM, "Kjærgaard", "d'angelo",
            "ní fhlaithearta", "wen-jie", "core facility", "basel", "biopolis", "Nguyễn", "yılmaz", "van der berg",
            "hyun-woo.park", "genomics", "el-sayed", "García", "ehs", "U07", "søren", "achterberg"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "feature.set",
           "feature.remove_override", "login", "login.slack", "failed", "admin.map_slack", "account.totp_enable",
           "user.forget_me", "lims-sync", "2024-07-22", "ingrid", "breakglass-kendall", CRO_TEAM]
CLIENTS = [
    ("lims-sync", "LabVantage LIMS ↔ Jeeves: user list for sample ownership, hourly (read-only)"),
    ("benchling-bridge", "Benchling ELN notifications → weather note on shipment entries (owner: sample logistics)"),
    ("cold-chain.monitor", "Cold-chain monitor: reads usage stats, pages on-call if dry-ice shipments fail"),
    ("grafana-core", "Grafana dashboard for the core facilities (NovaSeq, FACS, Phenix) — read"),
    ("ci-gitlab", "GitLab CI smoke test after deploy, scope read"),
    ("cro-hyderabad", "CRO partner (Genome Valley) — Slack workspace T08GVCROIN, switches only"),
    ("snowflake-export", "Nightly export to Snowflake (db HB_OPS, schema JEEVES), owner: Wen-Jie Lin"),
    ("ehs.alerts", "EHS heat/cold alerts for field sampling teams (Wicken Fen, IJmuiden)"),
]
API_CLIENTS = ["lims-sync", "benchling-bridge", "cold-chain.monitor", "grafana-core", "ci-gitlab", "cro-hyderabad",
               "snowflake-export", "ehs.alerts", "jeeves-worker"]
PATCH_NAMES = ["Søren Kjærgaard (Genomics Core)", "Dr. Oluwaseun Adeyemi", "Aoife Ní Fhlaithearta – Babraham",
               "Wen-Jie Lin 林文杰", "Hyun-woo Park (박현우)", "Fatemeh Hosseini | EHS", "Zoltán Szabó, PhD",
               "Tuğba Yılmaz (Basel, Lab B2.117)", "Nguyễn Thị Thùy", "Eitan Ben-Ami",
               "Rahul Venkataraman (CRO liaison)", "Camille Lefèvre-D'Angelo", "Ólafur Guðmundsson"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.113",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.134 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.07.20",
]
LANGS = ["en-US,en;q=0.9", "de-CH,de;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
         "en-SG,en;q=0.9,zh-CN;q=0.8", "en-IN,en;q=0.9,hi;q=0.8,te;q=0.7", "da-DK,da;q=0.9,en;q=0.8",
         "fr-CH,fr;q=0.9,de;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8",
         "zh-CN,zh;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en;q=0.8", "en"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.8.0", "curl/7.81.0", "Go-http-client/2.0",
              "R (4.4.1 x86_64-pc-linux-gnu x86_64 linux-gnu)", "httr2/1.0.2 r-curl/5.2.1 libcurl/8.5.0",
              "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7", "Grafana/11.1.0", "GitLab-Runner 17.2.0 (17-2-stable; go1.22.5; "
              "linux/amd64)", "Benchling-Apps/1.0", "Snowflake/8.27 (External Function)", "aiohttp/3.9.5",
              "PostmanRuntime/7.40.0", "Apache-HttpClient/4.5.14 (Java/17.0.11)", "okhttp/4.12.0"]


HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Datadog Agent/7.55.0", "curl/8.8.0",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "GoogleHC/1.0"]
META_UAS = ["PyJWT/2.8.0", "jose/5.6.3", "Go-http-client/2.0", "lua-resty-http/0.17.2",
            "python-requests/2.32.3", "Authlib/1.3.1", "openapi-generator/7.7.0",
            "httr2/1.0.2 r-curl/5.2.1 libcurl/8.5.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/features?done=switch_updated", "/admin/users?done=user_updated",
               "/admin/clients?done=client_created", "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/clients",
              "/admin/users?q=lindgren", "/admin/audit?q=client.rotate"]
PHRASE_WORDS = ["pipette", "centrifuge", "plasmid", "ribosome", "cuvette", "agarose", "vortex", "aliquot",
                "helix", "Basel"]
UNTIL = ["2024-07-23T08:00:00Z", "2024-07-23", "2024-07-23T10:00:00+02:00"]


class Lab(EvaluatorDay):
    """Halden Biosciences: its people and channels, and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFICATION_TOKEN, BASE
    context_bytes, challenge_bytes = 40, 33
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    mobile_rate, verify_uas = 0.25, [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, meta_uas = HEALTH_UAS, None, META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain = CRO_TEAM, "gv-cro-partners"
    button_places, weather_replies = PLACES + ADDRESSES + [s[1] for s in SITES], BOT_REPLIES[8:10]
    click_partner_rate = 0.08
    # /me/ and signing in
    timezones, me_multipart_rate, me_units = TIMEZONES, 0.18, ("metric",) * 3 + ("imperial",)
    me_places = ADDRESSES + PLACES + [s[1] for s in SITES] + [f"Halden Bio {s[0]}" for s in SITES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENTS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, CRO_TEAM, "t08gvcroin", "")
    admin_rolls, account_rolls = (0.2, 0.32, 0.48, 0.58, 0.67, 0.76, 0.86, 0.93), (0.3, 0.62, 0.8, 0.9)
    audit_page, toggle_pages, user_ids, disable_password_bytes = (2, 4), (1, 3), (1, 520), 16
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!%+=?@^~,"
    password_length, phrase_rate, phrase_separator, totp_first = (18, 32), 0.25, (".", "-", " "), True
    # the data API
    api_headers_last, limit_rate, limits = True, 0.75, ("50", "100", "250", "500", "20")
    offset_rate, offsets, filter_teams = 0.5, (0, 50, 100, 250, 500), (TEAM, CRO_TEAM)
    active_values, alert_values = ("true", "false", "1"), ("true", "false", "on", "off", "0")
    patch_names, patch_tz_of_person, patch_alerts_rate, patch_admin_rate = PATCH_NAMES, False, 0.7, 0.4
    usage_days, until_rate, until_choices = (1, 22), 0.55, UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels, dm_command_rate, edit_command_rate = ("", "", "", "|ELN", "|here", "|NCBI", "|link"), 0.65, 0.5
    edit_suffixes = ("", " (edit: wrong well)", " *", " — µM not mM, sorry")
    home_view_rate = 0.55

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            a = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum() or c == "-")
            b = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            a, b = a or "lab", b or "member"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{a}.{b}{i if i % 11 == 0 else ''}", "email": f"{a}.{b}@haldenbio.com"})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "genomics-core", "crispr", "qpcr", "cell-culture", "bioinformatics", "shipping-cold-chain", "ehs",
            "basel-lab", "leiden-lab", "kendall-lab", "biopolis", "cro-hyderabad", "orders", "general", "random",
            "fieldwork", "flow-cytometry", "proteomics")]
        self.dms = [self.sid("D0", 9) for _ in range(70)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        site = self.pick(SITES)[1]
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {
                    "type": "plain_text", "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": "st", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {site}\n*Units:* metric\n*Daily alert:* "
                                                  f"on at {self.hhmm()} ({self.pick(TIMEZONES)})"}}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        pools = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%GENE%": GENES, "%CELL%": CELLS, "%PRIMER%": PRIMERS,
                 "%WELL%": WELLS, "%CAT%": CATALOG, "%CONC%": CONC, "%INSTR%": INSTRUMENTS, "%LOG%": INSTRUMENT_LOGS,
                 "%ANALYSIS%": ANALYSIS, "%FASTA%": FASTA, "%CSV%": CSV_BLOCKS, "%SHIP%": SHIPMENTS, "%WHEN%": WHEN,
                 "%EMOJI%": EMOJI, "%TZ%": TIMEZONES, "%PHONE%": PHONES}
        text = self.substitute(text, pools)
        return self.markup(self.substitute(text, {"%SITE%": lambda: self.pick(SITES)[self.pick([0, 1, 1])],
                                                  "%HHMM%": self.hhmm}))

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.5):
            slack, raw = self.command_text()
        else:
            slack, raw = self.chat_text()
        lead = self.pick(["", "", "hey ", "cc ", "@here "]) if self.chance(0.3) else ""
        if lead == "@here ":
            slack, raw = f"<!here> <@{BOT_USER}> {slack}", f"@here @Jeeves {raw}"
        else:
            slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "gel from this morning", "%GENE% qPCR export", "plate map for %WELL%",
                                          "shipping label, weather at %SITE% tomorrow?", "%WELL%",
                                          "Sanger trace for clone 7 🧬", "logger trace from %SHIP%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": MIMES.get(ext, "application/octet-stream"), "filetype": ext,
                           "pretty_type": ext.upper(), "user": event["user"], "mode": "hosted", "editable": False,
                           "size": self.rng.randint(8_000, 48_000_000), "is_external": False, "is_public": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        lead = self.pick(["is this the right one?", "weather for the site:", "see", "fyi"])
        old = self.message(f"{lead} <{slack_escape(link)}>", f"{lead} {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].upper() if len(host) < 12 else host.removeprefix("www.")
        title = self.pick([f"{self.pick(GENES)} — Gene — NCBI", f"Protocol: {self.pick(CELLS)} transfection",
                           "Tracking details", f"{self.pick(GENES)} | UniProtKB", "Entry HB-ELN-2024-1187"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.fill(self.pick(CHAT))[1][:140], "fallback": f"{service}: {title}"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 55)
        if "chance of precipitation" in slack and self.chance(0.7):
            value = slack.split(":", 1)[0]
            event["blocks"] = self.weather_blocks(slack, value)
        return self.record("slack", "json", self.event_request(event))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        return [("OptanonAlertBoxClosed", "2024-06-03T09:14:51.220Z")] if self.chance(0.12) else []

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}",
                f"2024-07-{day:02d}T06:00:00+02:00", f"2024-07-{day:02d}T00:00:00.000Z",
                f"2024-07-{day:02d} 08:00", f"2024-07-{day:02d}T00:00:00+05:30"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gitlab-{self.rng.randint(10**8, 10**9)}",
                                           f"lims.{self.hexs(12)}"])


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 170), ("slack_edit", 28), ("slack_deleted", 8), ("slack_file", 30),
    ("slack_unfurl", 22), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 250), ("admin", 145), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The lab's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Lab(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
