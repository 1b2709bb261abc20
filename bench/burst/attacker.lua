-- One client (one address, forwarded by the trusted "proxy" on loopback) hammering the abusable
-- endpoints in turn: sign-in posts, forgot-password posts and the calendar feed.
local threads = {}
local requests = {
  { method = "POST", path = "/account/login", body = "_handler=login&Input.Email=victim%40example.com&Input.Password=guess-guess-guess" },
  { method = "POST", path = "/account/forgot-password", body = "_handler=forgot-password&Input.Email=victim%40example.com" },
  { method = "GET", path = "/calendar/club.ics" },
}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  i = 0
  limited = 0
  other = 0
end

function request()
  i = i + 1
  local r = requests[(i % #requests) + 1]
  local headers = { ["X-Forwarded-For"] = "203.0.113.7" }
  if r.body then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  return wrk.format(r.method, r.path, headers, r.body)
end

function response(status, headers, body)
  if status == 429 then
    limited = limited + 1
  elseif status >= 500 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local l, o = 0, 0
  for _, t in ipairs(threads) do
    l = l + t:get("limited")
    o = o + t:get("other")
  end
  io.write(string.format("ATTACKER requests=%d rps=%.1f limited_429=%d server_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), l, o, latency:percentile(50), latency:percentile(99)))
end
