"""Finding the text a result record was extracted from, so that its offsets can be shown in place.

A record carries the article's source (a path) and the SHA-256 of its text, not the text. The source is
read again the way `extract` read it (HTML through the same extraction, a JSONL file line by line) and the
text is used only when its hash matches: a file edited since, or a different file at the same path, is
reported instead of being shown with offsets that no longer fit.

A record's `source` is only a claim: a results file from elsewhere could name any file on this machine
(`/home/me/.ssh/id_rsa`) and, with its hash, have it embedded in a page. So a finder given `roots` reads
only files at or below them (symlinks resolved): `newsclaims report` passes the folders and files given on
its command line, `--sources` folders and the folder of each results file.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsclaims.io.readers import ReadOptions, Source, file_format, line_sources, read_source
from newsclaims.models import ArticleMeta, text_sha256


@dataclass(frozen=True)
class FoundText:
    text: str | None
    problem: str | None  # why there is no text, for the reader; None when `text` is set or was never read


class TextFinder:
    """Reads sources back; each JSONL file is read once, however many of its lines are asked for."""

    def __init__(self, options: ReadOptions | None = None, roots: Iterable[Path] | None = None) -> None:
        """`roots`: the files and folders sources may be read from (None: anywhere, for library use)."""
        self._options = options or ReadOptions()
        self._jsonl: dict[Path, dict[str, str]] = {}
        self._roots = None if roots is None else [root.resolve() for root in roots]

    def find(self, meta: ArticleMeta, results_file: Path | None = None) -> FoundText:
        """The text of `meta`'s article; relative sources are tried from here, then beside `results_file`."""
        if meta.sha256 is None:
            return FoundText(None, None)  # never read: the record's own error says why
        if not meta.source:
            return FoundText(None, "No text: the record names no source file (stdin, or text given directly).")
        path = self._locate(Path(meta.source), results_file)
        if path is None:
            return FoundText(None, f"No text: the source {meta.source} is not found, so mentions are listed instead.")
        if not self._allowed(path, results_file):
            return FoundText(
                None,
                f"No text: the source {meta.source} is outside the folders this report reads (those given, "
                "--sources, and the results file's own), so mentions are listed instead.",
            )
        format_ = file_format(path)
        if format_ == "jsonl":
            text = self._jsonl_texts(path).get(meta.sha256)
        else:
            article = read_source(Source(meta.id, str(path), format_), self._options)
            text = article.text if article.text is not None and text_sha256(article.text) == meta.sha256 else None
            if article.text is None:
                reason = article.error.message if article.error else "unreadable"
                return FoundText(None, f"No text: {reason}")
        if text is None:
            return FoundText(
                None,
                f"No text: {path} has changed since it was extracted (its SHA-256 differs).",
            )
        return FoundText(text, None)

    def _locate(self, source: Path, results_file: Path | None) -> Path | None:
        candidates = [source]
        if not source.is_absolute() and results_file is not None:
            candidates.append(results_file.parent / source)
        return next((path for path in candidates if path.is_file()), None)

    def _allowed(self, path: Path, results_file: Path | None) -> bool:
        if self._roots is None:
            return True
        roots = [*self._roots, *([results_file.resolve().parent] if results_file is not None else [])]
        real = path.resolve()
        return any(real == root or real.is_relative_to(root) for root in roots)

    def _jsonl_texts(self, path: Path) -> dict[str, str]:
        if path not in self._jsonl:
            texts: dict[str, str] = {}
            try:
                with path.open("rb") as stream:
                    for source in line_sources(stream, path.stem, str(path), self._options.max_chars):
                        article = read_source(source, self._options)
                        if article.text is not None:
                            texts.setdefault(text_sha256(article.text), article.text)
            except OSError:
                pass  # an unreadable file has no texts; the caller says the text has changed or gone
            self._jsonl[path] = texts
        return self._jsonl[path]
