#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's packages, for tests and a local try:
#   bash scripts/pg_server.sh start [DIR]   -> prints `export DRAGOMAN_PG_DIR=… DRAGOMAN_PG_DSN=…`
#   bash scripts/pg_server.sh stop DIR
#   PG_DURABLE=1 bash scripts/pg_server.sh start   (fsync on, for benchmarks)
# The cluster lives in DIR (default: a new temporary folder), listens on 127.0.0.1 on a free port,
# trusts local connections (nothing else can reach it) and is gone after `stop` + `rm -r DIR`.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "pg_server: no PostgreSQL server found (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {  # run a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bin dir port
  bin=$(bindir)
  dir=${1:-$(mktemp -d /tmp/dragoman-pg.XXXXXX)}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # commits are not waited for on disk (like SQLite's WAL with synchronous=NORMAL); a test server
  # also skips fsync (a crash loses a throwaway database) unless PG_DURABLE=1 (for benchmarks);
  # enough connections for parallel ingests and the API's pools
  local durability="-c fsync=off -c full_page_writes=off"
  [ "${PG_DURABLE:-0}" = 1 ] && durability=""
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c synchronous_commit=off $durability \
     -c max_connections=200" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export DRAGOMAN_PG_DIR=$dir DRAGOMAN_PG_DSN=postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local bin dir=${1:?usage: pg_server.sh stop DIR}
  bin=$(bindir)
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
