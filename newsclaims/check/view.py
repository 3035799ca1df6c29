"""What every check reads: one article's record and its money and percent claims as `Quantity`s.

Every check is a function `check(article: ArticleView) -> Iterable[Flag]`, registered in
`newsclaims.check.CHECKS`; the view is built once per article so that no check re-reads the record.
"""

import re
from dataclasses import dataclass

from newsclaims.check.quantities import Quantity, article_quantities
from newsclaims.models import ArticleResult


@dataclass(frozen=True)
class ArticleView:
    """One article as the checks see it."""

    result: ArticleResult
    quantities: list[Quantity]  # money and percent claims, in text order

    @classmethod
    def of(cls, result: ArticleResult) -> "ArticleView":
        return cls(result=result, quantities=article_quantities(result))

    def in_words(self, message: str) -> str:
        """The message with each organization id written as the article names it ('of general-dynamics vs
        of anacomp' -> 'of General Dynamics vs of Anacomp'): findings are read by journalists."""
        names: dict[str, str] = {}
        for mention in self.result.mentions:
            if mention.type == "org":
                names.setdefault(mention.value.org_id, mention.value.name)
        for org_id in sorted(names, key=len, reverse=True):
            message = re.sub(rf"(?<![\w-]){re.escape(org_id)}(?![\w-])", names[org_id].replace("\\", ""), message)
        return message
