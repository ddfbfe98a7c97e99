"""deploy/audit_deps.py's verdict with PyPI answers faked: a known vulnerability always fails; pins
that cannot be audited warn locally and fail with --strict, which the CI workflow passes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit_deps", REPO / "deploy" / "audit_deps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake(monkeypatch: pytest.MonkeyPatch, audit: ModuleType, vulns: list[dict[str, Any]], skipped: bool,
         reachable: bool) -> None:
    deps = [{"name": "pyjwt", "version": "2.0.0", "vulns": vulns}]
    if skipped:
        deps.append({"name": "quart", "skip_reason": "Dependency not found on PyPI"})
    monkeypatch.setattr(audit, "pip_audit", lambda: {"dependencies": deps})
    monkeypatch.setattr(audit, "project_vulns",
                        lambda name, version: ([], None) if reachable else ([], "PyPI unreachable (test)"))


CVE = [{"id": "PYSEC-0000-1", "fix_versions": ["9.9"]}]


@pytest.mark.parametrize("strict", [False, True])
def test_a_known_vulnerability_fails_locally_and_in_ci(monkeypatch, audit, capsys, strict: bool) -> None:  # type: ignore[no-untyped-def]
    fake(monkeypatch, audit, CVE, skipped=False, reachable=True)
    assert audit.main(["--strict"] if strict else []) == 1
    assert "VULNERABLE pyjwt 2.0.0: PYSEC-0000-1" in capsys.readouterr().out


def test_unauditable_pins_are_a_listed_warning_locally(monkeypatch, audit, capsys) -> None:  # type: ignore[no-untyped-def]
    fake(monkeypatch, audit, [], skipped=True, reachable=False)
    assert audit.main([]) == 0
    out = capsys.readouterr()
    assert "NOT AUDITED quart: PyPI unreachable" in out.out and "WARNING: 1 dependencies" in out.err
    assert "no known vulnerability" not in out.out  # never reported as clean


def test_unauditable_pins_fail_with_strict(monkeypatch, audit, capsys) -> None:  # type: ignore[no-untyped-def]
    fake(monkeypatch, audit, [], skipped=True, reachable=False)
    assert audit.main(["--strict"]) == 1
    assert "FAIL: 1 dependencies could not be audited" in capsys.readouterr().err


def test_clean_audit_passes_in_both_modes(monkeypatch, audit) -> None:  # type: ignore[no-untyped-def]
    fake(monkeypatch, audit, [], skipped=True, reachable=True)
    assert audit.main([]) == 0 and audit.main(["--strict"]) == 0


def test_ci_workflow_runs_the_audit_strict() -> None:
    jobs = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text())["jobs"]
    runs = [step.get("run", "") for step in jobs["security"]["steps"]]
    assert "make security AUDIT_FLAGS=--strict" in runs
    assert "$(AUDIT_FLAGS)" in (REPO / "Makefile").read_text()
