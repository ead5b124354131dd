"""The chair rotation planner: which municipality holds the municipal co-chair of each forum.

Pure logic on plain data (no database), after the clusters' plans for the municipalities' rotation
in the co-chairs ("Plan for kommunernes rotation i formandskaberne") and the rules around them:

- the steering group's municipal co-chair follows the political cluster group's municipal
  co-chair for the political (election) period: an input, per political period, not planned here
  ("afhænger af udpegning af politisk formandskommune");
- the theme groups' municipal co-chairs rotate every 2 years (a steering group may keep them at
  2–3), and change at the same time as the steering group's: a theme period that would straddle the
  steering group's changeover ends at it, and one that would leave a stub shorter than a whole
  period before it is stretched to it (2023–2025 became 3 years for that reason);
- the posts are spread evenly across the municipalities;
- the hospital or psychiatry co-chair is not replaced in the year the municipal one changes.

Planning, per political period, tries every assignment of municipalities to the theme periods that
start in it and keeps the best by, in order: (1) the spread of co-chair years per municipality in
the political period (steering group included) exceeds one theme period's worth by as little as
possible; (2) rotation: each theme group goes to the municipality that has held it least recently
(never counts as longest ago); (3) the municipalities' given order. A theme group never keeps a
municipality for two periods in a row when another one can take it. When the political period's
municipality is not yet appointed, the spread cannot be judged and the plan follows rotation alone
(as the clusters' own tables do for a period whose municipality is not yet appointed).

``check(plan)`` lists every rule a plan breaks, in Danish; it works on proposed and on registered
plans alike.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

# Danish municipal and regional councils are elected for 4 years; the terms start on 1 January of
# 2022, 2026, 2030, …
ELECTION_PERIOD_YEARS = 4
ELECTION_BASE_YEAR = 2022
# A theme group's period unless the secretariat chooses another length.
THEME_PERIOD_YEARS = 2


def political_period_start(year: int) -> int:
    """The first year of the election period that contains the year."""
    return year - (year - ELECTION_BASE_YEAR) % ELECTION_PERIOD_YEARS


def political_starts(plan_from: int, count: int) -> list[int]:
    """The first years of ``count`` election periods from plan_from on."""
    return [plan_from + ELECTION_PERIOD_YEARS * n for n in range(count)]


@dataclass(frozen=True)
class Period:
    """A forum's municipal co-chair from first_year to last_year inclusive (None: not appointed).

    given: history or an input (the steering group's municipality), not proposed by the planner.
    """

    forum: str
    first_year: int
    last_year: int
    municipality: str | None
    given: bool = False

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    @property
    def length(self) -> int:
        return self.last_year - self.first_year + 1

    @property
    def label(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class PlannedForum:
    """A forum of the plan: the steering group or a theme group, with its hospital-side party."""

    key: str
    name: str
    hospital: str
    period_years: int = THEME_PERIOD_YEARS


@dataclass(frozen=True)
class Breach:
    """A rule the plan breaks: which rule, the Danish text, the fora and the year concerned."""

    rule: str
    text: str
    fora: tuple[str, ...] = ()
    year: int | None = None


# The rules check() knows, by code.
ALIGNED = "aligned"
SPREAD = "spread"
HOSPITAL = "hospital"
ROTATION = "rotation"


@dataclass
class Cell:
    """One cell of the plan's table: the period that starts in the row, or a continuation."""

    period: Period | None
    continues: bool = False
    hospital: str = ""


@dataclass
class Row:
    first_year: int
    last_year: int
    cells: list[Cell]

    @property
    def label(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass
class Plan:
    steering: PlannedForum
    themes: list[PlannedForum]
    municipalities: list[str]
    periods: dict[str, list[Period]]
    # Years in which a forum's hospital or psychiatry co-chair is (to be) replaced.
    hospital_changes: dict[str, set[int]] = field(default_factory=dict)

    @property
    def fora(self) -> list[PlannedForum]:
        return [self.steering, *self.themes]

    def of(self, key: str) -> list[Period]:
        return self.periods.get(key, [])

    def municipality_in(self, key: str, year: int) -> str | None:
        for period in self.of(key):
            if year in period.years:
                return period.municipality
        return None

    def changeovers(self, key: str) -> set[int]:
        """Years in which the forum's municipal co-chair changes (a period starts after another)."""
        return {p.first_year for p in self.of(key)[1:]}

    def rows(self) -> list[Row]:
        """The plan as the clusters print it: a row from each year in which some period starts."""
        starts = sorted({p.first_year for periods in self.periods.values() for p in periods})
        end = max((p.last_year for periods in self.periods.values() for p in periods), default=0)
        rows = []
        for first, following in itertools.zip_longest(starts, starts[1:]):
            last = following - 1 if following else end
            cells = []
            for forum in self.fora:
                period = next((p for p in self.of(forum.key) if first in p.years), None)
                continues = period is not None and period.first_year < first
                cells.append(Cell(period, continues, forum.hospital))
            rows.append(Row(first, last, cells))
        return rows

    def hospital_free_years(self, key: str) -> list[int]:
        """Years of the plan in which the forum's hospital side may replace its co-chair."""
        periods = self.of(key)
        if not periods:
            return []
        span = range(periods[0].first_year, periods[-1].last_year + 1)
        busy = self.changeovers(key)
        return [year for year in span if year not in busy]

    def hospital_free_years_from(self, year: int) -> list[tuple[PlannedForum, list[int]]]:
        """Each forum with the years from the year on in which its hospital side may replace its
        co-chair, for the secretariat planning ahead."""
        return [(f, [y for y in self.hospital_free_years(f.key) if y >= year]) for f in self.fora]

    def open_periods(self) -> list[Period]:
        """Periods whose municipality is not appointed yet (the seed's "X kommune")."""
        return [p for periods in self.periods.values() for p in periods if p.municipality is None]

    def appointed_from(self, year: int) -> list[Period]:
        """The periods from the year on that name a municipality: what registering the plan
        records (an open one is registered when its municipality is appointed)."""
        return [
            p
            for periods in self.periods.values()
            for p in periods
            if p.first_year >= year and p.municipality
        ]


def election_periods(
    forum: str, plan_from: int, count: int, appointed: dict[int, str | None]
) -> list[Period]:
    """The steering group's periods for ``count`` election periods from plan_from on, each with
    the municipality appointed for it by first year (None where none is yet): an input to the
    planner, since it follows the political cluster group's co-chair."""
    return [
        Period(forum, start, start + ELECTION_PERIOD_YEARS - 1, appointed.get(start), given=True)
        for start in political_starts(plan_from, count)
    ]


def theme_periods(
    forum: str, start: int, until: int, years: int, changeovers: Iterable[int]
) -> list[tuple[int, int]]:
    """(first, last) years of a theme group's periods from start to at least until, aligned with
    the steering group's changeovers."""
    changeovers = sorted(set(changeovers))
    periods = []
    year = start
    while year <= until:
        last = year + years - 1
        upcoming = [c for c in changeovers if c > year]
        # End at the next changeover when the period would straddle it, or when a stub shorter
        # than a whole period would remain before it.
        if upcoming and upcoming[0] < last + 1 + years:
            last = upcoming[0] - 1
        periods.append((year, last))
        year = last + 1
    return periods


def propose(
    steering: PlannedForum,
    themes: list[PlannedForum],
    municipalities: list[str],
    steering_periods: list[Period],
    history: dict[str, list[Period]] | None = None,
    until: int | None = None,
    hospital_changes: dict[str, set[int]] | None = None,
) -> Plan:
    """Propose the theme groups' municipal co-chairs after their history, up to ``until``.

    steering_periods: the steering group's municipality per period (history and political
    periods), municipality None where the political co-chair is not appointed yet.
    history: each theme group's periods so far (the first period's assignment, or more).
    """
    history = history or {}
    steering_periods = sorted(steering_periods, key=lambda p: p.first_year)
    until = until or max((p.last_year for p in steering_periods), default=0)
    changeovers = [p.first_year for p in steering_periods]
    plan = Plan(
        steering,
        list(themes),
        list(municipalities),
        {steering.key: [replace(p, forum=steering.key, given=True) for p in steering_periods]},
        {key: set(years) for key, years in (hospital_changes or {}).items()},
    )
    open_slots: list[Period] = []
    for theme in themes:
        past = sorted(
            (replace(p, given=True) for p in history.get(theme.key, [])),
            key=lambda p: p.first_year,
        )
        if past:
            start = past[-1].last_year + 1
        else:
            start = steering_periods[0].first_year if steering_periods else until
        plan.periods[theme.key] = past
        for first, last in theme_periods(theme.key, start, until, theme.period_years, changeovers):
            open_slots.append(Period(theme.key, first, last, None))
    # Political periods in order; slots before the first or after the last form their own groups.
    for group in _by_political_period(open_slots, steering_periods):
        _assign(plan, group, steering_periods)
    for periods in plan.periods.values():
        periods.sort(key=lambda p: p.first_year)
    return plan


def _by_political_period(slots: list[Period], steering: list[Period]) -> list[list[Period]]:
    def home(slot: Period) -> int:
        for index, period in enumerate(steering):
            if slot.first_year in period.years:
                return index
        return -1 if not steering or slot.first_year < steering[0].first_year else len(steering)

    groups: dict[int, list[Period]] = {}
    for slot in sorted(slots, key=lambda s: (s.first_year, s.forum)):
        groups.setdefault(home(slot), []).append(slot)
    return [groups[key] for key in sorted(groups)]


def _assign(plan: Plan, slots: list[Period], steering: list[Period]) -> None:
    """Give the slots the best municipalities (see the module's docstring) and add them."""
    names = plan.municipalities
    political = next((p for p in steering if slots[0].first_year in p.years), None)
    best: tuple[tuple[int, int], list[Period]] | None = None
    for choice in itertools.product(names, repeat=len(slots)):
        candidate = [replace(slot, municipality=m) for slot, m in zip(slots, choice, strict=True)]
        if not _rotates(plan, candidate) and len(names) > 1:
            continue
        cost = (_spread_excess(plan, candidate, political), _rotation_cost(plan, candidate))
        if best is None or cost < best[0]:
            best = (cost, candidate)
    if best is None:  # every assignment repeats a municipality: take the first
        best = ((0, 0), [replace(s, municipality=names[0] if names else None) for s in slots])
    for period in best[1]:
        plan.periods[period.forum].append(period)


def _sequence(plan: Plan, candidate: list[Period], key: str) -> list[Period]:
    return sorted(
        [*plan.of(key), *(p for p in candidate if p.forum == key)], key=lambda p: p.first_year
    )


def _rotates(plan: Plan, candidate: list[Period]) -> bool:
    for key in {p.forum for p in candidate}:
        sequence = _sequence(plan, candidate, key)
        for before, after in itertools.pairwise(sequence):
            if after in candidate and before.municipality == after.municipality:
                return False
    return True


def _rotation_cost(plan: Plan, candidate: list[Period]) -> int:
    """How far each choice is from the municipality that held the group least recently."""
    cost = 0
    for key in {p.forum for p in candidate}:
        held: dict[str, int] = {}
        for period in _sequence(plan, candidate, key):
            if period in candidate and period.municipality:
                mine = held.get(period.municipality, -1)
                cost += sum(1 for m in plan.municipalities if held.get(m, -1) < mine)
            if period.municipality:
                held[period.municipality] = period.last_year
    return cost


def _spread_excess(plan: Plan, candidate: list[Period], political: Period | None) -> int:
    if political is None or political.municipality is None:
        return 0
    counts, unit = _counts(plan, political, extra=candidate)
    return max(0, max(counts.values()) - min(counts.values()) - unit)


def _counts(
    plan: Plan, political: Period, extra: Iterable[Period] = ()
) -> tuple[Counter[str], int]:
    """Co-chair years per municipality in a political period, and one theme period's worth."""
    counts: Counter[str] = Counter(dict.fromkeys(plan.municipalities, 0))
    unit = 1
    extra = list(extra)
    for theme in plan.themes:
        periods = [*plan.of(theme.key), *(p for p in extra if p.forum == theme.key)]
        for period in periods:
            overlap = set(period.years) & set(political.years)
            if overlap:
                unit = max(unit, period.length)
                if period.municipality:
                    counts[period.municipality] += len(overlap)
    if political.municipality:
        counts[political.municipality] += political.length
    return counts, unit


def check(plan: Plan, from_year: int | None = None) -> list[Breach]:
    """Every rule the plan breaks, from from_year on (all of it by default)."""
    start = from_year if from_year is not None else -(10**6)
    breaches: list[Breach] = []
    breaches += _check_aligned(plan, start)
    breaches += _check_spread(plan, start)
    breaches += _check_hospital(plan, start)
    breaches += _check_rotation(plan, start)
    return sorted(breaches, key=lambda b: (b.year or 0, b.rule, b.fora))


def _check_aligned(plan: Plan, start: int) -> list[Breach]:
    breaches = []
    for year in sorted(plan.changeovers(plan.steering.key)):
        if year < start:
            continue
        for theme in plan.themes:
            covered = any(year in p.years for p in plan.of(theme.key))
            if covered and year not in plan.changeovers(theme.key):
                text = _(
                    "%(theme)s does not change its municipal co-chair in %(year)s, when "
                    "%(steering)s does: the theme groups change at the same time as the "
                    "steering group."
                ) % {"theme": theme.name, "year": year, "steering": plan.steering.name}
                breaches.append(Breach(ALIGNED, text, (theme.key, plan.steering.key), year))
    return breaches


def _check_spread(plan: Plan, start: int) -> list[Breach]:
    breaches = []
    for political in plan.of(plan.steering.key):
        if political.last_year < start or political.municipality is None:
            continue
        counts, unit = _counts(plan, political)
        if max(counts.values()) - min(counts.values()) > unit:
            spread = ", ".join(f"{m} {counts[m]}" for m in plan.municipalities)
            text = _(
                "The co-chairs of %(period)s are not spread evenly across the municipalities: "
                "%(spread)s co-chair years (at most %(unit)s years apart)."
            ) % {"period": political.label, "spread": spread, "unit": unit}
            breaches.append(Breach(SPREAD, text, (), political.first_year))
    return breaches


def _check_hospital(plan: Plan, start: int) -> list[Breach]:
    breaches = []
    for forum in plan.fora:
        changes = plan.changeovers(forum.key)
        for year in sorted(plan.hospital_changes.get(forum.key, set())):
            if year >= start and year in changes:
                text = _(
                    "%(hospital)s replaces its co-chair of %(forum)s in %(year)s, the year the "
                    "municipal co-chair changes."
                ) % {"hospital": forum.hospital, "forum": forum.name, "year": year}
                breaches.append(Breach(HOSPITAL, text, (forum.key,), year))
    return breaches


def _check_rotation(plan: Plan, start: int) -> list[Breach]:
    breaches = []
    for theme in plan.themes:
        for before, after in itertools.pairwise(plan.of(theme.key)):
            same = before.municipality is not None and before.municipality == after.municipality
            if same and after.first_year >= start:
                text = _(
                    "%(municipality)s holds the municipal co-chair of %(forum)s in both "
                    "%(before)s and %(after)s: the co-chair rotates."
                ) % {
                    "municipality": after.municipality,
                    "forum": theme.name,
                    "before": before.label,
                    "after": after.label,
                }
                breaches.append(Breach(ROTATION, text, (theme.key,), after.first_year))
    return breaches
