"""Check the hand-annotated corpus: python corpus/check_corpus.py [--cues]

Standard library only; does not import newsclaims (the annotations are an
independent gold standard). Checks every corpus/expected/<id>.jsonl line
against corpus/articles/<id>.txt and MANIFEST.tsv (money, percent, date and
org lines: keys and their order, allowed values, ISO formats, offsets, order,
overlaps, org_id/aliases consistency), prints per-article counts per type,
and exits non-zero on any problem. --cues also lists currency/percent/date
cue words and org-looking names that no annotated span covers, for a human to
confirm they are deliberate negatives.
"""
import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONEY_KEYS = ["amount", "low", "high", "currency", "qualifier", "currency_basis", "per"]
PERCENT_KEYS = ["value", "low", "high", "qualifier", "kind"]
# A split year ('1987/88', '2025-26') is a season or fiscal year across two calendar years: days unknown.
SPLIT_YEAR = re.compile(r"(\d{4})/(\d{4})")
DATE_KEYS = ["kind", "iso", "start", "end", "granularity", "relative", "fiscal"]
ORG_KEYS = ["name", "org_id", "aliases"]
TYPES = ["money", "percent", "date", "org"]
TOP_KEYS = ["type", "text", "start", "end", "value"]
DATE_KINDS = {"point", "duration", "vague"}
GRANULARITIES = {"day", "week", "month", "season", "quarter", "half", "year", "decade"}
# one ISO point (as precise as the text) -> its granularity
ISO_POINT = [
    (re.compile(r"\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"\d{4}-W(0[1-9]|[1-4]\d|5[0-3])"), "week"),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), "month"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}-H[12]"), "half"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}X"), "decade"),
]
ISO_DURATION = re.compile(r"P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ORG_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
DATE_CUES = re.compile(
    r"\b(?:" + MONTHS + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tomorrow|(?:1[89]|20)\d\d|years?|months?|weeks?|days?|decades?|quarters?|quarterly|annual(?:ly)?|"
    r"daily|fiscal|FY\d{2,4}|Q[1-4]|H[12]|spring|summer|autumn|fall|winter|mid-\d{4})\b")
ORG_CUES = re.compile(
    r"\b(?!The\b)[A-Z][\w&-]*(?: (?!The\b)[A-Z][\w&-]*)* (?:Inc|Corp|Corporation|Co|Plc|plc|Ltd|Group|Holdings|Bank|"
    r"Capital|Partners|Ventures|Fund|Authority|Exchange|Department|Commission)\b\.?|\b[A-Z]{2,6}\b")
QUALIFIERS = {"exact", "at_most", "at_least", "more_than", "less_than", "approx", "range"}
BASES = {"explicit", "assumed", "context"}
KINDS = {"change", "level", "points"}
CUES = re.compile(
    r"[$€£¥₹%]|\b(?:percent|per cent|pct|percentage points?|basis points?|cents|cts|pence|"
    r"dlrs|dollars?|stg|pounds|euros?|yen|rupees|crore|lakh|USD|Rs)\b")


def num_or_none(x):
    return x is None or isinstance(x, float)


def check_money_percent(m, where, errors):
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


def iso_bounds(iso):
    """First and last ISO day of an ISO point ('2026-Q3' -> 2026-07-01, 2026-09-30), or None."""
    if "/" in iso:
        a, b = iso.split("/", 1)
        ba, bb = iso_bounds(a), iso_bounds(b)
        return (ba[0], bb[1]) if ba and bb else None
    y = iso[:4]
    if not y.isdigit() and not re.fullmatch(r"\d{3}X", iso):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
            dt.date.fromisoformat(iso)
            return iso, iso
        if re.fullmatch(r"\d{4}-\d\d", iso):
            yy, mm = int(y), int(iso[5:])
            return f"{iso}-01", f"{iso}-{calendar.monthrange(yy, mm)[1]:02d}"
        if re.fullmatch(r"\d{4}-Q[1-4]", iso):
            q = int(iso[-1])
            last = 3 * q
            return f"{y}-{last - 2:02d}-01", f"{y}-{last:02d}-{calendar.monthrange(int(y), last)[1]:02d}"
        if re.fullmatch(r"\d{4}-H[12]", iso):
            return (f"{y}-01-01", f"{y}-06-30") if iso[-1] == "1" else (f"{y}-07-01", f"{y}-12-31")
        if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", iso):
            # meteorological seasons (northern hemisphere); winter YYYY-WI runs Dec YYYY to Feb YYYY+1
            season = iso[5:]
            if season == "WI":
                ny = int(y) + 1
                return f"{y}-12-01", f"{ny}-02-{calendar.monthrange(ny, 2)[1]:02d}"
            first, last = {"SP": ("03-01", "05-31"), "SU": ("06-01", "08-31"), "FA": ("09-01", "11-30")}[season]
            return f"{y}-{first}", f"{y}-{last}"
        if re.fullmatch(r"\d{4}-W\d\d", iso):
            monday = dt.date.fromisocalendar(int(y), int(iso[6:]), 1)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        if re.fullmatch(r"\d{4}", iso):
            return f"{y}-01-01", f"{y}-12-31"
        if re.fullmatch(r"\d{3}X", iso):
            return f"{iso[:3]}0-01-01", f"{iso[:3]}9-12-31"
    except ValueError:
        return None
    return None


def point_granularity(iso):
    for pat, gran in ISO_POINT:
        if pat.fullmatch(iso):
            return gran
    return None


def is_day(x):
    if not isinstance(x, str) or not ISO_DAY.fullmatch(x):
        return False
    try:
        dt.date.fromisoformat(x)
    except ValueError:
        return False
    return True


def check_date(m, where, errors):
    v = m["value"]
    if list(v) != DATE_KEYS:
        errors.append(f"{where}: value keys {list(v)} != {DATE_KEYS}")
        return
    kind, iso, start, end, gran = v["kind"], v["iso"], v["start"], v["end"], v["granularity"]
    if kind not in DATE_KINDS:
        errors.append(f"{where}: bad date kind {kind!r}")
    if gran is not None and gran not in GRANULARITIES:
        errors.append(f"{where}: bad granularity {gran!r}")
    for k in ("relative", "fiscal"):
        if not isinstance(v[k], bool):
            errors.append(f"{where}: {k} must be true or false, got {v[k]!r}")
    if iso is not None and not isinstance(iso, str):
        errors.append(f"{where}: iso must be a string or null")
        return
    if (start is None) != (end is None):
        errors.append(f"{where}: start and end must both be set or both null ({start}, {end})")
    for k in ("start", "end"):
        if v[k] is not None and not is_day(v[k]):
            errors.append(f"{where}: {k} {v[k]!r} is not an ISO day")
    if is_day(start) and is_day(end) and start > end:
        errors.append(f"{where}: start {start} after end {end}")
    if kind == "vague":
        if iso is not None or start is not None or gran is not None or v["fiscal"]:
            errors.append(f"{where}: a vague date has iso, start, end and granularity null and fiscal false")
    elif kind == "duration":
        if iso is not None and not ISO_DURATION.fullmatch(iso):
            errors.append(f"{where}: duration iso {iso!r} is not an ISO 8601 length (P2Y, P18M, P5D)")
        if gran is None:
            errors.append(f"{where}: a duration needs the granularity of its length")
    elif kind == "point":
        if iso is None:
            if start is not None:
                errors.append(f"{where}: an unresolved point (iso null) has start/end null")
        else:
            parts = iso.split("/")
            grans = [point_granularity(p) for p in parts]
            if len(parts) > 2 or None in grans:
                errors.append(f"{where}: bad point iso {iso!r}")
            elif v["fiscal"] or (start is None and SPLIT_YEAR.fullmatch(iso)):
                if start is not None:
                    errors.append(f"{where}: a fiscal period has start/end null")
                if gran != grans[0]:
                    errors.append(f"{where}: granularity {gran!r} does not match iso {iso!r}")
            else:
                b = iso_bounds(iso)
                if b is None:
                    errors.append(f"{where}: iso {iso!r} is not a valid date")
                elif (start, end) != b:
                    errors.append(f"{where}: start/end {start}/{end} != {b[0]}/{b[1]} for iso {iso!r}")
                elif len(parts) == 2 and b[0] > b[1]:
                    errors.append(f"{where}: range {iso!r} runs backwards")
                if len(parts) == 1 and gran != grans[0]:
                    errors.append(f"{where}: granularity {gran!r} does not match iso {iso!r}")
    if v["fiscal"] and start is not None:
        errors.append(f"{where}: a fiscal period has start/end null")


def check_org(m, where, errors):
    v = m["value"]
    if list(v) != ORG_KEYS:
        errors.append(f"{where}: value keys {list(v)} != {ORG_KEYS}")
        return
    if v["name"] != m["text"]:
        errors.append(f"{where}: name {v['name']!r} != text {m['text']!r}")
    if not isinstance(v["org_id"], str) or not ORG_ID.fullmatch(v["org_id"]):
        errors.append(f"{where}: org_id {v['org_id']!r} is not a lower-case hyphenated slug")
    a = v["aliases"]
    if not isinstance(a, list) or not all(isinstance(x, str) for x in a):
        errors.append(f"{where}: aliases must be a list of strings")
    elif len(set(a)) != len(a) or v["name"] in a:
        errors.append(f"{where}: aliases {a} repeat a name or include the mention's own name")
    t = m["text"]
    if t.startswith(("the ", "The ")) or t.endswith(("'s", "\u2019s", "'")):
        errors.append(f"{where}: org span {t!r} keeps a leading 'the' or a possessive")


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def check_org_groups(aid, orgs, errors):
    """Every mention of one org_id lists the org's other names, in order of first appearance."""
    names, ids_of_name = {}, {}
    for where, m in orgs:
        v = m["value"]
        names.setdefault(v["org_id"], [])
        if v["name"] not in names[v["org_id"]]:
            names[v["org_id"]].append(v["name"])
        ids_of_name.setdefault(v["name"], set()).add(v["org_id"])
    for name, ids in ids_of_name.items():
        if len(ids) > 1:
            errors.append(f"{aid}: org name {name!r} is given several org_ids {sorted(ids)}")
    for org_id, group in names.items():
        if org_id not in {slug(n) for n in group}:
            errors.append(f"{aid}: org_id {org_id!r} is not the slug of any of its names {group}")
    for where, m in orgs:
        v = m["value"]
        want = [n for n in names[v["org_id"]] if n != v["name"]]
        if v["aliases"] != want:
            errors.append(f"{where}: aliases {v['aliases']} != {want} (other names of {v['org_id']!r})")


def check_value(m, where, errors):
    if m["type"] in ("money", "percent"):
        check_money_percent(m, where, errors)
    elif m["type"] == "date":
        check_date(m, where, errors)
    else:
        check_org(m, where, errors)


FINDING_KEYS = ["check", "severity", "cites", "wrong", "expected", "why"]
SEVERITIES = ("error", "warning", "info")


def check_findings(aid, text, spans, errors):
    """findings/<id>.jsonl: keys in order, a known severity, cited spans that are annotated mentions,
    `wrong` one of the cites (or null), a number or null as `expected`, and a reason."""
    path = HERE / "findings" / f"{aid}.jsonl"
    if not path.exists():
        errors.append(f"{aid}: no findings/{aid}.jsonl (an empty file for a consistent article)")
        return
    annotated = set(spans)
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"findings/{aid}.jsonl:{i}"
        row = json.loads(line)
        if list(row) != FINDING_KEYS:
            errors.append(f"{where}: keys {list(row)} != {FINDING_KEYS}")
            continue
        if row["severity"] not in SEVERITIES or not row["check"] or not row["why"]:
            errors.append(f"{where}: bad severity, check or why")
        if len(row["cites"]) < 1:
            errors.append(f"{where}: cites nothing")
        for cite in row["cites"] + ([row["wrong"]] if row["wrong"] else []):
            s, e = cite["start"], cite["end"]
            if text[s:e] != cite["text"]:
                errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {cite['text']!r}")
            if (s, e) not in annotated:
                errors.append(f"{where}: {cite['text']!r} at {s}-{e} is not an annotated mention")
        if row["wrong"] and row["wrong"] not in row["cites"]:
            errors.append(f"{where}: wrong is not one of the cites")
        if row["expected"] is not None and not isinstance(row["expected"], (int, float)):
            errors.append(f"{where}: expected must be a number or null")


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
    totals = {t: 0 for t in TYPES}
    for aid in articles:
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        words = len(text.split())
        if not 150 <= words <= 450:
            errors.append(f"{aid}: {words} words, outside 150-450")
        lines = (HERE / "expected" / f"{aid}.jsonl").read_text(encoding="utf-8").splitlines()
        counts = {t: 0 for t in TYPES}
        prev_end = -1
        spans = []
        orgs = []
        for i, line in enumerate(lines, 1):
            where = f"{aid}.jsonl:{i}"
            m = json.loads(line)
            if list(m) != TOP_KEYS:
                errors.append(f"{where}: keys {list(m)} != {TOP_KEYS}")
                continue
            if m["type"] not in counts or not isinstance(m["value"], dict):
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
            if m["type"] == "org" and list(m["value"]) == ORG_KEYS:
                orgs.append((where, m))
            counts[m["type"]] += 1
        check_org_groups(aid, orgs, errors)
        check_findings(aid, text, spans, errors)
        for t in totals:
            totals[t] += counts[t]
        print(f"{aid:32} " + " ".join(f"{t}={counts[t]:3}" for t in TYPES)
              + f" total={sum(counts.values()):3}")
        if "--cues" in argv:
            for label, cues in (("cue", CUES), ("date cue", DATE_CUES), ("org cue", ORG_CUES)):
                for c in cues.finditer(text):
                    if not any(s <= c.start() < e for s, e in spans):
                        ctx = text[max(0, c.start() - 30):c.end() + 30].replace("\n", " ")
                        print(f"    uncovered {label} {c.group()!r}: ...{ctx}...")
    print(f"{'TOTAL':32} " + " ".join(f"{t}={totals[t]:3}" for t in TYPES)
          + f" total={sum(totals.values()):3}")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
