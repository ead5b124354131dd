"""RSS and Atom feeds of published agendas and minutes, per forum and per cluster.

An entry is one publication: "Dagsorden: Klyngestyregruppen 7. juni 2023" when the agenda went
out, "Referat: …" when the minutes did. Its text lists the titles of the open items only; what
is public is decided by klynge.publish.visibility, never here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils.feedgenerator import Atom1Feed, SyndicationFeed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from klynge.meetings.models import Meeting
from klynge.organisation.body_urls import body_url
from klynge.organisation.models import Cluster, Forum
from klynge.publish import visibility
from klynge.templatetags.danish import dato
from klynge.validation import xml_safe

# How many publications a feed holds; readers keep what they have already fetched.
FEED_SIZE = 30
AGENDA = "agenda"
MINUTES = "minutes"
PUBLIC_HOME = "/offentlig/"


def public_url(name: str, *args: object) -> str:
    """The public site's page, or its front page while that page does not exist (yet)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return PUBLIC_HOME


def tag_uri(name: str) -> str:
    """A permanent id (RFC 4151) for an entry or a feed. Not its link: the link may still be the
    public front page, and an id must never change."""
    host = urlsplit(settings.KLYNGE_BASE_URL).hostname or "klynge"
    return f"tag:{host},2025:{name}"


@dataclass
class Publication:
    """An agenda or minutes going public: one feed entry."""

    meeting: Meeting
    kind: str
    published_at: datetime.datetime
    open_items: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        heading = _("Agenda") if self.kind == AGENDA else _("Minutes")
        return f"{heading}: {self.meeting.forum.name} {dato(self.meeting.starts_at)}"

    @property
    def link(self) -> str:
        return public_url("public:meeting", self.meeting.pk)

    @property
    def guid(self) -> str:
        return tag_uri(f"meeting/{self.meeting.pk}/{self.kind}")

    @property
    def description(self) -> str:
        if not self.open_items:
            return ""
        entries = format_html_join("", "<li>{}</li>", ((title,) for title in self.open_items))
        return format_html("<ul>{}</ul>", entries)


def _newest_first(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings with a publication, by their latest one. The newest FEED_SIZE publications all
    belong to the newest FEED_SIZE meetings of this order, so one slice of it is enough."""
    latest = Greatest(
        Coalesce("minutes_published_at", "agenda_published_at"),
        Coalesce("agenda_published_at", "minutes_published_at"),
    )
    published = Q(agenda_published_at__isnull=False) | Q(minutes_published_at__isnull=False)
    return (
        meetings.filter(published)
        .select_related("forum")
        .alias(latest=latest)
        .order_by("-latest", "-pk")[:FEED_SIZE]
    )


def _xml_safe_values(values: dict[str, object]) -> dict[str, object]:
    return {key: xml_safe(v) if isinstance(v, str) else v for key, v in values.items()}


def publications(meetings: QuerySet[Meeting]) -> list[Publication]:
    """The newest public publications among the meetings (two queries)."""
    entries: list[Publication] = []
    for meeting in _newest_first(meetings):
        if visibility.agenda_is_public(meeting):
            entries.append(Publication(meeting, AGENDA, meeting.agenda_published_at))
        if visibility.minutes_are_public(meeting):
            entries.append(Publication(meeting, MINUTES, meeting.minutes_published_at))
    entries.sort(key=lambda entry: (entry.published_at, entry.kind), reverse=True)
    entries = entries[:FEED_SIZE]
    titles = _open_item_titles({entry.meeting.pk for entry in entries})
    for entry in entries:
        entry.open_items = titles.get(entry.meeting.pk, [])
    return entries


def _open_item_titles(meeting_ids: set[int]) -> dict[int, list[str]]:
    if not meeting_ids:
        return {}
    rows = (
        visibility.public_items()
        .filter(meeting_id__in=meeting_ids)
        .order_by("meeting_id", "position", "pk")
        .values_list("meeting_id", "title")
    )
    titles: dict[int, list[str]] = {}
    for meeting_id, title in rows:
        titles.setdefault(meeting_id, []).append(title)
    return titles


class _PublicationFeed(Feed):
    """What every feed here shares: entries are Publications."""

    language = "da"

    def get_feed(self, obj: object, request: HttpRequest) -> SyndicationFeed:
        """The feed with every string made writable as XML (a value stored before text was
        checked must not break the feed for everyone)."""
        feed = super().get_feed(obj, request)
        feed.feed = _xml_safe_values(feed.feed)
        feed.items = [_xml_safe_values(item) for item in feed.items]
        return feed

    def item_title(self, item: Publication) -> str:
        return item.title

    def item_description(self, item: Publication) -> str:
        return item.description

    def item_link(self, item: Publication) -> str:
        return item.link

    def item_guid(self, item: Publication) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item: Publication) -> datetime.datetime:
        return item.published_at


class ForumFeed(_PublicationFeed):
    """RSS 2.0 of a public forum's published agendas and minutes."""

    def get_object(self, request: HttpRequest, slug: str) -> Forum:
        return get_object_or_404(visibility.public_fora(), slug=slug)

    def title(self, obj: Forum) -> str:
        return _("Agendas and minutes: %(name)s") % {"name": obj.name}

    def description(self, obj: Forum) -> str:
        return _("New agendas and minutes of %(name)s, open items only.") % {"name": obj.name}

    def link(self, obj: Forum) -> str:
        return public_url("public:forum", obj.slug)

    def feed_guid(self, obj: Forum) -> str:
        return tag_uri(f"forum/{obj.slug}")

    def items(self, obj: Forum) -> list[Publication]:
        return publications(visibility.public_meetings().filter(forum=obj))


class ForumAtomFeed(ForumFeed):
    feed_type = Atom1Feed
    subtitle = ForumFeed.description


class ClusterFeed(_PublicationFeed):
    """RSS 2.0 of the published agendas and minutes of a cluster's public fora."""

    def get_object(self, request: HttpRequest, slug: str) -> Cluster:
        return get_object_or_404(Cluster, slug=slug)

    def title(self, obj: Cluster) -> str:
        return _("Agendas and minutes: %(name)s") % {"name": obj.name}

    def description(self, obj: Cluster) -> str:
        return _("New agendas and minutes of the fora of %(name)s, open items only.") % {
            "name": obj.name
        }

    def link(self, obj: Cluster) -> str:
        return body_url("public:cluster", obj)

    def feed_guid(self, obj: Cluster) -> str:
        return tag_uri(f"cluster/{obj.slug}")

    def items(self, obj: Cluster) -> list[Publication]:
        return publications(visibility.public_meetings().filter(forum__cluster=obj))


class ClusterAtomFeed(ClusterFeed):
    feed_type = Atom1Feed
    subtitle = ClusterFeed.description
