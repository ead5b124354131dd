"""Query-string filters and pagination of the API's lists.

Each view names its filters (`filters = [Filter(...), …]`); values are checked and a bad one is
a 400 with the parameter's name. The filters describe themselves to the OpenAPI schema.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.views import APIView

# Ids are 32-bit on every database Klynge runs on; larger numbers match nothing.
MAX_ID = 2**31 - 1
MAX_SEARCH_LENGTH = 200


@dataclass(frozen=True)
class Filter:
    """A query parameter: its name, the field lookups it filters on (any may match), the type
    of its value and what it does."""

    name: str
    lookups: tuple[str, ...]
    kind: str = "id"  # id, text, date, choice, bool
    description: str = ""
    choices: tuple[str, ...] = ()

    def q(self, raw: str) -> Q:
        value = PARSERS[self.kind](self, raw)
        condition = Q()
        for lookup in self.lookups:
            condition |= Q(**{lookup: value})
        return condition

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = dict(SCHEMAS[self.kind])
        if self.choices:
            schema["enum"] = list(self.choices)
        return {
            "name": self.name,
            "in": "query",
            "required": False,
            "description": self.description,
            "schema": schema,
        }


def _bad(name: str, message: str) -> ValidationError:
    return ValidationError({name: [message]})


def _as_id(spec: Filter, raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_ID:
        raise _bad(spec.name, _("Give a whole number of at least 1."))
    return int(raw)


def _as_date(spec: Filter, raw: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError as bad:
        raise _bad(spec.name, _("Give a date as YYYY-MM-DD.")) from bad


def _as_choice(spec: Filter, raw: str) -> str:
    if raw not in spec.choices:
        raise _bad(
            spec.name, _("Choose one of: %(choices)s") % {"choices": ", ".join(spec.choices)}
        )
    return raw


def _as_text(spec: Filter, raw: str) -> str:
    if len(raw) > MAX_SEARCH_LENGTH or "\x00" in raw:
        raise _bad(spec.name, _("Give at most %(n)d characters.") % {"n": MAX_SEARCH_LENGTH})
    return raw


def _as_bool(spec: Filter, raw: str) -> bool:
    if raw not in ("true", "false"):
        raise _bad(spec.name, _("Give true or false."))
    return raw == "true"


PARSERS: dict[str, Callable[[Filter, str], Any]] = {
    "id": _as_id,
    "date": _as_date,
    "choice": _as_choice,
    "text": _as_text,
    "bool": _as_bool,
}
SCHEMAS: dict[str, dict[str, Any]] = {
    "id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "date": {"type": "string", "format": "date"},
    "choice": {"type": "string"},
    "text": {"type": "string", "maxLength": MAX_SEARCH_LENGTH},
    "bool": {"type": "boolean"},
}


class QueryFilters(BaseFilterBackend):
    """Applies the view's `filters` to its list."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        if getattr(view, "action", None) != "list":
            return queryset
        for spec in getattr(view, "filters", ()):
            raw = request.query_params.get(spec.name)
            if raw not in (None, ""):
                queryset = queryset.filter(spec.q(raw))
        return queryset

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        return [spec.schema() for spec in getattr(view, "filters", ())]


def choices_of(text_choices: Any) -> tuple[str, ...]:
    return tuple(value for value in text_choices.values if value)


class Pages(PageNumberPagination):
    """?page=2&page_size=100: fifty a page unless asked, at most two hundred."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
