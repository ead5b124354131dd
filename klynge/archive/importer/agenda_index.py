"""Numbered item titles read as a whole: an index list at the top and the numbered headings below.

Many layouts print the agenda's index ("1. Godkendelse af dagsorden", "2. …"; after extraction
often several entries run together on one line) and then each item under the same number and
title. Others print only the numbered headings. Both are read from the numbered lines of the
document: an index is a tight run of consecutive numbers; a heading is a numbered line that
repeats an index entry, or, without an index, one link of the longest chain of consecutive
numbers that look like headings (a numbered list inside an item restarts at 1 and loses).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from .layouts import CLOSED_IN_TITLE, NUMBER_ALONE, kind_from_title, section_marker
from .numbers import starts_with_month
from .title_index import split_by_capitals

# "3. Titel", "3) Titel", "3: Titel", "3.Titel", "  12.  Titel"; not "3.1. Titel" nor
# "3. april 2024".
_NUMBERED = re.compile(
    r"^\s*(?P<number>\d{1,3})\s*(?:[.)]|:(?=\s))(?!\d)\s*(?P<title>(?!\d{1,3}\s*[.)])[^\s.)].*)$"
)
# "Pkt. 15 Beslutninger om dagsordenen", "Sag nr. 3: Budget", "Punkt 2 - Eventuelt".
_PREFIXED = re.compile(
    r"^\s*(?:dagsordenspunkt|punkt|pkt\.?|sag\s+nr\.?|sag|ad\.?(?:\s+(?:pkt\.?|punkt))?)"
    r"\s*(?P<number>\d{1,3})"
    r"\s*[:.)\-–]?\s+(?P<title>[A-ZÆØÅ].*)$",
    re.IGNORECASE,
)
# "Ad 2:", "Ad pkt. 2.": the minutes of an item referred to by its number.
_AD = re.compile(r"^\s*ad\.?(?:\s+(?:pkt\.?|punkt))?\s*\d", re.IGNORECASE)
# "57 Gribskov Kommune. Beskæftigelsesplan 2014": an index entry without a full stop.
# "314 1. behandling af budget 2020-23": a title may open with an ordinal.
_DOTLESS = re.compile(r"^\s*(?P<number>\d{1,3})\s*(?P<title>(?:[A-ZÆØÅ]|\d{1,2}\.\s+[a-zæøå]).*)$")
# "1 2. juli 2012 Referat …": a page number before a date, no entry.
_DATE_AHEAD = re.compile(r"^\d{1,2}\.\s+")
# A run of dotless entries must be this long to be an index (a line may start with a number).
_DOTLESS_RUN = 3
# "åbent 1 Fraværende …", "lukket 12 Salg af …": an index entry led by its access mark.
_ACCESS_BEFORE_NUMBER = re.compile(r"^\s*(?P<word>åbent|åben|lukket)\s+(?=\d{1,3}\s)", re.I)
# Dotted table-of-contents leaders and the page number after them.
LEADER = re.compile(r"\s*(?:\.{3,}|…{2,}|\t)\s*\d*\s*$")
_MAX_TITLE = 220
# "Formandsbeslutning. Formanden orienterede om, at …": a numbered paragraph, not a title.
_PARAGRAPH = re.compile(r"^.{0,40}?[a-zæøå]\.\s+[A-ZÆØÅ].{40,}\.$")
# An index's entries follow one another closely; between two, at most this many other lines
# (a group heading such as "Fra Undervisningsudvalget", a wrapped title).
_INDEX_GAP = 3
# "Sagsnr.:", "Sags-id:", "Dok.nr.:", "Journalnr.": the case's file labels under its heading.
CASE_LABEL = re.compile(
    r"^(?:sags?\s*-?\s*(?:nr|id|nummer)|dok\.?\s*nr|journal\s*nr|j\.\s*nr)\.?\s*:", re.I
)
CASE_LOOKAHEAD = 3
# Entries an extraction may lose from a run-together index line.
_LOST_ENTRIES = 2


@dataclass
class Entry:
    line: int
    number: int
    title: str
    dotless: bool = False
    # Split off a line of several entries: where one title ends is a guess.
    run_together: bool = False
    # The list does not print this entry's number: it is lent by the order.
    lent: bool = False
    # A number alone on its line ("Ad 2"): it repeats an index entry by its number only.
    bare: bool = False
    # "Ad 2: Ingen bemærkninger.": the minutes of index entry 2, by its number; what follows the
    # number may be the entry's text rather than its title.
    ad: bool = False
    # "A. Orientering om …" under an entry ("19. Evt. Orienteringspunkter: A. … B. …"): an
    # item of the index without a number of its own, never a heading's.
    letter: str = ""
    # The page the contents list gives for the entry ("2. Budget 2024 ........ 4").
    page: int | None = None


# "01 Dagsorden for bestyrelsesmødet den 9. oktober 2014 klokken Godkendelse af dagsordenen": the
# case system prints the meeting's own title (its time lost) before the first entry's title.
_MEETING_TITLE_LEAD = re.compile(
    r"^(?:Dagsorden|Referat)\s+(?:for|fra|til|af)\s+[^.\d]{0,80}?\bden\s+\d{1,2}\.\s*[a-zæøå]+"
    r"\s+\d{4}(?:\s+(?:kl\.|klokken)(?:\s*\d{1,2}[.:]\d{2})?)?\s+(?=[A-ZÆØÅ])"
)


def numbered_entries(lines: list[str]) -> list[Entry]:
    """Every numbered line, with run-together entries ("1. A 2. B 3. C") split apart."""
    entries: list[Entry] = []
    for index, line in enumerate(lines):
        access = _ACCESS_BEFORE_NUMBER.match(line)
        line = line[access.end() :] if access else line
        match = _NUMBERED.match(line) or _PREFIXED.match(line)
        # "12Godkendelse af dagsorden": a number set on its title (a web page's badge) is as
        # clear a mark as a full stop; "57 Budget" with a space is not.
        dotless = not match and not re.match(r"^\s*\d{1,3}[A-ZÆØÅ]", line)
        match = match or _DOTLESS.match(line)
        bare = NUMBER_ALONE.match(line.strip())
        if bare and bare["number"]:
            # "Ad 2" / "Punkt 2" alone: the heading of an index entry whose title it leaves out.
            entries.append(Entry(index, int(bare["number"]), "", bare=True))
            continue
        if cases := _case_number_run(_LABEL_BEFORE.sub("", line, count=1)):
            entries += [
                Entry(index, number, title, run_together=len(cases) > 1, lent=k > 0)
                for k, (number, title) in enumerate(cases)
            ]
            continue
        if not match or starts_with_month(_DATE_AHEAD.sub("", match["title"])):
            continue
        if _AD.match(line):
            entries.append(Entry(index, int(match["number"]), match["title"].strip(), ad=True))
            continue
        run = _split_run(int(match["number"]), match["title"])
        for number, title in run:
            title = _MEETING_TITLE_LEAD.sub("", LEADER.sub("", title)).strip()
            if access and access["word"].lower() == "lukket":
                title = f"Lukket - {title}"
            entries.append(Entry(index, number, title, dotless, run_together=len(run) > 1))
    return entries


# "5. KTCs økonomi (Lukket punkt) Budgetopfølgning … Forsikring for …": a closed item and its
# unnumbered points after the mark.
_CLOSED_THEN_POINTS = re.compile(r"\s*\((?i:lukket(?:\s+punkt)?)\)\s+(?=[A-ZÆØÅ])")


def _with_closed_points(index: list[Entry]) -> list[Entry]:
    """An index entry closed by a mark inside its title ends at the mark; the titles after it
    are its points, items of the index without numbers, closed as it is."""
    out: list[Entry] = []
    for entry in index:
        mark = _CLOSED_THEN_POINTS.search(entry.title)
        if not mark or mark.start() == 0:
            out.append(entry)
            continue
        head = f"{entry.title[: mark.start()]} (Lukket)"
        out.append(replace(entry, title=head))
        out += [
            Entry(entry.line, entry.number, f"{point} (Lukket)", run_together=True, lent=True)
            for point in split_by_capitals(entry.title[mark.end() :], None)
        ]
    return out


def _with_lettered_points(index: list[Entry]) -> list[Entry]:
    """ "19. Evt. Orienteringspunkter: A. Orientering om … B. …": the lettered points run on
    after an index entry are items of the index without numbers of their own."""
    out: list[Entry] = []
    for entry in index:
        head, lettered = _lettered_points(entry.title)
        out.append(replace(entry, title=head) if lettered else entry)
        out += [
            Entry(entry.line, entry.number, point, run_together=True, lent=True, letter=letter)
            for letter, point in lettered
        ]
    return out


# "A. Orientering om medlemsklage B. Sammenhold … C. Børnepapiret": points lettered in order.
_LETTER = re.compile(r"(?:^|(?<=\s))(?P<letter>[A-H])[.)]\s+(?=[A-ZÆØÅ])")
# "Orienteringspunkter:", "Til orientering:": the group label before the lettered points.
_GROUP_LABEL = re.compile(r"\s*(?:\S+|til\s+\w+):$", re.IGNORECASE)
_MIN_LETTERED = 2


def _lettered_points(title: str) -> tuple[str, list[tuple[str, str]]]:
    """An entry's title and the lettered points run on after it (A., B., C., … in order)."""
    marks = list(_LETTER.finditer(title))
    start = next((i for i, m in enumerate(marks) if m["letter"] == "A"), None)
    if start is None:
        return title, []
    run = [marks[start]]
    for mark in marks[start + 1 :]:
        if ord(mark["letter"]) == ord(run[-1]["letter"]) + 1:
            run.append(mark)
    if len(run) < _MIN_LETTERED:
        return title, []
    head = _GROUP_LABEL.sub("", title[: run[0].start()].rstrip())
    ends = [m.start() for m in run[1:]] + [len(title)]
    points = [(m["letter"], title[m.end() : end].strip()) for m, end in zip(run, ends, strict=True)]
    return head.strip() or title[: run[0].start()].strip(), points


# "44/09 Orientering /09 Indtægtsanalyse /09 …": items numbered by case and year, a transcript
# having dropped the case numbers after the first (digits alone on a token are lost).
_CASE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,3})?/(?P<year>\d{2})\s+(?=[A-ZÆØÅ])")
_MIN_CASE_RUN = 3
# "Dagsordenspunkter: 44/09 …": the label before a list run onto its line.
_LABEL_BEFORE = re.compile(r"^\s*[A-ZÆØÅ]\w+:\s+(?=\d{1,3}/\d{2}\s)")


def _case_number_run(line: str) -> list[tuple[int, str]]:
    """The entries of a line of case-numbered titles that share one year, the first numbered;
    the rest follow it in order (their numbers are lent: see Entry.lent)."""
    marks = list(_CASE_NUMBER.finditer(line))
    if not marks or not marks[0]["number"] or marks[0].start() > 0:
        return []
    if len(marks) == 1:  # "44/09 Orientering J. nr": one case's heading
        return [(int(marks[0]["number"]), line[marks[0].end() :].strip())]
    if len(marks) < _MIN_CASE_RUN:
        return []
    if len({m["year"] for m in marks}) > 1:
        return []
    first = int(marks[0]["number"])
    ends = [m.start() for m in marks[1:]] + [len(line)]
    return [
        (first + k, line[m.end() : end].strip())
        for k, (m, end) in enumerate(zip(marks, ends, strict=True))
    ]


# "… 18. Eventuelt Trafikselskabet Sekretariatet 1/1": the list's closing item is one word; what
# runs on after it in a run-together page is the page's footer.
_CLOSING_RUN_ON = re.compile(r"^(?P<title>Eventuelt|Evt\.)\s+(?=[A-ZÆØÅ])")
_PAGE_COUNTER_AT_END = re.compile(r"\s\d{1,3}\s*/\s*\d{1,3}\s*$")


def _split_run(number: int, text: str) -> list[tuple[int, str]]:
    """ "A 2. B 3. C" after "1.": the entries numbered on, each at the next number."""
    parts: list[tuple[int, str]] = []
    while True:
        # The next number, or one a little further on when extraction lost an entry or two.
        after = "|".join(str(number + step) for step in range(1, _LOST_ENTRIES + 2))
        following = re.search(rf"(?<=\S)\s+(?P<n>{after})\s*[.)]\s*(?=[A-ZÆØÅ])", text)
        if not following:
            closing = _CLOSING_RUN_ON.match(text)
            if closing and not parts and not _PAGE_COUNTER_AT_END.search(text):
                closing = None
            parts.append((number, closing["title"] if closing else text))
            return parts
        parts.append((number, text[: following.start()]))
        number, text = int(following["n"]), text[following.end() :]


def looks_like_title(entry: Entry) -> bool:
    title = entry.title
    return (
        0 < len(title) <= _MAX_TITLE
        and not title[:1].islower()
        and not title.endswith(",;")
        and not _PARAGRAPH.match(title)
    )


def find_index(entries: list[Entry]) -> list[Entry]:
    """The longest tight run of consecutive numbers (at least two entries), or []."""
    best: list[Entry] = []
    run: list[Entry] = []
    for entry in entries:
        if entry.ad:  # "Ad 2: …" refers to an entry; it is none
            run = []
            continue
        if run and _extends(run[-1], entry):
            run.append(entry)
        else:
            run = [entry]
        if len(run) > len(best) and all(looks_like_title(e) for e in run):
            best = list(run)
    needed = _DOTLESS_RUN if any(e.dotless for e in best) else 2
    if len(best) < needed:
        return []
    entries = _with_lost_entries(_without_page_numbers(best))
    return _with_closed_points(_with_lettered_points(entries))


def _with_lost_entries(index: list[Entry]) -> list[Entry]:
    """ "4. Strategi Opfølgning på mødet Økonomi" / "7. Open Data": where the numbers skip, the
    entry before holds the titles whose numbers the extraction lost (unsure, no number)."""
    out: list[Entry] = []
    for entry, following in zip(index, [*index[1:], None], strict=True):
        lost = following.number - entry.number if following and not entry.lent else 1
        titles = split_by_capitals(entry.title, lost) if lost > 1 else [entry.title]
        if len(titles) != lost:
            out.append(entry)
            continue
        entry.title = titles[0]
        entry.run_together = True
        out.append(entry)
        for step, title in enumerate(titles[1:], start=1):
            out.append(Entry(entry.line, entry.number + step, title, run_together=True, lent=True))
    return out


# "… dagsorden 3", "… dagsorden Side 3": the page a contents list gives after a title.
PAGE_AT_END = re.compile(r"\s+(?:(?i:side)\s+)?(?P<page>\d{1,3})$")


def _without_page_numbers(index: list[Entry]) -> list[Entry]:
    """ "1. Budget 4", "2. Plan for 2026 9": the page column after each title (all but a last
    entry cut short), rising, is no part of the titles. The entries are changed in place, so
    every reading of them sees the titles without it."""
    pages = [PAGE_AT_END.search(e.title) for e in index]
    ends = pages if pages[-1] else pages[:-1]
    numbers = [int(m["page"]) for m in ends if m]
    # A title wrapped onto the next line has its page there ("… ældre medicinske" / "patienter 3").
    wrapped = len(ends) - len(numbers)
    if len(numbers) < 2 or _WRAPPED_SHARE * wrapped > len(ends) or numbers != sorted(numbers):
        return index
    for entry, page in zip(index, pages, strict=False):
        if page:
            entry.title = entry.title[: page.start()]
            entry.page = int(page["page"])
    return index


# At most one entry in three may have its page on the line below, with its title's rest.
_WRAPPED_SHARE = 3


def _extends(last: Entry, entry: Entry) -> bool:
    if entry.line == last.line:  # split off one line: the split already checked the numbers
        return True
    if entry.line == last.line + 1 and 0 < entry.number - last.number <= _LOST_ENTRIES + 1:
        return True  # the very next line: an entry or two the extraction ran into the one before
    return entry.number == last.number + 1 and entry.line - last.line <= _INDEX_GAP + 1


def same_title(index_title: str, heading_title: str) -> bool:
    """A heading repeats an index entry: the same words, or one starts with the other."""
    # "Center Bakkehuset" / "LUKKET PUNKT: Center Bakkehuset": the closed mark is no title word.
    a, b = (
        " ".join(CLOSED_IN_TITLE.sub("", t).casefold().split())
        for t in (index_title, heading_title)
    )
    if not a or not b:
        return False
    if a.startswith(b[:40]) or b.startswith(a[:40]):
        return True
    return difflib.SequenceMatcher(None, a[:80], b[:80], autojunk=False).ratio() >= 0.75


def marked_title(index_title: str, heading_title: str) -> str:
    """The index's title, with the closed mark that only the heading below carries."""
    if CLOSED_IN_TITLE.search(heading_title) and not CLOSED_IN_TITLE.search(index_title):
        return heading_title
    return index_title


def headings_for_index(
    index: list[Entry], entries: list[Entry], lines: list[str]
) -> dict[int, Entry]:
    """Index number → the numbered line below the index that repeats its entry."""
    found: dict[int, Entry] = {}
    after = index[-1].line
    pool = [e for e in entries if e.line > after]
    if _answers_under_a_section(pool, after, lines):
        pool = [e for e in pool if not e.ad]
    for wanted in index:
        if wanted.letter:
            continue
        match = next(
            (
                e
                for e in pool
                if e.number == wanted.number
                and (e.bare or e.ad or same_title(wanted.title, e.title))
            ),
            None,
        )
        if match:
            found[wanted.number] = match
            pool = [e for e in pool if e.line > match.line]
    return found


def _answers_under_a_section(pool: list[Entry], after: int, lines: list[str]) -> bool:
    """ "Beslutning" / "Ad 1) Godkendt." / "Ad 2) Udsat.": "Ad" lines under an item's section
    answer its own numbered points; those that refer to the agenda come before any section."""
    first = next((e.line for e in pool if e.ad), None)
    return first is not None and any(section_marker(t) for t in lines[after + 1 : first])


def unnumbered_repeats(index: list[Entry], lines: list[str]) -> dict[int, Entry]:
    """Index number → the unnumbered title line below the index that repeats its entry in
    other words ("2. Budget 2027 for ældreområdet" / "Budget 2027 – ældreområdet"): a line set
    off by a blank line above, about as long as the entry, in the index's order."""
    found: dict[int, Entry] = {}
    start = index[-1].line + 1
    for wanted in index:
        limit = len(wanted.title) + _REPEAT_SLACK
        for at in range(start, len(lines)):
            text = lines[at].strip()
            set_off = not lines[at - 1].strip()
            if set_off and 0 < len(text) <= limit and _repeats(wanted.title, text):
                found[wanted.number] = Entry(at, wanted.number, text)
                start = at + 1
                break
    return found


def _repeats(index_title: str, line: str) -> bool:
    """The same title, or "Eventuelt" spelt "Evt." (or the other way round)."""
    closing = {kind_from_title(index_title), kind_from_title(line)} == {"any_other_business"}
    return closing or same_title(index_title, line)


# A heading that repeats an index entry in other words is at most this much longer.
_REPEAT_SLACK = 20


def heading_chain(entries: list[Entry], lines: list[str]) -> tuple[list[Entry], float]:
    """The heaviest chain of numbered lines numbered n, n+1, n+2, … in document order, and its
    weight (each link weighs how much it looks like a heading)."""
    plain = _plain_numbered_run(entries)
    candidates = [
        e
        for e in entries
        if looks_like_title(e) and (not e.dotless or e.line in plain or _case_below(e, lines))
    ]
    score: list[float] = []
    previous: list[int | None] = []
    for position, entry in enumerate(candidates):
        weight = heading_weight(entry, lines)
        best, link = 0.0, None
        for before in range(position):
            other = candidates[before]
            if (
                other.number == entry.number - 1
                and other.line < entry.line
                and score[before] > best
            ):
                best, link = score[before], before
        score.append(best + weight)
        previous.append(link)
    if not score:
        return [], 0.0
    position: int | None = max(range(len(score)), key=lambda p: score[p])
    weight = score[position]
    chain: list[Entry] = []
    while position is not None:
        chain.append(candidates[position])
        position = previous[position]
    return chain[::-1], weight


# "1 Godkendelse af dagsorden", …, "5 Eventuelt": headings numbered without a full stop.
_PLAIN_RUN = 3
_PLAIN_KINDS = {"welcome", "any_other_business"}


def _plain_numbered_run(entries: list[Entry]) -> set[int]:
    """The lines of numbered headings printed without a full stop ("1 Godkendelse af
    dagsorden" … "5 Eventuelt"): a run of at least three numbered on (1, 2, 3, …) in document
    order, with titles, not sentences, among them the meeting's opening or closing item. A
    line that merely starts with a number ("2 Kommuner har svaret.") runs on with nothing."""
    dotless = [
        e
        for e in entries
        if e.dotless and looks_like_title(e) and not e.title.rstrip().endswith((".", ",", ";"))
    ]
    best: list[Entry] = []
    run: list[Entry] = []
    for entry in dotless:
        run = [*run, entry] if run and entry.number == run[-1].number + 1 else [entry]
        if len(run) > len(best):
            best = run
    kinds = {kind_from_title(e.title) for e in best}
    if len(best) < _PLAIN_RUN or not kinds & _PLAIN_KINDS:
        return set()
    return {e.line for e in best}


def _numbered_line(text: str) -> bool:
    return bool(_DOTLESS.match(text) or _NUMBERED.match(text))


def _case_below(entry: Entry, lines: list[str]) -> bool:
    """ "71 Budget" / "Sagsnr.: 13/11719" / "Sagsbeskrivelse: …": a number without a full stop
    heads an item when the case's labels or sections follow it at once."""
    following = [line.strip() for line in lines[entry.line + 1 :] if line.strip()][:CASE_LOOKAHEAD]
    # "1 Kommune har svaret ja" / "2 Kommuner …" / "Beslutning": the section under a list in an
    # item's text is no evidence for the list's lines, only for a line right above it.
    first = next((i for i, t in enumerate(following) if _numbered_line(t)), len(following))
    return any(CASE_LABEL.match(line) or section_marker(line) for line in following[:first])


def heading_weight(entry: Entry, lines: list[str]) -> float:
    """How much a numbered line looks like an item heading rather than a list entry."""
    weight = 1.0
    before = lines[entry.line - 1].strip() if entry.line else ""
    after = lines[entry.line + 1].strip() if entry.line + 1 < len(lines) else ""
    if not before:
        weight += 0.5
    if not after:
        weight += 0.5
    if entry.title.endswith((".", ",", ";")):
        weight -= 0.5
    return weight
