-- Everyone else: many different addresses reading pages, the feed and /healthz.
local threads = {}
local paths = { "/", "/guide", "/runs", "/calendar/club.ics", "/account/login", "/healthz" }

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  i = 0
  non2xx = 0
  limited = 0
end

function request()
  i = i + 1
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("GET", paths[(i % #paths) + 1], { ["X-Forwarded-For"] = ip })
end

function response(status, headers, body)
  if status == 429 then
    limited = limited + 1
  end
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local n, l = 0, 0
  for _, t in ipairs(threads) do
    n = n + t:get("non2xx")
    l = l + t:get("limited")
  end
  io.write(string.format("VISITORS requests=%d rps=%.1f non2xx=%d limited_429=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), n, l, latency:percentile(50), latency:percentile(99)))
end
