-- wrk script for the Morgue load run: rotates real newsroom queries over a Reuters-21578 index
-- (searches with facets and histogram, phrases, wildcards, paging, sorting, one story, health) and
-- prints requests, every kind of error and latency percentiles. Usage: see load-during-update.sh.
local paths = {
  "/api/search?q=oil",
  "/api/search?q=opec%20AND%20price&size=20",
  "/api/search?q=%22interest%20rates%22&sort=newest",
  "/api/search?q=bank*&page=3",
  "/api/search?q=coffee%20OR%20cocoa&interval=week",
  "/api/search?q=trade%20deficit&from=1987-03&to=1987-04",
  "/api/search?q=dollar&place=japan",
  "/api/search?q=grain&sort=oldest&size=50",
  "/api/search?size=10",
  "/api/search?q=acquisition%20NOT%20bank&undated=exclude",
  "/api/stories/STORY_ID",
  "/api/health",
}
local n = 0

init = function(args)
  for i, p in ipairs(paths) do
    paths[i] = p:gsub("STORY_ID", args[1] or "1")
  end
end

request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests: %d in %.1f s (%.0f/s)\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-2xx/3xx %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.1f ms\n", latency.max / 1000))
end
