"""Python layering: the runner (gateway) may use certs and servicekit; certs, the services and
servicekit never import the gateway runner, and servicekit imports none of the packages above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# package -> packages it must not import
FORBIDDEN = {
    "certs": {"gateway", "app", "tokendealer"},
    "tokendealer": {"gateway", "certs", "app"},
    "servicekit": {"gateway", "certs", "app", "tokendealer"},
}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_the_layers_it_must_not_know(package: str) -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(imported_packages(path) & FORBIDDEN[package])
        for path in (REPO / package).rglob("*.py")
    }
    assert {name: pkgs for name, pkgs in offenders.items() if pkgs} == {}
