"""Pages of the public site: no login, read only, and only what visibility.py makes public.

Thin: the selections are in queries.py, the public meeting document and its cache in document.py.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from klynge.downloads import PDF, generated_file, stored_file
from klynge.meetings import pdf
from klynge.meetings.document_views import filename
from klynge.publish import visibility

from . import queries
from .document import PAGE_CACHE_SECONDS, meeting_body, page_key, public_document
from .forms import DecisionFilterForm

DECISIONS_PER_PAGE = 50

View = Callable[..., HttpResponse]


def public_page(view: View) -> View:
    """Open to everyone, GET and HEAD only."""
    return login_not_required(require_safe(view))


@public_page
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "publish/site/index.html", {"regions": queries.regions_overview()})


@public_page
def region(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.region_or_404(slug)
    meetings = queries.region_meetings(found)
    context = {
        "region": found,
        "fora": queries.region_fora(found),
        "clusters": queries.region_clusters(found),
        "upcoming": queries.upcoming_meetings(meetings),
        "published": queries.latest_published(meetings),
    }
    return render(request, "publish/site/region.html", context)


@public_page
def cluster(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.cluster_or_404(slug, with_lineage=True)
    meetings = queries.cluster_meetings(found)
    context = {
        "cluster": found,
        "fora": queries.cluster_fora(found),
        "upcoming": queries.upcoming_meetings(meetings),
        "published": queries.latest_published(meetings),
        "decisions": queries.cluster_decisions(found)[: queries.LATEST_LIMIT],
        "initiatives": queries.cluster_initiatives(found),
    }
    return render(request, "publish/site/cluster.html", context)


@public_page
def decisions(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.cluster_or_404(slug)
    fora = queries.cluster_fora(found)
    form = DecisionFilterForm(request.GET or None, fora=fora, years=queries.decision_years(found))
    forum, year, selected = None, None, queries.cluster_decisions(found)
    if form.is_bound and form.is_valid():
        forum, year = form.chosen()
        selected = queries.filtered_decisions(found, forum, year)
    elif form.is_bound:
        # A forum or year that is not among the choices matches nothing; the form says why.
        selected = selected.none()
    page = Paginator(selected, DECISIONS_PER_PAGE).get_page(request.GET.get("side"))
    query = request.GET.copy()
    query.pop("side", None)
    context = {
        "cluster": found,
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "forum": forum,
        "year": year,
    }
    return render(request, "publish/site/decisions.html", context)


@public_page
def initiatives(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.cluster_or_404(slug)
    context = {"cluster": found, "initiatives": queries.cluster_initiatives(found)}
    return render(request, "publish/site/initiatives.html", context)


@public_page
def forum(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.forum_or_404(slug, with_lineage=True)
    upcoming, past = queries.forum_meetings(found)
    context = {
        "forum": found,
        "terms": queries.terms_in_force(found),
        "members": queries.forum_members(found),
        "upcoming": upcoming,
        "past": past,
    }
    return render(request, "publish/site/forum.html", context)


@public_page
def terms(request: HttpRequest, slug: str) -> HttpResponse:
    found = queries.forum_or_404(slug)
    in_force = queries.terms_in_force(found)
    if in_force is None:
        raise Http404("The forum has no approved terms of reference.")
    context = {
        "forum": found,
        "terms": in_force,
        "rules": list(in_force.rules.select_related("party")),
    }
    return render(request, "publish/site/terms.html", context)


@public_page
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    found = queries.meeting_or_404(pk)
    # A visitor without cookies (no session, no messages) gets the same page as every other such
    # visitor: the whole page is cached under the body's key, so a hit renders nothing.
    anonymous = not request.user.is_authenticated and not request.COOKIES
    key = page_key(found)
    if anonymous and (content := cache.get("page:" + key)) is not None:
        return HttpResponse(content)
    context = {"meeting": found, "body": meeting_body(found, key)}
    response = render(request, "publish/site/meeting.html", context)
    if anonymous:
        cache.set("page:" + key, response.content, PAGE_CACHE_SECONDS)
    return response


@public_page
def attachment(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    """An attachment of an open item of a published agenda; anything else does not exist."""
    found = visibility.public_attachments().filter(pk=attachment_pk, item__meeting_id=pk).first()
    if found is None:
        raise Http404("No such attachment.")
    if found.is_link:
        return redirect(found.url)
    return stored_file(found.file, found.filename, found.content_type)


def _pdf(meeting_pk: int, minutes: bool) -> HttpResponse:
    found = queries.meeting_or_404(meeting_pk)
    public = visibility.minutes_are_public if minutes else visibility.agenda_is_public
    doc = public_document(found) if public(found) else None
    if doc is None:
        raise Http404("Not published.")
    if not minutes:
        doc = doc.as_agenda()
    content = pdf.minutes_pdf(doc) if minutes else pdf.agenda_pdf(doc)
    kind = "referat" if minutes else "dagsorden"
    return generated_file(content, PDF, filename(kind, found, "pdf"))


@public_page
def agenda_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _pdf(pk, minutes=False)


@public_page
def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _pdf(pk, minutes=True)
