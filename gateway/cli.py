"""python -m gateway {init,render,run,up,down,reload,status,rotate-logs,waf-report,waf-tune}: operator commands."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from gateway import config, render
from gateway.config import ConfigError
from gateway.stack import Stack, StackError, _alive, http_ok, sweep_pidfiles, tail
from gateway.supervise import STATE_FILE, RestartPolicy, Supervisor, read_state
from gateway.waf import crs_compile
from servicekit.runpaths import RunPaths, run_paths


def _stack_pid(paths: RunPaths) -> int | None:
    try:
        pid = int((paths.root / "stack.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


def _readyz_url(cfg: dict) -> str:
    return f"https://localhost:{cfg['ports']['https']}/readyz"


def cmd_init(cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    Stack(cfg, paths).prepare()
    print(f"[init] secrets, dev CA and nginx config ready under {paths.root}")
    return 0


def cmd_render(cfg: dict, paths: RunPaths, args: argparse.Namespace) -> int:
    if args.flavor == "openresty":
        conf, edge = render.render(cfg, render.openresty_flavor())
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "nginx.conf").write_text(conf)
        (out / "edge.json").write_text(edge)
        crs_compile.write_ruleset(cfg, out / "crs.json")   # the image has no CRS package: ship it compiled
        print(f"[render] OpenResty config written to {out}")
    else:
        print(f"[render] {render.write_and_test(cfg, paths)}: nginx -t ok")
    return 0


def cmd_run(cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    paths.make()
    if (pid := _stack_pid(paths)) and pid != os.getpid():
        print(f"[stack] already running (pid {pid}); `make down` first", file=sys.stderr)
        return 1
    sweep_pidfiles(paths)
    (paths.root / "stack.pid").write_text(f"{os.getpid()}\n")
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    rotate_now = threading.Event()  # set by `python -m gateway rotate-logs` (SIGUSR1 to the runner)
    signal.signal(signal.SIGUSR1, lambda _signum, _frame: rotate_now.set())
    stack = Stack(cfg, paths, demo=os.environ.get("JEEVES_DEMO", "1") != "0")
    restart_policy = RestartPolicy.from_config(cfg)
    (paths.root / STATE_FILE).unlink(missing_ok=True)  # restart counts are per runner
    try:
        stack.start()
        public = cfg["ports"]["public_https"]
        print(f"[stack] up: https://localhost:{public}/  (trust {paths.certs / 'ca.pem'}); "
              f"metrics http://127.0.0.1:{cfg['ports']['metrics']}/metrics; logs in {paths.logs}; Ctrl-C stops",
              flush=True)
        print(f"[stack] admin panel: https://localhost:{public}/admin/  (sign in with {paths.secrets / 'admin.json'};"
              " more admins: .venv/bin/python -m app.admin.cli create-admin --username NAME)", flush=True)
        supervisor = Supervisor(stack, restart_policy)
        while True:
            supervisor.tick()
            forced = rotate_now.is_set()
            rotate_now.clear()  # before rotating: a request arriving meanwhile gets its own pass
            rotated = stack.rotate_logs(force=forced)
            if forced:
                print(f"[stack] logs rotated on request: {', '.join(rotated)}", flush=True)
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("[stack] stopping", flush=True)
        return 0
    except StackError as exc:
        print(f"[stack] cannot start: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stack.stop()
        (paths.root / "stack.pid").unlink(missing_ok=True)
        print("[stack] stopped", flush=True)


def cmd_up(cfg: dict, paths: RunPaths, args: argparse.Namespace) -> int:
    paths.make()
    url, ca = _readyz_url(cfg), paths.certs / "ca.pem"
    runner = _stack_pid(paths)
    proc = None
    if runner:
        print(f"[up] stack already running (pid {runner})")
    else:
        log = open(paths.logs / "stack.log", "ab")  # noqa: SIM115 - handed to the child
        proc = subprocess.Popen([sys.executable, "-m", "gateway", "run"], stdout=log,  # nosec B603
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        # Recorded now, not when the runner gets to it, so an early `make down` finds it.
        (paths.root / "stack.pid").write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline:
        if http_ok(url, ca):
            print(f"[up] ready: {url}")
            return 0
        if proc is not None and proc.poll() is not None:
            print(f"[up] the stack failed to start:\n{tail(paths.logs / 'stack.log', 30)}", file=sys.stderr)
            return 1
        time.sleep(0.5)
    print(f"[up] {url} not ready after {args.timeout}s; see {paths.logs}", file=sys.stderr)
    return 1


def cmd_down(_cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    pid = _stack_pid(paths)
    if pid:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    leftovers = sweep_pidfiles(paths)
    (paths.root / "stack.pid").unlink(missing_ok=True)
    print("[down] stack stopped" + (f" (killed leftovers: {', '.join(leftovers)})" if leftovers else ""))
    return 0


def cmd_reload(cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    render.write_and_test(cfg, paths)
    try:
        pid = int((paths.nginx / "nginx.pid").read_text().strip())
    except (OSError, ValueError):
        print("[reload] nginx is not running", file=sys.stderr)
        return 1
    os.kill(pid, signal.SIGHUP)  # graceful: old workers finish their in-flight requests
    print(f"[reload] config validated, nginx (pid {pid}) reloading")
    return 0


def cmd_rotate_logs(_cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    pid = _stack_pid(paths)
    if not pid:
        print("[rotate-logs] the stack is not running", file=sys.stderr)
        return 1
    os.kill(pid, signal.SIGUSR1)  # the runner rotates every log at its next tick
    print(f"[rotate-logs] asked the runner (pid {pid}) to rotate every log in {paths.logs}")
    return 0


def cmd_status(cfg: dict, paths: RunPaths, _: argparse.Namespace) -> int:
    pid = _stack_pid(paths)
    ready = http_ok(_readyz_url(cfg), paths.certs / "ca.pem")
    print(f"runner: {'pid ' + str(pid) if pid else 'not running'}; readyz: {'200' if ready else 'not ready'}")
    supervision = read_state(paths.root)
    for pidfile in sorted(paths.pids.glob("*.pid")):
        spid = int(pidfile.read_text().strip() or 0)
        record = supervision.get(pidfile.stem, {})
        pending = record.get("pending_restart_in")
        print(f"  {pidfile.stem:12} pid {spid:<8} {'alive' if _alive(spid) else 'dead':5} "
              f"restarts={record.get('restarts', 0)}" + (f" last_exit={record['last_exit']}"
                                                          if record.get("last_exit") is not None else "")
              + (f" restarting_in={pending:g}s" if pending is not None else ""))
    return 0 if ready else 1


def cmd_waf_report(cfg: dict, _paths: RunPaths, args: argparse.Namespace) -> int:
    """Every request-side CRS rule at PL <= 2: compiled, evaluated at render time, skipped or unsupported."""
    from gateway.waf import crs_compile

    settings = crs_compile.settings_from_config(cfg)
    if args.paranoia_level:
        settings.paranoia_level = args.paranoia_level
        settings.executing_paranoia_level = max(settings.executing_paranoia_level, args.paranoia_level)
    _, outcomes = crs_compile.compile_crs(settings)
    print(crs_compile.report(outcomes))
    return 0


def cmd_waf_tune(_cfg: dict, paths: RunPaths, args: argparse.Namespace) -> int:
    """Per-route CRS exclusions proposed from the detect-mode decisions in the access log."""
    from pathlib import Path

    from gateway.waf import tune

    log = Path(args.log) if args.log else paths.logs / "gateway-access.log"
    print(tune.main(log, args.min_hits))
    return 0


COMMANDS = {"init": cmd_init, "render": cmd_render, "run": cmd_run, "up": cmd_up, "down": cmd_down,
            "reload": cmd_reload, "status": cmd_status, "rotate-logs": cmd_rotate_logs,
            "waf-report": cmd_waf_report, "waf-tune": cmd_waf_tune}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        cmd = sub.add_parser(name)
        if name == "render":
            cmd.add_argument("--flavor", choices=["debian", "openresty"], default="debian")
            cmd.add_argument("--out", default="deploy/openresty")
        if name == "up":
            cmd.add_argument("--timeout", type=float, default=180.0)
        if name == "waf-tune":
            cmd.add_argument("--log", default="", help="access log (default: the stack's gateway-access.log)")
            cmd.add_argument("--min-hits", type=int, default=1)
        if name == "waf-report":
            cmd.add_argument("--paranoia-level", type=int, default=0, help="report at this level (default: yaml)")
    args = parser.parse_args(argv)
    try:
        cfg = config.load()
    except ConfigError as exc:
        print(f"gateway.yaml: {exc}", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](cfg, run_paths(), args)
    except (StackError, RuntimeError, FileNotFoundError, ConfigError) as exc:
        print(f"[{args.command}] {exc}", file=sys.stderr)
        return 1
