"""Sums a libtorch profiler trace (Chrome JSON, from PROFILE=FILE with LanguageModelBenchmark) by operator.

    /usr/bin/python3 bench/pytorch/profile_summary.py FILE [ROWS]

Self time: an operator's time minus that of the operators it called, so the rows add up to the profiled span.
"""
import json
import sys
from collections import defaultdict


def main(path, rows=30):
    trace = json.load(open(path))
    events = [e for e in (trace["traceEvents"] if isinstance(trace, dict) else trace) if e.get("ph") == "X"]
    by_thread = defaultdict(list)
    for e in events:
        by_thread[e.get("tid")].append(e)
    self_time, calls = defaultdict(float), defaultdict(int)
    for evs in by_thread.values():
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        stack = []
        for e in evs:
            while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
                stack.pop()
            if stack:
                self_time[stack[-1]["name"]] -= e["dur"]
            self_time[e["name"]] += e["dur"]
            calls[e["name"]] += 1
            stack.append(e)
    total = sum(self_time.values())
    print("total self time %.3f s over %d events" % (total / 1e6, len(events)))
    for name, t in sorted(self_time.items(), key=lambda kv: -kv[1])[:rows]:
        print("%8.3f s %5.1f %% %6d  %s" % (t / 1e6, 100 * t / total, calls[name], name))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)
