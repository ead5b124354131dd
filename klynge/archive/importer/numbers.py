"""List numbers as a document prints them: 3, c, C, iii, III (Word numbering, <ol type>), and the
numbers that are no list's: a date's day before its month ("25. February 2020")."""

from __future__ import annotations

import re

from .layouts import STARTS_WITH_MONTH


def format_number(value: int, fmt: str) -> str:
    """The number in a Word numbering format (decimal, lowerLetter, upperRoman, ...)."""
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out += letters
            value -= number
    return out


# "25. February 2020": some systems print their dates in English.
_ENGLISH_MONTH = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b",
    re.IGNORECASE,
)


def starts_with_month(text: str) -> bool:
    """ "april 2024 …", "February 2020 -": the rest of a date after its day's number."""
    return bool(STARTS_WITH_MONTH.match(text) or _ENGLISH_MONTH.match(text))
