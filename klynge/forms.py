"""Helpers shared by the apps' views and forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form, ModelChoiceField
from django.http import HttpRequest

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """A service that ran without validation errors, and what it returned."""

    result: T


def apply_service(
    form: Form, operation: Callable[[], T], renamed: dict[str, str] | None = None
) -> Done[T] | None:
    """Run a service; its validation errors land at the form's fields (or the form), in Danish.

    `renamed` maps a model field to the form field that shows it. Returns the service's result
    wrapped in Done (a service may itself return None), or None when it refused and the form
    now holds the errors.
    """
    try:
        return Done(operation())
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                name = (renamed or {}).get(field, field)
                form.add_error(name if name in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None


def flash_error(request: HttpRequest, error: ValidationError) -> None:
    """Show a service's refusal as one message on the next page."""
    messages.error(request, " ".join(error.messages))


# --- choices of records --------------------------------------------------------------------
KEY_RANGE = (-(2**63), 2**63 - 1)


def fits_a_key(value: object) -> bool:
    """Could the value be a record's key? A number past what a database stores would make the
    lookup fail in the database itself instead of as an invalid choice."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return True  # not a number at all: the field says so itself
    return KEY_RANGE[0] <= number <= KEY_RANGE[1]


class _KeyGuard:
    """Refuses an impossible key as an invalid choice before the field looks it up."""

    def to_python(self, value: object) -> object:
        if value not in self.empty_values and not fits_a_key(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def _check_values(self, value: object) -> object:
        for key in value if isinstance(value, list | tuple) else []:
            if not fits_a_key(key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        return super()._check_values(value)


_GUARDED: dict[type, type] = {}


def guard_record_choices(form: Form) -> None:
    """Give each field that chooses records the key guard (its own class otherwise unchanged)."""
    for form_field in form.fields.values():
        kind = type(form_field)
        if isinstance(form_field, ModelChoiceField) and not issubclass(kind, _KeyGuard):
            if kind not in _GUARDED:
                _GUARDED[kind] = type(f"Guarded{kind.__name__}", (_KeyGuard, kind), {})
            form_field.__class__ = _GUARDED[kind]
