-- Counts responses whose status is not 2xx (wrk itself only counts >= 400) and prints one
-- machine-readable line that bench/pages.sh parses.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + t:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d sockerr=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), n,
    e.connect + e.read + e.write + e.timeout))
end
