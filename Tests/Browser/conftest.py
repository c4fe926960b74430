"""The browser suite of the web workbook: real Chromium (Debian's chromium and chromium-driver) driven by
Selenium, keyboard only, axe-core (axe-selenium-python) on every page state.

Run by `swift test` (BrowserSuiteTests), which passes the built jalon binary in JALON_BIN."""
import json
import os
import subprocess
import tempfile
import shutil
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

JALON = os.environ.get("JALON_BIN", "jalon")


def run_jalon(*args, store=None):
    result = subprocess.run([JALON, *args, *(["--store", store] if store else [])], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    return result.stdout


class Server:
    """`jalon open` or `jalon serve` on a free loopback port, stopped at the end."""

    def __init__(self, arguments, store):
        self.process = subprocess.Popen([JALON, *arguments, "--store", store], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
        self.lines = []
        while True:
            line = self.process.stdout.readline()
            assert line, "the server stopped before printing its address"
            self.lines.append(line.strip())
            if "http://127.0.0.1:" in line:
                self.url = line[line.index("http://"):].split()[0]
                self.base = "/".join(self.url.split("/")[:3])
                break
        if arguments[0] == "open":
            self.lines.append(self.process.stdout.readline().strip())

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def stores():
    root = tempfile.mkdtemp(prefix="jalon-browser-")
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def fresh_project(stores):
    """A project just created, worked through in the browser."""
    store = os.path.join(stores, "fresh")
    project = run_jalon("init", "--name", "Camille", store=store).strip().splitlines()[-1]
    server = Server(["open", project, "--no-browser", "--port", "0"], store)
    yield {"id": project, "url": server.url, "base": server.base, "store": store}
    server.stop()


@pytest.fixture(scope="session")
def demo_project(stores):
    """The finished project of `jalon demo`, opened by `jalon open`."""
    store = os.path.join(stores, "demo")
    run_jalon("demo", store=store)
    project = json.loads(run_jalon("list", "--json", store=store))[0]["id"]
    server = Server(["open", project, "--no-browser", "--port", "0"], store)
    yield {"id": project, "url": server.url, "base": server.base, "store": store}
    server.stop()


@pytest.fixture(scope="session")
def portal_server(stores):
    """`jalon serve` with a portal token: a project made through the API, a counsellor signed in by a link."""
    store = os.path.join(stores, "portal")
    os.makedirs(store, exist_ok=True)
    token, entry = run_jalon("serve", "token", "--role", "portal", "--subject", "portail-test").strip().splitlines()
    entry = json.loads(entry)
    config = os.path.join(store, "config.json")
    with open(config, "w") as file:
        json.dump({"tokens": [entry]}, file)
    server = Server(["serve", "--config", config, "--port", "0"], store)

    def api(method, path, body):
        request = urllib.request.Request(server.base + path, method=method, data=json.dumps(body).encode(),
                                         headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read())

    project = api("POST", "/v1/projects", {"displayName": "Sam", "person": "sam", "counsellors": ["conseillere-a"]})["id"]
    yield {"api": api, "base": server.base, "project": project}
    server.stop()


def make_driver(width, height, language="fr"):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", f"--lang={language}"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(width, height)
    return driver


@pytest.fixture
def phone():
    driver = make_driver(375, 812)
    yield driver
    driver.quit()


@pytest.fixture
def desktop():
    driver = make_driver(1280, 800, "en")
    yield driver
    driver.quit()
