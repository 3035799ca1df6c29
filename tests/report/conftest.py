"""A real headless Chromium for the report's end-to-end tests (Debian's package, driven by Playwright).

Nothing is downloaded here: Playwright drives the browser the system has. The tests are skipped, with the
reason, only where no Chromium or no Playwright is installed; `.ci/run` installs both.
"""

import os
import shutil
from pathlib import Path

import pytest

# The flags a closed network needs (no background fetches, no component updates) and root in a container
# needs (no sandbox); a fresh profile comes with every launch.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """NEWSCLAIMS_CHROMIUM, else Debian's /usr/bin/chromium, else a chromium on PATH."""
    candidates = [os.environ.get("NEWSCLAIMS_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((c for c in candidates if c and Path(c).is_file()), None)


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e .[dev])")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium: install Debian's chromium package (apt-get install chromium), as .ci/run does")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser):
    """open_page(path, **context options) -> a page showing the file, its console messages kept on it."""
    contexts = []

    def open_(path: Path, **options):
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.messages = []
        page.on("console", lambda message: page.messages.append(message.text))
        page.on("dialog", lambda dialog: (page.messages.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.goto(path.as_uri())
        return page

    yield open_
    for context in contexts:
        context.close()
