"""Danish formatting used on every page: "7. juni 2023", "kl. 08:30"."""

import datetime

from django import template
from django.utils import formats, timezone

register = template.Library()


@register.filter
def dato(value: datetime.date | None) -> str:
    """A date the Danish way: 7. juni 2023."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return formats.date_format(value, "j. F Y")


@register.filter
def klokken(value: datetime.datetime | datetime.time | None) -> str:
    """A time of day the Danish way: kl. 08:30."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return "kl. " + value.strftime("%H:%M")
