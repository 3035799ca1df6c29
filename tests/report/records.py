"""Records for the report tests, built by hand so that each test says exactly what the page is given."""

from newsclaims.models import (
    ArticleMeta,
    ArticleResult,
    Claim,
    DateMention,
    DateValue,
    Finding,
    MoneyMention,
    MoneyValue,
    OrgMention,
    OrgValue,
    text_sha256,
)

# Invented article, written for these tests: a loan given two sizes, ten times apart.
TEXT = (
    "Corran Metals has agreed a bridge loan of up to $400 billion, bankers said on Monday.\n\n"
    "The $40 billion loan matures in March 2027."
)


def money(mention_id: str, text: str, amount: float, source: str = TEXT, qualifier: str = "exact") -> MoneyMention:
    start = source.index(text)
    return MoneyMention(
        id=mention_id,
        type="money",
        text=text,
        start=start,
        end=start + len(text),
        sentence=0,
        value=MoneyValue(
            amount=amount,
            low=None,
            high=amount if qualifier == "at_most" else None,
            currency="USD",
            qualifier=qualifier,
            currency_basis="explicit",
            per=None,
        ),
    )


def org(mention_id: str, text: str, source: str = TEXT) -> OrgMention:
    start = source.index(text)
    value = OrgValue(name=text, org_id=text.lower().replace(" ", "_"), aliases=[])
    return OrgMention(id=mention_id, type="org", text=text, start=start, end=start + len(text), sentence=0, value=value)


def date(mention_id: str, text: str, iso: str, source: str = TEXT) -> DateMention:
    start = source.index(text)
    value = DateValue(kind="point", iso=iso, start=None, end=None, granularity="month", relative=False)
    return DateMention(
        id=mention_id, type="date", text=text, start=start, end=start + len(text), sentence=1, value=value
    )


def claim(claim_id: str, mention_id: str, attribute_key: str | None, **fields) -> Claim:
    defaults = dict(
        subject="corran_metals",
        object=None,
        attribute=attribute_key.replace("_", " ") if attribute_key else None,
        kind="loan",
        time=None,
        time_role=None,
        certainty="asserted",
        attribution=None,
        sentence_text="",
    )
    return Claim(id=claim_id, mention=mention_id, attribute_key=attribute_key, **{**defaults, **fields})


def slip(finding_id: str = "f1", mentions=("m2", "m3"), severity: str = "error", message: str | None = None) -> Finding:
    return Finding(
        id=finding_id,
        check="magnitude_slip",
        severity=severity,
        mentions=list(mentions),
        claims=["c1", "c2"],
        message=message or '"up to $400 billion" and "$40 billion" differ 10 times with the same digits.',
        observed=4e11,
        expected=4e10,
        ratio=10.0,
        confidence=0.9,
    )


def loan_record(text: str = TEXT, *, article_id: str = "corran", source: str | None = None, **meta) -> ArticleResult:
    """The loan article's record: an org, two sizes of one loan (a magnitude slip), a maturity date."""
    mentions = [
        org("m1", "Corran Metals", text),
        money("m2", "up to $400 billion", 4e11, text, qualifier="at_most"),
        money("m3", "$40 billion", 4e10, text),
        date("m4", "March 2027", "2027-03", text),
    ]
    claims = [
        claim("c1", "m2", "bridge_loan", attribution="bankers", certainty="reported"),
        claim("c2", "m3", "bridge_loan", time="m4", time_role="maturity"),
    ]
    article = ArticleMeta(
        id=article_id, source=source, sha256=text_sha256(text), published=None, title=None, chars=len(text)
    )
    article = article.model_copy(update=meta)
    return ArticleResult(status="ok", article=article, mentions=mentions, claims=claims, findings=[slip()])
