#!/usr/bin/env bash
# Installs (apt, when missing) and starts what the tests need besides .NET: PostgreSQL with the test
# role alphasrun/alphasrun (may create databases), and Redis on 6379; installs nginx for the cluster
# journey (deploy/cluster.sh starts its own). Safe to run again.
# Usage: bash .ci/services.sh        (as root, or a user with sudo)
set -uo pipefail

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || need+=(nginx)   # for the cluster journey (deploy/cluster.sh)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
        || { echo "warning: could not install ${need[*]}"; }
fi

if command -v pg_ctlcluster >/dev/null 2>&1; then
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
        $SUDO pg_createcluster "$version" main >/dev/null
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
        echo "== starting PostgreSQL $version"
        $SUDO pg_ctlcluster "$version" main start
    fi
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'alphasrun') THEN CREATE ROLE alphasrun LOGIN CREATEDB PASSWORD 'alphasrun'; END IF; END\\\$\\\$;\"" \
        || echo "warning: could not create the alphasrun role"
fi

if command -v redis-server >/dev/null 2>&1 && ! redis-cli -p 6379 ping >/dev/null 2>&1; then
    echo "== starting Redis"
    redis-server --port 6379 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes >/dev/null
fi
