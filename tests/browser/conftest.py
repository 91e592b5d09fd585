"""Browser tests: real pages in Debian's headless Chromium, driven by Playwright, checked by axe.

A missing Chromium fails these tests loudly; `make system-deps` installs it.
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, sync_playwright

# Playwright's sync API runs an event loop in this thread; the live server runs Django in
# another thread, so Django's guard against ORM use from async code does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make system-deps` or set CHROMIUM")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Page:
    """A desktop-sized page in Dutch that records JavaScript errors in `page.errors`."""
    yield from _page(browser, width=1280, height=900)


@pytest.fixture
def phone(browser) -> Page:
    """A page as wide as a small phone (375 px)."""
    yield from _page(browser, width=375, height=740)


def _page(browser, *, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def assert_accessible(page: Page) -> None:
    """axe-core finds no WCAG 2.1 A/AA violations on the page as it is now."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def open_as_staff(page: Page, url: str) -> None:
    """Open a staff page: sent to the login page first, log in as a new superuser."""
    get_user_model().objects.create_superuser("officer", password="wijkagenda-test")
    page.goto(url)
    page.fill("#id_username", "officer")
    page.fill("#id_password", "wijkagenda-test")
    page.locator("main button[type=submit]").click()
