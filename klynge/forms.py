"""Helpers shared by the apps' views and forms."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.forms import Form


def apply_service(form: Form, operation: Callable[[], object]) -> bool:
    """Run a service; its validation errors land at the form's fields (or the form), in Danish.

    Returns whether the operation succeeded.
    """
    try:
        operation()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for name, errors in error.error_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return False
    return True
