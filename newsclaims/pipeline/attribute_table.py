"""The model's `attribute_ruler` read as a lookup table: the same POS, morphology and lemmas at a tenth of the cost.

en_core_web_sm's attribute ruler holds 179 rules (a tag map: tag -> POS and morphology; word-and-tag
exceptions: 'ai' + "n't" -> lemma 'be'). spaCy runs them through a `Matcher`, which tries every rule on
every token and writes each match through a `Span`: on 200 Reuters stories it took as long as the tagger,
parser and their tok2vec together on the sentences `partial_parse` parses. But every rule tests one or two
tokens on their tag, lowercase form, dependency label or whitespace, so what matches a token depends on that
tuple alone (and its neighbour's, for a two-token rule): `AttributeTable` works the rules out once per
distinct tuple and writes each token once.

It writes what the ruler writes: for each token and attribute, the value of the last rule (in the ruler's
order) that matched with that token as its target; rules match the tokens as they were before any write, as
the ruler's do. A ruler with a rule it cannot read as such (an operator, another attribute, a predicate other
than equality, IN, NOT_IN and REGEX) is not turned into a table (`AttributeTable.of` gives None) and runs
as it is. `tests/pipeline/test_attribute_table.py` checks the two against each other token by token.
"""

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # what the ruler itself writes with

# A token as the rules see it: its tag, lowercase form, dependency label (hashes) and whether it is space.
_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
Signature = tuple[int, int, int, int]
Test = Callable[[Signature], bool]
# The patterns a token matches: one-token ones (their rules), two-token ones as first and as second token.
Found = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
_OTHER = -1  # a value no rule names: such values all match alike (REGEX values stay themselves)
_MAX_TOKEN_SIGNATURES = 100_000  # then the cache starts again: memory stays flat over any number of articles


class UnreadableRule(ValueError):
    """A rule the table cannot read: the ruler runs as it is."""


class AttributeTable:
    """`attribute_ruler` as lookups by token signature; call it on a Doc as the ruler is called."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._strings = ruler.vocab.strings
        self._attrs = list(ruler.attrs)
        # (rule, length, target offset, tests per token)
        self._patterns: list[tuple[int, int, int, list[Test]]] = []
        self._named: list[set[int]] = [set() for _ in _KEYS]  # values the rules name, per column
        self._regexes: list[list[re.Pattern[str]]] = [[] for _ in _KEYS]
        for rule, index in enumerate(ruler.indices):
            _, patterns = ruler.matcher.get(self._strings[str(rule)])
            for pattern in patterns:
                if not 1 <= len(pattern) <= 2:
                    raise UnreadableRule(f"rule {rule}: {len(pattern)} tokens")
                target = index if index >= 0 else len(pattern) + index
                if not 0 <= target < len(pattern):
                    raise UnreadableRule(f"rule {rule}: index {index} outside its pattern")
                self._patterns.append((rule, len(pattern), target, [self._test(spec) for spec in pattern]))
        self._by_signature: dict[Signature, Found] = {}  # by the signature as the rules tell it apart
        self._by_token: dict[Signature, Found] = {}  # by the token's own signature: bounded, see __call__
        self._merged: dict[tuple[int, ...], dict] = {}

    @classmethod
    def of(cls, ruler: AttributeRuler) -> "AttributeTable | None":
        """The table of `ruler`, or None when one of its rules is not a plain one- or two-token test."""
        try:
            return cls(ruler)
        except UnreadableRule:
            return None

    def _test(self, spec: dict) -> Test:
        tests = [self._attribute_test(_KEYS[key], value) for key, value in spec.items() if key in _KEYS]
        if len(tests) != len(spec):
            raise UnreadableRule(f"attributes {sorted(set(spec) - set(_KEYS))}")
        return lambda signature: all(test(signature) for test in tests)

    def _attribute_test(self, column: int, value) -> Test:
        if column == _KEYS["IS_SPACE"]:
            if not isinstance(value, bool):
                raise UnreadableRule(f"IS_SPACE {value!r}")
            return lambda signature: bool(signature[column]) == value
        if isinstance(value, str):
            wanted = get_string_id(value)
            self._named[column].add(wanted)
            return lambda signature: signature[column] == wanted
        if isinstance(value, dict) and len(value) == 1:
            ((operator, operand),) = value.items()
            if operator in ("IN", "NOT_IN"):
                members = {get_string_id(v) for v in operand}
                self._named[column] |= members
                inside = operator == "IN"
                return lambda signature: (signature[column] in members) == inside
            if operator == "REGEX":  # as the Matcher: a search in the attribute's string
                regex = re.compile(operand)
                self._regexes[column].append(regex)
                return lambda signature: (
                    signature[column] != _OTHER and bool(regex.search(self._strings[signature[column]]))
                )
        raise UnreadableRule(f"predicate {value!r}")

    def _told_apart(self, signature: Signature) -> Signature:
        """`signature` with every value that no rule names, nor any REGEX matches, made `_OTHER`."""
        told = []
        for column, value in enumerate(signature):
            named = column == _KEYS["IS_SPACE"] or value in self._named[column]
            if not named and self._regexes[column]:
                named = any(regex.search(self._strings[value]) for regex in self._regexes[column])
            told.append(value if named else _OTHER)
        return tuple(told)  # type: ignore[return-value]

    def _of_signature(self, token_signature: Signature) -> Found:
        """Which patterns a token with `token_signature` matches: as a one-token pattern (their rules), as the
        first token of a two-token one, and as the second (pattern numbers)."""
        known = self._by_token.get(token_signature)
        if known is not None:
            return known
        signature = self._told_apart(token_signature)
        known = self._by_signature.get(signature)
        if known is None:
            single, first, second = [], [], []
            for number, (rule, length, _, tests) in enumerate(self._patterns):
                if length == 1:
                    if tests[0](signature):
                        single.append(rule)
                else:
                    if tests[0](signature):
                        first.append(number)
                    if tests[1](signature):
                        second.append(number)
            known = self._by_signature[signature] = (tuple(single), tuple(first), tuple(second))
        if len(self._by_token) >= _MAX_TOKEN_SIGNATURES:
            self._by_token.clear()
        self._by_token[token_signature] = known
        return known

    def __call__(self, doc: Doc) -> Doc:
        signatures = [tuple(row) for row in doc.to_array(_COLUMNS).tolist()]
        found = [self._of_signature(signature) for signature in signatures]
        targets: list[list[int]] = [list(single) for single, _, _ in found]
        for position, (_, first, _) in enumerate(found[:-1]):
            if first:
                following = found[position + 1][2]
                for number in first:
                    if number in following:
                        rule, _, target, _ = self._patterns[number]
                        targets[position + target].append(rule)
        for position, rules in enumerate(targets):
            if rules:
                set_token_attrs(doc[position], self._merged_attrs(tuple(sorted(set(rules)))))
        return doc

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        """The attributes `rules` write to one token, later rules winning (as the ruler sorts its matches)."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self._attrs[rule])
            self._merged[rules] = merged
        return merged
