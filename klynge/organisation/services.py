"""Domain operations that change the registry; views call these, never write models."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import CompositionRule, Forum, Membership, TermsOfReference

# The clusters' template for the terms of reference of a new ad hoc or project group: the six
# sections, each with the questions the secretariat fills in.
AD_HOC_TEMPLATE = {
    "purpose": "1. Formål med gruppens arbejde\n",
    "tasks": (
        "2. Opgaver, herunder:\n"
        "- Snitflader til andre grupper?\n"
        "- Inddragelse af patient- og pårørendeperspektivet\n"
    ),
    "composition": "3. Formandskab og gruppens sammensætning\n",
    "period": (
        "4. Tidsplan, herunder:\n"
        "- Hvornår skal der rapporteres til Klynge-temagruppen eller Klyngestyregruppen\n"
    ),
    "communication": (
        "5. Kommunikationsplan, herunder:\n"
        "- Hvem er interessenter?\n"
        "- Hvem skal informeres og af hvem?\n"
    ),
    "conclusion": "6. Afslutning\n",
}


@transaction.atomic
def save_membership(membership: Membership) -> Membership:
    """Validate and save a new or changed membership (and the new person it seats)."""
    if membership.person.pk is None:
        membership.person.save()
        membership.person = membership.person
    membership.full_clean()
    if membership.is_contact:
        _clear_other_contacts(membership)
    membership.save()
    return membership


def _clear_other_contacts(membership: Membership) -> None:
    # One by one, not update(): each change goes into the audit trail.
    others = Membership.objects.filter(forum=membership.forum_id, is_contact=True)
    for other in others.exclude(pk=membership.pk):
        other.is_contact = False
        other.save(update_fields=["is_contact"])


@transaction.atomic
def end_membership(membership: Membership, ends_on: datetime.date) -> list[Membership]:
    """End a membership and the born seats (fødte medlemskaber) that follow from it.

    Returns every membership that was ended.
    """
    if membership.ends_on and membership.ends_on <= ends_on:
        raise ValidationError({"ends_on": _("The membership has already ended.")})
    membership.ends_on = ends_on
    save_membership(membership)
    ended = [membership]
    for born in membership.ex_officio_memberships.filter(ends_on__isnull=True):
        ended += end_membership(born, max(ends_on, _day_after(born.starts_on)))
    return ended


def _day_after(day: datetime.date | None) -> datetime.date:
    return day + datetime.timedelta(days=1) if day else datetime.date.min


@transaction.atomic
def create_ad_hoc_group(parent: Forum, name: str, established_on: datetime.date | None) -> Forum:
    """Set up an ad hoc group under a forum with draft terms of reference from the template."""
    forum = Forum(
        region=parent.region,
        cluster=parent.cluster,
        name=name,
        slug=_unique_slug(
            f"{parent.cluster.slug if parent.cluster else parent.region.slug}-{name}"
        ),
        kind=Forum.Kind.AD_HOC,
        reports_to=parent,
        established_on=established_on,
        decision_rule=Forum.DecisionRule.UNSPECIFIED,
        position=parent.position + 1,
    )
    forum.full_clean()
    forum.save()
    TermsOfReference.objects.create(
        forum=forum,
        version=1,
        title=_("Terms of reference for %(name)s") % {"name": name},
        status=TermsOfReference.Status.DRAFT,
        **AD_HOC_TEMPLATE,
    )
    return forum


def _unique_slug(text: str) -> str:
    base = slugify(text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))[:100]
    slug, n = base, 2
    while Forum.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def save_terms(terms: TermsOfReference) -> TermsOfReference:
    """Save changes to a draft; an approved or superseded version is a record and stays as it is."""
    if terms.pk:
        stored = TermsOfReference.objects.get(pk=terms.pk)
        if not stored.is_editable:
            raise ValidationError(
                _("Approved terms of reference are not changed; start a new version.")
            )
    terms.full_clean()
    terms.save()
    return terms


@transaction.atomic
def approve_terms(terms: TermsOfReference, approved_on: datetime.date, by: str) -> None:
    """Approve a version; the version it replaces becomes superseded from that day."""
    if not terms.is_editable:
        raise ValidationError(_("Only a draft can be approved."))
    for earlier in terms.forum.terms.filter(status=TermsOfReference.Status.APPROVED):
        _move_seats(earlier, terms)
        earlier.status = TermsOfReference.Status.SUPERSEDED
        earlier.superseded_on = approved_on
        earlier.save(update_fields=["status", "superseded_on"])
    terms.status = TermsOfReference.Status.APPROVED
    terms.approved_on = approved_on
    terms.approved_by = by
    terms.save(update_fields=["status", "approved_on", "approved_by"])


def _move_seats(earlier: TermsOfReference, later: TermsOfReference) -> None:
    """Members keep their seats when the rule that gave it carries over to the new version."""
    later_rules = {(r.party_id, r.party_kind, r.role_text): r for r in later.rules.all()}
    for rule in earlier.rules.all():
        successor = later_rules.get((rule.party_id, rule.party_kind, rule.role_text))
        for seat in rule.memberships.all() if successor else ():
            seat.rule = successor
            seat.save(update_fields=["rule"])


@transaction.atomic
def new_terms_version(forum: Forum) -> TermsOfReference:
    """Start a draft from the current version, its composition rules included."""
    current = forum.current_terms()
    if current is not None and any(t.is_editable for t in forum.terms.all()):
        raise ValidationError(_("The forum already has a draft."))
    version = max((t.version for t in forum.terms.all()), default=0) + 1
    if current is None:
        return TermsOfReference.objects.create(
            forum=forum,
            version=version,
            title=_("Terms of reference for %(name)s") % {"name": forum.name},
        )
    rules = list(current.rules.all())
    current.pk, current.id, current._state.adding = None, None, True
    current.version, current.status = version, TermsOfReference.Status.DRAFT
    current.approved_on = current.pre_approved_on = current.superseded_on = current.dated = None
    current.approved_by = current.pre_approved_by = ""
    current.save()
    copy_rules(rules, current)
    return current


def copy_rules(rules: list[CompositionRule], terms: TermsOfReference) -> dict[int, CompositionRule]:
    """The rules as rules of other terms, every field kept; by the key of the rule copied."""
    copies = {}
    for rule in rules:
        old_pk = rule.pk
        rule.pk, rule._state.adding, rule.terms = None, True, terms
        rule.save()
        copies[old_pk] = rule
    return copies
