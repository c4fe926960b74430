#!/usr/bin/env python3
"""The server at production scale on both stores in the same run: the file store and PostgreSQL side by side
(README « Mesures du serveur », docs/scaling.md).

    swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release   # once
    URL=$(.ci/postgres-start)
    python3 Benchmarks/production_load.py --postgres "$URL" [--rounds 3] [--duration 10s] [--projects 10000]

One release `jalon serve` per store (a temporary folder; a fresh schema of the PostgreSQL database), the rate
limit lifted, the access journal where the store keeps it (a fsynced file; the jalon_journal table). Then:
  - reads: wrk -t2 -c64 --latency on GET /v1/projects/{id} (the Karim sample, imported by a portal) and on
    the same server's /health (the peer: same HTTP stack, no token, no store read, no journal);
  - writes: 16 wrk connections, each on its own project, each PUT …/sections/synthese carrying the ETag its
    previous answer gave (If-Match): writes/s, every answer 200 (a 412 would be a non-2xx and fail the run);
  - PDF flood: 20 exports kept in flight (pdfRenders 20: 20 Chromium at once) while wrk measures GET and
    /health again;
  - `jalon list` at --projects projects (imported through the API, 8 at a time), median of 3, output thrown away.
Targets interleaved, `--rounds` rounds, medians; any non-2xx answer or socket error fails the run; `uptime`
before and after. On a 2-core machine wrk takes one core itself, and 20 Chromium take the rest.

A script, like web_load.py (whose helpers it uses), so that only the release `jalon` is built."""
import argparse
import concurrent.futures
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

from web_load import ROOT, jalon, request, run_wrk, uptime

SAMPLE = os.path.join(ROOT, "Samples", "karim-montbeliard-reconversion.xml")
PERSON = "personne-charge"

# Each wrk connection (one per thread) PUTs on its own project, with the ETag of its previous answer.
WRITE_SCRIPT = """
local ids = {}
for line in io.lines(os.getenv("JALON_BENCH_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("JALON_BENCH_TOKEN")
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("project", ids[next_id])
end
function init(args)
  etag = nil
  written = 0
end
function request()
  written = written + 1
  local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["If-Match"] = etag or "*"}
  return wrk.format("PUT", "/v1/projects/" .. project .. "/sections/synthese", headers,
                    '{"paragraphes": ["charge ' .. written .. '"]}')
end
function response(status, headers, body)
  etag = headers["ETag"] or headers["etag"] or etag
end
"""


class Server:
    """A release `jalon serve` over `store`, its port read from the line it prints; logs thrown away."""

    def __init__(self, binary, store, folder, tokens, pdf_renders):
        self.config = os.path.join(folder, "serve.json")
        with open(self.config, "w") as file:
            json.dump({"store": store, "limits": {"requestsPerMinute": 100_000_000, "pdfRenders": pdf_renders, "requestTimeoutSeconds": 120},
                       "tokens": tokens}, file)
        self.process = subprocess.Popen([binary, "serve", "--config", self.config, "--port", "0"], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
        line = self.process.stdout.readline()
        if "http://127.0.0.1:" not in line:
            sys.exit(f"jalon serve on {store} did not start: {line}")
        self.base = "/".join(line[line.index("http://"):].split()[0].split("/")[:3])

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)


def wrk(url, duration, connections=64, threads=2, token=None, script=None, environment=None):
    """One wrk run (web_load.run_wrk): requests/s, p50 and p99 in ms; any non-2xx answer or socket error fails the benchmark."""
    arguments = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency"]
    arguments += ["-H", "Authorization: Bearer " + token] if token else []
    arguments += ["-s", script] if script else []
    return run_wrk(arguments, url, environment)


class Store:
    """One store under test: its server, a portal's and a person's tokens, the read project and 16 write projects."""

    def __init__(self, name, binary, location, folder, pdf_renders):
        self.name, self.binary, self.location = name, binary, location
        self.portal, portal_entry = jalon(binary, "serve", "token", "--role", "portal", "--subject", "portail-charge").strip().splitlines()
        self.person, person_entry = jalon(binary, "serve", "token", "--role", "person", "--subject", PERSON).strip().splitlines()
        self.server = Server(binary, location, folder, [json.loads(portal_entry), json.loads(person_entry)], pdf_renders)
        with open(SAMPLE, "rb") as file:
            self.document = file.read()
        self.project = self.import_sample()
        self.writes = [self.import_sample() for _ in range(16)]
        self.ids_file = os.path.join(folder, "write-ids.txt")
        with open(self.ids_file, "w") as file:
            file.write("\n".join(self.writes) + "\n")

    def import_sample(self):
        return json.loads(request(self.server.base, "POST", f"/v1/projects?person={PERSON}", {"Authorization": "Bearer " + self.portal},
                                  self.document, "application/xml"))["id"]


def get_project(store):
    connection = http.client.HTTPConnection(store.server.base.split("//")[1], timeout=60)
    connection.request("GET", f"/v1/projects/{store.project}", headers={"Authorization": "Bearer " + store.person})
    connection.getresponse().read()


def export_pdf(base, project, token):
    """One PDF export of the project: its status (200, or 503 when every render slot is taken)."""
    connection = http.client.HTTPConnection(base.split("//")[1], timeout=180)
    connection.request("GET", f"/v1/projects/{project}/export?format=pdf", headers={"Authorization": "Bearer " + token})
    response = connection.getresponse()
    response.read()
    return response.status


class PDFFlood:
    """`count` workers, each exporting a PDF again as soon as its previous one ends, until stopped."""

    def __init__(self, store, count=20):
        self.store, self.stop_flag, self.statuses = store, threading.Event(), []
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self.work) for _ in range(count)]

    def work(self):
        while not self.stop_flag.is_set():
            status = export_pdf(self.store.server.base, self.store.project, self.store.person)
            with self.lock:
                self.statuses.append(status)
            if status == 503:
                time.sleep(1)  # every render slot taken: asked again a second later (Retry-After says 5)

    def __enter__(self):
        for worker in self.workers:
            worker.start()
        time.sleep(3)  # every Chromium started
        return self

    def __exit__(self, *exception):
        self.stop_flag.set()
        for worker in self.workers:
            worker.join()


def fill(store, total):
    """Imports projects through the API, 8 at a time, up to `total` in the store; a 503 (« réessayez ») is
    retried and counted. Returns the number of 503 answers."""
    retried = []

    def one(_):
        while True:
            try:
                return store.import_sample()
            except AssertionError as failure:
                if failure.args and failure.args[0][1] == 503:
                    retried.append(1)
                    continue
                raise

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(one, range(total - 17)))
    return len(retried)


def timed_list(store):
    """`jalon list` over the store, median of 3 runs, in seconds (output thrown away), and its line count."""
    times, lines = [], 0
    for _ in range(3):
        start = time.monotonic()
        result = subprocess.run([store.binary, "list", "--store", store.location], capture_output=True, text=True,
                                env={**os.environ, "NO_COLOR": "1"})
        times.append(time.monotonic() - start)
        if result.returncode != 0:
            sys.exit(f"jalon list on {store.name}: {result.stderr}")
        lines = len(result.stdout.splitlines())
    return statistics.median(times), lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jalon", default=os.path.join(ROOT, ".build-release/release/jalon"))
    parser.add_argument("--postgres", default=os.environ.get("JALON_TEST_POSTGRES", ""))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--pdf-renders", type=int, default=2, help="the servers' limits.pdfRenders (20: every export renders at once)")
    parser.add_argument("--phases", default="steady,flood,list")
    options = parser.parse_args()
    if not os.path.exists(options.jalon):
        sys.exit(f"{options.jalon} is missing: swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release")
    if not options.postgres.startswith("postgres://"):
        sys.exit("--postgres postgres://… is required (.ci/postgres-start prints one)")
    folder = tempfile.mkdtemp(prefix="jalon-production-load-")
    schema = "bench_" + uuid.uuid4().hex[:12]
    postgres = options.postgres + ("&" if "?" in options.postgres else "?") + "schema=" + schema
    stores = []
    try:
        for name, location in (("fichiers", os.path.join(folder, "store")), ("PostgreSQL", postgres)):
            own = os.path.join(folder, name)
            os.makedirs(own)
            stores.append(Store(name, options.jalon, location, own, options.pdf_renders))
        print(f"jalon serve ({os.path.relpath(options.jalon, ROOT)}), one per store; wrk --latency; {options.rounds} rounds of "
              f"{options.duration}, targets interleaved; machine: {os.cpu_count()} cores; before: {uptime()}")
        for store in stores:  # warm-up: the first read decodes the revision, the first export starts Chromium
            for _ in range(20):
                get_project(store)
            export_pdf(store.server.base, store.project, store.person)

        runs = {}
        def record(key, run):
            runs.setdefault(key, []).append(run)
            print(f"  {key:<44} {run[0]:9.0f} req/s  p50 {run[1]:7.2f} ms  p99 {run[2]:7.2f} ms", flush=True)

        script = os.path.join(folder, "write.lua")
        with open(script, "w") as file:
            file.write(WRITE_SCRIPT)
        for round in range(1, options.rounds + 1 if "steady" in options.phases else 1):
            print(f"round {round}")
            for store in stores:
                record(f"{store.name}: GET /v1/projects/{{id}} (c64)", wrk(store.server.base + f"/v1/projects/{store.project}", options.duration, token=store.person))
                record(f"{store.name}: GET /health (peer, c64)", wrk(store.server.base + "/health", options.duration))
                record(f"{store.name}: PUT synthese If-Match (16 clients)",
                       wrk(store.server.base + "/", options.duration, connections=16, threads=16, script=script,
                           environment={"JALON_BENCH_IDS": store.ids_file, "JALON_BENCH_TOKEN": store.person}))
        pdfs = {}
        for round in range(1, options.rounds + 1 if "flood" in options.phases else 1):
            print(f"round {round}, 20 PDF exports asked at once, limits.pdfRenders {options.pdf_renders}")
            for store in stores:
                with PDFFlood(store) as flood:
                    record(f"{store.name}: GET /v1/projects/{{id}} + 20 PDF", wrk(store.server.base + f"/v1/projects/{store.project}", options.duration, token=store.person))
                    record(f"{store.name}: GET /health + 20 PDF", wrk(store.server.base + "/health", options.duration))
                pdfs.setdefault(store.name, []).extend(flood.statuses)
        print(f"after the load: {uptime()}")

        print("\nmedians (no non-2xx, no socket errors in any run):")
        for key, values in runs.items():
            rate, p50, p99 = (statistics.median(run[i] for run in values) for i in range(3))
            print(f"  {key:<44} {rate:9.0f} req/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms")
        for store in stores if "steady" in options.phases else []:
            read = statistics.median(run[0] for run in runs[f"{store.name}: GET /v1/projects/{{id}} (c64)"])
            peer = statistics.median(run[0] for run in runs[f"{store.name}: GET /health (peer, c64)"])
            print(f"  {store.name}: GET = {100 * read / peer:.0f} % of /health")
        for store in stores if "flood" in options.phases else []:
            statuses = pdfs[store.name]
            print(f"  {store.name}: PDFs during the flood: {statuses.count(200)} × 200, {statuses.count(503)} × 503, "
                  f"{len(statuses) - statuses.count(200) - statuses.count(503)} other")

        print(f"\njalon list at {options.projects} projects (imported through the API, 8 at a time):")
        for store in stores if "list" in options.phases else []:
            start = time.monotonic()
            retried = fill(store, options.projects)
            imported = time.monotonic() - start
            seconds, lines = timed_list(store)
            print(f"  {store.name:<12} list {seconds:6.2f} s (median of 3, {lines} lines); {options.projects - 17} imports in {imported:.0f} s, "
                  f"{retried} answered 503 and retried", flush=True)
        print(f"end: {uptime()}")
    finally:
        for store in stores:
            store.server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
