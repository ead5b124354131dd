#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL server.
#
#   scripts/with-postgres.sh pytest -q
#   scripts/with-postgres.sh            # no command: opens a shell with the server running
#
# The server lives in build/pg (made anew each time), listens on 127.0.0.1 on a free port only
# (no unix socket), trusts local connections, and is stopped and its data removed when the
# command ends, whatever way it ends. The command sees
#   KLYNGE_DATABASE_URL=postgres://klynge@127.0.0.1:PORT/klynge
# plus PGHOST/PGPORT/PGUSER/PGDATABASE so psql works without arguments. The database user
# "klynge" is a superuser, so Django can create and drop its test database.
#
# PostgreSQL refuses to run as root: as root, the server runs as the "postgres" system user
# (made by Debian's postgresql package; a "klynge-pg" system user is created if it is absent).
# The exit status is the command's, or non-zero if the server could not start.
#
# Settings: KLYNGE_PG_BINDIR (default: newest /usr/lib/postgresql/*/bin), KLYNGE_PG_PORT
# (default: a free port), KLYNGE_PG_LOCALE (default C.UTF-8), KLYNGE_PG_ROOT (default build/pg).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pg_root=${KLYNGE_PG_ROOT:-$repo/build/pg}
db_user=klynge
db_name=klynge

log() { echo "with-postgres: $*" >&2; }

# --- binaries -----------------------------------------------------------------------------
bindir=${KLYNGE_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            bindir=$candidate
            break
        fi
    done
fi
if [[ -z "$bindir" ]] && command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    bindir=$(dirname "$(command -v pg_ctl)")
fi
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    log "no PostgreSQL server binaries found; run scripts/install-test-deps.sh (package postgresql)"
    exit 1
fi

PG_CONFIG="$bindir/pg_config" "$repo/scripts/install-pg-dictionary.sh" || log "Danish dictionary not installed"
# --- who runs the server ------------------------------------------------------------------
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    pg_os_user=postgres
    if ! id -u "$pg_os_user" >/dev/null 2>&1; then
        pg_os_user=klynge-pg
        if ! id -u "$pg_os_user" >/dev/null 2>&1; then
            log "creating system user $pg_os_user"
            useradd --system --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin "$pg_os_user"
        fi
    fi
    if command -v runuser >/dev/null 2>&1; then
        as_pg=(runuser -u "$pg_os_user" --)
    else
        as_pg=(setpriv --reuid="$pg_os_user" --regid="$(id -g "$pg_os_user")" --init-groups --)
    fi
fi

# Run a server-side command as the server's user, from / (the caller's folder may be closed
# to that user, e.g. a clone under /root).
as_server() { (cd / && "${as_pg[@]}" "$@"); }

# --- the data folder ----------------------------------------------------------------------
if [[ -e "$pg_root" ]]; then
    # A previous run that was killed hard may have left a server behind.
    if [[ -f "$pg_root/data/postmaster.pid" ]]; then
        as_server "$bindir/pg_ctl" -D "$pg_root/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_root"
fi
mkdir -p "$pg_root"
tmp_root=""
if [[ ${#as_pg[@]} -gt 0 ]]; then
    chown "$pg_os_user:" "$pg_root"
    chmod 700 "$pg_root"
    if ! as_server test -w "$pg_root" -a -x "$pg_root"; then
        # Some folder above is closed to the server's user (say /root): keep the data in a
        # temporary folder instead, and leave a note where it is.
        tmp_root=$(mktemp -d "${TMPDIR:-/tmp}/klynge-pg.XXXXXX")
        chown "$pg_os_user:" "$tmp_root"
        chmod 700 "$tmp_root"
        echo "$tmp_root" >"$pg_root/DATA_IS_IN"
        log "$pg_root is not reachable for $pg_os_user; data in $tmp_root"
    fi
fi
server_root=${tmp_root:-$pg_root}
data=$server_root/data
logfile=$server_root/postgres.log

# --- a free port ----------------------------------------------------------------------------
port=${KLYNGE_PG_PORT:-}
if [[ -z "$port" ]]; then
    python=$(command -v python3 || command -v python)
    port=$("$python" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()')
fi

# --- start, and always stop -----------------------------------------------------------------
started=0
stop_server() {
    local status=$?
    trap - EXIT INT TERM
    if [[ $started -eq 1 ]]; then
        as_server "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || as_server "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 \
            || log "could not stop the server in $data"
        log "PostgreSQL on port $port stopped"
    fi
    rm -rf "$data"
    if [[ -n "$tmp_root" ]]; then
        cp "$logfile" "$pg_root/postgres.log" 2>/dev/null || true
        rm -rf "$tmp_root"
    fi
    if [[ ${#as_pg[@]} -gt 0 ]]; then
        # Hand the logs back to the caller, so a later run as another user can clear them.
        chown -R "$(id -u):$(id -g)" "$pg_root" 2>/dev/null || true
    fi
    exit "$status"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_server "$bindir/initdb" -D "$data" -U "$db_user" --auth=trust --encoding=UTF8 \
    --locale="${KLYNGE_PG_LOCALE:-C.UTF-8}" --no-instructions >"$server_root/initdb.log" 2>&1 || {
    log "initdb failed:"
    cat "$server_root/initdb.log" >&2
    exit 1
}

# Loopback only, no unix socket, and durability off: this server is thrown away.
cat >>"$data/postgresql.conf" <<CONF

# scripts/with-postgres.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
CONF

started=1
if ! as_server "$bindir/pg_ctl" -D "$data" -l "$logfile" -w -t 60 start >/dev/null; then
    log "PostgreSQL did not start; its log:"
    cat "$logfile" >&2 || true
    exit 1
fi
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $data)"

"$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$db_name"

export KLYNGE_DATABASE_URL="postgres://$db_user@127.0.0.1:$port/$db_name"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=$db_user PGDATABASE=$db_name
export PATH="$bindir:$PATH"

if [[ $# -eq 0 ]]; then
    log "KLYNGE_DATABASE_URL=$KLYNGE_DATABASE_URL; leave the shell to stop the server"
    set -- "${SHELL:-bash}"
fi

set +e
"$@"
status=$?
set -e
exit "$status"
