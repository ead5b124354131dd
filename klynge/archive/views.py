"""Import of archived minutes and agendas: upload → preview (corrected as often as needed) →
import; and the page of an imported source document.

Nothing is saved before the secretary confirms: the uploaded file waits in the pending area on
disk and the proposal travels between requests in a signed hidden field.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from klynge.accounts.permissions import can_manage_forum, can_view_source, managed_scope
from klynge.downloads import stored_file
from klynge.organisation.models import Forum, Person

from . import pending, services
from .forms import PreviewForm, UploadForm
from .importer.extract import UnreadableDocument
from .importer.parsed import ParsedMeeting
from .models import ImportedSource
from .people import propose_people
from .times import durations, meeting_times

STATE_SALT = "klynge.archive.import-preview"
# A preview left open longer than the pending file is kept is stale anyway.
STATE_MAX_AGE = int(pending.PENDING_MAX_AGE.total_seconds())


def read_upload(data: bytes, filename: str) -> ParsedMeeting:
    """The proposal for an uploaded document (extract → repair → segment)."""
    from .importer.pipeline import read_document

    return read_document(data, filename)


def importable_fora(user: Any) -> QuerySet[Forum]:
    """The fora the user may import into: those the policy lets them manage."""
    return Forum.objects.filter(managed_scope(user))


@dataclass(frozen=True)
class PreviewState:
    """What the preview carries between requests, signed so that it comes back unchanged."""

    sha256: str
    filename: str
    forum_id: int
    parsed: ParsedMeeting
    people: dict[str, int | None]

    def sign(self) -> str:
        payload = {
            "sha256": self.sha256,
            "filename": self.filename,
            "forum": self.forum_id,
            "parsed": self.parsed.to_json(),
            "people": self.people,
        }
        return signing.dumps(payload, salt=STATE_SALT, compress=True)

    @classmethod
    def unsign(cls, token: str) -> PreviewState:
        payload = signing.loads(token, salt=STATE_SALT, max_age=STATE_MAX_AGE)
        return cls(
            sha256=payload["sha256"],
            filename=payload["filename"],
            forum_id=payload["forum"],
            parsed=ParsedMeeting.from_json(payload["parsed"]),
            people=payload["people"],
        )


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    fora = importable_fora(request.user)
    if not fora.exists():
        raise PermissionDenied(_("Only a secretariat may import minutes."))
    _deny_unmanaged_forum(request)
    initial = {"forum": fora.filter(slug=request.GET.get("forum", "")).first()}
    form = UploadForm(request.POST or None, request.FILES or None, fora=fora, initial=initial)
    if request.method == "POST" and form.is_valid():
        state = _read(form)
        if state is not None:
            return _render_preview(request, state, form.cleaned_data["forum"])
    return render(request, "archive/import_upload.html", {"form": form})


def _deny_unmanaged_forum(request: HttpRequest) -> None:
    chosen = request.POST.get("forum", "")
    forum = Forum.objects.filter(pk=chosen).first() if chosen.isdigit() else None
    if forum is not None and not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may import into it."))


def _read(form: UploadForm) -> PreviewState | None:
    """Read the upload into a proposal and keep the file pending; errors land at the field."""
    upload = form.cleaned_data["file"]
    forum = form.cleaned_data["forum"]
    data = upload.read()
    earlier = services.find_duplicate(data)
    if earlier is not None:
        form.add_error("file", _duplicate_message(earlier))
        return None
    try:
        parsed = read_upload(data, upload.name)
    except UnreadableDocument as error:
        form.add_error("file", str(error))
        return None
    problem = parsed.not_understood()
    if problem:
        form.add_error("file", problem)
        return None
    pending.remove_stale_pending()
    sha = pending.store_pending(data)
    people = propose_people(parsed, forum)
    return PreviewState(sha, upload.name, forum.pk, parsed, people)


def _duplicate_message(earlier: ImportedSource) -> str:
    target = earlier.meeting or earlier
    url = (
        earlier.meeting.get_absolute_url()
        if earlier.meeting
        else reverse("archive:source", args=[earlier.pk])
    )
    return format_html(
        '{} <a href="{}">{}</a>',
        _("This file has already been imported (%(date)s).")
        % {"date": f"{earlier.imported_at:%d.%m.%Y}"},
        url,
        str(target),
    )


@login_required
@require_POST
def import_preview(request: HttpRequest) -> HttpResponse:
    """Update the preview with the corrections, import it, or cancel."""
    try:
        state = PreviewState.unsign(request.POST.get("state", ""))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return HttpResponseBadRequest(_("The preview has expired or was changed; upload again."))
    forum = get_object_or_404(Forum.objects.select_related("cluster"), pk=state.forum_id)
    if not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may import into it."))
    if "cancel" in request.POST:
        pending.discard_pending(state.sha256)
        messages.info(request, _("The import is cancelled; nothing has been saved."))
        return redirect("archive:import")
    candidates = _candidates(state, forum)
    form = _preview_form(state, candidates, request.POST)
    if not form.is_valid():
        return _render_preview(request, state, forum, form)
    parsed, people = form.corrected()
    # The people chosen are among the candidates: the list stays the same.
    state = replace(state, parsed=parsed, people=people)
    form = _preview_form(state, candidates)
    if "confirm" not in request.POST:
        return _render_preview(request, state, forum, form)
    return _confirm(request, state, forum, form)


def _confirm(
    request: HttpRequest, state: PreviewState, forum: Forum, form: PreviewForm
) -> HttpResponse:
    data = pending.read_pending(state.sha256)
    if data is None:
        messages.error(request, _("The uploaded file is no longer here; upload it again."))
        return redirect("archive:import")
    try:
        source = services.import_parsed(
            state.parsed,
            forum,
            data=data,
            filename=state.filename,
            user=request.user,
            people=state.people,
        )
    except services.DuplicateImport as duplicate:
        errors = [_duplicate_message(duplicate.source)]
        return _render_preview(request, state, forum, form, errors)
    except ValidationError as error:
        return _render_preview(request, state, forum, form, error.messages)
    pending.discard_pending(state.sha256)
    messages.success(request, _("The document has been imported as a meeting."))
    return redirect(source.meeting)


def _candidates(state: PreviewState, forum: Forum) -> list[Person]:
    """The people a name may be mapped to: the suggestions and the forum's members."""
    suggested = [pk for pk in state.people.values() if pk]
    people = Person.objects.filter(Q(pk__in=suggested) | Q(memberships__forum=forum))
    return list(people.distinct().order_by("name", "pk"))


def _preview_form(
    state: PreviewState, candidates: list[Person], data: Any | None = None
) -> PreviewForm:
    return PreviewForm(data, parsed=state.parsed, people=state.people, candidates=candidates)


def _render_preview(
    request: HttpRequest,
    state: PreviewState,
    forum: Forum,
    form: PreviewForm | None = None,
    errors: list[str] | None = None,
) -> HttpResponse:
    form = form or _preview_form(state, _candidates(state, forum))
    context = {
        "form": form,
        "forum": forum,
        "state": state.sign(),
        "filename": state.filename,
        "parsed": state.parsed,
        "notes": _time_notes(state.parsed),
        "checks": form.checks(),
        "unplaced_lines": _lines(state.parsed.unplaced_text),
        "errors": errors or [],
    }
    return render(request, "archive/import_preview.html", context)


def _lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def _time_notes(parsed: ParsedMeeting) -> list[str]:
    """What the import will note: changes made in reading the text, and default times."""
    try:
        times = meeting_times(parsed, durations(parsed.items)).notes
    except ValidationError:
        times = []
    return [*parsed.notes, *times]


def _viewable_source(request: HttpRequest, pk: int) -> ImportedSource:
    source = get_object_or_404(
        ImportedSource.objects.select_related("forum__cluster", "meeting", "imported_by"), pk=pk
    )
    if not can_view_source(request.user, source):
        raise PermissionDenied(_("You have no access to this document."))
    return source


@login_required
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = _viewable_source(request, pk)
    confirmed = ParsedMeeting.from_json(source.confirmed)
    context = {
        "source": source,
        "confirmed": confirmed,
        "notes": source.confirmed.get("import_notes", []),
        "crumbs": [source.forum.cluster, source.forum],
    }
    return render(request, "archive/source_detail.html", context)


@login_required
def source_download(request: HttpRequest, pk: int) -> HttpResponse:
    source = _viewable_source(request, pk)
    return stored_file(source.file, source.filename, source.content_type)
