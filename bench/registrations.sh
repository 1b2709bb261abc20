#!/usr/bin/env bash
# 200 members register for one run of capacity 20 at the same moment, through RegistrationService
# (Release build). Prints p50/p95/max per registration and each round's total, and fails unless every
# round ends exactly 20 confirmed / 180 waitlisted with no duplicates.
# Usage: bash bench/registrations.sh [--db sqlite|postgres] [--instances 1|2] [--runners 200] [--capacity 20] [--rounds 5] [--warmup 1]
#   --db postgres needs a server: bash .ci/services.sh (or ALPHASRUN_BENCH_POSTGRES="Host=…;Username=…;Password=…", a role that may create databases)
#   --instances 2 runs two app instances (two service providers, separate pools and caches) on the same database.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/AlphasRun.Bench -- "$@"
