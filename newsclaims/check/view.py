"""What every check reads: one article's record and its money and percent claims as `Quantity`s.

Every check is a function `check(article: ArticleView) -> Iterable[Flag]`, registered in
`newsclaims.check.CHECKS`; the view is built once per article so that no check re-reads the record.
"""

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
