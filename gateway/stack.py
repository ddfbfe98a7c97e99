"""The local stack runner: PostgreSQL, Redis, TokenDealer, Jeeves and nginx as real processes.

Started in dependency order, each health-checked before the next; logs in .run/logs/<name>.log
(rotated, gateway/logfiles.py), pids in .run/pids/. Stopping goes in reverse order and escalates to
SIGKILL, so nothing survives.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from certs import devca
from certs.acme import settings as acme_settings
from gateway import redis_cluster, redis_processes, redis_sentinel, render, secrets
from gateway.config import REPO_ROOT
from gateway.logfiles import LogPolicy, PipedLog, ReopenedLogs, reopen_stdio, stdio_is
from servicekit.private_files import write_private
from servicekit.runpaths import RunPaths

VENV_BIN = Path(sys.executable).parent
PG_USER = "postgres"


BOOTSTRAP_SQL = """
SELECT format('CREATE ROLE %I LOGIN', :'db') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'db')\\gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'db', :'pw')\\gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\\gexec
"""


class StackError(RuntimeError):
    """Something in the stack cannot start; the message names the culprit and what to do."""


@dataclass
class Service:
    name: str
    argv: list[str]
    ready: Callable[[], bool]
    port: int | None = None
    env: dict[str, str] = field(default_factory=dict)
    user: str | None = None
    stop_signal: int = signal.SIGTERM  # postgres and nginx masters shut their children down themselves
    start_timeout: float = 60.0
    process: subprocess.Popen[bytes] | None = None


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def tcp_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def http_ok(url: str, cafile: Path | None = None, timeout: float = 2.0) -> bool:
    try:
        context = ssl.create_default_context(cafile=str(cafile)) if cafile else None
        # Only our own http(s) health URLs are opened here.
        with urllib.request.urlopen(url, timeout=timeout, context=context) as resp:  # noqa: S310  # nosec B310
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def redis_ping(port: int, password: str) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(f"AUTH {password}\r\nPING\r\n".encode())
            data = b""
            while data.count(b"\r\n") < 2:
                chunk = sock.recv(256)
                if not chunk:
                    break
                data += chunk
            return b"+PONG" in data
    except OSError:
        return False


def on_loopback(addresses: list[str]) -> bool:
    """Every "host:port" is on this machine's loopback: a deployment the stack runs itself."""
    return bool(addresses) and all(a.rsplit(":", 1)[0] in ("127.0.0.1", "localhost", "[::1]") for a in addresses)


def tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _runs_as(user: str, argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, user=user, capture_output=True, text=True, check=False, **kwargs)  # nosec B603


class Stack:
    def __init__(self, cfg: dict[str, Any], paths: RunPaths, demo: bool = True) -> None:
        self.cfg = cfg
        self.paths = paths
        self.demo = demo
        self.services: list[Service] = []
        self.started: list[Service] = []
        self.log_policy = LogPolicy.from_config(cfg)
        self.piped_logs: dict[str, PipedLog] = {}
        self.nginx_logs = ReopenedLogs([paths.logs / "gateway-access.log", paths.logs / "gateway-error.log"],
                                       self.log_policy, self.reopen_nginx_logs)
        own = paths.logs / "stack.log"  # the runner's own output, when `make up` sent it there
        self.runner_log = ReopenedLogs([own], self.log_policy, lambda: reopen_stdio(own)) if stdio_is(own) else None

    # ---- preparation -------------------------------------------------------------------------
    def prepare(self) -> None:
        """Idempotent: run dirs, secrets, dev certificates, rendered nginx config."""
        self.paths.make()
        secrets.ensure(self.paths.secrets)
        # Operators' CLIs (python -m tokendealer.cli) find their database here, as a secret file.
        write_private(self.paths.secrets / "tokendealer_database_url", self.database_url("tokendealer") + "\n")
        devca.ensure_leaf(self.paths.certs, list(self.cfg["tls"]["dev_ca_hosts"]))
        render.write_and_test(self.cfg, self.paths)

    def secret(self, name: str) -> str:
        return secrets.read(self.paths.secrets, name)

    def port(self, service: str) -> int:
        return int(self.cfg["services"][service]["port"])

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.port(service)}"

    def database_url(self, db: str) -> str:
        password = self.secret(f"{db}_db_password")
        return f"postgresql+asyncpg://{db}:{password}@127.0.0.1:{self.port('postgres')}/{db}"

    def service_env(self) -> dict[str, str]:
        """The environment contract of DESIGN.md, shared by every Python service."""
        https = self.cfg["ports"]["public_https"]
        return {
            "RUN_DIR": str(self.paths.root),
            "REDIS_URL": f"redis://:{self.secret('redis_password')}@127.0.0.1:{self.port('redis')}/0",
            "SLACK_SIGNING_SECRET": self.secret("slack_signing_secret"),
            "SLACK_BOT_TOKEN": self.secret("slack_bot_token"),
            "SLACK_API_URL": self.url("fake_slack") + "/api/" if self.demo else "https://slack.com/api/",
            "WEATHER_API_URL": self.url("fake_weather") if self.demo else "https://api.open-meteo.com",
            "TOKENDEALER_URL": self.url("tokendealer"),
            "JEEVES_URL": self.url("jeeves"),
            "PUBLIC_BASE_URL": f"https://{self.cfg['server_name']}" + ("" if https == 443 else f":{https}"),
            # Sign in with Slack: the fake Slack's OpenID provider in demo mode, Slack's otherwise.
            "SLACK_OIDC_URL": self.url("fake_slack") if self.demo else "https://slack.com",
            "SLACK_CLIENT_ID": os.environ.get("SLACK_CLIENT_ID") or self.secret("slack_client_id"),
            "SLACK_CLIENT_SECRET": os.environ.get("SLACK_CLIENT_SECRET") or self.secret("slack_client_secret"),
            "PYTHONUNBUFFERED": "1",
        }

    def hypercorn(self, name: str, app: str, extra_env: dict[str, str]) -> Service:
        # --workers 0: serve in this process, so the pid we track is the one answering.
        port = self.port(name)
        return Service(
            name=name,
            argv=[str(VENV_BIN / "hypercorn"), "--bind", f"127.0.0.1:{port}", "--workers", "0",
                  "--graceful-timeout", "5", app],
            ready=lambda: http_ok(f"http://127.0.0.1:{port}/healthz"),
            port=port,
            env={**self.service_env(), **extra_env},
        )

    # ---- PostgreSQL --------------------------------------------------------------------------
    def pg_dir(self) -> Path:
        """Data dir owned by the postgres user. If it cannot reach .run (e.g. a checkout under a
        0700 home), the data lives in /var/lib/edge-gateway/<name> with .run/pg linking to it."""
        link = self.paths.root / "pg"
        if link.is_symlink():
            return link.resolve()
        probe = _runs_as(PG_USER, ["test", "-x", str(self.paths.root)])
        if probe.returncode == 0 or link.exists():
            link.mkdir(exist_ok=True)
            shutil.chown(link, PG_USER, PG_USER)
            link.chmod(0o700)
            return link
        digest = hashlib.sha256(str(self.paths.root).encode()).hexdigest()[:16]
        target = Path("/var/lib/edge-gateway") / digest
        target.mkdir(parents=True, exist_ok=True)
        shutil.chown(target, PG_USER, PG_USER)
        target.chmod(0o700)
        link.symlink_to(target)
        return target

    def ensure_pg_cluster(self) -> Path:
        if not shutil.which("initdb") or not shutil.which("postgres"):
            raise StackError("PostgreSQL binaries (initdb, postgres) not on PATH: install PostgreSQL 15")
        try:
            import pwd

            pwd.getpwnam(PG_USER)
        except KeyError as exc:
            raise StackError(f"system user {PG_USER!r} missing: run scripts/setup.sh") from exc
        data = self.pg_dir()
        if (data / "PG_VERSION").exists():
            return data
        fd, name = tempfile.mkstemp(prefix="pginit-")  # outside the data dir: initdb wants it empty
        pwfile = Path(name)
        os.write(fd, (self.secret("postgres_password") + "\n").encode())
        os.close(fd)
        shutil.chown(pwfile, PG_USER, PG_USER)
        result = _runs_as(PG_USER, ["initdb", "-D", str(data), "-U", "postgres", "--auth-local=peer",
                                    "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                                    "--locale=C.UTF-8"])
        pwfile.unlink()
        if result.returncode != 0:
            raise StackError(f"initdb failed in {data}:\n{result.stderr.strip()}")
        return data

    def bootstrap_databases(self) -> None:
        """Roles and databases for each service (idempotent), each owning only its own DB."""
        sock = str(self.pg_dir())
        for db in ("jeeves", "tokendealer"):
            # psql variables, quoted by psql (:'v') and format(%I/%L): no SQL is built from strings.
            script = f"\\set db {db}\n\\set pw {self.secret(f'{db}_db_password')}\n{BOOTSTRAP_SQL}"
            result = _runs_as(PG_USER, ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", sock,
                                        "-p", str(self.port("postgres")), "-d", "postgres", "-f", "-"], input=script)
            if result.returncode != 0:
                raise StackError(f"creating database {db} failed:\n{result.stderr.strip()}")

    def postgres(self) -> Service:
        port = self.port("postgres")
        data = self.ensure_pg_cluster()
        return Service(
            name="postgres",
            argv=["postgres", "-D", str(data), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
                  "-c", f"unix_socket_directories={data}", "-c", "max_connections=200"],
            ready=lambda: subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)],  # nosec B603 - fixed argv
                                         check=False).returncode == 0,
            port=port, user=PG_USER, stop_signal=signal.SIGINT,
        )

    # ---- Redis -------------------------------------------------------------------------------
    def redis(self) -> Service:
        port = self.port("redis")
        directory = self.paths.root / "redis"
        directory.mkdir(exist_ok=True)
        conf = directory / "redis.conf"
        password = self.secret("redis_password")
        write_private(conf, f"port {port}\nbind 127.0.0.1\nprotected-mode yes\nrequirepass {password}\n"
                                    f"dir {directory}\nsave \"\"\nappendonly no\ndaemonize no\n")
        return Service(name="redis", argv=["redis-server", str(conf)],
                       ready=lambda: redis_ping(port, password), port=port)

    def redis_cluster(self) -> list[Callable[[], Service | None]]:
        """REDIS_MODE=cluster: the limiter's six-member Redis Cluster, then its forming (redis_cluster.py).
        Members elsewhere than on loopback are an existing cluster: nothing to start."""
        redis_cfg = self.cfg.get("limits", {}).get("redis", {})
        if redis_cfg.get("mode") != "cluster" or not on_loopback(redis_cfg.get("nodes") or []):
            return []
        nodes = redis_cluster.node_addresses(self.cfg)
        password = self.secret("redis_password")

        def member(address: str) -> Callable[[], Service]:
            port = redis_processes.port_of(address)
            conf = redis_cluster.write_node_conf(self.paths.root / "redis-cluster" / str(port), port, password,
                                                 fresh=True)
            return lambda: Service(name=f"redis-cluster-{port}", argv=["redis-server", str(conf)],
                                   ready=lambda: redis_ping(port, password), port=port)

        return [*(member(address) for address in nodes), lambda: redis_cluster.create(nodes, password)]

    def redis_sentinel(self) -> list[Callable[[], Service | None]]:
        """REDIS_MODE=sentinel: the limiter's primary, its replica and three Sentinels, then their
        agreement (redis_sentinel.py). Sentinels elsewhere than on loopback are an existing deployment."""
        redis_cfg = self.cfg.get("limits", {}).get("redis", {})
        if redis_cfg.get("mode") != "sentinel" or not on_loopback(redis_cfg.get("sentinels") or []):
            return []
        primary, replica = (redis_processes.port_of(a) for a in redis_sentinel.addresses(self.cfg, "servers", 2))
        sentinels = [redis_processes.port_of(a) for a in redis_sentinel.addresses(self.cfg, "sentinels", 3)]
        name = redis_cfg.get("master_name", "edge-limits")
        password = self.secret("redis_password")
        root = self.paths.root / "redis-sentinel"

        def service(svc_name: str, port: int, argv: list[str]) -> Callable[[], Service]:
            return lambda: Service(name=svc_name, argv=["redis-server", *argv],
                                   ready=lambda: redis_ping(port, password), port=port)

        return [
            service("redis-primary", primary, [str(redis_sentinel.write_server_conf(root / str(primary), primary,
                                                                                     password))]),
            service("redis-replica", replica, [str(redis_sentinel.write_server_conf(root / str(replica), replica,
                                                                                     password, primary))]),
            *(service(f"redis-sentinel-{port}", port, [str(redis_sentinel.write_sentinel_conf(
                root / f"sentinel-{port}", port, password, name, primary)), "--sentinel"]) for port in sentinels),
            lambda: redis_sentinel.wait_ready(sentinels, password, name, primary),
        ]

    # ---- nginx -------------------------------------------------------------------------------
    def nginx(self) -> Service:
        conf = self.paths.nginx / "nginx.conf"
        https = self.cfg["ports"]["https"]
        return Service(
            name="nginx",
            argv=[render.nginx_binary(), "-p", str(self.paths.nginx), "-c", str(conf),
                  "-e", str(self.paths.logs / "gateway-error.log")],
            ready=lambda: http_ok(f"https://localhost:{https}/healthz", self.paths.certs / "ca.pem"),
            port=https, stop_signal=signal.SIGQUIT,
        )

    # ---- the plan ----------------------------------------------------------------------------
    def migrate(self, package: str, env: dict[str, str]) -> None:
        """Alembic migrations, then the package's idempotent seed step, when the package has them."""
        ini = REPO_ROOT / package / "db" / "alembic.ini"
        steps = []
        if ini.exists():
            steps.append([str(VENV_BIN / "alembic"), "-c", str(ini), "upgrade", "head"])
        if (REPO_ROOT / package / "bootstrap.py").exists():
            steps.append([sys.executable, "-m", f"{package}.bootstrap"])
        for argv in steps:
            result = subprocess.run(argv, cwd=REPO_ROOT, env={**os.environ, **env},  # nosec B603
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0:
                output = (result.stderr or result.stdout)[-3000:]
                raise StackError(f"{package}: {' '.join(argv[-3:])} failed:\n{output}")

    def optional(self, module_path: str, make: Callable[[], Service]) -> Service | None:
        """Services whose code lands in later issues start once their module exists."""
        return make() if (REPO_ROOT / module_path).exists() else None

    def plan(self) -> list[Callable[[], Service | None]]:
        """Start order; a step may be a service or a bootstrap action returning None."""
        td_env = {**self.service_env(), "DATABASE_URL": self.database_url("tokendealer"),
                  "TOKENDEALER_PEPPER": self.secret("tokendealer_pepper"),
                  "TOKENDEALER_KEY_ENCRYPTION_KEY": self.secret("tokendealer_key_encryption_key")}
        jv_env = {**self.service_env(), "DATABASE_URL": self.database_url("jeeves")}
        def migrate(package: str, env: dict[str, str]) -> Callable[[], None]:
            return lambda: self.migrate(package, env)

        steps: list[Callable[[], Service | None]] = [
            self.postgres,
            self.bootstrap_databases,
            self.redis,
            *self.redis_cluster(),
            *self.redis_sentinel(),
            migrate("tokendealer", td_env),
            migrate("app", jv_env),
            lambda: self.hypercorn("tokendealer", "tokendealer:create_app()", td_env),
        ]
        if self.demo:
            steps += [
                lambda: self.optional("app/fakes/slack.py", lambda: self.hypercorn(
                    "fake_slack", "app.fakes.slack:create_app()", {})),
                lambda: self.optional("app/fakes/weather.py", lambda: self.hypercorn(
                    "fake_weather", "app.fakes.weather:create_app()", {})),
            ]
        steps += [
            lambda: self.hypercorn("jeeves", "app:create_app()", jv_env),
            lambda: self.optional("app/worker.py", lambda: Service(
                name="worker", argv=[sys.executable, "-m", "app.worker"], env=jv_env,
                ready=lambda: True)),
            self.nginx,
            self.acme_renewer,
        ]
        return steps

    def acme_renewer(self) -> Service | None:
        """With acme.enabled: issue now through nginx's webroot, then check every check_interval."""
        if not acme_settings.load(self.cfg).enabled:
            return None
        return Service(name="acme", argv=[sys.executable, "-m", "gateway.acme", "loop"],
                       env={"RUN_DIR": str(self.paths.root), "PYTHONUNBUFFERED": "1"}, ready=lambda: True)

    # ---- lifecycle ---------------------------------------------------------------------------
    def _check_can_start(self, svc: Service) -> None:
        binary = svc.argv[0]
        if not (Path(binary).exists() or shutil.which(binary)):
            raise StackError(f"{svc.name}: binary {binary!r} not found: run scripts/setup.sh")
        if svc.port and not port_is_free(svc.port):
            raise StackError(f"{svc.name}: port {svc.port} is already in use by another process "
                             f"(set the port's env override, or stop what holds it)")

    def spawn(self, svc: Service) -> None:
        """Start svc's process (its own session, output piped into its rotated log) and record its pid."""
        self._check_can_start(svc)
        env = {**os.environ, **svc.env}
        svc.process = subprocess.Popen(  # nosec B603 - argv from our own plan
            svc.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
            cwd=REPO_ROOT, start_new_session=True, user=svc.user,
        )
        if svc.name not in self.piped_logs:
            self.piped_logs[svc.name] = PipedLog(self.paths.logs / f"{svc.name}.log", self.log_policy)
        assert svc.process.stdout is not None  # nosec B101 - stdout=PIPE
        self.piped_logs[svc.name].follow(svc.process.stdout)
        (self.paths.pids / f"{svc.name}.pid").write_text(f"{svc.process.pid}\n")

    def reopen_nginx_logs(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # not running: it opens fresh files at start
            os.kill(int((self.paths.nginx / "nginx.pid").read_text().strip()), signal.SIGUSR1)

    def rotate_logs(self, force: bool = False) -> list[str]:
        """Rotate each log past its size or age (all of them when forced); returns the rotated names."""
        rotated = []
        logs: list[tuple[str, PipedLog | ReopenedLogs]] = [*self.piped_logs.items(), ("nginx", self.nginx_logs)]
        if self.runner_log:
            logs.append(("stack", self.runner_log))
        for name, log in logs:
            if force or log.due():
                log.rotate()
                rotated.append(name)
        return rotated

    def start_service(self, svc: Service) -> None:
        self.spawn(svc)
        assert svc.process is not None  # nosec B101 - spawn set it
        self.started.append(svc)
        log_path = self.paths.logs / f"{svc.name}.log"
        deadline = time.monotonic() + svc.start_timeout
        while time.monotonic() < deadline:
            if svc.process.poll() is not None:
                raise StackError(f"{svc.name} exited with code {svc.process.returncode} while starting; "
                                 f"last lines of {log_path}:\n{tail(log_path)}")
            if svc.ready():
                print(f"[stack] {svc.name} ready (pid {svc.process.pid})", flush=True)
                return
            time.sleep(0.2)
        raise StackError(f"{svc.name} not healthy after {svc.start_timeout:.0f}s; see {log_path}:\n{tail(log_path)}")

    def run(self, steps: list[Callable[[], Service | None]]) -> None:
        """The steps in order: a service a step plans is started, and ready, before the next step."""
        for step in steps:
            svc = step()
            if svc is not None:
                self.start_service(svc)

    def start(self) -> None:
        self.prepare()
        self.run(self.plan())

    def stop(self) -> None:
        for svc in reversed(self.started):
            if svc.process:
                stop_process(svc.process.pid, svc.stop_signal, svc.name)
                svc.process.wait()
            (self.paths.pids / f"{svc.name}.pid").unlink(missing_ok=True)
        self.started.clear()



def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child of ours counts as gone
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def stop_process(pid: int, sig: int, name: str, timeout: float = 20.0) -> None:
    """Polite signal, then SIGKILL to the whole process group (it was started in its own session)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    try:
        if _alive(pid):
            print(f"[stack] {name} ignored signal {sig}; killing", flush=True)
        os.killpg(pid, signal.SIGKILL)  # leftovers of the group (workers, backends)
    except (ProcessLookupError, PermissionError):
        pass


def sweep_pidfiles(paths: RunPaths) -> list[str]:
    """Kill whatever a crashed runner left behind, from its pid files. Returns the names killed."""
    killed = []
    order = ["nginx", "jeeves", "worker", "tokendealer", "fake_weather", "fake_slack", "redis", "postgres"]
    files = sorted(paths.pids.glob("*.pid"), key=lambda p: order.index(p.stem) if p.stem in order else -1)
    for pidfile in files:
        try:
            pid = int(pidfile.read_text().strip())
        except ValueError:
            pidfile.unlink(missing_ok=True)
            continue
        if _alive(pid):
            sig = {"postgres": signal.SIGINT, "nginx": signal.SIGQUIT}.get(pidfile.stem, signal.SIGTERM)
            stop_process(pid, sig, pidfile.stem)
            killed.append(pidfile.stem)
        pidfile.unlink(missing_ok=True)
    return killed
