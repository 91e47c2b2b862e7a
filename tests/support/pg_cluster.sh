#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 and a free port, made with Debian's
# initdb and pg_ctl in a folder of its own, run by an unprivileged user (postgres, or nobody when
# the tests run as root), torn down with the folder.
#
#   pg_cluster.sh start DIR     makes DIR/data, starts the server, writes DIR/url (the admin's
#                               address, without a database), DIR/port and DIR/pgpass (0600);
#                               prints the address
#   pg_cluster.sh stop DIR      stops the server (fast) and removes DIR
#   pg_cluster.sh halt DIR      stops the server, keeps DIR (a test starts it again)
#   pg_cluster.sh resume DIR    starts a halted server again on its port
#   pg_cluster.sh createdb DIR NAME [OWNER]   an empty database; prints its address
#   pg_cluster.sh psql DIR [DB] [psql arguments…]
#
# Connections use password authentication (scram-sha-256) over TCP; the password is in DIR/pgpass,
# which PGPASSFILE must name (the tests export it).
set -euo pipefail

pg_bin() {
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "pg_cluster.sh: PostgreSQL is not installed (bash scripts/install-deps.sh test)" >&2
        exit 1
    fi
    echo "$dir"
}

run_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        (cd / && runuser -u "$user" -- "$@")
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
    local dir=$1 port=$2 bin=$3
    run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-h 127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
}

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop|halt|resume|createdb|psql DIR ..." >&2
    exit 2
fi
bin=$(pg_bin)

case "$cmd" in
start)
    # What an interrupted run left behind goes first.
    if [ -d "$dir/data" ]; then
        run_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id "$owner" >/dev/null 2>&1 || owner=nobody
        chown "$owner" "$dir" "$dir/socket"
        chmod 0711 "$dir"
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
    printf '%s\n' "$password" > "$dir/.pwfile"
    chmod 0600 "$dir/.pwfile"
    [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir/.pwfile"
    run_as_owner "$bin/initdb" -D "$dir/data" -U signet_admin --pwfile="$dir/.pwfile" -A scram-sha-256 \
        --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/.pwfile"
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if start_server "$dir" "$port" "$bin" 2>>"$dir/start.log"; then
            break
        fi
        [ "$attempt" -eq 5 ] && { cat "$dir/server.log" >&2 || true; exit 1; }
    done
    printf '127.0.0.1:%s:*:*:%s\n' "$port" "$password" > "$dir/pgpass"
    chmod 0600 "$dir/pgpass"
    echo "$port" > "$dir/port"
    echo "postgresql://signet_admin@127.0.0.1:$port" > "$dir/url"
    cat "$dir/url"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        run_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
halt)
    run_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    start_server "$dir" "$(cat "$dir/port")" "$bin"
    ;;
createdb)
    name=${3:?database name}
    owner=${4:-signet_admin}
    PGPASSFILE="$dir/pgpass" "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$(cat "$dir/url")/postgres" \
        -c "CREATE DATABASE \"$name\" OWNER \"$owner\"" >/dev/null
    echo "$(sed "s|signet_admin@|$owner@|" "$dir/url")/$name"
    ;;
psql)
    db=${3:-postgres}
    shift 3 || shift $#
    PGPASSFILE="$dir/pgpass" "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$(cat "$dir/url")/$db" "$@"
    ;;
*)
    echo "usage: $0 start|stop|halt|resume|createdb|psql DIR ..." >&2
    exit 2
    ;;
esac
