"""Render the README's report screenshot: the bridge-loan corpus article, its magnitude slip selected.

    make screenshot        # writes docs/report.png

Needs Playwright and Chromium as the browser tests do (NEWSCLAIMS_CHROMIUM, else /usr/bin/chromium).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "corpus" / "articles" / "aozora-bridge-loan.txt"
OUTPUT = ROOT / "docs" / "report.png"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "report.html"
        newsclaims = Path(sys.executable).with_name("newsclaims")
        subprocess.run(
            [newsclaims, "report", ARTICLE.relative_to(ROOT), "-o", page_path, "-j", "1", "-q"], check=True, cwd=ROOT
        )
        executable = os.environ.get("NEWSCLAIMS_CHROMIUM", "/usr/bin/chromium")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 700}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            page.locator("li.finding a.finding-select").first.click()
            page.mouse.move(0, 0)
            OUTPUT.parent.mkdir(exist_ok=True)
            page.screenshot(path=OUTPUT)
            browser.close()
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
