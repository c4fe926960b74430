"""The browser suite of the web workbook: real Chromium (Debian's chromium and chromium-driver) driven by
Selenium, keyboard only, axe-core (axe-selenium-python) on every page state.

Run by `swift test` (BrowserSuiteTests), which passes the built jalon binary in JALON_BIN and a folder in
JALON_BROWSER_OUT where the journeys leave the documents it compares with `jalon demo`'s."""
import json
import os
import subprocess
import tempfile
import shutil
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

JALON = os.environ.get("JALON_BIN", "jalon")
OUT = os.environ.get("JALON_BROWSER_OUT") or tempfile.mkdtemp(prefix="jalon-browser-out-")
NS = {"p": "urn:jalon:project:1"}


def run_jalon(*args, store=None, language="fr"):
    result = subprocess.run([JALON, *args, *(["--store", store] if store else [])], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "NO_COLOR": "1", "JALON_LANG": language})
    assert result.returncode == 0, result.stderr
    return result.stdout


class Server:
    """`jalon serve` on a free loopback port, stopped at the end."""

    def __init__(self, arguments, store):
        self.process = subprocess.Popen([JALON, *arguments, "--store", store], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
        while True:
            line = self.process.stdout.readline()
            assert line, "the server stopped before printing its address"
            if "http://127.0.0.1:" in line:
                self.url = line[line.index("http://"):].split()[0]
                self.base = "/".join(self.url.split("/")[:3])
                break

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def stores():
    root = tempfile.mkdtemp(prefix="jalon-browser-")
    yield root
    shutil.rmtree(root, ignore_errors=True)


class Demo:
    """`jalon demo` in one language: its project, read back as the inputs a person types (so the browser
    journey and the demo never drift), then a plan action marked done and the counsellor's note, as the
    browser journey ends."""
    NOTE = {"section": "pistes", "status": "point-appui", "text": "Deux pistes cohérentes avec l’expérience de vente."}

    def __init__(self, root, language):
        self.store = os.path.join(root, "demo-" + language)
        run_jalon("demo", store=self.store, language=language)
        self.id = json.loads(run_jalon("list", "--json", store=self.store))[0]["id"]
        run_jalon("plan", "done", self.id, "a1", store=self.store, language=language)
        run_jalon("note", "add", self.id, "--section", self.NOTE["section"], "--status", self.NOTE["status"],
                  "--author", "conseillere", self.NOTE["text"], store=self.store, language=language)
        self.document = run_jalon("export", self.id, "--format", "projet", store=self.store, language=language)
        root = ET.fromstring(self.document.encode())
        profil = root.find("p:profil", NS)
        self.name = root.find("p:metadata/p:titre", NS).text
        self.profil = {
            "anneeNaissance": profil.find("p:anneeNaissance", NS).text, "communeInsee": profil.find("p:commune", NS).get("insee"),
            "communeNom": profil.find("p:commune", NS).text, "departement": profil.find("p:departement", NS).text,
            "mobiliteKm": profil.find("p:mobiliteKm", NS).text, "situation": profil.find("p:situation", NS).text,
            "diplome": profil.find("p:diplome", NS).text,
            "contraintes": [c.text for c in profil.findall("p:contraintes/p:contrainte", NS)],
        }
        self.centres = [(int(c.get("code")), int(c.get("note"))) for c in root.findall("p:interets/p:centres/p:centre", NS)]
        self.answers = {r.get("question"): int(r.get("valeur")) for r in root.findall("p:interets/p:riasec/p:reponse", NS)}
        experience = root.find("p:competences/p:experiences/p:experience", NS)
        self.experience = {"appellation": experience.find("p:appellation", NS).get("ogr"), "label": experience.find("p:appellation", NS).text,
                           "annees": experience.find("p:annees", NS).text, "nature": experience.get("nature")}
        self.kept = [p.get("fiche") for p in root.findall("p:pistes/p:retenues/p:piste", NS)]
        self.plan = [{"text": a.find("p:intitule", NS).text, "date": a.get("date"), "kind": a.get("type"), "fiche": a.get("fiche") or ""}
                     for a in root.findall("p:plan/p:action", NS)]
        self.synthese = [p.text for p in root.findall("p:synthese/p:paragraphe", NS)]


@pytest.fixture(scope="session")
def demos(stores):
    made = {}

    def demo(language):
        if language not in made:
            made[language] = Demo(stores, language)
        return made[language]
    return demo


class Portal:
    """`jalon serve` with a portal token: the portal creates a project and hands the person and the
    counsellor over by single-use sign-in links (`POST /v1/sign-in-links`)."""

    def __init__(self, root, name):
        store = os.path.join(root, name)
        os.makedirs(store, exist_ok=True)
        self.store = store
        self.token, entry = run_jalon("serve", "token", "--role", "portal", "--subject", "portail-test").strip().splitlines()
        config = os.path.join(store, "config.json")
        with open(config, "w") as file:
            json.dump({"tokens": [json.loads(entry)]}, file)
        self.server = Server(["serve", "--config", config, "--port", "0"], store)
        self.base = self.server.base

    def api(self, method, path, body):
        request = urllib.request.Request(self.base + path, method=method, data=json.dumps(body).encode(),
                                         headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read())

    def project(self, name, person, counsellor):
        return self.api("POST", "/v1/projects", {"displayName": name, "person": person, "counsellors": [counsellor]})["id"]

    def person_link(self, person, project):
        return self.base + self.api("POST", "/v1/sign-in-links", {"role": "person", "subject": person, "project": project})["url"]

    def counsellor_link(self, counsellor):
        return self.base + self.api("POST", "/v1/sign-in-links", {"role": "counsellor", "subject": counsellor})["url"]

    def document(self, project):
        return run_jalon("export", project, "--format", "projet", store=self.store)


@pytest.fixture(scope="session")
def portal(stores):
    server = Portal(stores, "portal")
    yield server
    server.server.stop()


def make_driver(width, height, language, downloads=None):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", f"--lang={language}"]:
        options.add_argument(argument)
    prefs = {"intl.accept_languages": language}
    if downloads:
        prefs.update({"download.default_directory": downloads, "download.prompt_for_download": False})
    options.add_experimental_option("prefs", prefs)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(width, height)
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


@pytest.fixture
def browser():
    """make(width, height, language) → a Chromium quit at the end of the test."""
    drivers = []

    def make(width, height, language, downloads=None):
        drivers.append(make_driver(width, height, language, downloads))
        return drivers[-1]
    yield make
    for driver in drivers:
        driver.quit()
