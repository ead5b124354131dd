"""Money as whole øre (integers) and printed the Danish way.

Every amount is an ``int`` of øre: no floats anywhere, so sums come out to the øre. Printing:

- ``kroner(857_600)`` → ``"8.576"`` (whole kroner, "." between thousands; øre after a comma
  only when there are any: ``"8.576,50"``);
- ``kr(857_600)`` → ``"8.576 kr."``;
- ``thousands(126_900_000)`` → ``"1.269"`` (in 1.000 kr., as budget tables print them);
- ``millions(634_800_000)`` → ``"6,348 mio. kr."``.

Rounding is half away from zero, on the øre, once, at the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from django.utils.translation import gettext as _

ORE_PER_KRONE = 100


def _group(whole: int) -> str:
    """1234567 → "1.234.567"."""
    return f"{whole:,}".replace(",", ".")


def round_div(value: int, divisor: int) -> int:
    """value / divisor rounded half away from zero, in integers."""
    quotient, remainder = divmod(abs(value), divisor)
    if remainder * 2 >= divisor:
        quotient += 1
    return -quotient if value < 0 else quotient


def kroner(ore: int, *, decimals: bool | None = None) -> str:
    """Kroner with "." between thousands: 857600 → "8.576"; 857650 → "8.576,50".

    ``decimals`` True always prints the øre, False rounds to whole kroner, None prints the øre
    only when there are any.
    """
    sign = "-" if ore < 0 else ""
    whole, rest = divmod(abs(ore), ORE_PER_KRONE)
    if decimals is False or (decimals is None and rest == 0):
        return sign + _group(round_div(abs(ore), ORE_PER_KRONE))
    return f"{sign}{_group(whole)},{rest:02d}"


def kr(ore: int) -> str:
    """ "8.576 kr." (øre only when there are any)."""
    return f"{kroner(ore)} kr."


def thousands(ore: int) -> str:
    """In 1.000 kr., as budget tables print them: 126900000 → "1.269"."""
    return _group_signed(round_div(ore, 1000 * ORE_PER_KRONE))


def millions(ore: int, places: int = 3) -> str:
    """ "6,348 mio. kr."."""
    scaled = round_div(ore, 1_000_000 * ORE_PER_KRONE // 10**places)
    sign = "-" if scaled < 0 else ""
    whole, rest = divmod(abs(scaled), 10**places)
    text = _group(whole) + (f",{rest:0{places}d}" if places else "")
    return f"{sign}{text} mio. kr."


def _group_signed(value: int) -> str:
    return ("-" if value < 0 else "") + _group(abs(value))


def in_unit(ore: int, unit: str) -> str:
    """An amount in a fund's unit: "kr" (kroner) or "thousands" (1.000 kr.)."""
    return thousands(ore) if unit == "thousands" else kroner(ore, decimals=False)


_AMOUNT = re.compile(r"^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")


def parse_kroner(text: str) -> int:
    """Danish kroner as typed ("8.576", "8576,00", "42.881,00", "-500") → øre.

    Raises ValueError with a Danish message for anything else.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    cleaned = re.sub(r"(?i)(kr\.?|kroner)$", "", cleaned).replace("−", "-")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise ValueError(_("Write the amount in kroner, e.g. 8.576 or 8.576,50."))
    sign, whole, ore = match.groups()
    value = int(whole.replace(".", "")) * ORE_PER_KRONE + int((ore or "0").ljust(2, "0"))
    return -value if sign else value


def split(total: int, weights: Sequence[Fraction | int]) -> list[int]:
    """Share ``total`` øre by ``weights`` so that the parts add up to the total exactly.

    Largest remainder: every part is rounded down, then the øre left over go one each to the
    parts with the largest remainders (ties to the earlier part).
    """
    weight_sum = sum(Fraction(w) for w in weights)
    if not weights or weight_sum == 0:
        return [0 for _ in weights]
    exact = [Fraction(total) * Fraction(w) / weight_sum for w in weights]
    floors = [e.numerator // e.denominator for e in exact]
    left = total - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors
