"""The whole journey of `jalon demo` in real Chromium, keyboard only, in French on a phone and in English on a
desktop, with axe-core on every page state (0 violations); the counsellor's side; the document saved at the
end left for BrowserSuiteTests to compare with the CLI demo's."""
import os
import time

import pytest

from conftest import OUT
from keyboard import (check_page, choose, error_summary_links_to, follow, pick_radio, press, submit, tab_to, type_date,
                      type_into, type_lines)

SEEN = []
DRAFT = "Brouillon à reprendre."


def text(driver, selector="main"):
    return driver.find_element("css selector", selector).text


def saved(driver):
    assert "fait=" in driver.current_url, text(driver)[:800]


def advance(driver, seen):
    """Home page, then « Terminer cette étape » (the readiness rules decide, as `jalon advance`)."""
    follow(driver, "nav li:first-child a")
    check_page(driver, seen)
    submit(driver, "form[action$='/avancer'] button")
    assert "fait=avance" in driver.current_url, text(driver)[:800]


def submit_each(driver, seen, buttons):
    """Each button pressed in turn, each saving; the page checked at the end."""
    for button in buttons:
        submit(driver, button)
        saved(driver)
    check_page(driver, seen)


def go(driver, section):
    follow(driver, f"nav a[href$='/{section}']")


@pytest.mark.parametrize("language,width,height", [("fr", 375, 812), ("en", 1280, 800)])
def test_the_demo_journey_with_the_keyboard_only(language, width, height, demos, portal, browser, stores):
    demo = demos(language)
    seen = SEEN
    downloads = os.path.join(stores, "downloads-" + language)
    os.makedirs(downloads, exist_ok=True)
    person, counsellor = "personne-" + language, "conseillere"
    project = portal.project(demo.name, person, counsellor)
    driver = browser(width, height, language, downloads)

    # The portal hands the person over: a single-use link, then the workbook's home page.
    link = portal.person_link(person, project)
    driver.get(link)
    assert driver.current_url.endswith("/carnet/" + project)
    assert driver.execute_script("return document.documentElement.lang") == language
    check_page(driver, seen)

    # 1. Profil: a refused value first (the summary at the top, linked to its field), then the demo's values;
    #    an emptied field is cleared, not kept.
    go(driver, "profil")
    check_page(driver, seen)
    type_into(driver, "#departement", "999")
    submit(driver)
    check_page(driver, seen)
    error_summary_links_to(driver, "departement")
    profil = demo.profil
    type_into(driver, "#anneeNaissance", profil["anneeNaissance"])
    choose(driver, "#situation", profil["situation"])
    choose(driver, "#diplome", profil["diplome"])
    type_into(driver, "#communeInsee", profil["communeInsee"])
    type_into(driver, "#communeNom", profil["communeNom"])
    type_into(driver, "#departement", profil["departement"])
    type_into(driver, "#mobiliteKm", "45")
    type_lines(driver, "#contraintes", profil["contraintes"])
    submit(driver)
    saved(driver)
    check_page(driver, seen)
    type_into(driver, "#mobiliteKm", "")
    submit(driver)
    saved(driver)
    assert driver.find_element("css selector", "#mobiliteKm").get_attribute("value") == "", "an emptied field kept its old value"
    type_into(driver, "#mobiliteKm", profil["mobiliteKm"])
    submit(driver)
    saved(driver)
    advance(driver, seen)

    # 2. Intérêts: twelve centres, each group reached by Tab and rated with the arrow keys.
    go(driver, "interets")
    check_page(driver, seen)
    for centre, note in demo.centres:
        pick_radio(driver, f"centre-{centre}", str(note))
    submit(driver)
    saved(driver)
    assert driver.execute_script("return [...document.querySelectorAll('input[type=radio]:checked')].filter(e => e.value !== '').length") == len(demo.centres)
    check_page(driver, seen)

    # The 48 questions, a block of eight at a time, every answer saved: leaving after the first block and
    # coming back resumes at the second, the progress bar saying how far.
    follow(driver, "main a[href$='/questionnaire']")
    check_page(driver, seen)
    blocks = 0
    while True:
        questions = driver.execute_script("return [...new Set([...document.querySelectorAll('#questions input[type=radio]')].map(e => e.name))]")
        if not questions or all(driver.execute_script(f"return !!document.querySelector(\"input[name='{q}']:checked\")") for q in questions):
            break
        for question in questions:
            pick_radio(driver, question, str(demo.answers[question[2:]]))
        submit(driver, "#questions button[type=submit]")
        saved(driver)
        blocks += 1
        progress = driver.find_element("css selector", "progress")
        assert int(progress.get_attribute("value")) == min(48, 8 * blocks)
        check_page(driver, seen)
        if blocks == 1:
            go(driver, "interets")
            follow(driver, "main a[href$='/questionnaire']")
            assert "9" in text(driver, "main h2"), "the questionnaire did not resume at its first unanswered question"
    assert blocks == 6
    advance(driver, seen)

    # 3. Compétences: the job found by words, the demo's appellation among the candidates, its core skills
    #    each confirmed at level 2 (the level `--accept-core` gives).
    go(driver, "competences")
    check_page(driver, seen)
    type_into(driver, "#mots", "vendeur boulangerie")
    submit(driver, "#mots")  # Enter in the field sends its form
    check_page(driver, seen)
    pick_radio(driver, "appellation", demo.experience["appellation"])
    submit(driver, "fieldset#appellation ~ p button")
    check_page(driver, seen)
    choose(driver, "#nature", demo.experience["nature"])
    type_into(driver, "#annees", demo.experience["annees"])
    core = driver.execute_script("return [...document.querySelectorAll('select[id^=coeur-]')].map(e => e.id)")
    assert core, "no core skill to confirm"
    for select in core:
        choose(driver, "#" + select, "2")
    submit(driver, "form[action$='/experience'] button[type=submit]")
    saved(driver)
    check_page(driver, seen)
    advance(driver, seen)

    # 4. Pistes: the suggestions with their score bar, « pourquoi » opened, one explained (with its débouchés),
    #    saved, then the demo's two kept.
    go(driver, "pistes")
    check_page(driver, seen)
    assert len(driver.find_elements("css selector", "ol.pistes > li")) == 8
    assert driver.find_elements("css selector", "ol.pistes svg rect.piste-barre")
    follow(driver, "ol.pistes details summary")
    check_page(driver, seen)
    follow(driver, f"ol.pistes h3 a[href$='/{demo.kept[0]}']")
    check_page(driver, seen)
    debouches = text(driver, "main")
    assert "Dares" in debouches and ("2019" in debouches), "débouchés without their source and year"
    follow(driver, "main p a[href$='/pistes']")
    submit(driver, "main > form button[type=submit]")
    saved(driver)
    submit_each(driver, seen, [f"form:has(input[name=fiche][value={fiche}]) button[value=retenir]" for fiche in demo.kept])
    advance(driver, seen)

    # 5. Formations: for each kept piste, its first path chosen.
    go(driver, "formations")
    check_page(driver, seen)
    submit_each(driver, seen, [f"section[aria-labelledby='cible-{fiche}'] ol.chemins > li:first-child button" for fiche in demo.kept])
    advance(driver, seen)

    # 6. Plan: the three dated actions.
    go(driver, "plan")
    check_page(driver, seen)
    for action in demo.plan:
        type_into(driver, "#intitule", action["text"])
        type_date(driver, "#date", action["date"])
        choose(driver, "#type", action["kind"])
        choose(driver, "#fiche", action["fiche"])
        submit(driver, "form[action$='/plan'] button[type=submit]")
        saved(driver)
    check_page(driver, seen)
    advance(driver, seen)

    # 7. Synthèse: two paragraphs.
    go(driver, "synthese")
    check_page(driver, seen)
    type_lines(driver, "#texte", demo.synthese, blank_line=True)
    submit(driver)
    saved(driver)
    check_page(driver, seen)
    advance(driver, seen)
    assert driver.find_elements("css selector", ".badge.terminee")

    # History: a draft saved over the synthèse, its diff read, then the revision before it restored.
    go(driver, "synthese")
    type_lines(driver, "#texte", [DRAFT])
    submit(driver)
    saved(driver)
    go(driver, "historique")
    check_page(driver, seen)
    follow(driver, "td a[href*='vers=']")
    assert DRAFT in text(driver, "ul.changements")
    check_page(driver, seen)
    latest = int(driver.find_element("css selector", "tbody tr td").text)
    submit(driver, f"button[name=restaurer][value='{latest - 1}']")
    assert "fait=restauree" in driver.current_url, text(driver)[:800]
    check_page(driver, seen)
    go(driver, "synthese")
    assert demo.synthese[0] in text(driver, "main .synthese")

    # The first action done.
    go(driver, "plan")
    submit(driver, "form[action$='/plan/fait'] button")
    saved(driver)
    assert len(driver.find_elements("css selector", ".badge.faite")) == 1
    check_page(driver, seen)

    # Dossier: the preview, then the XML downloaded.
    go(driver, "dossier")
    check_page(driver, seen)
    submit(driver, "button[formaction$='/apercu']")
    assert "/dossier/apercu" in driver.current_url
    assert demo.synthese[0][:40] in driver.find_element("css selector", "body").text
    driver.back()
    pick_radio(driver, "format", "xml")
    submit(driver, "main form button[type=submit]:not([formaction])", downloads=True)
    target = os.path.join(downloads, f"dossier-{project}.xml")
    for _ in range(100):
        if os.path.exists(target):
            break
        time.sleep(0.1)
    with open(target) as file:
        exported = file.read()
    assert all(fiche in exported for fiche in demo.kept)

    # The counsellor, handed over by the portal in the same way: caseload, the dossier, a note added then edited.
    adviser = browser(width, height, language)
    adviser.get(portal.counsellor_link(counsellor))
    assert adviser.current_url.endswith("/conseil")
    check_page(adviser, seen)
    follow(adviser, f"tbody a[href='/conseil/{project}']")
    check_page(adviser, seen)
    choose(adviser, "#section", demo.NOTE["section"])
    choose(adviser, "#status", "besoin")
    type_into(adviser, "#text", "Premier avis <script>alert(1)</script>")
    submit(adviser, "form[action$='/notes'] button[type=submit]")
    assert "fait=note" in adviser.current_url
    assert "<script>alert(1)</script>" in text(adviser, ".note p:nth-of-type(2)")
    check_page(adviser, seen)
    follow(adviser, ".note details summary")
    choose(adviser, "#status-n1", demo.NOTE["status"])
    type_into(adviser, "#text-n1", demo.NOTE["text"])
    submit(adviser, "form[action$='/notes/n1'] button[type=submit]")
    assert "fait=note" in adviser.current_url
    assert demo.NOTE["text"] in text(adviser, ".note")
    check_page(adviser, seen)

    # The document saved, for BrowserSuiteTests to compare with the CLI demo's.
    with open(os.path.join(OUT, f"journey-{language}-web.xml"), "w") as file:
        file.write(portal.document(project))
    with open(os.path.join(OUT, f"journey-{language}-cli.xml"), "w") as file:
        file.write(demo.document)

    # Every page again at 320 px, then at 200 % zoom (a 1280 px window shown 640 px wide).
    base = portal.base + "/carnet/" + project
    sections = ["", "/profil", "/interets", "/questionnaire", "/competences", "/pistes", f"/pistes/{demo.kept[0]}",
                "/formations", "/plan", "/synthese", "/historique", f"/historique?vers={latest}", "/dossier"]
    for size in (320, 640):
        driver.set_window_size(size, 800)
        for section in sections:
            driver.get(base + section)
            check_page(driver, seen)
        adviser.set_window_size(size, 800)
        for page in ["/conseil", f"/conseil/{project}"]:
            adviser.get(portal.base + page)
            check_page(adviser, seen)

    # The language switch, by keyboard; then signing out ends the session, and the link served once.
    follow(driver, "a[hreflang]")
    assert driver.execute_script("return document.documentElement.lang") == ("en" if language == "fr" else "fr")
    follow(driver, "button.lien")
    check_page(driver, seen)
    driver.get(base)
    assert "Connexion" in driver.title or "Sign in" in driver.title
    driver.get(link)
    assert "/carnet/" not in driver.current_url
