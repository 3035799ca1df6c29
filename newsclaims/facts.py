"""A desk's table of verified figures, read with the pipeline's own readers and matched to each article.

`load_facts` reads the file (`io.facts`) and each row's value as a news figure, with the same normalizers
the pipeline runs on article text: "$500 billion", "EUR 1.2bn" and "up to $3-5 billion" by
`pipeline.quantities.money`, "13%" by `pipeline.quantities.percent`, "March 2027" (a maturity) by
`pipeline.dates`. The `date` column takes the contract's ISO forms (2026, 2026-03, 2026-Q2, 2026-H1,
2026-03-15) or a date as news writes it ('the second quarter of 2026', 'fiscal 2026'). The attribute is
keyed as claims' attributes are (plural nouns singular, 'market cap' -> market_capitalization) and given
the claims' kind. A row that cannot be read is a `FactsFileError` naming its line.

`bind_facts` says which of an article's organizations each fact's subject (and 'stake in X' counterpart)
is, through the identity rules that give `org_id`s (`pipeline.orgs.identity`: legal suffixes, acronyms,
short forms, the user's aliases). The comparison itself is `check.facts`, which needs no spaCy.
"""

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from newsclaims.check.facts import BoundFact, Fact
from newsclaims.io.facts import FactRow, FactsFileError, read_fact_rows
from newsclaims.models import ArticleResult, DateValue, MoneyValue, PercentValue
from newsclaims.pipeline.claims.attribute import rewrite
from newsclaims.pipeline.claims.kind import kind_of
from newsclaims.pipeline.claims.words import word_set
from newsclaims.pipeline.dates.calendar import resolve_date
from newsclaims.pipeline.dates.reading import read_date
from newsclaims.pipeline.orgs.identity import name_key, resolve_identities, slug
from newsclaims.pipeline.quantities.money import parse_money
from newsclaims.pipeline.quantities.percent import parse_percent

# The contract's own period forms (`DateValue.iso`), which news text does not use: 2026-03, 2026-Q2, 2026-H1.
_ISO_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?")
# '$35 a share', '$80 per barrel', '$2,300/ounce'.
_PER_UNIT = re.compile(r"\s*(?:\ba\b|\bper\b|/)\s*(?P<unit>[a-z]+?)s?$")
# 'stake in Contoso Energy', 'investment in X': the counterpart the figure is about.
_COUNTERPART = re.compile(r"^(?P<what>.+?)\s+in\s+(?P<whom>[A-Z].*)$")

__all__ = ["FactsFileError", "bind_facts", "load_facts", "read_fact"]


def load_facts(path: Path) -> list[Fact]:
    """Every fact of a facts file, read; raises `FactsFileError` naming the first line that cannot be read."""
    return [read_fact(row, path) for row in read_fact_rows(path)]


def read_fact(row: FactRow, path: Path | str = "facts") -> Fact:
    """One row as a `Fact`: its value and date read as news figures, its attribute keyed as claims' are."""
    where = f"{path}:{row.line}"
    value = _value(row.value)
    if value is None:
        raise FactsFileError(
            f"{where}: cannot read the value {row.value!r} as an amount with a currency ('$500 billion', "
            "'EUR 1.2bn'), a percentage ('13%') or a date ('March 2027')"
        )
    if isinstance(value, MoneyValue) and value.currency is None:
        raise FactsFileError(f"{where}: the value {row.value!r} does not say which currency; write 'USD', '€'...")
    date = _period(row.date, where) if row.date else None
    attribute = row.attribute
    counterpart = _COUNTERPART.match(attribute)
    measured = counterpart.group("what") if counterpart else attribute
    words = _key_words(measured, maturity=isinstance(value, DateValue))
    if not words:
        raise FactsFileError(f"{where}: the attribute {attribute!r} names no figure ('valuation', 'net profit')")
    key = "_".join(words)
    return Fact(
        line=row.line,
        subject=row.subject,
        attribute=attribute,
        words=frozenset(key.split("_")),
        kind=kind_of(
            key,
            per=value.per if isinstance(value, MoneyValue) else None,
            percent=value.kind if isinstance(value, PercentValue) else None,
        ),
        object=counterpart.group("whom").strip() if counterpart else None,
        value_text=row.value,
        value=value,
        date=date,
        source=row.source,
    )


def _value(text: str) -> MoneyValue | PercentValue | DateValue | None:
    rate = _PER_UNIT.search(text)  # '$35 a share': a rate, as the pipeline reads one after the amount
    if rate is not None and rate.group("unit") in word_set("price_units"):
        money = parse_money(text[: rate.start()])
        return money.model_copy(update={"per": rate.group("unit")}) if money is not None else None
    money = parse_money(text)
    if money is not None:
        return money
    percent = parse_percent(text)
    if percent is not None:
        return percent
    reading = read_date(text)
    if reading is None or reading.kind != "point" or reading.needs_anchor:
        return None
    value = resolve_date(reading, None)
    return value if value.start and value.end else None


def _period(text: str, where: str) -> DateValue:
    """The period of the `date` column: an ISO form, else a date as news writes it, never a relative one."""
    iso = _ISO_PERIOD.fullmatch(text.strip())
    if iso:
        year, month, day, quarter, half = iso.groups()
        phrase = (
            f"{year}-{month}-{day}" if day else f"{_MONTHS[int(month) - 1]} {year}" if month
            else f"the {_ORDINALS[int(quarter) - 1]} quarter of {year}" if quarter
            else f"the {_ORDINALS[int(half) - 1]} half of {year}" if half else year
        )  # fmt: skip
    else:
        phrase = text
    reading = read_date(phrase)
    if reading is None or reading.kind != "point" or reading.needs_anchor:
        raise FactsFileError(
            f"{where}: cannot read the date {text!r} as a period (2025, 2026-03, 2026-Q2, 2026-H1, 2026-03-15, "
            "'fiscal 2026'); a date relative to today does not belong in a table"
        )
    return resolve_date(reading, None)


# Words an attribute may hold that a claim's key never does: 'maturity date of the bridge loan'.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "in", "on", "at", "to", "by", "with", "and", "its", "their",
                             "from", "per", "as"})  # fmt: skip

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_ORDINALS = ("first", "second", "third", "fourth")


def _key_words(attribute: str, *, maturity: bool) -> list[str]:
    """The attribute's words as a claim's `attribute_key` has them: lower case, singular, without the words
    that never change what is measured ('new', 'record') and, for a date, without the maturity words."""
    drop = (
        word_set("drop_words") | _FUNCTION_WORDS | (word_set("maturity_words") | {"date"} if maturity else frozenset())
    )
    singular = _singular_forms()
    words = []
    for word in re.findall(r"[a-z][a-z'-]*", attribute.lower()):
        if word in drop:
            continue
        if word in singular:
            word = singular[word]
        elif word not in word_set("plural_only") and word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        words.append(word.replace("-", ""))
    return rewrite("_".join(words)).split("_") if words else []


@lru_cache(maxsize=1)
def _singular_forms() -> dict[str, str]:
    from newsclaims.pipeline.claims.words import table

    return dict(table()["singular_forms"])


def bind_facts(
    facts: Sequence[Fact], result: ArticleResult, aliases: Mapping[str, str] | None = None
) -> list[BoundFact]:
    """Each fact with the article's org_ids of its subject and counterpart (through the identity rules), and
    the names the subject goes by: a fact whose subject the model did not tag as an organization can still
    meet a claim without a holder whose sentence names it."""
    orgs = _article_orgs(result)
    alias_items = tuple(sorted((aliases or {}).items()))
    clues = _clues(tuple(name for name, _ in orgs))
    bound = []
    for fact in facts:
        subject = _org_ids(fact.subject, orgs, alias_items) if _may_name(fact.subject, clues, aliases) else frozenset()
        counterpart = _org_ids(fact.object, orgs, alias_items, named=False) if fact.object else frozenset()
        names = _own_names(fact.subject)
        if subject:
            names |= {name for name, org_id in orgs if org_id in subject}
        bound.append(
            BoundFact(
                fact=fact,
                subject_ids=subject,
                object_ids=counterpart,
                subject_names=names,
                subject_keys=_keys(fact.subject),
            )
        )
    return bound


@lru_cache(maxsize=4096)
def _own_names(name: str) -> frozenset[str]:
    return frozenset({name})


@lru_cache(maxsize=4096)
def _keys(name: str) -> frozenset[str]:
    """The forms a stake's target is compared in: 'contoso energy', 'contoso-energy'."""
    return frozenset({name_key(name), slug(name)})


@lru_cache(maxsize=1024)
def _clues(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """What an organization name must share with one of the article's to be one of its organizations by the
    identity rules: its key's first word (same key, short forms, legal suffixes) or, for an acronym, its
    first letter."""
    first_words = frozenset(key.split()[0] for key in map(name_key, names) if key)
    initials = frozenset(n.replace(".", "")[0].upper() for n in names if _ACRONYM.fullmatch(n))
    return first_words, initials


_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,9}")


def _may_name(name: str, clues: tuple[frozenset[str], frozenset[str]], aliases: Mapping[str, str] | None) -> bool:
    """A quick test before the identity rules run: False only when no rule could make `name` one of the
    article's organizations (running them for every fact of a long table on every article is slow)."""
    first_words, initials = clues
    first, acronym = _name_clues(name)
    if first is None or aliases:
        return first is not None
    return first in first_words or name[:1].upper() in initials or acronym


@lru_cache(maxsize=4096)
def _name_clues(name: str) -> tuple[str | None, bool]:
    """The first word of a name's key (None when it has none) and whether it can be an acronym."""
    key = name_key(name)
    return (key.split()[0] if key else None), bool(_ACRONYM.fullmatch(name))


def _article_orgs(result: ArticleResult) -> tuple[tuple[str, str], ...]:
    """(name, org_id) of every distinct organization name of the article, in text order."""
    seen: dict[str, str] = {}
    for mention in result.mentions:
        if mention.type == "org":
            seen.setdefault(mention.value.name, mention.value.org_id)
    return tuple(seen.items())


@lru_cache(maxsize=4096)
def _org_ids(
    name: str, orgs: tuple[tuple[str, str], ...], aliases: tuple[tuple[str, str], ...], *, named: bool = True
) -> frozenset[str]:
    """The article's org_ids that `name` is one organization with, by the rules that gave them, and for a
    counterpart also its own keys (the target of 'a 40% stake in Kestrel Networks' when the model did not
    tag it). Empty when the article does not name it (`named`) or names several organizations it could be."""
    names = [n for n, _ in orgs] + [name]
    text = "\n".join(names)
    spans, at = [], 0
    for n in names:
        spans.append((at, at + len(n)))
        at += len(n) + 1
    identities = resolve_identities(text, spans, dict(aliases) or None)
    mine = identities[-1]
    members = {mine.name, *mine.aliases}
    ids = frozenset(org_id for n, org_id in orgs if n in members)
    own = frozenset() if named else frozenset({slug(name), name_key(name)})
    return ids | own
