"""Candidate readings of where a document's items are, and the choice among them.

Each reading proposes the item headings and the lines each item's body spans: headings with
evidence of their own ("Punkt 3: … (kl. 10:00-10:30)", a section word below), an index list
whose entries the headings below repeat, or a chain of consecutively numbered headings. The
reading that explains the most of the document wins — the number of items it finds, plus the
index entries that a heading below confirms — rather than one branch per layout.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .agenda_index import (
    CASE_LABEL,
    CASE_LOOKAHEAD,
    LEADER,
    PAGE_AT_END,
    Entry,
    find_index,
    heading_chain,
    heading_weight,
    headings_for_index,
    looks_like_title,
    marked_title,
    numbered_entries,
    same_title,
    unnumbered_repeats,
)
from .case_reading import case_label_headings
from .items import LIST_ENTRY, Heading, find_headings, finish_cut_title, with_breaks
from .layouts import find_date, section_marker
from .reline import FUNCTION_WORDS
from .repair import lexicon

# The rest of an index title wrapped onto the next line is short.
_WRAPPED_REST = 100
# A rival reading scoring this close to the best makes the choice a guess.
_CLOSE_CALL = 0.8
_SET_OFF = 1.5
_UNNUMBERED = 0.5
# "10.00-10.15 Velkomst v/ formanden", "Kl. 11.00 Eventuelt": a programme line led by its time.
_TIMED_LINE = re.compile(
    r"^(?:kl\.?\s*)?(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)"
    r"(?:\s*(?:-|–|til)\s*(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s+[A-ZÆØÅ]",
    re.IGNORECASE,
)
_TIMED = 0.75
_MIN_TIMED = 2
# Items found only by their case file labels: weaker evidence than a title above a section word.
_BY_CASE_LABEL = 0.4
# A title: starts with a capital, short, not a sentence or a lead-in.
_UNNUMBERED_TITLE = re.compile(r"^[A-ZÆØÅ][^:]{2,120}(?<![.:;,])$")
# A web page's links between a case's title and its sections: "Se alle bilag", "Til top".
_PAGE_LINK = re.compile(
    r"^(?:til\s+top(?:pen)?|se\s+alle\s+bilag|udskriv|print|fold\s+(?:alle\s+)?(?:ud|ind)"
    r"|tilbage(?:\s+til\s+\w+)?)$",
    re.IGNORECASE,
)
_ITEM_SECTIONS = {"summary", "case", "recommendations", "decisions"}
# "… Åben sag", "… Lukket sag": the case's access mark that ends its title.
_OPEN_OR_CLOSED_CASE = re.compile(r"\s+(?:åben|(?P<closed>lukket))\s+sag$", re.IGNORECASE)


@dataclass
class Part:
    heading: Heading
    body_start: int
    body_end: int
    # The body's first line as the item has it, when the heading's line holds more than the
    # heading ("Ad 2: Ingen bemærkninger." gives "Ingen bemærkninger.").
    lead: str | None = None


@dataclass
class Reading:
    parts: list[Part] = field(default_factory=list)
    # Lines the reading used up outside the items' bodies (an index list's entries).
    consumed: set[int] = field(default_factory=set)
    # Where the header ends: the first line of the first item's heading or body.
    header_end: int = 0
    score: float = 0.0
    # Another reading explained the document almost as well: where the items are is a guess.
    contested: bool = False


def choose_reading(lines: list[str]) -> Reading:
    """The candidate reading with the highest score; on a tie the earlier candidate."""
    entries = numbered_entries(lines)
    candidates = [evidenced_reading(lines), index_reading(lines, entries)]
    candidates.append(chain_reading(lines, entries))
    candidates.append(unnumbered_reading(lines))
    candidates.append(bookended_reading(lines))
    candidates.append(timed_reading(lines))
    candidates.append(bulleted_reading(lines))
    candidates.append(bullet_index_reading(lines, entries))
    by_label = case_label_headings(lines)
    candidates.append(_consecutive(by_label, len(lines), score=_BY_CASE_LABEL * len(by_label)))
    # A reading whose headings another reading finds too, and more, explains less.
    candidates = [c for c in candidates if not any(_covered(c, other) for other in candidates)]
    best = max(candidates, key=lambda reading: reading.score)
    others = [c for c in candidates if c is not best and _disagree(c, best)]
    best.contested = any(c.score >= _CLOSE_CALL * best.score for c in others)
    return best


def _covered(one: Reading, other: Reading) -> bool:
    return bool(one.parts) and _explained(one) < _explained(other)


def _explained(reading: Reading) -> set[int]:
    """The lines a reading explains: its headings and the index entries it used."""
    return {p.heading.start for p in reading.parts} | reading.consumed


def _disagree(one: Reading, other: Reading) -> bool:
    numbers = [[(p.heading.number, p.heading.start) for p in r.parts] for r in (one, other)]
    return bool(one.parts) and numbers[0] != numbers[1]


def evidenced_reading(lines: list[str]) -> Reading:
    headings = find_headings(lines)
    return _consecutive(headings, len(lines), score=float(len(headings)))


def chain_reading(lines: list[str], entries: list[Entry]) -> Reading:
    chain, weight = heading_chain(entries, lines)
    if len(chain) < 2:
        return _single_item(lines, entries)
    headings = [_heading(entry, entry.title) for entry in chain]
    for heading, entry in zip(headings, chain, strict=True):
        # A numbered line set off by no blank line may as well be a list entry.
        heading.sure = heading_weight(entry, lines) >= _SET_OFF
        finish_cut_title(heading, lines)
    headings = with_breaks(headings, lines)
    return _consecutive(headings, len(lines), score=weight)


def join_wrapped(text: str, rest: str) -> str:
    """A line and the rest wrapped onto the next: "sundheds-" + "området", "o" + "g lokal" when
    the two pieces make a word and the first is none, else with a space between."""
    last, first = text.split()[-1], rest.split()[0]
    if re.search(r"[a-zæøå]-$", last) and first not in {"og", "eller"}:
        return text[:-1] + rest
    words = lexicon()
    joined = (last + first).lower().strip(".,;:")
    fragment = last.lower() not in words if words is not None else False
    fragment = fragment or (len(last) == 1 and last.lower() not in {"i", "å", "ø"})
    if words is not None and last.isalpha() and fragment and joined in words:
        return text + rest
    return f"{text} {rest}"


def timed_reading(lines: list[str]) -> Reading:
    """A programme of unnumbered items, each line led by its time ("10.00-10.15 Velkomst",
    "Kl. 11.00 Eventuelt"), the times rising: the items without numbers (unsure)."""
    headings: list[Heading] = []
    last = ""
    for index, line in enumerate(lines):
        timed = _TIMED_LINE.match(line.strip())
        if not timed:
            continue
        start = f"{int(timed['h']):02d}:{timed['m']}"
        if start <= last:
            return Reading(header_end=len(lines))  # not one programme: times must rise
        last = start
        headings.append(Heading(index, index + 1, None, line.strip(), "numbered", sure=False))
    if len(headings) < _MIN_TIMED:
        return Reading(header_end=len(lines))
    return _consecutive(headings, len(lines), score=_TIMED * len(headings))


# "Titel" / "Forside": a committee system's cover page, with the attendance under its
# "Sagsfremstilling", is the header, not an item.
_COVER = re.compile(r"^forside$", re.IGNORECASE)


def unnumbered_reading(lines: list[str]) -> Reading:
    """Headings without numbers: a short title line right above a section word ("Beslutning",
    "Resumé"), or a title marked "Åben sag"/"Lukket sag" above the case's labels. Weak
    evidence, so it wins only where nothing numbered is found, and unsure."""
    headings = []
    for index, line in enumerate(lines):
        if (
            _UNNUMBERED_TITLE.match(line.strip())
            and not _COVER.match(line.strip())
            and not section_marker(line)
            and not _PAGE_LINK.match(line.strip())
        ):
            following = next(
                (t for t in lines[index + 1 :] if t.strip() and not _PAGE_LINK.match(t.strip())), ""
            )
            marker = section_marker(following)
            if _place_under_date(lines, index):
                if marker and marker.section in _ITEM_SECTIONS:
                    # No heading printed: an item with no title starts at its first section.
                    start = lines.index(following, index + 1)
                    headings.append(Heading(start, start, None, "", "numbered", sure=False))
            elif (marker and marker.section in _ITEM_SECTIONS) or _marked_case(line, lines, index):
                headings.append(
                    Heading(index, index + 1, None, line.strip(), "numbered", sure=False)
                )
    _titles_from_marks(headings)
    return _consecutive(headings, len(lines), score=_UNNUMBERED * len(headings))


# "Mødelokale 2, Rådhuset, Torvet 20, 2635 Ishøj" under the date line: where the meeting is.
_POSTCODE_AND_TOWN = re.compile(r"(?:^|,\s*)\d{4}\s+[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ]\w*)?\s*$")
_PLACE_WORD = re.compile(
    r"^(?:m(?:ø|oe)delokale|lokale|rådhuset|byrådssalen|udvalgsværelse)\b", re.I
)


def _place_under_date(lines: list[str], index: int) -> bool:
    """The line under the meeting's date line that names a room or an address is the header's
    place, not an item's title (an item with no printed heading reads from its sections)."""
    above = next((t for t in reversed(lines[:index]) if t.strip()), "")
    line = lines[index].strip()
    place = _POSTCODE_AND_TOWN.search(line) or _PLACE_WORD.match(line)
    return bool(place) and find_date(above) is not None


# The items nearly every meeting opens or closes with: an unnumbered list of short titles that
# starts with one of them and ends with one is the meeting's items.
_OPENING_TITLE = re.compile(
    r"^(?:velkomst\b.*|godkendelse\s+af\s+(?:dagsorden|referat)\w*(?:\s+\S+){0,6})$", re.I
)
_CLOSING_TITLE = re.compile(r"^(?:eventuelt|evt\.?|næste\s+møde\b.*)$", re.IGNORECASE)
_SET_OFF_TITLE_WORDS = 8


def bookended_reading(lines: list[str]) -> Reading:
    """Unnumbered titles, each set off by a blank line above and followed by its text, from
    "Godkendelse af dagsorden" (or "Velkomst") to "Eventuelt" (or "Næste møde"): the items
    of minutes typed as plain paragraphs (unsure)."""
    titles = [i for i in range(len(lines)) if _set_off_title(lines, i)]
    first = next((i for i in titles if _OPENING_TITLE.match(lines[i].strip())), None)
    last = next((i for i in reversed(titles) if _CLOSING_TITLE.match(lines[i].strip())), None)
    if first is None or last is None or last <= first:
        return Reading(header_end=len(lines))
    headings = [
        Heading(i, i + 1, None, lines[i].strip(), "numbered", sure=False)
        for i in titles
        if first <= i <= last
    ]
    if len(headings) < _MIN_TIMED + 1:
        return Reading(header_end=len(lines))
    return _consecutive(headings, len(lines), score=_UNNUMBERED * len(headings))


# "Dagsorden:" alone on its line: the agenda's items follow.
_AGENDA_LABEL = re.compile(r"^(?:dagsorden|dagsordenspunkter|program)\s*:?$", re.IGNORECASE)
_BULLET_LINE = re.compile(r"^\s*[•·▪◦*–-]\s+\S")
_BULLET_MARK = re.compile(r"^\s*[•·▪◦*–-]\s+")
_MIN_BULLETED = 2


def bulleted_reading(lines: list[str]) -> Reading:
    """ "Dagsorden:" and below it unnumbered titles, each set off by a blank line, with the
    item's points as a bullet list under most of them ("Regnskab og budget" / "• Budget" /
    "Bestyrelsen har godkendt budgettet."): minutes typed as headings and bullets (unsure)."""
    label = next((i for i, t in enumerate(lines) if _AGENDA_LABEL.match(t.strip())), None)
    if label is None:
        return Reading(header_end=len(lines))
    titles = [
        i
        for i in range(label + 1, len(lines))
        if _set_off_title(lines, i) and not _BULLET_LINE.match(lines[i])
    ]
    bulleted = [i for i in titles if _BULLET_LINE.match(_next_text(lines, i))]
    if len(bulleted) < _MIN_BULLETED or 2 * len(bulleted) < len(titles):
        return Reading(header_end=len(lines))
    headings = [Heading(i, i + 1, None, lines[i].strip(), "numbered", sure=False) for i in titles]
    return _consecutive(headings, len(lines), score=_UNNUMBERED * len(headings))


_MIN_BULLET_INDEX = 3


def bullet_index_reading(lines: list[str], entries: list[Entry]) -> Reading:
    """An index printed as a bullet list without numbers ("- Godkendelse af dagsorden", "-
    Virksomhedsbesøg", …) whose titles the numbered headings below repeat ("1 : Godkendelse af
    dagsorden"): each entry is an item, numbered by its heading; an entry no heading repeats
    (its body beyond the text) keeps no number."""
    run = _longest_bullet_run(lines)
    if len(run) < _MIN_BULLET_INDEX:
        return Reading(header_end=len(lines))
    index = [Entry(i, 0, _BULLET_MARK.sub("", lines[i]).strip()) for i in run]
    pool = [e for e in entries if e.line > run[-1] and looks_like_title(e)]
    found: dict[int, Entry] = {}
    for position, wanted in enumerate(index):
        match = next((e for e in pool if same_title(wanted.title, e.title)), None)
        if match:
            found[position] = match
            pool = [e for e in pool if e.line > match.line]
    if not found:
        return Reading(header_end=len(lines))
    starts = sorted(e.line for e in found.values())
    reading = Reading(consumed=set(run), header_end=starts[0])
    for position, wanted in enumerate(index):
        below = found.get(position)
        if below is None:
            heading = Heading(wanted.line, wanted.line + 1, None, wanted.title, "numbered")
            heading.sure = False
            reading.parts.append(Part(heading, wanted.line, wanted.line))
            continue
        end = next((s for s in starts if s > below.line), len(lines))
        title = marked_title(wanted.title, below.title)
        reading.parts.append(Part(_heading(below, title), below.line + 1, end))
    reading.score = len(index) + 2 * len(found)
    return reading


def _longest_bullet_run(lines: list[str]) -> list[int]:
    """The longest run of title-like bullet lines one under another (blank lines between)."""
    best: list[int] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        text = _BULLET_MARK.sub("", line).strip()
        if _BULLET_LINE.match(line) and _UNNUMBERED_TITLE.match(text):
            run.append(index)
            best = max(best, run, key=len)
        else:
            run = []
    return list(best)


def _next_text(lines: list[str], index: int) -> str:
    return next((t for t in lines[index + 1 :] if t.strip()), "")


def _set_off_title(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    title = _UNNUMBERED_TITLE.match(line) or _CLOSING_TITLE.match(line)
    if not title or len(line.split()) > _SET_OFF_TITLE_WORDS:
        return False
    if section_marker(line) or _PAGE_LINK.match(line):
        return False
    above = lines[index - 1].strip() if index else ""
    return not above


def _marked_case(line: str, lines: list[str], index: int) -> bool:
    """ "Budget 2016 Åben sag" / "Sagsnr.: …": a title marked open or closed above the case."""
    if not _OPEN_OR_CLOSED_CASE.search(line.strip()):
        return False
    following = [t.strip() for t in lines[index + 1 :] if t.strip()][:CASE_LOOKAHEAD]
    return any(CASE_LABEL.match(t) or section_marker(t) for t in following)


def _titles_from_marks(headings: list[Heading]) -> None:
    """The open/closed mark off each marked title, and the page's running head that every
    marked heading line starts with ("Handicaprådet Mødedato Side …")."""
    marked = [h for h in headings if _OPEN_OR_CLOSED_CASE.search(h.text)]
    words = [h.text.split() for h in marked]
    shared = 0
    if len(words) >= 2:
        while all(len(w) > shared + 3 and w[shared] == words[0][shared] for w in words):
            shared += 1
    for heading in marked:
        mark = _OPEN_OR_CLOSED_CASE.search(heading.text)
        title = " ".join(heading.text[: mark.start()].split()[shared:])
        heading.text = f"{title} (Lukket)" if mark["closed"] else title


def _single_item(lines: list[str], entries: list[Entry]) -> Reading:
    """A page of one item: the first numbered heading with a section word right below."""
    entry = next((e for e in entries if looks_like_title(e) and _section_below(e, lines)), None)
    if entry is None:
        return Reading(header_end=len(lines))
    heading = _heading(entry, entry.title)
    heading.sure = False
    return _consecutive([heading], len(lines), score=1.0)


def _section_below(entry: Entry, lines: list[str]) -> bool:
    """A section word right below the heading, or the case's file label ("Sagsnr.: …")."""
    following = [line.strip() for line in lines[entry.line + 1 :] if line.strip()]
    return bool(following) and (
        section_marker(following[0]) is not None or bool(CASE_LABEL.match(following[0]))
    )


def index_reading(lines: list[str], entries: list[Entry]) -> Reading:
    """Items from the index, with the bodies under the headings that repeat its entries."""
    index = find_index(entries)
    if not index or _text_between(index, lines) or _inside_an_item(index, lines):
        return Reading(header_end=len(lines))
    wrapped = _wrapped_titles(index, lines)
    found = headings_for_index(index, entries, lines) or unnumbered_repeats(index, lines)
    starts = sorted(entry.line for entry in found.values())
    reading = Reading(consumed={entry.line for entry in index} | wrapped)
    reading.header_end = starts[0] if starts else index[0].line
    own_text = {} if found else _text_under_entries(index, lines, wrapped)
    for entry in index:
        below = None if entry.letter else found.get(entry.number)
        if below is None:
            heading = _heading(entry, entry.title)
            heading.sure = not entry.run_together
            heading.number = None if entry.lent else entry.number
            start, end = own_text.get(entry.line, (entry.line, entry.line))
            reading.parts.append(Part(heading, start, end))
            continue
        following = [s for s in starts if s > below.line]
        end = following[0] if following else len(lines)
        if below.ad and not same_title(entry.title, below.title):
            # "Ad 2: Pr. 1. november er der …": the number refers to the entry, the rest is text.
            heading = _heading(below, entry.title)
            reading.parts.append(Part(heading, below.line, end, lead=below.title))
            continue
        title = marked_title(entry.title, below.title)
        heading = _heading(below, title)
        heading.end = _rest_of_title(entry.title, below, lines)
        reading.parts.append(Part(heading, heading.end, end))
    # A heading that repeats an entry confirms it twice over: the index and the body agree.
    reading.score = len(index) + 2 * len(found)
    return reading


# A line of the item's text between two entries: a sentence, not a wrapped title or a group.
_TEXT_LINE = re.compile(r"^[A-ZÆØÅ]\S*(?:\s+\S+){5,}")
# A short sentence is text too ("Dagsordenen blev godkendt."), where an index has titles, page
# numbers, group heads and case numbers.
_SHORT_SENTENCE = re.compile(r"^[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå,-]+){2,}[.!]$")


def _inside_an_item(index: list[Entry], lines: list[str]) -> bool:
    """ "Sagsfremstilling" / "1 Kommune har svaret ja" / "2 Kommuner …": a list of lines that
    start with a number (no full stop) under an item's section is its text, not an index."""
    if not all(entry.dotless for entry in index):
        return False
    above = lines[: index[0].line]
    return any((m := section_marker(t)) and m.section in _ITEM_SECTIONS for t in above)


def _text_between(index: list[Entry], lines: list[str]) -> bool:
    """Every two entries of the list have text between them: they are headings with their
    items' text ("1. Godkendelse af dagsorden" / "Dagsorden blev godkendt uden bemærkninger" /
    "2. …"), not an index."""
    gaps = [(a.line, b.line) for a, b in itertools.pairwise(index) if b.line > a.line]
    return bool(gaps) and all(
        any(
            _TEXT_LINE.match(lines[i].strip()) or _SHORT_SENTENCE.match(lines[i].strip())
            for i in range(start + 1, end)
        )
        for start, end in gaps
    )


def _text_under_entries(
    index: list[Entry], lines: list[str], wrapped: set[int]
) -> dict[int, tuple[int, int]]:
    """Entries with no heading below to repeat them but lines of their own under most ("3.
    Udpegning" / "Sagsfremstilling: …" / "4. …"): each entry's line → the span of its text, the
    last one's running to the end. Nothing when most entries have no line under them (an index,
    perhaps with a group head between some entries)."""
    starts = [entry.line for entry in index]
    ends = [*starts[1:], len(lines)]
    spans = {}
    for start, end in zip(starts, ends, strict=True):
        if any(i not in wrapped and lines[i].strip() for i in range(start + 1, end)):
            spans[start] = (start + 1, end)
    return spans if 2 * len(spans) > len(starts) and starts[-1] in spans else {}


def _wrapped_titles(index: list[Entry], lines: list[str]) -> set[int]:
    """An index title wrapped onto the next line, which starts in lower case ("… Dansk Byggeri o"
    / "g lokal tilfredshed"), joined to it; the lines that held the rest."""
    taken: set[int] = set()
    entry_lines = {entry.line for entry in index}
    for entry in index:
        following = entry.line + 1
        if following in entry_lines or following >= len(lines):
            continue
        rest = LEADER.sub("", lines[following].strip())
        if any(e.page is not None for e in index):
            rest = PAGE_AT_END.sub("", rest)  # the contents list's page, after the title's rest
        # "indsatsen er i gang.", "a) Nyt fra kommunerne": text, not a title's rest
        sentence = re.search(r"[a-zæøå]{3}\.$", rest) or LIST_ENTRY.match(rest)
        # "2. Orientering om ventelister på" / "Hospitalsenheden Vest ...... 2": a title cut at a
        # preposition goes on, with a name too.
        cut = entry.title.split()[-1] in FUNCTION_WORDS
        starts = re.match(r"^[a-zæøå]", rest) or (cut and re.match(r"^[A-ZÆØÅ]", rest))
        if starts and rest and len(rest) <= _WRAPPED_REST and not sentence:
            entry.title = join_wrapped(entry.title, rest)
            taken.add(following)
    return taken


def _rest_of_title(index_title: str, below: Entry, lines: list[str]) -> int:
    """Where the body under a heading starts: after the lines that finish its title as the
    index gives it ("2. Budget 2024 - ændrings-" / "forslag og tidsplan")."""
    wanted = _words(index_title)
    text, end = below.title, below.line + 1
    while text and end < len(lines) and lines[end].strip() and len(_words(text)) < len(wanted):
        joined = join_wrapped(text, lines[end].strip())
        if not wanted.startswith(_words(joined)):
            break
        text, end = joined, end + 1
    return end


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def _heading(entry: Entry, title: str) -> Heading:
    return Heading(entry.line, entry.line + 1, entry.number, title, "numbered")


def _consecutive(headings: list[Heading], total: int, score: float) -> Reading:
    parts = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].start if position + 1 < len(headings) else total
        parts.append(Part(heading, heading.end, end))
    header_end = headings[0].start if headings else total
    return Reading(parts, set(), header_end, score)
