"""One identity per organization: which names in an article are the same organization, and its `org_id`.

Names merge when (`rules/orgs.json` holds the word lists):

1. the user's alias table maps them to the same canonical name ('Google' -> 'Alphabet');
2. they are the same once a legal suffix, 'the' and a possessive are set aside ('Apple Inc.', 'Apple');
3. one is an acronym defined in parentheses right after the other ('Sumitomo Mitsui Banking Corporation
   (SMBC)');
4. one is the acronym of exactly one other name in the article, without parentheses ('Mitsubishi UFJ
   Financial Group' ... 'MUFG'; 'European Central Bank' ... 'ECB');
5. one is the leading words of exactly one other name, and not a generic word ('Goldman' ... 'Goldman
   Sachs'; 'Mizuho' ... 'Mizuho Financial Group'; never 'Bank' for 'Bank of Japan').

Rules 4 and 5 only merge when the match is unique, so 'MS' between 'Morgan Stanley' and 'Microsoft
Systems' stays its own organization. `org_id` is the slug of the canonical name (the alias table's, else
the longest name's key), so the same organization gets the same id in every article that names it fully.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from newsclaims.tables import load_table


@dataclass(frozen=True)
class OrgIdentity:
    """The identity of one organization mention."""

    name: str
    org_id: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form names are compared in: lower case, no 'the', no possessive, no legal suffix, no dots in
    acronyms.

    >>> name_key("The Apple Inc.")
    'apple'
    >>> name_key("SoftBank Group Corp's")
    'softbank'
    >>> name_key("U.S. Steel")
    'us steel'
    """
    key = name.replace("\u2019", "'").lower().strip()
    key = re.sub(r"^the\s+", "", key)
    keeps_s = any(key == word or key.startswith(word + " ") for word in _table()["names_with_s"])
    key = re.sub(r"'$", "", key) if keeps_s else re.sub(r"(?:'s|')$", "", key)
    key = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group().replace(".", ""), key)
    key = " ".join(key.replace(",", " ").split())
    suffixes = sorted(_table()["legal_suffixes"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if key.endswith(" " + suffix):
                key = key[: -len(suffix) - 1].rstrip(" ,")
                changed = True
                break
    return key


def alias_table(pairs) -> dict[str, str]:
    """Name key -> canonical name from (name, canonical) pairs (`io.aliases.read_aliases`); a canonical
    name maps to itself, so 'Alphabet Inc.' joins the group of 'Alphabet'.

    >>> alias_table([("Google", "Alphabet")])
    {'alphabet': 'Alphabet', 'google': 'Alphabet'}
    """
    table: dict[str, str] = {}
    for name, canonical in pairs:
        table.setdefault(name_key(canonical), canonical)
        table[name_key(name)] = canonical
    return table


def slug(name: str) -> str:
    """'Sumitomo Mitsui Banking' -> 'sumitomo-mitsui-banking'; accents folded ('Nestlé' -> 'nestle').

    >>> slug("Harcourt & Lyle plc"), slug("Société Générale SA")
    ('harcourt-lyle', 'societe-generale')
    """
    folded = unicodedata.normalize("NFKD", name_key(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "org"


def resolve_identities(
    text: str,
    spans: Sequence[tuple[int, int]],
    aliases: Mapping[str, str] | None = None,
) -> list[OrgIdentity]:
    """The identity of each org mention (offsets into `text`, in text order). `aliases` maps a name's key
    (`name_key`) to its canonical name."""
    names = [text[start:end] for start, end in spans]
    distinct = list(dict.fromkeys(names))
    parent = {name: name for name in distinct}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_b] = root_a

    aliases = {**_builtin_aliases(), **(aliases or {})}
    canonical_of = {name: aliases.get(name_key(name)) for name in distinct}
    by_key: dict[str, str] = {}
    for name in distinct:
        key = _spaceless_key(canonical_of[name] or name)
        if key in by_key:
            union(by_key[key], name)
        else:
            by_key[key] = name
    defined = set()  # an acronym defined in parentheses stands for a whole name, as a legal suffix does
    for index, ((start, end), name) in enumerate(zip(spans, names, strict=True)):
        if index and _defined_by_parentheses(text, spans[index - 1][1], start, end):
            union(names[index - 1], name)
            defined.add(name)
    by_acronym: dict[str, list[str]] = {}
    by_first_word: dict[str, list[str]] = {}
    for name in distinct:
        for variant in _acronym_variants(name):
            by_acronym.setdefault(variant, []).append(name)
        words = name_key(name).split()
        if words:
            by_first_word.setdefault(words[0], []).append(name)
    by_initial: dict[str, list[str]] = {}
    for name in distinct:
        if " " in name:
            by_initial.setdefault(name[:1].lower(), []).append(name)
    complete = {_spaceless_key(name) for name in distinct if _complete_name(name) or name in defined}
    for name in distinct:
        acronyms = by_acronym.get(_acronym_letters(name) or "", [])
        short_forms = [long for long in by_first_word.get(next(iter(name_key(name).split()), ""), [])]
        # 'Security Pacific Corp' is a company's whole name, and 'Security Pacific Merchant Bank' its unit; 'Kanto'
        # of 'Kanto Motors' and its unit 'Kanto Motors India' is the parent
        whole = _spaceless_key(name) in complete
        short_forms = [] if whole else _without_units(name, short_forms, complete)
        target = _unique(name, acronyms, _is_acronym_of, find) or _unique(name, short_forms, _is_short_form_of, find)
        if target is None and " " not in name and len(distinct) <= _MAX_SYLLABLE_NAMES:
            # 'Lilco' of 'Long Island Lighting Co': among the longer names with its first letter
            longer = by_initial.get(name[:1].lower(), [])
            target = _unique(name, longer, _is_syllable_acronym, find)
        if target is not None:
            union(target, name)
    clusters: dict[str, list[str]] = {}
    for name in distinct:
        clusters.setdefault(find(name), []).append(name)
    identity_of: dict[str, OrgIdentity] = {}
    for members in clusters.values():
        canonical = next((canonical_of[m] for m in members if canonical_of[m]), None)
        canonical = canonical or max(members, key=lambda m: (len(name_key(m)), -members.index(m)))
        org_id = slug(canonical)
        for member in members:
            others = tuple(m for m in members if m != member)
            identity_of[member] = OrgIdentity(name=member, org_id=org_id, aliases=others)
    return [identity_of[name] for name in names]


def _spaceless_key(name: str) -> str:
    """'TimeWarner' and 'Time Warner', 'Glaxo Smith Kline' and 'GlaxoSmithKline': one name, spaced two ways."""
    return name_key(name).replace(" ", "").replace("-", "")


def _complete_name(name: str) -> bool:
    """Whether a name is a company's whole name, never the short form of a longer one: it ends in a legal suffix
    ('Security Pacific Corp', 'Rhenalis AG') or, in two words or more, in an industry word ('Kanto Motors',
    'Tokiwa Holdings'). A longer name that starts with it names a unit of its own
    ('Security Pacific Merchant Bank', 'Rhenalis Generika', 'Kanto Motors India').

    >>> _complete_name("Security Pacific Corp"), _complete_name("Kanto Motors"), _complete_name("Goldman Sachs")
    (True, True, False)
    """
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].strip(",")
    return last.lower() in _whole_name_ends()


@cache
def _whole_name_ends() -> frozenset[str]:
    return frozenset(word.lower() for key in ("company_suffixes", "industry_words") for word in _table()[key])


def _without_units(short: str, longer: list[str], complete: set[str]) -> list[str]:
    """The names a short form may stand for, less the units of a whole name among them: of 'Kanto Motors' and
    'Kanto Motors India', 'Kanto' stands for the parent."""
    wholes = [name for name in longer if _spaceless_key(name) in complete and _is_short_form_of(short, name)]
    return [name for name in longer if not any(whole != name and _is_short_form_of(whole, name) for whole in wholes)]


def _defined_by_parentheses(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is an acronym in parentheses right after the previous mention:
    'Sumitomo Mitsui Banking Corporation (SMBC)'."""
    if not (start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")"):
        return False
    return previous_end < start and re.fullmatch(r"\s*\(", text[previous_end:start]) is not None


def _unique(name: str, names: list[str], relation, cluster) -> str | None:
    """The one organization `name` stands for by `relation`, or None when it fits none or several (names
    already known to be one organization count once: 'Goldman' of 'Goldman Sachs' and 'Goldman Sachs
    Group Inc.')."""
    matches = [other for other in names if other != name and relation(name, other)]
    return matches[0] if len({cluster(match) for match in matches}) == 1 else None


@cache
def _builtin_aliases() -> dict[str, str]:
    """Short names the press uses that no rule derives ('Fed' for the Federal Reserve): `rules/orgs.json`."""
    return {name_key(name): canonical for name, canonical in _table()["known_aliases"].items()}


def _acronym_letters(short: str) -> str | None:
    """The letters of a name that can be an acronym ('U.S.B.' -> 'USB'), or None."""
    letters = short.replace(".", "").replace("&", "")
    return letters if 2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha() else None


_MAX_SYLLABLE_NAMES = 500  # distinct names in an article past which syllable acronyms are not looked for


def _is_acronym_of(short: str, long: str) -> bool:
    """'MUFG' of 'Mitsubishi UFJ Financial Group', 'BOJ' of 'Bank of Japan', 'ECB' of 'European Central
    Bank'; and a syllable acronym, the start of every word run together ('Lilco' of 'Long Island Lighting
    Co', 'Amex' of 'American Express')."""
    letters = _acronym_letters(short)
    return (letters is not None and letters.upper() in _acronym_variants(long)) or _is_syllable_acronym(short, long)


def _is_syllable_acronym(short: str, long: str) -> bool:
    """Whether one word of four letters or more is the starts of all the long name's words, in order, each
    giving one letter or more (its 'of'/'and' may give none)."""
    if " " in short or len(short) < 4 or not short.isalpha() or (short.isupper() and len(short) < 5):
        return False
    skip = set(_table()["acronym_skip"])
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", long)]
    if len([w for w in words if w not in skip]) < 2:
        return False

    @cache
    def fits(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(target)
        if words[word] in skip and fits(at, word + 1):
            return True
        for size in range(1, len(words[word]) + 1):
            if target.startswith(words[word][:size], at) and fits(at + size, word + 1):
                return True
        return False

    target = short.lower()
    return fits(0, 0)


@lru_cache(maxsize=65536)
def _acronym_variants(long: str) -> frozenset[str]:
    """The acronyms a name can be shortened to: initials with or without 'of'/'and', an all-capitals word
    kept whole ('Mitsubishi UFJ Financial Group' -> MUFG, MUFJFG...)."""
    words = re.findall(r"[A-Za-z][\w'-]*|&", long)
    if len(words) < 2:
        return frozenset()
    skip = set(_table()["acronym_skip"])
    variants = {
        "".join(w[0] for w in words if w.lower() not in skip),
        "".join(w[0] for w in words if w != "&"),
        "".join(w if w.isupper() and len(w) > 1 else w[0] for w in words if w.lower() not in skip),
    }
    long_key = name_key(long).split()
    if long_key:
        kept = [w for w in words if w.lower() in long_key]
        variants.add("".join(w[0] for w in kept if w.lower() not in skip))
    return frozenset(v.upper() for v in variants if len(v) >= 2)


def _is_short_form_of(short: str, long: str) -> bool:
    """'Goldman' of 'Goldman Sachs', 'Mizuho' of 'Mizuho Financial Group': the leading words of a longer
    name, where the short form is not a generic word."""
    short_words = name_key(short).split()
    long_words = name_key(long).split()
    if not short_words or len(short_words) >= len(long_words) or long_words[: len(short_words)] != short_words:
        return False
    generic = set(_table()["generic_words"])
    return not all(word in generic for word in short_words) and short[0].isupper()


@cache
def _table() -> dict:
    return load_table("orgs")
