"""Helpers shared by the apps' views and forms."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.forms import Form


def apply_service(
    form: Form, operation: Callable[[], object], renamed: dict[str, str] | None = None
) -> bool:
    """Run a service; its validation errors land at the form's fields (or the form), in Danish.

    `renamed` maps a model field to the form field that shows it. Returns whether the operation
    succeeded.
    """
    try:
        operation()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                name = (renamed or {}).get(field, field)
                form.add_error(name if name in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return False
    return True
