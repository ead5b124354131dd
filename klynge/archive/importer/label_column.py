"""Header labels printed in a column with their values after all of them.

A two-column header (labels left, values right) flattened by a PDF transcript reads "Mødested:
Deltagere: Fraværende: Referent: Rådhuset, lokale 2 Anne Holm, Bo Dal, Kaj Berg Ingen Ida Lund":
every label but the last is empty and the last holds the values of all, in the labels' order. The
values are dealt back to the labels by what each label takes: a date, a time, a place (up to where
the next value begins), a list of names, "Ingen" or a single name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .layouts import DATE_NUMERIC, DATE_WORDS, TIME_RANGE
from .names import split_run

# A label's value that is no value: empty, or "Kl" whose time the transcript lost.
_EMPTY = re.compile(r"^\s*(?:kl\.?)?\s*$", re.IGNORECASE)
_EMPTY_LABELS_FOR_A_COLUMN = 2
_VALUES_FOR_A_COLUMN = 2
_NAMES_IN_A_SPLIT = 2
# "Anne Holm Ingen": "Ingen" after a name of two words at least.
_NONE_AFTER_WORDS = 2
_WEEKDAY = r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:(?:den|d\.)\s+)?"
_DATE_FIRST = re.compile(
    rf"^\s*{_WEEKDAY}(?:{DATE_WORDS.pattern}|{DATE_NUMERIC.pattern})"
    rf"(?:\s*,?\s*(?:{TIME_RANGE.pattern}|kl\.?\s*\d{{1,2}}[.:]\d{{2}}))?[.,]?",
    re.IGNORECASE,
)
_TIME_FIRST = re.compile(r"^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?[.,]?")
_NONE_FIRST = re.compile(r"^\s*(?:ingen|intet|ingen\s+afbud)\b\.?", re.IGNORECASE)
_WORD = r"(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)"
_NAME = rf"[A-ZÆØÅ][\w'’-]+(?:\s+{_WORD}){{1,3}}"
# Where a list of names begins: a name, a comma, another name and a comma or "og".
_LIST_START = re.compile(rf"(?<![\w'’-])(?P<first>{_WORD}(?:\s+{_WORD})*?),\s+{_NAME}\s*(?:,|og\b)")
_PIECE = re.compile(rf"^\s*(?P<name>{_NAME})\s*(?:,\s*|\s+og\s+|$)")
_PIECE_RUN = re.compile(rf"^\s*(?P<name>{_WORD}(?:\s+{_WORD})*)\s*(?:,\s*|$)")
_NAME_WORDS_AT_MOST = 4
_PEOPLE = {"participants", "apologies", "takers", "leader", "substitutes"}

Label = Callable[[str], tuple[str, str, str] | None]


def deal_label_column(
    lines: list[tuple[int, str]], label: Label
) -> tuple[list[tuple[int, str]], bool]:
    """The lines with a column of empty labels given their values; and whether any was dealt.
    label(line) gives (kind, label text, value) for a labelled line, else None."""
    out: list[tuple[int, str]] = []
    dealt = False
    position = 0
    while position < len(lines):
        run = _column_at(lines, position, label)
        if run is None:
            out.append(lines[position])
            position += 1
            continue
        column = lines[position : position + run]
        labels = [found for _, text in column if (found := label(text))]
        values = _deal([kind for kind, _, _ in labels], labels[-1][2])
        if values is None:
            out += column
        else:
            out += [
                (index, f"{text}: {value}".rstrip())
                for (index, _), (_, text, _), value in zip(column, labels, values, strict=True)
            ]
            dealt = True
        position += run
    return out, dealt


def _column_at(lines: list[tuple[int, str]], position: int, label: Label) -> int | None:
    """How many lines from position are a column: two or more empty labels in a row, then a
    label holding values."""
    empty = 0
    for offset, (_, text) in enumerate(lines[position:]):
        found = label(text)
        if found is None:
            return None
        if _EMPTY.match(found[2]):
            empty += 1
            continue
        return offset + 1 if empty >= _EMPTY_LABELS_FOR_A_COLUMN else None
    return None


def _deal(kinds: list[str], pool: str) -> list[str] | None:
    """Each label's value out of the pool, in order; None when the pool does not fill at least
    two of them (then it is the last label's own value)."""
    values: list[str] = []
    rest = pool.strip()
    for position, kind in enumerate(kinds):
        following = kinds[position + 1 :]
        value, rest = _take(kind, rest, following)
        values.append(value.strip(" ,"))
        rest = rest.strip()
    if rest:
        values[-1] = f"{values[-1]} {rest}".strip()
    return values if sum(bool(v) for v in values) >= _VALUES_FOR_A_COLUMN else None


def _take(kind: str, text: str, following: list[str]) -> tuple[str, str]:
    if not following:
        return text, ""
    if kind in {"date", "sent"}:
        date, rest = _front(_DATE_FIRST, text)
        return (date, rest) if date else _front(_TIME_FIRST, text)
    if kind in {"start", "end"}:
        return _front(_TIME_FIRST, text)
    if kind == "participants":
        return _names(text, following)
    if kind in _PEOPLE:
        none, rest = _front(_NONE_FIRST, text)
        return (none, rest) if none else _one_name(text)
    return _place(text, following)


def _front(pattern: re.Pattern[str], text: str) -> tuple[str, str]:
    match = pattern.match(text)
    return (match[0], text[match.end() :]) if match else ("", text)


def _place(text: str, following: list[str]) -> tuple[str, str]:
    """A place runs up to where the next label's value begins (the first of the later labels
    whose value can be found: the ones after it begin later still), or to the end."""
    starts = [_next_value(text, kind) for kind in following]
    end = next((s for s in starts if s is not None), len(text))
    return text[:end], text[end:]


def _next_value(text: str, kind: str) -> int | None:
    if kind == "participants":
        match = _LIST_START.search(text)
        if not match:
            return None
        words = match["first"].split()
        keep = split_run(words)[-1:] if len(words) > _NAME_WORDS_AT_MOST else []
        return match.start() + (match["first"].rfind(keep[0]) if keep else 0)
    if kind in {"date", "sent"}:
        match = re.search(rf"{_WEEKDAY}(?:{DATE_WORDS.pattern}|{DATE_NUMERIC.pattern})", text, re.I)
        return match.start() if match else None
    if kind in _PEOPLE:
        match = _NONE_FIRST.search(text) or re.search(_NAME, text)
        return match.start() if match else None
    return None


def _names(text: str, following: list[str]) -> tuple[str, str]:
    """A list of names, comma by comma; its last piece gives up a name or "Ingen" at its end
    when labels for people follow."""
    names: list[str] = []
    rest = text
    while match := _PIECE_RUN.match(rest):
        words = match["name"].split()
        # The list's last piece: a name of the next label's may follow it without a comma.
        last = not match[0].rstrip().endswith(",")
        shared = last and any(k in _PEOPLE for k in following) and len(split_run(words)) > 1
        if len(words) <= _NAME_WORDS_AT_MOST and _PIECE.match(rest) and not shared:
            names.append(match["name"])
            rest = rest[match.end() :]
            continue
        head, tail = _split_piece(words, following)
        if head:
            names.append(head)
            after = rest[match.end() :]
            comma = ", " if match[0].rstrip().endswith(",") else " "
            rest = f"{tail}{comma}{after}".strip(" ,") if tail else after
        break
    if not names:
        return "", text
    return ", ".join(names), rest


def _split_piece(words: list[str], following: list[str]) -> tuple[str, str]:
    """ "Erhardt Jull Ingen Pia Koch Hauge": the list's last name, and what follows it."""
    for position, word in enumerate(words):
        if _NONE_FIRST.match(word) and position >= _NONE_AFTER_WORDS:
            return " ".join(words[:position]), " ".join(words[position:])
    if not any(kind in _PEOPLE for kind in following):
        return "", ""
    names = split_run(words)
    if len(names) < _NAMES_IN_A_SPLIT:
        return "", ""
    return names[0], " ".join(words[len(names[0].split()) :])


def _one_name(text: str) -> tuple[str, str]:
    match = re.match(rf"^\s*{_NAME}", text)
    return (match[0], text[match.end() :]) if match else ("", text)


# --- labels alone on their lines, the values on the lines after all of them -------------------

Kind = Callable[[str], str | None]
_STACKED_AT_LEAST = 3
# Where the values of a stacked column end: an item's heading ("1. Meddelelser") or the index.
_VALUES_END = re.compile(
    r"^\s*(?:\d{1,3}[.)]?\s+[A-ZÆØÅ]|(?i:indholdsfortegnelse\b|dagsorden\s*$))"
)
_DATE_OR_TIME = re.compile(
    rf"{DATE_WORDS.pattern}|{DATE_NUMERIC.pattern}|\d{{1,2}}[.:]\d{{2}}", re.IGNORECASE
)


def deal_stacked_labels(
    lines: list[tuple[int, str]], kind_of: Kind
) -> tuple[list[tuple[int, str]], bool]:
    """ "Mødedato" / "Mødested" / "Deltagere" each alone on a line, then "8. marts 2023" /
    "Regionsgården, lokale Birk" / "Anne Holm, Bo Berg," / "Eva Kro": a table's label column
    printed before its value column. Each label is given the next value (a line, and the lines
    after it while it ends with a comma); and whether any was dealt. Nothing is dealt unless
    every label gets a value of its kind."""
    out: list[tuple[int, str]] = []
    dealt = False
    position = 0
    while position < len(lines):
        kinds = _stacked_at(lines, position, kind_of)
        found = _stacked_values(lines[position + len(kinds) :], kinds, kind_of) if kinds else None
        if found is None:
            out.append(lines[position])
            position += 1
            continue
        values, used = found
        labels = lines[position : position + len(kinds)]
        out += [
            (index, f"{label.strip()}: {value}")
            for (index, label), value in zip(labels, values, strict=True)
        ]
        position += len(kinds) + used
        dealt = True
    return out, dealt


def _stacked_at(lines: list[tuple[int, str]], position: int, kind_of: Kind) -> list[str]:
    """The kinds of the labels alone on their lines from position, when there are enough."""
    kinds: list[str] = []
    for _, text in lines[position:]:
        if not (kind := kind_of(text)):
            break
        kinds.append(kind)
    return kinds if len(kinds) >= _STACKED_AT_LEAST else []


def _stacked_values(
    lines: list[tuple[int, str]], kinds: list[str], kind_of: Kind
) -> tuple[list[str], int] | None:
    """A value of its kind for each label, and how many lines they took; None if one lacks."""
    values: list[str] = []
    at = 0
    for kind in kinds:
        if at >= len(lines) or not _a_value(lines[at][1], kind_of):
            return None
        value = lines[at][1].strip()
        at += 1
        while value.endswith((",", " og")) and at < len(lines) and _a_value(lines[at][1], kind_of):
            value = f"{value} {lines[at][1].strip()}"
            at += 1
        if not _fits(kind, value):
            return None
        values.append(value)
    return values, at


def _a_value(text: str, kind_of: Kind) -> bool:
    return bool(text.strip()) and not kind_of(text) and not _VALUES_END.match(text)


def _fits(kind: str, value: str) -> bool:
    """A date's value holds a date or a time; a place's is more than one; a person's begins
    with a capital ("Anne Holm", "Ingen")."""
    if kind in {"date", "end", "sent"}:
        return bool(_DATE_OR_TIME.search(value))
    if kind in _PEOPLE:
        return value[:1].isupper() and not _DATE_OR_TIME.match(value)
    return not (_DATE_FIRST.match(value) or _TIME_FIRST.match(value))
