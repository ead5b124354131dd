"""The coming meetings of the demo's fora, planned from their annual plans relative to a day.

A line is a forum of a cluster and, once the cluster has been through its transition, the
council's forum that carries on its work: the cluster's forum meets until 31 December 2026, the
council's from 1 January 2027. Each forum's dates come from the annual plan's own rule
(`annual_plan.base_dates`: its meetings per year spread over the year on its usual weekday, off
holidays), its usual weekday, times and place from the meetings its line has held.

Every meeting made here says in its booking note that it is demo planning (PLANNING_NOTE), and
only such meetings are ever changed: the seeds' meetings stay as the seeds say.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from klynge.followup.annual_plan import Habit, YearDays, base_dates, learn_habit
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Cluster, Forum, Membership, OrganisationalChange, Person
from klynge.organisation.transition.plan import REFORM_DAY

from . import midtklyngen as midt
from . import syddanmark as syd
from .present_items import ItemSpec, compose
from .reform_plans import PLANS

PLANNING_NOTE = "Demo: planlagt ud fra forummets årsplan"
HORIZON = datetime.timedelta(days=365)
# A planned day this close to a meeting the line has already is that meeting, moved.
NEAR = datetime.timedelta(days=28)


@dataclass(frozen=True)
class Line:
    """A cluster's forum by slug; `per_year` where the seeds do not say how often it meets, and
    `after` days after the steering group's meetings it meets, so that it can follow up."""

    slug: str
    per_year: int | None = None
    after: int = 0


# The seeds give Midtklyngen's political group two meetings a year and the strategic levels four;
# the other clusters' political and strategic levels are taken to meet as often. Seed 003: the
# psychiatry theme group's meetings are placed after the steering group's; the other groups
# follow in turn, the political group last.
LINES = [
    Line(midt.STEERING),
    Line(midt.PSYCHIATRY, after=7),
    Line(midt.SOMATIC, after=14),
    Line(midt.CHILDREN, after=21),
    Line(midt.POLITICAL, after=28),
    Line(syd.LB_STEERING, per_year=4),
    Line(syd.LB_POLITICAL, per_year=2, after=28),
    Line(syd.SDJ_COORDINATION),
    Line(syd.SDJ_POLITICAL, per_year=2, after=28),
]
WEEK = datetime.timedelta(days=7)


def local(day: datetime.date, at: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, at))


# --- the line of fora ---------------------------------------------------------------------------


def chain(slug: str) -> list[Forum]:
    """The cluster's forum and the forum carrying on its work, in order."""
    fora = [Forum.objects.select_related("cluster").get(slug=slug)]
    while (successor := _successor(fora[-1])) is not None:
        fora.append(successor)
    return fora


def _successor(forum: Forum) -> Forum | None:
    """The forum that continues it, or for a forum that ended in its cluster's transition, the
    forum that received its work."""
    carried = forum.continued_as.select_related("cluster").first()
    if carried is not None or forum.cluster is None:
        return carried
    if not OrganisationalChange.objects.filter(predecessor_bodies=forum.cluster_id).exists():
        return None
    choice = PLANS.get(forum.cluster.slug, {}).get("fora", {}).get(forum.slug, {})
    return Forum.objects.select_related("cluster").filter(slug=choice.get("receiving")).first()


def is_active(forum: Forum, day: datetime.date) -> bool:
    """Can the forum meet on the day: it and its body exist, and a cluster only until the
    reform."""
    body = forum.cluster
    if body is not None and body.kind == Cluster.Kind.CLUSTER and day >= REFORM_DAY:
        return False
    started = forum.established_on is None or forum.established_on <= day
    ended = forum.ends_on is not None and forum.ends_on < day
    return started and not ended and (body is None or body.exists_on(day))


def forum_on(fora: list[Forum], day: datetime.date) -> Forum | None:
    return next((forum for forum in fora if is_active(forum, day)), None)


# --- when and where -----------------------------------------------------------------------------


def habit_of(fora: list[Forum]) -> Habit:
    """When and where the line has met; a line that never met meets on the annual plan's
    usual day, where its body meets."""
    own = _history(Q(forum__in=fora))
    if own:
        return learn_habit(own)
    bodies = {forum.cluster_id for forum in fora}
    return Habit(place=learn_habit(_history(Q(forum__cluster__in=bodies))).place)


def _history(where: Q) -> list[tuple[datetime.datetime, datetime.datetime, str]]:
    meetings = Meeting.objects.filter(where).exclude(booking_note=PLANNING_NOTE)
    return list(meetings.order_by("-starts_at").values_list("starts_at", "ends_at", "place"))


def planned_days(
    fora: list[Forum], line: Line, habit: Habit, today: datetime.date
) -> list[datetime.date]:
    """The days the annual plans give the line after today, within the horizon."""
    count = line.per_year or fora[0].meetings_per_year
    last = today + HORIZON
    days = set()
    for forum in fora:
        counted = copy.copy(forum)
        counted.meetings_per_year = forum.meetings_per_year or count
        for year in range(today.year, last.year + 1):
            for planned in base_dates(counted, year, habit, YearDays.of(year)):
                day = _after(planned.day, line.after, habit)
                if today < day <= last and is_active(forum, day):
                    days.add(day)
    return sorted(days)


def _after(day: datetime.date, days: int, habit: Habit) -> datetime.date:
    if not days:
        return day
    later = day + datetime.timedelta(days=days)
    return free_day(later, later + WEEK, habit.weekday) or later


def free_day(
    lo: datetime.date, hi: datetime.date, weekday: int, backwards: bool = False
) -> datetime.date | None:
    """The first (or last) day in [lo, hi] free for a meeting, on the weekday if any."""
    years = list(range(lo.year, hi.year + 1))
    for year in reversed(years) if backwards else years:
        first, last = max(lo, datetime.date(year, 1, 1)), min(hi, datetime.date(year, 12, 31))
        day = YearDays.of(year).first_free(first, last, weekday, backwards)
        if day is not None:
            return day
    return None


# --- the meetings -------------------------------------------------------------------------------


def plan(fora: list[Forum], days: list[datetime.date], habit: Habit) -> None:
    """A planned meeting on each day, unless the line meets near that day already."""
    taken = [
        timezone.localdate(starts)
        for starts in Meeting.objects.filter(forum__in=fora).values_list("starts_at", flat=True)
    ]
    for day in days:
        forum = forum_on(fora, day)
        if forum is not None and all(abs(day - other) >= NEAR for other in taken):
            new_meeting(fora, forum, day, habit)
            taken.append(day)


def new_meeting(fora: list[Forum], forum: Forum, day: datetime.date, habit: Habit) -> Meeting:
    """A planned meeting of the forum, its members invited, led by a chair."""
    return services.create_meeting(
        forum,
        minute_takers=Person.objects.filter(minutes_taken__forum__in=fora).distinct(),
        starts_at=local(day, habit.starts),
        ends_at=local(day, habit.ends),
        place=habit.place,
        booking_note=PLANNING_NOTE,
        leader=_leader(fora, forum, day),
    )


def _leader(fora: list[Forum], forum: Forum, day: datetime.date) -> Person | None:
    """The chair who led the line's meetings, if still a chair; else the first chair."""
    chairs = [
        seat.person
        for seat in Membership.objects.active_on(day)
        .filter(forum=forum, role__in=Membership.CHAIR_ROLES)
        .select_related("person")
        .order_by("role", "person__name")
    ]
    led = set(Meeting.objects.filter(forum__in=fora).values_list("leader_id", flat=True))
    return next((p for p in chairs if p.pk in led), chairs[0] if chairs else None)


def fill_agenda(meeting: Meeting) -> list[tuple[AgendaItem, ItemSpec | None]]:
    """The meeting's items, saved from its specs if it has none yet, each with its spec."""
    specs = compose(meeting)
    if not meeting.items.exists():
        for spec in specs:
            item = AgendaItem(
                meeting=meeting,
                kind=spec.kind,
                title=spec.title,
                presenters=spec.presenters,
                duration_minutes=spec.duration,
                summary=spec.summary,
                case_text=spec.case_text,
            )
            services.save_item(item, list(spec.recommendations))
    by_title = {spec.title: spec for spec in specs}
    return [(item, by_title.get(item.title)) for item in meeting.items.order_by("position", "pk")]


def prepare_next(fora: list[Forum], today: datetime.date) -> None:
    """The agenda of the line's next meeting not yet sent out is in preparation."""
    upcoming = Meeting.objects.filter(
        forum__in=fora, starts_at__gte=local(today + datetime.timedelta(days=1), datetime.time())
    )
    following = upcoming.exclude(state=Meeting.State.AGENDA_PUBLISHED).order_by("starts_at")
    meeting = following.first()
    if meeting and meeting.booking_note == PLANNING_NOTE and meeting.state == Meeting.State.PLANNED:
        fill_agenda(meeting)
