"""The meeting read item by item: the agenda beside one item with its documents, the reader's
private note and the shared comments. Moving between items works as plain links; with htmx only
the item pane and the side navigation are swapped."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from klynge.accounts.permissions import can_change_comment, can_view_forum
from klynge.downloads import JSON, PDF, generated_file
from klynge.forms import apply_service, flash_error
from klynge.meetings import pdf
from klynge.meetings.document_views import agenda_doc, filename
from klynge.meetings.models import AgendaItem, Meeting

from . import queries, services
from .comment_forms import CommentForm, NoteForm
from .models import Comment, Note
from .personal_data import personal_data


def _meeting(request: HttpRequest, pk: int) -> Meeting:
    try:
        meeting = queries.load_meeting(pk)
    except Meeting.DoesNotExist as missing:
        raise Http404(_("No such meeting.")) from missing
    if not can_view_forum(request.user, meeting.forum):
        raise PermissionDenied(_("You have no access to this forum."))
    return meeting


def _crumbs(meeting: Meeting) -> list[object]:
    """The same on every item: htmx swaps the item, not the breadcrumbs."""
    forum = meeting.forum
    return [forum.region, forum.cluster, forum, meeting]


def _item_url(meeting_pk: int, item_pk: int, anchor: str = "") -> str:
    url = reverse("workspace:item", args=[meeting_pk, item_pk])
    return f"{url}#{anchor}" if anchor else url


def _view(request: HttpRequest, pk: int, item_pk: int) -> queries.ItemView:
    meeting = _meeting(request, pk)
    try:
        return queries.item_view(request.user, meeting, item_pk)
    except AgendaItem.DoesNotExist as missing:
        raise Http404(_("No such item.")) from missing


def _render(
    request: HttpRequest,
    view: queries.ItemView,
    comment_form: CommentForm | None = None,
    note_form: NoteForm | None = None,
    status: int = 200,
) -> HttpResponse:
    before, after = view.agenda.neighbours(view.item.pk)
    comment_form = comment_form or CommentForm()
    if view.in_round:
        comment_form.fields["text"].help_text = _(
            "The secretariat and the other reviewers see it. "
            "Write @ and a login name to tell someone, e.g. @formand."
        )
    context = {
        "view": view,
        "meeting": view.agenda.meeting,
        "item": view.doc,
        "nav": view.agenda.nav,
        "before": before,
        "after": after,
        "comment_form": comment_form,
        "note_form": note_form or NoteForm(initial={"text": view.note.text if view.note else ""}),
        "partial": bool(request.htmx) and not request.htmx.boosted,
        "crumbs": _crumbs(view.agenda.meeting),
    }
    context["nav_html"] = view.agenda.html(swap=True, partial=context["partial"])
    context["body_html"] = view.body_html()
    template = "workspace/_item_swap.html" if context["partial"] else "workspace/item_page.html"
    return render(request, template, context, status=status)


@require_safe
def item_page(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    view = _view(request, pk, item_pk)
    if view.may_note and not view.agenda.read_is_current(item_pk):
        services.mark_read(view.item, request.user)
    return _render(request, view)


@require_POST
def note_save(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    view = _view(request, pk, item_pk)
    if not view.may_note:
        raise PermissionDenied(_("You cannot keep notes on this item."))
    form = NoteForm(request.POST)
    done = form.is_valid() and apply_service(
        form, lambda: services.save_note(view.item, request.user, form.cleaned_data["text"])
    )
    if not done:
        return _render(request, view, note_form=form, status=400)
    saved = done.result is not None
    messages.success(request, _("Your note is saved.") if saved else _("Your note is removed."))
    return redirect(_item_url(pk, item_pk, "note"))


@require_POST
def comment_add(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    view = _view(request, pk, item_pk)
    if not view.may_discuss:
        raise PermissionDenied(_("You cannot comment on this item."))
    form = CommentForm(request.POST)
    parent = _parent(view, request.POST.get("parent"))
    done = form.is_valid() and apply_service(
        form,
        lambda: services.add_comment(view.item, request.user, form.cleaned_data["text"], parent),
    )
    if not done:
        return _render(request, view, comment_form=form, status=400)
    messages.success(request, _("Your comment is posted."))
    return redirect(_item_url(pk, item_pk, f"kommentar-{done.result.pk}"))


def _parent(view: queries.ItemView, value: str | None) -> Comment | None:
    if not value:
        return None
    parent = next((c for c in view.threads if str(c.pk) == value), None)
    if parent is None:
        raise Http404(_("No such comment."))
    return parent


def _own_comment(request: HttpRequest, pk: int, item_pk: int, comment_pk: int) -> Comment:
    _meeting(request, pk)
    comment = get_object_or_404(
        Comment.objects.select_related("item__meeting__forum", "review_round"),
        pk=comment_pk,
        item_id=item_pk,
        item__meeting_id=pk,
        deleted_at=None,
    )
    if not can_change_comment(request.user, comment):
        raise PermissionDenied(_("Only the author changes a comment."))
    return comment


@require_http_methods(["GET", "POST"])
def comment_edit(request: HttpRequest, pk: int, item_pk: int, comment_pk: int) -> HttpResponse:
    comment = _own_comment(request, pk, item_pk, comment_pk)
    form = CommentForm(request.POST or None, initial={"text": comment.text})
    if request.method == "POST":
        done = form.is_valid() and apply_service(
            form, lambda: services.edit_comment(comment, request.user, form.cleaned_data["text"])
        )
        if done:
            messages.success(request, _("Your comment is changed."))
            return redirect(_item_url(pk, item_pk, f"kommentar-{comment.pk}"))
    context = {"comment": comment, "form": form, "back": _item_url(pk, item_pk)}
    return render(request, "workspace/comment_edit.html", context)


@require_http_methods(["GET", "POST"])
def comment_delete(request: HttpRequest, pk: int, item_pk: int, comment_pk: int) -> HttpResponse:
    comment = _own_comment(request, pk, item_pk, comment_pk)
    if request.method == "POST":
        try:
            services.delete_comment(comment, request.user)
        except ValidationError as refused:
            flash_error(request, refused)
            return redirect(_item_url(pk, item_pk, f"kommentar-{comment.pk}"))
        messages.success(request, _("Your comment is deleted."))
        return redirect(_item_url(pk, item_pk, "kommentarer"))
    context = {"comment": comment, "back": _item_url(pk, item_pk, f"kommentar-{comment.pk}")}
    return render(request, "workspace/comment_delete.html", context)


@require_safe
def agenda_notes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The agenda as the reader may see it, with their private notes under the items."""
    meeting = _meeting(request, pk)
    doc = agenda_doc(request, meeting)
    hidden = {item.pk for item in doc.items if item.closed and not item.title}
    notes = dict(
        Note.objects.filter(author=request.user, item__meeting=meeting)
        .exclude(item__in=hidden)
        .values_list("item_id", "text")
    )
    content = pdf.agenda_pdf_with_notes(doc, notes)
    response = generated_file(content, PDF, filename("dagsorden-med-noter", meeting, "pdf"))
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def my_data(request: HttpRequest) -> HttpResponse:
    """The login's own data as JSON (notes, comments, read markers, approvals, roles, seats)."""
    content = json.dumps(personal_data(request.user), ensure_ascii=False, indent=2)
    response = generated_file(content, JSON, "mine-data-klynge.json", inline=False)
    patch_cache_control(response, private=True, no_store=True)
    return response
