"""HTML for the report: Jinja templates with autoescaping on, CSS and script inlined, nothing fetched.

Every value from a record or an article is escaped by the template engine; our own CSS and script are
the only markup not escaped, and a Content-Security-Policy lets the browser run only that script (by its
hash) and load nothing at all, so a page stays inert even if hostile text got through.
"""

import base64
import hashlib
from collections.abc import Sequence
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from newsclaims.report.describe import plural
from newsclaims.report.index import CorpusFindingView, IndexView
from newsclaims.report.page import ArticlePage

try:
    VERSION = version("newsclaims")
except PackageNotFoundError:  # run from a source tree that is not installed
    VERSION = "unknown"


def render_article(
    page: ArticlePage, *, index_href: str | None = None, across: Sequence[CorpusFindingView] = ()
) -> str:
    """One article as a self-contained page; `index_href` links back to the folder's index, `across` are the
    findings across articles that cite this one."""
    script = _asset("report.js")
    template = _environment().get_template("article.html.j2")
    return template.render(page=page, index_href=index_href, across=across, script=Markup(script), **_shell(script))


def render_index(index: IndexView, *, title: str = "newsclaims report") -> str:
    """The folder's index: articles by findings, with the findings across articles and links to each side."""
    return _environment().get_template("index.html.j2").render(index=index, title=title, script=None, **_shell(None))


def _shell(script: str | None) -> dict:
    css = _asset("report.css")
    policy = [
        "default-src 'none'",
        f"style-src {_hash(css)}",
        f"script-src {_hash(script)}" if script else "script-src 'none'",
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return {"css": Markup(css), "csp": "; ".join(policy), "version": VERSION}


def _hash(source: str) -> str:
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


@cache
def _asset(name: str) -> str:
    return files("newsclaims.report").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("newsclaims.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["plural"] = plural
    return environment
