#!/usr/bin/env bash
# The whole suite: Lua unit specs (busted on LuaJIT), lint, then pytest (which starts real stacks).
# pytest's exit 5 (no tests collected) counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== busted (lua/spec)"
busted --lua=luajit -o utfTerminal lua/spec || exit 1

echo "== ruff"
.venv/bin/ruff check . || exit 1

echo "== pytest"
.venv/bin/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit $rc
