"""The repository stands alone: no code or test reads a path beside the checkout (a sibling folder)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CODE_DIRS = ("app", "tokendealer", "servicekit", "gateway", "certs", "loadtests", "deploy", "scripts", "tests")
# A path climbing out of the checkout: REPO.parent, the sibling "shared" folder (either separator),
# parents[n] past the repository root.
OUTSIDE = re.compile(r"REPO\.parent\b|\.\.[/\\]shared|[\"']shared[\"']\s*/\s*[\"']waf-corpus")
SUFFIXES = {".py", ".sh", ".lua", ".j2", ".yaml", ".yml"}


def test_no_code_reads_outside_the_repository() -> None:
    offenders = []
    for top in CODE_DIRS:
        for path in (REPO / top).rglob("*"):
            if path.suffix in SUFFIXES and path.is_file() and path != Path(__file__).resolve():
                for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                    if OUTSIDE.search(line):
                        offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_vendored_corpus_is_complete_with_its_licence() -> None:
    corpus = REPO / "tests" / "data" / "waf-corpus"
    for name in ("attacks.jsonl", "benign.jsonl", "redirects.txt", "README.md", "LICENSE"):
        assert (corpus / name).stat().st_size > 0, name
    assert "MIT License" in (corpus / "LICENSE").read_text()
