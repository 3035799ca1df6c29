"""Write results as JSONL: one line per article, flushed as it is written."""

from typing import IO

import jsonlines

from newsclaims.models import ArticleResult


class JsonlWriter:
    """Writes one compact JSON line per `ArticleResult` and flushes it, so a reader (or a killed run)
    never sees a half-written record that a clean write would have finished."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._writer = jsonlines.Writer(stream, compact=True, flush=True)

    def write(self, result: ArticleResult) -> None:
        self._writer.write(result.model_dump(mode="json"))

    def close(self) -> None:
        self._writer.close()
