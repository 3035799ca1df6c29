"""Stakes told as fractions: 'a quarter of the business', 'a tenth of Ostervik Kraft', 'two-thirds of the venture'.

News writes a part of a company in words as often as in per cent. The pipeline keeps such words out of its
percent mentions (annotated newswire calls 'a third' a number, not a percentage), so the checks that read
stakes from percent mentions do not see them. This module reads them from the sentences the claims quote:
- `fraction_stake_values`: a fraction of a company bought or sold for a price, and the value the deal puts on
  the whole company, that disagree (stake_value);
- `fraction_shares_over_100`: a fraction and percentages of one company's owners in one sentence, or in the
  next, adding up to more than the whole (shares_over_100).
A finding cites the figures (mentions) and quotes the fraction in its message.
"""

import re
from collections.abc import Iterator

from newsclaims.check.arithmetic import PAYMENT_NAMED_BACK, STAKE_PRICE_KINDS, is_valuation, price_sets_the_value
from newsclaims.check.flag import Flag, quote, severity_for
from newsclaims.check.phrasing import money_in_words
from newsclaims.check.quantities import Quantity
from newsclaims.check.view import ArticleView

_PARTS = {
    "half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "sixth": 100 / 6, "eighth": 12.5, "tenth": 10.0,
    "thirds": 100 / 3, "quarters": 25.0, "fifths": 20.0, "tenths": 10.0,
}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "seven": 7, "nine": 9}
# 'a quarter of the business', 'two-thirds of the venture', 'half of Tidemark', 'a third stake in', 'own half'
_FRACTION = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|seven|nine)[\s-]+(?P<part>half|thirds?|quarters?|fifths?|sixth|eighths?|"
    r"tenths?)(?:\s+(?:stake|share|holding|interest))?\s+(?:of|in)\s+(?P<what>[^,;.]{1,60})"
    r"|\b(?P<owns>owns?|own|owning|holds?|keeps?|retains?|will\s+have)\s+(?P<half>half)\b(?P<rest>)"
    # 'owns the remaining quarter', 'the other third is held by': what is left of a company told in words
    r"|\bthe\s+(?:remaining|other|last|final)\s+(?P<left>half|third|quarter|fifth|tenth)\b",
    re.IGNORECASE,
)
# what the fraction is of when it is a company: its name, or a word for it (not 'a quarter of its sales')
_A_COMPANY = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:[a-z'\u2019-]+\s+){0,3}?(?:[A-Z][\w&'-]*|business|company|firm|group|venture|shares|"
    r"equity)\b(?!['\u2019]s)",
)  # 'the business', 'hydropower producer Ostervik Kraft'; not 'the company's sales'


def fractions(text: str) -> list[tuple[str, float]]:
    """(fraction as written, its percentage) for each part of a company the sentence gives in words.

    >>> fractions("It sold a quarter of the business to Ridgeway for £84m, and two-thirds of its sales are abroad.")
    [('a quarter', 25.0)]
    """
    found = []
    for match in _FRACTION.finditer(text):
        if match.group("half"):
            found.append((match.group("half"), 50.0))
            continue
        if match.group("left"):
            found.append((match.group(0), _PARTS[match.group("left").lower()]))
            continue
        if not _A_COMPANY.match(match.group("what").strip()):
            continue
        count, part = _COUNTS[match.group("count").lower()], match.group("part").lower()
        if count > 1 and not part.endswith("s"):
            continue  # 'one third' and 'two-thirds', not 'two third'
        value = count * _PARTS[part]
        if value <= 100:
            found.append((text[match.start() : match.start("part") + len(part)], value))
    return found


def fraction_stake_values(article: ArticleView) -> Iterator[Flag]:
    """'has sold a quarter of the business ... in a deal worth £84m.' ... 'The deal values the whole company at
    £420m.': a fraction of a company and its price in one sentence, and the value the deal puts on the whole
    within the next three sentences; they must agree to rounding (the price sets the value: no premium)."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in article.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for number, sentence in by_sentence.items():
        if any(q.type == "percent" for q in sentence):
            continue  # a stake in per cent is the stake checks'
        money = [q for q in sentence if q.type == "money" and q.value and q.per is None]
        prices = [q for q in money if q.claim.kind in STAKE_PRICE_KINDS and not is_valuation(q)]
        parts = fractions(sentence[0].claim.sentence_text)
        if len(prices) != 1 or len(parts) != 1:
            continue
        price, (fraction, percent) = prices[0], parts[0]
        valuations = [
            q
            for n in range(number, number + PAYMENT_NAMED_BACK + 1)
            for q in by_sentence.get(n, [])
            if q.type == "money" and q.value and q.currency == price.currency and q is not price and is_valuation(q)
            and price_sets_the_value(price, q)
        ]  # fmt: skip
        if len(valuations) != 1:
            continue
        valuation = valuations[0]
        implied = percent / 100 * (valuation.value or 0.0)
        ratio = (price.value or 0.0) / implied
        slack = 0.05 + price.precision + valuation.precision
        if 1 / (1 + slack) <= ratio <= 1 + slack:
            continue
        confidence = 0.75 if (ratio >= 5 or ratio <= 0.2) else 0.55
        yield Flag(
            check="stake_value",
            severity=severity_for(confidence) or "info",
            cites=(price, valuation),
            message=(
                f'"{fraction}" of a company valued at {quote(valuation)} is worth about {money_in_words(implied)}, '
                f"not {quote(price)} ({ratio:.2g} times as much)."
            ),
            observed=price.value,
            expected=implied,
            confidence=confidence,
        )


def fraction_shares_over_100(article: ArticleView) -> Iterator[Flag]:
    """'Tanaka will own two-thirds of the venture, with Song Hong holding the remaining 40%': the owners of
    one company in one sentence, one told as a fraction, the others in per cent, that add up to more than the
    whole. Only where the sentence says the others hold what is left ('the remaining', 'the rest', 'the other')
    or each owner's share is stated as owned, held or kept."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in article.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for number, sentence in by_sentence.items():
        stakes = [q for q in sentence if q.type == "percent" and q.value and q.percent_kind == "level"]
        if any(q.type == "percent" and q.percent_kind != "level" for q in sentence):
            continue
        text = sentence[0].claim.sentence_text
        parts = fractions(text)
        if not stakes:
            # 'X now holds 55 per cent of the club.' 'The trust keeps a 25 per cent stake.' 'Pryce owns the
            # remaining quarter.': what is left, in words, after the stakes of the two sentences before
            if len(parts) != 1 or not _LEFT_IN_WORDS.search(text):
                continue
            stakes = [
                q
                for n in (number - 2, number - 1)
                for q in by_sentence.get(n, [])
                if q.type == "percent" and q.value and q.percent_kind == "level" and q.claim.kind == "stake"
            ]
            if len(stakes) < 2:
                continue
        elif len(parts) != 1 or not _OWNERS.search(text):
            continue
        elif _REMAINING.search(text):
            # 'X now holds 58 per cent of the club.' 'The trust keeps a quarter ..., while the remaining 21 per cent
            # is spread among small shareholders': what remains is after the stakes the sentence before gave
            stakes = [
                q
                for q in by_sentence.get(number - 1, [])
                if q.type == "percent" and q.value and q.percent_kind == "level" and q.claim.kind == "stake"
            ] + stakes
        fraction, percent = parts[0]
        total = percent + sum(q.value or 0.0 for q in stakes)
        if total - 0.5 * len(stakes) <= 100.5:
            continue
        listed = ", ".join(quote(q) for q in stakes)
        yield Flag(
            check="shares_over_100",
            severity="warning",
            cites=tuple(stakes),
            message=f'"{fraction}" and {listed}, owners\' shares of one company, add up to {total:.3g}%, more than '
            "the whole.",
            observed=total,
            expected=100.0,
            confidence=0.6,
        )


_REMAINING = re.compile(r"\bthe\s+(?:remaining|rest|other)\b", re.IGNORECASE)
_LEFT_IN_WORDS = re.compile(
    r"\bthe\s+(?:remaining|other|last|final)\s+(?:half|third|quarter|fifth|tenth)\b", re.IGNORECASE
)
_OWNERS = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|other)\b[^.;]{0,20}%|\bremaining\s+\d|\b(?:owns?|own|holds?|holding|keeps?|"
    r"retains?)\b[^.;]{0,40}\b(?:owns?|own|holds?|holding|keeps?|retains?)\b",
    re.IGNORECASE,
)
