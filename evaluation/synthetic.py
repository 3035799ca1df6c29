"""Synthetic result records for measuring what `newsclaims check` costs at scale (scripts/bench_check.py)
and for tests that need claims without running a model.

Each record is an article of the shape real extract output has: organizations, a date, and money claims
with their sentences. Companies repeat across articles (`companies` of them for the whole set), so the
comparison across articles has groups to compare, and one article in `slip_every` states a deal a power of
ten off, so it has disagreements to find.
"""

import random

from newsclaims.models import ArticleMeta, ArticleResult, Claim, DateMention, MoneyMention, OrgMention, text_sha256
from newsclaims.models.mentions import DateValue, MoneyValue, OrgValue

KINDS = ("deal", "loan", "investment", "funding", "fine")


def synthetic_record(number: int, *, companies: int, claims: int = 8, slip_every: int = 7) -> ArticleResult:
    """Article `number` of a synthetic set: `claims` money claims about companies of a pool of `companies`."""
    rng = random.Random(number)
    buyer, target = f"company-{rng.randrange(companies)}", f"company-{rng.randrange(companies)}"
    sentence = (
        f"{buyer.title()} agreed to pay {{money}} for {target.title()}, people familiar with the matter said on "
        "Tuesday, in a deal that would be its largest this year and is expected to close by the end of 2027."
    )
    text_parts, mentions, claim_list = [], [], []
    position = 0
    for name in (buyer, target):
        mentions.append(OrgMention(id=f"m{len(mentions) + 1}", type="org", text=name.title(), start=position,
                                   end=position + len(name), sentence=0,
                                   value=OrgValue(name=name.title(), org_id=name, aliases=[])))  # fmt: skip
        position += len(name) + 1
    year = DateMention(id="m3", type="date", text="2027", start=position, end=position + 4, sentence=0,
                       value=DateValue(kind="point", iso="2027", start="2027-01-01", end="2027-12-31",
                                       granularity="year", relative=False, fiscal=False))  # fmt: skip
    mentions.append(year)
    for index in range(claims):
        kind = KINDS[(number + index) % len(KINDS)]
        amount = (index + 1) * 125.0 * (10 if number % slip_every == 0 and index == 0 else 1)
        figure = f"${amount:g} million"
        said = sentence.format(money=figure)
        text_parts.append(said)
        mention_id = f"m{len(mentions) + 1}"
        at = position + said.index(figure)
        value = MoneyValue(amount=amount * 1e6, low=None, high=None, currency="USD", qualifier="exact",
                           currency_basis="assumed", per=None)  # fmt: skip
        mentions.append(MoneyMention(id=mention_id, type="money", text=figure, start=at, end=at + len(figure),
                                     sentence=index + 1, value=value))  # fmt: skip
        claim_list.append(Claim(id=f"c{index + 1}", mention=mention_id, subject=buyer,
                                object=target if kind == "deal" else None, attribute=kind, attribute_key=kind,
                                kind=kind, time="m3", time_role=None, certainty="reported",
                                attribution="people familiar with the matter", sentence_text=said))  # fmt: skip
        position += len(said) + 1
    text = " ".join(text_parts)
    meta = ArticleMeta(id=f"wire-{number:06d}", source=f"wires/wire-{number:06d}.txt", sha256=text_sha256(text),
                       published=None, published_source=None, title=f"{buyer.title()} deal", chars=len(text),
                       encoding=None)  # fmt: skip
    return ArticleResult(status="ok", article=meta, mentions=mentions, claims=claim_list)
