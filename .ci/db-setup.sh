#!/usr/bin/env bash
# Makes sure PostgreSQL runs and that Passerelle's role and databases exist. Idempotent.
set -euo pipefail

PGHOST_ADDR=${PGHOST_ADDR:-127.0.0.1}
if ! pg_isready -h "$PGHOST_ADDR" -p 5432 -q; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -h "$PGHOST_ADDR" -p 5432 -q && break
    sleep 1
  done
fi

as_admin() {
  if [ "$(id -u)" = 0 ] && id postgres > /dev/null 2>&1; then
    su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -c $(printf '%q' "$1")"
  else
    psql -h "$PGHOST_ADDR" -U postgres -v ON_ERROR_STOP=1 -qtA -c "$1"
  fi
}

if [ "$(as_admin "select 1 from pg_roles where rolname = 'passerelle'")" != 1 ]; then
  as_admin "create role passerelle login password 'passerelle'"
fi
for db in passerelle passerelle_test; do
  if [ "$(as_admin "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    as_admin "create database $db owner passerelle"
  fi
done
echo "PostgreSQL ready: role passerelle, databases passerelle and passerelle_test"
