#!/bin/sh
# First start of the Postgres container only: one role + database per service, each owning its own.
# Passwords come from the env file (deploy/env/postgres.env), never from this script.
set -eu
for db in jeeves tokendealer; do
  case "$db" in
    jeeves) pw="$JEEVES_DB_PASSWORD" ;;
    tokendealer) pw="$TOKENDEALER_DB_PASSWORD" ;;
  esac
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v pw="$pw" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'db', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db') \gexec
SQL
done
