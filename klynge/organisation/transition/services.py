"""Running a transition: the ending bodies' work carried into the successor council, in one
transaction, exactly as the preview lists it.

Records of the past stay where they are (meetings, minutes, decisions, approved terms, budget
lines of earlier years). What continues is moved (open actions, waiting items, pending
referrals, budget lines of the effective year and later) or carried on as a new record with a
trail back (fora, seats, terms, initiatives, funds, implementations); every one of them gets a
`Carryover` row. Each record is saved one by one so that the audit trail holds every change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from auditlog.context import set_actor
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.followup import services as followup
from klynge.organisation import services as organisation
from klynge.organisation.models import (
    Carryover,
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    OrganisationalChange,
    TermsOfReference,
)
from klynge.organisation.services import _unique_slug as unique_slug
from klynge.portfolio import money
from klynge.portfolio import services as portfolio
from klynge.portfolio.models import Fund, Implementation, Initiative

from . import preview as previews
from .plan import Resolved, TransitionPlan, resolve


@dataclass
class Run:
    """What a running transition has made so far: the change and the new fora by old forum."""

    change: OrganisationalChange
    resolved: Resolved
    successor: Cluster
    new_fora: dict[int, Forum] = field(default_factory=dict)
    new_rules: dict[int, CompositionRule] = field(default_factory=dict)
    kept_seats: dict[int, tuple[Membership, Membership]] = field(default_factory=dict)

    def target(self, forum_id: int) -> Forum:
        """Where the forum's open work goes."""
        slug = self.resolved.receiving_slug(self._old(forum_id))
        for forum in self.resolved.successor_fora:
            if forum.slug == slug:
                return forum
        old = next(f for f in self.resolved.fora if f.slug == slug)
        return self.new_fora[old.pk]

    def _old(self, forum_id: int) -> Forum:
        return next(f for f in self.resolved.fora if f.pk == forum_id)

    def mapped(self, forum: Forum | None) -> Forum | None:
        """A forum of an ending body replaced by its target; any other forum kept."""
        if forum is None or forum.pk not in {f.pk for f in self.resolved.fora}:
            return forum
        return self.target(forum.pk)

    def trail(
        self,
        source: models.Model,
        result: models.Model | None,
        label: str,
        from_forum: Forum | None = None,
        to_forum: Forum | None = None,
        amount_ore: int | None = None,
    ) -> None:
        Carryover.objects.create(
            change=self.change,
            content_type=ContentType.objects.get_for_model(type(source)),
            source_id=source.pk,
            result_id=result.pk if result is not None else None,
            label=label[:500],
            from_forum=from_forum,
            to_forum=to_forum,
            amount_ore=amount_ore,
        )


def preview_plan(plan: TransitionPlan) -> previews.Preview:
    """The preview of a plan (raises ValidationError when the plan does not hold)."""
    return previews.build(resolve(plan))


def run_transition(plan: TransitionPlan, user: User | None = None) -> OrganisationalChange:
    """Run the plan: the preview is built again inside the transaction and applied exactly.

    Refused with a Danish ValidationError when the plan does not hold, when the preview lists a
    problem, or when a body has already been through a transition."""
    with transaction.atomic(), _acting(user):
        _lock(plan)
        preview = preview_plan(plan)
        if not preview.can_run:
            raise ValidationError(preview.problems)
        run = _start(preview, user)
        _carry_fora(run, preview)
        _move_work(run, preview)
        _carry_money(run, preview)
        _carry_implementations(run, preview)
        _close_bodies(run)
        return run.change


@contextlib.contextmanager
def _acting(user: User | None) -> Iterator[None]:
    if user is None or not user.is_authenticated:
        yield
        return
    with set_actor(user):
        yield


def _lock(plan: TransitionPlan) -> None:
    """Two runs for the same bodies wait for each other; the second then finds the first."""
    list(Cluster.objects.select_for_update().filter(slug__in=plan.ending).values_list("pk"))


def _start(preview: previews.Preview, user: User | None) -> Run:
    resolved = preview.resolved
    successor = resolved.successor or _new_council(resolved)
    change = OrganisationalChange.objects.create(
        kind=OrganisationalChange.Kind.SUCCESSION,
        takes_effect_on=resolved.plan.takes_effect_on,
        title=_("%(bodies)s carried on in %(council)s")
        % {"bodies": ", ".join(b.name for b in resolved.bodies), "council": successor.name},
        note=resolved.plan.note,
        source=resolved.plan.source[:500],
        report=preview.to_json(),
        recorded_by=user if user is not None and user.is_authenticated else None,
    )
    change.predecessor_bodies.set(resolved.bodies)
    change.successor_bodies.set([successor])
    return Run(change, resolved, successor)


def _new_council(resolved: Resolved) -> Cluster:
    council = resolved.plan.new_council
    body = Cluster(
        kind=Cluster.Kind.COUNCIL,
        name=council.name,
        slug=council.slug,
        region=resolved.region,
        valid_from=resolved.plan.takes_effect_on,
    )
    body.full_clean()
    body.save()
    body.parties.set(resolved.parties)
    return body


# --- fora, terms and seats --------------------------------------------------------------------
def _carry_fora(run: Run, preview: previews.Preview) -> None:
    for line in preview.fora:
        if line.carries:
            run.new_fora[line.forum.pk] = _new_forum(run, line.forum)
    for old, new in run.new_fora.items():
        _link_reports_to(run, old, new)
    for line in preview.fora:
        _supersede_terms(run, line)
        _end_and_keep_seats(run, line)
    _link_born_seats(run)
    _follow_born_seats_elsewhere(run, preview)
    for line in preview.fora:
        _end_forum(line)


def _new_forum(run: Run, old: Forum) -> Forum:
    forum = Forum(
        region=run.successor.region,
        cluster=run.successor,
        name=old.name,
        slug=unique_slug(f"{run.successor.slug}-{old.name}"),
        kind=old.kind,
        in_decision_structure=old.in_decision_structure,
        public=old.public,
        meetings_per_year=old.meetings_per_year,
        meeting_frequency_note=old.meeting_frequency_note,
        established_on=run.resolved.plan.takes_effect_on,
        continues=old,
        decision_rule=old.decision_rule,
        position=old.position,
    )
    forum.full_clean()
    forum.save()
    run.trail(old, forum, old.name, old, forum)
    return forum


def _link_reports_to(run: Run, old_pk: int, new: Forum) -> None:
    """A carried forum reports to what carries on its old superior: the superior's new forum,
    the forum that receives an ended superior's work, or a region-level forum as before."""
    superior = run._old(old_pk).reports_to
    if superior is None:
        return
    superior = run.new_fora.get(superior.pk) or run.mapped(superior)
    if superior.pk != new.pk:
        new.reports_to = superior
        new.save(update_fields=["reports_to"])


def _supersede_terms(run: Run, line: previews.ForumLine) -> None:
    day = run.resolved.plan.takes_effect_on
    if line.copied is not None:
        _copy_terms(run, line.copied, run.new_fora[line.forum.pk])
    for terms in line.superseded:
        terms.status = TermsOfReference.Status.SUPERSEDED
        terms.superseded_on = day
        terms.save(update_fields=["status", "superseded_on"])


def _copy_terms(run: Run, old: TermsOfReference, forum: Forum) -> None:
    note = _(
        "Carried on from version %(version)s of the terms of reference of %(forum)s (%(body)s)"
        " from %(day)s."
    ) % {
        "version": old.version,
        "forum": old.forum.name,
        "body": old.forum.cluster.name,
        "day": date_format(run.resolved.plan.takes_effect_on),
    }
    sections = {name: getattr(old, name) for name in TermsOfReference.SECTIONS}
    sections["period"] = f"{note}\n\n{sections['period']}".strip()
    terms = TermsOfReference(
        forum=forum, version=1, title=old.title, status=TermsOfReference.Status.DRAFT, **sections
    )
    organisation.save_terms(terms)
    run.new_rules |= organisation.copy_rules(list(old.rules.all()), terms)
    run.trail(old, terms, str(old), old.forum, forum)


def _end_and_keep_seats(run: Run, line: previews.ForumLine) -> None:
    day = run.resolved.plan.takes_effect_on
    for seat in line.seats:
        if line.keeps_seats:
            new = _keep_seat(run, seat, run.new_fora[line.forum.pk])
            run.trail(seat, new, previews._seat_label(seat), line.forum, new.forum)
        seat.ends_on = day
        organisation.save_membership(seat)


def _keep_seat(run: Run, seat: Membership, forum: Forum) -> Membership:
    new = Membership(
        forum=forum,
        person=seat.person,
        party=seat.party,
        role=seat.role,
        rule=run.new_rules.get(seat.rule_id),
        position_text=seat.position_text,
        starts_on=run.resolved.plan.takes_effect_on,
        is_contact=seat.is_contact,
    )
    organisation.save_membership(new)
    run.kept_seats[seat.pk] = (seat, new)
    return new


def _link_born_seats(run: Run) -> None:
    """A kept born seat comes from the kept seat that gave it, when that seat was kept too."""
    for old, new in run.kept_seats.values():
        if old.ex_officio_via_id in run.kept_seats:
            new.ex_officio_via = run.kept_seats[old.ex_officio_via_id][1]
            organisation.save_membership(new)


def _follow_born_seats_elsewhere(run: Run, preview: previews.Preview) -> None:
    """A born seat outside the ending bodies ends with the seat it comes from and, when that seat
    was kept, starts again on the day from the kept seat, so that its history stays true."""
    day = run.resolved.plan.takes_effect_on
    for line in preview.born_elsewhere:
        seat = line.seat
        new = None
        if line.kept:
            new = Membership(
                forum=seat.forum,
                person=seat.person,
                party=seat.party,
                role=seat.role,
                rule=seat.rule,
                position_text=seat.position_text,
                starts_on=day,
                ends_on=seat.ends_on,
                ex_officio_via=run.kept_seats[seat.ex_officio_via_id][1],
                is_contact=seat.is_contact,
            )
        seat.ends_on = day
        organisation.save_membership(seat)
        if new is not None:
            organisation.save_membership(new)
        run.trail(seat, new, previews._seat_label(seat), seat.forum, seat.forum)


def _end_forum(line: previews.ForumLine) -> None:
    forum = line.forum
    if forum.ends_on != line.ends_on:
        forum.ends_on = line.ends_on
        forum.full_clean()
        forum.save(update_fields=["ends_on"])


# --- open work --------------------------------------------------------------------------------
def _move_work(run: Run, preview: previews.Preview) -> None:
    for move in preview.actions:
        _move_action(run, move.record)
    for move in preview.backlog:
        _move_waiting(run, move.record)
    for move in preview.referrals:
        _move_referral(run, move.record)


def _move_action(run: Run, action: object) -> None:
    source = action.forum
    action.forum = run.target(source.pk)
    action.responsible_forum = run.mapped(action.responsible_forum)
    followup.save_action(action)
    run.trail(action, action, action.title, source, action.forum)


def _move_waiting(run: Run, waiting: object) -> None:
    source = waiting.forum
    _send_waiting(run, waiting)
    run.trail(waiting, waiting, waiting.title, source, waiting.forum)


def _send_waiting(run: Run, waiting: object) -> None:
    """The waiting item joins the target's backlog; a wish for a meeting of the old forum goes."""
    waiting.forum = run.target(waiting.forum_id)
    if waiting.wanted_meeting_id is not None:
        waiting.wanted_meeting = None
    waiting.full_clean()
    waiting.save(update_fields=["forum", "wanted_meeting"])


def _move_referral(run: Run, referral: object) -> None:
    source = referral.to_forum
    referral.to_forum = run.target(source.pk)
    referral.full_clean(exclude=["backlog_item"])
    referral.save(update_fields=["to_forum"])
    _send_waiting(run, referral.backlog_item)
    run.trail(referral, referral, referral.backlog_item.title, source, referral.to_forum)


# --- money ------------------------------------------------------------------------------------
def _carry_money(run: Run, preview: previews.Preview) -> None:
    for line in preview.funds:
        fund = _new_fund(run, line)
        for initiative in line.initiatives:
            _carry_initiative(run, initiative, fund)


def _new_fund(run: Run, line: previews.FundLine) -> Fund:
    old = line.fund
    year = run.resolved.plan.takes_effect_on.year
    last_years = [bl.year for i in line.initiatives for bl in i.lines]
    fund = portfolio.save_fund(
        Fund(
            cluster=run.successor,
            owner_forum=run.target(old.owner_forum_id),
            name=_("%(fund)s, carried on in %(body)s")
            % {"fund": old.name, "body": run.successor.name},
            granted_ore=line.remainder_ore,
            start_year=year,
            end_year=max([year, old.end_year, *last_years]),
            unit=old.unit,
            small_amount_threshold_ore=old.small_amount_threshold_ore,
            note=_("Carried on from %(fund)s (%(body)s).")
            % {"fund": old.name, "body": old.cluster.name},
        )
    )
    old.carried_on_ore += line.remainder_ore
    old.note = (
        old.note
        + ("\n\n" if old.note else "")
        + _("The remainder of %(amount)s was carried on to %(fund)s on %(day)s.")
        % {
            "amount": money.kr(line.remainder_ore),
            "fund": fund.name,
            "day": date_format(run.resolved.plan.takes_effect_on),
        }
    ).strip()
    portfolio.save_fund(old)
    run.trail(old, fund, old.name, old.owner_forum, fund.owner_forum, line.remainder_ore)
    return fund


def _carry_initiative(run: Run, line: previews.InitiativeLine, fund: Fund) -> None:
    old = line.initiative
    new = portfolio.save_initiative(
        Initiative(
            fund=fund,
            name=old.name,
            description=old.description,
            owner_forum=run.target(old.owner_forum_id),
            project_lead=old.project_lead,
            status=old.status,
            starts_on=run.resolved.plan.takes_effect_on,
            ends_on=old.ends_on,
            timeline_note=old.timeline_note,
            patient_involvement=old.patient_involvement,
            evaluation_questions=old.evaluation_questions,
            economy_party=old.economy_party if line.economy_party_kept else None,
            economy_note=old.economy_note,
            economy_status=old.economy_status,
            position=old.position,
        ),
        chairs=old.chairs.all(),
    )
    for budget_line in line.lines:
        _move_budget_line(run, budget_line, old, new)
    old.status = Initiative.Status.COMPLETED
    if old.ends_on is None or old.ends_on > run.resolved.plan.last_day:
        old.ends_on = run.resolved.plan.last_day
    portfolio.save_initiative(old)
    run.trail(old, new, old.name, old.owner_forum, new.owner_forum, line.remaining_ore)


def _move_budget_line(run: Run, line: object, old: Initiative, new: Initiative) -> None:
    """The line keeps its decision (made by the ended body's forum, its history), which
    portfolio's save_budget_line refuses for a line of another body's fund: checked and saved
    here instead."""
    line.initiative = new
    line.full_clean()
    line.save(update_fields=["initiative"])
    label = f"{old.name} {line.year} {line.kind_label}"
    run.trail(line, line, label, old.owner_forum, new.owner_forum, line.amount_ore)


# --- agreements and bodies --------------------------------------------------------------------
def _carry_implementations(run: Run, preview: previews.Preview) -> None:
    for line in preview.implementations:
        if line.carried:
            old = line.implementation
            new = portfolio.save_implementation(
                Implementation(
                    agreement=old.agreement,
                    cluster=run.successor,
                    implementing_forum=run.mapped(old.implementing_forum),
                    status=old.status,
                    next_milestone=old.next_milestone,
                    note=old.note,
                )
            )
            run.trail(old, new, str(old), old.implementing_forum, new.implementing_forum)


def _close_bodies(run: Run) -> None:
    plan = run.resolved.plan
    for body in run.resolved.bodies:
        body.valid_to = plan.last_day
        body.full_clean()
        body.save(update_fields=["valid_to"])
    successor = run.successor
    if successor.valid_from is None:
        successor.valid_from = plan.takes_effect_on
        successor.full_clean()
        successor.save(update_fields=["valid_from"])
