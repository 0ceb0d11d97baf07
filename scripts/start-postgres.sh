#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the server's tests (CI, or a developer without one),
# and prints the DATABASE_URL to use. Debian's `postgresql` package provides the binaries; PostgreSQL
# refuses to run as root, so when run as root it runs the server as the `postgres` user.
#   eval "$(bash scripts/start-postgres.sh)"     # sets DATABASE_URL in this shell
set -euo pipefail

PORT="${PGPORT:-5432}"
DATA="${PGDATA_DIR:-/tmp/citygov-postgres}"
DB=citygov

bin_dir() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  echo "$found"
}
BIN=$(bin_dir)

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # Loopback only; fsync stays on so the fault test's "acknowledged means stored" is the real thing.
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-h 127.0.0.1 -p $PORT -k /tmp -c max_connections=200" start >/dev/null
fi
if ! as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
