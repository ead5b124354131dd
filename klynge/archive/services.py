"""Saving an imported document as a meeting: the last step of extract → repair → segment →
preview → save.

The meeting is built through the meeting cycle's services, as the demo builds its historical
meetings: items and recommendations are saved, the agenda published, and for minutes the meeting
is held, its minutes written, their approval recorded as having happened outside Klynge and the
minutes published — all dated on the meeting's day and without mailing anybody.
"""

from __future__ import annotations

import datetime
import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from klynge import validation
from klynge.accounts.models import User
from klynge.meetings import services as meeting_services
from klynge.meetings.models import AgendaItem, Attendance, Decision, Meeting, Recommendation
from klynge.organisation.models import Forum, Membership, Organisation, Person

from .importer.parsed import ParsedItem, ParsedMeeting, ParsedPerson
from .models import ImportedSource

CPH = ZoneInfo("Europe/Copenhagen")
# A document that gives a date but no time: the meeting is placed in a usual working-day slot.
DEFAULT_START = datetime.time(9, 0)
DEFAULT_LENGTH = datetime.timedelta(hours=2)

Outcome = Decision.Outcome


class DuplicateImport(Exception):
    """The same file (by its SHA-256) has been imported before."""

    def __init__(self, source: ImportedSource) -> None:
        super().__init__(f"{source.filename} is already imported")
        self.source = source


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_duplicate(data: bytes) -> ImportedSource | None:
    sha = sha256_of(data)
    return ImportedSource.objects.select_related("meeting").filter(sha256=sha).first()


# --- decisions -------------------------------------------------------------------------------

# Tried in this order: the first that matches decides. "ikke godkendt" before "godkendt"; a
# decision that approves and mentions a discussion is an approval.
_OUTCOME_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bikke\s+(?:blevet\s+)?godkend"), Outcome.REJECTED),
    (re.compile(r"\bgodkend"), Outcome.APPROVED),
    (re.compile(r"\buds(?:at|ættes|ætter)\b"), Outcome.POSTPONED),
    (re.compile(r"\bvideresend|\bsendes\s+videre|\bsendt\s+videre"), Outcome.FORWARDED),
    (re.compile(r"\b(?:taget|tages|tog)\s+til\s+efterretning|\borientering"), Outcome.NOTED),
    (re.compile(r"\bdrøft"), Outcome.DISCUSSED),
]
# "Godkendt (PLO har nogle forbehold …)", "Godkendt med den tilføjelse, at …".
_APPROVED_WITH_REMARKS = re.compile(r"^godkendt\s*(?:[(:;,–-]|med\b)")
_BARE_OUTCOME = re.compile(
    r"(?:punktet |indstillingen |indstillingerne )?(?:blev |er )?"
    r"(?:ikke godkendt|godkendt|godkendes|drøftet|udsat|videresendt|taget til efterretning)"
)
_LEADING_NUMBER = re.compile(r"^\s*\d+\s*[.)]\s+")


def outcome_of(text: str, has_recommendation: bool) -> str:
    """The decision's outcome read from its wording."""
    words = text.strip().lower()
    for pattern, outcome in _OUTCOME_WORDS:
        if pattern.search(words):
            if outcome == Outcome.APPROVED and _APPROVED_WITH_REMARKS.match(words):
                return Outcome.APPROVED_WITH_REMARKS
            return outcome
    return Outcome.APPROVED_WITH_REMARKS if has_recommendation else Outcome.DISCUSSED


def decision_text(text: str) -> str:
    """The wording kept with the decision: empty when it only says the outcome."""
    text = _LEADING_NUMBER.sub("", text).strip()
    if _BARE_OUTCOME.fullmatch(text.lower().rstrip(". ")):
        return ""
    return text


def _decisions(
    item: ParsedItem, recommendations: list[Recommendation]
) -> list[tuple[Recommendation | None, str, str]]:
    """Decision i answers recommendation i; one decision for several recommendations answers
    them all; a recommendation without a decision takes the outcome its own wording tells."""
    texts = [t for t in item.decisions if t.strip()]
    if len(texts) == 1 and len(recommendations) > 1:
        outcome = outcome_of(texts[0], True)
        first = [(recommendations[0], outcome, decision_text(texts[0]))]
        return first + [(rec, outcome, "") for rec in recommendations[1:]]
    result: list[tuple[Recommendation | None, str, str]] = []
    for index, rec in enumerate(recommendations):
        if index < len(texts):
            result.append((rec, outcome_of(texts[index], True), decision_text(texts[index])))
        else:
            result.append((rec, _unworded_outcome(rec.text, item.minutes_text), ""))
    for text in texts[len(recommendations) :]:
        result.append((None, outcome_of(text, False), decision_text(text)))
    return result


def _unworded_outcome(recommendation: str, minutes: str) -> str:
    """Minutes without a decision for the recommendation: it was followed, so its own verb
    ("Godkender …", "Drøfter …", "Tager … til efterretning") tells the outcome, else the minutes
    text, else it was discussed."""
    for text in (recommendation, minutes):
        words = text.lower()
        for pattern, outcome in _OUTCOME_WORDS:
            if pattern.search(words):
                return outcome
    return Outcome.DISCUSSED


# --- people ----------------------------------------------------------------------------------


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


class _People:
    """Turns the names of the document into Persons, each name once, creating the missing."""

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


# --- times -----------------------------------------------------------------------------------


def _time(value: str | None) -> datetime.time | None:
    if not value:
        return None
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return datetime.time(int(match[1]), int(match[2]))


def _minutes(start: datetime.time | None, end: datetime.time | None) -> int:
    if start is None or end is None:
        return 0
    delta = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return max(delta, 0)


def durations(items: list[ParsedItem]) -> list[int]:
    """Each item's minutes from its times; an item without an end lasts until the next begins."""
    result = []
    for index, item in enumerate(items):
        start, end = _time(item.start_time), _time(item.end_time)
        if start and end is None and index + 1 < len(items):
            end = _time(items[index + 1].start_time)
        result.append(_minutes(start, end))
    return result


@dataclass
class MeetingTimes:
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    notes: list[str]


def meeting_times(parsed: ParsedMeeting, minutes: list[int]) -> MeetingTimes:
    """Start and end in Copenhagen time; where the document gives none, a default, noted."""
    if not parsed.date:
        raise ValidationError({"date": _("The document gives no date; enter the meeting's date.")})
    try:
        day = datetime.date.fromisoformat(parsed.date)
    except ValueError as error:
        raise ValidationError({"date": _("Enter a valid date.")}) from error
    try:
        validation.within_dates(day)
    except ValidationError as error:
        raise ValidationError({"date": error.messages}) from error
    notes = []
    timed = [i for i in parsed.items if _time(i.start_time)]
    start = _time(parsed.start_time) or (_time(timed[0].start_time) if timed else None)
    if start is None:
        start = DEFAULT_START
        notes.append(_("The document gives no time; the meeting is set to start at 09:00."))
    starts_at = datetime.datetime.combine(day, start, tzinfo=CPH)
    end = _time(parsed.end_time) or (_time(timed[-1].end_time) if timed else None)
    ends_at = datetime.datetime.combine(day, end, tzinfo=CPH) if end else None
    if ends_at is None or ends_at <= starts_at:
        length = datetime.timedelta(minutes=sum(minutes)) or DEFAULT_LENGTH
        ends_at = starts_at + length
        notes.append(
            _("The document gives no end time; the meeting is set to end at %(time)s.")
            % {"time": f"{ends_at:%H:%M}"}
        )
    return MeetingTimes(starts_at, ends_at, notes)


# --- the import ------------------------------------------------------------------------------


def import_parsed(
    parsed: ParsedMeeting,
    forum: Forum,
    *,
    data: bytes,
    filename: str,
    user: User | None = None,
    people: dict[str, int | None] | None = None,
) -> ImportedSource:
    """Save the confirmed structure as a meeting of the forum, with the source file and its hash.

    One transaction: on any error nothing is saved (and the stored file is removed again).
    Raises DuplicateImport if the same file was imported before, ValidationError (Danish, per
    field where possible) if the structure cannot become a meeting."""
    earlier = find_duplicate(data)
    if earlier is not None:
        raise DuplicateImport(earlier)
    source = ImportedSource(
        forum=forum,
        filename=_safe_name(filename),
        size=len(data),
        sha256=sha256_of(data),
        imported_by=user if user is not None and user.is_authenticated else None,
    )
    source.content_type = mimetypes.guess_type(source.filename)[0] or ""
    try:
        with transaction.atomic():
            meeting, notes = _build_meeting(parsed, forum, source, user, people)
            source.meeting = meeting
            source.confirmed = {**parsed.to_json(), "import_notes": [*parsed.notes, *notes]}
            source.file.save(source.filename, ContentFile(data), save=False)
            source.save()
    except IntegrityError as error:
        _remove_file(source)
        again = find_duplicate(data)
        if again is not None:
            raise DuplicateImport(again) from error
        raise
    except BaseException:
        _remove_file(source)
        raise
    return source


def _safe_name(filename: str) -> str:
    name = get_valid_filename(PurePath(filename or "").name) if filename else ""
    return (name or "dokument")[:200]


def _remove_file(source: ImportedSource) -> None:
    if source.file:
        source.file.delete(save=False)


def _build_meeting(
    parsed: ParsedMeeting,
    forum: Forum,
    source: ImportedSource,
    user: User | None,
    mapping: dict[str, int | None] | None,
) -> tuple[Meeting, list[str]]:
    if not parsed.items:
        raise ValidationError(_("The document has no items; a meeting needs at least one."))
    minutes = durations(parsed.items)
    times = meeting_times(parsed, minutes)
    people = _People(parsed, mapping)
    meeting = Meeting(
        forum=forum,
        title=parsed.title[:200],
        starts_at=times.starts_at,
        ends_at=times.ends_at,
        place=parsed.location,
        leader=people.get(parsed.leader),
    )
    meeting.full_clean()
    meeting.save()
    meeting.minute_takers.set([p for p in map(people.get, parsed.minute_takers) if p])
    pairs = zip(parsed.items, minutes, strict=True)
    items = [_save_item(meeting, parsed_item, n) for parsed_item, n in pairs]
    is_minutes = parsed.document_kind != "agenda"
    _record_attendance(meeting, parsed, people, attended=is_minutes)
    published = min(times.starts_at, timezone.now())
    meeting_services.publish_agenda(meeting, user, at=published)
    if is_minutes:
        _record_minutes(meeting, items, parsed.items, user)
        note = _("Approved minutes imported from %(file)s.") % {"file": source.filename}
        meeting_services.record_approval_outside(meeting, times.ends_at, note, user)
        meeting_services.publish_minutes(meeting, at=times.ends_at)
    # The services changed the meeting through rows of their own.
    meeting.refresh_from_db()
    return meeting, times.notes


def _save_item(meeting: Meeting, parsed: ParsedItem, minutes: int) -> AgendaItem:
    kinds = set(AgendaItem.Kind.values)
    item = AgendaItem(
        meeting=meeting,
        kind=parsed.kind if parsed.kind in kinds else AgendaItem.Kind.DECISION,
        title=(parsed.title.strip() or _("Item without title"))[:300],
        presenters=parsed.presenter[:300],
        duration_minutes=minutes,
        summary=parsed.summary,
        case_text=_case_text(parsed),
        closed=parsed.closed,
    )
    meeting_services.save_item(item, recommendations=parsed.recommendations)
    for name in parsed.attachments:
        if _is_url(name):
            meeting_services.add_attachment(item, name.strip()[:300], url=name.strip())
    return item


def _is_url(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", text.strip()))


def _case_text(parsed: ParsedItem) -> str:
    """The case text; attachments known only by their name (an Attachment needs a file or a
    link) are listed under "Bilag" in it, as the demo does."""
    titles = [t.strip() for t in parsed.attachments if t.strip() and not _is_url(t)]
    if not titles:
        return parsed.case_text
    listing = "**Bilag**\n\n" + "\n".join(f"- {title}" for title in titles)
    return f"{parsed.case_text}\n\n{listing}" if parsed.case_text.strip() else listing


def _record_attendance(
    meeting: Meeting, parsed: ParsedMeeting, people: _People, *, attended: bool
) -> None:
    seats = {
        m.person_id: m
        for m in Membership.objects.active_on(meeting.local_day())
        .filter(forum=meeting.forum_id)
        .select_related("party")
    }
    status = Attendance.Status.ATTENDING if attended else Attendance.Status.INVITED
    rows: dict[int, Attendance] = {}
    listed = [(p, status) for p in parsed.participants]
    listed += [(p, Attendance.Status.APOLOGY) for p in parsed.apologies]
    for position, (described, row_status) in enumerate(listed, 1):
        person = people.get(described.name)
        if person is None or person.pk in rows:
            continue
        rows[person.pk] = _attendance(meeting, person, described, row_status, seats, position)
    for described in parsed.participants:
        _link_substitute(meeting, described, people, rows)


def _attendance(
    meeting: Meeting,
    person: Person,
    described: ParsedPerson,
    status: str,
    seats: dict[int, Membership],
    position: int,
) -> Attendance:
    seat = seats.get(person.pk)
    role_text = described.title
    if seat is not None:
        role_text = role_text or seat.position_text
    if described.substitute_for:
        role_text = _("substitute for %(name)s") % {"name": described.substitute_for}
    attendance = Attendance(
        meeting=meeting,
        person=person,
        party=seat.party if seat else person.organisation,
        membership=seat,
        role_text=role_text[:200],
        status=status,
        position=position,
    )
    attendance.save()
    return attendance


def _link_substitute(
    meeting: Meeting, described: ParsedPerson, people: _People, rows: dict[int, Attendance]
) -> None:
    """The member a substitute stands in for sent apologies, with the substitute named."""
    if not described.substitute_for:
        return
    substitute, member = people.get(described.name), people.get(described.substitute_for)
    if substitute is None or member is None or member.pk == substitute.pk:
        return
    absent = rows.get(member.pk)
    if absent is None:
        absent = Attendance(meeting=meeting, person=member, position=len(rows) + 1)
        rows[member.pk] = absent
    absent.status = Attendance.Status.APOLOGY
    absent.substitute = substitute
    absent.save()


def _record_minutes(
    meeting: Meeting, items: list[AgendaItem], parsed_items: list[ParsedItem], user: User | None
) -> None:
    meeting_services.hold_meeting(meeting)
    for item, parsed in zip(items, parsed_items, strict=True):
        recommendations = list(item.recommendations.order_by("number"))
        meeting_services.record_minutes(
            item, parsed.minutes_text, "", _decisions(parsed, recommendations), user
        )


# --- the pending area: an uploaded file waits here, outside the database, until confirmed ------

PENDING_DIR = "archive/pending"
PENDING_MAX_AGE = datetime.timedelta(days=1)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _pending_name(sha: str) -> str:
    if not _SHA256.fullmatch(sha):
        raise ValueError("not a SHA-256")
    return f"{PENDING_DIR}/{sha}"


def store_pending(data: bytes) -> str:
    """Keep the uploaded bytes until the import is confirmed or cancelled; returns their hash."""
    sha = sha256_of(data)
    name = _pending_name(sha)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return sha


def read_pending(sha: str) -> bytes | None:
    name = _pending_name(sha)
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def discard_pending(sha: str) -> None:
    default_storage.delete(_pending_name(sha))


def remove_stale_pending(now: datetime.datetime | None = None) -> int:
    """Remove pending files older than a day (an upload left without confirm or cancel)."""
    limit = (now or timezone.now()) - PENDING_MAX_AGE
    try:
        _dirs, files = default_storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in files:
        path = f"{PENDING_DIR}/{name}"
        if default_storage.get_modified_time(path) < limit:
            default_storage.delete(path)
            removed += 1
    return removed
