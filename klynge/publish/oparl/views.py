"""The OParl endpoint's views: anonymous, read-only JSON (and the public files' downloads)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import BadRequest
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.views.decorators.http import require_safe

from klynge.downloads import TEXT, generated_file, stored_file
from klynge.publish import visibility

from . import documents, paging, queries, serialise
from .keys import Key
from .links import Links

JSON_CONTENT_TYPE = "application/json; charset=utf-8"


def _json(data: dict[str, Any], status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, content_type=JSON_CONTENT_TYPE)
    # OParl is read by browser-based clients on other hosts too.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def oparl_view(view: Callable[..., dict[str, Any] | HttpResponse]) -> Callable[..., HttpResponse]:
    """Public, GET/HEAD only; a dict becomes the JSON answer, errors are answered in JSON."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            answer = view(request, *args, **kwargs)
        except BadRequest as error:
            return _json({"error": str(error)}, status=400)
        except Http404:
            return _json({"error": "Not found."}, status=404)
        return answer if isinstance(answer, HttpResponseBase) else _json(answer)

    return login_not_required(require_safe(wrapper))


def _one(rows: QuerySet) -> Any:
    found = list(rows[:1])
    if not found:
        raise Http404
    return found[0]


def _page(request: HttpRequest, rows: Any, serialiser: Callable) -> dict[str, Any]:
    query = paging.parse(request)
    links = Links(request)
    return paging.external_list(
        request, query.apply(rows), query, lambda page: serialiser(links, page)
    )


# --- System and Body -----------------------------------------------------------------------------


@oparl_view
def system(request: HttpRequest) -> dict[str, Any]:
    return serialise.system(Links(request))


def _body_times() -> dict[Key, dict[str, Any]]:
    """A body's created and modified: the earliest and latest of its public fora's (regions and
    clusters are not in the audit trail)."""
    times: dict[Key, dict[str, Any]] = defaultdict(dict)
    for forum in queries.fora().select_related(None).only("pk", "cluster_id", "region_id"):
        known = times[queries.body_key(forum)]
        if forum.created and (known.get("created") is None or forum.created < known["created"]):
            known["created"] = forum.created
        if forum.modified and (known.get("modified") is None or forum.modified > known["modified"]):
            known["modified"] = forum.modified
    return times


def _bodies(links: Links) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    times = _body_times()
    return [
        (serialise.body(links, key, record, times[key]), times[key])
        for key, record in queries.all_bodies()
    ]


@oparl_view
def bodies(request: HttpRequest) -> dict[str, Any]:
    query = paging.parse(request)
    shown = [data for data, times in _bodies(Links(request)) if query.keeps(times)]
    return paging.external_list(request, shown, query, lambda page: page)


@oparl_view
def body(request: HttpRequest, key: Key) -> dict[str, Any]:
    record = queries.find_body(key)
    times = _body_times()[key]
    return serialise.body(Links(request), key, record, times)


BODY_LISTS: dict[str, tuple[Callable[..., Any], Callable]] = {
    "organization": (
        lambda fora: paging.Chain(queries.fora(fora), queries.parties(fora)),
        serialise.organization_objects,
    ),
    "person": (queries.people, serialise.person_objects),
    "membership": (
        queries.memberships,
        lambda links, rows: [serialise.membership(links, m) for m in rows],
    ),
    "meeting": (queries.meetings, serialise.meeting_objects),
    "agendaitem": (queries.items, serialise.item_objects),
    "paper": (queries.papers, serialise.paper_objects),
}


@oparl_view
def body_list(request: HttpRequest, key: Key, what: str) -> dict[str, Any]:
    queries.find_body(key)
    select, serialiser = BODY_LISTS[what]
    return _page(request, select(queries.body_fora(key)), serialiser)


# --- Objects -------------------------------------------------------------------------------------


@oparl_view
def organization(request: HttpRequest, key: Key) -> dict[str, Any]:
    links = Links(request)
    if key.kind == "forum":
        return serialise.forum_objects(links, [_one(queries.fora().filter(pk=key.pk))])[0]
    return serialise.party(links, _one(queries.parties().filter(pk=key.pk)))


@oparl_view
def organization_meeting(request: HttpRequest, key: Key) -> dict[str, Any]:
    if key.kind != "forum":
        raise Http404
    forum = _one(visibility.public_fora().filter(pk=key.pk))
    rows = queries.meetings().filter(forum=forum)
    return _page(request, rows, serialise.meeting_objects)


@oparl_view
def person(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.person_objects(Links(request), [_one(queries.people().filter(pk=pk))])[0]


@oparl_view
def membership(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.membership(Links(request), _one(queries.memberships().filter(pk=pk)))


@oparl_view
def meeting(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.meeting_objects(Links(request), [_one(queries.meetings().filter(pk=pk))])[0]


@oparl_view
def location(request: HttpRequest, pk: int) -> dict[str, Any]:
    row = _one(queries.meetings().filter(pk=pk).exclude(place=""))
    return serialise.location(Links(request), row)


@oparl_view
def agenda_item(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.item_objects(Links(request), [_one(queries.items().filter(pk=pk))])[0]


@oparl_view
def paper(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.paper_objects(Links(request), [_one(queries.papers().filter(pk=pk))])[0]


@oparl_view
def consultation(request: HttpRequest, pk: int) -> dict[str, Any]:
    return serialise.consultation(Links(request), _one(queries.papers().filter(pk=pk)))


# --- Files ---------------------------------------------------------------------------------------


def _public_meeting(key: Key) -> Any:
    row = _one(queries.meetings().filter(pk=key.pk))
    if not documents.document_is_public(row, documents.KIND_OF_FILE[key.kind][0]):
        raise Http404
    return row


def _case(key: Key) -> tuple[Any, str]:
    item = _one(queries.papers().filter(pk=key.pk))
    text = documents.case_text(item, queries.recommendations_of([item.pk]).get(item.pk, []))
    if not text:
        raise Http404
    return item, text


@oparl_view
def file(request: HttpRequest, key: Key) -> dict[str, Any]:
    links = Links(request)
    if key.kind == "attachment":
        row = _one(queries.attachments().filter(pk=key.pk))
        return serialise.attachment_file(links, row, row.item)
    if key.kind == "case":
        item, _ = _case(key)
        recommendations = queries.recommendations_of([item.pk]).get(item.pk, [])
        return serialise.case_file(links, item, recommendations)
    return serialise.meeting_file(links, _public_meeting(key), key.kind)


@oparl_view
def file_download(request: HttpRequest, key: Key) -> HttpResponse:
    """The file itself, with the same check as its object: public now, or not found."""
    if key.kind == "attachment":
        return _attachment_download(_one(visibility.public_attachments().filter(pk=key.pk)))
    if key.kind == "case":
        _, text = _case(key)
        return generated_file(text, TEXT, f"sag-{key.pk}.txt", inline=True)
    row = _public_meeting(key)
    links = Links(request)
    content, content_type = documents.render(
        row, key.kind, lambda pk: links.download("attachment", pk)
    )
    return generated_file(content, content_type, documents.document_filename(row, key.kind))


def _attachment_download(row: Any) -> HttpResponse:
    if row.is_link:
        return redirect(row.url)
    return stored_file(row.file, row.filename, row.content_type)
