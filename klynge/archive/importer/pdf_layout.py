"""The lines of a PDF page in reading order, without the page furniture printed on every page.

pypdf gives a page's text in the order it was drawn. A committee system's PDF (or WeasyPrint's)
draws list bullets and the running heads and footers after the body, so "•" lines and
"Sundhedsudvalget 14. marts 2026" would land after the page's last paragraph, inside an item.
Here each drawn line keeps its position: a line drawn above the line before it (and not the top
of a new column further right) is put back where it stands on the page, on the same baseline as
the line it belongs to; text turned up the margin (a journal number, a print stamp) is left out
unless the whole page is printed turned. Then the lines that recur at the top or foot of most
pages (the running head and footer, page numbers normalised) and lone page numbers ("Side 3 af
12") are dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

# Two lines closer than this (in points) stand on one baseline.
_BASELINE = 2.5
# A line drawn above the previous one starts the next column (of a table or the page) when it
# stands this many points further right.
_COLUMN_SHIFT = 10.0
# Text turned further than this (in radians) from the horizontal is printed in the margin.
_TURNED = 0.2
# A running head is printed this much smaller than the body text, and this many body sizes
# above the text under it.
_SMALLER = 0.5
_APART = 2.5
# A line drawn twice over itself has at least this many letters.
_MIN_LETTERS_TWICE = 3
# How many lines at the top and foot of a page may be page furniture.
_EDGE = 3
# A page number on a line of its own: "Side 3", "Side 3 af 12", "3/12"; a bare "3" or "- 3 -"
# only as the page's very first or last line.
_PAGE_NUMBER = re.compile(
    r"(?:side|page|s\.)\s*\d+(?:\s*(?:af|of|/)\s*\d+)?|\d+\s*(?:af|/)\s*\d+", re.IGNORECASE
)
_BARE_PAGE_NUMBER = re.compile(r"[-–(]?\s*\d{1,3}\s*[-–)]?")

# The page number inside a running head or footer: "Side 3", "Side 3 af 12", "3/12".
_NUMBERED_PAGE = re.compile(
    r"\b(?:side|page|s\.)\s*\d+(?:\s*(?:af|of|/)\s*\d+)?|\b\d+\s*(?:af|/)\s*\d+\b", re.IGNORECASE
)


@dataclass
class Line:
    """One printed line: where its first character stands (PDF points, y upwards) and its text."""

    x: float
    y: float
    text: str
    size: float = 0.0  # the font size as printed, in points
    upright: bool = True  # False: turned, as a journal number up a page's margin
    stray: bool = False  # drawn out of place and put back where it stands


class _Collector:
    """pypdf's visitor: cuts the text it emits into lines and notes where each line begins."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._at: tuple[float, float, float, bool] | None = None

    def __call__(
        self, text: str, cm: list[float], tm: list[float], _font: object, size: float
    ) -> None:
        for index, piece in enumerate(text.split("\n")):
            if index:
                self.flush()
            if piece.strip() and self._at is None:
                x, y = tm[4], tm[5]
                printed = size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                run = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
                upright = abs(math.atan2(run[1], run[0])) < _TURNED
                at = (x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5])
                self._at = (*at, printed, upright)
            self._parts.append(piece)

    def flush(self) -> None:
        text = "".join(self._parts).rstrip()
        if text.strip() and self._at is not None:
            x, y, size, upright = self._at
            self.lines.append(Line(x, y, _single(text), size, upright))
        self._parts, self._at = [], None


def _single(text: str) -> str:
    """The text once where the line was drawn twice over itself (a bold imitated by drawing
    the text again a hair to the right: "BeslutningBeslutning" or "Sag 2 Sag 2")."""
    for half in (text[: len(text) // 2], text[: (len(text) - 1) // 2]):
        twice = (half + half, f"{half} {half}")
        if text in twice and sum(c.isalpha() for c in half) >= _MIN_LETTERS_TWICE:
            return half
    return text


class _Dots:
    """pypdf's operator visitor: the small round or square shapes a page fills, the bullets a
    browser (Chromium) draws instead of a "•" glyph."""

    def __init__(self) -> None:
        self.found: list[tuple[float, float]] = []
        self._box: list[float] | None = None  # x0, y0, x1, y1 of the path being built

    def __call__(
        self, operator: bytes, operands: list[object], cm: list[float], *_: object
    ) -> None:
        if operator in _PATH_POINTS:
            try:
                numbers = [float(n) for n in operands]
            except (TypeError, ValueError):
                return  # a damaged path: no bullet, and no reason to refuse the page's text
            if operator == b"re" and len(numbers) == 4:
                x, y, w, h = numbers
                numbers = [x, y, x + w, y + h]
            for x, y in zip(numbers[::2], numbers[1::2], strict=False):
                self._extend(x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5])
        elif operator in _PATH_ENDS:
            if operator in _FILLS and self._box is not None:
                x0, y0, x1, y1 = self._box
                if _DOT[0] <= x1 - x0 <= _DOT[1] and _DOT[0] <= y1 - y0 <= _DOT[1]:
                    self.found.append(((x0 + x1) / 2, (y0 + y1) / 2))
            self._box = None

    def _extend(self, x: float, y: float) -> None:
        box = self._box or [x, y, x, y]
        self._box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]


_PATH_POINTS = frozenset((b"m", b"l", b"c", b"v", b"y", b"re"))
_FILLS = frozenset((b"f", b"F", b"f*", b"b", b"b*", b"B", b"B*"))
_PATH_ENDS = _FILLS | {b"n", b"S", b"s"}
# A bullet's size in points (smallest, largest), and how far left of its text it may stand.
_DOT = (1.0, 6.0)
_DOT_BEFORE = 24.0


def page_lines(page: object) -> list[Line]:
    """The page's lines in reading order (pypdf's text and spacing, reordered by position)."""
    collector, dots = _Collector(), _Dots()
    page.extract_text(visitor_text=collector, visitor_operand_before=dots)
    collector.flush()
    upright = [line for line in collector.lines if line.upright]
    if len(upright) * 2 < len(collector.lines):
        return collector.lines  # a page printed turned: pypdf's order is the best there is
    return _with_bullets(reading_order(upright), dots.found)


def _with_bullets(lines: list[Line], dots: list[tuple[float, float]]) -> list[Line]:
    """Each line that a drawn dot stands before, on its height, starts with "• "."""
    for x, y in dots:
        line = next(
            (
                line
                for line in lines
                if 0 < line.x - x <= _DOT_BEFORE
                and line.y - _BASELINE <= y <= line.y + max(line.size, _DOT[1])
            ),
            None,
        )
        if line is not None and not line.text.startswith("•"):
            line.text = f"• {line.text}"
    return lines


def reading_order(drawn: list[Line]) -> list[Line]:
    """The lines as drawn, except those drawn above the text before them (bullets, running
    heads drawn last), which go where they stand on the page."""
    placed: list[Line] = []
    flow: Line | None = None  # the last line taken in drawing order
    for index, line in enumerate(drawn):
        following = drawn[index + 1] if index + 1 < len(drawn) else None
        if flow is not None and _out_of_place(line, flow, following, placed):
            _place(line, placed)
        else:
            placed.append(Line(line.x, line.y, line.text, line.size))
            flow = line
    return placed


def _out_of_place(line: Line, flow: Line, following: Line | None, placed: list[Line]) -> bool:
    if abs(line.y - flow.y) <= _BASELINE:
        return line.x < flow.x  # drawn after the text it stands before on the same line
    if line.y < flow.y:
        return False
    beside = next((other for other in placed if abs(other.y - line.y) <= _BASELINE), None)
    if beside is not None and line.x < beside.x:
        return True  # a bullet or list number drawn after its text
    if beside is not None and not beside.stray and line.x > flow.x + _COLUMN_SHIFT:
        return False  # the next cell of a table's row
    # The next column of a table or a page: further right, and below text already read or
    # going on down the page.
    further_right = line.x > flow.x + _COLUMN_SHIFT
    goes_on = (
        following is not None
        and following.y < line.y - _BASELINE
        and abs(following.x - line.x) <= _BASELINE
    )
    below_text = any(other.y > line.y + _BASELINE for other in placed)
    return not (further_right and (goes_on or below_text))


def _place(line: Line, placed: list[Line]) -> None:
    for index, other in enumerate(placed):
        if abs(other.y - line.y) <= _BASELINE:
            left, right = (line, other) if line.x < other.x else (other, line)
            text = f"{left.text} {right.text}"
            placed[index] = Line(left.x, other.y, text, other.size, stray=other.stray)
            return
        if other.y < line.y - _BASELINE:
            placed.insert(index, Line(line.x, line.y, line.text, line.size, stray=True))
            return
    placed.append(Line(line.x, line.y, line.text, line.size, stray=True))


def without_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without their running heads, footers and page numbers: the lines at a page's
    top and foot, from the edge inwards, that stand at the same place with the same text (page
    numbers aside) on at least half the pages, or that are a lone page number."""
    recurring = _recurring(pages)
    body = _body_size(pages)
    kept = []
    for number, lines in enumerate(pages):
        start, end = 0, len(lines)
        while start < min(_EDGE, end) and _is_furniture(lines[start], recurring, start == 0):
            start += 1
        while end > max(start, len(lines) - _EDGE) and _is_furniture(
            lines[end - 1], recurring, end == len(lines)
        ):
            end -= 1
        if number and _lone_running_head(lines[start:end], kept[0], body):
            start += 1
        kept.append(lines[start:end])
    return kept


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter(round(line.size, 1) for lines in pages for line in lines)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _lone_running_head(lines: list[Line], first_page: list[Line], body: float) -> bool:
    """A running head printed from the second page only, so found on too few pages to recur
    (a two-page document): the top line of a later page, smaller than the body text, set apart
    from it by more than two lines' space, and higher than the first page's text begins."""
    if len(lines) < 2 or not first_page or not body:
        return False
    head, below = lines[0], lines[1]
    return (
        head.size < body - _SMALLER
        and head.y - below.y > _APART * body
        and head.y > first_page[0].y + body
    )


def _key(line: Line) -> tuple[str, int]:
    """The line's text with its page number (not other numbers: "Punkt 3") left out, and where
    it stands."""
    text = _NUMBERED_PAGE.sub("#", " ".join(line.text.split()))
    return text.casefold(), round(line.y)


def _recurring(pages: list[list[Line]]) -> set[tuple[str, int]]:
    """Lines at a page's edge found, in one place, on at least half the pages (two at least)."""
    counts = Counter(
        key for lines in pages for key in {_key(line) for line in lines[:_EDGE] + lines[-_EDGE:]}
    )
    needed = max(2, math.ceil(len(pages) / 2))
    return {key for key, count in counts.items() if count >= needed}


def _is_furniture(line: Line, recurring: set[tuple[str, int]], outermost: bool) -> bool:
    text = line.text.strip()
    if _key(line) in recurring or _PAGE_NUMBER.fullmatch(text):
        return True
    return outermost and _BARE_PAGE_NUMBER.fullmatch(text) is not None
