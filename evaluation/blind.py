"""Scores against the gold that helper sessions wrote blind, before the rules changed (`eval/`).

- `eval/gold/news/<half>/<id>.jsonl`: orgs and claim holders for stories of ../shared/dev-news (offsets only;
  the text is read from the shared file at scoring time);
- `eval/gold/written/<half>/<id>.txt` + `.jsonl`: BBC-style stories written for it, same gold;
- `eval/planted/<half>/<id>.txt` + `.json`: articles with one planted contradiction, and trap controls that
  are consistent but hold a pair a naive checker would flag.

Each is split into a `tune` half (develop against it) and a `sealed` half (score only when a change is done).
"""

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HALVES = ("tune", "sealed")
ALARMS = ("error", "warning")


def half_of(story_id: str) -> str:
    """The half of ../shared/dev-news a story belongs to, by its id alone: 'tune' or 'sealed'.

    >>> half_of("reuters21578_02627"), half_of("reuters21578_05796")
    ('tune', 'sealed')
    """
    return "tune" if int(hashlib.sha256(story_id.encode()).hexdigest(), 16) % 2 == 0 else "sealed"


@dataclass
class BlindArticle:
    id: str
    text: str
    published: str | None
    gold: list[dict]


def news_articles(gold_dir: Path, news_file: Path, half: str) -> Iterator[BlindArticle]:
    """The dev-news stories of one half with their gold; nothing when the shared file is absent."""
    if not news_file.exists():
        return
    wanted = {p.stem: p for p in sorted((gold_dir / half).glob("*.jsonl"))}
    with news_file.open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            if story["id"] in wanted:
                gold = [json.loads(g) for g in wanted[story["id"]].read_text(encoding="utf-8").splitlines() if g]
                yield BlindArticle(story["id"], story["text"], story.get("published"), gold)


def written_articles(gold_dir: Path, half: str) -> Iterator[BlindArticle]:
    """The stories written for the gold, with their publication dates from MANIFEST.tsv."""
    published = {}
    manifest = gold_dir / "MANIFEST.tsv"
    if manifest.exists():
        rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()[1:] if line]
        published = {row[0]: row[2] for row in rows if len(row) > 2}
    for path in sorted((gold_dir / half).glob("*.txt")):
        gold_file = path.with_suffix(".jsonl")
        gold = [json.loads(g) for g in gold_file.read_text(encoding="utf-8").splitlines() if g]
        yield BlindArticle(path.stem, path.read_text(encoding="utf-8"), published.get(path.stem), gold)


@dataclass
class HolderScore:
    """Organization spans and claim holders against blind gold."""

    org_gold: int = 0
    org_found: int = 0
    org_right: int = 0
    claims: int = 0  # gold money/percent claims
    aligned: int = 0  # of which newsclaims made a claim on an overlapping mention
    with_subject: int = 0  # gold claims whose holder is an organization of the article
    subject_right: int = 0  # ... and newsclaims named it
    predicted_subject: int = 0  # aligned claims where newsclaims named a subject
    predicted_right: int = 0  # ... and it is the gold one
    null_right: int = 0  # aligned gold claims without an org holder where newsclaims named none
    null_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def org_precision(self) -> float:
        return self._ratio(self.org_right, self.org_found)

    @property
    def org_recall(self) -> float:
        return self._ratio(self.org_right, self.org_gold)

    @property
    def org_f1(self) -> float:
        p, r = self.org_precision, self.org_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def subject_accuracy(self) -> float:
        """Share of gold claims with an organization holder whose subject newsclaims got right."""
        return self._ratio(self.subject_right, self.with_subject)

    @property
    def subject_precision(self) -> float:
        """Share of newsclaims' named subjects (on aligned claims) that are the gold holder."""
        return self._ratio(self.predicted_right, self.predicted_subject)


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without a leading 'the' and a trailing possessive: the part annotators agree on."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start += 4
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    return start, end


def score_holders(article: BlindArticle, result: dict, score: HolderScore) -> None:
    """Add one article: org spans (on their core), then each gold claim's holder."""
    text = article.text
    gold_orgs = [g for g in article.gold if g["type"] == "org"]
    found_orgs = [m for m in result["mentions"] if m["type"] == "org"]
    gold_spans = {_core(text, g["start"], g["end"]) for g in gold_orgs}
    found_spans = {_core(text, m["start"], m["end"]) for m in found_orgs}
    score.org_gold += len(gold_spans)
    score.org_found += len(found_spans)
    score.org_right += len(gold_spans & found_spans)
    # a predicted org_id stands for the gold org whose mentions its mentions overlap most
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in found_orgs:
        for g in gold_orgs:
            if g["start"] < m["end"] and m["start"] < g["end"]:
                votes[m["value"]["org_id"]][g["org_id"]] += 1
    as_gold = {org: counter.most_common(1)[0][0] for org, counter in votes.items()}
    mentions = {m["id"]: m for m in result["mentions"]}
    claims = [(mentions[c["mention"]], c) for c in result["claims"] if c["mention"] in mentions]
    for gold in (g for g in article.gold if g["type"] == "claim"):
        score.claims += 1
        overlapping = [c for m, c in claims if m["start"] < gold["end"] and gold["start"] < m["end"]]
        claim = overlapping[0] if overlapping else None
        gold_subject = gold["subject"] if gold.get("holder", "org") == "org" else None
        predicted = as_gold.get(claim["subject"], f"?{claim['subject']}") if claim and claim["subject"] else None
        if gold_subject:
            score.with_subject += 1
            score.subject_right += predicted == gold_subject
        if claim is None:
            continue
        score.aligned += 1
        if predicted is not None:
            score.predicted_subject += 1
            score.predicted_right += predicted == gold_subject
        if gold_subject is None:
            score.null_gold += 1
            score.null_right += predicted is None
        if predicted != gold_subject:
            quote = text[gold["start"] : gold["end"]]
            score.errors.append(f"{article.id}: {quote!r} holder {gold_subject} got {predicted}")


@dataclass
class PlantedScore:
    """Planted contradictions found and traps that raised an alarm, per family."""

    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    traps: Counter = field(default_factory=Counter)
    trap_alarms: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def planted_articles(folder: Path, half: str) -> Iterator[tuple[dict, str]]:
    """(gold, text) of each article of the planted suite's half."""
    for gold_file in sorted((folder / half).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        yield gold, gold_file.with_suffix(".txt").read_text(encoding="utf-8")


def score_planted(gold: dict, result: dict, score: PlantedScore) -> None:
    """A planted article counts as found when one error/warning finding cites mentions overlapping at least two
    of its gold cites (its one cite, where the gold cites one: a maturity before the announcement); a trap
    counts as an alarm when any error/warning finding fires on it."""
    mentions = {m["id"]: m for m in result["mentions"]}
    alarms = [f for f in result["findings"] if f["severity"] in ALARMS]
    family = gold["family"]

    def covered(finding: dict) -> int:
        cited = [mentions[i] for i in finding["mentions"] if i in mentions]
        return sum(any(m["start"] < c["end"] and c["start"] < m["end"] for m in cited) for c in gold["cites"])

    if gold["planted"]:
        score.planted[family] += 1
        hit = any(covered(f) >= min(2, len(gold["cites"])) for f in alarms)
        score.found[family] += hit
        if not hit:
            fired = ", ".join(f"{f['check']}" for f in alarms) or "nothing"
            score.notes.append(f"missed {gold['id']} ({family}): raised {fired}")
    else:
        score.traps[family] += 1
        score.trap_alarms[family] += bool(alarms)
        for f in alarms:
            score.notes.append(f"trap alarm {gold['id']}: [{f['severity']} {f['check']}] {f['message'][:140]}")


Extractor = Callable[[str, str | None], dict]
