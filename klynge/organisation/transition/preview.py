"""Everything a transition will move or end, read from the database without writing anything.

`build(resolved)` makes the `Preview`; `services.run_transition` builds it again inside its
transaction and applies exactly that. `Preview.to_json()` is what the organisational change
keeps as its report. The number of queries does not depend on the number of records.

Money that carries on. A fund's money is granted for years; its initiatives' budget lines put it
to use year by year. What is set aside for the years from the effective year on belongs to the
successor's time, what lies in earlier years stays the ended body's history:

- an approved or running initiative's *remaining* money is the sum of its budget and carry-over
  lines of the effective year and later (carry-overs are unspent money moved into those years).
  Those lines, and its other lines of those years, move to a new initiative of the successor;
  its lines of earlier years stay with the old initiative, which completes on the last day;
- a fund's *remainder* is its grant less the budget and carry-over lines that stay (those of
  earlier years, and every line of an initiative that does not carry on): the money not yet
  allocated plus the carried initiatives' remaining money. A new fund of the successor is
  granted the remainder and the old fund's grant shrinks by it, so that no krone is counted
  twice: the grants of all funds add up to the same before and after.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from klynge.followup.models import Action, BacklogItem, Referral
from klynge.meetings.models import Meeting
from klynge.organisation.models import Forum, Membership, TermsOfReference
from klynge.portfolio.models import BudgetLine, Fund, Implementation, Initiative

from .plan import Resolved

CARRIED_STATUSES = (Initiative.Status.APPROVED, Initiative.Status.RUNNING)
# Lines that set money aside for a year (budgets, and unspent money carried into a year).
ALLOCATING = (BudgetLine.Kind.BUDGET, BudgetLine.Kind.CARRY_OVER)


@dataclass
class ForumLine:
    forum: Forum
    carries: bool
    keeps_seats: bool
    ends_on: datetime.date
    to: str
    seats: list[Membership]
    superseded: list[TermsOfReference]
    copied: TermsOfReference | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.forum.pk,
            "name": self.forum.name,
            "carries": self.carries,
            "keeps_seats": self.keeps_seats,
            "ends_on": self.ends_on.isoformat(),
            "to": self.to,
            "seats": [_seat_label(m) for m in self.seats],
            "terms_superseded": [str(t) for t in self.superseded],
            "terms_copied": str(self.copied) if self.copied else "",
        }


@dataclass
class BornSeatLine:
    """A born seat in a forum outside the ending bodies (e.g. a region-level forum) that comes
    from a seat of an ending forum: it ends with that seat, and when the seat is kept it starts
    again from the kept one."""

    seat: Membership
    kept: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.seat.pk,
            "seat": _seat_label(self.seat),
            "forum": self.seat.forum.name,
            "kept": self.kept,
        }


def _seat_label(membership: Membership) -> str:
    party = f", {membership.party.name}" if membership.party_id else ""
    return f"{membership.person.name} ({membership.get_role_display()}{party})"


@dataclass
class Move:
    """An open action, a waiting backlog item or a pending referral going to another forum."""

    record: Action | BacklogItem | Referral
    label: str
    from_forum: Forum
    to: str
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.record.pk,
            "label": self.label,
            "from": self.from_forum.name,
            "to": self.to,
            "detail": self.detail,
        }


@dataclass
class InitiativeLine:
    initiative: Initiative
    to: str
    lines: list[BudgetLine]
    remaining_ore: int
    economy_party_kept: bool

    @property
    def lines_ore(self) -> int:
        return sum(line.amount_ore for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.initiative.pk,
            "label": self.initiative.name,
            "fund": self.initiative.fund.name,
            "status": self.initiative.get_status_display(),
            "to": self.to,
            "remaining_ore": self.remaining_ore,
            "lines": [
                {
                    "id": line.pk,
                    "year": line.year,
                    "kind": line.kind_label,
                    "amount_ore": line.amount_ore,
                }
                for line in self.lines
            ],
        }


@dataclass
class FundLine:
    fund: Fund
    to: str
    staying_ore: int
    remainder_ore: int
    initiatives: list[InitiativeLine]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.fund.pk,
            "label": self.fund.name,
            "years": self.fund.years_text,
            "granted_ore": self.fund.granted_ore,
            "staying_ore": self.staying_ore,
            "remainder_ore": self.remainder_ore,
            "to": self.to,
            "initiatives": [i.initiative.name for i in self.initiatives],
        }


@dataclass
class ImplementationLine:
    implementation: Implementation
    to: str
    carried: bool
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        impl = self.implementation
        return {
            "id": impl.pk,
            "label": str(impl.agreement),
            "body": impl.cluster.name,
            "status": impl.get_status_display(),
            "from": impl.implementing_forum.name if impl.implementing_forum else "",
            "to": self.to,
            "carried": self.carried,
            "reason": self.reason,
        }


@dataclass
class Preview:
    resolved: Resolved
    fora: list[ForumLine] = field(default_factory=list)
    actions: list[Move] = field(default_factory=list)
    backlog: list[Move] = field(default_factory=list)
    referrals: list[Move] = field(default_factory=list)
    funds: list[FundLine] = field(default_factory=list)
    implementations: list[ImplementationLine] = field(default_factory=list)
    born_elsewhere: list[BornSeatLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def initiatives(self) -> list[InitiativeLine]:
        return [line for fund in self.funds for line in fund.initiatives]

    @property
    def can_run(self) -> bool:
        return not self.problems

    def totals(self) -> dict[str, int]:
        carried = [f for f in self.fora if f.carries]
        return {
            "fora_ended": len(self.fora) - len(carried),
            "fora_carried": len(carried),
            "seats_ended": sum(len(f.seats) for f in self.fora),
            "seats_carried": sum(len(f.seats) for f in carried if f.keeps_seats),
            "born_seats_elsewhere": len(self.born_elsewhere),
            "terms_superseded": sum(len(f.superseded) for f in self.fora),
            "terms_new": sum(1 for f in carried if f.copied),
            "actions": len(self.actions),
            "backlog": len(self.backlog),
            "referrals": len(self.referrals),
            "initiatives": len(self.initiatives),
            "budget_lines": sum(len(i.lines) for i in self.initiatives),
            "budget_lines_ore": sum(i.lines_ore for i in self.initiatives),
            "remaining_ore": sum(i.remaining_ore for i in self.initiatives),
            "funds": len(self.funds),
            "funds_remainder_ore": sum(f.remainder_ore for f in self.funds),
            "implementations": sum(1 for i in self.implementations if i.carried),
        }

    def to_json(self) -> dict[str, Any]:
        resolved, plan = self.resolved, self.resolved.plan
        return {
            "plan": plan.to_json(),
            "takes_effect_on": plan.takes_effect_on.isoformat(),
            "last_day": plan.last_day.isoformat(),
            "ending": [{"id": b.pk, "name": b.name, "slug": b.slug} for b in resolved.bodies],
            "successor": {
                "id": resolved.successor.pk if resolved.successor else None,
                "name": resolved.successor_name,
                "new": resolved.successor is None,
                "region": resolved.region.name,
            },
            "fora": [f.to_json() for f in self.fora],
            "actions": [m.to_json() for m in self.actions],
            "backlog": [m.to_json() for m in self.backlog],
            "referrals": [m.to_json() for m in self.referrals],
            "initiatives": [i.to_json() for i in self.initiatives],
            "funds": [f.to_json() for f in self.funds],
            "implementations": [i.to_json() for i in self.implementations],
            "born_elsewhere": [b.to_json() for b in self.born_elsewhere],
            "problems": list(self.problems),
            "notes": list(self.notes),
            "totals": self.totals(),
        }


def build(resolved: Resolved) -> Preview:
    """Read what the plan moves and ends (a fixed number of queries)."""
    preview = Preview(resolved)
    names = _target_names(resolved)
    fora = _fora_with_seats_and_terms(resolved)
    preview.fora = [_forum_line(resolved, forum, names, preview) for forum in fora]
    fora_ids = [f.pk for f in resolved.fora]
    targets = {f.pk: resolved.receiving_slug(f) for f in resolved.fora}
    preview.actions = _actions(fora_ids, targets, names)
    preview.backlog = _backlog(fora_ids, targets, names)
    preview.referrals = _referrals(fora_ids, targets, names)
    preview.funds = _funds(resolved, targets, names, preview)
    preview.implementations = _implementations(resolved, targets, names)
    preview.born_elsewhere = _born_elsewhere(resolved, preview.fora)
    _check_later_meetings(resolved, fora_ids, preview)
    return preview


def _born_elsewhere(resolved: Resolved, lines: list[ForumLine]) -> list[BornSeatLine]:
    kept = {seat.pk for line in lines if line.keeps_seats for seat in line.seats}
    ending = [f.pk for f in resolved.fora]
    day = resolved.plan.takes_effect_on
    born = (
        Membership.objects.filter(ex_officio_via__forum__in=ending)
        .exclude(forum__in=ending)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gt=day))
        .select_related("person", "party", "forum")
        .order_by("forum__name", "person__name", "pk")
    )
    return [BornSeatLine(seat, seat.ex_officio_via_id in kept) for seat in born]


def _check_later_meetings(resolved: Resolved, fora: list[int], preview: Preview) -> None:
    """A meeting planned in an ending forum on or after the day belongs to no body then: the
    secretariat moves it to the successor's forum or cancels it before the transition."""
    day = datetime.datetime.combine(resolved.plan.takes_effect_on, datetime.time())
    later = (
        Meeting.objects.filter(forum__in=fora, starts_at__gte=timezone.make_aware(day))
        .select_related("forum")
        .order_by("starts_at", "pk")
    )
    for meeting in later:
        preview.problems.append(
            _(
                "%(forum)s has a meeting on %(day)s, after the transition: move it to the"
                " successor's forum or cancel it first."
            )
            % {"forum": meeting.forum.name, "day": date_format(meeting.local_day())}
        )


def target_name(name: str, body: str) -> str:
    return f"{name} ({body})"


def _target_names(resolved: Resolved) -> dict[str, str]:
    """Display names of the fora that receive: carried fora under their new body's name."""
    body = resolved.successor_name
    names = {f.slug: target_name(f.name, body) for f in resolved.successor_fora}
    names |= {f.slug: target_name(f.name, body) for f in resolved.carried()}
    return names


def _fora_with_seats_and_terms(resolved: Resolved) -> list[Forum]:
    day = resolved.plan.takes_effect_on
    seats = Membership.objects.filter(
        Q(ends_on__isnull=True) | Q(ends_on__gt=day),
        Q(starts_on__isnull=True) | Q(starts_on__lt=day),
    ).select_related("person", "party")
    return list(
        Forum.objects.filter(pk__in=[f.pk for f in resolved.fora])
        .order_by("cluster__name", "position", "name")
        .prefetch_related(
            Prefetch("memberships", seats.order_by("person__name", "pk"), to_attr="open_seats"),
            Prefetch("terms", TermsOfReference.objects.order_by("-version")),
        )
    )


def _forum_line(
    resolved: Resolved, forum: Forum, names: dict[str, str], preview: Preview
) -> ForumLine:
    choice = resolved.choice(forum)
    last_day = resolved.plan.last_day
    ends_on = min(forum.ends_on, last_day) if forum.ends_on else last_day
    superseded = [t for t in forum.terms.all() if t.status == TermsOfReference.Status.APPROVED]
    copied = forum.current_terms() if choice.carries else None
    line = ForumLine(
        forum=forum,
        carries=choice.carries,
        keeps_seats=choice.carries and choice.seats == "keep",
        ends_on=ends_on,
        to=names.get(resolved.receiving_slug(forum), ""),
        seats=list(forum.open_seats),
        superseded=superseded,
        copied=copied,
    )
    if line.keeps_seats:
        _check_kept_seats(resolved, line, preview)
    return line


def _check_kept_seats(resolved: Resolved, line: ForumLine, preview: Preview) -> None:
    parties = {p.pk for p in resolved.parties}
    for seat in line.seats:
        if seat.is_chair and seat.party_id not in parties:
            preview.problems.append(
                _(
                    "%(person)s chairs %(forum)s for %(party)s, which is not a party of"
                    " %(body)s: add the party or re-seat the forum."
                )
                % {
                    "person": seat.person.name,
                    "forum": line.forum.name,
                    "party": seat.party.name if seat.party else _("no party"),
                    "body": resolved.successor_name,
                }
            )


def _actions(fora: list[int], targets: dict[int, str], names: dict[str, str]) -> list[Move]:
    actions = (
        Action.objects.open()
        .filter(forum__in=fora)
        .select_related("forum", "responsible_person", "responsible_party", "responsible_forum")
        .order_by("forum__name", "due_on", "pk")
    )
    return [
        Move(
            a,
            a.title,
            a.forum,
            names[targets[a.forum_id]],
            a.due_on.isoformat() if a.due_on else "",
        )
        for a in actions
    ]


def _backlog(fora: list[int], targets: dict[int, str], names: dict[str, str]) -> list[Move]:
    waiting = (
        BacklogItem.objects.filter(
            forum__in=fora, status=BacklogItem.Status.WAITING, referral__isnull=True
        )
        .select_related("forum")
        .order_by("forum__name", "created_at", "pk")
    )
    return [Move(w, w.title, w.forum, names[targets[w.forum_id]], w.proposed_by) for w in waiting]


def _referrals(fora: list[int], targets: dict[int, str], names: dict[str, str]) -> list[Move]:
    pending = (
        Referral.objects.filter(to_forum__in=fora, backlog_item__status=BacklogItem.Status.WAITING)
        .select_related("to_forum", "backlog_item", "from_item__meeting__forum")
        .order_by("to_forum__name", "created_at", "pk")
    )
    return [
        Move(
            r,
            r.backlog_item.title,
            r.to_forum,
            names[targets[r.to_forum_id]],
            str(r.from_item.meeting.forum),
        )
        for r in pending
    ]


def _funds(
    resolved: Resolved, targets: dict[int, str], names: dict[str, str], preview: Preview
) -> list[FundLine]:
    funds = (
        Fund.objects.filter(cluster__in=[b.pk for b in resolved.bodies])
        .select_related("owner_forum")
        .prefetch_related(
            Prefetch(
                "initiatives",
                Initiative.objects.select_related("economy_party", "owner_forum").prefetch_related(
                    Prefetch("lines", BudgetLine.objects.order_by("year", "position", "pk"))
                ),
            )
        )
        .order_by("cluster__name", "start_year", "name")
    )
    lines = []
    for fund in funds:
        line = _fund_line(resolved, fund, targets, names, preview)
        if line.remainder_ore or line.initiatives:
            lines.append(line)
    return lines


def _fund_line(
    resolved: Resolved,
    fund: Fund,
    targets: dict[int, str],
    names: dict[str, str],
    preview: Preview,
) -> FundLine:
    year = resolved.plan.takes_effect_on.year
    parties = {p.pk for p in resolved.parties}
    carried, staying = [], 0
    for initiative in fund.initiatives.all():
        initiative.fund = fund
        moves = initiative.status in CARRIED_STATUSES
        later = [line for line in initiative.lines.all() if moves and line.year >= year]
        kept = [line for line in initiative.lines.all() if line not in later]
        staying += sum(line.amount_ore for line in kept if line.kind in ALLOCATING)
        if moves:
            remaining = sum(line.amount_ore for line in later if line.kind in ALLOCATING)
            party_kept = initiative.economy_party_id in parties | {None}
            to = (
                names[targets[initiative.owner_forum_id]]
                if initiative.owner_forum_id in targets
                else ""
            )
            carried.append(InitiativeLine(initiative, to, later, remaining, party_kept))
            if not party_kept:
                preview.notes.append(
                    _(
                        "%(initiative)s: %(party)s is not a party of %(body)s; the carried"
                        " initiative has no party responsible for its economy."
                    )
                    % {
                        "initiative": initiative.name,
                        "party": initiative.economy_party.name,
                        "body": resolved.successor_name,
                    }
                )
    remainder = fund.available_ore - staying
    needed = sum(line.remaining_ore for line in carried)
    if remainder < needed or remainder < 0:
        preview.problems.append(
            _("%(fund)s: the budgets of the years before exceed the grant; correct the fund first.")
            % {"fund": fund.name}
        )
    return FundLine(fund, names[targets[fund.owner_forum_id]], staying, remainder, carried)


def _implementations(
    resolved: Resolved, targets: dict[int, str], names: dict[str, str]
) -> list[ImplementationLine]:
    implementations = (
        Implementation.objects.filter(cluster__in=[b.pk for b in resolved.bodies])
        .select_related("agreement", "cluster", "implementing_forum")
        .order_by("agreement__name", "cluster__name")
    )
    existing = set()
    if resolved.successor is not None:
        existing = set(
            Implementation.objects.filter(cluster=resolved.successor).values_list(
                "agreement_id", flat=True
            )
        )
    lines = []
    for impl in implementations:
        lines.append(_implementation_line(resolved, impl, existing, targets, names))
        existing.add(impl.agreement_id)
    return lines


def _implementation_line(
    resolved: Resolved,
    impl: Implementation,
    existing: set[int],
    targets: dict[int, str],
    names: dict[str, str],
) -> ImplementationLine:
    forum = impl.implementing_forum
    if forum is None:
        to = ""
    elif forum.cluster_id is None:
        to = forum.name
    else:
        to = names[targets[forum.pk]]
    if impl.agreement.region_id != resolved.region.pk:
        reason = _("The agreement belongs to another region; it stays with %(body)s.") % {
            "body": impl.cluster.name
        }
        return ImplementationLine(impl, "", False, reason)
    if impl.agreement_id in existing:
        reason = _("The agreement is already implemented in %(body)s.") % {
            "body": resolved.successor_name
        }
        return ImplementationLine(impl, "", False, reason)
    return ImplementationLine(impl, to, True)
