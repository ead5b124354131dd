"""OParl's external lists: a page of objects with pagination, links and the standard filters.

Filters: created_since, created_until, modified_since, modified_until (ISO 8601 date-times) and
limit (objects per page, at most MAX_LIMIT). The page is chosen with `page`; every link keeps
the filters.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import BadRequest
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
FILTERS = {
    "created_since": "created__gte",
    "created_until": "created__lte",
    "modified_since": "modified__gte",
    "modified_until": "modified__lte",
}


@dataclass
class ListQuery:
    limit: int
    page: str
    # The filters as given (kept in the links) and as lookups on created/modified.
    given: dict[str, str]
    lookups: dict[str, datetime.datetime]

    def apply(self, rows: QuerySet | Chain) -> QuerySet | Chain:
        return rows.filter(**self.lookups)

    def keeps(self, times: dict[str, Any]) -> bool:
        """Whether an object of a list built in Python (bodies) passes the filters."""
        for lookup, bound in self.lookups.items():
            field, _, op = lookup.partition("__")
            moment = times.get(field)
            if moment is None or (moment < bound if op == "gte" else moment > bound):
                return False
        return True


def _moment(name: str, value: str) -> datetime.datetime:
    # An unescaped "+" of a time zone offset arrives as a space.
    parsed = parse_datetime(value.strip().replace(" ", "+"))
    if parsed is None:
        raise BadRequest(f"{name}: not an ISO 8601 date-time: {value!r}")
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def _limit(value: str | None) -> int:
    if value is None:
        return DEFAULT_LIMIT
    if not value.isdigit() or int(value) < 1:
        raise BadRequest(f"limit: not a positive whole number: {value!r}")
    return min(int(value), MAX_LIMIT)


def parse(request: HttpRequest) -> ListQuery:
    """The list parameters of the request; BadRequest (400) for a malformed one."""
    given = {name: request.GET[name] for name in FILTERS if name in request.GET}
    lookups = {FILTERS[name]: _moment(name, value) for name, value in given.items()}
    if "limit" in request.GET:
        given["limit"] = request.GET["limit"]
    return ListQuery(_limit(request.GET.get("limit")), request.GET.get("page", "1"), given, lookups)


class Chain:
    """Several ordered querysets paged as one list (a body's fora, then the parties)."""

    def __init__(self, *parts: QuerySet) -> None:
        self.parts = parts
        self._sizes: list[int] | None = None

    def filter(self, **lookups: Any) -> Chain:
        return Chain(*(part.filter(**lookups) for part in self.parts))

    def sizes(self) -> list[int]:
        if self._sizes is None:
            self._sizes = [part.count() for part in self.parts]
        return self._sizes

    def count(self) -> int:
        return sum(self.sizes())

    def __getitem__(self, window: slice) -> list:
        start, stop = window.start or 0, window.stop
        rows: list = []
        for part, size in zip(self.parts, self.sizes(), strict=True):
            if start < size and stop > 0:
                rows += list(part[max(start, 0) : min(stop, size)])
            start, stop = start - size, stop - size
        return rows


def _page(rows: QuerySet | Chain | Sequence, query: ListQuery) -> Page:
    try:
        return Paginator(rows, query.limit).page(query.page)
    except (EmptyPage, PageNotAnInteger):
        raise Http404("No such page.") from None


def external_list(
    request: HttpRequest,
    rows: QuerySet | Chain | Sequence,
    query: ListQuery,
    serialise: Callable[[list], list[dict[str, Any]]],
) -> dict[str, Any]:
    page = _page(rows, query)
    paginator = page.paginator
    base = request.build_absolute_uri(request.path)

    def link(number: int) -> str:
        return f"{base}?{urlencode({**query.given, 'page': number})}"

    links = {"first": link(1)}
    if page.has_previous():
        links["prev"] = link(page.previous_page_number())
    if page.has_next():
        links["next"] = link(page.next_page_number())
    links["last"] = link(paginator.num_pages)
    return {
        "data": serialise(list(page.object_list)),
        "pagination": {
            "totalElements": paginator.count,
            "elementsPerPage": query.limit,
            "currentPage": page.number,
            "totalPages": paginator.num_pages,
        },
        "links": links,
    }
