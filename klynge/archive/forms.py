"""Forms of the import: the upload, and the preview in which the secretary corrects the proposal."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from klynge.meetings.forms import TIME_FORMATS, TimeInput
from klynge.meetings.models import AgendaItem
from klynge.organisation.forms import DATE_FORMATS, DateInput, KlyngeFormMixin
from klynge.organisation.models import Forum, Person

from .importer.extract import MAX_BYTES
from .importer.parsed import UNSURE, Confidence, ParsedItem, ParsedMeeting, ParsedPerson
from .people import document_people

NEW_PERSON = ""


class ForumChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Forum) -> str:
        return f"{obj.cluster.name} – {obj.name}" if obj.cluster_id else obj.name


class UploadForm(KlyngeFormMixin, forms.Form):
    forum = ForumChoice(label=_("Forum"), queryset=Forum.objects.none())
    file = forms.FileField(
        label=_("Document"),
        help_text=_(
            "Minutes or an agenda as PDF, Word (.docx), a saved web page (.html) or text, at "
            "most %(mb)d MB."
        )
        % {"mb": MAX_BYTES // (1024 * 1024)},
    )

    def __init__(self, *args: Any, fora: QuerySet[Forum], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["forum"].queryset = fora.select_related("cluster").order_by(
            "cluster__name", "position", "name"
        )
        self.style_widgets()

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(
                _("The file is larger than %(mb)d MB."), params={"mb": MAX_BYTES // (1024 * 1024)}
            )
        if upload.size == 0:
            raise ValidationError(_("The file is empty."))
        return upload


# What the preview calls each field the reader may be unsure of, and where on the page it is
# (a form field's input, or the element that shows it).
MEETING_FIELDS = {
    "document_kind": (_("Kind of document"), "document-kind"),
    "forum": (_("Forum"), "meeting-heading"),
    "title": (_("Title"), "id_title"),
    "date": (_("Date"), "id_date"),
    "start_time": (_("Starts"), "id_start_time"),
    "end_time": (_("Ends"), "id_end_time"),
    "location": (_("Place"), "id_location"),
    "leader": (_("Meeting leader"), "meeting-leader"),
    "minute_takers": (_("Minute-takers"), "meeting-leader"),
    "participants": (_("Participants"), "people-heading"),
    "apologies": (_("Apologies"), "people-heading"),
}
ITEM_FIELDS = {
    "number": _("Item number"),
    "title": _("Title"),
    "kind": _("Kind"),
    "start_time": _("Starts"),
    "end_time": _("Ends"),
    "presenter": _("Presenter"),
    "closed": _("Closed item"),
    "summary": _("Summary"),
    "case_text": _("Case description"),
    "recommendations": _("Recommendations"),
    "minutes_text": _("Minutes"),
    "decisions": _("Decisions"),
    "attachments": _("Attachments"),
}
# The fields the secretary corrects in the form: a changed value has been checked.
_MEETING_EDITS = ("title", "date", "start_time", "end_time", "location")
_ITEM_EDITS = ("kind", "title", "start_time", "end_time", "presenter", "closed")


@dataclass(frozen=True)
class Check:
    """A field the reader is unsure of: what the summary calls it and where it links."""

    label: str
    anchor: str


def unsure_hint() -> str:
    return format_html(
        '<span class="badge badge-warning">{}</span> {}',
        _("Unsure"),
        _("Read from a weak cue: check it against the document."),
    )


# The item fields the preview edits; the sections (texts, recommendations, decisions) are shown
# as they were read and follow their item when items are merged.
_LIST_SECTIONS = ("recommendations", "decisions", "attachments")


class PreviewForm(KlyngeFormMixin, forms.Form):
    """The proposed meeting, its people and its items, with what the secretary may correct."""

    title = forms.CharField(label=_("Title"), required=False, max_length=200)
    date = forms.DateField(label=_("Date"), widget=DateInput(), input_formats=DATE_FORMATS)
    start_time = forms.TimeField(
        label=_("Starts"), required=False, widget=TimeInput(), input_formats=TIME_FORMATS
    )
    end_time = forms.TimeField(
        label=_("Ends"), required=False, widget=TimeInput(), input_formats=TIME_FORMATS
    )
    location = forms.CharField(label=_("Place"), required=False)

    def __init__(
        self,
        *args: Any,
        parsed: ParsedMeeting,
        people: dict[str, int | None],
        candidates: list[Person],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.parsed = parsed
        self.people = document_people(parsed)
        self.initial.update(
            title=parsed.title,
            date=parsed.date,
            start_time=parsed.start_time,
            end_time=parsed.end_time,
            location=parsed.location,
        )
        self._add_person_fields(people, candidates)
        self._add_item_fields()
        self.style_widgets()
        self.unsure_names = self._mark_unsure()

    def _mark_unsure(self) -> set[str]:
        """The form fields the reader is unsure of, each given the hint that says so."""
        owners: list[tuple[str, Confidence]] = [("", self.parsed)]
        owners += [(f"item_{i}_", item) for i, item in enumerate(self.parsed.items)]
        marked = set()
        for prefix, owner in owners:
            for name in owner.unsure_fields():
                if prefix + name in self.fields:
                    self.fields[prefix + name].help_text = unsure_hint()
                    marked.add(prefix + name)
        return marked

    def _add_person_fields(self, people: dict[str, int | None], candidates: list[Person]) -> None:
        by_pk = {p.pk: p for p in candidates}
        for index, person in enumerate(self.people):
            suggested = by_pk.get(people.get(person.name) or 0)
            choices = [(NEW_PERSON, _("New person: %(name)s") % {"name": person.name})]
            if suggested is not None:
                choices.append((str(suggested.pk), _person_label(suggested)))
            choices += [(str(p.pk), _person_label(p)) for p in candidates if p is not suggested]
            self.fields[f"person_{index}"] = forms.ChoiceField(
                label=person.name, choices=choices, required=False
            )
            self.initial[f"person_{index}"] = str(suggested.pk) if suggested else NEW_PERSON

    def _add_item_fields(self) -> None:
        for index, item in enumerate(self.parsed.items):
            prefix = f"item_{index}_"
            self.fields[prefix + "kind"] = forms.ChoiceField(
                label=_("Kind"), choices=AgendaItem.Kind.choices
            )
            self.fields[prefix + "title"] = forms.CharField(label=_("Title"), max_length=300)
            self.fields[prefix + "start_time"] = forms.TimeField(
                label=_("Starts"), required=False, widget=TimeInput(), input_formats=TIME_FORMATS
            )
            self.fields[prefix + "end_time"] = forms.TimeField(
                label=_("Ends"), required=False, widget=TimeInput(), input_formats=TIME_FORMATS
            )
            self.fields[prefix + "presenter"] = forms.CharField(
                label=_("Presenter"), required=False, max_length=300
            )
            self.fields[prefix + "closed"] = forms.BooleanField(
                label=_("Closed item"), required=False
            )
            kinds = set(AgendaItem.Kind.values)
            self.initial.update(
                {
                    prefix + "closed": item.closed,
                    prefix + "kind": item.kind if item.kind in kinds else AgendaItem.Kind.DECISION,
                    prefix + "title": item.title,
                    prefix + "start_time": item.start_time,
                    prefix + "end_time": item.end_time,
                    prefix + "presenter": item.presenter,
                }
            )
            if index:
                self.fields[prefix + "merge"] = forms.BooleanField(
                    label=_("Part of the previous item"), required=False
                )
            where = _item_named(index, item)
            for name in [n for n in self.fields if n.startswith(prefix)]:
                # The error summary at the top names the item, not just "Title".
                self.fields[name].error_label = f"{where}: {self.fields[name].label}"

    # --- for the template ---

    def person_rows(self) -> list[tuple[ParsedPerson, list[str], forms.BoundField]]:
        roles = _roles(self.parsed)
        return [
            (person, roles.get(person.name.lower(), []), self[f"person_{index}"])
            for index, person in enumerate(self.people)
        ]

    def item_rows(self) -> list[tuple[ParsedItem, dict[str, forms.BoundField]]]:
        rows = []
        for index, item in enumerate(self.parsed.items):
            prefix = f"item_{index}_"
            names = ("kind", "title", "start_time", "end_time", "presenter", "closed", "merge")
            fields = {n: self[prefix + n] for n in names if prefix + n in self.fields}
            rows.append((item, fields))
        return rows

    def checks(self) -> list[Check]:
        """Every field the reader is unsure of, in page order, for the summary at the top."""
        checks = []
        for name in self.parsed.unsure_fields():
            label, anchor = MEETING_FIELDS.get(name, (name, "meeting-heading"))
            checks.append(Check(str(label), anchor))
        for index, item in enumerate(self.parsed.items):
            for name in item.unsure_fields():
                checks.append(self._item_check(index, item, name))
        return checks

    def _item_check(self, index: int, item: ParsedItem, name: str) -> Check:
        field = f"item_{index}_{name}"
        anchor = f"id_{field}" if field in self.fields else f"punkt-{index + 1}"
        return Check(f"{_item_named(index, item)}: {ITEM_FIELDS.get(name, name)}", anchor)

    # --- the corrected proposal ---

    def corrected(self) -> tuple[ParsedMeeting, dict[str, int | None]]:
        """The proposal with the corrections applied, and the people chosen for each name."""
        data = self.cleaned_data
        parsed = dataclasses.replace(
            self.parsed,
            title=data["title"].strip(),
            date=data["date"].isoformat(),
            start_time=_hhmm(data["start_time"]),
            end_time=_hhmm(data["end_time"]),
            location=data["location"].strip(),
            items=self._corrected_items(),
        )
        parsed.confidence = _checked(self.parsed, parsed, _MEETING_EDITS)
        people = {
            person.name: int(data[f"person_{index}"]) if data[f"person_{index}"] else None
            for index, person in enumerate(self.people)
        }
        return parsed, people

    def _corrected_items(self) -> list[ParsedItem]:
        data = self.cleaned_data
        items: list[ParsedItem] = []
        for index, original in enumerate(self.parsed.items):
            prefix = f"item_{index}_"
            item = dataclasses.replace(
                original,
                kind=data[prefix + "kind"],
                title=data[prefix + "title"].strip(),
                start_time=_hhmm(data[prefix + "start_time"]),
                end_time=_hhmm(data[prefix + "end_time"]),
                presenter=data[prefix + "presenter"].strip(),
                closed=data[prefix + "closed"],
            )
            item.confidence = _checked(original, item, _ITEM_EDITS)
            if items and data.get(prefix + "merge"):
                items[-1] = merge_items(items[-1], item)
            else:
                items.append(item)
        return items


def merge_items(first: ParsedItem, second: ParsedItem) -> ParsedItem:
    """The second item was a part of the first: its title and texts continue the first's."""
    merged = dataclasses.replace(first)
    heading = second.title.strip()
    case_text = "\n\n".join(t for t in (first.case_text, heading, second.case_text) if t.strip())
    merged.case_text = case_text
    for name in ("summary", "minutes_text"):
        texts = (getattr(first, name), getattr(second, name))
        setattr(merged, name, "\n\n".join(t for t in texts if t.strip()))
    for name in _LIST_SECTIONS:
        setattr(merged, name, [*getattr(first, name), *getattr(second, name)])
    merged.end_time = second.end_time or first.end_time
    merged.presenter = first.presenter or second.presenter
    # Closed if either part was: a merge never opens a closed text.
    merged.closed = first.closed or second.closed
    # What was unsure in either part is still to be checked.
    merged.confidence = {name: UNSURE for part in (first, second) for name in part.unsure_fields()}
    return merged


def _checked(original: Confidence, corrected: Confidence, edits: tuple[str, ...]) -> dict[str, str]:
    """The confidence after the secretary's corrections: a value they changed is checked."""
    confidence = dict(original.confidence)
    for name in edits:
        if getattr(original, name) != getattr(corrected, name):
            confidence.pop(name, None)
    return confidence


def _hhmm(value: Any) -> str | None:
    return value.strftime("%H:%M") if value else None


def _item_named(index: int, item: ParsedItem) -> str:
    """An item as the secretary finds it in the preview: by number, else title, else place."""
    if item.number is not None:
        return _("Item %(n)s") % {"n": item.number}
    if item.title:
        return _("Item without number (%(title)s)") % {"title": item.title}
    return _("Item %(position)s in order (no number or title)") % {"position": index + 1}


def _person_label(person: Person) -> str:
    return f"{person.name} ({person.title})" if person.title else person.name


def _roles(parsed: ParsedMeeting) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}

    def add(name: str, role: str) -> None:
        roles.setdefault(name.strip().lower(), []).append(role)

    if parsed.leader:
        add(parsed.leader, str(_("meeting leader")))
    for name in parsed.minute_takers:
        add(name, str(_("minute-taker")))
    for person in parsed.participants:
        add(person.name, str(_("participant")))
    for person in parsed.apologies:
        add(person.name, str(_("sent apologies")))
    return roles
