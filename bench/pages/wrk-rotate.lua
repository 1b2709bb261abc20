-- Warm-up load over several pages at once: each request asks for the next path in PATHS
-- (space-separated, from the environment), so every reading page's code is hot before any is measured.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do
  table.insert(paths, p)
end
local i = 0

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
