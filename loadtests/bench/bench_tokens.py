"""Tokens/s and verify/s: the book's per-request key loading design, TokenDealer (ES256 and RS256), and a
trivial Quart endpoint, each on one Hypercorn worker, loaded by wrk over loopback for a few seconds.

`python -m loadtests.bench.bench_tokens --out FILE`; targets (issue 6): ours >= 50x the book's design
and >= 50% of the trivial endpoint, in tokens/s, same run.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.config import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests"))
from stackctl import StackHandle, free_ports, new_stack  # noqa: E402

HYPERCORN = str(Path(sys.executable).parent / "hypercorn")
FORM = "application/x-www-form-urlencoded"


def wrk(url: str, body: str, headers: dict[str, str], seconds: float, connections: int) -> dict[str, float]:
    """Requests/s of POST url with body; every non-2xx response counts as an error."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\n')
        for name, value in {"Content-Type": FORM, **headers}.items():
            script.write(f'wrk.headers[{json.dumps(name)}] = {json.dumps(value)}\n')
    try:
        argv = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "10s", "-s", script.name, url]
        out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    finally:
        Path(script.name).unlink()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": round(rps, 1), "requests": total, "errors": int(errors.group(1)) if errors else 0}


def post(url: str, body: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    request = urllib.request.Request(url, data=body.encode(),  # noqa: S310 - our loopback URLs
                                     headers={"Content-Type": FORM, **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310  # nosec B310 - loopback
        data: dict[str, Any] = json.loads(response.read())
        return data


def serve(app: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([HYPERCORN, "--bind", f"127.0.0.1:{port}", "--workers", "0", app], cwd=REPO_ROOT,
                            env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)  # noqa: S310  # nosec B310
        except urllib.error.HTTPError:
            return proc  # any HTTP answer: it is serving
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{app} did not start; see {log}")


def book_keys(directory: Path) -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (directory / "privkey.pem").write_bytes(private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()))
    (directory / "pubkey.pem").write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))


def measure(name: str, base: str, token_body: str, token_headers: dict[str, str], verify_path: str,
            seconds: float, connections: int) -> dict[str, Any]:
    token_url = base + ("/ping" if name == "trivial" else "/oauth/token")
    post(token_url, token_body, token_headers)  # warm-up (imports, caches, first connection)
    tokens = wrk(token_url, token_body, token_headers, seconds, connections)
    if name == "trivial":
        verify, verify_body = tokens, None
    else:
        access = post(token_url, token_body, token_headers)["access_token"]
        verify_body = f"access_token={access}"
        verify = wrk(base + verify_path, verify_body, {}, seconds, connections)
    return {"tokens_per_s": tokens["rps"], "verify_per_s": verify["rps"],
            "errors": tokens["errors"] + verify["errors"], "requests": tokens["requests"] + verify["requests"]}


def run(seconds: float, connections: int) -> dict[str, Any]:
    handle: StackHandle = new_stack("benchtokens").start()
    procs: list[subprocess.Popen[bytes]] = []
    work = Path(tempfile.mkdtemp(prefix="bench-tokens-"))
    try:
        demo = handle.secret_json("demo_client.json")
        basic = base64.b64encode(f"{demo['client_id']}:{demo['client_secret']}".encode()).decode()
        book_keys(work)
        book_port, trivial_port = free_ports(2)
        env = {**handle.env, "BOOK_KEY_DIR": str(work), "BOOK_CLIENTS": f"{demo['client_id']}:{demo['client_secret']}"}
        procs.append(serve("loadtests.bench.book_tokendealer:create_book_app()", book_port, env, work / "book.log"))
        procs.append(serve("loadtests.bench.book_tokendealer:create_trivial_app()", trivial_port, env,
                           work / "trivial.log"))
        ours = f"http://127.0.0.1:{handle.ports['tokendealer']}"
        grant = "grant_type=client_credentials"
        book_body = f"{grant}&client_id={demo['client_id']}&client_secret={demo['client_secret']}"
        results = {
            "book_per_request_key": measure("book", f"http://127.0.0.1:{book_port}", book_body, {}, "/verify_token",
                                            seconds, connections),
            "tokendealer_es256": measure("ours", ours, grant, {"Authorization": f"Basic {basic}"}, "/verify_token",
                                         seconds, connections),
        }
        rotate_to_rs256(handle)
        results["tokendealer_rs256"] = measure("ours", ours, grant, {"Authorization": f"Basic {basic}"},
                                               "/verify_token", seconds, connections)
        results["trivial_quart"] = measure("trivial", f"http://127.0.0.1:{trivial_port}", "x=1", {}, "/ping",
                                           seconds, connections)
        return results
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)
        handle.stop()
        handle.remove()
        shutil.rmtree(work, ignore_errors=True)


def rotate_to_rs256(handle: StackHandle) -> None:
    password = handle.secret("tokendealer_db_password")
    env = {**handle.env, "DATABASE_URL": f"postgresql+asyncpg://tokendealer:{password}@127.0.0.1:"
                                          f"{handle.ports['postgres']}/tokendealer"}
    cli = [sys.executable, "-m", "tokendealer.cli", "keys"]
    created = json.loads(subprocess.run([*cli, "create", "--alg", "RS256"], env=env, cwd=REPO_ROOT,
                                        capture_output=True, text=True, check=True).stdout)
    subprocess.run([*cli, "activate", created["kid"], "--force"], env=env, cwd=REPO_ROOT, capture_output=True,
                   check=True)
    time.sleep(1.0)  # the service learns of it by NOTIFY


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    results = run(args.seconds, args.connections)
    book, ours, trivial = (results[k]["tokens_per_s"] for k in ("book_per_request_key", "tokendealer_es256",
                                                                "trivial_quart"))
    summary = {
        "ours_vs_book_tokens": round(ours / book, 1) if book else None,
        "ours_vs_trivial_tokens": round(ours / trivial, 3) if trivial else None,
        "rs256_vs_trivial_tokens": round(results["tokendealer_rs256"]["tokens_per_s"] / trivial, 3)
        if trivial else None,
    }
    summary["targets_met"] = bool(summary["ours_vs_book_tokens"] and summary["ours_vs_book_tokens"] >= 50
                                  and summary["ours_vs_trivial_tokens"] and summary["ours_vs_trivial_tokens"] >= 0.5)
    print(f"{'design (1 Hypercorn worker)':32} {'tokens/s':>10} {'verify/s':>10} {'errors':>7}")
    for name, row in results.items():
        print(f"{name:32} {row['tokens_per_s']:>10} {row['verify_per_s']:>10} {row['errors']:>7}")
    print(json.dumps(summary))
    args.out.write_text(json.dumps({"workers": 1, "seconds": args.seconds, "connections": args.connections,
                                    "results": results, "summary": summary}, indent=2))
    measured = all(row["errors"] == 0 and row["requests"] > 0 for row in results.values())
    return 0 if measured else 1


if __name__ == "__main__":
    raise SystemExit(main())
