# Jeeves, its worker and TokenDealer: one image, the command picks the service (docker-compose.yml).
# Dependencies come from requirements.lock with hashes enforced, in a build stage; the runtime runs
# as an unprivileged user.
FROM python:3.11.10-slim-bookworm AS build
RUN python -m venv /venv
COPY requirements.lock /tmp/requirements.lock
RUN /venv/bin/pip install --no-cache-dir --require-hashes -r /tmp/requirements.lock

FROM python:3.11.10-slim-bookworm
RUN useradd --system --uid 10001 --home-dir /srv --shell /usr/sbin/nologin app
COPY --from=build /venv /venv
WORKDIR /srv
COPY servicekit/ servicekit/
COPY app/ app/
COPY tokendealer/ tokendealer/
# RUN_DIR: the services read generated secret files (clients, first admin) from $RUN_DIR/secrets,
# mounted read-only by compose.
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 RUN_DIR=/var/run/gateway
USER app
