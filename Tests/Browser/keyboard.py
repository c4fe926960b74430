"""Keyboard-only driving and page checks shared by the tests: no element is clicked, every action is a key
a person presses (Tab, Enter, Space, arrows, typing)."""
from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


def press(driver, *keys):
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def select_all_and_delete(driver):
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(Keys.DELETE).perform()


def focused(driver, selector):
    return driver.execute_script("return !!document.activeElement && document.activeElement.matches(arguments[0])", selector)


def tab_to(driver, selector, limit=600):
    """Presses Tab until the focused element matches `selector` (as a person tabbing through the page)."""
    if focused(driver, selector):
        return
    for _ in range(limit):
        press(driver, Keys.TAB)
        if focused(driver, selector):
            return
    raise AssertionError(f"Tab never reached {selector} on {driver.current_url}")


def type_into(driver, selector, text, clear=True):
    tab_to(driver, selector)
    if clear:
        # Select all, then delete: the field is emptied as a person would.
        select_all_and_delete(driver)
    if text:
        press(driver, text)


def type_lines(driver, selector, lines, blank_line=False):
    """Types lines into a textarea, Enter between them (twice for paragraphs)."""
    tab_to(driver, selector)
    select_all_and_delete(driver)
    for index, line in enumerate(lines):
        if index:
            press(driver, Keys.ENTER, *([Keys.ENTER] if blank_line else []))
        press(driver, line)


def value_of_focus(driver):
    return driver.execute_script("return document.activeElement.value")


def press_until(driver, key, value, limit, what):
    """Presses `key` until the focused field holds `value` (a select's option, a radio of a group)."""
    for _ in range(limit):
        if value_of_focus(driver) == value:
            return
        press(driver, key)
    raise AssertionError(f"no {value} in {what} on {driver.current_url}")


def choose(driver, selector, value):
    """Picks the option whose value is `value` in a select, with the arrow keys from the top."""
    tab_to(driver, selector)
    press(driver, Keys.HOME)
    press_until(driver, Keys.ARROW_DOWN, value, 40, selector)


def pick_radio(driver, name, value):
    """Reaches the radio group `name` with Tab, then selects `value` with Space and the arrow keys."""
    tab_to(driver, f"input[type=radio][name='{name}']")
    if not driver.execute_script("return document.activeElement.checked"):
        press(driver, Keys.SPACE)
    press_until(driver, Keys.ARROW_RIGHT, value, 12, name)


def type_date(driver, selector, iso):
    """A date typed into `<input type=date>`: its three parts follow the browser's locale, so a probe
    (1 February 2003) is typed first to learn their order, then the left arrow back to the first part, and the date."""
    year, month, day = iso.split("-")
    tab_to(driver, selector)
    press(driver, *"01022003")
    probe = value_of_focus(driver)
    order = {"2003-02-01": day + month + year, "2003-01-02": month + day + year}.get(probe, year + month + day)
    press(driver, Keys.ARROW_LEFT, Keys.ARROW_LEFT)
    press(driver, *order)
    assert value_of_focus(driver) == iso, f"the date field holds {value_of_focus(driver)}, not {iso} (probe gave {probe})"


def submit(driver, selector="main form button[type=submit]", downloads=False):
    """Enter on the element `selector` names. When that loads a page (a link, a form's button), waits for
    the new page: the actions API returns as soon as the key is sent, and under load the next check
    would otherwise read the page being left. `downloads`: the answer is a file, the page stays."""
    tab_to(driver, selector)
    loads = not downloads and driver.execute_script("""const e = document.activeElement;
        return (e.matches('a[href]') && !e.getAttribute('href').startsWith('#')) || (!!e.form && e.matches('button, input[type=submit], input:not([type]), input[type=text], input[type=search]'))""")
    page = driver.find_element("tag name", "html")
    press(driver, Keys.ENTER)
    if loads:
        WebDriverWait(driver, 60).until(expected_conditions.staleness_of(page))
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")


follow = submit


def check_page(driver, seen):
    """axe-core on the page as it stands, then what axe does not measure: lang, every field labelled,
    visible focus, no sideways scrolling. `seen` collects (url, width, violations) for the report."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]
    seen.append((driver.current_url, driver.get_window_size()["width"], violations))
    assert violations == [], f"{driver.current_url}: {violations}"
    assert driver.execute_script("return document.documentElement.lang") in ("fr", "en")
    unlabelled = driver.execute_script("""return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name)""")
    assert unlabelled == [], f"fields without a label on {driver.current_url}: {unlabelled}"
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{driver.current_url} scrolls sideways by {overflow}px"
    # The focus is drawn on whatever Tab reaches (the page's first focusable element from the top).
    active = driver.execute_script("return document.activeElement")
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(3):
        press(driver, Keys.TAB)
        if driver.execute_script("return document.activeElement && document.activeElement !== document.body"):
            break
    outline = driver.execute_script("var e = document.activeElement, s = getComputedStyle(e); return e.tagName + ' ' + s.outlineStyle + ' ' + s.outlineWidth")
    assert " none " not in outline, f"no visible focus on {driver.current_url}: {outline}"
    # Back to the top of the page, as a person arriving on it.
    driver.execute_script("document.activeElement && document.activeElement.blur()")


def error_summary_links_to(driver, field):
    """The error summary at the top names the field and its link moves the focus there."""
    link = driver.find_element("css selector", ".erreurs a")
    assert link.get_attribute("href").endswith("#" + field), link.get_attribute("href")
    follow(driver, ".erreurs a")
    assert driver.execute_script("return document.activeElement.id") == field or driver.current_url.endswith("#" + field)
