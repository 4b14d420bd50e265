#!/usr/bin/env python3
"""Loopback load mixing the issue-21 hostile queries with normal searches (a measurement, not a test).

usage: hostile-mix.py PORT [SECONDS] [CONNECTIONS]
First a quiet pass (one connection, normal searches only, 15 s), then CONNECTIONS threads for SECONDS:
every fourth request of each thread is hostile (regex blow-ups, 26 OR-ed prefixes on export and facet
values), the rest normal searches. Prints p50/p99 of the normal searches in both phases, the status
counts per kind and the number of 5xx. Targets 127.0.0.1 only.
"""
import http.client, sys, threading, time, urllib.parse

PORT = int(sys.argv[1])
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 60
CONNECTIONS = int(sys.argv[3]) if len(sys.argv) > 3 else 16
PREFIXES = " OR ".join(c + "*" for c in "abcdefghijklmnopqrstuvwxyz")
NORMAL = ["/api/search?q=" + urllib.parse.quote(q) for q in
          ["police", "election", "president", "court ruling", "\"prime minister\"", "fire", "football", "covid",
           "storm", "market", "minister resign*", "protest~1"]]
HOSTILE = ["/api/search?q=" + urllib.parse.quote("/a{1,99999}/"),
           "/api/search?q=" + urllib.parse.quote(" OR ".join(["/a{1,20000}/"] * 5)),
           "/api/export?format=csv&q=" + urllib.parse.quote(PREFIXES),
           "/api/facets/person?q=" + urllib.parse.quote("/a{1,99999}/"),
           "/api/facets/place?q=" + urllib.parse.quote(PREFIXES),
           "/api/search?q=" + urllib.parse.quote("/(a|b)*a(a|b){20}/"),
           "/api/search?q=" + urllib.parse.quote(PREFIXES)]


def get(conn, path):
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status, time.perf_counter() - start


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000 if values else float("nan")


def worker(stop_at, hostile, normal_times, statuses, lock, offset):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    i = offset
    while time.time() < stop_at:
        is_hostile = hostile and i % 4 == 0
        path = HOSTILE[(i // 4) % len(HOSTILE)] if is_hostile else NORMAL[i % len(NORMAL)]
        try:
            status, took = get(conn, path)
        except Exception as e:  # a dropped connection counts as a failure, then reconnect
            status, took = "error:" + type(e).__name__, 0
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        with lock:
            kind = "hostile" if is_hostile else "normal"
            statuses[(kind, status)] = statuses.get((kind, status), 0) + 1
            if not is_hostile and status == 200:
                normal_times.append(took)
        i += 1


def phase(seconds, connections, hostile):
    normal_times, statuses, lock = [], {}, threading.Lock()
    stop_at = time.time() + seconds
    threads = [threading.Thread(target=worker, args=(stop_at, hostile, normal_times, statuses, lock, n))
               for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return normal_times, statuses


quiet, quiet_status = phase(15, 1, False)
print(f"quiet: {len(quiet)} normal searches, p50 {pct(quiet, 50):.1f} ms, p99 {pct(quiet, 99):.1f} ms {quiet_status}")
loaded, loaded_status = phase(SECONDS, CONNECTIONS, True)
fivexx = sum(n for (kind, status), n in loaded_status.items() if isinstance(status, int) and status >= 500)
errors = sum(n for (kind, status), n in loaded_status.items() if not isinstance(status, int))
print(f"mixed ({CONNECTIONS} connections, {SECONDS:.0f} s): {len(loaded)} normal searches, p50 {pct(loaded, 50):.1f} ms,"
      f" p99 {pct(loaded, 99):.1f} ms; ratio p99 {pct(loaded, 99) / pct(quiet, 99):.2f}x quiet")
print("statuses:", dict(sorted(((f"{k} {s}", n) for (k, s), n in loaded_status.items()))))
print(f"5xx: {fivexx}, connection errors: {errors}")
