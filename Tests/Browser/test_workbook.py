"""The whole journey in real Chromium, keyboard only, in French and English, on a phone and a desktop,
with axe-core on every page state (0 violations)."""
import json
import urllib.request

from selenium.webdriver.common.keys import Keys

from keyboard import check_page, choose, follow, press, submit, tab_to, type_into

SEEN = []


def test_a_new_project_worked_through_with_the_keyboard_on_a_phone_in_french(fresh_project, phone):
    driver = phone
    driver.get(fresh_project["url"])
    assert driver.current_url.endswith("/carnet/" + fresh_project["id"])
    check_page(driver, SEEN)

    # Profil: typed and chosen with the keyboard, a refused value first (the error summary, linked to its field).
    follow(driver, "nav a[href$='/profil']")
    check_page(driver, SEEN)
    type_into(driver, "#departement", "999")
    submit(driver)
    assert "departement" in driver.find_element("css selector", ".erreurs a").get_attribute("href")
    check_page(driver, SEEN)
    follow(driver, ".erreurs a")
    assert driver.execute_script("return document.activeElement.id") == "departement" or driver.current_url.endswith("#departement")
    choose(driver, "#situation", "demandeur")
    choose(driver, "#diplome", "niveau 4")
    type_into(driver, "#departement", "70")
    type_into(driver, "#mobiliteKm", "30")
    submit(driver)
    assert "fait=enregistre" in driver.current_url, driver.find_element("css selector", "main").text[:600]
    assert driver.find_element("css selector", ".flash").text
    check_page(driver, SEEN)

    # Centres d'intérêt: each group reached by Tab, its rating chosen with the arrow keys.
    follow(driver, "nav a[href$='/interets']")
    check_page(driver, SEEN)
    for centre in range(1, 13):
        tab_to(driver, f"input[name='centre-{centre}']:checked")
        press(driver, *([Keys.ARROW_RIGHT] * (1 + centre % 5)))
    submit(driver)
    assert "fait=enregistre" in driver.current_url
    check_page(driver, SEEN)
    rated = driver.execute_script("return [...document.querySelectorAll('input[type=radio]:checked')].filter(e => e.value !== '').length")
    assert rated == 12

    # Pistes: the suggestions with their score, one explanation, then saved.
    follow(driver, "nav a[href$='/pistes']")
    check_page(driver, SEEN)
    follow(driver, "ol.pistes h3 a")
    assert "/pistes/" in driver.current_url
    check_page(driver, SEEN)
    driver.back()
    submit(driver, "main > form button[type=submit]")
    check_page(driver, SEEN)

    # Synthèse.
    follow(driver, "nav a[href$='/synthese']")
    type_into(driver, "#texte", "Je cherche un métier au contact des gens.")
    submit(driver)
    assert "fait=enregistre" in driver.current_url
    check_page(driver, SEEN)

    # Home, history (with a diff), dossier.
    follow(driver, "nav a[href$='/historique']")
    check_page(driver, SEEN)
    follow(driver, "td a[href*='vers=']")
    check_page(driver, SEEN)
    follow(driver, "nav a[href$='/dossier']")
    check_page(driver, SEEN)

    # The switch to English, by keyboard, then the same pages in English at 320 px.
    follow(driver, "a[hreflang='en']")
    assert driver.execute_script("return document.documentElement.lang") == "en"
    driver.set_window_size(320, 700)
    for section in ["", "/profil", "/interets", "/pistes", "/synthese", "/historique", "/dossier"]:
        driver.get(fresh_project["base"] + "/carnet/" + fresh_project["id"] + section)
        check_page(driver, SEEN)


def test_the_demo_project_on_a_desktop_in_english_and_at_200_percent_zoom(demo_project, desktop):
    driver = desktop
    driver.get(demo_project["url"])
    check_page(driver, SEEN)
    assert driver.find_element("css selector", "h2#etapes").text == "The seven steps"
    base = demo_project["base"] + "/carnet/" + demo_project["id"]
    for section in ["/profil", "/interets", "/pistes", "/synthese", "/historique", "/dossier"]:
        follow(driver, f"nav a[href='/carnet/{demo_project['id']}{section}']")
        check_page(driver, SEEN)
    driver.get(base + "/pistes")
    follow(driver, "ol.pistes h3 a")
    check_page(driver, SEEN)
    # 200 % zoom of a 1280 px window: the same page 640 px wide.
    driver.set_window_size(640, 800)
    for section in ["", "/pistes", "/historique"]:
        driver.get(base + section)
        check_page(driver, SEEN)
    # Signing out by keyboard ends the session.
    follow(driver, "button.lien")
    check_page(driver, SEEN)
    driver.get(base)
    assert "Sign in" in driver.title or "Connexion" in driver.title


def test_a_counsellor_signed_in_by_the_portal_reads_and_annotates(portal_server, desktop, phone):
    link = portal_server["api"]("POST", "/v1/sign-in-links", {"role": "counsellor", "subject": "conseillere-a"})
    for driver in (desktop, phone):
        if driver is phone:
            link = portal_server["api"]("POST", "/v1/sign-in-links", {"role": "counsellor", "subject": "conseillere-a"})
        driver.get(portal_server["base"] + link["url"])
        assert driver.current_url.endswith("/conseil")
        check_page(driver, SEEN)
        follow(driver, "tbody a")
        check_page(driver, SEEN)
        type_into(driver, "#text", "Prendre rendez-vous <script>alert(1)</script>")
        submit(driver)
        assert "fait=note" in driver.current_url
        assert "<script>alert(1)</script>" in driver.find_element("css selector", ".note p:last-child").text
        check_page(driver, SEEN)
    # The person is handed over by the portal the same way.
    person = portal_server["api"]("POST", "/v1/sign-in-links", {"role": "person", "subject": "sam", "project": portal_server["project"]})
    phone.get(portal_server["base"] + person["url"])
    assert phone.current_url.endswith("/carnet/" + portal_server["project"])
    check_page(phone, SEEN)
    # Used once: the same link again opens nothing.
    phone.delete_all_cookies()
    phone.get(portal_server["base"] + person["url"])
    assert "/carnet/" not in phone.current_url
