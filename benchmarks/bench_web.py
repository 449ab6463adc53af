"""Web benchmark: requests per second and latency (p50/p99) for POST /api/v1/intake and
POST /api/v1/assess on 127.0.0.1, with one and with two uvicorn workers.

Run: ``PYTHONPATH=. python benchmarks/bench_web.py [--seconds 5] [--clients 8] [--workers 1 2]``

The load generator is closed-loop: ``--clients`` processes, each with one keep-alive connection,
send requests back to back for ``--seconds``. Client and server share this machine's cores, so
the figures are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INTAKE = {
    "text": "a bowl of muesli with yogurt, two kiwis, a handful of walnuts, a ham sandwich, "
    "pasta with tomato sauce and a glass of milk",
    "profile": {"age": 58, "sex": "female"},
}
ASSESS = {
    "profile": {"age": 58, "sex": "female"},
    "cramps": {
        "frequency_per_week": 3,
        "timing": "night",
        "severity_0_10": 6,
        "location": "calves",
    },
    "symptoms": ["tingling in feet"],
    "conditions": ["type 2 diabetes (9 years)"],
    "medications": [
        "chlorthalidone 25 mg daily (started 4 weeks ago)",
        "metformin 1 g twice daily",
    ],
    "labs": {"magnesium": {"value": 1.6, "unit": "mg/dL"}},
    "lifestyle": {"fluid_intake_l_per_day": 1.0},
}
ENDPOINTS = {"intake": ("/api/v1/intake", INTAKE), "assess": ("/api/v1/assess", ASSESS)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(workers: int, db: str) -> tuple[subprocess.Popen[bytes], str]:
    from crampcheck.storage.store import open_store

    open_store(db).close()  # migrate once, before the workers start
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRAMPCHECK_DATABASE_URL": db}
    cmd = [sys.executable, "-m", "uvicorn", "crampcheck.web.app:app_from_env", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    cmd += ["--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start")


def client_loop(args: tuple[str, str, dict[str, Any], float]) -> list[float]:
    base, path, body, seconds = args
    latencies: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(3):  # warm up this connection and the worker's caches
            client.post(path, json=body).raise_for_status()
        end = time.perf_counter() + seconds
        while (now := time.perf_counter()) < end:
            client.post(path, json=body).raise_for_status()
            latencies.append(time.perf_counter() - now)
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run(base: str, name: str, clients: int, seconds: float) -> None:
    path, body = ENDPOINTS[name]
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        started = time.perf_counter()
        results = pool.map(client_loop, [(base, path, body, seconds)] * clients)
        elapsed = time.perf_counter() - started - 0.0
    latencies = [x for r in results for x in r]
    rps = len(latencies) / seconds
    print(
        f"  {name:<7} {rps:8.1f} req/s   p50 {percentile(latencies, 0.50) * 1000:7.1f} ms   "
        f"p99 {percentile(latencies, 0.99) * 1000:7.1f} ms   ({len(latencies)} requests, "
        f"{clients} clients, {elapsed:.1f} s wall)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"crampcheck web benchmark on 127.0.0.1 ({os.cpu_count()} CPUs shared with the client)")
    with tempfile.TemporaryDirectory() as tmp:
        for workers in args.workers:
            proc, base = start_server(workers, f"sqlite:///{tmp}/bench{workers}.db")
            try:
                print(f"{workers} worker{'s' if workers > 1 else ''}:")
                for name in ENDPOINTS:
                    run(base, name, args.clients, args.seconds)
            finally:
                proc.terminate()
                proc.wait(timeout=20)


if __name__ == "__main__":
    main()
