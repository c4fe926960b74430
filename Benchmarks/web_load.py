#!/usr/bin/env python3
"""The web workbook under load, beside the server's own /health in the same run (docs/carnet-web.md).

    swift build -c release --product jalon        # at the root, once
    python3 Benchmarks/web_load.py [--rounds 5] [--duration 10s] [--screenshots docs]

What it does, on the project `jalon demo` leaves (demo-sized), imported by a portal into the release `jalon serve`:
  - wrk -t2 -c64 --latency on the person's home page, the pistes page (the ranked suggestions)
    and /health (the floor: same HTTP stack, no session, no project), targets interleaved, `--rounds` rounds;
    medians of requests/s and p99, and each page's rate as a share of /health's; `uptime` before and after;
  - the weight of every page of the workbook (HTML + the style sheet), against the 60 KB budget;
  - first contentful paint of both pages in headless Chromium (Performance API), median of several loads;
  - with --screenshots DIR: the pistes page on a phone (375×812) and the home page on a desktop (1280×800).
Goals: ≥ 2,000 req/s and p99 ≤ 25 ms for both pages, ≤ 60 KB, FCP ≤ 300 ms.

A script rather than a target of the Benchmarks package: it drives Chromium through Selenium, as Tests/Browser
does, and wrk and jalon as processes; a Swift target would rebuild the whole package a second time in release
for nothing it measures. On a 2-core machine wrk takes one core itself."""
import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def jalon(binary, *arguments, store=None):
    result = subprocess.run([binary, *arguments, *(["--store", store] if store else [])], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if result.returncode != 0:
        sys.exit(f"jalon {' '.join(arguments)}: {result.stderr}")
    return result.stdout


def milliseconds(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[:-len(unit)]) * factor
    raise ValueError(text)


def wrk(url, cookie, duration):
    """One wrk run: requests/s, p50 and p99 in ms; any non-2xx answer or socket error fails the benchmark."""
    return run_wrk(["wrk", "-t2", "-c64", f"-d{duration}", "--latency"] + (["-H", "Cookie: " + cookie] if cookie else []), url)


def run_wrk(arguments, url, environment=None):
    """wrk with `arguments` on `url`: requests/s, p50 and p99 in ms; any non-2xx answer or socket error fails the benchmark."""
    output = subprocess.run(arguments + [url], capture_output=True, text=True, check=True, env={**os.environ, **(environment or {})}).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        sys.exit(f"wrk on {url} saw failures:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = milliseconds(re.search(r"\n\s+50%\s+(\S+)", output).group(1))
    p99 = milliseconds(re.search(r"\n\s+99%\s+(\S+)", output).group(1))
    return rate, p50, p99


def get(base, path, cookie):
    connection = http.client.HTTPConnection(base.split("//")[1])
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    return response.status, response.getheader("Set-Cookie") or "", response.read()


def request(base, method, path, headers, body, content_type):
    connection = http.client.HTTPConnection(base.split("//")[1])
    connection.request(method, path, body=body, headers={**headers, "Content-Type": content_type})
    response = connection.getresponse()
    text = response.read().decode()
    assert response.status in (200, 201), (path, response.status, text)
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jalon", default=os.path.join(ROOT, ".build/release/jalon"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--screenshots", default="")
    parser.add_argument("--no-load", action="store_true", help="page weight, paint and screenshots only (no wrk)")
    options = parser.parse_args()
    if not os.path.exists(options.jalon):
        sys.exit(f"{options.jalon} is missing: swift build -c release --product jalon")

    store = tempfile.mkdtemp(prefix="jalon-web-load-")
    server = None
    try:
        # The project of `jalon demo`, imported by a portal into `jalon serve` (as a deployment receives it);
        # the rate limit is lifted: the limiter is not what is measured.
        demo = os.path.join(store, "demo")
        jalon(options.jalon, "demo", store=demo)
        document = jalon(options.jalon, "export", json.loads(jalon(options.jalon, "list", "--json", store=demo))[0]["id"],
                         "--format", "projet", store=demo)
        served = os.path.join(store, "served")
        os.makedirs(served)
        token, entry = jalon(options.jalon, "serve", "token", "--role", "portal", "--subject", "portail-charge").strip().splitlines()
        config = os.path.join(store, "serve.json")
        with open(config, "w") as file:
            json.dump({"limits": {"requestsPerMinute": 100_000_000}, "tokens": [json.loads(entry)]}, file)
        server = subprocess.Popen([options.jalon, "serve", "--config", config, "--port", "0", "--store", served],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
        while True:
            line = server.stdout.readline()
            if not line:
                sys.exit("jalon serve stopped before printing its address")
            if "http://127.0.0.1:" in line:
                base = "/".join(line[line.index("http://"):].split()[0].split("/")[:3])
                break
        portal = {"Authorization": "Bearer " + token}
        project = json.loads(request(base, "POST", "/v1/projects?person=personne-charge", portal, document.encode(), "application/xml"))["id"]
        link = json.loads(request(base, "POST", "/v1/sign-in-links", portal,
                                  json.dumps({"role": "person", "subject": "personne-charge", "project": project}).encode(), "application/json"))["url"]
        status, set_cookie, _ = get(base, link, "")
        cookie = set_cookie.split(";")[0]
        assert status == 303 and cookie, (status, set_cookie)
        home, pistes = f"/carnet/{project}", f"/carnet/{project}/pistes"
        for path in (home, pistes):
            status, _, _ = get(base, path, cookie)
            assert status == 200, (path, status)

        if not options.no_load:
            load(base, cookie, home, pistes, options)
        weigh(base, cookie, home)
        paint(base, cookie, home, pistes, options.screenshots)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(store, ignore_errors=True)


def load(base, cookie, home, pistes, options):
    """wrk on both pages and /health, interleaved, medians and shares of /health."""
    print(f"jalon serve ({os.path.relpath(options.jalon, ROOT)}) on {base}, the project of `jalon demo` imported by a portal; "
          f"wrk -t2 -c64 -d{options.duration} --latency, {options.rounds} rounds, targets interleaved")
    print(f"machine: {os.cpu_count()} cores; before: {uptime()}")
    targets = [("GET /carnet/{id} (home)", home, cookie), ("GET /carnet/{id}/pistes", pistes, cookie), ("GET /health (floor)", "/health", "")]
    wrk(base + pistes, cookie, "2s")  # warm-up: the catalogue and the matching index load on first use
    runs = {name: [] for name, _, _ in targets}
    for round in range(1, options.rounds + 1):
        for name, path, session in targets:
            run = wrk(base + path, session, options.duration)
            runs[name].append(run)
            print(f"  round {round}  {name:<28} {run[0]:9.0f} req/s  p50 {run[1]:6.2f} ms  p99 {run[2]:6.2f} ms")
    print(f"after: {uptime()}")
    floor = statistics.median(r[0] for r in runs["GET /health (floor)"])
    print("\nmedians (no non-2xx, no socket errors in any run):")
    met = True
    for name, _, _ in targets:
        rate, p50, p99 = (statistics.median(r[i] for r in runs[name]) for i in range(3))
        print(f"  {name:<28} {rate:9.0f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  {100 * rate / floor:5.1f} % of /health")
        if "floor" not in name:
            met = met and rate >= 2000 and p99 <= 25
    print("goal for both pages (≥ 2000 req/s, p99 ≤ 25 ms): " + ("met" if met else "missed"))


def weigh(base, cookie, home):
    """Every page of the workbook, HTML + the style sheet, against the 60 KB budget."""
    _, _, css = get(base, "/static/jalon.css", "")
    print(f"\npage weight, HTML + CSS ({len(css)} B), budget 60 KB:")
    heaviest = 0
    for section in ["", "/profil", "/interets", "/questionnaire", "/competences", "/pistes", "/pistes/K1302", "/formations",
                    "/plan", "/synthese", "/historique", "/dossier"]:
        status, _, html = get(base, home + section, cookie)
        assert status == 200, (section, status)
        heaviest = max(heaviest, len(html) + len(css))
        print(f"  {home + section:<58} {len(html):7d} B + {len(css)} B = {(len(html) + len(css)) / 1024:5.1f} KB")
    print(f"heaviest page: {heaviest / 1024:.1f} KB — " + ("within" if heaviest <= 60 * 1024 else "over") + " the budget")


def paint(base, cookie, home, pistes, screenshots):
    """First contentful paint in headless Chromium (Performance API), median of 7 loads of each page
    (the first load, cold, shown apart); the two screenshots."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    def driver(width, height):
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}", "--lang=fr"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": "fr"})
        options.binary_location = "/usr/bin/chromium"
        made = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        made.set_window_size(width, height)
        return made

    # The sign-in link is single-use and served the load above: the browser is given that session's cookie.
    browser = driver(1280, 800)
    try:
        browser.get(base + "/health")
        name, value = cookie.split("=", 1)
        browser.add_cookie({"name": name, "value": value, "path": "/"})
        print("\nfirst contentful paint (headless Chromium, loopback):")
        for name, path in (("home", home), ("pistes", pistes)):
            paints = []
            for _ in range(8):
                browser.get(base + path)
                # The paint entry may be recorded just after the load event: wait for it (buffered observer).
                paints.append(browser.execute_async_script("""const done = arguments[0];
                    new PerformanceObserver(list => list.getEntriesByName('first-contentful-paint').forEach(e => done(e.startTime)))
                        .observe({type: 'paint', buffered: true});
                    setTimeout(() => done(null), 3000);"""))
            print(f"  {name:<8} first load {paints[0]:6.0f} ms; median of the next 7: {statistics.median(paints[1:]):6.0f} ms (goal ≤ 300 ms)")
        if screenshots:
            os.makedirs(screenshots, exist_ok=True)
            browser.get(base + home)
            browser.save_screenshot(os.path.join(screenshots, "carnet-ordinateur.png"))
            browser.set_window_size(375, 812)
            browser.get(base + pistes)
            browser.save_screenshot(os.path.join(screenshots, "carnet-telephone.png"))
            print(f"screenshots: {screenshots}/carnet-ordinateur.png (1280×800, home), {screenshots}/carnet-telephone.png (375×812, pistes)")
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
