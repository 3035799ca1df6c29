"""Check the hand-annotated corpus: python corpus/check_corpus.py [--cues]

Standard library only; does not import newsclaims (the annotations are an
independent gold standard). Checks every corpus/expected/<id>.jsonl line
against corpus/articles/<id>.txt and MANIFEST.tsv, prints per-article counts,
and exits non-zero on any problem. --cues also lists currency/percent cue
words that no annotated span covers, for a human to confirm they are
deliberate negatives.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONEY_KEYS = ["amount", "low", "high", "currency", "qualifier", "currency_basis", "per"]
PERCENT_KEYS = ["value", "low", "high", "qualifier", "kind"]
TOP_KEYS = ["type", "text", "start", "end", "value"]
QUALIFIERS = {"exact", "at_most", "at_least", "more_than", "less_than", "approx", "range"}
BASES = {"explicit", "assumed", "context"}
KINDS = {"change", "level", "points"}
CUES = re.compile(
    r"[$€£¥₹%]|\b(?:percent|per cent|pct|percentage points?|basis points?|cents|cts|pence|"
    r"dlrs|dollars?|stg|pounds|euros?|yen|rupees|crore|lakh|USD|Rs)\b")


def num_or_none(x):
    return x is None or isinstance(x, float)


def check_value(m, where, errors):
    v = m["value"]
    keys = MONEY_KEYS if m["type"] == "money" else PERCENT_KEYS
    if list(v) != keys:
        errors.append(f"{where}: value keys {list(v)} != {keys}")
        return
    q = v["qualifier"]
    if q not in QUALIFIERS:
        errors.append(f"{where}: bad qualifier {q!r}")
    main = "amount" if m["type"] == "money" else "value"
    for k in (main, "low", "high"):
        if not num_or_none(v[k]):
            errors.append(f"{where}: {k} must be a float or null, got {v[k]!r}")
    lo, hi, x = v["low"], v["high"], v[main]
    expect = {
        None: (x is not None and lo is None and hi is None),
        "exact": (x is not None and lo is None and hi is None),
        "approx": (x is not None and lo is None and hi is None),
        "at_most": (x is not None and lo is None and hi == x),
        "less_than": (x is not None and lo is None and hi == x),
        "at_least": (x is not None and lo == x and hi is None),
        "more_than": (x is not None and lo == x and hi is None),
        "range": (x is None and lo is not None and hi is not None and lo < hi),
    }.get(q, False)
    if not expect:
        errors.append(f"{where}: {main}/low/high {x}/{lo}/{hi} inconsistent with qualifier {q!r}")
    if m["type"] == "money":
        if not re.fullmatch(r"[A-Z]{3}", v["currency"] or ""):
            errors.append(f"{where}: bad currency {v['currency']!r}")
        if v["currency_basis"] not in BASES:
            errors.append(f"{where}: bad currency_basis {v['currency_basis']!r}")
        if v["per"] is not None and not isinstance(v["per"], str):
            errors.append(f"{where}: per must be a string or null")
    elif v["kind"] not in KINDS:
        errors.append(f"{where}: bad kind {v['kind']!r}")


def main(argv):
    errors = []
    manifest = (HERE / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    if manifest[0].split("\t") != ["id", "published", "topic", "notes"]:
        errors.append("MANIFEST.tsv: bad header")
    ids = [row.split("\t")[0] for row in manifest[1:] if row.strip()]
    articles = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
    expected = sorted(p.stem for p in (HERE / "expected").glob("*.jsonl"))
    if sorted(ids) != articles or articles != expected:
        errors.append(f"id sets differ: manifest={sorted(ids)} articles={articles} expected={expected}")
    totals = {"money": 0, "percent": 0}
    for aid in articles:
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        words = len(text.split())
        if not 150 <= words <= 450:
            errors.append(f"{aid}: {words} words, outside 150-450")
        lines = (HERE / "expected" / f"{aid}.jsonl").read_text(encoding="utf-8").splitlines()
        counts = {"money": 0, "percent": 0}
        prev_end = -1
        spans = []
        for i, line in enumerate(lines, 1):
            where = f"{aid}.jsonl:{i}"
            m = json.loads(line)
            if list(m) != TOP_KEYS:
                errors.append(f"{where}: keys {list(m)} != {TOP_KEYS}")
                continue
            if m["type"] not in counts:
                errors.append(f"{where}: bad type {m['type']!r}")
                continue
            s, e = m["start"], m["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad offsets {s}-{e}")
                continue
            if text[s:e] != m["text"]:
                errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {m['text']!r}")
            if s < prev_end:
                errors.append(f"{where}: out of order or overlapping (start {s} < previous end {prev_end})")
            prev_end = e
            spans.append((s, e))
            check_value(m, where, errors)
            counts[m["type"]] += 1
        for t in totals:
            totals[t] += counts[t]
        print(f"{aid:28} money={counts['money']:3} percent={counts['percent']:3} "
              f"total={counts['money'] + counts['percent']:3}")
        if "--cues" in argv:
            for c in CUES.finditer(text):
                if not any(s <= c.start() < e for s, e in spans):
                    ctx = text[max(0, c.start() - 30):c.end() + 30].replace("\n", " ")
                    print(f"    uncovered cue {c.group()!r}: ...{ctx}...")
    print(f"{'TOTAL':28} money={totals['money']:3} percent={totals['percent']:3} "
          f"total={sum(totals.values()):3}")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
