#!/usr/bin/env bash
# A throwaway PostgreSQL server for the database store's tests (and to try it by hand):
# Debian's PostgreSQL, a new cluster in DIR (default /tmp/atelier-pg), listening on 127.0.0.1
# (port ATELIER_PG_PORT, default 55432, else the next free one) with password authentication,
# and TLS with a certificate made here (DIR/ca.crt is its authority, which the address names).
# Prints the administrator's address, which the tests read from ATELIER_TEST_DATABASE:
#     export ATELIER_TEST_DATABASE=$(tests/db/server.sh)
# `tests/db/server.sh --stop [DIR]` stops it.
set -euo pipefail
if [ "${1:-}" = "--stop" ]; then stop=1; shift; else stop=0; fi
dir=${1:-/tmp/atelier-pg}
port=${ATELIER_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; fi
# The server refuses to run as root: it runs as Debian's postgres account then.
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$stop" = 1 ]; then as_server "$bin/pg_ctl" -D "$dir" -m fast stop; exit 0; fi
password=atelier-test-admin
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ ! -f "$dir/PG_VERSION" ]; then
    # Another server on the port (another cluster of these tests, say): the next free one.
    while busy "$port"; do port=$((port + 1)); done
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    printf '%s\n' "$password" > "$dir.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir.pw"
    as_server "$bin/initdb" -D "$dir" -U atelier_admin --pwfile="$dir.pw" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$dir.pw"
    # TLS: a certificate authority and the server's certificate for 127.0.0.1 and localhost.
    ( cd "$dir"
      openssl req -new -x509 -days 3650 -nodes -subj "/CN=Atelier test CA" \
          -keyout ca.key -out ca.crt >/dev/null 2>&1
      openssl req -new -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1
      printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > san.ext
      openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
          -extfile san.ext -out server.crt >/dev/null 2>&1
      chmod 600 server.key ca.key
      [ "$(id -u)" -eq 0 ] && chown postgres server.key server.crt ca.crt ca.key
      cat >> postgresql.conf <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
max_connections = 200
CONF
    )
    chmod 644 "$dir/ca.crt"
fi
if ! as_server "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    # A cluster made earlier whose port another server took meanwhile: the next free one.
    port=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$dir/postgresql.conf" | tail -1)
    if busy "$port"; then
        while busy "$port"; do port=$((port + 1)); done
        echo "port = $port" >> "$dir/postgresql.conf"
    fi
    as_server "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
fi
port=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$dir/postgresql.conf" | tail -1)
echo "postgres://atelier_admin:$password@127.0.0.1:$port/postgres?sslmode=require&sslrootcert=$dir/ca.crt"
