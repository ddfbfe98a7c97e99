"""An nginx that runs only the edge's Lua, for the tests and benchmarks that need the edge's code paths
without a stack: the nginx.conf every such nginx shares (modules, temp paths, the Lua path, the edge's
init hooks and request-id maps) around the caller's dicts and server body, and its start and stop.

    conf = edge_nginx.conf(root, "readyz", dicts={"edge_metrics": "1m"}, server="listen 127.0.0.1:8000; ...")
    with edge_nginx.running(root, conf, f"http://127.0.0.1:{port}/metrics"):
        ...
"""

from __future__ import annotations

import json
import subprocess
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gateway import render
from gateway.config import REPO_ROOT
from servicekit.runpaths import RunPaths

TEMPLATE = """
load_module {modules}/ndk_http_module.so;
load_module {modules}/ngx_http_lua_module.so;
{user}
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
daemon off;
events {{ worker_connections {worker_connections}; }}
http {{
    access_log off;
    uninitialized_variable_warn off;
    default_type application/json;
    {maps}
    client_body_temp_path {root}/tmp;
    proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp;
    scgi_temp_path {root}/tmp;
    lua_package_path "{lua}/?.lua;{lua}/?/init.lua;;";
    {dicts}
    init_by_lua_block {{ require("edge").init("{root}/edge.json") }}
    init_worker_by_lua_block {{ require("edge").init_worker() }}
    {http}
    server {{
        {server}
        {edge_vars}
    }}
}}
"""


def nested(text: str, spaces: int) -> str:
    """A snippet placed at `spaces` of indentation (its first line is indented by the slot)."""
    return text.replace("\n", "\n" + " " * spaces)


def write_edge_json(root: Path, cfg: dict[str, Any]) -> dict[str, Any]:
    """render's edge.json for cfg, in root (where the conf's init_by_lua reads it); returned for tweaks."""
    edge = render.edge_config(cfg, RunPaths(root))
    (root / "edge.json").write_text(json.dumps(edge))
    return edge


def conf(root: Path, name: str, dicts: dict[str, str], server: str, http: str = "",
         worker_connections: int = 1024) -> str:
    """nginx.conf text: the edge's Lua with these lua_shared_dicts, request ids named for `name`,
    extra http-level directives and one server block (`server`: its listen lines and locations)."""
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    snippets = render.edge_snippets()
    return TEMPLATE.format(
        modules=render.DEBIAN_NGINX_MODULES, root=root, lua=REPO_ROOT / "lua", worker_connections=worker_connections,
        user="user root root;" if render.getpass.getuser() == "root" else "",
        maps=nested(str(snippets.request_id_maps(name)), 4),
        dicts="\n    ".join(f"lua_shared_dict {dict_name} {size};" for dict_name, size in dicts.items()),
        http=nested(textwrap.dedent(http).strip(), 4), server=nested(textwrap.dedent(server).strip(), 8),
        edge_vars=nested(str(snippets.vars_location()), 8))


def start(root: Path, conf_text: str, probe_url: str, timeout: float = 15) -> subprocess.Popen[bytes]:
    """Write and validate (nginx -t) the conf, start nginx, and wait until probe_url answers (any status)."""
    path = root / "nginx.conf"
    path.write_text(conf_text)
    nginx = render.nginx_binary()
    check = subprocess.run([nginx, "-t", "-q", "-p", str(root), "-c", str(path)], capture_output=True, text=True,
                           check=False)
    if check.returncode != 0:
        raise RuntimeError(f"edge nginx.conf invalid:\n{check.stderr}")
    proc = subprocess.Popen([nginx, "-p", str(root), "-c", str(path)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(probe_url, timeout=1):  # noqa: S310  # nosec B310
                return proc
        except urllib.error.HTTPError:
            return proc  # an HTTP answer of any status: nginx is serving
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"edge nginx did not start:\n{error_log(root)}") from None
            time.sleep(0.1)


def error_log(root: Path) -> str:
    path = root / "error.log"
    return path.read_text(errors="replace")[-2000:] if path.exists() else ""


def stop(proc: subprocess.Popen[bytes], root: Path) -> None:
    """Stop nginx; a Lua runtime error in its log fails the caller (a test passing on an error page)."""
    proc.terminate()
    proc.wait(10)
    errors = (root / "error.log").read_text(errors="replace")
    if "runtime error" in errors:
        raise AssertionError(errors[-2000:])


@contextmanager
def running(root: Path, conf_text: str, probe_url: str) -> Iterator[subprocess.Popen[bytes]]:
    proc = start(root, conf_text, probe_url)
    try:
        yield proc
    finally:
        stop(proc, root)
