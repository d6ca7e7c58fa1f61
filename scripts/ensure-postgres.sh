#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 with trust auth and a database `test`.
# Does nothing when one already answers; otherwise installs Debian's postgresql and starts it.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PORT"; then
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
FRESH=0
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends postgresql postgresql-client
    FRESH=1
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    $SUDO pg_createcluster "$VERSION" main
fi
CLUSTER_CONF=/etc/postgresql/$VERSION/main
# Only a server this script installed, or a CI machine, gets its settings rewritten: a
# developer's own PostgreSQL is started as it is, never opened up.
if [ "$FRESH" = 1 ] || [ "${CI:-}" = "true" ]; then
    # Trust on the loopback only: this is a throwaway test server, never a production one.
    $SUDO tee "$CLUSTER_CONF/pg_hba.conf" >/dev/null <<'HBA'
local   all   all                 trust
host    all   all   127.0.0.1/32  trust
host    all   all   ::1/128       trust
HBA
    $SUDO sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" \
        "$CLUSTER_CONF/postgresql.conf"
    $SUDO sed -i "s/^#\?port = .*/port = $PORT/" "$CLUSTER_CONF/postgresql.conf"
fi
$SUDO pg_ctlcluster "$VERSION" main restart || $SUDO pg_ctlcluster "$VERSION" main start

for _ in $(seq 1 30); do
    pg_isready -q -h "$HOST" -p "$PORT" && break
    sleep 1
done
pg_isready -h "$HOST" -p "$PORT"
if ! psql -h "$HOST" -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" \
    | grep -q 1; then
    psql -h "$HOST" -p "$PORT" -U postgres -c "CREATE DATABASE test"
fi
