#!/usr/bin/env bash
# Start Klynge's production layout on this machine, on 127.0.0.1 only:
#
#   nginx  ──┬── gunicorn app server 1 ──┐
#            └── gunicorn app server 2 ──┼── PostgreSQL, Redis (cache), S3 (files)
#                two task workers ───────┘
#
#   scripts/run-cluster.sh [--demo]    start, print the addresses, run until Ctrl-C
#   scripts/run-cluster.sh stop        stop the layout started above (from another shell)
#
# --demo also builds the demo (logins sekretariat, formand, ... with password klynge-demo) and
# the search index, as bench/load.py --cluster needs.
#
# Every process listens on a free port of 127.0.0.1 and keeps its data and log in one folder:
# KLYNGE_CLUSTER_ROOT if set (kept afterwards), else a new temporary folder (removed afterwards
# unless KLYNGE_CLUSTER_KEEP=1). The app runs with production settings (KLYNGE_DEBUG=0, JSON
# logs) except the HTTPS redirect, as this layout speaks plain HTTP; the nginx site is rendered
# from deploy/nginx/klynge.conf, the same template a server uses.
#
# The pieces, all from Debian or from the project's own Python environment:
# - PostgreSQL through scripts/with-postgres.sh (a throw-away server; as root, it runs as the
#   "postgres" user, since PostgreSQL refuses root);
# - Redis: Debian's redis-server, no persistence;
# - S3: moto's server mode (`moto_server`, the Python package moto[server] from the test
#   dependencies). Pure Python from PyPI, so it installs wherever pip does (no other registry or
#   container image is reachable here), and it speaks the S3 protocol django-storages/boto3 use.
#   It keeps objects in memory: fine for a test layout, never for production (use the region's
#   S3-compatible storage, MinIO, Ceph or the like);
# - nginx: Debian's nginx as a foreground process (as root its workers run as nobody);
# - gunicorn and `manage.py db_worker` from .venv.
#
# When everything answers, it writes the clients' environment file ROOT/cluster.env (the
# KLYNGE_* settings to run manage.py against the layout, plus CLUSTER_* addresses and process
# ids; `set -a; . ROOT/cluster.env; set +a`; also copied to build/cluster.env while a layout
# in a temporary folder runs), prints the addresses and a line per process, and prints
# "cluster: ready". Ctrl-C, SIGTERM or `scripts/run-cluster.sh stop` stop everything.
#
# Settings: KLYNGE_CLUSTER_APP_WORKERS (gunicorn workers per app server, default 2),
# KLYNGE_EMAIL_HOST/PORT/... (passed on to the app and the task workers, e.g. an SMTP sink).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=$repo/.venv/bin
state=$repo/build/cluster.root # where the layout started without KLYNGE_CLUSTER_ROOT lives

log() { echo "run-cluster: $*" >&2; }
die() {
    log "$*"
    exit 1
}

# --- stop ------------------------------------------------------------------------------------
stop_cluster() {
    local root=${KLYNGE_CLUSTER_ROOT:-}
    if [[ -z "$root" && -f "$state" ]]; then
        root=$(cat "$state")
    fi
    [[ -n "$root" && -f "$root/cluster.pid" ]] || die "no running layout found"
    local pid
    pid=$(cat "$root/cluster.pid")
    kill -TERM "$pid" 2>/dev/null || die "the layout (pid $pid) is not running"
    for _ in $(seq 120); do
        kill -0 "$pid" 2>/dev/null || {
            log "stopped"
            return 0
        }
        sleep 0.5
    done
    die "the layout (pid $pid) did not stop within 60 s"
}

# --- start: the folder, then PostgreSQL around the rest ------------------------------------------
start_outer() {
    local root=${KLYNGE_CLUSTER_ROOT:-}
    if [[ -z "$root" ]]; then
        root=$(mktemp -d "${TMPDIR:-/tmp}/klynge-cluster.XXXXXX")
        mkdir -p "$(dirname "$state")"
        echo "$root" >"$state"
        export KLYNGE_CLUSTER_MADE_ROOT=1
    fi
    mkdir -p "$root"
    root=$(cd "$root" && pwd)
    # PostgreSQL's and nginx's unprivileged users must reach their folders inside.
    chmod 755 "$root"
    export KLYNGE_CLUSTER_ROOT=$root
    unset KLYNGE_PG_PORT
    # Ctrl-C reaches every process; this shell only waits for them, then tidies up.
    trap 'true' INT TERM
    local status=0
    KLYNGE_PG_ROOT=$root/pg "$repo/scripts/with-postgres.sh" "$0" __inner "$@" || status=$?
    if [[ "${KLYNGE_CLUSTER_MADE_ROOT:-}" == 1 ]]; then
        rm -f "$state" "$repo/build/cluster.env"
        [[ "${KLYNGE_CLUSTER_KEEP:-}" == 1 ]] || rm -rf "$root"
    fi
    return "$status"
}

# --- helpers for the inner part --------------------------------------------------------------
free_ports() {
    "$venv/python" - "$1" <<'PY'
import socket, sys
probes = [socket.socket() for _ in range(int(sys.argv[1]))]
for probe in probes:
    probe.bind(("127.0.0.1", 0))
print(" ".join(str(probe.getsockname()[1]) for probe in probes))
for probe in probes:
    probe.close()
PY
}

# Wait until an address answers HTTP with the given status (or any status when none is given).
wait_http() {
    local url=$1 want=${2:-} seconds=${3:-60} code
    for _ in $(seq $((seconds * 4))); do
        code=$("$venv/python" -c 'import sys, urllib.request, urllib.error
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=2).status)
except urllib.error.HTTPError as error:
    print(error.code)
except OSError:
    print(0)' "$url")
        if [[ "$code" != 0 && (-z "$want" || "$code" == "$want") ]]; then
            return 0
        fi
        sleep 0.25
    done
    return 1
}

wait_tcp() {
    local port=$1
    for _ in $(seq 120); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    return 1
}

require() {
    local missing=()
    command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=("nginx (Debian package nginx)")
    command -v redis-server >/dev/null || missing+=("redis-server (Debian package redis-server)")
    [[ -x "$venv/gunicorn" ]] || missing+=("gunicorn in .venv (pip install -e .)")
    [[ -x "$venv/moto_server" ]] || missing+=("moto_server in .venv (pip install -e '.[test]')")
    if [[ ${#missing[@]} -gt 0 ]]; then
        die "missing: ${missing[*]}; scripts/install-test-deps.sh installs the Debian ones"
    fi
}

pids=()
names=()
spawn() { # spawn NAME LOGFILE COMMAND...: start in the background and remember it
    local name=$1 logfile=$2
    shift 2
    "$@" >"$logfile" 2>&1 &
    pids+=($!)
    names+=("$name")
}

# Stop the processes named (all when none are), newest first, and wait for them to end.
stop_processes() {
    local wanted=" $* " i alive
    local chosen=()
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        if [[ $# -eq 0 || "$wanted" == *" ${names[$i]} "* ]]; then
            chosen+=("${pids[$i]}")
            kill -TERM "${pids[$i]}" 2>/dev/null || true
        fi
    done
    for _ in $(seq 80); do
        alive=0
        for pid in "${chosen[@]}"; do
            kill -0 "$pid" 2>/dev/null && alive=1
        done
        [[ $alive -eq 0 ]] && return 0
        sleep 0.25
    done
    for pid in "${chosen[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
}

stop_all() {
    local status=$?
    trap - EXIT INT TERM
    log "stopping"
    # The front first and the stores last, so that no request in flight loses its cache or files.
    stop_processes nginx
    stop_processes app1 app2 worker1 worker2
    stop_processes
    wait 2>/dev/null || true
    rm -f "$KLYNGE_CLUSTER_ROOT/cluster.pid"
    exit "$status"
}

manage() { (cd "$repo" && "$venv/python" manage.py "$@"); }

render_nginx() {
    local dir=$1 nginx_port=$2 app1=$3 app2=$4
    local user_line=""
    mkdir -p "$dir/tmp"
    if [[ $(id -u) -eq 0 ]]; then
        user_line="user nobody nogroup;"
        chown nobody: "$dir/tmp"
    fi
    printf '    server 127.0.0.1:%s max_fails=1 fail_timeout=10s;\n' "$app1" "$app2" \
        >"$dir/upstream-servers.conf"
    sed -e "s#@UPSTREAM_SERVERS@#    include $dir/upstream-servers.conf;#" \
        -e "s#@LISTEN@#127.0.0.1:$nginx_port#" \
        -e "s#@SERVER_NAME@#127.0.0.1 localhost#" \
        -e "s#@STATIC_ROOT@#$repo/staticfiles/#" \
        -e "s#@ACCESS_LOG@#$KLYNGE_CLUSTER_ROOT/logs/nginx-access.log#" \
        -e "s#@SECURITY_HEADERS@#$repo/deploy/nginx/security-headers.conf#" \
        "$repo/deploy/nginx/klynge.conf" >"$dir/klynge.conf"
    cat >"$dir/nginx.conf" <<CONF
# Made by scripts/run-cluster.sh; the site is deploy/nginx/klynge.conf.
$user_line
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $KLYNGE_CLUSTER_ROOT/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/klynge.conf;
}
CONF
}

# --- the layout ----------------------------------------------------------------------------------
start_inner() {
    local demo=0
    for arg in "$@"; do
        case $arg in
            --demo) demo=1 ;;
            *) die "unknown argument: $arg" ;;
        esac
    done
    require
    local root=$KLYNGE_CLUSTER_ROOT
    echo $$ >"$root/cluster.pid"
    trap stop_all EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -p "$root/logs" "$root/redis" "$root/nginx"

    local nginx_port app1_port app2_port redis_port s3_port
    read -r nginx_port app1_port app2_port redis_port s3_port <<<"$(free_ports 5)"
    local nginx_url=http://127.0.0.1:$nginx_port

    # Production settings, plain HTTP on loopback; e-mail settings come from the caller.
    while IFS= read -r name; do
        [[ $name == KLYNGE_EMAIL_* || $name == KLYNGE_FROM_EMAIL || $name == KLYNGE_CLUSTER_* ||
            $name == KLYNGE_DATABASE_URL || $name == KLYNGE_REMINDER_DAYS ]] || unset "$name"
    done < <(compgen -e | grep '^KLYNGE_' || true)
    export KLYNGE_DEBUG=0 KLYNGE_DEMO=0 KLYNGE_SSL_REDIRECT=0 KLYNGE_LOG_FORMAT=json
    export KLYNGE_SECRET_KEY
    KLYNGE_SECRET_KEY=$("$venv/python" -c 'import secrets; print(secrets.token_urlsafe(50))')
    export KLYNGE_ALLOWED_HOSTS=127.0.0.1,localhost
    export KLYNGE_BASE_URL=$nginx_url
    export KLYNGE_TRUSTED_PROXY_COUNT=1
    export KLYNGE_CONN_MAX_AGE=60
    export KLYNGE_LOG_LEVEL=WARNING
    export KLYNGE_MEDIA_ROOT=$root/media
    export KLYNGE_REDIS_URL=redis://127.0.0.1:$redis_port/0
    export KLYNGE_S3_BUCKET=klynge-cluster
    export KLYNGE_S3_ENDPOINT_URL=http://127.0.0.1:$s3_port
    export KLYNGE_S3_ACCESS_KEY_ID=cluster-key KLYNGE_S3_SECRET_ACCESS_KEY=cluster-secret
    export KLYNGE_S3_REGION=eu-north-1

    spawn redis "$root/logs/redis.log" redis-server --bind 127.0.0.1 --port "$redis_port" \
        --save "" --appendonly no --dir "$root/redis" --protected-mode yes
    spawn s3 "$root/logs/s3.log" "$venv/moto_server" -H 127.0.0.1 -p "$s3_port"
    wait_tcp "$redis_port" || die "Redis did not start; see $root/logs/redis.log"
    wait_http "$KLYNGE_S3_ENDPOINT_URL/" "" 60 || die "moto did not start; see $root/logs/s3.log"
    "$venv/python" -c 'import os, boto3
boto3.client("s3", endpoint_url=os.environ["KLYNGE_S3_ENDPOINT_URL"],
    aws_access_key_id=os.environ["KLYNGE_S3_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["KLYNGE_S3_SECRET_ACCESS_KEY"],
    region_name=os.environ["KLYNGE_S3_REGION"]).create_bucket(
    Bucket=os.environ["KLYNGE_S3_BUCKET"],
    CreateBucketConfiguration={"LocationConstraint": os.environ["KLYNGE_S3_REGION"]})'

    log "migrating"
    manage migrate --noinput -v0
    manage collectstatic --noinput -v0
    if [[ $demo -eq 1 ]]; then
        log "building the demo and the search index"
        KLYNGE_DEMO=1 manage build_demo >"$root/logs/build_demo.log" 2>&1 \
            || die "build_demo failed; see $root/logs/build_demo.log"
        manage rebuild_search_index >>"$root/logs/build_demo.log" 2>&1
    fi

    local workers=${KLYNGE_CLUSTER_APP_WORKERS:-2} n port
    for n in 1 2; do
        port=$([[ $n == 1 ]] && echo "$app1_port" || echo "$app2_port")
        spawn "app$n" "$root/logs/app$n.log" "$venv/gunicorn" klynge.wsgi:application --preload \
            --chdir "$repo" --bind "127.0.0.1:$port" --workers "$workers" --timeout 60 \
            --graceful-timeout 10 --log-level warning --backlog 2048
    done
    for n in 1 2; do
        spawn "worker$n" "$root/logs/worker$n.log" \
            bash -c 'cd "$1" && exec "$2/python" manage.py db_worker --no-reload --interval 1 \
                --no-startup-delay --worker-id "cluster-worker-$3"' _ "$repo" "$venv" "$n"
    done
    render_nginx "$root/nginx" "$nginx_port" "$app1_port" "$app2_port"
    nginx -t -q -c "$root/nginx/nginx.conf" 2>"$root/logs/nginx-test.log" \
        || die "nginx refused its configuration: $(cat "$root/logs/nginx-test.log")"
    spawn nginx "$root/logs/nginx.log" nginx -c "$root/nginx/nginx.conf"

    for url in "http://127.0.0.1:$app1_port" "http://127.0.0.1:$app2_port" "$nginx_url"; do
        wait_http "$url/healthz" 200 90 || die "$url/healthz is not healthy: $(
            "$venv/python" -c 'import sys, urllib.request
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())
except Exception as error:
    print(error, getattr(error, "read", lambda: b"")().decode())' "$url/healthz"
        ); logs in $root/logs"
    done

    write_env "$root/cluster.env" "$nginx_url" "$app1_port" "$app2_port" "$redis_port" "$s3_port"
    if [[ "${KLYNGE_CLUSTER_MADE_ROOT:-}" == 1 ]]; then
        cp "$root/cluster.env" "$repo/build/cluster.env"
    fi
    report "$nginx_url" "$app1_port" "$app2_port" "$redis_port" "$s3_port"
    echo "cluster: ready"
    while true; do
        sleep 1 &
        wait $! || true
    done
}

write_env() {
    local file=$1 nginx_url=$2 app1=$3 app2=$4 redis_port=$5 s3_port=$6 i
    {
        echo "# Klynge cluster on 127.0.0.1 (scripts/run-cluster.sh): set -a; . $file; set +a"
        compgen -e | grep '^KLYNGE_' | grep -v '^KLYNGE_CLUSTER_MADE_ROOT$' | sort \
            | while IFS= read -r name; do printf '%s=%q\n' "$name" "${!name}"; done
        printf 'CLUSTER_URL=%s\n' "$nginx_url"
        printf 'CLUSTER_APP1_URL=http://127.0.0.1:%s\n' "$app1"
        printf 'CLUSTER_APP2_URL=http://127.0.0.1:%s\n' "$app2"
        printf 'CLUSTER_NGINX_CONF=%s\n' "$KLYNGE_CLUSTER_ROOT/nginx/nginx.conf"
        printf 'CLUSTER_NGINX_UPSTREAMS=%s\n' "$KLYNGE_CLUSTER_ROOT/nginx/upstream-servers.conf"
        printf 'CLUSTER_PG_URL=%s\n' "$KLYNGE_DATABASE_URL"
        for i in "${!pids[@]}"; do
            printf 'CLUSTER_%s_PID=%s\n' "${names[$i]^^}" "${pids[$i]}"
        done
        printf 'CLUSTER_PID=%s\n' "$$"
    } >"$file"
}

report() {
    local nginx_url=$1 app1=$2 app2=$3 redis_port=$4 s3_port=$5 i
    echo
    echo "Klynge cluster on 127.0.0.1 (folder $KLYNGE_CLUSTER_ROOT):"
    echo "  site (nginx)    $nginx_url/            health: $nginx_url/healthz"
    echo "  app server 1    http://127.0.0.1:$app1/"
    echo "  app server 2    http://127.0.0.1:$app2/"
    echo "  PostgreSQL      $KLYNGE_DATABASE_URL"
    echo "  Redis           $KLYNGE_REDIS_URL"
    echo "  S3 (moto)       $KLYNGE_S3_ENDPOINT_URL/$KLYNGE_S3_BUCKET"
    echo "  clients' env    $KLYNGE_CLUSTER_ROOT/cluster.env"
    echo "processes:"
    for i in "${!pids[@]}"; do
        printf '  %-8s pid %-7s log %s\n' "${names[$i]}" "${pids[$i]}" \
            "$KLYNGE_CLUSTER_ROOT/logs/${names[$i]}.log"
    done
    echo "  postgres  (scripts/with-postgres.sh; log in $KLYNGE_CLUSTER_ROOT/pg)"
    echo "Stop with Ctrl-C or scripts/run-cluster.sh stop."
    echo
}

case ${1:-} in
    stop) stop_cluster ;;
    __inner)
        shift
        start_inner "$@"
        ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
    *) start_outer "$@" ;;
esac
