#!/usr/bin/env bash
# Issue #13's "10-minute burst": one client hammers sign-in, forgot-password and the calendar feed while
# many other clients read the site; the rate limiter must turn the one away (429) and leave the others
# answered normally. Usage: bash bench/burst.sh [--duration 600] [--port 5181]
# Needs wrk (Debian package). Builds and runs the app in Release, Development environment (demo data),
# trusting loopback as the proxy so X-Forwarded-For tells the clients apart.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=600
port=5181
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) echo "unknown option $1"; exit 2 ;;
    esac
done

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/AlphasRun.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="http://127.0.0.1:${port}" \
ConnectionStrings__AlphasRun="Data Source=${work}/burst.db" \
AlphasRun__Email__PickupDirectory="${work}/mail" \
AlphasRun__KnownProxies__0=127.0.0.1 \
Logging__LogLevel__Default=Warning \
    dotnet run --no-build -c Release --project src/AlphasRun.Web --no-launch-profile >"${work}/app.log" 2>&1 &
app=$!

for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:${port}/healthz" >/dev/null 2>&1 && break
    sleep 1
done

base="http://127.0.0.1:${port}"
warm=$(( duration < 60 ? duration : 60 ))
echo "== baseline: visitors alone for ${warm}s"
wrk -t1 -c8 -d"${warm}s" -s bench/burst/visitors.lua "$base" | grep -E "^VISITORS"
echo "== burst: one attacker (c16) and the visitors (c8) together for ${duration}s"
wrk -t1 -c16 -d"${duration}s" -s bench/burst/attacker.lua "$base" | grep -E "^ATTACKER" &
attacker=$!
wrk -t1 -c8 -d"${duration}s" -s bench/burst/visitors.lua "$base" | grep -E "^VISITORS"
wait "$attacker"
echo "== after the burst"
curl -s -o /dev/null -w "healthz %{http_code}\n" "${base}/healthz"
errors=$(grep -c "fail:\|crit:" "${work}/app.log" || true)
echo "server error/critical log lines: ${errors}"
