"""`make bench`, the desk's outputs: writing records to SQLite against JSONL, and `check --facts` against a
long table. Figures, never assertions.

corpus/articles is extracted once with the installed model; its records are repeated under new ids to
`--articles` records. Writing: the same records through the JSONL sink and the SQLite sink (one
transaction per record), records a second. Facts: a table of `--facts` rows made from the corpus's own
claims (every fourth one a power of ten off, so conflicts are found) plus rows about organizations no
article names, read and bound to every record and compared (`corpus_report` with facts), records a second.
"""

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclaims  # noqa: E402
from newsclaims.check.corpus_report import corpus_report  # noqa: E402
from newsclaims.facts import bind_facts, load_facts  # noqa: E402
from newsclaims.io.sqlite_writer import DatabaseSink  # noqa: E402
from newsclaims.io.writers import RecordSink, jsonl_line  # noqa: E402
from newsclaims.models import ArticleResult  # noqa: E402


def corpus_records() -> list[ArticleResult]:
    nlp = newsclaims.load_pipeline()
    paths = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    return [newsclaims.extract(p.read_text(encoding="utf-8"), nlp=nlp, published="2026-11-26") for p in paths]


def repeated(records: list[ArticleResult], count: int) -> list[ArticleResult]:
    out = []
    for n in range(count):
        record = records[n % len(records)]
        out.append(record.model_copy(update={"article": record.article.model_copy(update={"id": f"a{n:06d}"})}))
    return out


def facts_table(records: list[ArticleResult], rows: int, path: Path) -> int:
    """Rows from the corpus's claims (name as written, attribute, value), then filler; returns the count."""
    table = []
    for record in records:
        names = {m.value.org_id: m.value.name for m in record.mentions if m.type == "org"}
        mentions = {m.id: m for m in record.mentions}
        for claim in record.claims:
            mention = mentions[claim.mention]
            if claim.subject in names and claim.attribute_key and mention.type == "money" and mention.value.amount:
                off = 10 if len(table) % 4 == 0 else 1
                value = f"{mention.value.currency} {mention.value.amount * off:.0f}"
                table.append([names[claim.subject], claim.attribute_key.replace("_", " "), value, "", "bench"])
    table = table[:rows]
    table += [[f"Filler Company {n} Holdings", "valuation", f"${n + 1} billion", "2026", "bench"]
              for n in range(rows - len(table))]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["subject", "attribute", "value", "date", "source"])
        writer.writerows(table)
    return len(table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="records to write and to check")
    parser.add_argument("--facts", type=int, default=500, help="rows of the facts table")
    options = parser.parse_args()
    base = corpus_records()
    records = repeated(base, options.articles)
    lines = [jsonl_line(r) for r in records]
    with tempfile.TemporaryDirectory() as folder:
        for name, sink in (
            ("jsonl", RecordSink(Path(folder) / "out.jsonl")),
            ("sqlite", DatabaseSink(Path(folder) / "out.db")),
        ):
            started = time.perf_counter()
            for line in lines:
                sink.write(line)
            sink.close()
            seconds = time.perf_counter() - started
            print(f"write {name:6}  {len(lines):6} records  {seconds:6.2f} s  {len(lines) / seconds:8.0f} records/s")
        table = Path(folder) / "facts.csv"
        rows = facts_table(base, options.facts, table)
        started = time.perf_counter()
        facts = load_facts(table)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        report = corpus_report(records, lambda result: bind_facts(facts, result))
        seconds = time.perf_counter() - started
        conflicts = sum(1 for f in report.findings if f.check == "fact_conflict")
        rate = len(records) / seconds
        print(f"facts   {rows} rows read in {loaded:.2f} s; {len(records)} records checked against them in")
        print(f"        {seconds:.2f} s ({rate:.0f} records/s), {conflicts} fact_conflict findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
