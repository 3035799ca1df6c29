"""What every check reads: one article's record and its money and percent claims as `Quantity`s.

Every check is a function `check(article: ArticleView) -> Iterable[Flag]`, registered in
`newsclaims.check.CHECKS`; the view is built once per article so that no check re-reads the record.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from newsclaims.check.quantities import Quantity, article_quantities
from newsclaims.models import ArticleResult

# What `in_words` leaves as it is: a figure quoted as written ('"$40 billion"') and a word the article uses
# quoted in single quotes ("'bridge loan'"), which may hold an organization's id by chance.
_QUOTED = r'"[^"]*"|(?<!\w)\'[^\']*\'(?!\w)'
# An org id as the pipeline writes it (a slug, `pipeline.orgs.identity.slug`), possibly followed by "'s": one
# compiled pattern for every article, each word looked up among the article's ids.
_WORD_OR_QUOTED = re.compile(rf"{_QUOTED}|(?<![\w-])([\w-]+)(?![\w-])('s\b)?")
_SLUG = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class ArticleView:
    """One article as the checks see it."""

    result: ArticleResult
    quantities: list[Quantity]  # money and percent claims, in text order

    @classmethod
    def of(cls, result: ArticleResult) -> "ArticleView":
        return cls(result=result, quantities=article_quantities(result))

    @cached_property
    def org_names(self) -> dict[str, str]:
        """org_id -> the name a reader knows the organization by: the first the article gives, unless that
        is in capitals (a wire headline's 'ANACOMP INC') and the text also writes it in mixed case."""
        names: dict[str, list[str]] = {}
        for mention in self.result.mentions:
            if mention.type == "org":
                names.setdefault(mention.value.org_id, []).append(mention.value.name)
        return {org_id: next((n for n in given if not n.isupper()), given[0]) for org_id, given in names.items()}

    def in_words(self, message: str) -> str:
        """The message with each organization id written as the article names it ('of general-dynamics vs
        of anacomp' -> 'of General Dynamics vs of Anacomp'; "aozora-holdings's" -> "Aozora Holdings'"):
        findings are read by journalists. Quoted figures and words are left as written.

        >>> from newsclaims.models import ArticleMeta, OrgMention, OrgValue
        >>> def org(name, org_id, start):
        ...     value = OrgValue(name=name, org_id=org_id, aliases=[])
        ...     return OrgMention(id=f"m{start}", type="org", text=name, start=start, end=start + len(name),
        ...                       sentence=0, value=value)
        >>> meta = ArticleMeta(id="a", source=None, sha256=None, published=None, title=None, chars=None)
        >>> record = ArticleResult(status="ok", article=meta, mentions=[
        ...     org("ARGO HOLDINGS", "argo", 0), org("Argo Holdings", "argo", 20), org("Fed", "fed", 40)])
        >>> ArticleView.of(record).in_words("both are argo's, not fed's; both are called 'fed funds'")
        "both are Argo Holdings', not Fed's; both are called 'fed funds'"
        """
        names = self.org_names
        if not names:
            return message

        def named(match: re.Match[str]) -> str:
            name = names.get(match.group(1)) if match.group(1) is not None else None
            if name is None:
                return match.group()  # a quotation, or a word that is no organization's id
            return possessive(name) if match.group(2) else name

        return self._ids_pattern.sub(named, message)

    @cached_property
    def _ids_pattern(self) -> re.Pattern[str]:
        """What `in_words` looks for: any word, when every id is a slug; else the article's ids themselves
        (ids from another tool's records), longest first."""
        if all(_SLUG.fullmatch(org_id) for org_id in self.org_names):
            return _WORD_OR_QUOTED
        ids = "|".join(re.escape(org_id) for org_id in sorted(self.org_names, key=len, reverse=True))
        return re.compile(rf"{_QUOTED}|(?<![\w-])({ids})(?![\w-])('s\b)?")


def possessive(name: str) -> str:
    """'SoftBank' -> "SoftBank's", 'Aozora Holdings' -> "Aozora Holdings'" (a name ending in s takes the
    apostrophe alone, as wire style writes it).

    >>> possessive("SoftBank"), possessive("General Motors Corp"), possessive("ANACOMP INC")
    ("SoftBank's", "General Motors Corp's", "ANACOMP INC's")
    """
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"
