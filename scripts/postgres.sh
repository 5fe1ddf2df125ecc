#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests and for trying vanban on PostgreSQL:
#   scripts/postgres.sh start [FOLDER]   makes a cluster in FOLDER (default: a new temporary
#                                        folder), starts it on 127.0.0.1 at a free port, and
#                                        prints  export VANBAN_TEST_POSTGRES=postgres://…
#   scripts/postgres.sh stop FOLDER      stops it and removes FOLDER
# The server trusts local connections (user postgres, no password), listens on 127.0.0.1 only
# and keeps its socket in FOLDER. initdb refuses root: as root, the cluster belongs to the
# postgres user (Debian's package makes it). Needs Debian's postgresql (scripts/setup.sh).
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin="$candidate"
done
if [ -z "$bin" ]; then
  echo "postgres.sh: no PostgreSQL server found (scripts/setup.sh installs Debian's postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    folder="${2:-$(mktemp -d /tmp/vanban-postgres.XXXXXX)}"
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$folder"
    chmod 700 "$folder"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
      || { cat "$folder/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c fsync=off -c max_connections=200" \
      start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    echo "$port" > "$folder/port"
    echo "export VANBAN_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres"
    echo "export VANBAN_POSTGRES_FOLDER=$folder"
    ;;
  stop)
    folder="${2:?postgres.sh stop FOLDER}"
    if [ -f "$folder/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: scripts/postgres.sh start [FOLDER] | stop FOLDER" >&2
    exit 64
    ;;
esac
