"""The header of a minutes or agenda document: what it is, which forum, when, where, who.

Labelled lines ("Tidspunkt:", "Mødested", "Mødeleder:", "Referenter:", "Inviterede:", "Afbud:")
open blocks that run to the next label. OCR of a two-column header interleaves a contact column
(names, e-mails, phone numbers) with the labelled column: contact fragments are cut out and kept
as unplaced text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .label_column import deal_label_column, deal_stacked_labels
from .layouts import (
    DATE_NUMERIC,
    DATE_WORDS,
    OE,
    PEOPLE_LABELS,
    find_date,
    find_time_range,
    hhmm,
    is_date_only,
)
from .parsed import ParsedMeeting, ParsedPerson
from .people import (
    Absences,
    about_part,
    absences_in_sentences,
    absences_with_substitutes,
    absent_in,
    clean_name,
    heading_or_body,
    names_list,
    names_with_party_letters,
    stand_ins,
    substitutes_said,
    substitutes_unpaired,
)
from .roster import (
    apply_roster,
    better_roster,
    leader_said,
    lone_label_people,
    roster_in_lines,
    settle_roles,
    takers_in,
)
from .sections import continues, join

_LABELS = [
    (
        "date",
        rf"tidspunkt|m{OE}dedato|m{OE}detidspunkt|m{OE}detid|dato(?:\s+og\s+tid)?|tid"
        rf"|starttidspunkt(?:\s+for\s+m{OE}de)?|m\S{{1,2}}det\s+starter|start(?=\s*:)",
    ),
    (
        "end",
        rf"sluttidspunkt(?:\s+for\s+m{OE}de)?|m\S{{1,2}}det\s+slutter|m{OE}de\s?slut"
        r"|slut(?=\s*:)",
    ),
    # The day the papers were sent out: no date of the meeting.
    ("sent", r"udsendelsesdato|udsendt(?:\s+dato)?"),
    ("when_where", r"tid(?:spunkt)?\s+og\s+sted"),
    ("place", rf"m{OE}dested|sted|lokale|lokation|adresse"),
    ("form", rf"form|m{OE}deform"),
    *((kind, PEOPLE_LABELS[kind]) for kind in ("leader", "takers", "apologies")),
    # "Sekretariat: …", "Fra administrationen deltog:": staff who took part with the members.
    (
        "participants",
        rf"{PEOPLE_LABELS['participants']}|(?:sekretariat(?:et)?|fra\s+\w+\s+deltog)(?=\s*:)",
    ),
]
_LABEL = re.compile(
    r"^\s*(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LABELS)
    + r")\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "STED" / "STARTTIDSPUNKT" alone on a line, the value on the lines below.
_LONE_LABEL = re.compile(
    r"^\s*(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LABELS)
    + r")\s*(?P<value>)$",
    re.IGNORECASE,
)
# "Mødet hævet kl. 13.03", "Udvalgsmødet begyndte kl. 12.30 og sluttede kl. 13.45".
_STARTED = re.compile(
    r"m\S{1,2}det\s+(?:begyndte|startede|blev\s+åbnet)\s+kl\.?\s*(\d{1,2})[.:](\d{2})", re.I
)
_ENDED = re.compile(
    r"m\S{1,2}det\s+(?:.{0,40}?\s)?(?:hævet|hævedes|sluttede|slutter|afsluttet|afsluttedes)"
    r"\s+kl\.?\s*(\d{1,2})[.:](\d{2})",
    re.I,
)
# "Mødet sluttede kl. 15.40" on a line of its own: when the meeting ended, whatever was planned.
_CLOSING_LINE = re.compile(
    r"^\s*M\S{1,2}det\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet|afsluttedes)\s+kl\.?\s*"
    r"(\d{1,2})[.:](\d{2})\.?\s*$",
    re.MULTILINE,
)
_ANY_LABEL = re.compile(r"^\s*[A-ZÆØÅ][\w ]{2,30}:\s*(?P<value>\S.*)$")
_NAMES_FOR_A_LIST = 3
_BARE_TIME = re.compile(r"(?<![\d.,:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d.,:]\d)")
# "… den 8. november 2016 kl. 08:30 i Odense Centralbibliotek": the place after the time.
_PLACE_AFTER_TIME = re.compile(r"^\s*(?:,\s*)?(?:i|på)\s+(?P<place>[\wÆØÅæøå\"].*)$")
# After a time the place may follow without "i": "kl. 10.00, Ved Fjorden 20", "Kl Regionsgården".
_PLACE_AFTER_KL = re.compile(r"^\s*,?\s*(?P<place>[A-ZÆØÅ0-9\"].*)$")
# "Mødedato Onsdag d. 26. februar 2025", "Mødested Regionshuset, …": labels without a colon.
_BARE_LABEL = re.compile(
    rf"^\s*(?:(?P<date>m{OE}dedato|m{OE}detidspunkt)|(?P<place>m{OE}dested)"
    # "Deltagere Birgit Hansen …": a list label without its colon, a name right after it.
    r"|(?P<participants>deltagere|medlemmer|mødedeltagere)(?=\s+[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ]))"
    r"\s+(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "Birgit Hansen Frederikshavn Kommune Ulla Astmann Region Nordjylland": each name followed by
# the municipality or region it comes from, without separators.
_NAME_THEN_BODY = re.compile(
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}?)\s+"
    r"(?P<body>[A-ZÆØÅ][\w-]+\s+Kommune|Region\s+[A-ZÆØÅ][\w-]+)\b"
)
# An unlabelled line that starts a place ("Mødelokale 303+304, …").
_PLACE_START = re.compile(rf"^\s*(?:m{OE}delokale|lokale|m{OE}decenter|adresse)\b", re.IGNORECASE)
_KIND_WORD = r"referat|dagsorden|beslutningsprotokol|m\S{1,2}dereferat|protokol"
# "Referat fra …", and in a transcript after its page number and the letter's date ("1 15. juni
# 2010 Referat fra møde i …").
_DOC_KIND = re.compile(
    r"^\s*(?:\d{1,3}\s+)?(?:\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s+)?"
    # "Åben dagsorden for møde i …": the kind after the word for an open or closed part.
    r"(?:(?:åben|åbent|lukket)\s+)?"
    rf"(?P<kind>{_KIND_WORD})\b"
    r"(?:\s+(?:fra|for|af))?\s*[:\-–]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Ældrerådsmøde – Referat 14. december 2018": the kind after the name of the meeting.
_KIND_AFTER = re.compile(
    rf"^\s*(?P<rest>\S.*?)\s+[-–]\s+(?P<kind>{_KIND_WORD})\b(?P<when>.*)$", re.IGNORECASE
)
_STOP = re.compile(
    r"^\s*(?:(?:dagsorden|indholdsfortegnelse)\s*:?\s*$|indholdsfortegnelse\b"
    rf"|referat\s+(?:fra|af)\s+\w*m{OE}de\w*\s+(?:den|d\.)\s+\d)",
    re.IGNORECASE,
)
# A table's cell marks ("Sted: |", "Rådhussalen |", "---|---|"): no part of a value.
_CELL_MARKS = re.compile(r"^\s*\|\s*|\s*\|\s*$|^[\s|:-]*\|[\s|:-]*$")
_EMAIL = re.compile(r"\S+@\S*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?:_\s*)?\b(?:t[il1]f|tlf|telefon|mobil)\.?:?\s*\+?[\d ]{8,12}\d", re.I)
_SUBSTITUTE = re.compile(
    r"\s*\((?:midlertidigt\s+|stedfortr\S*\s+|som\s+stedfortr\S*\s+)?for\s+(?P<name>[^)]+)\)",
    re.IGNORECASE,
)
# "mødet i Forretningsudvalget den 14. februar 2023 kl. 09.00 i Regionshuset": the forum is
# named between "mødet i" and the date; the time and place after it are read elsewhere.
_MEETING_IN = re.compile(rf"^(?:m{OE}det|m{OE}de)\s+i\s+(?=[A-ZÆØÅ])", re.IGNORECASE)
_WHEN_ON = re.compile(
    r"(?:\s+(?:man|tirs|ons|tors|fre|lør|søn)dag)?\s+(?:den|d\.)\s+(?:\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})"
    r"(?:\s+(?:kl\.?|klokken|i|på)\s.*)?$",
    re.IGNORECASE,
)
# A title sentence that names no forum: "Referat af ordinært møde den …".
_NO_FORUM = re.compile(
    rf"(?:(?:ordinært|ekstraordinært|konstituerende)\s+)?m{OE}de(?:t)?", re.IGNORECASE
)
# A publisher's name alone on a line ("REGION NORDVANG", "Vangby Kommune").
_LETTERHEAD = re.compile(r"^\s*(?:region\s+\S+|\S+\s+kommune)\s*$", re.IGNORECASE)
_PAGE_COUNTER = re.compile(r"\bside\s+\d+(?:\s+af\s+\d+)?\s*$", re.IGNORECASE)
_TRAILING_DATE = re.compile(
    r"\s*(?:[,\-–]\s*)?(?:(?:den|d\.)\s+)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*\w+\s+\d{4})\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][\w.'’-]*$")
# "Formand Anne Holm (A)", "Anne Holm (V) - Formand": the chair (not the vice-chair).
_CHAIR = re.compile(r"(?<![\wæøå])formand(?![\wæøå])", re.IGNORECASE)
_PARTY_LETTERS = re.compile(r"[A-ZÆØÅ]{1,3}")
# "(formand)", "(næstformand)" at the end of an entry: the member's role.
_ROLE_MARK = re.compile(r"\(\s*(?P<role>(?:næst)?formand|forperson|mødeleder)\s*\)\s*$", re.I)
_PARTY_MARK = re.compile(r"\s*\([A-ZÆØÅ]{1,3}\)(?=\s*\()")
# A header whose lines were run together ("Dato 18. august 2015 Tid 15:30 Sted Rådssalen
# Fraværende Ingen Medlemmer …"): the labels, capitalised, with or without their colon.
_RUN_PEOPLE = "|".join(
    PEOPLE_LABELS[kind] for kind in ("apologies", "substitutes", "takers", "leader", "participants")
)
_RUN_LABEL = re.compile(
    r"(?<!\S)(?P<label>M(?:ø|o)de(?:dato|tidspunkt|sted|\s?slut)|(?:Start|Slut)tidspunkt(?:\s+for\s+m(?:ø|o)de)?"
    r"|Udsendelsesdato|Udsendt(?=\s+(?:den\s+)?\d)|Tidspunkt|Dato|Tid|Sted"
    r"|M(?:Ø|O)DE(?:DATO|STED)|TIDSPUNKT|DATO|TID|STED"
    rf"|Bem(?:æ|ae)rkninger|(?=[A-ZÆØÅ])(?i:{_RUN_PEOPLE}))(?P<colon>:)?(?=\s|$)"
)
_RUN_LABELS_FOR_A_SPLIT = 2
# "Bestyrelse:", "Udvalget:", "Øvrige:": a group of people named as a label in a run of labels.
_GROUP_LABEL = re.compile(
    r"(?<!\S)(?P<label>(?:Bestyrelse|Udvalg|Styregruppe|Forretningsudvalg|Repræsentantskab"
    r"|Arbejdsgruppe)(?:n|et|en|s?medlemmer)?|Øvrige):(?=\s)"
)
# "Ole Tvilum (V) – afbud", "Eva Kro (afbud)", "… – afbud, stedfortræder: Ib Dal (A)".
_MARKED_ABSENT = re.compile(
    r"^(?P<entry>[A-ZÆØÅ][^–]*?)\s*(?:[–-]\s*|\(\s*)(?:meldt\s+)?afbud\s*\)?"
    r"(?:\s*,\s*(?:stedfortræder|suppleant)\s*:?\s*(?P<sub>[A-ZÆØÅ].*?))?\s*\.?$",
    re.IGNORECASE,
)
_PARTY_MARK_ANY = re.compile(r"\([A-ZÆØÅ]{1,3}\)")
# A list run over lines: two commas at least on the line, one word either side of the break.
_COMMAS_IN_A_RUN = 2
_ONE_WORD = re.compile(r"\s*[A-ZÆØÅ][\wæøå'’-]*\s*")
# A sentence's first words ("Alle medlemmer …", "Mødet blev …"), not a name's ("Anne Holm").
_SENTENCE_START = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]+\s")
_LOWER_WORD = re.compile(r"(?<!\S)[a-zæøå]+\b")
_WORDS_OF_A_SENTENCE = 3
_LED = re.compile(r"\s(?:ledede|ledet\s+af|bød)\s+[a-zæøå]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-zæøå]{2}\.)\s+(?=[A-ZÆØÅ])")
# A place that ends in a word in lower case, then the first name and its party letter.
_FIRST_NAME_AFTER_PLACE = re.compile(
    r"^(?P<place>\S.*?\b[a-zæøå][\w.-]*\s*\d*)\s+[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}"
    r"\s*\([A-ZÆØÅ]{1,3}\)"
)
# Where such a run of header fields ends: the index or the agenda begins.
_RUN_STOP = re.compile(
    r"\s(?:(?:INDHOLDSFORTEGNELSE|Indholdsfortegnelse|DAGSORDEN|Dagsorden)\b"
    # "… Nete Thomsen, referent Referat fra bestyrelsesmøde den 11. juni 2012 …": the title
    # sentence after the people, run onto their line.
    rf"|Referat\s+(?:fra|af)\s+\w*m{OE}de\w*\s+(?:den|d\.)\s+\d{{1,2}}\b)"
)
# A place read off a date line ends where the next label or heading begins.
_PLACE_ENDS = re.compile(
    rf"(?:\s+(?:M{OE}de\s+nr\b|(?=[A-ZÆØÅ])(?i:{_RUN_PEOPLE})\b"
    rf"|(?:Åbent|Lukket)\s+m{OE}de\b|Indholdsfortegnelse\b|INDHOLDSFORTEGNELSE\b"
    r"|Dagsorden\b|Referat\b|[A-ZÆØÅ][\wæøå]+:)"
    # "… Femmøller Strand. Bestyrelsesmødet er berammet …": the sentence is over.
    r"|(?<=[a-zæøå]{4}\.)\s+[A-ZÆØÅ][a-zæøå]).*$"
)
_PLACE_WORDS_AT_MOST = 12
# "kl" without its time, the digits lost in extraction ("Fredag 27. januar 2017 kl Mødelokale K").
_BARE_KL = re.compile(r"\bkl\b\.?(?!\s*\d)", re.IGNORECASE)
# "… mødet i Udvalget den 31. maj 2010 …": the date of the meeting, not of the letter.
_MEETING_DATE = re.compile(rf"m{OE}de\w*\b.{{0,80}}?\b(?:den|d\.)\s+(?P<date>\S.*)$", re.I)
# "Forretningsudvalgets beslutning den 8. november 2022:", "Beslutning i Udvalget den 21-08-2012".
_DECISION_DATE = re.compile(
    r"beslutning\w*\s+(?:i\s+[^\n]{1,60}?\s+)?(?:den|d\.)\s+(?P<date>[^\n]{6,30})", re.I
)
# A short line alone after the date and time line: the place ("Skype", "Rådhuset, lokale 2"),
# unless it is one of the header's own words.
_PLACE_ALONE = re.compile(
    r"^\s*(?!(?i:dagsorden|referat|indhold|punkter|medlemmer|deltagere|frav|afbud|bilag|sager"
    r"|m(?:ø|o)de|udvalg|åbent|lukket|side\b))[A-ZÆØÅ][\wæøåÆØÅ.,'’/ -]{1,50}$"
)
# A room named in a place ("mødelokale 1", "Byrådssalen", "lokale 2.14").
_ROOM = re.compile(rf"\b(?:m{OE}de)?lokale\b|\w+salen\b", re.IGNORECASE)
# A line that ends in a postcode and its town: an address.
_ADDRESS = re.compile(r"(?:^|,)\s*\d{4}\s+[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?\s*\.?$")
# What a date or time line says besides its date and times: with any other word ("den",
# "til", "Møde") the line stays in the unplaced text, so that no word is lost.
_READ_WORDS = re.compile(
    r"\b(?:kl|klokken|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|januar|februar|marts"
    r"|april|maj|juni|juli|august|september|oktober|november|december)\b",
    re.IGNORECASE,
)
# A time line with a short place before or after it ("12:30 Webex", "Byrådssalen kl. 08.30").
_TIME_AND_PLACE_WORDS = 5


@dataclass
class Header:
    """What the header parser placed, and what it could not (line index, text)."""

    unplaced: list[tuple[int, str]] = field(default_factory=list)
    # The document names its kind ("Referat", "Dagsorden").
    kind_said: bool = False
    # Labels printed in a column had their values dealt back to them (a weak cue).
    column_dealt: bool = False


@dataclass
class _Block:
    label: str
    start: int
    value_lines: list[tuple[int, str]] = field(default_factory=list)


def parse_header(lines: list[str], meeting: ParsedMeeting, offset: int = 0) -> Header:
    """Fill meeting's header fields from the lines before the first item."""
    header = Header()
    cleaned = [
        (index + offset, _cut_contacts(index + offset, line, header))
        for index, line in enumerate(lines)
    ]
    split, header.column_dealt = deal_label_column(_split_label_runs(cleaned), _label_and_value)
    split, stacked = deal_stacked_labels(split, _lone_kind)
    header.column_dealt = header.column_dealt or stacked
    blocks, free = _label_blocks(split)
    _people_under_any_label(free, meeting)
    _place_column_before_people(blocks)
    for before, block in zip([None, *blocks], blocks, strict=False):
        if _interleaved(before, block):
            _read_interleaved(block, meeting)
        else:
            _read_block(block, meeting, header)
    if not meeting.participants and (roster := roster_in_lines([t for _, t in free])):
        apply_roster(roster, meeting)  # people lists run into one line, labels without colons
    settle_roles(meeting, [t for _, t in free])
    # What the labels say first; a sentence ("Referat af mødet den … i …") only fills in.
    _read_when_blocks(blocks, meeting)
    names = {p.name for p in meeting.participants} | set(meeting.minute_takers)
    for block in blocks:
        if block.label in {"place", "form"}:
            _read_place_or_form(block, meeting, header, names)
    if header.column_dealt:
        _mark_dealt(meeting)
    _read_title(free, meeting, header)
    _read_when_free(free, meeting)
    _read_people_sentences(free, meeting)
    _drop_absence_sentences(free)
    for index, text in free:
        if text.strip():
            header.unplaced.append((index, text.strip()))
    return header


def _mark_dealt(meeting: ParsedMeeting) -> None:
    """Values dealt back to a column of labels: where one ends and the next begins is a guess."""
    for name in ("location", "participants", "apologies", "minute_takers", "leader"):
        if getattr(meeting, name):
            meeting.mark_unsure(name)


def _cut_contacts(index: int, line: str, header: Header) -> str:
    def cut(match: re.Match[str]) -> str:
        header.unplaced.append((index, match[0].strip()))
        return " "

    line = _EMAIL.sub(cut, line)
    line = _PHONE.sub(cut, line)
    line = _CELL_MARKS.sub("", line)
    return re.sub(r"\s{2,}", " ", line).rstrip() if line.strip() else ""


def _split_label_runs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A line holding two or more header labels is split before each, the label given its
    colon: "Tid 15:30 Sted Rådssalen" → "Tid: 15:30", "Sted: Rådssalen"."""
    split: list[tuple[int, str]] = []
    for index, line in lines:
        labels = _with_groups(list(_RUN_LABEL.finditer(line)), line)
        if len(labels) < _RUN_LABELS_FOR_A_SPLIT:
            split.append((index, line))
            continue
        if line[: labels[0].start()].strip():
            split.append((index, line[: labels[0].start()].rstrip()))
        stop = _RUN_STOP.search(line, labels[-1].end())
        tail = line[stop.start() :] if stop else ""
        line = line[: stop.start()] if stop else line
        ends = [m.start() for m in labels[1:]] + [len(line)]
        for label, end in zip(labels, ends, strict=True):
            value = line[label.end() : end].strip()
            name = "Deltagere" if label.re is _GROUP_LABEL else label["label"]
            split.append((index, f"{name}: {value}".rstrip()))
        if tail:
            split.append((index, tail))
    return split


def _with_groups(labels: list[re.Match[str]], line: str) -> list[re.Match[str]]:
    """ "Dato: … kl Bestyrelse: Bo Berg …": a group's name as a label after the meeting's own
    labels (date, time, place) on a header line heads its members; after a people label
    ("Afbud: Bestyrelsen: …") it is a heading inside that list and no label of its own."""
    if not labels:
        return labels
    found = sorted(
        [*labels, *_GROUP_LABEL.finditer(line, labels[0].end())], key=lambda m: m.start()
    )
    kept: list[re.Match[str]] = []
    for match in found:
        before = next((m for m in reversed(kept) if m.re is not _GROUP_LABEL), None)
        kind = _label_of(_LABEL.match(f"{before['label']}:")) if before else None
        if match.re is _GROUP_LABEL and kind in {None, "apologies", "takers", "leader"}:
            continue
        kept.append(match)
    return kept


def _label_blocks(lines: list[tuple[int, str]]) -> tuple[list[_Block], list[tuple[int, str]]]:
    """Labelled blocks, and the free lines outside them (title, contact names, notes)."""
    blocks: list[_Block] = []
    free: list[tuple[int, str]] = []
    current: _Block | None = None
    for index, line in lines:
        match = _LABEL.match(line) or _BARE_LABEL.match(line) or _LONE_LABEL.match(line)
        label = _label_of(match)
        if match and label:
            current = _Block(label, index)
            blocks.append(current)
            if match["value"].strip():
                current.value_lines.append((index, match["value"].strip()))
            continue
        if _STOP.match(line):
            current = None
            free.append((index, line))
            continue
        if _PLACE_START.match(line) and (current is None or current.label in {"form", "place"}):
            current = _Block("place", index)
            blocks.append(current)
            current.value_lines.append((index, line.strip()))
            continue
        if current is not None and _belongs(current, line):
            current.value_lines.append((index, line))
        else:
            if current is not None and current.label in {"form", "place"} and line.strip():
                current = None
            free.append((index, line))
    return blocks, free


def _label_and_value(line: str) -> tuple[str, str, str] | None:
    """ "Mødested: Rådhuset" → ("place", "Mødested", "Rådhuset")."""
    match = _LABEL.match(line)
    kind = _label_of(match)
    if not match or not kind:
        return None
    return kind, line[: match.start("value")].strip().rstrip(":").strip(), match["value"]


def _lone_kind(line: str) -> str | None:
    """ "Mødested" alone on its line: the label's kind."""
    return _label_of(_LONE_LABEL.match(line))


def _label_of(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    return next((k for k, v in match.groupdict().items() if v and k != "value"), None)


def _belongs(block: _Block, line: str) -> bool:
    if not line.strip():
        return True
    if block.label == "form":
        last = next((t for _, t in reversed(block.value_lines) if t.strip()), "")
        return bool(last) and continues(last, line.strip(), across_blank=False, soft=False)
    if block.label == "place":
        return not re.match(r"^\s*virtuel", line, re.IGNORECASE) and _continues_place(block, line)
    if block.label in {"participants", "apologies"}:
        return not (_said_of_people(line) or _a_sentence(line))
    if block.label in {"date", "end"}:
        # A date block holds dates and times; the line after them is something else.
        return bool(find_date(line) or find_time_range(line)[0] or _BARE_TIME.search(line))
    return True


def _said_of_people(line: str) -> bool:
    """ "Alle medlemmer var mødt undtagen …", "Mødet blev ledet af …": a sentence under a list of
    names is no entry of it; the sentence readers take it."""
    if not _SENTENCE_START.match(line):
        # "Formand Karen Vestergaard ledede mødet.": a name first, then the verb.
        return bool(_LED.search(line) and leader_said(line))
    return bool(
        absent_in(line, meeting=True)
        or leader_said(line)
        or substitutes_said(line)
        or substitutes_unpaired(line)
    )


def _a_sentence(line: str) -> bool:
    """ "Kaffen blev serveret i kantinen.": no entry of a list above it."""
    return (
        bool(_SENTENCE_START.match(line))
        and line.rstrip().endswith(".")
        and len(_LOWER_WORD.findall(line)) >= _WORDS_OF_A_SENTENCE
    )


def _read_people_sentences(free: list[tuple[int, str]], meeting: ParsedMeeting) -> None:
    """Who a sentence in the header says was away or led the meeting; once read, the sentence
    is no unplaced text (unsure: a sentence, not a list)."""
    for position, (index, text) in enumerate(free):
        if not _said_of_people(text):
            continue
        away = [n for n in absent_in(text, meeting=True) if n not in _names(meeting.apologies)]
        listed = {p.name: p for p in meeting.participants}
        meeting.apologies += [
            ParsedPerson(n, listed[n].title, listed[n].organisation)
            if n in listed
            else ParsedPerson(n)
            for n in away
        ]
        meeting.participants = [p for p in meeting.participants if p.name not in away]
        if away:
            meeting.mark_unsure("apologies")
        if came := [n for n in substitutes_unpaired(text) if n not in _names(meeting.participants)]:
            meeting.participants += [ParsedPerson(n) for n in came]
            meeting.mark_unsure("participants")
        if leader_said(text) and not meeting.leader:
            meeting.leader = leader_said(text)
            meeting.mark_unsure("leader")
        if leader_said(text) in {"", meeting.leader}:
            free[position] = (index, "")


def _drop_absence_sentences(free: list[tuple[int, str]]) -> None:
    """ "Sine Holm havde meldt forfald.", "Stedfortræder Ib Dal mødte for Eva Kro, der havde
    forfald.": a sentence the absence reader takes (it reads the whole text) is no unplaced
    text."""
    for position, (index, text) in enumerate(free):
        if text.rstrip().endswith(".") and any(absences_in_sentences([text])):
            free[position] = (index, "")


def _names(people: list[ParsedPerson]) -> set[str]:
    return {p.name for p in people}


def _continues_place(block: _Block, line: str) -> bool:
    """A place runs on over wrapped lines ("Lilla" / "trappe Etage 3", "Vi-" / "borg,"), not
    into the next heading or label."""
    last = next((t.strip() for _, t in reversed(block.value_lines) if t.strip()), "")
    if not last or is_date_only(last) or _BARE_TIME.fullmatch(last.split()[-1]):
        return True
    first = line.strip()[:1]
    return first.islower() or last.endswith((",", "-", "–"))


def _people_under_any_label(free: list[tuple[int, str]], meeting: ParsedMeeting) -> None:
    """ "Bestyrelsen: Niels O. Pedersen, Villum Christensen og …": three or more names after a
    label the reader does not know are who took part (unsure: the label might say otherwise)."""
    for position, (index, text) in enumerate(free):
        match = _ANY_LABEL.match(text)
        listed = names_list(match["value"]) if match else None
        if listed and len(listed) >= _NAMES_FOR_A_LIST:
            known = {p.name for p in meeting.participants}
            meeting.participants += [ParsedPerson(n) for n in listed if n not in known]
            meeting.mark_unsure("participants")
            free[position] = (index, "")


# "Referat" / "Udvalg: Sundhedsudvalget": a header table's first row names the forum.
_FORUM_LABEL = re.compile(rf"^(?:udvalg|forum|m{OE}deforum|organ|m{OE}de)\s*:\s*", re.IGNORECASE)


def _read_title(free: list[tuple[int, str]], meeting: ParsedMeeting, header: Header) -> None:
    for position, (index, line) in enumerate(free):
        match = _DOC_KIND.match(line) or _KIND_AFTER.match(line)
        if not match:
            continue
        kind = match["kind"].lower()
        meeting.document_kind = "agenda" if kind == "dagsorden" else "minutes"
        header.kind_said = True
        rest = match["rest"].strip()
        if "when" in match.groupdict():
            rest = f"{rest} {match['when'].strip()}".strip()
        if not rest:
            before = [(i, t) for i, t in free[:position] if t.strip()][-1:]
            after = [(i, t) for i, t in free[position + 1 :] if t.strip()][:1]
            near = [
                (i, t)
                for i, t in _letterhead_last(before, after)
                if _strip_when(t) and not _time_and_place(t)[1] and not _PAGE_COUNTER.search(t)
            ]
            if near:
                rest = _FORUM_LABEL.sub("", near[0][1].strip())
                free[free.index(near[0])] = (near[0][0], "")
        _read_times(rest, meeting)
        free[position] = (index, rest)
        _place_near(free, position, meeting)
        title = _MEETING_IN.sub("", _TRAILING_DATE.sub("", _WHEN_ON.sub("", rest))).strip(" -–,")
        if _NO_FORUM.fullmatch(title) and (above := _forum_above(free, position)):
            title = above  # "Regionsrådet" / "Referat af ordinært møde onsdag den …"
        meeting.title = _normalise_case(title)
        meeting.forum = _forum_from_title(meeting.title)
        free[position] = (index, "")
        return


def _forum_above(free: list[tuple[int, str]], position: int) -> str:
    """The line right above the title sentence, taken out of the free lines, when it can name a
    forum (not a date, a page's head or a label)."""
    above = next((p for p in range(position - 1, -1, -1) if free[p][1].strip()), None)
    if above is None:
        return ""
    index, text = free[above]
    if find_date(text) or _PAGE_COUNTER.search(text) or ":" in text or len(text.split()) > 6:
        return ""
    free[above] = (index, "")
    return text.strip()


def _letterhead_last(
    before: list[tuple[int, str]], after: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """ "REGION NORDVANG" / "Referat" / "Udvalg for Psykiatri": the publisher's name above the
    kind is its letterhead; the forum is named under it."""
    if after and before and _LETTERHEAD.match(before[0][1]):
        return after + before
    return before + after


def _normalise_case(text: str) -> str:
    """ "KLYNGESTYREGRUPPEMØDE MIDTKLYNGEN" → "Klyngestyregruppemøde Midtklyngen"."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    words = []
    for word in text.split():
        alpha = sum(c.isalpha() for c in word)
        words.append(word if alpha <= 3 else word[:1].upper() + word[1:].lower())
    return " ".join(words)


def _forum_from_title(title: str) -> str:
    """ "Klyngestyregruppemøde Midtklyngen" names the forum "Klyngestyregruppen Midtklyngen"."""
    words = title.split()
    if not words:
        return ""
    match = re.match(rf"^(?P<stem>\w+?e)m{OE}de$", words[0], re.IGNORECASE)
    if match and len(match["stem"]) > 3:
        words[0] = match["stem"] + "n"
    return " ".join(words)


def _read_when_blocks(blocks: list[_Block], meeting: ParsedMeeting) -> None:
    for block in blocks:
        if block.label == "when_where":
            _read_when_where(block, meeting)
        if block.label in {"date", "end"}:
            for _, text in block.value_lines:
                _read_times(text, meeting, ending=block.label == "end", labelled=True)


def _read_when_free(free: list[tuple[int, str]], meeting: ParsedMeeting) -> None:
    for position, (_, text) in enumerate(free):
        if meeting.date and meeting.start_time and meeting.end_time and meeting.location:
            break
        date = not is_date_only(text) and find_date(text)
        if date and meeting.date and meeting.start_time and date != meeting.date:
            continue  # another day's line; one of the meeting's own may say the rest
        if date:
            if not meeting.date:
                meeting.mark_unsure("date")  # an unlabelled line: the publishing date?
            _read_times(text, meeting)
            position = _time_line_below(free, position, meeting)
            _place_near(free, position, meeting)
            _drop_when_read(free, position, meeting)
    if not meeting.date:
        _date_on_its_own(free, meeting)


def _time_line_below(free: list[tuple[int, str]], position: int, meeting: ParsedMeeting) -> int:
    """ "Møde den 12. september 2023" / "Kl. 14:00 til 16:30": the times printed on the line
    under the date (left out of the unplaced text when it says nothing else); the position of
    the last line read."""
    below = next((p for p in range(position + 1, len(free)) if free[p][1].strip()), None)
    if below is None or find_time_range(free[position][1])[0]:
        return position
    index, text = free[below]
    start, end, found = find_time_range(text)
    if not start or find_date(text) or text.replace(found[0], "").strip(" ,.-–"):
        return position
    meeting.start_time = meeting.start_time or start
    meeting.end_time = meeting.end_time or end
    if not _other_words(text):
        free[below] = (index, "")
    return below


def _drop_when_read(free: list[tuple[int, str]], position: int, meeting: ParsedMeeting) -> None:
    """A date line whose date, times and place were all read is no unplaced text."""
    for at in range(position, -1, -1):
        index, text = free[at]
        if not text.strip():
            continue
        if meeting.location and text.rstrip(" .").endswith(meeting.location):
            text = text.rstrip(" .")[: -len(meeting.location)]
        if find_date(text) == meeting.date and not _other_words(text):
            free[at] = (index, "")
        return


def _other_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]", _READ_WORDS.sub(" ", text)))


def _date_on_its_own(free: list[tuple[int, str]], meeting: ParsedMeeting) -> None:
    """ "14-03-2023" alone on a line: the meeting's date when nothing else gives one (unsure: it
    might be the day the text was written)."""
    alone = next((t for _, t in free if is_date_only(t)), None)
    if alone:
        meeting.date = find_date(alone)
        meeting.mark_unsure("date")


def _read_when_where(block: _Block, meeting: ParsedMeeting) -> None:
    """ "Tidspunkt og sted: Hotel Odeon, Odeons Kvarter 1 (15.45-18.00)": place and times."""
    text = " ".join(t.strip() for _, t in block.value_lines if t.strip())
    start, end, found = find_time_range(text)
    meeting.start_time = meeting.start_time or start
    meeting.end_time = meeting.end_time or end
    meeting.date = meeting.date or find_date(text)
    place = text.replace(found[0], " ") if found else text
    meeting.location = meeting.location or _strip_when(place)


def _read_times(
    text: str, meeting: ParsedMeeting, ending: bool = False, labelled: bool = False
) -> None:
    """Date and times of a line: "Den 7. juni 2023 kl. 08:30 - 11.30", "07-03-2017 17:00:00",
    "Mandag, 11 januar, 2021 - 19:00"; a bare time only beside a date or after a label."""
    meeting.date = meeting.date or _meeting_date(text) or find_date(text)
    start, end, _ = find_time_range(text)
    if not start and (labelled or find_date(text)):
        bare = _BARE_TIME.search(text)
        start = hhmm(bare[1], bare[2]) if bare else None
    if ending:
        meeting.end_time = meeting.end_time or start
        return
    meeting.start_time = meeting.start_time or start
    meeting.end_time = meeting.end_time or end


def _place_near(free: list[tuple[int, str]], position: int, meeting: ParsedMeeting) -> None:
    """The place on the date line, or on the line after it ("i Odense Centralbibliotek",
    "12:30 Webex", "Byrådssalen kl. 08.30")."""
    if meeting.location:
        return
    meeting.location = _place_in(free[position][1])
    following = [(i, t) for i, t in free[position + 1 :] if t.strip()][:1]
    if meeting.location and following and _place_runs_on(free[position], following[0]):
        comma = "," if free[position][1].rstrip().endswith(",") else ""
        meeting.location = f"{meeting.location}{comma} {following[0][1].strip()}"
        free[free.index(following[0])] = (following[0][0], "")
    if not meeting.location and following:
        index, text = following[0]
        match = _PLACE_AFTER_TIME.match(text)
        start, place = (None, _place_only(match["place"])) if match else _time_and_place(text)
        if not place and find_time_range(free[position][1])[0] and _PLACE_ALONE.match(text):
            place = text.strip()  # "23-03-2021 kl. 09:30" / "Skype": the line after date and time
        if not place and _ADDRESS.search(text) and _place_only(text) == text.strip(" .,"):
            place = text.strip(" .,")  # "…, Parkvej 12, 8830 Birkum": an address, however long
        if place:
            meeting.location = place
            meeting.start_time = meeting.start_time or start
            free[free.index(following[0])] = (index, "")
    if meeting.location:
        meeting.mark_unsure("location")  # a place read out of a sentence


def _place_runs_on(line: tuple[int, str], below: tuple[int, str]) -> bool:
    """ "Referat fra mødet i … kl. 09.00 i Regionshuset" / "Hessel, mødelokale 1": a printed
    sentence wrapped in its place, the room or address on the next line."""
    (index, text), (next_index, next_text) = line, below
    return (
        next_index == index + 1
        and not text.rstrip().endswith((".", ":"))
        and len(next_text.split()) <= _PLACE_WORDS_AT_MOST // 2
        and bool(_ROOM.search(next_text) or _ADDRESS.search(next_text) or text.endswith(","))
        and not find_date(next_text)
        and not _LABEL.match(next_text)
    )


def _place_in(text: str) -> str:
    """The place on the date line: after the time ("… kl. 19:00 i Kommunalbestyrelsens mødesal",
    "… Kl. 10.00 Regionsgården, H 6 Møde nr. 1", "… 2017 kl Mødelokale K"), or after the date
    with "i" or "på" ("… den 31. maj 2010 i Friluftsrådet, Scandiagade 13")."""
    found = find_time_range(text)[2]
    if not found and find_date(text):
        found = _BARE_KL.search(text, _date_end(text))
    if found:
        match = _PLACE_AFTER_TIME.match(text[found.end() :]) or _PLACE_AFTER_KL.match(
            text[found.end() :]
        )
    else:
        match = _PLACE_AFTER_TIME.match(text[_date_end(text) :]) if find_date(text) else None
    return _place_only(match["place"]) if match else ""


def _date_end(text: str) -> int:
    ends = [m.end() for p in (DATE_WORDS, DATE_NUMERIC) if (m := p.search(text))]
    return min(ends, default=0)


def _place_only(text: str) -> str:
    """A place up to the next label or heading, if it is short enough to be one."""
    place = _PLACE_ENDS.sub("", text).strip(" .,")
    if not place or len(place.split()) > _PLACE_WORDS_AT_MOST or find_date(place):
        return ""
    return place


def _time_and_place(text: str) -> tuple[str | None, str]:
    """ "12:30 Webex", "Byrådssalen kl. 08.30": a time and a short place on one line."""
    start, _, found = find_time_range(text)
    bare = None if found else _BARE_TIME.search(text)
    if not (found or bare) or find_date(text):
        return None, ""
    span = found or bare
    rest = (text[: span.start()] + " " + text[span.end() :]).strip(" ,.-–")
    if not rest or len(rest.split()) > _TIME_AND_PLACE_WORDS or not rest[0].isupper():
        return None, ""
    return start or hhmm(bare[1], bare[2]), rest


def _meeting_date(text: str) -> str | None:
    """The date of the meeting a line names ("… mødet i Udvalget den 31. maj 2010"), before
    any other date on it (the letter's)."""
    match = _MEETING_DATE.search(text)
    return find_date(match["date"]) if match else None


# "… Dagsorden for bestyrelsesmødet den 9. oktober 2014 …" anywhere near the top: the meeting
# names its day (the year printed: a date without one is not completed by guessing).
_MEETING_ON = re.compile(
    rf"\w*m{OE}de(?:t|ts)?\s+(?:[^\n.:]{{0,60}}?\s)?(?:den|d\.)\s+"
    r"(?P<date>\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})",
    re.IGNORECASE,
)
_MEETING_ON_WITHIN = 4000


def _date_in_the_text(text: str) -> str | None:
    """The date a sentence gives the meeting, or a date alone on the text's first line (the
    page's running date, which a one-page text prints for its meeting)."""
    said = _MEETING_ON.search(text[:_MEETING_ON_WITHIN])
    if said and (date := find_date(said["date"])):
        return date
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return find_date(first) if is_date_only(first) else None


def read_meeting_times(text: str, meeting: ParsedMeeting) -> None:
    """ "Mødet hævet kl. 13.03", "Udvalgsmødet begyndte kl. 12.30 og sluttede kl. 13.45",
    "Udvalgets beslutning den 8. november 2022" anywhere in the document: the meeting's times
    and date when the header gave none."""
    decided = _DECISION_DATE.search(text)
    if decided and not meeting.date and (date := find_date(decided["date"])):
        meeting.date = date
        meeting.mark_unsure("date")  # the date of the first decision
    if not meeting.date and (date := _date_in_the_text(text)):
        meeting.date = date
        meeting.mark_unsure("date")
    started, ended = _STARTED.search(text), _ENDED.search(text)
    if started and not meeting.start_time:
        meeting.start_time = hhmm(started[1], started[2])
        meeting.mark_unsure("start_time")
    if ended and not meeting.end_time:
        meeting.end_time = hhmm(ended[1], ended[2])
        meeting.mark_unsure("end_time")
    closed = _CLOSING_LINE.search(text)
    if closed and meeting.start_time and meeting.start_time < hhmm(closed[1], closed[2]):
        # The header's time is the one planned; the minutes' last line tells when it ended.
        meeting.end_time = hhmm(closed[1], closed[2])


def _read_block(block: _Block, meeting: ParsedMeeting, header: Header) -> None:
    texts = [t.strip() for _, t in block.value_lines if t.strip()]
    if block.label in {"participants", "apologies"}:
        texts = _unwrapped(_people_sentences(block, texts, header))
    substitutes: list[ParsedPerson] = []
    if block.label == "participants":
        texts, substitutes = _take_marked_absent(texts, meeting)
    _read_values(block, texts, meeting, header)
    meeting.participants += substitutes


def _read_values(block: _Block, texts: list[str], meeting: ParsedMeeting, header: Header) -> None:
    if block.label == "leader" and texts:
        meeting.leader = texts[0]
        header.unplaced.extend((i, t.strip()) for i, t in block.value_lines[1:] if t.strip())
    elif block.label == "takers" and texts:
        names = [name for text in texts for name in split_names(text)]
        meeting.minute_takers = takers_in(texts) or [n for n in names if _name_like(n, min_words=1)]
        header.unplaced.extend((block.start, n) for n in names if not _name_like(n, min_words=1))
    elif block.label in {"participants", "apologies"} and (
        roster := better_roster(block.label, texts, _people_found(texts))
    ):
        apply_roster(roster, meeting)  # one run-together line: names told apart by cues
    elif block.label in {"participants", "apologies"} and (by_body := people_by_body(texts)):
        people, rest = by_body
        field_name = "participants" if block.label == "participants" else "apologies"
        getattr(meeting, field_name).extend(people)
        meeting.mark_unsure(field_name)  # where one name ends and the next begins is a guess
        header.unplaced.extend((block.start, t) for t in rest)
    elif block.label == "participants":
        people, rest = read_people(texts)
        meeting.participants.extend(people)
        header.unplaced.extend((block.start, t) for t in rest)
    elif block.label == "apologies" and (away := _absences(texts)):
        _read_absences(away, meeting)
    elif block.label == "apologies":
        people, rest = read_people(texts)
        meeting.apologies.extend(people)
        header.unplaced.extend((block.start, t) for t in rest)
    elif block.label == "date":
        for index, text in block.value_lines:
            rest = _BARE_TIME.sub(" ", _strip_when(text)).strip(" ,.-–")  # "Start: 13:00"
            if rest:
                header.unplaced.append((index, rest))


def _take_marked_absent(
    texts: list[str], meeting: ParsedMeeting
) -> tuple[list[str], list[ParsedPerson]]:
    """ "Ole Tvilum (V) – afbud", "Hanne Korsgaard (A) – afbud, stedfortræder: Ib Kjærgaard (A)":
    a member a line, marked absent in the list; the lines left, and the substitutes who came."""
    kept: list[str] = []
    substitutes: list[ParsedPerson] = []
    for text in texts:
        mark = _MARKED_ABSENT.match(text)
        member = read_person(mark["entry"]) if mark else None
        if not mark or not member or len(names_with_party_letters(mark["entry"]) or []) > 1:
            kept.append(text)
            continue
        meeting.apologies.append(member)
        if mark["sub"] and (substitute := read_person(mark["sub"])):
            substitute.substitute_for = member.name
            substitutes.append(substitute)
    return kept, substitutes


def _absences(texts: list[str]) -> Absences | None:
    """The absent and their substitutes; a member a line ("Mette Krag, sundhedschef, Farsø
    Kommune" / "Gitte Hovmand, … (stedfortræder: Ulla Berg)"): the substitute is the line's."""
    if len(texts) > 1 and all(len(_PARTY_MARK_ANY.findall(t)) <= 1 for t in texts):
        by_line = [absences_with_substitutes(t) for t in texts]
        alone = [read_people([t])[0] for t in texts]
        if any(a and a.substitutes for a in by_line) and all(
            away or len(people) == 1 for away, people in zip(by_line, alone, strict=True)
        ):
            found = Absences()
            for away, people in zip(by_line, alone, strict=True):
                found.absent += away.absent if away else [people[0].name]
                found.substitutes += away.substitutes if away else []
                found.some_items += away.some_items if away else []
            return found
    return absences_with_substitutes(" ".join(texts))


def _people_sentences(block: _Block, texts: list[str], header: Header) -> list[str]:
    """A people label's value without a sentence about who missed one item ("… Bo Berg. Eva
    Kro deltog ikke i behandlingen af pkt. 3"), which the sentence readers take."""
    kept: list[str] = []
    for text in texts:
        sentences = _SENTENCE_END.split(text.strip())
        notes = [s for s in sentences[1:] if about_part(s)]
        header.unplaced.extend((block.start, note) for note in notes)
        if kept_text := " ".join(s for s in sentences if s not in notes).strip():
            kept.append(kept_text)
    return kept


def _unwrapped(texts: list[str]) -> list[str]:
    """ "…, Birkum Kommune, Mette" / "Krag, Farsø Kommune, …": a list run on over printed lines,
    a name broken at the line's end, is one line (a list of one entry a line is left as it is)."""
    joined: list[str] = []
    for text in texts:
        last = joined[-1] if joined else ""
        if last.count(",") >= _COMMAS_IN_A_RUN and (
            last.endswith(",")
            or (
                _ONE_WORD.fullmatch(last.rsplit(",", 1)[-1])
                and _ONE_WORD.fullmatch(text.split(",", 1)[0])
            )
        ):
            joined[-1] = f"{last} {text}"
        else:
            joined.append(text)
    return joined


def _place_column_before_people(blocks: list[_Block]) -> None:
    """ "Mødested: Deltagere: Borgmesterens mødelokale Anne Holm (V), Bo Berg (C)": a two-column
    header read label by label, then value by value. The place is what comes before the first
    name; a name is the capitalised words right before the first party letter."""
    for place, people in pairwise(blocks):
        if place.label != "place" or place.value_lines or people.label != "participants":
            continue
        if not people.value_lines:
            continue
        index, first = people.value_lines[0]
        match = _FIRST_NAME_AFTER_PLACE.match(first)
        if match:
            place.value_lines.append((index, match["place"]))
            people.value_lines[0] = (index, first[match.end("place") :].strip())


def _people_found(texts: list[str]) -> int:
    """How many people the line-by-line readings find in a block."""
    by_body = people_by_body(texts)
    named = [p for p in read_people(texts)[0] if _name_like(p.name)]  # not a title alone
    return max(len(named), len(by_body[0]) if by_body else 0)


def _interleaved(before: _Block | None, block: _Block) -> bool:
    """ "Medlemmer:" / "Fraværende:" / the names: two header columns run together, the members'
    column first."""
    return (
        before is not None
        and before.label == "participants"
        and not before.value_lines
        and block.label == "apologies"
        and bool(block.value_lines)
    )


def _read_interleaved(block: _Block, meeting: ParsedMeeting) -> None:
    """The members with their party letters, then the absent column: a member named again
    after the last party letter is absent."""
    texts = [t.strip() for _, t in block.value_lines if t.strip()]
    listed, _ = read_people(texts)
    people = [p for n, p in enumerate(listed) if p.name not in {q.name for q in listed[:n]}]
    joined = " ".join(texts)
    marks = list(re.finditer(r"\((?:[A-ZÆØÅ]{1,3})\)", joined))
    tail = joined[marks[-1].end() :] if marks else ""
    absent = [p for p in people if tail and re.search(rf"\b{re.escape(p.name)}\b", tail)]
    meeting.participants.extend(p for p in people if p not in absent)
    meeting.apologies.extend(ParsedPerson(name=p.name, title=p.title) for p in absent)
    meeting.mark_unsure("participants", "apologies")  # which column a name came from


def _read_absences(away: Absences, meeting: ParsedMeeting) -> None:
    """Members away, with the substitutes who took part for them; who missed only some items
    took part in the meeting."""
    meeting.apologies.extend(ParsedPerson(name=n) for n in away.absent)
    meeting.participants.extend(away.substitutes)
    if away.substitutes:
        meeting.mark_unsure("participants")  # substitutes read from the absence list


def _strip_when(text: str) -> str:
    """What is left of a date line once date and times are read ("Onsdag d." and such go)."""
    rest = find_time_range(text)[2]
    text = text.replace(rest[0], " ") if rest else text
    text = re.sub(r"\b(?:den|d\.)\s*\d{1,2}\.?\s*\w+\s+\d{4}", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:\b(?:den|d\.)\s*)?\b\d{1,2}[-./]\d{1,2}[-./]\d{4}\b", " ", text, flags=re.I)
    text = re.sub(r"\b\d{1,2}\.\s*\w+\s+\d{4}", " ", text)
    text = re.sub(
        r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|kl\.?)\b", " ", text, flags=re.I
    )
    return text.strip(" ,.-–")


def _read_place_or_form(
    block: _Block, meeting: ParsedMeeting, header: Header, names: set[str]
) -> None:
    lines = [t.strip() for _, t in block.value_lines]
    text = ""
    blank = False
    for line in lines:
        if not line:
            blank = True
            continue
        if not text and (find_date(line) or find_time_range(line)[0]):
            # "Dato:" / "Sted:" stacked, their values below in the same order.
            _read_times(line, meeting)
            line = _BARE_TIME.sub(" ", _strip_when(line)).strip(" ,")
            if not line:
                continue
        line, name = _cut_trailing_name(line, names)
        if name:
            header.unplaced.append((block.start, name))
        if not line:
            continue
        if text and continues(text, line, across_blank=blank, soft=True):
            text = join(text, line)
        else:
            text = f"{text} {line}".strip()
        blank = False
    if block.label == "place" and not meeting.location:
        meeting.location = text.strip(" _")
    elif text.strip(" _"):
        label = "Form" if block.label == "form" else "Sted"
        header.unplaced.append((block.start, f"{label}: {text.strip(' _')}"))


def _cut_trailing_name(line: str, names: set[str]) -> tuple[str, str]:
    for name in sorted(names, key=len, reverse=True):
        if name and line.endswith(" " + name):
            return line[: -len(name)].rstrip(), name
    if line.strip(" _") == "":
        return "", line.strip()
    return line, ""


# --- people ------------------------------------------------------------------------------------


def split_names(text: str) -> list[str]:
    parts = re.split(r",|;|\bog\b|&", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _name_like(text: str, min_words: int = 2) -> bool:
    words = text.split()
    if not min_words <= len(words) <= 5 or heading_or_body(words):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in {"von", "van", "de", "la"} for w in words)


def read_people(texts: list[str]) -> tuple[list[ParsedPerson], list[str]]:
    """People of a participant or apology block, and the lines that are not people.

    One line of three or more names ("Hanne Andersen, Mette Heidemann, …") is a list of names;
    otherwise each line is "Name, title" and a line without a comma names the organisation of
    the people below it.
    """
    people: list[ParsedPerson] = []
    rest: list[str] = []
    listed = names_with_party_letters(" ".join(texts)) or (
        names_list(texts[0]) if len(texts) == 1 else None
    )
    if listed and not any(_SUBSTITUTE.search(t) for t in texts):
        # "…, Ib Dal, suppleant for Tom Hald": the member stood in for is no participant.
        members = stand_ins(" ".join(texts))
        return [
            ParsedPerson(name=n, title=_chair_title(n, texts), substitute_for=members.get(n, ""))
            for n in listed
            if n not in set(members.values())
        ], []
    if len(texts) == 1:
        parts = [p.strip() for p in re.split(r"[,;]", texts[0]) if p.strip()]
        if len(parts) >= 3 and all(_name_like(p) for p in parts):
            return [ParsedPerson(name=p) for p in parts], []
    organisation = unused = ""
    for text in texts:
        if _NOBODY.match(text):
            continue  # "Fraværende: Ingen": read, no one
        if lead := _NAME_THEN_PROSE.match(text):
            people.append(ParsedPerson(name=lead["name"]))  # "Bo Berg som af helbredsgrunde …"
            continue
        if "," not in text and "(" not in text:
            if _name_like(text) and organisation == "" and len(texts) == 1:
                people.append(ParsedPerson(name=text))
            else:
                rest += [unused] if unused else []  # no one under it: kept, not dropped
                organisation = unused = re.sub(r"\s*[—–-]\s*og\b", "- og", text).rstrip(" :")
            continue
        person = read_person(text, organisation)
        if person:
            people.append(person)
            unused = ""
        else:
            rest.append(text)
    return people, rest + ([unused] if unused else [])


_NOBODY = re.compile(
    r"^\s*(?:ingen|intet)(?:\s+(?:afbud|fraværende|stedfortrædere|suppleanter))?\s*\.?\s*$", re.I
)
# A full name, then a clause about the person ("… som har valgt at udtræde", "… der var syg").
_NAME_THEN_PROSE = re.compile(
    r"^\s*(?P<name>[A-ZÆØÅ][\w'’-]+(?:\s+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'’-]+)){1,3})"
    r"\s+(?:som|der|pga\.?|grundet|på\s+grund\s+af)\s+[a-zæøå]"
)


def people_by_body(texts: list[str]) -> tuple[list[ParsedPerson], list[str]] | None:
    """ "Birgit Hansen Frederikshavn Kommune Lene Holm Thisted Kommune": names told apart only by
    the body after each; None when the texts are not such a run."""
    by_body = list(_NAME_THEN_BODY.finditer(" ".join(texts)))
    if len(by_body) < 2 or any("," in t or "(" in t for t in texts):
        return None
    people = [ParsedPerson(name=m["name"], organisation=m["body"]) for m in by_body]
    return people, _between(" ".join(texts), by_body)


def _between(text: str, matches: list[re.Match[str]]) -> list[str]:
    """What a list of names with their bodies leaves over (those listed without one)."""
    starts = [0] + [m.end() for m in matches]
    ends = [m.start() for m in matches] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]


def _chair_title(name: str, texts: list[str]) -> str:
    """ "formand" for the one listed as chair on a line of their own."""
    line = next((t for t in texts if name in t), "")
    return "formand" if line.count("(") <= 1 and _CHAIR.search(line) else ""


def read_person(text: str, organisation: str = "") -> ParsedPerson | None:
    # "Anne Holm (A) (formand)": the party's letters are no title.
    text = _PARTY_MARK.sub("", text)
    substitute_for = ""
    match = _SUBSTITUTE.search(text)
    if match:
        substitute_for = match["name"].strip()
        text = (text[: match.start()] + text[match.end() :]).strip()
    name, _, title = (part.strip() for part in text.partition(","))
    if "(" in name and not title:
        name, _, title = (part.strip(" )") for part in name.partition("("))
    if _PARTY_LETTERS.fullmatch(title.strip(" ()")):
        title = ""
    chair = _CHAIR.search(name) or _CHAIR.search(text)
    # "…, Sygehus Vestdal (formand)": the role in brackets at the entry's end comes first.
    mark = _ROLE_MARK.search(title)
    role = mark["role"].lower() if mark else ""
    title = title[: mark.start()].strip(" ,") if mark else title
    if printed := _title_before(name):
        # "Hospitalsdirektør Lone Abildgaard, Sygehus Vestdal": the title before the name, the
        # organisation after it.
        organisation = organisation or (title if title[:1].isupper() else "")
        parts = [role, printed, "" if organisation else title]
        return ParsedPerson(
            clean_name(name), ", ".join(p for p in parts if p), organisation, substitute_for
        )
    name = clean_name(name)
    title = title or ("formand" if chair and not role else "")
    if not _name_like(name, min_words=1):
        return None
    title = title.strip(" ,")
    if not organisation and title.count(",") >= 1:
        title, _, organisation = (p.strip() for p in title.rpartition(","))
    title = ", ".join(p for p in (role, title) if p)
    return ParsedPerson(name, title, organisation, substitute_for)


def _title_before(text: str) -> str:
    """ "Hospitalsdirektør" of "• Hospitalsdirektør Lone Abildgaard", "næstformand" of
    "Næstformand Niels Thorup": the title printed before a name, in lower case; "" if none."""
    name = clean_name(text)
    stripped = text.strip(" -–•·")
    if not name or name == stripped or not stripped.endswith(name) or not _name_like(name):
        return ""
    printed = stripped[: -len(name)].strip(" -–•·,:")
    if not printed or re.search(r"[\d()]", printed):
        return ""
    return printed[:1].lower() + printed[1:]


def people_in_body(lines: list[str]) -> tuple[list[ParsedPerson], list[ParsedPerson]]:
    """ "Deltagere:" and "Afbud:" inside an item: the paragraph after each label."""
    found: dict[str, list[ParsedPerson]] = {"participants": [], "apologies": []}
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        label = _label_of(match)
        if not match or label not in found:
            continue
        texts = [match["value"].strip()] if match["value"].strip() else _paragraph(lines, index + 1)
        found[label] += read_people(texts)[0]
    found = lone_label_people(lines, found)  # "Medlemmer" alone, a member a line under it
    if not found["participants"] and not _label_opens(lines):
        # "Drøftet." / "Fraværende: Anne Holm": who missed this item, told after its outcome.
        found["apologies"] = []
    return found["participants"], found["apologies"]


def _label_opens(lines: list[str]) -> bool:
    """Whether the body's first line with text is a people label."""
    first = next((line for line in lines if line.strip()), "")
    return _label_of(_LABEL.match(first)) in {"participants", "apologies"}


def _paragraph(lines: list[str], start: int) -> list[str]:
    texts: list[str] = []
    for line in lines[start:]:
        if line.strip():
            texts.append(line.strip())
        elif texts:
            break
    return texts
