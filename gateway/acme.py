"""python -m gateway.acme {issue,renew,status,loop}: the operator's ACME commands.

issue   obtain a certificate if none is usable yet (same as renew when one is)
renew   renew when due (fewer than renew_before_days left, domains changed) or with --force;
        then nginx -t and a graceful reload. Exit 1 when it failed (the old certificate keeps serving).
status  print status.json and the certificate being served
loop    the stack's scheduler: renew now, then every acme.check_interval seconds

The gateway wires certs.acme to itself here (its port, its render as the reload callback), so the
certs package never imports the gateway.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from certs.acme import renewer, served, status
from certs.acme import settings as acme_settings
from gateway import config, render
from gateway.config import ConfigError
from servicekit.logging import configure
from servicekit.runpaths import RunPaths, run_paths


def edge(cfg: dict[str, Any], paths: RunPaths) -> renewer.Edge:
    """The renewer's view of this gateway: its TLS port and a re-render + nginx -t callback."""
    return renewer.Edge(https_port=int(cfg["ports"]["https"]), rerender=lambda: render.write_and_test(cfg, paths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway.acme", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("issue")
    sub.add_parser("renew").add_argument("--force", action="store_true", help="renew even if not due")
    sub.add_parser("status")
    sub.add_parser("loop")
    args = parser.parse_args(argv)
    configure("acme")
    try:
        cfg = config.load()
        settings = acme_settings.load(cfg)
    except ConfigError as exc:
        print(f"gateway.yaml: {exc}", file=sys.stderr)
        return 2
    paths = run_paths()
    if args.command == "status":
        current = served.choose(settings, paths)
        print(json.dumps({"serving": {**current.summary(), "cert": str(current.cert)},
                          "renewer": status.read(paths)}, indent=2))
        return 0
    if args.command == "loop":
        renewer.loop(edge(cfg, paths), paths, settings)
        return 0
    try:
        outcome = renewer.renew(edge(cfg, paths), paths, settings, force=getattr(args, "force", False))
    except TimeoutError as exc:
        print(f"[acme] {exc}", file=sys.stderr)
        return 1
    print(f"[acme] {outcome.result}: {outcome.message}", file=sys.stdout if outcome.ok else sys.stderr)
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
