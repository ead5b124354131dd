"""A two-column table of contents whose columns the extraction gave one after the other.

A PDF's contents table ("1." | "Godkendelse af referat ........ 3") often comes out as a run of
number lines ("1.", "1.1.", "2.") and, apart from them, a run of title lines with dotted
leaders and page numbers, the two columns' lines interleaved in no useful order. The numbers
are in the list's order, and so are the titles once sorted by their page (a contents list runs
in page order; titles on one page keep their order). Paired up, they give the list: a section
with numbered cases under it ("3. Sager" with "3.1", "3.2") is a heading, its cases are the
items (a case number such as 3.1 is no item number); a section without cases is an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .title_index import TitleIndex

# "1.", "1.1.", "3.2": a number with its full stop (a bare "3" is a page number).
_NUMBER_LINE = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s*$")
_WITH_STOP = re.compile(r"^\s*\d{1,2}\.")
# "Godkendelse af referat ....... 3", ". . . . 3", "…… 3"; "4. Udpegninger ..... 16" numbered.
_TITLE_LINE = re.compile(
    r"^\s*(?:(?P<number>\d{1,2}(?:\.\d{1,2})*)\.\s+)?(?P<title>[^\s.].*?)[\s.]*"
    r"(?:(?:\.\s?){3,}|…+)\s*(?P<page>\d{1,3})?\s*$"
)
# A contents table holds at least this many entries in each column.
_MIN_ENTRIES = 3
# Lines of another kind (a running head, a page number) may stand among the columns' lines.
_MAX_OTHER = 4
# A text cut short may end inside one column: the other may hold this many more entries.
_CUT_SHORT = 2


@dataclass
class _Row:
    number: tuple[int, ...]
    title: str


def split_toc_columns(lines: list[str]) -> TitleIndex | None:
    """The lines with such a contents table written one entry a line ("N. Title"), or None."""
    block = _columns(lines)
    if block is None:
        return None
    start, end, numbers, titles = block
    rows = _paired(numbers, titles)
    if rows is None:
        return None
    items = _items(rows)
    listed = [f"{position}. {row.title}" for position, row in enumerate(items, start=1)]
    # The sections' own lines are used up by the reading, as an index's entries are.
    out = lines[:start] + listed + lines[end:]
    entries = range(start, start + len(listed))
    printed = {
        line: row.number[0] if len(row.number) == 1 else None
        for line, row in zip(entries, items, strict=True)
    }
    return TitleIndex(out, printed, set(entries))


Numbers = list[tuple[int, ...]]
Titles = list[tuple[str, int]]


def _columns(lines: list[str]) -> tuple[int, int, Numbers, Titles] | None:
    """The first stretch of number lines and leader lines: its bounds, numbers and titles."""
    numbers: Numbers = []
    titles: Titles = []
    start = end = None
    other = alone = 0
    for index, line in enumerate(lines):
        number = _NUMBER_LINE.match(line) if _WITH_STOP.match(line) else None
        title = _TITLE_LINE.match(line)
        if number or title:
            start = index if start is None else start
            end, other = index + 1, 0
            alone += bool(number)
            found = number or (title if title and title["number"] else None)
            if found:
                numbers.append(tuple(int(n) for n in found["number"].split(".")))
            if title:
                page = int(title["page"]) if title["page"] else 10**6
                titles.append((title["title"].strip(" ."), page))
        elif start is not None and line.strip():
            other += 1
            if other > _MAX_OTHER:
                break
    if start is None or end is None or min(alone, len(titles)) < _MIN_ENTRIES:
        return None  # no table, or one whose numbers stand on their titles' lines
    return start, end, numbers, titles


def _paired(numbers: list[tuple[int, ...]], titles: list[tuple[str, int]]) -> list[_Row] | None:
    """Numbers and titles paired in the list's order, if the columns agree. The number column
    may come out of order too ("3." "4." "3.1." …): a contents list's numbers run in order."""
    if abs(len(numbers) - len(titles)) > _CUT_SHORT or len(set(numbers)) < len(numbers):
        return None
    numbers = sorted(numbers)
    in_order = sorted(titles, key=lambda title: title[1])
    count = min(len(numbers), len(titles))
    numbers, in_order = numbers[:count], in_order[:count]
    return [_Row(number, title) for number, (title, _) in zip(numbers, in_order, strict=True)]


def _items(rows: list[_Row]) -> list[_Row]:
    """The entries without numbered cases under them: the items (the others head sections). A
    section whose one case repeats its title is that one item, under the section's number."""
    cases = {row.number: [o for o in rows if _under(o, row)] for row in rows}
    items = [row for row in rows if not cases[row.number]]
    for row in rows:
        under = cases[row.number]
        if len(under) == 1 and under[0].title.casefold() == row.title.casefold():
            under[0].number = row.number
    return items


def _under(case: _Row, section: _Row) -> bool:
    depth = len(section.number)
    return len(case.number) > depth and case.number[:depth] == section.number
