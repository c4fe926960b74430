"""Keyboard-only driving and page checks shared by the tests."""
from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def press(driver, *keys):
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def tab_to(driver, selector, limit=400):
    """Presses Tab until the focused element matches `selector` (as a person tabbing through the page)."""
    for _ in range(limit):
        press(driver, Keys.TAB)
        if driver.execute_script("return document.activeElement && document.activeElement.matches(arguments[0])", selector):
            return
    raise AssertionError(f"Tab never reached {selector} on {driver.current_url}")


def type_into(driver, selector, text, clear=True):
    tab_to(driver, selector)
    if clear:
        press(driver, Keys.END, *([Keys.BACKSPACE] * 40))
    press(driver, text)


def choose(driver, selector, prefix):
    """Picks an option of a select with the arrow keys, down until its label starts with `prefix`."""
    tab_to(driver, selector)
    for _ in range(20):
        label = driver.execute_script("var e = document.activeElement; return e.options[e.selectedIndex].text")
        if label.lower().startswith(prefix.lower()):
            return
        press(driver, Keys.ARROW_DOWN)
    raise AssertionError(f"no option starting with {prefix} in {selector}")


def submit(driver, selector="main form button[type=submit]"):
    tab_to(driver, selector)
    press(driver, Keys.ENTER)


def follow(driver, selector):
    tab_to(driver, selector)
    press(driver, Keys.ENTER)


def check_page(driver, seen):
    """axe-core on the page as it stands, then what axe does not measure: lang, visible focus, no
    sideways scrolling. `seen` collects (url, violations) for the report."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]
    seen.append((driver.current_url, driver.get_window_size()["width"], violations))
    assert violations == [], f"{driver.current_url}: {violations}"
    assert driver.execute_script("return document.documentElement.lang") in ("fr", "en")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{driver.current_url} scrolls sideways by {overflow}px"
    # The focus is drawn on whatever Tab reaches (the page's first focusable element from the top).
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(3):
        press(driver, Keys.TAB)
        if driver.execute_script("return document.activeElement && document.activeElement !== document.body"):
            break
    outline = driver.execute_script("var e = document.activeElement, s = getComputedStyle(e); return e.tagName + ' ' + s.outlineStyle + ' ' + s.outlineWidth")
    assert " none " not in outline, f"no visible focus on {driver.current_url}: {outline}"
