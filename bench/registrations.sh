#!/usr/bin/env bash
# 200 members register for one run of capacity 20 at the same moment, through RegistrationService
# on a real SQLite file (Release build). Prints p50/p95/max per registration and each round's total,
# and fails unless every round ends exactly 20 confirmed / 180 waitlisted with no duplicates.
# Usage: bash bench/registrations.sh [--runners 200] [--capacity 20] [--rounds 5] [--warmup 1]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/AlphasRun.Bench -- "$@"
