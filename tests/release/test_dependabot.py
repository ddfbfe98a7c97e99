"""Dependabot covers every ecosystem the repository pins; the CI workflow runs every gate."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
ECOSYSTEMS = {"pip", "github-actions", "docker", "docker-compose"}
SCHEDULES = {"daily", "weekly", "monthly", "quarterly", "semiannually", "yearly", "cron"}


def load(path: str) -> dict[Any, Any]:
    tree = yaml.safe_load((REPO / path).read_text())
    assert isinstance(tree, dict), f"{path}: not a YAML mapping"
    return tree


def test_dependabot_config_is_valid_v2() -> None:
    tree = load(".github/dependabot.yml")
    assert tree["version"] == 2
    seen = set()
    for update in tree["updates"]:
        assert update["package-ecosystem"] in ECOSYSTEMS
        assert update["schedule"]["interval"] in SCHEDULES
        directory = update["directory"]
        assert directory.startswith("/") and (REPO / directory.lstrip("/")).is_dir(), directory
        seen.add((update["package-ecosystem"], directory))
    assert len(seen) == len(tree["updates"]), "duplicate ecosystem/directory entries"


def test_every_pinned_ecosystem_is_watched() -> None:
    updates = load(".github/dependabot.yml")["updates"]
    watched = {(u["package-ecosystem"], u["directory"].rstrip("/") or "/") for u in updates}
    assert ("pip", "/") in watched and (REPO / "requirements.in").exists()
    assert ("github-actions", "/") in watched and list((REPO / ".github" / "workflows").glob("*.yml"))
    for dockerfile in REPO.glob("deploy/**/*Dockerfile"):
        directory = "/" + str(dockerfile.parent.relative_to(REPO))
        assert ("docker", directory) in watched, f"{dockerfile} not watched by Dependabot"
    assert ("docker-compose", "/") in watched and (REPO / "docker-compose.yml").exists()


def test_ci_workflow_runs_lint_tests_security_and_the_load_gate() -> None:
    workflow = load(".github/workflows/ci.yml")
    runs = {name: " ".join(step.get("run", "") for step in job["steps"]) for name, job in workflow["jobs"].items()}
    assert "make lint" in runs["lint"]
    assert ".ci/run" in runs["test"] or "make test" in runs["test"]
    assert "make security" in runs["security"]
    assert "make loadtest" in runs["loadtest"]
    for job in workflow["jobs"].values():
        assert job.get("timeout-minutes"), "every job is time-boxed"
        for step in job["steps"]:
            if "uses" in step:
                assert re.search(r"@v?\d", step["uses"]), f"{step['uses']} is not pinned"
    assert workflow["permissions"] == {"contents": "read"}
