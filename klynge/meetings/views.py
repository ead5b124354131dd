"""Screens of the meeting cycle: plan, agenda editor, attendance, minutes, approval, versions."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from klynge.accounts import audit
from klynge.accounts.permissions import (
    can_manage_forum,
    can_see_item,
    can_view_forum,
    hidden_items,
)
from klynge.addresses import KEY, per_key
from klynge.downloads import stored_file
from klynge.forms import apply_service, flash_error
from klynge.organisation.models import Forum
from klynge.workspace import queries as workspace

from . import document, queries, services
from .document_views import for_reader
from .forms import (
    ApologyForm,
    ApprovalOutsideForm,
    AttachmentForm,
    ExclusionForm,
    GuestForm,
    ItemForm,
    MeetingForm,
    MinutesForm,
)
from .models import AgendaItem, Attachment, Attendance, DocumentVersion, Meeting


def _managed(request: HttpRequest, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("forum__cluster"), pk=pk)
    if not can_manage_forum(request.user, meeting.forum):
        raise PermissionDenied(_("Only the forum's secretariat may change the meeting."))
    return meeting


def _managed_item(
    request: HttpRequest, meeting: Meeting, item_pk: int, items: QuerySet | None = None
) -> AgendaItem:
    """An item of a meeting the user manages; an item the user is excluded from is not theirs to
    handle (it is shown to them as to a non-member)."""
    item = get_object_or_404(items if items is not None else meeting.items, pk=item_pk)
    item.meeting = meeting
    if not can_see_item(request.user, item):
        raise PermissionDenied(_("You have been excluded from this item."))
    return item


def _require_view(request: HttpRequest, forum: Forum) -> None:
    if not can_view_forum(request.user, forum):
        raise PermissionDenied(_("You have no access to this forum."))


def _crumbs(meeting: Meeting) -> list[object]:
    return [meeting.forum.region, meeting.forum.cluster, meeting.forum]


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        data = queries.load_meeting(pk)
    except Meeting.DoesNotExist as missing:
        raise Http404(_("No such meeting.")) from missing
    meeting, forum = data.meeting, data.meeting.forum
    _require_view(request, forum)
    doc = for_reader(request.user, forum, document.build(data))
    person_id = request.user.person_id
    titles = {item.pk: item.title for item in doc.items}
    for attendance in data.attendances:
        attendance.item_title = titles.get(attendance.item_id, "")
    chairs = services.chairs(meeting)
    minutes = meeting.is_past(Meeting.State.HELD)
    nav = workspace.agenda(request.user, meeting, items=data.items)
    context = {
        "meeting": meeting,
        "doc": doc,
        "nav": nav.nav,
        "nav_html": nav.html(),
        "first_item": nav.first(),
        "rows": editor_rows(meeting, doc) if can_manage_forum(request.user, forum) else [],
        "minutes": minutes,
        "attendances": sorted(
            data.attendances, key=lambda a: (a.party.name if a.party else "\uffff", a.position)
        ),
        "crumbs": _crumbs(meeting),
        "can_manage": can_manage_forum(request.user, forum),
        "own_attendance": next((a for a in data.attendances if a.person_id == person_id), None),
        "chairs": chairs,
        "approved_ids": {a.person_id for a in data.approvals},
        "is_chair": any(c.pk == person_id for c in chairs),
        "chair_approved": any(a.person_id == person_id for a in data.approvals),
        "apologies": sum(a.status == Attendance.Status.APOLOGY for a in data.attendances),
        "versions": list(meeting.versions.select_related("created_by")),
        "next_step": _next_step_label(meeting),
    }
    return render(request, "meetings/meeting.html", context)


@require_safe
def meeting_whole(request: HttpRequest, pk: int) -> HttpResponse:
    """The whole agenda or minutes on one page, for reading through and printing."""
    try:
        data = queries.load_meeting(pk)
    except Meeting.DoesNotExist as missing:
        raise Http404(_("No such meeting.")) from missing
    meeting = data.meeting
    _require_view(request, meeting.forum)
    doc = for_reader(request.user, meeting.forum, document.build(data))
    minutes = meeting.is_past(Meeting.State.HELD)
    context = {
        "meeting": meeting,
        "minutes": minutes,
        "document_html": document.render_html(doc if minutes else doc.as_agenda(), minutes, 1),
        "crumbs": [*_crumbs(meeting), meeting],
    }
    return render(request, "meetings/whole.html", context)


def editor_rows(meeting: Meeting, doc: document.MeetingDoc) -> list[tuple[object, dict[str, str]]]:
    """Each item with the addresses of its editing actions, reversed once per kind of action."""
    per_item = {
        name: per_key(f"meetings:{name}", meeting.pk, KEY)
        for name in (
            "item_move",
            "item_edit",
            "attachment_add",
            "item_remove",
            "minutes_edit",
            "exclusions",
        )
    }
    per_item |= {name: per_key(f"followup:{name}", KEY) for name in ("forward", "trail")}
    per_item["action_new"] = per_key("followup:action_new", meeting.forum.slug, query="punkt")
    return [
        (item, {name: address(item.pk) for name, address in per_item.items()}) for item in doc.items
    ]


def _next_step_label(meeting: Meeting) -> str:
    labels = {
        Meeting.State.PLANNED: _("Publish the agenda"),
        Meeting.State.AGENDA_DRAFT: _("Publish the agenda"),
        Meeting.State.AGENDA_PUBLISHED: _("Register the meeting as held"),
        Meeting.State.MINUTES_APPROVED: _("Publish the minutes"),
    }
    return labels.get(meeting.state, "")


def forum_meetings(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(Forum.objects.select_related("cluster", "region"), slug=slug)
    _require_view(request, forum)
    context = {
        "forum": forum,
        "meetings": queries.forum_meetings(forum.pk),
        "crumbs": [forum.region, forum.cluster, forum],
        "can_manage": can_manage_forum(request.user, forum),
    }
    return render(request, "meetings/forum_meetings.html", context)


@require_http_methods(["GET", "POST"])
def meeting_new(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(Forum.objects.select_related("cluster", "region"), slug=slug)
    if not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may plan meetings."))
    form = MeetingForm(request.POST or None)
    if form.is_valid() and (
        done := apply_service(form, lambda: services.create_meeting(forum, **form.meeting_data()))
    ):
        messages.success(request, _("The meeting is planned and the members are invited."))
        return redirect(done.result)
    context = {"forum": forum, "form": form, "crumbs": [forum.region, forum.cluster, forum]}
    return render(request, "meetings/meeting_form.html", context)


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    form = MeetingForm(request.POST or None, instance=meeting)
    if form.is_valid() and apply_service(
        form, lambda: services.update_meeting(meeting, **form.meeting_data())
    ):
        messages.success(request, _("The meeting has been saved."))
        return redirect(meeting)
    context = {"forum": meeting.forum, "form": form, "meeting": meeting, "crumbs": _crumbs(meeting)}
    return render(request, "meetings/meeting_form.html", context)


@require_http_methods(["GET", "POST"])
def meeting_step(request: HttpRequest, pk: int) -> HttpResponse:
    """Take the cycle's next step, after a confirmation page saying what it will do."""
    meeting = _managed(request, pk)
    step = services.move_on(meeting, request.user)
    if step is None:
        messages.error(request, _("There is no next step to take here."))
        return redirect(meeting)
    if request.method == "GET":
        context = {
            "meeting": meeting,
            "next_step": _next_step_label(meeting),
            "consequence": _consequence(meeting),
            "crumbs": _crumbs(meeting),
        }
        return render(request, "meetings/step_confirm.html", context)
    try:
        step()
    except ValidationError as error:
        flash_error(request, error)
    else:
        meeting.refresh_from_db()
        state = meeting.get_state_display().lower()
        messages.success(request, _("The meeting is now: %(state)s.") % {"state": state})
    return redirect(meeting)


def _consequence(meeting: Meeting) -> str:
    if meeting.can_publish_agenda():
        count = meeting.attendances.filter(is_guest=False).count()
        return _(
            "The agenda is sent to the %(count)d invited and becomes a record: later changes "
            "are corrections kept as new versions."
        ) % {"count": count}
    if meeting.state == Meeting.State.AGENDA_PUBLISHED:
        return _("Apologies can no longer be sent, and the minutes can be written.")
    return _("The approved minutes are published to everyone allowed to read them.")


@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, pk: int, item_pk: int | None = None) -> HttpResponse:
    meeting = _managed(request, pk)
    item = _managed_item(request, meeting, item_pk) if item_pk else None
    form = ItemForm(request.POST or None, instance=item, meeting=meeting)
    if form.is_valid() and apply_service(
        form,
        lambda: services.save_item(
            form.instance,
            form.recommendations(),
            request.user,
            form.cleaned_data.get("reason", ""),
        ),
    ):
        messages.success(request, _("The item has been saved."))
        return redirect(f"{meeting.get_absolute_url()}#punkt-{form.instance.pk}")
    context = {"meeting": meeting, "form": form, "item": item, "crumbs": _crumbs(meeting)}
    return render(request, "meetings/item_form.html", context)


@require_POST
def item_move(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    item = _managed_item(request, meeting, item_pk)
    offset = -1 if request.POST.get("direction") == "up" else 1
    try:
        services.move_item(item, offset, request.user, request.POST.get("reason", ""))
    except ValidationError as error:
        flash_error(request, error)
    if request.htmx:
        data = queries.load_meeting(meeting.pk)
        doc = for_reader(request.user, meeting.forum, document.build(data))
        context = {"meeting": data.meeting, "rows": editor_rows(data.meeting, doc)}
        return render(request, "meetings/_agenda_editor.html", context)
    return redirect(f"{meeting.get_absolute_url()}#redigering")


@require_http_methods(["GET", "POST"])
def item_remove(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    item = _managed_item(request, meeting, item_pk)
    if request.method == "POST":
        try:
            services.remove_item(item)
        except ValidationError as error:
            flash_error(request, error)
        else:
            messages.success(request, _("The item has been removed."))
        return redirect(meeting)
    context = {"meeting": meeting, "item": item, "crumbs": _crumbs(meeting)}
    return render(request, "meetings/item_remove.html", context)


@require_http_methods(["GET", "POST"])
def attachment_add(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    item = _managed_item(request, meeting, item_pk)
    form = AttachmentForm(request.POST or None, request.FILES or None, meeting=meeting)

    def run() -> object:
        return services.add_attachment(
            item,
            form.cleaned_data["title"],
            upload=form.cleaned_data["file"],
            url=form.cleaned_data["url"],
            user=request.user,
            reason=form.cleaned_data.get("reason", ""),
        )

    message = _("The attachment has been added.")
    return _item_form(request, meeting, item, form, run, "meetings/attachment_form.html", message)


def _item_form(
    request: HttpRequest,
    meeting: Meeting,
    item: AgendaItem,
    form: Form,
    run: Callable[[], object],
    template: str,
    message: str,
) -> HttpResponse:
    """A form on one item: once its service has run, back to the item on the meeting page."""
    if form.is_valid() and apply_service(form, run):
        messages.success(request, message)
        return redirect(f"{meeting.get_absolute_url()}#punkt-{item.pk}")
    context = {"meeting": meeting, "item": item, "form": form, "crumbs": _crumbs(meeting)}
    return render(request, template, context)


def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    attachment = get_object_or_404(
        Attachment.objects.select_related("item__meeting__forum"),
        pk=attachment_pk,
        item__meeting_id=pk,
    )
    if not can_see_item(request.user, attachment.item):
        raise Http404(_("No such attachment."))
    if attachment.is_link:
        return redirect(attachment.url)
    return stored_file(attachment.file, attachment.filename, attachment.content_type)


@require_http_methods(["GET", "POST"])
def minutes_edit(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    items = meeting.items.prefetch_related("recommendations", "decisions")
    item = _managed_item(request, meeting, item_pk, items)
    if not meeting.is_past(Meeting.State.AGENDA_PUBLISHED):
        messages.error(request, _("Minutes are written once the agenda is published."))
        return redirect(meeting)
    form = MinutesForm(request.POST or None, item=item)

    def run() -> object:
        return services.record_minutes(
            item,
            form.cleaned_data["minutes_text"],
            form.cleaned_data["dissent"],
            form.decisions(),
            request.user,
            form.cleaned_data.get("reason", ""),
        )

    message = _("The minutes of the item have been saved.")
    return _item_form(request, meeting, item, form, run, "meetings/minutes_form.html", message)


@require_http_methods(["GET", "POST"])
def exclusions(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """Which members do not take part in the item (inhabilitet)."""
    meeting = _managed(request, pk)
    item = _managed_item(request, meeting, item_pk)
    form = ExclusionForm(request.POST or None, item=item)

    def run() -> object:
        return services.set_exclusions(
            item,
            form.cleaned_data["people"],
            request.user,
            form.cleaned_data["note"],
            form.cleaned_data.get("reason", ""),
        )

    message = _("The exclusions from the item have been saved.")
    return _item_form(request, meeting, item, form, run, "meetings/exclusions_form.html", message)


@require_http_methods(["GET", "POST"])
def apology(request: HttpRequest, pk: int, attendance_pk: int | None = None) -> HttpResponse:
    """A member sends their own apology; the secretariat records anyone's."""
    meeting = get_object_or_404(Meeting.objects.select_related("forum"), pk=pk)
    if attendance_pk is None:
        attendance = get_object_or_404(
            meeting.attendances.select_related("person"), person_id=request.user.person_id
        )
    else:
        _managed(request, pk)
        attendance = get_object_or_404(
            meeting.attendances.select_related("person"), pk=attendance_pk
        )
    form = ApologyForm(request.POST or None, attendance=attendance)
    if form.is_valid() and apply_service(
        form,
        lambda: services.record_apology(
            attendance, form.cleaned_data["substitute"], form.cleaned_data["note"]
        ),
    ):
        messages.success(
            request, _("The apology for %(name)s is registered.") % {"name": attendance.person.name}
        )
        return redirect(meeting)
    context = {
        "meeting": meeting,
        "attendance": attendance,
        "form": form,
        "crumbs": _crumbs(meeting),
    }
    return render(request, "meetings/apology_form.html", context)


@require_http_methods(["GET", "POST"])
def guest_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    form = GuestForm(request.POST or None, meeting=meeting)
    if form.is_valid() and apply_service(
        form,
        lambda: services.add_guest(
            meeting, form.guest(), form.cleaned_data["item"], form.cleaned_data["role_text"]
        ),
    ):
        messages.success(request, _("The guest has been added."))
        return redirect(f"{meeting.get_absolute_url()}#attendance")
    context = {"meeting": meeting, "form": form, "crumbs": _crumbs(meeting)}
    return render(request, "meetings/guest_form.html", context)


@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    chair = next((c for c in services.chairs(meeting) if c.pk == request.user.person_id), None)
    if chair is None:
        raise PermissionDenied(_("Only the forum's chairs approve the minutes."))
    try:
        services.approve_minutes(meeting, chair, request.user)
    except ValidationError as error:
        flash_error(request, error)
    else:
        messages.success(request, _("You have approved the minutes."))
    return redirect(meeting)


@require_http_methods(["GET", "POST"])
def approve_outside(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    form = ApprovalOutsideForm(request.POST or None)
    if form.is_valid() and apply_service(
        form,
        lambda: services.record_approval_outside(
            meeting,
            timezone.make_aware(
                datetime.datetime.combine(form.cleaned_data["approved_on"], datetime.time(12))
            ),
            form.cleaned_data["note"],
            request.user,
        ),
    ):
        messages.success(request, _("The approval of the minutes is registered."))
        return redirect(meeting)
    context = {"meeting": meeting, "form": form, "crumbs": _crumbs(meeting)}
    return render(request, "meetings/approve_outside.html", context)


def meeting_history(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _managed(request, pk)
    items = meeting.items.values_list("pk", "closed")
    if hidden_items(request.user, meeting.forum, items):
        # The trail holds every item's texts before and after each change.
        raise PermissionDenied(_("You are excluded from an item of the meeting."))
    trail = audit.meeting_trail(meeting.pk)
    return audit.render_trail(request, trail, meeting, [*_crumbs(meeting), meeting])


def version_detail(request: HttpRequest, pk: int, kind: str, number: int) -> HttpResponse:
    version = get_object_or_404(
        DocumentVersion.objects.select_related("meeting__forum__cluster", "created_by"),
        meeting_id=pk,
        kind=kind,
        number=number,
    )
    meeting = version.meeting
    _require_view(request, meeting.forum)
    doc = for_reader(request.user, meeting.forum, document.MeetingDoc.from_json(version.content))
    context = {
        "meeting": meeting,
        "version": version,
        "doc": doc,
        "minutes": kind == DocumentVersion.Kind.MINUTES,
        "crumbs": _crumbs(meeting),
        "others": meeting.versions.filter(kind=kind),
    }
    return render(request, "meetings/version.html", context)
