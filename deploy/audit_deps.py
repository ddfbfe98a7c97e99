"""Dependency vulnerability audit of requirements.lock (`make security`).

    python deploy/audit_deps.py [--strict]

pip-audit first (PyPI's per-release JSON API, hashes enforced). A dependency pip-audit had to skip is
then checked through PyPI's project JSON, whose `vulnerabilities` describe the latest release: valid
for us only when the locked version IS the latest. Any known vulnerability fails the run. A pin that
still cannot be audited is listed as NOT AUDITED with the reason, never passed as "no known
vulnerability": a warning by default (a developer's machine may not reach the advisory services),
a failure with --strict, which the CI workflow (full network access) uses.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "requirements.lock"
PYPI = "https://pypi.org/pypi/{name}/json"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def pip_audit() -> dict:
    argv = [str(Path(sys.executable).parent / "pip-audit"), "-r", str(LOCK), "--require-hashes", "--disable-pip",
            "--progress-spinner", "off", "-f", "json"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        sys.exit(f"[security] pip-audit could not run (exit {proc.returncode}):\n{proc.stderr[-2000:]}")


def project_vulns(name: str, version: str) -> tuple[list[dict], str | None]:
    """(vulnerabilities, None) or ([], why it could not be audited)."""
    try:
        # Fixed https host; only the package name (from our lock file) varies.
        with urllib.request.urlopen(PYPI.format(name=name), timeout=20) as resp:  # noqa: S310  # nosec B310
            data = json.load(resp)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return [], f"PyPI unreachable ({exc})"
    latest = data.get("info", {}).get("version")
    if latest != version:
        return [], f"locked {version} is not the latest ({latest}); no per-release data reachable"
    return data.get("vulnerabilities") or [], None


def verdict(vulnerable: list[str], unaudited: list[str], strict: bool) -> int:
    """Exit status: 1 on any known vulnerability; on un-auditable pins only when strict."""
    if unaudited:
        level = "FAIL" if strict else "WARNING"
        print(f"[security] {level}: {len(unaudited)} dependencies could not be audited: the vulnerability "
              "service is unreachable or incomplete from here" + ("" if strict else
                                                                   " (the CI workflow runs --strict)"),
              file=sys.stderr)
    if vulnerable:
        print(f"[security] FAIL: {len(vulnerable)} known vulnerabilities in requirements.lock", file=sys.stderr)
    return 1 if vulnerable or (unaudited and strict) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--strict", action="store_true", help="fail on pins that cannot be audited (CI)")
    args = parser.parse_args(argv)
    pins = dict(PIN.findall(LOCK.read_text()))
    report = pip_audit()
    vulnerable, unaudited = [], []
    skipped = []
    for dep in report.get("dependencies", []):
        if dep.get("skip_reason"):
            skipped.append(dep["name"])
        for vuln in dep.get("vulns", []):
            vulnerable.append(f"{dep['name']} {dep.get('version')}: {vuln['id']} (fix: {vuln.get('fix_versions')})")
    if skipped:
        print(f"[security] pip-audit could not audit {len(skipped)} of {len(pins)} pins through PyPI's "
              "per-release API; checking them through the project JSON", flush=True)
        normalised = {k.lower().replace("_", "-").replace(".", "-"): v for k, v in pins.items()}
        versions = {name: normalised.get(name, "") for name in skipped}
        with ThreadPoolExecutor(max_workers=8) as pool:
            for name, (vulns, why) in zip(skipped, pool.map(lambda n: project_vulns(n, versions[n]), skipped),
                                          strict=True):
                if why:
                    unaudited.append(f"{name}: {why}")
                vulnerable += [f"{name} {versions[name]}: {v.get('id')} (fixed in {v.get('fixed_in')})"
                               for v in vulns if not v.get("withdrawn")]
    for line in vulnerable:
        print(f"[security] VULNERABLE {line}")
    for line in unaudited:
        print(f"[security] NOT AUDITED {line}")
    print(f"[security] audited {len(pins) - len(unaudited)} of {len(pins)} pins ({len(vulnerable)} known "
          f"vulnerabilities); {len(unaudited)} not audited")
    status = verdict(vulnerable, unaudited, args.strict)
    if status == 0 and not unaudited:
        print(f"[security] dependency audit: {len(pins)} pins, no known vulnerability")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
