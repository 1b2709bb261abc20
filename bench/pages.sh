#!/usr/bin/env bash
# What a reading page costs (issue #9): throughput, start-up, memory per open tab, and page weight
# on a phone, against a bare `dotnet new blazor --interactivity None` page on the same core.
#
#   bash bench/pages.sh                    # full run, about 10 minutes
#   bash bench/pages.sh --quick            # 3 s wrk runs, 10 tabs, no Lighthouse (about 3 minutes)
#   bash bench/pages.sh --skip-lighthouse  # full wrk runs and 40 tabs, no Lighthouse
#
# What it does:
#  1. publishes src/AlphasRun.Web (Release) to a temp folder, and once a bare Blazor app
#     (cached in $ALPHASRUN_BENCH_CACHE, default /tmp/alphasrun-bench-cache);
#  2. starts each in Production on a fresh SQLite file, server pinned to core 1 (`taskset -c 1`),
#     wrk on core 0 (`taskset -c 0 wrk -t1 -c32`); measures process start → first 200 on /guide,
#     then (uncached) the home page's req/s in its first seconds after start-up (reported, no target), a
#     warm-up over all reading pages until the runtime has compiled their code (30 s), and req/s, p99 and
#     non-2xx per page after a warm-up, with the app's output cache off (`AlphasRun__OutputCache=false`)
#     and on (the default);
#  3. opens N anonymous tabs (one Chromium context, Playwright) on /guide and /runs, and N tabs of one
#     member on /account/profile (an interactive page, the control that shows what a circuit costs; no
#     public page is interactive since /join became a static form, and Production seeds no demo coach, so
#     the bench joins a member of its own through that form with curl): WebSockets opened and the
#     server's RSS growth per tab (nothing forced, no GC), after a short warm-up of those pages;
#  4. runs Lighthouse 12 (mobile preset) on each reading page.
# Markdown goes to stdout (tables with the issue's targets and PASS/FAIL), progress to stderr:
#   bash bench/pages.sh | tee bench/results/pages-after.md
# Needs: the .NET SDK, wrk, taskset, node + npm (installs bench/pages/node_modules on first run),
# Chromium at /usr/bin/chromium (or CHROME_PATH). Ports 5380 (app) and 5381 (bare app) must be free.
set -euo pipefail

quick=0
lighthouse=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; lighthouse=0 ;;
    --skip-lighthouse) lighthouse=0 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
here="$repo/bench/pages"
app_port=5380
bare_port=5381
pages=(/ /guide /plans/off-season-marathon /runs)
if [[ $quick == 1 ]]; then duration=3s; warmup=1s; tabs=10; steady=5s; else duration=10s; warmup=3s; tabs=40; steady=30s; fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

work="$(mktemp -d /tmp/alphasrun-bench.XXXXXX)"
cache="${ALPHASRUN_BENCH_CACHE:-/tmp/alphasrun-bench-cache}"
server_pid=""

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in dotnet wrk taskset node npm curl; do
  command -v "$tool" >/dev/null || { echo "bench/pages.sh needs $tool" >&2; exit 1; }
done
for port in $app_port $bare_port; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    echo "port $port is already in use; stop what listens there first" >&2
    exit 1
  fi
done

# --- helpers ------------------------------------------------------------------------------------

# start_server NAME DIR DLL PORT [ENV=VALUE...]: fresh database, Production, core 1.
# Sets server_pid and first200_ms (process start → first 200 on the probe path).
start_server() {
  local name="$1" dir="$2" dll="$3" port="$4" probe="$5"
  shift 5
  local data="$work/$name-data"
  rm -rf "$data"
  mkdir -p "$data/mail"
  log "starting $name on :$port ($*)"
  local t0
  t0=$(date +%s%N)
  (
    cd "$dir"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      AllowedHosts='*' \
      ConnectionStrings__AlphasRun="Data Source=$data/bench.db" \
      AlphasRun__PublicUrl="http://127.0.0.1:$port" \
      AlphasRun__Email__PickupDirectory="$data/mail" \
      Logging__LogLevel__Default=Warning \
      "$@" \
      taskset -c 1 dotnet "$dll"
  ) >"$work/$name.log" 2>&1 &
  server_pid=$!
  local code=""
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$probe" || true)
    [[ "$code" == 200 ]] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "$name exited during start-up; its log:" >&2
      cat "$work/$name.log" >&2
      exit 1
    fi
    sleep 0.02
  done
  [[ "$code" == 200 ]] || { echo "$name: $probe never answered 200 (last: $code)" >&2; exit 1; }
  first200_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  log "$name answered 200 on $probe after ${first200_ms} ms"
}

# run_wrk URL → sets rps p99_ms non2xx sockerr (after a warm-up run on the same URL)
run_wrk() {
  local url="$1" out
  taskset -c 0 wrk -t1 -c32 -d"$warmup" "$url" >/dev/null
  out=$(taskset -c 0 wrk -t1 -c32 -d"$duration" --latency -s "$here/wrk-count.lua" "$url")
  local line
  line=$(grep '^BENCH ' <<<"$out") || { echo "$out" >&2; exit 1; }
  rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  p99_ms=$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line" | awk '{ printf "%.1f", $1 / 1000 }')
  non2xx=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$line")
  sockerr=$(sed -E 's/.* sockerr=([0-9]+).*/\1/' <<<"$line")
  log "  $url: $rps req/s, p99 $p99_ms ms, non-2xx $non2xx, socket errors $sockerr"
}

# pf CONDITION → PASS or FAIL (CONDITION is an awk expression)
pf() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
fmt_int() { printf "%'.0f" "$1"; }

# served_from_cache URL → yes/no: ASP.NET Core's output cache adds an Age header to a hit.
served_from_cache() {
  curl -s -o /dev/null "$1"
  if curl -s -D - -o /dev/null "$1" | grep -qi '^age:'; then echo yes; else echo no; fi
}

# --- 1. publish ---------------------------------------------------------------------------------

cd "$repo"
if [[ ! -d "$here/node_modules/lighthouse" || ! -d "$here/node_modules/playwright-core" ]]; then
  log "installing bench/pages/node_modules (npm ci)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2)
fi

log "publishing src/AlphasRun.Web (Release)"
dotnet publish src/AlphasRun.Web -c Release -o "$work/app" -p:UseAppHost=false >"$work/publish.log" 2>&1 ||
  { cat "$work/publish.log" >&2; exit 1; }

bare_dir="$cache/bare-$(dotnet --version)"
if [[ ! -f "$bare_dir/out/Bare.dll" ]]; then
  log "creating and publishing the bare Blazor app in $bare_dir (once)"
  rm -rf "$bare_dir"
  mkdir -p "$bare_dir"
  # Outside the repository on purpose: the repo's Directory.Build.props (warnings as errors,
  # central package versions) must not apply to the template.
  dotnet new blazor --interactivity None -n Bare -o "$bare_dir/src" >"$bare_dir/new.log" 2>&1 ||
    { cat "$bare_dir/new.log" >&2; exit 1; }
  dotnet publish "$bare_dir/src" -c Release -o "$bare_dir/out" -p:UseAppHost=false >"$bare_dir/publish.log" 2>&1 ||
    { cat "$bare_dir/publish.log" >&2; exit 1; }
fi

if grep -rqs --include='*.cs' 'AddOutputCache' "$repo/src"; then
  has_output_cache=1
else
  has_output_cache=0
fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$repo" log -1 --format='%h %s' | cut -c1-90)
dirty=$(git -C "$repo" status --porcelain -- src | head -1)

# --- 2. throughput ------------------------------------------------------------------------------

declare -A R P N F   # req/s, p99 ms, non-2xx (+socket errors), first 200 — keyed "mode|page"

measure_bare() {
  local key="$1"
  start_server bare "$bare_dir/out" Bare.dll $bare_port /
  run_wrk "http://127.0.0.1:$bare_port/"
  R[$key]=$rps; P[$key]=$p99_ms; N[$key]=$((non2xx + sockerr)); F[$key]=$first200_ms
  stop_server
}

start_app() {
  local mode="$1"; shift
  start_server "app-$mode" "$work/app" AlphasRun.Web.dll $app_port /guide "$@"
  F[$mode]=$first200_ms
}

measure_app() {
  local mode="$1" page
  for page in "${pages[@]}"; do
    run_wrk "http://127.0.0.1:$app_port$page"
    R[$mode|$page]=$rps; P[$mode|$page]=$p99_ms; N[$mode|$page]=$((non2xx + sockerr))
    HIT[$mode|$page]=$(served_from_cache "http://127.0.0.1:$app_port$page")
  done
}
declare -A HIT

# A new instance first compiles its hot code (docs/decisions/0012): the home page's first seconds are
# reported as they are, then every reading page is loaded together until that is done, so that the
# table compares steady states and no page pays for the code the pages share.
warm_all() {
  log "  warm-up: all reading pages for $steady"
  PATHS="${pages[*]}" taskset -c 0 wrk -t1 -c32 -d"$steady" -s "$here/wrk-rotate.lua" "http://127.0.0.1:$app_port/" >/dev/null
}

measure_bare bare1
start_app uncached AlphasRun__OutputCache=false
cold_out=$(taskset -c 0 wrk -t1 -c32 -d"$duration" --latency -s "$here/wrk-count.lua" "http://127.0.0.1:$app_port/")
cold_rps=$(grep '^BENCH ' <<<"$cold_out" | sed -E 's/.* rps=([0-9.]+).*/\1/')
cold_p99=$(grep '^BENCH ' <<<"$cold_out" | sed -E 's/.* p99_us=([0-9]+).*/\1/' | awk '{ printf "%.1f", $1 / 1000 }')
log "  cold /: $cold_rps req/s, p99 $cold_p99 ms"
warm_all
measure_app uncached
stop_server

# --- 3. tabs ------------------------------------------------------------------------------------

# The cookies of a Set-Cookie response (headers file) as one Cookie header: "a=1; b=2" (deleted ones left out).
cookie_pairs() {
  grep -i '^set-cookie:' "$1" | tr -d '\r' | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | grep -v '=$' | paste -sd ';' - | sed 's/;/; /g'
}

# join_bench_member → sets member_cookie: joins through the static /join form (antiforgery token and cookie
# as a browser sends them) and keeps the sign-in cookie the join answers with. The headers are read by hand:
# Production's cookies are Secure, which curl's cookie jar would not send over http.
join_bench_member() {
  local base="http://127.0.0.1:$app_port" headers="$work/join-headers" form token
  form=$(curl -s -D "$headers" "$base/join")
  token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$form" | head -1 | sed -E 's/.*value="([^"]*)"/\1/' || true)
  [[ -n "$token" ]] || { echo "bench: /join has no antiforgery token" >&2; exit 1; }
  curl -s -o /dev/null -D "$headers.post" -H "Cookie: $(cookie_pairs "$headers")" \
    --data-urlencode "_handler=join" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.FirstName=Bench" --data-urlencode "Input.LastName=Tabs" \
    --data-urlencode "Input.MainDistance=HalfMarathon" --data-urlencode "Input.PaceUnit=Kilometres" \
    --data-urlencode "Input.Email=bench.tabs@example.com" \
    --data-urlencode "Input.Password=a bench that opens many tabs" --data-urlencode "Input.ConfirmPassword=a bench that opens many tabs" \
    --data-urlencode "Input.AcceptsWaiver=true" "$base/join"
  grep -qiE '^location: *(http://[^/]+)?/welcome' "$headers.post" ||
    { echo "bench: joining through /join did not sign in (headers below)" >&2; cat "$headers.post" >&2; exit 1; }
  member_cookie=$(cookie_pairs "$headers.post")
}

# On a freshly started app with default settings, before any load: after wrk the heap has already
# grown, and the tabs' memory would hide in it.
start_app cached
declare -A TAB_WS TAB_KB TAB_COOKIE
control=/account/profile
join_bench_member
tab_pages=(/guide /runs "$control")
TAB_COOKIE[$control]=$member_cookie
for page in "${tab_pages[@]}"; do
  # The first few hundred requests of a new instance compile code and fill the collector's first
  # generation once; a reader's cost is what the server keeps for each tab after that.
  taskset -c 0 wrk -t1 -c8 -d3s ${TAB_COOKIE[$page]:+-H "Cookie: ${TAB_COOKIE[$page]}"} "http://127.0.0.1:$app_port$page" >/dev/null
done
for page in "${tab_pages[@]}"; do
  log "opening $tabs tabs on $page"
  json=$(cd "$here" && BENCH_COOKIE="${TAB_COOKIE[$page]:-}" node tabs.mjs "http://127.0.0.1:$app_port$page" "$tabs" "$server_pid")
  TAB_WS[$page]=$(node -e 'console.log(JSON.parse(process.argv[1]).websockets)' "$json")
  TAB_KB[$page]=$(node -e 'console.log(Math.round(JSON.parse(process.argv[1]).perTabKb))' "$json")
  log "  $json"
done

warm_all
measure_app cached

# --- 4. Lighthouse ------------------------------------------------------------------------------

declare -A LH
if [[ $lighthouse == 1 ]]; then
  for page in "${pages[@]}"; do
    log "Lighthouse (mobile) on $page"
    report="$work/lh-$(tr -c 'a-z0-9' '_' <<<"$page").json"
    # Lighthouse sometimes fails to record a page load's trace ("NO_NAVSTART"); one more try, and a run that
    # still fails is reported as such instead of ending the whole bench.
    for attempt in 1 2; do
      if (cd "$here" && node_modules/.bin/lighthouse "http://127.0.0.1:$app_port$page" \
        --output=json --output-path="$report" --quiet \
        --chrome-flags="--headless --no-sandbox --disable-gpu" >&2); then
        break
      fi
      log "  Lighthouse failed on $page (attempt $attempt)"
      rm -f "$report"
    done
    if [[ -f "$report" ]]; then
      LH[$page]=$(node "$here/lighthouse-summary.mjs" "$report")
    else
      LH[$page]='{"runtimeError":"Lighthouse failed twice"}'
    fi
    log "  ${LH[$page]}"
  done
fi
stop_server

measure_bare bare2
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 5. report ----------------------------------------------------------------------------------

bare_rps=$(awk -v a="${R[bare1]}" -v b="${R[bare2]}" 'BEGIN { printf "%.1f", (a + b) / 2 }')

echo "# Reading pages: bench/pages.sh"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: \`$commit\`${dirty:+ (with uncommitted changes under src/)}"
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $load_start at the start, $load_end at the end"
echo "- server: Release, Production, fresh SQLite file, \`taskset -c 1\`; load: \`taskset -c 0 wrk -t1 -c32 -d$duration\` after a $steady warm-up over all reading pages (\`wrk-rotate.lua\`) and a $warmup warm-up per page"
if [[ $quick == 1 ]]; then echo "- **--quick**: 3 s runs and $tabs tabs; numbers are only indicative"; fi
echo
echo "## Throughput"
echo
echo "Bare page: \`dotnet new blazor --interactivity None\` home page, measured before and after the app; ratios use the mean ($(fmt_int "$bare_rps") req/s). non-2xx counts responses outside 200–299 (wrk Lua hook) plus socket errors (connect, read, write, timeout)."
echo
echo "| page | req/s | p99 | non-2xx |"
echo "|---|---:|---:|---:|"
echo "| bare home page (before) | $(fmt_int "${R[bare1]}") | ${P[bare1]} ms | ${N[bare1]} |"
echo "| bare home page (after) | $(fmt_int "${R[bare2]}") | ${P[bare2]} ms | ${N[bare2]} |"
echo

echo "### Uncached (\`AlphasRun__OutputCache=false\`)"
echo
if [[ $has_output_cache == 0 ]]; then
  echo "This commit has no output cache (\`AddOutputCache\` is nowhere under src/), so the setting does nothing and both runs are uncached."
  echo
fi
echo "| page | req/s | ratio to bare (target ≥ 50%) | p99 (target ≤ 50 ms) | non-2xx (target 0) |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
  k="uncached|$page"
  ratio=$(awk -v a="${R[$k]}" -v b="$bare_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
  echo "| \`$page\` | $(fmt_int "${R[$k]}") | $ratio% $(pf "$ratio >= 50") | ${P[$k]} ms $(pf "${P[$k]} <= 50") | ${N[$k]} $(pf "${N[$k]} == 0") |"
done
echo

echo "The home page in the first $duration after start-up (uncached, before the warm-up; no target, for how long a new instance takes to reach the numbers above): $(fmt_int "$cold_rps") req/s, p99 $cold_p99 ms ($(awk -v a="$cold_rps" -v b="$bare_rps" 'BEGIN { printf "%.1f", 100 * a / b }')% of bare)."
echo

echo "### With the output cache (default settings)"
echo
echo "| page | req/s | ratio to bare (target ≥ 2×) | p99 | non-2xx (target 0) | served from cache (Age header) |"
echo "|---|---:|---:|---:|---:|---|"
for page in "${pages[@]}"; do
  k="cached|$page"
  ratio=$(awk -v a="${R[$k]}" -v b="$bare_rps" 'BEGIN { printf "%.2f", a / b }')
  echo "| \`$page\` | $(fmt_int "${R[$k]}") | ${ratio}× $(pf "$ratio >= 2") | ${P[$k]} ms | ${N[$k]} $(pf "${N[$k]} == 0") | ${HIT[$k]} |"
done
echo

echo "## Fresh database to first 200 on \`/guide\` (target ≤ 2.5 s)"
echo
echo "Process start (\`dotnet AlphasRun.Web.dll\`, Release, Production, no database file) to the first 200, polling every 20 ms."
echo
echo "| start | first 200 |"
echo "|---|---:|"
echo "| app, output cache off | ${F[uncached]} ms $(pf "${F[uncached]} <= 2500") |"
echo "| app, default settings | ${F[cached]} ms $(pf "${F[cached]} <= 2500") |"
echo "| bare app, home page (for scale) | ${F[bare1]} ms |"
echo

echo "## Anonymous reader tabs ($tabs tabs, one Chromium context, default settings)"
echo
echo "On a freshly started app, before the throughput run, after 3 s of load on each of these pages (its first requests compile code and fill the collector's first generation once, which is not a reader's cost): server RSS (\`VmRSS\`) read before the tabs and 2 s after the last one loaded, divided by $tabs; one tab opened and closed first (not counted); each page's tabs are closed before the next page's open. \`$control\` is interactive (the member's profile editor, tabs of one member the bench joined through the static \`/join\` form): it is the control, which shows that the measure sees what a circuit keeps per tab (no public page is interactive any more)."
echo
echo "| page | WebSockets opened (target 0) | RSS growth per tab (target ≤ 50 KB) |"
echo "|---|---:|---:|"
for page in /guide /runs; do
  echo "| \`$page\` | ${TAB_WS[$page]} $(pf "${TAB_WS[$page]} == 0") | $(fmt_int "${TAB_KB[$page]}") KB $(pf "${TAB_KB[$page]} <= 50") |"
done
echo "| \`$control\` (control: interactive, signed in) | ${TAB_WS[$control]} $(pf "${TAB_WS[$control]} == $tabs") (expected $tabs) | $(fmt_int "${TAB_KB[$control]}") KB $(pf "${TAB_KB[$control]} > 50") (expected more than 50 KB) |"
echo

echo "## Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown)"
echo
if [[ $lighthouse == 0 ]]; then
  echo "Skipped (--quick or --skip-lighthouse)."
else
  echo "Lighthouse $(cd "$here" && node -p 'require("lighthouse/package.json").version' 2>/dev/null || true), one run per page against the app with default settings; KB = 1000 bytes. With Chromium 156 Lighthouse 12 cannot read some trace events, so diagnostics such as render-blocking-resources end in an error; the scores and metrics are unaffected."
  echo
  echo "| page | performance (target ≥ 95) | accessibility (target 100) | LCP (target ≤ 2.5 s) | transferred (target ≤ 250 KB) | failed a11y audits | scripts loaded | largest transfer |"
  echo "|---|---:|---:|---:|---:|---|---:|---|"
  for page in "${pages[@]}"; do
    if [[ "${LH[$page]}" == *"failed twice"* ]]; then
      echo "| \`$page\` | Lighthouse failed twice FAIL | | | | | | |"
      continue
    fi
    IFS=$'\t' read -r perf a11y lcp bytes failed scripts largest < <(node -e '
      const s = JSON.parse(process.argv[1]);
      const kb = (b) => Math.round(b / 1000) + " KB";
      console.log([s.performance, s.accessibility, Math.round(s.lcpMs), Math.round(s.bytes),
        s.failedA11y.join(", ") || "-", `${s.scripts} (${kb(s.scriptBytes)})`,
        s.largest ? `${s.largest.name} ${kb(s.largest.bytes)}${s.largest.compressed ? "" : ", uncompressed"}` : "-"].join("\t"));' "${LH[$page]}")
    kb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1000 }')
    echo "| \`$page\` | $perf $(pf "$perf >= 95") | $a11y $(pf "$a11y == 100") | $(fmt_int "$lcp") ms $(pf "$lcp <= 2500") | $(fmt_int "$kb") KB $(pf "$bytes <= 250000") | $failed | $scripts | $largest |"
  done
fi
echo
echo "Command: \`bash bench/pages.sh$([[ $quick == 1 ]] && echo ' --quick')$([[ $quick == 0 && $lighthouse == 0 ]] && echo ' --skip-lighthouse')\`"
