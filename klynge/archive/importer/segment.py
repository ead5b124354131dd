"""Segmentation of the plain text of an agenda or minutes into a ParsedMeeting.

The pipeline is extract → repair → segment; segment() works on raw OCR text as well as on
repaired text. Nothing is dropped: page furniture (page numbers, the running date), contact
columns and whatever else cannot be placed is kept, in document order, in unplaced_text.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

from .agenda_index import numbered_entries
from .header import parse_header, people_in_body, read_meeting_times, read_person
from .items import read_item, take_kind_marks
from .layouts import PAGE_NUMBER, find_date, is_date_only, section_marker
from .parsed import ParsedItem, ParsedMeeting, ParsedPerson
from .people import absences_in_sentences, name_like
from .readings import Reading, choose_reading
from .reline import reline
from .roster import roles_in_items
from .title_index import split_title_index
from .toc_columns import split_toc_columns

# A line that only minutes have: "Beslutning …", "Referat", "Forretningsudvalgets beslutning".
# The word opens the line as a heading does, with a capital: "… forum for fælles initiativer og" /
# "beslutninger." is a wrapped sentence, not a section.
_MINUTES_LINE = re.compile(
    r"^\s*(?:\d+\s+)?(?-i:(?=[A-ZÆØÅ]))(?:\w+s\s+)?"
    r"(?:beslutning(?:er)?|b\s?e\s?s\s?l\s?u\s?t\s?n\s?i\s?n\s?g\s?e\s?r"
    r"|referat|beslutningsprotokol)\b(?!\s+(?:af|fra\s+sidste))",
    re.IGNORECASE,
)


# "TEMA: SOCIAL- OG SUNDHEDSOMRÅDET": a theme heading over the next items, no part of the
# item above it.
_THEME = re.compile(r"^\s*(?:tema|temaer)\s*:\s*\S", re.IGNORECASE)


# A web page's stamp under the text: "Senest opdateret: 19. december 2023", "Sidst ændret 3/5".
_PAGE_STAMP = re.compile(r"^(?:senest|sidst)\s+(?:opdateret|redigeret|ændret)\b.{0,40}$", re.I)


def segment(text: str) -> ParsedMeeting:
    """Read the header, the items and their sections out of a document's text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    lines = reline(lines)
    lines, unplaced = _strip_page_furniture(lines)
    run_index = split_toc_columns(lines) or split_title_index(lines)
    lines = run_index.lines
    unplaced += [(i, lines[i]) for i in sorted(run_index.moved)]
    lines = ["" if i in run_index.moved else t for i, t in enumerate(lines)]
    reading = choose_reading(lines)
    closed_groups = _closed_groups(lines, reading)
    header_lines = ["" if i in reading.consumed else line for i, line in enumerate(lines)]
    meeting = ParsedMeeting()
    header = parse_header(header_lines[: reading.header_end], meeting)
    unplaced += header.unplaced
    durations: list[int | None] = []
    bodies: list[list[str]] = []
    for part in reading.parts:
        body = lines[part.body_start : part.body_end]
        if part.lead is not None and body:
            body[0] = part.lead
        aside = _asides(body)
        unplaced += [(part.body_start + i, body[i]) for i in sorted(aside)]
        body = ["" if i in aside else t for i, t in enumerate(body)]
        result = read_item(part.heading, body)
        if reading.contested or not part.heading.sure or part.heading.start in run_index.guessed:
            result.item.mark_unsure("number", "title")
        if part.heading.start in closed_groups:
            result.item.closed = True
        if part.heading.start in run_index.printed:
            result.item.number = run_index.printed[part.heading.start]
        meeting.items.append(result.item)
        durations.append(result.duration_minutes)
        bodies.append(body)
        unplaced += [(part.heading.start, t) for t in result.unplaced]
    unplaced += _lines_no_part_holds(lines, reading)
    take_kind_marks(meeting.items)
    _people_from_items(meeting, bodies)
    read_meeting_times(text, meeting)  # the date first: an absence note may name it
    _people_from_sentences(meeting, lines, bodies)
    _kind_from_content(meeting, header.kind_said, lines, bodies)
    _complete(meeting, durations)
    unplaced.sort(key=lambda pair: pair[0])
    meeting.unplaced_text = "\n".join(t for _, t in unplaced if t.strip())
    return meeting


def _asides(body: list[str]) -> set[int]:
    """Lines of a body that belong to no item: a theme over the next items, and a group's mark
    ("Lukket dagsorden", "Åbne punkter") as its last line, over the items below."""
    aside = {i for i, t in enumerate(body) if _THEME.match(t)}
    last = next((i for i in reversed(range(len(body))) if body[i].strip()), None)
    mark = _GROUP_MARK.match(body[last].strip()) if last is not None else None
    if mark and mark["group"]:
        aside.add(last)
    return aside


def _lines_no_part_holds(lines: list[str], reading: Reading) -> list[tuple[int, str]]:
    """Lines outside the header, the index and every item's heading and body: kept as unplaced
    text, so that a reading that passes over some text never loses it."""
    held = set(range(reading.header_end)) | reading.consumed
    for part in reading.parts:
        held.update(range(part.heading.start, max(part.heading.end, part.heading.start + 1)))
        held.update(range(part.body_start, part.body_end))
    return [(i, t) for i, t in enumerate(lines) if i not in held and t.strip()]


# "Lukket" / "Åben" alone on a line (or "Lukkede punkter", "Åbent møde"): the items below it are
# closed or open, until the next such line.
_GROUP_MARK = re.compile(
    r"^(?:(?P<closed>lukket|lukkede)|åben|åbent|åbne)"
    r"(?P<group>\s+(?:møde|punkter?|dagsorden|sager|del))?:?$",
    re.IGNORECASE,
)
# The first heading of a group comes this close under its mark (non-blank lines).
_GROUP_REACH = 3


def _closed_groups(lines: list[str], reading: Reading) -> set[int]:
    """The heading lines of the items under a "Lukket" mark."""
    starts = sorted(p.heading.start for p in reading.parts)
    closed: set[int] = set()
    for index, line in enumerate(lines):
        mark = _GROUP_MARK.match(line.strip())
        if not mark or not mark["closed"]:
            continue
        following = [i for i in range(index + 1, len(lines)) if lines[i].strip()]
        if following and following[0] in reading.consumed:
            closed |= _index_group(lines, reading, following)
            continue
        if not set(following[:_GROUP_REACH]) & set(starts):
            continue  # a mark with no item right under it (a contents list's empty group)
        end = next((i for i in following if _GROUP_MARK.match(lines[i].strip())), len(lines))
        closed |= {s for s in starts if index < s < end}
    return closed


def _index_group(lines: list[str], reading: Reading, following: list[int]) -> set[int]:
    """An index's group head ("Lukkede punkter" / "28. Salg af ejendom" / "29. …"): the items
    of its entries, by the entry's line or by the number a heading below repeats."""
    end = next((i for i in following if i not in reading.consumed), len(lines))
    group = {i for i in following if i < end}
    numbers = {e.number for i in group for e in numbered_entries([lines[i]])}
    return {
        p.heading.start
        for p in reading.parts
        if p.heading.start in group
        or (p.heading.number is not None and p.heading.number in numbers)
    }


def _strip_page_furniture(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Page numbers and the running date at the top of each page, moved out of the text."""
    non_blank = [line.strip() for line in lines if line.strip()]
    running = non_blank[0] if non_blank and is_date_only(non_blank[0]) else None
    dates = Counter(line for line in non_blank if is_date_only(line))
    furniture = {line for line, count in dates.items() if count > 1}
    if running:
        furniture.add(running)
    marks = _page_marks(lines)
    heads = _running_heads(lines, marks) | _continued_headings(lines, marks)
    kept: list[str] = []
    moved: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped and (
            PAGE_NUMBER.match(stripped)
            or stripped in furniture
            or _PAGE_STAMP.match(stripped)
            or index in heads
        ):
            moved.append((index, stripped))
            kept.append("")
        else:
            kept.append(line)
    return kept, moved


# "Udvalg for Nære Sundhedstilbud - Side 3 af 12": a running foot that ends in the page's number
# without a date (PAGE_NUMBER knows the dated ones); its words repeat on other pages.
_FOOT_WITH_PAGE = re.compile(
    r"^(?P<head>\S.{0,80}?)[\s,–-]+side\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$", re.IGNORECASE
)
# "- 3 -", "3/12": a page's number printed alone in other forms.
_PAGE_COUNTER = re.compile(r"^(?:[-–]\s*\d{1,3}\s*[-–]|(?P<page>\d{1,3})\s*/\s*(?P<of>\d{1,3}))$")
# How many lines either side of a page's number a running head or foot reaches.
_HEAD_REACH = 2
_HEAD_LENGTH = 100


def _running_heads(lines: list[str], marks: list[int]) -> set[int]:
    """The lines a committee system prints at every page break: the page's number ("Side 3",
    "… Side 3 af 12") and the running head or foot next to it that repeats at other breaks
    ("Regionsrådet 19. september 2023", "Referat"). A line beside the number must name a date
    or repeat at three breaks; a numbered heading never is one, nor a section word beside the
    number unless the head goes on beyond it."""
    # How many times (on how many lines) a text stands beside a page's number.
    beside = {i for mark in marks for i in _beside(lines, mark, 0)}
    near = Counter(lines[i].strip() for i in beside if len(lines[i].strip()) <= _HEAD_LENGTH)
    found = set(marks)
    for mark in marks:
        for step in (-1, 1):
            for reach, index in enumerate(_beside(lines, mark, step)):
                text = lines[index].strip()
                if near[text] < 2 or numbered_entries([text]):
                    break
                if reach == 0 and not _dated_or_common(text, near):
                    break
                if (
                    reach == 0
                    and section_marker(text)
                    and not _furniture_beyond(lines, mark, step, near)
                ):
                    break  # "Beslutning" beside the number: the page's first section
                found.add(index)
    return found


def _furniture_beyond(lines: list[str], mark: int, step: int, near: Counter[str]) -> bool:
    """The running head goes on past a section word beside the page's number ("Sundheds-
    udvalget" / "Referat" / "Side 3"): the line beyond it repeats at other breaks too."""
    beside = _beside(lines, mark, step)
    text = lines[beside[1]].strip() if len(beside) > 1 else ""
    return (
        bool(text) and near[text] >= 2 and not section_marker(text) and _dated_or_common(text, near)
    )


def _dated_or_common(text: str, near: Counter[str]) -> bool:
    return find_date(text) is not None or near[text] >= 3  # at three breaks


def _page_marks(lines: list[str]) -> list[int]:
    """Lines that give the page's number, alone or at the end of a running foot."""
    heads = Counter(m["head"] for t in lines if (m := _FOOT_WITH_PAGE.match(t.strip())))
    marks = []
    for index, line in enumerate(lines):
        text = line.strip()
        foot = _FOOT_WITH_PAGE.match(text)
        counter = _PAGE_COUNTER.match(text)
        if text and (
            PAGE_NUMBER.match(text)
            or (foot and heads[foot["head"]] > 1)
            or (counter and int(counter["page"] or 0) <= int(counter["of"] or 999))
        ):
            marks.append(index)
    return marks


def _beside(lines: list[str], mark: int, step: int) -> list[int]:
    """The non-blank lines next to a page mark, nearest first (both sides for step 0)."""
    if step == 0:
        return _beside(lines, mark, -1) + _beside(lines, mark, 1)
    found: list[int] = []
    index = mark + step
    while 0 <= index < len(lines) and len(found) < _HEAD_REACH:
        if lines[index].strip():
            found.append(index)
        index += step
    return found


# "3. Budget 2024 (fortsat)", "Punkt 3 (fortsat)": an item's heading repeated at the top of the
# next page.
_CONTINUED = re.compile(r"^(?P<heading>\S.*?)[\s,–-]*\(?\s*fortsat\s*\)?\.?$", re.IGNORECASE)
_NUMBER_ONLY = re.compile(
    r"^(?:(?:punkt|pkt\.?|sag(?:\s+nr\.?)?|dagsordenspunkt)\s*)?(?P<number>\d{1,3})\.?$", re.I
)


def _continued_headings(lines: list[str], marks: list[int]) -> set[int]:
    """An item's heading repeated on a later page: with "(fortsat)" (by its title or its number
    alone), or word for word right under the page's number when no other heading came between.
    Furniture, not the item's text nor a second item."""
    tops = {_beside(lines, mark, 1)[0] for mark in marks if _beside(lines, mark, 1)}
    seen: set[str] = set()
    last: tuple[str, int] | None = None  # the last numbered line, and its number
    found: set[int] = set()
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        repeated = last is not None and index in tops and index not in marks and text == last[0]
        if repeated or _continues(text, seen, last):
            found.add(index)
        elif entries := numbered_entries([text]) if text else []:
            last = (text, entries[0].number)
        seen.add(text)
    return found


def _continues(text: str, seen: set[str], last: tuple[str, int] | None) -> bool:
    """ "3. Budget 2024 (fortsat)" after that heading, "Punkt 3 (fortsat)" in item 3."""
    again = _CONTINUED.match(text)
    if not again:
        return False
    number = _NUMBER_ONLY.match(again["heading"])
    by_number = bool(number) and last is not None and int(number["number"]) == last[1]
    return again["heading"] in seen or by_number


def _people_from_items(meeting: ParsedMeeting, bodies: list[list[str]]) -> None:
    """Minutes that list "Deltagere:" and "Afbud:" inside the first item, under its heading."""
    if meeting.participants or not bodies:
        return
    for body in bodies[:2]:
        participants, apologies = people_in_body(body)
        if participants or apologies:
            meeting.mark_unsure("participants")  # a list inside an item, not in the header
            meeting.participants = participants
            meeting.apologies = meeting.apologies or apologies
            _titles_from_welcome(meeting, body)
            return


def _people_from_sentences(
    meeting: ParsedMeeting, lines: list[str], bodies: list[list[str]]
) -> None:
    """ "Der var afbud fra …", "… havde meldt forfald. I stedet mødt …": absences and
    substitutes told in sentences, added to those the lists gave."""
    roles_in_items(meeting, bodies)
    absent, substitutes = absences_in_sentences(lines, bodies, meeting.date)
    known = {p.name for p in meeting.apologies}
    told = [p for p in absent if p.name not in known]
    meeting.apologies += told
    if told:
        meeting.mark_unsure("apologies")
    if substitutes:
        meeting.mark_unsure("participants")
    by_name = {p.name: p for p in meeting.participants}
    for substitute in substitutes:
        # "Prøvestenen Lars Løgstrup deltog som …": the listed name the words end with.
        known = next((n for n in by_name if substitute.name.endswith(f" {n}")), None)
        substitute.name = known or substitute.name
        if substitute.name in by_name:
            by_name[substitute.name].substitute_for = substitute.substitute_for
        else:
            meeting.participants.append(substitute)
            by_name[substitute.name] = substitute


# A sentence that reports this meeting's outcome opens its line: "Besluttes at vi afventer …",
# "Det blev besluttet at …", "Godkendt med følgende rettelser: …". An agenda proposes instead
# ("Det indstilles, at …"); a case's history is told inside its sentences, not at a line's start.
_OUTCOME_LINE = re.compile(
    r"^(?:Det\s+)?(?:Besluttes|[Bb]lev\s+besluttet|[Bb]esluttedes|Vedtoges|Godkendtes)\b"
    r"|^(?:Godkendt|Vedtaget|Tiltrådt)(?:\.|\s+med\b|$)"
    # "Bestyrelsen har godkendt regnskabet.": a short line of its own saying what was done.
    r"|^[A-ZÆØÅ]\w+\s+har\s+(?:godkendt|besluttet|vedtaget)\b(?:\s+\S+){0,5}\.$"
    # "Dagsorden godkendt.", "Referatet blev godkendt.": what was done, said of the thing.
    r"|^[A-ZÆØÅ]\w+\s+(?:blev\s+)?(?:godkendt|vedtaget|tiltrådt)\.$"
)
# "REBILD KOMMUNE. REFERAT Økonomiudvalget", "Nationalpark … bestyrelsesreferat Møde 27": the
# document's title names it minutes, though not at the start of its line ("Godkendelse af
# referat fra sidste møde" names an item, "Møde/referat nr." a template for both).
_MINUTES_TITLE = re.compile(
    r"(?<!\baf\s)(?<!\btil\s)(?<![/\w])\w*referat\b(?!/)(?!\s+(?:af|fra)\s+(?:sidste|forrige))",
    re.IGNORECASE,
)


def _kind_from_content(
    meeting: ParsedMeeting, said: bool, lines: list[str], bodies: list[list[str]]
) -> None:
    """Decisions make a document minutes, whatever its title says; without decisions, a
    document that does not name its kind is minutes when its items report what was said and
    done (past tense), else an agenda; both unsure."""
    decided = any(item.decisions or item.minutes_text for item in meeting.items)
    title = next((line for line in lines if line.strip()), "")
    if decided or any(_MINUTES_LINE.match(line) for line in lines) or _MINUTES_TITLE.search(title):
        meeting.document_kind = "minutes"
    elif any(_OUTCOME_LINE.match(line.strip()) for line in lines):
        meeting.document_kind = "minutes"
        meeting.mark_unsure("document_kind")  # told by an outcome sentence, not by a heading
    elif not said:
        meeting.document_kind = "minutes" if _reported(bodies) else "agenda"
        meeting.mark_unsure("document_kind")


# What minutes report in the past tense: "Formanden orienterede om …", "Ole spurgte til …",
# "Der blev nedsat en arbejdsgruppe", "Der var enighed om …". An agenda proposes ("skal", "vil").
_REPORTING = re.compile(
    r"\b(?:orienterede|fortalte|spurgte|oplyste|nævnte|redegjorde|gennemgik|præsenterede"
    r"|understregede|foreslog|drøftede|aftalte|besluttede|vedtog|godkendte|konkluderede)\b"
    r"|\bblev\s+(?:nedsat|valgt|aftalt|besluttet|drøftet|godkendt|vedtaget)\b"
    r"|\bvar\s+(?:der\s+)?(?:enighed|enige)\b",
    re.IGNORECASE,
)
_MIN_REPORTED_ITEMS = 2


def _reported(bodies: list[list[str]]) -> bool:
    """At least two items, and half of those with text, report in the past tense."""
    texts = [" ".join(body) for body in bodies if any(line.strip() for line in body)]
    reported = sum(1 for text in texts if _REPORTING.search(text))
    return reported >= _MIN_REPORTED_ITEMS and 2 * reported >= len(texts)


def _titles_from_welcome(meeting: ParsedMeeting, body: list[str]) -> None:
    """ "- Rasmus Knudsen, PLO-repræsentant,": the title of a participant listed by name only."""
    by_name = {p.name: p for p in meeting.participants if not p.title}
    for line in body:
        bullet = re.match(r"^\s*[-•·*–]\s+(?P<text>.*)$", line)
        person = read_person(bullet["text"].strip()) if bullet and "," in line else None
        if person and person.name in by_name:
            by_name[person.name].title = person.title


def _complete(meeting: ParsedMeeting, durations: list[int | None]) -> None:
    """What follows from the rest: a break's times, the meeting's end, the leader, absentees'
    titles, and participants without the absentees."""
    _time_breaks(meeting.items, durations)
    timed = [i for i in meeting.items if i.start_time]
    if not meeting.start_time and timed:
        meeting.start_time = timed[0].start_time
        meeting.mark_unsure("start_time")  # the first item's time
    ends = [i.end_time for i in meeting.items if i.end_time]
    if not meeting.end_time and ends:
        meeting.end_time = max(ends)
        meeting.mark_unsure("end_time")  # the last item's end
    welcome = next((i for i in meeting.items if i.kind == "welcome"), None)
    chair = next((p for p in meeting.participants if p.title.lower() == "formand"), None)
    if not meeting.leader and welcome and name_like(welcome.presenter):
        meeting.leader = welcome.presenter
        meeting.mark_unsure("leader")  # who presents the welcome
    elif not meeting.leader and chair:
        meeting.leader = chair.name
        meeting.mark_unsure("leader")  # the chair listed among the members
    _fill_from_participants(meeting.apologies, meeting.participants)
    # An invitation list ("Inviterede") also names those who sent apologies: they did not attend.
    absent = {p.name for p in meeting.apologies}
    meeting.participants = [p for p in meeting.participants if p.name not in absent]


def _time_breaks(items: list[ParsedItem], durations: list[int | None]) -> None:
    for position, (item, minutes) in enumerate(zip(items, durations, strict=True)):
        if item.start_time or not minutes or position == 0:
            continue
        previous = items[position - 1].end_time
        if previous:
            start = datetime.strptime(previous, "%H:%M")
            item.start_time = previous
            item.end_time = (start + timedelta(minutes=minutes)).strftime("%H:%M")


def _fill_from_participants(apologies: list[ParsedPerson], people: list[ParsedPerson]) -> None:
    by_name = {p.name: p for p in people}
    for person in apologies:
        known = by_name.get(person.name)
        if known:
            person.organisation = person.organisation or known.organisation
            person.title = person.title or known.title
