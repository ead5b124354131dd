"""The people an imported document names, matched to the persons Klynge knows.

A name is matched exactly first, then loosely (case, accents and middle initials ignored); the
preview proposes the match and the secretary confirms or changes it before anything is saved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from klynge.organisation.models import Forum, Membership, Organisation, Person

from .importer.parsed import ParsedMeeting, ParsedPerson


def _fold(name: str) -> str:
    """A name compared loosely: case, accents and middle initials ("Maria K. Christensen")
    ignored; æ, ø and å are letters of their own and kept."""
    name = name.lower().replace("æ", "\0ae").replace("ø", "\0oe").replace("å", "\0aa")
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.replace("\0ae", "æ").replace("\0oe", "ø").replace("\0aa", "å")
    words = [w for w in re.split(r"[\s.,]+", plain) if w]
    return " ".join(w for w in words if len(w) > 1)


def document_people(parsed: ParsedMeeting) -> list[ParsedPerson]:
    """Everyone the document names, once each, in the order the preview shows them."""
    seen: dict[str, ParsedPerson] = {}
    named = [
        *([ParsedPerson(name=parsed.leader)] if parsed.leader else []),
        *parsed.participants,
        *parsed.apologies,
        *(ParsedPerson(name=name) for name in parsed.minute_takers),
    ]
    for person in named:
        key = person.name.strip()
        if key and key.lower() not in seen:
            seen[key.lower()] = ParsedPerson(
                name=key,
                title=person.title,
                organisation=person.organisation,
                substitute_for=person.substitute_for,
            )
        elif key and not seen[key.lower()].title:
            seen[key.lower()].title = person.title
            seen[key.lower()].organisation = seen[key.lower()].organisation or person.organisation
    return list(seen.values())


def propose_people(parsed: ParsedMeeting, forum: Forum) -> dict[str, int | None]:
    """The best existing person for each name in the document (None: a new person).

    The exact name first, then the same name ignoring case, accents and middle initials; among
    several, a member of the forum."""
    rows = list(Person.objects.values_list("pk", "name"))
    members = set(Membership.objects.filter(forum=forum).values_list("person_id", flat=True))
    exact: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for pk, name in rows:
        exact.setdefault(name.strip(), []).append(pk)
        loose.setdefault(_fold(name), []).append(pk)
    proposal: dict[str, int | None] = {}
    for person in document_people(parsed):
        found = exact.get(person.name) or loose.get(_fold(person.name)) or []
        proposal[person.name] = _prefer(found, members)
    return proposal


def _prefer(candidates: list[int], members: set[int]) -> int | None:
    if not candidates:
        return None
    return next((pk for pk in candidates if pk in members), candidates[0])


class NamedPeople:
    """Turns the names of the document into Persons, each name once, creating the missing ones
    as the document describes them."""

    def __init__(self, parsed: ParsedMeeting, mapping: dict[str, int | None] | None) -> None:
        self.described = {p.name.lower(): p for p in document_people(parsed)}
        mapping = {name.strip().lower(): pk for name, pk in (mapping or {}).items()}
        # Compared in Python: SQLite's LOWER() leaves Æ, Ø and Å as they are.
        lowered: dict[str, int] = {}
        for pk, name in Person.objects.order_by("pk").values_list("pk", "name"):
            lowered.setdefault(name.strip().lower(), pk)
        wanted = {lowered[n] for n in self.described if n not in mapping and n in lowered}
        wanted |= {pk for pk in mapping.values() if pk}
        found = Person.objects.in_bulk(wanted)
        self.by_name: dict[str, Person | None] = {
            name: found.get(lowered.get(name, 0)) for name in self.described
        }
        for name, pk in mapping.items():
            if pk and pk not in found:
                raise ValidationError(_("The chosen person no longer exists."))
            self.by_name[name] = found[pk] if pk else None
        self.organisations = _organisations(p.organisation for p in self.described.values())

    def get(self, name: str) -> Person | None:
        key = name.strip().lower()
        if not key:
            return None
        person = self.by_name.get(key)
        if person is None:
            person = self._create(self.described.get(key) or ParsedPerson(name=name.strip()))
            self.by_name[key] = person
        return person

    def _create(self, described: ParsedPerson) -> Person:
        person = Person(
            name=described.name[:200],
            title=described.title[:200],
            organisation=self.organisations.get(described.organisation.strip().lower()),
        )
        person.full_clean()
        person.save()
        return person


def _organisations(names: Iterable[str]) -> dict[str, Organisation]:
    wanted = {n.strip().lower() for n in names if n.strip()}
    if not wanted:
        return {}
    result: dict[str, Organisation] = {}
    for org in Organisation.objects.order_by("pk"):
        for key in (org.name.lower(), org.short_name.lower()):
            if key in wanted:
                result.setdefault(key, org)
    return result
