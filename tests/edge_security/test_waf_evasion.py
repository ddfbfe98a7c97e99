"""Generalisation estimate: the shared corpus transformed (evasion_gen) and replayed through the real nginx.

The rules were built on the shared corpus; the final figures come from a held-out set. Transformations
the rules were not tuned on (case mixing, SQL comments, whitespace runs, double URL encoding, HTML
entities, JSON \\u escapes, payloads moved to another placement incl. multipart and headers) estimate
how much of the corpus figure is generalisation rather than fit. The same transformations on benign
text estimate the false-positive cost of the decoding. Prints rates per transformation, placement and
category; asserts floors measured on this code (detection a little under the measured figure, FP at
the acceptance bound).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from stackctl import StackHandle

from .benign_gen import generate
from .evasion_gen import attack_variants, benign_variants
from .test_waf_corpus import load, rate_table, replay

pytestmark = pytest.mark.stack

# Floors from the measured figures (12151/12279 = 98.96% blocked; benign 63/10317 = 0.61% overall, 0/8285
# outside the two stress transformations), with a small margin.
MIN_DETECTION = 0.98
# Benign text with SQL comments in place of spaces, or a line break / tab between any two words, is not
# what people type: those two transformations are reported (their FP is the price of treating "'/*" as a
# closed string and a newline as a shell separator) and bounded, the others must stay at the acceptance bound.
STRESS_TRANSFORMS = {"sql_comment", "whitespace"}
MAX_FALSE_POSITIVES = 0.001
MAX_FALSE_POSITIVES_WITH_STRESS = 0.008
# The OWASP CRS (PL1, tuned on the untransformed benign traffic) adds its own: prose moved into cookies or
# headers, or double-encoded, meets rules the routes' free_text does not cover there (941310 on UTF-8 bytes,
# 941370, 930120, 942360, 921110, ...); measured 42/8285 = 0.51% outside the stress transformations and
# 183/10317 = 1.77% with them (crs_enable: 942310 on SQL-commented prose). Our own rules keep the acceptance
# bound on their own.
MAX_FALSE_POSITIVES_WITH_CRS = 0.006
MAX_FALSE_POSITIVES_WITH_CRS_AND_STRESS = 0.018


def test_generator_is_deterministic_and_covers_every_transformation() -> None:
    attacks = load("attacks.jsonl")[:300]
    first, second = attack_variants(attacks), attack_variants(attacks)
    assert first == second
    assert {v["transform"] for v in first} == {"case", "sql_comment", "whitespace", "double_url", "html_entity",
                                               "json_unicode", "relocate"}
    assert {v["placement"].split("-")[0] for v in first} >= {"query", "form", "json", "multipart", "header", "cookie"}
    # relocated payloads leave the corpus placement
    assert all(v["placement"].split("-")[0] != rec["placement"]
               for rec in attacks for v in first if v["source"] == rec["id"] and v["transform"] == "relocate")


def tally(results: list[tuple[dict[str, Any], int, bool]], keys: tuple[str, ...]) -> dict[str, Counter[str]]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for rec, _status, blocked in results:
        for key in keys:
            label = f"{key}={rec[key]}"
            table[label]["total"] += 1
            table[label]["hit"] += blocked
    return table


def test_evasion_set_detection_and_false_positives(sec_stack: StackHandle, record_property: Any) -> None:
    attacks = attack_variants(load("attacks.jsonl"))
    benign = benign_variants(load("benign.jsonl") + list(generate(600)))
    assert len(attacks) > 10000 and len(benign) > 10000

    rules: dict[str, list[int]] = {}
    attack_results = replay(sec_stack, attacks)
    benign_results = replay(sec_stack, benign, rules)
    for rec, status, _ in attack_results + benign_results:
        assert status < 500 or status in (502, 503), (rec["id"], status)

    detected = sum(b for _, _, b in attack_results)
    false_pos = [rec["id"] for rec, _, b in benign_results if b]
    det_rate, fp_rate = detected / len(attacks), len(false_pos) / len(benign)
    plain = [b for rec, _, b in benign_results if rec["transform"] not in STRESS_TRANSFORMS]
    plain_fp_rate = sum(plain) / len(plain)

    def ours(rec: dict[str, Any]) -> bool:   # blocked by one of our rules (1xxxxx), not only by the CRS
        return any(r < 900000 for r in rules.get(rec["id"], []))

    own_fp = [rec["id"] for rec, _, b in benign_results if b and ours(rec)]
    own_plain = [b and ours(rec) for rec, _, b in benign_results if rec["transform"] not in STRESS_TRANSFORMS]
    own_plain_fp_rate, own_fp_rate = sum(own_plain) / len(own_plain), len(own_fp) / len(benign)
    at = tally(attack_results, ("transform", "placement", "category"))
    bt = tally(benign_results, ("transform", "placement"))
    missed = Counter(f"{rec['transform']}/{rec['category']}" for rec, _, b in attack_results if not b)
    report = "\n".join([
        "",
        rate_table("WAF evasion set: attacks blocked", [(k, c["hit"], c["total"]) for k, c in at.items()]),
        f"  overall: {detected}/{len(attacks)} = {100 * det_rate:.2f}%; most missed: {missed.most_common(8)}",
        rate_table("evasion set: benign false positives", [(k, c["hit"], c["total"]) for k, c in bt.items()]),
        f"  overall: {len(false_pos)}/{len(benign)} = {100 * fp_rate:.3f}%; without {sorted(STRESS_TRANSFORMS)}: "
        f"{sum(plain)}/{len(plain)} = {100 * plain_fp_rate:.3f}%; first: {false_pos[:20]}",
        f"  by our rules: {len(own_fp)}/{len(benign)} = {100 * own_fp_rate:.3f}%; without the stress ones: "
        f"{sum(own_plain)}/{len(own_plain)} = {100 * own_plain_fp_rate:.3f}%",
    ])
    print(report)
    Path(sec_stack.run_dir / "waf-evasion-report.txt").write_text(report)
    record_property("waf_evasion_block_rate", det_rate)
    record_property("waf_evasion_false_positive_rate", fp_rate)
    record_property("waf_evasion_plain_false_positive_rate", plain_fp_rate)
    assert det_rate >= MIN_DETECTION, report
    assert own_plain_fp_rate <= MAX_FALSE_POSITIVES, report
    assert own_fp_rate <= MAX_FALSE_POSITIVES_WITH_STRESS, report
    assert plain_fp_rate <= MAX_FALSE_POSITIVES_WITH_CRS, report
    assert fp_rate <= MAX_FALSE_POSITIVES_WITH_CRS_AND_STRESS, report
