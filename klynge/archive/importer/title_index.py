"""A contents list whose titles run together on one line, read by the headings that repeat it.

A PDF transcript that gives a page as one line prints the contents list as "Sagsoversigt Side
01. Godkendelse af dagsorden Oplæg til dialog … Meddelelser og eventuelt...16": the numbers
(all but a few) and the line breaks are lost, so where one title ends is not marked. The titles
are told apart by what does mark them: a number still printed, a page number after dotted
leaders, a closed mark ("Lukket - …"), a title that a heading further down repeats on a line of
its own (or before "Åben sag"), and, last, a capitalised word after an ordinary lower-case word
("… på kompressionshjælpemidler Opfølgning på …"). The list is then written one entry a line
("N. Title") and each heading below that repeats an entry is cut out of its run-together page
the same way, so that the ordinary index reading takes over. A number the text does not print
is only lent to line the headings up with their entries: the item gets none (as printed).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from .layouts import kind_from_title
from .reline import FUNCTION_WORDS, cut_run_together, plain_word, starts_title
from .repair import lexicon

# The label a contents list starts with (capitalised: a heading, not a word in a sentence), the
# column heads after it ("Side", "Sag nr. Side", "Pkt. Side"), and the list's first number right
# after: "Sagsoversigt Side 01.", "Indholdsfortegnelse 70", "INDHOLDSFORTEGNELSE Åbent møde 1...";
# or, without a number right after, a list with its dotted leaders ("… budget...i 90. …").
_COLUMN_HEAD = r"(?:sag(?:s)?\s*nr\.?|pkt\.?|punkt|nr\.?|side)"
_LABEL_WORD = (
    r"\b(?=[A-ZÆØÅ])(?i:(?:indholdsfortegnelse|indholdsliste|sagsoversigt|punktoversigt"
    rf"|dagsordensoversigt|dagsordenspunkter|indhold))\b:?(?i:(?:\s+{_COLUMN_HEAD}){{0,2}})"
)
_LABEL = re.compile(_LABEL_WORD + r"(?=(?i:\s+(?:åbent|lukket)\s+møde)?\s+\d)")
_LABEL_BEFORE_LEADERS = re.compile(_LABEL_WORD + r"(?=\s+\S)")
# A list without its first number needs this many dotted leaders to be one.
_MIN_LEADERS = 3
# Only a long run after the label is a run-together list (a list on lines of its own is not).
_MIN_RUN = 60
# "....... 3", "...xii": the dotted leader and its page number (arabic or roman).
_LEADER = re.compile(r"\s*(?:\.{2,}|…+)\s*(?:\d{1,3}|[ivxlc]{1,7})\b\s*")
# ", sagsnr. 13/1506", ", j.nr. 2024-12": a case number after a title in the list.
_CASE_TAIL = re.compile(
    r",?\s*\b(?:sagsnr|sags\s*nr|j\.\s*nr|journalnr)\.?\s*:?\s*[\d/.\-]*\s*", re.IGNORECASE
)
# "44/09 Orientering", "/09 Budget": an entry led by its case number and year.
_CASE_ENTRY = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})?/(?P<year>\d{2})\s+(?=[\"“A-ZÆØÅ])")
# "… og regnskab v 94. …": a roman page number without its leader, before the next number.
_ROMAN_PAGE = re.compile(r"\s+[ivxlc]{1,7}$")
_NUMBER = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})(?:\s*\.+\s*|\s+)(?=[\"“A-ZÆØÅ])")
_CLOSED = re.compile(r"(?<=\S)\s+(?=lukket\s*[-–:])", re.IGNORECASE)
# "Åbent møde" / "Lukket møde", "Til behandling - for lukkede døre": the list's group heads,
# not titles.
_GROUP = re.compile(
    r"\b(?:(?:åbent|lukket)\s+møde|(?:til\s+\w+\s*[-–]\s*)?for\s+(?:åbne|lukkede)\s+døre)\b",
    re.IGNORECASE,
)
# The list ends at the document's own parts: its appendix list and signature page, and at a page
# footer's file path ("H:\\Udvalget\\2008\\Dagsorden.doc").
_DOCUMENT_PARTS = re.compile(
    r"(?:^|\s)(?:(?i:bilagsliste|bilagsfortegnelse|underskriftsblad|underskrifter)\b"
    r"|[A-Z]:\\)"
)
_NOT_ITEM = re.compile(
    r"^(?:bilagsliste|bilagsfortegnelse|underskrift(?:er|sblad)?|side\s+\d+)\b", re.IGNORECASE
)
# A number may skip this many entries that the transcript lost.
_LOST = 3
_PREPOSITIONS = {
    "af", "på", "i", "for", "til", "med", "om", "fra", "ved", "vedr.", "ang.", "vedrørende",
}  # fmt: skip
# "Sundhedshus Sæby I/S": the company form that ends a name.
_COMPANY_FORMS = {"A/S", "I/S", "ApS", "P/S", "K/S", "IVS", "a.m.b.a."}
_NAME_ARTICLES = {"Den", "Det", "De"}
_BEFORE_NAME = _PREPOSITIONS | {"og", "samt"}
_LABELLED = re.compile(r"^[\w .-]{1,30}:")
_NUMBERED = re.compile(r"^\s*\d{1,3}\.\s")
# "Bilag: 1. Åbent referat …": the attachments of the entry above, listed under it.
_ATTACHMENTS = re.compile(r"^\s*bilag\s*:\s*\d{1,2}\.\s*", re.IGNORECASE)
_MARK_AFTER = r"(?:\s+(?P<mark>(?:åben|lukket)\s+sag)\b.*)?\s*$"


@dataclass
class _Entry:
    number: int | None  # as printed in the list
    title: str
    lent: int = 0  # the number the list's order gives it
    closed: bool = False  # under the list's "Lukket møde" head
    whole: bool = False  # the list marks where each title ends (its case number after it)


@dataclass
class TitleIndex:
    lines: list[str]
    # Lines that head an item whose number differs from the one written on the line: the number
    # as printed (None: not printed, lent by the list's order to line headings up).
    printed: dict[int, int | None]
    # Lines whose title ends where a weak cue said (a guess).
    guessed: set[int]
    # Lines read as no part of the text: the page's running head before each heading
    # ("2 Ældrerådet Mødedato Side"), a contents list's group heads.
    moved: set[int] = field(default_factory=set)


def split_title_index(lines: list[str]) -> TitleIndex:
    """The lines with a run-together contents list (and the headings repeating it) cut apart."""
    for position, line in enumerate(lines):
        label = _label(line)
        if not label:
            continue
        taken = _continued(lines, position)
        if len(line) - label.end() < _MIN_RUN and not _leaders_below(lines, position, taken):
            continue
        later = lines[position + 1 + taken :]
        listing = _listing([line[label.end() :], *lines[position + 1 : position + 1 + taken]])
        entries, body = _read_list(listing, later)
        if len(entries) < 2:
            continue
        _lend_numbers(entries)
        head = [line[: label.start()].strip(), line[label.start() : label.end()].strip()]
        listed = [f"{e.lent}. {_closed_mark(e)}{e.title}" for e in entries]
        out = lines[:position] + [h for h in head if h]
        first = len(out)
        out += listed
        lent = {first + i for i, e in enumerate(entries) if e.number is None}
        guessed = set(range(first, first + len(entries)))
        below_list = ([body] if body else []) + later
        cut, lent_below, below = _cut_headings(below_list, entries, len(out))
        out += cut
        printed = dict.fromkeys(lent | lent_below)
        return TitleIndex(out, printed, guessed | below, _running_heads(out, below))
    return TitleIndex(lines, {}, set())


def _closed_mark(entry: _Entry) -> str:
    """ "Lukket - " before a title in the list's closed part that does not say so itself."""
    return "Lukket - " if entry.closed and not re.match(r"lukket\b", entry.title, re.I) else ""


def _label(line: str) -> re.Match[str] | None:
    return _LABEL.search(line) or _LABEL_BEFORE_LEADERS.search(line)


def _leaders_below(lines: list[str], position: int, taken: int) -> bool:
    """ "Indholdsfortegnelse Til efterretning - for åbne døre...i" and its entries on lines of
    their own with their dotted leaders and (roman) page numbers: a list to read whole."""
    block = " ".join(lines[position : position + 1 + taken])
    return len(_LEADER.findall(block)) >= _MIN_LEADERS


def _continued(lines: list[str], position: int) -> int:
    """How many lines after the list's first line go on with it: up to a blank line or a
    labelled line ("Sagsnr.: …")."""
    taken = 0
    highest = max((int(m["n"]) for m in _NUMBER.finditer(lines[position])), default=0)
    for index in range(position + 1, len(lines)):
        line = lines[index]
        labelled = _LABELLED.match(line.strip()) and not _ATTACHMENTS.match(line)
        if not line.strip() and not _resumes(lines, index, highest):
            break
        if labelled and not _NUMBERED.match(line):
            break
        highest = max([highest, *(int(m["n"]) for m in _NUMBER.finditer(line))])
        taken += 1
    return taken


def _resumes(lines: list[str], index: int, highest: int) -> bool:
    """After a page break, the list goes on with its next number (a heading below the list
    starts over at the list's first)."""
    following = next((line for line in lines[index:] if line.strip()), "")
    number = re.match(r"^\s*(\d{1,3})\.\s+[\"“A-ZÆØÅ]", following)  # not "12. marts"
    return bool(highest and number and int(number[1]) > highest)


def _listing(lines: list[str]) -> str:
    """The list's lines as one, without the attachments listed under an entry ("Bilag: 1.
    Åbent referat 3. Generalforsamling …": up to the list's next number)."""
    kept: list[str] = []
    last = 0
    for line in lines:
        attachments = _ATTACHMENTS.match(line)
        if attachments:
            following = (m for m in _NUMBER.finditer(line, attachments.end()) if int(m["n"]) > last)
            resumed = next(following, None)
            line = line[resumed.start() :] if resumed else ""
        last = max([last, *(int(m["n"]) for m in _NUMBER.finditer(line))])
        kept.append(line)
    return " ".join(line for line in kept if line)


def _read_list(text: str, later: list[str]) -> tuple[list[_Entry], str]:
    """The entries of a run-together list, and what follows them on the line (the body)."""
    parts = _DOCUMENT_PARTS.search(text)
    tail = text[parts.start() :].strip() if parts else ""
    text = text[: parts.start()] if parts else text
    by_case = _by_case_numbers(text)
    if by_case:
        return by_case, tail
    entries: list[_Entry] = []
    last: int | None = None
    roman = bool(re.search(r"(?:\.{2,}|…)\s*[ivxlc]{1,7}\b", text))
    # "Formandens meddelelser, sagsnr. 13/ Godkendelse af …": each title ends at its case number.
    ended = len(_CASE_TAIL.findall(text)) >= _MIN_LEADERS
    for closed, group in _groups(text):
        for segment in _segments(group, ended):
            leap = ended or segment.startswith(group)
            for number, chunk in _numbered(segment, last, leap=leap):
                last = number if number is not None else last
                chunk = _ROMAN_PAGE.sub("", chunk) if roman else chunk
                for index, part in enumerate(_CLOSED.split(chunk)):
                    entry = _Entry(number if index == 0 else None, part, closed=closed, whole=ended)
                    entries.append(entry)
    # "… 18 år...xv åben": a page's mark after the last leader is no title.
    entries = [e for e in entries if e.title and not e.title.islower()]
    entries, body = _without_body(entries)
    entries = [e for e in entries if e.title and not _NOT_ITEM.match(e.title)]
    return _split_titles(entries, later), " ".join(t for t in (tail, body) if t)


def _by_case_numbers(text: str) -> list[_Entry]:
    """ "44/09 Orientering /09 Indtægtsanalyse …": entries led by their case number and year
    (the number lost but for the year's "/09"); the number is the item's as printed."""
    text = text.strip()
    found = list(_CASE_ENTRY.finditer(text))
    if len(found) < _MIN_LEADERS or len({m["year"] for m in found}) > 1 or found[0].start():
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [
        _Entry(int(m["n"]) if m["n"] else None, text[m.end() : end].strip(), whole=True)
        for m, end in zip(found, ends, strict=True)
    ]


def _segments(group: str, ended: bool) -> list[str]:
    """A group cut at its dotted leaders, and at its case numbers if they end the titles."""
    parts = _LEADER.split(group)
    return [p for part in parts for p in _CASE_TAIL.split(part)] if ended else parts


def _groups(text: str) -> list[tuple[bool, str]]:
    """The list cut at its group heads ("Åbent møde", "LUKKET MØDE"): each part, and whether
    its items are closed."""
    out, start, closed = [], 0, False
    for match in _GROUP.finditer(text):
        out.append((closed, text[start : match.start()].strip()))
        start, closed = match.end(), "lukke" in match[0].lower()
    out.append((closed, text[start:].strip()))
    return [(c, part) for c, part in out if part]


def _numbered(segment: str, last: int | None, leap: bool = False) -> list[tuple[int | None, str]]:
    """A segment cut at the numbers that continue the list's numbering. A number that opens a
    group ("LUKKET MØDE 367.") may leap over the titles whose numbers the transcript lost."""
    out: list[tuple[int | None, str]] = []
    start, number = 0, None
    for match in _NUMBER.finditer(segment):
        n = int(match["n"])
        opens = leap and match.start() == 0
        if last is not None and not last < n <= last + _LOST and not (opens and n > last):
            continue
        out.append((number, segment[start : match.start()].strip()))
        start, number, last = match.end(), n, n
    out.append((number, segment[start:].strip()))
    return [(n, chunk) for n, chunk in out if chunk]


def _without_body(entries: list[_Entry]) -> tuple[list[_Entry], str]:
    """The list ends where its first title comes again: the first item's heading."""
    if not entries:
        return entries, ""
    first = entries[0]
    wanted = re.compile(
        rf"(?:(?<=\s)|^)(?:\d{{1,3}}\.?\s+)?{_words(first.title)}(?!\w)", re.IGNORECASE
    )
    for position, entry in enumerate(entries[1:], start=1):
        again = wanted.search(entry.title)
        if again:
            after = [e.title for e in entries[position + 1 :]]
            body = " ".join([entry.title[again.start() :], *after])
            cut = _Entry(entry.number, entry.title[: again.start()].strip(), closed=entry.closed)
            kept = [*entries[:position], cut]
            return kept, body
    return entries, ""


def _split_titles(entries: list[_Entry], later: list[str]) -> list[_Entry]:
    """Each chunk cut into the titles it holds: at titles a heading below repeats, and where the
    numbers say titles were lost, or no number follows, at a capitalised word after a plain one."""
    out: list[_Entry] = []
    words = " ".join(e.title for e in entries).split()
    names = TitleNames(company_names(words), repeated_names(words))
    for position, entry in enumerate(entries):
        following = next((e.number for e in entries[position + 1 :] if e.number), None)
        needed = following - entry.number if following and entry.number else None
        titles = [entry.title] if entry.whole else _titles_of(entry.title, needed, later, names)
        out.append(_Entry(entry.number, titles[0], closed=entry.closed))
        out += [_Entry(None, title, closed=entry.closed) for title in titles[1:]]
    return out


def _titles_of(chunk: str, needed: int | None, later: list[str], names: TitleNames) -> list[str]:
    """The titles one chunk holds; needed: how many the numbers around it say (None: unknown)."""
    titles = _by_headings(chunk, later)
    if needed is None:
        return [t for title in titles for t in _unless_repeated(title, later, names)]
    if len(titles) < needed:
        wanted = needed - len(titles) + 1
        return titles[:-1] + split_by_capitals(titles[-1], wanted, names)
    return titles


def _by_headings(chunk: str, later: list[str]) -> list[str]:
    words, titles = chunk.split(), []
    while words:
        cut = next(
            (
                k
                for k in range(len(words) - 1, 0, -1)
                if starts_title(words[k]) and _repeated(" ".join(words[:k]), later)
            ),
            None,
        )
        if cut is None or _repeated(" ".join(words), later):
            titles.append(" ".join(words))
            break
        titles.append(" ".join(words[:cut]))
        words = words[cut:]
    return titles


def _unless_repeated(title: str, later: list[str], names: TitleNames) -> list[str]:
    return [title] if _repeated(title, later) else split_by_capitals(title, None, names)


def split_by_capitals(chunk: str, wanted: int | None, names: TitleNames | None = None) -> list[str]:
    """Cut where a new title begins: before a capitalised word, the more surely the more cues
    say so (see _cut_weight). Without a count, at the sure cuts; when the numbers say how many
    titles there are, at that many of the best cuts."""
    words = chunk.split()
    weights = {k: _cut_weight(words, k) for k in range(1, len(words)) if starts_title(words[k])}
    names = names or TitleNames(set(), set())
    for start, end in _occurrences(words, names.repeated):
        # "… 30. april Udvalget for Kultur og Fritid Budgetforslag Udvalget for …": a name the
        # list repeats is no title's start, and a capitalised word after it starts one.
        weights.update(dict.fromkeys(range(start, end), 0))
        if end < len(words) and starts_title(words[end]):
            weights[end] = max(weights.get(end, 0), _SURE)
    for k in _before_named_again(words, names.companies):
        weights[k] = _SURE
    candidates = {k: w for k, w in weights.items() if w > 0}
    if wanted and len(candidates) >= wanted - 1:
        cuts = _best_cuts(candidates, wanted - 1, len(words))
    else:
        cuts = sorted(k for k, w in weights.items() if w >= _SURE)
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in pairwise(bounds)]


def _best_cuts(weights: dict[int, float], count: int, size: int) -> list[int]:
    """The count surest cuts; among cuts as sure, the one in the longest stretch first (the
    longest stretch most likely holds two titles)."""
    chosen: list[int] = []
    left = dict(weights)
    while len(chosen) < count:
        top = max(left.values())
        bounds = sorted([0, *chosen, size])
        pick = max(
            (k for k, w in left.items() if w == top),
            key=lambda k, bounds=bounds: (_stretch(bounds, k), -k),
        )
        chosen.append(pick)
        del left[pick]
    return sorted(chosen)


def _stretch(bounds: list[int], k: int) -> int:
    return next(b - a for a, b in pairwise(bounds) if a <= k < b)


# How surely a title begins at a capitalised word: at _SURE or more it is cut without a count.
_SURE = 2
# "og Evaluering af …", "samt Status": a capitalised word after these is inside its title.
_CONTINUING = {"og", "samt", "eller", "&", "-", "–", "/", "+"}
# A title opens with what is to be done: a verbal noun ("Godkendelse", "Orientering",
# "Evaluering", "Ansøgning", "Henvendelse") or one of a few such nouns, with its preposition.
_OPENER_ENDINGS = (
    "else", "ing", "tion", "sion", "aftale", "aftaler", "forslag", "politik", "politikken",
    "strategi", "strategien",
)  # fmt: skip
_OPENERS = {"status", "dialog", "forslag", "tema", "temadrøftelse", "oplæg", "udpegning"}
_OPENER_LINKS = _PREPOSITIONS | {"mellem", "angående", "-", "–", ":"}


def _cut_weight(words: list[str], k: int) -> float:
    """How surely a new title begins at word k (capitalised): what ends the word before (a
    plain word, a closing quote, a company form: sure; a name: a little), what word k is (a
    title's opening "Evaluering af", a title that names itself "Eventuelt"), and what keeps it
    inside the title before ("og Status", "Kommunes Planstrategi", "Louisevej samt …")."""
    before = words[k - 1]
    if before == words[k]:
        return _SURE  # "… status på DS DS Pensionsstrategi": one title ends, the next begins
    if before.lower() in _CONTINUING or before.endswith((",", ":", "-")):
        # "… UBL 0.7 og Evt.": only where the numbers ask for a title more.
        return 1 if _self_naming(words, k) else 0
    if k >= 2 and words[k - 2] in _NAME_ARTICLES:
        return 0  # "Den Sygdomsspecifikke Sundhedsaftale for …": a name with its article
    if starts_title(before) and _genitive(before):
        return 0  # "Haderslev Andels Boligforening", "Kommunes Planstrategi": a genitive holds on
    if _ends_title(words, k) or re.fullmatch(r"\d+[./]?", before) or _ends_sentence(before):
        # "… musikskoleåret 2008/ Ændringsforslaget …": a number ends it; "… hvad gør vi!?
        # Personalepolitisk …", "… (delpolitikker) Attraktive …": so does a sentence or aside.
        weight = _SURE
    elif before.lower() in FUNCTION_WORDS:
        weight = 0
    elif starts_title(before) and not (k >= 2 and words[k - 2] in _NAME_ARTICLES):
        # "Regional UdviklingsPlan": a word capitalised inside is a name's; "ved Gammel
        # Christiansfeldvej": so is the word after a name's first word after a preposition.
        if k >= 2 and words[k - 2].lower() in _PREPOSITIONS:
            # "… ved Gammel Christiansfeldvej i …": a name after its preposition goes on.
            return _SURE if _opens_title(words, k) or _self_naming(words, k) else 0
        weight = 0 if _genitive(words[k]) or not words[k][1:].islower() else 1
        # "… MR og CT Initiativer til …": a word with its preposition heads a title; "…
        # Ungdomshus Ændret samarbejde": one with a lower-case word perhaps ("Region
        # Nordjylland har fremsendt …": a name's last word before a verb).
        weight += _followed_by_lower(words, k)
    else:
        weight = 0
    if _opens_title(words, k) or _self_naming(words, k):
        weight += _SURE
    elif weight and _inside_name(words, k):
        weight = 0 if words[k + 1].lower() in {"og", "samt"} else weight - 1
    return weight


def _ends_sentence(word: str) -> bool:
    """ "vi!?", "(delpolitikker)", "borgeren"", "KRAM-undersøgelse": a title's last word."""
    last = word.rsplit("-", 1)[-1]
    return word.endswith(("?", "!", ")", '"', "”")) or ("-" in word and plain_word(last))


def _followed_by_lower(words: list[str], k: int) -> float:
    after = words[k + 1] if k + 1 < len(words) else ""
    return 1.0 if after.lower() in _PREPOSITIONS else 0.5 if plain_word(after) else 0.0


def _genitive(word: str) -> bool:
    """ "Kommunes", "Andels": not "Ungdomshus", "Status"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is", "os"))


def _opens_title(words: list[str], k: int) -> bool:
    """ "Evaluering af …", "Driftsaftale mellem …", "Status på …": a title's opening words."""
    word = words[k].lower()
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    known = word in _OPENERS or (word.endswith(_OPENER_ENDINGS) and len(word) >= 6)
    return known and word.isalpha() and after in _OPENER_LINKS


def _inside_name(words: list[str], k: int) -> bool:
    """ "… renovering Hjortebroskolens tag", "… fodboldbaner Louisevej samt bane 3": a name
    whose title goes on in lower case after it (a genitive, or "og"/"samt"). A common noun's
    genitive ("… udvalgsmøder Formandens orientering") opens a title instead."""
    after = words[k + 1] if k + 1 < len(words) else ""
    if after.lower() in {"og", "samt"}:
        return True
    words_known = lexicon()
    common = words_known is not None and words[k].lower() in words_known
    return words[k].endswith("s") and plain_word(after) and not common


@dataclass
class TitleNames:
    companies: set[tuple[str, ...]]  # written whole after a preposition
    repeated: set[tuple[str, ...]]  # written more than once


# Lower-case words inside a name ("Udvalget for Kultur og Fritid").
_NAME_LINKS = {"for", "og", "i", "af", "til", "på"}
# A name is this many words or more, and this many at most.
_NAME_WORDS = 3
_LONGEST_NAME = 7


def repeated_names(words: list[str]) -> set[tuple[str, ...]]:
    """ "Udvalget for Kultur og Fritid": the longest names (capitalised words, linked by "for",
    "og" …) that the list writes more than once."""
    found: Counter[tuple[str, ...]] = Counter()
    for start in range(len(words)):
        for end in range(start + _NAME_WORDS, min(start + _LONGEST_NAME, len(words)) + 1):
            name = tuple(words[start:end])
            if not (_name_word(name[0]) and _name_word(name[-1])):
                continue
            if all(_name_word(w) or w in _NAME_LINKS for w in name):
                found[name] += 1
    repeated = {name for name, count in found.items() if count >= 2}
    return {name for name in repeated if not any(_inside(name, other) for other in repeated)}


def _inside(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    size = len(name)
    return len(other) > size and any(
        other[k : k + size] == name for k in range(len(other) - size + 1)
    )


def _name_word(word: str) -> bool:
    return starts_title(word) and word.isalpha()


def _occurrences(words: list[str], names: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    return [
        (k, k + len(name))
        for name in names
        for k in range(len(words) - len(name) + 1)
        if tuple(words[k : k + len(name)]) == name
    ]


def company_names(words: list[str]) -> set[tuple[str, ...]]:
    """ "… for Sundhedshus Nord I/S …": the company names a list writes whole after a
    preposition or "og", as word tuples."""
    names: set[tuple[str, ...]] = set()
    for end, word in enumerate(words):
        start = end
        while word in _COMPANY_FORMS and start > 0 and starts_title(words[start - 1]):
            start -= 1
        if start < end and start > 0 and words[start - 1].lower() in _BEFORE_NAME:
            names.add(tuple(words[start : end + 1]))
    return names


def _before_named_again(words: list[str], names: set[tuple[str, ...]]) -> set[int]:
    """ "… Sundhedspanel Sundhedshus Nord I/S - …": a company name the list wrote whole starts a
    title where it comes right after another capitalised word."""
    cuts = set()
    for name in names:
        size = len(name)
        cuts |= {
            k
            for k in range(1, len(words) - size + 1)
            if tuple(words[k : k + size]) == name and starts_title(words[k - 1])
        }
    return cuts


def _self_naming(words: list[str], k: int) -> bool:
    return starts_title(words[k]) and kind_from_title(" ".join(words[k : k + 4])) is not None


def _ends_title(words: list[str], k: int) -> bool:
    """The word before k ends a title: a plain lower-case word, a company form ("… Rebild
    Gadebelysning A/S | Kommuneplan status"), or a closing quote when a preposition follows
    word k ("… "Sund by" | Høring af …")."""
    before = words[k - 1]
    if plain_word(before):
        # "Det fysiske Sundhedspanel": an adjective after a name's article is inside the name.
        return not (k >= 2 and words[k - 2] in _NAME_ARTICLES)
    if before in _COMPANY_FORMS:
        return True
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    return after in _PREPOSITIONS and before.endswith(('"', "”", ")"))


def _joins(word: str) -> bool:
    return word.lower() not in FUNCTION_WORDS and not word.endswith(("-", "–"))


def _words(title: str) -> str:
    return r"\s+".join(re.escape(w) for w in title.split())


def _repeated(title: str, later: list[str]) -> bool:
    """A heading below repeats the title: alone at a line's end, or before "Åben sag"."""
    pattern = re.compile(rf"(?:(?<=\s)|^){_words(title)}{_MARK_AFTER}", re.IGNORECASE)
    return any(pattern.search(line) for line in later)


def _running_heads(lines: list[str], headings: set[int]) -> set[int]:
    """The lines just before the headings that say the same but for a page number."""
    before = {h - 1: re.sub(r"^\d{1,3}\s+", "", lines[h - 1]) for h in headings if h}
    counts = Counter(text for text in before.values() if text)
    return {line for line, text in before.items() if counts[text] >= 2}


def _lend_numbers(entries: list[_Entry]) -> None:
    """Each entry's number: as printed, else one on from the entry before (from 1)."""
    previous = 0
    for entry in entries:
        entry.lent = entry.number if entry.number is not None else previous + 1
        previous = entry.lent


def _cut_headings(
    later: list[str], entries: list[_Entry], offset: int
) -> tuple[list[str], set[int], set[int]]:
    """The lines below with each entry's repeating heading cut out as "N. Title", in order;
    the lines of those whose number is lent, and of all of them."""
    out: list[str] = []
    lent: set[int] = set()
    headings: set[int] = set()
    pending = list(entries)
    for line in later:
        rest = line
        while pending and rest:
            entry = pending[0]
            pattern = rf"(?:(?<=\s)|^)(?:(?P<n>\d{{1,3}})\.?\s+)?{_words(entry.title)}{_MARK_AFTER}"
            found = re.search(pattern, rest, re.IGNORECASE)
            if not found:
                break
            pending.pop(0)
            if rest[: found.start()].strip():
                out.append(rest[: found.start()].strip())
            printed = int(found["n"]) if found["n"] else entry.number
            if printed is None:
                lent.add(offset + len(out))
            headings.add(offset + len(out))
            out.append(f"{printed or entry.lent}. {entry.title}")
            rest = rest[found.end("mark") if found["mark"] else found.end() :].strip()
            if found["mark"]:
                rest = f"{found['mark']} {rest}".strip()
        if rest != line:  # what follows a heading cut out of a run-together page
            out += cut_run_together(rest) if rest else []
        elif rest or not line.strip():
            out.append(line)
    return out, lent, headings
