"""Score extracted claims against the hand-written golden claims of `corpus/claims/<id>.jsonl`.

Claims are aligned by their quantity mention's offsets. Organizations are compared as organizations, not as
slugs: a predicted org_id stands for the gold org whose mentions its own mentions cover (the gold and the
code name the same company with different slugs). Per field (subject, object, attribute_key, kind) a claim
counts as found when it gives a value and right when the value equals the gold one; precision is right over
found, recall right over gold values given (`kind: other` counts as no value). Time and certainty are
scored as the share of aligned claims where they agree, null included. `key_agreement` is the share of
pairs of claims of one gold quantity (`quantity` label) that got the same non-null attribute_key.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

FIELDS = ("subject", "object", "attribute_key", "kind")
AGREEMENTS = ("subject", "time", "time_role", "certainty", "attribution")


@dataclass
class FieldScore:
    """Slot-filling counts for one claim field."""

    right: int = 0
    found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


@dataclass
class ClaimScore:
    """Claim-level counts over a set of articles."""

    gold_claims: int = 0
    aligned: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    agree: Counter = field(default_factory=Counter)
    key_pairs: int = 0
    key_pairs_agreeing: int = 0
    subject_pairs: int = 0
    subject_pairs_agreeing: int = 0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def accuracy(self, name: str) -> float:
        """Share of gold claims whose `name` the prediction got right (a missed mention counts as wrong)."""
        return self.agree[name] / self.gold_claims if self.gold_claims else 1.0

    @property
    def key_agreement(self) -> float:
        return self.key_pairs_agreeing / self.key_pairs if self.key_pairs else 1.0

    @property
    def subject_agreement(self) -> float:
        return self.subject_pairs_agreeing / self.subject_pairs if self.subject_pairs else 1.0


def load_gold_claims(corpus: Path) -> dict[str, list[dict]]:
    """Article id -> golden claims, from `corpus/claims/<id>.jsonl`."""
    folder = corpus / "claims"
    return {
        path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for path in sorted(folder.glob("*.jsonl"))
    }


def score_claims(
    article_id: str, gold_claims: list[dict], gold_mentions: list[dict], result: dict, score: ClaimScore
) -> None:
    """Add one article to `score`. `result` is the article's output record as a dict."""
    mentions = {m["id"]: m for m in result["mentions"]}
    org_map = _org_map(gold_mentions, result["mentions"])
    predicted: dict[tuple[int, int], dict] = {}
    for claim in result["claims"]:
        mention = mentions[claim["mention"]]
        predicted.setdefault((mention["start"], mention["end"]), claim)  # the first claim of a mention
    gold_offsets = {(g["start"], g["end"]) for g in gold_claims}
    for offsets, claim in predicted.items():
        if offsets not in gold_offsets:  # a claim on a spurious mention: every value it gives is wrong
            for name in FIELDS:
                if _value(claim, name, org_map, mentions) is not None:
                    score.fields[name].found += 1
    by_quantity: dict[str, list[tuple[dict, dict | None]]] = defaultdict(list)
    for gold in gold_claims:
        score.gold_claims += 1
        claim = predicted.get((gold["start"], gold["end"]))
        by_quantity[gold["quantity"]].append((gold, claim))
        if claim is not None:
            score.aligned += 1
        for name in FIELDS:
            expected = _gold_value(gold, name)
            got = _value(claim, name, org_map, mentions) if claim is not None else None
            field_score = score.fields[name]
            field_score.gold += expected is not None
            field_score.found += got is not None
            if got is not None and got == expected:
                field_score.right += 1
            elif expected is not None or got is not None:
                score.errors[name].append(f"{article_id} {gold['mention']!r}: gold {expected!r}, got {got!r}")
        for name in AGREEMENTS:
            expected = _gold_agreement(gold, name)
            got = _agreement(claim, name, org_map, mentions) if claim is not None else "<missed>"
            if _agrees(name, expected, got):
                score.agree[name] += 1
            else:
                score.errors[name].append(f"{article_id} {gold['mention']!r}: gold {expected!r}, got {got!r}")
    for pairs in by_quantity.values():
        for (_, first), (_, second) in combinations(pairs, 2):
            score.key_pairs += 1
            first_key = first.get("attribute_key") if first else None
            second_key = second.get("attribute_key") if second else None
            if first_key is not None and first_key == second_key:
                score.key_pairs_agreeing += 1
            else:
                score.errors["key_agreement"].append(f"{article_id}: {first_key!r} / {second_key!r}")
            score.subject_pairs += 1
            if first is not None and second is not None and first["subject"] == second["subject"]:
                score.subject_pairs_agreeing += 1


def _org_map(gold_mentions: list[dict], predicted_mentions: list[dict]) -> dict[str, str]:
    """Predicted org_id -> the gold org_id whose mentions its mentions overlap most."""
    gold_orgs = [m for m in gold_mentions if m["type"] == "org"]
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in predicted_mentions:
        if mention["type"] != "org":
            continue
        for gold in gold_orgs:
            if gold["start"] < mention["end"] and mention["start"] < gold["end"]:
                votes[mention["value"]["org_id"]][gold["value"]["org_id"]] += 1
    return {org_id: counter.most_common(1)[0][0] for org_id, counter in votes.items()}


def _gold_value(gold: dict, name: str):
    value = gold.get(name)
    return None if name == "kind" and value == "other" else value


def _value(claim: dict | None, name: str, org_map: dict[str, str], mentions: dict):
    if claim is None:
        return None
    value = claim.get(name)
    if name in ("subject", "object") and value is not None:
        return org_map.get(value, f"<no gold org: {value}>")
    if name == "kind" and value == "other":
        return None
    return value


def _gold_agreement(gold: dict, name: str):
    if name == "time":
        time = gold.get("time")
        return (time["start"], time["end"]) if time else None
    return gold.get(name)


def _agreement(claim: dict, name: str, org_map: dict[str, str], mentions: dict):
    if name == "time":
        time = claim.get("time")
        return (mentions[time]["start"], mentions[time]["end"]) if time else None
    if name == "subject":
        return _value(claim, name, org_map, mentions)
    return claim.get(name)


def _agrees(name: str, expected, got) -> bool:
    if name == "time" and expected is not None and isinstance(got, tuple):
        return expected[0] < got[1] and got[0] < expected[1]  # the same date mention, spans aside
    if name == "attribution" and isinstance(expected, str) and isinstance(got, str):
        a, b = expected.lower(), got.lower()
        return a in b or b in a  # 'the company' / 'The company'; 'Bankers' / 'Bankers working on ...'
    return expected == got
