"""Our WAF against the reference engine, ModSecurity v3 with the same installed CRS files, in real nginx.

The reference itself is checked first (it blocks an attack, passes benign traffic, parses JSON bodies, and
its paranoia level is the one asked for), then the development corpus is replayed through both engines at
paranoia level 1 and the CRS rule ids each matched are compared per request: at least 99% identical sets,
every difference listed by rule id and request. Both engines run the CRS untuned (the same rules at the same
paranoia level, no exclusion: loadtests/reference/edge.py detect_config), so this measures fidelity; the
edge's tuned verdicts are bench_waf's separate figure.

A known difference we keep: ModSecurity's @pm automaton (acmp) builds each failure link one step deep,
so it misses a phrase that starts inside a longer partial phrase ("logs/access_log" within
"/apache2/logs/access_log": 930120, reference debug log: "Rule returned 0"); ours finds every phrase,
as the SecLang reference defines @pm.
"""

from __future__ import annotations

import json
import re
import ssl
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from stackctl import REPO

from loadtests.reference import modsec
from loadtests.reference.edge import EdgeWaf
from loadtests.reference.modsec import ReferenceEngine, crs_detection_ids
from loadtests.reference.replay import DEFAULT_CORPUS, collect, compare, load_corpus, rates, replay

pytestmark = pytest.mark.skipif(modsec.missing() is not None, reason=str(modsec.missing()))

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
           "Accept": "application/json", "Accept-Language": "en-GB,en;q=0.8"}
MIN_IDENTICAL = 0.99


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReferenceEngine]:
    with ReferenceEngine(tmp_path_factory.mktemp("modsec-pl1"), paranoia_level=1).start() as engine:
        yield engine


def send(engine: ReferenceEngine, method: str, target: str, **kwargs: Any) -> tuple[int, set[int]]:
    """One request through the reference: its status and the CRS detection rules it matched."""
    request_id = uuid.uuid4().hex
    headers = {**BROWSER, **kwargs.pop("headers", {}), "X-Request-Id": request_id}
    with httpx.Client(verify=ssl.create_default_context(cafile=str(engine.ca)), trust_env=False, timeout=10) as client:
        status = client.request(method, f"{engine.https_url}{target}", headers=headers, **kwargs).status_code
    logged = collect(engine, [request_id])
    assert request_id in logged, engine.error_log()
    assert logged[request_id]["status"] == status
    return status, logged[request_id]["rules"]


def test_reference_passes_a_benign_search(reference: ReferenceEngine) -> None:
    status, rules = send(reference, "GET", "/api/users?q=mary%20o%27neil&page=2&per_page=25")
    assert status == 200
    assert crs_detection_ids(rules) == set()


def test_reference_blocks_sql_injection_in_the_query_with_libinjection(reference: ReferenceEngine) -> None:
    status, rules = send(reference, "GET", "/api/users?q=1%27%20union%20select%20password%20from%20users--")
    assert status == 403
    assert {942100, 949110} <= rules     # @detectSQLi, then the anomaly score's block


def test_reference_reads_json_bodies_as_arguments(reference: ReferenceEngine) -> None:
    body = json.dumps({"user": {"name": "<script>alert(document.cookie)</script>"}})
    status, rules = send(reference, "POST", "/api/users", content=body,
                         headers={"Content-Type": "application/json"})
    assert status == 403
    assert 941100 in rules                # @detectXSS on ARGS:json.user.name


def test_reference_paranoia_level_is_the_one_rendered(tmp_path: Path, reference: ReferenceEngine) -> None:
    """A string of punctuation is a PL2 finding (942430, SQL special characters), nothing at PL1."""
    target = "/api/users?q=a(b)c(d)e(f)g(h)i(j)k(l)m(n)"
    assert crs_detection_ids(send(reference, "GET", target)[1]) == set()
    with ReferenceEngine(tmp_path / "pl2", paranoia_level=2).start() as pl2:
        assert 942430 in send(pl2, "GET", target)[1]


# One XSS payload per JSON body, at the places whose ModSecurity names are easy to get wrong: objects and
# arrays inside arrays, empty keys.
XSS = "<script>alert(document.cookie)</script>"
JSON_PLACES = {
    "object in an array": {"a": [{"b": XSS}]},
    "object after a value in an array": {"a": ["ok", {"b": XSS}]},
    "second object in an array": {"a": [{"b": 1}, {"c": XSS}]},
    "array in an array": [[1, XSS]],
    "empty key": {"": XSS},
    "object under an empty key": {"a": {"": {"b": XSS}}},
}
REFERENCE_VARIABLE = re.compile(r"against variable `([^`']+)'")


def reference_places(engine: ReferenceEngine, request_id: str, rule: int) -> set[str]:
    """Where the reference says `rule` matched ("ARGS:json.a.b"), from its audit log's messages."""
    places: set[str] = set()
    for line in engine.audit_log.read_text(errors="replace").splitlines():
        tx = json.loads(line)["transaction"] if line.strip() else {}
        if tx.get("unique_id") != request_id:
            continue
        for msg in tx.get("messages") or []:
            found = REFERENCE_VARIABLE.search(msg["details"].get("match", ""))
            if found and msg["details"].get("ruleId") == str(rule):
                places.add(found.group(1))
    return places


def edge_places(edge: EdgeWaf, request_id: str) -> dict[str, set[str]]:
    """Where the edge's rulesets matched, from its access log's decisions ("crs=detect:941110@ARGS:x|..."):
    {"crs": {rule@place, ...}, "own": {place, ...}} (our rules' ids are ours: only their places)."""
    out: dict[str, set[str]] = {"crs": set(), "own": set()}
    for line in edge.access_log.read_text(errors="replace").splitlines():
        entry = json.loads(line) if line.strip() else {}
        if entry.get("client_request_id") != request_id:
            continue
        for token in entry.get("decisions", "").split(";"):
            policy, _, verdict = token.partition("=")
            for hit in verdict.partition(":")[2].split(","):
                rule, _, places = hit.partition("@")
                if policy in out and places:
                    out[policy] |= {f"{rule}@{p}" if policy == "crs" else p for p in places.split("|")}
    return out


def test_json_arguments_are_named_as_the_reference_names_them(tmp_path: Path, reference: ReferenceEngine) -> None:
    """Both of the edge's rulesets (CRS and ours) name a JSON string where it matched exactly as
    ModSecurity's JSON processor does (ARGS:json.a.array_0.b): a route's exclusion written against
    ModSecurity's names, or proposed by waf-tune from either ruleset, then means the same place."""
    ids = {name: uuid.uuid4().hex for name in JSON_PLACES}

    def post_all(engine: EdgeWaf | ReferenceEngine, url: str) -> None:
        with httpx.Client(verify=ssl.create_default_context(cafile=str(engine.ca)), trust_env=False,
                          timeout=10) as client:
            for name, body in JSON_PLACES.items():
                client.post(f"{url}/api/x", content=json.dumps(body),
                            headers={**BROWSER, "Content-Type": "application/json", "X-Request-Id": ids[name]})
        assert set(collect(engine, list(ids.values()))) == set(ids.values()), engine.error_log()

    with EdgeWaf(tmp_path / "edge", paranoia_level=1).start() as edge:
        post_all(edge, edge.https_url)
        ours = {name: edge_places(edge, request_id) for name, request_id in ids.items()}
    post_all(reference, reference.https_url)
    theirs = {name: reference_places(reference, request_id, 941110) for name, request_id in ids.items()}
    assert theirs["object in an array"] == {"ARGS:json.a.array_0.b"}
    assert {n: {f"941110@{p}" for p in places} for n, places in theirs.items()} == {
        n: {hit for hit in places["crs"] if hit.startswith("941110@")} for n, places in ours.items()}
    assert theirs == {n: places["own"] for n, places in ours.items()}


def corpus_dir() -> Path:
    if not (DEFAULT_CORPUS / "attacks.jsonl").exists():
        pytest.skip(f"no corpus in {DEFAULT_CORPUS.relative_to(REPO)}")
    return DEFAULT_CORPUS


def test_crs_rule_ids_match_the_reference_engine_on_the_corpus(tmp_path: Path, reference: ReferenceEngine) -> None:
    edge = EdgeWaf(tmp_path / "edge", paranoia_level=1).prepare()
    assert edge.runs_crs(), "the edge's render wrote no CRS ruleset (crs.json beside edge.json)"
    records = load_corpus(corpus_dir())
    with edge.start():
        ours = replay(edge, edge.ports["https"], records)
    theirs = replay(reference, reference.tls_port, records)
    result = compare(ours, theirs)
    report = result.report(limit=len(records))
    print("\n" + report + "\nreference PL1 rates: " + json.dumps(rates(theirs)))
    assert result.identical_ratio >= MIN_IDENTICAL, report
