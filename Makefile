# Two commands matter: `make run` (set up + whole stack in the foreground) and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python

.PHONY: setup run up down status reload test test-lua test-py cluster-test fuzz faults lint security bench loadtest calibrate lock

setup:
	@scripts/setup.sh

run: setup
	@$(PY) -m gateway run

up: setup
	@$(PY) -m gateway up

down:
	@if [ -x $(PY) ]; then $(PY) -m gateway down; else echo "nothing to stop"; fi

status:
	@$(PY) -m gateway status

reload:
	@$(PY) -m gateway reload

test: setup
	@scripts/test.sh

# The scale-out scenarios at acceptance length: three gateway nodes, a six-member Redis Cluster (then a
# Sentinel-managed primary and replica), 20 s at 5x the shared limit, a primary killed mid-run, a cap of 30
# slots under 300 clients with a node killed mid-run (`make test` runs them for a few seconds).
cluster-test: setup
	@CLUSTER_TEST_SECONDS=20 $(PY) -m pytest tests/limits/test_cluster.py tests/limits/test_cluster_batch.py tests/limits/test_cluster_concurrency.py tests/limits/test_sentinel.py -v
# Schemathesis + Hypothesis at the service ports with a larger seeded budget than `make test`'s 25
# examples per operation and mode (tests/fuzz/); the request counts land in .run/test-artifacts/fuzz/.
# FUZZ_EDGE_EXAMPLES: the same operations through the edge (HTTPS, valid credentials; 8 in `make test`).
FUZZ_EXAMPLES ?= 200
FUZZ_EDGE_EXAMPLES ?= 100
fuzz: setup
	@FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_EDGE_EXAMPLES=$(FUZZ_EDGE_EXAMPLES) $(PY) -m pytest tests/fuzz -s

# The fault suite's long forms (tests/faults/: PostgreSQL down 10 s, Redis killed, TokenDealer down, Jeeves
# stalled, 5 reloads, a worker killed) on a stack of its own; `make test` runs the short forms.
# The per-scenario table lands in .run/faults/report.json.
faults: setup
	@FAULTS_LONG=1 $(PY) -m pytest tests/faults

test-lua:
	@busted --lua=luajit lua/spec

test-py: setup
	@$(PY) -m pytest

lint: setup
	@.venv/bin/ruff check .
	@.venv/bin/mypy

# Re-pin requirements.lock (hashes included) after editing requirements.in.
lock:
	@.venv/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -q -o requirements.lock requirements.in

bench: setup
	@$(PY) -m loadtests.bench.run_all

# Bandit (medium/high severity fails; a `# nosec` must name its test id, the reason beside it) and the
# dependency audit of requirements.lock. Needs PyPI: not part of `make test`, run by the CI workflow.
# Un-auditable pins warn here and fail with AUDIT_FLAGS=--strict (what CI passes).
SECURITY_PATHS := app tokendealer servicekit gateway certs loadtests deploy
security: setup
	@.venv/bin/bandit -q -r $(SECURITY_PATHS) -ll
	@if grep -rnE '#\s*nosec\s*$$' --include='*.py' $(SECURITY_PATHS); then \
		echo "bare # nosec above: name the test id (e.g. # nosec B603) and say why" >&2; exit 1; fi
	@$(PY) deploy/audit_deps.py $(AUDIT_FLAGS)

# The SLO gate (loadtests/slo.yaml) on a stack of its own, free ports; reports in .run/loadtests/.
loadtest: setup
	@$(PY) -m loadtests.gate

# Ramp load on Jeeves and TokenDealer to find their knee; proposes gateway.yaml limits from it.
calibrate: setup
	@$(PY) -m loadtests.calibrate
