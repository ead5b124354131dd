"""What a secretariat decides before a transition: which bodies end, which council succeeds them,
from which day, and for each forum of the ending bodies whether it ends or carries on.

A plan is plain data (slugs and names, as in the JSON file of `manage.py transition`), so that it
can be written by hand, signed into the wizard's pages and stored. `resolve` reads the database
and checks the plan against it; it writes nothing. docs/reform.md describes the JSON format.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from klynge.organisation.models import Cluster, Forum, Organisation, OrganisationalChange, Region

END = "end"
CARRY = "carry"
KEEP = "keep"
RESEAT = "reseat"
CHOICES = (END, CARRY)
SEATS = (KEEP, RESEAT)

REFORM_DAY = datetime.date(2027, 1, 1)


@dataclass(frozen=True)
class ForumChoice:
    """One forum of an ending body: it ends, or carries on under the successor (its seats kept
    or left to be filled anew). `receiving` is the forum that takes an ended forum's open work."""

    choice: str = END
    seats: str = KEEP
    receiving: str = ""

    @property
    def carries(self) -> bool:
        return self.choice == CARRY


@dataclass(frozen=True)
class NewCouncil:
    """A council that the transition creates: name, short name, region and parties."""

    name: str
    slug: str
    region: str
    parties: tuple[str, ...] = ()


@dataclass(frozen=True)
class TransitionPlan:
    ending: tuple[str, ...]
    takes_effect_on: datetime.date = REFORM_DAY
    successor: str = ""
    new_council: NewCouncil | None = None
    fora: dict[str, ForumChoice] = field(default_factory=dict)
    receiving: str = ""
    note: str = ""
    source: str = ""

    @property
    def last_day(self) -> datetime.date:
        """The ending bodies' last day."""
        return self.takes_effect_on - datetime.timedelta(days=1)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ending": list(self.ending),
            "takes_effect_on": self.takes_effect_on.isoformat(),
            "fora": {slug: _choice_json(choice) for slug, choice in sorted(self.fora.items())},
        }
        if self.successor:
            data["successor"] = self.successor
        if self.new_council:
            council = self.new_council
            data["new_council"] = {
                "name": council.name,
                "slug": council.slug,
                "region": council.region,
                "parties": list(council.parties),
            }
        for key in ("receiving", "note", "source"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    @classmethod
    def from_json(cls, data: object) -> TransitionPlan:
        """Read a plan; a malformed file is refused with a Danish message naming the key."""
        if not isinstance(data, dict):
            raise ValidationError(_("The plan must be a JSON object."))
        ending = data.get("ending")
        if isinstance(ending, str):
            ending = [ending]
        if not isinstance(ending, list) or not all(isinstance(s, str) for s in ending):
            raise ValidationError({"ending": _("Name the ending bodies by their short names.")})
        return cls(
            ending=tuple(ending),
            takes_effect_on=_day(data.get("takes_effect_on", REFORM_DAY.isoformat())),
            successor=_text(data, "successor"),
            new_council=_new_council(data.get("new_council")),
            fora=_fora(data.get("fora", {})),
            receiving=_text(data, "receiving"),
            note=_text(data, "note"),
            source=_text(data, "source"),
        )


def _choice_json(choice: ForumChoice) -> dict[str, str]:
    data = {"choice": choice.choice}
    if choice.carries:
        data["seats"] = choice.seats
    if choice.receiving:
        data["receiving"] = choice.receiving
    return data


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise ValidationError({key: _("Expected a text.")})
    return value.strip()


def _day(value: object) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as error:
        raise ValidationError(
            {"takes_effect_on": _("Write the date as YYYY-MM-DD, e.g. 2027-01-01.")}
        ) from error


def _new_council(data: object) -> NewCouncil | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValidationError({"new_council": _("Expected name, slug, region and parties.")})
    parties = data.get("parties", [])
    if not isinstance(parties, list) or not all(isinstance(p, str) for p in parties):
        raise ValidationError({"new_council": _("Name the parties by their names.")})
    return NewCouncil(
        name=_text(data, "name"),
        slug=_text(data, "slug"),
        region=_text(data, "region"),
        parties=tuple(parties),
    )


def _fora(data: object) -> dict[str, ForumChoice]:
    if not isinstance(data, dict):
        raise ValidationError({"fora": _("Expected a choice for each forum's short name.")})
    fora = {}
    for slug, entry in data.items():
        if isinstance(entry, str):
            entry = {"choice": entry}
        choice = entry.get("choice") if isinstance(entry, dict) else None
        seats = entry.get("seats", KEEP) if isinstance(entry, dict) else None
        if choice not in CHOICES or seats not in SEATS:
            raise ValidationError(
                {
                    "fora": _('%(forum)s: choose "end" or "carry", and seats "keep" or "reseat".')
                    % {"forum": slug}
                }
            )
        fora[slug] = ForumChoice(choice, seats, str(entry.get("receiving") or ""))
    return fora


# --- checked against the database -------------------------------------------------------------
@dataclass
class Resolved:
    """A plan with its records: what the preview and the transition work from."""

    plan: TransitionPlan
    bodies: list[Cluster]
    fora: list[Forum]
    successor: Cluster | None
    region: Region
    parties: list[Organisation]
    successor_fora: list[Forum]

    @property
    def successor_name(self) -> str:
        if self.successor is not None:
            return self.successor.name
        return self.plan.new_council.name if self.plan.new_council else ""

    def choice(self, forum: Forum) -> ForumChoice:
        return self.plan.fora[forum.slug]

    def carried(self) -> list[Forum]:
        return [f for f in self.fora if self.choice(f).carries]

    def receiving_slug(self, forum: Forum) -> str:
        """Where a forum's open work goes: its own successor, else the receiving forum."""
        choice = self.choice(forum)
        if choice.carries:
            return forum.slug
        return choice.receiving or self.plan.receiving or self._first_carried()

    def _first_carried(self) -> str:
        carried = self.carried()
        return carried[0].slug if carried else ""


def resolve(plan: TransitionPlan) -> Resolved:
    """Load the plan's records and check it; raises ValidationError keyed by the plan's fields."""
    bodies = _ending_bodies(plan)
    successor, region, parties, successor_fora = _successor(plan, bodies)
    fora = [forum for body in bodies for forum in body.fora.all()]
    resolved = Resolved(plan, bodies, fora, successor, region, parties, successor_fora)
    _check_fora(resolved)
    return resolved


def _ending_bodies(plan: TransitionPlan) -> list[Cluster]:
    if not plan.ending:
        raise ValidationError({"ending": _("Choose at least one ending body.")})
    found = {
        body.slug: body
        for body in Cluster.objects.filter(slug__in=plan.ending)
        .select_related("region")
        .prefetch_related(Prefetch("fora", Forum.objects.order_by("position", "name")))
    }
    missing = [slug for slug in plan.ending if slug not in found]
    if missing:
        raise ValidationError(
            {"ending": _("No such body: %(slugs)s.") % {"slugs": ", ".join(missing)}}
        )
    bodies = [found[slug] for slug in dict.fromkeys(plan.ending)]
    errors = [_body_problem(body, plan.last_day) for body in bodies]
    errors += _already_transitioned(bodies)
    errors = [e for e in errors if e]
    if errors:
        raise ValidationError({"ending": errors})
    return bodies


def _body_problem(body: Cluster, last_day: datetime.date) -> str:
    if body.valid_to is not None and body.valid_to < last_day:
        return _("%(body)s already ended on %(day)s.") % {
            "body": body.name,
            "day": date_format(body.valid_to),
        }
    if not body.exists_on(last_day):
        return _("%(body)s does not exist on %(day)s, the day before the transition.") % {
            "body": body.name,
            "day": date_format(last_day),
        }
    return ""


def _already_transitioned(bodies: list[Cluster]) -> list[str]:
    changes = OrganisationalChange.objects.filter(
        predecessor_bodies__in=[b.pk for b in bodies]
    ).values_list("predecessor_bodies__name", "title")
    return [
        _("%(body)s has already been through a transition: %(change)s.")
        % {"body": name, "change": title}
        for name, title in changes
    ]


def _successor(
    plan: TransitionPlan, bodies: list[Cluster]
) -> tuple[Cluster | None, Region, list[Organisation], list[Forum]]:
    if bool(plan.successor) == bool(plan.new_council):
        raise ValidationError(
            {"successor": _("Choose an existing health council or name a new one.")}
        )
    if plan.new_council:
        region, parties = _new_council_records(plan.new_council, plan.takes_effect_on)
        return None, region, parties, []
    successor = (
        Cluster.objects.filter(slug=plan.successor)
        .select_related("region")
        .prefetch_related("parties", Prefetch("fora", Forum.objects.order_by("position", "name")))
        .first()
    )
    if successor is None:
        raise ValidationError({"successor": _("No such health council.")})
    problem = _successor_problem(successor, plan.takes_effect_on, bodies)
    if problem:
        raise ValidationError({"successor": problem})
    return successor, successor.region, list(successor.parties.all()), list(successor.fora.all())


def _successor_problem(successor: Cluster, day: datetime.date, bodies: list[Cluster]) -> str:
    if successor.kind != Cluster.Kind.COUNCIL:
        return _("The successor must be a health council.")
    if successor.pk in {b.pk for b in bodies}:
        return _("A body cannot succeed itself.")
    if not successor.exists_on(day):
        return _("The health council does not exist on %(day)s.") % {"day": date_format(day)}
    return ""


def _new_council_records(
    council: NewCouncil, day: datetime.date
) -> tuple[Region, list[Organisation]]:
    errors: dict[str, str] = {}
    if not council.name:
        errors["new_name"] = _("Name the new health council.")
    elif Cluster.objects.filter(name=council.name).exists():
        errors["new_name"] = _("A body of that name already exists.")
    if not council.slug:
        errors["new_slug"] = _("Give the new health council a short name.")
    elif Cluster.objects.filter(slug=council.slug).exists():
        errors["new_slug"] = _("A body with that short name already exists.")
    region = Region.objects.filter(slug=council.region).first()
    if region is None:
        errors["new_region"] = _("No such region.")
    elif not region.exists_on(day):
        errors["new_region"] = _("The region does not exist on the date.")
    parties = list(Organisation.objects.filter(name__in=council.parties))
    unknown = set(council.parties) - {p.name for p in parties}
    if unknown:
        errors["new_parties"] = _("No such party: %(names)s.") % {
            "names": ", ".join(sorted(unknown))
        }
    if errors:
        raise ValidationError(errors)
    return region, parties


def _check_fora(resolved: Resolved) -> None:
    fora = {forum.slug for forum in resolved.fora}
    plan = resolved.plan
    errors = [
        _("%(forum)s: the forum does not belong to an ending body.") % {"forum": slug}
        for slug in plan.fora
        if slug not in fora
    ]
    errors += [
        _("Choose whether %(forum)s ends or carries on.") % {"forum": forum.name}
        for forum in resolved.fora
        if forum.slug not in plan.fora
    ]
    if errors:
        raise ValidationError({"fora": errors})
    _check_receiving(resolved)


def _check_receiving(resolved: Resolved) -> None:
    allowed = {f.slug for f in resolved.carried()} | {f.slug for f in resolved.successor_fora}
    wanted = {resolved.receiving_slug(f) for f in resolved.fora}
    if resolved.plan.receiving:
        wanted.add(resolved.plan.receiving)
    if "" in wanted and resolved.fora:
        raise ValidationError(
            {
                "receiving": _(
                    "Carry on at least one forum, or choose a forum of the council to receive"
                    " the open work."
                )
            }
        )
    wrong = sorted(wanted - allowed - {""})
    if wrong:
        raise ValidationError(
            {
                "receiving": _("%(forum)s is neither a carried forum nor a forum of the council.")
                % {"forum": ", ".join(wrong)}
            }
        )
