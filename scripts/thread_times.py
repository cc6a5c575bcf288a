#!/usr/bin/env python3
"""Where each thread of a command spent its life, on Linux:
scripts/thread_times.py CMD [ARG...].

Samples /proc/PID/task/*/schedstat every 20 ms while CMD runs and prints,
per thread (threads of one name summed; EACH=1: one row per thread): CPU time, time runnable but
waiting for a core (other processes' work: the machine's load), and time
asleep (blocked on a lock, a channel, a disk; the program's own waiting).
On a machine shared with other builds, wall time mostly says how busy the
neighbours were; a worker's time asleep says how often the program kept
it from working, whatever the load. A thread's last 20 ms may be missed.
"""

import collections
import os
import subprocess
import sys
import time


def sample(pid, seen, now):
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                cpu, wait, _ = (int(x) for x in f.read().split())
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                comm = f.read().strip()
        except (OSError, ValueError):
            continue
        first = seen[tid][0] if tid in seen else now
        seen[tid] = (first, now, comm, cpu, wait)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    start = time.monotonic()
    child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
    seen = {}
    while child.poll() is None:
        sample(child.pid, seen, time.monotonic())
        time.sleep(0.02)
    wall = time.monotonic() - start
    each = os.environ.get("EACH") == "1"
    rows = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0])
    for tid, (first, last, comm, cpu, wait) in seen.items():
        r = rows[f"{comm}/{tid}" if each else comm]
        r[0] += 1
        r[1] += cpu / 1e9
        r[2] += wait / 1e9
        r[3] += max(0.0, (last - first) - (cpu + wait) / 1e9)
        r[4] += last - first
    print(f"wall {wall:.2f} s")
    print(f"{'thread':<22}{'n':>4}{'cpu s':>9}{'runnable s':>12}{'asleep s':>10}{'alive s':>9}")
    for comm, (n, cpu, wait, asleep, alive) in sorted(rows.items(), key=lambda r: -r[1][1]):
        print(f"{comm:<22}{n:>4}{cpu:>9.2f}{wait:>12.2f}{asleep:>10.2f}{alive:>9.2f}")


if __name__ == "__main__":
    main()
