"""The API's writes: each hands over to the domain's services, with the token's user as the
actor of the audit trail (the audit middleware only knows the session's user)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from auditlog.context import set_actor
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import ValidationError

from klynge.accounts.models import User
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.meetings import services as meetings
from klynge.meetings.models import AgendaItem


def field_errors(error: DjangoValidationError) -> dict[str, list[str]]:
    """A domain ValidationError as the API's 400 body: messages by field."""
    if hasattr(error, "error_dict"):
        return {
            "non_field_errors" if field == "__all__" else field: messages
            for field, messages in error.message_dict.items()
        }
    return {"non_field_errors": error.messages}


@contextmanager
def acting_as(user: User) -> Iterator[None]:
    """Run a domain act as the user: audit entries name them; domain validation errors become
    400 responses with the messages at their fields."""
    try:
        with set_actor(user):
            yield
    except DjangoValidationError as error:
        raise ValidationError(field_errors(error)) from error


def _apply(instance: object, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(instance, name, value)


def save_item(
    user: User,
    item: AgendaItem,
    fields: dict[str, Any],
    recommendations: list[str] | None,
    reason: str,
) -> AgendaItem:
    """Add or change an item through the meeting cycle's save_item: a published agenda is only
    corrected with a reason, and the correction becomes a new version."""
    _apply(item, fields)
    with acting_as(user):
        return meetings.save_item(item, recommendations, user, reason)


def save_action(user: User, action: Action, fields: dict[str, Any]) -> Action:
    _apply(action, fields)
    with acting_as(user):
        return followup.save_action(action)
