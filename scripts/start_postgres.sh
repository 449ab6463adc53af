#!/usr/bin/env bash
# Start a local PostgreSQL for the storage tests; idempotent. Prints the SQLAlchemy URL on stdout.
#
#   export CRAMPCHECK_TEST_POSTGRES_URL="$(scripts/start_postgres.sh)"
#
# Needs root (or sudo) on Debian/Ubuntu. Installs the `postgresql` package when missing.
set -euo pipefail
cd /  # psql run as the postgres user cannot read the caller's folder

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    echo "installing PostgreSQL (Debian package postgresql)..." >&2
    $SUDO apt-get update >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    $SUDO pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    $SUDO pg_ctlcluster "$VERSION" main start >&2
fi

for _ in $(seq 1 30); do
    if $SUDO -u postgres psql -qAtc "select 1" >/dev/null 2>&1 ||
        su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then
        break
    fi
    sleep 1
done

run_psql() {
    if [ -n "$SUDO" ]; then sudo -u postgres psql -qAt "$@"; else su postgres -c "psql -qAt $(printf '%q ' "$@")"; fi
}

if [ "$(run_psql -c "select 1 from pg_roles where rolname = 'cramp'")" != "1" ]; then
    run_psql -c "create user cramp with password 'cramp' createdb" >&2
fi
if [ "$(run_psql -c "select 1 from pg_database where datname = 'cramp'")" != "1" ]; then
    run_psql -c "create database cramp owner cramp" >&2
fi

echo "postgresql+psycopg://cramp:cramp@127.0.0.1:5432/cramp"
