"""Amounts in templates, the Danish way: {{ line.amount_ore|kr }} → "8.576 kr."."""

from django import template

from klynge.portfolio import money

register = template.Library()


@register.filter
def kr(ore: int | None) -> str:
    """ "8.576 kr."."""
    return money.kr(ore or 0)


@register.filter
def kroner(ore: int | None) -> str:
    """ "8.576" (whole kroner)."""
    return money.kroner(ore or 0, decimals=False)


@register.filter
def mio(ore: int | None) -> str:
    """ "6,348 mio. kr."."""
    return money.millions(ore or 0)


@register.filter
def i_enhed(ore: int | None, unit: str) -> str:
    """In the fund's unit: "1.269" in 1.000 kr. or "8.576" in kroner."""
    return money.in_unit(ore or 0, unit)
