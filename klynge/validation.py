"""What text and values Klynge accepts, and how any stored value is made safe to write out.

One set of rules for every model field, installed when the apps are ready (`install`), so that
forms, the API, the import and the admin refuse the same things with the same Danish message:

- text refuses control characters other than tab, line feed and carriage return (they cannot
  be written to XML, so no feed, Word file or calendar could show them), and lone surrogates
  and the two non-characters XML forbids;
- dates and times lie between 1900 and 2199 (calendars and item times are computed from them);
- whole numbers stay within what every supported database stores for the field.

Domain bounds (an item's duration, amounts, counts) stand on the model fields themselves.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# C0 controls but tab, LF and CR; DEL and the C1 controls; surrogates; U+FFFE and U+FFFF.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"

EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2199, 12, 31)

# What every supported database stores (PostgreSQL's limits; SQLite stores more).
INTEGER_LIMITS = {
    "SmallIntegerField": (-32768, 32767),
    "PositiveSmallIntegerField": (0, 32767),
    "IntegerField": (-(2**31), 2**31 - 1),
    "PositiveIntegerField": (0, 2**31 - 1),
    "BigIntegerField": (-(2**63), 2**63 - 1),
    "PositiveBigIntegerField": (0, 2**63 - 1),
}


def control_characters(text: str) -> list[str]:
    """The distinct control characters in the text, in order of first appearance."""
    return list(dict.fromkeys(CONTROL.findall(text)))


def describe(characters: Iterable[str]) -> str:
    """U+0001, U+000B: how a person is told which invisible characters were meant."""
    return ", ".join(f"U+{ord(char):04X}" for char in characters)


def refuse_control_characters(value: Any) -> None:
    if not isinstance(value, str):
        return
    found = control_characters(value)
    if found:
        raise ValidationError(
            _(
                "The text contains invisible control characters (%(characters)s) that cannot be "
                "shown, printed or sent. Remove them, e.g. by typing the text again."
            ),
            code="control_characters",
            params={"characters": describe(found)},
        )


def strip_control_characters(text: str) -> tuple[str, list[str]]:
    """The text without control characters, and which were removed (for an import's notes)."""
    found = control_characters(text)
    return (CONTROL.sub("", text), found) if found else (text, [])


def xml_safe(text: str) -> str:
    """The text with every character XML cannot hold replaced by U+FFFD, so that a stored value
    from before these rules still writes out (feeds, Word) instead of failing."""
    return CONTROL.sub(REPLACEMENT, text)


def xml_safe_all(value: Any) -> Any:
    """xml_safe applied to every string in a structure of dataclasses, lists and tuples."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe_all(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: xml_safe_all(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def within_dates(value: Any) -> None:
    """Dates, and times by their day in Danish time, between EARLIEST and LATEST."""
    day = _local_day(value) if isinstance(value, datetime.datetime) else value
    if isinstance(day, datetime.date) and not EARLIEST <= day <= LATEST:
        raise ValidationError(
            _("Give a date between %(earliest)s and %(latest)s."),
            code="date_range",
            params={"earliest": EARLIEST.year, "latest": LATEST.year},
        )


def _local_day(moment: datetime.datetime) -> datetime.date:
    if timezone.is_naive(moment):
        return moment.date()
    try:
        return timezone.localtime(moment).date()
    except OverflowError:  # within a day of year 1 or year 9999
        return datetime.date.max if moment.year > 1 else datetime.date.min


def _validators_for(field: models.Field) -> list[Any]:
    if isinstance(field, models.CharField | models.TextField):
        return [refuse_control_characters]
    if isinstance(field, models.DateField | models.DateTimeField):
        return [within_dates]
    limits = INTEGER_LIMITS.get(field.get_internal_type())
    if limits is None or not isinstance(field, models.IntegerField):
        return []
    # A field with its own, stricter bound says so itself; one message at the field is enough.
    bounds = [MinValueValidator(limits[0]), MaxValueValidator(limits[1])]
    return [b for b in bounds if not any(_as_strict(v, b) for v in field.validators)]


def _as_strict(validator: Any, bound: MinValueValidator | MaxValueValidator) -> bool:
    if type(validator) is not type(bound):
        return False
    if isinstance(bound, MaxValueValidator):
        return validator.limit_value <= bound.limit_value
    return validator.limit_value >= bound.limit_value


def install(model_classes: Iterable[type[models.Model]]) -> None:
    """Add the rules to every concrete field of the models.

    They go into each field's validators list, which model validation (forms, full_clean in the
    services and the import) and the API's serializers read; the field's own arguments, and so
    its migrations, are untouched.
    """
    for model in model_classes:
        for field in model._meta.concrete_fields:
            extra = [v for v in _validators_for(field) if v not in field.validators]
            field.validators.extend(extra)


# --- domain bounds, used by the model fields ------------------------------------------------
MAX_ITEM_MINUTES = 24 * 60
MAX_ORE = 10**13  # 100 mia. kr.
MAX_COUNT = 999

# As agendas print them: "4", "4a", "4.a", "4.1", "IV".
item_number = [
    RegexValidator(
        r"^[0-9A-Za-z]{1,4}(\.[0-9A-Za-z]{1,3}){0,2}$",
        _("Write the number as the agenda prints it, e.g. 4 or 4.a."),
    )
]
item_minutes = [
    MaxValueValidator(MAX_ITEM_MINUTES, _("An item lasts at most 24 hours (1440 minutes)."))
]
amount_ore = [
    MinValueValidator(-MAX_ORE, _("An amount is at most 100 billion kroner either way.")),
    MaxValueValidator(MAX_ORE, _("An amount is at most 100 billion kroner either way.")),
]
year = [
    MinValueValidator(EARLIEST.year, _("Give a year between 1900 and 2199.")),
    MaxValueValidator(LATEST.year, _("Give a year between 1900 and 2199.")),
]
count = [MaxValueValidator(MAX_COUNT, _("Give a number up to 999."))]
