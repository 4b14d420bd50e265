#!/usr/bin/env python3
"""The issue-18 timings against a running Morgue server: a batch of names and the network of a query.

  names BASE [N]          print N names (default 1000), one a line, taken from the index's own facet
                          values (GET /api/facets/{person,org,place}?size=1000): evenly spaced down each
                          ranked list, so the batch holds frequent and rare names alike, as a reporter's
                          list does; labels as the page shows them, deduplicated ignoring case.
  batch BASE FILE         POST FILE to /api/batch?lines=names (JSON), ROUNDS=3 times after one warm-up;
                          prints the wall time of each round, the rows, errors and how lines matched.
  network BASE QUERY      GET /api/network?q=QUERY&types=person,org,place&size=40, same rounds; prints the
                          wall times, nodes, edges and the stories it was drawn from.

A measurement, not a test: loopback only, one request at a time. Example (the 106k Reuters build):
  ./morgue serve --index /tmp/r106 --port 7190 &
  bench/scripts/batch-names.py names http://127.0.0.1:7190 1000 > /tmp/names-1000.txt
  bench/scripts/batch-names.py batch http://127.0.0.1:7190 /tmp/names-1000.txt
  bench/scripts/batch-names.py network http://127.0.0.1:7190 iraq
"""
import json
import sys
import time
import urllib.parse
import urllib.request

SHARES = (("person", 0.45), ("org", 0.35), ("place", 0.20))
ROUNDS = 3


def get(base, path):
    with urllib.request.urlopen(base.rstrip("/") + path, timeout=600) as r:
        return json.load(r)


def names(base, n):
    picked, seen = [], set()
    for facet, share in SHARES:
        values = get(base, f"/api/facets/{facet}?size=1000")["values"]
        want = min(len(values), round(n * share))
        step = len(values) / want if want else 1
        for i in range(want):
            label = values[int(i * step)].get("label") or values[int(i * step)]["value"]
            if label.casefold() not in seen:
                seen.add(label.casefold())
                picked.append(label)
    if len(picked) < n:
        print(f"batch-names: the index offers {len(picked)} distinct names, not {n}", file=sys.stderr)
    return picked[:n]


def timed(call):
    call()  # warm-up: the first request after start loads per-reader state
    times, last = [], None
    for _ in range(ROUNDS):
        started = time.monotonic()
        last = call()
        times.append(time.monotonic() - started)
    return times, last


def batch(base, path):
    body = open(path, "rb").read()

    def call():
        req = urllib.request.Request(base.rstrip("/") + "/api/batch?lines=names", data=body,
                                     headers={"Content-Type": "text/plain; charset=utf-8"}, method="POST")
        with urllib.request.urlopen(req, timeout=600) as r:
            return json.load(r)["rows"]

    times, rows = timed(call)
    matched = {}
    for row in rows:
        key = "error" if row.get("error") else row.get("matched_as")
        matched[key] = matched.get(key, 0) + 1
    print(f"batch of {len(rows)} names: " + ", ".join(f"{t:.2f} s" for t in times)
          + f" (rounds after one warm-up); matched as {json.dumps(matched, sort_keys=True)}")


def network(base, query):
    path = "/api/network?" + urllib.parse.urlencode({"q": query, "types": "person,org,place", "size": 40})
    times, net = timed(lambda: get(base, path))
    print(f"network of q={query}: " + ", ".join(f"{t:.2f} s" for t in times)
          + f"; {len(net['nodes'])} nodes, {len(net['edges'])} edges over {net['stories']} stories")


def main(args):
    if len(args) >= 2 and args[0] == "names":
        print("\n".join(names(args[1], int(args[2]) if len(args) > 2 else 1000)))
    elif len(args) == 3 and args[0] == "batch":
        batch(args[1], args[2])
    elif len(args) == 3 and args[0] == "network":
        network(args[1], args[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
