#!/usr/bin/env bash
# Idempotent set-up: Debian packages, the hash-locked virtualenv, generated secrets and dev certificates.
# A second run only checks stamps, so it finishes in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  nginx libnginx-mod-http-lua lua-resty-core lua-resty-lrucache lua-cjson lua-busted luajit2
  redis-server wrk pebble certbot chromium logrotate
  # CRS rules (compiled for our engine), libinjection (FFI) and ModSecurity, the reference WAF of
  # loadtests/reference only; the edge's nginx.conf loads its own
  # modules and never includes /etc/nginx/modules-enabled, where this package drops a symlink.
  libnginx-mod-http-modsecurity libmodsecurity3 modsecurity-crs
)
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

log() { printf '[setup] %s\n' "$*"; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "setup: need root to install: ${missing[*]}" >&2; exit 1; }
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d keeps apt from starting the system nginx/redis on :80/:6379: the stack starts its own.
  if [ -e /usr/sbin/policy-rc.d ]; then
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    apt-get install -y -qq "${missing[@]}" >/dev/null
    rm -f /usr/sbin/policy-rc.d
    trap - EXIT
  fi
fi

# PostgreSQL refuses to run as root: it runs as the postgres system user.
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres

lock_sum=$(sha256sum requirements.lock | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  log "building .venv from requirements.lock"
  [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
  # The machine's pip config names local wheel dirs that may not exist; keep those warnings out of the log.
  if ! out=$(.venv/bin/pip install -q --require-hashes --no-deps -r requirements.lock 2>&1); then
    echo "$out" | grep -v 'is neither a file nor a directory' >&2
    exit 1
  fi
  echo "$lock_sum" > .venv/.lock-sha256
fi

.venv/bin/python -m gateway init
