"""Items found by the case's file label, when a page lost its item headings.

Some committee systems print each case's number and title as links or page furniture that a
stored page or an extraction drops; what stays is the case's file label ("Sagsid.: 17/39385",
"Sagsnr.: …") above the case's sections. Each such label with an item section below it starts
an item. Its title is the title-like line right above the label when there is one, else none:
the reader says the title is missing rather than invent one from the case text. Weak evidence, so
the reading wins only where nothing with headings is found, and every heading is unsure.
"""

from __future__ import annotations

import re

from .agenda_index import CASE_LABEL
from .items import Heading
from .layouts import section_marker

# How far below the label the case's first section may come (its title and file data between).
_SECTION_LOOKAHEAD = 6
_ITEM_SECTIONS = {"summary", "case", "recommendations", "decisions"}
# A title: starts with a capital, short, no label and no sentence's full stop at the end.
_TITLE = re.compile(r"^[A-ZÆØÅ0-9][^:]{2,150}(?<![.:;,])$")
# Page furniture between a case's title and its label: print and navigation links, bullets alone.
_FURNITURE = re.compile(
    r"^(?:[•·*\-–]\s*)?(?:udskriv(?:\s+\w+)*|print|til\s+top(?:pen)?|se\s+alle\s+bilag"
    r"|fold\s+(?:alle\s+)?(?:ud|ind))?$",
    re.IGNORECASE,
)


def case_label_headings(lines: list[str]) -> list[Heading]:
    """An unsure, unnumbered heading at each case file label that an item section follows."""
    headings: list[Heading] = []
    for index, line in enumerate(lines):
        if CASE_LABEL.match(line.strip()) and _section_follows(lines, index):
            above = _title_above(lines, index)
            start = above if above is not None else index
            title = lines[above].strip() if above is not None else ""
            if headings and start < headings[-1].end:
                continue
            headings.append(Heading(start, index + 1, None, title, "numbered", sure=False))
    return headings


def _section_follows(lines: list[str], index: int) -> bool:
    following = [line for line in lines[index + 1 :] if line.strip()][:_SECTION_LOOKAHEAD]
    for line in following:
        if CASE_LABEL.match(line.strip()):
            return False
        marker = section_marker(line.strip())
        if marker and marker.section in _ITEM_SECTIONS:
            return True
    return False


def _title_above(lines: list[str], index: int) -> int | None:
    """The line of the case's title right above its label, past any page furniture."""
    for position in range(index - 1, -1, -1):
        text = lines[position].strip()
        if not text or _FURNITURE.match(text):
            continue
        looks_like_title = _TITLE.match(text) and not section_marker(text)
        return position if looks_like_title else None
    return None
