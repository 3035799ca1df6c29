"""Money and percent VALUES as a peer's test suite expects them (part of `make eval`; run alone:
`PYTHONPATH=$PWD python scripts/evaluate_values.py`).

Short inputs, one expression each, read by the whole pipeline (`newsclaims.extract` with the model), the
way an outside suite scores an extractor:

1. Duckling's money corpus (../shared/dev-data/duckling_money.jsonl, skipped when absent): value and
   currency agreement per kind of case, and per shape of the positive inputs; the disagreements are written to
   out/eval/duckling_disagreements.jsonl for review.
2. Duckling's numerals (duckling_numeral.jsonl) as the number inside a money or percent expression:
   '<numeral> percent', '<numeral> dollars' and, for numerals written in digits, '$<numeral>'.
3. The project's own table of peer-suite shapes (tests/pipeline/quantities/test_peer_values.py).
"""

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import newsclaims
from newsclaims.pipeline.quantities.money import CurrencyContext, parse_money
from tests.pipeline.quantities import test_peer_values as table

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "dev-data"
OUT = ROOT / "out" / "eval"
# Duckling reads coin names and slang as money; in news 'a quarter' is a period and 'grand' an adjective.
COINS_AND_SLANG = re.compile(r"\b(?:grand|nickels?|dimes?|quarters?|pennies|penny)\b", re.IGNORECASE)


def _duckling_value(expected: dict) -> tuple[float | None, float | None, float | None]:
    """(amount, low, high) of a Duckling expectation: a value, or an interval with from and/or to."""
    if "value" in expected:
        return expected["value"], None, None
    return None, expected.get("from"), expected.get("to")


def _shape(text: str) -> str:
    """What a positive Duckling input is written with, to see which shapes disagree."""
    if COINS_AND_SLANG.search(text):
        return "coins/slang"
    if re.search(r"\b(?:from|between|to|under|over|above|below|around|about|at least|at most|upto|up to)\b|-", text):
        return "bounds/range"
    if not re.search(r"\d", text):
        return "words"
    if re.search(r"\d\D+\d", text):
        return "major+minor"
    return "digits"


def evaluate_duckling(path: Path, nlp=None) -> None:
    """Agreement with Duckling's money corpus: positive cases must read to the same value and currency,
    negative and latent ones (bare numbers) must not read as money."""
    nlp = nlp or newsclaims.load_pipeline()
    tally: Counter[str] = Counter()
    deliberate: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    disagreements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        kind = case["kind"]
        text = case["input"]
        # Duckling reads '$' by locale (EN_AU: AUD); newsclaims does the same from an article's dateline.
        local = case["expected"].get("iso_currency") if case["locale"] != "EN" and kind == "positive" else None
        got = parse_money(text, CurrencyContext(local)) if kind != "range" else None
        if kind == "range":
            result = newsclaims.extract(text, nlp=nlp)
            money = [m for m in result.mentions if m.type == "money"]
            got = money[0].value if money else None
            span_ok = bool(money) and money[0].text == case["expected_text"]
        else:
            span_ok = True
        if kind in ("negative", "latent"):
            agree = got is None
        elif kind == "range":
            agree = span_ok
        else:
            expected = case["expected"]
            amount, low, high = _duckling_value(expected)
            currency = expected.get("iso_currency")
            if expected.get("currency") == "Cent":  # Duckling counts cents; newsclaims gives major units
                amount, currency = amount / 100, "USD"
            agree = got is not None and span_ok and (currency is None or got.currency == currency)
            if agree and amount is not None:
                agree = got.amount is not None and math.isclose(got.amount, amount, rel_tol=1e-9)
            if agree and amount is None:
                agree = (low is None or (got.low is not None and math.isclose(got.low, low))) and (
                    high is None or (got.high is not None and math.isclose(got.high, high))
                )
            shapes[f"{_shape(text)}:{'agree' if agree else 'differ'}"] += 1
        tally[f"{kind}:{'agree' if agree else 'differ'}"] += 1
        if COINS_AND_SLANG.search(text):
            deliberate["agree" if agree else "differ"] += 1
        if not agree:
            disagreements.append(
                {
                    "id": case["id"],
                    "kind": kind,
                    "input": text,
                    "expected": case.get("expected"),
                    "got": got.model_dump() if got is not None else None,
                }
            )
    total = sum(tally.values())
    agreed = sum(v for k, v in tally.items() if k.endswith(":agree"))
    print(f"duckling money: {agreed}/{total} agree ({agreed / total:.3f})")
    for kind in ("positive", "range", "negative", "latent"):
        _print_share(f"  {kind:9}", tally[f"{kind}:agree"], tally[f"{kind}:differ"])
    for shape in ("digits", "words", "major+minor", "bounds/range", "coins/slang"):
        _print_share(f"    {shape:13}", shapes[f"{shape}:agree"], shapes[f"{shape}:differ"])
    news = agreed - deliberate["agree"], total - deliberate.total()
    print(
        f"  without coin names and 'grand' ({deliberate.total()} cases, deliberately not money in news): "
        f"{news[0]}/{news[1]} ({news[0] / news[1]:.3f})"
    )
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "duckling_disagreements.jsonl"
    target.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in disagreements), encoding="utf-8")
    print(f"  disagreements written to {target.relative_to(ROOT)}")


def evaluate_numerals(path: Path, nlp, show: int) -> None:
    """Duckling's positive numerals inside a money or percent expression: the value must come out whole."""
    forms = {"<n> percent": Counter(), "<n> dollars": Counter(), "$<n>": Counter()}
    misses: dict[str, list[str]] = {form: [] for form in forms}
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["kind"] != "positive":
            continue
        numeral, value = case["input"], float(case["expected"]["value"])
        inputs = {"<n> percent": f"{numeral} percent", "<n> dollars": f"{numeral} dollars"}
        if re.match(r"-?\s*[\d.]", numeral):
            inputs["$<n>"] = f"${numeral}" if not numeral.startswith("-") else f"-${numeral.lstrip('- ')}"
        for form, text in inputs.items():
            mention = table.reading(nlp, text)
            if form == "<n> percent":
                agree = table.percent_agrees(mention, value, None, None)
            else:
                agree = table.money_agrees(mention, value, None, None, "USD")
            forms[form]["agree" if agree else "differ"] += 1
            if not agree:
                misses[form].append(text)
    print("duckling numerals inside money and percent expressions:")
    for form, tally in forms.items():
        _print_share(f"  {form:12}", tally["agree"], tally["differ"])
        if misses[form] and show:
            print(f"    differ: {', '.join(repr(t) for t in misses[form][:show])}")


def evaluate_table(nlp, show: int) -> None:
    """The project's table of peer-suite shapes, known failures included."""
    rows = {
        "percent": [(r, table.percent_agrees(table.reading(nlp, r[0]), *r[1:])) for r in table.PERCENT],
        "money": [(r, table.money_agrees(table.reading(nlp, r[0]), *r[1:])) for r in table.MONEY],
        "negative": [((t,), table.reading(nlp, t) is None) for t in table.NEGATIVE],
    }
    print("peer value table (tests/pipeline/quantities/test_peer_values.py):")
    for name, scored in rows.items():
        agreed = sum(ok for _, ok in scored)
        _print_share(f"  {name:9}", agreed, len(scored) - agreed)
        failing = [row[0] for row, ok in scored if not ok]
        if failing and show:
            print(f"    differ: {', '.join(repr(t) for t in failing[:show])}")


def _print_share(label: str, agreed: int, differed: int) -> None:
    if agreed + differed:
        print(f"{label} {agreed:4d}/{agreed + differed:<4d} ({agreed / (agreed + differed):.3f})")


def run(show: int = 20) -> None:
    nlp = newsclaims.load_pipeline()
    evaluate_table(nlp, show)
    money, numerals = DEV_DATA / "duckling_money.jsonl", DEV_DATA / "duckling_numeral.jsonl"
    if money.exists():
        evaluate_duckling(money, nlp)
    else:
        print(f"duckling money: skipped ({money} not found)")
    if numerals.exists():
        evaluate_numerals(numerals, nlp, show)
    else:
        print(f"duckling numerals: skipped ({numerals} not found)")


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
    sys.exit(0)
