#!/usr/bin/env bash
# A two-instance Alphas Run on one machine: PostgreSQL (Debian's package, pg_ctlcluster), Redis, two app
# instances from a Release publish on loopback ports, and nginx in front (sticky sessions for Blazor
# circuits, WebSocket upgrade, X-Forwarded-* headers that the app trusts only from 127.0.0.1).
#
#   bash deploy/cluster.sh start            publish, start everything, wait until both instances are healthy
#   bash deploy/cluster.sh stop             stop the instances and nginx (and PostgreSQL/Redis if this script started them)
#   bash deploy/cluster.sh status           which parts answer
#   bash deploy/cluster.sh stop-instance N  stop instance N (1 or 2), e.g. to watch the other one take over
#   bash deploy/cluster.sh start-instance N
#
# Settings (environment): ALPHASRUN_CLUSTER_PORTS="5081 5082"  ALPHASRUN_CLUSTER_HTTP=8080
#   ALPHASRUN_CLUSTER_REDIS_PORT=6379  ALPHASRUN_CLUSTER_DB=alphasrun_cluster  ALPHASRUN_CLUSTER_NO_PUBLISH=1 (reuse the last publish)
#   ALPHASRUN_CLUSTER_CONFIGURATION=Release  ALPHASRUN_CLUSTER_NO_BUILD=1 (publish the build already made in that
#   configuration instead of compiling again: the cluster journey publishes the build under test this way)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="$ROOT/deploy/.cluster"
PORTS=(${ALPHASRUN_CLUSTER_PORTS:-5081 5082})
HTTP_PORT=${ALPHASRUN_CLUSTER_HTTP:-8080}
REDIS_PORT=${ALPHASRUN_CLUSTER_REDIS_PORT:-6379}
DB=${ALPHASRUN_CLUSTER_DB:-alphasrun_cluster}
DB_CONNECTION="Host=127.0.0.1;Port=5432;Database=$DB;Username=alphasrun;Password=alphasrun;Maximum Pool Size=20"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

start_services() {
    mkdir -p "$STATE"/{logs,pids,mail,nginx}
    # PostgreSQL and Redis: installed and started when missing (the same step CI uses), remembered so stop can undo it.
    pg_was_up=$(pg_isready -q -h 127.0.0.1 -p 5432 && echo yes || echo no)
    redis_was_up=$(redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && echo yes || echo no)
    if [ "$pg_was_up" = no ] || [ "$redis_was_up" = no ]; then
        bash .ci/services.sh
    fi
    [ "$pg_was_up" = no ] && touch "$STATE/started-postgres"
    if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes >/dev/null
    fi
    [ "$redis_was_up" = no ] && touch "$STATE/started-redis"
    if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1; then
        as_postgres "createdb -O alphasrun $DB"
    fi
}

publish() {
    if [ -n "${ALPHASRUN_CLUSTER_NO_PUBLISH:-}" ] && [ -f "$STATE/app/AlphasRun.Web.dll" ]; then
        return
    fi
    local configuration=${ALPHASRUN_CLUSTER_CONFIGURATION:-Release} build=()
    # A second, Release compilation of the whole app costs about 100 s of CPU on a 2-core machine.
    [ -n "${ALPHASRUN_CLUSTER_NO_BUILD:-}" ] && build=(--no-build)
    echo "== dotnet publish ($configuration${build[*]:+, no build})"
    dotnet publish src/AlphasRun.Web -c "$configuration" "${build[@]}" -o "$STATE/app" -nologo -v quiet >/dev/null
}

start_instance() {
    # The instances answer only for the public host (AlphasRun:PublicUrl); direct checks send it too.
    local n=$1 port=${PORTS[$(($1 - 1))]}
    local pidfile="$STATE/pids/app$n.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        return
    fi
    (
        cd "$STATE/app"
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="http://127.0.0.1:$port" \
        AlphasRun__Database=PostgreSQL \
        ConnectionStrings__AlphasRun="$DB_CONNECTION" \
        ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
        AlphasRun__KnownProxies__0=127.0.0.1 \
        AlphasRun__PublicUrl="http://localhost:$HTTP_PORT" \
        AlphasRun__Email__PickupDirectory="$STATE/mail" \
        AlphasRun__Instance="app$n" \
        nohup dotnet AlphasRun.Web.dll >"$STATE/logs/app$n.log" 2>&1 &
        echo $! >"$pidfile"
    )
    # Generous: on a busy 2-core machine a cold Release start takes over a minute.
    for _ in $(seq 1 "${ALPHASRUN_CLUSTER_START_SECONDS:-240}"); do
        if curl -fsS -H "Host: localhost:$HTTP_PORT" "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
            echo "instance $n healthy on 127.0.0.1:$port"
            return
        fi
        kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "instance $n stopped; see $STATE/logs/app$n.log"; tail -5 "$STATE/logs/app$n.log"; exit 1; }
        sleep 1
    done
    echo "instance $n did not become healthy; see $STATE/logs/app$n.log"
    exit 1
}

stop_instance() {
    local pidfile="$STATE/pids/app$1.pid"
    if [ -f "$pidfile" ]; then
        local pid
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        rm -f "$pidfile"
        echo "instance $1 stopped"
    fi
}

write_nginx_conf() {
    local servers=""
    for port in "${PORTS[@]}"; do
        servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
    done
    local user=""
    [ "$(id -u)" -eq 0 ] && user="user root;"
    cat >"$STATE/nginx/nginx.conf" <<CONF
$user
worker_processes 1;
pid $STATE/nginx/nginx.pid;
error_log $STATE/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $STATE/logs/nginx-access.log;
    client_body_temp_path $STATE/nginx/body;
    proxy_temp_path $STATE/nginx/proxy;
    fastcgi_temp_path $STATE/nginx/fastcgi;
    uwsgi_temp_path $STATE/nginx/uwsgi;
    scgi_temp_path $STATE/nginx/scgi;

    # Sticky sessions: a Blazor circuit lives in one instance, so a browser keeps to one (by an affinity
    # cookie set on its first visit); when that instance is down, the next one takes the request.
    map \$cookie_alphasrun_node \$affinity {
        ""      \$request_id;
        default \$cookie_alphasrun_node;
    }
    map \$cookie_alphasrun_node \$set_affinity {
        ""      "alphasrun_node=\$request_id; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ""      close;
    }
    upstream alphasrun {
        hash \$affinity consistent;
$servers        keepalive 32;
    }
    server {
        listen 127.0.0.1:$HTTP_PORT;
        location / {
            proxy_pass http://alphasrun;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host:\$server_port;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            proxy_read_timeout 1h;
            add_header Set-Cookie \$set_affinity;
        }
    }
}
CONF
}

start_nginx() {
    write_nginx_conf
    if [ -f "$STATE/nginx/nginx.pid" ] && kill -0 "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null; then
        nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -s reload
    else
        nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf"
    fi
    echo "nginx on http://localhost:$HTTP_PORT"
}

stop_all() {
    if [ -f "$STATE/nginx/nginx.pid" ]; then
        nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -s stop 2>/dev/null || true
        echo "nginx stopped"
    fi
    for n in $(seq 1 ${#PORTS[@]}); do stop_instance "$n"; done
    if [ -f "$STATE/started-redis" ]; then
        redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
        rm -f "$STATE/started-redis"
        echo "redis stopped"
    fi
    if [ -f "$STATE/started-postgres" ]; then
        version=$(ls /usr/lib/postgresql | sort -V | tail -1)
        $SUDO pg_ctlcluster "$version" main stop || true
        rm -f "$STATE/started-postgres"
        echo "postgresql stopped"
    fi
}

status() {
    pg_isready -h 127.0.0.1 -p 5432 || true
    echo "redis: $(redis-cli -p "$REDIS_PORT" ping 2>&1)"
    for n in $(seq 1 ${#PORTS[@]}); do
        echo "instance $n (${PORTS[$((n - 1))]}): $(curl -s -m 2 -H "Host: localhost:$HTTP_PORT" "http://127.0.0.1:${PORTS[$((n - 1))]}/healthz" || echo down)"
    done
    echo "nginx ($HTTP_PORT): $(curl -s -m 2 "http://localhost:$HTTP_PORT/healthz" || echo down)"
}

case "${1:-}" in
    start)
        start_services
        publish
        # The first instance migrates alone; the second then finds nothing to do.
        for n in $(seq 1 ${#PORTS[@]}); do start_instance "$n"; done
        start_nginx
        ;;
    stop) stop_all ;;
    status) status ;;
    stop-instance) stop_instance "${2:?instance number}" ;;
    start-instance) start_instance "${2:?instance number}" ;;
    *) echo "usage: $0 start|stop|status|stop-instance N|start-instance N"; exit 2 ;;
esac
