"""The annual plan (årshjul) of a cluster: the year's meetings of its fora month by month, as one
calendar file, and a proposal of next year's dates.

The proposal spreads each forum's `meetings_per_year` evenly over the year on the forum's usual
weekday and time (learned from its past meetings), steps around July, the Christmas and New Year
week and the Danish public holidays, and then moves meetings so that every PlanningRule holds
("the psychiatry theme group meets after the steering group", seed 003).
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from klynge.meetings import ics
from klynge.meetings import services as meeting_services
from klynge.meetings.models import Meeting
from klynge.organisation.models import Cluster, Forum

from .models import PlanningRule

DEFAULT_WEEKDAY = 2  # Wednesday
DEFAULT_START = datetime.time(9, 0)
DEFAULT_END = datetime.time(12, 0)
HISTORY_YEARS = 3
SEARCH_WEEKS = 8
WEEK = datetime.timedelta(days=7)
DAY = datetime.timedelta(days=1)


# --- the year's calendar -----------------------------------------------------------------------


@dataclass
class Month:
    """One month of the annual plan with its meetings in order."""

    first_day: datetime.date
    meetings: list[Meeting] = field(default_factory=list)


@dataclass
class LegendEntry:
    forum: Forum
    count: int


def year_bounds(year: int) -> tuple[datetime.datetime, datetime.datetime]:
    """The year as local time: [1 January 00:00, next 1 January 00:00)."""
    zone = timezone.get_default_timezone()
    return datetime.datetime(year, 1, 1, tzinfo=zone), datetime.datetime(
        year + 1, 1, 1, tzinfo=zone
    )


def visible_fora(cluster: Cluster, scope: Q) -> list[Forum]:
    """The cluster's fora within the user's scope (forum_scope), in the registry's order."""
    ids = Forum.objects.filter(scope).values("pk")
    return list(Forum.objects.filter(cluster=cluster, pk__in=ids).order_by("position", "name"))


def year_meetings(fora: Iterable[Forum], year: int) -> list[Meeting]:
    """Every meeting of the fora in the year, oldest first, with its forum loaded."""
    start, end = year_bounds(year)
    return list(
        Meeting.objects.filter(forum__in=list(fora), starts_at__gte=start, starts_at__lt=end)
        .select_related("forum")
        .order_by("starts_at", "pk")
    )


def by_month(meetings: Iterable[Meeting], year: int) -> list[Month]:
    """Twelve months, each with its meetings."""
    months = [Month(datetime.date(year, number, 1)) for number in range(1, 13)]
    for meeting in meetings:
        months[meeting.local_day().month - 1].meetings.append(meeting)
    return months


def legend(fora: Iterable[Forum], meetings: Iterable[Meeting]) -> list[LegendEntry]:
    counts = Counter(meeting.forum_id for meeting in meetings)
    return [LegendEntry(forum, counts[forum.pk]) for forum in fora]


def plan_ics(meetings: list[Meeting], name: str) -> bytes:
    """All the meetings in one VCALENDAR; each VEVENT as the meeting's own calendar file has it
    (same UID), so importing both does not duplicate."""
    return ics.calendar_ics(meetings, name)


# --- days that are not meeting days ------------------------------------------------------------


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


EASTER_HOLIDAYS = [
    (-3, gettext_lazy("Maundy Thursday")),
    (-2, gettext_lazy("Good Friday")),
    (0, gettext_lazy("Easter Sunday")),
    (1, gettext_lazy("Easter Monday")),
    (39, gettext_lazy("Ascension Day")),
    (49, gettext_lazy("Whit Sunday")),
    (50, gettext_lazy("Whit Monday")),
]
FIXED_HOLIDAYS = [
    (1, 1, gettext_lazy("New Year's Day")),
    (6, 5, gettext_lazy("Constitution Day")),
    (12, 24, gettext_lazy("Christmas Eve")),
    (12, 25, gettext_lazy("Christmas Day")),
    (12, 26, gettext_lazy("Boxing Day")),
    (12, 31, gettext_lazy("New Year's Eve")),
]
GREAT_PRAYER_DAY_LAST_YEAR = 2023  # Store bededag was abolished from 2024.


def public_holidays(year: int) -> dict[datetime.date, str]:
    """Danish public holidays (and the days offices close: Grundlovsdag, 24 and 31 December)."""
    easter = easter_sunday(year)
    days = {easter + datetime.timedelta(days=n): str(name) for n, name in EASTER_HOLIDAYS}
    if year <= GREAT_PRAYER_DAY_LAST_YEAR:
        days[easter + datetime.timedelta(days=26)] = _("Great Prayer Day")
    days.update({datetime.date(year, m, d): str(name) for m, d, name in FIXED_HOLIDAYS})
    return days


def _christmas_weeks(year: int) -> tuple[datetime.date, datetime.date]:
    """The last day of the New Year week at the start of the year, and the Monday of the
    Christmas week at its end: days before the first and from the second are holidays."""
    new_year = datetime.date(year, 1, 1)
    christmas = datetime.date(year, 12, 24)
    return new_year + datetime.timedelta(days=6 - new_year.weekday()), christmas - (
        datetime.timedelta(days=christmas.weekday())
    )


@dataclass
class YearDays:
    """The days of one year on which no meeting is planned."""

    year: int
    holidays: dict[datetime.date, str]
    new_year_week_ends: datetime.date
    christmas_week_starts: datetime.date

    @classmethod
    def of(cls, year: int) -> YearDays:
        return cls(year, public_holidays(year), *_christmas_weeks(year))

    def blocked(self, day: datetime.date) -> str | None:
        """Why no meeting can be on the day, or None when it can."""
        if day.year != self.year:
            return _("another year")
        if day in self.holidays:
            return self.holidays[day]
        if day.month == 7:
            return _("summer holiday (July)")
        if day <= self.new_year_week_ends or day >= self.christmas_week_starts:
            return _("Christmas and New Year")
        return None

    def first_free(
        self, lo: datetime.date, hi: datetime.date, weekday: int, backwards: bool = False
    ) -> datetime.date | None:
        """The first (or last) free day in [lo, hi], on the weekday if any, else Monday–Friday."""
        days = [lo + DAY * n for n in range((hi - lo).days + 1)]
        days = [d for d in (reversed(days) if backwards else days) if not self.blocked(d)]
        usual = [d for d in days if d.weekday() == weekday]
        weekdays = [d for d in days if d.weekday() < 5]
        return (usual or weekdays or [None])[0]


# --- the proposal ------------------------------------------------------------------------------


@dataclass
class Habit:
    """When a forum usually meets: weekday (Monday = 0), times, place."""

    weekday: int = DEFAULT_WEEKDAY
    starts: datetime.time = DEFAULT_START
    ends: datetime.time = DEFAULT_END
    place: str = ""
    learned: bool = False

    @property
    def weekday_name(self) -> str:
        monday = datetime.date(2024, 1, 1)
        return formats.date_format(monday + DAY * self.weekday, "l")


@dataclass
class PlannedDate:
    forum: Forum
    number: int
    day: datetime.date
    habit: Habit
    reasons: list[str] = field(default_factory=list)
    exists: bool = False

    @property
    def starts_at(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.day, self.habit.starts))

    @property
    def ends_at(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.day, self.habit.ends))

    def move(self, day: datetime.date, reason: str) -> None:
        if day != self.day:
            self.day = day
            self.reasons.append(reason)


@dataclass
class ForumPlan:
    forum: Forum
    habit: Habit
    dates: list[PlannedDate]


@dataclass
class Proposal:
    cluster: Cluster
    year: int
    plans: list[ForumPlan]
    problems: list[str]
    rules: list[PlanningRule] = field(default_factory=list)

    @property
    def fora(self) -> list[Forum]:
        return [plan.forum for plan in self.plans]

    def to_create(self) -> list[PlannedDate]:
        """The proposed meetings not yet in the calendar, by date."""
        dates = [d for plan in self.plans for d in plan.dates if not d.exists]
        return sorted(dates, key=lambda d: (d.starts_at, d.forum.position, d.forum.name))

    def fingerprint(self) -> str:
        """Identifies what would be created, so a confirmation cannot create something else."""
        text = ";".join(f"{d.forum.pk}:{d.starts_at.isoformat()}" for d in self.to_create())
        return hashlib.sha256(text.encode()).hexdigest()[:32]


def danish_date(day: datetime.date) -> str:
    return formats.date_format(day, "j. F Y")


def _most_common(values: list, default: object) -> object:
    """The most frequent value; ties go to the one seen first (the newest meeting)."""
    if not values:
        return default
    counts = Counter(values)
    return max(values, key=lambda value: (counts[value], -values.index(value)))


def learn_habit(meetings: list[tuple[datetime.datetime, datetime.datetime, str]]) -> Habit:
    """The usual weekday and times of a forum's meetings (newest first), and the newest place."""
    if not meetings:
        return Habit()
    local = [(timezone.localtime(s), timezone.localtime(e), place) for s, e, place in meetings]
    weekday = _most_common([s.weekday() for s, _e, _p in local], DEFAULT_WEEKDAY)
    times = _most_common([(s.time(), e.time()) for s, e, _p in local if e.date() == s.date()], None)
    starts, ends = times or (DEFAULT_START, DEFAULT_END)
    place = next((p for *_times, p in local if p.strip()), "")  # the newest place named
    return Habit(weekday, starts, ends, place, True)


def _target(year: int, position: float) -> datetime.date:
    """The day a fraction `position` (in months, 0–12) into the year."""
    start = datetime.date(year, 1, 1)
    length = (datetime.date(year + 1, 1, 1) - start).days
    return start + datetime.timedelta(days=int(position * length / 12))


def _on_weekday(day: datetime.date, weekday: int) -> datetime.date:
    """The day with the given weekday nearest to `day` (same week ±3 days)."""
    offset = (weekday - day.weekday() + 3) % 7 - 3
    return day + datetime.timedelta(days=offset)


def _free_near(day: datetime.date, calendar: YearDays) -> tuple[datetime.date, str | None]:
    """The day, or the nearest free one on the same weekday (a week later, earlier, …)."""
    reason = calendar.blocked(day)
    if reason is None:
        return day, None
    for weeks in range(1, SEARCH_WEEKS + 1):
        for candidate in (day + WEEK * weeks, day - WEEK * weeks):
            if calendar.blocked(candidate) is None:
                return candidate, reason
    return day, reason


def base_dates(forum: Forum, year: int, habit: Habit, calendar: YearDays) -> list[PlannedDate]:
    """The forum's meetings per year spread evenly (12/n months apart, the first in the first
    quarter) on its usual weekday, each stepped off holidays, strictly increasing."""
    count = forum.meetings_per_year or 0
    spacing = 12 / max(count, 1)
    offset = min(spacing / 2, 1.5)
    dates: list[PlannedDate] = []
    for number in range(count):
        wanted = _on_weekday(_target(year, offset + number * spacing), habit.weekday)
        day, reason = _free_near(wanted, calendar)
        if dates and day <= dates[-1].day:
            later = calendar.first_free(
                dates[-1].day + DAY, datetime.date(year, 12, 31), habit.weekday
            )
            day = later or day
        planned = PlannedDate(forum, number + 1, day, habit)
        if reason:
            planned.reasons.append(_("moved: %(reason)s") % {"reason": reason})
        dates.append(planned)
    return dates


# --- ordering rules ----------------------------------------------------------------------------


def order_fora(fora: list[int], rules: list[PlanningRule]) -> tuple[list[int], list[int]]:
    """Fora in an order where every rule's `after` comes first, and the fora caught in a cycle."""
    incoming: dict[int, set[int]] = {pk: set() for pk in fora}
    for rule in rules:
        if rule.forum_id in incoming and rule.after_id in incoming:
            incoming[rule.forum_id].add(rule.after_id)
    order: list[int] = []
    ready = [pk for pk in fora if not incoming[pk]]
    while ready:
        done = ready.pop(0)
        order.append(done)
        for pk in fora:
            if done in incoming[pk] and pk not in order and pk not in ready:
                incoming[pk].discard(done)
                if not incoming[pk]:
                    ready.append(pk)
    return order, [pk for pk in fora if pk not in order]


def _cycle_path(stuck: list[int], rules: list[PlanningRule]) -> list[int]:
    """One cycle among the stuck fora, as a path that ends where it starts."""
    after = {r.forum_id: r.after_id for r in rules if r.forum_id in stuck and r.after_id in stuck}
    path = [stuck[0]]
    while after.get(path[-1]) is not None and path[-1] not in path[:-1]:
        path.append(after[path[-1]])
    return path[path.index(path[-1]) :]


def _pair(
    k: int, day: datetime.date, before: list[datetime.date], same: bool
) -> datetime.date | None:
    """The meeting of the other forum that the k-th meeting (on `day`) follows."""
    if same:
        return before[k]
    earlier = [d for d in before if d <= day]
    return earlier[-1] if earlier else None


@dataclass
class RuleCheck:
    rule: PlanningRule
    planned: PlannedDate
    after_day: datetime.date

    @property
    def earliest(self) -> datetime.date:
        return self.after_day + datetime.timedelta(days=self.rule.min_days)

    @property
    def latest(self) -> datetime.date | None:
        if self.rule.max_days is None:
            return None
        return self.after_day + datetime.timedelta(days=self.rule.max_days)

    def holds(self) -> bool:
        return self.earliest <= self.planned.day and (
            self.latest is None or self.planned.day <= self.latest
        )

    def problem(self) -> str:
        values = {
            "forum": self.planned.forum.name,
            "date": danish_date(self.planned.day),
            "after": self.rule.after.name,
            "after_date": danish_date(self.after_day),
            "min": self.rule.min_days,
            "max": self.rule.max_days or 0,
        }
        if self.planned.day < self.earliest:
            text = _(
                "The meeting of %(forum)s on %(date)s is not at least %(min)d days after the "
                "meeting of %(after)s on %(after_date)s."
            )
        else:
            text = _(
                "The meeting of %(forum)s on %(date)s is more than %(max)d days after the "
                "meeting of %(after)s on %(after_date)s."
            )
        return text % values


def _checks(
    rule: PlanningRule, dates: list[PlannedDate], after_days: list[datetime.date]
) -> Iterable[RuleCheck]:
    same = len(dates) == len(after_days)
    for k, planned in enumerate(dates):
        paired = _pair(k, planned.day, after_days, same)
        if paired is not None:
            yield RuleCheck(rule, planned, paired)


def _honour(check: RuleCheck, calendar: YearDays) -> None:
    """Move the meeting into the window the rule allows, on the usual weekday if possible."""
    if check.holds():
        return
    year_end = datetime.date(calendar.year, 12, 31)
    weekday = check.planned.habit.weekday
    if check.planned.day < check.earliest:
        day = calendar.first_free(check.earliest, check.latest or year_end, weekday)
    else:
        day = calendar.first_free(check.earliest, check.latest, weekday, backwards=True)
    if day is not None:
        reason = _(
            "moved: must be at least %(days)d days after the meeting of %(forum)s on %(date)s"
        )
        values = {"days": check.rule.min_days, "forum": check.rule.after.name}
        check.planned.move(day, reason % {**values, "date": danish_date(check.after_day)})


def _keep_increasing(dates: list[PlannedDate], calendar: YearDays) -> None:
    year_end = datetime.date(calendar.year, 12, 31)
    for previous, planned in itertools.pairwise(dates):
        if planned.day <= previous.day:
            day = calendar.first_free(previous.day + DAY, year_end, planned.habit.weekday)
            if day is not None:
                planned.move(day, _("moved: after the forum's previous meeting"))


def break_cycles(fora: list[int], rules: list[PlanningRule]) -> tuple[list[int], list[list[int]]]:
    """An order of the fora in which every rule's `after` comes first, once the rules that go
    in a circle are left out; and each circle found (a path ending where it starts)."""
    cycles: list[list[int]] = []
    order, stuck = order_fora(fora, rules)
    while stuck:
        path = _cycle_path(stuck, rules)
        cycles.append(path)
        edges = set(itertools.pairwise(path))
        rules = [r for r in rules if (r.forum_id, r.after_id) not in edges]
        order, stuck = order_fora(fora, rules)
    return order, cycles


def _cycle_problem(path: list[int], plans: dict[int, ForumPlan]) -> str:
    names = " → ".join(plans[pk].forum.name for pk in path)
    return _(
        "The planning rules go in a circle (each forum meets after the next): %(path)s. "
        "These rules were not applied."
    ) % {"path": names}


def apply_rules(
    plans: dict[int, ForumPlan],
    rules: list[PlanningRule],
    fixed: dict[int, list[datetime.date]],
    calendar: YearDays,
) -> list[str]:
    """Move meetings so that the rules hold, forum by forum in dependency order; returns the
    problems: every circle of rules, and every rule that could not be honoured."""
    rules = [r for r in rules if r.forum_id in plans]
    order, cycles = break_cycles(list(plans), rules)
    in_cycles = {edge for path in cycles for edge in itertools.pairwise(path)}
    active = [r for r in rules if (r.forum_id, r.after_id) not in in_cycles]
    for pk in order:
        for rule in (r for r in active if r.forum_id == pk):
            for check in list(_checks(rule, plans[pk].dates, _days(rule.after_id, plans, fixed))):
                _honour(check, calendar)
            _keep_increasing(plans[pk].dates, calendar)
    problems = [_cycle_problem(path, plans) for path in cycles]
    for rule in active:
        after_days = _days(rule.after_id, plans, fixed)
        checks = _checks(rule, plans[rule.forum_id].dates, after_days)
        problems += [check.problem() for check in checks if not check.holds()]
    return problems


def _days(
    forum_id: int, plans: dict[int, ForumPlan], fixed: dict[int, list[datetime.date]]
) -> list[datetime.date]:
    """The proposed days of a forum in the proposal, else its meetings already in the year."""
    if forum_id in plans:
        return [d.day for d in plans[forum_id].dates]
    return fixed.get(forum_id, [])


# --- putting it together -----------------------------------------------------------------------


def planned_fora(cluster: Cluster, year: int, scope: Q) -> list[Forum]:
    """The cluster's fora (in the user's scope) that meet a known number of times and exist in
    the year."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return [
        forum
        for forum in visible_fora(cluster, scope)
        if forum.meetings_per_year
        and not (forum.ends_on and forum.ends_on < start)
        and not (forum.established_on and forum.established_on > end)
    ]


def _history(fora: list[Forum], year: int) -> dict[int, list[tuple]]:
    start, _end = year_bounds(year)
    rows = (
        Meeting.objects.filter(
            forum__in=fora,
            starts_at__lt=start,
            starts_at__gte=start.replace(year=year - HISTORY_YEARS),
        )
        .order_by("-starts_at")
        .values_list("forum_id", "starts_at", "ends_at", "place")
    )
    history: dict[int, list[tuple]] = defaultdict(list)
    for forum_id, *meeting in rows:
        history[forum_id].append(tuple(meeting))
    return history


def _existing(forum_ids: Iterable[int], year: int) -> dict[int, list[datetime.date]]:
    start, end = year_bounds(year)
    rows = Meeting.objects.filter(
        forum_id__in=list(forum_ids), starts_at__gte=start, starts_at__lt=end
    ).values_list("forum_id", "starts_at")
    days: dict[int, list[datetime.date]] = defaultdict(list)
    for forum_id, starts_at in rows:
        days[forum_id].append(timezone.localdate(starts_at))
    return {pk: sorted(set(d)) for pk, d in days.items()}


def _forum_plan(forum: Forum, year: int, history: list[tuple], calendar: YearDays) -> ForumPlan:
    habit = learn_habit(history)
    return ForumPlan(forum, habit, base_dates(forum, year, habit, calendar))


def propose(cluster: Cluster, year: int, scope: Q | None = None) -> Proposal:
    """Next year's dates for the cluster's fora (those in `scope`), with the rules applied."""
    fora = planned_fora(cluster, year, Q() if scope is None else scope)
    calendar = YearDays.of(year)
    history = _history(fora, year)
    plans = {f.pk: _forum_plan(f, year, history.get(f.pk, []), calendar) for f in fora}
    rules = list(
        PlanningRule.objects.filter(forum__in=fora).select_related("forum", "after").order_by("pk")
    )
    existing = _existing({f.pk for f in fora} | {r.after_id for r in rules}, year)
    problems = apply_rules(plans, rules, existing, calendar)
    for plan in plans.values():
        for planned in plan.dates:
            planned.exists = planned.day in existing.get(plan.forum.pk, [])
    return Proposal(cluster, year, list(plans.values()), problems, rules)


def create_planned_meetings(proposal: Proposal) -> list[Meeting]:
    """Create the proposal's meetings as planned meetings, inviting the members; a day on which
    the forum already has a meeting is skipped, so running it twice creates nothing new."""
    with transaction.atomic():
        # Serialise concurrent runs for the same fora (a no-op on SQLite, which locks anyway).
        list(Forum.objects.select_for_update().filter(pk__in=[f.pk for f in proposal.fora]))
        existing = _existing([f.pk for f in proposal.fora], proposal.year)
        created = []
        for planned in proposal.to_create():
            if planned.day in existing.get(planned.forum.pk, []):
                continue
            meeting = meeting_services.create_meeting(
                planned.forum,
                starts_at=planned.starts_at,
                ends_at=planned.ends_at,
                place=planned.habit.place,
            )
            created.append(meeting)
        return created
