"""python -m app.demo_event "weather Paris": send one signed Slack event through the gateway and print
the reply the fake Slack received (demo mode: `make up` with JEEVES_DEMO=1, the default)."""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import ssl
import sys
import time
import urllib.request
import uuid
from pathlib import Path

from gateway import config
from servicekit.jsonlines import read_json_lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.demo_event")
    parser.add_argument("text", help='what the user says, e.g. "weather Paris"')
    parser.add_argument("--user", default="UDEMO")
    parser.add_argument("--team", default="TDEMO")
    args = parser.parse_args(argv)
    cfg = config.load()
    run_dir = Path(os.environ.get("RUN_DIR", config.REPO_ROOT / ".run"))
    secret = (run_dir / "secrets" / "slack_signing_secret").read_text().strip()
    channel = f"DDEMO{uuid.uuid4().hex[:6].upper()}"
    body = json.dumps({"type": "event_callback", "team_id": args.team, "event_id": f"Ev{uuid.uuid4().hex[:12]}",
                       "event": {"type": "message", "channel_type": "im", "user": args.user, "channel": channel,
                                 "text": args.text, "ts": f"{time.time():.6f}"}}).encode()
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    url = f"https://localhost:{cfg['ports']['https']}/slack/events"
    request = urllib.request.Request(url, body, method="POST", headers={
        "Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature})
    context = ssl.create_default_context(cafile=str(run_dir / "certs" / "ca.pem"))
    with urllib.request.urlopen(request, context=context, timeout=10) as resp:  # noqa: S310  # nosec B310
        print(f"gateway answered {resp.status}: {resp.read().decode()}")
    log = run_dir / "logs" / "fake-slack.jsonl"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for call in read_json_lines(log):
            if call.get("args", {}).get("channel") == channel:
                print(f"reply in {log}:\n{call['args'].get('text')}")
                return 0
        time.sleep(0.2)
    print(f"no reply within 10 s; see {run_dir / 'logs' / 'jeeves.log'}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
